export declare function unifiedDiff(name: string, before: string, after: string): string;
