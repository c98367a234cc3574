/** Bytes of one argument to a string; bytes that are not UTF-8 become U+DC80-U+DCFF. */
export declare function decodeArg(bytes: Uint8Array): string;
/** The path for node:fs: the string itself, or its exact bytes when it holds escaped bytes. */
export declare function fsPath(p: string): string | Buffer;
/** A name as it can stand in a one-line message: control characters and escaped bytes as \xNN. */
export declare function printableName(name: string): string;
