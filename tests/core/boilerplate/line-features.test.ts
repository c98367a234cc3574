import { spawnSync } from "node:child_process";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, test } from "vitest";
import { endsASentence, endsInColon, FEATURE_NAMES, featureRows, lineFeatures, newFeatureCache, TextUnit, type FeatureUnit } from "../../../src/core/boilerplate/line-features.js";
import { ROOT } from "../../helpers/run-cli.js";
import { asciiStopMask, asciiStopTable, LANGUAGE_COUNT, stopWordMasks } from "../../../src/core/boilerplate/stop-words.js";

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

  test("the token loop, which hashes a word as it reads it, finds every ASCII word of the lists in a line, in any case", () => {
    // Each word twice on its line, in capitals and in brackets after a comma: the hash starts at the
    // word's first letter and ends at its last ("d.h", "z.b" have a dot inside).
    const ascii = [...stopWordMasks()].filter(([w]) => /^[\x00-\x7f]+$/.test(w) && /^[a-z0-9].*[a-z0-9]$|^[a-z0-9]$/i.test(w) && /[a-z]/i.test(w) && w.length <= 14);
    expect(ascii.some(([w]) => /[^a-z]/.test(w))).toBe(true);
    const units = ascii.map(([w]) => unit(`${w.toUpperCase()}, (${w})`));
    const cache = newFeatureCache(units.length);
    featureRows(units, units.map((_, i) => i), [], cache, () => {});
    ascii.forEach(([w, m], i) => {
      for (let l = 0; l < LANGUAGE_COUNT; l++) expect([w, l, cache.hits[i * LANGUAGE_COUNT + l]]).toEqual([w, l, (m >>> l) & 1 ? 2 : 0]);
    });
  });
});

describe("units read in place", () => {
  // Lines with white space around them, curly quotes around and inside words, letters past ASCII,
  // links and dots that are none, sentences inside a line.
  const LINES = [
    "  Home  ",
    "“Quoted,” she said. Don’t! Café ÉCOLE 3.5 km",
    "www.",
    "Mr. Smith of the U.S. wrote on example.COM",
    "Write to desk@example.net or @example, #news",
    "It opened. Then it closed. Nobody knows why",
    "NEWS | SPORT | WEATHER",
  ];
  const plain = LINES.map((t) => unit(t));
  // The same lines in one text, each unit its place there (as the model reads an analysis).
  let src = "";
  const inPlace = LINES.map((t) => {
    const from = src.length + 1;
    src += `\n${t}\n`;
    return new TextUnit(src, from, from + t.length, "paragraph", t.split(/\s+/).filter(Boolean).length, 0, 0, 1);
  }).map((u) => new TextUnit(src, u.from, u.to, u.kind, u.tokens, 0, 0, 1));
  const rowsOf = (units: readonly FeatureUnit[], skip?: (f: Float64Array) => boolean): number[][] => {
    const out: number[][] = [];
    const order = units.map((_, i) => i);
    featureRows(units, order, order, newFeatureCache(units.length), (_, row) => out.push([...row]), skip);
    return out;
  };
  test("give the rows their strings give", () => {
    // Fingerprints aside (the strings' units each have their own; these have none).
    const strip = (rows: number[][]): number[][] => rows.map((r) => r.map((v, k) => (FEATURE_NAMES[k] === "log_recurs" ? 0 : v)));
    expect(strip(rowsOf(inPlace))).toEqual(strip(rowsOf(plain)));
    expect(inPlace[1]?.text).toBe(LINES[1]);
  });
  test("count link-like tokens as the expression does, and a sentence's last word as none", () => {
    const rows = lineFeatures(plain, plain.map((_, i) => i));
    const links = (k: number): number => at(rows[k], "link_tokens");
    expect(links(2)).toBe(1); // "www."
    expect(links(3)).toBeCloseTo(1 / 8, 9); // "example.COM" of 8 tokens; not "Mr." nor "U.S."
    expect(links(4)).toBeCloseTo(3 / 6, 9); // the address, @example, #news of 6 tokens
    expect(links(1)).toBe(0);
  });
  test("count the sentences inside a line that ends none, with or without a guard asking first", () => {
    const guard = (f: Float64Array): boolean => (f[FEATURE_NAMES.indexOf("ends_sentence")] ?? 0) > 0;
    const all = rowsOf(plain);
    const guarded = rowsOf(plain, guard);
    // Line 5 ends no sentence and holds two more: 2 sentences.
    expect(all[5]?.[FEATURE_NAMES.indexOf("log_sentences")]).toBeCloseTo(Math.log1p(2), 9);
    expect(guarded.map((r) => r[FEATURE_NAMES.indexOf("log_sentences")])).toEqual(all.filter((r) => !guard(Float64Array.from(r))).map((r) => r[FEATURE_NAMES.indexOf("log_sentences")]));
  });
});

