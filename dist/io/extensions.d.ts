export declare const DEFAULT_EXTENSIONS: readonly string[];
