import { describe, expect, test } from "vitest";
import { normalizeForHash } from "../../src/core/normalize.js";
import { tokenHashes } from "../../src/core/tokens.js";

function tokens(s: string): number {
  const n = normalizeForHash(s);
  return tokenHashes(n, new Uint32Array(n.length + 1));
}

describe("normalizeForHash", () => {
  test.each([
    ["case", "Hello World", "hello world"],
    ["punctuation and curly quotes", "“Yes,” she said—twice!", "yes she said twice"],
    ["white space and NBSP", "a \u00a0  b\t\nc", "a b c"],
    ["digits stay as they are (version 2)", "Call 555-1234 or ٣", "call 555 1234 or ٣"],
    ["NFKC folds compatibility forms", "ｆｕｌｌ ﬁne", "full fine"],
    ["HTML entities are decoded", "Tom &amp; Jerry &quot;live&quot; caf&eacute; &#49;&#x32;", "tom jerry live café 12"],
    ["an unknown entity is text", "a &bogus; b", "a bogus b"],
    ["a URL keeps its words (version 2)", "See https://example.com/a?b=c now", "see https example com a b c now"],
    ["versions keep their digits", "The 14.x release line", "the 14 x release line"],
  ])("%s", (_name, input, expected) => {
    expect(normalizeForHash(input)).toBe(expected);
  });

  test("Chinese and Japanese characters are tokens of their own", () => {
    expect(tokens("我们今天去公园")).toBe(7);
    expect(tokens("東京タワーに行きます")).toBe(10);
    expect(tokens("hello 世界")).toBe(3);
  });

  test("equal texts give equal token hashes, different ones differ", () => {
    const a = new Uint32Array(8);
    const b = new Uint32Array(8);
    tokenHashes("one two three", a);
    tokenHashes("one two four", b);
    expect(a[0]).toBe(b[0]);
    expect(a[2]).not.toBe(b[2]);
  });
});
