export interface OutStream {
    write(chunk: string | Uint8Array): boolean;
    isTTY?: boolean;
    on?(event: "error", listener: (err: Error) => void): unknown;
    /** For backpressure: write() returned false, wait for "drain". */
    once?(event: "drain", listener: () => void): unknown;
}
