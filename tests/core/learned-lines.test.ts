import { describe, expect, test } from "vitest";
import { analyze } from "../../src/core/analyze.js";
import { buildRuleSet } from "../../src/core/boilerplate/ruleset.js";
import { fileTemplateHashes, LEARNED_RULE, LearnedLookup, markLearned, TemplateCounts } from "../../src/core/learned-lines.js";
import { resolveOptions } from "../../src/core/options.js";
import { loadFormat } from "../../src/core/unit-splitters.js";

const o = resolveOptions();
const STORIES = ["The ferry sailed at dawn.", "Gulls took the bread.", "A storm closed the pier.", "Nets dried on the wall.", "The tide came in late."];
const page = (n: number): string => `${STORIES[n] ?? ""}\n\nFiled by the harbour desk\n`;

function marked(text: string, counts: TemplateCounts, opts = o): string[] {
  const a = analyze(text, opts, buildRuleSet(opts));
  markLearned(a, new LearnedLookup(counts.frequent(opts.minFiles, opts.minShare)), opts);
  return a.units.filter((u) => u.boiler?.rule === LEARNED_RULE).map((u) => text.slice(a.lines.start[u.first], a.lines.end[u.last]));
}

describe("markLearned", () => {
  test("marks a line found in every file of the run", () => {
    const counts = new TemplateCounts();
    for (let i = 0; i < 4; i++) counts.addFile(fileTemplateHashes(page(i)));
    expect(marked(page(4), counts)).toEqual(["Filed by the harbour desk"]);
  });

  test("marks nothing in a Markdown file: a line in most posts of a blog is the author's formula", async () => {
    await loadFormat("markdown");
    const post = (n: number): string => `${STORIES[n] ?? ""}\n\nDocumentation: https://example.org/docs/v1.${n}.0/api/\n`;
    const counts = new TemplateCounts();
    for (let i = 0; i < 4; i++) counts.addFile(fileTemplateHashes(post(i)));
    expect(marked(post(4), counts)).toEqual(["Documentation: https://example.org/docs/v1.4.0/api/"]);
    expect(marked(post(4), counts, resolveOptions({ format: "markdown" }))).toEqual([]);
  });

  test("marks nothing when nothing was learned", () => {
    const counts = new TemplateCounts();
    for (const t of ["One story.\n", "Another story.\n", "A third one.\n"]) counts.addFile(fileTemplateHashes(t));
    expect(counts.frequent(o.minFiles, o.minShare).counts.length).toBe(0);
    expect(marked(page(4), counts)).toEqual([]);
  });
});
