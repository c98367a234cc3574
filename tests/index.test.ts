// The package entry point as users import it (`import { clean } from "winnow-text"`, dist/index.js), which
// the CLI's bundle does not replace: built by tsc, Markdown ready without a loading step.
import { spawnSync } from "node:child_process";
import { expect, test } from "vitest";
import { ROOT } from "./helpers/run-cli.js";

const PARA = "The committee met on Tuesday to go over the budget for the coming year and the new hires.";

test('import { clean } from "winnow-text" works from the built package, Markdown included', () => {
  const script = `
    import { clean } from "winnow-text";
    const text = ${JSON.stringify(`${PARA}\n\n${PARA}\n`)};
    const md = ${JSON.stringify(`# Notes\n\n${PARA}\n\n- ${PARA}\n\n${PARA}\n`)};
    const plain = clean(text);
    const markdown = clean(md, { format: "markdown" });
    process.stdout.write(JSON.stringify({ plain: plain.text, cuts: plain.cuts.map((c) => c.kind), markdown: markdown.text, mdCuts: markdown.cuts.map((c) => c.kind) }));`;
  const r = spawnSync(process.execPath, ["--input-type=module", "-e", script], { cwd: ROOT, encoding: "utf8" });
  expect(r.status, r.stderr).toBe(0);
  const out = JSON.parse(r.stdout) as { plain: string; cuts: string[]; markdown: string; mdCuts: string[] };
  expect(out.plain).toBe(`${PARA}\n`);
  expect(out.cuts).toEqual(["duplicate"]);
  // Markdown needs the parser, which the entry point registers (else clean() throws).
  expect(out.mdCuts).toContain("duplicate");
  expect(out.markdown.startsWith(`# Notes\n\n${PARA}\n`)).toBe(true);
});
