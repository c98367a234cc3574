import { p as ruleInfo, v as writeWholeFile, x as resolveOutputTarget, y as FileIds } from "./start-wbf25Jdb.js";
import { t as jsonReport } from "./json-BtDhsx4Y.js";
import { t as VERSION } from "./boot-C76HS-2l.js";
import path from "node:path";
import os from "node:os";
import process from "node:process";
import tty from "node:tty";
// node_modules/chalk/source/vendor/ansi-styles/index.js
const ANSI_BACKGROUND_OFFSET = 10;
const wrapAnsi16 = (offset = 0) => (code) => `\u001B[${code + offset}m`;
const wrapAnsi256 = (offset = 0) => (code) => `\u001B[${38 + offset};5;${code}m`;
const wrapAnsi16m = (offset = 0) => (red, green, blue) => `\u001B[${38 + offset};2;${red};${green};${blue}m`;
const styles$1 = {
	modifier: {
		reset: [0, 0],
		bold: [1, 22],
		dim: [2, 22],
		italic: [3, 23],
		underline: [4, 24],
		overline: [53, 55],
		inverse: [7, 27],
		hidden: [8, 28],
		strikethrough: [9, 29]
	},
	color: {
		black: [30, 39],
		red: [31, 39],
		green: [32, 39],
		yellow: [33, 39],
		blue: [34, 39],
		magenta: [35, 39],
		cyan: [36, 39],
		white: [37, 39],
		blackBright: [90, 39],
		gray: [90, 39],
		grey: [90, 39],
		redBright: [91, 39],
		greenBright: [92, 39],
		yellowBright: [93, 39],
		blueBright: [94, 39],
		magentaBright: [95, 39],
		cyanBright: [96, 39],
		whiteBright: [97, 39]
	},
	bgColor: {
		bgBlack: [40, 49],
		bgRed: [41, 49],
		bgGreen: [42, 49],
		bgYellow: [43, 49],
		bgBlue: [44, 49],
		bgMagenta: [45, 49],
		bgCyan: [46, 49],
		bgWhite: [47, 49],
		bgBlackBright: [100, 49],
		bgGray: [100, 49],
		bgGrey: [100, 49],
		bgRedBright: [101, 49],
		bgGreenBright: [102, 49],
		bgYellowBright: [103, 49],
		bgBlueBright: [104, 49],
		bgMagentaBright: [105, 49],
		bgCyanBright: [106, 49],
		bgWhiteBright: [107, 49]
	}
};
Object.keys(styles$1.modifier);
const foregroundColorNames = Object.keys(styles$1.color);
const backgroundColorNames = Object.keys(styles$1.bgColor);
[...foregroundColorNames, ...backgroundColorNames];
function assembleStyles() {
	const codes = /* @__PURE__ */ new Map();
	for (const [groupName, group] of Object.entries(styles$1)) {
		for (const [styleName, style] of Object.entries(group)) {
			styles$1[styleName] = {
				open: `\u001B[${style[0]}m`,
				close: `\u001B[${style[1]}m`
			};
			group[styleName] = styles$1[styleName];
			codes.set(style[0], style[1]);
		}
		Object.defineProperty(styles$1, groupName, {
			value: group,
			enumerable: false
		});
	}
	Object.defineProperty(styles$1, "codes", {
		value: codes,
		enumerable: false
	});
	styles$1.color.close = "\x1B[39m";
	styles$1.bgColor.close = "\x1B[49m";
	styles$1.color.ansi = wrapAnsi16();
	styles$1.color.ansi256 = wrapAnsi256();
	styles$1.color.ansi16m = wrapAnsi16m();
	styles$1.bgColor.ansi = wrapAnsi16(ANSI_BACKGROUND_OFFSET);
	styles$1.bgColor.ansi256 = wrapAnsi256(ANSI_BACKGROUND_OFFSET);
	styles$1.bgColor.ansi16m = wrapAnsi16m(ANSI_BACKGROUND_OFFSET);
	Object.defineProperties(styles$1, {
		rgbToAnsi256: {
			value(red, green, blue) {
				if (red === green && green === blue) {
					if (red < 8) return 16;
					if (red > 248) return 231;
					return Math.round((red - 8) / 247 * 24) + 232;
				}
				return 16 + 36 * Math.round(red / 255 * 5) + 6 * Math.round(green / 255 * 5) + Math.round(blue / 255 * 5);
			},
			enumerable: false
		},
		hexToRgb: {
			value(hex) {
				const matches = /[a-f\d]{6}|[a-f\d]{3}/i.exec(hex.toString(16));
				if (!matches) return [
					0,
					0,
					0
				];
				let [colorString] = matches;
				if (colorString.length === 3) colorString = [...colorString].map((character) => character + character).join("");
				const integer = Number.parseInt(colorString, 16);
				return [
					integer >> 16 & 255,
					integer >> 8 & 255,
					integer & 255
				];
			},
			enumerable: false
		},
		hexToAnsi256: {
			value: (hex) => styles$1.rgbToAnsi256(...styles$1.hexToRgb(hex)),
			enumerable: false
		},
		ansi256ToAnsi: {
			value(code) {
				if (code < 8) return 30 + code;
				if (code < 16) return 90 + (code - 8);
				let red;
				let green;
				let blue;
				if (code >= 232) {
					red = ((code - 232) * 10 + 8) / 255;
					green = red;
					blue = red;
				} else {
					code -= 16;
					const remainder = code % 36;
					red = Math.floor(code / 36) / 5;
					green = Math.floor(remainder / 6) / 5;
					blue = remainder % 6 / 5;
				}
				const value = Math.max(red, green, blue) * 2;
				if (value === 0) return 30;
				let result = 30 + (Math.round(blue) << 2 | Math.round(green) << 1 | Math.round(red));
				if (value === 2) result += 60;
				return result;
			},
			enumerable: false
		},
		rgbToAnsi: {
			value: (red, green, blue) => styles$1.ansi256ToAnsi(styles$1.rgbToAnsi256(red, green, blue)),
			enumerable: false
		},
		hexToAnsi: {
			value: (hex) => styles$1.ansi256ToAnsi(styles$1.hexToAnsi256(hex)),
			enumerable: false
		}
	});
	return styles$1;
}
const ansiStyles = assembleStyles();
// node_modules/chalk/source/vendor/supports-color/index.js
function hasFlag(flag, argv = globalThis.Deno ? globalThis.Deno.args : process.argv) {
	const prefix = flag.startsWith("-") ? "" : flag.length === 1 ? "-" : "--";
	const position = argv.indexOf(prefix + flag);
	const terminatorPosition = argv.indexOf("--");
	return position !== -1 && (terminatorPosition === -1 || position < terminatorPosition);
}
const { env } = process;
let flagForceColor;
if (hasFlag("no-color") || hasFlag("no-colors") || hasFlag("color=false") || hasFlag("color=never")) flagForceColor = 0;
else if (hasFlag("color") || hasFlag("colors") || hasFlag("color=true") || hasFlag("color=always")) flagForceColor = 1;
function envForceColor() {
	if ("FORCE_COLOR" in env) {
		if (env.FORCE_COLOR === "true") return 1;
		if (env.FORCE_COLOR === "false") return 0;
		return env.FORCE_COLOR.length === 0 ? 1 : Math.min(Number.parseInt(env.FORCE_COLOR, 10), 3);
	}
}
function translateLevel(level) {
	if (level === 0) return false;
	return {
		level,
		hasBasic: true,
		has256: level >= 2,
		has16m: level >= 3
	};
}
function _supportsColor(haveStream, { streamIsTTY, sniffFlags = true } = {}) {
	const noFlagForceColor = envForceColor();
	if (noFlagForceColor !== void 0) flagForceColor = noFlagForceColor;
	const forceColor = sniffFlags ? flagForceColor : noFlagForceColor;
	if (forceColor === 0) return 0;
	if (sniffFlags) {
		if (hasFlag("color=16m") || hasFlag("color=full") || hasFlag("color=truecolor")) return 3;
		if (hasFlag("color=256")) return 2;
	}
	if ("TF_BUILD" in env && "AGENT_NAME" in env) return 1;
	if (haveStream && !streamIsTTY && forceColor === void 0) return 0;
	const min = forceColor || 0;
	if (env.TERM === "dumb") return min;
	if (process.platform === "win32") {
		const osRelease = os.release().split(".");
		if (Number(osRelease[0]) >= 10 && Number(osRelease[2]) >= 10586) return Number(osRelease[2]) >= 14931 ? 3 : 2;
		return 1;
	}
	if ("CI" in env) {
		if ([
			"GITHUB_ACTIONS",
			"GITEA_ACTIONS",
			"CIRCLECI"
		].some((key) => key in env)) return 3;
		if ([
			"TRAVIS",
			"APPVEYOR",
			"GITLAB_CI",
			"BUILDKITE",
			"DRONE"
		].some((sign) => sign in env) || env.CI_NAME === "codeship") return 1;
		return min;
	}
	if ("TEAMCITY_VERSION" in env) return /^(9\.(0*[1-9]\d*)\.|\d{2,}\.)/.test(env.TEAMCITY_VERSION) ? 1 : 0;
	if (env.COLORTERM === "truecolor") return 3;
	if (env.TERM === "xterm-kitty") return 3;
	if (env.TERM === "xterm-ghostty") return 3;
	if (env.TERM === "wezterm") return 3;
	if ("TERM_PROGRAM" in env) {
		const version = Number.parseInt((env.TERM_PROGRAM_VERSION || "").split(".")[0], 10);
		switch (env.TERM_PROGRAM) {
			case "iTerm.app": return version >= 3 ? 3 : 2;
			case "Apple_Terminal": return 2;
		}
	}
	if (/-256(color)?$/i.test(env.TERM)) return 2;
	if (/^screen|^xterm|^vt100|^vt220|^rxvt|color|ansi|cygwin|linux/i.test(env.TERM)) return 1;
	if ("COLORTERM" in env) return 1;
	return min;
}
function createSupportsColor(stream, options = {}) {
	return translateLevel(_supportsColor(stream, {
		streamIsTTY: stream && stream.isTTY,
		...options
	}));
}
const supportsColor = {
	stdout: createSupportsColor({ isTTY: tty.isatty(1) }),
	stderr: createSupportsColor({ isTTY: tty.isatty(2) })
};
// node_modules/chalk/source/utilities.js
function stringReplaceAll(string, substring, replacer) {
	let index = string.indexOf(substring);
	if (index === -1) return string;
	const substringLength = substring.length;
	let endIndex = 0;
	let returnValue = "";
	do {
		returnValue += string.slice(endIndex, index) + substring + replacer;
		endIndex = index + substringLength;
		index = string.indexOf(substring, endIndex);
	} while (index !== -1);
	returnValue += string.slice(endIndex);
	return returnValue;
}
function stringEncaseCRLFWithFirstIndex(string, prefix, postfix, index) {
	let endIndex = 0;
	let returnValue = "";
	do {
		const gotCR = string[index - 1] === "\r";
		returnValue += string.slice(endIndex, gotCR ? index - 1 : index) + prefix + (gotCR ? "\r\n" : "\n") + postfix;
		endIndex = index + 1;
		index = string.indexOf("\n", endIndex);
	} while (index !== -1);
	returnValue += string.slice(endIndex);
	return returnValue;
}
// node_modules/chalk/source/index.js
const { stdout: stdoutColor, stderr: stderrColor } = supportsColor;
const GENERATOR = Symbol("GENERATOR");
const STYLER = Symbol("STYLER");
const IS_EMPTY = Symbol("IS_EMPTY");
const levelMapping = [
	"ansi",
	"ansi",
	"ansi256",
	"ansi16m"
];
const styles = Object.create(null);
const applyOptions = (object, options = {}) => {
	if (options.level && !(Number.isInteger(options.level) && options.level >= 0 && options.level <= 3)) throw new Error("The `level` option should be an integer from 0 to 3");
	const colorLevel = stdoutColor ? stdoutColor.level : 0;
	object.level = options.level === void 0 ? colorLevel : options.level;
};
var Chalk = class {
	constructor(options) {
		return chalkFactory(options);
	}
};
const chalkFactory = (options) => {
	const chalk = (...strings) => strings.join(" ");
	applyOptions(chalk, options);
	Object.setPrototypeOf(chalk, createChalk.prototype);
	return chalk;
};
function createChalk(options) {
	return chalkFactory(options);
}
Object.setPrototypeOf(createChalk.prototype, Function.prototype);
for (const [styleName, style] of Object.entries(ansiStyles)) styles[styleName] = { get() {
	const builder = createBuilder(this, createStyler(style.open, style.close, this[STYLER]), this[IS_EMPTY]);
	Object.defineProperty(this, styleName, { value: builder });
	return builder;
} };
styles.visible = { get() {
	const builder = createBuilder(this, this[STYLER], true);
	Object.defineProperty(this, "visible", { value: builder });
	return builder;
} };
const getModelAnsi = (model, level, type, ...arguments_) => {
	if (model === "rgb") {
		if (level === "ansi16m") return ansiStyles[type].ansi16m(...arguments_);
		if (level === "ansi256") return ansiStyles[type].ansi256(ansiStyles.rgbToAnsi256(...arguments_));
		return ansiStyles[type].ansi(ansiStyles.rgbToAnsi(...arguments_));
	}
	if (model === "hex") return getModelAnsi("rgb", level, type, ...ansiStyles.hexToRgb(...arguments_));
	return ansiStyles[type][model](...arguments_);
};
for (const model of [
	"rgb",
	"hex",
	"ansi256"
]) {
	styles[model] = { get() {
		const { level } = this;
		return function(...arguments_) {
			const styler = createStyler(getModelAnsi(model, levelMapping[level], "color", ...arguments_), ansiStyles.color.close, this[STYLER]);
			return createBuilder(this, styler, this[IS_EMPTY]);
		};
	} };
	const bgModel = "bg" + model[0].toUpperCase() + model.slice(1);
	styles[bgModel] = { get() {
		const { level } = this;
		return function(...arguments_) {
			const styler = createStyler(getModelAnsi(model, levelMapping[level], "bgColor", ...arguments_), ansiStyles.bgColor.close, this[STYLER]);
			return createBuilder(this, styler, this[IS_EMPTY]);
		};
	} };
}
const proto = Object.defineProperties(() => {}, {
	...styles,
	level: {
		enumerable: true,
		get() {
			return this[GENERATOR].level;
		},
		set(level) {
			this[GENERATOR].level = level;
		}
	}
});
const createStyler = (open, close, parent) => {
	let openAll;
	let closeAll;
	if (parent === void 0) {
		openAll = open;
		closeAll = close;
	} else {
		openAll = parent.openAll + open;
		closeAll = close + parent.closeAll;
	}
	return {
		open,
		close,
		openAll,
		closeAll,
		parent
	};
};
const createBuilder = (self, _styler, _isEmpty) => {
	const builder = (...arguments_) => applyStyle(builder, arguments_.length === 1 ? "" + arguments_[0] : arguments_.join(" "));
	Object.setPrototypeOf(builder, proto);
	builder[GENERATOR] = self;
	builder[STYLER] = _styler;
	builder[IS_EMPTY] = _isEmpty;
	return builder;
};
const applyStyle = (self, string) => {
	if (self.level <= 0 || !string) return self[IS_EMPTY] ? "" : string;
	let styler = self[STYLER];
	if (styler === void 0) return string;
	const { openAll, closeAll } = styler;
	if (string.includes("\x1B")) while (styler !== void 0) {
		string = stringReplaceAll(string, styler.close, styler.open);
		styler = styler.parent;
	}
	const lfIndex = string.indexOf("\n");
	if (lfIndex !== -1) string = stringEncaseCRLFWithFirstIndex(string, closeAll, openAll, lfIndex);
	return openAll + string + closeAll;
};
Object.defineProperties(createChalk.prototype, styles);
createChalk();
createChalk({ level: stderrColor ? stderrColor.level : 0 });
// src/io/color-level.ts
function colorLevel(flag, env, stream) {
	if (flag === false) return 0;
	if (flag === true) return Math.max(1, forced(env.FORCE_COLOR) ?? terminalLevel(env));
	if (env.NO_COLOR !== void 0 && env.NO_COLOR !== "") return 0;
	const force = forced(env.FORCE_COLOR);
	if (force !== void 0) return force;
	if (!stream.isTTY) return 0;
	return terminalLevel(env);
}
function chalkFor(flag, env, stream) {
	return new Chalk({ level: colorLevel(flag, env, stream) });
}
/** FORCE_COLOR as chalk and Node read it: "" or "true" is 1, "false" is 0, 0 to 3 is that level. */
function forced(v) {
	if (v === void 0) return void 0;
	if (v === "" || v === "true") return 1;
	if (v === "false") return 0;
	const n = Number(v);
	return Number.isInteger(n) && n >= 0 ? Math.min(n, 3) : void 0;
}
function terminalLevel(env) {
	const term = env.TERM ?? "";
	if (term === "dumb") return 0;
	if (env.COLORTERM === "truecolor" || env.COLORTERM === "24bit") return 3;
	if (/-256(color)?$/i.test(term)) return 2;
	return 1;
}
// src/report/describe-cut.ts
function describeCut(cut) {
	switch (cut.kind) {
		case "duplicate": return cut.rule === "repeated-block" ? `repeated together with the text around ${where(cut.source)}` : `repeats ${where(cut.source)}`;
		case "near-duplicate": return `${Math.round((cut.similarity ?? 0) * 100)}% the same as ${where(cut.source)}`;
		case "boilerplate": {
			const what = cut.prefix ? "prefix" : "line";
			return cut.match !== void 0 ? `${what} matches rule ${cut.rule}: ${quote(cut.match)}` : `${what} matches rule ${cut.rule}`;
		}
	}
}
/** A short title: the kind, and the rule for boilerplate. */
function cutTitle(cut) {
	return cut.kind === "boilerplate" ? `boilerplate (${cut.rule})` : cut.kind;
}
/** `lines 3-5`, or `docs/a.md:3-5` when the kept copy stands in another file. */
function where(source) {
	if (!source) return "an earlier unit";
	const range = source.startLine === source.endLine ? `${source.startLine}` : `${source.startLine}-${source.endLine}`;
	if (source.file !== void 0) return `${source.file}:${range}`;
	return source.startLine === source.endLine ? `line ${range}` : `lines ${range}`;
}
function quote(s) {
	const one = s.replace(/\s+/g, " ").trim();
	return `"${one.length > 60 ? one.slice(0, 57) + "..." : one}"`;
}
// src/report/reporter-types.ts
/** Files in path order, by code unit so the order is the same on every machine and locale. */
function sortedByFile(files) {
	return [...files].sort((a, b) => a.file < b.file ? -1 : a.file > b.file ? 1 : 0);
}
// src/report/github.ts
function githubReport(files, _ctx) {
	const out = [];
	for (const f of sortedByFile(files)) for (const cut of f.result.cuts) {
		const props = [
			`file=${escapeProperty(f.file)}`,
			`line=${cut.startLine}`,
			`endLine=${cut.endLine}`,
			`title=${escapeProperty(`winnow: ${cutTitle(cut)}`)}`
		].join(",");
		out.push(`::warning ${props}::${escapeData(describeCut(cut))}\n`);
	}
	return out.join("");
}
/** The runner's own escaping (actions/toolkit command.ts): %, CR and LF in messages. */
function escapeData(s) {
	return s.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
/** Properties also escape `:` and `,`, which separate them. */
function escapeProperty(s) {
	return escapeData(s).replace(/:/g, "%3A").replace(/,/g, "%2C");
}
// src/report/json-reporter.ts
function jsonReporter(files, ctx) {
	return jsonReport(files, {
		toolVersion: ctx.toolVersion,
		options: ctx.options
	});
}
// src/report/sarif.ts
const SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
const DUPLICATE_RULES = {
	duplicate: "A unit that repeats text kept earlier (exactly, or as part of a repeated block).",
	"near-duplicate": "A unit most of whose word n-grams stand in text kept earlier."
};
function sarifReport(files, ctx) {
	const results = [];
	for (const f of sortedByFile(files)) for (const cut of f.result.cuts) results.push({
		ruleId: ruleIdOf(cut),
		file: f.file,
		cut
	});
	const ruleIds = [...new Set(results.map((r) => r.ruleId))].sort();
	const log = {
		$schema: SCHEMA,
		version: "2.1.0",
		runs: [{
			tool: { driver: {
				name: "winnow",
				version: ctx.toolVersion,
				rules: ruleIds.map((id) => ruleDescriptor(id, ctx))
			} },
			results: results.map(({ ruleId, file, cut }) => ({
				ruleId,
				ruleIndex: ruleIds.indexOf(ruleId),
				level: "warning",
				message: { text: describeCut(cut) },
				locations: [location(file, cut.startLine, cut.endLine)],
				...cut.source ? { relatedLocations: [{
					id: 0,
					...location(sourceFile(file, cut.source), cut.source.startLine, cut.source.endLine),
					message: { text: "kept copy" }
				}] } : {},
				properties: {
					kind: cut.kind,
					rule: cut.rule,
					prefix: cut.prefix,
					...cut.similarity !== void 0 ? { similarity: cut.similarity } : {}
				}
			}))
		}]
	};
	return JSON.stringify(log, null, 2) + "\n";
}
function ruleIdOf(cut) {
	return cut.kind === "boilerplate" ? `boilerplate/${cut.rule}` : cut.kind;
}
/** A rule's SARIF descriptor from the rule registry: description, and help that points at its section of the rules page. */
function ruleDescriptor(id, ctx) {
	const dup = DUPLICATE_RULES[id];
	if (dup) return {
		id,
		shortDescription: { text: dup }
	};
	const name = id.replace(/^boilerplate\//, "");
	const rule = ruleInfo(name);
	if (rule) {
		const examples = rule.examples?.cut.length ? ` It cuts lines such as: ${rule.examples.cut.map((c) => JSON.stringify(c)).join(", ")}.` : "";
		return {
			id,
			shortDescription: { text: rule.description },
			help: { text: `${capitalized(rule.description)}.${examples} See ${rule.help} in winnow's repository.` }
		};
	}
	const user = ctx.options.rules.find((r) => r.name === name);
	return {
		id,
		shortDescription: { text: user ? `User rule /${user.pattern}/ (${user.mode})` : name }
	};
}
function capitalized(s) {
	return s.charAt(0).toUpperCase() + s.slice(1);
}
function sourceFile(file, source) {
	return source.file ?? file;
}
function location(file, startLine, endLine) {
	return { physicalLocation: {
		artifactLocation: { uri: toUri(file) },
		region: {
			startLine,
			endLine,
			startColumn: 1
		}
	} };
}
/** A relative URI reference: posix separators, each segment percent-encoded. */
function toUri(file) {
	return file.split(/[\\/]/).map(encodeURIComponent).join("/");
}
// src/report/stylish.ts
function stylishReport(files, ctx) {
	const c = ctx.chalk;
	const groups = [];
	let total = 0;
	let changed = 0;
	const byKind = {
		duplicate: 0,
		"near-duplicate": 0,
		boilerplate: 0
	};
	for (const f of sortedByFile(files)) {
		const cuts = f.result.cuts;
		if (cuts.length === 0) continue;
		changed++;
		total += cuts.length;
		const locs = cuts.map((cut) => `${f.file}:${cut.startLine}:1`);
		const width = Math.max(...locs.map((l) => l.length));
		const rows = cuts.map((cut, i) => {
			byKind[cut.kind]++;
			return `${c.dim((locs[i] ?? "").padEnd(width))}  ${kindLabel(cut, c)}  ${describeCut(cut)}`;
		});
		groups.push(`${c.underline(f.file)}\n${rows.join("\n")}\n`);
	}
	const checked = `${files.length} ${plural(files.length, "file")}`;
	if (total === 0) return `${c.green("✔")} nothing to cut in ${checked}\n`;
	const kinds = `${byKind.duplicate} duplicate, ${byKind["near-duplicate"]} near-duplicate, ${byKind.boilerplate} boilerplate`;
	const verb = ctx.written ? "cut" : "would cut";
	const summary = `${c.yellow("✖")} ${verb} ${total} ${plural(total, "unit")} in ${changed} of ${checked} (${kinds})`;
	const fix = !ctx.written && ctx.fixCommand !== void 0 ? `  run \`${ctx.fixCommand}\` to cut them, or put <!-- winnow-disable-next --> above a paragraph to keep it\n` : "";
	return `${groups.join("\n")}\n${summary}\n${fix}`;
}
function kindLabel(cut, c) {
	const label = cut.kind.padEnd(14);
	return cut.kind === "boilerplate" ? c.magenta(label) : c.yellow(label);
}
function plural(n, word) {
	return n === 1 ? word : `${word}s`;
}
// src/report/reporters.ts
const REPORTERS = {
	stylish: stylishReport,
	json: jsonReporter,
	github: githubReport,
	sarif: sarifReport
};
// src/cli/check.ts
/**
* Exit codes: 2 if a file failed, else 1 if something would be cut (and was not written), else 0.
* With -l only the names of files that would change go to standard output.
*/
async function finishCheck(ctx, args, settings, out) {
	const changed = out.results.filter((r) => r.result.cuts.length > 0).map((r) => r.file).sort(byCodeUnit);
	if (args.listDifferent) for (const f of changed) ctx.stdout.write(`${f}\n`);
	const nothingRead = out.failed > 0 && out.results.length === 0;
	if (args.check && !nothingRead && !(args.listDifferent && args.reporter === void 0)) {
		const toFile = args.reportFile !== void 0;
		const machine = settings.reporter !== "stylish";
		const stream = machine ? ctx.stdout : ctx.stderr;
		if (toFile || machine || !args.quiet) {
			const report = REPORTERS[settings.reporter](out.results, {
				toolVersion: VERSION,
				options: settings.optionsFor(null),
				chalk: chalkFor(toFile ? false : args.color, ctx.env, stream),
				written: out.written,
				...changed.length > 0 && !out.written ? { fixCommand: out.fix ?? fixCommand(changed, out.fixFlags) } : {}
			});
			if (toFile) await writeReport(path.resolve(ctx.cwd, args.reportFile ?? ""), args.reportFile ?? "", report);
			else stream.write(report);
		}
	}
	if (out.failed > 0) return 2;
	return changed.length > 0 && !out.written ? 1 : 0;
}
/** `winnow --write` and the files that would change, quoted for a POSIX shell where needed. */
function fixCommand(files, flags = "--write") {
	return `winnow ${flags} ${(files.length > 5 ? [...files.slice(0, 5).map(shellQuote), `… (${files.length - 5} more)`] : files.map(shellQuote)).join(" ")}`;
}
function shellQuote(s) {
	return /^[\w@%+=:,./-]+$/.test(s) ? s : `'${s.replace(/'/g, "'\\''")}'`;
}
function byCodeUnit(a, b) {
	return a < b ? -1 : a > b ? 1 : 0;
}
/** Atomically; batch.ts and check-single.ts made sure before the run that it is no input. */
async function writeReport(file, shown, report) {
	await writeWholeFile(resolveOutputTarget(file, shown, "--report-file", new FileIds()), shown, report);
}
export { fixCommand as n, finishCheck as t };

//# sourceMappingURL=check-HgrI0Oww.js.map