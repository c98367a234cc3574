// --check in a git repository judges the change: a repository of a few hundred Markdown files that
// already repeats itself is committed; a staged file that copies a committed paragraph and one that
// adds an ad line are reported, those two findings only; a staged change that adds nothing of the
// kind passes. The committed tree's index is kept under .git/winnow/ and read again next time. The
// pages are read as scraped pages (.winnowrc.json): in authored Markdown neither would be a finding.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, unlinkSync, writeFileSync, appendFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { spawnCli } from "../helpers/run-cli.js";
import { missingTool, need } from "../helpers/require-tool.js";

const WORDS = "harbour river market council winter garden bridge ferry lantern mill orchard valley station library museum quarry chapel meadow beacon granary".split(" ");
const VERBS = "repaired opened closed painted measured visited counted recorded moved rebuilt".split(" ");

/** A sentence of its own for (file, paragraph, sentence): deterministic, and no two alike. */
function sentence(f: number, p: number, s: number): string {
  const pick = <T,>(list: readonly T[], k: number): T => list[mix(f, p, s, k) % list.length] as T;
  return `In ${1800 + (mix(f, p, s, 9) % 200)} the ${pick(WORDS, 0)} by the ${pick(WORDS, 1)} was ${pick(VERBS, 2)} for the ${pick(WORDS, 3)} number ${f}-${p}-${s}.`;
}
/** A hash of small numbers, so that sentences of two pages share no more than chance. */
function mix(...xs: number[]): number {
  let h = 0x811c9dc5;
  for (const x of xs) h = Math.imul(h ^ x, 0x01000193) ^ (h >>> 13);
  return h >>> 0;
}
const para = (f: number, p: number): string => [0, 1, 2].map((s) => sentence(f, p, s)).join(" ");

const FILES = 300;
/** Page i: its own paragraphs, and the repetition a real tree has: pages that repeat a paragraph of their own, pages that copy an earlier page's, pages with an ad line. */
function page(i: number): string {
  const parts = [`# Page ${i}`, para(i, 0), para(i, 1), para(i, 2)];
  if (i % 10 === 3) parts.push(para(i, 1)); // a paragraph twice in one page
  if (i % 10 === 5 && i > 20) parts.push(para(i - 20, 2)); // another page's paragraph
  if (i % 25 === 7) parts.push("Subscribe to our newsletter for more stories like this!");
  return parts.join("\n\n") + "\n";
}
const name = (i: number): string => `docs/page-${String(i).padStart(3, "0")}.md`;
const AD = "Sign up for our newsletter and never miss a story!";

let dir = "";
const git = (...args: string[]) => {
  const r = spawnSync("git", args, { cwd: dir, encoding: "utf8" });
  if (r.status !== 0) throw new Error(`git ${args.join(" ")}: ${r.stderr}`);
  return r.stdout;
};
/** The hook's command (.pre-commit-hooks.yaml) on the staged files. */
const hook = (...files: string[]) => spawnCli(["--check", "--no-progress", "--no-color", "--verbose", ...files], { cwd: dir });
const findings = (stderr: string): string[] => stderr.split("\n").filter((l) => /^\S+:\d+:1 /.test(l)).map((l) => l.replace(/ +/g, " "));

