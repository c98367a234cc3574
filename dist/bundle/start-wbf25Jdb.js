import { a as __toCommonJS, i as __require, n as __esmMin, o as __toESM, r as __exportAll, t as __commonJSMin } from "./rolldown-runtime-C1I3wEg2.js";
import { _ as holdTrailingHighSurrogate, a as trackTemp, c as fsPath, d as TextStreamEncoder, g as WinnowError, h as UsageError, i as tempStep, l as printableName, m as InputError, n as isInterrupted, o as untrackTemp, p as ConfigError, t as VERSION, u as TextStreamDecoder } from "./boot-C76HS-2l.js";
import { createRequire } from "node:module";
import { fstatSync, lstatSync, readdirSync, realpathSync, statSync, unlinkSync, writeSync } from "node:fs";
import { open, readFile, rename, stat, unlink } from "node:fs/promises";
import path from "node:path";
import { homedir } from "node:os";
// src/core/boilerplate/cta-score.ts
/** Signals and weights; a line scoring CTA_THRESHOLD with a commercial signal among them is cut. */
const CTA_SIGNALS = [
	{
		name: "imperative-start",
		weight: 2,
		pattern: /^(?:join|register|subscribe|sign up|enrol|enroll|apply|book|buy|shop|order|download|get|grab|claim|try|start|learn more|discover|follow|watch|listen|donate|support|reserve|save|unlock|upgrade|become)\b/i
	},
	{
		name: "registration",
		weight: 2,
		pattern: /\b(?:opens? (?:its |their )?(?:registrations?|enrol(?:l)?ments?|applications?)|registrations? (?:are |is )?(?:now )?open|register (?:today|now|here|online|early)|enrol(?:l)? (?:today|now|here)|apply (?:today|now|here)|sign up (?:today|now|here)|book (?:your|a) (?:seat|place|spot)|reserve your (?:seat|place|spot))\b/i
	},
	{
		name: "sales",
		weight: 1,
		pattern: /\b(?:early[- ]bird|discounts?|promo(?:tional)? codes?|coupons?|free trial|limited (?:time|seats|offer|spots)|\d+\s?% off|save \$?\d+|special offer|best price|buy now|order now|shop now|don'?t miss)\b/i
	},
	{
		name: "ends-with-urgency",
		weight: 1,
		pattern: /\b(?:here|now|today)\s*[.!]*$/i
	}
];
/** Words of trade: a call to action sells, enrols or recruits. Without one, an imperative is just prose. */
const COMMERCIAL = /\b(?:invest(?:ing|ment|ments|ors?)?|startups?|courses?|training|webinars?|workshops?|classes|certificat(?:e|es|ion)|tickets?|seats?|offers?|deals?|members(?:hip)?|premium|subscri(?:be|ption)s?|newsletters?|apps?|trial|discounts?|sale|shop|store|registrations?|enrol(?:l)?ments?|programmes?|programs?|bootcamps?|events?|summit|conference)\b/i;
const DIALOGUE = /["“”]|\b(?:said|says|asked|replied)\b/i;
/** The score of a short line, or null when it has no commercial word or reads as dialogue. */
function scoreCta(line) {
	const text = line.trim();
	if (DIALOGUE.test(text)) return null;
	let score = 0;
	const signals = [];
	for (const s of CTA_SIGNALS) if (s.pattern.test(text)) {
		score += s.weight;
		signals.push(s.name);
	}
	if (score < 3) return null;
	if (!COMMERCIAL.exec(text) && !signals.includes("registration") && !signals.includes("sales")) return null;
	return {
		score,
		signals
	};
}
// src/core/boilerplate/rules.ts
const SHARE_WORDS = "(?:facebook|twitter|youtube|linkedin|instagram|pinterest)_(?:url|link)|share(?: this(?: article| story| post| page)?| (?:on|by|via) [\\w+]+)?|tweet|pin(?: it)?|e-?mail|print|facebook|twitter|linkedin|whatsapp|reddit|pinterest|google\\+|instagram|flipboard|rss|youtube|tiktok|telegram|threads|bluesky|copy link|copy|messenger|sms|\\d[\\d.,]*\\s?[km]?\\s?shares?|sharing is caring!?";
const FOOTER_LINKS = "about(?: us)?|contact(?: us)?|privacy(?: policy| notice)?|cookies?(?: policy| settings)?|terms(?: of (?:use|service))?|terms (?:and|&) conditions|site ?map|careers|advertise(?: with us)?|faqs?|accessibility(?: statement)?|legal notice|disclaimer|imprint|impressum|corrections|closed captioning policy|fcc public file|eeo report";
const SUBSCRIBE = "subscribe|subscribers?|subscription|newsletters?|sign(?:ing)?[ -]?up|register now|join now|create (?:an|your|a free) account|e-?edition";
const BUILTIN_RULES = [
	{
		name: "forum-quote-header",
		description: "forum chrome \"Quote from NAME on DATE, TIME\" at the start of a line",
		mode: "prefix",
		pattern: /^\s*Quote from\s+[^\n]{1,80}?\s+on\s+(?:[A-Z][a-z]{2,8}\.? \d{1,2},? \d{4}|\d{1,2} [A-Z][a-z]{2,8},? \d{4}|\d{4}-\d{2}-\d{2}|\d{1,2}[/.]\d{1,2}[/.]\d{2,4}),?\s+(?:at\s+)?\d{1,2}:\d{2}(?::\d{2})?\s*(?:[AaPp]\.?[Mm]\.?)?\s*/,
		maxWords: Infinity
	},
	{
		name: "forum-posted-by",
		description: "forum chrome: \"Posted by NAME\", \"Reply #N on: DATE\", \"Reply\", \"Quote\", \"Report\"",
		mode: "line",
		pattern: /^(?:(?:originally )?posted by\b.{0,80}|reply #?\d+\b.{0,80}|(?:reply|quote|report(?: post)?|permalink|multi-?quote|like|likes?|unlike)\s*(?:\(\d+\))?)$/i,
		maxWords: 16
	},
	{
		name: "attachment-trailer",
		description: "an attachment list header such as \"Uploaded files:\" or \"Attachments:\"",
		mode: "line",
		pattern: /^(?:uploaded files|attachments?|attached files?|attached images?|downloads?)\s*:?$/i,
		maxWords: 3
	},
	{
		name: "share-buttons",
		description: "a line made only of share and social-network button labels",
		mode: "line",
		pattern: new RegExp(`^(?:(?:${SHARE_WORDS})\\s*[|·•,/:-]?\\s*)+$`, "i"),
		maxWords: 16
	},
	{
		name: "advertisement",
		description: "ad slots and sponsorship labels: \"Advertisement\", \"Sponsored\", \"Ad Choices\"",
		mode: "line",
		pattern: /^(?:advertisement|advertising|advert|sponsored(?: content| post| links?)?|paid (?:content|post|partnership)|promoted(?: content)?|ad ?choices|story continues below(?: advertisement)?|continue reading below|article continues below(?: advertisement)?|skip ad|ad feedback|report (?:this )?ad)\s*:?$/i,
		maxWords: 4
	},
	{
		name: "click-here",
		description: "short calls to action: \"click here\", \"tap here\", \"read more here\"",
		mode: "line",
		pattern: /\b(?:click|tap) here\b|\bget the .{1,40} app\b|\bdownload (?:the|our) (?:free )?app\b/i,
		maxWords: 20,
		skipQuoted: true,
		mayMatch: ["here", "app"]
	},
	{
		name: "subscribe",
		description: "subscription, newsletter and sign-up prompts",
		mode: "line",
		pattern: new RegExp(`^(?:\\S+\\s+){0,2}(?:${SUBSCRIBE})\\b|^(?=(?:\\S+\\s+){0,7}\\S+$).*\\b(?:${SUBSCRIBE})\\b`, "i"),
		maxWords: 16,
		skipQuoted: true
	},
	{
		name: "account-links",
		description: "account controls and form fields: \"Log in\", \"Sign in\", \"My account\", \"Email address\"",
		mode: "line",
		pattern: /^(?:log ?in|sign ?in|log ?out|sign ?out|my account|account|register|profile|sign in \/ register|log in \/ sign up|(?:your |enter your )?e-?mail address\s*\*?:?)$/i,
		maxWords: 5
	},
	{
		name: "cookie-notice",
		description: "cookie banners and privacy or terms links",
		mode: "line",
		pattern: /^(?:cookies?|cookie (?:settings|policy|preferences|notice|consent)|manage (?:cookies|preferences|consent)|accept(?: all)?(?: cookies)?|reject all|privacy(?: policy| notice| settings)?|terms(?: of (?:use|service)| and conditions| & conditions)?|do not sell(?: or share)? my personal information|your privacy choices|closed captioning policy|fcc public file|eeo report)$|\b(?:we|this (?:web)?site|our (?:web)?site) uses? cookies\b|\bprivacy policy\b.*\b(?:terms|learn more)\b|\bterms (?:of use|under which)\b.*\bprivacy\b/i,
		maxWords: 40,
		skipQuoted: true,
		mayMatch: [
			"cookie",
			"accept",
			"reject",
			"privacy",
			"terms",
			"manage",
			"sell",
			"closed",
			"fcc",
			"eeo"
		]
	},
	{
		name: "footer-links",
		description: "a line made only of two or more footer links: \"About Us | Careers | Site map\"",
		mode: "line",
		pattern: new RegExp(`^(?:(?:${FOOTER_LINKS})\\s*[|·•,/-]?\\s*){2,}$`, "i"),
		maxWords: 20
	},
	{
		name: "copyright",
		description: "copyright footers: \"© 2024 …\", \"All rights reserved\"",
		mode: "line",
		pattern: /^(?:©|\(c\)|copyright\b|@\s?\d{4}\b)|\ball rights? reserved\b/i,
		maxWords: 14,
		skipQuoted: true
	},
	{
		name: "reprint-notice",
		description: "wire-service reprint notices: \"This material may not be published, broadcast, rewritten or redistributed\"",
		mode: "line",
		pattern: /^this material may not be (?:published|reproduced|copied)\b.{0,60}\b(?:redistributed|rewritten)\b/i,
		maxWords: 40,
		mayMatch: ["material"]
	},
	{
		name: "affiliate-disclosure",
		description: "affiliate-link disclosures: \"This post may contain affiliate links\", \"As an Amazon Associate I earn …\"",
		mode: "line",
		pattern: /^(?:(?:disclosure|disclaimer)\s*:\s*)?(?:this|our) (?:post|page|article|site|website|blog|story|review|guide|content)(?: may)? (?:contains?|includes?|uses?) (?:affiliate|referral)\b|\bparticipant in the amazon services llc associates program\b|^as an amazon associate,? (?:i|we)\b/i,
		maxWords: 40,
		skipQuoted: true,
		mayMatch: [
			"affiliate",
			"referral",
			"amazon"
		]
	},
	{
		name: "related-links",
		description: "headers of related-link and recommendation boxes: \"Read more\", \"Related\", \"Trending\"",
		mode: "line",
		pattern: /^(?:read more|read next|see more|more (?:from|on|in)\b.{0,40}|more (?:stories|news|videos|articles|headlines)\b.{0,20}|related(?: articles| stories| posts| content| coverage| topics| links| tags)?(?: from .{1,60})?|recommended(?: for you| stories| reading)?|trending(?: now| stories| in .{1,30})?|hot topics|you (?:may|might) also like.{0,20}|also read|see also|most (?:read|popular|viewed)|top stories|latest(?: news| stories)?|editor'?s picks|popular(?: now| stories| posts| articles)?|more for you|what to read next|places in this story|topics?)\s*:?$/i,
		maxWords: 10
	},
	{
		name: "more-link",
		description: "a \"More …\" link to a section: \"More\", \"More:\", \"More World\", \"More Business News\"",
		mode: "line",
		pattern: /^More(?::|\s+(?:from|on|in)\s+\S.{0,40}|(?:\s+\p{Lu}[\p{L}'&-]*){0,3}\s+(?:News|Stories|Videos?|Links|Articles|Headlines|Coverage|World|Business|Sports?|Politics|Entertainment|Tech|Technology|Science|Health|Opinion|Lifestyle|Travel|Stories))?\s*[›»>]?$/u,
		maxWords: 6
	},
	{
		name: "navigation",
		description: "single navigation and page-control labels: Home, Menu, Search, Skip to content, Back to top",
		mode: "line",
		pattern: /^(?:☰|home|menu|main menu|search|search \w+|close|open|next|previous|prev|back|back to top|go to top|top|skip to (?:main )?content|skip to navigation|jump to .{1,20}|toggle navigation|expand\s*\/\s*collapse search|view all|show more|load more|watch tv|watch live|listen live|get in touch|contact us|about us|follow us(?: on .{1,30})?|download (?:as )?pdf|print this (?:page|article))\s*[›»>]?$/i,
		maxWords: 6
	},
	{
		name: "doubled-label",
		description: "interface labels printed twice or glued together: \"FollowFollowing\", \"Sponsored Links Sponsored Links\"",
		mode: "line",
		pattern: /^(?=.*\p{L})(.{3,40}?)\s?\1\p{Ll}{0,4}$|^(?=\p{L}{12,}$)(?:\p{L}*\p{Ll}\p{Lu}){3}\p{L}*$/u,
		maxWords: 8
	},
	{
		name: "pagination",
		description: "page and gallery controls: \"1 | 2 | 3\", \"1 / 9\", \"Page 2 of 5\", \"Next page\"",
		mode: "line",
		pattern: /^\d{1,3}(?:\s*[|/·•]\s*\d{1,3})+\s*[›»>]?$|^\d{1,3}(?:\s+\d{1,3}){2,}\s*[›»>]?$|^(?:page\s+)?\d{1,4}\s+(?:of|\/)\s+\d{1,4}$|^(?:next|previous|prev|older|newer)(?: page| posts?| articles?| stor(?:y|ies)| entry| entries)?\s*[›»>]?$|^back to (?:gallery|article|story|list)$/i,
		maxWords: 12
	},
	{
		name: "comments",
		description: "comment-box chrome: \"Comments\", \"Leave a comment\", \"You must log in to post a comment\"",
		mode: "line",
		pattern: /^(?:\d+\s+)?comments?(?:\s*\(\d+\))?$|^(?:leave|post|add|show|view|hide|load) (?:a |all |more )?(?:comments?|repl(?:y|ies))$|^comment on this (?:story|article|post)$|^cancel reply$|^join the (?:conversation|discussion)$|^(?:you must|please) (?:be )?(?:log(?:ged)? ?in|sign(?:ed)? ?in|registered|register) to (?:post|leave|add|view) (?:a )?comments?|^save my name\b.{0,40}\bin (?:this|my) browser\b|^notify me (?:of|via|by|when|if)\b.{0,60}\b(?:comments?|posts?|repl(?:y|ies)|answers?)\b|^this site uses akismet to reduce spam\b|^your e-?mail address will not be published\b|^required fields are marked\b/i,
		maxWords: 20
	},
	{
		name: "article-meta",
		description: "publishing metadata: \"Published: DATE\", \"Updated: DATE\", \"Filed under:\", \"Originally published at …\", \"Source: …\"",
		mode: "line",
		pattern: /^(?:first |last )?(?:published|updated|posted|modified)\s*(?:on|:)\s*.{0,40}\b(?:\d{4}|\d{1,2}:\d{2})\b.{0,20}$|^(?:written|posted|published) (?:on|by)\b.{0,40}$|^(?:filed under|tagged|tags|posted in|categories|related tags)\s*:.{0,200}$|^originally (?:published|posted|appeared) (?:at|on|in)\b|^source\s*:\s*.{1,40}$|^you are (?:at|here)\s*:?|^\d{1,3}\s?(?:min(?:ute)?s?|m)\.? read$|^.{2,80}? contributed (?:reporting )?to (?:this|the) (?:report|story|article)\.?$|^.{2,80}? contributed reporting(?: from .{1,40})?\.?$|^(?:estimated )?reading time\s*:?\s*(?:about )?\d{1,3}\s?min(?:ute)?s?\.?$|^.{0,60}\|\s*updated\s*:.{0,40}\d{4}.{0,20}$/i,
		maxWords: 40
	},
	{
		name: "cross-promotion",
		description: "links to the same site's other stories: \"On Example.com: …\", \"More on example.com\"",
		mode: "line",
		pattern: /^(?:on|more on|also on|read more on|more from|more at) [\w-]+(?:\.[\w-]+)*\.(?:com|org|net|co\.uk|co|io|news)\b\s*:/i,
		maxWords: 30
	},
	{
		name: "media-label",
		description: "a lone media label: \"Video\", \"Photos\", \"Gallery\", \"Watch\"",
		mode: "line",
		pattern: /^(?:video|videos|watch|photos?|gallery|audio|listen|play|play video|watch video|image|images|photo gallery|\d+ photos|\d+ images|close|now playing)$/i,
		maxWords: 3
	},
	{
		name: "contact-email",
		description: "a line that is only an e-mail address (bylines, footers)",
		mode: "line",
		pattern: /^[\w.+-]+@[\w-]+(?:\.[\w-]+)+$/,
		maxWords: 8
	}
];
/** Names of the built-in rules plus the scorer, for `--disable` checks and `--list-rules`. */
const CTA_SCORE_RULE = "cta-score";
const STUB_RULE = "stub";
// src/core/boilerplate/classify.ts
/** Longer units are never scored as calls to action. */
const CTA_MAX_WORDS = 30;
const QUOTED = /["“”‘’]|'\s|\s'|\b(?:said|says|asked|replied)\b/;
/** Prefix rules applied again and again, so that stacked headers all go in one pass. */
function matchPrefix(line, rules) {
	let length = 0;
	let rule = "";
	for (let guard = 0; guard < 8; guard++) {
		let hit = false;
		for (const r of rules.prefix) {
			const m = r.pattern.exec(line.slice(length));
			if (m && m.index === 0 && m[0].length > 0) {
				length += m[0].length;
				rule = rule || r.name;
				hit = true;
				break;
			}
		}
		if (!hit) break;
	}
	return length > 0 ? {
		rule,
		length,
		match: line.slice(0, length)
	} : null;
}
/** Which line rule, if any, cuts this unit; `tokens` keeps long prose out of reach of short-line rules. */
function matchLine(text, tokens, rules) {
	if (tokens > rules.lineMaxWords && !(rules.ctaScore && tokens <= CTA_MAX_WORDS)) return null;
	const t = text.trim();
	let quoted;
	let lower;
	for (const r of rules.line) {
		if (tokens > r.maxWords || r.skipQuoted && (quoted ??= QUOTED.test(t))) continue;
		if (r.mayMatch && !includesAny(lower ??= t.toLowerCase(), r.mayMatch)) continue;
		const m = r.pattern.exec(t);
		if (m) return {
			rule: r.name,
			match: m[0]
		};
	}
	if (rules.ctaScore && tokens <= CTA_MAX_WORDS) {
		const s = scoreCta(t);
		if (s) return {
			rule: CTA_SCORE_RULE,
			match: `score ${s.score}: ${s.signals.join(", ")}`
		};
	}
	return null;
}
function includesAny(s, words) {
	for (const w of words) if (s.includes(w)) return true;
	return false;
}
// src/core/char-table.ts
/** Characters at or above this code point go to the reference normalizer. */
const TABLE_END = 8304;
/** For each code: its lower-case code, or -1 when the fast path must not handle it. */
const LOWER = new Int32Array(TABLE_END).fill(-1);
/** For each code: bit 1 a word character (letter, mark, number), bit 2 a decimal digit. */
const WORD$1 = new Uint8Array(TABLE_END);
/** Scripts of most text the fast path sees: Latin, Greek, Cyrillic, general punctuation. */
const RANGES = [
	[128, 592],
	[880, 1328],
	[8192, 8304]
];
const IS_WORD = /^[\p{L}\p{M}\p{N}]$/u;
const IS_DIGIT = /^\p{Nd}$/u;
const IS_MARK = /^\p{M}$/u;
function inRanges(c) {
	return c < 128 || RANGES.some(([a, b]) => c >= a && c < b);
}
/**
* A character is safe when the reference would leave it as one character of the same kind whatever
* stands around it: NFKC keeps it, it is no combining mark (marks compose with what precedes them),
* and its lower case is one character of these ranges whatever the context. Such strings are NFKC
* already (the test checks every pair).
*/
function isSafe(c, ch, lower) {
	if (c === 931) return false;
	if (ch.normalize("NFKC") !== ch || IS_MARK.test(ch)) return false;
	return lower.length === 1 && inRanges(lower.charCodeAt(0)) && !IS_MARK.test(lower);
}
for (let c = 0; c < 128; c++) {
	LOWER[c] = c >= 65 && c <= 90 ? c + 32 : c;
	WORD$1[c] = c >= 48 && c <= 57 ? 3 : c >= 97 && c <= 122 || c >= 65 && c <= 90 ? 1 : 0;
}
let built = false;
/** Fills in the non-ASCII part (about 10 ms) the first time a text needs it, not at start-up. */
function ensureTable() {
	if (built) return;
	built = true;
	for (const [a, b] of RANGES) for (let c = a; c < b; c++) {
		const ch = String.fromCharCode(c);
		const lower = ch.toLowerCase();
		if (isSafe(c, ch, lower)) LOWER[c] = lower.charCodeAt(0);
		WORD$1[c] = IS_WORD.test(ch) ? IS_DIGIT.test(ch) ? 3 : 1 : 0;
	}
}
// src/core/stems.ts
const STEM_LENGTH = 5;
/**
* A set of stems without a boxed entry per stem: the numbers (never 0) in an open-addressing table
* of int32, the rare strings in a Set.
*/
var StemSet = class {
	slots = /* @__PURE__ */ new Int32Array(256);
	mask = 255;
	numbers = 0;
	strings = /* @__PURE__ */ new Set();
	get size() {
		return this.numbers + this.strings.size;
	}
	push(s) {
		if (typeof s !== "number") {
			this.strings.add(s);
			return;
		}
		if ((this.numbers + 1) * 4 > (this.mask + 1) * 3) this.grow();
		const { slots, mask } = this;
		for (let i = slot(s) & mask;; i = i + 1 & mask) {
			const v = slots[i] ?? 0;
			if (v === s) return;
			if (v === 0) {
				slots[i] = s;
				this.numbers++;
				return;
			}
		}
	}
	has(s) {
		if (typeof s !== "number") return this.strings.has(s);
		const { slots, mask } = this;
		for (let i = slot(s) & mask;; i = i + 1 & mask) {
			const v = slots[i] ?? 0;
			if (v === s) return true;
			if (v === 0) return false;
		}
	}
	grow() {
		const old = this.slots;
		const slots = new Int32Array(old.length * 2);
		const mask = slots.length - 1;
		for (const v of old) {
			if (v === 0) continue;
			let i = slot(v) & mask;
			while ((slots[i] ?? 0) !== 0) i = i + 1 & mask;
			slots[i] = v;
		}
		this.slots = slots;
		this.mask = mask;
	}
};
/** Spreads a stem code (whose low bits are its last character) over the table. */
function slot(code) {
	const h = Math.imul(code, 2654435761);
	return h ^ h >>> 16;
}
const coded = /* @__PURE__ */ new WeakMap();
/**
* What `s.toLowerCase().split(/[^\p{L}\p{N}]+/u)` gives, less words shorter than 3 and stop words,
* each cut to 5 characters. Text with a character outside the fast table goes through that very code.
*/
function contentStems(s, stopwords) {
	const out = [];
	stemsInto(s, stopwords, out);
	return out;
}
const scratch$1 = [];
/** Adds the content stems of `s` to `set`. */
function addContentStems(s, stopwords, set) {
	scratch$1.length = 0;
	stemsInto(s, stopwords, scratch$1);
	for (let i = 0; i < scratch$1.length; i++) set.push(scratch$1[i] ?? 0);
}
/** Appends to `out`, which must be empty. */
function stemsInto(s, stopwords, out) {
	const stop = codedStopwords(stopwords);
	const lowerOf = LOWER;
	const wordOf = WORD$1;
	const n = s.length;
	let start = -1;
	let code = 0;
	let ascii = true;
	for (let i = 0; i <= n; i++) {
		if (i < n) {
			const raw = s.charCodeAt(i);
			if (raw >= 128) {
				if (raw >= 8304) return referenceStems(s, stopwords, out);
				ensureTable();
			}
			const c = lowerOf[raw] ?? -1;
			if (c < 0) return referenceStems(s, stopwords, out);
			if ((wordOf[c] ?? 0) & 1) {
				if (start < 0) {
					start = i;
					code = 0;
					ascii = true;
				}
				if (c >= 128) ascii = false;
				else if (i - start < STEM_LENGTH) code = code * 64 + sixBits(c);
				continue;
			}
		}
		if (start < 0) continue;
		const stem = wordStem(s, start, i, code, ascii, stop);
		start = -1;
		if (stem !== null) out.push(stem);
	}
}
/**
* The stem of the word s[start, end) (letters and numbers of the fast table), or null for a short or
* stop word. `code` holds its first five lower-case characters as sixBits, `ascii` whether all are.
*/
function wordStem(s, start, end, code, ascii, stop) {
	const len = end - start;
	if (len < 3) return null;
	if (ascii && len <= STEM_LENGTH) return stop.short.has(code) ? null : code;
	if (((ascii ? stop.long.get(code) : void 0) || !ascii && stop.nonAscii) && stop.words.has(s.slice(start, end).toLowerCase())) return null;
	if (ascii) return code;
	const head = s.slice(start, Math.min(end, start + STEM_LENGTH)).toLowerCase();
	return isAscii(head) ? codeOf(head) : head;
}
/** Replaces what the fast pass wrote into `out` before it gave up. */
function referenceStems(s, stopwords, out) {
	out.length = 0;
	for (const w of s.toLowerCase().split(/[^\p{L}\p{N}]+/u)) {
		if (w.length < 3 || stopwords.has(w)) continue;
		const head = w.slice(0, STEM_LENGTH);
		out.push(isAscii(head) ? codeOf(head) : head);
	}
}
function codedStopwords(stopwords) {
	let c = coded.get(stopwords);
	if (c) return c;
	c = {
		words: stopwords,
		short: new StemSet(),
		long: /* @__PURE__ */ new Map(),
		nonAscii: false
	};
	for (const w of stopwords) if (!isAscii(w)) c.nonAscii = true;
	else if (w.length <= STEM_LENGTH) c.short.push(codeOf(w));
	else {
		const key = codeOf(w.slice(0, STEM_LENGTH));
		c.long.set(key, (c.long.get(key) ?? /* @__PURE__ */ new Set()).add(w));
	}
	coded.set(stopwords, c);
	return c;
}
/** a-z 1..26, 0-9 27..36 (ASCII letters and digits are the only ASCII word characters). */
function sixBits(c) {
	return c >= 97 ? c - 96 : c - 48 + 27;
}
function codeOf(w) {
	let code = 0;
	for (let i = 0; i < w.length && i < STEM_LENGTH; i++) code = code * 64 + sixBits(w.charCodeAt(i));
	return code;
}
function isAscii(w) {
	for (let i = 0; i < w.length; i++) if (w.charCodeAt(i) >= 128) return false;
	return true;
}
// src/core/boilerplate/context.ts
const OFF_TOPIC_RULE = "off-topic-headline";
const NAV_RUN_RULE = "navigation-run";
const SHOUTED_RULE = "shouted-headline";
const HEADLINE_RUN_RULE = "headline-run";
/** Units of at least this many tokens are the text's prose. */
const PROSE_TOKENS = 20;
const SENTENCE_END$1 = /[.!?…:;,"”’)\]]\s*$/u;
const SEPARATORS = [
	/\sv\.?\s|\svs\.?\s/i,
	/\s[-–—]\s/,
	/\s\|\s/,
	/\s@\s/,
	/\d+\s*[-–:]\s*\d+/
];
/** Words that say nothing of what a text is about. */
const VOCABULARY_STOPWORDS = new Set("the and for are but not you all any can had her was one our out day get has him his how man new now old see two way who boy did its let put say she too use that with have this will your from they know want been good much some time very when come here just like long make many more only over such take than them well were what into year about after again also back could first their there these think those which would other being says said while where says news report reports video watch live".split(" "));
/** What the prose of a text is about: stems of its content words. */
function vocabulary(texts, units, kept, stems) {
	const vocab = new StemSet();
	units.forEach((u, i) => {
		if (u.kind !== "paragraph" || u.tokens < PROSE_TOKENS || !kept(i)) return;
		if (stems && u.stemStart >= 0) for (let k = u.stemStart; k < u.stemEnd; k++) vocab.push(stems[k] ?? 0);
		else addContentStems(texts[i] ?? "", VOCABULARY_STOPWORDS, vocab);
	});
	return vocab;
}
/** The first 5 characters of each word of 3 or more, stop words left out (as numbers when ASCII: fast). */
function stems(s) {
	return contentStems(s, VOCABULARY_STOPWORDS);
}
/**
* These rules apply only to text shaped like a scraped page: long paragraphs, one to a line, hold
* most of its tokens. A book or a hard-wrapped document has title pages and tables of contents
* that look like link boxes but are its own.
*/
function isScrapedProse(units) {
	let all = 0;
	let prose = 0;
	let paragraphs = 0;
	let oneLine = 0;
	for (const u of units) {
		all += u.tokens;
		if (u.kind === "paragraph" && u.tokens >= PROSE_TOKENS) {
			prose += u.tokens;
			paragraphs++;
			if (u.first === u.last) oneLine++;
		}
	}
	return paragraphs >= 3 && prose >= .4 * all && oneLine >= .5 * paragraphs;
}
/**
* `texts[i]` is unit i's text (prefix removed); `kept(i)` says whether another rule already cut it.
* Cut units are transparent: runs are formed over what is kept, as a second run would see them.
*/
function findContextCuts(texts, units, kept, unitStems) {
	if (!isScrapedProse(units)) return [];
	const cuts = [];
	let vocabSet;
	const vocab = () => vocabSet ??= vocabulary(texts, units, kept, unitStems);
	const headlineMemo = new Uint8Array(units.length);
	const headline = (i) => {
		const known = headlineMemo[i] ?? 0;
		if (known !== 0) return known === 2;
		const u = units[i];
		const yes = !!u && (u.kind === "paragraph" || u.kind === "verse") && u.first === u.last && u.tokens >= 1 && u.tokens <= 16 && !SENTENCE_END$1.test(texts[i] ?? "");
		if (i >= 0 && i < headlineMemo.length) headlineMemo[i] = yes ? 2 : 1;
		return yes;
	};
	const order = units.map((_, i) => i).filter(kept);
	const firstProse = order.findIndex((i) => units[i]?.kind === "paragraph" && (units[i]?.tokens ?? 0) >= PROSE_TOKENS);
	const titles = /* @__PURE__ */ new Set([order[0], firstProse > 0 ? order[firstProse - 1] : -1]);
	const introduced = (k, e = k) => {
		if (k > 0 && /:\s*$/.test(texts[order[k - 1] ?? -1] ?? "")) return true;
		const rows = order.slice(k, e).map((i) => texts[i] ?? "");
		return rows.length > 0 && SEPARATORS.some((sep) => rows.filter((r) => sep.test(r)).length >= .6 * rows.length);
	};
	const isLabel = (i) => {
		if (!headline(i) || (units[i]?.tokens ?? 0) > 4) return false;
		const t = (texts[i] ?? "").trim();
		return /^\p{Lu}/u.test(t) && /\p{Ll}/u.test(t);
	};
	const isHeadline = (i) => {
		if (!headline(i) || (units[i]?.tokens ?? 0) < 3) return false;
		const t = (texts[i] ?? "").trim();
		return /^[\p{Lu}\p{N}'‘"“]/u.test(t) && !/,\s*$/.test(t);
	};
	const isTitle = (k) => {
		const j = order[k + 1] ?? -1;
		const next = units[j];
		return !!next && next.kind === "paragraph" && next.tokens >= 8 && !headline(j) && stems(texts[order[k] ?? -1] ?? "").some((s) => vocab().has(s));
	};
	for (let k = 0; k < order.length;) {
		let e = k;
		while (e < order.length && isLabel(order[e] ?? -1) && !isTitle(e)) e++;
		if (e - k >= 3 && !introduced(k, e)) for (let r = k; r < e; r++) cuts.push({
			unit: order[r] ?? 0,
			rule: NAV_RUN_RULE,
			match: `${e - k} navigation labels in a row`
		});
		k = e > k ? e : k + 1;
	}
	const besideSentence = (i) => [i - 1, i + 1].some((j) => {
		const v = units[j];
		const u = units[i];
		if (!v || !u || v.last + 1 !== u.first && u.last + 1 !== v.first) return false;
		return v.tokens >= 8 && SENTENCE_END$1.test(texts[j] ?? "");
	});
	for (let k = 0; k < order.length;) {
		let e = k;
		while (e < order.length && isHeadline(order[e] ?? -1) && !isTitle(e)) e++;
		if (e - k >= 3 && !introduced(k, e) && !order.slice(k, e).some(besideSentence)) {
			for (let r = k; r < e; r++) if (!cuts.some((c) => c.unit === order[r])) cuts.push({
				unit: order[r] ?? 0,
				rule: HEADLINE_RUN_RULE,
				match: `${e - k} headlines in a row`
			});
		}
		k = e > k ? e : k + 1;
	}
	const taken = new Set(cuts.map((c) => c.unit));
	for (const i of order) {
		if (taken.has(i) || !headline(i) || titles.has(i) || SEPARATORS.some((sep) => sep.test(texts[i] ?? ""))) continue;
		const t = (texts[i] ?? "").trim();
		const letters = t.replace(/[^\p{L}]/gu, "");
		if ((units[i]?.tokens ?? 0) >= 6 && letters.length >= 16 && !/\p{Ll}/u.test(letters)) {
			cuts.push({
				unit: i,
				rule: SHOUTED_RULE,
				match: "a headline in capitals inside prose"
			});
			continue;
		}
		const own = stems(t);
		if (own.length >= 3 && vocab().size >= 40 && own.every((s) => !vocab().has(s))) cuts.push({
			unit: i,
			rule: OFF_TOPIC_RULE,
			match: "a headline sharing no word with the text around it"
		});
	}
	return cuts;
}
// src/core/lines.ts
/** Splits on LF, CRLF and lone CR, keeping every line's own ending in the table. */
function splitLines(text) {
	const start = [];
	const end = [];
	const next = [];
	const n = text.length;
	let s = 0;
	let i = 0;
	if (!text.includes("\r")) {
		for (let e = text.indexOf("\n"); e !== -1; e = text.indexOf("\n", s)) {
			start.push(s);
			end.push(e);
			next.push(e + 1);
			s = e + 1;
		}
		i = n;
	}
	while (i < n) {
		const c = text.charCodeAt(i);
		if (c === 10 || c === 13) {
			start.push(s);
			end.push(i);
			i += c === 13 && text.charCodeAt(i + 1) === 10 ? 2 : 1;
			next.push(i);
			s = i;
		} else i++;
	}
	if (s < n) {
		start.push(s);
		end.push(n);
		next.push(n);
	}
	return {
		start,
		end,
		next
	};
}
// node_modules/character-entities/index.js
/**
* Map of named character references.
*
* @type {Record<string, string>}
*/
const characterEntities = {
	AElig: "Æ",
	AMP: "&",
	Aacute: "Á",
	Abreve: "Ă",
	Acirc: "Â",
	Acy: "А",
	Afr: "𝔄",
	Agrave: "À",
	Alpha: "Α",
	Amacr: "Ā",
	And: "⩓",
	Aogon: "Ą",
	Aopf: "𝔸",
	ApplyFunction: "⁡",
	Aring: "Å",
	Ascr: "𝒜",
	Assign: "≔",
	Atilde: "Ã",
	Auml: "Ä",
	Backslash: "∖",
	Barv: "⫧",
	Barwed: "⌆",
	Bcy: "Б",
	Because: "∵",
	Bernoullis: "ℬ",
	Beta: "Β",
	Bfr: "𝔅",
	Bopf: "𝔹",
	Breve: "˘",
	Bscr: "ℬ",
	Bumpeq: "≎",
	CHcy: "Ч",
	COPY: "©",
	Cacute: "Ć",
	Cap: "⋒",
	CapitalDifferentialD: "ⅅ",
	Cayleys: "ℭ",
	Ccaron: "Č",
	Ccedil: "Ç",
	Ccirc: "Ĉ",
	Cconint: "∰",
	Cdot: "Ċ",
	Cedilla: "¸",
	CenterDot: "·",
	Cfr: "ℭ",
	Chi: "Χ",
	CircleDot: "⊙",
	CircleMinus: "⊖",
	CirclePlus: "⊕",
	CircleTimes: "⊗",
	ClockwiseContourIntegral: "∲",
	CloseCurlyDoubleQuote: "”",
	CloseCurlyQuote: "’",
	Colon: "∷",
	Colone: "⩴",
	Congruent: "≡",
	Conint: "∯",
	ContourIntegral: "∮",
	Copf: "ℂ",
	Coproduct: "∐",
	CounterClockwiseContourIntegral: "∳",
	Cross: "⨯",
	Cscr: "𝒞",
	Cup: "⋓",
	CupCap: "≍",
	DD: "ⅅ",
	DDotrahd: "⤑",
	DJcy: "Ђ",
	DScy: "Ѕ",
	DZcy: "Џ",
	Dagger: "‡",
	Darr: "↡",
	Dashv: "⫤",
	Dcaron: "Ď",
	Dcy: "Д",
	Del: "∇",
	Delta: "Δ",
	Dfr: "𝔇",
	DiacriticalAcute: "´",
	DiacriticalDot: "˙",
	DiacriticalDoubleAcute: "˝",
	DiacriticalGrave: "`",
	DiacriticalTilde: "˜",
	Diamond: "⋄",
	DifferentialD: "ⅆ",
	Dopf: "𝔻",
	Dot: "¨",
	DotDot: "⃜",
	DotEqual: "≐",
	DoubleContourIntegral: "∯",
	DoubleDot: "¨",
	DoubleDownArrow: "⇓",
	DoubleLeftArrow: "⇐",
	DoubleLeftRightArrow: "⇔",
	DoubleLeftTee: "⫤",
	DoubleLongLeftArrow: "⟸",
	DoubleLongLeftRightArrow: "⟺",
	DoubleLongRightArrow: "⟹",
	DoubleRightArrow: "⇒",
	DoubleRightTee: "⊨",
	DoubleUpArrow: "⇑",
	DoubleUpDownArrow: "⇕",
	DoubleVerticalBar: "∥",
	DownArrow: "↓",
	DownArrowBar: "⤓",
	DownArrowUpArrow: "⇵",
	DownBreve: "̑",
	DownLeftRightVector: "⥐",
	DownLeftTeeVector: "⥞",
	DownLeftVector: "↽",
	DownLeftVectorBar: "⥖",
	DownRightTeeVector: "⥟",
	DownRightVector: "⇁",
	DownRightVectorBar: "⥗",
	DownTee: "⊤",
	DownTeeArrow: "↧",
	Downarrow: "⇓",
	Dscr: "𝒟",
	Dstrok: "Đ",
	ENG: "Ŋ",
	ETH: "Ð",
	Eacute: "É",
	Ecaron: "Ě",
	Ecirc: "Ê",
	Ecy: "Э",
	Edot: "Ė",
	Efr: "𝔈",
	Egrave: "È",
	Element: "∈",
	Emacr: "Ē",
	EmptySmallSquare: "◻",
	EmptyVerySmallSquare: "▫",
	Eogon: "Ę",
	Eopf: "𝔼",
	Epsilon: "Ε",
	Equal: "⩵",
	EqualTilde: "≂",
	Equilibrium: "⇌",
	Escr: "ℰ",
	Esim: "⩳",
	Eta: "Η",
	Euml: "Ë",
	Exists: "∃",
	ExponentialE: "ⅇ",
	Fcy: "Ф",
	Ffr: "𝔉",
	FilledSmallSquare: "◼",
	FilledVerySmallSquare: "▪",
	Fopf: "𝔽",
	ForAll: "∀",
	Fouriertrf: "ℱ",
	Fscr: "ℱ",
	GJcy: "Ѓ",
	GT: ">",
	Gamma: "Γ",
	Gammad: "Ϝ",
	Gbreve: "Ğ",
	Gcedil: "Ģ",
	Gcirc: "Ĝ",
	Gcy: "Г",
	Gdot: "Ġ",
	Gfr: "𝔊",
	Gg: "⋙",
	Gopf: "𝔾",
	GreaterEqual: "≥",
	GreaterEqualLess: "⋛",
	GreaterFullEqual: "≧",
	GreaterGreater: "⪢",
	GreaterLess: "≷",
	GreaterSlantEqual: "⩾",
	GreaterTilde: "≳",
	Gscr: "𝒢",
	Gt: "≫",
	HARDcy: "Ъ",
	Hacek: "ˇ",
	Hat: "^",
	Hcirc: "Ĥ",
	Hfr: "ℌ",
	HilbertSpace: "ℋ",
	Hopf: "ℍ",
	HorizontalLine: "─",
	Hscr: "ℋ",
	Hstrok: "Ħ",
	HumpDownHump: "≎",
	HumpEqual: "≏",
	IEcy: "Е",
	IJlig: "Ĳ",
	IOcy: "Ё",
	Iacute: "Í",
	Icirc: "Î",
	Icy: "И",
	Idot: "İ",
	Ifr: "ℑ",
	Igrave: "Ì",
	Im: "ℑ",
	Imacr: "Ī",
	ImaginaryI: "ⅈ",
	Implies: "⇒",
	Int: "∬",
	Integral: "∫",
	Intersection: "⋂",
	InvisibleComma: "⁣",
	InvisibleTimes: "⁢",
	Iogon: "Į",
	Iopf: "𝕀",
	Iota: "Ι",
	Iscr: "ℐ",
	Itilde: "Ĩ",
	Iukcy: "І",
	Iuml: "Ï",
	Jcirc: "Ĵ",
	Jcy: "Й",
	Jfr: "𝔍",
	Jopf: "𝕁",
	Jscr: "𝒥",
	Jsercy: "Ј",
	Jukcy: "Є",
	KHcy: "Х",
	KJcy: "Ќ",
	Kappa: "Κ",
	Kcedil: "Ķ",
	Kcy: "К",
	Kfr: "𝔎",
	Kopf: "𝕂",
	Kscr: "𝒦",
	LJcy: "Љ",
	LT: "<",
	Lacute: "Ĺ",
	Lambda: "Λ",
	Lang: "⟪",
	Laplacetrf: "ℒ",
	Larr: "↞",
	Lcaron: "Ľ",
	Lcedil: "Ļ",
	Lcy: "Л",
	LeftAngleBracket: "⟨",
	LeftArrow: "←",
	LeftArrowBar: "⇤",
	LeftArrowRightArrow: "⇆",
	LeftCeiling: "⌈",
	LeftDoubleBracket: "⟦",
	LeftDownTeeVector: "⥡",
	LeftDownVector: "⇃",
	LeftDownVectorBar: "⥙",
	LeftFloor: "⌊",
	LeftRightArrow: "↔",
	LeftRightVector: "⥎",
	LeftTee: "⊣",
	LeftTeeArrow: "↤",
	LeftTeeVector: "⥚",
	LeftTriangle: "⊲",
	LeftTriangleBar: "⧏",
	LeftTriangleEqual: "⊴",
	LeftUpDownVector: "⥑",
	LeftUpTeeVector: "⥠",
	LeftUpVector: "↿",
	LeftUpVectorBar: "⥘",
	LeftVector: "↼",
	LeftVectorBar: "⥒",
	Leftarrow: "⇐",
	Leftrightarrow: "⇔",
	LessEqualGreater: "⋚",
	LessFullEqual: "≦",
	LessGreater: "≶",
	LessLess: "⪡",
	LessSlantEqual: "⩽",
	LessTilde: "≲",
	Lfr: "𝔏",
	Ll: "⋘",
	Lleftarrow: "⇚",
	Lmidot: "Ŀ",
	LongLeftArrow: "⟵",
	LongLeftRightArrow: "⟷",
	LongRightArrow: "⟶",
	Longleftarrow: "⟸",
	Longleftrightarrow: "⟺",
	Longrightarrow: "⟹",
	Lopf: "𝕃",
	LowerLeftArrow: "↙",
	LowerRightArrow: "↘",
	Lscr: "ℒ",
	Lsh: "↰",
	Lstrok: "Ł",
	Lt: "≪",
	Map: "⤅",
	Mcy: "М",
	MediumSpace: " ",
	Mellintrf: "ℳ",
	Mfr: "𝔐",
	MinusPlus: "∓",
	Mopf: "𝕄",
	Mscr: "ℳ",
	Mu: "Μ",
	NJcy: "Њ",
	Nacute: "Ń",
	Ncaron: "Ň",
	Ncedil: "Ņ",
	Ncy: "Н",
	NegativeMediumSpace: "​",
	NegativeThickSpace: "​",
	NegativeThinSpace: "​",
	NegativeVeryThinSpace: "​",
	NestedGreaterGreater: "≫",
	NestedLessLess: "≪",
	NewLine: "\n",
	Nfr: "𝔑",
	NoBreak: "⁠",
	NonBreakingSpace: "\xA0",
	Nopf: "ℕ",
	Not: "⫬",
	NotCongruent: "≢",
	NotCupCap: "≭",
	NotDoubleVerticalBar: "∦",
	NotElement: "∉",
	NotEqual: "≠",
	NotEqualTilde: "≂̸",
	NotExists: "∄",
	NotGreater: "≯",
	NotGreaterEqual: "≱",
	NotGreaterFullEqual: "≧̸",
	NotGreaterGreater: "≫̸",
	NotGreaterLess: "≹",
	NotGreaterSlantEqual: "⩾̸",
	NotGreaterTilde: "≵",
	NotHumpDownHump: "≎̸",
	NotHumpEqual: "≏̸",
	NotLeftTriangle: "⋪",
	NotLeftTriangleBar: "⧏̸",
	NotLeftTriangleEqual: "⋬",
	NotLess: "≮",
	NotLessEqual: "≰",
	NotLessGreater: "≸",
	NotLessLess: "≪̸",
	NotLessSlantEqual: "⩽̸",
	NotLessTilde: "≴",
	NotNestedGreaterGreater: "⪢̸",
	NotNestedLessLess: "⪡̸",
	NotPrecedes: "⊀",
	NotPrecedesEqual: "⪯̸",
	NotPrecedesSlantEqual: "⋠",
	NotReverseElement: "∌",
	NotRightTriangle: "⋫",
	NotRightTriangleBar: "⧐̸",
	NotRightTriangleEqual: "⋭",
	NotSquareSubset: "⊏̸",
	NotSquareSubsetEqual: "⋢",
	NotSquareSuperset: "⊐̸",
	NotSquareSupersetEqual: "⋣",
	NotSubset: "⊂⃒",
	NotSubsetEqual: "⊈",
	NotSucceeds: "⊁",
	NotSucceedsEqual: "⪰̸",
	NotSucceedsSlantEqual: "⋡",
	NotSucceedsTilde: "≿̸",
	NotSuperset: "⊃⃒",
	NotSupersetEqual: "⊉",
	NotTilde: "≁",
	NotTildeEqual: "≄",
	NotTildeFullEqual: "≇",
	NotTildeTilde: "≉",
	NotVerticalBar: "∤",
	Nscr: "𝒩",
	Ntilde: "Ñ",
	Nu: "Ν",
	OElig: "Œ",
	Oacute: "Ó",
	Ocirc: "Ô",
	Ocy: "О",
	Odblac: "Ő",
	Ofr: "𝔒",
	Ograve: "Ò",
	Omacr: "Ō",
	Omega: "Ω",
	Omicron: "Ο",
	Oopf: "𝕆",
	OpenCurlyDoubleQuote: "“",
	OpenCurlyQuote: "‘",
	Or: "⩔",
	Oscr: "𝒪",
	Oslash: "Ø",
	Otilde: "Õ",
	Otimes: "⨷",
	Ouml: "Ö",
	OverBar: "‾",
	OverBrace: "⏞",
	OverBracket: "⎴",
	OverParenthesis: "⏜",
	PartialD: "∂",
	Pcy: "П",
	Pfr: "𝔓",
	Phi: "Φ",
	Pi: "Π",
	PlusMinus: "±",
	Poincareplane: "ℌ",
	Popf: "ℙ",
	Pr: "⪻",
	Precedes: "≺",
	PrecedesEqual: "⪯",
	PrecedesSlantEqual: "≼",
	PrecedesTilde: "≾",
	Prime: "″",
	Product: "∏",
	Proportion: "∷",
	Proportional: "∝",
	Pscr: "𝒫",
	Psi: "Ψ",
	QUOT: "\"",
	Qfr: "𝔔",
	Qopf: "ℚ",
	Qscr: "𝒬",
	RBarr: "⤐",
	REG: "®",
	Racute: "Ŕ",
	Rang: "⟫",
	Rarr: "↠",
	Rarrtl: "⤖",
	Rcaron: "Ř",
	Rcedil: "Ŗ",
	Rcy: "Р",
	Re: "ℜ",
	ReverseElement: "∋",
	ReverseEquilibrium: "⇋",
	ReverseUpEquilibrium: "⥯",
	Rfr: "ℜ",
	Rho: "Ρ",
	RightAngleBracket: "⟩",
	RightArrow: "→",
	RightArrowBar: "⇥",
	RightArrowLeftArrow: "⇄",
	RightCeiling: "⌉",
	RightDoubleBracket: "⟧",
	RightDownTeeVector: "⥝",
	RightDownVector: "⇂",
	RightDownVectorBar: "⥕",
	RightFloor: "⌋",
	RightTee: "⊢",
	RightTeeArrow: "↦",
	RightTeeVector: "⥛",
	RightTriangle: "⊳",
	RightTriangleBar: "⧐",
	RightTriangleEqual: "⊵",
	RightUpDownVector: "⥏",
	RightUpTeeVector: "⥜",
	RightUpVector: "↾",
	RightUpVectorBar: "⥔",
	RightVector: "⇀",
	RightVectorBar: "⥓",
	Rightarrow: "⇒",
	Ropf: "ℝ",
	RoundImplies: "⥰",
	Rrightarrow: "⇛",
	Rscr: "ℛ",
	Rsh: "↱",
	RuleDelayed: "⧴",
	SHCHcy: "Щ",
	SHcy: "Ш",
	SOFTcy: "Ь",
	Sacute: "Ś",
	Sc: "⪼",
	Scaron: "Š",
	Scedil: "Ş",
	Scirc: "Ŝ",
	Scy: "С",
	Sfr: "𝔖",
	ShortDownArrow: "↓",
	ShortLeftArrow: "←",
	ShortRightArrow: "→",
	ShortUpArrow: "↑",
	Sigma: "Σ",
	SmallCircle: "∘",
	Sopf: "𝕊",
	Sqrt: "√",
	Square: "□",
	SquareIntersection: "⊓",
	SquareSubset: "⊏",
	SquareSubsetEqual: "⊑",
	SquareSuperset: "⊐",
	SquareSupersetEqual: "⊒",
	SquareUnion: "⊔",
	Sscr: "𝒮",
	Star: "⋆",
	Sub: "⋐",
	Subset: "⋐",
	SubsetEqual: "⊆",
	Succeeds: "≻",
	SucceedsEqual: "⪰",
	SucceedsSlantEqual: "≽",
	SucceedsTilde: "≿",
	SuchThat: "∋",
	Sum: "∑",
	Sup: "⋑",
	Superset: "⊃",
	SupersetEqual: "⊇",
	Supset: "⋑",
	THORN: "Þ",
	TRADE: "™",
	TSHcy: "Ћ",
	TScy: "Ц",
	Tab: "	",
	Tau: "Τ",
	Tcaron: "Ť",
	Tcedil: "Ţ",
	Tcy: "Т",
	Tfr: "𝔗",
	Therefore: "∴",
	Theta: "Θ",
	ThickSpace: "  ",
	ThinSpace: " ",
	Tilde: "∼",
	TildeEqual: "≃",
	TildeFullEqual: "≅",
	TildeTilde: "≈",
	Topf: "𝕋",
	TripleDot: "⃛",
	Tscr: "𝒯",
	Tstrok: "Ŧ",
	Uacute: "Ú",
	Uarr: "↟",
	Uarrocir: "⥉",
	Ubrcy: "Ў",
	Ubreve: "Ŭ",
	Ucirc: "Û",
	Ucy: "У",
	Udblac: "Ű",
	Ufr: "𝔘",
	Ugrave: "Ù",
	Umacr: "Ū",
	UnderBar: "_",
	UnderBrace: "⏟",
	UnderBracket: "⎵",
	UnderParenthesis: "⏝",
	Union: "⋃",
	UnionPlus: "⊎",
	Uogon: "Ų",
	Uopf: "𝕌",
	UpArrow: "↑",
	UpArrowBar: "⤒",
	UpArrowDownArrow: "⇅",
	UpDownArrow: "↕",
	UpEquilibrium: "⥮",
	UpTee: "⊥",
	UpTeeArrow: "↥",
	Uparrow: "⇑",
	Updownarrow: "⇕",
	UpperLeftArrow: "↖",
	UpperRightArrow: "↗",
	Upsi: "ϒ",
	Upsilon: "Υ",
	Uring: "Ů",
	Uscr: "𝒰",
	Utilde: "Ũ",
	Uuml: "Ü",
	VDash: "⊫",
	Vbar: "⫫",
	Vcy: "В",
	Vdash: "⊩",
	Vdashl: "⫦",
	Vee: "⋁",
	Verbar: "‖",
	Vert: "‖",
	VerticalBar: "∣",
	VerticalLine: "|",
	VerticalSeparator: "❘",
	VerticalTilde: "≀",
	VeryThinSpace: " ",
	Vfr: "𝔙",
	Vopf: "𝕍",
	Vscr: "𝒱",
	Vvdash: "⊪",
	Wcirc: "Ŵ",
	Wedge: "⋀",
	Wfr: "𝔚",
	Wopf: "𝕎",
	Wscr: "𝒲",
	Xfr: "𝔛",
	Xi: "Ξ",
	Xopf: "𝕏",
	Xscr: "𝒳",
	YAcy: "Я",
	YIcy: "Ї",
	YUcy: "Ю",
	Yacute: "Ý",
	Ycirc: "Ŷ",
	Ycy: "Ы",
	Yfr: "𝔜",
	Yopf: "𝕐",
	Yscr: "𝒴",
	Yuml: "Ÿ",
	ZHcy: "Ж",
	Zacute: "Ź",
	Zcaron: "Ž",
	Zcy: "З",
	Zdot: "Ż",
	ZeroWidthSpace: "​",
	Zeta: "Ζ",
	Zfr: "ℨ",
	Zopf: "ℤ",
	Zscr: "𝒵",
	aacute: "á",
	abreve: "ă",
	ac: "∾",
	acE: "∾̳",
	acd: "∿",
	acirc: "â",
	acute: "´",
	acy: "а",
	aelig: "æ",
	af: "⁡",
	afr: "𝔞",
	agrave: "à",
	alefsym: "ℵ",
	aleph: "ℵ",
	alpha: "α",
	amacr: "ā",
	amalg: "⨿",
	amp: "&",
	and: "∧",
	andand: "⩕",
	andd: "⩜",
	andslope: "⩘",
	andv: "⩚",
	ang: "∠",
	ange: "⦤",
	angle: "∠",
	angmsd: "∡",
	angmsdaa: "⦨",
	angmsdab: "⦩",
	angmsdac: "⦪",
	angmsdad: "⦫",
	angmsdae: "⦬",
	angmsdaf: "⦭",
	angmsdag: "⦮",
	angmsdah: "⦯",
	angrt: "∟",
	angrtvb: "⊾",
	angrtvbd: "⦝",
	angsph: "∢",
	angst: "Å",
	angzarr: "⍼",
	aogon: "ą",
	aopf: "𝕒",
	ap: "≈",
	apE: "⩰",
	apacir: "⩯",
	ape: "≊",
	apid: "≋",
	apos: "'",
	approx: "≈",
	approxeq: "≊",
	aring: "å",
	ascr: "𝒶",
	ast: "*",
	asymp: "≈",
	asympeq: "≍",
	atilde: "ã",
	auml: "ä",
	awconint: "∳",
	awint: "⨑",
	bNot: "⫭",
	backcong: "≌",
	backepsilon: "϶",
	backprime: "‵",
	backsim: "∽",
	backsimeq: "⋍",
	barvee: "⊽",
	barwed: "⌅",
	barwedge: "⌅",
	bbrk: "⎵",
	bbrktbrk: "⎶",
	bcong: "≌",
	bcy: "б",
	bdquo: "„",
	becaus: "∵",
	because: "∵",
	bemptyv: "⦰",
	bepsi: "϶",
	bernou: "ℬ",
	beta: "β",
	beth: "ℶ",
	between: "≬",
	bfr: "𝔟",
	bigcap: "⋂",
	bigcirc: "◯",
	bigcup: "⋃",
	bigodot: "⨀",
	bigoplus: "⨁",
	bigotimes: "⨂",
	bigsqcup: "⨆",
	bigstar: "★",
	bigtriangledown: "▽",
	bigtriangleup: "△",
	biguplus: "⨄",
	bigvee: "⋁",
	bigwedge: "⋀",
	bkarow: "⤍",
	blacklozenge: "⧫",
	blacksquare: "▪",
	blacktriangle: "▴",
	blacktriangledown: "▾",
	blacktriangleleft: "◂",
	blacktriangleright: "▸",
	blank: "␣",
	blk12: "▒",
	blk14: "░",
	blk34: "▓",
	block: "█",
	bne: "=⃥",
	bnequiv: "≡⃥",
	bnot: "⌐",
	bopf: "𝕓",
	bot: "⊥",
	bottom: "⊥",
	bowtie: "⋈",
	boxDL: "╗",
	boxDR: "╔",
	boxDl: "╖",
	boxDr: "╓",
	boxH: "═",
	boxHD: "╦",
	boxHU: "╩",
	boxHd: "╤",
	boxHu: "╧",
	boxUL: "╝",
	boxUR: "╚",
	boxUl: "╜",
	boxUr: "╙",
	boxV: "║",
	boxVH: "╬",
	boxVL: "╣",
	boxVR: "╠",
	boxVh: "╫",
	boxVl: "╢",
	boxVr: "╟",
	boxbox: "⧉",
	boxdL: "╕",
	boxdR: "╒",
	boxdl: "┐",
	boxdr: "┌",
	boxh: "─",
	boxhD: "╥",
	boxhU: "╨",
	boxhd: "┬",
	boxhu: "┴",
	boxminus: "⊟",
	boxplus: "⊞",
	boxtimes: "⊠",
	boxuL: "╛",
	boxuR: "╘",
	boxul: "┘",
	boxur: "└",
	boxv: "│",
	boxvH: "╪",
	boxvL: "╡",
	boxvR: "╞",
	boxvh: "┼",
	boxvl: "┤",
	boxvr: "├",
	bprime: "‵",
	breve: "˘",
	brvbar: "¦",
	bscr: "𝒷",
	bsemi: "⁏",
	bsim: "∽",
	bsime: "⋍",
	bsol: "\\",
	bsolb: "⧅",
	bsolhsub: "⟈",
	bull: "•",
	bullet: "•",
	bump: "≎",
	bumpE: "⪮",
	bumpe: "≏",
	bumpeq: "≏",
	cacute: "ć",
	cap: "∩",
	capand: "⩄",
	capbrcup: "⩉",
	capcap: "⩋",
	capcup: "⩇",
	capdot: "⩀",
	caps: "∩︀",
	caret: "⁁",
	caron: "ˇ",
	ccaps: "⩍",
	ccaron: "č",
	ccedil: "ç",
	ccirc: "ĉ",
	ccups: "⩌",
	ccupssm: "⩐",
	cdot: "ċ",
	cedil: "¸",
	cemptyv: "⦲",
	cent: "¢",
	centerdot: "·",
	cfr: "𝔠",
	chcy: "ч",
	check: "✓",
	checkmark: "✓",
	chi: "χ",
	cir: "○",
	cirE: "⧃",
	circ: "ˆ",
	circeq: "≗",
	circlearrowleft: "↺",
	circlearrowright: "↻",
	circledR: "®",
	circledS: "Ⓢ",
	circledast: "⊛",
	circledcirc: "⊚",
	circleddash: "⊝",
	cire: "≗",
	cirfnint: "⨐",
	cirmid: "⫯",
	cirscir: "⧂",
	clubs: "♣",
	clubsuit: "♣",
	colon: ":",
	colone: "≔",
	coloneq: "≔",
	comma: ",",
	commat: "@",
	comp: "∁",
	compfn: "∘",
	complement: "∁",
	complexes: "ℂ",
	cong: "≅",
	congdot: "⩭",
	conint: "∮",
	copf: "𝕔",
	coprod: "∐",
	copy: "©",
	copysr: "℗",
	crarr: "↵",
	cross: "✗",
	cscr: "𝒸",
	csub: "⫏",
	csube: "⫑",
	csup: "⫐",
	csupe: "⫒",
	ctdot: "⋯",
	cudarrl: "⤸",
	cudarrr: "⤵",
	cuepr: "⋞",
	cuesc: "⋟",
	cularr: "↶",
	cularrp: "⤽",
	cup: "∪",
	cupbrcap: "⩈",
	cupcap: "⩆",
	cupcup: "⩊",
	cupdot: "⊍",
	cupor: "⩅",
	cups: "∪︀",
	curarr: "↷",
	curarrm: "⤼",
	curlyeqprec: "⋞",
	curlyeqsucc: "⋟",
	curlyvee: "⋎",
	curlywedge: "⋏",
	curren: "¤",
	curvearrowleft: "↶",
	curvearrowright: "↷",
	cuvee: "⋎",
	cuwed: "⋏",
	cwconint: "∲",
	cwint: "∱",
	cylcty: "⌭",
	dArr: "⇓",
	dHar: "⥥",
	dagger: "†",
	daleth: "ℸ",
	darr: "↓",
	dash: "‐",
	dashv: "⊣",
	dbkarow: "⤏",
	dblac: "˝",
	dcaron: "ď",
	dcy: "д",
	dd: "ⅆ",
	ddagger: "‡",
	ddarr: "⇊",
	ddotseq: "⩷",
	deg: "°",
	delta: "δ",
	demptyv: "⦱",
	dfisht: "⥿",
	dfr: "𝔡",
	dharl: "⇃",
	dharr: "⇂",
	diam: "⋄",
	diamond: "⋄",
	diamondsuit: "♦",
	diams: "♦",
	die: "¨",
	digamma: "ϝ",
	disin: "⋲",
	div: "÷",
	divide: "÷",
	divideontimes: "⋇",
	divonx: "⋇",
	djcy: "ђ",
	dlcorn: "⌞",
	dlcrop: "⌍",
	dollar: "$",
	dopf: "𝕕",
	dot: "˙",
	doteq: "≐",
	doteqdot: "≑",
	dotminus: "∸",
	dotplus: "∔",
	dotsquare: "⊡",
	doublebarwedge: "⌆",
	downarrow: "↓",
	downdownarrows: "⇊",
	downharpoonleft: "⇃",
	downharpoonright: "⇂",
	drbkarow: "⤐",
	drcorn: "⌟",
	drcrop: "⌌",
	dscr: "𝒹",
	dscy: "ѕ",
	dsol: "⧶",
	dstrok: "đ",
	dtdot: "⋱",
	dtri: "▿",
	dtrif: "▾",
	duarr: "⇵",
	duhar: "⥯",
	dwangle: "⦦",
	dzcy: "џ",
	dzigrarr: "⟿",
	eDDot: "⩷",
	eDot: "≑",
	eacute: "é",
	easter: "⩮",
	ecaron: "ě",
	ecir: "≖",
	ecirc: "ê",
	ecolon: "≕",
	ecy: "э",
	edot: "ė",
	ee: "ⅇ",
	efDot: "≒",
	efr: "𝔢",
	eg: "⪚",
	egrave: "è",
	egs: "⪖",
	egsdot: "⪘",
	el: "⪙",
	elinters: "⏧",
	ell: "ℓ",
	els: "⪕",
	elsdot: "⪗",
	emacr: "ē",
	empty: "∅",
	emptyset: "∅",
	emptyv: "∅",
	emsp13: " ",
	emsp14: " ",
	emsp: " ",
	eng: "ŋ",
	ensp: " ",
	eogon: "ę",
	eopf: "𝕖",
	epar: "⋕",
	eparsl: "⧣",
	eplus: "⩱",
	epsi: "ε",
	epsilon: "ε",
	epsiv: "ϵ",
	eqcirc: "≖",
	eqcolon: "≕",
	eqsim: "≂",
	eqslantgtr: "⪖",
	eqslantless: "⪕",
	equals: "=",
	equest: "≟",
	equiv: "≡",
	equivDD: "⩸",
	eqvparsl: "⧥",
	erDot: "≓",
	erarr: "⥱",
	escr: "ℯ",
	esdot: "≐",
	esim: "≂",
	eta: "η",
	eth: "ð",
	euml: "ë",
	euro: "€",
	excl: "!",
	exist: "∃",
	expectation: "ℰ",
	exponentiale: "ⅇ",
	fallingdotseq: "≒",
	fcy: "ф",
	female: "♀",
	ffilig: "ﬃ",
	fflig: "ﬀ",
	ffllig: "ﬄ",
	ffr: "𝔣",
	filig: "ﬁ",
	fjlig: "fj",
	flat: "♭",
	fllig: "ﬂ",
	fltns: "▱",
	fnof: "ƒ",
	fopf: "𝕗",
	forall: "∀",
	fork: "⋔",
	forkv: "⫙",
	fpartint: "⨍",
	frac12: "½",
	frac13: "⅓",
	frac14: "¼",
	frac15: "⅕",
	frac16: "⅙",
	frac18: "⅛",
	frac23: "⅔",
	frac25: "⅖",
	frac34: "¾",
	frac35: "⅗",
	frac38: "⅜",
	frac45: "⅘",
	frac56: "⅚",
	frac58: "⅝",
	frac78: "⅞",
	frasl: "⁄",
	frown: "⌢",
	fscr: "𝒻",
	gE: "≧",
	gEl: "⪌",
	gacute: "ǵ",
	gamma: "γ",
	gammad: "ϝ",
	gap: "⪆",
	gbreve: "ğ",
	gcirc: "ĝ",
	gcy: "г",
	gdot: "ġ",
	ge: "≥",
	gel: "⋛",
	geq: "≥",
	geqq: "≧",
	geqslant: "⩾",
	ges: "⩾",
	gescc: "⪩",
	gesdot: "⪀",
	gesdoto: "⪂",
	gesdotol: "⪄",
	gesl: "⋛︀",
	gesles: "⪔",
	gfr: "𝔤",
	gg: "≫",
	ggg: "⋙",
	gimel: "ℷ",
	gjcy: "ѓ",
	gl: "≷",
	glE: "⪒",
	gla: "⪥",
	glj: "⪤",
	gnE: "≩",
	gnap: "⪊",
	gnapprox: "⪊",
	gne: "⪈",
	gneq: "⪈",
	gneqq: "≩",
	gnsim: "⋧",
	gopf: "𝕘",
	grave: "`",
	gscr: "ℊ",
	gsim: "≳",
	gsime: "⪎",
	gsiml: "⪐",
	gt: ">",
	gtcc: "⪧",
	gtcir: "⩺",
	gtdot: "⋗",
	gtlPar: "⦕",
	gtquest: "⩼",
	gtrapprox: "⪆",
	gtrarr: "⥸",
	gtrdot: "⋗",
	gtreqless: "⋛",
	gtreqqless: "⪌",
	gtrless: "≷",
	gtrsim: "≳",
	gvertneqq: "≩︀",
	gvnE: "≩︀",
	hArr: "⇔",
	hairsp: " ",
	half: "½",
	hamilt: "ℋ",
	hardcy: "ъ",
	harr: "↔",
	harrcir: "⥈",
	harrw: "↭",
	hbar: "ℏ",
	hcirc: "ĥ",
	hearts: "♥",
	heartsuit: "♥",
	hellip: "…",
	hercon: "⊹",
	hfr: "𝔥",
	hksearow: "⤥",
	hkswarow: "⤦",
	hoarr: "⇿",
	homtht: "∻",
	hookleftarrow: "↩",
	hookrightarrow: "↪",
	hopf: "𝕙",
	horbar: "―",
	hscr: "𝒽",
	hslash: "ℏ",
	hstrok: "ħ",
	hybull: "⁃",
	hyphen: "‐",
	iacute: "í",
	ic: "⁣",
	icirc: "î",
	icy: "и",
	iecy: "е",
	iexcl: "¡",
	iff: "⇔",
	ifr: "𝔦",
	igrave: "ì",
	ii: "ⅈ",
	iiiint: "⨌",
	iiint: "∭",
	iinfin: "⧜",
	iiota: "℩",
	ijlig: "ĳ",
	imacr: "ī",
	image: "ℑ",
	imagline: "ℐ",
	imagpart: "ℑ",
	imath: "ı",
	imof: "⊷",
	imped: "Ƶ",
	in: "∈",
	incare: "℅",
	infin: "∞",
	infintie: "⧝",
	inodot: "ı",
	int: "∫",
	intcal: "⊺",
	integers: "ℤ",
	intercal: "⊺",
	intlarhk: "⨗",
	intprod: "⨼",
	iocy: "ё",
	iogon: "į",
	iopf: "𝕚",
	iota: "ι",
	iprod: "⨼",
	iquest: "¿",
	iscr: "𝒾",
	isin: "∈",
	isinE: "⋹",
	isindot: "⋵",
	isins: "⋴",
	isinsv: "⋳",
	isinv: "∈",
	it: "⁢",
	itilde: "ĩ",
	iukcy: "і",
	iuml: "ï",
	jcirc: "ĵ",
	jcy: "й",
	jfr: "𝔧",
	jmath: "ȷ",
	jopf: "𝕛",
	jscr: "𝒿",
	jsercy: "ј",
	jukcy: "є",
	kappa: "κ",
	kappav: "ϰ",
	kcedil: "ķ",
	kcy: "к",
	kfr: "𝔨",
	kgreen: "ĸ",
	khcy: "х",
	kjcy: "ќ",
	kopf: "𝕜",
	kscr: "𝓀",
	lAarr: "⇚",
	lArr: "⇐",
	lAtail: "⤛",
	lBarr: "⤎",
	lE: "≦",
	lEg: "⪋",
	lHar: "⥢",
	lacute: "ĺ",
	laemptyv: "⦴",
	lagran: "ℒ",
	lambda: "λ",
	lang: "⟨",
	langd: "⦑",
	langle: "⟨",
	lap: "⪅",
	laquo: "«",
	larr: "←",
	larrb: "⇤",
	larrbfs: "⤟",
	larrfs: "⤝",
	larrhk: "↩",
	larrlp: "↫",
	larrpl: "⤹",
	larrsim: "⥳",
	larrtl: "↢",
	lat: "⪫",
	latail: "⤙",
	late: "⪭",
	lates: "⪭︀",
	lbarr: "⤌",
	lbbrk: "❲",
	lbrace: "{",
	lbrack: "[",
	lbrke: "⦋",
	lbrksld: "⦏",
	lbrkslu: "⦍",
	lcaron: "ľ",
	lcedil: "ļ",
	lceil: "⌈",
	lcub: "{",
	lcy: "л",
	ldca: "⤶",
	ldquo: "“",
	ldquor: "„",
	ldrdhar: "⥧",
	ldrushar: "⥋",
	ldsh: "↲",
	le: "≤",
	leftarrow: "←",
	leftarrowtail: "↢",
	leftharpoondown: "↽",
	leftharpoonup: "↼",
	leftleftarrows: "⇇",
	leftrightarrow: "↔",
	leftrightarrows: "⇆",
	leftrightharpoons: "⇋",
	leftrightsquigarrow: "↭",
	leftthreetimes: "⋋",
	leg: "⋚",
	leq: "≤",
	leqq: "≦",
	leqslant: "⩽",
	les: "⩽",
	lescc: "⪨",
	lesdot: "⩿",
	lesdoto: "⪁",
	lesdotor: "⪃",
	lesg: "⋚︀",
	lesges: "⪓",
	lessapprox: "⪅",
	lessdot: "⋖",
	lesseqgtr: "⋚",
	lesseqqgtr: "⪋",
	lessgtr: "≶",
	lesssim: "≲",
	lfisht: "⥼",
	lfloor: "⌊",
	lfr: "𝔩",
	lg: "≶",
	lgE: "⪑",
	lhard: "↽",
	lharu: "↼",
	lharul: "⥪",
	lhblk: "▄",
	ljcy: "љ",
	ll: "≪",
	llarr: "⇇",
	llcorner: "⌞",
	llhard: "⥫",
	lltri: "◺",
	lmidot: "ŀ",
	lmoust: "⎰",
	lmoustache: "⎰",
	lnE: "≨",
	lnap: "⪉",
	lnapprox: "⪉",
	lne: "⪇",
	lneq: "⪇",
	lneqq: "≨",
	lnsim: "⋦",
	loang: "⟬",
	loarr: "⇽",
	lobrk: "⟦",
	longleftarrow: "⟵",
	longleftrightarrow: "⟷",
	longmapsto: "⟼",
	longrightarrow: "⟶",
	looparrowleft: "↫",
	looparrowright: "↬",
	lopar: "⦅",
	lopf: "𝕝",
	loplus: "⨭",
	lotimes: "⨴",
	lowast: "∗",
	lowbar: "_",
	loz: "◊",
	lozenge: "◊",
	lozf: "⧫",
	lpar: "(",
	lparlt: "⦓",
	lrarr: "⇆",
	lrcorner: "⌟",
	lrhar: "⇋",
	lrhard: "⥭",
	lrm: "‎",
	lrtri: "⊿",
	lsaquo: "‹",
	lscr: "𝓁",
	lsh: "↰",
	lsim: "≲",
	lsime: "⪍",
	lsimg: "⪏",
	lsqb: "[",
	lsquo: "‘",
	lsquor: "‚",
	lstrok: "ł",
	lt: "<",
	ltcc: "⪦",
	ltcir: "⩹",
	ltdot: "⋖",
	lthree: "⋋",
	ltimes: "⋉",
	ltlarr: "⥶",
	ltquest: "⩻",
	ltrPar: "⦖",
	ltri: "◃",
	ltrie: "⊴",
	ltrif: "◂",
	lurdshar: "⥊",
	luruhar: "⥦",
	lvertneqq: "≨︀",
	lvnE: "≨︀",
	mDDot: "∺",
	macr: "¯",
	male: "♂",
	malt: "✠",
	maltese: "✠",
	map: "↦",
	mapsto: "↦",
	mapstodown: "↧",
	mapstoleft: "↤",
	mapstoup: "↥",
	marker: "▮",
	mcomma: "⨩",
	mcy: "м",
	mdash: "—",
	measuredangle: "∡",
	mfr: "𝔪",
	mho: "℧",
	micro: "µ",
	mid: "∣",
	midast: "*",
	midcir: "⫰",
	middot: "·",
	minus: "−",
	minusb: "⊟",
	minusd: "∸",
	minusdu: "⨪",
	mlcp: "⫛",
	mldr: "…",
	mnplus: "∓",
	models: "⊧",
	mopf: "𝕞",
	mp: "∓",
	mscr: "𝓂",
	mstpos: "∾",
	mu: "μ",
	multimap: "⊸",
	mumap: "⊸",
	nGg: "⋙̸",
	nGt: "≫⃒",
	nGtv: "≫̸",
	nLeftarrow: "⇍",
	nLeftrightarrow: "⇎",
	nLl: "⋘̸",
	nLt: "≪⃒",
	nLtv: "≪̸",
	nRightarrow: "⇏",
	nVDash: "⊯",
	nVdash: "⊮",
	nabla: "∇",
	nacute: "ń",
	nang: "∠⃒",
	nap: "≉",
	napE: "⩰̸",
	napid: "≋̸",
	napos: "ŉ",
	napprox: "≉",
	natur: "♮",
	natural: "♮",
	naturals: "ℕ",
	nbsp: "\xA0",
	nbump: "≎̸",
	nbumpe: "≏̸",
	ncap: "⩃",
	ncaron: "ň",
	ncedil: "ņ",
	ncong: "≇",
	ncongdot: "⩭̸",
	ncup: "⩂",
	ncy: "н",
	ndash: "–",
	ne: "≠",
	neArr: "⇗",
	nearhk: "⤤",
	nearr: "↗",
	nearrow: "↗",
	nedot: "≐̸",
	nequiv: "≢",
	nesear: "⤨",
	nesim: "≂̸",
	nexist: "∄",
	nexists: "∄",
	nfr: "𝔫",
	ngE: "≧̸",
	nge: "≱",
	ngeq: "≱",
	ngeqq: "≧̸",
	ngeqslant: "⩾̸",
	nges: "⩾̸",
	ngsim: "≵",
	ngt: "≯",
	ngtr: "≯",
	nhArr: "⇎",
	nharr: "↮",
	nhpar: "⫲",
	ni: "∋",
	nis: "⋼",
	nisd: "⋺",
	niv: "∋",
	njcy: "њ",
	nlArr: "⇍",
	nlE: "≦̸",
	nlarr: "↚",
	nldr: "‥",
	nle: "≰",
	nleftarrow: "↚",
	nleftrightarrow: "↮",
	nleq: "≰",
	nleqq: "≦̸",
	nleqslant: "⩽̸",
	nles: "⩽̸",
	nless: "≮",
	nlsim: "≴",
	nlt: "≮",
	nltri: "⋪",
	nltrie: "⋬",
	nmid: "∤",
	nopf: "𝕟",
	not: "¬",
	notin: "∉",
	notinE: "⋹̸",
	notindot: "⋵̸",
	notinva: "∉",
	notinvb: "⋷",
	notinvc: "⋶",
	notni: "∌",
	notniva: "∌",
	notnivb: "⋾",
	notnivc: "⋽",
	npar: "∦",
	nparallel: "∦",
	nparsl: "⫽⃥",
	npart: "∂̸",
	npolint: "⨔",
	npr: "⊀",
	nprcue: "⋠",
	npre: "⪯̸",
	nprec: "⊀",
	npreceq: "⪯̸",
	nrArr: "⇏",
	nrarr: "↛",
	nrarrc: "⤳̸",
	nrarrw: "↝̸",
	nrightarrow: "↛",
	nrtri: "⋫",
	nrtrie: "⋭",
	nsc: "⊁",
	nsccue: "⋡",
	nsce: "⪰̸",
	nscr: "𝓃",
	nshortmid: "∤",
	nshortparallel: "∦",
	nsim: "≁",
	nsime: "≄",
	nsimeq: "≄",
	nsmid: "∤",
	nspar: "∦",
	nsqsube: "⋢",
	nsqsupe: "⋣",
	nsub: "⊄",
	nsubE: "⫅̸",
	nsube: "⊈",
	nsubset: "⊂⃒",
	nsubseteq: "⊈",
	nsubseteqq: "⫅̸",
	nsucc: "⊁",
	nsucceq: "⪰̸",
	nsup: "⊅",
	nsupE: "⫆̸",
	nsupe: "⊉",
	nsupset: "⊃⃒",
	nsupseteq: "⊉",
	nsupseteqq: "⫆̸",
	ntgl: "≹",
	ntilde: "ñ",
	ntlg: "≸",
	ntriangleleft: "⋪",
	ntrianglelefteq: "⋬",
	ntriangleright: "⋫",
	ntrianglerighteq: "⋭",
	nu: "ν",
	num: "#",
	numero: "№",
	numsp: " ",
	nvDash: "⊭",
	nvHarr: "⤄",
	nvap: "≍⃒",
	nvdash: "⊬",
	nvge: "≥⃒",
	nvgt: ">⃒",
	nvinfin: "⧞",
	nvlArr: "⤂",
	nvle: "≤⃒",
	nvlt: "<⃒",
	nvltrie: "⊴⃒",
	nvrArr: "⤃",
	nvrtrie: "⊵⃒",
	nvsim: "∼⃒",
	nwArr: "⇖",
	nwarhk: "⤣",
	nwarr: "↖",
	nwarrow: "↖",
	nwnear: "⤧",
	oS: "Ⓢ",
	oacute: "ó",
	oast: "⊛",
	ocir: "⊚",
	ocirc: "ô",
	ocy: "о",
	odash: "⊝",
	odblac: "ő",
	odiv: "⨸",
	odot: "⊙",
	odsold: "⦼",
	oelig: "œ",
	ofcir: "⦿",
	ofr: "𝔬",
	ogon: "˛",
	ograve: "ò",
	ogt: "⧁",
	ohbar: "⦵",
	ohm: "Ω",
	oint: "∮",
	olarr: "↺",
	olcir: "⦾",
	olcross: "⦻",
	oline: "‾",
	olt: "⧀",
	omacr: "ō",
	omega: "ω",
	omicron: "ο",
	omid: "⦶",
	ominus: "⊖",
	oopf: "𝕠",
	opar: "⦷",
	operp: "⦹",
	oplus: "⊕",
	or: "∨",
	orarr: "↻",
	ord: "⩝",
	order: "ℴ",
	orderof: "ℴ",
	ordf: "ª",
	ordm: "º",
	origof: "⊶",
	oror: "⩖",
	orslope: "⩗",
	orv: "⩛",
	oscr: "ℴ",
	oslash: "ø",
	osol: "⊘",
	otilde: "õ",
	otimes: "⊗",
	otimesas: "⨶",
	ouml: "ö",
	ovbar: "⌽",
	par: "∥",
	para: "¶",
	parallel: "∥",
	parsim: "⫳",
	parsl: "⫽",
	part: "∂",
	pcy: "п",
	percnt: "%",
	period: ".",
	permil: "‰",
	perp: "⊥",
	pertenk: "‱",
	pfr: "𝔭",
	phi: "φ",
	phiv: "ϕ",
	phmmat: "ℳ",
	phone: "☎",
	pi: "π",
	pitchfork: "⋔",
	piv: "ϖ",
	planck: "ℏ",
	planckh: "ℎ",
	plankv: "ℏ",
	plus: "+",
	plusacir: "⨣",
	plusb: "⊞",
	pluscir: "⨢",
	plusdo: "∔",
	plusdu: "⨥",
	pluse: "⩲",
	plusmn: "±",
	plussim: "⨦",
	plustwo: "⨧",
	pm: "±",
	pointint: "⨕",
	popf: "𝕡",
	pound: "£",
	pr: "≺",
	prE: "⪳",
	prap: "⪷",
	prcue: "≼",
	pre: "⪯",
	prec: "≺",
	precapprox: "⪷",
	preccurlyeq: "≼",
	preceq: "⪯",
	precnapprox: "⪹",
	precneqq: "⪵",
	precnsim: "⋨",
	precsim: "≾",
	prime: "′",
	primes: "ℙ",
	prnE: "⪵",
	prnap: "⪹",
	prnsim: "⋨",
	prod: "∏",
	profalar: "⌮",
	profline: "⌒",
	profsurf: "⌓",
	prop: "∝",
	propto: "∝",
	prsim: "≾",
	prurel: "⊰",
	pscr: "𝓅",
	psi: "ψ",
	puncsp: " ",
	qfr: "𝔮",
	qint: "⨌",
	qopf: "𝕢",
	qprime: "⁗",
	qscr: "𝓆",
	quaternions: "ℍ",
	quatint: "⨖",
	quest: "?",
	questeq: "≟",
	quot: "\"",
	rAarr: "⇛",
	rArr: "⇒",
	rAtail: "⤜",
	rBarr: "⤏",
	rHar: "⥤",
	race: "∽̱",
	racute: "ŕ",
	radic: "√",
	raemptyv: "⦳",
	rang: "⟩",
	rangd: "⦒",
	range: "⦥",
	rangle: "⟩",
	raquo: "»",
	rarr: "→",
	rarrap: "⥵",
	rarrb: "⇥",
	rarrbfs: "⤠",
	rarrc: "⤳",
	rarrfs: "⤞",
	rarrhk: "↪",
	rarrlp: "↬",
	rarrpl: "⥅",
	rarrsim: "⥴",
	rarrtl: "↣",
	rarrw: "↝",
	ratail: "⤚",
	ratio: "∶",
	rationals: "ℚ",
	rbarr: "⤍",
	rbbrk: "❳",
	rbrace: "}",
	rbrack: "]",
	rbrke: "⦌",
	rbrksld: "⦎",
	rbrkslu: "⦐",
	rcaron: "ř",
	rcedil: "ŗ",
	rceil: "⌉",
	rcub: "}",
	rcy: "р",
	rdca: "⤷",
	rdldhar: "⥩",
	rdquo: "”",
	rdquor: "”",
	rdsh: "↳",
	real: "ℜ",
	realine: "ℛ",
	realpart: "ℜ",
	reals: "ℝ",
	rect: "▭",
	reg: "®",
	rfisht: "⥽",
	rfloor: "⌋",
	rfr: "𝔯",
	rhard: "⇁",
	rharu: "⇀",
	rharul: "⥬",
	rho: "ρ",
	rhov: "ϱ",
	rightarrow: "→",
	rightarrowtail: "↣",
	rightharpoondown: "⇁",
	rightharpoonup: "⇀",
	rightleftarrows: "⇄",
	rightleftharpoons: "⇌",
	rightrightarrows: "⇉",
	rightsquigarrow: "↝",
	rightthreetimes: "⋌",
	ring: "˚",
	risingdotseq: "≓",
	rlarr: "⇄",
	rlhar: "⇌",
	rlm: "‏",
	rmoust: "⎱",
	rmoustache: "⎱",
	rnmid: "⫮",
	roang: "⟭",
	roarr: "⇾",
	robrk: "⟧",
	ropar: "⦆",
	ropf: "𝕣",
	roplus: "⨮",
	rotimes: "⨵",
	rpar: ")",
	rpargt: "⦔",
	rppolint: "⨒",
	rrarr: "⇉",
	rsaquo: "›",
	rscr: "𝓇",
	rsh: "↱",
	rsqb: "]",
	rsquo: "’",
	rsquor: "’",
	rthree: "⋌",
	rtimes: "⋊",
	rtri: "▹",
	rtrie: "⊵",
	rtrif: "▸",
	rtriltri: "⧎",
	ruluhar: "⥨",
	rx: "℞",
	sacute: "ś",
	sbquo: "‚",
	sc: "≻",
	scE: "⪴",
	scap: "⪸",
	scaron: "š",
	sccue: "≽",
	sce: "⪰",
	scedil: "ş",
	scirc: "ŝ",
	scnE: "⪶",
	scnap: "⪺",
	scnsim: "⋩",
	scpolint: "⨓",
	scsim: "≿",
	scy: "с",
	sdot: "⋅",
	sdotb: "⊡",
	sdote: "⩦",
	seArr: "⇘",
	searhk: "⤥",
	searr: "↘",
	searrow: "↘",
	sect: "§",
	semi: ";",
	seswar: "⤩",
	setminus: "∖",
	setmn: "∖",
	sext: "✶",
	sfr: "𝔰",
	sfrown: "⌢",
	sharp: "♯",
	shchcy: "щ",
	shcy: "ш",
	shortmid: "∣",
	shortparallel: "∥",
	shy: "­",
	sigma: "σ",
	sigmaf: "ς",
	sigmav: "ς",
	sim: "∼",
	simdot: "⩪",
	sime: "≃",
	simeq: "≃",
	simg: "⪞",
	simgE: "⪠",
	siml: "⪝",
	simlE: "⪟",
	simne: "≆",
	simplus: "⨤",
	simrarr: "⥲",
	slarr: "←",
	smallsetminus: "∖",
	smashp: "⨳",
	smeparsl: "⧤",
	smid: "∣",
	smile: "⌣",
	smt: "⪪",
	smte: "⪬",
	smtes: "⪬︀",
	softcy: "ь",
	sol: "/",
	solb: "⧄",
	solbar: "⌿",
	sopf: "𝕤",
	spades: "♠",
	spadesuit: "♠",
	spar: "∥",
	sqcap: "⊓",
	sqcaps: "⊓︀",
	sqcup: "⊔",
	sqcups: "⊔︀",
	sqsub: "⊏",
	sqsube: "⊑",
	sqsubset: "⊏",
	sqsubseteq: "⊑",
	sqsup: "⊐",
	sqsupe: "⊒",
	sqsupset: "⊐",
	sqsupseteq: "⊒",
	squ: "□",
	square: "□",
	squarf: "▪",
	squf: "▪",
	srarr: "→",
	sscr: "𝓈",
	ssetmn: "∖",
	ssmile: "⌣",
	sstarf: "⋆",
	star: "☆",
	starf: "★",
	straightepsilon: "ϵ",
	straightphi: "ϕ",
	strns: "¯",
	sub: "⊂",
	subE: "⫅",
	subdot: "⪽",
	sube: "⊆",
	subedot: "⫃",
	submult: "⫁",
	subnE: "⫋",
	subne: "⊊",
	subplus: "⪿",
	subrarr: "⥹",
	subset: "⊂",
	subseteq: "⊆",
	subseteqq: "⫅",
	subsetneq: "⊊",
	subsetneqq: "⫋",
	subsim: "⫇",
	subsub: "⫕",
	subsup: "⫓",
	succ: "≻",
	succapprox: "⪸",
	succcurlyeq: "≽",
	succeq: "⪰",
	succnapprox: "⪺",
	succneqq: "⪶",
	succnsim: "⋩",
	succsim: "≿",
	sum: "∑",
	sung: "♪",
	sup1: "¹",
	sup2: "²",
	sup3: "³",
	sup: "⊃",
	supE: "⫆",
	supdot: "⪾",
	supdsub: "⫘",
	supe: "⊇",
	supedot: "⫄",
	suphsol: "⟉",
	suphsub: "⫗",
	suplarr: "⥻",
	supmult: "⫂",
	supnE: "⫌",
	supne: "⊋",
	supplus: "⫀",
	supset: "⊃",
	supseteq: "⊇",
	supseteqq: "⫆",
	supsetneq: "⊋",
	supsetneqq: "⫌",
	supsim: "⫈",
	supsub: "⫔",
	supsup: "⫖",
	swArr: "⇙",
	swarhk: "⤦",
	swarr: "↙",
	swarrow: "↙",
	swnwar: "⤪",
	szlig: "ß",
	target: "⌖",
	tau: "τ",
	tbrk: "⎴",
	tcaron: "ť",
	tcedil: "ţ",
	tcy: "т",
	tdot: "⃛",
	telrec: "⌕",
	tfr: "𝔱",
	there4: "∴",
	therefore: "∴",
	theta: "θ",
	thetasym: "ϑ",
	thetav: "ϑ",
	thickapprox: "≈",
	thicksim: "∼",
	thinsp: " ",
	thkap: "≈",
	thksim: "∼",
	thorn: "þ",
	tilde: "˜",
	times: "×",
	timesb: "⊠",
	timesbar: "⨱",
	timesd: "⨰",
	tint: "∭",
	toea: "⤨",
	top: "⊤",
	topbot: "⌶",
	topcir: "⫱",
	topf: "𝕥",
	topfork: "⫚",
	tosa: "⤩",
	tprime: "‴",
	trade: "™",
	triangle: "▵",
	triangledown: "▿",
	triangleleft: "◃",
	trianglelefteq: "⊴",
	triangleq: "≜",
	triangleright: "▹",
	trianglerighteq: "⊵",
	tridot: "◬",
	trie: "≜",
	triminus: "⨺",
	triplus: "⨹",
	trisb: "⧍",
	tritime: "⨻",
	trpezium: "⏢",
	tscr: "𝓉",
	tscy: "ц",
	tshcy: "ћ",
	tstrok: "ŧ",
	twixt: "≬",
	twoheadleftarrow: "↞",
	twoheadrightarrow: "↠",
	uArr: "⇑",
	uHar: "⥣",
	uacute: "ú",
	uarr: "↑",
	ubrcy: "ў",
	ubreve: "ŭ",
	ucirc: "û",
	ucy: "у",
	udarr: "⇅",
	udblac: "ű",
	udhar: "⥮",
	ufisht: "⥾",
	ufr: "𝔲",
	ugrave: "ù",
	uharl: "↿",
	uharr: "↾",
	uhblk: "▀",
	ulcorn: "⌜",
	ulcorner: "⌜",
	ulcrop: "⌏",
	ultri: "◸",
	umacr: "ū",
	uml: "¨",
	uogon: "ų",
	uopf: "𝕦",
	uparrow: "↑",
	updownarrow: "↕",
	upharpoonleft: "↿",
	upharpoonright: "↾",
	uplus: "⊎",
	upsi: "υ",
	upsih: "ϒ",
	upsilon: "υ",
	upuparrows: "⇈",
	urcorn: "⌝",
	urcorner: "⌝",
	urcrop: "⌎",
	uring: "ů",
	urtri: "◹",
	uscr: "𝓊",
	utdot: "⋰",
	utilde: "ũ",
	utri: "▵",
	utrif: "▴",
	uuarr: "⇈",
	uuml: "ü",
	uwangle: "⦧",
	vArr: "⇕",
	vBar: "⫨",
	vBarv: "⫩",
	vDash: "⊨",
	vangrt: "⦜",
	varepsilon: "ϵ",
	varkappa: "ϰ",
	varnothing: "∅",
	varphi: "ϕ",
	varpi: "ϖ",
	varpropto: "∝",
	varr: "↕",
	varrho: "ϱ",
	varsigma: "ς",
	varsubsetneq: "⊊︀",
	varsubsetneqq: "⫋︀",
	varsupsetneq: "⊋︀",
	varsupsetneqq: "⫌︀",
	vartheta: "ϑ",
	vartriangleleft: "⊲",
	vartriangleright: "⊳",
	vcy: "в",
	vdash: "⊢",
	vee: "∨",
	veebar: "⊻",
	veeeq: "≚",
	vellip: "⋮",
	verbar: "|",
	vert: "|",
	vfr: "𝔳",
	vltri: "⊲",
	vnsub: "⊂⃒",
	vnsup: "⊃⃒",
	vopf: "𝕧",
	vprop: "∝",
	vrtri: "⊳",
	vscr: "𝓋",
	vsubnE: "⫋︀",
	vsubne: "⊊︀",
	vsupnE: "⫌︀",
	vsupne: "⊋︀",
	vzigzag: "⦚",
	wcirc: "ŵ",
	wedbar: "⩟",
	wedge: "∧",
	wedgeq: "≙",
	weierp: "℘",
	wfr: "𝔴",
	wopf: "𝕨",
	wp: "℘",
	wr: "≀",
	wreath: "≀",
	wscr: "𝓌",
	xcap: "⋂",
	xcirc: "◯",
	xcup: "⋃",
	xdtri: "▽",
	xfr: "𝔵",
	xhArr: "⟺",
	xharr: "⟷",
	xi: "ξ",
	xlArr: "⟸",
	xlarr: "⟵",
	xmap: "⟼",
	xnis: "⋻",
	xodot: "⨀",
	xopf: "𝕩",
	xoplus: "⨁",
	xotime: "⨂",
	xrArr: "⟹",
	xrarr: "⟶",
	xscr: "𝓍",
	xsqcup: "⨆",
	xuplus: "⨄",
	xutri: "△",
	xvee: "⋁",
	xwedge: "⋀",
	yacute: "ý",
	yacy: "я",
	ycirc: "ŷ",
	ycy: "ы",
	yen: "¥",
	yfr: "𝔶",
	yicy: "ї",
	yopf: "𝕪",
	yscr: "𝓎",
	yucy: "ю",
	yuml: "ÿ",
	zacute: "ź",
	zcaron: "ž",
	zcy: "з",
	zdot: "ż",
	zeetrf: "ℨ",
	zeta: "ζ",
	zfr: "𝔷",
	zhcy: "ж",
	zigrarr: "⇝",
	zopf: "𝕫",
	zscr: "𝓏",
	zwj: "‍",
	zwnj: "‌"
};
// node_modules/decode-named-character-reference/index.js
const own = {}.hasOwnProperty;
/**
* Decode a single character reference (without the `&` or `;`).
* You probably only need this when you’re building parsers yourself that follow
* different rules compared to HTML.
* This is optimized to be tiny in browsers.
*
* @param {string} value
*   `notin` (named), `#123` (deci), `#x123` (hexa).
* @returns {string|false}
*   Decoded reference.
*/
function decodeNamedCharacterReference(value) {
	return own.call(characterEntities, value) ? characterEntities[value] : false;
}
// src/core/entities.ts
const REFERENCE = /&(#[0-9]{1,8};?|#[xX][0-9a-fA-F]{1,7};?|[A-Za-z][A-Za-z0-9]{1,31};)/g;
/** `s` with every well-formed character reference decoded; an invalid code point becomes U+FFFD. */
function decodeEntities(s) {
	if (!s.includes("&")) return s;
	return s.replace(REFERENCE, (whole, ref) => {
		const body = ref.endsWith(";") ? ref.slice(0, -1) : ref;
		if (body.charCodeAt(0) !== 35) return decodeNamedCharacterReference(body) || whole;
		const hex = body[1] === "x" || body[1] === "X";
		const code = parseInt(body.slice(hex ? 2 : 1), hex ? 16 : 10);
		return code > 0 && code <= 1114111 && (code < 55296 || code > 57343) ? String.fromCodePoint(code) : "�";
	});
}
// src/core/facts.ts
const W = String.raw`[\p{L}\p{N}_]`;
const D = String.raw`\p{Nd}`;
const URL$1 = /https?:\/\/[^\s)\]>"']+|\]\(([^)\s]+)\)|www\.[^\s)\]>"']+/gu;
const EMAIL$1 = new RegExp(String.raw`(?:${W}|[.+-])+@(?:${W}|-)+\.(?:${W}|[.-])+`, "gu");
const CODE = /`([^`\n]+)`/g;
const HANDLE = new RegExp(String.raw`(?<!${W}|@)@[A-Za-z0-9_]{2,}`, "gu");
const NUM = new RegExp(String.raw`(?<!${W}|\.)${D}+(?:[.,:/-]${D}+)*(?:\.x)?`, "gu");
const IDENT = new RegExp(String.raw`(?<!${W})[A-Z]{2,}-${D}{2,}(?:-${D}+)*(?!${W})`, "gu");
/** Characters without which a text holds no fact: a digit, "@", a backtick, a link, an entity. */
const MAY_HOLD = /[\p{Nd}@`&]|:\/\/|\]\(|www\./u;
/** A cheap test: false means the text holds no fact at all. */
function mayHoldFacts(text) {
	return MAY_HOLD.test(text);
}
/**
* Numbers (versions, dates, amounts, counts; thousands separators dropped), identifiers
* (CVE-2022-32214), URLs and link targets, e-mail addresses, code spans and @handles, read after
* decoding entities, each tagged with its kind and lower-cased: case, quotes and spacing are not facts.
*/
function factsOf(text) {
	const out = /* @__PURE__ */ new Set();
	if (!mayHoldFacts(text)) return out;
	const t = decodeEntities(text);
	for (const m of t.matchAll(URL$1)) out.add(("url:" + trimEnd(m[1] ?? m[0], ".,;:")).toLowerCase());
	for (const m of t.matchAll(EMAIL$1)) out.add(("mail:" + m[0]).toLowerCase());
	for (const m of t.matchAll(HANDLE)) out.add(("at:" + m[0]).toLowerCase());
	for (const m of t.matchAll(IDENT)) out.add(("id:" + m[0]).toLowerCase());
	for (const m of t.matchAll(CODE)) out.add(("code:" + (m[1] ?? "").trim()).toLowerCase());
	const rest = t.replace(URL$1, " ");
	for (const m of rest.matchAll(NUM)) out.add(("num:" + trimEnd(m[0], ".,:/-").replaceAll(",", "")).toLowerCase());
	return out;
}
/** The facts of `cut` that `kept` does not hold, in order; empty when cutting `cut` loses nothing. */
function lostFacts(cut, kept) {
	if (cut === kept) return [];
	const mine = factsOf(cut);
	if (mine.size === 0) return [];
	const theirs = typeof kept === "string" ? factsOf(kept) : kept;
	return [...mine].filter((f) => !theirs.has(f)).sort();
}
function trimEnd(s, chars) {
	let e = s.length;
	while (e > 0 && chars.includes(s.charAt(e - 1))) e--;
	return s.slice(0, e);
}
// src/core/near-duplicate.ts
/** The kept units a near match draws on, the one with the most hits first (ties: the first kept). */
function rankedSources(m) {
	return [...m.hits].sort((x, y) => y[1] - x[1] || x[0] - y[0]).map(([id]) => id);
}
let covered = /* @__PURE__ */ new Uint8Array(1024);
/**
* Looks up the unit's sampled shingles, the keys record `self` holds left out. Winnowing
* guarantees a sampled hash in every window of `window` shingles of a shared run, so the gap
* between two hits from the same kept unit that are at most `window` apart is shared text too and
* counts as covered.
*/
function findNearDuplicate(a, u, index, o, self = -1) {
	const n = o.ngram;
	let hits = 0;
	let prevPos = -1;
	let prevId = -1;
	let bestId = -1;
	let bestCount = 0;
	let counts = null;
	for (let s = u.selStart; s < u.selEnd; s++) {
		const id = index.shingles.get(a.selHash[s] ?? 0);
		if (id < 0 || id === self) continue;
		const p = a.selPos[s] ?? 0;
		if (counts === null) {
			counts = /* @__PURE__ */ new Map();
			if (covered.length < u.tokens) covered = new Uint8Array(u.tokens * 2);
			covered.fill(0, 0, u.tokens);
		}
		hits++;
		const from = prevId === id && p - prevPos <= o.window ? prevPos : p;
		covered.fill(1, from, Math.min(u.tokens, p + n));
		prevPos = p;
		prevId = id;
		const c = (counts.get(id) ?? 0) + 1;
		counts.set(id, c);
		if (c > bestCount || c === bestCount && id < bestId) {
			bestCount = c;
			bestId = id;
		}
	}
	if (hits === 0) return null;
	let total = 0;
	for (let t = 0; t < u.tokens; t++) total += covered[t] ?? 0;
	return {
		source: bestId,
		similarity: total / u.tokens,
		hits: counts ?? /* @__PURE__ */ new Map()
	};
}
// src/core/tokens.ts
/**
* Code points of scripts written without spaces between words (Han, kana, Thai, Lao, Khmer,
* Myanmar): each character is a token, so such text is never one giant token.
*/
function isUnspacedScript(c) {
	return c >= 12352 && c <= 12543 || c >= 12784 && c <= 12799 || c >= 13312 && c <= 19903 || c >= 19968 && c <= 40959 || c >= 63744 && c <= 64255 || c >= 3584 && c <= 3839 || c >= 4096 && c <= 4255 || c >= 6016 && c <= 6143 || c >= 55360 && c <= 55423;
}
const FNV_OFFSET$1 = 2166136261;
const FNV_PRIME$1 = 16777619;
/** Hashes of the space-separated tokens of `norm` (see normalizeForHash), written into `out`. */
function tokenHashes(norm, out) {
	let n = 0;
	let h = FNV_OFFSET$1;
	let inToken = false;
	const len = norm.length;
	for (let i = 0; i < len; i++) {
		const c = norm.charCodeAt(i);
		if (c === 32) {
			if (inToken) out[n++] = fmix32(h);
			inToken = false;
			h = FNV_OFFSET$1;
			continue;
		}
		if (c >= 3584 && isUnspacedScript(c)) {
			if (inToken) out[n++] = fmix32(h);
			let g = Math.imul(FNV_OFFSET$1 ^ c, FNV_PRIME$1);
			if (c >= 55296 && c <= 56319 && i + 1 < len) g = Math.imul(g ^ norm.charCodeAt(++i), FNV_PRIME$1);
			out[n++] = fmix32(g);
			inToken = false;
			h = FNV_OFFSET$1;
			continue;
		}
		h = Math.imul(h ^ c, FNV_PRIME$1);
		inToken = true;
	}
	if (inToken) out[n++] = fmix32(h);
	return n;
}
/** murmur3's finalizer: spreads the bits so that any slice of the hash is usable. */
function fmix32(h) {
	h ^= h >>> 16;
	h = Math.imul(h, 2246822507);
	h ^= h >>> 13;
	h = Math.imul(h, 3266489909);
	h ^= h >>> 16;
	return h >>> 0;
}
// src/core/shingles.ts
const BASE = 2654435761;
/** Rolling hash of every n consecutive tokens; returns how many were written to `out`. */
function shingleHashes(tokens, count, n, out) {
	if (count < n) return 0;
	let pow = 1;
	for (let k = 1; k < n; k++) pow = Math.imul(pow, BASE);
	let h = 0;
	for (let k = 0; k < n; k++) h = Math.imul(h, BASE) + (tokens[k] ?? 0) | 0;
	out[0] = fmix32(h);
	const m = count - n + 1;
	for (let j = 1; j < m; j++) {
		h = Math.imul(h - Math.imul(tokens[j - 1] ?? 0, pow) | 0, BASE) + (tokens[j + n - 1] ?? 0) | 0;
		out[j] = fmix32(h);
	}
	return m;
}
/**
* Winnowing: the minimum of every window of `w` consecutive hashes (the rightmost on ties), each
* position once. Any run of w + n - 1 shared tokens yields at least one selected hash on both sides.
* Writes the selected positions to `outPos` and returns their number.
*/
function winnow(hashes, m, w, outPos) {
	if (m === 0) return 0;
	if (w <= 1 || m <= w) {
		if (w <= 1) {
			for (let j = 0; j < m; j++) outPos[j] = j;
			return m;
		}
		outPos[0] = argminRight(hashes, 0, m);
		return 1;
	}
	let k = 0;
	let last = -1;
	for (let start = 0; start + w <= m; start++) {
		let p;
		if (last >= start) {
			const newest = start + w - 1;
			p = (hashes[newest] ?? 0) <= (hashes[last] ?? 0) ? newest : last;
		} else p = argminRight(hashes, start, start + w);
		if (p !== last) {
			outPos[k++] = p;
			last = p;
		}
	}
	return k;
}
function argminRight(h, a, b) {
	let p = a;
	for (let j = a + 1; j < b; j++) if ((h[j] ?? 0) <= (h[p] ?? 0)) p = j;
	return p;
}
// src/core/markers.ts
const MARKER = /^\s*<!--\s*winnow-(disable-next|disable|enable)\s*-->\s*$/;
/** Units under a marker become "code": never cut, never indexed. Markers inside code blocks are text. */
function applyMarkers(text, lines, spans) {
	if (!text.includes("winnow-")) return spans;
	const n = lines.start.length;
	const inBlock = new Uint8Array(n);
	for (const s of spans) if (s.kind === "code" && s.last > s.first) inBlock.fill(1, s.first, s.last + 1);
	const off = new Uint8Array(n);
	const nextAfter = [];
	let disabled = false;
	for (let i = 0; i < n; i++) {
		const m = inBlock[i] ? null : MARKER.exec(text.slice(lines.start[i], lines.end[i]));
		if (m) {
			off[i] = 1;
			if (m[1] === "disable") disabled = true;
			else if (m[1] === "enable") disabled = false;
			else nextAfter.push(i);
		} else if (disabled) off[i] = 1;
	}
	const out = spans.map((s) => off.subarray(s.first, s.last + 1).includes(1) ? {
		...s,
		kind: "code"
	} : s);
	for (const line of nextAfter) {
		const k = out.findIndex((s) => s.last > line);
		const target = out[k];
		if (target) out[k] = {
			...target,
			kind: "code"
		};
	}
	return out;
}
// node_modules/xxhash-wasm/esm/xxhash-wasm.js
const t = new Uint8Array([
	0,
	97,
	115,
	109,
	1,
	0,
	0,
	0,
	1,
	48,
	8,
	96,
	3,
	127,
	127,
	127,
	1,
	127,
	96,
	3,
	127,
	127,
	127,
	0,
	96,
	2,
	127,
	127,
	0,
	96,
	1,
	127,
	1,
	127,
	96,
	3,
	127,
	127,
	126,
	1,
	126,
	96,
	3,
	126,
	127,
	127,
	1,
	126,
	96,
	2,
	127,
	126,
	0,
	96,
	1,
	127,
	1,
	126,
	3,
	11,
	10,
	0,
	0,
	2,
	1,
	3,
	4,
	5,
	6,
	1,
	7,
	5,
	3,
	1,
	0,
	1,
	7,
	85,
	9,
	3,
	109,
	101,
	109,
	2,
	0,
	5,
	120,
	120,
	104,
	51,
	50,
	0,
	0,
	6,
	105,
	110,
	105,
	116,
	51,
	50,
	0,
	2,
	8,
	117,
	112,
	100,
	97,
	116,
	101,
	51,
	50,
	0,
	3,
	8,
	100,
	105,
	103,
	101,
	115,
	116,
	51,
	50,
	0,
	4,
	5,
	120,
	120,
	104,
	54,
	52,
	0,
	5,
	6,
	105,
	110,
	105,
	116,
	54,
	52,
	0,
	7,
	8,
	117,
	112,
	100,
	97,
	116,
	101,
	54,
	52,
	0,
	8,
	8,
	100,
	105,
	103,
	101,
	115,
	116,
	54,
	52,
	0,
	9,
	10,
	251,
	22,
	10,
	242,
	1,
	1,
	4,
	127,
	32,
	0,
	32,
	1,
	106,
	33,
	3,
	32,
	1,
	65,
	16,
	79,
	4,
	127,
	32,
	3,
	65,
	16,
	107,
	33,
	6,
	32,
	2,
	65,
	168,
	136,
	141,
	161,
	2,
	106,
	33,
	3,
	32,
	2,
	65,
	137,
	235,
	208,
	208,
	7,
	107,
	33,
	4,
	32,
	2,
	65,
	207,
	140,
	162,
	142,
	6,
	106,
	33,
	5,
	3,
	64,
	32,
	3,
	32,
	0,
	40,
	2,
	0,
	65,
	247,
	148,
	175,
	175,
	120,
	108,
	106,
	65,
	13,
	119,
	65,
	177,
	243,
	221,
	241,
	121,
	108,
	33,
	3,
	32,
	4,
	32,
	0,
	65,
	4,
	106,
	34,
	0,
	40,
	2,
	0,
	65,
	247,
	148,
	175,
	175,
	120,
	108,
	106,
	65,
	13,
	119,
	65,
	177,
	243,
	221,
	241,
	121,
	108,
	33,
	4,
	32,
	2,
	32,
	0,
	65,
	4,
	106,
	34,
	0,
	40,
	2,
	0,
	65,
	247,
	148,
	175,
	175,
	120,
	108,
	106,
	65,
	13,
	119,
	65,
	177,
	243,
	221,
	241,
	121,
	108,
	33,
	2,
	32,
	5,
	32,
	0,
	65,
	4,
	106,
	34,
	0,
	40,
	2,
	0,
	65,
	247,
	148,
	175,
	175,
	120,
	108,
	106,
	65,
	13,
	119,
	65,
	177,
	243,
	221,
	241,
	121,
	108,
	33,
	5,
	32,
	6,
	32,
	0,
	65,
	4,
	106,
	34,
	0,
	79,
	13,
	0,
	11,
	32,
	2,
	65,
	12,
	119,
	32,
	5,
	65,
	18,
	119,
	106,
	32,
	4,
	65,
	7,
	119,
	106,
	32,
	3,
	65,
	1,
	119,
	106,
	5,
	32,
	2,
	65,
	177,
	207,
	217,
	178,
	1,
	106,
	11,
	32,
	1,
	106,
	32,
	0,
	32,
	1,
	65,
	15,
	113,
	16,
	1,
	11,
	146,
	1,
	0,
	32,
	1,
	32,
	2,
	106,
	33,
	2,
	3,
	64,
	32,
	1,
	65,
	4,
	106,
	32,
	2,
	75,
	69,
	4,
	64,
	32,
	0,
	32,
	1,
	40,
	2,
	0,
	65,
	189,
	220,
	202,
	149,
	124,
	108,
	106,
	65,
	17,
	119,
	65,
	175,
	214,
	211,
	190,
	2,
	108,
	33,
	0,
	32,
	1,
	65,
	4,
	106,
	33,
	1,
	12,
	1,
	11,
	11,
	3,
	64,
	32,
	1,
	32,
	2,
	79,
	69,
	4,
	64,
	32,
	0,
	32,
	1,
	45,
	0,
	0,
	65,
	177,
	207,
	217,
	178,
	1,
	108,
	106,
	65,
	11,
	119,
	65,
	177,
	243,
	221,
	241,
	121,
	108,
	33,
	0,
	32,
	1,
	65,
	1,
	106,
	33,
	1,
	12,
	1,
	11,
	11,
	32,
	0,
	32,
	0,
	65,
	15,
	118,
	115,
	65,
	247,
	148,
	175,
	175,
	120,
	108,
	34,
	0,
	65,
	13,
	118,
	32,
	0,
	115,
	65,
	189,
	220,
	202,
	149,
	124,
	108,
	34,
	0,
	65,
	16,
	118,
	32,
	0,
	115,
	11,
	63,
	0,
	32,
	0,
	65,
	8,
	106,
	32,
	1,
	65,
	168,
	136,
	141,
	161,
	2,
	106,
	54,
	2,
	0,
	32,
	0,
	65,
	12,
	106,
	32,
	1,
	65,
	137,
	235,
	208,
	208,
	7,
	107,
	54,
	2,
	0,
	32,
	0,
	65,
	16,
	106,
	32,
	1,
	54,
	2,
	0,
	32,
	0,
	65,
	20,
	106,
	32,
	1,
	65,
	207,
	140,
	162,
	142,
	6,
	106,
	54,
	2,
	0,
	11,
	195,
	4,
	1,
	6,
	127,
	32,
	1,
	32,
	2,
	106,
	33,
	6,
	32,
	0,
	65,
	24,
	106,
	33,
	4,
	32,
	0,
	65,
	40,
	106,
	40,
	2,
	0,
	33,
	3,
	32,
	0,
	32,
	0,
	40,
	2,
	0,
	32,
	2,
	106,
	54,
	2,
	0,
	32,
	0,
	65,
	4,
	106,
	34,
	5,
	32,
	5,
	40,
	2,
	0,
	32,
	2,
	65,
	16,
	79,
	32,
	0,
	40,
	2,
	0,
	65,
	16,
	79,
	114,
	114,
	54,
	2,
	0,
	32,
	2,
	32,
	3,
	106,
	65,
	16,
	73,
	4,
	64,
	32,
	3,
	32,
	4,
	106,
	32,
	1,
	32,
	2,
	252,
	10,
	0,
	0,
	32,
	0,
	65,
	40,
	106,
	32,
	2,
	32,
	3,
	106,
	54,
	2,
	0,
	15,
	11,
	32,
	3,
	4,
	64,
	32,
	3,
	32,
	4,
	106,
	32,
	1,
	65,
	16,
	32,
	3,
	107,
	34,
	2,
	252,
	10,
	0,
	0,
	32,
	0,
	65,
	8,
	106,
	34,
	3,
	32,
	3,
	40,
	2,
	0,
	32,
	4,
	40,
	2,
	0,
	65,
	247,
	148,
	175,
	175,
	120,
	108,
	106,
	65,
	13,
	119,
	65,
	177,
	243,
	221,
	241,
	121,
	108,
	54,
	2,
	0,
	32,
	0,
	65,
	12,
	106,
	34,
	3,
	32,
	3,
	40,
	2,
	0,
	32,
	4,
	65,
	4,
	106,
	40,
	2,
	0,
	65,
	247,
	148,
	175,
	175,
	120,
	108,
	106,
	65,
	13,
	119,
	65,
	177,
	243,
	221,
	241,
	121,
	108,
	54,
	2,
	0,
	32,
	0,
	65,
	16,
	106,
	34,
	3,
	32,
	3,
	40,
	2,
	0,
	32,
	4,
	65,
	8,
	106,
	40,
	2,
	0,
	65,
	247,
	148,
	175,
	175,
	120,
	108,
	106,
	65,
	13,
	119,
	65,
	177,
	243,
	221,
	241,
	121,
	108,
	54,
	2,
	0,
	32,
	0,
	65,
	20,
	106,
	34,
	3,
	32,
	3,
	40,
	2,
	0,
	32,
	4,
	65,
	12,
	106,
	40,
	2,
	0,
	65,
	247,
	148,
	175,
	175,
	120,
	108,
	106,
	65,
	13,
	119,
	65,
	177,
	243,
	221,
	241,
	121,
	108,
	54,
	2,
	0,
	32,
	0,
	65,
	40,
	106,
	65,
	0,
	54,
	2,
	0,
	32,
	1,
	32,
	2,
	106,
	33,
	1,
	11,
	32,
	1,
	32,
	6,
	65,
	16,
	107,
	77,
	4,
	64,
	32,
	6,
	65,
	16,
	107,
	33,
	8,
	32,
	0,
	65,
	8,
	106,
	40,
	2,
	0,
	33,
	2,
	32,
	0,
	65,
	12,
	106,
	40,
	2,
	0,
	33,
	3,
	32,
	0,
	65,
	16,
	106,
	40,
	2,
	0,
	33,
	5,
	32,
	0,
	65,
	20,
	106,
	40,
	2,
	0,
	33,
	7,
	3,
	64,
	32,
	2,
	32,
	1,
	40,
	2,
	0,
	65,
	247,
	148,
	175,
	175,
	120,
	108,
	106,
	65,
	13,
	119,
	65,
	177,
	243,
	221,
	241,
	121,
	108,
	33,
	2,
	32,
	3,
	32,
	1,
	65,
	4,
	106,
	34,
	1,
	40,
	2,
	0,
	65,
	247,
	148,
	175,
	175,
	120,
	108,
	106,
	65,
	13,
	119,
	65,
	177,
	243,
	221,
	241,
	121,
	108,
	33,
	3,
	32,
	5,
	32,
	1,
	65,
	4,
	106,
	34,
	1,
	40,
	2,
	0,
	65,
	247,
	148,
	175,
	175,
	120,
	108,
	106,
	65,
	13,
	119,
	65,
	177,
	243,
	221,
	241,
	121,
	108,
	33,
	5,
	32,
	7,
	32,
	1,
	65,
	4,
	106,
	34,
	1,
	40,
	2,
	0,
	65,
	247,
	148,
	175,
	175,
	120,
	108,
	106,
	65,
	13,
	119,
	65,
	177,
	243,
	221,
	241,
	121,
	108,
	33,
	7,
	32,
	8,
	32,
	1,
	65,
	4,
	106,
	34,
	1,
	79,
	13,
	0,
	11,
	32,
	0,
	65,
	8,
	106,
	32,
	2,
	54,
	2,
	0,
	32,
	0,
	65,
	12,
	106,
	32,
	3,
	54,
	2,
	0,
	32,
	0,
	65,
	16,
	106,
	32,
	5,
	54,
	2,
	0,
	32,
	0,
	65,
	20,
	106,
	32,
	7,
	54,
	2,
	0,
	11,
	32,
	1,
	32,
	6,
	73,
	4,
	64,
	32,
	4,
	32,
	1,
	32,
	6,
	32,
	1,
	107,
	34,
	1,
	252,
	10,
	0,
	0,
	32,
	0,
	65,
	40,
	106,
	32,
	1,
	54,
	2,
	0,
	11,
	11,
	97,
	1,
	1,
	127,
	32,
	0,
	65,
	16,
	106,
	40,
	2,
	0,
	33,
	1,
	32,
	0,
	65,
	4,
	106,
	40,
	2,
	0,
	4,
	127,
	32,
	1,
	65,
	12,
	119,
	32,
	0,
	65,
	20,
	106,
	40,
	2,
	0,
	65,
	18,
	119,
	106,
	32,
	0,
	65,
	12,
	106,
	40,
	2,
	0,
	65,
	7,
	119,
	106,
	32,
	0,
	65,
	8,
	106,
	40,
	2,
	0,
	65,
	1,
	119,
	106,
	5,
	32,
	1,
	65,
	177,
	207,
	217,
	178,
	1,
	106,
	11,
	32,
	0,
	40,
	2,
	0,
	106,
	32,
	0,
	65,
	24,
	106,
	32,
	0,
	65,
	40,
	106,
	40,
	2,
	0,
	16,
	1,
	11,
	255,
	3,
	2,
	3,
	126,
	1,
	127,
	32,
	0,
	32,
	1,
	106,
	33,
	6,
	32,
	1,
	65,
	32,
	79,
	4,
	126,
	32,
	6,
	65,
	32,
	107,
	33,
	6,
	32,
	2,
	66,
	214,
	235,
	130,
	238,
	234,
	253,
	137,
	245,
	224,
	0,
	124,
	33,
	3,
	32,
	2,
	66,
	177,
	169,
	172,
	193,
	173,
	184,
	212,
	166,
	61,
	125,
	33,
	4,
	32,
	2,
	66,
	249,
	234,
	208,
	208,
	231,
	201,
	161,
	228,
	225,
	0,
	124,
	33,
	5,
	3,
	64,
	32,
	3,
	32,
	0,
	41,
	3,
	0,
	66,
	207,
	214,
	211,
	190,
	210,
	199,
	171,
	217,
	66,
	126,
	124,
	66,
	31,
	137,
	66,
	135,
	149,
	175,
	175,
	152,
	182,
	222,
	155,
	158,
	127,
	126,
	33,
	3,
	32,
	4,
	32,
	0,
	65,
	8,
	106,
	34,
	0,
	41,
	3,
	0,
	66,
	207,
	214,
	211,
	190,
	210,
	199,
	171,
	217,
	66,
	126,
	124,
	66,
	31,
	137,
	66,
	135,
	149,
	175,
	175,
	152,
	182,
	222,
	155,
	158,
	127,
	126,
	33,
	4,
	32,
	2,
	32,
	0,
	65,
	8,
	106,
	34,
	0,
	41,
	3,
	0,
	66,
	207,
	214,
	211,
	190,
	210,
	199,
	171,
	217,
	66,
	126,
	124,
	66,
	31,
	137,
	66,
	135,
	149,
	175,
	175,
	152,
	182,
	222,
	155,
	158,
	127,
	126,
	33,
	2,
	32,
	5,
	32,
	0,
	65,
	8,
	106,
	34,
	0,
	41,
	3,
	0,
	66,
	207,
	214,
	211,
	190,
	210,
	199,
	171,
	217,
	66,
	126,
	124,
	66,
	31,
	137,
	66,
	135,
	149,
	175,
	175,
	152,
	182,
	222,
	155,
	158,
	127,
	126,
	33,
	5,
	32,
	6,
	32,
	0,
	65,
	8,
	106,
	34,
	0,
	79,
	13,
	0,
	11,
	32,
	2,
	66,
	12,
	137,
	32,
	5,
	66,
	18,
	137,
	124,
	32,
	4,
	66,
	7,
	137,
	124,
	32,
	3,
	66,
	1,
	137,
	124,
	32,
	3,
	66,
	207,
	214,
	211,
	190,
	210,
	199,
	171,
	217,
	66,
	126,
	66,
	31,
	137,
	66,
	135,
	149,
	175,
	175,
	152,
	182,
	222,
	155,
	158,
	127,
	126,
	133,
	66,
	135,
	149,
	175,
	175,
	152,
	182,
	222,
	155,
	158,
	127,
	126,
	66,
	157,
	163,
	181,
	234,
	131,
	177,
	141,
	138,
	250,
	0,
	125,
	32,
	4,
	66,
	207,
	214,
	211,
	190,
	210,
	199,
	171,
	217,
	66,
	126,
	66,
	31,
	137,
	66,
	135,
	149,
	175,
	175,
	152,
	182,
	222,
	155,
	158,
	127,
	126,
	133,
	66,
	135,
	149,
	175,
	175,
	152,
	182,
	222,
	155,
	158,
	127,
	126,
	66,
	157,
	163,
	181,
	234,
	131,
	177,
	141,
	138,
	250,
	0,
	125,
	32,
	2,
	66,
	207,
	214,
	211,
	190,
	210,
	199,
	171,
	217,
	66,
	126,
	66,
	31,
	137,
	66,
	135,
	149,
	175,
	175,
	152,
	182,
	222,
	155,
	158,
	127,
	126,
	133,
	66,
	135,
	149,
	175,
	175,
	152,
	182,
	222,
	155,
	158,
	127,
	126,
	66,
	157,
	163,
	181,
	234,
	131,
	177,
	141,
	138,
	250,
	0,
	125,
	32,
	5,
	66,
	207,
	214,
	211,
	190,
	210,
	199,
	171,
	217,
	66,
	126,
	66,
	31,
	137,
	66,
	135,
	149,
	175,
	175,
	152,
	182,
	222,
	155,
	158,
	127,
	126,
	133,
	66,
	135,
	149,
	175,
	175,
	152,
	182,
	222,
	155,
	158,
	127,
	126,
	66,
	157,
	163,
	181,
	234,
	131,
	177,
	141,
	138,
	250,
	0,
	125,
	5,
	32,
	2,
	66,
	197,
	207,
	217,
	178,
	241,
	229,
	186,
	234,
	39,
	124,
	11,
	32,
	1,
	173,
	124,
	32,
	0,
	32,
	1,
	65,
	31,
	113,
	16,
	6,
	11,
	134,
	2,
	0,
	32,
	1,
	32,
	2,
	106,
	33,
	2,
	3,
	64,
	32,
	2,
	32,
	1,
	65,
	8,
	106,
	79,
	4,
	64,
	32,
	1,
	41,
	3,
	0,
	66,
	207,
	214,
	211,
	190,
	210,
	199,
	171,
	217,
	66,
	126,
	66,
	31,
	137,
	66,
	135,
	149,
	175,
	175,
	152,
	182,
	222,
	155,
	158,
	127,
	126,
	32,
	0,
	133,
	66,
	27,
	137,
	66,
	135,
	149,
	175,
	175,
	152,
	182,
	222,
	155,
	158,
	127,
	126,
	66,
	157,
	163,
	181,
	234,
	131,
	177,
	141,
	138,
	250,
	0,
	125,
	33,
	0,
	32,
	1,
	65,
	8,
	106,
	33,
	1,
	12,
	1,
	11,
	11,
	32,
	1,
	65,
	4,
	106,
	32,
	2,
	77,
	4,
	64,
	32,
	0,
	32,
	1,
	53,
	2,
	0,
	66,
	135,
	149,
	175,
	175,
	152,
	182,
	222,
	155,
	158,
	127,
	126,
	133,
	66,
	23,
	137,
	66,
	207,
	214,
	211,
	190,
	210,
	199,
	171,
	217,
	66,
	126,
	66,
	249,
	243,
	221,
	241,
	153,
	246,
	153,
	171,
	22,
	124,
	33,
	0,
	32,
	1,
	65,
	4,
	106,
	33,
	1,
	11,
	3,
	64,
	32,
	1,
	32,
	2,
	73,
	4,
	64,
	32,
	0,
	32,
	1,
	49,
	0,
	0,
	66,
	197,
	207,
	217,
	178,
	241,
	229,
	186,
	234,
	39,
	126,
	133,
	66,
	11,
	137,
	66,
	135,
	149,
	175,
	175,
	152,
	182,
	222,
	155,
	158,
	127,
	126,
	33,
	0,
	32,
	1,
	65,
	1,
	106,
	33,
	1,
	12,
	1,
	11,
	11,
	32,
	0,
	32,
	0,
	66,
	33,
	136,
	133,
	66,
	207,
	214,
	211,
	190,
	210,
	199,
	171,
	217,
	66,
	126,
	34,
	0,
	32,
	0,
	66,
	29,
	136,
	133,
	66,
	249,
	243,
	221,
	241,
	153,
	246,
	153,
	171,
	22,
	126,
	34,
	0,
	32,
	0,
	66,
	32,
	136,
	133,
	11,
	77,
	0,
	32,
	0,
	65,
	8,
	106,
	32,
	1,
	66,
	214,
	235,
	130,
	238,
	234,
	253,
	137,
	245,
	224,
	0,
	124,
	55,
	3,
	0,
	32,
	0,
	65,
	16,
	106,
	32,
	1,
	66,
	177,
	169,
	172,
	193,
	173,
	184,
	212,
	166,
	61,
	125,
	55,
	3,
	0,
	32,
	0,
	65,
	24,
	106,
	32,
	1,
	55,
	3,
	0,
	32,
	0,
	65,
	32,
	106,
	32,
	1,
	66,
	249,
	234,
	208,
	208,
	231,
	201,
	161,
	228,
	225,
	0,
	124,
	55,
	3,
	0,
	11,
	244,
	4,
	2,
	3,
	127,
	4,
	126,
	32,
	1,
	32,
	2,
	106,
	33,
	5,
	32,
	0,
	65,
	40,
	106,
	33,
	4,
	32,
	0,
	65,
	200,
	0,
	106,
	40,
	2,
	0,
	33,
	3,
	32,
	0,
	32,
	0,
	41,
	3,
	0,
	32,
	2,
	173,
	124,
	55,
	3,
	0,
	32,
	2,
	32,
	3,
	106,
	65,
	32,
	73,
	4,
	64,
	32,
	3,
	32,
	4,
	106,
	32,
	1,
	32,
	2,
	252,
	10,
	0,
	0,
	32,
	0,
	65,
	200,
	0,
	106,
	32,
	2,
	32,
	3,
	106,
	54,
	2,
	0,
	15,
	11,
	32,
	3,
	4,
	64,
	32,
	3,
	32,
	4,
	106,
	32,
	1,
	65,
	32,
	32,
	3,
	107,
	34,
	2,
	252,
	10,
	0,
	0,
	32,
	0,
	65,
	8,
	106,
	34,
	3,
	32,
	3,
	41,
	3,
	0,
	32,
	4,
	41,
	3,
	0,
	66,
	207,
	214,
	211,
	190,
	210,
	199,
	171,
	217,
	66,
	126,
	124,
	66,
	31,
	137,
	66,
	135,
	149,
	175,
	175,
	152,
	182,
	222,
	155,
	158,
	127,
	126,
	55,
	3,
	0,
	32,
	0,
	65,
	16,
	106,
	34,
	3,
	32,
	3,
	41,
	3,
	0,
	32,
	4,
	65,
	8,
	106,
	41,
	3,
	0,
	66,
	207,
	214,
	211,
	190,
	210,
	199,
	171,
	217,
	66,
	126,
	124,
	66,
	31,
	137,
	66,
	135,
	149,
	175,
	175,
	152,
	182,
	222,
	155,
	158,
	127,
	126,
	55,
	3,
	0,
	32,
	0,
	65,
	24,
	106,
	34,
	3,
	32,
	3,
	41,
	3,
	0,
	32,
	4,
	65,
	16,
	106,
	41,
	3,
	0,
	66,
	207,
	214,
	211,
	190,
	210,
	199,
	171,
	217,
	66,
	126,
	124,
	66,
	31,
	137,
	66,
	135,
	149,
	175,
	175,
	152,
	182,
	222,
	155,
	158,
	127,
	126,
	55,
	3,
	0,
	32,
	0,
	65,
	32,
	106,
	34,
	3,
	32,
	3,
	41,
	3,
	0,
	32,
	4,
	65,
	24,
	106,
	41,
	3,
	0,
	66,
	207,
	214,
	211,
	190,
	210,
	199,
	171,
	217,
	66,
	126,
	124,
	66,
	31,
	137,
	66,
	135,
	149,
	175,
	175,
	152,
	182,
	222,
	155,
	158,
	127,
	126,
	55,
	3,
	0,
	32,
	0,
	65,
	200,
	0,
	106,
	65,
	0,
	54,
	2,
	0,
	32,
	1,
	32,
	2,
	106,
	33,
	1,
	11,
	32,
	1,
	65,
	32,
	106,
	32,
	5,
	77,
	4,
	64,
	32,
	5,
	65,
	32,
	107,
	33,
	2,
	32,
	0,
	65,
	8,
	106,
	41,
	3,
	0,
	33,
	6,
	32,
	0,
	65,
	16,
	106,
	41,
	3,
	0,
	33,
	7,
	32,
	0,
	65,
	24,
	106,
	41,
	3,
	0,
	33,
	8,
	32,
	0,
	65,
	32,
	106,
	41,
	3,
	0,
	33,
	9,
	3,
	64,
	32,
	6,
	32,
	1,
	41,
	3,
	0,
	66,
	207,
	214,
	211,
	190,
	210,
	199,
	171,
	217,
	66,
	126,
	124,
	66,
	31,
	137,
	66,
	135,
	149,
	175,
	175,
	152,
	182,
	222,
	155,
	158,
	127,
	126,
	33,
	6,
	32,
	7,
	32,
	1,
	65,
	8,
	106,
	34,
	1,
	41,
	3,
	0,
	66,
	207,
	214,
	211,
	190,
	210,
	199,
	171,
	217,
	66,
	126,
	124,
	66,
	31,
	137,
	66,
	135,
	149,
	175,
	175,
	152,
	182,
	222,
	155,
	158,
	127,
	126,
	33,
	7,
	32,
	8,
	32,
	1,
	65,
	8,
	106,
	34,
	1,
	41,
	3,
	0,
	66,
	207,
	214,
	211,
	190,
	210,
	199,
	171,
	217,
	66,
	126,
	124,
	66,
	31,
	137,
	66,
	135,
	149,
	175,
	175,
	152,
	182,
	222,
	155,
	158,
	127,
	126,
	33,
	8,
	32,
	9,
	32,
	1,
	65,
	8,
	106,
	34,
	1,
	41,
	3,
	0,
	66,
	207,
	214,
	211,
	190,
	210,
	199,
	171,
	217,
	66,
	126,
	124,
	66,
	31,
	137,
	66,
	135,
	149,
	175,
	175,
	152,
	182,
	222,
	155,
	158,
	127,
	126,
	33,
	9,
	32,
	2,
	32,
	1,
	65,
	8,
	106,
	34,
	1,
	79,
	13,
	0,
	11,
	32,
	0,
	65,
	8,
	106,
	32,
	6,
	55,
	3,
	0,
	32,
	0,
	65,
	16,
	106,
	32,
	7,
	55,
	3,
	0,
	32,
	0,
	65,
	24,
	106,
	32,
	8,
	55,
	3,
	0,
	32,
	0,
	65,
	32,
	106,
	32,
	9,
	55,
	3,
	0,
	11,
	32,
	1,
	32,
	5,
	73,
	4,
	64,
	32,
	4,
	32,
	1,
	32,
	5,
	32,
	1,
	107,
	34,
	1,
	252,
	10,
	0,
	0,
	32,
	0,
	65,
	200,
	0,
	106,
	32,
	1,
	54,
	2,
	0,
	11,
	11,
	188,
	2,
	1,
	5,
	126,
	32,
	0,
	65,
	24,
	106,
	41,
	3,
	0,
	33,
	1,
	32,
	0,
	41,
	3,
	0,
	34,
	2,
	66,
	32,
	90,
	4,
	126,
	32,
	0,
	65,
	8,
	106,
	41,
	3,
	0,
	34,
	3,
	66,
	1,
	137,
	32,
	0,
	65,
	16,
	106,
	41,
	3,
	0,
	34,
	4,
	66,
	7,
	137,
	124,
	32,
	1,
	66,
	12,
	137,
	32,
	0,
	65,
	32,
	106,
	41,
	3,
	0,
	34,
	5,
	66,
	18,
	137,
	124,
	124,
	32,
	3,
	66,
	207,
	214,
	211,
	190,
	210,
	199,
	171,
	217,
	66,
	126,
	66,
	31,
	137,
	66,
	135,
	149,
	175,
	175,
	152,
	182,
	222,
	155,
	158,
	127,
	126,
	133,
	66,
	135,
	149,
	175,
	175,
	152,
	182,
	222,
	155,
	158,
	127,
	126,
	66,
	157,
	163,
	181,
	234,
	131,
	177,
	141,
	138,
	250,
	0,
	125,
	32,
	4,
	66,
	207,
	214,
	211,
	190,
	210,
	199,
	171,
	217,
	66,
	126,
	66,
	31,
	137,
	66,
	135,
	149,
	175,
	175,
	152,
	182,
	222,
	155,
	158,
	127,
	126,
	133,
	66,
	135,
	149,
	175,
	175,
	152,
	182,
	222,
	155,
	158,
	127,
	126,
	66,
	157,
	163,
	181,
	234,
	131,
	177,
	141,
	138,
	250,
	0,
	125,
	32,
	1,
	66,
	207,
	214,
	211,
	190,
	210,
	199,
	171,
	217,
	66,
	126,
	66,
	31,
	137,
	66,
	135,
	149,
	175,
	175,
	152,
	182,
	222,
	155,
	158,
	127,
	126,
	133,
	66,
	135,
	149,
	175,
	175,
	152,
	182,
	222,
	155,
	158,
	127,
	126,
	66,
	157,
	163,
	181,
	234,
	131,
	177,
	141,
	138,
	250,
	0,
	125,
	32,
	5,
	66,
	207,
	214,
	211,
	190,
	210,
	199,
	171,
	217,
	66,
	126,
	66,
	31,
	137,
	66,
	135,
	149,
	175,
	175,
	152,
	182,
	222,
	155,
	158,
	127,
	126,
	133,
	66,
	135,
	149,
	175,
	175,
	152,
	182,
	222,
	155,
	158,
	127,
	126,
	66,
	157,
	163,
	181,
	234,
	131,
	177,
	141,
	138,
	250,
	0,
	125,
	5,
	32,
	1,
	66,
	197,
	207,
	217,
	178,
	241,
	229,
	186,
	234,
	39,
	124,
	11,
	32,
	2,
	124,
	32,
	0,
	65,
	40,
	106,
	32,
	2,
	66,
	31,
	131,
	167,
	16,
	6,
	11
]);
async function e() {
	return function(t) {
		const { exports: { mem: e, xxh32: n, xxh64: r, init32: i, update32: a, digest32: o, init64: s, update64: u, digest64: c } } = t;
		let h = new Uint8Array(e.buffer);
		function g(t, n) {
			if (e.buffer.byteLength < t + n) {
				const r = Math.ceil((t + n - e.buffer.byteLength) / 65536);
				e.grow(r), h = new Uint8Array(e.buffer);
			}
		}
		function f(t, e, n, r, i, a) {
			g(t);
			const o = new Uint8Array(t);
			return h.set(o), n(0, e), o.set(h.subarray(0, t)), {
				update(e) {
					let n;
					return h.set(o), "string" == typeof e ? (g(3 * e.length, t), n = w.encodeInto(e, h.subarray(t)).written) : (g(e.byteLength, t), h.set(e, t), n = e.byteLength), r(0, t, n), o.set(h.subarray(0, t)), this;
				},
				digest: () => (h.set(o), a(i(0)))
			};
		}
		function y(t) {
			return t >>> 0;
		}
		const b = 2n ** 64n - 1n;
		function d(t) {
			return t & b;
		}
		const w = new TextEncoder(), l = 0, p = 0n;
		function x(t, e = l) {
			return g(3 * t.length, 0), y(n(0, w.encodeInto(t, h).written, e));
		}
		function L(t, e = p) {
			return g(3 * t.length, 0), d(r(0, w.encodeInto(t, h).written, e));
		}
		return {
			h32: x,
			h32ToString: (t, e = l) => x(t, e).toString(16).padStart(8, "0"),
			h32Raw: (t, e = l) => (g(t.byteLength, 0), h.set(t), y(n(0, t.byteLength, e))),
			create32: (t = l) => f(48, t, i, a, o, y),
			h64: L,
			h64ToString: (t, e = p) => L(t, e).toString(16).padStart(16, "0"),
			h64Raw: (t, e = p) => (g(t.byteLength, 0), h.set(t), d(r(0, t.byteLength, e))),
			create64: (t = p) => f(88, t, s, u, c, d)
		};
	}((await WebAssembly.instantiate(t)).instance);
}
// src/core/fingerprint.ts
const hasher$1 = await e();
const wide = /* @__PURE__ */ new BigUint64Array(1);
const halves = new Uint32Array(wide.buffer);
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
const HI = LITTLE_ENDIAN ? 1 : 0;
const LO = LITTLE_ENDIAN ? 0 : 1;
/** Fingerprint of a normalized string (see normalizeForHash). */
function fingerprint(norm) {
	wide[0] = hasher$1.h64(norm);
	return {
		hi: halves[HI] ?? 0,
		lo: halves[LO] ?? 0
	};
}
/** Fingerprint of a normalized string given as its UTF-8 bytes: the same value as fingerprint(). */
function fingerprintBytes(bytes) {
	wide[0] = hasher$1.h64Raw(bytes);
	return {
		hi: halves[HI] ?? 0,
		lo: halves[LO] ?? 0
	};
}
// src/core/normalize.ts
const NON_WORD = /[^\p{L}\p{M}\p{N}]+/gu;
const ASCII_PLAIN = /^[a-z0-9]+(?: [a-z0-9]+)*$/;
/**
* HTML entities decoded, NFKC, lower case, every run of punctuation, symbols and white space to
* one space, trimmed. Digits and the words of URLs stay as they are.
*/
function normalizeForHash(s) {
	let t = decodeEntities(s).normalize("NFKC").toLowerCase();
	if (!ASCII_PLAIN.test(t)) t = t.replace(NON_WORD, " ");
	return t.trim();
}
// src/core/unit-hash.ts
const FNV_OFFSET = 2166136261;
const FNV_PRIME = 16777619;
const SPACE$2 = 32;
const AMP = 38;
var UnitHasher = class {
	/** Token hashes of the last unit, `count` of them. */
	tokens = /* @__PURE__ */ new Uint32Array(1024);
	count = 0;
	/** UTF-8 bytes of the normalized unit, when the fast pass ran. */
	bytes = /* @__PURE__ */ new Uint8Array(3072);
	byteLength = 0;
	/** The normalized string when the reference ran, else null. */
	norm = null;
	/**
	* With stop words given: the unit's content stems (contentStems of the same text), `stemCount` of
	* them; -1 when the fast pass did not run or a stem is a string.
	*/
	stems = /* @__PURE__ */ new Int32Array(512);
	stemCount = -1;
	/** Hashes text[from, to); returns the number of tokens. With `stop`, also finds the content stems. */
	hash(text, from, to, stop = null) {
		if (this.bytes.length < 3 * (to - from)) {
			this.bytes = new Uint8Array(capacity(3 * (to - from)));
			this.tokens = new Uint32Array(this.bytes.length / 2);
			this.stems = new Int32Array(this.bytes.length / 6);
		}
		this.stemCount = -1;
		const count = this.fast(text, from, to, stop);
		if (count >= 0) {
			this.norm = null;
			this.count = count;
			return count;
		}
		this.stemCount = -1;
		const norm = normalizeForHash(text.slice(from, to));
		this.norm = norm;
		if (this.tokens.length < norm.length + 1) this.tokens = new Uint32Array(capacity(norm.length + 1));
		this.count = tokenHashes(norm, this.tokens);
		return this.count;
	}
	/** Fingerprint of the last unit hashed. */
	fingerprint() {
		return this.norm !== null ? fingerprint(this.norm) : fingerprintBytes(this.bytes.subarray(0, this.byteLength));
	}
	/**
	* Lower case; every run of non-word characters to one space, trimmed. Writes
	* token hashes and UTF-8 bytes; returns the token count, or -1 to hand the unit to the reference.
	*/
	fast(text, from, to, stop) {
		const { bytes, tokens, stems } = this;
		let ns = stop === null ? -1 : 0;
		let wordStart = 0;
		let code = 0;
		let ascii = true;
		const lowerOf = LOWER;
		const wordOf = WORD$1;
		let nb = 0;
		let count = 0;
		let h = FNV_OFFSET;
		let inToken = false;
		let run = 0;
		for (let i = from; i < to; i++) {
			const raw = text.charCodeAt(i);
			if (raw >= 128) {
				if (raw >= 8304) return -1;
				ensureTable();
			}
			const c = lowerOf[raw] ?? -1;
			if (c < 0) return -1;
			if (((wordOf[c] ?? 0) & 1) === 0) {
				if (c === AMP) return -1;
				if (inToken) {
					tokens[count++] = fmix32(h);
					inToken = false;
					h = FNV_OFFSET;
					if (ns >= 0 && stop !== null) ns = pushStem(stems, ns, wordStem(text, wordStart, i, code, ascii, stop));
				}
				run++;
				continue;
			}
			if (run > 0) {
				if (nb > 0) bytes[nb++] = SPACE$2;
				run = 0;
			}
			if (ns >= 0) {
				if (!inToken) {
					wordStart = i;
					code = 0;
					ascii = true;
				}
				if (c >= 128) ascii = false;
				else if (i - wordStart < 5) code = code * 64 + sixBits(c);
			}
			h = Math.imul(h ^ c, FNV_PRIME);
			inToken = true;
			if (c < 128) bytes[nb++] = c;
			else if (c < 2048) {
				bytes[nb++] = 192 | c >> 6;
				bytes[nb++] = 128 | c & 63;
			} else {
				bytes[nb++] = 224 | c >> 12;
				bytes[nb++] = 128 | c >> 6 & 63;
				bytes[nb++] = 128 | c & 63;
			}
		}
		if (inToken) {
			tokens[count++] = fmix32(h);
			if (ns >= 0 && stop !== null) ns = pushStem(stems, ns, wordStem(text, wordStart, to, code, ascii, stop));
		}
		this.byteLength = nb;
		this.stemCount = ns;
		return count;
	}
};
/** Appends a stem; a string stem (rare: not ASCII) gives up the unit's stems (-1). */
function pushStem(stems, n, stem) {
	if (stem === null) return n;
	if (typeof stem !== "number") return -1;
	stems[n] = stem;
	return n + 1;
}
function capacity(n) {
	let cap = 1024;
	while (cap < n) cap *= 2;
	return cap;
}
// src/core/white-space.ts
/** What trim removes, less the line endings splitLines knows (LF and CR). */
function isTrimSpace(c) {
	if (c < 128) return c === 32 || c === 9 || c === 11 || c === 12;
	return c === 160 || c === 5760 || c >= 8192 && c <= 8202 || c === 8232 || c === 8233 || c === 8239 || c === 8287 || c === 12288 || c === 65279;
}
/** All that trim removes, LF and CR too. */
function isWhiteSpace(c) {
	return c === 10 || c === 13 || isTrimSpace(c);
}
// src/core/line-shapes.ts
const TABLE_ROW = /\|.*\||\S\t+\S|\S {3,}[-+$€£(]?\p{N}[\p{N}.,%)]*$/u;
const CODE_LINE = /^\s*[{}[\]()]+[,;]?\s*$|[{;]\s*$|^\s*"[^"]+"\s*:|^[A-Z][A-Za-z]*(?:-[A-Za-z]+)*:\s+\S+$|^(?:GET|POST|PUT|DELETE|PATCH|HEAD|OPTIONS) \S+ HTTP\/\d|^HTTP\/\d(?:\.\d)? \d{3}\b|^\s*(?:\/\/|#include|import |export |const |let |var |function |def |class |return\b)/;
const SPACE$1 = 32;
function isTableRow(line) {
	return mayBeTableRow(line) && TABLE_ROW.test(line.trim());
}
function isCodeLine(line) {
	return mayBeCodeLine(line) && CODE_LINE.test(line);
}
/**
* True whenever TABLE_ROW can match `line.trim()`: two pipes, a tab, or the last space of the line
* (trailing white space aside) ending a run of three: nothing but a figure may follow that run.
*/
function mayBeTableRow(line) {
	const p = line.indexOf("|");
	if (p >= 0 && line.indexOf("|", p + 1) >= 0) return true;
	if (line.indexOf("	") >= 0) return true;
	const t = line.trimEnd();
	const k = t.lastIndexOf(" ");
	return k >= 2 && t.charCodeAt(k - 1) === SPACE$1 && t.charCodeAt(k - 2) === SPACE$1;
}
/**
* True whenever CODE_LINE can match: every alternative but one is anchored at the start or the end,
* so the first and last characters that are not white space decide, and the last (`Name: value`,
* `GET /path HTTP/1.1`) needs a capital first character followed by letters, hyphens and then a
* colon, a slash or a space after an upper-case word.
*/
function mayBeCodeLine(line) {
	const n = line.length;
	let a = 0;
	while (a < n && isWhiteSpace(line.charCodeAt(a))) a++;
	if (a === n) return false;
	let b = n - 1;
	while (isWhiteSpace(line.charCodeAt(b))) b--;
	const last = line.charCodeAt(b);
	if (last === 123 || last === 59) return true;
	const first = line.charCodeAt(a);
	if (first === 123 || first === 125 || first === 91 || first === 93 || first === 40 || first === 41 || first === 47 || first === 35) return true;
	if (first === 34) return quotedKey(line, a);
	if (first === 105 || first === 101 || first === 99 || first === 108 || first === 118 || first === 102 || first === 100 || first === 114) return true;
	if (a !== 0 || first < 65 || first > 90) return false;
	let j = 1;
	let upper = true;
	for (; j < n; j++) {
		const c = line.charCodeAt(j);
		if (c >= 97 && c <= 122 || c === 45) upper = false;
		else if (!(c >= 65 && c <= 90)) break;
	}
	const stop = j < n ? line.charCodeAt(j) : -1;
	return stop === 58 || stop === 47 || stop === SPACE$1 && upper && j >= 3;
}
/** Whether the quote at `open` closes (not at once) with a colon after it, white space between. */
function quotedKey(line, open) {
	const close = line.indexOf("\"", open + 1);
	if (close <= open + 1) return false;
	let k = close + 1;
	while (k < line.length && isWhiteSpace(line.charCodeAt(k))) k++;
	return line.charCodeAt(k) === 58;
}
/** `s.trim().length`, without making the string. */
function trimmedLength(s) {
	let b = s.length;
	while (b > 0 && isWhiteSpace(s.charCodeAt(b - 1))) b--;
	let a = 0;
	while (a < b && isWhiteSpace(s.charCodeAt(a))) a++;
	return b - a;
}
/** `s.trimEnd().length`, without making the string. */
function trimmedEndLength(s) {
	let b = s.length;
	while (b > 0 && isWhiteSpace(s.charCodeAt(b - 1))) b--;
	return b;
}
// src/core/units.ts
const LIST_MARKER = /^\s*(?:[-*+•·▪►–]\s|\d{1,3}[.)]\s|\(?[a-zA-Z0-9]{1,2}\)\s)/;
const BARE_NUMBER = /^\s*\d{1,3}\s+\S/;
const MD_HEADING = /^\s{0,3}#{1,6}(?:\s|$)/;
const FENCE = /^\s{0,3}(`{3,}|~{3,})/;
const ENDS_WITH_WORD = /[\p{L}\p{N}]$/u;
const STARTS_LOWER = /^\s*\p{Ll}/u;
/** Units over the non-blank lines; blank lines belong to no unit. */
function splitUnits(text, lines) {
	const count = lines.start.length;
	const trimmed = new Array(count);
	for (let i = 0; i < count; i++) {
		let s = text.slice(lines.start[i], lines.end[i]);
		if (i === 0 && s.charCodeAt(0) === 65279) s = s.slice(1);
		trimmed[i] = s;
	}
	const units = [];
	let i = 0;
	while (i < count) {
		const line = trimmed[i] ?? "";
		if (isBlank$1(line)) {
			i++;
			continue;
		}
		const fence = FENCE.exec(line);
		if (fence) {
			const close = findFenceEnd(trimmed, i, fence[1] ?? "```");
			units.push({
				first: i,
				last: close,
				kind: "code"
			});
			i = close + 1;
			continue;
		}
		let j = i;
		while (j + 1 < count && !isBlank$1(trimmed[j + 1] ?? "") && !FENCE.test(trimmed[j + 1] ?? "")) j++;
		splitBlock(trimmed, i, j, units);
		i = j + 1;
	}
	return units;
}
function isBlank$1(s) {
	return s.trim() === "";
}
function findFenceEnd(lines, open, marker) {
	const ch = marker[0] ?? "`";
	for (let k = open + 1; k < lines.length; k++) {
		const t = (lines[k] ?? "").trim();
		if (t.length >= marker.length && t[0] === ch && /^(`{3,}|~{3,})$/.test(t)) return k;
	}
	return lines.length - 1;
}
/** One block (lines without a blank between them) into units. */
function splitBlock(lines, a, b, out) {
	const block = lines.slice(a, b + 1);
	const codeLines = block.filter(isCodeLine).length;
	if (block.every((l) => /^(?: {4}|\t)/.test(l)) && !block.every((l) => LIST_MARKER.test(l)) || block.length >= 2 && codeLines >= .5 * block.length) {
		out.push({
			first: a,
			last: b,
			kind: "code"
		});
		return;
	}
	if (isWrappedProse(block)) {
		let start = a;
		for (let k = a + 1; k <= b; k++) if (LIST_MARKER.test(lines[k] ?? "") || MD_HEADING.test(lines[k] ?? "")) {
			out.push({
				first: start,
				last: k - 1,
				kind: kindOfLine(lines[start] ?? "", false, false)
			});
			start = k;
		}
		out.push({
			first: start,
			last: b,
			kind: start === a ? "paragraph" : kindOfLine(lines[start] ?? "", false, false)
		});
		return;
	}
	const verse = isVerse(block);
	const numbered = block.filter((l) => BARE_NUMBER.test(l)).length >= 2;
	for (let k = a; k <= b; k++) {
		const line = lines[k] ?? "";
		const prev = out[out.length - 1];
		if (prev && prev.kind === "list-item" && prev.last === k - 1 && /^\s+\S/.test(line) && !LIST_MARKER.test(line)) {
			prev.last = k;
			continue;
		}
		out.push({
			first: k,
			last: k,
			kind: kindOfLine(line, verse, numbered)
		});
	}
}
/** A block of two or more short lines reads as verse (stanzas, dialogue, labels), not prose. */
function isVerse(block) {
	if (block.length < 2) return false;
	const half = Math.floor(block.length / 2);
	let narrow = 0;
	for (let k = 0; k < block.length; k++) {
		const l = block[k] ?? "";
		if (trimmedLength(l) < 70 && displayWidth(l.trim()) < 70) narrow++;
		if (narrow > half) return true;
		if (narrow + (block.length - 1 - k) <= half) return false;
	}
	return false;
}
/** What one block (lines with no blank line among them) splits into, lines numbered from 0. */
function splitBlockLines(block) {
	const out = [];
	if (block.length > 0) splitBlock(block, 0, block.length - 1, out);
	return out;
}
/**
* Blocks some of whose lines a line rule cuts are judged again (verse or prose, numbered or not)
* on the lines that stay: that is the block a second cleaning sees, so the judgement (which decides
* what may be cut as a duplicate) is the same both times. Where the lines that stay split otherwise
* (into hard-wrapped prose), the units stand; clean() cleans the kept text again then.
*/
function rejudgeBlocks(text, lines, units) {
	const single = (u) => !!u && u.first === u.last && u.kind !== "code";
	for (let a = 0; a < units.length;) {
		let b = a;
		while (single(units[a]) && single(units[b + 1]) && (units[b + 1]?.first ?? -1) === (units[b]?.last ?? -2) + 1) b++;
		const block = units.slice(a, b + 1);
		a = b + 1;
		if (block.length < 2 || !block.some((u) => u.boiler)) continue;
		const kept = block.filter((u) => !u.boiler);
		const split = splitBlockLines(kept.map((u) => lineBody(text, lines, u.first)));
		if (split.length !== kept.length || split.some((s) => s.first !== s.last || s.kind === "code")) continue;
		kept.forEach((u, k) => u.kind = split[k]?.kind ?? u.kind);
	}
}
/** A line's content, without the text's BOM. */
function lineBody(text, lines, l) {
	const s = text.slice(lines.start[l], lines.end[l]);
	return l === 0 && s.charCodeAt(0) === 65279 ? s.slice(1) : s;
}
function kindOfLine(line, verse, numbered) {
	if (MD_HEADING.test(line)) return "heading";
	if (LIST_MARKER.test(line) || numbered && BARE_NUMBER.test(line)) return "list-item";
	if (isTableRow(line)) return "table-row";
	if (verse) return "verse";
	return "paragraph";
}
/**
* Lines that continue one another: similar widths under a right margin, and joints that fall
* mid-sentence (a line ending on a word, or the next starting in lower case). Verse has the
* widths but ends its lines on punctuation and starts them in capitals.
*/
function isWrappedProse(block) {
	if (block.length < 2) return false;
	const lens = new Array(block.length);
	let width = 0;
	for (let k = 0; k < block.length; k++) {
		const len = trimmedEndLength(block[k] ?? "");
		if (len > 200) return false;
		lens[k] = len;
		if (len > width) width = len;
	}
	if (width < 40) return false;
	let wide = 0;
	let open = 0;
	let lower = 0;
	const joints = block.length - 1;
	for (let k = 0; k < joints; k++) {
		if ((lens[k] ?? 0) >= .6 * width) wide++;
		if (ENDS_WITH_WORD.test((block[k] ?? "").trimEnd())) open++;
		if (STARTS_LOWER.test(block[k + 1] ?? "")) lower++;
	}
	if (wide < .6 * joints) return false;
	return lower >= .25 * joints || open >= .5 * joints;
}
/** Width as a reader sees it: Chinese and Japanese characters take two columns. */
const WIDE = /[\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\uff00-\uff60]/;
function displayWidth(s) {
	if (!WIDE.test(s)) return s.length;
	let w = 0;
	for (let i = 0; i < s.length; i++) {
		const c = s.charCodeAt(i);
		w += c >= 11904 && c <= 42191 || c >= 44032 && c <= 55203 || c >= 63744 && c <= 64255 || c >= 65280 && c <= 65376 ? 2 : 1;
	}
	return w;
}
// src/core/unit-splitters.ts
let markdown;
/** Loads what a format needs; call it once before analyzing texts of that format. */
async function loadFormat(format) {
	if (format === "markdown" && markdown === void 0) markdown = (await import("./split-markdown-D3E6Wv6Z.js")).splitMarkdownUnits;
}
function splitterFor(format) {
	if (format === "text") return splitUnits;
	if (markdown === void 0) throw new Error("format \"markdown\" is not loaded: await loadFormat(\"markdown\") first");
	return markdown;
}
// src/core/analyze.ts
/** Reused scratch buffers; grown on demand. */
var Scratch = class {
	shingles = /* @__PURE__ */ new Uint32Array(1024);
	picks = /* @__PURE__ */ new Int32Array(1024);
	ensure(n) {
		if (n <= this.shingles.length) return;
		let cap = this.shingles.length;
		while (cap < n) cap *= 2;
		this.shingles = new Uint32Array(cap);
		this.picks = new Int32Array(cap);
	}
};
const scratch = new Scratch();
const hasher = new UnitHasher();
/**
* `withStems` also works out the content stems the context rules read, in the hashing pass (the
* stream cleaner asks: it saves a second pass over all prose).
*/
function analyze(text, options, rules, withStems = false) {
	const lines = splitLines(text);
	const spans = applyMarkers(text, lines, splitterFor(options.format)(text, lines));
	const units = [];
	let selHash = new Uint32Array(Math.max(64, spans.length * 8));
	let selPos = new Int32Array(selHash.length);
	let sel = 0;
	const stop = withStems && rules.context.size > 0 ? codedStopwords(VOCABULARY_STOPWORDS) : null;
	let stems = new Int32Array(stop ? Math.max(64, text.length >> 3) : 0);
	let nStems = 0;
	const useShingles = options.dedupe && !options.exact;
	for (const span of spans) {
		const info = {
			first: span.first,
			last: span.last,
			kind: span.kind,
			prefix: null,
			boiler: null,
			tokens: 0,
			fpHi: 0,
			fpLo: 0,
			raw: 0,
			selStart: sel,
			selEnd: sel,
			stemStart: -1,
			stemEnd: -1
		};
		units.push(info);
		if (span.kind === "code") continue;
		let from = lines.start[span.first] ?? 0;
		if (from === 0 && text.charCodeAt(0) === 65279) from = 1;
		const to = lines.end[span.last] ?? from;
		let body = text.slice(from, to);
		info.prefix = rules.prefix.length > 0 ? matchPrefix(body, rules) : null;
		if (info.prefix) {
			const lineLen = (lines.end[span.first] ?? to) - from;
			if (info.prefix.length >= lineLen && span.last > span.first) {
				const eol = (lines.next[span.first] ?? to) - (lines.end[span.first] ?? to);
				info.prefix = {
					rule: info.prefix.rule,
					length: lineLen + eol,
					match: body.slice(0, lineLen)
				};
			}
			body = body.slice(info.prefix.length);
		}
		const unitStop = span.kind === "paragraph" || span.kind === "verse" ? stop : null;
		const count = hasher.hash(text, info.prefix ? from + info.prefix.length : from, to, unitStop);
		info.tokens = count;
		if (unitStop && hasher.stemCount >= 0) {
			const k = hasher.stemCount;
			if (nStems + k > stems.length) stems = grow(stems, new Int32Array(Math.max(stems.length * 2, nStems + k)));
			stems.set(hasher.stems.subarray(0, k), nStems);
			info.stemStart = nStems;
			nStems += k;
			info.stemEnd = nStems;
		}
		if (info.prefix && body.trim() === "") {
			info.boiler = {
				rule: info.prefix.rule,
				match: info.prefix.match
			};
			info.prefix = null;
			info.stemStart = info.stemEnd = -1;
			continue;
		}
		if (span.kind !== "heading") info.boiler = matchLine(body, count, rules);
		if (info.boiler || count === 0 || !options.dedupe) continue;
		const fp = hasher.fingerprint();
		info.fpHi = fp.hi;
		info.fpLo = fp.lo;
		if (!useShingles || count < options.ngram) continue;
		scratch.ensure(count + 1);
		const m = shingleHashes(hasher.tokens, count, options.ngram, scratch.shingles);
		const k = winnow(scratch.shingles, m, count < 30 ? 1 : options.window, scratch.picks);
		if (sel + k > selHash.length) {
			const cap = Math.max(selHash.length * 2, sel + k);
			selHash = grow(selHash, new Uint32Array(cap));
			selPos = grow(selPos, new Int32Array(cap));
		}
		for (let j = 0; j < k; j++) {
			const p = scratch.picks[j] ?? 0;
			selPos[sel] = p;
			selHash[sel] = scratch.shingles[p] ?? 0;
			sel++;
		}
		info.selEnd = sel;
	}
	if (options.format !== "markdown") rejudgeBlocks(text, lines, units);
	const a = {
		text,
		lines,
		units,
		selHash: selHash.subarray(0, sel),
		selPos: selPos.subarray(0, sel),
		stems: stems.subarray(0, nStems)
	};
	for (const u of units) {
		if (u.fpHi === 0 && u.fpLo === 0 || u.kind === "paragraph" && u.tokens >= options.minWords) continue;
		const body = unitBody(a, u);
		if (mayHoldFacts(body)) u.raw = textHash(body);
	}
	return a;
}
/** FNV-1a over the UTF-16 code units of `s`, never 0. */
function textHash(s) {
	let h = 2166136261;
	for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
	return h >>> 0 || 1;
}
/** A unit's text as the rules see it: BOM and stripped prefix removed. */
function unitBody(a, u) {
	let from = a.lines.start[u.first] ?? 0;
	if (from === 0 && a.text.charCodeAt(0) === 65279) from = 1;
	if (u.prefix) from += u.prefix.length;
	return a.text.slice(from, a.lines.end[u.last] ?? from);
}
function grow(from, to) {
	to.set(from);
	return to;
}
// src/core/boilerplate/user-pattern.ts
let engine;
/** Loads the engine; user rules cannot be compiled before. */
async function loadRuleEngine() {
	engine ??= (await import("./build-B0v9Fl-Q.js")).RE2JS;
}
const UNSUPPORTED = [
	[/\(\?<[=!]/, "a look-behind"],
	[/\(\?[=!]/, "a look-ahead"],
	[/\\[1-9]|\\k</, "a back-reference"]
];
/** Compiles a user pattern, case-insensitive; `anchored` matches only at the start. Throws a RangeError with the reason. */
function compileUserPattern(source, anchored) {
	if (source === "") throw new RangeError("empty pattern (it would match every line)");
	const plain = source.replace(/\\\\/g, "");
	for (const [test, what] of UNSUPPORTED) if (test.test(plain)) throw new RangeError(`pattern uses ${what}, which the linear-time engine user rules run on (RE2) does not have`);
	if (engine === void 0) throw new Error("user rules need the rule engine: await loadRuleEngine() first");
	const E = engine;
	let re;
	try {
		re = E.compile(anchored ? `^(?:${source})` : source, E.CASE_INSENSITIVE);
	} catch (e) {
		throw new RangeError(`invalid pattern: ${e.message.replace(/^error parsing regexp: /, "").replace("`(?i)", "`")}`);
	}
	return {
		source,
		exec(s) {
			const m = re.matcher(s);
			if (!m.find()) return null;
			const hit = [m.group() ?? ""];
			hit.index = m.start();
			hit.input = s;
			return hit;
		}
	};
}
// src/core/boilerplate/ruleset.ts
/** Rules that read a unit's surroundings; each can be switched off by name. */
const CONTEXT_RULES = [
	NAV_RUN_RULE,
	HEADLINE_RUN_RULE,
	OFF_TOPIC_RULE,
	SHOUTED_RULE
];
function buildRuleSet(o) {
	const disabled = new Set(o.disable);
	const builtins = o.defaultRules ? BUILTIN_RULES.filter((r) => !disabled.has(r.name)) : [];
	const user = o.rules.filter((r) => !disabled.has(r.name)).map(compileUserRule);
	const all = [...builtins, ...user];
	const line = all.filter((r) => r.mode === "line");
	return {
		prefix: all.filter((r) => r.mode === "prefix"),
		line,
		lineMaxWords: line.reduce((m, r) => Math.max(m, r.maxWords), 0),
		ctaScore: o.defaultRules && !disabled.has("cta-score"),
		stub: o.stubMaxWords > 0 && !disabled.has("stub"),
		context: new Set(o.defaultRules ? CONTEXT_RULES.filter((r) => !disabled.has(r)) : [])
	};
}
/** Needs loadRuleEngine() (user-pattern.ts) first; throws a RangeError naming the rule and the reason. */
function compileUserRule(r) {
	let pattern;
	try {
		pattern = compileUserPattern(r.pattern, r.mode === "prefix" && !r.pattern.startsWith("^"));
	} catch (e) {
		if (!(e instanceof RangeError)) throw e;
		throw new RangeError(`rule "${r.name}": ${e.message}`);
	}
	return {
		name: r.name,
		description: "user rule",
		mode: r.mode,
		pattern,
		maxWords: Infinity
	};
}
// src/core/boilerplate/templates.ts
const URL = /\b(?:https?:\/\/|www\.)[^\s<>"']+/gi;
const EMAIL = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g;
const TIME = /\b\d{1,2}:\d{2}(?::\d{2})?(?:\s*[ap]\.?m\b\.?)?/gi;
const DIGITS = /\p{Nd}+/gu;
const SPACE = /\s+/g;
const LETTER = /\p{L}/u;
const WORD = /\p{L}+/gu;
const SENTENCE_END = /[.!?…]["'”’)\]]*$/u;
/** Kinds whose lines can be learned; headings and code are a document's structure. */
const LEARNABLE = /* @__PURE__ */ new Set([
	"paragraph",
	"verse",
	"list-item",
	"table-row"
]);
/**
* The masked form of a line, or null when the line cannot be learned (blank, no letters). Every
* line of a batch run is masked, so each mask runs only when the line has what it needs (an "@"
* for an address, a ":" for a time, a digit), and month and day names are found in one pass over
* the words. The result is that of these regular expressions applied in turn: SPACE, URL, EMAIL,
* TIME, then month names, day names (see MONTHS and DAYS), then DIGITS.
*/
function lineTemplate(line) {
	let t = line.trim();
	const seen = scan(t);
	if (seen & IRREGULAR_SPACE) t = t.replace(SPACE, " ");
	if (URL_START.test(t)) t = t.replace(URL, "<url>");
	if (t.includes("@")) t = t.replace(EMAIL, "<email>");
	if (t.includes(":")) t = t.replace(TIME, "<time>");
	t = maskNames(t);
	if (seen & DIGIT) t = t.replace(DIGITS, "#");
	const letters = t.includes("<") ? t.replace(/<(?:url|email|time|month|day)>/g, "") : t;
	return LETTER.test(letters) && !t.endsWith(":") ? t : null;
}
const URL_START = /https?:\/\/|www\./i;
/** scan(): whitespace that SPACE would change (a run of two, any whitespace but a space); a digit may be there. */
const IRREGULAR_SPACE = 1;
const DIGIT = 2;
/** Per UTF-16 code unit from U+0080 on, what /\s/ and /\p{Nd}/u say of it: KNOWN | SPACE_BIT | DIGIT; filled as met. */
const KNOWN = 4;
const SPACE_BIT = 8;
const charInfo = /* @__PURE__ */ new Uint8Array(65536);
function scan(t) {
	let seen = 0;
	let space = false;
	for (let i = 0; i < t.length; i++) {
		const c = t.charCodeAt(i);
		if (c === 32) {
			if (space) seen |= IRREGULAR_SPACE;
			space = true;
			continue;
		}
		space = false;
		if (c < 128) {
			if (c >= 48 && c <= 57) seen |= DIGIT;
			else if (c >= 9 && c <= 13) seen |= IRREGULAR_SPACE;
			continue;
		}
		if (c >= 55296 && c <= 57343) {
			seen |= DIGIT;
			continue;
		}
		let info = charInfo[c] ?? 0;
		if (info === 0) {
			const ch = String.fromCharCode(c);
			info = KNOWN | (/\s/.test(ch) ? SPACE_BIT : 0) | (/\p{Nd}/u.test(ch) ? DIGIT : 0);
			charInfo[c] = info;
		}
		if (info & SPACE_BIT) seen |= IRREGULAR_SPACE;
		seen |= info & DIGIT;
	}
	return seen;
}
/**
* The words (case aside) of the month mask /\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|
* may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b\.?/gi
* ("sepember" too) and of the day mask /\b(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)
* (?:day|nesday|sday|rsday|urday)?\b\.?/gi: 3 to 11 letters.
*/
const MONTHS = new Set("jan january feb february mar march apr april may jun june jul july aug august sep sept sepember september oct october nov november dec december".split(" "));
const DAYS = new Set([
	"mon",
	"tue",
	"tues",
	"wed",
	"thu",
	"thur",
	"thurs",
	"fri",
	"sat",
	"sun"
].flatMap((d) => [d, ...[
	"day",
	"nesday",
	"sday",
	"rsday",
	"urday"
].map((s) => d + s)]));
/** The first three letters of those words, as 26 * 26 * a + 26 * b + c: most words are ruled out on them. */
const PREFIXES = /* @__PURE__ */ new Uint8Array(17576);
for (const w of [...MONTHS, ...DAYS]) PREFIXES[prefixKey(w.charCodeAt(0) | 32, w.charCodeAt(1) | 32, w.charCodeAt(2) | 32)] = 1;
function prefixKey(a, b, c) {
	return (a - 97) * 676 + (b - 97) * 26 + (c - 97);
}
/** ASCII word characters: what \b separates in a regular expression without the u flag. */
function isWordChar(c) {
	return c >= 97 && c <= 122 || c >= 65 && c <= 90 || c >= 48 && c <= 57 || c === 95;
}
function isAsciiLetter(c) {
	return (c | 32) >= 97 && (c | 32) <= 122;
}
/**
* The month mask, then the day mask, in one pass: both match a whole run of ASCII word characters
* (\b at each end) and an optional full stop after it, and neither mask makes a word the other matches.
*/
function maskNames(t) {
	let out = "";
	let from = 0;
	const n = t.length;
	for (let i = 0; i < n;) {
		if (!isWordChar(t.charCodeAt(i))) {
			i++;
			continue;
		}
		let j = i + 1;
		while (j < n && isWordChar(t.charCodeAt(j))) j++;
		const a = t.charCodeAt(i);
		const b = t.charCodeAt(i + 1);
		const c = t.charCodeAt(i + 2);
		if (j - i >= 3 && j - i <= 11 && isAsciiLetter(a) && isAsciiLetter(b) && isAsciiLetter(c) && PREFIXES[prefixKey(a | 32, b | 32, c | 32)] === 1) {
			const w = t.slice(i, j).toLowerCase();
			const mask = MONTHS.has(w) ? "<month>" : DAYS.has(w) ? "<day>" : null;
			if (mask !== null) {
				out += t.slice(from, i) + mask;
				if (t.charCodeAt(j) === 46) j++;
				from = j;
			}
		}
		i = j;
	}
	return from === 0 ? t : out + t.slice(from);
}
/** Whether a one-line unit can be learned; Markdown table rows ("| a | b |") are structure, "Home | News" is not. */
function isLearnableLine(kind, line) {
	return LEARNABLE.has(kind) && !(kind === "table-row" && line.trimStart().startsWith("|"));
}
/**
* A line that reads as a sentence: six words or more ending in a full stop, or twelve words or
* more. Two articles may quote the same sentence, so sentences need more evidence to be cut.
*/
function isSentence(template) {
	const words = template.match(WORD)?.length ?? 0;
	return words >= 12 || words >= 6 && SENTENCE_END.test(template);
}
/** Whether a template seen in `files` of `totalFiles` files is boilerplate. */
function isLearnedBoilerplate(template, files, totalFiles, t) {
	if (totalFiles <= 0) return false;
	const share = files / totalFiles;
	if (files < t.minFiles || share < t.minShare) return false;
	if (!isSentence(template)) return true;
	return files >= 3 && share >= .5;
}
/** How a learned line is shown in reports: the template, its file count and share. */
function learnedMatch(template, files, totalFiles) {
	return `${template} (${files} files, ${Math.round(100 * files / totalFiles)}%)`;
}
// src/core/hash-table.ts
const EMPTY = 0;
/** Grow when size + 1 would pass LOAD_NUM / LOAD_DEN of the slots. */
const LOAD_NUM = 3;
const LOAD_DEN = 4;
/** Tables of at least this many bytes grow in place (when WebAssembly memory is there). */
const IN_PLACE_BYTES = 4 << 20;
const PAGE = 65536;
const WasmMemory = globalThis.WebAssembly?.Memory;
/** The slots of one open-addressing table: `stride` numbers a slot, the last one value + 1 (0: empty). */
var Table = class {
	stride;
	inPlaceBytes;
	slots;
	mask;
	memory = null;
	size = 0;
	/** `inPlaceBytes`: from what size the table grows in place (tests set it low). */
	constructor(stride, expected, inPlaceBytes) {
		this.stride = stride;
		this.inPlaceBytes = inPlaceBytes;
		const cap = capacityFor(expected);
		this.slots = new Int32Array(stride * cap);
		this.mask = cap - 1;
	}
	/** Bytes held by the table. */
	get byteLength() {
		return this.slots.byteLength;
	}
	grow() {
		const S = this.stride;
		const cap = 2 * (this.mask + 1);
		const bytes = S * cap * 4;
		if (this.memory && this.growMemory(bytes)) {
			this.rehashInPlace(this.slots, S, this.mask + 1, cap - 1);
			this.mask = cap - 1;
			return;
		}
		const old = this.slots;
		let slots = null;
		this.memory = null;
		if (bytes >= this.inPlaceBytes && WasmMemory) try {
			this.memory = new WasmMemory({ initial: Math.ceil(bytes / PAGE) });
			slots = new Int32Array(this.memory.buffer);
		} catch {
			this.memory = null;
		}
		slots ??= new Int32Array(S * cap);
		const mask = cap - 1;
		const V = S - 1;
		for (let j = 0; j < old.length; j += S) {
			if ((old[j + V] ?? EMPTY) === EMPTY) continue;
			let i = this.homeAt(old, j, mask);
			while ((slots[S * i + V] ?? EMPTY) !== EMPTY) i = i + 1 & mask;
			for (let f = 0; f < S; f++) slots[S * i + f] = old[j + f] ?? 0;
		}
		this.slots = slots;
		this.mask = mask;
	}
	/** Grows the memory to `bytes` and views it anew; false when it cannot grow. */
	growMemory(bytes) {
		const memory = this.memory;
		if (!memory) return false;
		const pages = Math.ceil(bytes / PAGE) - memory.buffer.byteLength / PAGE;
		try {
			if (pages > 0) memory.grow(pages);
		} catch {
			return false;
		}
		this.slots = new Int32Array(memory.buffer);
		return true;
	}
	/**
	* Rehashes a table doubled in place: `slots` holds the `oldCap` slots of the old table followed by
	* as many empty ones; afterwards each entry stands where a probe from its home under `mask` finds
	* it. A key's new home is its old one or that plus oldCap. The entries before the first empty slot
	* may have wrapped around the end: they are set aside first. After it, no entry has wrapped, so
	* going up from there, an entry whose home stays finds a free slot at or before its own, among
	* entries already moved; one whose home moves up lands among moved entries only, up there, before
	* the end. The entries set aside go in last, into the finished table.
	*/
	rehashInPlace(slots, S, oldCap, mask) {
		const V = S - 1;
		let s = 0;
		while ((slots[S * s + V] ?? EMPTY) !== EMPTY) s++;
		const aside = [];
		const setAside = (p) => {
			for (let f = 0; f < S; f++) {
				aside.push(slots[S * p + f] ?? 0);
				slots[S * p + f] = 0;
			}
		};
		for (let p = 0; p < s; p++) setAside(p);
		for (let p = s + 1; p < oldCap; p++) {
			if ((slots[S * p + V] ?? EMPTY) === EMPTY) continue;
			let q = (S === 2 ? slots[S * p] ?? 0 : (slots[S * p + 1] ?? 0) ^ Math.imul(slots[S * p] ?? 0, 2654435761)) & mask;
			if (q <= p) while (q < p && (slots[S * q + V] ?? EMPTY) !== EMPTY) q++;
			else while ((slots[S * q + V] ?? EMPTY) !== EMPTY) q++;
			if (q === p) continue;
			for (let f = 0; f < S; f++) {
				slots[S * q + f] = slots[S * p + f] ?? 0;
				slots[S * p + f] = 0;
			}
		}
		const entries = Int32Array.from(aside);
		for (let j = 0; j < entries.length; j += S) {
			let i = this.homeAt(entries, j, mask);
			while ((slots[S * i + V] ?? EMPTY) !== EMPTY) i = i + 1 & mask;
			for (let f = 0; f < S; f++) slots[S * i + f] = entries[j + f] ?? 0;
		}
	}
};
/** 32-bit key to non-negative int value; the first value stored for a key is kept. */
var U32Map = class extends Table {
	constructor(expected = 1024, inPlaceBytes = IN_PLACE_BYTES) {
		super(2, expected, inPlaceBytes);
	}
	homeAt(slots, at, mask) {
		return (slots[at] ?? 0) & mask;
	}
	/** The value for `key`, or -1. */
	get(key) {
		const { slots, mask } = this;
		const k = key | 0;
		let i = k & mask;
		for (;;) {
			const v = slots[2 * i + 1] ?? EMPTY;
			if (v === EMPTY) return -1;
			if (slots[2 * i] === k) return v - 1;
			i = i + 1 & mask;
		}
	}
	/** Stores `value` unless the key is present; true when it stored it. */
	setIfAbsent(key, value) {
		if ((this.size + 1) * LOAD_DEN > (this.mask + 1) * LOAD_NUM) this.grow();
		const { slots, mask } = this;
		const k = key | 0;
		let i = k & mask;
		for (;;) {
			if ((slots[2 * i + 1] ?? EMPTY) === EMPTY) {
				slots[2 * i] = k;
				slots[2 * i + 1] = value + 1;
				this.size++;
				return true;
			}
			if (slots[2 * i] === k) return false;
			i = i + 1 & mask;
		}
	}
	/**
	* Removes `key` (to undo an insertion); true when it was there. The entries after it in its probe
	* run move back (backward-shift deletion), so no tombstone slows later lookups.
	*/
	delete(key) {
		const { slots, mask } = this;
		const k = key | 0;
		let i = k & mask;
		for (;;) {
			if ((slots[2 * i + 1] ?? EMPTY) === EMPTY) return false;
			if (slots[2 * i] === k) break;
			i = i + 1 & mask;
		}
		this.size--;
		for (let j = i + 1 & mask; (slots[2 * j + 1] ?? EMPTY) !== EMPTY; j = j + 1 & mask) if (movable((slots[2 * j] ?? 0) & mask, i, j)) {
			slots[2 * i] = slots[2 * j] ?? 0;
			slots[2 * i + 1] = slots[2 * j + 1] ?? EMPTY;
			i = j;
		}
		slots[2 * i] = 0;
		slots[2 * i + 1] = EMPTY;
		return true;
	}
};
/** 64-bit key given as two 32-bit halves; otherwise like U32Map. */
var U64Map = class extends Table {
	constructor(expected = 1024, inPlaceBytes = IN_PLACE_BYTES) {
		super(3, expected, inPlaceBytes);
	}
	homeAt(slots, at, mask) {
		return ((slots[at + 1] ?? 0) ^ Math.imul(slots[at] ?? 0, 2654435761)) & mask;
	}
	get(hi, lo) {
		const { slots, mask } = this;
		const h = hi | 0;
		const l = lo | 0;
		let i = (l ^ Math.imul(h, 2654435761)) & mask;
		for (;;) {
			const v = slots[3 * i + 2] ?? EMPTY;
			if (v === EMPTY) return -1;
			if (slots[3 * i + 1] === l && slots[3 * i] === h) return v - 1;
			i = i + 1 & mask;
		}
	}
	setIfAbsent(hi, lo, value) {
		if ((this.size + 1) * LOAD_DEN > (this.mask + 1) * LOAD_NUM) this.grow();
		const { slots, mask } = this;
		const h = hi | 0;
		const l = lo | 0;
		let i = (l ^ Math.imul(h, 2654435761)) & mask;
		for (;;) {
			if ((slots[3 * i + 2] ?? EMPTY) === EMPTY) {
				slots[3 * i] = h;
				slots[3 * i + 1] = l;
				slots[3 * i + 2] = value + 1;
				this.size++;
				return true;
			}
			if (slots[3 * i + 1] === l && slots[3 * i] === h) return false;
			i = i + 1 & mask;
		}
	}
	/** Removes the key hi:lo; true when it was there (backward-shift deletion, as U32Map). */
	delete(hi, lo) {
		const { slots, mask } = this;
		const h = hi | 0;
		const l = lo | 0;
		let i = (l ^ Math.imul(h, 2654435761)) & mask;
		for (;;) {
			if ((slots[3 * i + 2] ?? EMPTY) === EMPTY) return false;
			if (slots[3 * i + 1] === l && slots[3 * i] === h) break;
			i = i + 1 & mask;
		}
		this.size--;
		for (let j = i + 1 & mask; (slots[3 * j + 2] ?? EMPTY) !== EMPTY; j = j + 1 & mask) if (movable(((slots[3 * j + 1] ?? 0) ^ Math.imul(slots[3 * j] ?? 0, 2654435761)) & mask, i, j)) {
			slots[3 * i] = slots[3 * j] ?? 0;
			slots[3 * i + 1] = slots[3 * j + 1] ?? 0;
			slots[3 * i + 2] = slots[3 * j + 2] ?? EMPTY;
			i = j;
		}
		slots[3 * i] = 0;
		slots[3 * i + 1] = 0;
		slots[3 * i + 2] = EMPTY;
		return true;
	}
};
/**
* Whether the entry at slot j, whose probe starts at `home`, may move back into the hole at slot i:
* only when `home` does not lie cyclically in (i, j], or a lookup would no longer reach it.
*/
function movable(home, i, j) {
	return i <= j ? home <= i || home > j : home <= i && home > j;
}
/** Slots for `expected` keys below the load limit: a power of two, at least 16. */
function capacityFor(expected) {
	let cap = 16;
	while (expected * LOAD_DEN > cap * LOAD_NUM) cap *= 2;
	return cap;
}
// src/core/learned-lines.ts
/** The rule name learned lines are reported under, and the name `--disable` takes. */
const LEARNED_RULE = "learned";
/** Template hashes of one file, each once, as [hi0, lo0, hi1, lo1, ...] (cheap to send between threads). */
function fileTemplateHashes(text) {
	const lines = splitLines(text);
	const seen = new U64Map(64);
	const out = [];
	const skipTo = frontMatterEnd(text, lines);
	for (const u of splitUnits(text, lines)) {
		if (u.first <= skipTo) continue;
		const line = unitText(text, lines, u.first, u.last);
		if (!isLearnableLine(u.kind, line)) continue;
		const t = lineTemplate(line);
		if (t === null) continue;
		const fp = fingerprint(t);
		if (seen.get(fp.hi, fp.lo) >= 0) continue;
		seen.setIfAbsent(fp.hi, fp.lo, 0);
		out.push(fp.hi, fp.lo);
	}
	return Uint32Array.from(out);
}
/** Number of files each template hash was seen in: typed arrays only, no per-template objects. */
var TemplateCounts = class {
	slots = new U64Map(1024);
	hi = /* @__PURE__ */ new Uint32Array(1024);
	lo = /* @__PURE__ */ new Uint32Array(1024);
	counts = /* @__PURE__ */ new Int32Array(1024);
	/** Files added so far. */
	files = 0;
	/** Adds one file's hashes (from fileTemplateHashes). */
	addFile(hashes) {
		this.files++;
		for (let i = 0; i + 1 < hashes.length; i += 2) {
			const hi = hashes[i] ?? 0;
			const lo = hashes[i + 1] ?? 0;
			let slot = this.slots.get(hi, lo);
			if (slot < 0) {
				slot = this.slots.size;
				this.slots.setIfAbsent(hi, lo, slot);
				if (slot >= this.counts.length) this.grow();
				this.hi[slot] = hi;
				this.lo[slot] = lo;
			}
			this.counts[slot] = (this.counts[slot] ?? 0) + 1;
		}
	}
	/** Distinct templates seen. */
	get size() {
		return this.slots.size;
	}
	/** Bytes held by the arrays. */
	get byteLength() {
		return this.slots.byteLength + this.hi.byteLength + this.lo.byteLength + this.counts.byteLength;
	}
	/** The templates seen in at least `minFiles` files and `minShare` of them: all pass 2 needs. */
	frequent(minFiles, minShare) {
		const keep = [];
		const need = Math.max(minFiles, Math.ceil(minShare * this.files - 1e-9));
		for (let s = 0; s < this.slots.size; s++) if ((this.counts[s] ?? 0) >= need) keep.push(s);
		const hashes = new Uint32Array(keep.length * 2);
		const counts = new Int32Array(keep.length);
		keep.forEach((s, i) => {
			hashes[2 * i] = this.hi[s] ?? 0;
			hashes[2 * i + 1] = this.lo[s] ?? 0;
			counts[i] = this.counts[s] ?? 0;
		});
		return {
			hashes,
			counts,
			files: this.files
		};
	}
	grow() {
		const cap = this.counts.length * 2;
		const grow = (from, to) => (to.set(from), to);
		this.hi = grow(this.hi, new Uint32Array(cap));
		this.lo = grow(this.lo, new Uint32Array(cap));
		this.counts = grow(this.counts, new Int32Array(cap));
	}
};
/**
* Marks, in place, the units of `a` whose template is learned boilerplate (none in a Markdown
* file). Units a built-in rule already cuts keep that rule. Returns the number of units marked.
* Learned lines are page furniture: a sentence holding half the file's words or more is the
* file's prose, never learned; and when the learned lines would take every unit a built-in rule
* leaves, none is marked (no learned rule empties a file: three copies of one short page are
* copies, which the duplicate search cuts down to the first).
*/
function markLearned(a, lookup, t) {
	if (lookup.size === 0 || t.format === "markdown") return 0;
	const skipTo = frontMatterEnd(a.text, a.lines);
	let words = 0;
	let left = 0;
	for (const u of a.units) {
		words += u.tokens;
		if (!u.boiler) left++;
	}
	const hits = [];
	for (const u of a.units) {
		if (u.boiler || u.first <= skipTo) continue;
		const line = unitText(a.text, a.lines, u.first, u.last);
		if (!isLearnableLine(u.kind, line)) continue;
		const template = lineTemplate(line);
		if (template === null) continue;
		const fp = fingerprint(template);
		const files = lookup.count(fp.hi, fp.lo);
		if (!isLearnedBoilerplate(template, files, lookup.files, t)) continue;
		if (2 * u.tokens >= words && isSentence(template)) continue;
		hits.push({
			unit: u,
			match: learnedMatch(template, files, lookup.files)
		});
	}
	if (hits.length >= left) return 0;
	for (const { unit, match } of hits) {
		unit.boiler = {
			rule: LEARNED_RULE,
			match
		};
		unit.prefix = null;
	}
	return hits.length;
}
/** Counts by template hash, built from a LearnedTable. */
var LearnedLookup = class {
	slots;
	files;
	counts;
	constructor(table) {
		this.files = table.files;
		this.counts = table.counts;
		this.slots = new U64Map(Math.max(16, table.counts.length));
		for (let i = 0; i < table.counts.length; i++) this.slots.setIfAbsent(table.hashes[2 * i] ?? 0, table.hashes[2 * i + 1] ?? 0, i);
	}
	/** Templates in the table. */
	get size() {
		return this.counts.length;
	}
	count(hi, lo) {
		const slot = this.slots.get(hi, lo);
		return slot < 0 ? 0 : this.counts[slot] ?? 0;
	}
};
/**
* The last line of a leading YAML front matter block ("---" ... "---" or "..."), or -1. Its lines
* ("layout: post") are in every file of a site and must never be learned.
*/
function frontMatterEnd(text, lines) {
	if (lineOf(text, lines, 0).trimEnd() !== "---") return -1;
	const limit = Math.min(lines.start.length, 200);
	for (let i = 1; i < limit; i++) {
		const l = lineOf(text, lines, i).trimEnd();
		if (l === "---" || l === "...") return i;
	}
	return -1;
}
/** A unit's lines as one string (the template collapses the line breaks to spaces). */
function unitText(text, lines, first, last) {
	return first === last ? lineOf(text, lines, first) : lineOf(text, lines, first) + "\n" + text.slice(lines.next[first], lines.end[last]);
}
function lineOf(text, lines, i) {
	let s = text.slice(lines.start[i], lines.end[i]);
	if (i === 0 && s.charCodeAt(0) === 65279) s = s.slice(1);
	return s;
}
// src/io/decode.ts
/** Decodes a whole file; `name` goes into the one-line error. */
function decodeBytes(bytes, name) {
	const d = new TextStreamDecoder(name);
	return {
		text: d.write(bytes) + d.end(),
		encoding: d.encoding ?? "utf8"
	};
}
/** Encodes text back in the encoding it came in. */
function encodeText(text, encoding) {
	if (encoding === "utf8") return new TextEncoder().encode(text);
	const body = text.charCodeAt(0) === 65279 ? text.slice(1) : text;
	const out = new Uint8Array(2 + body.length * 2);
	out[0] = encoding === "utf16le" ? 255 : 254;
	out[1] = encoding === "utf16le" ? 254 : 255;
	for (let i = 0; i < body.length; i++) {
		const c = body.charCodeAt(i);
		const [a, b] = encoding === "utf16le" ? [c & 255, c >> 8] : [c >> 8, c & 255];
		out[2 + 2 * i] = a;
		out[3 + 2 * i] = b;
	}
	return out;
}
// src/io/read-input.ts
async function readFileInput(file, shown) {
	let bytes;
	try {
		bytes = await readFile(fsPath(file));
	} catch (e) {
		throw new InputError(`${shown}: ${describeFsError(e)}`);
	}
	return decodeBytes(bytes, shown);
}
async function readStreamInput(stream) {
	const chunks = [];
	for await (const c of stream) chunks.push(typeof c === "string" ? new TextEncoder().encode(c) : c);
	return decodeBytes(Buffer.concat(chunks), "<stdin>");
}
function describeFsError(e) {
	switch (e.code) {
		case "ENOENT": return "no such file or directory";
		case "EISDIR": return "is a directory, not a file";
		case "EACCES":
		case "EPERM": return "permission denied";
		case "ELOOP": return "too many levels of symbolic links";
		case "ENOSPC": return "no space left on device";
		case "EFBIG": return "file too large";
		case "EROFS": return "read-only file system";
		case "EIO": return "input/output error";
		default: return e.message;
	}
}
// src/io/temp-name.ts
let counter = 0;
/** `.NAME.winnow-PID-RANDOM.tmp` in the target's directory. */
function tempNameBeside(target) {
	const random = ((Math.floor(Math.random() * 4294967296) ^ counter++) >>> 0).toString(16).padStart(8, "0");
	return path.join(path.dirname(target), `.${path.basename(target)}.winnow-${process.pid}-${random}.tmp`);
}
// src/io/output-target.ts
/** Files by device and inode: what "the same file" means, whatever path or link names it. */
var FileIds = class {
	ids = /* @__PURE__ */ new Map();
	/** Adds a file (followed through links) by path; a missing one is ignored. `shown` names it in errors. */
	addPath(file, shown) {
		const s = statBig(file);
		if (s?.isFile()) this.ids.set(key(s), shown);
	}
	/** Adds a file by its "dev:ino" (as the batch plan has it). */
	addId(id, shown) {
		this.ids.set(id, shown);
	}
	/** The input that `file` (followed through links) is, or undefined. */
	findPath(file) {
		const s = statBig(file);
		return s ? this.find(s) : void 0;
	}
	/** Adds an open descriptor (standard input redirected from a file). */
	addFd(fd, shown) {
		try {
			const s = fstatSync(fd, { bigint: true });
			if (s.isFile()) this.ids.set(key(s), shown);
		} catch {}
	}
	/** The input `s` is, or undefined. */
	find(s) {
		return this.ids.get(key(s));
	}
	get size() {
		return this.ids.size;
	}
};
/**
* Resolves `file` (absolute) for writing; `shown` names it in errors, `flag` is the option that
* named it ("-o", "--report"). Throws a one-line UsageError or InputError when it must not be written.
*/
function resolveOutputTarget(file, shown, flag, inputs) {
	let l;
	try {
		l = lstatSync(fsPath(file));
	} catch (e) {
		if (e.code === "ENOENT") return {
			kind: "file",
			path: file
		};
		throw new InputError(`${shown}: cannot write: ${describeFsError(e)}`);
	}
	let real = file;
	if (l.isSymbolicLink()) try {
		real = realpathSync.native(fsPath(file)).toString();
	} catch (e) {
		const code = e.code;
		throw new InputError(`${shown}: ${code === "ENOENT" ? "symbolic link to a missing file" : describeFsError(e)}, not written`);
	}
	const s = statBig(real);
	if (s === null) return {
		kind: "file",
		path: real
	};
	const input = inputs.find(s);
	if (input !== void 0) {
		const hint = flag === "-o" ? " (--write cleans a file in place)" : "";
		throw new UsageError(`${flag} ${shown}: ${input === shown ? "is an input" : `is the same file as the input ${input}`}; it would be overwritten${hint}`);
	}
	if (s.isDirectory()) throw new InputError(`${shown}: cannot write: is a directory, not a file`);
	if (s.isCharacterDevice() || s.isFIFO()) return {
		kind: "stream",
		path: real
	};
	if (s.isSocket()) throw new InputError(`${shown}: is a socket, not written`);
	if (s.isBlockDevice()) throw new InputError(`${shown}: is a block device, not written`);
	return {
		kind: "file",
		path: real
	};
}
/** Throws when two outputs name one file (the report would replace the clean text). */
function checkDistinctOutputs(outputs) {
	const seen = /* @__PURE__ */ new Map();
	for (const o of outputs) {
		const s = statBig(o.file);
		const id = s ? key(s) : path.resolve(o.file);
		const first = seen.get(id);
		if (first !== void 0) throw new UsageError(`${o.flag} ${o.shown}: the same file as ${first}`);
		seen.set(id, `${o.flag} ${o.shown}`);
	}
}
function statBig(file) {
	try {
		return statSync(fsPath(file), { bigint: true });
	} catch {
		return null;
	}
}
function key(s) {
	return `${s.dev}:${s.ino}`;
}
// src/io/stream-to-file.ts
var FileSink = class FileSink {
	target;
	temp;
	shown;
	handle;
	constructor(target, temp, shown, handle) {
		this.target = target;
		this.temp = temp;
		this.shown = shown;
		this.handle = handle;
	}
	static async create(out, shown) {
		const target = out.path;
		if (out.kind === "stream") try {
			return new FileSink(target, null, shown, await open(fsPath(target), "w"));
		} catch (e) {
			throw new InputError(`${shown}: cannot write: ${describeFsError(e)}`);
		}
		const temp = tempNameBeside(target);
		const mode = await stat(fsPath(target)).then((s) => s.mode & 4095, () => 438);
		trackTemp(temp);
		try {
			return new FileSink(target, temp, shown, await tempStep(open(fsPath(temp), "wx", mode)));
		} catch (e) {
			untrackTemp(temp);
			throw new InputError(`${shown}: cannot write: ${describeFsError(e)}`);
		}
	}
	async write(bytes) {
		if (!this.handle || bytes.length === 0) return;
		try {
			for (let done = 0; done < bytes.length;) done += (await this.handle.write(bytes, done, bytes.length - done)).bytesWritten;
		} catch (e) {
			await this.abort();
			throw new InputError(`${this.shown}: cannot write: ${describeFsError(e)}`);
		}
	}
	/** Puts the complete file in place. */
	async close() {
		const h = this.handle;
		if (!h) return;
		this.handle = null;
		try {
			if (this.temp !== null) await h.sync();
			await h.close();
			if (this.temp === null) return;
			if (isInterrupted()) throw Object.assign(/* @__PURE__ */ new Error("interrupted"), { code: "EINTR" });
			await tempStep(rename(fsPath(this.temp), fsPath(this.target)));
			untrackTemp(this.temp);
		} catch (e) {
			if (this.temp !== null) {
				await unlink(fsPath(this.temp)).catch(() => void 0);
				untrackTemp(this.temp);
			}
			throw new InputError(`${this.shown}: cannot write: ${describeFsError(e)}`);
		}
	}
	/** Removes the temporary file; the target stays as it was. */
	async abort() {
		const h = this.handle;
		this.handle = null;
		await h?.close().catch(() => void 0);
		if (this.temp === null) return;
		await unlink(fsPath(this.temp)).catch(() => void 0);
		untrackTemp(this.temp);
	}
};
/** Writes a whole output (a report) the same way: complete or not at all, the old file kept on failure. */
async function writeWholeFile(out, shown, data) {
	const sink = await FileSink.create(out, shown);
	await sink.write(typeof data === "string" ? Buffer.from(data, "utf8") : data);
	await sink.close();
}
// src/core/markdown/sections.ts
const ATX = /^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$/;
const SETEXT_UNDERLINE = /^ {0,3}(=+|-+)[ \t]*$/;
const INDENTED = /^[ \t]/;
/** Fenced or indented code: what a signature or an example is written in. */
const CODE_BLOCK = /^(?: {0,3}(?:```|~~~)| {4}|\t)/;
/** A paragraph that is only bold text works as a heading: "**Negative ranges**". */
const BOLD_LABEL = /^[ \t]*(\*\*|__)[^*_\n]+\1[ \t:]*$/;
/** Where each unit stands (see the top of this file). */
function unitPlaces(a) {
	const line = (i) => a.text.slice(a.lines.start[i] ?? 0, a.lines.end[i] ?? 0);
	const body = (first, last) => a.text.slice(a.lines.start[first] ?? 0, a.lines.end[last] ?? 0);
	const places = {
		key: [],
		depth: []
	};
	const headings = [];
	let anchor = null;
	let item = null;
	for (const u of a.units) {
		const h = u.kind === "code" ? heading(line, u.first, u.last) : null;
		if (h) {
			headings.length = h.level - 1;
			for (let l = 0; l < h.level - 1; l++) headings[l] ??= "";
			headings.push(h.text);
			anchor = item = null;
		} else if (u.kind === "code" && CODE_BLOCK.test(line(u.first)) || u.kind === "paragraph" && u.first === u.last && BOLD_LABEL.test(line(u.first))) {
			anchor = normalized(body(u.first, u.last));
			item = null;
		} else if (u.kind === "list-item") item = normalized(line(u.first));
		else if (u.kind === "paragraph" && !INDENTED.test(line(u.first))) item = null;
		const inItem = u.kind === "paragraph" && item !== null && INDENTED.test(line(u.first));
		places.key.push(`${headings.join("\n")}\n\n${anchor ?? ""}\n\n${inItem ? item : ""}`);
		places.depth.push(headings.length * 4 + (anchor !== null ? 1 : 0) + (inItem ? 2 : 0));
	}
	return places;
}
function heading(line, first, last) {
	const top = line(first);
	const atx = ATX.exec(top);
	if (atx) return {
		level: (atx[1] ?? "#").length,
		text: normalized(atx[2] ?? "")
	};
	const under = SETEXT_UNDERLINE.exec(line(last));
	if (last > first && under && !SETEXT_UNDERLINE.test(top)) {
		const body = [];
		for (let i = first; i < last; i++) body.push(line(i));
		return {
			level: under[1]?.startsWith("=") ? 1 : 2,
			text: normalized(body.join(" "))
		};
	}
	return null;
}
function normalized(s) {
	return s.trim().replace(/\s+/g, " ").toLowerCase();
}
// src/core/decide.ts
/** Kinds a writer repeats on purpose; only a repeated block around them can cut them. */
function eligibleForDuplicate(u, o) {
	return u.kind === "paragraph" && u.tokens >= o.minWords;
}
function decide(a, doc, index, o, rules) {
	const units = a.units;
	const out = new Array(units.length).fill(null);
	const local = o.format === "markdown" ? /* @__PURE__ */ new Map() : null;
	let places = null;
	const parallelPlace = (i, id) => {
		const j = local?.get(id);
		if (j === void 0) return false;
		places ??= unitPlaces(a);
		return places.key[i] !== places.key[j] && places.depth[i] === places.depth[j];
	};
	for (let i = 0; i < units.length; i++) {
		const u = units[i];
		if (!u) continue;
		if (u.boiler) {
			out[i] = {
				kind: "boilerplate",
				rule: u.boiler.rule,
				match: u.boiler.match
			};
			continue;
		}
		if (u.tokens === 0 || !o.dedupe || u.fpHi === 0 && u.fpLo === 0) continue;
		if (eligibleForDuplicate(u, o)) {
			const exact = index.exact.get(u.fpHi, u.fpLo);
			if (exact >= 0 && !parallelPlace(i, exact) && index.factsLost(exact, unitBody(a, u)).length === 0) {
				out[i] = {
					kind: "duplicate",
					rule: "exact",
					source: index.unitOf(exact),
					similarity: 1
				};
				continue;
			}
			if (exact < 0 && !o.exact && u.tokens >= o.ngram) {
				const near = nearCut(a, u, index, o);
				if (near && !parallelPlace(i, near.source)) {
					out[i] = {
						kind: "near-duplicate",
						rule: "near",
						source: index.unitOf(near.source),
						similarity: near.similarity
					};
					continue;
				}
			}
			const id = register(a, i, doc, index);
			local?.set(id, i);
		}
	}
	cutRepeatedBlocks(a, index, out, o);
	if (rules.context.size > 0) {
		const texts = units.map((u) => u.kind === "code" ? "" : unitBody(a, u));
		for (const c of findContextCuts(texts, units, (k) => out[k] === null, a.stems)) if (rules.context.has(c.rule)) out[c.unit] = {
			kind: "boilerplate",
			rule: c.rule,
			match: c.match
		};
	}
	if (rules.stub) cutStubs(units, out, o.stubMaxWords);
	return out;
}
/**
* Unit `u` as a near duplicate that loses no fact, or null. Its similarity counts the tokens any
* kept unit covers; the kept copy it names is the one with the most shared shingles among those
* that hold every fact of `u` (numbers, links, code spans...), so the copy the report names is
* enough to check that nothing was lost. `self`: a record of the unit itself to leave out.
*/
function nearCut(a, u, index, o, self = -1) {
	const near = findNearDuplicate(a, u, index, o, self);
	if (!near || near.similarity <= nearThreshold(u.tokens, o)) return null;
	const body = unitBody(a, u);
	if (!mayHoldFacts(body)) return {
		source: near.source,
		similarity: near.similarity
	};
	for (const id of rankedSources(near)) if (index.factsLost(id, body).length === 0) return {
		source: id,
		similarity: near.similarity
	};
	return null;
}
const SHORT_UNIT_BAR = .9;
/**
* Formulaic short lines ("And the evening and the morning were the third day.") share most of
* their n-grams without being copies, so the bar rises linearly from --threshold at 30 tokens to
* 0.9 at --min-words.
*/
function nearThreshold(tokens, o) {
	if (tokens >= 30 || o.threshold >= SHORT_UNIT_BAR) return o.threshold;
	const span = Math.max(1, 30 - o.minWords);
	const shortness = Math.min(1, (30 - tokens) / span);
	return o.threshold + (SHORT_UNIT_BAR - o.threshold) * shortness;
}
/**
* Only units that may be cut as duplicates become sources: a table of contents entry or a refrain
* line does not make the chapter title or the paragraph that repeats it a copy.
*/
/** Records unit i as kept; returns its record id (-1 for no unit). */
function register(a, i, doc, index) {
	const u = a.units[i];
	if (!u) return -1;
	const id = index.record(doc, i, unitBody(a, u));
	index.addExact(u.fpHi, u.fpLo, id);
	for (let s = u.selStart; s < u.selEnd; s++) index.addShingle(a.selHash[s] ?? 0, id);
	return id;
}
/**
* A short unit repeated together with the paragraphs around it (the title of an article printed
* twice) is part of the repeated block: cut it when a neighbour was cut as a duplicate of the
* neighbour of its own kept copy. A refrain has no long duplicate beside it, so it stays. A unit
* that may hold a fact is cut only when its copy is the very same text: the index keeps no text of
* units that are no kept copy, only a hash of it.
*/
function cutRepeatedBlocks(a, index, out, o) {
	const units = a.units;
	for (let changed = true; changed;) {
		changed = false;
		for (let i = 0; i < units.length; i++) {
			const u = units[i];
			if (!u || out[i] !== null || u.tokens === 0 || eligibleForDuplicate(u, o)) continue;
			for (const step of [1, -1]) {
				const d = out[i + step];
				if (!d?.source || d.kind !== "duplicate" && d.kind !== "near-duplicate") continue;
				const copy = {
					doc: d.source.doc,
					unit: d.source.unit - step
				};
				if (index.unitHasFingerprint(copy.doc, copy.unit, u.fpHi, u.fpLo) && blockCopyKeepsFacts(u, copy, index)) {
					out[i] = {
						kind: "duplicate",
						rule: "repeated-block",
						source: copy,
						similarity: 1
					};
					changed = true;
					break;
				}
			}
		}
	}
}
/** A unit that may hold a fact goes with its block only when its copy is the same text (UnitInfo.raw). */
function blockCopyKeepsFacts(u, copy, index) {
	return u.raw === 0 || index.unitRaw(copy) === u.raw;
}
/**
* onion's stub rule: a short unit with cut text on both sides, or cut text before it and the end
* of the text after it, goes too. The start of a text does not count as cut text: titles stand there.
*/
function cutStubs(units, out, maxWords) {
	for (let changed = true; changed;) {
		changed = false;
		for (let i = 0; i < units.length; i++) {
			const u = units[i];
			if (!u || out[i] !== null || u.kind === "code" || u.kind === "table-row" || u.tokens > maxWords) continue;
			const cutBefore = i > 0 && out[i - 1] !== null;
			const cutAfter = i === units.length - 1 || out[i + 1] !== null;
			if (!cutBefore || !cutAfter) continue;
			out[i] = {
				kind: "boilerplate",
				rule: STUB_RULE,
				match: `${u.tokens} words between cut text`
			};
			changed = true;
		}
	}
}
// src/core/dedup-index.ts
const NO_FACTS = /* @__PURE__ */ new Set();
var DedupIndex = class {
	exact;
	shingles;
	docs = [];
	recDoc = [];
	recUnit = [];
	recText = [];
	factCache = /* @__PURE__ */ new Map();
	segmented = /* @__PURE__ */ new Map();
	exactLog = [];
	shingleLog = [];
	journaled = null;
	constructor(expectedUnits = 1024) {
		this.exact = new U64Map(expectedUnits);
		this.shingles = new U32Map(expectedUnits * 4);
	}
	/** Keeps, from now on, the keys each record inserts: needed by exportDocument(). */
	journal() {
		this.journaled = {
			hi: [],
			lo: [],
			sh: []
		};
		return this;
	}
	/**
	* A text's units and its records with the keys they hold, as plain arrays: what cleaning the text
	* alone put in the index (journal() must have been called before).
	*/
	exportDocument(doc) {
		const d = this.docs[doc];
		const j = this.journaled;
		if (!d || !j) throw new RangeError(`no journaled document ${doc}`);
		const n = this.segmented.get(doc)?.n ?? d.fpHi.length;
		const recUnit = [];
		const recHi = [];
		const recLo = [];
		const recShingles = [];
		const recText = [];
		for (let r = 0; r < this.recDoc.length; r++) {
			if (this.recDoc[r] !== doc) continue;
			recText.push(this.recText[r]);
			const hi = j.hi[r] ?? 0;
			const lo = j.lo[r] ?? 0;
			const held = (hi !== 0 || lo !== 0) && this.exact.get(hi, lo) === r;
			recUnit.push(this.recUnit[r] ?? 0);
			recHi.push(held ? hi : 0);
			recLo.push(held ? lo : 0);
			recShingles.push((j.sh[r] ?? []).filter((h) => this.shingles.get(h) === r));
		}
		return {
			fpHi: d.fpHi.slice(0, n),
			fpLo: d.fpLo.slice(0, n),
			first: d.first.slice(0, n),
			last: d.last.slice(0, n),
			raw: d.raw.slice(0, n),
			recText,
			recUnit: Int32Array.from(recUnit),
			recHi: Uint32Array.from(recHi),
			recLo: Uint32Array.from(recLo),
			recShingles
		};
	}
	/** Adds a text exported by exportDocument(): its kept units become sources, first holder of a key wins. */
	importDocument(name, t) {
		const doc = this.addDocument(name, t);
		for (let i = 0; i < t.recUnit.length; i++) {
			const id = this.record(doc, t.recUnit[i] ?? 0, t.recText[i] ?? "");
			const hi = t.recHi[i] ?? 0;
			const lo = t.recLo[i] ?? 0;
			if (hi !== 0 || lo !== 0) this.exact.setIfAbsent(hi, lo, id);
			const sh = t.recShingles[i] ?? [];
			for (let k = 0; k < sh.length; k++) this.shingles.setIfAbsent(sh[k] ?? 0, id);
		}
		return doc;
	}
	/** Starts a text; returns its number. */
	addDocument(name, units) {
		this.docs.push({
			name,
			...packed(units, units.fpHi.length, units.fpHi.length)
		});
		return this.docs.length - 1;
	}
	/**
	* Adds the next segment of a text cleaned in segments (a stream): its units are numbered after
	* those already in, its line spans shifted by `lineOffset`, so that records, spans and
	* neighbours read as one text. record() then takes unit numbers within the segment.
	*/
	extendDocument(doc, units, lineOffset) {
		const d = this.docs[doc];
		if (!d) throw new RangeError(`no document ${doc}`);
		const seg = this.segmented.get(doc) ?? {
			n: d.fpHi.length,
			base: 0
		};
		const n = seg.n + units.fpHi.length;
		if (n > d.fpHi.length) Object.assign(d, packed(d, Math.max(n, d.fpHi.length * 2, 1024), seg.n));
		d.fpHi.set(units.fpHi, seg.n);
		d.fpLo.set(units.fpLo, seg.n);
		d.raw.set(units.raw, seg.n);
		for (let i = 0; i < units.fpHi.length; i++) {
			d.first[seg.n + i] = (units.first[i] ?? 0) + lineOffset;
			d.last[seg.n + i] = (units.last[i] ?? 0) + lineOffset;
		}
		this.segmented.set(doc, {
			n,
			base: seg.n
		});
		return doc;
	}
	/** Stores a kept unit's fingerprint for record `id`, unless one is there. */
	addExact(hi, lo, id) {
		if (!this.exact.setIfAbsent(hi, lo, id)) return;
		this.exactLog.push(hi, lo);
		if (this.journaled) {
			this.journaled.hi[id] = hi;
			this.journaled.lo[id] = lo;
		}
	}
	/** Stores a kept unit's shingle for record `id`, unless one is there. */
	addShingle(hash, id) {
		if (!this.shingles.setIfAbsent(hash, id)) return;
		this.shingleLog.push(hash);
		if (this.journaled) (this.journaled.sh[id] ??= []).push(hash);
	}
	/** Starts a cleaning that rollback() can undo until commit(). */
	begin() {
		this.exactLog = [];
		this.shingleLog = [];
		const segmented = /* @__PURE__ */ new Map();
		for (const [doc, seg] of this.segmented) segmented.set(doc, { ...seg });
		return {
			docs: this.docs.length,
			records: this.recDoc.length,
			segmented
		};
	}
	/** Takes back every text, unit and key added since `mark`. */
	rollback(mark) {
		const ex = this.exactLog;
		for (let i = ex.length - 2; i >= 0; i -= 2) this.exact.delete(ex[i] ?? 0, ex[i + 1] ?? 0);
		const sh = this.shingleLog;
		for (let i = sh.length - 1; i >= 0; i--) this.shingles.delete(sh[i] ?? 0);
		this.exactLog = [];
		this.shingleLog = [];
		this.docs.length = mark.docs;
		this.recDoc.length = mark.records;
		this.recUnit.length = mark.records;
		if (this.journaled) for (const a of [
			this.journaled.hi,
			this.journaled.lo,
			this.journaled.sh
		]) a.length = Math.min(a.length, mark.records);
		this.recText.length = mark.records;
		for (const id of this.factCache.keys()) if (id >= mark.records) this.factCache.delete(id);
		this.segmented.clear();
		for (const [doc, seg] of mark.segmented) if (doc < mark.docs) this.segmented.set(doc, { ...seg });
	}
	/** Ends the cleaning begun at the last begin(): its additions stay. */
	commit() {
		this.exactLog = [];
		this.shingleLog = [];
	}
	/** Units of `doc` recorded (kept and registered) since `mark`, in order. */
	recordedSince(mark, doc) {
		const out = [];
		const base = this.segmented.get(doc)?.base ?? 0;
		for (let r = mark.records; r < this.recDoc.length; r++) if (this.recDoc[r] === doc) out.push((this.recUnit[r] ?? 0) - base);
		return out;
	}
	/** Record id of each unit of `doc` (numbered in the last segment) recorded since `mark`. */
	recordIds(mark, doc) {
		const out = /* @__PURE__ */ new Map();
		const base = this.segmented.get(doc)?.base ?? 0;
		for (let r = mark.records; r < this.recDoc.length; r++) if (this.recDoc[r] === doc) out.set((this.recUnit[r] ?? 0) - base, r);
		return out;
	}
	/**
	* Takes back the keys record `id` (made since begin()) holds among its unit's fingerprint
	* `hi:lo` and shingles `hashes`, as if it had never been made: only exact, since a key it holds
	* was inserted by it. The record points nowhere after.
	*/
	forget(id, hi, lo, hashes) {
		if (this.exact.get(hi, lo) === id) this.exact.delete(hi, lo);
		for (let i = 0; i < hashes.length; i++) if (this.shingles.get(hashes[i] ?? 0) === id) this.shingles.delete(hashes[i] ?? 0);
		this.recDoc[id] = -1;
	}
	/**
	* Keeps only the units of `doc`'s last segment (its whole text when not segmented) for which
	* `kept` holds, numbered among the kept ones, so that a neighbour of a kept copy is the unit a
	* later run over the clean text sees beside it. No unit recorded since `mark` may be dropped.
	*/
	keepOnly(doc, kept, mark) {
		const d = this.docs[doc];
		if (!d) throw new RangeError(`no document ${doc}`);
		const seg = this.segmented.get(doc);
		const base = seg?.base ?? 0;
		const n = seg?.n ?? d.fpHi.length;
		const renumber = new Int32Array(n - base);
		let w = base;
		for (let u = base; u < n; u++) {
			if (!kept(u - base)) {
				renumber[u - base] = -1;
				continue;
			}
			renumber[u - base] = w;
			d.fpHi[w] = d.fpHi[u] ?? 0;
			d.fpLo[w] = d.fpLo[u] ?? 0;
			d.raw[w] = d.raw[u] ?? 0;
			d.first[w] = d.first[u] ?? 0;
			d.last[w] = d.last[u] ?? 0;
			w++;
		}
		if (seg) seg.n = w;
		else Object.assign(d, packed(d, w, w));
		for (let r = mark.records; r < this.recDoc.length; r++) {
			if (this.recDoc[r] !== doc) continue;
			const to = renumber[(this.recUnit[r] ?? 0) - base] ?? -1;
			if (to < 0) throw new Error("keepOnly: a recorded unit was dropped");
			this.recUnit[r] = to;
		}
	}
	/** Texts in the index. */
	get documents() {
		return this.docs.length;
	}
	docName(doc) {
		return this.docs[doc]?.name;
	}
	/** Records a kept unit whose text (prefix stripped) is `text`; returns the id the maps store for it. */
	record(doc, unit, text) {
		this.recDoc.push(doc);
		this.recUnit.push(unit + (this.segmented.get(doc)?.base ?? 0));
		this.recText.push(mayHoldFacts(text) ? (" " + text).slice(1) : void 0);
		return this.recDoc.length - 1;
	}
	/** The facts of `text` that the kept unit of record `id` lacks (none: a cut loses nothing). */
	factsLost(id, text) {
		const kept = this.recText[id];
		if (kept === text) return [];
		if (kept === void 0) return lostFacts(text, NO_FACTS);
		let facts = this.factCache.get(id);
		if (!facts) {
			if (this.factCache.size >= 4096) this.factCache.clear();
			this.factCache.set(id, facts = factsOf(kept));
		}
		return lostFacts(text, facts);
	}
	unitOf(id) {
		return {
			doc: this.recDoc[id] ?? 0,
			unit: this.recUnit[id] ?? 0
		};
	}
	/** 0-based line span of a unit. */
	span(ref) {
		const d = this.docs[ref.doc];
		return {
			first: d?.first[ref.unit] ?? 0,
			last: d?.last[ref.unit] ?? 0
		};
	}
	/** True when unit `unit` of text `doc` exists and has the (non-zero) fingerprint hi:lo. */
	unitHasFingerprint(doc, unit, hi, lo) {
		const d = this.docs[doc];
		if (!d || unit < 0 || unit >= (this.segmented.get(doc)?.n ?? d.fpHi.length) || hi === 0 && lo === 0) return false;
		return d.fpHi[unit] === hi && d.fpLo[unit] === lo;
	}
	/** UnitInfo.raw of a unit (0 when it has none or does not exist). */
	unitRaw(ref) {
		return this.docs[ref.doc]?.raw[ref.unit] ?? 0;
	}
	/** Bytes held by the lookup tables. */
	get tableBytes() {
		return this.exact.byteLength + this.shingles.byteLength;
	}
};
/**
* The five columns of a text's units in one buffer of room for `cap` units, the first `n` copied
* from `from`: one ArrayBuffer a text instead of five. Over 20,000 texts, the 60,000 buffers fewer,
* each with its own allocation and V8 object, took 12 MB off the peak of a batch run.
*/
function packed(from, cap, n) {
	const buf = /* @__PURE__ */ new ArrayBuffer(20 * cap);
	const to = {
		fpHi: new Uint32Array(buf, 0, cap),
		fpLo: new Uint32Array(buf, 4 * cap, cap),
		first: new Int32Array(buf, 8 * cap, cap),
		last: new Int32Array(buf, 12 * cap, cap),
		raw: new Uint32Array(buf, 16 * cap, cap)
	};
	to.fpHi.set(from.fpHi.subarray(0, n));
	to.fpLo.set(from.fpLo.subarray(0, n));
	to.first.set(from.first.subarray(0, n));
	to.last.set(from.last.subarray(0, n));
	to.raw.set(from.raw.subarray(0, n));
	return to;
}
// src/core/option-table.ts
const OPTION_TABLE = [
	{
		key: "ngram",
		flag: "--ngram",
		type: "integer",
		min: 1,
		max: 64,
		value: "<n>",
		perFile: true,
		description: "Word n-gram length for near-duplicate search."
	},
	{
		key: "window",
		flag: "--window",
		type: "integer",
		min: 1,
		max: 256,
		value: "<n>",
		perFile: true,
		description: "Winnowing window: one shingle hash in every N consecutive ones is kept."
	},
	{
		key: "threshold",
		flag: "--threshold",
		type: "share",
		min: 0,
		minInclusive: false,
		value: "<share>",
		perFile: true,
		description: "A unit is a near duplicate when more than this share of its tokens stands in kept text."
	},
	{
		key: "minWords",
		flag: "--min-words",
		type: "integer",
		min: 0,
		max: 1e4,
		value: "<n>",
		perFile: true,
		description: "Units with fewer tokens are never cut as duplicates on their own (headings, short list items)."
	},
	{
		key: "stubMaxWords",
		flag: "--stub-max-words",
		type: "integer",
		min: 0,
		max: 1e4,
		value: "<n>",
		perFile: true,
		description: "Short lines stranded between cuts are cut too, up to this many tokens; 0 turns it off."
	},
	{
		key: "exact",
		flag: "--exact",
		type: "boolean",
		perFile: true,
		description: "Exact duplicates only: no near-duplicate search."
	},
	{
		key: "dedupe",
		flag: "--no-dedupe",
		type: "boolean",
		perFile: true,
		description: "Cut duplicates; --no-dedupe (false in a config file) cuts only boilerplate."
	},
	{
		key: "defaultRules",
		flag: "--no-default-rules",
		type: "boolean",
		perFile: true,
		description: "Apply the built-in boilerplate rules; --no-default-rules (false in a config file) applies none."
	},
	{
		key: "disable",
		flag: "--disable",
		type: "names",
		value: "<rule>",
		perFile: true,
		description: "Rules to switch off by name (see --list-rules); repeatable, or comma-separated."
	},
	{
		key: "rules",
		flag: "--rules",
		type: "rules",
		value: "<file>",
		perFile: true,
		description: "Extra rules: a JSON file of [{ name, pattern, mode: line|prefix }] (in a config file, the array itself may stand here)."
	},
	{
		key: "format",
		flag: null,
		type: "choice",
		choices: ["text", "markdown"],
		value: "<format>",
		perFile: true,
		description: "How a file is split into units; by default .md, .markdown and .mdx files are Markdown, others text."
	},
	{
		key: "scope",
		flag: "--scope",
		type: "choice",
		choices: ["run", "file"],
		value: "<scope>",
		perFile: false,
		description: "Where duplicates are looked for: across the whole run, or in each file alone."
	},
	{
		key: "minFiles",
		flag: "--min-files",
		type: "integer",
		min: 2,
		max: 1e9,
		value: "<n>",
		perFile: false,
		description: "Learned boilerplate: a masked line must be in at least this many files."
	},
	{
		key: "minShare",
		flag: "--min-share",
		type: "share",
		min: 0,
		minInclusive: true,
		value: "<share>",
		perFile: false,
		description: "Learned boilerplate: ... and in at least this share of the run's files."
	}
];
/** Why `value` is not allowed for `spec`, or null when it is. Numbers and choices only; lists are checked where they are read. */
function optionProblem(spec, value) {
	switch (spec.type) {
		case "integer": return Number.isInteger(value) && value >= spec.min && value <= spec.max ? null : `a whole number from ${spec.min} to ${spec.max}`;
		case "share": {
			const n = value;
			const low = spec.minInclusive ? n >= spec.min : n > spec.min;
			return typeof value === "number" && low && n <= 1 ? null : spec.minInclusive ? "a number from 0 to 1" : "a number greater than 0 and at most 1";
		}
		case "choice": return spec.choices.includes(value) ? null : `one of ${spec.choices.map((c) => `"${c}"`).join(", ")}`;
		case "boolean": return typeof value === "boolean" ? null : "true or false";
		default: return null;
	}
}
// src/core/options.ts
const DEFAULT_OPTIONS = Object.freeze({
	ngram: 5,
	window: 4,
	threshold: .6,
	minWords: 8,
	exact: false,
	dedupe: true,
	defaultRules: true,
	disable: [],
	rules: [],
	stubMaxWords: 6,
	format: "text",
	scope: "run",
	minFiles: 2,
	minShare: .5
});
/** Fills in defaults and rejects values that cannot work (the bounds are in option-table.ts). */
function resolveOptions(partial = {}) {
	const o = {
		...DEFAULT_OPTIONS,
		...stripUndefined(partial)
	};
	for (const spec of OPTION_TABLE) {
		const value = o[spec.key];
		const problem = optionProblem(spec, value);
		if (problem !== null) throw new RangeError(`${spec.key} must be ${problem}, got ${String(value)}`);
	}
	return o;
}
function stripUndefined(o) {
	const out = {};
	for (const [k, v] of Object.entries(o)) if (v !== void 0) out[k] = v;
	return out;
}
// src/core/render.ts
function newRenderCarry() {
	return {
		begun: false,
		atStart: true,
		emitted: false,
		gap: null,
		run: "",
		bom: false
	};
}
/**
* Kept units come out as they came in, a stripped prefix aside. Between two kept units stands the
* first run of blank lines that stood between them, so a cut never leaves two runs behind; blank
* lines before the first unit and after the last are kept as they were.
*/
function render(a, decisions, carry = newRenderCarry(), final = true) {
	const { text, lines, units } = a;
	const parts = [];
	const bom = !carry.begun && text.charCodeAt(0) === 65279;
	if (!carry.begun) carry.bom = bom;
	carry.begun = true;
	let prevEnd = 0;
	for (let i = 0; i < units.length; i++) {
		const u = units[i];
		if (!u) continue;
		const start = lines.start[u.first] ?? 0;
		if (bom && prevEnd === 0 && start > 0 && carry.atStart) carry.bom = false;
		placeBlank(carry, carry.run + text.slice(prevEnd, start), parts);
		prevEnd = lines.next[u.last] ?? text.length;
		if (decisions[i]) continue;
		let from = start;
		if (u.prefix) from += u.prefix.length + (from === 0 && bom ? 1 : 0);
		if (bom && from === 0) carry.bom = false;
		keep(carry, text.slice(from, prevEnd), parts);
	}
	const tail = carry.run + text.slice(prevEnd);
	carry.run = "";
	if (carry.atStart || final && carry.emitted) {
		if (bom && prevEnd === 0) carry.bom = false;
		parts.push(tail);
	} else if (carry.emitted) carry.run = tail;
	return withBom(carry, parts.join(""));
}
/** A kept line written as it is, unanalyzed (a stream's over-long line); `first` for its first piece. */
function renderRaw(carry, piece, first) {
	const parts = [];
	if (first) {
		carry.begun = true;
		placeBlank(carry, carry.run, parts);
		keep(carry, piece, parts);
	} else parts.push(piece);
	return withBom(carry, parts.join(""));
}
function placeBlank(carry, blank, parts) {
	carry.run = "";
	if (carry.atStart) {
		if (blank) parts.push(blank);
		carry.atStart = false;
	} else if (blank && carry.gap === null) carry.gap = blank;
}
function keep(carry, s, parts) {
	if (carry.gap !== null && carry.emitted) parts.push(carry.gap);
	carry.gap = null;
	parts.push(s);
	carry.emitted = true;
}
/** The BOM goes before the first output when the text's own first bytes were not written. */
function withBom(carry, out) {
	if (!carry.bom || out.length === 0) return out;
	carry.bom = false;
	return "﻿" + out;
}
/** `lineOffset`: lines of the text before this segment, when it comes in segments. */
function buildCuts(a, decisions, index, doc, lineOffset = 0) {
	const { text, lines, units } = a;
	const cuts = [];
	for (let i = 0; i < units.length; i++) {
		const u = units[i];
		if (!u) continue;
		const d = decisions[i];
		const startLine = u.first + 1 + lineOffset;
		if (!d) {
			if (u.prefix) cuts.push({
				kind: "boilerplate",
				startLine,
				endLine: startLine,
				text: u.prefix.match,
				prefix: true,
				rule: u.prefix.rule,
				match: u.prefix.match.trim()
			});
			continue;
		}
		const cut = {
			kind: d.kind,
			startLine,
			endLine: u.last + 1 + lineOffset,
			text: text.slice(lines.start[u.first] === 0 && text.charCodeAt(0) === 65279 ? 1 : lines.start[u.first], lines.end[u.last]),
			prefix: false,
			rule: d.rule
		};
		if (d.match !== void 0) cut.match = d.match;
		if (d.source) {
			const span = index.span(d.source);
			const file = index.docName(d.source.doc);
			cut.source = {
				startLine: span.first + 1,
				endLine: span.last + 1
			};
			if (d.source.doc !== doc && file !== void 0) cut.source.file = file;
		}
		if (d.similarity !== void 0) cut.similarity = Math.round(d.similarity * 1e3) / 1e3;
		cuts.push(cut);
	}
	return cuts;
}
// src/core/clean.ts
/** Cleans one text. Pass a shared `context.index` to find duplicates across texts. */
function clean(text, options = {}, context) {
	const o = resolveOptions(options);
	const rules = buildRuleSet(o);
	return cleanAnalysis(analyze(text, o, rules), o, rules, context ?? { index: new DedupIndex() });
}
/**
* The decision half of clean, for callers (workers) that analyzed the text elsewhere.
*
* A cut can change how the text left around it reads: two lines glued to an ad line become a block
* of their own, judged hard-wrapped prose, verse or a numbered list anew. So the kept text is
* cleaned again, until a cleaning cuts nothing (at most MAX_CLEANINGS in all), and what a later
* cleaning cuts is reported on the lines of the text given. That makes clean(clean(x)) = clean(x).
* settlesInOnePass() spares the second cleaning where the first one's cuts provably change nothing
* a second one reads, as for most texts. The index takes only the units finally kept, numbered
* among themselves, as a run over the clean text would number them.
*/
function cleanAnalysis(a0, o, rules, context, segment) {
	const index = context.index;
	const lineOffset = segment?.lineOffset ?? 0;
	const segmentDoc = segment?.doc;
	let a = a0;
	let map = null;
	let cuts = [];
	let prev = null;
	let firstRecorded = [];
	const finish = (p) => {
		index.commit();
		const out = segment ? render(p.a, p.decisions, segment.carry, segment.final) : render(p.a, p.decisions);
		return {
			text: out,
			cuts,
			stats: statsOf(a0, out, cuts)
		};
	};
	for (let pass = 1;; pass++) {
		const mark = index.begin();
		const doc = addUnits(index, context, segment, unitArrays(a, map));
		const decisions = decide(a, doc, index, o, rules);
		const kept = (i) => decisions[i] === null;
		if (decisions.every((d) => d === null) && a.units.every((u) => u.prefix === null)) {
			if (!prev) return finish({
				a,
				decisions
			});
			if (segment && pass === 2) {
				index.rollback(mark);
				restoreDoc(segment, segmentDoc);
				const first = prev.decisions;
				reindex(prev.a, null, () => true, firstRecorded.filter((i) => first[i] === null), index, context, segment);
			}
			return finish(prev);
		}
		const recorded = index.recordedSince(mark, doc);
		if (pass === 1) firstRecorded = recorded;
		prev = {
			a,
			decisions
		};
		const found = buildCuts(a, decisions, index, doc, map ? 0 : lineOffset);
		cuts = map ? mergeCuts(cuts, found, map, a0, lineOffset) : found;
		const last = pass >= (context.cleanings ?? 4);
		const ids = index.recordIds(mark, doc);
		const cutRecords = new Map([...ids].filter(([i]) => !kept(i)));
		const settles = !last && settlesInOnePass(a, decisions, o, rules) && judgedAlike(a, decisions, o, index, ids, cutRecords);
		if (last || settles) {
			if (settles || cutRecords.size === 0) {
				if (!segment) index.keepOnly(doc, kept, mark);
			} else {
				index.rollback(mark);
				restoreDoc(segment, segmentDoc);
				reindex(a, map, kept, recorded.filter(kept), index, context, segment);
			}
			return finish(prev);
		}
		const next = analyze(render(a, decisions), o, rules);
		map = lineMap(a, decisions, next, map);
		index.rollback(mark);
		restoreDoc(segment, segmentDoc);
		a = next;
	}
}
function addUnits(index, context, segment, units) {
	if (!segment) return index.addDocument(context.name, units);
	const doc = index.extendDocument(segment.doc ?? index.addDocument(context.name, unitArrays(null, null)), units, segment.lineOffset);
	segment.doc = doc;
	return doc;
}
function restoreDoc(segment, doc) {
	if (!segment) return;
	if (doc === void 0) delete segment.doc;
	else segment.doc = doc;
}
/** A text's units as the index holds them: line spans on the lines of the text given (`map`). */
function unitArrays(a, map) {
	const n = a ? a.units.length : 0;
	const units = {
		fpHi: new Uint32Array(n),
		fpLo: new Uint32Array(n),
		first: new Int32Array(n),
		last: new Int32Array(n),
		raw: new Uint32Array(n)
	};
	if (!a) return units;
	a.units.forEach((u, i) => {
		units.fpHi[i] = u.fpHi;
		units.fpLo[i] = u.fpLo;
		units.raw[i] = u.raw;
		units.first[i] = map ? mapForward(map, u.first, u.last) : u.first;
		units.last[i] = map ? mapBack(map, u.last, u.first) : u.last;
	});
	return units;
}
function mapForward(map, from, to) {
	for (let l = from; l <= to; l++) if ((map[l] ?? -1) >= 0) return map[l] ?? 0;
	return 0;
}
function mapBack(map, from, to) {
	for (let l = from; l >= to; l--) if ((map[l] ?? -1) >= 0) return map[l] ?? 0;
	return 0;
}
/** Puts the units of `a` for which `keep` holds in the index, numbered among themselves, and records `recorded` (kept) in order. */
function reindex(a, map, keep, recorded, index, context, segment) {
	const keptUnits = a.units.flatMap((_, i) => keep(i) ? [i] : []);
	const all = unitArrays(a, map);
	const doc = addUnits(index, context, segment, {
		fpHi: Uint32Array.from(keptUnits, (i) => all.fpHi[i] ?? 0),
		fpLo: Uint32Array.from(keptUnits, (i) => all.fpLo[i] ?? 0),
		first: Int32Array.from(keptUnits, (i) => all.first[i] ?? 0),
		last: Int32Array.from(keptUnits, (i) => all.last[i] ?? 0),
		raw: Uint32Array.from(keptUnits, (i) => all.raw[i] ?? 0)
	});
	const number = new Map(keptUnits.map((i, k) => [i, k]));
	for (const i of recorded) {
		const k = number.get(i);
		const u = a.units[i];
		if (k === void 0 || !u) continue;
		const id = index.record(doc, k, unitBody(a, u));
		index.addExact(u.fpHi, u.fpLo, id);
		for (let s = u.selStart; s < u.selEnd; s++) index.addShingle(a.selHash[s] ?? 0, id);
	}
}
/**
* True when cleaning the kept text again would cut nothing and record the same units: every
* block (units on adjacent lines) is kept whole with no header stripped, cut whole, or splits on
* the lines it keeps (less stripped headers, which do not match again) into the units it keeps,
* with the same kinds; and the rules that judge the whole text (context rules) either judge neither
* text prose or, with every block kept or cut whole, find nothing more to cut among the units
* that stay. Markdown is parsed whole: never.
*/
function settlesInOnePass(a, decisions, o, rules) {
	if (o.format !== "text") return false;
	const units = a.units;
	const kept = (i) => decisions[i] === null;
	const prose = rules.context.size > 0 && isScrapedProse(units);
	if (rules.context.size > 0 && prose !== isScrapedProse(units.filter((_, i) => kept(i)))) return false;
	const stay = [];
	const texts = [];
	let line = -2;
	let glued = false;
	for (let s = 0; s < units.length;) {
		let e = s;
		while (e + 1 < units.length && (units[e + 1]?.first ?? -1) === (units[e]?.last ?? -2) + 1) e++;
		const block = {
			s,
			e
		};
		s = e + 1;
		let keptCount = 0;
		let stripped = false;
		line++;
		for (let i = block.s; i <= block.e; i++) {
			const u = units[i];
			if (!u || !kept(i)) continue;
			keptCount++;
			let lines = u.last - u.first + 1;
			if (u.prefix) {
				stripped = true;
				if (rules.prefix.length > 0 && matchPrefix(unitBody(a, u), rules)) return false;
				const bom = u.first === 0 && a.text.charCodeAt(0) === 65279 ? 1 : 0;
				if (u.prefix.length > (a.lines.end[u.first] ?? 0) - (a.lines.start[u.first] ?? 0) - bom) lines--;
			}
			if (prose) {
				stay.push({
					...u,
					first: line + 1,
					last: line + lines
				});
				texts.push(u.kind === "code" ? "" : unitBody(a, u));
			}
			line += lines;
		}
		const mixed = keptCount > 0 && keptCount < block.e - block.s + 1;
		if (mixed) glued = true;
		if ((mixed || stripped) && !splitsAsKept(a, decisions, block.s, block.e)) return false;
	}
	if (prose && (glued || decisions.some((d) => d !== null && d.kind === "boilerplate" && (d.rule === "stub" || rules.context.has(d.rule))))) {
		if (findContextCuts(texts, stay, () => true, a.stems).some((c) => rules.context.has(c.rule))) return false;
	}
	return true;
}
/**
* Whether the kept paragraphs are judged alike once the units recorded and then cut (headlines a
* context rule took) are out of the index, as a second cleaning judges them. Only a paragraph one
* of whose shingles such a unit held (the first holder of a key keeps it) can be judged otherwise:
* those are judged again in order, each then taking the keys it now holds first, as it would.
* Takes the cut units out of the index.
*/
function judgedAlike(a, decisions, o, index, ids, cutRecords) {
	if (cutRecords.size === 0) return true;
	const held = /* @__PURE__ */ new Set();
	for (const [i, id] of cutRecords) {
		const u = a.units[i];
		if (u) {
			for (let s = u.selStart; s < u.selEnd; s++) if (index.shingles.get(a.selHash[s] ?? 0) === id) held.add(a.selHash[s] ?? 0);
		}
	}
	const touched = [];
	for (let i = Math.min(...cutRecords.keys()) + 1; held.size > 0 && i < a.units.length; i++) {
		const u = a.units[i];
		if (!u || decisions[i] !== null || u.kind !== "paragraph" || u.tokens < o.minWords) continue;
		for (let s = u.selStart; s < u.selEnd; s++) if (held.has(a.selHash[s] ?? 0)) {
			touched.push(i);
			break;
		}
	}
	forget(a, index, cutRecords);
	for (const i of touched) {
		const u = a.units[i];
		const id = ids.get(i);
		if (!u || id === void 0) return false;
		if (nearCut(a, u, index, o, id)) return false;
		for (let s = u.selStart; s < u.selEnd; s++) index.addShingle(a.selHash[s] ?? 0, id);
	}
	return true;
}
/** Takes the records `cutRecords` (unit -> record id) and the keys they hold out of the index. */
function forget(a, index, cutRecords) {
	for (const [i, id] of cutRecords) {
		const u = a.units[i];
		if (u) index.forget(id, u.fpHi, u.fpLo, a.selHash.subarray(u.selStart, u.selEnd));
	}
}
/** Whether the kept lines of units s..e (less stripped headers), as a block of their own, split into the kept units. */
function splitsAsKept(a, decisions, s, e) {
	const lines = [];
	const origin = [];
	const keptUnits = [];
	const firstLine = [];
	for (let i = s; i <= e; i++) {
		const u = a.units[i];
		if (!u || u.kind === "code") return false;
		if (decisions[i] !== null) continue;
		keptUnits.push(u);
		firstLine.push(lines.length);
		for (let l = u.first; l <= u.last; l++) {
			let from = a.lines.start[l] ?? 0;
			if (from === 0 && a.text.charCodeAt(0) === 65279) from++;
			if (l === u.first && u.prefix) from += u.prefix.length;
			const to = a.lines.end[l] ?? 0;
			if (from > to) continue;
			const line = a.text.slice(from, to);
			if (isBlank(line)) return false;
			lines.push(line);
			origin.push(l);
		}
	}
	const split = splitBlockLines(lines);
	if (split.length !== keptUnits.length) return false;
	return split.every((v, k) => {
		const u = keptUnits[k];
		return !!u && v.kind === u.kind && v.first === firstLine[k] && origin[v.last] === u.last;
	});
}
/**
* Lines of `next` (the text `a` keeps) on the lines of the text given: a kept non-blank line of
* `a` is the next non-blank line of `next`, in order (blank lines may merge or drop).
*/
function lineMap(a, decisions, next, prev) {
	const keptLines = [];
	const bom = a.text.charCodeAt(0) === 65279 ? 1 : 0;
	a.units.forEach((u, i) => {
		if (decisions[i] !== null) return;
		for (let l = u.first; l <= u.last; l++) {
			let from = a.lines.start[l] ?? 0;
			if (from === 0) from += bom;
			if (l === u.first && u.prefix) from += u.prefix.length;
			if (from < (a.lines.end[l] ?? 0) && !isBlank(a.text.slice(from, a.lines.end[l]))) keptLines.push(l);
		}
	});
	const n = next.lines.start.length;
	const map = new Int32Array(n).fill(-1);
	let k = 0;
	for (let l = 0; l < n; l++) {
		if (isBlank(next.text.slice(next.lines.start[l], next.lines.end[l]))) continue;
		const from = keptLines[k++];
		if (from === void 0) throw new Error("winnow: the kept text has lines the text did not keep");
		map[l] = prev ? prev[from] ?? -1 : from;
	}
	if (k !== keptLines.length) throw new Error("winnow: the kept text lacks lines the text kept");
	return map;
}
function isBlank(s) {
	return s.trim() === "";
}
/**
* Cuts of a later cleaning (lines of its text) added to those so far (lines of the text given):
* a cut covers the runs of lines it took there, one cut a run, so no line is reported twice; a
* header stripped from a line joins the one stripped from it before.
*/
function mergeCuts(cuts, later, map, a0, lineOffset) {
	const out = cuts.slice();
	const prefixOf = /* @__PURE__ */ new Map();
	for (const c of out) if (c.prefix) prefixOf.set(c.startLine, c);
	const dropped = /* @__PURE__ */ new Set();
	for (const c of later) {
		if (c.prefix) {
			const line = (map[c.startLine - 1] ?? 0) + 1 + lineOffset;
			const before = prefixOf.get(line);
			if (before) before.text += c.text;
			else {
				const p = {
					...c,
					startLine: line,
					endLine: line
				};
				out.push(p);
				prefixOf.set(line, p);
			}
			continue;
		}
		const lines = [];
		for (let l = c.startLine - 1; l < c.endLine; l++) if ((map[l] ?? -1) >= 0) lines.push(map[l] ?? 0);
		for (let r = 0; r < lines.length;) {
			let q = r;
			while (q + 1 < lines.length && onlyBlankBetween(a0, lines[q] ?? 0, lines[q + 1] ?? 0)) q++;
			const first = lines[r] ?? 0;
			const last = lines[q] ?? 0;
			r = q + 1;
			for (let l = first; l <= last; l++) {
				const p = prefixOf.get(l + 1 + lineOffset);
				if (p) dropped.add(p);
			}
			let from = a0.lines.start[first] ?? 0;
			if (from === 0 && a0.text.charCodeAt(0) === 65279) from = 1;
			out.push({
				...c,
				startLine: first + 1 + lineOffset,
				endLine: last + 1 + lineOffset,
				text: a0.text.slice(from, a0.lines.end[last])
			});
		}
	}
	return out.filter((c) => !dropped.has(c)).sort((x, y) => x.startLine - y.startLine);
}
function onlyBlankBetween(a, p, q) {
	for (let l = p + 1; l < q; l++) if (!isBlank(a.text.slice(a.lines.start[l], a.lines.end[l]))) return false;
	return q > p;
}
function statsOf(a, out, cuts) {
	const count = {
		duplicate: 0,
		"near-duplicate": 0,
		boilerplate: 0
	};
	for (const c of cuts) count[c.kind]++;
	return {
		bytesIn: utf8Length(a.text),
		bytesOut: utf8Length(out),
		linesIn: a.lines.start.length,
		linesOut: countLines(out),
		units: a.units.length,
		cuts: count
	};
}
function countLines(s) {
	if (s.length === 0) return 0;
	let n = 0;
	if (!s.includes("\r")) for (let i = s.indexOf("\n"); i !== -1; i = s.indexOf("\n", i + 1)) n++;
	else for (let i = 0; i < s.length; i++) {
		const c = s.charCodeAt(i);
		if (c === 10 || c === 13 && s.charCodeAt(i + 1) !== 10) n++;
	}
	const last = s.charCodeAt(s.length - 1);
	return last === 10 || last === 13 ? n : n + 1;
}
const encoder = new TextEncoder();
let chunkBytes = null;
const CHUNK$1 = 65536;
/**
* UTF-8 byte length without Buffer, so the core runs anywhere: the engine's encoder over slices
* (four times faster than a loop over char codes). A lone surrogate counts as U+FFFD, as written.
*/
function utf8Length(s) {
	chunkBytes ??= /* @__PURE__ */ new Uint8Array(196611);
	let n = 0;
	for (let i = 0; i < s.length;) {
		let j = Math.min(s.length, i + CHUNK$1);
		const last = s.charCodeAt(j - 1);
		if (last >= 55296 && last <= 56319 && j < s.length) j++;
		n += encoder.encodeInto(s.slice(i, j), chunkBytes).written;
		i = j;
	}
	return n;
}
// src/io/reap-temps.ts
const TEMP = /^\..+\.winnow-(\d+)-[0-9a-f]{8}\.tmp$/;
/** Removes stale temporary files in each directory; returns how many went. */
function reapStaleTemps(dirs) {
	let removed = 0;
	for (const dir of new Set(dirs)) {
		let names;
		try {
			names = readdirSync(dir);
		} catch {
			continue;
		}
		for (const name of names) {
			const m = TEMP.exec(name);
			if (!m || isAlive(Number(m[1]))) continue;
			try {
				unlinkSync(path.join(dir, name));
				removed++;
			} catch {}
		}
	}
	return removed;
}
function isAlive(pid) {
	if (pid === process.pid) return true;
	try {
		process.kill(pid, 0);
		return true;
	} catch (e) {
		return e.code !== "ESRCH";
	}
}
// src/io/relative-path.ts
/** POSIX path of `file` under `dir`, or null when it lies outside. */
function relativeTo(dir, file) {
	const rel = path.relative(dir, file);
	if (rel === "" || rel.startsWith("..") || path.isAbsolute(rel)) return null;
	return rel.split(path.sep).join("/");
}
// src/core/boilerplate/rule-registry.ts
/** The rules page, relative to the package root; each rule has an anchor of its own name. */
const RULES_PAGE = "docs/rules.md";
const info = (name, mode, kind, description, examples) => ({
	name,
	mode,
	kind,
	description,
	help: `${RULES_PAGE}#${name}`,
	...examples ? { examples } : {}
});
const RULE_REGISTRY = [
	...BUILTIN_RULES.map((r) => info(r.name, r.mode, "pattern", r.description, r.examples)),
	info(CTA_SCORE_RULE, "line", "score", "short lines scored as ads or calls to action (imperative, registration, sales, urgency)"),
	info(NAV_RUN_RULE, "line", "context", "three or more navigation labels in a row inside prose"),
	info(HEADLINE_RUN_RULE, "line", "context", "three or more headline-shaped lines in a row inside prose (related-story boxes)"),
	info(OFF_TOPIC_RULE, "line", "context", "a headline-shaped line sharing no content word with the prose around it"),
	info(SHOUTED_RULE, "line", "context", "a headline in capital letters inside prose"),
	info(LEARNED_RULE, "line", "learned", "batch runs: lines (dates, numbers, links masked) that recur across many files of the run"),
	info(STUB_RULE, "line", "stub", "short lines stranded between cut text")
];
/** The rule of that name, if it is a built-in one. */
function ruleInfo(name) {
	return RULE_REGISTRY.find((r) => r.name === name);
}
/** Names `disable` may hold: every built-in rule and the user's own. */
function knownRuleNames(userRules = []) {
	return /* @__PURE__ */ new Set([...RULE_REGISTRY.map((r) => r.name), ...userRules.map((r) => r.name)]);
}
// src/config/file-options.ts
const MARKDOWN_EXT = /\.(?:md|markdown|mdx)$/i;
const RUN_LEVEL = /* @__PURE__ */ new Set([
	"extensions",
	"ignore",
	"reporter",
	"overrides",
	"$schema"
]);
function formatOfPath(file) {
	return file !== null && MARKDOWN_EXT.test(file) ? "markdown" : "text";
}
/**
* `file` is absolute (or null for standard input without --stdin-filepath). `cli` holds only the
* options given as flags.
*/
function optionsForFile(config, cli, file) {
	const layers = [];
	if (config) {
		layers.push(config.options);
		const rel = file === null ? null : relativeTo(config.loaded.dir, file);
		if (rel !== null) {
			for (const o of config.overrides) if (o.matches(rel)) layers.push(o.options);
		}
	}
	layers.push(cli);
	const merged = { format: formatOfPath(file) };
	for (const layer of layers) for (const [k, v] of Object.entries(layer)) {
		if (v === void 0) continue;
		const prev = merged[k];
		merged[k] = Array.isArray(prev) && Array.isArray(v) ? [...prev, ...v] : v;
	}
	try {
		return resolveOptions(merged);
	} catch (e) {
		throw new ConfigError(`${config?.shown ?? "options"}: ${e.message}`);
	}
}
async function resolveConfig(loaded, shown, loadRules) {
	const pick = async (o, at) => {
		const out = {};
		for (const [k, v] of Object.entries(o)) if (!RUN_LEVEL.has(k)) out[k] = v;
		if (typeof o.rules === "string") out.rules = await loadRules(path.resolve(loaded.dir, o.rules), `${shown}: ${at}rules: ${o.rules}`);
		return out;
	};
	const overrides = [];
	const list = loaded.config.overrides ?? [];
	const picomatch = list.length > 0 ? (await import("./picomatch-JHdQeG5A.js").then((m) => /* @__PURE__ */ __toESM(m.default, 1))).default : null;
	const globMatcher = (globs) => {
		const tests = (Array.isArray(globs) ? globs : [globs]).map((g) => {
			const m = picomatch ? picomatch(g, { dot: true }) : () => false;
			return g.includes("/") ? m : (rel) => m(path.posix.basename(rel));
		});
		return (rel) => tests.some((t) => t(rel));
	};
	for (const [i, o] of list.entries()) {
		const include = globMatcher(o.files);
		const exclude = o.excludeFiles === void 0 ? () => false : globMatcher(o.excludeFiles);
		overrides.push({
			matches: (rel) => include(rel) && !exclude(rel),
			options: await pick(o.options, `overrides[${i}].options.`)
		});
	}
	const options = await pick(loaded.config, "");
	checkDisabledNames(shown, options, overrides.map((o) => o.options));
	return {
		loaded,
		shown,
		options,
		overrides
	};
}
/** `disable` must name a rule that exists: a typo would silently leave the rule on. */
function checkDisabledNames(shown, top, more) {
	const all = [top, ...more];
	const known = knownRuleNames(all.flatMap((o) => o.rules ?? []));
	all.forEach((o, i) => {
		for (const name of o.disable ?? []) if (!known.has(name)) throw new ConfigError(`${shown}: ${i === 0 ? "" : `overrides[${i - 1}].options.`}disable: no rule named "${name}" (see --list-rules)`);
	});
}
// src/config/find-config.ts
const CONFIG_NAMES = [
	".winnowrc.json",
	"winnow.config.js",
	"winnow.config.mjs",
	"package.json"
];
/** `home`: the user's home directory (HOME), where the search ends. */
async function findConfigFile(cwd, home = homedir()) {
	const uid = process.getuid?.();
	const homeDir = path.resolve(home);
	for (let dir = path.resolve(cwd);;) {
		if (!await ownFolder(dir, uid)) return null;
		for (const name of CONFIG_NAMES) {
			const file = path.join(dir, name);
			if (!await isFile(file)) continue;
			if (name !== "package.json" || await hasWinnowKey(file)) return file;
		}
		const parent = path.dirname(dir);
		if (parent === dir || dir === homeDir || await exists(path.join(dir, ".git"))) return null;
		dir = parent;
	}
}
/** Owned by the user and not writable by others (no uid on Windows: any folder). */
async function ownFolder(dir, uid) {
	if (uid === void 0) return true;
	try {
		const s = await stat(dir);
		return s.uid === uid && (s.mode & 2) === 0;
	} catch {
		return false;
	}
}
async function hasWinnowKey(file) {
	try {
		const pkg = JSON.parse(await readFile(file, "utf8"));
		return typeof pkg === "object" && pkg !== null && Object.hasOwn(pkg, "winnow");
	} catch {
		return false;
	}
}
async function isFile(p) {
	try {
		return (await stat(p)).isFile();
	} catch {
		return false;
	}
}
async function exists(p) {
	try {
		await stat(p);
		return true;
	} catch {
		return false;
	}
}
// src/config/rules-file.ts
/** A rules file: a JSON array of { name, pattern, mode } (mode defaults to "line"). */
async function loadRulesFile(file, shown) {
	let raw;
	try {
		raw = await readFile(file, "utf8");
	} catch (e) {
		throw new ConfigError(`${shown}: cannot read rules file (${e.code ?? "error"})`);
	}
	let data;
	try {
		data = JSON.parse(raw);
	} catch (e) {
		throw new ConfigError(`${shown}: not valid JSON: ${printableName(e.message)}`);
	}
	if (!Array.isArray(data)) throw new ConfigError(`${shown}: expected a JSON array of rules`);
	await loadRuleEngine();
	return data.map((r, i) => {
		const rule = r;
		if (!rule || typeof rule.name !== "string" || typeof rule.pattern !== "string") throw new ConfigError(`${shown}: rule ${i}: expected { "name": string, "pattern": string, "mode": "line" | "prefix" }`);
		const mode = rule.mode ?? "line";
		if (mode !== "line" && mode !== "prefix") throw new ConfigError(`${shown}: rule "${rule.name}": mode must be "line" or "prefix"`);
		const out = {
			name: rule.name,
			pattern: rule.pattern,
			mode
		};
		try {
			compileUserRule(out);
		} catch (e) {
			throw new ConfigError(`${shown}: ${e.message}`);
		}
		return out;
	});
}
// src/io/ignore-filter.ts
const DEFAULT_IGNORE_FILES = [".gitignore", ".winnowignore"];
async function buildIgnoreFilter(s) {
	const names = s.ignorePaths.length > 0 ? s.ignorePaths : DEFAULT_IGNORE_FILES.filter((n) => s.gitignore || n !== ".gitignore");
	const sources = [];
	for (const name of names) {
		const file = path.resolve(s.cwd, name);
		const text = await readIfPresent(file);
		if (text !== null) sources.push({
			dir: path.dirname(file),
			patterns: text
		});
	}
	if (s.configPatterns && s.configPatterns.patterns.length > 0) sources.push({
		dir: s.configPatterns.dir,
		patterns: [...s.configPatterns.patterns]
	});
	const ignore = sources.length > 0 ? (await import("./ignore-DIr3qce2.js").then((m) => /* @__PURE__ */ __toESM(m.default, 1))).default : null;
	const sets = ignore ? sources.map(({ dir, patterns }) => ({
		dir,
		ig: ignore().add(patterns)
	})) : [];
	if (sets.length === 0) return () => false;
	return (file) => sets.some(({ dir, ig }) => {
		const rel = relativeTo(dir, path.resolve(s.cwd, file));
		return rel !== null && ig.ignores(rel);
	});
}
/** A missing ignore file is no error, as for prettier and git. */
async function readIfPresent(file) {
	try {
		return await readFile(file, "utf8");
	} catch (e) {
		const code = e.code;
		if (code === "ENOENT" || code === "ENOTDIR") return null;
		throw e;
	}
}
// src/report/reporter-names.ts
const REPORTER_NAMES = [
	"stylish",
	"json",
	"github",
	"sarif"
];
function isReporterName(name) {
	return REPORTER_NAMES.includes(name);
}
// src/lib/settings.ts
async function loadSettings(s) {
	const cliOptions = s.options ?? {};
	const config = await findAndLoad(s.config, s.cwd, s.home);
	const c = config?.loaded.config;
	if ([
		cliOptions,
		config?.options,
		...config?.overrides.map((o) => o.options) ?? []
	].some((o) => (o?.rules?.length ?? 0) > 0)) await loadRuleEngine();
	const isIgnored = await buildIgnoreFilter({
		cwd: s.cwd,
		ignorePaths: [...s.ignorePath ?? []],
		gitignore: s.gitignore ?? true,
		...c?.ignore && config ? { configPatterns: {
			dir: config.loaded.dir,
			patterns: c.ignore
		} } : {}
	});
	const reporter = s.reporter ?? c?.reporter ?? "stylish";
	if (!isReporterName(reporter)) throw new ConfigError(`${config?.shown ?? "--reporter"}: unknown reporter "${reporter}"`);
	return {
		config,
		cliOptions,
		isIgnored,
		extensions: c?.extensions ?? [],
		reporter,
		optionsFor: (file) => optionsForFile(config, cliOptions, file)
	};
}
async function findAndLoad(configFile, cwd, home) {
	if (configFile === false) return null;
	const file = typeof configFile === "string" ? path.resolve(cwd, configFile) : await findConfigFile(cwd, ...home ? [home] : []);
	if (file === null) return null;
	const shown = typeof configFile === "string" ? configFile : path.relative(cwd, file) || file;
	const { loadConfig } = await import("./load-config-C7SfYLWY.js");
	return resolveConfig(await loadConfig(file, shown), shown, loadRulesFile);
}
// src/cli/batch-args.ts
/** True when the arguments ask for batch mode (--check and -l on files too; on stdin they check one text). */
function wantsBatch(args) {
	const stdinOnly = args.files.length === 0 || args.files.length === 1 && args.files[0] === "-";
	return args.write || args.outDir !== void 0 || (args.check || args.listDifferent) && !stdinOnly;
}
/** Several files need somewhere to go: the usage error that says so. */
function severalFilesError() {
	return new UsageError("several files given: use --out-dir DIR or --write to clean them all");
}
// src/cli/single-input.ts
async function planSingleInput(ctx, args, settings) {
	const file = args.files[0];
	const fromStdin = file === void 0 || file === "-";
	const named = fromStdin ? args.stdinFilepath : file;
	const abs = named === void 0 ? null : path.resolve(ctx.cwd, named);
	const ignored = abs !== null && settings.isIgnored(abs);
	const options = settings.optionsFor(abs);
	await loadFormat(options.format);
	return {
		shown: named === void 0 ? "-" : printableName(relativeShown(ctx.cwd, abs ?? named, named)),
		fromStdin,
		ignored,
		options,
		abs: fromStdin ? null : abs,
		errorName: fromStdin ? "<stdin>" : printableName(file ?? "")
	};
}
async function readSingleInput(ctx, args, settings) {
	const { abs, errorName, ...plan } = await planSingleInput(ctx, args, settings);
	if (plan.ignored && !plan.fromStdin) return {
		...plan,
		input: null
	};
	const input = abs === null ? await readStreamInput(ctx.stdin) : await readFileInput(abs, errorName);
	return {
		...plan,
		input
	};
}
/** Reports show paths relative to the working directory with forward slashes, as the batch does. */
function relativeShown(cwd, abs, named) {
	const rel = path.relative(cwd, abs);
	if (rel === "" || rel.startsWith("..") || path.isAbsolute(rel)) return named;
	return rel.split(path.sep).join("/");
}
// src/core/line-counter.ts
var LineCounter = class {
	n = 0;
	lastCR = false;
	open = false;
	add(s) {
		if (s.length === 0) return;
		if (!s.includes("\r")) {
			for (let i = s.indexOf("\n"); i !== -1; i = s.indexOf("\n", i + 1)) if (i > 0 || !this.lastCR) this.n++;
			this.lastCR = false;
			this.open = s.charCodeAt(s.length - 1) !== 10;
			return;
		}
		for (let i = 0; i < s.length; i++) {
			const c = s.charCodeAt(i);
			if (c === 13) this.n++;
			else if (c === 10 && !this.lastCR) this.n++;
			this.lastCR = c === 13;
			this.open = c !== 10 && c !== 13;
		}
	}
	/** Lines so far, a last line without a line ending included. */
	total() {
		return this.n + (this.open ? 1 : 0);
	}
};
// src/core/segment-cuts.ts
/** A long paragraph: no neighbour rule cuts it or looks past it. */
function isAnchor(u, o) {
	return u !== void 0 && u.kind === "paragraph" && u.tokens >= o.minWords && u.tokens > o.stubMaxWords;
}
/**
* The last place where two anchors stand apart with blank lines between them and the second is
* followed by a finished blank line: everything before it is decided exactly as in the whole text.
* Returns the analysis of the text before it, sliced from the buffer's.
*/
function exactCut(a, o, buf) {
	const { units, lines } = a;
	for (let i = units.length - 2; i >= 0; i--) {
		const u = units[i];
		const v = units[i + 1];
		if (!u || !v || v.first <= u.last + 1 || !isAnchor(u, o) || !isAnchor(v, o)) continue;
		const after = v.last + 1;
		const blankAfter = after < lines.start.length && (units[i + 2]?.first ?? Infinity) > after && (lines.next[after] ?? 0) > (lines.end[after] ?? 0);
		const at = lines.start[v.first] ?? 0;
		if (!blankAfter || buf.charCodeAt(at) === 65279) continue;
		return sliceAnalysis(a, i + 1, at);
	}
	return null;
}
function sliceAnalysis(a, unitCount, at) {
	const lineCount = a.units[unitCount]?.first ?? a.lines.start.length;
	const sel = a.units[unitCount - 1]?.selEnd ?? 0;
	return {
		text: a.text.slice(0, at),
		lines: {
			start: a.lines.start.slice(0, lineCount),
			end: a.lines.end.slice(0, lineCount),
			next: a.lines.next.slice(0, lineCount)
		},
		units: a.units.slice(0, unitCount),
		selHash: a.selHash.subarray(0, sel),
		selPos: a.selPos.subarray(0, sel),
		stems: a.stems
	};
}
/**
* Not exact: the start of the last unit after a blank line, preferring one with no code on either
* side (a cut inside a code block or a winnow-disable region would end its protection), else the
* start of the last line.
*/
function fallbackCut(a, buf) {
	const { units, lines } = a;
	for (const avoidCode of [true, false]) for (let j = units.length - 1; j >= 1; j--) {
		const u = units[j];
		const p = units[j - 1];
		if (!u || !p || u.first <= p.last + 1 || avoidCode && (u.kind === "code" || p.kind === "code")) continue;
		const at = lines.start[u.first] ?? 0;
		if (buf.charCodeAt(at) !== 65279) return at;
	}
	for (let l = lines.start.length - 1; l >= 1; l--) {
		const at = lines.start[l] ?? 0;
		if (buf.charCodeAt(at) !== 65279) return at;
	}
	return 0;
}
function firstLineEnd(s) {
	const n = s.indexOf("\n");
	const r = s.indexOf("\r");
	return n < 0 ? r : r < 0 ? n : Math.min(n, r);
}
/**
* Looks for a blank line (white space only, as trim() sees it) among the lines of `s` that start at
* or after `from`, a line start. Returns -1 if there may be one (a white-space tail counts), else
* where to look again once `s` has grown: the start of its last line if that may still change.
*/
function scanForBlankLine(s, from) {
	const n = s.length;
	let nextLF = -2;
	let nextCR = -2;
	let p = from;
	while (p < n) {
		let i = p;
		while (i < n && isTrimSpace(s.charCodeAt(i))) i++;
		if (i === n) return -1;
		const c = s.charCodeAt(i);
		if (c === 10 || c === 13) return -1;
		if (nextLF !== -1 && nextLF < i) nextLF = s.indexOf("\n", i);
		if (nextCR !== -1 && nextCR < i) nextCR = s.indexOf("\r", i);
		const e = nextLF < 0 ? nextCR : nextCR < 0 ? nextLF : Math.min(nextLF, nextCR);
		if (e < 0) return p;
		if (e === n - 1 && s.charCodeAt(e) === 13) return p;
		p = s.charCodeAt(e) === 13 && s.charCodeAt(e + 1) === 10 ? e + 2 : e + 1;
	}
	return p;
}
/** Where fallbackCut cuts a text with no blank line: the start of its last line not opening with U+FEFF (0: none). */
function lastLineCut(s) {
	for (let p = s.length - 1; p >= 1; p--) {
		const c = s.charCodeAt(p - 1);
		if ((c === 10 || c === 13 && s.charCodeAt(p) !== 10) && s.charCodeAt(p) !== 65279) return p;
	}
	return 0;
}
// src/core/stream-clean.ts
const DEFAULT_STREAM_TUNING = Object.freeze({
	segmentChars: 1 << 22,
	maxSegmentChars: 1 << 23,
	maxLineChars: 1 << 20
});
/**
* Push text chunks, write out what comes back, then call end(). A segment ends where the units on
* both sides of a blank line are long paragraphs: no rule looks across such a pair, so the result
* is byte for byte that of cleaning the whole text.
*/
var StreamCleaner = class {
	o;
	rules;
	context;
	tuning;
	seg = {
		lineOffset: 0,
		carry: newRenderCarry(),
		final: false
	};
	outLines = new LineCounter();
	buf = "";
	/**
	* buf.charCodeAt(0) (NaN when empty), kept apart: reading a character of the buffer, a string
	* grown by appending, copies it whole into one piece, and that on every chunk cost time growing
	* with the square of the segment size.
	*/
	firstCode = NaN;
	/** Where the buffer's last, unfinished line starts. */
	tailStart = 0;
	/** No line starting before this offset of the buffer is blank (it is the start of a line). */
	noBlankBefore = 0;
	/** Buffer length at which the next cut is tried (doubles while no exact cut is found). */
	nextTry;
	/** Inside an over-long line being passed through. */
	passing = false;
	/** The last chunk ended in CR: a LF at the start of the next belongs to it. */
	crPending = false;
	heldSurrogate = "";
	ended = false;
	totals = {
		bytesIn: 0,
		bytesOut: 0,
		linesIn: 0,
		linesOut: 0,
		units: 0,
		cuts: {
			duplicate: 0,
			"near-duplicate": 0,
			boilerplate: 0
		}
	};
	constructor(options = {}, context, tuning = {}) {
		this.o = resolveOptions(options);
		this.rules = buildRuleSet(this.o);
		this.context = context ?? { index: new DedupIndex() };
		this.tuning = {
			...DEFAULT_STREAM_TUNING,
			...tuning
		};
		this.nextTry = this.tuning.segmentChars;
	}
	push(chunk) {
		if (this.ended) throw new Error("StreamCleaner: push after end");
		let text;
		[text, this.heldSurrogate] = holdTrailingHighSurrogate(this.heldSurrogate + chunk);
		const out = {
			text: "",
			cuts: []
		};
		if (this.crPending && text.charCodeAt(0) === 10) {
			this.emitRaw(out, "\n", false);
			text = text.slice(1);
		}
		this.crPending = false;
		if (this.passing) text = this.passLongLine(out, text);
		if (text.length === 0) return out;
		this.append(text);
		this.cutSegments(out);
		return out;
	}
	/** The rest of the text; `stats` covers the whole stream. */
	end() {
		if (this.ended) throw new Error("StreamCleaner: end called twice");
		const out = {
			text: "",
			cuts: []
		};
		if (this.heldSurrogate) {
			if (this.passing) this.emitRaw(out, this.heldSurrogate, false);
			else this.append(this.heldSurrogate);
			this.heldSurrogate = "";
		}
		while (this.seg.carry.begun && this.buf.charCodeAt(0) === 65279) this.startLongLine(out, 0);
		this.seg.final = true;
		this.cleanSegment(out, analyze(this.buf, this.o, this.rules, true));
		this.buf = "";
		this.ended = true;
		this.totals.linesOut = this.outLines.total();
		return {
			...out,
			stats: {
				...this.totals,
				cuts: { ...this.totals.cuts }
			}
		};
	}
	append(text) {
		const eol = Math.max(text.lastIndexOf("\n"), text.lastIndexOf("\r"));
		if (eol >= 0) this.tailStart = this.buf.length + eol + 1;
		if (this.buf.length === 0) this.firstCode = text.charCodeAt(0);
		this.buf += text;
	}
	dropFront(n) {
		this.buf = this.buf.slice(n);
		this.firstCode = this.buf.charCodeAt(0);
		this.tailStart -= n;
		this.noBlankBefore = 0;
	}
	/**
	* Whether the buffer may hold a blank line. Without one no two units stand apart, so there is no
	* exact cut and the fallback is the last line's start: the buffer need not be analyzed to know.
	* Scans only what came since the last call.
	*/
	mayHaveBlankLine() {
		const r = scanForBlankLine(this.buf, this.noBlankBefore);
		if (r < 0) return true;
		this.noBlankBefore = r;
		return false;
	}
	cutSegments(out) {
		const t = this.tuning;
		for (;;) {
			if (this.seg.carry.begun && this.firstCode === 65279) {
				this.startLongLine(out, 0);
				return;
			}
			if (this.buf.length - this.tailStart > t.maxLineChars) {
				this.startLongLine(out, this.tailStart);
				return;
			}
			if (this.buf.length < this.nextTry) return;
			if (!this.mayHaveBlankLine()) {
				if (this.buf.length < t.maxSegmentChars) {
					this.nextTry = Math.min(this.nextTry * 2, t.maxSegmentChars);
					return;
				}
				const at = lastLineCut(this.buf);
				if (at <= 0) return;
				this.cleanSegment(out, analyze(this.buf.slice(0, at), this.o, this.rules, true));
				this.dropFront(at);
				continue;
			}
			const a = analyze(this.buf, this.o, this.rules, true);
			const exact = exactCut(a, this.o, this.buf);
			if (exact) {
				this.cleanSegment(out, exact);
				this.dropFront(exact.text.length);
				this.nextTry = t.segmentChars;
				continue;
			}
			if (this.buf.length < t.maxSegmentChars) {
				this.nextTry = Math.min(this.nextTry * 2, t.maxSegmentChars);
				return;
			}
			const at = fallbackCut(a, this.buf);
			if (at <= 0) return;
			this.cleanSegment(out, analyze(this.buf.slice(0, at), this.o, this.rules, true));
			this.dropFront(at);
		}
	}
	cleanSegment(out, a) {
		const r = cleanAnalysis(a, this.o, this.rules, this.context, this.seg);
		this.seg.lineOffset += a.lines.start.length;
		const s = this.totals;
		s.bytesIn += r.stats.bytesIn;
		s.linesIn += r.stats.linesIn;
		s.units += r.stats.units;
		for (const c of r.cuts) s.cuts[c.kind]++;
		this.addOut(out, r.text);
		for (const c of r.cuts) out.cuts.push(c);
	}
	/** Cleans what stands before the over-long line (or one opening with U+FEFF), then writes the line as it comes. */
	startLongLine(out, lineStart) {
		if (lineStart > 0) this.cleanSegment(out, analyze(this.buf.slice(0, lineStart), this.o, this.rules, true));
		const line = this.buf.slice(lineStart);
		this.buf = "";
		this.firstCode = NaN;
		this.noBlankBefore = 0;
		this.tailStart = 0;
		this.passing = true;
		this.totals.units++;
		this.totals.linesIn++;
		this.seg.lineOffset++;
		this.emitRaw(out, "", true);
		const rest = this.passLongLine(out, line);
		if (rest) {
			this.append(rest);
			this.cutSegments(out);
		}
	}
	/** Writes the over-long line up to its line ending; returns the text after it. */
	passLongLine(out, text) {
		const eol = firstLineEnd(text);
		if (eol < 0) {
			this.emitRaw(out, text, false);
			return "";
		}
		let end = eol + 1;
		if (text.charCodeAt(eol) === 13) {
			if (text.charCodeAt(end) === 10) end++;
			else if (end === text.length) this.crPending = true;
		}
		this.emitRaw(out, text.slice(0, end), false);
		this.passing = false;
		return text.slice(end);
	}
	emitRaw(out, piece, first) {
		this.totals.bytesIn += utf8Length(piece);
		this.addOut(out, renderRaw(this.seg.carry, piece, first));
	}
	addOut(out, text) {
		if (!text) return;
		this.totals.bytesOut += utf8Length(text);
		this.outLines.add(text);
		out.text += text;
	}
};
// src/lib/clean-stream.ts
/**
* Cleans a text that arrives in chunks (a file, standard input, a socket), yielding the clean text
* as soon as each stretch of it is settled. The concatenated `bytes` are what `clean()` would give
* for the whole text, encoded as it came. Throws an `InputError` naming `name` on binary data or
* invalid UTF-8 or UTF-16.
*
* @example
* for await (const piece of cleanStream(process.stdin)) process.stdout.write(piece.bytes);
*/
async function* cleanStream(source, options = {}, o = {}) {
	const opts = resolveOptions(options);
	await loadFormat(opts.format);
	const decoder = new TextStreamDecoder(o.name ?? "<stdin>");
	const cleaner = new StreamCleaner(opts, void 0, o.tuning);
	let encoder;
	const encode = (text) => text ? (encoder ??= new TextStreamEncoder(decoder.encoding ?? "utf8")).write(text) : /* @__PURE__ */ new Uint8Array(0);
	for await (const chunk of source) {
		const text = decoder.write(typeof chunk === "string" ? new TextEncoder().encode(chunk) : chunk);
		if (!text) continue;
		const piece = cleaner.push(text);
		yield {
			input: text,
			text: piece.text,
			bytes: encode(piece.text),
			cuts: piece.cuts
		};
	}
	const rest = decoder.end();
	const piece = rest ? cleaner.push(rest) : {
		text: "",
		cuts: []
	};
	const last = cleaner.end();
	const text = piece.text + last.text;
	const body = encode(text);
	const tail = (encoder ??= new TextStreamEncoder(decoder.encoding ?? "utf8")).end();
	yield {
		input: rest,
		text,
		bytes: tail.length === 0 ? body : concat(body, tail),
		cuts: [...piece.cuts, ...last.cuts],
		end: {
			stats: last.stats,
			encoding: decoder.encoding ?? "utf8"
		}
	};
}
function concat(a, b) {
	const out = new Uint8Array(a.length + b.length);
	out.set(a);
	out.set(b, a.length);
	return out;
}
// src/io/read-chunks.ts
const CHUNK = 1 << 20;
/** The file's bytes in chunks of up to 1 MiB; opening and reading errors become InputErrors. */
async function* fileChunks(file, shown) {
	let handle;
	try {
		handle = await open(file, "r");
		if ((await handle.stat()).isDirectory()) throw Object.assign(/* @__PURE__ */ new Error("EISDIR"), { code: "EISDIR" });
	} catch (e) {
		await handle?.close();
		const hint = e.code === "EISDIR" ? " (to clean the files in it, add --out-dir DIR, --write or --check)" : "";
		throw new InputError(`${shown}: ${describeFsError(e)}${hint}`);
	}
	try {
		for (;;) {
			const buf = new Uint8Array(CHUNK);
			let n;
			try {
				({bytesRead: n} = await handle.read(buf, 0, CHUNK));
			} catch (e) {
				throw new InputError(`${shown}: cannot read: ${describeFsError(e)}`);
			}
			if (n === 0) return;
			yield buf.subarray(0, n);
		}
	} finally {
		await handle.close();
	}
}
/** A stream's chunks as bytes (a stream set to an encoding yields strings). */
async function* streamChunks(stream) {
	for await (const c of stream) yield typeof c === "string" ? new TextEncoder().encode(c) : c;
}
// src/cli/summary.ts
function summaryLine(file, r) {
	const c = r.stats.cuts;
	const total = c.duplicate + c["near-duplicate"] + c.boilerplate;
	if (total === 0) return `winnow: ${file}: nothing to cut (${r.stats.linesIn} lines)`;
	return `winnow: ${file}: cut ${total} (${c.duplicate} duplicate, ${c["near-duplicate"]} near-duplicate, ${c.boilerplate} boilerplate); ${r.stats.linesIn} → ${r.stats.linesOut} lines, ${r.stats.bytesIn} → ${r.stats.bytesOut} bytes`;
}
// src/cli/pipe.ts
async function runPipe(ctx, args, settings, tuning) {
	const plan = await planSingleInput(ctx, args, settings);
	const { shown, fromStdin, options } = plan;
	if (plan.ignored && !fromStdin) return 0;
	const chunks = plan.abs === null ? streamChunks(ctx.stdin) : fileChunks(fsPath(plan.abs), plan.errorName);
	if (plan.ignored) return passThrough(chunks, new TextStreamDecoder(plan.errorName), stdoutSink(ctx.stdout));
	const keepText = args.diff || args.report !== void 0;
	const input = [];
	const output = [];
	const cuts = [];
	const inputs = new FileIds();
	if (plan.abs !== null) inputs.addPath(plan.abs, plan.errorName);
	else if (ctx.stdin.fd === 0) inputs.addFd(0, "<stdin>");
	const outTarget = args.output !== void 0 && !args.diff ? resolveOutputTarget(path.resolve(ctx.cwd, args.output), printableName(args.output), "-o", inputs) : void 0;
	const reportTarget = args.report === void 0 ? void 0 : resolveOutputTarget(path.resolve(ctx.cwd, args.report), printableName(args.report), "--report", inputs);
	if (outTarget && reportTarget && args.output !== void 0 && args.report !== void 0) checkDistinctOutputs([{
		file: path.resolve(ctx.cwd, args.output),
		shown: printableName(args.output),
		flag: "-o"
	}, {
		file: path.resolve(ctx.cwd, args.report),
		shown: printableName(args.report),
		flag: "--report"
	}]);
	if (outTarget?.kind === "file") reapStaleTemps([path.dirname(outTarget.path)]);
	let sink;
	try {
		if (!args.diff) sink = outTarget && args.output !== void 0 ? await FileSink.create(outTarget, printableName(args.output)) : stdoutSink(ctx.stdout);
		let stats;
		for await (const piece of cleanStream(chunks, options, {
			name: plan.errorName,
			tuning
		})) {
			if (keepText) {
				input.push(piece.input);
				output.push(piece.text);
				for (const c of piece.cuts) cuts.push(c);
			}
			if (piece.bytes.length > 0) await sink?.write(piece.bytes);
			if (piece.end) stats = piece.end.stats;
		}
		await sink?.close();
		if (stats === void 0) throw new Error("cleanStream ended without its figures");
		const result = {
			text: output.join(""),
			cuts,
			stats
		};
		if (args.report !== void 0) {
			const { renderReport } = await import("./write-report-CjrXbOBR.js");
			const report = renderReport(args.report, [{
				file: shown,
				input: input.join(""),
				result
			}], {
				toolVersion: VERSION,
				options
			});
			await writeWholeFile(reportTarget, printableName(args.report), report);
		}
		if (args.diff) ctx.stdout.write((await import("./diff-sdLmgG8M.js")).unifiedDiff(fromStdin ? "stdin" : shown, input.join(""), result.text));
		if (!args.quiet && (args.verbose || ctx.stderr.isTTY)) ctx.stderr.write(summaryLine(shown, result) + "\n");
		return 0;
	} catch (e) {
		await sink?.abort();
		throw e;
	}
}
/** Ignored standard input: checked as text, written back as it came. */
async function passThrough(chunks, decoder, sink) {
	let encoder;
	for await (const chunk of chunks) {
		const text = decoder.write(chunk);
		if (text) await sink.write((encoder ??= new TextStreamEncoder(decoder.encoding ?? "utf8")).write(text));
	}
	const rest = decoder.end();
	encoder ??= new TextStreamEncoder(decoder.encoding ?? "utf8");
	await sink.write(encoder.write(rest));
	await sink.write(encoder.end());
	return 0;
}
function stdoutSink(out) {
	return {
		async write(bytes) {
			if (out.write(bytes) || !out.once) return;
			await new Promise((resolve) => out.once?.("drain", resolve));
		},
		async close() {},
		async abort() {}
	};
}
// node_modules/commander/lib/error.js
var require_error = /* @__PURE__ */ __commonJSMin(((exports) => {
	/**
	* CommanderError class
	*/
	var CommanderError = class extends Error {
		/**
		* Constructs the CommanderError class
		* @param {number} exitCode suggested exit code which could be used with process.exit
		* @param {string} code an id string representing the error
		* @param {string} message human-readable description of the error
		*/
		constructor(exitCode, code, message) {
			super(message);
			Error.captureStackTrace(this, this.constructor);
			this.name = this.constructor.name;
			this.code = code;
			this.exitCode = exitCode;
			this.nestedError = void 0;
		}
	};
	/**
	* InvalidArgumentError class
	*/
	var InvalidArgumentError = class extends CommanderError {
		/**
		* Constructs the InvalidArgumentError class
		* @param {string} [message] explanation of why argument is invalid
		*/
		constructor(message) {
			super(1, "commander.invalidArgument", message);
			Error.captureStackTrace(this, this.constructor);
			this.name = this.constructor.name;
		}
	};
	exports.CommanderError = CommanderError;
	exports.InvalidArgumentError = InvalidArgumentError;
}));
// node_modules/commander/lib/argument.js
var require_argument = /* @__PURE__ */ __commonJSMin(((exports) => {
	const { InvalidArgumentError } = require_error();
	var Argument = class {
		/**
		* Initialize a new command argument with the given name and description.
		* The default is that the argument is required, and you can explicitly
		* indicate this with <> around the name. Put [] around the name for an optional argument.
		*
		* @param {string} name
		* @param {string} [description]
		*/
		constructor(name, description) {
			this.description = description || "";
			this.variadic = false;
			this.parseArg = void 0;
			this.defaultValue = void 0;
			this.defaultValueDescription = void 0;
			this.argChoices = void 0;
			switch (name[0]) {
				case "<":
					this.required = true;
					this._name = name.slice(1, -1);
					break;
				case "[":
					this.required = false;
					this._name = name.slice(1, -1);
					break;
				default:
					this.required = true;
					this._name = name;
			}
			if (this._name.endsWith("...")) {
				this.variadic = true;
				this._name = this._name.slice(0, -3);
			}
		}
		/**
		* Return argument name.
		*
		* @return {string}
		*/
		name() {
			return this._name;
		}
		/**
		* @package
		*/
		_collectValue(value, previous) {
			if (previous === this.defaultValue || !Array.isArray(previous)) return [value];
			previous.push(value);
			return previous;
		}
		/**
		* Set the default value, and optionally supply the description to be displayed in the help.
		*
		* @param {*} value
		* @param {string} [description]
		* @return {Argument}
		*/
		default(value, description) {
			this.defaultValue = value;
			this.defaultValueDescription = description;
			return this;
		}
		/**
		* Set the custom handler for processing CLI command arguments into argument values.
		*
		* @param {Function} [fn]
		* @return {Argument}
		*/
		argParser(fn) {
			this.parseArg = fn;
			return this;
		}
		/**
		* Only allow argument value to be one of choices.
		*
		* @param {string[]} values
		* @return {Argument}
		*/
		choices(values) {
			this.argChoices = values.slice();
			this.parseArg = (arg, previous) => {
				if (!this.argChoices.includes(arg)) throw new InvalidArgumentError(`Allowed choices are ${this.argChoices.join(", ")}.`);
				if (this.variadic) return this._collectValue(arg, previous);
				return arg;
			};
			return this;
		}
		/**
		* Make argument required.
		*
		* @returns {Argument}
		*/
		argRequired() {
			this.required = true;
			return this;
		}
		/**
		* Make argument optional.
		*
		* @returns {Argument}
		*/
		argOptional() {
			this.required = false;
			return this;
		}
	};
	/**
	* Takes an argument and returns its human readable equivalent for help usage.
	*
	* @param {Argument} arg
	* @return {string}
	* @private
	*/
	function humanReadableArgName(arg) {
		const nameOutput = arg.name() + (arg.variadic === true ? "..." : "");
		return arg.required ? "<" + nameOutput + ">" : "[" + nameOutput + "]";
	}
	exports.Argument = Argument;
	exports.humanReadableArgName = humanReadableArgName;
}));
// \0commander-child-process
var _commander_child_process_exports = /* @__PURE__ */ __exportAll({ spawn: () => spawn });
function spawn(...args) {
	return require$1("node:child_process").spawn(...args);
}
var require$1;
var init__commander_child_process = __esmMin((() => {
	require$1 = createRequire(import.meta.url);
}));
// node_modules/commander/lib/help.js
var require_help = /* @__PURE__ */ __commonJSMin(((exports) => {
	const { humanReadableArgName } = require_argument();
	/**
	* TypeScript import types for JSDoc, used by Visual Studio Code IntelliSense and `npm run typescript-checkJS`
	* https://www.typescriptlang.org/docs/handbook/jsdoc-supported-types.html#import-types
	* @typedef { import("./argument.js").Argument } Argument
	* @typedef { import("./command.js").Command } Command
	* @typedef { import("./option.js").Option } Option
	*/
	var Help = class {
		constructor() {
			this.helpWidth = void 0;
			this.minWidthToWrap = 40;
			this.sortSubcommands = false;
			this.sortOptions = false;
			this.showGlobalOptions = false;
		}
		/**
		* prepareContext is called by Commander after applying overrides from `Command.configureHelp()`
		* and just before calling `formatHelp()`.
		*
		* Commander just uses the helpWidth and the rest is provided for optional use by more complex subclasses.
		*
		* @param {{ error?: boolean, helpWidth?: number, outputHasColors?: boolean }} contextOptions
		*/
		prepareContext(contextOptions) {
			this.helpWidth = this.helpWidth ?? contextOptions.helpWidth ?? 80;
		}
		/**
		* Get an array of the visible subcommands. Includes a placeholder for the implicit help command, if there is one.
		*
		* @param {Command} cmd
		* @returns {Command[]}
		*/
		visibleCommands(cmd) {
			const visibleCommands = cmd.commands.filter((cmd) => !cmd._hidden);
			const helpCommand = cmd._getHelpCommand();
			if (helpCommand && !helpCommand._hidden) visibleCommands.push(helpCommand);
			if (this.sortSubcommands) visibleCommands.sort((a, b) => {
				return a.name().localeCompare(b.name());
			});
			return visibleCommands;
		}
		/**
		* Compare options for sort.
		*
		* @param {Option} a
		* @param {Option} b
		* @returns {number}
		*/
		compareOptions(a, b) {
			const getSortKey = (option) => {
				return option.short ? option.short.replace(/^-/, "") : option.long.replace(/^--/, "");
			};
			return getSortKey(a).localeCompare(getSortKey(b));
		}
		/**
		* Get an array of the visible options. Includes a placeholder for the implicit help option, if there is one.
		*
		* @param {Command} cmd
		* @returns {Option[]}
		*/
		visibleOptions(cmd) {
			const visibleOptions = cmd.options.filter((option) => !option.hidden);
			const helpOption = cmd._getHelpOption();
			if (helpOption && !helpOption.hidden) {
				const removeShort = helpOption.short && cmd._findOption(helpOption.short);
				const removeLong = helpOption.long && cmd._findOption(helpOption.long);
				if (!removeShort && !removeLong) visibleOptions.push(helpOption);
				else if (helpOption.long && !removeLong) visibleOptions.push(cmd.createOption(helpOption.long, helpOption.description));
				else if (helpOption.short && !removeShort) visibleOptions.push(cmd.createOption(helpOption.short, helpOption.description));
			}
			if (this.sortOptions) visibleOptions.sort(this.compareOptions);
			return visibleOptions;
		}
		/**
		* Get an array of the visible global options. (Not including help.)
		*
		* @param {Command} cmd
		* @returns {Option[]}
		*/
		visibleGlobalOptions(cmd) {
			if (!this.showGlobalOptions) return [];
			const globalOptions = [];
			for (let ancestorCmd = cmd.parent; ancestorCmd; ancestorCmd = ancestorCmd.parent) {
				const visibleOptions = ancestorCmd.options.filter((option) => !option.hidden);
				globalOptions.push(...visibleOptions);
			}
			if (this.sortOptions) globalOptions.sort(this.compareOptions);
			return globalOptions;
		}
		/**
		* Get an array of the arguments if any have a description.
		*
		* @param {Command} cmd
		* @returns {Argument[]}
		*/
		visibleArguments(cmd) {
			if (cmd._argsDescription) cmd.registeredArguments.forEach((argument) => {
				argument.description = argument.description || cmd._argsDescription[argument.name()] || "";
			});
			if (cmd.registeredArguments.find((argument) => argument.description)) return cmd.registeredArguments;
			return [];
		}
		/**
		* Get the command term to show in the list of subcommands.
		*
		* @param {Command} cmd
		* @returns {string}
		*/
		subcommandTerm(cmd) {
			const args = cmd.registeredArguments.map((arg) => humanReadableArgName(arg)).join(" ");
			return cmd._name + (cmd._aliases[0] ? "|" + cmd._aliases[0] : "") + (cmd.options.length ? " [options]" : "") + (args ? " " + args : "");
		}
		/**
		* Get the option term to show in the list of options.
		*
		* @param {Option} option
		* @returns {string}
		*/
		optionTerm(option) {
			return option.flags;
		}
		/**
		* Get the argument term to show in the list of arguments.
		*
		* @param {Argument} argument
		* @returns {string}
		*/
		argumentTerm(argument) {
			return argument.name();
		}
		/**
		* Get the longest command term length.
		*
		* @param {Command} cmd
		* @param {Help} helper
		* @returns {number}
		*/
		longestSubcommandTermLength(cmd, helper) {
			return helper.visibleCommands(cmd).reduce((max, command) => {
				return Math.max(max, this.displayWidth(helper.styleSubcommandTerm(helper.subcommandTerm(command))));
			}, 0);
		}
		/**
		* Get the longest option term length.
		*
		* @param {Command} cmd
		* @param {Help} helper
		* @returns {number}
		*/
		longestOptionTermLength(cmd, helper) {
			return helper.visibleOptions(cmd).reduce((max, option) => {
				return Math.max(max, this.displayWidth(helper.styleOptionTerm(helper.optionTerm(option))));
			}, 0);
		}
		/**
		* Get the longest global option term length.
		*
		* @param {Command} cmd
		* @param {Help} helper
		* @returns {number}
		*/
		longestGlobalOptionTermLength(cmd, helper) {
			return helper.visibleGlobalOptions(cmd).reduce((max, option) => {
				return Math.max(max, this.displayWidth(helper.styleOptionTerm(helper.optionTerm(option))));
			}, 0);
		}
		/**
		* Get the longest argument term length.
		*
		* @param {Command} cmd
		* @param {Help} helper
		* @returns {number}
		*/
		longestArgumentTermLength(cmd, helper) {
			return helper.visibleArguments(cmd).reduce((max, argument) => {
				return Math.max(max, this.displayWidth(helper.styleArgumentTerm(helper.argumentTerm(argument))));
			}, 0);
		}
		/**
		* Get the command usage to be displayed at the top of the built-in help.
		*
		* @param {Command} cmd
		* @returns {string}
		*/
		commandUsage(cmd) {
			let cmdName = cmd._name;
			if (cmd._aliases[0]) cmdName = cmdName + "|" + cmd._aliases[0];
			let ancestorCmdNames = "";
			for (let ancestorCmd = cmd.parent; ancestorCmd; ancestorCmd = ancestorCmd.parent) ancestorCmdNames = ancestorCmd.name() + " " + ancestorCmdNames;
			return ancestorCmdNames + cmdName + " " + cmd.usage();
		}
		/**
		* Get the description for the command.
		*
		* @param {Command} cmd
		* @returns {string}
		*/
		commandDescription(cmd) {
			return cmd.description();
		}
		/**
		* Get the subcommand summary to show in the list of subcommands.
		* (Fallback to description for backwards compatibility.)
		*
		* @param {Command} cmd
		* @returns {string}
		*/
		subcommandDescription(cmd) {
			return cmd.summary() || cmd.description();
		}
		/**
		* Get the option description to show in the list of options.
		*
		* @param {Option} option
		* @return {string}
		*/
		optionDescription(option) {
			const extraInfo = [];
			if (option.argChoices) extraInfo.push(`choices: ${option.argChoices.map((choice) => JSON.stringify(choice)).join(", ")}`);
			if (option.defaultValue !== void 0) {
				if (option.required || option.optional || option.isBoolean() && typeof option.defaultValue === "boolean") extraInfo.push(`default: ${option.defaultValueDescription || JSON.stringify(option.defaultValue)}`);
			}
			if (option.presetArg !== void 0 && option.optional) extraInfo.push(`preset: ${JSON.stringify(option.presetArg)}`);
			if (option.envVar !== void 0) extraInfo.push(`env: ${option.envVar}`);
			if (extraInfo.length > 0) {
				const extraDescription = `(${extraInfo.join(", ")})`;
				if (option.description) return `${option.description} ${extraDescription}`;
				return extraDescription;
			}
			return option.description;
		}
		/**
		* Get the argument description to show in the list of arguments.
		*
		* @param {Argument} argument
		* @return {string}
		*/
		argumentDescription(argument) {
			const extraInfo = [];
			if (argument.argChoices) extraInfo.push(`choices: ${argument.argChoices.map((choice) => JSON.stringify(choice)).join(", ")}`);
			if (argument.defaultValue !== void 0) extraInfo.push(`default: ${argument.defaultValueDescription || JSON.stringify(argument.defaultValue)}`);
			if (extraInfo.length > 0) {
				const extraDescription = `(${extraInfo.join(", ")})`;
				if (argument.description) return `${argument.description} ${extraDescription}`;
				return extraDescription;
			}
			return argument.description;
		}
		/**
		* Format a list of items, given a heading and an array of formatted items.
		*
		* @param {string} heading
		* @param {string[]} items
		* @param {Help} helper
		* @returns string[]
		*/
		formatItemList(heading, items, helper) {
			if (items.length === 0) return [];
			return [
				helper.styleTitle(heading),
				...items,
				""
			];
		}
		/**
		* Group items by their help group heading.
		*
		* @param {Command[] | Option[]} unsortedItems
		* @param {Command[] | Option[]} visibleItems
		* @param {Function} getGroup
		* @returns {Map<string, Command[] | Option[]>}
		*/
		groupItems(unsortedItems, visibleItems, getGroup) {
			const result = /* @__PURE__ */ new Map();
			unsortedItems.forEach((item) => {
				const group = getGroup(item);
				if (!result.has(group)) result.set(group, []);
			});
			visibleItems.forEach((item) => {
				const group = getGroup(item);
				if (!result.has(group)) result.set(group, []);
				result.get(group).push(item);
			});
			return result;
		}
		/**
		* Generate the built-in help text.
		*
		* @param {Command} cmd
		* @param {Help} helper
		* @returns {string}
		*/
		formatHelp(cmd, helper) {
			const termWidth = helper.padWidth(cmd, helper);
			const helpWidth = helper.helpWidth ?? 80;
			function callFormatItem(term, description) {
				return helper.formatItem(term, termWidth, description, helper);
			}
			let output = [`${helper.styleTitle("Usage:")} ${helper.styleUsage(helper.commandUsage(cmd))}`, ""];
			const commandDescription = helper.commandDescription(cmd);
			if (commandDescription.length > 0) output = output.concat([helper.boxWrap(helper.styleCommandDescription(commandDescription), helpWidth), ""]);
			const argumentList = helper.visibleArguments(cmd).map((argument) => {
				return callFormatItem(helper.styleArgumentTerm(helper.argumentTerm(argument)), helper.styleArgumentDescription(helper.argumentDescription(argument)));
			});
			output = output.concat(this.formatItemList("Arguments:", argumentList, helper));
			this.groupItems(cmd.options, helper.visibleOptions(cmd), (option) => option.helpGroupHeading ?? "Options:").forEach((options, group) => {
				const optionList = options.map((option) => {
					return callFormatItem(helper.styleOptionTerm(helper.optionTerm(option)), helper.styleOptionDescription(helper.optionDescription(option)));
				});
				output = output.concat(this.formatItemList(group, optionList, helper));
			});
			if (helper.showGlobalOptions) {
				const globalOptionList = helper.visibleGlobalOptions(cmd).map((option) => {
					return callFormatItem(helper.styleOptionTerm(helper.optionTerm(option)), helper.styleOptionDescription(helper.optionDescription(option)));
				});
				output = output.concat(this.formatItemList("Global Options:", globalOptionList, helper));
			}
			this.groupItems(cmd.commands, helper.visibleCommands(cmd), (sub) => sub.helpGroup() || "Commands:").forEach((commands, group) => {
				const commandList = commands.map((sub) => {
					return callFormatItem(helper.styleSubcommandTerm(helper.subcommandTerm(sub)), helper.styleSubcommandDescription(helper.subcommandDescription(sub)));
				});
				output = output.concat(this.formatItemList(group, commandList, helper));
			});
			return output.join("\n");
		}
		/**
		* Return display width of string, ignoring ANSI escape sequences. Used in padding and wrapping calculations.
		*
		* @param {string} str
		* @returns {number}
		*/
		displayWidth(str) {
			return stripColor(str).length;
		}
		/**
		* Style the title for displaying in the help. Called with 'Usage:', 'Options:', etc.
		*
		* @param {string} str
		* @returns {string}
		*/
		styleTitle(str) {
			return str;
		}
		styleUsage(str) {
			return str.split(" ").map((word) => {
				if (word === "[options]") return this.styleOptionText(word);
				if (word === "[command]") return this.styleSubcommandText(word);
				if (word[0] === "[" || word[0] === "<") return this.styleArgumentText(word);
				return this.styleCommandText(word);
			}).join(" ");
		}
		styleCommandDescription(str) {
			return this.styleDescriptionText(str);
		}
		styleOptionDescription(str) {
			return this.styleDescriptionText(str);
		}
		styleSubcommandDescription(str) {
			return this.styleDescriptionText(str);
		}
		styleArgumentDescription(str) {
			return this.styleDescriptionText(str);
		}
		styleDescriptionText(str) {
			return str;
		}
		styleOptionTerm(str) {
			return this.styleOptionText(str);
		}
		styleSubcommandTerm(str) {
			return str.split(" ").map((word) => {
				if (word === "[options]") return this.styleOptionText(word);
				if (word[0] === "[" || word[0] === "<") return this.styleArgumentText(word);
				return this.styleSubcommandText(word);
			}).join(" ");
		}
		styleArgumentTerm(str) {
			return this.styleArgumentText(str);
		}
		styleOptionText(str) {
			return str;
		}
		styleArgumentText(str) {
			return str;
		}
		styleSubcommandText(str) {
			return str;
		}
		styleCommandText(str) {
			return str;
		}
		/**
		* Calculate the pad width from the maximum term length.
		*
		* @param {Command} cmd
		* @param {Help} helper
		* @returns {number}
		*/
		padWidth(cmd, helper) {
			return Math.max(helper.longestOptionTermLength(cmd, helper), helper.longestGlobalOptionTermLength(cmd, helper), helper.longestSubcommandTermLength(cmd, helper), helper.longestArgumentTermLength(cmd, helper));
		}
		/**
		* Detect manually wrapped and indented strings by checking for line break followed by whitespace.
		*
		* @param {string} str
		* @returns {boolean}
		*/
		preformatted(str) {
			return /\n[^\S\r\n]/.test(str);
		}
		/**
		* Format the "item", which consists of a term and description. Pad the term and wrap the description, indenting the following lines.
		*
		* So "TTT", 5, "DDD DDDD DD DDD" might be formatted for this.helpWidth=17 like so:
		*   TTT  DDD DDDD
		*        DD DDD
		*
		* @param {string} term
		* @param {number} termWidth
		* @param {string} description
		* @param {Help} helper
		* @returns {string}
		*/
		formatItem(term, termWidth, description, helper) {
			const itemIndent = 2;
			const itemIndentStr = " ".repeat(itemIndent);
			if (!description) return itemIndentStr + term;
			const paddedTerm = term.padEnd(termWidth + term.length - helper.displayWidth(term));
			const spacerWidth = 2;
			const remainingWidth = (this.helpWidth ?? 80) - termWidth - spacerWidth - itemIndent;
			let formattedDescription;
			if (remainingWidth < this.minWidthToWrap || helper.preformatted(description)) formattedDescription = description;
			else formattedDescription = helper.boxWrap(description, remainingWidth).replace(/\n/g, "\n" + " ".repeat(termWidth + spacerWidth));
			return itemIndentStr + paddedTerm + " ".repeat(spacerWidth) + formattedDescription.replace(/\n/g, `\n${itemIndentStr}`);
		}
		/**
		* Wrap a string at whitespace, preserving existing line breaks.
		* Wrapping is skipped if the width is less than `minWidthToWrap`.
		*
		* @param {string} str
		* @param {number} width
		* @returns {string}
		*/
		boxWrap(str, width) {
			if (width < this.minWidthToWrap) return str;
			const rawLines = str.split(/\r\n|\n/);
			const chunkPattern = /[\s]*[^\s]+/g;
			const wrappedLines = [];
			rawLines.forEach((line) => {
				const chunks = line.match(chunkPattern);
				if (chunks === null) {
					wrappedLines.push("");
					return;
				}
				let sumChunks = [chunks.shift()];
				let sumWidth = this.displayWidth(sumChunks[0]);
				chunks.forEach((chunk) => {
					const visibleWidth = this.displayWidth(chunk);
					if (sumWidth + visibleWidth <= width) {
						sumChunks.push(chunk);
						sumWidth += visibleWidth;
						return;
					}
					wrappedLines.push(sumChunks.join(""));
					const nextChunk = chunk.trimStart();
					sumChunks = [nextChunk];
					sumWidth = this.displayWidth(nextChunk);
				});
				wrappedLines.push(sumChunks.join(""));
			});
			return wrappedLines.join("\n");
		}
	};
	/**
	* Strip style ANSI escape sequences from the string. In particular, SGR (Select Graphic Rendition) codes.
	*
	* @param {string} str
	* @returns {string}
	* @package
	*/
	function stripColor(str) {
		return str.replace(/\x1b\[\d*(;\d*)*m/g, "");
	}
	exports.Help = Help;
	exports.stripColor = stripColor;
}));
// node_modules/commander/lib/option.js
var require_option = /* @__PURE__ */ __commonJSMin(((exports) => {
	const { InvalidArgumentError } = require_error();
	var Option = class {
		/**
		* Initialize a new `Option` with the given `flags` and `description`.
		*
		* @param {string} flags
		* @param {string} [description]
		*/
		constructor(flags, description) {
			this.flags = flags;
			this.description = description || "";
			this.required = flags.includes("<");
			this.optional = flags.includes("[");
			this.variadic = /\w\.\.\.[>\]]$/.test(flags);
			this.mandatory = false;
			const optionFlags = splitOptionFlags(flags);
			this.short = optionFlags.shortFlag;
			this.long = optionFlags.longFlag;
			this.negate = false;
			if (this.long) this.negate = this.long.startsWith("--no-");
			this.defaultValue = void 0;
			this.defaultValueDescription = void 0;
			this.presetArg = void 0;
			this.envVar = void 0;
			this.parseArg = void 0;
			this.hidden = false;
			this.argChoices = void 0;
			this.conflictsWith = [];
			this.implied = void 0;
			this.helpGroupHeading = void 0;
		}
		/**
		* Set the default value, and optionally supply the description to be displayed in the help.
		*
		* @param {*} value
		* @param {string} [description]
		* @return {Option}
		*/
		default(value, description) {
			this.defaultValue = value;
			this.defaultValueDescription = description;
			return this;
		}
		/**
		* Preset to use when option used without option-argument, especially optional but also boolean and negated.
		* The custom processing (parseArg) is called.
		*
		* @example
		* new Option('--color').default('GREYSCALE').preset('RGB');
		* new Option('--donate [amount]').preset('20').argParser(parseFloat);
		*
		* @param {*} arg
		* @return {Option}
		*/
		preset(arg) {
			this.presetArg = arg;
			return this;
		}
		/**
		* Add option name(s) that conflict with this option.
		* An error will be displayed if conflicting options are found during parsing.
		*
		* @example
		* new Option('--rgb').conflicts('cmyk');
		* new Option('--js').conflicts(['ts', 'jsx']);
		*
		* @param {(string | string[])} names
		* @return {Option}
		*/
		conflicts(names) {
			this.conflictsWith = this.conflictsWith.concat(names);
			return this;
		}
		/**
		* Specify implied option values for when this option is set and the implied options are not.
		*
		* The custom processing (parseArg) is not called on the implied values.
		*
		* @example
		* program
		*   .addOption(new Option('--log', 'write logging information to file'))
		*   .addOption(new Option('--trace', 'log extra details').implies({ log: 'trace.txt' }));
		*
		* @param {object} impliedOptionValues
		* @return {Option}
		*/
		implies(impliedOptionValues) {
			let newImplied = impliedOptionValues;
			if (typeof impliedOptionValues === "string") newImplied = { [impliedOptionValues]: true };
			this.implied = Object.assign(this.implied || {}, newImplied);
			return this;
		}
		/**
		* Set environment variable to check for option value.
		*
		* An environment variable is only used if when processed the current option value is
		* undefined, or the source of the current value is 'default' or 'config' or 'env'.
		*
		* @param {string} name
		* @return {Option}
		*/
		env(name) {
			this.envVar = name;
			return this;
		}
		/**
		* Set the custom handler for processing CLI option arguments into option values.
		*
		* @param {Function} [fn]
		* @return {Option}
		*/
		argParser(fn) {
			this.parseArg = fn;
			return this;
		}
		/**
		* Whether the option is mandatory and must have a value after parsing.
		*
		* @param {boolean} [mandatory=true]
		* @return {Option}
		*/
		makeOptionMandatory(mandatory = true) {
			this.mandatory = !!mandatory;
			return this;
		}
		/**
		* Hide option in help.
		*
		* @param {boolean} [hide=true]
		* @return {Option}
		*/
		hideHelp(hide = true) {
			this.hidden = !!hide;
			return this;
		}
		/**
		* @package
		*/
		_collectValue(value, previous) {
			if (previous === this.defaultValue || !Array.isArray(previous)) return [value];
			previous.push(value);
			return previous;
		}
		/**
		* Only allow option value to be one of choices.
		*
		* @param {string[]} values
		* @return {Option}
		*/
		choices(values) {
			this.argChoices = values.slice();
			this.parseArg = (arg, previous) => {
				if (!this.argChoices.includes(arg)) throw new InvalidArgumentError(`Allowed choices are ${this.argChoices.join(", ")}.`);
				if (this.variadic) return this._collectValue(arg, previous);
				return arg;
			};
			return this;
		}
		/**
		* Return option name.
		*
		* @return {string}
		*/
		name() {
			if (this.long) return this.long.replace(/^--/, "");
			return this.short.replace(/^-/, "");
		}
		/**
		* Return option name, in a camelcase format that can be used
		* as an object attribute key.
		*
		* @return {string}
		*/
		attributeName() {
			if (this.negate) return camelcase(this.name().replace(/^no-/, ""));
			return camelcase(this.name());
		}
		/**
		* Set the help group heading.
		*
		* @param {string} heading
		* @return {Option}
		*/
		helpGroup(heading) {
			this.helpGroupHeading = heading;
			return this;
		}
		/**
		* Check if `arg` matches the short or long flag.
		*
		* @param {string} arg
		* @return {boolean}
		* @package
		*/
		is(arg) {
			return this.short === arg || this.long === arg;
		}
		/**
		* Return whether a boolean option.
		*
		* Options are one of boolean, negated, required argument, or optional argument.
		*
		* @return {boolean}
		* @package
		*/
		isBoolean() {
			return !this.required && !this.optional && !this.negate;
		}
	};
	/**
	* This class is to make it easier to work with dual options, without changing the existing
	* implementation. We support separate dual options for separate positive and negative options,
	* like `--build` and `--no-build`, which share a single option value. This works nicely for some
	* use cases, but is tricky for others where we want separate behaviours despite
	* the single shared option value.
	*/
	var DualOptions = class {
		/**
		* @param {Option[]} options
		*/
		constructor(options) {
			this.positiveOptions = /* @__PURE__ */ new Map();
			this.negativeOptions = /* @__PURE__ */ new Map();
			this.dualOptions = /* @__PURE__ */ new Set();
			options.forEach((option) => {
				if (option.negate) this.negativeOptions.set(option.attributeName(), option);
				else this.positiveOptions.set(option.attributeName(), option);
			});
			this.negativeOptions.forEach((value, key) => {
				if (this.positiveOptions.has(key)) this.dualOptions.add(key);
			});
		}
		/**
		* Did the value come from the option, and not from possible matching dual option?
		*
		* @param {*} value
		* @param {Option} option
		* @returns {boolean}
		*/
		valueFromOption(value, option) {
			const optionKey = option.attributeName();
			if (!this.dualOptions.has(optionKey)) return true;
			const preset = this.negativeOptions.get(optionKey).presetArg;
			const negativeValue = preset !== void 0 ? preset : false;
			return option.negate === (negativeValue === value);
		}
	};
	/**
	* Convert string from kebab-case to camelCase.
	*
	* @param {string} str
	* @return {string}
	* @private
	*/
	function camelcase(str) {
		return str.split("-").reduce((str, word) => {
			return str + word[0].toUpperCase() + word.slice(1);
		});
	}
	/**
	* Split the short and long flag out of something like '-m,--mixed <value>'
	*
	* @private
	*/
	function splitOptionFlags(flags) {
		let shortFlag;
		let longFlag;
		const shortFlagExp = /^-[^-]$/;
		const longFlagExp = /^--[^-]/;
		const flagParts = flags.split(/[ |,]+/).concat("guard");
		if (shortFlagExp.test(flagParts[0])) shortFlag = flagParts.shift();
		if (longFlagExp.test(flagParts[0])) longFlag = flagParts.shift();
		if (!shortFlag && shortFlagExp.test(flagParts[0])) shortFlag = flagParts.shift();
		if (!shortFlag && longFlagExp.test(flagParts[0])) {
			shortFlag = longFlag;
			longFlag = flagParts.shift();
		}
		if (flagParts[0].startsWith("-")) {
			const unsupportedFlag = flagParts[0];
			const baseError = `option creation failed due to '${unsupportedFlag}' in option flags '${flags}'`;
			if (/^-[^-][^-]/.test(unsupportedFlag)) throw new Error(`${baseError}
- a short flag is a single dash and a single character
  - either use a single dash and a single character (for a short flag)
  - or use a double dash for a long option (and can have two, like '--ws, --workspace')`);
			if (shortFlagExp.test(unsupportedFlag)) throw new Error(`${baseError}
- too many short flags`);
			if (longFlagExp.test(unsupportedFlag)) throw new Error(`${baseError}
- too many long flags`);
			throw new Error(`${baseError}
- unrecognised flag format`);
		}
		if (shortFlag === void 0 && longFlag === void 0) throw new Error(`option creation failed due to no flags found in '${flags}'.`);
		return {
			shortFlag,
			longFlag
		};
	}
	exports.Option = Option;
	exports.DualOptions = DualOptions;
}));
// node_modules/commander/lib/suggestSimilar.js
var require_suggestSimilar = /* @__PURE__ */ __commonJSMin(((exports) => {
	const maxDistance = 3;
	function editDistance(a, b) {
		if (Math.abs(a.length - b.length) > maxDistance) return Math.max(a.length, b.length);
		const d = [];
		for (let i = 0; i <= a.length; i++) d[i] = [i];
		for (let j = 0; j <= b.length; j++) d[0][j] = j;
		for (let j = 1; j <= b.length; j++) for (let i = 1; i <= a.length; i++) {
			let cost = 1;
			if (a[i - 1] === b[j - 1]) cost = 0;
			else cost = 1;
			d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
			if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
		}
		return d[a.length][b.length];
	}
	/**
	* Find close matches, restricted to same number of edits.
	*
	* @param {string} word
	* @param {string[]} candidates
	* @returns {string}
	*/
	function suggestSimilar(word, candidates) {
		if (!candidates || candidates.length === 0) return "";
		candidates = Array.from(new Set(candidates));
		const searchingOptions = word.startsWith("--");
		if (searchingOptions) {
			word = word.slice(2);
			candidates = candidates.map((candidate) => candidate.slice(2));
		}
		let similar = [];
		let bestDistance = maxDistance;
		const minSimilarity = .4;
		candidates.forEach((candidate) => {
			if (candidate.length <= 1) return;
			const distance = editDistance(word, candidate);
			const length = Math.max(word.length, candidate.length);
			if ((length - distance) / length > minSimilarity) {
				if (distance < bestDistance) {
					bestDistance = distance;
					similar = [candidate];
				} else if (distance === bestDistance) similar.push(candidate);
			}
		});
		similar.sort((a, b) => a.localeCompare(b));
		if (searchingOptions) similar = similar.map((candidate) => `--${candidate}`);
		if (similar.length > 1) return `\n(Did you mean one of ${similar.join(", ")}?)`;
		if (similar.length === 1) return `\n(Did you mean ${similar[0]}?)`;
		return "";
	}
	exports.suggestSimilar = suggestSimilar;
}));
// node_modules/commander/lib/command.js
var require_command = /* @__PURE__ */ __commonJSMin(((exports) => {
	const EventEmitter = __require("node:events").EventEmitter;
	const childProcess = (init__commander_child_process(), __toCommonJS(_commander_child_process_exports));
	const path = __require("node:path");
	const fs = __require("node:fs");
	const process = __require("node:process");
	const { Argument, humanReadableArgName } = require_argument();
	const { CommanderError } = require_error();
	const { Help, stripColor } = require_help();
	const { Option, DualOptions } = require_option();
	const { suggestSimilar } = require_suggestSimilar();
	var Command = class Command extends EventEmitter {
		/**
		* Initialize a new `Command`.
		*
		* @param {string} [name]
		*/
		constructor(name) {
			super();
			/** @type {Command[]} */
			this.commands = [];
			/** @type {Option[]} */
			this.options = [];
			this.parent = null;
			this._allowUnknownOption = false;
			this._allowExcessArguments = false;
			/** @type {Argument[]} */
			this.registeredArguments = [];
			this._args = this.registeredArguments;
			/** @type {string[]} */
			this.args = [];
			this.rawArgs = [];
			this.processedArgs = [];
			this._scriptPath = null;
			this._name = name || "";
			this._optionValues = {};
			this._optionValueSources = {};
			this._storeOptionsAsProperties = false;
			this._actionHandler = null;
			this._executableHandler = false;
			this._executableFile = null;
			this._executableDir = null;
			this._defaultCommandName = null;
			this._exitCallback = null;
			this._aliases = [];
			this._combineFlagAndOptionalValue = true;
			this._description = "";
			this._summary = "";
			this._argsDescription = void 0;
			this._enablePositionalOptions = false;
			this._passThroughOptions = false;
			this._lifeCycleHooks = {};
			/** @type {(boolean | string)} */
			this._showHelpAfterError = false;
			this._showSuggestionAfterError = true;
			this._savedState = null;
			this._outputConfiguration = {
				writeOut: (str) => process.stdout.write(str),
				writeErr: (str) => process.stderr.write(str),
				outputError: (str, write) => write(str),
				getOutHelpWidth: () => process.stdout.isTTY ? process.stdout.columns : void 0,
				getErrHelpWidth: () => process.stderr.isTTY ? process.stderr.columns : void 0,
				getOutHasColors: () => useColor() ?? (process.stdout.isTTY && process.stdout.hasColors?.()),
				getErrHasColors: () => useColor() ?? (process.stderr.isTTY && process.stderr.hasColors?.()),
				stripColor: (str) => stripColor(str)
			};
			this._hidden = false;
			/** @type {(Option | null | undefined)} */
			this._helpOption = void 0;
			this._addImplicitHelpCommand = void 0;
			/** @type {Command} */
			this._helpCommand = void 0;
			this._helpConfiguration = {};
			/** @type {string | undefined} */
			this._helpGroupHeading = void 0;
			/** @type {string | undefined} */
			this._defaultCommandGroup = void 0;
			/** @type {string | undefined} */
			this._defaultOptionGroup = void 0;
		}
		/**
		* Copy settings that are useful to have in common across root command and subcommands.
		*
		* (Used internally when adding a command using `.command()` so subcommands inherit parent settings.)
		*
		* @param {Command} sourceCommand
		* @return {Command} `this` command for chaining
		*/
		copyInheritedSettings(sourceCommand) {
			this._outputConfiguration = sourceCommand._outputConfiguration;
			this._helpOption = sourceCommand._helpOption;
			this._helpCommand = sourceCommand._helpCommand;
			this._helpConfiguration = sourceCommand._helpConfiguration;
			this._exitCallback = sourceCommand._exitCallback;
			this._storeOptionsAsProperties = sourceCommand._storeOptionsAsProperties;
			this._combineFlagAndOptionalValue = sourceCommand._combineFlagAndOptionalValue;
			this._allowExcessArguments = sourceCommand._allowExcessArguments;
			this._enablePositionalOptions = sourceCommand._enablePositionalOptions;
			this._showHelpAfterError = sourceCommand._showHelpAfterError;
			this._showSuggestionAfterError = sourceCommand._showSuggestionAfterError;
			return this;
		}
		/**
		* @returns {Command[]}
		* @private
		*/
		_getCommandAndAncestors() {
			const result = [];
			for (let command = this; command; command = command.parent) result.push(command);
			return result;
		}
		/**
		* Define a command.
		*
		* There are two styles of command: pay attention to where to put the description.
		*
		* @example
		* // Command implemented using action handler (description is supplied separately to `.command`)
		* program
		*   .command('clone <source> [destination]')
		*   .description('clone a repository into a newly created directory')
		*   .action((source, destination) => {
		*     console.log('clone command called');
		*   });
		*
		* // Command implemented using separate executable file (description is second parameter to `.command`)
		* program
		*   .command('start <service>', 'start named service')
		*   .command('stop [service]', 'stop named service, or all if no name supplied');
		*
		* @param {string} nameAndArgs - command name and arguments, args are `<required>` or `[optional]` and last may also be `variadic...`
		* @param {(object | string)} [actionOptsOrExecDesc] - configuration options (for action), or description (for executable)
		* @param {object} [execOpts] - configuration options (for executable)
		* @return {Command} returns new command for action handler, or `this` for executable command
		*/
		command(nameAndArgs, actionOptsOrExecDesc, execOpts) {
			let desc = actionOptsOrExecDesc;
			let opts = execOpts;
			if (typeof desc === "object" && desc !== null) {
				opts = desc;
				desc = null;
			}
			opts = opts || {};
			const [, name, args] = nameAndArgs.match(/([^ ]+) *(.*)/);
			const cmd = this.createCommand(name);
			if (desc) {
				cmd.description(desc);
				cmd._executableHandler = true;
			}
			if (opts.isDefault) this._defaultCommandName = cmd._name;
			cmd._hidden = !!(opts.noHelp || opts.hidden);
			cmd._executableFile = opts.executableFile || null;
			if (args) cmd.arguments(args);
			this._registerCommand(cmd);
			cmd.parent = this;
			cmd.copyInheritedSettings(this);
			if (desc) return this;
			return cmd;
		}
		/**
		* Factory routine to create a new unattached command.
		*
		* See .command() for creating an attached subcommand, which uses this routine to
		* create the command. You can override createCommand to customise subcommands.
		*
		* @param {string} [name]
		* @return {Command} new command
		*/
		createCommand(name) {
			return new Command(name);
		}
		/**
		* You can customise the help with a subclass of Help by overriding createHelp,
		* or by overriding Help properties using configureHelp().
		*
		* @return {Help}
		*/
		createHelp() {
			return Object.assign(new Help(), this.configureHelp());
		}
		/**
		* You can customise the help by overriding Help properties using configureHelp(),
		* or with a subclass of Help by overriding createHelp().
		*
		* @param {object} [configuration] - configuration options
		* @return {(Command | object)} `this` command for chaining, or stored configuration
		*/
		configureHelp(configuration) {
			if (configuration === void 0) return this._helpConfiguration;
			this._helpConfiguration = configuration;
			return this;
		}
		/**
		* The default output goes to stdout and stderr. You can customise this for special
		* applications. You can also customise the display of errors by overriding outputError.
		*
		* The configuration properties are all functions:
		*
		*     // change how output being written, defaults to stdout and stderr
		*     writeOut(str)
		*     writeErr(str)
		*     // change how output being written for errors, defaults to writeErr
		*     outputError(str, write) // used for displaying errors and not used for displaying help
		*     // specify width for wrapping help
		*     getOutHelpWidth()
		*     getErrHelpWidth()
		*     // color support, currently only used with Help
		*     getOutHasColors()
		*     getErrHasColors()
		*     stripColor() // used to remove ANSI escape codes if output does not have colors
		*
		* @param {object} [configuration] - configuration options
		* @return {(Command | object)} `this` command for chaining, or stored configuration
		*/
		configureOutput(configuration) {
			if (configuration === void 0) return this._outputConfiguration;
			this._outputConfiguration = {
				...this._outputConfiguration,
				...configuration
			};
			return this;
		}
		/**
		* Display the help or a custom message after an error occurs.
		*
		* @param {(boolean|string)} [displayHelp]
		* @return {Command} `this` command for chaining
		*/
		showHelpAfterError(displayHelp = true) {
			if (typeof displayHelp !== "string") displayHelp = !!displayHelp;
			this._showHelpAfterError = displayHelp;
			return this;
		}
		/**
		* Display suggestion of similar commands for unknown commands, or options for unknown options.
		*
		* @param {boolean} [displaySuggestion]
		* @return {Command} `this` command for chaining
		*/
		showSuggestionAfterError(displaySuggestion = true) {
			this._showSuggestionAfterError = !!displaySuggestion;
			return this;
		}
		/**
		* Add a prepared subcommand.
		*
		* See .command() for creating an attached subcommand which inherits settings from its parent.
		*
		* @param {Command} cmd - new subcommand
		* @param {object} [opts] - configuration options
		* @return {Command} `this` command for chaining
		*/
		addCommand(cmd, opts) {
			if (!cmd._name) throw new Error(`Command passed to .addCommand() must have a name
- specify the name in Command constructor or using .name()`);
			opts = opts || {};
			if (opts.isDefault) this._defaultCommandName = cmd._name;
			if (opts.noHelp || opts.hidden) cmd._hidden = true;
			this._registerCommand(cmd);
			cmd.parent = this;
			cmd._checkForBrokenPassThrough();
			return this;
		}
		/**
		* Factory routine to create a new unattached argument.
		*
		* See .argument() for creating an attached argument, which uses this routine to
		* create the argument. You can override createArgument to return a custom argument.
		*
		* @param {string} name
		* @param {string} [description]
		* @return {Argument} new argument
		*/
		createArgument(name, description) {
			return new Argument(name, description);
		}
		/**
		* Define argument syntax for command.
		*
		* The default is that the argument is required, and you can explicitly
		* indicate this with <> around the name. Put [] around the name for an optional argument.
		*
		* @example
		* program.argument('<input-file>');
		* program.argument('[output-file]');
		*
		* @param {string} name
		* @param {string} [description]
		* @param {(Function|*)} [parseArg] - custom argument processing function or default value
		* @param {*} [defaultValue]
		* @return {Command} `this` command for chaining
		*/
		argument(name, description, parseArg, defaultValue) {
			const argument = this.createArgument(name, description);
			if (typeof parseArg === "function") argument.default(defaultValue).argParser(parseArg);
			else argument.default(parseArg);
			this.addArgument(argument);
			return this;
		}
		/**
		* Define argument syntax for command, adding multiple at once (without descriptions).
		*
		* See also .argument().
		*
		* @example
		* program.arguments('<cmd> [env]');
		*
		* @param {string} names
		* @return {Command} `this` command for chaining
		*/
		arguments(names) {
			names.trim().split(/ +/).forEach((detail) => {
				this.argument(detail);
			});
			return this;
		}
		/**
		* Define argument syntax for command, adding a prepared argument.
		*
		* @param {Argument} argument
		* @return {Command} `this` command for chaining
		*/
		addArgument(argument) {
			const previousArgument = this.registeredArguments.slice(-1)[0];
			if (previousArgument?.variadic) throw new Error(`only the last argument can be variadic '${previousArgument.name()}'`);
			if (argument.required && argument.defaultValue !== void 0 && argument.parseArg === void 0) throw new Error(`a default value for a required argument is never used: '${argument.name()}'`);
			this.registeredArguments.push(argument);
			return this;
		}
		/**
		* Customise or override default help command. By default a help command is automatically added if your command has subcommands.
		*
		* @example
		*    program.helpCommand('help [cmd]');
		*    program.helpCommand('help [cmd]', 'show help');
		*    program.helpCommand(false); // suppress default help command
		*    program.helpCommand(true); // add help command even if no subcommands
		*
		* @param {string|boolean} enableOrNameAndArgs - enable with custom name and/or arguments, or boolean to override whether added
		* @param {string} [description] - custom description
		* @return {Command} `this` command for chaining
		*/
		helpCommand(enableOrNameAndArgs, description) {
			if (typeof enableOrNameAndArgs === "boolean") {
				this._addImplicitHelpCommand = enableOrNameAndArgs;
				if (enableOrNameAndArgs && this._defaultCommandGroup) this._initCommandGroup(this._getHelpCommand());
				return this;
			}
			const [, helpName, helpArgs] = (enableOrNameAndArgs ?? "help [command]").match(/([^ ]+) *(.*)/);
			const helpDescription = description ?? "display help for command";
			const helpCommand = this.createCommand(helpName);
			helpCommand.helpOption(false);
			if (helpArgs) helpCommand.arguments(helpArgs);
			if (helpDescription) helpCommand.description(helpDescription);
			this._addImplicitHelpCommand = true;
			this._helpCommand = helpCommand;
			if (enableOrNameAndArgs || description) this._initCommandGroup(helpCommand);
			return this;
		}
		/**
		* Add prepared custom help command.
		*
		* @param {(Command|string|boolean)} helpCommand - custom help command, or deprecated enableOrNameAndArgs as for `.helpCommand()`
		* @param {string} [deprecatedDescription] - deprecated custom description used with custom name only
		* @return {Command} `this` command for chaining
		*/
		addHelpCommand(helpCommand, deprecatedDescription) {
			if (typeof helpCommand !== "object") {
				this.helpCommand(helpCommand, deprecatedDescription);
				return this;
			}
			this._addImplicitHelpCommand = true;
			this._helpCommand = helpCommand;
			this._initCommandGroup(helpCommand);
			return this;
		}
		/**
		* Lazy create help command.
		*
		* @return {(Command|null)}
		* @package
		*/
		_getHelpCommand() {
			if (this._addImplicitHelpCommand ?? (this.commands.length && !this._actionHandler && !this._findCommand("help"))) {
				if (this._helpCommand === void 0) this.helpCommand(void 0, void 0);
				return this._helpCommand;
			}
			return null;
		}
		/**
		* Add hook for life cycle event.
		*
		* @param {string} event
		* @param {Function} listener
		* @return {Command} `this` command for chaining
		*/
		hook(event, listener) {
			const allowedValues = [
				"preSubcommand",
				"preAction",
				"postAction"
			];
			if (!allowedValues.includes(event)) throw new Error(`Unexpected value for event passed to hook : '${event}'.
Expecting one of '${allowedValues.join("', '")}'`);
			if (this._lifeCycleHooks[event]) this._lifeCycleHooks[event].push(listener);
			else this._lifeCycleHooks[event] = [listener];
			return this;
		}
		/**
		* Register callback to use as replacement for calling process.exit.
		*
		* @param {Function} [fn] optional callback which will be passed a CommanderError, defaults to throwing
		* @return {Command} `this` command for chaining
		*/
		exitOverride(fn) {
			if (fn) this._exitCallback = fn;
			else this._exitCallback = (err) => {
				if (err.code !== "commander.executeSubCommandAsync") throw err;
			};
			return this;
		}
		/**
		* Call process.exit, and _exitCallback if defined.
		*
		* @param {number} exitCode exit code for using with process.exit
		* @param {string} code an id string representing the error
		* @param {string} message human-readable description of the error
		* @return never
		* @private
		*/
		_exit(exitCode, code, message) {
			if (this._exitCallback) this._exitCallback(new CommanderError(exitCode, code, message));
			process.exit(exitCode);
		}
		/**
		* Register callback `fn` for the command.
		*
		* @example
		* program
		*   .command('serve')
		*   .description('start service')
		*   .action(function() {
		*      // do work here
		*   });
		*
		* @param {Function} fn
		* @return {Command} `this` command for chaining
		*/
		action(fn) {
			const listener = (args) => {
				const expectedArgsCount = this.registeredArguments.length;
				const actionArgs = args.slice(0, expectedArgsCount);
				if (this._storeOptionsAsProperties) actionArgs[expectedArgsCount] = this;
				else actionArgs[expectedArgsCount] = this.opts();
				actionArgs.push(this);
				return fn.apply(this, actionArgs);
			};
			this._actionHandler = listener;
			return this;
		}
		/**
		* Factory routine to create a new unattached option.
		*
		* See .option() for creating an attached option, which uses this routine to
		* create the option. You can override createOption to return a custom option.
		*
		* @param {string} flags
		* @param {string} [description]
		* @return {Option} new option
		*/
		createOption(flags, description) {
			return new Option(flags, description);
		}
		/**
		* Wrap parseArgs to catch 'commander.invalidArgument'.
		*
		* @param {(Option | Argument)} target
		* @param {string} value
		* @param {*} previous
		* @param {string} invalidArgumentMessage
		* @private
		*/
		_callParseArg(target, value, previous, invalidArgumentMessage) {
			try {
				return target.parseArg(value, previous);
			} catch (err) {
				if (err.code === "commander.invalidArgument") {
					const message = `${invalidArgumentMessage} ${err.message}`;
					this.error(message, {
						exitCode: err.exitCode,
						code: err.code
					});
				}
				throw err;
			}
		}
		/**
		* Check for option flag conflicts.
		* Register option if no conflicts found, or throw on conflict.
		*
		* @param {Option} option
		* @private
		*/
		_registerOption(option) {
			const matchingOption = option.short && this._findOption(option.short) || option.long && this._findOption(option.long);
			if (matchingOption) {
				const matchingFlag = option.long && this._findOption(option.long) ? option.long : option.short;
				throw new Error(`Cannot add option '${option.flags}'${this._name && ` to command '${this._name}'`} due to conflicting flag '${matchingFlag}'
-  already used by option '${matchingOption.flags}'`);
			}
			this._initOptionGroup(option);
			this.options.push(option);
		}
		/**
		* Check for command name and alias conflicts with existing commands.
		* Register command if no conflicts found, or throw on conflict.
		*
		* @param {Command} command
		* @private
		*/
		_registerCommand(command) {
			const knownBy = (cmd) => {
				return [cmd.name()].concat(cmd.aliases());
			};
			const alreadyUsed = knownBy(command).find((name) => this._findCommand(name));
			if (alreadyUsed) {
				const existingCmd = knownBy(this._findCommand(alreadyUsed)).join("|");
				const newCmd = knownBy(command).join("|");
				throw new Error(`cannot add command '${newCmd}' as already have command '${existingCmd}'`);
			}
			this._initCommandGroup(command);
			this.commands.push(command);
		}
		/**
		* Add an option.
		*
		* @param {Option} option
		* @return {Command} `this` command for chaining
		*/
		addOption(option) {
			this._registerOption(option);
			const oname = option.name();
			const name = option.attributeName();
			if (option.negate) {
				const positiveLongFlag = option.long.replace(/^--no-/, "--");
				if (!this._findOption(positiveLongFlag)) this.setOptionValueWithSource(name, option.defaultValue === void 0 ? true : option.defaultValue, "default");
			} else if (option.defaultValue !== void 0) this.setOptionValueWithSource(name, option.defaultValue, "default");
			const handleOptionValue = (val, invalidValueMessage, valueSource) => {
				if (val == null && option.presetArg !== void 0) val = option.presetArg;
				const oldValue = this.getOptionValue(name);
				if (val !== null && option.parseArg) val = this._callParseArg(option, val, oldValue, invalidValueMessage);
				else if (val !== null && option.variadic) val = option._collectValue(val, oldValue);
				if (val == null) {
					if (option.negate) val = false;
					else if (option.isBoolean() || option.optional) val = true;
					else val = "";
				}
				this.setOptionValueWithSource(name, val, valueSource);
			};
			this.on("option:" + oname, (val) => {
				const invalidValueMessage = `error: option '${option.flags}' argument '${val}' is invalid.`;
				handleOptionValue(val, invalidValueMessage, "cli");
			});
			if (option.envVar) this.on("optionEnv:" + oname, (val) => {
				const invalidValueMessage = `error: option '${option.flags}' value '${val}' from env '${option.envVar}' is invalid.`;
				handleOptionValue(val, invalidValueMessage, "env");
			});
			return this;
		}
		/**
		* Internal implementation shared by .option() and .requiredOption()
		*
		* @return {Command} `this` command for chaining
		* @private
		*/
		_optionEx(config, flags, description, fn, defaultValue) {
			if (typeof flags === "object" && flags instanceof Option) throw new Error("To add an Option object use addOption() instead of option() or requiredOption()");
			const option = this.createOption(flags, description);
			option.makeOptionMandatory(!!config.mandatory);
			if (typeof fn === "function") option.default(defaultValue).argParser(fn);
			else if (fn instanceof RegExp) {
				const regex = fn;
				fn = (val, def) => {
					const m = regex.exec(val);
					return m ? m[0] : def;
				};
				option.default(defaultValue).argParser(fn);
			} else option.default(fn);
			return this.addOption(option);
		}
		/**
		* Define option with `flags`, `description`, and optional argument parsing function or `defaultValue` or both.
		*
		* The `flags` string contains the short and/or long flags, separated by comma, a pipe or space. A required
		* option-argument is indicated by `<>` and an optional option-argument by `[]`.
		*
		* See the README for more details, and see also addOption() and requiredOption().
		*
		* @example
		* program
		*     .option('-p, --pepper', 'add pepper')
		*     .option('--pt, --pizza-type <TYPE>', 'type of pizza') // required option-argument
		*     .option('-c, --cheese [CHEESE]', 'add extra cheese', 'mozzarella') // optional option-argument with default
		*     .option('-t, --tip <VALUE>', 'add tip to purchase cost', parseFloat) // custom parse function
		*
		* @param {string} flags
		* @param {string} [description]
		* @param {(Function|*)} [parseArg] - custom option processing function or default value
		* @param {*} [defaultValue]
		* @return {Command} `this` command for chaining
		*/
		option(flags, description, parseArg, defaultValue) {
			return this._optionEx({}, flags, description, parseArg, defaultValue);
		}
		/**
		* Add a required option which must have a value after parsing. This usually means
		* the option must be specified on the command line. (Otherwise the same as .option().)
		*
		* The `flags` string contains the short and/or long flags, separated by comma, a pipe or space.
		*
		* @param {string} flags
		* @param {string} [description]
		* @param {(Function|*)} [parseArg] - custom option processing function or default value
		* @param {*} [defaultValue]
		* @return {Command} `this` command for chaining
		*/
		requiredOption(flags, description, parseArg, defaultValue) {
			return this._optionEx({ mandatory: true }, flags, description, parseArg, defaultValue);
		}
		/**
		* Alter parsing of short flags with optional values.
		*
		* @example
		* // for `.option('-f,--flag [value]'):
		* program.combineFlagAndOptionalValue(true);  // `-f80` is treated like `--flag=80`, this is the default behaviour
		* program.combineFlagAndOptionalValue(false) // `-fb` is treated like `-f -b`
		*
		* @param {boolean} [combine] - if `true` or omitted, an optional value can be specified directly after the flag.
		* @return {Command} `this` command for chaining
		*/
		combineFlagAndOptionalValue(combine = true) {
			this._combineFlagAndOptionalValue = !!combine;
			return this;
		}
		/**
		* Allow unknown options on the command line.
		*
		* @param {boolean} [allowUnknown] - if `true` or omitted, no error will be thrown for unknown options.
		* @return {Command} `this` command for chaining
		*/
		allowUnknownOption(allowUnknown = true) {
			this._allowUnknownOption = !!allowUnknown;
			return this;
		}
		/**
		* Allow excess command-arguments on the command line. Pass false to make excess arguments an error.
		*
		* @param {boolean} [allowExcess] - if `true` or omitted, no error will be thrown for excess arguments.
		* @return {Command} `this` command for chaining
		*/
		allowExcessArguments(allowExcess = true) {
			this._allowExcessArguments = !!allowExcess;
			return this;
		}
		/**
		* Enable positional options. Positional means global options are specified before subcommands which lets
		* subcommands reuse the same option names, and also enables subcommands to turn on passThroughOptions.
		* The default behaviour is non-positional and global options may appear anywhere on the command line.
		*
		* @param {boolean} [positional]
		* @return {Command} `this` command for chaining
		*/
		enablePositionalOptions(positional = true) {
			this._enablePositionalOptions = !!positional;
			return this;
		}
		/**
		* Pass through options that come after command-arguments rather than treat them as command-options,
		* so actual command-options come before command-arguments. Turning this on for a subcommand requires
		* positional options to have been enabled on the program (parent commands).
		* The default behaviour is non-positional and options may appear before or after command-arguments.
		*
		* @param {boolean} [passThrough] for unknown options.
		* @return {Command} `this` command for chaining
		*/
		passThroughOptions(passThrough = true) {
			this._passThroughOptions = !!passThrough;
			this._checkForBrokenPassThrough();
			return this;
		}
		/**
		* @private
		*/
		_checkForBrokenPassThrough() {
			if (this.parent && this._passThroughOptions && !this.parent._enablePositionalOptions) throw new Error(`passThroughOptions cannot be used for '${this._name}' without turning on enablePositionalOptions for parent command(s)`);
		}
		/**
		* Whether to store option values as properties on command object,
		* or store separately (specify false). In both cases the option values can be accessed using .opts().
		*
		* @param {boolean} [storeAsProperties=true]
		* @return {Command} `this` command for chaining
		*/
		storeOptionsAsProperties(storeAsProperties = true) {
			if (this.options.length) throw new Error("call .storeOptionsAsProperties() before adding options");
			if (Object.keys(this._optionValues).length) throw new Error("call .storeOptionsAsProperties() before setting option values");
			this._storeOptionsAsProperties = !!storeAsProperties;
			return this;
		}
		/**
		* Retrieve option value.
		*
		* @param {string} key
		* @return {object} value
		*/
		getOptionValue(key) {
			if (this._storeOptionsAsProperties) return this[key];
			return this._optionValues[key];
		}
		/**
		* Store option value.
		*
		* @param {string} key
		* @param {object} value
		* @return {Command} `this` command for chaining
		*/
		setOptionValue(key, value) {
			return this.setOptionValueWithSource(key, value, void 0);
		}
		/**
		* Store option value and where the value came from.
		*
		* @param {string} key
		* @param {object} value
		* @param {string} source - expected values are default/config/env/cli/implied
		* @return {Command} `this` command for chaining
		*/
		setOptionValueWithSource(key, value, source) {
			if (this._storeOptionsAsProperties) this[key] = value;
			else this._optionValues[key] = value;
			this._optionValueSources[key] = source;
			return this;
		}
		/**
		* Get source of option value.
		* Expected values are default | config | env | cli | implied
		*
		* @param {string} key
		* @return {string}
		*/
		getOptionValueSource(key) {
			return this._optionValueSources[key];
		}
		/**
		* Get source of option value. See also .optsWithGlobals().
		* Expected values are default | config | env | cli | implied
		*
		* @param {string} key
		* @return {string}
		*/
		getOptionValueSourceWithGlobals(key) {
			let source;
			this._getCommandAndAncestors().forEach((cmd) => {
				if (cmd.getOptionValueSource(key) !== void 0) source = cmd.getOptionValueSource(key);
			});
			return source;
		}
		/**
		* Get user arguments from implied or explicit arguments.
		* Side-effects: set _scriptPath if args included script. Used for default program name, and subcommand searches.
		*
		* @private
		*/
		_prepareUserArgs(argv, parseOptions) {
			if (argv !== void 0 && !Array.isArray(argv)) throw new Error("first parameter to parse must be array or undefined");
			parseOptions = parseOptions || {};
			if (argv === void 0 && parseOptions.from === void 0) {
				if (process.versions?.electron) parseOptions.from = "electron";
				const execArgv = process.execArgv ?? [];
				if (execArgv.includes("-e") || execArgv.includes("--eval") || execArgv.includes("-p") || execArgv.includes("--print")) parseOptions.from = "eval";
			}
			if (argv === void 0) argv = process.argv;
			this.rawArgs = argv.slice();
			let userArgs;
			switch (parseOptions.from) {
				case void 0:
				case "node":
					this._scriptPath = argv[1];
					userArgs = argv.slice(2);
					break;
				case "electron":
					if (process.defaultApp) {
						this._scriptPath = argv[1];
						userArgs = argv.slice(2);
					} else userArgs = argv.slice(1);
					break;
				case "user":
					userArgs = argv.slice(0);
					break;
				case "eval":
					userArgs = argv.slice(1);
					break;
				default: throw new Error(`unexpected parse option { from: '${parseOptions.from}' }`);
			}
			if (!this._name && this._scriptPath) this.nameFromFilename(this._scriptPath);
			this._name = this._name || "program";
			return userArgs;
		}
		/**
		* Parse `argv`, setting options and invoking commands when defined.
		*
		* Use parseAsync instead of parse if any of your action handlers are async.
		*
		* Call with no parameters to parse `process.argv`. Detects Electron and special node options like `node --eval`. Easy mode!
		*
		* Or call with an array of strings to parse, and optionally where the user arguments start by specifying where the arguments are `from`:
		* - `'node'`: default, `argv[0]` is the application and `argv[1]` is the script being run, with user arguments after that
		* - `'electron'`: `argv[0]` is the application and `argv[1]` varies depending on whether the electron application is packaged
		* - `'user'`: just user arguments
		*
		* @example
		* program.parse(); // parse process.argv and auto-detect electron and special node flags
		* program.parse(process.argv); // assume argv[0] is app and argv[1] is script
		* program.parse(my-args, { from: 'user' }); // just user supplied arguments, nothing special about argv[0]
		*
		* @param {string[]} [argv] - optional, defaults to process.argv
		* @param {object} [parseOptions] - optionally specify style of options with from: node/user/electron
		* @param {string} [parseOptions.from] - where the args are from: 'node', 'user', 'electron'
		* @return {Command} `this` command for chaining
		*/
		parse(argv, parseOptions) {
			this._prepareForParse();
			const userArgs = this._prepareUserArgs(argv, parseOptions);
			this._parseCommand([], userArgs);
			return this;
		}
		/**
		* Parse `argv`, setting options and invoking commands when defined.
		*
		* Call with no parameters to parse `process.argv`. Detects Electron and special node options like `node --eval`. Easy mode!
		*
		* Or call with an array of strings to parse, and optionally where the user arguments start by specifying where the arguments are `from`:
		* - `'node'`: default, `argv[0]` is the application and `argv[1]` is the script being run, with user arguments after that
		* - `'electron'`: `argv[0]` is the application and `argv[1]` varies depending on whether the electron application is packaged
		* - `'user'`: just user arguments
		*
		* @example
		* await program.parseAsync(); // parse process.argv and auto-detect electron and special node flags
		* await program.parseAsync(process.argv); // assume argv[0] is app and argv[1] is script
		* await program.parseAsync(my-args, { from: 'user' }); // just user supplied arguments, nothing special about argv[0]
		*
		* @param {string[]} [argv]
		* @param {object} [parseOptions]
		* @param {string} parseOptions.from - where the args are from: 'node', 'user', 'electron'
		* @return {Promise}
		*/
		async parseAsync(argv, parseOptions) {
			this._prepareForParse();
			const userArgs = this._prepareUserArgs(argv, parseOptions);
			await this._parseCommand([], userArgs);
			return this;
		}
		_prepareForParse() {
			if (this._savedState === null) this.saveStateBeforeParse();
			else this.restoreStateBeforeParse();
		}
		/**
		* Called the first time parse is called to save state and allow a restore before subsequent calls to parse.
		* Not usually called directly, but available for subclasses to save their custom state.
		*
		* This is called in a lazy way. Only commands used in parsing chain will have state saved.
		*/
		saveStateBeforeParse() {
			this._savedState = {
				_name: this._name,
				_optionValues: { ...this._optionValues },
				_optionValueSources: { ...this._optionValueSources }
			};
		}
		/**
		* Restore state before parse for calls after the first.
		* Not usually called directly, but available for subclasses to save their custom state.
		*
		* This is called in a lazy way. Only commands used in parsing chain will have state restored.
		*/
		restoreStateBeforeParse() {
			if (this._storeOptionsAsProperties) throw new Error(`Can not call parse again when storeOptionsAsProperties is true.
- either make a new Command for each call to parse, or stop storing options as properties`);
			this._name = this._savedState._name;
			this._scriptPath = null;
			this.rawArgs = [];
			this._optionValues = { ...this._savedState._optionValues };
			this._optionValueSources = { ...this._savedState._optionValueSources };
			this.args = [];
			this.processedArgs = [];
		}
		/**
		* Throw if expected executable is missing. Add lots of help for author.
		*
		* @param {string} executableFile
		* @param {string} executableDir
		* @param {string} subcommandName
		*/
		_checkForMissingExecutable(executableFile, executableDir, subcommandName) {
			if (fs.existsSync(executableFile)) return;
			const executableMissing = `'${executableFile}' does not exist
 - if '${subcommandName}' is not meant to be an executable command, remove description parameter from '.command()' and use '.description()' instead
 - if the default executable name is not suitable, use the executableFile option to supply a custom name or path
 - ${executableDir ? `searched for local subcommand relative to directory '${executableDir}'` : "no directory for search for local subcommand, use .executableDir() to supply a custom directory"}`;
			throw new Error(executableMissing);
		}
		/**
		* Execute a sub-command executable.
		*
		* @private
		*/
		_executeSubCommand(subcommand, args) {
			args = args.slice();
			let launchWithNode = false;
			const sourceExt = [
				".js",
				".ts",
				".tsx",
				".mjs",
				".cjs"
			];
			function findFile(baseDir, baseName) {
				const localBin = path.resolve(baseDir, baseName);
				if (fs.existsSync(localBin)) return localBin;
				if (sourceExt.includes(path.extname(baseName))) return void 0;
				const foundExt = sourceExt.find((ext) => fs.existsSync(`${localBin}${ext}`));
				if (foundExt) return `${localBin}${foundExt}`;
			}
			this._checkForMissingMandatoryOptions();
			this._checkForConflictingOptions();
			let executableFile = subcommand._executableFile || `${this._name}-${subcommand._name}`;
			let executableDir = this._executableDir || "";
			if (this._scriptPath) {
				let resolvedScriptPath;
				try {
					resolvedScriptPath = fs.realpathSync(this._scriptPath);
				} catch {
					resolvedScriptPath = this._scriptPath;
				}
				executableDir = path.resolve(path.dirname(resolvedScriptPath), executableDir);
			}
			if (executableDir) {
				let localFile = findFile(executableDir, executableFile);
				if (!localFile && !subcommand._executableFile && this._scriptPath) {
					const legacyName = path.basename(this._scriptPath, path.extname(this._scriptPath));
					if (legacyName !== this._name) localFile = findFile(executableDir, `${legacyName}-${subcommand._name}`);
				}
				executableFile = localFile || executableFile;
			}
			launchWithNode = sourceExt.includes(path.extname(executableFile));
			let proc;
			if (process.platform !== "win32") {
				if (launchWithNode) {
					args.unshift(executableFile);
					args = incrementNodeInspectorPort(process.execArgv).concat(args);
					proc = childProcess.spawn(process.argv[0], args, { stdio: "inherit" });
				} else proc = childProcess.spawn(executableFile, args, { stdio: "inherit" });
			} else {
				this._checkForMissingExecutable(executableFile, executableDir, subcommand._name);
				args.unshift(executableFile);
				args = incrementNodeInspectorPort(process.execArgv).concat(args);
				proc = childProcess.spawn(process.execPath, args, { stdio: "inherit" });
			}
			if (!proc.killed) [
				"SIGUSR1",
				"SIGUSR2",
				"SIGTERM",
				"SIGINT",
				"SIGHUP"
			].forEach((signal) => {
				process.on(signal, () => {
					if (proc.killed === false && proc.exitCode === null) proc.kill(signal);
				});
			});
			const exitCallback = this._exitCallback;
			proc.on("close", (code) => {
				code = code ?? 1;
				if (!exitCallback) process.exit(code);
				else exitCallback(new CommanderError(code, "commander.executeSubCommandAsync", "(close)"));
			});
			proc.on("error", (err) => {
				if (err.code === "ENOENT") this._checkForMissingExecutable(executableFile, executableDir, subcommand._name);
				else if (err.code === "EACCES") throw new Error(`'${executableFile}' not executable`);
				if (!exitCallback) process.exit(1);
				else {
					const wrappedError = new CommanderError(1, "commander.executeSubCommandAsync", "(error)");
					wrappedError.nestedError = err;
					exitCallback(wrappedError);
				}
			});
			this.runningCommand = proc;
		}
		/**
		* @private
		*/
		_dispatchSubcommand(commandName, operands, unknown) {
			const subCommand = this._findCommand(commandName);
			if (!subCommand) this.help({ error: true });
			subCommand._prepareForParse();
			let promiseChain;
			promiseChain = this._chainOrCallSubCommandHook(promiseChain, subCommand, "preSubcommand");
			promiseChain = this._chainOrCall(promiseChain, () => {
				if (subCommand._executableHandler) this._executeSubCommand(subCommand, operands.concat(unknown));
				else return subCommand._parseCommand(operands, unknown);
			});
			return promiseChain;
		}
		/**
		* Invoke help directly if possible, or dispatch if necessary.
		* e.g. help foo
		*
		* @private
		*/
		_dispatchHelpCommand(subcommandName) {
			if (!subcommandName) this.help();
			const subCommand = this._findCommand(subcommandName);
			if (subCommand && !subCommand._executableHandler) subCommand.help();
			return this._dispatchSubcommand(subcommandName, [], [this._getHelpOption()?.long ?? this._getHelpOption()?.short ?? "--help"]);
		}
		/**
		* Check this.args against expected this.registeredArguments.
		*
		* @private
		*/
		_checkNumberOfArguments() {
			this.registeredArguments.forEach((arg, i) => {
				if (arg.required && this.args[i] == null) this.missingArgument(arg.name());
			});
			if (this.registeredArguments.length > 0 && this.registeredArguments[this.registeredArguments.length - 1].variadic) return;
			if (this.args.length > this.registeredArguments.length) this._excessArguments(this.args);
		}
		/**
		* Process this.args using this.registeredArguments and save as this.processedArgs!
		*
		* @private
		*/
		_processArguments() {
			const myParseArg = (argument, value, previous) => {
				let parsedValue = value;
				if (value !== null && argument.parseArg) {
					const invalidValueMessage = `error: command-argument value '${value}' is invalid for argument '${argument.name()}'.`;
					parsedValue = this._callParseArg(argument, value, previous, invalidValueMessage);
				}
				return parsedValue;
			};
			this._checkNumberOfArguments();
			const processedArgs = [];
			this.registeredArguments.forEach((declaredArg, index) => {
				let value = declaredArg.defaultValue;
				if (declaredArg.variadic) {
					if (index < this.args.length) {
						value = this.args.slice(index);
						if (declaredArg.parseArg) value = value.reduce((processed, v) => {
							return myParseArg(declaredArg, v, processed);
						}, declaredArg.defaultValue);
					} else if (value === void 0) value = [];
				} else if (index < this.args.length) {
					value = this.args[index];
					if (declaredArg.parseArg) value = myParseArg(declaredArg, value, declaredArg.defaultValue);
				}
				processedArgs[index] = value;
			});
			this.processedArgs = processedArgs;
		}
		/**
		* Once we have a promise we chain, but call synchronously until then.
		*
		* @param {(Promise|undefined)} promise
		* @param {Function} fn
		* @return {(Promise|undefined)}
		* @private
		*/
		_chainOrCall(promise, fn) {
			if (promise?.then && typeof promise.then === "function") return promise.then(() => fn());
			return fn();
		}
		/**
		*
		* @param {(Promise|undefined)} promise
		* @param {string} event
		* @return {(Promise|undefined)}
		* @private
		*/
		_chainOrCallHooks(promise, event) {
			let result = promise;
			const hooks = [];
			this._getCommandAndAncestors().reverse().filter((cmd) => cmd._lifeCycleHooks[event] !== void 0).forEach((hookedCommand) => {
				hookedCommand._lifeCycleHooks[event].forEach((callback) => {
					hooks.push({
						hookedCommand,
						callback
					});
				});
			});
			if (event === "postAction") hooks.reverse();
			hooks.forEach((hookDetail) => {
				result = this._chainOrCall(result, () => {
					return hookDetail.callback(hookDetail.hookedCommand, this);
				});
			});
			return result;
		}
		/**
		*
		* @param {(Promise|undefined)} promise
		* @param {Command} subCommand
		* @param {string} event
		* @return {(Promise|undefined)}
		* @private
		*/
		_chainOrCallSubCommandHook(promise, subCommand, event) {
			let result = promise;
			if (this._lifeCycleHooks[event] !== void 0) this._lifeCycleHooks[event].forEach((hook) => {
				result = this._chainOrCall(result, () => {
					return hook(this, subCommand);
				});
			});
			return result;
		}
		/**
		* Process arguments in context of this command.
		* Returns action result, in case it is a promise.
		*
		* @private
		*/
		_parseCommand(operands, unknown) {
			const parsed = this.parseOptions(unknown);
			this._parseOptionsEnv();
			this._parseOptionsImplied();
			operands = operands.concat(parsed.operands);
			unknown = parsed.unknown;
			this.args = operands.concat(unknown);
			if (operands && this._findCommand(operands[0])) return this._dispatchSubcommand(operands[0], operands.slice(1), unknown);
			if (this._getHelpCommand() && operands[0] === this._getHelpCommand().name()) return this._dispatchHelpCommand(operands[1]);
			if (this._defaultCommandName) {
				this._outputHelpIfRequested(unknown);
				return this._dispatchSubcommand(this._defaultCommandName, operands, unknown);
			}
			if (this.commands.length && this.args.length === 0 && !this._actionHandler && !this._defaultCommandName) this.help({ error: true });
			this._outputHelpIfRequested(parsed.unknown);
			this._checkForMissingMandatoryOptions();
			this._checkForConflictingOptions();
			const checkForUnknownOptions = () => {
				if (parsed.unknown.length > 0) this.unknownOption(parsed.unknown[0]);
			};
			const commandEvent = `command:${this.name()}`;
			if (this._actionHandler) {
				checkForUnknownOptions();
				this._processArguments();
				let promiseChain;
				promiseChain = this._chainOrCallHooks(promiseChain, "preAction");
				promiseChain = this._chainOrCall(promiseChain, () => this._actionHandler(this.processedArgs));
				if (this.parent) promiseChain = this._chainOrCall(promiseChain, () => {
					this.parent.emit(commandEvent, operands, unknown);
				});
				promiseChain = this._chainOrCallHooks(promiseChain, "postAction");
				return promiseChain;
			}
			if (this.parent?.listenerCount(commandEvent)) {
				checkForUnknownOptions();
				this._processArguments();
				this.parent.emit(commandEvent, operands, unknown);
			} else if (operands.length) {
				if (this._findCommand("*")) return this._dispatchSubcommand("*", operands, unknown);
				if (this.listenerCount("command:*")) this.emit("command:*", operands, unknown);
				else if (this.commands.length) this.unknownCommand();
				else {
					checkForUnknownOptions();
					this._processArguments();
				}
			} else if (this.commands.length) {
				checkForUnknownOptions();
				this.help({ error: true });
			} else {
				checkForUnknownOptions();
				this._processArguments();
			}
		}
		/**
		* Find matching command.
		*
		* @private
		* @return {Command | undefined}
		*/
		_findCommand(name) {
			if (!name) return void 0;
			return this.commands.find((cmd) => cmd._name === name || cmd._aliases.includes(name));
		}
		/**
		* Return an option matching `arg` if any.
		*
		* @param {string} arg
		* @return {Option}
		* @package
		*/
		_findOption(arg) {
			return this.options.find((option) => option.is(arg));
		}
		/**
		* Display an error message if a mandatory option does not have a value.
		* Called after checking for help flags in leaf subcommand.
		*
		* @private
		*/
		_checkForMissingMandatoryOptions() {
			this._getCommandAndAncestors().forEach((cmd) => {
				cmd.options.forEach((anOption) => {
					if (anOption.mandatory && cmd.getOptionValue(anOption.attributeName()) === void 0) cmd.missingMandatoryOptionValue(anOption);
				});
			});
		}
		/**
		* Display an error message if conflicting options are used together in this.
		*
		* @private
		*/
		_checkForConflictingLocalOptions() {
			const definedNonDefaultOptions = this.options.filter((option) => {
				const optionKey = option.attributeName();
				if (this.getOptionValue(optionKey) === void 0) return false;
				return this.getOptionValueSource(optionKey) !== "default";
			});
			definedNonDefaultOptions.filter((option) => option.conflictsWith.length > 0).forEach((option) => {
				const conflictingAndDefined = definedNonDefaultOptions.find((defined) => option.conflictsWith.includes(defined.attributeName()));
				if (conflictingAndDefined) this._conflictingOption(option, conflictingAndDefined);
			});
		}
		/**
		* Display an error message if conflicting options are used together.
		* Called after checking for help flags in leaf subcommand.
		*
		* @private
		*/
		_checkForConflictingOptions() {
			this._getCommandAndAncestors().forEach((cmd) => {
				cmd._checkForConflictingLocalOptions();
			});
		}
		/**
		* Parse options from `argv` removing known options,
		* and return argv split into operands and unknown arguments.
		*
		* Side effects: modifies command by storing options. Does not reset state if called again.
		*
		* Examples:
		*
		*     argv => operands, unknown
		*     --known kkk op => [op], []
		*     op --known kkk => [op], []
		*     sub --unknown uuu op => [sub], [--unknown uuu op]
		*     sub -- --unknown uuu op => [sub --unknown uuu op], []
		*
		* @param {string[]} args
		* @return {{operands: string[], unknown: string[]}}
		*/
		parseOptions(args) {
			const operands = [];
			const unknown = [];
			let dest = operands;
			function maybeOption(arg) {
				return arg.length > 1 && arg[0] === "-";
			}
			const negativeNumberArg = (arg) => {
				if (!/^-(\d+|\d*\.\d+)(e[+-]?\d+)?$/.test(arg)) return false;
				return !this._getCommandAndAncestors().some((cmd) => cmd.options.map((opt) => opt.short).some((short) => /^-\d$/.test(short)));
			};
			let activeVariadicOption = null;
			let activeGroup = null;
			let i = 0;
			while (i < args.length || activeGroup) {
				const arg = activeGroup ?? args[i++];
				activeGroup = null;
				if (arg === "--") {
					if (dest === unknown) dest.push(arg);
					dest.push(...args.slice(i));
					break;
				}
				if (activeVariadicOption && (!maybeOption(arg) || negativeNumberArg(arg))) {
					this.emit(`option:${activeVariadicOption.name()}`, arg);
					continue;
				}
				activeVariadicOption = null;
				if (maybeOption(arg)) {
					const option = this._findOption(arg);
					if (option) {
						if (option.required) {
							const value = args[i++];
							if (value === void 0) this.optionMissingArgument(option);
							this.emit(`option:${option.name()}`, value);
						} else if (option.optional) {
							let value = null;
							if (i < args.length && (!maybeOption(args[i]) || negativeNumberArg(args[i]))) value = args[i++];
							this.emit(`option:${option.name()}`, value);
						} else this.emit(`option:${option.name()}`);
						activeVariadicOption = option.variadic ? option : null;
						continue;
					}
				}
				if (arg.length > 2 && arg[0] === "-" && arg[1] !== "-") {
					const option = this._findOption(`-${arg[1]}`);
					if (option) {
						if (option.required || option.optional && this._combineFlagAndOptionalValue) this.emit(`option:${option.name()}`, arg.slice(2));
						else {
							this.emit(`option:${option.name()}`);
							activeGroup = `-${arg.slice(2)}`;
						}
						continue;
					}
				}
				if (/^--[^=]+=/.test(arg)) {
					const index = arg.indexOf("=");
					const option = this._findOption(arg.slice(0, index));
					if (option && (option.required || option.optional)) {
						this.emit(`option:${option.name()}`, arg.slice(index + 1));
						continue;
					}
				}
				if (dest === operands && maybeOption(arg) && !(this.commands.length === 0 && negativeNumberArg(arg))) dest = unknown;
				if ((this._enablePositionalOptions || this._passThroughOptions) && operands.length === 0 && unknown.length === 0) {
					if (this._findCommand(arg)) {
						operands.push(arg);
						unknown.push(...args.slice(i));
						break;
					} else if (this._getHelpCommand() && arg === this._getHelpCommand().name()) {
						operands.push(arg, ...args.slice(i));
						break;
					} else if (this._defaultCommandName) {
						unknown.push(arg, ...args.slice(i));
						break;
					}
				}
				if (this._passThroughOptions) {
					dest.push(arg, ...args.slice(i));
					break;
				}
				dest.push(arg);
			}
			return {
				operands,
				unknown
			};
		}
		/**
		* Return an object containing local option values as key-value pairs.
		*
		* @return {object}
		*/
		opts() {
			if (this._storeOptionsAsProperties) {
				const result = {};
				const len = this.options.length;
				for (let i = 0; i < len; i++) {
					const key = this.options[i].attributeName();
					result[key] = key === this._versionOptionName ? this._version : this[key];
				}
				return result;
			}
			return this._optionValues;
		}
		/**
		* Return an object containing merged local and global option values as key-value pairs.
		*
		* @return {object}
		*/
		optsWithGlobals() {
			return this._getCommandAndAncestors().reduce((combinedOptions, cmd) => Object.assign(combinedOptions, cmd.opts()), {});
		}
		/**
		* Display error message and exit (or call exitOverride).
		*
		* @param {string} message
		* @param {object} [errorOptions]
		* @param {string} [errorOptions.code] - an id string representing the error
		* @param {number} [errorOptions.exitCode] - used with process.exit
		*/
		error(message, errorOptions) {
			this._outputConfiguration.outputError(`${message}\n`, this._outputConfiguration.writeErr);
			if (typeof this._showHelpAfterError === "string") this._outputConfiguration.writeErr(`${this._showHelpAfterError}\n`);
			else if (this._showHelpAfterError) {
				this._outputConfiguration.writeErr("\n");
				this.outputHelp({ error: true });
			}
			const config = errorOptions || {};
			const exitCode = config.exitCode || 1;
			const code = config.code || "commander.error";
			this._exit(exitCode, code, message);
		}
		/**
		* Apply any option related environment variables, if option does
		* not have a value from cli or client code.
		*
		* @private
		*/
		_parseOptionsEnv() {
			this.options.forEach((option) => {
				if (option.envVar && option.envVar in process.env) {
					const optionKey = option.attributeName();
					if (this.getOptionValue(optionKey) === void 0 || [
						"default",
						"config",
						"env"
					].includes(this.getOptionValueSource(optionKey))) {
						if (option.required || option.optional) this.emit(`optionEnv:${option.name()}`, process.env[option.envVar]);
						else this.emit(`optionEnv:${option.name()}`);
					}
				}
			});
		}
		/**
		* Apply any implied option values, if option is undefined or default value.
		*
		* @private
		*/
		_parseOptionsImplied() {
			const dualHelper = new DualOptions(this.options);
			const hasCustomOptionValue = (optionKey) => {
				return this.getOptionValue(optionKey) !== void 0 && !["default", "implied"].includes(this.getOptionValueSource(optionKey));
			};
			this.options.filter((option) => option.implied !== void 0 && hasCustomOptionValue(option.attributeName()) && dualHelper.valueFromOption(this.getOptionValue(option.attributeName()), option)).forEach((option) => {
				Object.keys(option.implied).filter((impliedKey) => !hasCustomOptionValue(impliedKey)).forEach((impliedKey) => {
					this.setOptionValueWithSource(impliedKey, option.implied[impliedKey], "implied");
				});
			});
		}
		/**
		* Argument `name` is missing.
		*
		* @param {string} name
		* @private
		*/
		missingArgument(name) {
			const message = `error: missing required argument '${name}'`;
			this.error(message, { code: "commander.missingArgument" });
		}
		/**
		* `Option` is missing an argument.
		*
		* @param {Option} option
		* @private
		*/
		optionMissingArgument(option) {
			const message = `error: option '${option.flags}' argument missing`;
			this.error(message, { code: "commander.optionMissingArgument" });
		}
		/**
		* `Option` does not have a value, and is a mandatory option.
		*
		* @param {Option} option
		* @private
		*/
		missingMandatoryOptionValue(option) {
			const message = `error: required option '${option.flags}' not specified`;
			this.error(message, { code: "commander.missingMandatoryOptionValue" });
		}
		/**
		* `Option` conflicts with another option.
		*
		* @param {Option} option
		* @param {Option} conflictingOption
		* @private
		*/
		_conflictingOption(option, conflictingOption) {
			const findBestOptionFromValue = (option) => {
				const optionKey = option.attributeName();
				const optionValue = this.getOptionValue(optionKey);
				const negativeOption = this.options.find((target) => target.negate && optionKey === target.attributeName());
				const positiveOption = this.options.find((target) => !target.negate && optionKey === target.attributeName());
				if (negativeOption && (negativeOption.presetArg === void 0 && optionValue === false || negativeOption.presetArg !== void 0 && optionValue === negativeOption.presetArg)) return negativeOption;
				return positiveOption || option;
			};
			const getErrorMessage = (option) => {
				const bestOption = findBestOptionFromValue(option);
				const optionKey = bestOption.attributeName();
				if (this.getOptionValueSource(optionKey) === "env") return `environment variable '${bestOption.envVar}'`;
				return `option '${bestOption.flags}'`;
			};
			const message = `error: ${getErrorMessage(option)} cannot be used with ${getErrorMessage(conflictingOption)}`;
			this.error(message, { code: "commander.conflictingOption" });
		}
		/**
		* Unknown option `flag`.
		*
		* @param {string} flag
		* @private
		*/
		unknownOption(flag) {
			if (this._allowUnknownOption) return;
			let suggestion = "";
			if (flag.startsWith("--") && this._showSuggestionAfterError) {
				let candidateFlags = [];
				let command = this;
				do {
					const moreFlags = command.createHelp().visibleOptions(command).filter((option) => option.long).map((option) => option.long);
					candidateFlags = candidateFlags.concat(moreFlags);
					command = command.parent;
				} while (command && !command._enablePositionalOptions);
				suggestion = suggestSimilar(flag, candidateFlags);
			}
			const message = `error: unknown option '${flag}'${suggestion}`;
			this.error(message, { code: "commander.unknownOption" });
		}
		/**
		* Excess arguments, more than expected.
		*
		* @param {string[]} receivedArgs
		* @private
		*/
		_excessArguments(receivedArgs) {
			if (this._allowExcessArguments) return;
			const expected = this.registeredArguments.length;
			const s = expected === 1 ? "" : "s";
			const message = `error: too many arguments${this.parent ? ` for '${this.name()}'` : ""}. Expected ${expected} argument${s} but got ${receivedArgs.length}.`;
			this.error(message, { code: "commander.excessArguments" });
		}
		/**
		* Unknown command.
		*
		* @private
		*/
		unknownCommand() {
			const unknownName = this.args[0];
			let suggestion = "";
			if (this._showSuggestionAfterError) {
				const candidateNames = [];
				this.createHelp().visibleCommands(this).forEach((command) => {
					candidateNames.push(command.name());
					if (command.alias()) candidateNames.push(command.alias());
				});
				suggestion = suggestSimilar(unknownName, candidateNames);
			}
			const message = `error: unknown command '${unknownName}'${suggestion}`;
			this.error(message, { code: "commander.unknownCommand" });
		}
		/**
		* Get or set the program version.
		*
		* This method auto-registers the "-V, --version" option which will print the version number.
		*
		* You can optionally supply the flags and description to override the defaults.
		*
		* @param {string} [str]
		* @param {string} [flags]
		* @param {string} [description]
		* @return {(this | string | undefined)} `this` command for chaining, or version string if no arguments
		*/
		version(str, flags, description) {
			if (str === void 0) return this._version;
			this._version = str;
			flags = flags || "-V, --version";
			description = description || "output the version number";
			const versionOption = this.createOption(flags, description);
			this._versionOptionName = versionOption.attributeName();
			this._registerOption(versionOption);
			this.on("option:" + versionOption.name(), () => {
				this._outputConfiguration.writeOut(`${str}\n`);
				this._exit(0, "commander.version", str);
			});
			return this;
		}
		/**
		* Set the description.
		*
		* @param {string} [str]
		* @param {object} [argsDescription]
		* @return {(string|Command)}
		*/
		description(str, argsDescription) {
			if (str === void 0 && argsDescription === void 0) return this._description;
			this._description = str;
			if (argsDescription) this._argsDescription = argsDescription;
			return this;
		}
		/**
		* Set the summary. Used when listed as subcommand of parent.
		*
		* @param {string} [str]
		* @return {(string|Command)}
		*/
		summary(str) {
			if (str === void 0) return this._summary;
			this._summary = str;
			return this;
		}
		/**
		* Set an alias for the command.
		*
		* You may call more than once to add multiple aliases. Only the first alias is shown in the auto-generated help.
		*
		* @param {string} [alias]
		* @return {(string|Command)}
		*/
		alias(alias) {
			if (alias === void 0) return this._aliases[0];
			/** @type {Command} */
			let command = this;
			if (this.commands.length !== 0 && this.commands[this.commands.length - 1]._executableHandler) command = this.commands[this.commands.length - 1];
			if (alias === command._name) throw new Error("Command alias can't be the same as its name");
			const matchingCommand = this.parent?._findCommand(alias);
			if (matchingCommand) {
				const existingCmd = [matchingCommand.name()].concat(matchingCommand.aliases()).join("|");
				throw new Error(`cannot add alias '${alias}' to command '${this.name()}' as already have command '${existingCmd}'`);
			}
			command._aliases.push(alias);
			return this;
		}
		/**
		* Set aliases for the command.
		*
		* Only the first alias is shown in the auto-generated help.
		*
		* @param {string[]} [aliases]
		* @return {(string[]|Command)}
		*/
		aliases(aliases) {
			if (aliases === void 0) return this._aliases;
			aliases.forEach((alias) => this.alias(alias));
			return this;
		}
		/**
		* Set / get the command usage `str`.
		*
		* @param {string} [str]
		* @return {(string|Command)}
		*/
		usage(str) {
			if (str === void 0) {
				if (this._usage) return this._usage;
				const args = this.registeredArguments.map((arg) => {
					return humanReadableArgName(arg);
				});
				return [].concat(this.options.length || this._helpOption !== null ? "[options]" : [], this.commands.length ? "[command]" : [], this.registeredArguments.length ? args : []).join(" ");
			}
			this._usage = str;
			return this;
		}
		/**
		* Get or set the name of the command.
		*
		* @param {string} [str]
		* @return {(string|Command)}
		*/
		name(str) {
			if (str === void 0) return this._name;
			this._name = str;
			return this;
		}
		/**
		* Set/get the help group heading for this subcommand in parent command's help.
		*
		* @param {string} [heading]
		* @return {Command | string}
		*/
		helpGroup(heading) {
			if (heading === void 0) return this._helpGroupHeading ?? "";
			this._helpGroupHeading = heading;
			return this;
		}
		/**
		* Set/get the default help group heading for subcommands added to this command.
		* (This does not override a group set directly on the subcommand using .helpGroup().)
		*
		* @example
		* program.commandsGroup('Development Commands:);
		* program.command('watch')...
		* program.command('lint')...
		* ...
		*
		* @param {string} [heading]
		* @returns {Command | string}
		*/
		commandsGroup(heading) {
			if (heading === void 0) return this._defaultCommandGroup ?? "";
			this._defaultCommandGroup = heading;
			return this;
		}
		/**
		* Set/get the default help group heading for options added to this command.
		* (This does not override a group set directly on the option using .helpGroup().)
		*
		* @example
		* program
		*   .optionsGroup('Development Options:')
		*   .option('-d, --debug', 'output extra debugging')
		*   .option('-p, --profile', 'output profiling information')
		*
		* @param {string} [heading]
		* @returns {Command | string}
		*/
		optionsGroup(heading) {
			if (heading === void 0) return this._defaultOptionGroup ?? "";
			this._defaultOptionGroup = heading;
			return this;
		}
		/**
		* @param {Option} option
		* @private
		*/
		_initOptionGroup(option) {
			if (this._defaultOptionGroup && !option.helpGroupHeading) option.helpGroup(this._defaultOptionGroup);
		}
		/**
		* @param {Command} cmd
		* @private
		*/
		_initCommandGroup(cmd) {
			if (this._defaultCommandGroup && !cmd.helpGroup()) cmd.helpGroup(this._defaultCommandGroup);
		}
		/**
		* Set the name of the command from script filename, such as process.argv[1],
		* or require.main.filename, or __filename.
		*
		* (Used internally and public although not documented in README.)
		*
		* @example
		* program.nameFromFilename(require.main.filename);
		*
		* @param {string} filename
		* @return {Command}
		*/
		nameFromFilename(filename) {
			this._name = path.basename(filename, path.extname(filename));
			return this;
		}
		/**
		* Get or set the directory for searching for executable subcommands of this command.
		*
		* @example
		* program.executableDir(__dirname);
		* // or
		* program.executableDir('subcommands');
		*
		* @param {string} [path]
		* @return {(string|null|Command)}
		*/
		executableDir(path) {
			if (path === void 0) return this._executableDir;
			this._executableDir = path;
			return this;
		}
		/**
		* Return program help documentation.
		*
		* @param {{ error: boolean }} [contextOptions] - pass {error:true} to wrap for stderr instead of stdout
		* @return {string}
		*/
		helpInformation(contextOptions) {
			const helper = this.createHelp();
			const context = this._getOutputContext(contextOptions);
			helper.prepareContext({
				error: context.error,
				helpWidth: context.helpWidth,
				outputHasColors: context.hasColors
			});
			const text = helper.formatHelp(this, helper);
			if (context.hasColors) return text;
			return this._outputConfiguration.stripColor(text);
		}
		/**
		* @typedef HelpContext
		* @type {object}
		* @property {boolean} error
		* @property {number} helpWidth
		* @property {boolean} hasColors
		* @property {function} write - includes stripColor if needed
		*
		* @returns {HelpContext}
		* @private
		*/
		_getOutputContext(contextOptions) {
			contextOptions = contextOptions || {};
			const error = !!contextOptions.error;
			let baseWrite;
			let hasColors;
			let helpWidth;
			if (error) {
				baseWrite = (str) => this._outputConfiguration.writeErr(str);
				hasColors = this._outputConfiguration.getErrHasColors();
				helpWidth = this._outputConfiguration.getErrHelpWidth();
			} else {
				baseWrite = (str) => this._outputConfiguration.writeOut(str);
				hasColors = this._outputConfiguration.getOutHasColors();
				helpWidth = this._outputConfiguration.getOutHelpWidth();
			}
			const write = (str) => {
				if (!hasColors) str = this._outputConfiguration.stripColor(str);
				return baseWrite(str);
			};
			return {
				error,
				write,
				hasColors,
				helpWidth
			};
		}
		/**
		* Output help information for this command.
		*
		* Outputs built-in help, and custom text added using `.addHelpText()`.
		*
		* @param {{ error: boolean } | Function} [contextOptions] - pass {error:true} to write to stderr instead of stdout
		*/
		outputHelp(contextOptions) {
			let deprecatedCallback;
			if (typeof contextOptions === "function") {
				deprecatedCallback = contextOptions;
				contextOptions = void 0;
			}
			const outputContext = this._getOutputContext(contextOptions);
			/** @type {HelpTextEventContext} */
			const eventContext = {
				error: outputContext.error,
				write: outputContext.write,
				command: this
			};
			this._getCommandAndAncestors().reverse().forEach((command) => command.emit("beforeAllHelp", eventContext));
			this.emit("beforeHelp", eventContext);
			let helpInformation = this.helpInformation({ error: outputContext.error });
			if (deprecatedCallback) {
				helpInformation = deprecatedCallback(helpInformation);
				if (typeof helpInformation !== "string" && !Buffer.isBuffer(helpInformation)) throw new Error("outputHelp callback must return a string or a Buffer");
			}
			outputContext.write(helpInformation);
			if (this._getHelpOption()?.long) this.emit(this._getHelpOption().long);
			this.emit("afterHelp", eventContext);
			this._getCommandAndAncestors().forEach((command) => command.emit("afterAllHelp", eventContext));
		}
		/**
		* You can pass in flags and a description to customise the built-in help option.
		* Pass in false to disable the built-in help option.
		*
		* @example
		* program.helpOption('-?, --help' 'show help'); // customise
		* program.helpOption(false); // disable
		*
		* @param {(string | boolean)} flags
		* @param {string} [description]
		* @return {Command} `this` command for chaining
		*/
		helpOption(flags, description) {
			if (typeof flags === "boolean") {
				if (flags) {
					if (this._helpOption === null) this._helpOption = void 0;
					if (this._defaultOptionGroup) this._initOptionGroup(this._getHelpOption());
				} else this._helpOption = null;
				return this;
			}
			this._helpOption = this.createOption(flags ?? "-h, --help", description ?? "display help for command");
			if (flags || description) this._initOptionGroup(this._helpOption);
			return this;
		}
		/**
		* Lazy create help option.
		* Returns null if has been disabled with .helpOption(false).
		*
		* @returns {(Option | null)} the help option
		* @package
		*/
		_getHelpOption() {
			if (this._helpOption === void 0) this.helpOption(void 0, void 0);
			return this._helpOption;
		}
		/**
		* Supply your own option to use for the built-in help option.
		* This is an alternative to using helpOption() to customise the flags and description etc.
		*
		* @param {Option} option
		* @return {Command} `this` command for chaining
		*/
		addHelpOption(option) {
			this._helpOption = option;
			this._initOptionGroup(option);
			return this;
		}
		/**
		* Output help information and exit.
		*
		* Outputs built-in help, and custom text added using `.addHelpText()`.
		*
		* @param {{ error: boolean }} [contextOptions] - pass {error:true} to write to stderr instead of stdout
		*/
		help(contextOptions) {
			this.outputHelp(contextOptions);
			let exitCode = Number(process.exitCode ?? 0);
			if (exitCode === 0 && contextOptions && typeof contextOptions !== "function" && contextOptions.error) exitCode = 1;
			this._exit(exitCode, "commander.help", "(outputHelp)");
		}
		/**
		* // Do a little typing to coordinate emit and listener for the help text events.
		* @typedef HelpTextEventContext
		* @type {object}
		* @property {boolean} error
		* @property {Command} command
		* @property {function} write
		*/
		/**
		* Add additional text to be displayed with the built-in help.
		*
		* Position is 'before' or 'after' to affect just this command,
		* and 'beforeAll' or 'afterAll' to affect this command and all its subcommands.
		*
		* @param {string} position - before or after built-in help
		* @param {(string | Function)} text - string to add, or a function returning a string
		* @return {Command} `this` command for chaining
		*/
		addHelpText(position, text) {
			const allowedValues = [
				"beforeAll",
				"before",
				"after",
				"afterAll"
			];
			if (!allowedValues.includes(position)) throw new Error(`Unexpected value for position to addHelpText.
Expecting one of '${allowedValues.join("', '")}'`);
			const helpEvent = `${position}Help`;
			this.on(helpEvent, (context) => {
				let helpStr;
				if (typeof text === "function") helpStr = text({
					error: context.error,
					command: context.command
				});
				else helpStr = text;
				if (helpStr) context.write(`${helpStr}\n`);
			});
			return this;
		}
		/**
		* Output help information if help flags specified
		*
		* @param {Array} args - array of options to search for help flags
		* @private
		*/
		_outputHelpIfRequested(args) {
			const helpOption = this._getHelpOption();
			if (helpOption && args.find((arg) => helpOption.is(arg))) {
				this.outputHelp();
				this._exit(0, "commander.helpDisplayed", "(outputHelp)");
			}
		}
	};
	/**
	* Scan arguments and increment port number for inspect calls (to avoid conflicts when spawning new command).
	*
	* @param {string[]} args - array of arguments from node.execArgv
	* @returns {string[]}
	* @private
	*/
	function incrementNodeInspectorPort(args) {
		return args.map((arg) => {
			if (!arg.startsWith("--inspect")) return arg;
			let debugOption;
			let debugHost = "127.0.0.1";
			let debugPort = "9229";
			let match;
			if ((match = arg.match(/^(--inspect(-brk)?)$/)) !== null) debugOption = match[1];
			else if ((match = arg.match(/^(--inspect(-brk|-port)?)=([^:]+)$/)) !== null) {
				debugOption = match[1];
				if (/^\d+$/.test(match[3])) debugPort = match[3];
				else debugHost = match[3];
			} else if ((match = arg.match(/^(--inspect(-brk|-port)?)=([^:]+):(\d+)$/)) !== null) {
				debugOption = match[1];
				debugHost = match[3];
				debugPort = match[4];
			}
			if (debugOption && debugPort !== "0") return `${debugOption}=${debugHost}:${parseInt(debugPort) + 1}`;
			return arg;
		});
	}
	/**
	* @returns {boolean | undefined}
	* @package
	*/
	function useColor() {
		if (process.env.NO_COLOR || process.env.FORCE_COLOR === "0" || process.env.FORCE_COLOR === "false") return false;
		if (process.env.FORCE_COLOR || process.env.CLICOLOR_FORCE !== void 0) return true;
	}
	exports.Command = Command;
	exports.useColor = useColor;
}));
const { program, createCommand, createArgument, createOption, CommanderError, InvalidArgumentError, InvalidOptionArgumentError, Command, Argument, Option, Help } = (/* @__PURE__ */ __toESM((/* @__PURE__ */ __commonJSMin(((exports) => {
	const { Argument } = require_argument();
	const { Command } = require_command();
	const { CommanderError, InvalidArgumentError } = require_error();
	const { Help } = require_help();
	const { Option } = require_option();
	exports.program = new Command();
	exports.createCommand = (name) => new Command(name);
	exports.createOption = (flags, description) => new Option(flags, description);
	exports.createArgument = (name, description) => new Argument(name, description);
	/**
	* Expose classes
	*/
	exports.Command = Command;
	exports.Option = Option;
	exports.Argument = Argument;
	exports.Help = Help;
	exports.CommanderError = CommanderError;
	exports.InvalidArgumentError = InvalidArgumentError;
	exports.InvalidOptionArgumentError = InvalidArgumentError;
})))(), 1)).default;
// src/io/file-list.ts
async function readFileList(source, cwd, stdin) {
	let text;
	if (source === "-") {
		const chunks = [];
		const decoder = new TextDecoder();
		for await (const c of stdin) chunks.push(typeof c === "string" ? c : decoder.decode(c, { stream: true }));
		chunks.push(decoder.decode());
		text = chunks.join("");
	} else try {
		text = await readFile(path.resolve(cwd, source), "utf8");
	} catch (e) {
		throw new InputError(`${source}: cannot read file list: ${describeFsError(e)}`);
	}
	return parseFileList(text);
}
/** One path a line; blank lines and surrounding spaces (and CR of CRLF lists) dropped. */
function parseFileList(text) {
	return text.split(/\r?\n/).map((l) => l.trim()).filter((l) => l !== "");
}
// src/cli/program.ts
/** commander's parser for a number the table bounds: the table's words in commander's one-line error. */
function numberParser(spec) {
	return (v) => {
		const n = spec.type === "integer" && !/^\d+$/.test(v.trim()) ? NaN : Number(v);
		const problem = optionProblem(spec, n);
		if (problem !== null || v.trim() === "") throw new InvalidArgumentError(`${spec.flag ?? spec.key} takes ${problem ?? "a number"}.`);
		return n;
	};
}
/** The flags of the option table, in its order. */
function tableOptions() {
	const d = DEFAULT_OPTIONS;
	const out = [];
	for (const spec of OPTION_TABLE) {
		if (spec.flag === null) continue;
		const text = spec.description.replace(/\.$/, "");
		switch (spec.type) {
			case "integer":
			case "share":
				out.push(new Option(`${spec.flag} ${spec.value}`, text).argParser(numberParser(spec)).default(d[spec.key]));
				break;
			case "choice":
				out.push(new Option(`${spec.flag} ${spec.value}`, text).choices(spec.choices).default(d[spec.key]));
				break;
			case "boolean":
				out.push(spec.flag.startsWith("--no-") ? new Option(spec.flag, text) : new Option(spec.flag, text).default(false));
				break;
			case "names":
				out.push(new Option(`${spec.flag} ${spec.value}`, text).argParser(collect).default([]));
				break;
			case "rules": out.push(new Option(`${spec.flag} ${spec.value}`, text));
		}
	}
	return out;
}
function jobs(v) {
	const n = Number(v);
	if (!/^\d+$/.test(v.trim()) || n < 1 || n > 1024) throw new InvalidArgumentError("--jobs takes a whole number from 1 to 1024.");
	return n;
}
function collect(v, prev) {
	return [...prev, ...v.split(",").map((s) => s.trim()).filter(Boolean)];
}
function buildProgram() {
	const program = new Command("winnow").description("Cut repeated paragraphs, ads and page chrome from text. Reads FILE (or standard input when FILE is missing or -) and writes the clean text to standard output; every kept byte is left as it was. With several files, a directory or a glob, cleans them all (--out-dir, --write) or checks them (--check).").version(VERSION, "-V, --version").argument("[files...]", "file to clean, or - for standard input").option("-o, --output <file>", "write the clean text to FILE instead of standard output").option("--report <file>", "write a report of every cut to FILE: an HTML page when FILE ends in .html, else JSON").option("--diff", "print a unified diff from input to clean text instead of the clean text", false).option("--list-rules", "list the boilerplate rules and exit", false).option("--verbose", "print a summary line on standard error even when it is not a terminal", false).option("-q, --quiet", "print nothing on standard error but errors", false).option("--check", "report what would be cut; exit 1 if anything would be, 0 if nothing", false).option("-l, --list-different", "print only the names of the files that would change", false).addOption(new Option("--reporter <name>", "how --check reports findings").choices([
		"stylish",
		"json",
		"github",
		"sarif"
	])).option("--report-file <file>", "write the --check report to FILE instead of standard error").option("--color", "colour the report even when standard error is not a terminal").option("--no-color", "never colour the report (NO_COLOR is honoured too)").option("--config <file>", "read options from FILE instead of looking for a config file").option("--no-config", "do not look for a config file").option("--ignore-path <file>", "gitignore-style file of paths to skip (repeatable; replaces .gitignore and .winnowignore)", (v, prev) => [...prev, v], []).option("--no-gitignore", "do not read .gitignore").option("--stdin-filepath <path>", "the path standard input stands for: picks config, ignores and Markdown").option("--file-list <file>", "read the paths to check from FILE, one a line (- for standard input)").option("--cache", "skip files whose content, options and winnow version are unchanged since the last run", false).option("--against <glob>", "reference files: indexed first for cross-file duplicates, never reported or written (repeatable)", (v, prev) => [...prev, v], []).option("--all", "in a git repository, report every finding of the files, not only what they add to the committed text", false).option("--out-dir <dir>", "clean every matched file into DIR, mirroring the tree").option("-w, --write", "rewrite the matched files in place (atomically; only files that change)", false).option("--no-error-on-unmatched-pattern", "a pattern that matches no file is not an error").addOption(new Option("--jobs <n>", "worker threads (default: the number of cores; 1: no workers)").argParser(jobs)).option("--no-progress", "no progress bar (it is shown only when standard error is a terminal and CI is unset)").configureHelp({ showGlobalOptions: true });
	for (const option of tableOptions()) program.addOption(option);
	return program;
}
function parseArgs(program, argv) {
	program.parse(argv, { from: "user" });
	const o = program.opts();
	const explicit = Object.keys(o).filter((k) => program.getOptionValueSource(k) === "cli");
	return {
		...o,
		files: program.args,
		explicit
	};
}
// src/cli/options-from-args.ts
async function optionsFromArgs(args, cwd) {
	const rules = args.rules ? await loadRulesFile(path.resolve(cwd, args.rules), args.rules) : [];
	const known = knownRuleNames(rules);
	for (const name of args.disable) if (!known.has(name)) throw new UsageError(`--disable: no rule named "${name}" (see --list-rules)`);
	const given = args;
	const partial = { rules };
	for (const spec of OPTION_TABLE) if (spec.flag !== null && spec.type !== "rules" && given[spec.key] !== void 0) partial[spec.key] = given[spec.key];
	try {
		return resolveOptions(partial);
	} catch (e) {
		throw new UsageError(e.message);
	}
}
/** The options given on the command line (not defaulted): they win over the config file. */
async function explicitOptions(args, cwd) {
	const all = await optionsFromArgs(args, cwd);
	const given = {};
	for (const key of args.explicit) if (Object.hasOwn(DEFAULT_OPTIONS, key)) given[key] = all[key];
	return given;
}
// src/cli/run.ts
async function run(ctx) {
	try {
		let args = parseArgs(buildProgram().exitOverride().configureOutput({
			writeOut: (s) => void ctx.stdout.write(s),
			writeErr: (s) => void ctx.stderr.write(s),
			outputError: (s, write) => write(`winnow: ${s.replace(/^error: /, "").trimEnd()} (see \`winnow --help\`)\n`)
		}), ctx.argv);
		if (args.fileList !== void 0) {
			args = {
				...args,
				files: [...args.files, ...await readFileList(args.fileList, ctx.cwd, ctx.stdin)]
			};
			if (args.files.length === 0) return 0;
		}
		if (args.listRules) {
			ctx.stdout.write((await import("./list-rules-B_wv97Ct.js")).listRules());
			return 0;
		}
		const settings = await loadSettings({
			cwd: ctx.cwd,
			options: await explicitOptions(args, ctx.cwd),
			config: args.config,
			ignorePath: args.ignorePath,
			gitignore: args.gitignore,
			reporter: args.reporter,
			home: ctx.env.HOME
		});
		if (wantsBatch(args)) return await (await import("./batch-TWlnU5d9.js")).runBatchCli(ctx, args, settings);
		if (args.files.length > 1) throw severalFilesError();
		if (args.check || args.listDifferent) return await (await import("./check-single-CB8-n9Vr.js")).runCheckSingle(ctx, args, settings);
		return await (await import("./pipe-_NRitbGi.js")).runPipe(ctx, args, settings);
	} catch (e) {
		return reportError(ctx, e);
	}
}
function reportError(ctx, e) {
	if (e instanceof CommanderError) return e.code === "commander.helpDisplayed" || e.code === "commander.version" || e.exitCode === 0 ? 0 : 2;
	if (e instanceof WinnowError) {
		ctx.stderr.write(`winnow: ${e.message}\n`);
		return e.exitCode;
	}
	ctx.stderr.write(`winnow: internal error: ${e instanceof Error ? e.stack ?? e.message : String(e)}\n`);
	return 2;
}
// src/io/stdout.ts
/** The one-line error for a failed write to standard output. */
function stdoutError(e) {
	return new InputError(`standard output: cannot write: ${describeFsError(e)}`);
}
/**
* `stream` itself for a terminal, a pipe or a socket (libuv writes those whole or fails them);
* for a file or a device, a writer that loops over short writes and throws on failure.
*/
function checkedStdout(stream, fd = 1) {
	if (stream.isTTY) return stream;
	let direct = false;
	try {
		const s = fstatSync(fd);
		direct = s.isFile() || s.isCharacterDevice() || s.isBlockDevice();
	} catch {}
	if (!direct) return stream;
	return {
		isTTY: false,
		write(chunk) {
			const bytes = typeof chunk === "string" ? Buffer.from(chunk, "utf8") : chunk;
			for (let done = 0; done < bytes.length;) {
				let n;
				try {
					n = writeSync(fd, bytes, done, bytes.length - done);
				} catch (e) {
					if (e.code === "EAGAIN") continue;
					throw stdoutError(e);
				}
				if (n <= 0) throw stdoutError(Object.assign(/* @__PURE__ */ new Error("nothing written"), { code: "EIO" }));
				done += n;
			}
			return true;
		}
	};
}
// src/core/committed-text.ts
/**
* The text cleaned alone. Added to a run's index in path order (importDocument), the first holder
* of a key keeps it, as when the texts are cleaned in one run; a copy the run would cut in a later
* text is a source as well, which changes which copy a finding names, not whether there is one.
*/
function indexCommittedText(text, o, rules) {
	const index = new DedupIndex(64).journal();
	cleanAnalysis(analyze(text, o, rules), o, rules, { index });
	return {
		indexed: index.exportDocument(index.documents - 1),
		templates: fileTemplateHashes(text)
	};
}
/**
* The cuts of a changed text that its committed version did not have: a cut matches a baseline cut
* of the same kind (duplicates of any kind alike; boilerplate by rule) and the same text, white space
* aside, each baseline cut matching once. A paragraph pasted a second time is new; the first copy,
* cut before too, is not.
*/
function newFindings(cuts, baseline) {
	const left = /* @__PURE__ */ new Map();
	for (const c of baseline) left.set(cutKey(c), (left.get(cutKey(c)) ?? 0) + 1);
	return cuts.filter((c) => {
		const k = cutKey(c);
		const n = left.get(k) ?? 0;
		if (n === 0) return true;
		left.set(k, n - 1);
		return false;
	});
}
function cutKey(c) {
	return `${c.kind === "boilerplate" ? `b:${c.rule}` : "d"}\0${c.prefix ? "p" : ""}\0${c.text.replace(/\s+/g, " ").trim()}`;
}
export { markLearned as A, describeFsError as C, LearnedLookup as D, LEARNED_RULE as E, analyze as F, loadFormat as I, decodeNamedCharacterReference as L, U64Map as M, buildRuleSet as N, TemplateCounts as O, loadRuleEngine as P, splitLines as R, tempNameBeside as S, encodeText as T, DedupIndex as _, run as a, checkDistinctOutputs as b, severalFilesError as c, RULES_PAGE as d, RULE_REGISTRY as f, cleanAnalysis as g, clean as h, stdoutError as i, U32Map as j, fileTemplateHashes as k, wantsBatch as l, reapStaleTemps as m, newFindings as n, runPipe as o, ruleInfo as p, checkedStdout as r, readSingleInput as s, indexCommittedText as t, formatOfPath as u, writeWholeFile as v, decodeBytes as w, resolveOutputTarget as x, FileIds as y };

//# sourceMappingURL=start-wbf25Jdb.js.map