export type Stem = string | number;
/**
 * A set of stems without a boxed entry per stem: the numbers (never 0) in an open-addressing table
 * of int32, the rare strings in a Set.
 */
export declare class StemSet {
    private slots;
    private mask;
    private numbers;
    private readonly strings;
    get size(): number;
    push(s: Stem): void;
    has(s: Stem): boolean;
    private grow;
}
export interface CodedStopwords {
    words: ReadonlySet<string>;
    /** Codes of the stop words of up to 5 ASCII characters. */
    short: StemSet;
    /** Every other stop word, looked up as a string when its first five characters match. */
    long: Map<number, Set<string>>;
    /** Stop words that are not ASCII, looked up as strings. */
    nonAscii: boolean;
}
/**
 * What `s.toLowerCase().split(/[^\p{L}\p{N}]+/u)` gives, less words shorter than 3 and stop words,
 * each cut to 5 characters. Text with a character outside the fast table goes through that very code.
 */
export declare function contentStems(s: string, stopwords: ReadonlySet<string>): Stem[];
/** Adds the content stems of `s` to `set`. */
export declare function addContentStems(s: string, stopwords: ReadonlySet<string>, set: StemSet): void;
/**
 * The stem of the word s[start, end) (letters and numbers of the fast table), or null for a short or
 * stop word. `code` holds its first five lower-case characters as sixBits, `ascii` whether all are.
 */
export declare function wordStem(s: string, start: number, end: number, code: number, ascii: boolean, stop: CodedStopwords): Stem | null;
export declare function codedStopwords(stopwords: ReadonlySet<string>): CodedStopwords;
/** a-z 1..26, 0-9 27..36 (ASCII letters and digits are the only ASCII word characters). */
export declare function sixBits(c: number): number;
