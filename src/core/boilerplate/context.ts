// Boilerplate that only its surroundings give away: headline-shaped lines about something else, runs
// of navigation labels and shouted link lines, inside a text that is otherwise prose.
import type { UnitInfo } from "../analysis-types.js";
import { addContentStems, contentStems, StemSet, type Stem } from "../stems.js";
import { emailsOf, mayHoldFacts } from "../facts.js";
import { trimmedEndLength } from "../line-shapes.js";
import type { RuleExamples } from "./rules.js";

export const OFF_TOPIC_RULE = "off-topic-headline";
export const NAV_RUN_RULE = "navigation-run";
export const SHOUTED_RULE = "shouted-headline";
export const HEADLINE_RUN_RULE = "headline-run";
export const PAGE_TAIL_RULE = "page-tail";
export const PAGE_HEAD_RULE = "page-head";
export const COUNTED_RUN_RULE = "counted-list";

/**
 * What each context rule must cut and keep. A line (lines apart: a run) stands between the second
 * and third of four paragraphs of a scraped news page about a library; see RuleExamples.
 */
export const CONTEXT_RULE_EXAMPLES: Readonly<Record<string, RuleExamples>> = {
  [NAV_RUN_RULE]: {
    cut: ["Health\nHealthy Living\nMedical Research\nMental Health"],
    keep: [
      "Opening hours:\nMonday\nWednesday\nSaturday Morning",
      "Newcastle v Tottenham\nSouthampton v Brentford\nBolton v Arsenal",
      "Anna, Ben, Carl\nClimb Rope\nAnna, Carl\nGroom\nBen, Carl, Dora\nStare",
      "Best Branch\nEastgate Library\nBest Reading Room\nOld Town Library\nBest Cafe\nRiverside Library",
      "Reasons the council gave for closing a branch library include:\nEarly budget cuts (2019)\nStaff shortages\nFew visits\nRoof repairs",
      "The costliest repairs of the old library building were these, the council said:\nRoof\nHeating\nLifts\nWindows in the old reading room upstairs\nFire doors\nWiring\nDrains",
      "What to bring\nYour library card\nReading glasses\nTwo sharp pencils\nA flask of tea",
      // Branches with their loans and share: a table, a row of facts a line.
      "Eastgate 455 88.1%\nOld Town 26 3.8%\nRiverside 23 3.4%\nNorth Hill 11 1.6%",
    ],
  },
  [COUNTED_RUN_RULE]: {
    cut: [
      "Accessories (45)\nAndroid (56)\nApple TV (1)\nApplications (94)\nCompanion (2)",
      "► July 2012 (6)\n► June 2012 (11)\n► May 2012 (9)\n► April 2012 (14)\n► March 2012 (1,204)",
    ],
    keep: [
      // Works with their years: a writer's list.
      "Carrie (1974)\nThe Shining (1977)\nThe Stand (1978)\nThe Dead Zone (1979)\nFirestarter (1980)",
      // A career table, a cell of figures to a line.
      "Motherwell | 112 (15)\nCeltic | 89 (16)\nHibernian | 20 (0)\nAberdeen | 54 (7)\nDundee | 31 (2)",
      "1996 Motherwell 112 (15)\n2000 Celtic 89 (16)\n2003 Hibernian 20 (0)\n2005 Aberdeen 54 (7)\n2007 Dundee 31 (2)",
      // Four lines are no widget's list; nor a list the text introduces.
      "Reading room (12)\nChildren's library (8)\nCafe (3)\nMeeting rooms (4)",
      "The council counted the seats in each of the library's rooms:\nReading room (120)\nChildren's library (48)\nCafe (30)\nMeeting rooms (24)\nDigital lab (16)",
    ],
  },
  [HEADLINE_RUN_RULE]: {
    cut: ["Striker signs record transfer deal with Milan club\n\nMinisters clash over new tax on sugary drinks\n\nStorm brings floods to the northern coast"],
    keep: [
      "Animation - Brush Head\n\nPre-School Live Action - Balamory\n\nDrama - Featherboy",
      "The plan covers:\n\nA larger reading room for residents\n\nLonger opening hours at the library\n\nFree coding lessons for pupils",
      "June 23, 2006\nA larger reading room for the summer\nJune 20, 2006\nPostcards from the seaside libraries\nJune 17, 2006\nPupils at the children's book fair",
      "6 + 1 + 31 + 36 = 74\n11 + 8 + 26 + 29 = 74\n16 + 15 + 21 + 22 = 74",
      "20 seconds for the 2nd team\n\n30 seconds for the 3rd team\n\n40 seconds for the 4th team\n\n50 seconds for the 5th team",
      "Anna, Ben, Carl\nClimb the rope to the top\nAnna, Carl, Dora\nGroom each other after meals\nBen, Carl and Dora\nStare back at the visitors",
      "Libraries of the County\n\n‘A library is a hospital for the mind.’ ~old saying\n\n‘Books are the quietest of friends.’ — Charles Eliot",
      "Council library plans: Oct. 31, 2012\n\nMedia inquiries on the library: Sarah Clark, sarah.clark@example.gov\n\nLibrary inquiries for residents: 888-555-0199\n\nSwitchboard: 888-555-0100",
      "Do the readers of the new library want any of these:\nQuiet rooms\nMore evening hours at the branch\nFree coding lessons for pupils\nA bigger children's section downstairs",
      "Library reading room plans approved by council\n\nHeavy snow gave the visiting team a\n\n2-1 lead, which left the home side\n\nwithout a goal at the whistle.",
      // A table of names and their values: a row of facts a line.
      "Most active lenders by loans\nAnna Lee Barker 63 16.6%\nBen Carlsson Smith 56 14.7%\nCarla Dunmore Hill 46 12.1%\nDavid Eccles Ward 33 8.7%",
    ],
  },
  [OFF_TOPIC_RULE]: {
    cut: ["Striker signs record transfer deal with Milan club"],
    keep: [
      "Library reading room plans approved by council",
      "<<< @/snippets/install-steps.sh",
      "**Type**: `Record<string, string>`",
      "<Tabs syncKey=\"package-manager\">",
      "The works we are still waiting on are\n- a new roof\n- a lift",
      "Photo by Maria Gonzalez Silva",
      "Image via Northern Light Studio",
      // Who made a picture or the text, written as a credit: "Portrait by …", "edited by …", "Submitted by: …".
      "Portrait by Maria Gonzalez Silva",
      "edited by Simon Inglis",
      "Submitted by: Dr Tony Ribbink",
      "Cathy Teeter (Yorktown, VA) cathy.teeter@example.net",
      // A web address alone is where the text sends its reader: a fact, as an e-mail address is.
      "http://owl.english.purdue.edu/",
      "Each bag comes with padding sewn into its lining, zippered pockets and an adjustable\n\ncross-body strap, and removable pads which are completely customizable!",
    ],
  },
  // These stand after the last paragraph instead (tests/core/rule-examples.test.ts).
  [PAGE_TAIL_RULE]: {
    cut: ["Library Events Calendar\nCouncil Meeting Minutes", "Back to the council pages\nlibrary opening hours"],
    keep: [
      "Works Cited\nBarker, Anne. Public Libraries in the Age of Screens. London: Hall, 2009.",
      "Library Friends mailing list\nJoin at the front desk of the branch on any weekday morning.",
      "Fiction - The Long Road\nPoetry - Salt and Stone\nChildren - The Brave Mouse",
      "Attendance: 8,200\nCouncil lead Anne Barker",
      "Photo by Maria Gonzalez Silva\nImage via Northern Light Studio",
      "Media contact\nSarah Clark, 888-555-0199\nsarah.clark@example.gov",
      "With best wishes,\nAnna Barker\nFriends of Mill Street Library",
      "--\nAnna Barker\nMill Street Library volunteers",
      "Next meeting\nThursday evening in the library",
    ],
  },
  // These stand before the first paragraph and a title instead (tests/core/rule-examples.test.ts).
  [PAGE_HEAD_RULE]: {
    cut: ["Council library news and events\nResidents guide to the new building", "residents can log in here\ncouncil pages for local residents"],
    keep: [
      "Fiction - The Long Road\nPoetry - Salt and Stone\nChildren - The Brave Mouse",
      "Photo by Maria Gonzalez Silva\nImage via Northern Light Studio",
      "Friday, March 3, 2023\nBy Anna Lee and Tom Reed",
      "RESIDENTS\nfor\nBetter Libraries",
    ],
  },
  [SHOUTED_RULE]: {
    cut: ["BREAKING NEWS FROM THE CAPITAL TONIGHT ON EXAMPLE TV"],
    keep: [
      "新图书馆阅读室明年春天全面开放了",
      "配置选项默认值和构建输出目录说明",
      "生成されるページは次のとおりです：",
      // A figure of its own: a score, a deadline.
      "EASTGATE LIBRARY 72, OLD TOWN LIBRARY 51",
      "READING ROOM PETITION DEADLINE: APRIL 30, 2007",
    ],
  },
};

