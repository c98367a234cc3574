import type { CommittedText } from "../core/committed-text.js";
import type { U32Map, U64Map } from "../core/hash-table.js";
export declare class ReferenceStore {
    readonly file: string;
    private readonly stamp;
    private readonly entries;
    private readonly added;
    private readonly used;
    private constructor();
    /** The index in `dir` made under `stamp`; an empty one when there is none, it has another stamp or cannot be read. */
    static open(dir: string, stamp: string): ReferenceStore;
    /** Entries read from the file. */
    get size(): number;
    /** Entries made in this run. */
    get made(): number;
    get(key: string): CommittedText | undefined;
    /** The entry as stored, for the scans below (no typed array made per part). */
    raw(key: string): Uint32Array | undefined;
    /** Keeps an entry at the next save without reading it (a checked file's committed version). */
    keep(key: string): void;
    set(key: string, t: CommittedText): void;
    /**
     * Writes the entries asked for in this run (others belong to texts no longer in the tree) when
     * any is new or any was left out. A failure (a read-only repository) only costs the next run time.
     */
    save(): void;
}
/** Keys looked for in the stored entries, with a bit per low 16 bits of a key to pass most words over fast. */
export declare class WantedKeys {
    readonly exact: U64Map;
    readonly shingles: U32Map;
    readonly exactBits: Uint8Array<ArrayBuffer>;
    readonly shingleBits: Uint8Array<ArrayBuffer>;
    constructor(exact: U64Map, shingles: U32Map);
    addExact(hi: number, lo: number): void;
    addShingle(h: number): void;
    get size(): number;
}
/**
 * Takes out of `keys` the keys a stored entry holds (an exact key of one of its records, or a
 * shingle): true when it held any. Called over the entries in path order, each key goes to its
 * first holder, as in an index they were all added to.
 */
export declare function claimKeys(w: Uint32Array, keys: WantedKeys): boolean;
/** A stored entry's template hashes, [hi, lo] pairs (a view, no copy). */
export declare function templatesOf(w: Uint32Array): Uint32Array;
/** Units in a stored entry. */
export declare function unitsOf(w: Uint32Array): number;
export declare function decodeEntry(w: Uint32Array): CommittedText;
