// The page's only script, inline: sorting the file table and opening a collapsed file a link points into.
// Everything else works without it; the page's CSP allows this exact script and nothing else.

export const SCRIPT = `(() => {
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
  const reveal = () => {
    const el = location.hash.length > 1 ? document.getElementById(decodeURIComponent(location.hash.slice(1))) : null;
    if (!el) return;
    for (let d = el.closest("details"); d; d = d.parentElement && d.parentElement.closest("details")) d.open = true;
    el.scrollIntoView({ block: "center" });
  };
  addEventListener("hashchange", reveal);
  reveal();
})();`;
