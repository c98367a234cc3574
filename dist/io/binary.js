// Telling a text file from a binary one before decoding, so a batch run can skip and list it.
/** True for data with a NUL byte that does not start with a UTF-16 byte-order mark. */
export function looksBinary(bytes) {
    const utf16 = bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff));
    return !utf16 && bytes.indexOf(0) !== -1;
}
//# sourceMappingURL=binary.js.map