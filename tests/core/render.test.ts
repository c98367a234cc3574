import { describe, expect, test } from "vitest";
import { clean } from "../../src/core/clean.js";

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
