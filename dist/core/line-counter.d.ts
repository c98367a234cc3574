export declare class LineCounter {
    private n;
    private lastCR;
    private open;
    add(s: string): void;
    /** Lines so far, a last line without a line ending included. */
    total(): number;
}
