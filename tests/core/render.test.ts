import { describe, expect, test } from "vitest";
import { clean } from "../../src/core/clean.js";
import fc from "fast-check";
import { analyze } from "../../src/core/analyze.js";
import { buildRuleSet } from "../../src/core/boilerplate/ruleset.js";
import { resolveOptions } from "../../src/core/options.js";
import { newRenderCarry, render, renderParts } from "../../src/core/render.js";
import { document, mutated } from "../helpers/text-arbitraries.js";

const A = "The council said on Tuesday that the new library would open in the spring, after two years of delays caused by rising costs.";
const B = "Officials blamed the delays on a dispute with the original contractor, which walked away from the site last autumn.";

describe("kept text comes out byte for byte", () => {
  test.each([
    ["LF", `${A}\n\n${B}\n\n${A}\n`, `${A}\n\n${B}\n`],
    ["CRLF", `${A}\r\n\r\n${B}\r\n\r\n${A}\r\n`, `${A}\r\n\r\n${B}\r\n`],
    ["CR only", `${A}\r\r${B}\r\r${A}\r`, `${A}\r\r${B}\r`],
    ["mixed endings keep their own", `${A}\r\n${B}\n${A}\r`, `${A}\r\n${B}\n`],
    ["no final newline", `${A}\n\n${B}`, `${A}\n\n${B}`],
    ["cut last line leaves the kept line's own ending", `${A}\n${B}\n${A}`, `${A}\n${B}\n`],
    ["UTF-8 BOM kept", `\uFEFF${A}\n${A}\n`, `\uFEFF${A}\n`],
    ["BOM kept when the first line is cut", `\uFEFFAdvertisement\n${A}\n`, `\uFEFF${A}\n`],
    ["trailing spaces and tabs kept", `${A}  \t\n\n${B} \n\n${A}\n`, `${A}  \t\n\n${B} \n`],
    ["leading blank lines kept", `\n\n${A}\n\n${B}\n`, `\n\n${A}\n\n${B}\n`],
    ["a cut never leaves two blank runs", `${A}\n\n\nAdvertisement\n\n\n${B}\n`, `${A}\n\n\n${B}\n`],
    ["a cut inside a block leaves no blank line", `${A}\nAdvertisement\n${B}\n`, `${A}\n${B}\n`],
    ["empty text", "", ""],
    ["blank lines only", "\n \n\t\n", "\n \n\t\n"],
  ])("%s", (_name, input, expected) => {
    const r = clean(input);
    expect(r.text).toBe(expected);
    expect(clean(r.text).text).toBe(r.text);
  });

  test("a stripped prefix keeps the rest of the line and its ending", () => {
    const r = clean(`Quote from Ann Lee on May 2, 2023, 9:15 AM ${A}\r\n`);
    expect(r.text).toBe(`${A}\r\n`);
  });

  test("stats count bytes and lines in and out", () => {
    const r = clean(`${A}\n\n${A}\n`);
    expect(r.stats).toMatchObject({
      bytesIn: Buffer.byteLength(`${A}\n\n${A}\n`),
      bytesOut: Buffer.byteLength(`${A}\n`),
      linesIn: 3,
      linesOut: 1,
      cuts: { duplicate: 1, "near-duplicate": 0, boilerplate: 0 },
    });
  });
});

describe("render parts", () => {
  test("joined, with their ranges sliced from the text, are render()'s text, and leave the carry as it does", () => {
    const o = resolveOptions({});
    const rules = buildRuleSet(o);
    const texts = fc.tuple(fc.oneof(document, mutated), fc.constantFrom("", "\uFEFF", "\n\n"));
    fc.assert(
      fc.property(texts, fc.array(fc.boolean(), { maxLength: 40 }), fc.boolean(), fc.boolean(), ([t, lead], cutsAt, begun, final) => {
        const a = analyze(lead + t, o, rules);
        const decisions = a.units.map((_, i) => (cutsAt[i] ? { kind: "duplicate" as const, rule: "exact" } : null));
        const c1 = { ...newRenderCarry(), begun, atStart: !begun, run: begun ? "\n" : "" };
        const c2 = { ...c1 };
        const text = render(a, decisions as never, c1, final);
        const parts = renderParts(a, decisions as never, c2, final);
        let joined = "";
        for (let i = 0; i < parts.length; i++) {
          const p = parts[i];
          joined += typeof p === "string" ? p : a.text.slice(p, parts[++i] as number);
        }
        expect(joined).toBe(text);
        expect(c2).toEqual(c1);
      }),
      { numRuns: 1000 },
    );
  });
});
