// The name of a temporary file beside a target. Unique enough, not secret: every temp file is opened
// with "wx" (fails if it exists), so no crypto module is loaded for it at start-up.
import path from "node:path";
let counter = 0;
/** `.NAME.winnow-PID-RANDOM.tmp` in the target's directory. */
export function tempNameBeside(target) {
    const random = ((Math.floor(Math.random() * 0x100000000) ^ counter++) >>> 0).toString(16).padStart(8, "0");
    return path.join(path.dirname(target), `.${path.basename(target)}.winnow-${process.pid}-${random}.tmp`);
}
//# sourceMappingURL=temp-name.js.map