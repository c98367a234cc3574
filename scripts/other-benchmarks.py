#!/usr/bin/env python3
"""Pages of four other boilerplate benchmarks as a labelled set in wide-dev's shape (docs/accuracy.md,
"A sixteenth round"): a measure on pages no rule and no weight was tuned to.

    python3 scripts/other-benchmarks.py REPO OUTDIR

REPO is a clone of github.com/j-szulc/html-cleaning-dataset-merged (read with `git show`, so a bare
one does); OUTDIR gets docs/, gold/ and labels/ for ../shared/eval/score.py. Keep it out of the
project: the pages belong to their publishers. Python 3 standard library only; deterministic.

Sources: Mozilla Readability's test pages, CleanPortalEval, 150 pages of page-signal (Google News,
annotated in L3S-GN1's way) and 150 of CleanEval's final set. Each page is turned into text a line
per block, as a browser's "copy all" gives it; a line is keep when 80 % or more of its word trigrams
stand in the benchmark's gold (a short line when it is a whole gold block), boilerplate when 20 % or
fewer do, and soft between, or when only the gold's supplemental text or comments hold it. A keep
line printed again beyond the gold's count is a duplicate. Crops: the article with 2-8 page lines
before it and 2-10 after it, every third with one of its paragraphs printed again later."""
import html.parser, json, os, re, subprocess, sys, random, unicodedata, collections
if len(sys.argv) != 3:
    sys.exit("usage: other-benchmarks.py REPO OUTDIR")
REPO, OUT = sys.argv[1], sys.argv[2]
def show(path):
    return subprocess.run(["git", "-C", REPO, "show", f"HEAD:{path}"], capture_output=True).stdout.decode("utf-8", "replace")
def ls(prefix):
    return [p for p in subprocess.run(["git", "-C", REPO, "ls-tree", "-r", "--name-only", "HEAD", prefix], capture_output=True, text=True).stdout.split("\n") if p]

SKIP = {"script", "style", "noscript", "template", "svg", "head", "iframe", "object", "canvas", "select", "math"}
BLOCK = {"address", "article", "aside", "blockquote", "br", "dd", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "nav", "ol", "p", "pre", "section", "table", "tr", "ul", "tbody", "thead", "center", "option", "body", "html", "menu", "caption", "legend"}
PARA = {"p", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "table", "ul", "ol", "pre", "figure", "section", "article", "header", "footer", "nav", "aside"}
VOID = {"br", "hr", "img", "input", "meta", "link", "area", "base", "col", "embed", "param", "source", "track", "wbr"}

class Lines(html.parser.HTMLParser):
    """Text of a page as a browser's "copy all" gives it: a line per block, a blank line after paragraphs.
    With `classes`, each line also carries the x-nc-sel class it stands in (L3S-style annotation)."""
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.skip = 0; self.stack = []; self.cur = []; self.out = []; self.sel = []
    def flush(self, blank=False):
        t = re.sub(r"\s+", " ", "".join(x for x, _ in self.cur)).strip()
        if t:
            sels = collections.Counter()
            for x, s in self.cur:
                if x.strip(): sels[s] += len(x.strip())
            self.out.append((t, sels.most_common(1)[0][0] if sels else None))
        self.cur = []
        if blank and self.out and self.out[-1] is not None: self.out.append(None)
    def handle_starttag(self, tag, attrs):
        if tag in SKIP: 
            if tag not in VOID: self.skip += 1
            return
        if tag in BLOCK: self.flush(tag in PARA)
        if tag in ("td", "th"): self.cur.append((" ", None))
        if tag in VOID: return
        cls = dict(attrs).get("class") or ""
        m = re.search(r"x-nc-sel(\d)", cls)
        self.stack.append((tag, m.group(1) if m else None))
    def handle_startendtag(self, tag, attrs):
        if tag in BLOCK: self.flush(False)
    def handle_endtag(self, tag):
        if tag in SKIP:
            if tag not in VOID: self.skip = max(0, self.skip - 1)
            return
        # pop to the matching tag
        for k in range(len(self.stack) - 1, -1, -1):
            if self.stack[k][0] == tag:
                del self.stack[k:]; break
        if tag in BLOCK: self.flush(tag in PARA)
    def handle_data(self, data):
        if self.skip: return
        sel = None
        for _, s in reversed(self.stack):
            if s is not None: sel = s; break
        self.cur.append((data, sel))
    def result(self):
        self.flush(True)
        return self.out

