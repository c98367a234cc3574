// The splitter reads each line's shape once (units.ts, lineShape()) and splits blocks from the shapes;
// the block split again on the lines a cleaning keeps (rejudgeBlocks(), splitsAsKept()) reads the shapes
// carried over instead of the lines. Held here to the split that tested each line's text as it went
// (tests/helpers/reference-split-block.ts), and the carried shapes to those of the lines themselves.
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { analyze, type Analysis } from "../../src/core/analyze.js";
import { buildRuleSet } from "../../src/core/boilerplate/ruleset.js";
import type { Decision, Decisions } from "../../src/core/decide.js";
import { blocksSplitAsKept, keptAnalysis, splitsAsKept } from "../../src/core/kept-analysis.js";
import { trimmedEndLength } from "../../src/core/line-shapes.js";
import { splitLines, type Lines } from "../../src/core/lines.js";
import { resolveOptions } from "../../src/core/options.js";
import { render } from "../../src/core/render.js";
import { exactCut } from "../../src/core/segment-cuts.js";
import { lineShape, lineShapesOf, rejudgeBlocks, splitBlockLines, splitUnits } from "../../src/core/units.js";
import { referenceSplitBlockLines } from "../helpers/reference-split-block.js";
import { document, gluedDocument, mutated, paragraph } from "../helpers/text-arbitraries.js";

/** Lines of the shapes the splitter tells apart, and their near misses. */
const line = fc.oneof(
  paragraph,
  paragraph.map((p) => p.toLowerCase()),
  paragraph.map((p) => p.slice(0, 60)),
  paragraph.map((p) => p.slice(0, 30) + " then"),
  fc.constantFrom(
    "- an item",
    "* another item",
    "1. first step",
    "12) twelfth",
    "(a) lettered",
    "a) lettered too",
    "3 apples and pears",
    "42",
    "# Heading",
    "### Deeper heading",
    "#no heading",
    "    indented code();",
    "\tindented with a tab",
    "  continued under an item",
    "| a | b |",
    "Apples   4.50",
    "const x = {",
    "}",
    '"key": 1,',
    "Content-Type: text/plain",
    "GET /index.html HTTP/1.1",
    "return x;",
    "新图书馆阅读室明年春天全面开放了新图书馆阅读室明年春天全面开放了新图书馆阅读室",
    "Ölçü ölçüsü",
    "é début en minuscule",
    "\u00a0 non-breaking start",
    "ends with a word 42",
    "Ends with punctuation!",
    "x".repeat(201),
    "A line of about forty-five characters, it says.",
    "ab) two letters and a parenthesis",
    "abc) three letters are no marker",
    "x)y",
    "  # a heading after two spaces",
    "    # four spaces: code, not a heading",
    "trailing spaces   ",
    "ends on a letter past ASCII é  ",
    "\u3000an ideographic space first",
    "\u{1d400}stral letter first",
    "ends on an astral letter \u{1d400}",
    "ends on a digit past ASCII \u0663",
    "\t",
  ),
);

const block = fc.array(line, { minLength: 1, maxLength: 14 });

function shapesOf(lines: readonly string[]) {
  return lines.map((l) => [lineShape(l), trimmedEndLength(l)]);
}

describe("the block split from line shapes", () => {
  test("is the split that tested each line's text", () => {
    fc.assert(
      fc.property(block, (lines) => {
        expect(splitBlockLines(lines)).toEqual(referenceSplitBlockLines(lines));
      }),
      { numRuns: 20000 },
    );
  });

  test.each([
    ["generated", document],
    ["glued", gluedDocument],
    ["mutated", mutated],
  ])("of every block of %s text is the reference split, and the shapes noted are the lines'", (_name, texts) => {
    fc.assert(
      fc.property(texts, (text) => {
        const lines = splitLines(text);
        const units = splitUnits(text, lines);
        const shapes = lineShapesOf(lines);
        expect(shapes).toBeDefined();
        const body = (l: number): string => {
          const s = text.slice(lines.start[l], lines.end[l]);
          return l === 0 && s.charCodeAt(0) === 0xfeff ? s.slice(1) : s;
        };
        for (let l = 0; l < lines.start.length; l++) {
          const bits = shapes?.bits[l] ?? -1;
          if (bits >= 0) expect([bits, shapes?.widths[l]]).toEqual(shapesOf([body(l)])[0]);
        }
        // Every unit outside code is split within its block as the reference splits that block.
        for (let s = 0; s < units.length; ) {
          let e = s;
          while (e + 1 < units.length && units[e + 1]?.kind !== "code" && units[s]?.kind !== "code" && (units[e + 1]?.first ?? -1) === (units[e]?.last ?? -2) + 1) e++;
          const first = units[s]?.first ?? 0;
          const last = units[e]?.last ?? 0;
          if (units[s]?.kind !== "code") {
            const ref = referenceSplitBlockLines(Array.from({ length: last - first + 1 }, (_, k) => body(first + k)));
            expect(units.slice(s, e + 1).map((u) => [u.first - first, u.last - first, u.kind])).toEqual(ref.map((u) => [u.first, u.last, u.kind]));
          }
          s = e + 1;
        }
      }),
      { numRuns: 1500 },
    );
  });
});

