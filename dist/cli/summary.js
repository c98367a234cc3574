export function summaryLine(file, r) {
    const c = r.stats.cuts;
    const total = c.duplicate + c["near-duplicate"] + c.boilerplate;
    if (total === 0)
        return `winnow: ${file}: nothing to cut (${r.stats.linesIn} lines)`;
    return (`winnow: ${file}: cut ${total} (${c.duplicate} duplicate, ${c["near-duplicate"]} near-duplicate, ` +
        `${c.boilerplate} boilerplate); ${r.stats.linesIn} → ${r.stats.linesOut} lines, ` +
        `${r.stats.bytesIn} → ${r.stats.bytesOut} bytes`);
}
//# sourceMappingURL=summary.js.map