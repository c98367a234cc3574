/** The file's bytes in chunks of up to 1 MiB; opening and reading errors become InputErrors. */
export declare function fileChunks(file: string | Buffer, shown: string): AsyncGenerator<Uint8Array>;
/** A stream's chunks as bytes (a stream set to an encoding yields strings). */
export declare function streamChunks(stream: AsyncIterable<Uint8Array | string>): AsyncGenerator<Uint8Array>;
