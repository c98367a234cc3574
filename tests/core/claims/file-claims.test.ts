import { describe, expect, test } from "vitest";
import { analyze, unitBody } from "../../../src/core/analyze.js";
import { buildRuleSet } from "../../../src/core/boilerplate/ruleset.js";
import { cleanAnalysis } from "../../../src/core/clean.js";
import { claimsOf, localIndex, unitSpan, type SourcePackage } from "../../../src/core/claims/file-claims.js";
import { resolveOptions } from "../../../src/core/options.js";

const o = resolveOptions({});
const rules = buildRuleSet(o);
const P1 = "The harbour council voted on Tuesday to extend the night ferry route across the river until spring.";
const P2 = "Residents of the north bank asked for a second pier, saying the crossing takes far too long in winter.";

describe("phase one: what a file claims", () => {
  test("a paragraph its own file keeps claims; a copy inside the file and boilerplate do not", () => {
    const text = `${P1}\n\nAdvertisement\n\n${P2}\n\n${P1}\n`;
    const c = claimsOf(analyze(text, o, rules), o, rules, "a.txt");
    // Lookers: the three long paragraphs (the ad is too short to be cut as a copy).
    expect(c.lookers.length).toBe(3);
    expect([...c.claims]).toEqual([1, 1, 0]);
    expect(c.texts).toEqual([P1, P2]);
    // Where the claiming texts stand in the file: what phase two reads back.
    expect([...c.spans]).toEqual([0, P1.length, text.indexOf(P2), text.indexOf(P2) + P2.length]);
    expect(c.alone.cuts.map((x) => x.kind).sort()).toEqual(["boilerplate", "duplicate"]);
  });
});

test("a claiming unit's span is its text as unitBody gives it: a BOM, quote prefixes and CRLF line ends left out", () => {
  for (const text of [`\uFEFF${P1}\r\n\r\n${P2}\r\n`, `> ${P1}\n> ${P2}\n\n> ${P2}\n> ${P1}\n`, `  ${P1}\n\n\t${P2}`]) {
    const a = analyze(text, o, rules);
    const c = claimsOf(a, o, rules, "a.txt");
    expect(c.texts.length).toBeGreaterThan(0);
    c.texts.forEach((t, k) => expect(text.slice(c.spans[2 * k], c.spans[2 * k + 1])).toBe(t));
    for (let i = 0; i < a.units.length; i++) expect(text.slice(...unitSpan(a, i))).toBe(unitBody(a, a.units[i]!));
  }
});

describe("phase two: a file decided against the first copies of its keys", () => {
  test("an exact copy of an earlier file's first copy is cut and names it; without the package it stays", () => {
    const first = claimsOf(analyze(`${P2}\n\n${P1}\n`, o, rules), o, rules, "d/a.txt");
    const a = analyze(`${P1}\n\nSomething new that nobody wrote before, at some length, about the tide tables.\n`, o, rules);
    const u = first.lookers[1] ?? -1;
    const pkg: SourcePackage = {
      files: [{ file: 0, name: "d/a.txt", units: first.units }],
      units: [{ file: 0, unit: u, text: P1, place: 0 }],
      exact: Int32Array.of(first.units.fpHi[u] ?? 0, first.units.fpLo[u] ?? 0, 0),
      shingles: new Int32Array(0),
    };
    const r = cleanAnalysis(a, o, rules, { index: localIndex(pkg, a), name: "d/b.txt" });
    expect(r.cuts).toEqual([expect.objectContaining({ kind: "duplicate", rule: "exact", startLine: 1, source: { file: "d/a.txt", startLine: 3, endLine: 3 } })]);
    const alone = cleanAnalysis(analyze(a.text, o, rules), o, rules, { index: localIndex({ files: [], units: [], exact: new Int32Array(0), shingles: new Int32Array(0) }, a), name: "d/b.txt" });
    expect(alone.cuts).toEqual([]);
  });

  test("a first copy whose text lacks a fact of the copy does not cut it (the first law)", () => {
    const withYear = P1.replace("Tuesday", "Tuesday 14 May 2024");
    const first = claimsOf(analyze(`${P1}\n`, o, rules), o, rules, "a.txt");
    const a = analyze(`${withYear}\n`, o, rules);
    const u = first.lookers[0] ?? -1;
    const pkg: SourcePackage = {
      files: [{ file: 0, name: "a.txt", units: first.units }],
      units: [{ file: 0, unit: u, text: P1, place: 0 }],
      // As if the fingerprints matched (they do not here): the law is checked on the texts.
      exact: Int32Array.of(a.units[0]?.fpHi ?? 0, a.units[0]?.fpLo ?? 0, 0),
      shingles: new Int32Array(0),
    };
    expect(cleanAnalysis(a, o, rules, { index: localIndex(pkg, a), name: "b.txt" }).cuts).toEqual([]);
  });
});
