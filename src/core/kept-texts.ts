// The texts of the index's kept units, as UTF-8 in byte blocks outside the JavaScript heap.
//
// The index keeps the text of every unit it records: a duplicate is cut only when its kept copy holds
// every fact it holds, and a near copy's report says what differs. Held as strings, each was a slice
// of a segment that holds a curly quote somewhere, so two bytes a character (67 M characters kept
// of the 100 MB bench text: 134 MB of the 170 MB left on the heap at the end), and each was made
// young and copied twice by the collector before it settled in the old space. Here a text costs
// its UTF-8 bytes (about one a character) in blocks the collector never copies, and is decoded
// again only when a copy of it is found.

/**
 * Bytes of the first block and of the largest; each block is twice the last up to BLOCK, so that an
 * index of one small text (a batch worker makes one a file) holds kilobytes, not a megabyte. A text
 * longer than what is left of one starts a block of its own size.
 */
const FIRST_BLOCK = 1 << 12;
const BLOCK = 1 << 20;
/**
 * Characters held as strings before blocks are used. A batch worker makes two indexes a file, most
 * of a few kilobytes: there, encoding each kept text and allocating blocks cost more than the heap
 * they save (the 20,000 files of the bench tree: 6 % of the time in garbage collection against
 * 2.5 %), so an index takes blocks only once it holds more than a text of this size.
 */
const STRING_CHARS = 1 << 16;
/** Most UTF-8 bytes one UTF-16 code unit encodes to. */
const MAX_BYTES_PER_UNIT = 3;

const encoder = new TextEncoder();
// ignoreBOM: a text that opens with U+FEFF keeps it.
const decoder = new TextDecoder("utf-8", { ignoreBOM: true });
// String.prototype.isWellFormed is in node 20 but not in the ES2023 library types.
const wellFormed = (s: string): boolean => (s as unknown as { isWellFormed(): boolean }).isWellFormed();

/** No half of a surrogate pair at either end of `s`: its first code unit no low surrogate, its last no high one. */
export function pairedEnds(s: string): boolean {
  if (s.length === 0) return true;
  const first = s.charCodeAt(0);
  const last = s.charCodeAt(s.length - 1);
  return !(first >= 0xdc00 && first <= 0xdfff) && !(last >= 0xd800 && last <= 0xdbff);
}

/** Kept texts by number (0, 1, 2, ... in the order added); texts can be taken back from the end. */
export class KeptTexts {
  private blocks: Uint8Array[] = [];
  /** Bytes used of the last block. */
  private used = 0;
  // Per text: its block, its first byte there and its byte length (-1: held as a string, below).
  private block: number[] = [];
  private start: number[] = [];
  private bytes: number[] = [];
  /** Texts kept as strings: the first `stringLimit` characters, and those UTF-8 cannot hold as they are (a lone surrogate). */
  private readonly odd = new Map<number, string>();
  /** Characters of the texts held as strings while under `stringLimit`. */
  private stringChars = 0;

  /** `stringLimit`: characters held as strings before blocks are used (tests set 0). */
  constructor(private readonly stringLimit = STRING_CHARS) {}

  /** Texts held. */
  get length(): number {
    return this.block.length;
  }

  /**
   * Adds a text; returns its number. `ofWellFormed`: the text is a slice of a text with no lone
   * surrogate (a segment decoded from UTF-8), so one could stand only at its ends, where a slice
   * may have cut a pair: they are read, not the whole text (each kept text read whole was 0.8 % of
   * full cleaning's instructions on 10 MB of scraped prose).
   */
  push(text: string, ofWellFormed = false): number {
    const id = this.block.length;
    const asString = this.stringChars < this.stringLimit;
    if (asString || !(ofWellFormed ? pairedEnds(text) : wellFormed(text))) {
      if (asString) this.stringChars += text.length;
      // A copy: a slice would keep the whole text it was cut from alive.
      this.odd.set(id, (" " + text).slice(1));
      this.block.push(-1);
      this.start.push(0);
      this.bytes.push(-1);
      return id;
    }
    const most = text.length * MAX_BYTES_PER_UNIT;
    let b = this.blocks.length - 1;
    let at = this.used;
    // Try the room left first: most texts are far smaller than their worst case.
    let room = b >= 0 ? (this.blocks[b]?.length ?? 0) - at : 0;
    if (b < 0 || room < text.length) {
      this.blocks.push(new Uint8Array(Math.max(this.nextBlock(), most)));
      b++;
      at = 0;
      room = this.blocks[b]?.length ?? 0;
    }
    let r = encoder.encodeInto(text, (this.blocks[b] as Uint8Array).subarray(at));
    if (r.read < text.length) {
      // Did not fit in what was left: a new block, big enough for the worst case.
      this.blocks.push(new Uint8Array(Math.max(this.nextBlock(), most)));
      b++;
      at = 0;
      r = encoder.encodeInto(text, this.blocks[b] as Uint8Array);
    }
    this.used = at + r.written;
    this.block.push(b);
    this.start.push(at);
    this.bytes.push(r.written);
    return id;
  }

  private nextBlock(): number {
    const last = this.blocks[this.blocks.length - 1];
    return last ? Math.min(BLOCK, Math.max(FIRST_BLOCK, 2 * last.length)) : FIRST_BLOCK;
  }

  /** Text number `id` ("" past the end). */
  get(id: number): string {
    const b = this.block[id];
    if (b === undefined) return "";
    if (b < 0) return this.odd.get(id) ?? "";
    const at = this.start[id] ?? 0;
    return decoder.decode((this.blocks[b] as Uint8Array).subarray(at, at + (this.bytes[id] ?? 0)));
  }

  /** Takes back every text numbered `n` or more. */
  truncate(n: number): void {
    if (n >= this.block.length) return;
    // The first text taken back marks where the bytes in use end; an odd one holds none, so look on.
    let b = -1;
    let at = 0;
    for (let i = n; i < this.block.length; i++) {
      const bi = this.block[i] ?? -1;
      if (bi >= 0) {
        b = bi;
        at = this.start[i] ?? 0;
        break;
      }
    }
    if (b >= 0) {
      this.blocks.length = b + 1;
      this.used = at;
    }
    for (const id of this.odd.keys()) if (id >= n) this.odd.delete(id);
    this.block.length = n;
    this.start.length = n;
    this.bytes.length = n;
  }

  /** Bytes reserved for the texts. */
  get byteLength(): number {
    let n = 0;
    for (const b of this.blocks) n += b.length;
    return n;
  }
}
