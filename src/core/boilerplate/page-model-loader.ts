// The page model is loaded by the runs that switch it on, as the Markdown parser is by Markdown
// texts: its weights and features were 212 KB of the 739 KB every run of the command line loaded.
// The Node API hands it in when it is imported (src/index.ts), so `pageModel: true` works there
// without a loading step; the CLI calls loadPageModel() when a flag, a config file or
// WINNOW_PAGE_MODEL switches it on, and each batch worker when its options do. No module of the
// engine imports this one: resolveOptions() and decide() take the model from page-model-shape.ts.
import { pageModelLoaded, registerPageModel } from "./page-model-shape.js";

/** Loads the page model; call it before resolving or running options that switch it on. */
export async function loadPageModel(): Promise<void> {
  if (!pageModelLoaded()) registerPageModel((await import("./page-model-engine.js")).PAGE_MODEL_ENGINE);
}
