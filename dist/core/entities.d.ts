/** `s` with every well-formed character reference decoded; an invalid code point becomes U+FFFD. */
export declare function decodeEntities(s: string): string;
