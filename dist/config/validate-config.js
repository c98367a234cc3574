// Checks a config against schema/winnow.schema.json with ajv (loaded only when a config exists).
import { readFile } from "node:fs/promises";
import { ConfigError } from "../base/errors.js";
const SCHEMA_URL = new URL("../../schema/winnow.schema.json", import.meta.url);
let compiled;
export async function validateConfig(data, shown) {
    const validate = await validator();
    if (validate(data))
        return data;
    throw new ConfigError(`${shown}: ${describeError(pickError(validate.errors ?? []))}`);
}
async function validator() {
    if (compiled)
        return compiled;
    const { Ajv } = await import("ajv");
    const schema = JSON.parse(await readFile(SCHEMA_URL, "utf8"));
    compiled = new Ajv({ allErrors: true, strict: false, verbose: true }).compile(schema);
    return compiled;
}
/** The most telling error: a `oneOf` or `allOf` wrapper says less than the error inside it. */
function pickError(errors) {
    const specific = errors.filter((e) => e.keyword !== "oneOf" && e.keyword !== "allOf" && e.keyword !== "if");
    return specific.sort((a, b) => b.instancePath.length - a.instancePath.length)[0] ?? errors[0];
}
function describeError(e) {
    if (!e)
        return "not a valid winnow config";
    const at = keyPath(e.instancePath);
    const p = e.params;
    if (e.propertyName !== undefined)
        return `"${joinKey(at, e.propertyName)}": not an option that can be overridden per file`;
    switch (e.keyword) {
        case "additionalProperties":
            return `unknown key "${joinKey(at, String(p.additionalProperty))}"`;
        case "required":
            return `${at || "config"}: missing key "${String(p.missingProperty)}"`;
        case "type":
            return `${at || "config"}: expected ${article(String(p.type))}, got ${typeOfValue(e.data)}`;
        case "enum":
            return `${at}: expected one of ${p.allowedValues.map((v) => JSON.stringify(v)).join(", ")}, got ${shown(e.data)}`;
        default:
            return `${at || "config"}: expected a value that ${e.message ?? "validates"}, got ${shown(e.data)}`;
    }
}
/** "/overrides/0/options/threshold" -> "overrides[0].options.threshold" */
function keyPath(pointer) {
    return pointer
        .split("/")
        .slice(1)
        .map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~"))
        .reduce((acc, s) => (/^\d+$/.test(s) ? `${acc}[${s}]` : acc ? `${acc}.${s}` : s), "");
}
function joinKey(at, key) {
    return at ? `${at}.${key}` : key;
}
function article(type) {
    const name = type === "integer" ? "whole number" : type;
    return /^[aeiou]/.test(name) ? `an ${name}` : `a ${name}`;
}
function typeOfValue(v) {
    if (v === null)
        return "null";
    if (Array.isArray(v))
        return "an array";
    return typeof v === "object" ? "an object" : `${typeof v} ${shown(v)}`;
}
/** A value as the config gave it: JSON, but a number past the largest double (1e309) reads as Infinity, which JSON would print as null. */
function shown(v) {
    if (typeof v === "number" && !Number.isFinite(v))
        return `${String(v)} (a number too large to hold)`;
    return JSON.stringify(v);
}
//# sourceMappingURL=validate-config.js.map