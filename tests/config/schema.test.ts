// One option table (src/core/option-table.ts): commander's flags, their validation, resolveOptions,
// the config file's keys and schema/winnow.schema.json all come from it and agree on every bound.
import { readFileSync } from "node:fs";
import { Ajv } from "ajv";
import { describe, expect, test } from "vitest";
import { buildProgram, parseArgs } from "../../src/cli/program.js";
import { configSchema } from "../../src/config/schema.js";
import { OPTION_TABLE, type OptionSpec } from "../../src/core/option-table.js";
import { DEFAULT_OPTIONS, resolveOptions } from "../../src/core/options.js";

const FILE = JSON.parse(readFileSync(new URL("../../schema/winnow.schema.json", import.meta.url), "utf8")) as object;
const validate = new Ajv({ strict: false }).compile(FILE);

/** Whether each layer takes `value` for the option: the flag, resolveOptions, a config file. */
function takes(spec: OptionSpec, value: number) {
  let cli: boolean | null = null;
  if (spec.flag !== null) {
    const program = buildProgram().exitOverride().configureOutput({ writeErr: () => undefined, writeOut: () => undefined });
    try {
      parseArgs(program, [spec.flag, String(value)]);
      cli = true;
    } catch {
      cli = false;
    }
  }
  let core = true;
  try {
    resolveOptions({ [spec.key]: value });
  } catch {
    core = false;
  }
  return { cli: cli ?? core, core, config: validate({ [spec.key]: value }) };
}

describe("the option table", () => {
  test("schema/winnow.schema.json is what the table makes (npm run schema writes it)", () => {
    expect(FILE).toEqual(configSchema());
  });

  test("names every option once, and every option has a default", () => {
    expect(OPTION_TABLE.map((s) => s.key).sort()).toEqual(Object.keys(DEFAULT_OPTIONS).sort());
  });

  test("each flag sets the option of the same name", () => {
    const program = buildProgram();
    for (const spec of OPTION_TABLE.filter((s) => s.flag !== null)) {
      const option = program.options.find((o) => o.long === spec.flag);
      expect(option?.attributeName(), spec.flag ?? "").toBe(spec.key);
    }
  });

  test.each(OPTION_TABLE.filter((s) => s.type === "integer" || s.type === "share").map((s) => [s.key, s] as const))(
    "%s: the flag, resolveOptions and the config file take and refuse the same values",
    (_key, spec) => {
      const [lo, hi] = spec.type === "integer" ? [spec.min, spec.max] : [spec.min, 1];
      const low = spec.type === "share" && !spec.minInclusive ? lo : lo - 1;
      const inside = spec.type === "integer" ? [lo, hi] : [spec.minInclusive ? lo : 0.01, hi];
      for (const v of inside) expect(takes(spec, v), `${v}`).toEqual({ cli: true, core: true, config: true });
      for (const v of [low, hi + 1]) expect(takes(spec, v), `${v}`).toEqual({ cli: false, core: false, config: false });
    },
  );

  test("choices are the same for the flag, resolveOptions and the config file", () => {
    for (const spec of OPTION_TABLE) {
      if (spec.type !== "choice") continue;
      for (const c of spec.choices) expect(validate({ [spec.key]: c })).toBe(true);
      expect(validate({ [spec.key]: "other" })).toBe(false);
      expect(() => resolveOptions({ [spec.key]: "other" })).toThrow(new RegExp(spec.key));
    }
  });

  test("config overrides may set the per-file options and no run-wide one", () => {
    for (const spec of OPTION_TABLE) {
      const value = spec.type === "boolean" ? true : spec.type === "choice" ? spec.choices[0] : spec.type === "names" ? [] : spec.type === "rules" ? [] : spec.type === "integer" ? spec.min : 0.5;
      const ok = validate({ overrides: [{ files: "*.md", options: { [spec.key]: value } }] });
      expect(ok, spec.key).toBe(spec.perFile);
    }
  });
});
