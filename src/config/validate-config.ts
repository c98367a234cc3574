// Checks a config against schema/winnow.schema.json with ajv (loaded only when a config exists).
import { readFile } from "node:fs/promises";
import type { ErrorObject, ValidateFunction } from "ajv";
import { ConfigError } from "../base/errors.js";
import type { WinnowConfig } from "./config-types.js";

const SCHEMA_URL = new URL("../../schema/winnow.schema.json", import.meta.url);
let compiled: ValidateFunction | undefined;

export async function validateConfig(data: unknown, shown: string): Promise<WinnowConfig> {
  const validate = await validator();
  if (validate(data)) return data as WinnowConfig;
  throw new ConfigError(`${shown}: ${describeError(pickError(validate.errors ?? []))}`);
}

async function validator(): Promise<ValidateFunction> {
  if (compiled) return compiled;
  const { Ajv } = await import("ajv");
  const schema = JSON.parse(await readFile(SCHEMA_URL, "utf8")) as object;
  compiled = new Ajv({ allErrors: true, strict: false, verbose: true }).compile(schema);
  return compiled;
}

/** The most telling error: a `oneOf` or `allOf` wrapper says less than the error inside it. */
function pickError(errors: ErrorObject[]): ErrorObject | undefined {
  const specific = errors.filter((e) => e.keyword !== "oneOf" && e.keyword !== "allOf" && e.keyword !== "if");
  return specific.sort((a, b) => b.instancePath.length - a.instancePath.length)[0] ?? errors[0];
}

function describeError(e: ErrorObject | undefined): string {
  if (!e) return "not a valid winnow config";
  const at = keyPath(e.instancePath);
  const p = e.params as Record<string, unknown>;
  if (e.propertyName !== undefined) return `"${joinKey(at, e.propertyName)}": not an option that can be overridden per file`;
  switch (e.keyword) {
    case "additionalProperties":
      return `unknown key "${joinKey(at, String(p.additionalProperty))}"`;
    case "required":
      return `${at || "config"}: missing key "${String(p.missingProperty)}"`;
    case "type":
      return `${at || "config"}: expected ${article(String(p.type))}, got ${typeOfValue(e.data)}`;
    case "enum":
      return `${at}: expected one of ${(p.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(", ")}, got ${shown(e.data)}`;
    default:
      return `${at || "config"}: expected a value that ${e.message ?? "validates"}, got ${shown(e.data)}`;
  }
}

/** "/overrides/0/options/threshold" -> "overrides[0].options.threshold" */
function keyPath(pointer: string): string {
  return pointer
    .split("/")
    .slice(1)
    .map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~"))
    .reduce((acc, s) => (/^\d+$/.test(s) ? `${acc}[${s}]` : acc ? `${acc}.${s}` : s), "");
}

function joinKey(at: string, key: string): string {
  return at ? `${at}.${key}` : key;
}

function article(type: string): string {
  const name = type === "integer" ? "whole number" : type;
  return /^[aeiou]/.test(name) ? `an ${name}` : `a ${name}`;
}

function typeOfValue(v: unknown): string {
  if (v === null) return "null";
  if (Array.isArray(v)) return "an array";
  return typeof v === "object" ? "an object" : `${typeof v} ${shown(v)}`;
}

/** A value as the config gave it: JSON, but a number past the largest double (1e309) reads as Infinity, which JSON would print as null. */
function shown(v: unknown): string {
  if (typeof v === "number" && !Number.isFinite(v)) return `${String(v)} (a number too large to hold)`;
  return JSON.stringify(v);
}