beforeAll(() => {
  if (missingTool("git", "git") !== undefined) return;
  dir = mkdtempSync(path.join(tmpdir(), "winnow-git-"));
  mkdirSync(path.join(dir, "docs"));
  for (let i = 0; i < FILES; i++) writeFileSync(path.join(dir, name(i)), page(i));
  // Pages saved from a site: Markdown read as scraped text, where a copy of another page's
  // paragraph and an ad line are findings (authored Markdown, the default, keeps both).
  writeFileSync(path.join(dir, ".winnowrc.json"), JSON.stringify({ markdownText: "scraped" }) + "\n");
  git("init", "-q");
  git("config", "user.email", "t@example.com");
  git("config", "user.name", "t");
  git("add", ".");
  git("commit", "-qm", "a tree that already repeats itself");
});
afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe("--check in a git repository", () => {
  test("reports exactly the copied paragraph and the new ad line; passes a change that adds neither", (ctx) => {
    need(ctx, missingTool("git", "git"));
    // The repository holds repetition that --all reports and a check of the change does not.
    const all = spawnCli(["--check", "--all", "--no-color", name(13), name(57)], { cwd: dir });
    expect(all.code).toBe(1);
    expect(findings(all.stderr).length).toBeGreaterThanOrEqual(2);

    writeFileSync(path.join(dir, "docs/new.md"), `# New\n\nA paragraph of the new page, written for it alone and found nowhere else.\n\n${para(17, 1)}\n`);
    // page 13 repeats a paragraph of its own and page 57 has an ad line: both stand committed.
    appendFileSync(path.join(dir, name(13)), `\n${AD}\n`);
    git("add", "docs/new.md", name(13));
    const r = hook("docs/new.md", name(13));
    expect(r.code, r.stderr).toBe(1);
    const lines = page(13).split("\n").length;
    expect(findings(r.stderr)).toEqual([
      `docs/new.md:5:1 duplicate repeats ${name(17)}:5`,
      expect.stringMatching(new RegExp(`^${name(13)}:${lines + 1}:1 boilerplate line matches rule subscribe`)),
    ]);
    expect(r.stderr).toContain(`judged against ${FILES - 1} committed files (index: 0 read, ${FILES - 1} made)`);
    // The command the report names cuts them: it reads the committed tree too.
    expect(r.stderr).toContain(`run \`winnow --check --write docs/new.md ${name(13)}\` to cut them`);
    expect(existsSync(path.join(dir, ".git/winnow/index.bin"))).toBe(true);

    // A change that adds nothing of the kind to a page that repeats itself already (and one with an ad line).
    git("reset", "-q");
    git("checkout", "-q", "--", name(13));
    rmSync(path.join(dir, "docs/new.md"));
    appendFileSync(path.join(dir, name(23)), `\nA closing paragraph added to page twenty-three, about nothing that any other page says.\n`);
    appendFileSync(path.join(dir, name(57)), `\nA note added under the ad line of page fifty-seven, also said nowhere else at all.\n`);
    git("add", name(23), name(57));
    const ok = hook(name(23), name(57));
    expect(findings(ok.stderr)).toEqual([]);
    expect(ok.code, ok.stderr).toBe(0);
    // Every reference text came from the index this time.
    expect(ok.stderr).toContain(`judged against ${FILES - 2} committed files (index: ${FILES - 2} read, 0 made)`);
  }, 120_000);

  test("after commits that change, rename and delete files, only those are read again", (ctx) => {
    need(ctx, missingTool("git", "git"));
    git("commit", "-qm", "notes");
    appendFileSync(path.join(dir, name(100)), "\nA paragraph that changes page one hundred, said only here and nowhere else.\n");
    renameSync(path.join(dir, name(101)), path.join(dir, "docs/renamed.md"));
    unlinkSync(path.join(dir, name(102)));
    git("add", "-A");
    git("commit", "-qm", "change, rename, delete");
    writeFileSync(path.join(dir, "docs/fresh.md"), "# Fresh\n\nA page of its own with a paragraph that no committed page has in it.\n");
    const r = hook("docs/fresh.md");
    expect(r.code, r.stderr).toBe(0);
    // 299 files: pages 23, 57 (the notes) and 100 changed: made again; page 101 renamed (the same blob): read; page 102 gone.
    expect(r.stderr).toContain(`judged against ${FILES - 1} committed files (index: ${FILES - 4} read, 3 made)`);
    // A paragraph of the renamed page is named at its new path.
    writeFileSync(path.join(dir, "docs/fresh.md"), `# Fresh\n\n${para(101, 0)}\n`);
    expect(findings(hook("docs/fresh.md").stderr)).toEqual(["docs/fresh.md:3:1 duplicate repeats docs/renamed.md:3"]);
  }, 120_000);

  test("a page committed since the index was written goes to delta.bin, not a new index.bin, and is found; other options make every entry again", (ctx) => {
    need(ctx, missingTool("git", "git"));
    const index = path.join(dir, ".git/winnow/index.bin");
    const before = readFileSync(index);
    const said = "A paragraph that only the later page holds, committed after the index was written in full.";
    writeFileSync(path.join(dir, "docs/later.md"), `# Later

${said}
`);
    git("add", "docs/later.md");
    git("commit", "-qm", "a later page");
    writeFileSync(path.join(dir, "docs/fresh.md"), `# Fresh

${said}
`);
    const r = hook("docs/fresh.md");
    expect(findings(r.stderr)).toEqual(["docs/fresh.md:3:1 duplicate repeats docs/later.md:3"]);
    // 300 committed files now: the later page is the one made.
    expect(r.stderr).toContain(`judged against ${FILES} committed files (index: ${FILES - 1} read, 1 made)`);
    expect(existsSync(path.join(dir, ".git/winnow/delta.bin"))).toBe(true);
    expect(readFileSync(index).equals(before)).toBe(true);
    // Read from delta.bin the next time.
    expect(hook("docs/fresh.md").stderr).toContain(`(index: ${FILES} read, 0 made)`);
    // Entries are keyed by the options that made them: another threshold makes them all again.
    const other = spawnCli(["--check", "--no-progress", "--no-color", "--verbose", "--threshold", "0.75", "docs/fresh.md"], { cwd: dir });
    expect(other.stderr).toContain(`(index: 0 read, ${FILES} made)`);
    expect(readFileSync(index).equals(before)).toBe(false);
  }, 120_000);
});

