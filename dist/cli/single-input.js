// The one text of pipe mode (a file, or standard input standing for --stdin-filepath), with the
// options and the ignore decision that apply to it.
import path from "node:path";
import { loadFormat } from "../core/unit-splitters.js";
import { printableName } from "../io/raw-path.js";
import { readFileInput, readStreamInput } from "../io/read-input.js";
export async function planSingleInput(ctx, args, settings) {
    const file = args.files[0];
    const fromStdin = file === undefined || file === "-";
    const named = fromStdin ? args.stdinFilepath : file;
    const abs = named === undefined ? null : path.resolve(ctx.cwd, named);
    const ignored = abs !== null && settings.isIgnored(abs);
    const options = settings.optionsFor(abs);
    await loadFormat(options.format);
    const shown = named === undefined ? "-" : printableName(relativeShown(ctx.cwd, abs ?? named, named));
    return { shown, fromStdin, ignored, options, abs: fromStdin ? null : abs, errorName: fromStdin ? "<stdin>" : printableName(file ?? "") };
}
export async function readSingleInput(ctx, args, settings) {
    const { abs, errorName, ...plan } = await planSingleInput(ctx, args, settings);
    if (plan.ignored && !plan.fromStdin)
        return { ...plan, input: null };
    const input = abs === null ? await readStreamInput(ctx.stdin) : await readFileInput(abs, errorName);
    return { ...plan, input };
}
/** Reports show paths relative to the working directory with forward slashes, as the batch does. */
function relativeShown(cwd, abs, named) {
    const rel = path.relative(cwd, abs);
    if (rel === "" || rel.startsWith("..") || path.isAbsolute(rel))
        return named;
    return rel.split(path.sep).join("/");
}
//# sourceMappingURL=single-input.js.map