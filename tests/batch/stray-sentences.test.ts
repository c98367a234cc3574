// A short sentence two texts hold by chance (a line of dialogue two novels share) is each text's
// own, where the text reads as prose and the sentence stands among its own kept paragraphs. In a
// page, a copied short line among kept units is most often chrome the rules missed: still cut.
import { describe, expect, test } from "vitest";
import { runCli } from "../helpers/run-cli.js";
import { tempTree } from "../helpers/temp-tree.js";

const SHARED = '"I don\'t believe a word of it, and neither will your father."';
const NOVEL_A = [
  "The rain had not stopped since the morning, and the road to the mill was a river of brown water that nobody cared to cross.",
  SHARED,
  "Martha turned back to the fire and said nothing more, though her hands shook as she laid the kettle on the hook above it.",
  "It was late in the evening before the doctor came up the hill, his coat soaked through and his bag held close under his arm.",
];
const NOVEL_B = [
  "When the letter came at last, Thomas read it twice over by the window before he carried it across the yard to his brother.",
  SHARED,
  "His brother only laughed at him and went on mending the harness, as he had done every winter evening for ten years or more.",
  "The snow lay deep on the fields by the new year, and the cattle were kept in the long barn behind the house until March.",
];
const CHROME = ["Home", "News", "Sport", "Share on Facebook", "Share on Twitter", "Sign in to comment", "Privacy Policy", "Terms of Use"];
const PAGE_B = [...CHROME.slice(0, 3), ...NOVEL_B, ...CHROME.slice(3)];

async function cutsOf(files: Record<string, string>): Promise<string[]> {
  const cwd = tempTree(files);
  const r = await runCli(["t", "--check", "--reporter", "json", "--no-gitignore", "--no-config", "--disable", "learned"], { cwd });
  const report = JSON.parse(r.stdout) as { files: { file: string; cuts: { kind: string; text: string }[] }[] };
  return report.files.flatMap((f) => f.cuts.filter((c) => c.kind !== "boilerplate").map((c) => `${f.file}: ${c.text}`));
}

describe("a short sentence another text holds too", () => {
  test("in prose, among the text's own paragraphs, it stays in both texts", async () => {
    expect(await cutsOf({ "t/a.txt": `${NOVEL_A.join("\n\n")}\n`, "t/b.txt": `${NOVEL_B.join("\n\n")}\n` })).toEqual([]);
  });

  test("in a page whose chrome the rules cut, it goes as a copy", async () => {
    expect(await cutsOf({ "t/a.txt": `${NOVEL_A.join("\n\n")}\n`, "t/b.txt": `${PAGE_B.join("\n\n")}\n` })).toEqual([`t/b.txt: ${SHARED}`]);
  });

  test("said twice in one text, the second goes", async () => {
    const twice = [...NOVEL_A, SHARED, NOVEL_B[0]];
    expect(await cutsOf({ "t/a.txt": `${twice.join("\n\n")}\n`, "t/b.txt": `${NOVEL_B.slice(2).join("\n\n")}\n` })).toEqual([`t/a.txt: ${SHARED}`]);
  });
});
