/** Splits off a high surrogate that ends `text`, to be put in front of the next piece. */
export declare function holdTrailingHighSurrogate(text: string): [body: string, held: string];
