import { o as __toESM } from "./rolldown-runtime-C1I3wEg2.js";
import { l as printableName, p as ConfigError } from "./boot-C76HS-2l.js";
import { C as describeFsError } from "./start-wbf25Jdb.js";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { pathToFileURL } from "node:url";
// src/config/validate-config.ts
const SCHEMA_URL = new URL("../../schema/winnow.schema.json", import.meta.url);
let compiled;
async function validateConfig(data, shown) {
	const validate = await validator();
	if (validate(data)) return data;
	throw new ConfigError(`${shown}: ${describeError(pickError(validate.errors ?? []))}`);
}
async function validator() {
	if (compiled) return compiled;
	const { Ajv } = await import("./ajv-C2VNB0Gf.js").then((m) => /* @__PURE__ */ __toESM(m.default, 1));
	const schema = JSON.parse(await readFile(SCHEMA_URL, "utf8"));
	compiled = new Ajv({
		allErrors: true,
		strict: false,
		verbose: true
	}).compile(schema);
	return compiled;
}
/** The most telling error: a `oneOf` or `allOf` wrapper says less than the error inside it. */
function pickError(errors) {
	return errors.filter((e) => e.keyword !== "oneOf" && e.keyword !== "allOf" && e.keyword !== "if").sort((a, b) => b.instancePath.length - a.instancePath.length)[0] ?? errors[0];
}
function describeError(e) {
	if (!e) return "not a valid winnow config";
	const at = keyPath(e.instancePath);
	const p = e.params;
	if (e.propertyName !== void 0) return `"${joinKey(at, e.propertyName)}": not an option that can be overridden per file`;
	switch (e.keyword) {
		case "additionalProperties": return `unknown key "${joinKey(at, String(p.additionalProperty))}"`;
		case "required": return `${at || "config"}: missing key "${String(p.missingProperty)}"`;
		case "type": return `${at || "config"}: expected ${article(String(p.type))}, got ${typeOfValue(e.data)}`;
		case "enum": return `${at}: expected one of ${p.allowedValues.map((v) => JSON.stringify(v)).join(", ")}, got ${shown(e.data)}`;
		default: return `${at || "config"}: expected a value that ${e.message ?? "validates"}, got ${shown(e.data)}`;
	}
}
/** "/overrides/0/options/threshold" -> "overrides[0].options.threshold" */
function keyPath(pointer) {
	return pointer.split("/").slice(1).map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~")).reduce((acc, s) => /^\d+$/.test(s) ? `${acc}[${s}]` : acc ? `${acc}.${s}` : s, "");
}
function joinKey(at, key) {
	return at ? `${at}.${key}` : key;
}
function article(type) {
	const name = type === "integer" ? "whole number" : type;
	return /^[aeiou]/.test(name) ? `an ${name}` : `a ${name}`;
}
function typeOfValue(v) {
	if (v === null) return "null";
	if (Array.isArray(v)) return "an array";
	return typeof v === "object" ? "an object" : `${typeof v} ${shown(v)}`;
}
/** A value as the config gave it: JSON, but a number past the largest double (1e309) reads as Infinity, which JSON would print as null. */
function shown(v) {
	if (typeof v === "number" && !Number.isFinite(v)) return `${String(v)} (a number too large to hold)`;
	return JSON.stringify(v);
}
// src/config/load-config.ts
async function loadConfig(file, shown) {
	const raw = await readRaw(file, shown);
	return {
		file,
		dir: path.dirname(file),
		config: await validateConfig(raw, shown)
	};
}
/** 10 s; WINNOW_CONFIG_TIMEOUT_MS sets it (the tests use it). */
function configTimeoutMs() {
	const v = Number(process.env.WINNOW_CONFIG_TIMEOUT_MS);
	return Number.isFinite(v) && v > 0 ? v : 1e4;
}
async function readRaw(file, shown) {
	const base = path.basename(file);
	if (/\.(?:c|m)?js$/.test(base)) {
		let timer;
		const ms = configTimeoutMs();
		const timeout = new Promise((_, reject) => {
			timer = setTimeout(() => reject(new ConfigError(`${shown}: did not finish loading within ${ms / 1e3} s (a top-level await that never settles?)`)), ms);
		});
		try {
			return (await Promise.race([import(pathToFileURL(file).href), timeout])).default;
		} catch (e) {
			if (e instanceof ConfigError) throw e;
			throw new ConfigError(`${shown}: cannot load: ${e.message.split("\n")[0] ?? ""}`);
		} finally {
			clearTimeout(timer);
		}
	}
	let text;
	try {
		text = await readFile(file, "utf8");
	} catch (e) {
		throw new ConfigError(`${shown}: cannot read config: ${describeFsError(e)}`);
	}
	let data;
	try {
		data = JSON.parse(text);
	} catch (e) {
		throw new ConfigError(`${shown}: not valid JSON: ${printableName(e.message)}`);
	}
	if (base === "package.json") {
		const key = data?.winnow;
		if (key === void 0) throw new ConfigError(`${shown}: no "winnow" key`);
		return key;
	}
	return data;
}
export { loadConfig };

//# sourceMappingURL=load-config-C7SfYLWY.js.map