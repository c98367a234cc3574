// Lists every skipped test with the reason it gave, after vitest's own summary: a skip must be seen.
import type { Reporter, TestModule } from "vitest/node";

export default class SkipReporter implements Reporter {
  onTestRunEnd(modules: ReadonlyArray<TestModule>): void {
    const lines: string[] = [];
    for (const m of modules) {
      for (const t of m.children.allTests()) {
        const r = t.result();
        if (r.state === "skipped") lines.push(`  ${m.moduleId.replace(`${process.cwd()}/`, "")} > ${t.fullName}\n      ${r.note ?? "(no reason given)"}`);
      }
    }
    if (lines.length === 0) return;
    process.stdout.write(`\n${lines.length} test(s) SKIPPED — this machine lacks what they need (they fail under CI=true):\n${lines.join("\n")}\n\n`);
  }
}
