export interface CtaSignal {
    name: string;
    weight: number;
    pattern: RegExp;
}
/** Signals and weights; a line scoring CTA_THRESHOLD with a commercial signal among them is cut. */
export declare const CTA_SIGNALS: readonly CtaSignal[];
export declare const CTA_THRESHOLD = 3;
export interface CtaScore {
    score: number;
    signals: string[];
}
/** The score of a short line, or null when it has no commercial word or reads as dialogue. */
export declare function scoreCta(line: string): CtaScore | null;
