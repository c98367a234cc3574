// The page model is loaded by the runs that switch it on: the core takes it handed in, and says
// what to do when it was not, instead of running without it. (Each test file runs in a fresh
// module graph: nothing here has loaded the model before the first test.)
import { describe, expect, test } from "vitest";
import { loadPageModel } from "../../../src/core/boilerplate/page-model-loader.js";
import { pageModelLoaded } from "../../../src/core/boilerplate/page-model-shape.js";
import { clean } from "../../../src/core/clean.js";
import { resolveOptions } from "../../../src/core/options.js";

const PAGE = ["Home", "News", "Sport", "Weather", "Contact us", "", "A paragraph of the article, which says what happened and when it did.", "", "Share on Facebook", "Follow us", "Privacy policy"].join("\n");

describe("the page model, loaded on demand", () => {
  test("before it is loaded: options without it resolve and clean; options with it say to load it", () => {
    expect(pageModelLoaded()).toBe(false);
    expect(Object.hasOwn(resolveOptions({ pageModel: false }), "pageModel")).toBe(false);
    expect(clean(PAGE).text).toContain("A paragraph of the article");
    expect(() => resolveOptions({ pageModel: true })).toThrow(/^the page model is not loaded: await loadPageModel\(\) first$/);
    expect(() => clean(PAGE, { pageModel: true })).toThrow(/await loadPageModel\(\) first/);
  });

  test("once loaded, true is the built-in weights, and loading again changes nothing", async () => {
    await loadPageModel();
    expect(pageModelLoaded()).toBe(true);
    const { PAGE_MODEL } = await import("../../../src/core/boilerplate/page-model.js");
    expect(resolveOptions({ pageModel: true }).pageModel).toBe(PAGE_MODEL);
    await loadPageModel();
    expect(resolveOptions({ pageModel: true }).pageModel).toBe(PAGE_MODEL);
    expect(clean(PAGE, { pageModel: true }).text).toContain("A paragraph of the article");
  });
});
