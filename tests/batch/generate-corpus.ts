// A deterministic corpus of small pages: site furniture with changing dates, articles that copy
// paragraphs of earlier ones (some with a word changed), and a few songs.

const WORDS = (
  "harbour ferry bridge council mayor night bus route tide pier berth crew engineer repair summer winter " +
  "market street school library garden river station ticket budget vote meeting resident shop bakery " +
  "storm rain wind lamp road tunnel park museum concert theatre festival season report plan city north south"
).split(" ");

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 4294967296;
  };
}

export function generateCorpus(files: number, seed: number): Record<string, string> {
  const rand = rng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)] as T;
  const sentence = (n: number): string => {
    const w = Array.from({ length: n }, () => pick(WORDS));
    return w.join(" ").replace(/^./, (c) => c.toUpperCase()) + ".";
  };
  const pool: string[] = [];
  const out: Record<string, string> = {};
  const months = ["January", "March", "June", "October", "December"];
  const days = ["Monday", "Tuesday", "Friday", "Sunday"];
  for (let i = 0; i < files; i++) {
    const lines: string[] = ["Harbour Daily", `Updated ${pick(days)}, ${pick(months)} ${1 + (i % 28)}, 2026 at ${1 + (i % 12)}:${String(i % 60).padStart(2, "0")} pm`, ""];
    lines.push(sentence(6), "");
    const paragraphs = 2 + Math.floor(rand() * 4);
    for (let p = 0; p < paragraphs; p++) {
      const r = rand();
      let para: string;
      if (r < 0.15 && pool.length > 0) para = pick(pool);
      else if (r < 0.25 && pool.length > 0) para = pick(pool).replace(/\b(\w+)\.$/, "$1 again.");
      else para = `${sentence(12 + Math.floor(rand() * 10))} ${sentence(10)}`;
      pool.push(para);
      lines.push(para, "");
    }
    if (i % 50 === 0) lines.push("Row me over, row me home,", "the tide is low.", "", "Row me over, row me home,", "the night is long.", "");
    lines.push(`Read it online at https://daily.example/${i}`, "Harbour Daily is printed by the Pier Press.", "");
    out[`corpus/d${String(i % 20).padStart(2, "0")}/page-${String(i).padStart(5, "0")}.txt`] = lines.join("\n");
  }
  return out;
}
