/** The slots of one open-addressing table: `stride` numbers a slot, the last one value + 1 (0: empty). */
declare abstract class Table {
    private readonly stride;
    private readonly inPlaceBytes;
    protected slots: Int32Array;
    protected mask: number;
    private memory;
    size: number;
    /** `inPlaceBytes`: from what size the table grows in place (tests set it low). */
    constructor(stride: number, expected: number, inPlaceBytes: number);
    /** The slot a key stored at `slots[at..]` probes from, with `mask`. */
    protected abstract homeAt(slots: Int32Array, at: number, mask: number): number;
    /** Bytes held by the table. */
    get byteLength(): number;
    protected grow(): void;
    /** Grows the memory to `bytes` and views it anew; false when it cannot grow. */
    private growMemory;
    /**
     * Rehashes a table doubled in place: `slots` holds the `oldCap` slots of the old table followed by
     * as many empty ones; afterwards each entry stands where a probe from its home under `mask` finds
     * it. A key's new home is its old one or that plus oldCap. The entries before the first empty slot
     * may have wrapped around the end: they are set aside first. After it, no entry has wrapped, so
     * going up from there, an entry whose home stays finds a free slot at or before its own, among
     * entries already moved; one whose home moves up lands among moved entries only, up there, before
     * the end. The entries set aside go in last, into the finished table.
     */
    private rehashInPlace;
}
/** 32-bit key to non-negative int value; the first value stored for a key is kept. */
export declare class U32Map extends Table {
    constructor(expected?: number, inPlaceBytes?: number);
    protected homeAt(slots: Int32Array, at: number, mask: number): number;
    /** The value for `key`, or -1. */
    get(key: number): number;
    /** Stores `value` unless the key is present; true when it stored it. */
    setIfAbsent(key: number, value: number): boolean;
    /**
     * Removes `key` (to undo an insertion); true when it was there. The entries after it in its probe
     * run move back (backward-shift deletion), so no tombstone slows later lookups.
     */
    delete(key: number): boolean;
}
/** 64-bit key given as two 32-bit halves; otherwise like U32Map. */
export declare class U64Map extends Table {
    constructor(expected?: number, inPlaceBytes?: number);
    protected homeAt(slots: Int32Array, at: number, mask: number): number;
    get(hi: number, lo: number): number;
    setIfAbsent(hi: number, lo: number, value: number): boolean;
    /** Removes the key hi:lo; true when it was there (backward-shift deletion, as U32Map). */
    delete(hi: number, lo: number): boolean;
}
export {};
