// Reporters by name, for --reporter.
import { githubReport } from "./github.js";
import { jsonReporter } from "./json-reporter.js";
import { sarifReport } from "./sarif.js";
import { stylishReport } from "./stylish.js";
export const REPORTERS = { stylish: stylishReport, json: jsonReporter, github: githubReport, sarif: sarifReport };
export { isReporterName } from "./reporter-names.js";
//# sourceMappingURL=reporters.js.map