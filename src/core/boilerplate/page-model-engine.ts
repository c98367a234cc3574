// The page model as page-model-loader.ts loads it: the built-in weights, their check, and the run
// over a text. Only runs that switch the model on load this module and what it imports.
import { applyPageModel } from "./apply-page-model.js";
import { PAGE_MODEL, pageModelProblem } from "./page-model.js";
import type { PageModelEngine } from "./page-model-shape.js";

export const PAGE_MODEL_ENGINE: PageModelEngine = { weights: PAGE_MODEL, problem: pageModelProblem, apply: applyPageModel };
