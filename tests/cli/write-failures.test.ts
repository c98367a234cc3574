// A write that fails (here a real file-size limit, ulimit -f) keeps the original, removes the
// temporary file, names the file and exits 2.
import { spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, test } from "vitest";
import { BIN } from "../helpers/run-cli.js";

test("-o past a file-size limit: exit 2, one line, the old target intact, no temporary file", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "winnow-ulimit-"));
  // 2 MB of distinct paragraphs, so the clean text is as big as the input.
  const paragraphs = Array.from({ length: 20_000 }, () => randomBytes(60).toString("base64").replace(/[+/=]/g, "q").match(/.{1,8}/g)?.join(" ") + ".");
  writeFileSync(path.join(dir, "big.txt"), paragraphs.join("\n\n") + "\n");
  writeFileSync(path.join(dir, "out.txt"), "old\n");
  const r = spawnSync("bash", ["-c", `ulimit -f 200; exec "${process.execPath}" "${BIN}" big.txt -o out.txt`], { cwd: dir, encoding: "utf8" });
  expect(r.stderr).toBe("winnow: out.txt: cannot write: file too large\n");
  expect(r.status).toBe(2);
  expect(readFileSync(path.join(dir, "out.txt"), "utf8")).toBe("old\n");
  expect(readdirSync(dir).sort()).toEqual(["big.txt", "out.txt"]);
});
