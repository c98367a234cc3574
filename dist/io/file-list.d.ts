export declare function readFileList(source: string, cwd: string, stdin: AsyncIterable<Uint8Array | string>): Promise<string[]>;
/** One path a line; blank lines and surrounding spaces (and CR of CRLF lists) dropped. */
export declare function parseFileList(text: string): string[];
