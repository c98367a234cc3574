// A unified diff from input to clean text that patch and git apply accept.
import { createTwoFilesPatch } from "diff";
export function unifiedDiff(name, before, after) {
    if (before === after)
        return "";
    return createTwoFilesPatch(`a/${name}`, `b/${name}`, before, after, undefined, undefined, { context: 3 })
        .split("\n")
        .slice(1) // jsdiff's "Index:" / "====" header is not part of a unified diff
        .filter((l, i) => !(i === 0 && l.startsWith("===")))
        .join("\n");
}
//# sourceMappingURL=diff.js.map