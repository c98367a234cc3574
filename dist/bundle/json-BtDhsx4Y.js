function jsonReport(files, meta) {
	const sorted = [...files].sort((a, b) => a.file < b.file ? -1 : a.file > b.file ? 1 : 0);
	const report = {
		format: "winnow-report",
		version: 1,
		tool: {
			name: "winnow",
			version: meta.toolVersion,
			normalization: 2
		},
		options: meta.options,
		files: sorted.map(({ file, result }) => ({
			file,
			changed: result.cuts.length > 0,
			stats: result.stats,
			cuts: result.cuts.map((c) => ({
				kind: c.kind,
				startLine: c.startLine,
				endLine: c.endLine,
				prefix: c.prefix,
				rule: c.rule,
				...c.match !== void 0 ? { match: c.match } : {},
				...c.source !== void 0 ? { source: c.source } : {},
				...c.similarity !== void 0 ? { similarity: c.similarity } : {},
				text: c.text
			}))
		}))
	};
	return JSON.stringify(report, null, 2) + "\n";
}
export { jsonReport as t };

//# sourceMappingURL=json-BtDhsx4Y.js.map