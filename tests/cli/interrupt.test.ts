// An interrupted run leaves every target as it was or fully written, and no temporary file.
import { spawn } from "node:child_process";
import { once } from "node:events";
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, test } from "vitest";
import { BIN } from "../helpers/run-cli.js";
import { writeUniqueTree } from "../helpers/unique-tree.js";

const tmp = (): string => mkdtempSync(path.join(tmpdir(), "winnow-interrupt-"));

async function waitFor(check: () => boolean): Promise<void> {
  for (let i = 0; i < 2400 && !check(); i++) await new Promise((r) => setTimeout(r, 25));
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

test.each(["1", "2"])("SIGINT during a batch run with --jobs %s: exit 130 at once, every file written whole or not at all", async (jobs) => {
  const dir = tmp();
  writeUniqueTree(path.join(dir, "in"), 400, 150);
  const child = spawn(process.execPath, [BIN, "in", "--out-dir", "out", "--jobs", jobs, "--quiet"], { cwd: dir });
  let stderr = "";
  child.stderr.on("data", (d) => (stderr += String(d)));
  const exited = once(child, "exit");
  const written = (): string[] => (existsSync(path.join(dir, "out")) ? readdirSync(path.join(dir, "out"), { recursive: true, encoding: "utf8" }) : []);
  await waitFor(() => written().some((f) => f.endsWith(".txt")));
  child.kill("SIGINT");
  const [status] = await exited;
  // Before, --jobs 1 never left the microtask queue: the signal waited for the whole run, then exit 0
  // (so the status and the count of written files below, not a clock, show it stopped at once).
  expect(status).toBe(130);
  expect(stderr).toBe("winnow: interrupted (SIGINT); files not yet written are left as they were\n");
  const files = written().filter((f) => f.endsWith(".txt"));
  expect(files.length).toBeGreaterThan(0);
  expect(files.length).toBeLessThan(400);
  for (const f of files) expect(readFileSync(path.join(dir, "out", f), "utf8")).toBe(readFileSync(path.join(dir, "in", f), "utf8"));
  expect(written().filter((f) => !f.endsWith(".txt") && !/^d\d$/.test(f))).toEqual([]);
});
