#!/usr/bin/env node
// Writes docs/rules.md from the rule registry (npm run rules-doc after adding or changing a rule;
// tests/core/rule-registry.test.ts fails while a rule is missing from the page).
import { writeFileSync } from "node:fs";
import { RULE_REGISTRY } from "../dist/core/boilerplate/rule-registry.js";

const HOW = {
  pattern: "a pattern (a whole-line rule fires only on short lines, so prose that uses the same words stays)",
  score: "a score of the line's wording",
  context: "the lines around it",
  model: "a score from its shape and the lines around it (docs/accuracy.md)",
  learned: "repetition across the files of a batch run",
  stub: "its place between cut text",
};
const quote = (e) => (typeof e === "string" ? `\`${e.replace(/`/g, "'")}\`` : "a Markdown text:\n\n  ```markdown\n" + e.markdown.replace(/^/gm, "  ") + "\n  ```");
const out = [
  "# Boilerplate rules",
  "",
  "Every rule that can cut a line, by the name that reports show and that `--disable NAME` (or `disable`",
  "in a config file) switches off. `winnow --list-rules` prints the same list. This page is written from",
  "the rule registry (`src/core/boilerplate/rule-registry.ts`) by `npm run rules-doc`.",
  "",
];
for (const r of RULE_REGISTRY) {
  out.push(`## ${r.name}`, "", `${r.description.charAt(0).toUpperCase()}${r.description.slice(1)}.`, "", `Cuts: ${r.mode === "line" ? "the whole line" : "the start of the line"}; decides by ${HOW[r.kind]}.`, "");
  if (r.examples) {
    out.push("Cuts:", "", ...r.examples.cut.map((e) => `- ${quote(e)}`), "", "Keeps:", "", ...r.examples.keep.map((e) => `- ${quote(e)}`), "");
  }
}
writeFileSync(new URL("../docs/rules.md", import.meta.url), out.join("\n"));
