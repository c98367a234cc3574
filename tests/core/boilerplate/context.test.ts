// Context rules (src/core/boilerplate/context.ts): what the off-topic rule reads as an e-mail address.
import { expect, test } from "vitest";
import { holdsEmail } from "../../../src/core/boilerplate/context.js";

test.each([
  ["Cathy Teeter (Yorktown, VA) cathy.teeter@example.net", true],
  ["info@example.org", true],
  ["@handle then anna@example.co.uk later", true],
  ["Follow us @examplenews", false],
  ["user@localhost", false],
  ["a @ b.c", false],
  ["prices @ 5.99", false],
])("holdsEmail(%j) is %s", (t, yes) => {
  expect(holdsEmail(t)).toBe(yes);
});

test("a line of long words around an @ is read to its end (the search starts at each @)", () => {
  const long = `${"b".repeat(20000)}@${"c".repeat(20000)} ${"d".repeat(20000)}`;
  expect(holdsEmail(long)).toBe(false);
  expect(holdsEmail(`${long} ${"e".repeat(20000)}@example.org`)).toBe(true);
});
