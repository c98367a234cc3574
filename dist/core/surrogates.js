// Text that arrives in pieces can end between the two halves of a surrogate pair.
/** Splits off a high surrogate that ends `text`, to be put in front of the next piece. */
export function holdTrailingHighSurrogate(text) {
    const last = text.charCodeAt(text.length - 1);
    return last >= 0xd800 && last <= 0xdbff ? [text.slice(0, -1), text.slice(-1)] : [text, ""];
}
//# sourceMappingURL=surrogates.js.map