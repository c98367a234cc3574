// The layers of src/ (see .dependency-cruiser.cjs): no import cycle, no import from a lower layer into
// a higher one. Checked with dependency-cruiser on the real tree, and on a small tree that breaks
// each rule once, so a config that checks nothing cannot pass.
import { spawnSync } from "node:child_process";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { ROOT } from "./helpers/run-cli.js";
import { tempTree } from "./helpers/temp-tree.js";

const DEPCRUISE = path.join(ROOT, "node_modules/dependency-cruiser/bin/dependency-cruise.mjs");
const CONFIG = path.join(ROOT, ".dependency-cruiser.cjs");

function cruise(cwd: string): { code: number | null; out: string } {
  const r = spawnSync(process.execPath, [DEPCRUISE, "src", "--config", CONFIG, "--output-type", "err"], { cwd, encoding: "utf8" });
  return { code: r.status, out: `${r.stdout}${r.stderr}` };
}

describe("layers", () => {
  test("src/ has no import cycle and no upward import", () => {
    const r = cruise(ROOT);
    expect(r.out).toContain("no dependency violations found");
    expect(r.code, r.out).toBe(0);
  });

  test("each rule catches what it forbids", () => {
    const cwd = tempTree({
      "src/base/errors.ts": 'import { CONST } from "../core/k.js";\nexport const E = CONST;\n',
      "src/core/k.ts": "export const CONST = 1;\n",
      "src/core/a.ts": 'import { b } from "./b.js";\nexport const a = (): number => b;\n',
      "src/core/b.ts": 'import type { a } from "./a.js";\nexport const b = 1;\nexport type A = typeof a;\n',
      "src/core/reads.ts": 'import { readFileSync } from "node:fs";\nimport { open } from "../io/open.js";\nexport const r = [readFileSync, open];\n',
      "src/io/open.ts": 'import { cfg } from "../config/cfg.js";\nexport const open = cfg;\n',
      "src/config/cfg.ts": 'import { lib } from "../lib/lib.js";\nexport const cfg = lib;\n',
      "src/lib/lib.ts": 'import { cmd } from "../cli/cmd.js";\nexport const lib = cmd;\n',
      "src/cli/cmd.ts": "export const cmd = 1;\n",
      "src/store/s.ts": 'import { lib } from "../lib/lib.js";\nexport const s = lib;\n',
    });
    const r = cruise(cwd);
    expect(r.code).not.toBe(0);
    for (const rule of [
      "no-cycle: src/core/a.ts",
      "base-is-a-leaf: src/base/errors.ts → src/core/k.ts",
      "core-is-pure: src/core/reads.ts → src/io/open.ts",
      "core-uses-no-node-module: src/core/reads.ts → fs",
      "io-below-config-and-report: src/io/open.ts → src/config/cfg.ts",
      "config-and-report-below-library: src/config/cfg.ts → src/lib/lib.ts",
      "nothing-imports-cli: src/lib/lib.ts → src/cli/cmd.ts",
      "store-below-library: src/store/s.ts → src/lib/lib.ts",
    ]) {
      expect(r.out, r.out).toContain(rule);
    }
  });
});