def page_lines(h):
    p = Lines(); p.feed(h); return p.result()

TRANS = str.maketrans({'\u2018': "'", '\u2019': "'", '\u201c': '"', '\u201d': '"', '\u2013': '-', '\u2014': '-', '\u00a0': ' '})
def toks(s):
    return re.findall(r"\w+", unicodedata.normalize('NFKC', s).translate(TRANS).casefold())

def gold_blocks_marked(text):
    text = re.sub(r"^\s*URL:.*\n", "", text)
    parts = re.split(r"<(?:p|h|l)>", text)
    return [re.sub(r"\s+", " ", x).strip() for x in parts if x.strip()]

def label(lines, keep_blocks, soft_blocks):
    """Per non-blank line: keep | boilerplate | soft-keep, by its tokens in the gold's."""
    def grams(blocks, n=3):
        g = set()
        for b in blocks:
            t = toks(b)
            for i in range(max(1, len(t) - n + 1)): g.add(tuple(t[i:i + n]))
        return g
    kg, sg = grams(keep_blocks), grams(soft_blocks)
    kset = {" ".join(toks(b)) for b in keep_blocks}
    sset = {" ".join(toks(b)) for b in soft_blocks}
    kjoin = " " + " | ".join(" ".join(toks(b)) for b in keep_blocks) + " "
    out = []
    for t in lines:
        tk = toks(t)
        j = " ".join(tk)
        if not tk: out.append(("boilerplate", True)); continue
        if len(tk) < 4:
            if j in kset: out.append(("keep", False))
            elif j in sset: out.append(("keep", True))
            elif f" {j} " in kjoin: out.append(("boilerplate", True))  # inside a gold block: ambiguous
            else: out.append(("boilerplate", False))
            continue
        gs = [tuple(tk[i:i + 3]) for i in range(len(tk) - 2)]
        fk = sum(g in kg for g in gs) / len(gs)
        fs = sum(g in sg for g in gs) / len(gs)
        if fk >= 0.8: out.append(("keep", False))
        elif fs >= 0.8: out.append(("keep", True))
        elif fk <= 0.2 and fs <= 0.2: out.append(("boilerplate", False))
        else: out.append(("keep" if fk >= 0.5 else "boilerplate", True))
    return out

def write(name, kind, lines, labs, meta):
    # Exact repeats of a keep line beyond the gold's count are duplicates of the first.
    seen = collections.Counter()
    docs, recs, gold = [], [], []
    n = 0
    for t, lab in zip(lines, labs):
        if t is None:
            docs.append(""); continue
        docs.append(t); n += 1
        l, soft = lab
        rec = {"line": n, "text": t, "label": l, "category": "", **({"soft": True} if soft else {})}
        if l == "keep" and not soft:
            seen[t] += 1
            if seen[t] > 1: rec["label"] = "duplicate"; rec["category"] = "page-exact"
        if rec["label"] == "keep": gold.append(t)
        recs.append(rec)
    # line numbers count every line of the file (blank ones too)
    ln = 0; k = 0
    for t in docs:
        ln += 1
        if t != "": recs[k]["line"] = ln; k += 1
    os.makedirs(f"{OUT}/docs", exist_ok=True); os.makedirs(f"{OUT}/gold", exist_ok=True); os.makedirs(f"{OUT}/labels", exist_ok=True)
    while docs and docs[-1] == "": docs.pop()
    open(f"{OUT}/docs/{name}.txt", "w").write("\n".join(docs) + "\n")
    open(f"{OUT}/gold/{name}.txt", "w").write("\n".join(gold) + "\n")
    c = collections.Counter(r["label"] for r in recs if not r.get("soft"))
    json.dump({"name": name, "kind": kind, "meta": meta, "counts": dict(c), "lines": recs}, open(f"{OUT}/labels/{name}.json", "w"), ensure_ascii=False)
    return c

