const CUT_KINDS = ["duplicate", "near-duplicate", "boilerplate"];
export function batchSummary(s) {
    const n = { changed: 0, unchanged: 0, skipped: s.skippedBeforeRead, failed: 0 };
    let bytesIn = 0;
    let bytesOut = 0;
    const cuts = { duplicate: 0, "near-duplicate": 0, boilerplate: 0 };
    let learnedCuts = 0;
    const learned = new Map();
    for (const o of s.outcomes) {
        n[o.status]++;
        bytesIn += o.bytesIn;
        bytesOut += o.bytesOut;
        if (!o.counts)
            continue;
        for (const k of CUT_KINDS)
            cuts[k] += o.counts.kinds[k];
        for (const [match, count] of o.counts.learned ?? []) {
            learnedCuts += count;
            learned.set(match, (learned.get(match) ?? 0) + count);
        }
    }
    // A file that failed only when written was read and cleaned all the same.
    const read = s.outcomes.filter((o) => o.counts !== undefined).length;
    const lines = [
        `winnow: ${read} files read, ${n.changed} changed, ${n.skipped} skipped, ${n.failed} failed; ` +
            `${formatBytes(bytesIn)} in, ${formatBytes(bytesOut)} out`,
        `winnow: cut ${cuts.duplicate} duplicate, ${cuts["near-duplicate"]} near-duplicate, ` +
            `${cuts.boilerplate} boilerplate (${learnedCuts} learned across files)`,
    ];
    const top = [...learned].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, s.topLearned ?? 5);
    if (top.length > 0) {
        lines.push("winnow: most frequent learned boilerplate:");
        for (const [match, count] of top)
            lines.push(`  ${String(count).padStart(6)}× ${match}`);
    }
    return lines.join("\n") + "\n";
}
function formatBytes(b) {
    if (b < 1024)
        return `${b} B`;
    if (b < 1024 * 1024)
        return `${(b / 1024).toFixed(1)} KiB`;
    return `${(b / 1024 / 1024).toFixed(1)} MiB`;
}
//# sourceMappingURL=batch-summary.js.map