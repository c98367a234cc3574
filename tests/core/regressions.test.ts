// Regression fixtures, each named for the case it guards: fixtures/regression-*/{input,expected}.txt.
import { readdirSync, readFileSync } from "node:fs";
import { expect, test } from "vitest";
import { clean } from "../../src/core/clean.js";
import { checkLaws } from "../helpers/laws.js";

const root = new URL("../../fixtures/", import.meta.url);
const cases = readdirSync(root).filter((d) => d.startsWith("regression-"));

test("there are regression fixtures", () => {
  expect(cases.length).toBeGreaterThan(0);
});

test.each(cases)("%s", (name) => {
  const input = readFileSync(new URL(`${name}/input.txt`, root), "utf8");
  const expected = readFileSync(new URL(`${name}/expected.txt`, root), "utf8");
  const r = clean(input);
  expect(r.text).toBe(expected);
  checkLaws(input, r);
  expect(clean(r.text).text).toBe(r.text);
});
