// The page's only script, inline: sorting the file table, drawing lazily held file text, and opening a
// collapsed file a link points into. Everything works without it; the page's CSP allows this script only.
export const SCRIPT = `(() => {
  // With scripting on, <noscript class="lazy"> holds markup as inert text: parse it when needed.
  const draw = (root) => {
    for (const n of root.querySelectorAll("noscript.lazy")) {
      n.insertAdjacentHTML("beforebegin", n.textContent);
      n.remove();
    }
  };
  const wrap = document.querySelector(".table-wrap");
  if (wrap) draw(wrap);
  const table = document.getElementById("files");
  if (table) {
    const body = table.tBodies[0];
    const heads = Array.from(table.tHead.rows[0].cells);
    const value = (row, col) => Number(row.cells[col].dataset.v);
    heads.forEach((th, col) => {
      const button = document.createElement("button");
      button.type = "button";
      button.textContent = th.textContent;
      th.textContent = "";
      th.appendChild(button);
      button.addEventListener("click", () => {
        const current = th.getAttribute("aria-sort");
        const dir = current ? (current === "descending" ? "ascending" : "descending") : col === 0 ? "ascending" : "descending";
        heads.forEach((h) => h.removeAttribute("aria-sort"));
        th.setAttribute("aria-sort", dir);
        const sign = dir === "ascending" ? 1 : -1;
        const rows = Array.from(body.rows);
        rows.sort((a, b) => sign * (value(a, col) - value(b, col)) || value(a, 0) - value(b, 0));
        body.append(...rows);
      });
    });
  }
  const lazy = Array.from(document.querySelectorAll("noscript.lazy"));
  if (lazy.length > 0) {
    const seen = new IntersectionObserver((entries) => {
      for (const e of entries) if (e.isIntersecting) { seen.unobserve(e.target); draw(e.target); }
    }, { rootMargin: "2000px 0px" });
    new Set(lazy.map((n) => n.closest("section"))).forEach((s) => s && seen.observe(s));
    const note = document.querySelector(".lazy-note");
    if (note) note.hidden = false;
    const all = document.getElementById("draw-all");
    if (all) all.addEventListener("click", () => { draw(document); note.hidden = true; });
  }
  // Files drawn above a link's target change the page's height after the jump: keep the target in
  // view while the page settles, until the reader scrolls or a moment has passed.
  let settle = null;
  const stop = () => { if (settle) settle.disconnect(); settle = null; };
  for (const type of ["wheel", "touchstart", "keydown", "mousedown"]) addEventListener(type, stop, { passive: true });
  const reveal = () => {
    const id = location.hash.length > 1 ? decodeURIComponent(location.hash.slice(1)) : "";
    if (!id) return;
    const file = /^f\\d+/.exec(id);
    const section = file && document.getElementById(file[0]);
    if (section) draw(section);
    const el = document.getElementById(id);
    if (!el) return;
    for (let d = el.closest("details"); d; d = d.parentElement && d.parentElement.closest("details")) d.open = true;
    el.scrollIntoView({ block: "center" });
    stop();
    const main = document.querySelector("main");
    if (!main) return;
    const watch = new ResizeObserver(() => el.scrollIntoView({ block: "center" }));
    watch.observe(main);
    settle = watch;
    setTimeout(() => { if (settle === watch) stop(); }, 1500);
  };
  addEventListener("hashchange", reveal);
  reveal();
})();`;
//# sourceMappingURL=html-script.js.map