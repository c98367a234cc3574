// The rule registry: every rule that can cut is in it once, and what reads it (--list-rules, the
// --disable and config checks, the SARIF reporter, docs/rules.md) sees each one.
import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { listRules } from "../../src/cli/list-rules.js";
import { RULE_REGISTRY, knownRuleNames } from "../../src/core/boilerplate/rule-registry.js";
import { CONTEXT_RULES } from "../../src/core/boilerplate/ruleset.js";
import { PAGE_MODEL_RULE } from "../../src/core/boilerplate/page-model.js";
import { BUILTIN_RULES, CTA_SCORE_RULE, STUB_RULE } from "../../src/core/boilerplate/rules.js";
import { LEARNED_RULE } from "../../src/core/learned-lines.js";
import { resolveOptions } from "../../src/core/options.js";
import { sarifReport } from "../../src/report/sarif.js";
import type { Cut } from "../../src/core/types.js";

const names = RULE_REGISTRY.map((r) => r.name);

describe("the rule registry", () => {
  test("holds every rule that can cut, once", () => {
    expect(new Set(names).size).toBe(names.length);
    expect([...names].sort()).toEqual([...BUILTIN_RULES.map((r) => r.name), CTA_SCORE_RULE, STUB_RULE, LEARNED_RULE, PAGE_MODEL_RULE, ...CONTEXT_RULES].sort());
  });

  test("each rule has a description and a help anchor on the rules page, which describes it", () => {
    const page = readFileSync(new URL("../../docs/rules.md", import.meta.url), "utf8");
    for (const r of RULE_REGISTRY) {
      expect(r.description.length, r.name).toBeGreaterThan(10);
      expect(r.help).toBe(`docs/rules.md#${r.name}`);
      expect(page, `docs/rules.md lacks ${r.name}: npm run rules-doc`).toContain(`## ${r.name}\n\n${r.description.charAt(0).toUpperCase()}${r.description.slice(1)}.`);
    }
  });

  test("--list-rules prints every rule with its mode and description", () => {
    const out = listRules();
    for (const r of RULE_REGISTRY) expect(out).toMatch(new RegExp(`^${r.name} +${r.mode} +${r.description.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}$`, "m"));
  });

  test("disable may name every rule and the user's own, nothing else", () => {
    const known = knownRuleNames([{ name: "mine" }]);
    for (const n of [...names, "mine"]) expect(known.has(n)).toBe(true);
    expect(known.has("no-such-rule")).toBe(false);
  });

  test("the SARIF reporter describes a rule as the registry does", () => {
    const cut: Cut = { kind: "boilerplate", startLine: 1, endLine: 1, text: "Advertisement", prefix: false, rule: "advertisement" };
    const log = JSON.parse(sarifReport([{ file: "a.txt", result: { cuts: [cut], stats: {} as never } }], { toolVersion: "t", options: resolveOptions(), chalk: {} as never, written: false })) as {
      runs: { tool: { driver: { rules: { id: string; shortDescription: { text: string }; help: { text: string } }[] } } }[];
    };
    const rule = log.runs[0]?.tool.driver.rules[0];
    expect(rule?.id).toBe("boilerplate/advertisement");
    expect(rule?.shortDescription.text).toBe(RULE_REGISTRY.find((r) => r.name === "advertisement")?.description);
    expect(rule?.help.text).toContain("docs/rules.md#advertisement");
  });
});
