// Horizontal bar charts as inline SVG, drawn into the page itself (no chart library, nothing fetched).
import { clip, escapeHtml } from "./html-escape.js";
import { formatInt } from "./html-kinds.js";
const ROW = 22;
const LABEL_W = 190;
const BAR_W = 300;
const VALUE_W = 70;
export function barChart(title, bars) {
    const max = Math.max(1, ...bars.map((b) => b.value));
    const width = LABEL_W + BAR_W + VALUE_W;
    const height = Math.max(ROW, bars.length * ROW);
    const rows = bars.map((b, i) => {
        const y = i * ROW;
        const w = b.value === 0 ? 0 : Math.max(1, Math.round((b.value / max) * BAR_W));
        const label = escapeHtml(clip(b.label, 28));
        return (`<g><title>${escapeHtml(b.label)}: ${formatInt(b.value)}</title>` +
            `<text x="${LABEL_W - 6}" y="${y + 15}" text-anchor="end">${label}</text>` +
            `<rect class="${b.cls}" x="${LABEL_W}" y="${y + 4}" width="${w}" height="${ROW - 8}" rx="2"/>` +
            `<text x="${LABEL_W + w + 6}" y="${y + 15}">${formatInt(b.value)}</text></g>`);
    });
    return (`<figure><figcaption>${escapeHtml(title)}</figcaption>` +
        `<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-label="${escapeHtml(title)}" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">` +
        rows.join("") +
        `</svg></figure>`);
}
//# sourceMappingURL=html-chart.js.map