// WINNOW_PAGE_MODEL=FILE turns the page model on with the weights of FILE (it is off by default):
// the built-in ones are dist/core/boilerplate/page-model.json; the training script passes each fold's.
import { readFile } from "node:fs/promises";
import path from "node:path";
import { loadPageModel } from "../core/boilerplate/page-model-loader.js";
import { pageModelEngine, type PageModel } from "../core/boilerplate/page-model-shape.js";
import type { Options } from "../core/options.js";
import { ConfigError } from "../base/errors.js";

export async function withPageModel(options: Partial<Options>, env: Readonly<Record<string, string | undefined>>, cwd: string): Promise<Partial<Options>> {
  const file = env.WINNOW_PAGE_MODEL;
  if (!file) return options;
  const abs = path.resolve(cwd, file);
  let weights: unknown;
  try {
    weights = JSON.parse(await readFile(abs, "utf8"));
  } catch (e) {
    throw new ConfigError(`WINNOW_PAGE_MODEL: ${file}: ${(e as Error).message}`);
  }
  await loadPageModel();
  const problem = pageModelEngine().problem(weights);
  if (problem !== null) throw new ConfigError(`WINNOW_PAGE_MODEL: ${file}: not ${problem}`);
  return { ...options, pageModel: weights as PageModel };
}