/** The fewest lines in a row the counted-list rule cuts: a blog's categories or archive, one a line. */
const COUNTED_RUN = 5;
/** The longest such line, in tokens. */
const COUNTED_TOKENS = 12;
/**
 * A label with a count in brackets after it, alone on its line: "Android (56)", "► July 2012 (6)",
 * "E3 Expo 2012 (25)", "Comments (1,204)". A year in brackets is a writer's ("Carrie (1974)"), and
 * a count after a figure that is no year is a table's cell ("Motherwell | 112 (15)", appearances
 * and goals), as is a line with a column's bar or tab.
 */
function countedLabel(t: string, tokens: number): boolean {
  if (tokens < 2 || tokens > COUNTED_TOKENS || t.charCodeAt(trimmedEndLength(t) - 1) !== 41) return false;
  const m = COUNTED.exec(t);
  if (!m || /[|\t]/.test(t)) return false;
  const label = m[1] ?? "";
  const count = m[2] ?? "";
  if (!/\p{L}/u.test(label) || isYear(count)) return false;
  const figure = /(\d+)\s*$/.exec(label);
  return !figure || isYear(figure[1] ?? "");
}
/** Four digits from 1500 to 2099: a year, as a list of works or an archive writes it. */
function isYear(s: string): boolean {
  return /^\d{4}$/.test(s) && Number(s) >= 1500 && Number(s) <= 2099;
}
const COUNTED = /^\s*(.*?\S)\s+\((\d(?:[\d,.]*\d)?)\)\s*$/;

