export interface Fingerprint {
    hi: number;
    lo: number;
}
/** Fingerprint of a normalized string (see normalizeForHash). */
export declare function fingerprint(norm: string): Fingerprint;
/** Fingerprint of a normalized string given as its UTF-8 bytes: the same value as fingerprint(). */
export declare function fingerprintBytes(bytes: Uint8Array): Fingerprint;