/** A git repository of `files`, committed, and a git command run in it; the caller removes it. */
function committedRepo(prefix: string, files: Record<string, string>): { repo: string; sh: (...args: string[]) => void } {
  const repo = mkdtempSync(path.join(tmpdir(), prefix));
  const sh = (...args: string[]) => {
    const r = spawnSync("git", args, { cwd: repo, encoding: "utf8" });
    if (r.status !== 0) throw new Error(`git ${args.join(" ")}: ${r.stderr}`);
  };
  for (const [rel, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(repo, rel)), { recursive: true });
    writeFileSync(path.join(repo, rel), text);
  }
  sh("init", "-q");
  sh("config", "user.email", "t@example.com");
  sh("config", "user.name", "t");
  sh("add", ".");
  sh("commit", "-qm", "pages");
  return { repo, sh };
}

describe("--check in a git repository of authored Markdown (the default)", () => {
  test("judges each file against itself and its committed version: the tree is neither read nor indexed", (ctx) => {
    need(ctx, missingTool("git", "git"));
    const { repo, sh } = committedRepo("winnow-git-authored-", Object.fromEntries(Array.from({ length: 20 }, (_, i) => [name(i), page(i)])));
    try {
      // A new page with another page's paragraph (the writer's) and a paragraph pasted twice.
      writeFileSync(path.join(repo, "docs/new.md"), `# New\n\n${para(7, 1)}\n\n${para(30, 0)}\n\n${para(30, 0)}\n`);
      sh("add", "docs/new.md");
      const r = spawnCli(["--check", "--no-progress", "--no-color", "--verbose", "docs/new.md"], { cwd: repo });
      expect(r.code, r.stderr).toBe(1);
      expect(findings(r.stderr)).toEqual(["docs/new.md:7:1 duplicate repeats line 5"]);
      expect(r.stderr).toContain("judged against 0 committed files");
      expect(existsSync(path.join(repo, ".git/winnow/index.bin"))).toBe(false);
    } finally {
      rmSync(repo, { recursive: true, force: true });
    }
  }, 120_000);
});

describe("--check in a git repository of plain-text files", () => {
  test("a staged INSTALL page is read as authored and a staged page as scraped, though both end in .txt", (ctx) => {
    need(ctx, missingTool("git", "git"));
    const step = "Unpack the archive into a folder of your own, then run the build script from that folder and wait.\n";
    const { repo, sh } = committedRepo("winnow-git-plain-", { "INSTALLpc.txt": `Building on Windows.\n\n${step}`, "notes/a.txt": `A page of notes.\n\n${step}` });
    try {
      writeFileSync(path.join(repo, "notes/b.txt"), `Another page.\n\n${step}`);
      writeFileSync(path.join(repo, "INSTALLmac.txt"), `Building on a Mac.\n\n${step}`);
      sh("add", ".");
      for (const order of [["notes/b.txt", "INSTALLmac.txt"], ["INSTALLmac.txt", "notes/b.txt"]]) {
        const r = spawnCli(["--check", "--no-progress", "--no-color", ...order], { cwd: repo });
        expect(r.code, r.stderr).toBe(1);
        expect(findings(r.stderr)).toEqual([expect.stringMatching(/^notes\/b\.txt:3:1 duplicate repeats /)]);
      }
    } finally {
      rmSync(repo, { recursive: true, force: true });
    }
  }, 120_000);
});
