import { expect, test } from "vitest";
import { MemoryClaimStore } from "../../src/core/claims/claim-store.js";
import { indexUrlProblem, openClaimStore, redactUrl } from "../../src/store/open-store.js";

test("a URL's credentials never show", () => {
  expect(redactUrl("redis://user:s3cret@10.0.0.1:6379/2")).toBe("redis://***@10.0.0.1:6379/2");
  expect(redactUrl("redis://:s3cret@localhost:6379")).toBe("redis://***@localhost:6379");
  expect(redactUrl("redis-cluster://a:1,b:2")).toBe("redis-cluster://a:1,b:2");
  expect(indexUrlProblem("http://:pw@x")).not.toContain("pw");
});

test("memory is the default store; an unknown scheme is a usage error", async () => {
  expect(await openClaimStore("memory", { run: "r", ttlSeconds: 0 })).toBeInstanceOf(MemoryClaimStore);
  await expect(openClaimStore("mysql://h", { run: "r", ttlSeconds: 0 })).rejects.toThrow(/--index mysql:\/\/h: expected/);
});