def crop(lines, labs, rnd):
    nb = [i for i, t in enumerate(lines) if t is not None]
    keep = [i for i in nb if labs[i][0] == "keep" and not labs[i][1]]
    if len(keep) < 3: return None
    a, b = nb.index(keep[0]), nb.index(keep[-1])
    a2 = max(0, a - rnd.randint(2, 8)); b2 = min(len(nb) - 1, b + rnd.randint(2, 10))
    lo, hi = nb[a2], nb[b2]
    return lines[lo:hi + 1], labs[lo:hi + 1]

def main():
    rnd = random.Random(7)
    total = collections.Counter(); made = 0
    sources = []
    for f in ls("readability/GoldStandard"):
        if f.endswith(".txt"): sources.append(("readability", f, f.replace("GoldStandard", "input")[:-4] + ".html"))
    for f in ls("CleanPortalEval-master/GoldStandard"):
        sources.append(("cpe", f, f.replace("GoldStandard", "input")))
    ps = sorted(ls("page-signal-master/GoldStandard")); rnd.shuffle(ps)
    for f in ps[:150]: sources.append(("pagesignal", f, f.replace("GoldStandard", "input")[:-4] + ".html"))
    cf = sorted(ls("cleaneval-final/GoldStandard")); rnd.shuffle(cf)
    for f in cf[:150]: sources.append(("cefinal", f, f.replace("GoldStandard", "input")))
    for src, g, i in sources:
        h = show(i)
        if not h.strip():
            alt = [p for p in ls(os.path.dirname(i)) if os.path.basename(p).split(".")[0] == os.path.basename(i).split(".")[0]]
            if alt: h = show(alt[0])
        if not h.strip(): continue
        h = re.sub(r"^\s*URL:.*\n", "", h)
        gt = show(g)
        soft = []
        if src == "pagesignal":
            gl = page_lines(gt)
            keepb = [t for t, s in (x for x in gl if x) if s in ("1", "2")]
            soft = [t for t, s in (x for x in gl if x) if s in ("3", "5")]
        elif src == "readability":
            keepb = [t for t, s in (x for x in page_lines(gt) if x)]
        else:
            keepb = gold_blocks_marked(gt)
        if not keepb: continue
        pl = page_lines(h)
        lines = [x[0] if x else None for x in pl]
        # One call for the page: the gold's trigrams are made once, not once a line.
        given = iter(label([t for t in lines if t is not None], keepb, soft))
        labs = [next(given) if t is not None else None for t in lines]
        nk = sum(1 for l in labs if l and l[0] == "keep" and not l[1])
        gk = sum(len(toks(b)) for b in keepb)
        got = sum(len(toks(t)) for t, l in zip(lines, labs) if l and l[0] == "keep")
        if nk < 3 or got < 0.5 * gk or len([t for t in lines if t]) > 1500: continue
        base = re.sub(r"[^\w-]", "_", os.path.basename(g).rsplit(".", 1)[0])[:24]
        made += 1
        meta = {"source": src, "html": i, "gold": g, "gold_coverage": round(got / max(1, gk), 3)}
        total += write(f"page-{made:03d}-{src}-{base}", "page", lines, labs, meta)
        c = crop(lines, labs, rnd)
        if c:
            cl, cb = c
            if made % 3 == 0:
                # a paragraph repeated later, as a scrape printed twice
                ks = [k for k, l in enumerate(cb) if l and l[0] == "keep" and not l[1] and len(cl[k]) > 60]
                if ks:
                    k = rnd.choice(ks); at = rnd.randint(k + 1, len(cl))
                    cl = cl[:at] + [None, cl[k]] + cl[at:]; cb = cb[:at] + [None, ("keep", False)] + cb[at:]
            total += write(f"crop-{made:03d}-{src}-{base}", "crop", cl, cb, meta)
    print(made, "pages", dict(total))

main()
