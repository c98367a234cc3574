import { describe, expect, test } from "vitest";
import { parseIndexUrl, redactIndexUrl } from "../../src/store/index-url.js";

describe("parseIndexUrl", () => {
  test("a server: user, password, host, port, database; shown without credentials", () => {
    const u = parseIndexUrl("redis://ann:p%40ss@10.0.0.1:6380/3");
    expect(u).toMatchObject({ cluster: false, tls: false, username: "ann", password: "p@ss", db: 3, nodes: [{ host: "10.0.0.1", port: 6380 }] });
    expect(u.shown).toBe("redis://***@10.0.0.1:6380/3");
    expect(parseIndexUrl("rediss://:pw@h:1").tls).toBe(true);
    expect(parseIndexUrl("redis://[::1]:6379").nodes).toEqual([{ host: "::1", port: 6379 }]);
  });

  test("a cluster: every host:port is a seed; the password may come from WINNOW_INDEX_PASSWORD", () => {
    const u = parseIndexUrl("redis-cluster://a:7000,b:7001,c:7002", { WINNOW_INDEX_PASSWORD: "s3cret" });
    expect(u).toMatchObject({ cluster: true, password: "s3cret", username: undefined });
    expect(u.nodes.map((n) => `${n.host}:${n.port}`)).toEqual(["a:7000", "b:7001", "c:7002"]);
    expect(u.shown).toBe("redis-cluster://a:7000,b:7001,c:7002");
    expect(parseIndexUrl("redis://:inurl@h:1", { WINNOW_INDEX_PASSWORD: "env" }).password).toBe("inurl");
  });

  test.each([
    ["redis://:hunter2@h", /"h" is not host:port/],
    ["redis://:hunter2@h:99999", /not host:port/],
    ["redis://:hunter2@a:1,b:2", /several hosts are a cluster: redis-cluster:\/\/a:1,b:2/],
    ["redis-cluster://:hunter2@a:1/2", /only database 0/],
    ["redis://:hunter2@a:1/x", /database "\/x" is not a number/],
    ["redis://:hunter2@", /no host:port/],
    ["http://:hunter2@a:1", /expected redis:\/\//],
  ])("%s is refused in one line that holds no password", (url, why) => {
    let msg = "";
    try {
      parseIndexUrl(url);
    } catch (e) {
      msg = (e as Error).message;
    }
    expect(msg).toMatch(why);
    expect(msg).not.toContain("hunter2");
    expect(msg).not.toContain("\n");
  });

  test("?keys=N sizes the buckets; another parameter is refused", () => {
    expect(parseIndexUrl("redis-cluster://a:1,b:2?keys=6e10").expectedKeys).toBe(6e10);
    expect(parseIndexUrl("redis://:pw@a:1/2?keys=5000000")).toMatchObject({ expectedKeys: 5e6, db: 2, shown: "redis://***@a:1/2?keys=5000000" });
    expect(parseIndexUrl("redis://a:1").expectedKeys).toBeUndefined();
    expect(() => parseIndexUrl("redis://a:1?keys=lots")).toThrow(/\?keys= takes a number/);
    expect(() => parseIndexUrl("redis://a:1?timeout=5")).toThrow(/unknown parameter "timeout"/);
  });

  test("redactIndexUrl hides whatever stands before @", () => {
    expect(redactIndexUrl("redis://u:p@h:1/0")).toBe("redis://***@h:1/0");
    expect(redactIndexUrl("redis-cluster://a:1,b:2")).toBe("redis-cluster://a:1,b:2");
  });
});