/** A line that is a date alone: "June 23, 2006", "Friday, 17 June 2006", "2006-06-23", "11/13/91". */
export const DATE_LINE = /^(?:(?:mon|tue|wed|thu|fri|sat|sun)\w*,? )?(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w*\.? \d{1,2}(?:\s*[-–]\s*\d{1,2})?,? \d{4}|\d{1,2}(?:\s*[-–]\s*\d{1,2})? (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w*,? \d{4}|\d{4}-\d{2}-\d{2}|\d{1,2}[/.]\d{1,2}[/.]\d{2,4})$/i;
/** A field of a record whose value is a figure: "ISSN: 0036-6439", "Publication Date: 2002", "Pages: 6-12". */
const FIGURE_FIELD = /^[^:]{1,30}:\s*\p{N}[\p{N}\s\-–—/.,]*$/u;
/** A line that is a list of names alone: "Corey, Sissi, Sara, Tomas", "Anna, Ben and Carl". */
const NAMES_LINE = /^\p{Lu}\p{Ll}+(?:, \p{Lu}\p{Ll}+)+(?:,? (?:and|&) \p{Lu}\p{Ll}+)?$/u;
/** Letters among the characters that are not spaces: "6 + 1 + 31 + 36 = 74" is a row of figures, not a headline. */
function lettersShare(t: string): number {
  let letters = 0;
  let all = 0;
  for (const ch of t) {
    const c = ch.charCodeAt(0);
    if (c < 0x80) {
      // ASCII without the regexes: white space is \t-\r and the space, letters A-Z and a-z.
      if (c === 32 || (c >= 9 && c <= 13)) continue;
      all++;
      if ((c | 32) >= 97 && (c | 32) <= 122) letters++;
      continue;
    }
    if (/\s/u.test(ch)) continue;
    all++;
    if (/\p{L}/u.test(ch)) letters++;
  }
  return all === 0 ? 0 : letters / all;
}

/** The words of a row once its figures are set aside: "20'' for the 2nd team" -> "for the team". */
function wordsBesideFigures(r: string): string | null {
  const tokens = r.split(/\s+/);
  if (!tokens.some((w) => /\d/.test(w))) return null;
  const words = tokens.filter((w) => !/\d/.test(w) && /\p{L}/u.test(w));
  return words.length >= 2 ? words.join(" ").toLowerCase() : null;
}

/** A cell of figures at a row's end: "63", "16.6%", "(15)", "455,499", "+2.5", "81-65". */
const FIGURE_CELL = /^[(+\-–]?\d[\d.,%)+\-–/]*$/;
/** A figure standing as a word of its own: "NEVADA 72, SAN JOSE STATE 51", "DEADLINE: MARCH 15, 2007" (not "PF1", "10X", "20%"). */
const FIGURE_WORD = /(?:^|\s)\d[\d,.:]*(?=[\s,;.!?)]|$)/;
/** A month or a day by its name, as a date's word before its figures ("JULY 26, 2016", "Jan. 8"). */
const DATE_WORD = /^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?,?$|^(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?$/i;
/** A year alone: an archive's or an event's ("November 2006", "Euro 2000"), no value. */
const YEAR = /^(?:19|20)\d\d$/;

/**
 * Row r's last cell when the row is a label and the value(s) it has: words, then one or more cells
 * of figures ("Herbert Dürr 63 16.6%", "Decision Support Systems (SI) 12"); null for a date ("JULY
 * 26, 2016", "November 2006"), a year alone or a count in brackets alone, or figures alone.
 */
function lastValue(r: string): string | null {
  const w = r.split(/\s+/);
  const last = w[w.length - 1] ?? "";
  let k = 0;
  while (k < w.length && FIGURE_CELL.test(w[w.length - 1 - k] ?? "")) k++;
  if (k === 0 || k === w.length || DATE_WORD.test(w[w.length - 1 - k] ?? "")) return null;
  // A count in brackets alone is a category's posts ("Android (56)", countedLabel).
  return k === 1 && (YEAR.test(last) || last.startsWith("(")) ? null : last;
}

/**
 * Rows of a label and its values, two thirds of them or more, with values that change from row to
 * row: a table the text gives (an article's most active developers with their changesets and
 * shares, journals with their counts), one row a line. A box of other stories' headlines or a
 * menu ends in words, or in a date.
 */
function tableOfValues(rows: readonly string[]): boolean {
  const values = new Set<string>();
  let n = 0;
  for (const r of rows) {
    const v = lastValue(r);
    if (v === null) continue;
    n++;
    values.add(v);
  }
  return n >= 3 && n >= (2 * rows.length) / 3 && values.size >= 2;
}

/**
 * Rows that say the same words around figures that change ("20'' for the 2nd team", "30'' for the
 * 3rd team", ...): a table the text gives, one row a line. Headlines of other stories share no
 * such frame.
 */
function tableOfFigures(rows: readonly string[]): boolean {
  const count = new Map<string, number>();
  let most = 0;
  for (const r of rows) {
    const w = wordsBesideFigures(r);
    if (w === null) continue;
    const n = (count.get(w) ?? 0) + 1;
    count.set(w, n);
    if (n > most) most = n;
  }
  return most >= 3 && most >= (2 * rows.length) / 3;
}

/**
 * Rows that alternate a label of one family and its value ("Top Men" / "Kobe Bryant" / "Top
 * Women" / "Britney Spears"): a table of the text's laid out a cell to a line. Every other row
 * starts with the same word, which no row between them starts with.
 */
function pairedRows(rows: readonly string[]): boolean {
  for (let off = 0; off < 2; off++) {
    const firsts = (from: number) => rows.filter((_, r) => r % 2 === from).map((t) => t.split(/\s+/)[0]?.toLowerCase() ?? "");
    const labels = firsts(off);
    const values = firsts(1 - off);
    const w = labels[0] ?? "";
    if (labels.filter((x) => x === w).length >= Math.max(3, labels.length - 1) && !values.includes(w)) return true;
  }
  return false;
}

export interface ContextCut {
  unit: number;
  rule: string;
  match: string;
}

/** Lines (too short to be in the run) a run's introducing colon may stand before it. */
const INTRO_REACH = 1;
/** ...and the line with the colon is then a sentence of the text (this many tokens at least). */
const INTRO_TOKENS = 8;

/** A sentence of the text that introduces the short lines after it as its list ("Risk factors include:"); the page model spares such lists too. */
export function introducesList(text: string, tokens: number): boolean {
  return tokens >= INTRO_TOKENS && /:\s*$/.test(text);
}
/**
 * A credit or a byline ("By Anna Lee", "Photo by Anna Lee", "Image via Shutterstock", "With files
 * from the Canadian Press") names who made the text or its pictures: it shares no word with the
 * prose, yet it is the article's, not another story's headline.
 */
export const CREDIT = /^(?:By|Via|With files from(?: the)?|Courtesy(?: of)?|(?:Photo|Image|Picture|Illustration)s?(?: credit)?:?(?: by| via| courtesy(?: of)?)?)\s+[@\p{Lu}]|^(?:[Pp]hoto|[Ii]mage|[Pp]icture|[Ii]llustration)s?(?: credit)?:?\s+(?:by|via|courtesy(?: of)?)\s|^(?:by|(?:[Pp]ortrait|[Dd]rawings?|[Mm]aps?|[Gg]raphics?|[Ss]tory|[Tt]ext|[Ii]nterview|[Ee]dited|[Ww]ritten|[Ss]ubmitted|[Cc]ompiled|[Tt]ranslated|[Rr]eported|[Pp]hotographed) by):?\s+[@\p{Lu}]/u;
/**
 * An e-mail address: a line that holds one ("Cathy Teeter (Yorktown, VA) cathy@example.net", a
 * directory's "info@example.org") names whom to write to, a fact of the text, and is no headline of
 * another story however few words it shares with the prose. The addresses are those the first law
 * reads as facts (facts.ts).
 */
export function holdsEmail(t: string): boolean {
  return emailsOf(t).length > 0;
}
/**
 * A catalogue or order number: nine digits or more in a row, hyphens between them allowed (an
 * ISBN, "0131103628"; a telephone number). A line with one ("ISBN: 0131103628 274 pages, $40.00"
 * under a book's review) gives the text's facts, however few words it shares with the prose.
 */
export function holdsIdentifier(t: string): boolean {
  return /(?<![\p{L}\p{N}])\p{Nd}(?:-?\p{Nd}){8,}(?:-?X)?(?![\p{L}\p{N}])/u.test(t);
}
/**
 * A quotation with its source ("‘You can’t manage what you don’t measure.’ ~old management adage"),
 * an epigraph under a title: a sentence said by someone, no headline of another story.
 */
const QUOTATION = /[.!?…]["”’']\s*(?:~|[-–—]{1,2})\s*\S/u;
/**
 * A credit in a run of labels or headlines: a byline ("By Anna Lee", "By: ANNA LEE"), "written by", or a
 * picture's ("Photo by …", "Image courtesy of Shutterstock"). It says who made the text or its
 * pictures: a run's other lines go, it stays. Not any "by NAME" inside a line: a headline of
 * another story says "… traumatized by Lohan". The stub rule leaves it too, between the lines cut.
 * Kept apart from CREDIT (the off-topic rule's) on purpose: one pattern for both spared no keep line
 * on wide-dev and dev and let 13 lines of chrome through ("Via …" lines inside runs).
 */
export function namesMaker(t: string): boolean {
  return MADE_BY.test(t.trim());
}
const MADE_BY = /^By:?\s+[@\p{Lu}]|\b[Cc]ourtesy\b|\b[Ww]ritten by\s|\b(?:[Pp]hoto(?:graph)?|[Ii]mage|[Pp]icture|[Ii]llustration)s?:?\s+by\s/u;
/** A day or a month named in words ("Thursday evening", "in March"; not "May", a verb as often). */
const DAY_OR_MONTH = /\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b|\b(?:January|February|March|April|June|July|August|September|October|November|December)\b/;
/** A line naming whom something is by ("Story by Anna Lee", "Written by Anna Lee"). */
const NAMED_MAKER = /\b[Bb]y:?\s+[@\p{Lu}]/u;
/** The most lines over a text's first prose read as its title (a kicker, the title, a standfirst), and the fewest tokens of each. */
const TITLE_LINES = 3;
const TITLE_TOKENS = 4;
/** Short lines (a source, a date) a title may stand over before its byline. */
const TITLE_GAP = 3;
/** The longest line the page-tail rule cuts, in tokens. */
const TAIL_TOKENS = 6;
/** A line this long, a sentence or a web address alone has a heading: the short line over it is spared. */
const HEADED_TOKENS = 8;
/** The fewest lines in a row (this rule's and other context rules' cuts) the page-tail rule cuts. */
const TAIL_RUN = 2;
/** The longest greeting or closing of a letter ("Yours sincerely,"), in tokens. */
const CLOSING_TOKENS = 4;

/** A letter's or a post's greeting or closing ("Dear neighbours,", "With best wishes,"): a short line ending in a comma. */
export function greetingOrClosing(t: string, tokens: number): boolean {
  return tokens <= CLOSING_TOKENS && t.trim().endsWith(",");
}

/** What opens a signature under a letter's closing, or alone: "--" on its line, as e-mail writes it. */
export function signatureMark(t: string): boolean {
  return t.trim() === "--";
}
const WEB_ADDRESS_LINE = /^\s*(?:https?:\/\/|www\.)\S+\s*$/;
/** Units of at least this many tokens are the text's prose. */
const PROSE_TOKENS = 20;
/** Code, tags, includes and bold labels: a line with markup is the author's, not a headline of chrome. */
const MARKUP = /`|<\/?[A-Za-z][^>]*>|^\s*(?:<<<|:::|\{|\[\[)|(\*\*|__)\S.*?\1/;
const SEPARATORS = [/\sv\.?\s|\svs\.?\s/i, /\s[-–—]\s/, /\s\|\s/, /\s@\s/, /\d+\s*[-–:]\s*\d+/];
/** Words that say nothing of what a text is about. */
export const VOCABULARY_STOPWORDS: ReadonlySet<string> = new Set(
  ("the and for are but not you all any can had her was one our out day get has him his how man new now old see " +
    "two way who boy did its let put say she too use that with have this will your from they know want been good " +
    "much some time very when come here just like long make many more only over such take than them well were what " +
    "into year about after again also back could first their there these think those which would other being says said " +
    "while where says news report reports video watch live").split(" "),
);

/** What the prose of a text is about: stems of its content words. */
function vocabulary(texts: string[], units: UnitInfo[], kept: (i: number) => boolean, stems: Int32Array | undefined): StemSet {
  const vocab = new StemSet();
  units.forEach((u, i) => {
    if (u.kind !== "paragraph" || u.tokens < PROSE_TOKENS || !kept(i)) return;
    // Stems the analysis worked out while hashing, else from the text.
    if (stems && u.stemStart >= 0) for (let k = u.stemStart; k < u.stemEnd; k++) vocab.push(stems[k] ?? 0);
    else addContentStems(texts[i] ?? "", VOCABULARY_STOPWORDS, vocab);
  });
  return vocab;
}

/** The first 5 characters of each word of 3 or more, stop words left out (as numbers when ASCII: fast). */
function stems(s: string): Stem[] {
  return contentStems(s, VOCABULARY_STOPWORDS);
}

/**
 * These rules apply only to text shaped like a scraped page: long paragraphs, one to a line, hold
 * most of its tokens. A book or a hard-wrapped document has title pages and tables of contents
 * that look like link boxes but are its own.
 */
export function isScrapedProse(units: readonly UnitInfo[]): boolean {
  return contextGate(units) === 3;
}

/** Prose holds this share of a text's tokens at least for every context rule to read it... */
const PROSE_SHARE = 0.4;
/** ...and this share for the runs (navigation labels, headlines) and the page tail. */
const RUNS_PROSE_SHARE = 0.2;

/**
 * Which context rules read a text laid out one paragraph to a line with three paragraphs of prose
 * or more: 0 none (another layout); 1 the page-tail rule alone; 2 it and the runs of navigation
 * labels and of headlines, in a page whose chrome outweighs its article (prose holds a fifth of
 * the tokens or more); 3 all of them, off-topic and shouted headlines too (prose 40 % or more:
 * a line about something else stands out only in a text that is mostly about one thing).
 */
export function contextGate(units: readonly UnitInfo[]): 0 | 1 | 2 | 3 {
  const sums = new Int32Array(GATE_SUMS);
  gateSums(units, sums);
  const all = sums[0] ?? 0;
  const prose = sums[1] ?? 0;
  const paragraphs = sums[2] ?? 0;
  if (paragraphs < 3 || (sums[3] ?? 0) < 0.5 * paragraphs) return 0;
  return prose >= PROSE_SHARE * all ? 3 : prose >= RUNS_PROSE_SHARE * all ? 2 : 1;
}

/** contextGate's sums: all tokens, prose tokens, prose paragraphs, those on one line. */
const GATE_SUMS = 4;

/**
 * contextGate's loop, which adds into `sums` as it goes and does nothing after it. V8 compiles a
 * loop while it runs on the first long text (on-stack replacement), before any code after the loop
 * has run; that code then has no type feedback, and the compiled loop was thrown away when it got
 * there ("Insufficient type feedback"), at nine to eleven texts of the 10 MB `big.txt`, and
 * compiled again. Sums kept in locals and stored after the loop fail the same way.
 */
function gateSums(units: readonly UnitInfo[], sums: Int32Array): void {
  for (let i = 0; i < units.length; i++) {
    const u = units[i] as UnitInfo;
    sums[0] = (sums[0] ?? 0) + u.tokens;
    if (u.kind === "paragraph" && u.tokens >= PROSE_TOKENS) {
      sums[1] = (sums[1] ?? 0) + u.tokens;
      sums[2] = (sums[2] ?? 0) + 1;
      if (u.first === u.last) sums[3] = (sums[3] ?? 0) + 1;
    }
  }
}

/** A line ending a sentence: a full stop, a question or an exclamation mark (a closing quote or bracket after it). */
const ENDS_SENTENCE = /[.!?…。！？]["”’)]?\s*$/u;
/** The marks a line that is no headline or label ends on (white space after them): a sentence's end, a clause's, a closing quote or bracket. */
const SENTENCE_MARKS = new Set(Array.from('.!?…:;,"”’)]。！？：；，、」』）', (c) => c.charCodeAt(0)));
/** Whether t ends on one of SENTENCE_MARKS, read from its end (an expression ending in `\s*$` is tried at each character). */
export function endsOnMark(t: string): boolean {
  const e = trimmedEndLength(t);
  return e > 0 && SENTENCE_MARKS.has(t.charCodeAt(e - 1));
}
const isWordChar = (c: number): boolean => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
/** A line that ends on an article ("… gave WSU a") goes on on the next line: `/\b(?:a|an|the)\s*$/`, read from its end. */
export function endsOnArticle(t: string): boolean {
  const e = trimmedEndLength(t);
  for (const w of ["a", "an", "the"]) {
    const b = e - w.length;
    if (b >= 0 && t.startsWith(w, b) && (b === 0 || !isWordChar(t.charCodeAt(b - 1)))) return true;
  }
  return false;
}
/** A word that joins two others, alone on a line. */
const LONE_SMALL_WORD = /^\s*(?:of|for|and|or|the|in|on|to|at|by|with|from)\s*$/;
/** The most tokens a line that a headline test reads has (the runs' headlines; the page edge's take TAIL_TOKENS). */
const HEADLINE_TOKENS = 16;
/** Lines a run-on sentence may take after its first before it ends. */
const RUN_ON_REACH = 2;

/**
 * One sentence broken across lines ("Brown's basket gave WSU a" / "76-72 lead, which left Josh" /
 * "Mayo's 3-pointer at the buzzer meaningless."; "… zippered pockets, an adjustable" / "cross-body
 * strap, and removable pads …!"): a line written as prose (four tokens or more, half its words or
 * more in lower case) that ends no sentence and runs on into the next line, by ending on an article
 * or by the next line starting in lower case, where the sentence ends within two lines, each of them
 * kept and right after the other; and the lines around a small word alone on a line ("CITIZENS" /
 * "for" / "Limited Taxation"). A headline, a label or a footer line is no half of a sentence or a
 * title: these lines are the text's, and no context rule reads them as chrome.
 */
export function runOnLines(texts: readonly string[], units: readonly UnitInfo[], order: readonly number[]): Set<number> {
  const out = new Set<number>();
  const oneLine = (i: number): boolean => {
    const u = units[i];
    return !!u && (u.kind === "paragraph" || u.kind === "verse") && u.first === u.last;
  };
  for (let k = 0; k + 1 < order.length; k++) {
    const i = order[k] ?? -1;
    const t = texts[i] ?? "";
    // A small word alone on a line joins the lines around it: a title broken over three lines
    // ("CITIZENS" / "for" / "Limited Taxation").
    if (k > 0 && oneLine(i) && LONE_SMALL_WORD.test(t) && order[k - 1] === i - 1 && order[k + 1] === i + 1) {
      out.add(i - 1).add(i).add(i + 1);
      continue;
    }
    if (order[k + 1] !== i + 1 || !oneLine(i) || (units[i]?.tokens ?? 0) < 4) continue;
    // Only lines i and i + 1 are marked, and only a line a headline test reads (HEADLINE_TOKENS
    // tokens or fewer) gains from it: two long lines in a row (a text's paragraphs) are passed by
    // before any expression reads them, which took runOnLines from 7 % of --exact to nothing.
    if ((units[i]?.tokens ?? 0) > HEADLINE_TOKENS && (units[i + 1]?.tokens ?? 0) > HEADLINE_TOKENS) continue;
    if (endsOnMark(t)) continue;
    // The next line goes on with a word in lower case ("cross-body strap, …"), not a name run into others ("del.icio.usDigg…").
    if (!endsOnArticle(t) && !/^\s*\p{Ll}[\p{Ll}'’-]*[\s,;]/u.test(texts[i + 1] ?? "")) continue;
    const words = t.match(/\p{L}[\p{L}\p{M}'’-]*/gu) ?? [];
    if (words.filter((w) => /^\p{Ll}/u.test(w)).length < words.length / 2) continue;
    for (let r = 1; r <= RUN_ON_REACH && k + r < order.length; r++) {
      const j = order[k + r] ?? -1;
      const tj = texts[j] ?? "";
      if (j !== i + r || !oneLine(j)) break;
      if (ENDS_SENTENCE.test(tj)) {
        if ((units[j]?.tokens ?? 0) >= 4) for (let q = 0; q < r; q++) out.add(order[k + q] ?? -1);
        break;
      }
      if (endsOnMark(tj)) break;
    }
  }
  return out;
}

/**
 * The units `kept` keeps, in order. A loop that pushes, not `map`: V8's `map` makes a packed array
 * until the function that calls it is optimized and a holey one after (its inlined form), so the
 * arrays reaching the context rules changed kind from one call to the next, and their optimized
 * code, made for one kind, was thrown away and compiled again ("wrong map"): on 10 MB of text,
 * findContextCuts compiled 11 times and runOnLines 10, about a quarter of all compiling.
 */
function keptOrder(units: readonly UnitInfo[], kept: (i: number) => boolean): number[] {
  const order: number[] = [];
  for (let i = 0; i < units.length; i++) if (kept(i)) order.push(i);
  return order;
}

/** The units of `cuts`. */
function cutUnits(cuts: readonly ContextCut[]): Set<number> {
  const out = new Set<number>();
  for (let k = 0; k < cuts.length; k++) out.add((cuts[k] as ContextCut).unit);
  return out;
}

/**
 * `texts[i]` is unit i's text (prefix removed); `kept(i)` says whether another rule already cut it.
 * Cut units are transparent: runs are formed over what is kept, as a second run would see them.
 */
export function findContextCuts(texts: string[], units: UnitInfo[], kept: (i: number) => boolean, unitStems?: Int32Array): ContextCut[] {
  const gate = contextGate(units);
  // In a text of another layout, the counted-list rule alone, where a line a rule names as chrome
  // shows it a page (a page of two paragraphs and a sidebar of hundreds of categories).
  if (gate === 0 && !units.some((u, i) => namesChrome(u, i, kept))) return [];
  const cuts: ContextCut[] = [];
  const writer = writersLayout(units, kept);
  // Built on first use: many texts have no line that needs it.
  let vocabSet: StemSet | undefined;
  const vocab = (): StemSet => (vocabSet ??= vocabulary(texts, units, kept, unitStems));
  // Asked of each unit by every rule below: worked out once (0 not yet, 1 no, 2 yes).
  const headlineMemo = new Uint8Array(units.length);
  const headline = (i: number): boolean => {
    const known = headlineMemo[i] ?? 0;
    if (known !== 0) return known === 2;
    const u = units[i];
    const t = texts[i] ?? "";
    // lettersShare last: it reads every character, and asked of every paragraph first it took a quarter of --exact.
    const yes = !!u && (u.kind === "paragraph" || u.kind === "verse") && u.first === u.last && u.tokens >= 1 && u.tokens <= HEADLINE_TOKENS && !endsOnMark(t) && !MARKUP.test(t) && units[i + 1]?.kind !== "list-item" && !runOn.has(i) && lettersShare(t) >= 0.25;
    if (i >= 0 && i < headlineMemo.length) headlineMemo[i] = yes ? 2 : 1;
    return yes;
  };
  const order = keptOrder(units, kept);
  const runOn = runOnLines(texts, units, order);
  // The first line, and the line just before the first prose paragraph, are the text's title
  // whatever they say.
  const firstProse = order.findIndex((i) => units[i]?.kind === "paragraph" && (units[i]?.tokens ?? 0) >= PROSE_TOKENS);
  const titles = new Set([order[0], firstProse > 0 ? order[firstProse - 1] : -1]);

  // A run right after a line ending in a colon is a list the text introduces, not chrome; so is a
  // run whose lines share a separator ("Arsenal v Wolves", "Animation - Brush Head"): rows of a list.
  // When the colon ends a sentence of the text's own ("Do we measure:"), not a label
  // ("Sections:"), it may stand a line before the run (a first item too short to be a headline,
  // "Hugs given", opens the list), and the run's lines are the text's list, no off-topic headlines.
  const introducedBySentence = new Set<number>();
  // An item of a list: a headline-shaped line, or a short one closing a bracket ("Early hormone
  // deficiency (menopause)"), which ends no sentence either.
  const listItem = (i: number): boolean => {
    if (headline(i)) return true;
    const u = units[i];
    return !!u && (u.kind === "paragraph" || u.kind === "verse") && u.first === u.last && u.tokens >= 1 && u.tokens <= 16 && /[)\]]\s*$/.test(texts[i] ?? "") && !/[.!?:;]\s*[)\]]\s*$/.test(texts[i] ?? "");
  };
  const introduced = (k: number, e = k): boolean => {
    const colon = (b: number): boolean => b >= 0 && /:\s*$/.test(texts[order[b] ?? -1] ?? "");
    const sentence = (b: number): boolean => b >= 0 && introducesList(texts[order[b] ?? -1] ?? "", units[order[b] ?? -1]?.tokens ?? 0);
    let b = k - 1;
    while (b >= 0 && k - b <= INTRO_REACH && listItem(order[b] ?? -1) && !colon(b)) b--;
    // A run that goes on from such a list after one item too long to be a label ("HIV or
    // something else caused by needles") is the same list.
    if (sentence(b) || (b >= 0 && introducedBySentence.has(order[b] ?? -1))) {
      for (let r = k; r < e; r++) introducedBySentence.add(order[r] ?? -1);
      return true;
    }
    if (colon(k - 1)) return true;
    const rows = order.slice(k, e).map((i) => texts[i] ?? "");
    return rows.length > 0 && SEPARATORS.some((sep) => rows.filter((r) => sep.test(r)).length >= 0.6 * rows.length);
  };
  // A run that is a list of records is the author's, not a box of links: names in a list
  // ("Corey, Sissi, Sara") in a run of labels, or entries each under its date ("June 23, 2006").
  // Its lines are not headlines of other stories either.
  const records = new Set<number>();
  // Runs of labels read as a table of label and value pairs: the page's edges leave them too.
  const paired = new Set<number>();
  const markPaired = (k: number, e: number): boolean => {
    for (let r = k; r < e; r++) paired.add(order[r] ?? -1);
    return true;
  };
  const listOfRecords = (k: number, e: number, labels: boolean): boolean => {
    const rows = order.slice(k, e).map((i) => (texts[i] ?? "").trim());
    const yes =
      (labels && rows.filter((r) => /\p{L}, \p{L}/u.test(r)).length >= rows.length / 3) ||
      rows.filter((r) => NAMES_LINE.test(r)).length >= rows.length / 3 ||
      rows.filter((r) => DATE_LINE.test(r)).length >= rows.length / 3 ||
      rows.filter((r) => FIGURE_FIELD.test(r)).length >= rows.length / 3 ||
      tableOfFigures(rows) ||
      tableOfValues(rows) ||
      amidParagraphs(k, e) ||
      (labels && pairedRows(rows) && markPaired(k, e));
    if (yes) for (let r = k; r < e; r++) records.add(order[r] ?? -1);
    return yes;
  };
  // A list the text makes between two of its paragraphs: a recipe's ingredients, a packing list,
  // the steps of a how-to, a poem's stanzas. Its lines stand together, nothing cut among them, no
  // blank line among them but between stanzas (blocks of two lines or more), with a paragraph of
  // prose right before its block and right after it (the block's heading, "Ingredients", and a
  // last item the title test took, "Gruyere Cheese" over the method, are of it), and half of them or more
  // are written as the text is: in sentence case ("Two cloves of garlic", "Dig a wide hole") or
  // sharing a word with its prose ("Butter" in a method that melts it). A page's chrome that
  // stands among an article's paragraphs is set apart from them by a line cut or comes a line to a
  // block (a comment form's "Name *" / "Email *", a box of headlines); a menu's labels are
  // capitalised and name the site's sections ("Healthy Living" / "Medical Research").
  const writtenAsText = (i: number): boolean => {
    const words = (texts[i] ?? "").trim().split(/\s+/);
    return words.slice(1).some((w) => /^\p{Ll}{3,}/u.test(w) && !VOCABULARY_STOPWORDS.has(w.toLowerCase())) || stems(texts[i] ?? "").some((s) => vocab().has(s));
  };
  const amidParagraphs = (k: number, e: number): boolean => {
    const prose = (i: number): boolean => kept(i) && units[i]?.kind === "paragraph" && (units[i]?.tokens ?? 0) >= PROSE_TOKENS;
    const joined = (i: number): boolean => (units[i]?.last ?? -2) + 1 === units[i + 1]?.first;
    // The block the run stands in: its heading ("Ingredients") and its other short lines too.
    let a = order[k] ?? -1;
    let b = order[e - 1] ?? -1;
    while (a > 0 && kept(a - 1) && headline(a - 1) && joined(a - 1)) a--;
    while (b + 1 < units.length && kept(b + 1) && headline(b + 1) && joined(b)) b++;
    if (a < 1 || !prose(a - 1) || !prose(b + 1)) return false;
    let block = 1;
    let asText = writtenAsText(a) ? 1 : 0;
    for (let i = a + 1; i <= b; i++) {
      if (!kept(i)) return false;
      if (joined(i - 1)) block++;
      else if (block < 2) return false;
      else block = 1;
      if (writtenAsText(i)) asText++;
    }
    if (block < 2 || asText < (b - a + 1) / 2) return false;
    // Its heading and its lines are no off-topic headlines either.
    for (let i = a; i <= b; i++) records.add(i);
    return true;
  };
  // A credit in a run of labels or headlines stays ("By Anna Lee" under a title, "Image courtesy
  // of ..." under a picture), and is no off-topic headline either.
  const credits = new Set<number>();
  // Runs of three or more navigation labels: short, capitalised, unpunctuated, not all capitals.
  // Starting with a capital letter, not a digit: "2 cups flour" lists are content.
  const isLabel = (i: number): boolean => {
    if (!headline(i) || (units[i]?.tokens ?? 0) > 4) return false;
    const t = (texts[i] ?? "").trim();
    return /^\p{Lu}/u.test(t) && /\p{Ll}/u.test(t);
  };
  const isHeadline = (i: number): boolean => {
    if (!headline(i) || (units[i]?.tokens ?? 0) < 3) return false;
    const t = (texts[i] ?? "").trim();
    // A line with an e-mail address is a contact's ("Email: a.lee@example.ac.uk"), not a link to a
    // story; nor is a quotation with its source.
    return /^[\p{Lu}\p{N}'‘"“]/u.test(t) && !/,\s*$/.test(t) && !holdsEmail(t) && !QUOTATION.test(t);
  };
  const speaksOfText = (k: number): boolean => stems(texts[order[k] ?? -1] ?? "").some((s) => vocab().has(s));
  // The last label before prose that speaks of the same things is the prose's title.
  const isTitle = (k: number): boolean => {
    const j = order[k + 1] ?? -1;
    const next = units[j];
    return !!next && next.kind === "paragraph" && next.tokens >= 8 && !headline(j) && speaksOfText(k);
  };

  // Runs of COUNTED_RUN lines or more, each a label with its count ("Android (56)"): a site's
  // categories or archive, with the number of posts under each. Such lines end in a bracket, so
  // they are neither labels nor headlines to the runs below. Read in a page whose chrome outweighs
  // its article too, and in a page of another layout (above); in a writer's text, before its first
  // paragraph.
  const countedAt = (i: number): boolean => {
    const u = units[i];
    return !!u && u.first === u.last && countedLabel(texts[i] ?? "", u.tokens);
  };
  // A writer's text keeps what stands after its first paragraph (below); its first paragraph
  // still kept, as the titles above: cleaned again, the text reads the same.
  const beforeFirstProse = (c: ContextCut): boolean => c.unit < (order[firstProse] ?? -1);
  for (let k = 0; k < order.length; ) {
    let e = k;
    while (e < order.length && countedAt(order[e] ?? -1)) e++;
    if (e - k >= COUNTED_RUN && !introduced(k, e) && !listOfRecords(k, e, false)) {
      for (let r = k; r < e; r++) cuts.push({ unit: order[r] ?? 0, rule: COUNTED_RUN_RULE, match: `${e - k} labels with counts in a row` });
    }
    k = e > k ? e : k + 1;
  }
  if (gate === 0) return cuts;
  if (gate === 1) {
    // The page edges as before this rule: read with no context rule's cut as evidence.
    const edges: ContextCut[] = [];
    pageEdgeCuts(texts, units, order, kept, edges, new Set(), runOn);
    return [...(writer ? cuts.filter(beforeFirstProse) : cuts), ...edges];
  }
  // The article's title over its byline ("By Patrick Finley"), and the standfirst between them,
  // before the text's first prose: the first headline there right over a byline that speaks of
  // the same things as the prose, and the one over it if it does too. A box of other stories'
  // headlines, each over its writer's name, stands after the article's own title.
  // Read by the runs below only (a page's layout, gate 2 or more).
  const titleLines = new Set<number>();
  // The title and the line over it, if that is a headline that speaks of the text too (a kicker, a
  // standfirst), but not the title printed again (a page's title over its article's).
  const addTitle = (k: number): void => {
    titleLines.add(k);
    const i = order[k] ?? -1;
    const j = order[k - 1] ?? -1;
    if (k > 0 && headline(j) && (texts[j] ?? "").trim() !== (texts[i] ?? "").trim() && speaksOfText(k - 1)) titleLines.add(k - 1);
  };
  const before = firstProse < 0 ? 0 : firstProse;
  for (let k = 0; k + 1 < before; k++) {
    if (!headline(order[k] ?? -1) || !namesMaker(texts[order[k + 1] ?? -1] ?? "") || !speaksOfText(k)) continue;
    addTitle(k);
    break;
  }
  // A byline with a wire's source and a date between it and the title ("Staff and agencies",
  // "09 January, 2008"): the first line of a title's length over those short lines, if a headline
  // that speaks of the text.
  let byline = -1;
  for (let k = 0; titleLines.size === 0 && k < before; k++) {
    if (!namesMaker(texts[order[k] ?? -1] ?? "")) continue;
    byline = k;
    break;
  }
  for (let k = byline - 1, skipped = 0; byline > 0 && k >= 0; k--) {
    const i = order[k] ?? -1;
    if ((units[i]?.tokens ?? 0) < TITLE_TOKENS && skipped < TITLE_GAP) {
      skipped++;
      continue;
    }
    if (headline(i) && (units[i]?.tokens ?? 0) >= TITLE_TOKENS && speaksOfText(k)) addTitle(k);
    break;
  }
  // With no byline, the headlines right over the first prose that speak of it, a title's length
  // each: the title, its standfirst and a kicker.
  const bylined = titleLines.size > 0;
  for (let k = firstProse - 1, n = 0; !bylined && k >= 0 && n < TITLE_LINES; k--, n++) {
    const i = order[k] ?? -1;
    if (!headline(i) || (units[i]?.tokens ?? 0) < TITLE_TOKENS || !speaksOfText(k)) break;
    titleLines.add(k);
  }
  for (let k = 0; k < order.length; ) {
    let e = k;
    while (e < order.length && isLabel(order[e] ?? -1) && !isTitle(e)) e++;
    if (e - k >= 3 && !introduced(k, e) && !listOfRecords(k, e, true)) {
      for (let r = k; r < e; r++) {
        const i = order[r] ?? 0;
        if (namesMaker(texts[i] ?? "")) credits.add(i);
        else if (!titleLines.has(r)) cuts.push({ unit: i, rule: NAV_RUN_RULE, match: `${e - k} navigation labels in a row` });
      }
    }
    k = e > k ? e : k + 1;
  }
  // A line in the same block as a sentence is an item of a list the text is making.
  const besideSentence = (i: number): boolean =>
    [i - 1, i + 1].some((j) => {
      const v = units[j];
      const u = units[i];
      if (!v || !u || (v.last + 1 !== u.first && u.last + 1 !== v.first)) return false;
      return v.tokens >= 8 && endsOnMark(texts[j] ?? "");
    });
  // A poem's stanzas are blocks of lines that end no sentence, as a box of links is: in a writer's
  // text (below), a block of two such lines or more is verse, and stays (an epigraph over the
  // first paragraph, too). Runs of labels are still read: a crop's menu over its article is such
  // a block.
  const verse = writer ? stanzas(units, headline) : new Set<number>();
  // Runs of three or more headlines with no prose between them: a box of links to other stories.
  for (let k = 0; k < order.length; ) {
    let e = k;
    while (e < order.length && isHeadline(order[e] ?? -1) && !isTitle(e)) e++;
    if (e - k >= 3 && !introduced(k, e) && !order.slice(k, e).some(besideSentence) && !listOfRecords(k, e, false) && !order.slice(k, e).every((i) => verse.has(i))) {
      for (let r = k; r < e; r++) {
        const i = order[r] ?? 0;
        if (namesMaker(texts[i] ?? "")) credits.add(i);
        else if (!titleLines.has(r) && !cuts.some((c) => c.unit === i)) cuts.push({ unit: i, rule: HEADLINE_RUN_RULE, match: `${e - k} headlines in a row` });
      }
    }
    k = e > k ? e : k + 1;
  }
  const taken = cutUnits(cuts);

  for (const i of order) {
    if (gate < 3) break;
    if (taken.has(i) || records.has(i) || credits.has(i) || verse.has(i) || introducedBySentence.has(i) || !headline(i) || titles.has(i) || SEPARATORS.some((sep) => sep.test(texts[i] ?? ""))) continue;
    const t = (texts[i] ?? "").trim();
    // Capitals need letters that have case: Chinese or Japanese has none, and is never shouted.
    // "使用 HTTP API 返回 JSON" is not shouted either: most of the letters must have case.
    const letters = t.replace(/[^\p{Lu}\p{Ll}\p{Lt}]/gu, "");
    const cased = letters.length >= 0.8 * t.replace(/[^\p{L}]/gu, "").length;
    // One that holds a figure of its own says something (a score, a deadline, a date): it stays, as a fact does.
    if ((units[i]?.tokens ?? 0) >= 6 && letters.length >= 16 && cased && !/\p{Ll}/u.test(letters) && !FIGURE_WORD.test(t)) {
      cuts.push({ unit: i, rule: SHOUTED_RULE, match: "a headline in capitals inside prose" });
      continue;
    }
    const own = stems(t);
    if (own.length >= 3 && !CREDIT.test(t) && !holdsEmail(t) && !holdsIdentifier(t) && !WEB_ADDRESS_LINE.test(t) && vocab().size >= 40 && own.every((s) => !vocab().has(s))) {
      cuts.push({ unit: i, rule: OFF_TOPIC_RULE, match: "a headline sharing no word with the text around it" });
    }
  }
  pageEdgeCuts(texts, units, order, kept, cuts, paired, runOn);
  // A writer's text: what stands before its first paragraph may be a page's masthead or menu (a
  // crop of a page), but lists, stanzas and closing lines among and after its paragraphs are the
  // writer's (a recipe's ingredients, a meeting's action points, a poem it quotes).
  if (!writer) return cuts;
  return cuts.filter(beforeFirstProse);
}

/**
 * A writer's text, as far as layout tells: no line a built-in rule names as chrome, and nine in
 * ten of its prose paragraphs set apart by blank lines (a page turned into text mostly runs its
 * lines together).
 */
function writersLayout(units: readonly UnitInfo[], kept: (i: number) => boolean): boolean {
  let prose = 0;
  let apart = 0;
  for (let i = 0; i < units.length; i++) {
    const u = units[i];
    if (!u) continue;
    if (namesChrome(u, i, kept)) return false;
    if (u.kind !== "paragraph" || u.tokens < PROSE_TOKENS) continue;
    prose++;
    if (blockStart(units, i) && blockEnd(units, i)) apart++;
  }
  return prose > 0 && apart >= 0.9 * prose;
}

/**
 * A line a built-in rule names as chrome and cuts. One whose match a guard overruled (a writer's
 * "Archives" over a paragraph about archives, standing.ts) shows no page.
 */
function namesChrome(u: UnitInfo, i: number, kept: (i: number) => boolean): boolean {
  return u.boiler !== null && !kept(i);
}

/** Whether a blank line (or the text's edge) stands before unit i, and after it. */
function blockStart(units: readonly UnitInfo[], i: number): boolean {
  const before = units[i - 1];
  return !before || before.last + 1 < (units[i]?.first ?? 0);
}
function blockEnd(units: readonly UnitInfo[], i: number): boolean {
  const after = units[i + 1];
  return !after || (units[i]?.last ?? 0) + 1 < after.first;
}

/** The units of blocks of two lines or more, each a line that `line` accepts. */
function stanzas(units: readonly UnitInfo[], line: (i: number) => boolean): Set<number> {
  const out = new Set<number>();
  for (let a = 0; a < units.length; ) {
    let b = a;
    while (!blockEnd(units, b)) b++;
    let all = b > a;
    for (let i = a; all && i <= b; i++) all = line(i);
    if (all) for (let i = a; i <= b; i++) out.add(i);
    a = b + 1;
  }
  return out;
}

/**
 * The page-head and page-tail rules: before the text's first paragraph of prose and after its
 * last, a page has its masthead, menus, footer and link lists ("Privacy Policy", "More from Tech",
 * "Most Popular"): short lines that end no sentence. One that holds a fact (a figure, a date, an
 * address, a link) or names whom it is by stays: a press release's contacts, a source's web
 * address, a credit, a signature; so does the article's title (below). Adds to `cuts`.
 */
function pageEdgeCuts(texts: string[], units: UnitInfo[], order: readonly number[], kept: (i: number) => boolean, cuts: ContextCut[], paired: ReadonlySet<number> = new Set(), runOn: ReadonlySet<number> = new Set()): void {
  // Short lines at the edges of prose are also how a writer opens and ends (a closing line, a
  // sender's address, a list of further reading): they are read as a page's only where a page
  // shows itself elsewhere, by a line a rule names as chrome or another context rule's cut.
  if (cuts.length === 0 && !units.some((u, i) => namesChrome(u, i, kept))) return;
  const isProse = (k: number): boolean => {
    const u = units[order[k] ?? -1];
    return !!u && u.kind === "paragraph" && u.tokens >= PROSE_TOKENS;
  };
  let first = 0;
  while (first < order.length && !isProse(first)) first++;
  if (first === order.length) return;
  let last = order.length - 1;
  while (!isProse(last)) last--;
  const cut = cutUnits(cuts);
  const headline = (i: number): boolean => {
    const u = units[i];
    const t = texts[i] ?? "";
    return !!u && (u.kind === "paragraph" || u.kind === "verse") && u.first === u.last && u.tokens >= 1 && u.tokens <= TAIL_TOKENS && !endsOnMark(t) && !MARKUP.test(t) && units[i + 1]?.kind !== "list-item" && !runOn.has(i) && lettersShare(t) >= 0.25;
  };
  const marked = (t: string): boolean => mayHoldFacts(t) || CREDIT.test(t) || NAMED_MAKER.test(t);
  // After the text, a line naming a day or a month says when ("Thursday evening in the library"
  // under a note's "Next meeting"): a date in words, a fact as one in figures is. Page tails hold
  // none on wide-dev and dev; a masthead does ("Newindpress on Sunday"), so the head reads figures alone.
  const dated = (t: string, tail: boolean): boolean => tail && DAY_OR_MONTH.test(t);
  // From the end up: a line heads what follows it when that is a sentence, a long line or a web
  // address alone, which stay ("Works Cited" over a citation, a mailing list's name over its web
  // address, "Next game" over "Who: Wright State (10-6) at Loyola (6-11)"); it is cut only when the
  // next line kept is cut too, is a line of the same shape, or there is none.
  // 1: a line this rule takes; 2: one another context rule took (a run goes on through it).
  const chosen: number[] = [];
  const choose = (from: number, to: number, tail: boolean): void => {
    let nextCut = true;
    for (let k = to - 1; k >= from; k--) {
      const i = order[k] ?? -1;
      const t = texts[i] ?? "";
      const candidate = headline(i) && !marked(t) && !dated(t, tail) && !paired.has(i);
      chosen[k] = !cut.has(i) && candidate && nextCut ? 1 : cut.has(i) ? 2 : 0;
      nextCut = cut.has(i) || candidate || !(endsOnMark(t) || (units[i]?.tokens ?? 0) >= HEADED_TOKENS || WEB_ADDRESS_LINE.test(t));
    }
  };
  // A line alone between lines that stay is an article's last item ("School Of Rock" closing a
  // list of winners, a referee's name under the attendance), and rows that share a separator
  // ("Bolton v Arsenal", "Drama - Featherboy") are its list: chrome comes in runs of its own.
  // A letter's or a post's greeting and closing ("Dear neighbours,", "With best wishes,"): a short
  // line ending in a comma. What stands under a closing (or a signature's "--") is a signature,
  // and what stands over a greeting the sender's name and address: both stay.
  const commaLine = (i: number | undefined): boolean => i !== undefined && greetingOrClosing(texts[i] ?? "", units[i]?.tokens ?? 0);
  const signed = (k: number): boolean => commaLine(order[k - 1]) || signatureMark(texts[order[k - 1] ?? -1] ?? "");
  const runs = (from: number, to: number, rule: string, where: string): void => {
    for (let k = from; k < to; ) {
      if (!chosen[k]) {
        k++;
        continue;
      }
      let e = k;
      while (e < to && chosen[e]) e++;
      const rows = order.slice(k, e).filter((_, r) => chosen[k + r] === 1).map((i) => texts[i] ?? "");
      const listed = SEPARATORS.some((sep) => rows.filter((r) => sep.test(r)).length >= 0.6 * rows.length);
      if (e - k >= TAIL_RUN && !listed && !signed(k)) for (let r = k; r < e; r++) if (chosen[r] === 1) cuts.push({ unit: order[r] ?? -1, rule, match: `${e - k} short lines ${where}` });
      k = e;
    }
  };
  choose(last + 1, order.length, true);
  runs(last + 1, order.length, PAGE_TAIL_RULE, "after the text's last paragraph");
  // Before the first paragraph: the article's title and the line over it or under it (a kicker, a
  // standfirst) are the last two lines there that hold no fact, no byline and no cut; the head
  // ends at the first sentence of some length too (a forum's first post, a short lead-in).
  const plain = (k: number): boolean => !marked(texts[order[k] ?? -1] ?? "") && !cut.has(order[k] ?? -1);
  let title = first - 1;
  while (title >= 0 && !plain(title)) title--;
  let above = title - 1;
  while (above >= 0 && !plain(above)) above--;
  let end = 0;
  while (end < first && !(endsOnMark(texts[order[end] ?? -1] ?? "") && (units[order[end] ?? -1]?.tokens ?? 0) >= HEADED_TOKENS)) end++;
  end = Math.min(end, Math.max(0, above));
  if (commaLine(order[first - 1])) return;
  choose(0, end, false);
  runs(0, end, PAGE_HEAD_RULE, "before the text's first paragraph");
}
