/**
 * report.html's only script: the filters (type, severity, entity, article, text) with live counts,
 * and the findings beyond those written into the page, added from the JSON block
 * (`html-lists.ts`) a batch at a time as the reader scrolls, filters, or follows a link to one.
 * It reads nothing from outside the file and writes only markup the renderer escaped.
 */

/** Findings added to a list at a time. */
export const itemsPerBatch = 50

export const reportScript = `<script>
(async () => {
// The findings' data, gzipped JSON in base64: decoded with the browser's own DecompressionStream.
const packed = Uint8Array.from(atob(document.getElementById("findings-data").textContent), (char) => char.charCodeAt(0));
const data = JSON.parse(await new Response(new Blob([packed]).stream().pipeThrough(new DecompressionStream("gzip"))).text());
const batch = ${itemsPerBatch};
const form = document.getElementById("filters");
const field = (name) => form.elements.namedItem(name);
const shown = document.getElementById("shown");
const template = document.createElement("template");
const entities = { lt: "<", gt: ">", amp: "&", quot: "\\"", "#39": "'" };
const lists = data.lists.map((list) => {
  const el = document.getElementById(list.id);
  const written = [...el.children];
  list.items.forEach((item, index) => { if (item.h === undefined) item.node = written[index]; });
  return { el, items: list.items, matching: list.items, rendered: written.length, more: document.querySelector("[data-more='" + list.id + "']") };
});
const all = lists.flatMap((list) => list.items);
const nodeOf = (item) => {
  if (item.node === undefined) { template.innerHTML = item.h; item.node = template.content.firstElementChild; }
  return item.node;
};
// An item's words, lower-cased: from its markup (tags dropped, the five escapes undone) or, when written in the page, its text.
const textOf = (item) => item.x ?? (item.x = (item.h === undefined ? item.node.textContent : item.h.replace(/<[^>]*>/g, " ").replace(/&(lt|gt|amp|quot|#39);/g, (_, name) => entities[name])).toLowerCase());
const wanted = () => ({
  type: field("type").value,
  severity: field("severity").value,
  entity: field("entity").value.trim().toLowerCase(),
  article: field("article").value.trim().toLowerCase(),
  text: field("text").value.trim().toLowerCase()
});
const titleOf = (id) => (data.articles[id] ?? "").toLowerCase();
const nameOf = (id) => (data.entities[id] ?? "").toLowerCase();
const matches = (item, w, skip) =>
  (skip === "type" || w.type === "" || item.t === w.type) &&
  (skip === "severity" || w.severity === "" || item.s === w.severity) &&
  (w.entity === "" || item.e.some((id) => id.toLowerCase().includes(w.entity) || nameOf(id).includes(w.entity))) &&
  (w.article === "" || item.a.some((id) => id.toLowerCase().includes(w.article) || titleOf(id).includes(w.article))) &&
  (w.text === "" || textOf(item).includes(w.text));
const updateMore = (list) => {
  const left = list.matching.length - list.rendered;
  list.more.hidden = left <= 0;
  list.more.textContent = "Show " + Math.min(batch, left) + " more (" + left + " not shown yet)";
};
const showUpTo = (list, count) => {
  const next = list.matching.slice(list.rendered, count).map(nodeOf);
  list.el.append(...next);
  list.rendered += next.length;
  updateMore(list);
};
const counts = (w) => {
  const matching = lists.reduce((n, list) => n + list.matching.length, 0);
  shown.textContent = matching + " of " + all.length + " findings match";
  for (const span of document.querySelectorAll("[data-count]")) {
    const ids = span.dataset.count.split(" ");
    const parts = lists.filter((list) => ids.includes(list.el.id));
    const total = parts.reduce((n, list) => n + list.items.length, 0);
    const n = parts.reduce((n, list) => n + list.matching.length, 0);
    span.textContent = n === total ? String(total) : n + " of " + total;
  }
  // Each choice of a menu says how many findings it would leave, the other filters kept.
  for (const name of ["type", "severity"]) {
    const byValue = new Map();
    for (const item of all) if (matches(item, w, name)) {
      const value = name === "type" ? item.t : item.s;
      if (value !== "") byValue.set(value, (byValue.get(value) ?? 0) + 1);
      byValue.set("", (byValue.get("") ?? 0) + 1);
    }
    for (const option of field(name).options) option.textContent = option.dataset.label + " (" + (byValue.get(option.value) ?? 0) + ")";
  }
};
const clear = () => { for (const name of ["type", "severity", "entity", "article", "text"]) field(name).value = ""; };
const apply = () => {
  const w = wanted();
  for (const list of lists) {
    list.matching = list.items.filter((item) => matches(item, w));
    list.el.replaceChildren();
    list.rendered = 0;
    showUpTo(list, batch);
  }
  counts(w);
};
// A link to a finding not in the page yet: add the list up to it (clearing filters that hide it), then go there.
const reveal = () => {
  // A malformed escape in a typed-in address is no finding's id.
  const id = (() => { try { return decodeURIComponent(location.hash.slice(1)); } catch { return ""; } })();
  if (id === "" || document.getElementById(id) !== null) return;
  for (const list of lists) {
    const item = list.items.find((candidate) => candidate.i.includes(id));
    if (item === undefined) continue;
    if (!list.matching.includes(item)) { clear(); apply(); }
    showUpTo(list, list.matching.indexOf(item) + 1);
    const target = document.getElementById(id) ?? nodeOf(item);
    const details = target.closest("details");
    if (details !== null) details.open = true;
    target.scrollIntoView();
    return;
  }
};
const observer = new IntersectionObserver((entries) => {
  for (const entry of entries) if (entry.isIntersecting) {
    const list = lists.find((candidate) => candidate.more === entry.target);
    if (list !== undefined && !list.more.hidden) showUpTo(list, list.rendered + batch);
  }
}, { rootMargin: "600px" });
for (const list of lists) {
  updateMore(list);
  list.more.addEventListener("click", () => showUpTo(list, list.rendered + batch));
  observer.observe(list.more);
}
// A printout holds every finding the filters leave, not only those scrolled to.
window.addEventListener("beforeprint", () => { for (const list of lists) showUpTo(list, list.matching.length); });
form.addEventListener("input", apply);
form.addEventListener("submit", (event) => event.preventDefault());
field("entity").addEventListener("focus", () => {
  const options = document.getElementById("entity-options");
  if (options.childElementCount > 0) return;
  for (const id of [...new Set(all.flatMap((item) => item.e))].sort()) options.append(new Option(data.entities[id] ?? "", id));
}, { once: true });
field("article").addEventListener("focus", () => {
  const options = document.getElementById("article-options");
  if (options.childElementCount > 0) return;
  for (const [id, title] of Object.entries(data.articles)) options.append(new Option(title, id));
}, { once: true });
form.hidden = false;
counts(wanted());
window.addEventListener("hashchange", reveal);
reveal();
// When the page became usable, for the load-time benchmark.
performance.mark("crosscheck-ready");
})();
</script>`
