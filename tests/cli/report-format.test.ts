// --report picks its format from the file name: .html writes the page, anything else the JSON report.
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, test } from "vitest";
import { ROOT, runCli, spawnCli } from "../helpers/run-cli.js";

const dir = mkdtempSync(path.join(os.tmpdir(), "winnow-report-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("--report FILE", () => {
  test.each(["report.html", "REPORT.HTM"])("%s is an HTML page with one cut mark per cut of the JSON report", async (name) => {
    const html = path.join(dir, name);
    const json = path.join(dir, `${name}.json`);
    expect((await runCli(["fixtures/seed/input.txt", "--report", html])).code).toBe(0);
    expect((await runCli(["fixtures/seed/input.txt", "--report", json])).code).toBe(0);
    const page = readFileSync(html, "utf8");
    const report = JSON.parse(readFileSync(json, "utf8")) as { files: { cuts: unknown[] }[] };
    expect(page).toMatch(/^<!DOCTYPE html>/);
    expect(page.match(/data-cut="/g)).toHaveLength(report.files.flatMap((f) => f.cuts).length);
  });

  test("the spawned bin writes the page too, and the clean text is unchanged by it", () => {
    const html = path.join(dir, "spawned.html");
    const r = spawnCli(["fixtures/seed/input.txt", "--report", html]);
    expect(r.code).toBe(0);
    expect(r.stdoutBytes.equals(readFileSync(path.join(ROOT, "fixtures/seed/expected.txt")))).toBe(true);
    expect(readFileSync(html, "utf8")).toContain("<title>winnow report: fixtures/seed/input.txt</title>");
  });
});
