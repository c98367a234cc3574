import { type Decoded } from "./decode.js";
export declare function readFileInput(file: string, shown: string): Promise<Decoded>;
export declare function readStreamInput(stream: AsyncIterable<Uint8Array | string>): Promise<Decoded>;
export declare function describeFsError(e: unknown): string;
