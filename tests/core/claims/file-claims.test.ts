import { describe, expect, test } from "vitest";
import { analyze, unitBody } from "../../../src/core/analyze.js";
import { buildRuleSet } from "../../../src/core/boilerplate/ruleset.js";
import { cleanAnalysis } from "../../../src/core/clean.js";
import { claimsOf, decideAgainst, localIndex, lookupKeysOf, type SourcePackage } from "../../../src/core/claims/file-claims.js";
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
    expect(c.fpHi.length).toBe(3);
    expect(c.added).toBe(0);
    expect([...c.claims]).toEqual([1, 1, 0]);
    expect(c.texts).toEqual([P1, P2]);
    // The unit table is the output's: the ad and the copy are not in it, and the units keep their lines.
    expect([...c.units.first]).toEqual([0, 4]);
    expect([...c.claimed]).toEqual([0, 1]);
    expect([...c.claimLooker]).toEqual([0, 1]);
    expect(c.alone.cuts.map((x) => x.kind).sort()).toEqual(["boilerplate", "duplicate"]);
  });

  test("a unit a cut made (lines glued into a paragraph) claims as the unit the output has, on the lines of the file given", () => {
    // Short lines over the sentence make its block verse; once the rules take them, it is a paragraph of its own.
    const text = `Sign in\nMaria\nSign up\nOn Mar 3\nNext story\n${P1}\n\n${P2}\n`;
    const a = analyze(text, o, rules);
    expect(a.units.find((u) => u.first === 5)?.kind).toBe("verse");
    const c = claimsOf(a, o, rules, "b.txt");
    expect(c.alone.text).toBe(`${P1}\n\n${P2}\n`);
    // P2 is a looker of the file given; P1 one its output added, looked up after the file's own.
    expect(c.added).toBe(1);
    expect(c.texts).toEqual([P1, P2]);
    expect([...c.claimLooker]).toEqual([1, 0]);
    expect([...c.units.first]).toEqual([5, 7]);
    expect([...c.units.last]).toEqual([5, 7]);
  });

  test("a unit numbered past what a rank holds claims nothing, and is still looked up", () => {
    // The limit is 2^21 units (claim-store.ts); a file that long is shown here with a limit of 1.
    const c = claimsOf(analyze(`${P1}\n\n${P2}\n`, o, rules), o, rules, "a.txt", 1);
    expect(c.fpHi.length).toBe(2);
    expect([...c.claims]).toEqual([1, 0]);
    expect([...c.claimed]).toEqual([0]);
    expect(c.texts).toEqual([P1]);
    // The unit table is whole: the units after the limit are still the neighbours a repeated block reads.
    expect(c.units.fpHi.length).toBe(2);
  });

  test("with --no-dedupe nothing claims", () => {
    const c = claimsOf(analyze(`${P1}\n\n${P2}\n`, resolveOptions({ dedupe: false }), rules), resolveOptions({ dedupe: false }), rules, "a.txt");
    expect([...c.claims].filter((x) => x === 1)).toEqual([]);
    expect([...c.claimed]).toEqual([]);
    expect(c.texts).toEqual([]);
  });
});

describe("phase two: a file decided against the first copies of its keys", () => {
  test("an exact copy of an earlier file's first copy is cut and names it; without the package it stays", () => {
    const first = claimsOf(analyze(`${P2}\n\n${P1}\n`, o, rules), o, rules, "d/a.txt");
    const a = analyze(`${P1}\n\nSomething new that nobody wrote before, at some length, about the tide tables.\n`, o, rules);
    const u = first.claimed[1] ?? -1;
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
    const u = first.claimed[0] ?? -1;
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

describe("an exact copy is its first copy's text, not its fingerprint alone", () => {
  test("a first copy named by the fingerprint whose text is another paragraph cuts nothing", () => {
    const first = claimsOf(analyze(`${P2}\n`, o, rules), o, rules, "a.txt");
    const a = analyze(`${P1}\n`, o, rules);
    const pkg: SourcePackage = {
      files: [{ file: 0, name: "a.txt", units: first.units }],
      units: [{ file: 0, unit: 0, text: P2, place: 0 }],
      // As if two texts had one fingerprint, or a first copy were named wrongly: P1 holds no fact P2 lacks.
      exact: Int32Array.of(a.units[0]?.fpHi ?? 0, a.units[0]?.fpLo ?? 0, 0),
      shingles: new Int32Array(0),
    };
    expect(cleanAnalysis(a, o, rules, { index: localIndex(pkg, a), name: "b.txt" }).cuts).toEqual([]);
    // The same text in other case and spacing is still the copy it is.
    const again = analyze(`${P1.toUpperCase().replace(/ /g, "  ")}\n`, o, rules);
    const same: SourcePackage = { ...pkg, units: [{ file: 0, unit: 0, text: P1, place: 0 }], exact: Int32Array.of(again.units[0]?.fpHi ?? 0, again.units[0]?.fpLo ?? 0, 0) };
    expect(cleanAnalysis(again, o, rules, { index: localIndex(same, again), name: "b.txt" }).cuts).toEqual([expect.objectContaining({ kind: "duplicate", rule: "exact" })]);
  });
});

describe("phase two: a file whose cut made a unit it did not look up", () => {
  const text = `Sign in\nMaria\nSign up\nOn Mar 3\nNext story\n${P1}\n\n${P2}\n`;
  const a = analyze(text, o, rules);
  const first = claimsOf(analyze(`${P1}\n`, o, rules), o, rules, "a.txt");
  const P1_KEY = { hi: first.fpHi[0] ?? 0, lo: first.fpLo[0] ?? 0 };

  test("asks for the keys of the output's lookers it did not look up; with them, it is cut as the copy it is", () => {
    const own = lookupKeysOf(a, o);
    const asked = decideAgainst(a, o, rules, "b.txt", { files: [], units: [], exact: new Int32Array(0), shingles: new Int32Array(0) }, own);
    expect("more" in asked && [...asked.more.fpHi]).toEqual([P1_KEY.hi]);
    expect("more" in asked && [...asked.more.fpLo]).toEqual([P1_KEY.lo]);
    const pkg: SourcePackage = {
      files: [{ file: 0, name: "a.txt", units: first.units }],
      units: [{ file: 0, unit: 0, text: P1, place: 0 }],
      exact: Int32Array.of(P1_KEY.hi, P1_KEY.lo, 0),
      shingles: new Int32Array(0),
    };
    const looked = { fpHi: Uint32Array.of(...own.fpHi, P1_KEY.hi), fpLo: Uint32Array.of(...own.fpLo, P1_KEY.lo) };
    const d = decideAgainst(a, o, rules, "b.txt", pkg, looked);
    expect("result" in d && d.result.text).toBe(`${P2}\n`);
    expect("result" in d && d.result.cuts.filter((c) => c.kind === "duplicate")).toEqual([expect.objectContaining({ startLine: 6, source: { file: "a.txt", startLine: 1, endLine: 1 } })]);
  });

  test("in its last round (no keys given) it gives its result as it stands", () => {
    const d = decideAgainst(a, o, rules, "b.txt", { files: [], units: [], exact: new Int32Array(0), shingles: new Int32Array(0) });
    expect("result" in d && d.result.text).toBe(`${P1}\n\n${P2}\n`);
  });
});
