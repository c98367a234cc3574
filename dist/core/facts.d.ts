/** A cheap test: false means the text holds no fact at all. */
export declare function mayHoldFacts(text: string): boolean;
/**
 * Numbers (versions, dates, amounts, counts; thousands separators dropped), identifiers
 * (CVE-2022-32214), URLs and link targets, e-mail addresses, code spans and @handles, read after
 * decoding entities, each tagged with its kind and lower-cased: case, quotes and spacing are not facts.
 */
export declare function factsOf(text: string): Set<string>;
/** The facts of `cut` that `kept` does not hold, in order; empty when cutting `cut` loses nothing. */
export declare function lostFacts(cut: string, kept: string | ReadonlySet<string>): string[];
