// The bench's tables, as Markdown (printed and written to bench/results.md).

const f1 = (x) => (x === null || x === undefined || Number.isNaN(x) ? "n/a" : x >= 100 ? x.toFixed(0) : x.toFixed(1));
const f2 = (x) => (x === null || Number.isNaN(x) ? "n/a" : x.toFixed(2));

function table(head, rows) {
  const lines = [`| ${head.join(" | ")} |`, `|${head.map(() => "---").join("|")}|`];
  for (const r of rows) lines.push(`| ${r.join(" | ")} |`);
  return lines.join("\n");
}

/** Throughput rows; `awk` is the row each is compared with (same input). */
export function throughputTable(rows) {
  const awkOf = new Map(rows.filter((r) => r.isAwk).map((r) => [r.input, r.mbps]));
  return table(
    ["command", "input", "MB/s (median)", "spread (min–max MB/s)", "seconds", "peak RSS MB", "× awk"],
    rows.map((r) =>
      r.skipped
        ? [r.name, r.input, "skipped", r.skipped, "", "", ""]
        : [
            `\`${r.name}\``,
            r.input,
            f1(r.mbps),
            `${f1(r.mbpsMin)}–${f1(r.mbpsMax)}`,
            f2(r.seconds),
            f1(r.rssMB),
            awkOf.has(r.input) ? f2(r.mbps / awkOf.get(r.input)) : "n/a",
          ],
    ),
  );
}

export function scalingTable(rows) {
  const base = rows[0];
  return table(
    ["input MB", "seconds", "MB/s", "peak RSS MB", "time ÷ smallest", "input ÷ smallest", "RSS growth MB per input MB"],
    rows.map((r, i) => {
      const prev = rows[i - 1];
      const growth = prev && prev.rssMB !== null ? (r.rssMB - prev.rssMB) / ((r.bytes - prev.bytes) / 1e6) : null;
      return [f1(r.bytes / 1e6), f2(r.seconds), f1(r.mbps), f1(r.rssMB), f2(r.seconds / base.seconds), f2(r.bytes / base.bytes), growth === null ? "" : f2(growth)];
    }),
  );
}

export function startupTable(rows) {
  // A row is set against `node -e 0` run the same way (its `base`, the first row when none).
  const baseOf = (r) => rows.find((b) => b.name === r.base) ?? rows[0];
  return table(
    ["command", "ms (median)", "spread ms", "over `node -e 0` ms", "peak RSS MB"],
    rows.map((r) => [
      `\`${r.name}\``,
      (r.seconds * 1000).toFixed(0),
      `${(1000 * r.secondsMin).toFixed(0)}–${(1000 * r.secondsMax).toFixed(0)}`,
      r.name.startsWith("node -e 0") ? "" : ((r.seconds - baseOf(r).seconds) * 1000).toFixed(0),
      f1(r.rssMB),
    ]),
  );
}
