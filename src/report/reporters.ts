// Reporters by name, for --reporter.
import { githubReport } from "./github.js";
import { jsonReporter } from "./json-reporter.js";
import type { ReporterName } from "./reporter-names.js";
import { sarifReport } from "./sarif.js";
import { stylishReport } from "./stylish.js";
import type { Reporter } from "./reporter-types.js";

export const REPORTERS = { stylish: stylishReport, json: jsonReporter, github: githubReport, sarif: sarifReport } as const satisfies Record<ReporterName, Reporter>;

export { isReporterName, type ReporterName } from "./reporter-names.js";
