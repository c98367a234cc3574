// Inputs that never end are bounded: a config whose top-level await never settles times out with a
// clear error; batch mode reads only regular files, up to a size cap, and says why it did not read
// the others (a file too big to hold, a /proc file, a device, a FIFO) with exit 2.
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "vitest";
import { BIN } from "../helpers/run-cli.js";
import { tempTree } from "../helpers/temp-tree.js";

function winnow(argv: string[], cwd: string, env: Record<string, string> = {}): { status: number | null; stderr: string; stdout: string; signal: string | null } {
  const r = spawnSync(process.execPath, [BIN, ...argv], { cwd, encoding: "utf8", timeout: 60_000, killSignal: "SIGKILL", env: { ...process.env, ...env } });
  return { status: r.status, stderr: r.stderr, stdout: r.stdout, signal: r.signal };
}

test.each([
  ["await new Promise(() => {});\nexport default {};\n"],
  ["setInterval(() => {}, 1000);\nawait new Promise(() => {});\nexport default {};\n"],
])("a config whose top-level await never settles: a clear error and exit 2, not exit 0 with no output (%#)", (config) => {
  const dir = tempTree({ ".git/HEAD": "", "winnow.config.js": config, "x.txt": "Hello there.\n" });
  const r = winnow(["x.txt"], dir, { WINNOW_CONFIG_TIMEOUT_MS: "500" });
  expect(r.signal).toBe(null);
  expect(r.stderr).toBe("winnow: winnow.config.js: did not finish loading within 0.5 s (a top-level await that never settles?)\n");
  expect(r.status).toBe(2);
  expect(r.stdout).toBe("");
});

test("--against '/proc/self/*' ends at once (it read /proc/self/pagemap without end): /proc files are not read past what they claim", () => {
  if (!existsSync("/proc/self/pagemap")) {
    if (process.env.CI === "true") throw new Error("/proc/self/pagemap is missing");
    return void console.warn("SKIPPED: no /proc/self/pagemap on this machine");
  }
  const dir = tempTree({ "a.txt": "Hello there, a sentence of prose.\n" });
  const r = winnow(["--check", "a.txt", "--against", "/proc/self/*", "--jobs", "1"], dir);
  expect(r.signal).toBe(null);
  // References that cannot be read are left out, as before: they only serve as kept copies.
  expect(r.status).toBe(0);
});

test("a file that claims size 0 but has content is not read (batch mode)", async () => {
  const { readStamped } = await import("../../src/io/read-stamped.js");
  if (!existsSync("/proc/self/status")) {
    if (process.env.CI === "true") throw new Error("/proc/self/status is missing");
    return void console.warn("SKIPPED: no /proc on this machine");
  }
  expect(() => readStamped("/proc/self/status")).toThrow("reports a size of 0 but has content (a /proc or /sys file?), not read");
});

test.each([["1"], ["2"]])("a file over the batch size cap fails with the true reason and exit 2 (--jobs %s)", (jobs) => {
  // The cap is lowered by the test hook rather than writing 512 MiB.
  const dir = tempTree({ "d/a.txt": "Hello there, a sentence of prose.\n", "d/big.txt": "x".repeat(4096) });
  const r = winnow(["d", "--out-dir", "out", "--jobs", jobs], dir, { WINNOW_MAX_FILE_BYTES: "1024" });
  expect(r.stderr).toContain("winnow: d/big.txt: too big for batch mode (4.0 KiB; the limit is 1.0 KiB): clean it alone, streamed: winnow FILE -o OUT\n");
  expect(r.stderr).not.toMatch(/not UTF-8/);
  expect(r.status).toBe(2);
  expect(readFileSync(path.join(dir, "out/a.txt"), "utf8")).toBe("Hello there, a sentence of prose.\n");
});

test("the default cap is what one string can hold: 512 MiB less V8's 24 characters", async () => {
  const { MAX_FILE_BYTES } = await import("../../src/io/read-stamped.js");
  expect(MAX_FILE_BYTES).toBe(2 ** 29 - 24);
});

test.each([["/dev/zero", "character device"], ["fifo", "FIFO"]])("--check %s: not a regular file, exit 2 (not 'no files match this pattern')", (name, kind) => {
  const dir = tempTree({});
  if (name === "fifo") expect(spawnSync("mkfifo", [path.join(dir, "fifo")]).status).toBe(0);
  const r = winnow(["--check", name], dir);
  expect(r.stderr).toBe(`winnow: ${name}: not a regular file (${kind})\n`);
  expect(r.status).toBe(2);
});
