import { describe, expect, test } from "vitest";
import { chalkFor, colorLevel } from "../../src/io/color-level.js";

const tty = { isTTY: true };
const pipe = { isTTY: false };

describe("colorLevel", () => {
  test.each([
    ["--no-color beats FORCE_COLOR", false, { FORCE_COLOR: "3" }, tty, 0],
    ["--color on a pipe", true, {}, pipe, 1],
    ["--color beats NO_COLOR", true, { NO_COLOR: "1" }, pipe, 1],
    ["--color with a 256-colour terminal", true, { TERM: "xterm-256color" }, pipe, 2],
    ["NO_COLOR beats FORCE_COLOR", undefined, { NO_COLOR: "1", FORCE_COLOR: "1" }, tty, 0],
    ["an empty NO_COLOR does not count", undefined, { NO_COLOR: "" }, tty, 1],
    ["FORCE_COLOR on a pipe", undefined, { FORCE_COLOR: "1" }, pipe, 1],
    ["FORCE_COLOR=0 on a terminal", undefined, { FORCE_COLOR: "0" }, tty, 0],
    ["FORCE_COLOR= (empty) is level 1", undefined, { FORCE_COLOR: "" }, pipe, 1],
    ["FORCE_COLOR=3", undefined, { FORCE_COLOR: "3" }, pipe, 3],
    ["a pipe has no colour", undefined, {}, pipe, 0],
    ["a plain terminal", undefined, { TERM: "xterm" }, tty, 1],
    ["a 256-colour terminal", undefined, { TERM: "xterm-256color" }, tty, 2],
    ["a truecolor terminal", undefined, { COLORTERM: "truecolor" }, tty, 3],
    ["a dumb terminal", undefined, { TERM: "dumb" }, tty, 0],
  ] as const)("%s", (_name, flag, env, stream, level) => {
    expect(colorLevel(flag, env, stream)).toBe(level);
  });

  test("each stream gets its own instance at its own level", () => {
    const out = chalkFor(undefined, {}, pipe);
    const err = chalkFor(undefined, {}, tty);
    expect(out.red("x")).toBe("x");
    expect(err.red("x")).not.toBe("x");
  });
});
