// Zeroed memory for typed arrays of 1 MB and more that a run drops before it ends.
//
// glibc's malloc maps a block of 128 KB or more on its own, and when such a block of up to 32 MB is
// freed it raises the size it maps blocks from to that block's size, and the free memory an arena
// keeps before giving any back (its trim threshold) to twice that. A run that drops a table of
// some MB (a grown hash table, the filter of phase one) then keeps twice that in every arena:
// on the 213 MB bench tree, 10-14 MB of free memory in the main arena and 17-19 MB in those of
// V8's own threads through phase two (malloc_stats under gdb). A buffer past 32 MB raises nothing,
// and the pages past the ones the array uses are never touched, so never resident.

/** From this size a buffer is made past MAPPED_MAX. */
const ROOMY_FROM = 1 << 20;
/** glibc's DEFAULT_MMAP_THRESHOLD_MAX on 64-bit systems, and a margin. */
const MAPPED_MAX = 32 * 1048576 + 65536;

/** An ArrayBuffer (or SharedArrayBuffer) of at least `bytes`, zeroed; see above. */
export function roomyBuffer(bytes: number, shared = false): ArrayBuffer | SharedArrayBuffer {
  const size = bytes < ROOMY_FROM ? bytes : Math.max(bytes, MAPPED_MAX);
  return shared ? new SharedArrayBuffer(size) : new ArrayBuffer(size);
}

export function roomyInt32(length: number): Int32Array {
  return new Int32Array(roomyBuffer(4 * length), 0, length);
}

export function roomyUint32(length: number): Uint32Array {
  return new Uint32Array(roomyBuffer(4 * length), 0, length);
}