describe("endsInColon", () => {
  test.each(["Risk factors include:", "Risk factors include:  \u00a0", "Time: 10:30", "Sections: Home", ":", "", "   ", "a:\u2003\n"])("%j as /:\\s*$/ says, in place or not", (t) => {
    const src = `x ${t} y`;
    expect(endsInColon(unit(t))).toBe(/:\s*$/.test(t));
    expect(endsInColon(new TextUnit(src, 2, 2 + t.length, "paragraph", 1, 0, 0, 1))).toBe(/:\s*$/.test(t));
  });
});

describe("a long unit, read as a neighbour", () => {
  // Word by word, as the features define it: the tokens of the first 160 characters, each word
  // (from its first letter or figure to its last) in the list lower-cased, if it has a letter.
  const reference = (t: string): { words: number; stop: number } => {
    const scan = t.slice(0, 160);
    const tokens = scan.split(/\s+/).filter(Boolean);
    const masks = stopWordMasks();
    let hits = 0;
    for (const tok of tokens) {
      const m = /[\p{L}\p{M}\p{N}](?:.*[\p{L}\p{M}\p{N}])?/u.exec(tok);
      if (!m || !/[\p{L}\p{M}]/u.test(m[0]) || m[0].length > 14) continue;
      if (((masks.get(m[0].toLowerCase()) ?? 0) & 1) !== 0) hits++;
    }
    const words = Math.max(t.split(/\s+/).filter(Boolean).length, Math.round((tokens.length * t.length) / Math.min(160, t.length)));
    return { words, stop: hits / tokens.length };
  };
  const long = [
    `“It was the best of times,” she said, and THE café’s owner — 72 years old — wouldn’t agree; ${"so the town went on and on about it, as towns do. ".repeat(6)}The end. `,
    `In 1998 the river rose\u00a0by 3.5 metres; the school (then on Mill Lane) closed for the winter and its ${"pupils were taught in the church hall until the spring, ".repeat(6)}after which it reopened.`,
  ];
  test("has the words and stop words a word-by-word reading gives", () => {
    const units = [long[0] as string, "Home", long[1] as string].map((t) => unit(t));
    expect(units.every((u, i) => i === 1 || u.tokens > 60)).toBe(true);
    const [row] = lineFeatures(units, [1]);
    const before = reference(long[0] as string);
    const after = reference(long[1] as string);
    expect(at(row, "prev_log_words")).toBe(Math.log1p(before.words));
    expect(at(row, "next_log_words")).toBe(Math.log1p(after.words));
    expect(at(row, "prev_stop_share")).toBeCloseTo(before.stop, 12);
    expect(at(row, "next_stop_share")).toBeCloseTo(after.stop, 12);
    expect(before.stop).toBeGreaterThan(0.2);
  });
});

describe("the feature pass, compiled once", () => {
  // V8 compiles a hot function with the type feedback its code has met, keeps feedback only once a
  // function has run a while, and throws the compiled code away at the first operation met with
  // none. startsWww reads its second character only for a word "w…." (a sentence's last "was."),
  // which prime() makes it meet; without it, every process that read a few pages compiled ownStats
  // a second time (60-70 ms). Run on the build, in a node of one thread, where V8 installs compiled
  // code at once and says so (--trace-deopt): what it prints is the same from run to run.
  test("ownStats keeps its compiled code when a line's last word is \"was.\"", () => {
    const features = pathToFileURL(path.join(ROOT, "dist", "core", "boilerplate", "line-features.js")).href;
    const script = `
      const { featureRows, newFeatureCache, TextUnit } = await import(${JSON.stringify(features)});
      const page = (k) => ["Home", "News | Sport | Weather", "The council met on day " + k + " and said the new library would open in the spring, said the mayor.", "Contact us", "Read more about it here.", "© 2024 Example"];
      const read = (lines) => {
        let src = "";
        const units = lines.map((l, i) => { const from = src.length; src += l + "\\n"; return { from, to: from + l.length, tokens: l.split(" ").length, i }; });
        const all = units.map((u) => new TextUnit(src, u.from, u.to, "paragraph", u.tokens, u.i, 1, 1));
        const order = all.map((_, i) => i);
        featureRows(all, order, order, newFeatureCache(all.length), () => {});
      };
      for (let k = 0; k < 3000; k++) read(page(k));
      read(["It was.", "I know now.", ...page(0)]);
      process.stdout.write("read\\n");
    `;
    const r = spawnSync(process.execPath, ["--single-threaded", "--trace-opt", "--trace-deopt", "--input-type=module", "-e", script], { encoding: "utf8" });
    expect(r.stderr).toBe("");
    expect(r.stdout).toContain("read\n");
    // The trace shows ownStats compiled: the text made it hot, so a throw-away would show too.
    expect(r.stdout).toMatch(/completed (compiling|optimizing) \S+ <JSFunction ownStats/);
    expect(r.stdout.split("\n").filter((l) => l.includes("deoptimizing") && l.includes("ownStats"))).toEqual([]);
  });
});
