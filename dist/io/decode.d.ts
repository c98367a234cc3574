import { type Encoding } from "./text-stream.js";
export type { Encoding } from "./text-stream.js";
export interface Decoded {
    text: string;
    encoding: Encoding;
}
/** Decodes a whole file; `name` goes into the one-line error. */
export declare function decodeBytes(bytes: Uint8Array, name: string): Decoded;
/** Encodes text back in the encoding it came in. */
export declare function encodeText(text: string, encoding: Encoding): Uint8Array;
export { firstInvalidUtf8 } from "./text-stream.js";
