import type { Analysis } from "../analysis-types.js";
export interface Places {
    /** Units with the same key stand in the same place. */
    key: string[];
    /** How deep the place is: heading level, then code block or label, then list item. */
    depth: number[];
}
/** Where each unit stands (see the top of this file). */
export declare function unitPlaces(a: Analysis): Places;
