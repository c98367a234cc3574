import { githubReport } from "./github.js";
import { jsonReporter } from "./json-reporter.js";
import { sarifReport } from "./sarif.js";
import { stylishReport } from "./stylish.js";
export declare const REPORTERS: {
    readonly stylish: typeof stylishReport;
    readonly json: typeof jsonReporter;
    readonly github: typeof githubReport;
    readonly sarif: typeof sarifReport;
};
export { isReporterName, type ReporterName } from "./reporter-names.js";
