import { describe, expect, test } from "vitest";
import { endsASentence, FEATURE_NAMES, lineFeatures, type FeatureUnit } from "../../../src/core/boilerplate/line-features.js";
import { asciiStopMask, asciiStopTable, stopWordMasks } from "../../../src/core/boilerplate/stop-words.js";

const unit = (text: string, kind = "paragraph"): FeatureUnit => ({ text, kind, tokens: text.split(/\s+/).filter(Boolean).length, fp: text.toLowerCase(), lines: 1 });
const at = (row: Float64Array | undefined, name: (typeof FEATURE_NAMES)[number]): number => row?.[FEATURE_NAMES.indexOf(name)] ?? NaN;

const PAGE = [
  "Home",
  "News",
  "Sport",
  "The council said on Tuesday that the new library would open in the spring, after two years of delays and a shortage of builders.",
  "It will hold forty thousand books and a room for the town's archive, which has been kept in a basement since the flood of 1998.",
  "Home",
  "Contact us | Privacy | Terms",
].map((t) => unit(t));

describe("line features", () => {
  const rows = lineFeatures(PAGE, [0, 3, 6]);
  test.each([
    ["stop_share", 0, 0, "a navigation label has no stop words"],
    ["ends_sentence", 1, 1, "prose ends a sentence"],
    ["ends_sentence", 0, 0, "a label does not"],
    ["cap_share", 0, 1, "a label is capitalised"],
    ["log_recurs", 0, Math.log1p(1), "'Home' stands twice in the text"],
    ["log_short_run", 0, Math.log1p(3), "three short lines in a row"],
    ["prose_before", 0, 0, "nothing before the first line"],
    ["prose_after", 0, 1, "prose follows"],
    ["position", 0, 0, "the first line"],
  ] as const)("%s of row %i is %d: %s", (name, row, value, _why) => {
    expect(at(rows[row], name)).toBeCloseTo(value, 6);
  });
  test("prose has a share of stop words that labels lack", () => {
    expect(at(rows[1], "stop_share")).toBeGreaterThan(0.3);
    expect(at(rows[2], "log_separators")).toBeGreaterThan(0);
  });
  test("the stop words are those of the text's language", () => {
    const de = ["Der Rat sagte am Dienstag, dass die neue Bibliothek im Frühjahr öffnen werde, nach zwei Jahren der Verzögerung.", "Impressum"].map((t) => unit(t));
    const [prose] = lineFeatures(de, [0]);
    expect(at(prose, "stop_share")).toBeGreaterThan(0.3);
    expect(at(prose, "doc_stop_share")).toBeGreaterThan(0.2);
  });
  test("every row has one value per feature name", () => {
    for (const r of rows) expect(r.length).toBe(FEATURE_NAMES.length);
  });
});

describe("endsASentence", () => {
  test.each([
    ["He left.", true],
    ["Is it?  ", true],
    ['She said "no!"', true],
    ["(See the notes.)]", true],
    ["Wait…’", true],
    ["Home", false],
    ["Read more:", false],
    ["3.5", false],
    ["", false],
    ["  .  ", true],
    ['"', false],
  ] as const)("%j ends a sentence: %s", (t, ends) => {
    expect(endsASentence(t)).toBe(ends);
    // The same as the expression it stands for, on the line less white space at its end.
    expect(/[.!?…]["'”’)\]]*$/u.test(t.trimEnd())).toBe(ends);
  });
});

describe("the ASCII stop-word table", () => {
  test("gives every ASCII word of the lists the mask the map gives, in any case, and nothing else", () => {
    const table = asciiStopTable();
    const ascii = [...stopWordMasks()].filter(([w]) => /^[\x00-\x7f]+$/.test(w));
    expect(ascii.length).toBeGreaterThan(500);
    for (const [w, m] of ascii) {
      expect(asciiStopMask(table, `(${w})`, 1, w.length + 1)).toBe(m);
      expect(asciiStopMask(table, w.toUpperCase(), 0, w.length)).toBe(m);
    }
    for (const w of ["Impressum", "council", "thee", "zzz", "th"]) expect(asciiStopMask(table, w, 0, w.length)).toBe(stopWordMasks().get(w.toLowerCase()) ?? 0);
  });
});