const CUT: Decision = { kind: "boilerplate", rule: "test" };
const plan = fc.tuple(fc.boolean(), fc.array(fc.boolean(), { minLength: 1, maxLength: 64 }));

function decisionsOf(a: Analysis, [byRules, flags]: [boolean, boolean[]]): Decisions {
  return a.units.map((u, i) => ((byRules ? u.boiler !== null && flags[i % flags.length] !== false : flags[i % flags.length]) ? CUT : null));
}

/** The same analysis on a line table of its own: no shapes are known for it, so every line is read. */
function unshaped(a: Analysis): Analysis {
  const lines: Lines = { start: a.lines.start, end: a.lines.end, next: a.lines.next };
  return { ...a, lines };
}

describe.each([
  ["generated", document],
  ["glued", gluedDocument],
  ["mutated", mutated],
])("the kept text's split over %s text", (_name, texts) => {
  const o = resolveOptions({ minWords: 0 });
  const rules = buildRuleSet(o);

  test("is judged alike from the shapes carried over and from the lines", () => {
    let split = 0;
    fc.assert(
      fc.property(texts, plan, (text, p) => {
        const a = analyze(text, o, rules, true);
        expect(lineShapesOf(a.lines)).toBeDefined();
        const decisions = decisionsOf(a, p);
        const plain = unshaped(a);
        expect(lineShapesOf(plain.lines)).toBeUndefined();
        const ok = blocksSplitAsKept(a, decisions, rules);
        expect(ok).toBe(blocksSplitAsKept(plain, decisions, rules));
        for (let s = 0; s < a.units.length; s++) expect(splitsAsKept(a, decisions, s, a.units.length - 1)).toBe(splitsAsKept(plain, decisions, s, a.units.length - 1));
        if (ok) split++;
      }),
      { numRuns: 800 },
    );
    expect(split).toBeGreaterThan(100);
  });

  test("re-judges blocks alike from the shapes carried over and from the lines", () => {
    fc.assert(
      fc.property(texts, fc.array(fc.boolean(), { minLength: 1, maxLength: 64 }), (text, flags) => {
        const a = analyze(text, o, rules, true);
        // Rule matches where the flags say, so that blocks are judged again on what they keep.
        const units = () => a.units.map((u, i) => ({ ...u, boiler: flags[i % flags.length] ? { rule: "test", match: "" } : null }));
        const withShapes = units();
        const fromLines = units();
        rejudgeBlocks(a.text, a.lines, withShapes);
        rejudgeBlocks(a.text, unshaped(a).lines, fromLines);
        expect(withShapes.map((u) => u.kind)).toEqual(fromLines.map((u) => u.kind));
      }),
      { numRuns: 800 },
    );
  });

  test("carries to the kept text and to a segment the shapes of their own lines", () => {
    fc.assert(
      fc.property(texts, plan, (text, p) => {
        const a = analyze(text, o, rules, true);
        const decisions = decisionsOf(a, p);
        const derived: Analysis[] = [];
        if (blocksSplitAsKept(a, decisions, rules)) {
          const k = keptAnalysis(a, decisions, render(a, decisions), o);
          if (k) derived.push(k);
        }
        const seg = exactCut(a, resolveOptions({}), text);
        if (seg) derived.push(seg);
        for (const d of derived) {
          const shapes = lineShapesOf(d.lines);
          expect(shapes).toBeDefined();
          for (let l = 0; l < d.lines.start.length; l++) {
            const bits = shapes?.bits[l] ?? -1;
            if (bits < 0) continue;
            let s = d.text.slice(d.lines.start[l], d.lines.end[l]);
            if (l === 0 && s.charCodeAt(0) === 0xfeff) s = s.slice(1);
            expect([bits, shapes?.widths[l]]).toEqual(shapesOf([s])[0]);
          }
        }
      }),
      { numRuns: 800 },
    );
  });
});
