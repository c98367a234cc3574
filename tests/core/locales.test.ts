import { describe, expect, test } from "vitest";
import { isLocale, isVersion, localesOf } from "../../src/core/locales.js";

describe("locale folders", () => {
  test.each(["en", "zh-cn", "zh_CN", "pt-BR", "zh-Hans", "ja", "fil"])("%s is a language tag", (name) => {
    expect(isLocale(name)).toBe(true);
  });

  test.each(["io", "os", "src", "docs", "api", "v2", "en-", "english"])("%s is not", (name) => {
    expect(isLocale(name)).toBe(false);
  });

  test("side by side, two locale folders make a tree laid out by locale", () => {
    const paths = ["docs/en/guide.md", "docs/zh-cn/guide.md", "docs/ja/api/hooks.md", "docs/index.md", "README.md"];
    expect([...localesOf(paths).values()]).toEqual(["docs/en", "docs/zh-cn", "docs/ja", "", ""]);
  });

  test("under i18n/ one locale folder is enough; the default locale's files have none", () => {
    const paths = ["i18n/fr/docusaurus-plugin-content-docs/current/intro.md", "docs/intro.md"];
    expect([...localesOf(paths).values()]).toEqual(["i18n/fr", ""]);
  });

  test("one folder named like a language among others is no locale (src/id/, a Next.js route)", () => {
    const paths = ["src/id/page.md", "src/lib/util.md", "content/en/docs/a.md"];
    expect([...localesOf(paths).values()]).toEqual(["", "", ""]);
  });

  test("off: every file in one locale", () => {
    expect([...localesOf(["docs/en/a.md", "docs/fr/a.md"], "off").values()]).toEqual(["", ""]);
  });
});

describe("version folders", () => {
  test.each(["v1", "v2.3", "1.x", "2.0", "version-1.4", "V3"])("%s is a version", (name) => {
    expect(isVersion(name)).toBe(true);
  });

  test.each(["2024", "v", "src", "version", "1", "vue"])("%s is not", (name) => {
    expect(isVersion(name)).toBe(false);
  });

  test("side by side, two version folders partition the tree like locales, and with them", () => {
    const paths = ["docs/v1/guide.md", "docs/v2/guide.md", "docs/v2/ja/guide.md", "docs/v2/en/guide.md", "docs/index.md", "blog/2024/post.md", "blog/2025/post.md"];
    expect([...localesOf(paths).values()]).toEqual(["docs/v1", "docs/v2", "docs/v2/ja", "docs/v2/en", "", "", ""]);
  });

  test("one version folder alone is no partition", () => {
    expect([...localesOf(["api/v1/users.md", "api/guide.md"]).values()]).toEqual(["", ""]);
  });
});
