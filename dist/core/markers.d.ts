import type { Lines } from "./lines.js";
import type { UnitSpan } from "./units.js";
/** Units under a marker become "code": never cut, never indexed. Markers inside code blocks are text. */
export declare function applyMarkers(text: string, lines: Lines, spans: UnitSpan[]): UnitSpan[];
