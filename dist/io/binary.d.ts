/** True for data with a NUL byte that does not start with a UTF-16 byte-order mark. */
export declare function looksBinary(bytes: Uint8Array): boolean;
