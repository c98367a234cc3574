/** Safe in element content and in quoted attribute values: no tag, entity or quote can open. */
export declare function escapeHtml(s: string): string;
/** Shortens long text for a note or a table cell, on a code point boundary. */
export declare function clip(s: string, max: number): string;
