import { describe, expect, test } from "vitest";
import { PAGE_MODEL, pageModelDigest, type PageModel } from "../../src/core/boilerplate/page-model.js";
import { optionsKey, resolveOptions, shownOptions } from "../../src/core/options.js";
import { jsonReport } from "../../src/report/json.js";
import { loadPageModel } from "../../src/core/boilerplate/page-model-loader.js";

// The core takes the page model handed in (the Node API and the CLI load it; see page-model-loader.test.ts).
await loadPageModel();

describe("options keyed and shown with the page model's weights by digest", () => {
  const weights = JSON.stringify(PAGE_MODEL).length;

  test("the key does not write the weights out, and is the same for the same weights in another object", () => {
    const a = resolveOptions({ pageModel: PAGE_MODEL });
    const b = resolveOptions({ pageModel: structuredClone(PAGE_MODEL) });
    expect(weights).toBeGreaterThan(10_000);
    expect(optionsKey(a).length).toBeLessThan(1_000);
    expect(optionsKey(b)).toBe(optionsKey(a));
  });

  test("weights that differ anywhere, or options that differ, give other keys", () => {
    const a = resolveOptions({ pageModel: PAGE_MODEL });
    const threshold: PageModel = { ...PAGE_MODEL, threshold: 0.5 };
    const base: PageModel = { ...PAGE_MODEL, base: (PAGE_MODEL.base ?? 0) + 1e-9 };
    expect(optionsKey(resolveOptions({ pageModel: threshold }))).not.toBe(optionsKey(a));
    expect(optionsKey(resolveOptions({ pageModel: base }))).not.toBe(optionsKey(a));
    expect(pageModelDigest(base)).not.toBe(pageModelDigest(PAGE_MODEL));
    expect(optionsKey(resolveOptions({ pageModel: PAGE_MODEL, minWords: 9 }))).not.toBe(optionsKey(a));
    expect(optionsKey(resolveOptions({}))).not.toBe(optionsKey(a));
  });

  test("without the model the key is the options' JSON, as before", () => {
    const o = resolveOptions({ minWords: 7 });
    expect(optionsKey(o)).toBe(JSON.stringify(o));
    expect(shownOptions(o)).toEqual(o);
  });

  test("a JSON report names the weights by their digest", () => {
    const o = resolveOptions({ pageModel: PAGE_MODEL });
    const report = JSON.parse(jsonReport([], { toolVersion: "0", options: o })) as { options: Record<string, unknown> };
    expect(report.options.pageModel).toBe(pageModelDigest(PAGE_MODEL));
    expect(report.options.pageModel).toMatch(/^trees, threshold 0\.\d+, [0-9a-f]{16}$/);
    expect(report.options.minWords).toBe(o.minWords);
  });
});

describe("pageModel: true switches the model on with the built-in weights", () => {
  test("true becomes the built-in weights, false or nothing no model at all", () => {
    expect(resolveOptions({ pageModel: true }).pageModel).toBe(PAGE_MODEL);
    expect(Object.hasOwn(resolveOptions({ pageModel: false }), "pageModel")).toBe(false);
    expect(optionsKey(resolveOptions({ pageModel: false }))).toBe(optionsKey(resolveOptions({})));
    expect(optionsKey(resolveOptions({ pageModel: true }))).toBe(optionsKey(resolveOptions({ pageModel: PAGE_MODEL })));
  });
  test("anything else is refused with the option's name", () => {
    expect(() => resolveOptions({ pageModel: "yes" as unknown as boolean })).toThrow(/^pageModel must be true or false/);
    expect(() => resolveOptions({ pageModel: { kind: "trees" } as unknown as PageModel })).toThrow(/^pageModel must be page-model weights/);
  });
});
