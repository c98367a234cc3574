import type { Cut, SourceRef } from "../core/types.js";
export declare function describeCut(cut: Cut): string;
/** A short title: the kind, and the rule for boilerplate. */
export declare function cutTitle(cut: Cut): string;
/** `lines 3-5`, or `docs/a.md:3-5` when the kept copy stands in another file. */
export declare function where(source: SourceRef | undefined): string;
