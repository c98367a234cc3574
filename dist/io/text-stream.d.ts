/** How a text file is stored; it is written back the same way. */
export type Encoding = "utf8" | "utf16le" | "utf16be";
export declare class TextStreamDecoder {
    private readonly name;
    encoding: Encoding | undefined;
    /** Bytes taken in so far. */
    private offset;
    /** Bytes held back: the start of an unfinished sequence (or of the BOM). */
    private held;
    private readonly utf16;
    /** A high surrogate ended the last chunk; its byte offset. */
    private highAt;
    constructor(name: string);
    /** The text of this chunk (possibly empty); throws an InputError naming the file and byte offset. */
    write(chunk: Uint8Array): string;
    /** The rest of the text; throws when the input stops in the middle of a character. */
    end(): string;
    private writeUtf8;
    private writeUtf16;
    private badUtf16;
}
/** Writes text back in its encoding; a UTF-16 text's BOM is its first character. */
export declare class TextStreamEncoder {
    private readonly encoding;
    private wrote;
    /** A high surrogate that ended the last piece: UTF-8 needs its pair to encode it. */
    private high;
    constructor(encoding: Encoding);
    write(piece: string): Uint8Array;
    private utf16;
    /** A UTF-16 text cut down to nothing keeps its BOM, so it stays a UTF-16 file. */
    end(): Uint8Array;
}
/** Offset of the first byte that does not start or continue a valid UTF-8 sequence. */
export declare function firstInvalidUtf8(b: Uint8Array): number;
