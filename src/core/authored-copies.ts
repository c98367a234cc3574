// Copies a writer made on purpose, which stay: in Markdown, a paragraph far from its first copy in the
// same text (close()), a paragraph in a parallel place of its
// text or of another file, anywhere in a sibling page or a page of a section beside its own (two API
// pages of two hooks, a release note and its announcement, the same page at two addresses; two release
// posts), or in an admonition; any paragraph of a licence (by its file name or its opening); and in any text, a copy that differs from its
// first only in names or numbers (a formula: liturgy, catalogues, ceremonies, legal clauses).
import { unitBody, type Analysis, type UnitInfo } from "./analyze.js";
import { wordingOf, type Wording } from "./wording.js";
import type { DedupIndex } from "./dedup-index.js";
import { placeCode, placeDepth, placeQuoted, unitPlaces, type Places } from "./markdown/sections.js";
import { fingerprint } from "./fingerprint.js";
import { U64Map } from "./hash-table.js";
import { normalizeForHash } from "./normalize.js";
import { authoredMarkdown, authoredText, type Options } from "./options.js";
import { isReferenceManual, licenceText } from "./boilerplate/standing.js";

export { wordingByWords, wordingOf, type Wording } from "./wording.js";

/** A licence file by its name, or any file of a LICENSES folder (the REUSE layout: "LICENSES/MIT.txt"). */
const LICENCE_FILE = /(?:^|[\\/])(?:licen[cs]e|copying|notice|copyright)(?:[.-][^\\/]*)?$|(?:^|[\\/])licen[cs]es[\\/][^\\/]+$/i;
const INDEX_PAGE = /^(?:index|readme|_index)$/i;
/** A label: "Word:" first, a colon last, or bold text alone. */
const LABEL_TEXT = /^[\p{L}][\p{L} ]{0,24}:\s|:$|^(\*\*|__)[^*_\n]+\1:?$/u;
const LABEL_TOKENS = 16;
/** In Markdown, other text at most between a copy in one text and its first copy (see close()). */
export const CLOSE_BLOCKS = 3;
/** How far around a copy pastedBlock looks for the rest of its block, in units each way. */
export const PASTE_REACH = 64;
/** Bold text alone, perhaps as a list entry ("**2/11/2020**", "- **How is it measured?**"): a label over what follows. */
const STRONG_ALONE = /^(?:[-*+]\s+|\d+[.)]\s+)?(\*{2,3}|_{2,3})(?:(?!\1)[\s\S])+\1\s*[:：?？]?$/u;
/** A question standing alone: a template's or an FAQ's, over its answer. */
const QUESTION = /[?？](?:\*{1,3}|_{1,3})?$/u;
const SECTION_LABEL_TOKENS = 40;
/** Copies of one paragraph in a writer's page that make it a refrain, not a paste (keeps()). */
const REFRAIN_COPIES = 3;
/** A list entry that names code alone: "- `requests_total{mode}`", "1. `timeout`:". */
const CODE_ENTRY = /^(?:[-*+]\s+|\d+[.)]\s+)`[^`\n]+`\s*[:：]?$/u;
/** A line of one mark repeated, alone: a plain text's section rule ("=====", "-----", "* * *"). */
const SECTION_RULE = /^\s*([=*_#~-])(?:\s*\1){2,}\s*$/;
/** Paragraphs in the same order around a copy that make it a block pasted twice (pastedBlock). */
export const PASTED_PARAGRAPHS = 3;
/** Units between a heading and a copy that make its section pasted twice (sectionPasted). */
export const SECTION_PASTE_UNITS = 2;
/** A bold label, then its value: "**Type:** `string`", "**类型：** `object`", "- **Default**: `true`". */
const FIELD = /^\s*(?:[-*+]\s+)?(\*\*|__)[^*_\n]{1,40}?\1\s*[:：]|^\s*(?:[-*+]\s+)?(\*\*|__)[^*_\n]{1,40}?[:：]\s*\2/u;
const FIELD_TOKENS = 24;
/** A definition list's description, Pandoc's and PHP Markdown Extra's ": text" or "~ text", perhaps under its term in the same unit. */
const DEFINITION = /^[ ]{0,3}[:~][ \t]+\S/m;
/** The first line of a terminal transcript, blank lines aside: a shell prompt and a command ("$ cargo run"). */
const TRANSCRIPT = /^\s*\$ [a-z][\w.-]*(?:[ \t\r\n]|$)/;
/** A line that is one code span alone: a command. */
const COMMAND_ALONE = /^(`+)[^`\n](?:(?!\1)[^\n])*\1$/;
/** A turn of a dialogue: a speaker's name (one to three capitalised words, or Q and A) and a colon before what they say. */
const TURN = /^\s*((?:\p{Lu}[\p{L}'’.-]*)(?:[ \t]+\p{Lu}[\p{L}'’.-]*){0,2})[ \t]*:[ \t]+\S/u;
/** Turns read back from a copy, at most, to find the speakers of its dialogue. */
const TURNS_BACK = 12;
/** An image alone on its line, perhaps a link: "![Factors](factors.svg)", "[![Build](badge.svg)](ci)", "<img src=…>". */
const IMAGE_ALONE = /^(?:\[?!\[[^\]\n]*\]\([^)\n]*\)(?:\]\([^)\n]*\))?|<img\b[^>\n]*>)$/i;
/** A Markdown image with alt text, or an HTML one. */
const IMAGE_WITH_ALT = /!\[[^\]]*\p{L}[^\]]*\]\(|<img\b[^>]*\balt=["'][^"']*\p{L}/iu;
/** A list entry's or a table row's first line. */
const LIST_OR_ROW = /^ {0,3}(?:[-*+]|\d{1,9}[.)])[ \t]+\S|^ {0,3}\|/;
/** A heading is a "code" unit in Markdown, and no block a label introduces. */
const HEADING_LINE = /^ {0,3}#{1,6}(?:\s|$)|^[^\n]*\n {0,3}(?:=+|-+)[ \t]*$/;
/** A heading (a "code" unit whose first line is one): what opens and closes a section. */
export function headingUnit(a: Analysis, u: UnitInfo | undefined): boolean {
  return !!u && u.kind === "code" && HEADING_LINE.test(a.text.slice(a.lines.start[u.first] ?? 0, a.lines.end[u.first] ?? 0));
}

/** A heading, a line of bold text alone, a question or a quotation: what opens a section (close() reads it, and markdown/settles.ts). */
export function opensSection(a: Analysis, places: Places, k: number): boolean {
  const u = a.units[k];
  if (!u) return false;
  return u.kind === "code" ? headingUnit(a, u) : !!places.quoted[k] || labelOpensSection(a, u);
}

/** A unit not in code that opens a section by its text: bold text alone, a question, a list entry naming code alone (a quotation does too: see opensSection). */
function labelOpensSection(a: Analysis, u: UnitInfo): boolean {
  if (u.kind === "code" || u.tokens > SECTION_LABEL_TOKENS) return false;
  const body = unitBody(a, u).trim();
  return STRONG_ALONE.test(body) || QUESTION.test(body) || CODE_ENTRY.test(body);
}

/**
 * Which reasons of keeps() that read the units beside a copy i and beside its first copy may hold,
 * by i's own text and the unit above it: `after` reads the units after both (introducesBlock(), a
 * lead-in ending in a colon in headsOwnBlock()), `before` the units before both (a command under
 * its lead-in, a caption under an image). Where neither may hold, what stands beside them keeps
 * nothing (markdown/settles.ts).
 */
export function besideReasons(a: Analysis, i: number): { after: boolean; before: boolean } {
  const u = a.units[i];
  if (!u) return { after: false, before: false };
  const body = unitBody(a, u);
  const prev = a.units[i - 1];
  return {
    after: (u.tokens <= LABEL_TOKENS && u.last - u.first <= 1) || /[:：]\s*$/.test(body),
    before: COMMAND_ALONE.test(body.trim()) || (!!prev && IMAGE_ALONE.test(unitBody(a, prev).trim())),
  };
}

/** A terminal transcript or a reference manual (see transcript() below). */
function transcriptText(text: string): boolean {
  return TRANSCRIPT.test(text) || isReferenceManual(text);
}

/** What keeps() reads of a text as a whole (every copy in it is kept where this is true): a licence, a transcript, a manual. */
export function wholeTextKeeps(text: string): boolean {
  return licenceText(text) || transcriptText(text);
}

export class AuthoredCopies {
  /** Record id -> unit of this text, for the units this text recorded. */
  private readonly local = new Map<number, number>();
  /** Fingerprint -> the first record of this text that holds it (authored Markdown: see ownCopy). */
  private readonly localExact = new Map<string, number>();
  private places: Places | null = null;
  private keys: string[] | null = null;
  private sectionIndex: SectionIndex | null = null;
  private isTranscript: boolean | undefined;
  private isLicence: boolean | undefined;
  private ruleCounts: Int32Array | null = null;
  /** Heading unit -> whether its section opens as a licence (licenceOfItsOwn). */
  private readonly licenceSections = new Map<number, boolean>();

  constructor(
    private readonly a: Analysis,
    private readonly doc: number,
    private readonly index: DedupIndex,
    private readonly o: Options,
    /** Whether unit k, before the one being judged, is cut already. */
    private readonly isCut: (k: number) => boolean = () => false,
  ) {
    FORMULAS.delete(a);
  }

  /** The last unit keeps() kept as a formula of another (renamed()), for decide() to judge again. */
  sparedAsFormula = -1;

  /** Whether unit i, kept as a formula of another, is one no longer (formulaLapsed()). */
  formulaLapsed(i: number): boolean {
    return formulaLapsed(this.a, this.index, this.doc, i, this.local.values(), this.isCut);
  }

  /** The unit of this text (of this segment, in a text cleaned in segments) that record `id` is, if it is one. */
  unitOfRecord(id: number): number | undefined {
    return this.local.get(id);
  }

  /** The wording skeletons of this text's units recorded and then cut. */
  cutRecordSkeletons(): Set<number> {
    const out = new Set<number>();
    for (const k of this.local.values()) if (this.isCut(k)) out.add(this.skeletonOf(k));
    return out;
  }

  skeletonOf(i: number): number {
    const u = this.a.units[i];
    return u ? unitWording(this.a, u).skeleton : 0;
  }

  /** Unit i of this text was kept as record `id`. */
  registered(id: number, i: number): void {
    if (id < 0) return;
    this.local.set(id, i);
    const u = this.a.units[i];
    if (u && this.ownCopies() && !this.localExact.has(`${u.fpHi}:${u.fpLo}`)) this.localExact.set(`${u.fpHi}:${u.fpLo}`, id);
    if (u) noteWording(this.index, id, unitWording(this.a, u));
    if (this.o.format === "markdown") this.index.setPlace(id, placeCode(this.placesOf(), i));
  }

  /**
   * In Markdown and authored plain text, the record unit i is to be judged against as an exact copy
   * when the index names another file's copy that keeps() keeps (any, in an authored text): this
   * text's own first copy,
   * if it has one. A paragraph pasted twice into a page that another page holds too is still
   * pasted twice.
   */
  ownCopy(i: number, id: number): number {
    if (id < 0 || !this.ownCopies() || this.index.unitOf(id).doc === this.doc) return id;
    const u = this.a.units[i];
    return (u && this.localExact.get(`${u.fpHi}:${u.fpLo}`)) ?? id;
  }

  /** True when unit i, a copy of record `id`, is a copy its writer meant, to keep. */
  keeps(i: number, id: number): boolean {
    if (licenceFile(this.index.docName(this.doc)) || (this.isLicence ??= licenceText(this.a.text)) || this.transcript() || this.introducesBlock(i) || this.field(i)) return true;
    // (What this reads of the text as a whole is wholeTextKeeps(); markdown/settles.ts relies on it.)
    if (sameTextOtherFormat(this.index.docName(this.doc), this.index.docName(this.index.unitOf(id).doc))) return true;
    if (this.o.format !== "markdown" && this.dialogueTurn(i)) return true;
    if (this.renamed(i, id)) {
      formulas(this.a).push(i);
      this.sparedAsFormula = i;
      return true;
    }
    const j = this.local.get(id);
    // An authored plain text (a project's README or INSTALL): a copy another file holds, or one far
    // from its first copy in this text, is the writer's; a paste made twice is close or a block.
    if (this.o.format !== "markdown") return authoredText(this.o) && (j === undefined || !this.closeInPlainText(j, i));
    const p = this.placesOf();
    if (p.admonition[i] || this.definition(i)) return true;
    if (j !== undefined && (this.commandUnderOwnLeadIn(j, i) || this.headsOwnBlock(j, i) || this.captionOfImageAbove(j, i))) return true;
    // One copy quotes the other: a quotation repeats what is said elsewhere on purpose.
    // Two entries of a reference may describe alike whatever level their headings stand at.
    // Three copies or more of one paragraph in one section of a writer's page are a refrain or a
    // filler (a test page of lorem ipsum, a chorus): a paste made twice leaves two.
    if (j !== undefined && authoredMarkdown(this.o) && this.copiesInSection(i) >= REFRAIN_COPIES) return true;
    if (j !== undefined && this.licenceOfItsOwn(j, i)) return true;
    if (j !== undefined && !this.close(j, i)) return true;
    // In authored Markdown a quotation is said again on purpose: a dialogue's line, a spec's
    // sentence quoted where it applies.
    if (j !== undefined && authoredMarkdown(this.o) && (p.quoted[i] || p.quoted[j])) return true;
    if (j !== undefined) return p.quoted[i] !== p.quoted[j] || (p.key[i] !== p.key[j] && (p.depth[i] === p.depth[j] || (!!p.entry[i] && !!p.entry[j])));
    const theirs = this.index.placeOf(id);
    const source = this.index.unitOf(id);
    // A copy of an earlier segment of the same text (a text streamed in segments): far from it.
    if (source.doc === this.doc) return true;
    // Authored Markdown: a paragraph another file holds too is the writer's (a lesson's fixed note,
    // a proposal template's checklist, a README that restates a guide): in the precision study
    // none of 231 such findings was a copy the maintainers would cut.
    if (authoredMarkdown(this.o)) return true;
    if (theirs === 0) return false;
    if (placeQuoted(theirs) !== (p.quoted[i] ?? false)) return true;
    if (siblings(this.index.docName(this.doc), this.index.docName(source.doc)) || neighbours(this.index.docName(this.doc), this.index.docName(source.doc))) return true;
    const mine = placeCode(p, i);
    return mine !== theirs && placeDepth(mine) === placeDepth(theirs);
  }

  /**
   * Unit i says what record `id` of the same text says with other names or numbers in the same
   * places, as formulas do ("On the second day Nethaneel the son of Zuar, prince of Issachar, did
   * offer" after "On the first day Nahshon …"): the same words once capitalised words and numbers
   * are masked as some kept unit of the text, other words unmasked. Read from what the index notes,
   * so that a text cleaned in segments decides as the whole text does.
   */
  private renamed(i: number, id: number): boolean {
    const u = this.a.units[i];
    if (!u || this.index.unitOf(id).doc !== this.doc) return false;
    // Any kept unit of the text with this wording, not only the best match: "This was the offering
    // of Nethaneel …" matches "On the second day Nethaneel …" best, by the names they share.
    const mine = unitWording(this.a, u);
    return this.index.hasOtherWording(this.doc, mine.skeleton, mine.words);
  }

  /**
   * A line of a dialogue said again where it was said again: a transcript's line that the article
   * quoted before it, a running joke ("Rand: I'm not giving you that look." twice in one
   * conversation). A dialogue is a run of turns, one a unit, of two speakers or more, one of whom
   * speaks twice, read back from the copy over the turns kept before it. A turn of a dialogue
   * pasted twice goes as before: the turn before it was cut, or the unit after it is a copy too.
   */
  private dialogueTurn(i: number): boolean {
    const units = this.a.units;
    const speakerOf = (k: number): string | null => {
      const u = units[k];
      return u && u.kind === "paragraph" ? (TURN.exec(unitBody(this.a, u))?.[1] ?? null) : null;
    };
    const mine = speakerOf(i);
    if (mine === null) return false;
    // A turn among turns that are copies too is a conversation pasted again, not a line said again:
    // the next unit a copy, or a later turn of the same exchange (short turns, "Yes.", are no copies
    // the index holds, so one copy a few turns on tells the paste).
    for (let k = i + 1; k < units.length && k <= i + TURNS_BACK; k++) {
      const u = units[k];
      if (!u || u.first > (units[k - 1]?.last ?? 0) + 2 || (k > i + 1 && speakerOf(k) === null)) break;
      if (this.index.exact.get(u.fpHi, u.fpLo) >= 0) return false;
    }
    const speakers = new Set([mine]);
    let repeated = false;
    for (let k = i - 1; k >= 0 && k >= i - TURNS_BACK; k--) {
      const u = units[k];
      if (!u || u.last + 2 < (units[k + 1]?.first ?? 0) || this.isCut(k)) break;
      const who = speakerOf(k);
      if (who === null) break;
      if (speakers.has(who)) repeated = true;
      speakers.add(who);
    }
    return repeated && speakers.size >= 2;
  }

  /**
   * A label over the code, list or table right after it ("Filename: src/main.rs", "When we run
   * this program, we'll see the following output:", "**Example**"): each block has its own.
   */
  private introducesBlock(i: number): boolean {
    const u = this.a.units[i];
    const next = this.a.units[i + 1];
    if (!u || !next || u.tokens > LABEL_TOKENS || u.last - u.first > 1 || next.first > u.last + 2) return false;
    if (next.kind !== "code" && next.kind !== "list-item" && next.kind !== "table-row") return false;
    const after = this.firstLine(next);
    if (HEADING_LINE.test(after)) return false;
    const t = unitBody(this.a, u).replace(/<[^>]*>/g, "").trim();
    return LABEL_TEXT.test(t);
  }

  /**
   * A terminal transcript: a text that opens with a shell prompt ("$ cargo test"), as a book keeps
   * the output of each of its listings beside it. Its lines are what the program printed, recorded;
   * another output's "test result: ok. 1 passed; 0 failed" is that program's, not a copy to cut.
   * A reference manual too (a manual page as text, a Vim help file): the entries it describes as its
   * sibling pages do are its own.
   */
  private transcript(): boolean {
    return (this.isTranscript ??= transcriptText(this.a.text));
  }

  /**
   * In Markdown, a command alone on its line ("`ionice -c 2 -n 0 {{command}}`") under a lead-in of
   * its own ("- Run a command with custom priority:") that is not its first copy's: an entry of a
   * command page or a recipe, two tasks that one command does. Cutting it would leave the second
   * lead-in with nothing under it. A page pasted twice brings its lead-ins along, and is still cut.
   */
  private commandUnderOwnLeadIn(j: number, i: number): boolean {
    const u = this.a.units[i];
    if (!u || i < 1 || j < 1 || !COMMAND_ALONE.test(unitBody(this.a, u).trim())) return false;
    const lead = this.a.units[i - 1];
    if (!lead || this.isCut(i - 1) || !/[:：]\s*$/.test(unitBody(this.a, lead))) return false;
    return this.keyOf(i - 1) !== this.keyOf(j - 1);
  }

  /**
   * In Markdown, unit i belongs to what stands right beside it, and what stands beside its first
   * copy j is other text: a lead-in ending in a colon over a list, code or table (a specification's
   * "This document registers the following entry in the … registry:" over each entry, of any
   * length), or a caption under an image (the credit under each picture). Cut, the block would lose
   * its lead-in, the image its credit. A block pasted twice brings the same text beside the copy,
   * and is still cut.
   */
  private headsOwnBlock(j: number, i: number): boolean {
    const units = this.a.units;
    const u = units[i];
    if (!u || j < 1) return false;
    const next = units[i + 1];
    if (next && next.first <= u.last + 2 && this.keyOf(i + 1) !== this.keyOf(j + 1) && /[:：]\s*$/.test(unitBody(this.a, u))) {
      const after = this.firstLine(next);
      // A list read as a paragraph (a text whose front matter never closes is read without lists) is a list still.
      const block = next.kind === "code" || next.kind === "list-item" || next.kind === "table-row" || LIST_OR_ROW.test(after);
      if (block && !HEADING_LINE.test(after)) return true;
    }
    const prev = units[i - 1];
    return !!prev && prev.last + 2 >= u.first && IMAGE_ALONE.test(unitBody(this.a, prev).trim()) && this.keyOf(i - 1) !== this.keyOf(j - 1);
  }

  /**
   * In Markdown, a caption that says again the alt text of the image right above it ("![Traceview
   * timeline …](…)" over "**Figure 3.** Traceview timeline …"): the alt text is read by a screen
   * reader, the caption by everyone else. Cut, the figure would lose its visible caption.
   */
  private captionOfImageAbove(j: number, i: number): boolean {
    const units = this.a.units;
    const u = units[i];
    const above = units[j];
    if (!u || !above || j !== i - 1 || above.last + 2 < u.first) return false;
    return IMAGE_WITH_ALT.test(unitBody(this.a, above)) && !IMAGE_WITH_ALT.test(unitBody(this.a, u));
  }

  /** The definition of a term in a definition list (": Dump without …" under `--no-formula` and its alias). */
  private definition(i: number): boolean {
    const u = this.a.units[i];
    return !!u && DEFINITION.test(unitBody(this.a, u));
  }

  /** A field of a reference entry: "**Type:** `string`", "- **Default:** `false`", one per option. */
  private field(i: number): boolean {
    const u = this.a.units[i];
    return !!u && u.tokens <= FIELD_TOKENS && FIELD.test(unitBody(this.a, u));
  }

  /**
   * close() for plain text: near its first copy, or in a block pasted twice, and in the same
   * section. Plain text marks its sections with a rule ("=====", "-----"): a file that gathers
   * several documents (one README a dictionary) says the same under each, on purpose.
   */
  private closeInPlainText(j: number, i: number): boolean {
    const rules = this.sectionRules();
    // A rule on a line after the first copy's last, up to the copy's first line.
    if ((rules[(this.a.units[i]?.first ?? 0) + 1] ?? 0) > (rules[(this.a.units[j]?.last ?? 0) + 1] ?? 0)) return false;
    if (this.pastedBlock(j, i)) return true;
    let blocks = 0;
    for (let k = j + 1; k < i; k++) if (!this.isCut(k) && ++blocks > CLOSE_BLOCKS) return false;
    return true;
  }

  /** Per line l, the section rules (SECTION_RULE) on lines before l: read once a text, when a copy asks. */
  private sectionRules(): Int32Array {
    if (this.ruleCounts) return this.ruleCounts;
    const { start, end } = this.a.lines;
    const counts = new Int32Array(start.length + 1);
    for (let l = 0; l < start.length; l++) counts[l + 1] = (counts[l] ?? 0) + (SECTION_RULE.test(this.a.text.slice(start[l] ?? 0, end[l] ?? 0)) ? 1 : 0);
    return (this.ruleCounts = counts);
  }

  /** Whether this text's own first copy of a paragraph counts before another file's (ownCopy). */
  private ownCopies(): boolean {
    return this.o.format === "markdown" || authoredText(this.o);
  }

  /**
   * In Markdown, a copy in the same text is an accident only where a paste made twice or an edit
   * left it. Either the copy comes with the text around it (pastedBlock: a section, a set of notes,
   * a whole file there twice), or it stands near its first copy in the same section: at most
   * CLOSE_BLOCKS blocks of other text between them (a paragraph, a list, a table, a code block;
   * units cut already do not count) and nothing that opens a section (opensSection): a heading, a
   * line of bold text alone, a question, a quotation. Farther repetition, or repetition under
   * another heading, is the writer's: a call to action at the top and the end, the same note under
   * two options, the same answer under two questions of a template, an item carried to the next
   * meeting's notes. markdown/settles.ts walks the same way (readingOf(), with pastedBlock() and
   * sectionPasted()) over the kept units: a change here must be made there too.
   */
  private close(j: number, i: number): boolean {
    if (this.pastedBlock(j, i)) return true;
    const units = this.a.units;
    let blocks = 0;
    for (let k = j + 1; k < i; k++) {
      const u = units[k];
      if (!u || this.isCut(k)) continue;
      if (this.opensSection(k)) {
        // The section pasted again under its own heading ("## Windows" … "### Windows").
        if (this.headingOver(j) === this.keyOf(k)) continue;
        return false;
      }
      // The items of one list, the rows of one table: one block.
      const prev = units[k - 1];
      if ((u.kind === "list-item" || u.kind === "table-row") && prev?.kind === u.kind) continue;
      if (++blocks > CLOSE_BLOCKS) return false;
    }
    return true;
  }

  /**
   * Unit i and its first copy j stand in a block pasted twice: the units around them are the same
   * texts in the same order, and the run holds at least PASTED_PARAGRAPHS paragraphs that could be
   * cut alone (one fewer with two headings); or i's section, from its heading down to i, is j's section again under the same
   * headings (sectionPasted). A template's formula ("**Progress:** …", "**Goals:** …" under each
   * goal; "### Solutions" and its request under each project; a greeting under each meeting's date)
   * repeats a paragraph or two between lines that differ.
   */
  private pastedBlock(j: number, i: number): boolean {
    const keys = this.textKeys();
    let paragraphs = 0;
    let headings = 0;
    const take = (a: number, b: number): boolean => {
      const ka = keys[a];
      if (ka === undefined || ka !== keys[b]) return false;
      const u = this.a.units[a];
      if (u && u.kind === "paragraph" && u.tokens >= this.o.minWords) paragraphs++;
      else if (this.isHeading(a)) headings++;
      return true;
    };
    const enough = (): boolean => paragraphs >= PASTED_PARAGRAPHS || (paragraphs >= PASTED_PARAGRAPHS - 1 && headings >= 2);
    take(j, i);
    for (let t = 1; t <= PASTE_REACH && j - t >= 0 && take(j - t, i - t); t++) if (enough()) return true;
    for (let t = 1; t <= PASTE_REACH && j + t < i && take(j + t, i + t); t++) if (enough()) return true;
    return this.sectionPasted(j, i);
  }

  /**
   * i's section, heading included, is j's again, whole, under the same headings ("## May 2" twice in
   * one year's notes). A section that goes on otherwise is a template's, each its own: "### Return
   * Codes" under two functions of an API page, the second returning two codes more.
   */
  private sectionPasted(j: number, i: number): boolean {
    const p = this.placesOf();
    if (p.key[i] !== p.key[j]) return false;
    const hi = this.headingAbove(i);
    const hj = this.headingAbove(j);
    // A heading and its one fixed line ("### Solutions" and its request, under each project) is a
    // template's: the section pasted brings more with it.
    if (hi <= j || hj < 0 || i - hi !== j - hj || i - hi <= SECTION_PASTE_UNITS) return false;
    const keys = this.textKeys();
    for (let t = 0; t < i - hi; t++) if (keys[hj + t] !== keys[hi + t]) return false;
    const end = this.sectionEnd(i);
    if (end - i !== this.sectionEnd(j) - j) return false;
    for (let t = 1; t <= end - i; t++) if (keys[j + t] !== keys[i + t]) return false;
    return true;
  }

  /** The last unit of the section unit k stands in: the one before the next heading, or the text's last. */
  private sectionEnd(k: number): number {
    let e = k;
    while (e + 1 < this.a.units.length && !this.isHeading(e + 1)) e++;
    return e;
  }

  /**
   * In Markdown, unit i stands in a section that opens as a licence (its title or grant: see
   * licenceText) under a heading other than its first copy's: one component's licence in a page of
   * third-party notices ("## pako" over "MIT License", "## typescript" over "Apache License"), whose
   * clauses other components' licences say too. Cut, the component's licence would be left without
   * them. A licence pasted twice under the same heading is still a copy.
   */
  private licenceOfItsOwn(j: number, i: number): boolean {
    const hi = this.headingAbove(i);
    if (hi <= j) return false;
    const hj = this.headingAbove(j);
    if (hj >= 0 && this.keyOf(hj) === this.keyOf(hi)) return false;
    let open = this.licenceSections.get(hi);
    if (open === undefined) {
      // The whole section, down to the next heading.
      let last = hi + 1;
      while (last + 1 < this.a.units.length && !this.isHeading(last + 1)) last++;
      const u = this.a.units[hi];
      const end = this.a.units[Math.min(last, this.a.units.length - 1)];
      open = !!u && !!end && licenceText(this.a.text.slice(this.a.lines.start[u.first] ?? 0, this.a.lines.end[end.last] ?? 0));
      this.licenceSections.set(hi, open);
    }
    return open;
  }

  /** The nearest heading line above unit k, or -1. */
  private headingAbove(k: number): number {
    return this.sections().heading[k] ?? -1;
  }

  private isHeading(k: number): boolean {
    return headingUnit(this.a, this.a.units[k]);
  }

  private firstLine(u: UnitInfo): string {
    return this.a.text.slice(this.a.lines.start[u.first] ?? 0, this.a.lines.end[u.first] ?? 0);
  }

  private opensSection(k: number): boolean {
    return opensSection(this.a, this.placesOf(), k);
  }

  /** The text key of the nearest section opener above unit j, or null. */
  private headingOver(j: number): string | null {
    const k = this.sections().opener[j] ?? -1;
    return k < 0 ? null : this.keyOf(k);
  }

  /** How many units of unit k's kind in its section (between two headings) hold its text. */
  private copiesInSection(k: number): number {
    const key = this.keyOf(k);
    if (key === "") return 1;
    // Of the same kind: a paragraph said again in a list entry is no third copy of a paragraph.
    return this.sections().copies.get(sectionKey(this.sections().heading[k] ?? -1, this.a.units[k]?.kind, key)) ?? 1;
  }

  /**
   * Worked out once a text, in one pass: for each unit the nearest heading and the nearest section
   * opener above it, and how many units of each kind hold each text in each section (a page with
   * thousands of copies and no heading would otherwise be read back to its top for each).
   */
  private sections(): SectionIndex {
    if (this.sectionIndex) return this.sectionIndex;
    const n = this.a.units.length;
    const keys = this.textKeys();
    const heading = new Int32Array(n);
    const opener = new Int32Array(n);
    const copies = new Map<string, number>();
    let h = -1;
    let o = -1;
    for (let k = 0; k < n; k++) {
      heading[k] = h;
      opener[k] = o;
      const key = keys[k] ?? "";
      if (key !== "") {
        const c = sectionKey(h, this.a.units[k]?.kind, key);
        copies.set(c, (copies.get(c) ?? 0) + 1);
      }
      if (this.isHeading(k)) h = k;
      if (this.opensSection(k)) o = k;
    }
    return (this.sectionIndex = { heading, opener, copies });
  }

  private keyOf(k: number): string {
    return this.textKeys()[k] ?? "";
  }

  private textKeys(): string[] {
    return (this.keys ??= textKeysOf(this.a));
  }

  private placesOf(): Places {
    return (this.places ??= placesOf(this.a));
  }
}

/** Per unit of a text: the nearest heading and section opener above it (-1: none); copies of each text by section and kind. */
interface SectionIndex {
  heading: Int32Array;
  opener: Int32Array;
  copies: Map<string, number>;
}

function sectionKey(heading: number, kind: string | undefined, key: string): string {
  return `${heading}\u0000${kind ?? ""}\u0000${key}`;
}

/**
 * Each unit's text as normalizeForHash reads it, as a key: two units have the same key when and
 * only when they have the same normalized text, "" for none. The fingerprint is a hash of that text
 * (xxhash64), so units of different fingerprints have different texts: the text is worked out only
 * for units without a fingerprint ("code" units, rule matches) and units sharing one with another,
 * whose texts are then compared. Normalizing every unit made, on a Markdown page of 1 MB, 20 MB of
 * short-lived strings (a fifth of the run's allocation) and 60 ms.
 */
function textKeys(a: Analysis): string[] {
  const units = a.units;
  const n = units.length;
  const texts = new Array<string | undefined>(n);
  const hi = new Uint32Array(n);
  const lo = new Uint32Array(n);
  // 1: a non-empty text; 2: and another unit has its fingerprint.
  const state = new Uint8Array(n);
  const firstOf = new U64Map(n);
  for (let k = 0; k < n; k++) {
    const u = units[k] as UnitInfo;
    if (u.fpHi !== 0 || u.fpLo !== 0) {
      hi[k] = u.fpHi;
      lo[k] = u.fpLo;
    } else {
      const t = normalizeForHash(unitBody(a, u));
      texts[k] = t;
      if (t === "") continue;
      const fp = fingerprint(t);
      hi[k] = fp.hi;
      lo[k] = fp.lo;
    }
    state[k] = 1;
    if (!firstOf.setIfAbsent(hi[k] ?? 0, lo[k] ?? 0, k)) state[k] = state[firstOf.get(hi[k] ?? 0, lo[k] ?? 0)] = 2;
  }
  const keys: string[] = [];
  const byText = new Map<string, string>();
  let next = 0;
  for (let k = 0; k < n; k++) {
    if (state[k] === 0) keys.push("");
    else if (state[k] === 1) keys.push(`\u0001${next++}`);
    else {
      const t = (texts[k] ??= normalizeForHash(unitBody(a, units[k] as UnitInfo)));
      let key = byText.get(t);
      if (key === undefined) byText.set(t, (key = `\u0001${next++}`));
      keys.push(key);
    }
  }
  return keys;
}

/**
 * Two files of one folder and one name but for the extension or a language tag ("README.md" and
 * "README.txt"; "README.it.txt" and "README.ru.txt", "guide_en.md" and "guide_fr.md"): one text in
 * two formats or two languages, each whole. A copy in one of the other (a command, a name, a credit a
 * translation keeps as it was) is no paste to cut.
 */
export function sameTextOtherFormat(a: string | undefined, b: string | undefined): boolean {
  if (a === undefined || b === undefined || a === b) return false;
  const stem = (n: string): string => n.replace(/\.[^.\\/]*$/, "");
  const base = (n: string): string => stem(n).replace(LANGUAGE_TAG, "").toLowerCase();
  return stem(a) !== a && stem(b) !== b && base(a) === base(b);
}
/**
 * A language tag ending a file's name: ".ru", "_en", ".zh_CN", "-pt-BR". A hyphen and two letters
 * alone end many a page's slug ("what-is-it"), so after a hyphen only a tag with a region counts.
 */
const LANGUAGE_TAG = /(?<=[^\\/])(?:[._][a-z]{2}(?:[-_][A-Z]{2})?|-[a-z]{2}[-_][A-Z]{2})$/;

/** A licence, copyright or notice file: its text is the law of the files beside it, each copy whole. */
export function licenceFile(name: string | undefined): boolean {
  return name !== undefined && LICENCE_FILE.test(name);
}

/**
 * Two files that are pages of one section: the same folder, where a folder's index or README is
 * the page of the folder itself (blog/2024-05-01-launch/index.md beside blog/2024-06-02-fix/index.md).
 */
export function siblings(a: string | undefined, b: string | undefined): boolean {
  if (a === undefined || b === undefined) return false;
  return section(a) === section(b);
}

/**
 * Two pages of one section or of two sections side by side: each file's folder is the folder they
 * share or one of its sub-folders, and they share one (a release note in blog/release/ and the
 * announcement in blog/announcements/ that it repeats; docs/download/index.md and
 * docs/download/current.md, the same page at two addresses; fr/eol.md and fr/about/eol.md). Files of
 * two top folders of the run (docs/, guide/) are two works, and a copy between them is a copy.
 */
export function neighbours(a: string | undefined, b: string | undefined): boolean {
  if (a === undefined || b === undefined) return false;
  const da = a.split(/[\\/]/).slice(0, -1);
  const db = b.split(/[\\/]/).slice(0, -1);
  let k = 0;
  while (k < da.length && k < db.length && da[k] === db[k]) k++;
  return k >= 1 && da.length - k <= 1 && db.length - k <= 1;
}

function section(name: string): string {
  const parts = name.split(/[\\/]/);
  const base = (parts.pop() ?? "").replace(/\.[^.]*$/, "");
  if (INDEX_PAGE.test(base)) parts.pop();
  return parts.join("/");
}

/** Notes record `id`'s wording in the index (see AuthoredCopies.renamed). */
/**
 * Whether unit i, kept as a formula of another (renamed()), is one no longer once the units cut
 * since are out: the index notes the first wording of each skeleton, and where that was a unit cut
 * later (a stub, a headline), the kept text's first recorded unit with the skeleton, before i, says
 * i's own words or there is none. A skeleton first noted in an earlier segment still stands.
 * `recorded`: the text's units recorded, in order; `isCut`: whether unit k is cut.
 */
export function formulaLapsed(a: Analysis, index: DedupIndex, doc: number, i: number, recorded: Iterable<number>, isCut: (k: number) => boolean): boolean {
  const u = a.units[i];
  if (!u) return false;
  const mine = unitWording(a, u);
  const noted = index.notedWords(doc, mine.skeleton);
  // Noted before this cleaning (an earlier segment's unit, perhaps with the very words of one cut
  // here): that note stands, and a second cleaning reads it too.
  if (noted !== undefined && !index.notedSinceBegin(doc, mine.skeleton)) return false;
  let noterCut = false;
  for (const k of recorded) {
    if (k >= i) break;
    const v = a.units[k];
    if (!v) continue;
    const w = unitWording(a, v);
    if (w.skeleton !== mine.skeleton) continue;
    if (!noterCut) {
      // Noted by a unit before this segment, or by one that stays: judged as before.
      if (w.words !== noted || !isCut(k)) return false;
      noterCut = true;
    } else if (!isCut(k)) return w.words === mine.words;
  }
  return noterCut;
}

/** Each unit's text key (textKeys()), worked out once an analysis: decide() and markdown/settles.ts read the same. */
const TEXT_KEYS = new WeakMap<Analysis, string[]>();

export function textKeysOf(a: Analysis): string[] {
  let k = TEXT_KEYS.get(a);
  if (!k) TEXT_KEYS.set(a, (k = textKeys(a)));
  return k;
}

/** Where each unit of an analysis stands (unitPlaces()), worked out once an analysis: markdown/settles.ts reads the first cleaning's. */
const PLACES = new WeakMap<Analysis, Places>();

export function placesOf(a: Analysis): Places {
  let p = PLACES.get(a);
  if (!p) PLACES.set(a, (p = unitPlaces(a)));
  return p;
}

/** Units of an analysis that decide() kept as a formula of another unit of the text (renamed()). */
const FORMULAS = new WeakMap<Analysis, number[]>();

function formulas(a: Analysis): number[] {
  let out = FORMULAS.get(a);
  if (!out) FORMULAS.set(a, (out = []));
  return out;
}

/** The units the last decide() over `a` kept as formulas of other units (renamed()): what a unit cut later may have spared. */
export function keptAsFormulas(a: Analysis): readonly number[] {
  return FORMULAS.get(a) ?? [];
}

export function noteWording(index: DedupIndex, id: number, w: Wording): void {
  index.setWording(id, w.skeleton, w.words);
}

/** The wording of a unit: worked out in the hashing pass for most units (UnitInfo.skeleton), else from its text. */
export function unitWording(a: Analysis, u: UnitInfo): Wording {
  return u.skeleton !== 0 ? { skeleton: u.skeleton, words: u.words } : wordingOf(unitBody(a, u));
}
