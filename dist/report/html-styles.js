// The page's only style sheet, inline. The clean-text toggle is a checkbox read by :checked, so it works without script.
export const STYLES = `
:root{--dup:#1d5fbf;--near:#7a3db8;--rule:#c2410c;--learned:#0f766e;--fg:#1f2328;--muted:#59636e;--line:#d1d9e0;--bg:#fff}
*{box-sizing:border-box}
body{margin:0;font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--fg);background:var(--bg)}
header,main,footer{max-width:1200px;margin:0 auto;padding:0 1rem}
header{padding-top:1rem}
h1{font-size:1.4rem;margin:.5rem 0}
h2{font-size:1.1rem;margin:0 0 .25rem;overflow-wrap:anywhere}
h3{font-size:1rem;margin:1.25rem 0 .5rem}
a{color:#0550ae}
code,.src,pre{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-size:13px}
.legend{display:flex;flex-wrap:wrap;gap:.5rem;margin:.5rem 0;padding:0;list-style:none}
.chip{display:inline-block;padding:0 .45rem;border-radius:1rem;border:1px solid currentColor;font-size:12px;white-space:nowrap}
.k-dup{--k:var(--dup)}.k-near{--k:var(--near)}.k-rule{--k:var(--rule)}.k-learned{--k:var(--learned)}
.chip.k-dup,.chip.k-near,.chip.k-rule,.chip.k-learned{color:var(--k)}
.summary{border-bottom:1px solid var(--line);padding-bottom:1rem}
.totals{display:grid;grid-template-columns:repeat(auto-fill,minmax(11rem,1fr));gap:.5rem;margin:0}
.totals div{border:1px solid var(--line);border-radius:6px;padding:.4rem .6rem}
.totals dt{color:var(--muted);font-size:12px}.totals dd{margin:0;font-size:1.1rem;font-weight:600}
.charts{display:flex;flex-wrap:wrap;gap:1.5rem}
.charts figure{margin:0}.charts figcaption{font-weight:600;margin-bottom:.25rem}
.bar-dup{fill:var(--dup)}.bar-near{fill:var(--near)}.bar-rule{fill:var(--rule)}.bar-learned{fill:var(--learned)}
svg text{font:12px system-ui,sans-serif;fill:var(--fg)}
.table-wrap{max-height:28rem;overflow:auto;border:1px solid var(--line);border-radius:6px}
table{border-collapse:collapse;width:100%;font-size:13px}
th,td{padding:.2rem .5rem;border-bottom:1px solid var(--line);text-align:right;white-space:nowrap}
th{position:sticky;top:0;background:#f6f8fa}
th:first-child,td:first-child{text-align:left;white-space:normal;overflow-wrap:anywhere}
th button{font:inherit;font-weight:600;border:0;background:none;padding:0;cursor:pointer;color:inherit}
th[aria-sort=descending]::after{content:" ▼"}th[aria-sort=ascending]::after{content:" ▲"}
ol.frequent{padding-left:1.5rem}ol.frequent li{margin:.2rem 0;overflow-wrap:anywhere}
ol.frequent .t{font-family:ui-monospace,monospace;font-size:13px}
.file{border-bottom:1px solid var(--line);padding:1rem 0;content-visibility:auto;contain-intrinsic-size:auto 30rem}
.file.nocut{contain-intrinsic-size:auto 4rem}
.file:target h2{background:#fff8c5}
.fstats{margin:0 0 .5rem;color:var(--muted);font-size:13px}
.only-label{font-size:13px;user-select:none;cursor:pointer}
.only{margin:0 .3rem 0 0;vertical-align:middle}
.src{counter-reset:ln;margin-top:.5rem;border:1px solid var(--line);border-radius:6px;padding:.25rem 0}
.r{position:relative;padding:0 .75rem 0 4rem;white-space:pre-wrap;overflow-wrap:anywhere;min-height:1.5em;scroll-margin-top:30vh}
.r::before{counter-increment:ln;content:counter(ln);position:absolute;left:0;width:3.25rem;text-align:right;color:#8c959f;user-select:none}
.src>.r{margin-right:17rem}
.r:target{background:#fff8c5;outline:2px solid #d4a72c}
.cut{display:flex;background:color-mix(in srgb,var(--k) 8%,transparent);box-shadow:inset 3px 0 var(--k)}
.cl{flex:1;min-width:0}
.cut+.cut{border-top:1px solid color-mix(in srgb,var(--k) 30%,transparent)}
.cut del{color:var(--k);text-decoration:line-through;text-decoration-color:var(--k)}
.pfx .r{color:var(--fg)}
.why{flex:0 0 17rem;padding:0 .5rem;font:12px/1.5 system-ui,sans-serif;color:var(--k);border-left:1px dashed var(--k);overflow-wrap:anywhere}
.why .match{color:var(--muted)}.why .match::before{content:"“"}.why .match::after{content:"”"}
.only:checked~.src .x,.only:checked~.src .why,.only:checked~.src .pfx del,.only:checked~.src .r::before{display:none}
.only:checked~.src .cut{display:block;background:none;box-shadow:none}
.only:checked~.src>.r{margin-right:0}.only:checked~.src .r{padding-left:.75rem}
.clean-alt{display:none;white-space:pre-wrap;border:1px solid var(--line);border-radius:6px;padding:.25rem .75rem}
.only:checked~.clean-alt{display:block}.only:checked~.src.alt{display:none}
details>summary{cursor:pointer;font-size:13px;color:var(--muted)}
footer{color:var(--muted);font-size:12px;padding:1rem}
@media (max-width:800px){.cut{flex-direction:column}.why{border-left:0;flex-basis:auto;padding-left:4rem}.src>.r{margin-right:0}}
@media print{.only,.only-label{display:none}.file{content-visibility:visible}}
`;
//# sourceMappingURL=html-styles.js.map