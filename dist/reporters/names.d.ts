export declare const REPORTER_NAMES: readonly ["stylish", "json", "github", "sarif"];
export type ReporterName = (typeof REPORTER_NAMES)[number];
export declare function isReporterName(name: string): name is ReporterName;
