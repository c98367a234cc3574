import { U32Map, U64Map } from "./hash-table.js";
/** A unit of a text of the run. */
export interface UnitRef {
    doc: number;
    unit: number;
}
interface DocUnits {
    name: string | undefined;
    fpHi: Uint32Array;
    fpLo: Uint32Array;
    first: Int32Array;
    last: Int32Array;
    /** UnitInfo.raw of each unit. */
    raw: Uint32Array;
}
/** A text cleaned in segments: arrays grown with room to spare, `n` units in use. */
interface Segmented {
    n: number;
    /** Where the current segment's units start. */
    base: number;
}
/** A text's share of an index, as exportDocument() gives it and importDocument() takes it. */
export interface IndexedText {
    fpHi: Uint32Array;
    fpLo: Uint32Array;
    first: Int32Array;
    last: Int32Array;
    /** UnitInfo.raw of each unit. */
    raw: Uint32Array;
    /** Per record: its text when it may hold a fact (the first law reads it), else undefined. */
    recText: (string | undefined)[];
    /** Per record: the unit (among `fpHi`...), the exact key it holds (0, 0: none) and its shingles. */
    recUnit: Int32Array;
    recHi: Uint32Array;
    recLo: Uint32Array;
    recShingles: ArrayLike<number>[];
}
/** What the index held when a cleaning began (see begin()). */
export interface IndexMark {
    docs: number;
    records: number;
    /** The segmented state of every segmented text then. */
    segmented: Map<number, Segmented>;
}
export declare class DedupIndex {
    readonly exact: U64Map;
    readonly shingles: U32Map;
    private readonly docs;
    private readonly recDoc;
    private readonly recUnit;
    private readonly recText;
    private readonly factCache;
    private readonly segmented;
    private exactLog;
    private shingleLog;
    private journaled;
    constructor(expectedUnits?: number);
    /** Keeps, from now on, the keys each record inserts: needed by exportDocument(). */
    journal(): this;
    /**
     * A text's units and its records with the keys they hold, as plain arrays: what cleaning the text
     * alone put in the index (journal() must have been called before).
     */
    exportDocument(doc: number): IndexedText;
    /** Adds a text exported by exportDocument(): its kept units become sources, first holder of a key wins. */
    importDocument(name: string | undefined, t: IndexedText): number;
    /** Starts a text; returns its number. */
    addDocument(name: string | undefined, units: Omit<DocUnits, "name">): number;
    /**
     * Adds the next segment of a text cleaned in segments (a stream): its units are numbered after
     * those already in, its line spans shifted by `lineOffset`, so that records, spans and
     * neighbours read as one text. record() then takes unit numbers within the segment.
     */
    extendDocument(doc: number, units: Omit<DocUnits, "name">, lineOffset: number): number;
    /** Stores a kept unit's fingerprint for record `id`, unless one is there. */
    addExact(hi: number, lo: number, id: number): void;
    /** Stores a kept unit's shingle for record `id`, unless one is there. */
    addShingle(hash: number, id: number): void;
    /** Starts a cleaning that rollback() can undo until commit(). */
    begin(): IndexMark;
    /** Takes back every text, unit and key added since `mark`. */
    rollback(mark: IndexMark): void;
    /** Ends the cleaning begun at the last begin(): its additions stay. */
    commit(): void;
    /** Units of `doc` recorded (kept and registered) since `mark`, in order. */
    recordedSince(mark: IndexMark, doc: number): number[];
    /** Record id of each unit of `doc` (numbered in the last segment) recorded since `mark`. */
    recordIds(mark: IndexMark, doc: number): Map<number, number>;
    /**
     * Takes back the keys record `id` (made since begin()) holds among its unit's fingerprint
     * `hi:lo` and shingles `hashes`, as if it had never been made: only exact, since a key it holds
     * was inserted by it. The record points nowhere after.
     */
    forget(id: number, hi: number, lo: number, hashes: ArrayLike<number>): void;
    /**
     * Keeps only the units of `doc`'s last segment (its whole text when not segmented) for which
     * `kept` holds, numbered among the kept ones, so that a neighbour of a kept copy is the unit a
     * later run over the clean text sees beside it. No unit recorded since `mark` may be dropped.
     */
    keepOnly(doc: number, kept: (unit: number) => boolean, mark: IndexMark): void;
    /** Texts in the index. */
    get documents(): number;
    docName(doc: number): string | undefined;
    /** Records a kept unit whose text (prefix stripped) is `text`; returns the id the maps store for it. */
    record(doc: number, unit: number, text: string): number;
    /** The facts of `text` that the kept unit of record `id` lacks (none: a cut loses nothing). */
    factsLost(id: number, text: string): string[];
    unitOf(id: number): UnitRef;
    /** 0-based line span of a unit. */
    span(ref: UnitRef): {
        first: number;
        last: number;
    };
    /** True when unit `unit` of text `doc` exists and has the (non-zero) fingerprint hi:lo. */
    unitHasFingerprint(doc: number, unit: number, hi: number, lo: number): boolean;
    /** UnitInfo.raw of a unit (0 when it has none or does not exist). */
    unitRaw(ref: UnitRef): number;
    /** Bytes held by the lookup tables. */
    get tableBytes(): number;
}
export {};
