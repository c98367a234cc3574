// An interrupted run leaves every target as it was or fully written, and no temporary file.
import { spawn } from "node:child_process";
import { once } from "node:events";
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, test } from "vitest";
import { BIN } from "../helpers/run-cli.js";

const tmp = (): string => mkdtempSync(path.join(tmpdir(), "winnow-interrupt-"));

async function waitFor(check: () => boolean): Promise<void> {
  for (let i = 0; i < 600 && !check(); i++) await new Promise((r) => setTimeout(r, 25));
}

test.each([
  ["SIGINT", 130],
  ["SIGTERM", 143],
] as const)("%s during -o: the old target stays, the temporary file goes, exit %i", async (signal, code) => {
  const dir = tmp();
  const paragraphs = Array.from({ length: 400_000 }, (_, i) => `Paragraph ${i} says ${(i * 7919) % 100_003} things in a row of words.`);
  writeFileSync(path.join(dir, "big.txt"), paragraphs.join("\n\n") + "\n");
  writeFileSync(path.join(dir, "out.txt"), "old\n");
  const child = spawn(process.execPath, [BIN, "big.txt", "-o", "out.txt"], { cwd: dir });
  let stderr = "";
  child.stderr.on("data", (d) => (stderr += String(d)));
  const exited = once(child, "exit");
  await waitFor(() => readdirSync(dir).some((f) => f.endsWith(".tmp")));
  expect(readdirSync(dir).some((f) => f.endsWith(".tmp"))).toBe(true);
  child.kill(signal);
  const [status] = await exited;
  expect(status).toBe(code);
  expect(stderr).toBe(`winnow: interrupted (${signal}); files not yet written are left as they were\n`);
  expect(readFileSync(path.join(dir, "out.txt"), "utf8")).toBe("old\n");
  expect(readdirSync(dir).sort()).toEqual(["big.txt", "out.txt"]);
});
