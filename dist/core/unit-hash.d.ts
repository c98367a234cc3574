import { type Fingerprint } from "./fingerprint.js";
import { type CodedStopwords } from "./stems.js";
export declare class UnitHasher {
    /** Token hashes of the last unit, `count` of them. */
    tokens: Uint32Array<ArrayBuffer>;
    count: number;
    /** UTF-8 bytes of the normalized unit, when the fast pass ran. */
    private bytes;
    private byteLength;
    /** The normalized string when the reference ran, else null. */
    private norm;
    /**
     * With stop words given: the unit's content stems (contentStems of the same text), `stemCount` of
     * them; -1 when the fast pass did not run or a stem is a string.
     */
    stems: Int32Array<ArrayBuffer>;
    stemCount: number;
    /** Hashes text[from, to); returns the number of tokens. With `stop`, also finds the content stems. */
    hash(text: string, from: number, to: number, stop?: CodedStopwords | null): number;
    /** Fingerprint of the last unit hashed. */
    fingerprint(): Fingerprint;
    /**
     * Lower case; every run of non-word characters to one space, trimmed. Writes
     * token hashes and UTF-8 bytes; returns the token count, or -1 to hand the unit to the reference.
     */
    private fast;
}
