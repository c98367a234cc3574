import type { UnitInfo } from "../analysis-types.js";
export declare const OFF_TOPIC_RULE = "off-topic-headline";
export declare const NAV_RUN_RULE = "navigation-run";
export declare const SHOUTED_RULE = "shouted-headline";
export declare const HEADLINE_RUN_RULE = "headline-run";
export interface ContextCut {
    unit: number;
    rule: string;
    match: string;
}
/** Words that say nothing of what a text is about. */
export declare const VOCABULARY_STOPWORDS: ReadonlySet<string>;
/**
 * These rules apply only to text shaped like a scraped page: long paragraphs, one to a line, hold
 * most of its tokens. A book or a hard-wrapped document has title pages and tables of contents
 * that look like link boxes but are its own.
 */
export declare function isScrapedProse(units: readonly UnitInfo[]): boolean;
/**
 * `texts[i]` is unit i's text (prefix removed); `kept(i)` says whether another rule already cut it.
 * Cut units are transparent: runs are formed over what is kept, as a second run would see them.
 */
export declare function findContextCuts(texts: string[], units: UnitInfo[], kept: (i: number) => boolean, unitStems?: Int32Array): ContextCut[];
