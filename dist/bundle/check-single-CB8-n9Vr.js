import { h as clean, s as readSingleInput, x as resolveOutputTarget, y as FileIds } from "./start-wbf25Jdb.js";
import { l as printableName } from "./boot-C76HS-2l.js";
import { t as finishCheck } from "./check-HgrI0Oww.js";
import path from "node:path";
// src/cli/check-single.ts
async function runCheckSingle(ctx, args, settings) {
	if (args.reportFile !== void 0 && ctx.stdin.fd === 0) {
		const inputs = new FileIds();
		inputs.addFd(0, "<stdin>");
		resolveOutputTarget(path.resolve(ctx.cwd, args.reportFile), printableName(args.reportFile), "--report-file", inputs);
	}
	const { shown, ignored, options, input } = await readSingleInput(ctx, args, settings);
	if (input === null || ignored) return finishCheck(ctx, args, settings, {
		results: [],
		failed: 0,
		written: false
	});
	const result = clean(input.text, options);
	return finishCheck(ctx, args, settings, {
		results: [{
			file: shown,
			result
		}],
		failed: 0,
		written: false,
		fix: "winnow"
	});
}
export { runCheckSingle };

//# sourceMappingURL=check-single-CB8-n9Vr.js.map