import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { describe, expect, test } from "vitest";

// The official SARIF 2.1.0 schema (draft-04) as Microsoft ships it in @microsoft/jest-sarif.
// unicodeRegExp off: one of its patterns is not valid under the /u flag.
const require = createRequire(import.meta.url);
const schemaPath = require.resolve("@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json");

// ajv-draft-04 is CommonJS with `exports.default`; its class has the ajv 8 interface.
const Ajv = (require("ajv-draft-04") as { default: typeof import("ajv").Ajv }).default;

describe("the SARIF reporter", () => {
  const validate = new Ajv({ allErrors: true, strict: false, validateFormats: false, unicodeRegExp: false }).compile(
    JSON.parse(readFileSync(schemaPath, "utf8")) as object,
  );

  test("the golden SARIF log validates against the official 2.1.0 schema", () => {
    const log: unknown = JSON.parse(readFileSync(new URL("../../fixtures/reporters/expected.sarif", import.meta.url), "utf8"));
    const ok = validate(log);
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
  });

  test("the schema check is not vacuous: a log without version fails", () => {
    expect(validate({ runs: [] })).toBe(false);
  });
});
