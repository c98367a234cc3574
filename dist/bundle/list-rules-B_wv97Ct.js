import { d as RULES_PAGE, f as RULE_REGISTRY } from "./start-wbf25Jdb.js";
// src/cli/list-rules.ts
function listRules() {
	const w = Math.max(...RULE_REGISTRY.map((r) => r.name.length));
	return `${RULE_REGISTRY.map((r) => `${r.name.padEnd(w)}  ${r.mode.padEnd(6)}  ${r.description}`).join("\n")}\n\nEach rule, with lines it cuts and lines it keeps: ${RULES_PAGE} in winnow's repository.\n`;
}
export { listRules };

//# sourceMappingURL=list-rules-B_wv97Ct.js.map