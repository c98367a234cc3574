/** Files in path order, by code unit so the order is the same on every machine and locale. */
export function sortedByFile(files) {
    return [...files].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
}
//# sourceMappingURL=reporter-types.js.map