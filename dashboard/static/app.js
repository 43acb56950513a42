// eventwatch dashboard: live updates and forms. Data is untrusted: it only ever reaches
// the page through textContent and attributes, never innerHTML.
"use strict";

// The colour of each event type comes from the taxonomy (eventwatch/data/taxonomy.json),
// which every page carries in <script id="taxonomy-colors" type="application/json">.
const TYPE_COLORS = JSON.parse(document.getElementById("taxonomy-colors")?.textContent || "{}");
const SVG_NS = "http://www.w3.org/2000/svg";

function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (key === "text") node.textContent = value;
    else if (key === "class") node.className = value;
    // CSSOM, not a style attribute: the Content-Security-Policy allows no inline styles.
    else if (key === "background") node.style.background = value;
    else node.setAttribute(key, value);
  }
  for (const child of children) if (child) node.append(child);
  return node;
}

function svg(tag, attrs = {}) {
  const node = document.createElementNS(SVG_NS, tag);
  for (const [key, value] of Object.entries(attrs)) node.setAttribute(key, String(value));
  return node;
}

function csrf() {
  const meta = document.querySelector('meta[name="csrf-token"]');
  return meta ? meta.content : "";
}

async function api(method, url, body) {
  const init = { method, headers: { "X-CSRF-Token": csrf() }, credentials: "same-origin" };
  if (body !== undefined) {
    init.headers["Content-Type"] = "application/json";
    init.body = JSON.stringify(body);
  }
  const response = await fetch(url, init);
  let data = null;
  try { data = await response.json(); } catch (_) { data = null; }
  return { ok: response.ok, status: response.status, data };
}

function when(value) {
  if (!value) return "";
  const d = new Date(value);
  if (isNaN(d)) return String(value);
  return d.toISOString().slice(0, 16).replace("T", " ") + " UTC";
}

function typeBadge(type) {
  return el("span", { class: `badge t-${type}`, text: String(type || "").replaceAll("_", " ") });
}

function names(list) {
  return (list || []).map((a) => a && a.name).filter(Boolean).join(", ");
}

function eventItem(e) {
  const link = el("a", { class: "event-summary", href: `/events/${encodeURIComponent(e.id)}`, text: e.summary || "" });
  const quote = el("blockquote", { class: "evidence" }, el("mark", { text: (e.evidence || {}).text || "" }));
  const meta = el("div", { class: "event-meta" });
  const src = names((e.actors || {}).source), tgt = names((e.actors || {}).target);
  if (src || tgt) meta.append(el("span", { class: "actors", text: tgt ? `${src || "?"} → ${tgt}` : src }));
  if (e.location && e.location.name) {
    const cc = e.location.country ? ` (${e.location.country})` : "";
    meta.append(el("span", { class: "place", text: e.location.name + cc }));
  }
  if (e.modality && e.modality !== "asserted") meta.append(el("span", { class: "modality", text: e.modality }));
  meta.append(el("span", { class: "source", text: (e.article || {}).source || "" }));
  meta.append(el("time", { text: when(e.tagged_at) }));
  const item = el("li", { class: "event-item fresh", "data-id": e.id },
    el("div", { class: "event-head" }, typeBadge(e.type), link), quote, meta);
  return item;
}

function incidentItem(i) {
  const link = el("a", { class: "incident-title", href: `/incidents/${encodeURIComponent(i.id)}`, text: i.title || "" });
  const languages = i.languages || [];
  const counts = el("span", { class: "counts" },
    el("b", { class: "n-outlets", text: String(i.outlets || 0) }), " sources · ",
    el("b", { class: "n-languages", text: String(languages.length) }), " languages ",
    el("span", { class: "langs", text: languages.join(", ") }), " · ",
    el("b", { class: "n-articles", text: String(i.articles || 0) }), " reports");
  const meta = el("div", { class: "event-meta" }, counts);
  if (i.location && i.location.name) {
    const cc = i.location.country ? ` (${i.location.country})` : "";
    meta.append(el("span", { class: "place", text: i.location.name + cc }));
  }
  meta.append(el("span", { class: "severity", text: `severity ${i.severity}` }));
  meta.append(el("time", { class: "updated", text: when(i.last_update) }));
  return el("li", { class: "incident-item fresh", "data-id": i.id },
    el("div", { class: "event-head" }, typeBadge(i.type), link), meta);
}

// An incident already listed is replaced where it is and moved to the top: one row per
// happening, its counts growing as reports arrive.
function incidentUpdate(i) {
  const list = document.getElementById("latest-incidents");
  if (list) {
    const old = list.querySelector(`[data-id="${CSS.escape(i.id)}"]`);
    if (old) old.remove();
    prepend(list, incidentItem(i), 15);
  }
  const detail = document.querySelector(`.incident-detail[data-id="${CSS.escape(i.id)}"]`);
  if (detail) {
    const counts = document.getElementById("incident-counts");
    counts.querySelector(".n-articles").textContent = String(i.articles || 0);
    counts.querySelector(".n-outlets").textContent = String(i.outlets || 0);
    counts.querySelector(".n-languages").textContent = String((i.languages || []).length);
    counts.querySelector(".langs").textContent = (i.languages || []).join(", ");
  }
}

function alertItem(a, canAck) {
  const head = el("div", { class: "alert-head" },
    el("span", { class: "rule", text: a.rule_name || a.rule_id || "" }),
    a.group ? el("span", { class: "group", text: a.group }) : null,
    el("span", { class: "count", text: `${a.count || 1}×` }),
    el("time", { text: when(a.fired_at) }));
  const item = el("li", { class: "alert-item fresh", "data-id": a.id }, head,
    el("div", { class: "alert-summary", text: a.summary || "" }));
  if ((a.deliveries || []).length) {
    const row = el("div", { class: "deliveries" });
    for (const d of a.deliveries) {
      row.append(el("span", { class: `delivery ${d.status}`, title: d.error || "", text: `${d.action}: ${d.status}` }));
    }
    item.append(row);
  }
  if (canAck) item.append(el("button", { class: "small ack", type: "button", "data-ack": a.id, text: "Acknowledge" }));
  return item;
}

function prepend(list, item, max = 50) {
  if (!list) return;
  const empty = list.querySelector(".empty");
  if (empty) empty.remove();
  if (list.querySelector(`[data-id="${CSS.escape(item.dataset.id)}"]`)) return;
  list.prepend(item);
  while (list.children.length > max) list.lastElementChild.remove();
}

function bump(id) {
  const node = document.getElementById(id);
  if (node) node.textContent = String((parseInt(node.textContent, 10) || 0) + 1);
}

function toast(text) {
  let box = document.getElementById("toasts");
  if (!box) { box = el("div", { id: "toasts", class: "toasts", "aria-live": "polite" }); document.body.append(box); }
  const note = el("div", { class: "toast", text });
  box.append(note);
  setTimeout(() => note.remove(), 6000);
}

// --- overview: timeline and map ---------------------------------------------------------

const overview = { timeline: null, points: [] };

function drawTimeline() {
  const host = document.getElementById("timeline");
  const data = overview.timeline;
  if (!host || !data) return;
  const hours = data.hours.length, W = 720, H = 180, pad = 24;
  const totals = new Array(hours).fill(0);
  for (const counts of Object.values(data.series)) counts.forEach((n, i) => { totals[i] += n; });
  const max = Math.max(1, ...totals);
  const chart = svg("svg", { viewBox: `0 0 ${W} ${H + pad}`, class: "bars", role: "img" });
  const bw = W / hours;
  for (let i = 0; i < hours; i++) {
    let y = H;
    for (const [type, counts] of Object.entries(data.series)) {
      const n = counts[i]; if (!n) continue;
      const h = (n / max) * (H - 8);
      y -= h;
      const rect = svg("rect", { x: i * bw + 2, y, width: bw - 4, height: h, fill: TYPE_COLORS[type] || "#888", rx: 2 });
      const tip = svg("title"); tip.textContent = `${type.replaceAll("_", " ")}: ${n} (${when(data.hours[i])})`;
      rect.append(tip); chart.append(rect);
    }
    if (i % 4 === 0 || i === hours - 1) {
      const label = svg("text", { x: i * bw + bw / 2, y: H + 16, "text-anchor": "middle", class: "axis" });
      label.textContent = new Date(data.hours[i]).toISOString().slice(11, 16);
      chart.append(label);
    }
  }
  chart.append(svg("line", { x1: 0, y1: H, x2: W, y2: H, class: "baseline" }));
  const maxLabel = svg("text", { x: 2, y: 12, class: "axis" }); maxLabel.textContent = `${max} / h`;
  chart.append(maxLabel);
  host.replaceChildren(chart);
  const legend = document.getElementById("timeline-legend");
  if (legend) {
    legend.replaceChildren(...Object.keys(data.series).sort().map((type) =>
      el("span", { class: "key" }, el("i", { background: TYPE_COLORS[type] || "#888" }), document.createTextNode(type.replaceAll("_", " ")))));
    if (!Object.keys(data.series).length) legend.append(el("span", { class: "muted", text: "No events in the last 24 hours." }));
  }
}

function timelineAdd(event) {
  const data = overview.timeline;
  if (!data) return;
  const slot = data.hours.length - 1;
  if (!data.series[event.type]) data.series[event.type] = new Array(data.hours.length).fill(0);
  data.series[event.type][slot] += 1;
  drawTimeline();
}

function mapAdd(e, fresh) {
  const map = document.getElementById("worldmap");
  const loc = e.location || {};
  if (!map) return;
  if (typeof loc.lat !== "number" || typeof loc.lon !== "number") {
    // A country-level place (no coordinates): tint the country instead of placing a dot.
    const shape = loc.country && map.querySelector(`path[data-cc="${CSS.escape(loc.country)}"]`);
    if (shape) { shape.classList.add("hit"); shape.style.fill = TYPE_COLORS[e.type] || "#888"; }
    return;
  }
  const [, , W, H] = map.getAttribute("viewBox").split(" ").map(Number);
  const north = Number(map.dataset.north), south = Number(map.dataset.south);
  const lat = Math.max(south, Math.min(north, loc.lat));
  const x = ((loc.lon + 180) / 360) * W, y = ((north - lat) / (north - south)) * H;
  const link = svg("a", { href: `/events/${encodeURIComponent(e.id)}` });
  const dot = svg("circle", { cx: x.toFixed(1), cy: y.toFixed(1), r: 3 + (e.severity || 1), fill: TYPE_COLORS[e.type] || "#888", class: fresh ? "dot fresh" : "dot" });
  const tip = svg("title"); tip.textContent = `${e.summary || ""} (${loc.name || ""})`;
  dot.append(tip); link.append(dot);
  document.getElementById("map-points").append(link);
}

function countryName(cc) {
  const title = document.querySelector(`#worldmap path[data-cc="${CSS.escape(cc)}"] title`);
  return title ? title.textContent : cc;
}

// The threat board keeps the newest asserted level on a national scale per country (warnings
// with no scale, direction 'issued', are no level).
function boardUpdate(e) {
  const rows = document.getElementById("board-rows");
  const level = e.threat_level || {}, cc = (e.location || {}).country;
  if (!rows || e.modality !== "asserted" || !level.normalized || !level.rank || !cc) return;
  if (level.direction === "issued") return;
  const since = (e.article || {}).published_at || e.tagged_at || "";
  const old = rows.querySelector(`tr[data-cc="${CSS.escape(cc)}"]`);
  if (old && since && old.dataset.since && Date.parse(old.dataset.since) > Date.parse(since)) return;
  const row = el("tr", { "data-cc": cc, "data-since": since, "data-level": level.normalized, title: (e.evidence || {}).text || "", class: "fresh" },
    el("td", { text: old ? old.cells[0].textContent : countryName(cc) }),
    el("td", {}, el("span", { class: `level lv-${level.normalized}`, text: level.level || "" }), " ",
      el("span", { class: "muted", text: `${level.normalized} · ${level.rank}/${level.of || "?"} ${level.system || ""}` })),
    el("td", {}, el("a", { href: `/events/${encodeURIComponent(e.id)}`, text: when(since) })));
  if (old) old.replaceWith(row); else rows.prepend(row);
  sortBoard(rows);
  document.getElementById("board").hidden = false;
  const empty = document.getElementById("board-empty"); if (empty) empty.remove();
  const kpi = document.getElementById("kpi-board"); if (kpi) kpi.textContent = String(rows.rows.length);
}

// Same order as the server renders: most severe level first, then by country code.
const LEVEL_ORDER = { critical: 0, high: 1, elevated: 2, low: 3 };
function sortBoard(rows) {
  const rank = (tr) => LEVEL_ORDER[tr.dataset.level] ?? 9;
  const sorted = Array.from(rows.rows).sort((a, b) =>
    rank(a) - rank(b) || (a.dataset.cc < b.dataset.cc ? -1 : a.dataset.cc > b.dataset.cc ? 1 : 0));
  rows.append(...sorted);
}

function initOverview() {
  const blob = document.getElementById("overview-data");
  if (!blob) return;
  const data = JSON.parse(blob.textContent);
  overview.timeline = data.timeline;
  drawTimeline();
  for (const p of data.points.slice().reverse()) mapAdd(p, false);
}

// --- live stream ------------------------------------------------------------------------

function initStream() {
  const status = document.getElementById("live-status");
  if (!status || typeof EventSource === "undefined") return;
  const role = document.body.dataset.role;
  const canAck = role === "editor" || role === "admin";
  const source = new EventSource("/api/stream");
  source.onopen = () => { status.textContent = "live"; status.className = "live on"; };
  source.onerror = () => { status.textContent = "reconnecting…"; status.className = "live off"; };
  source.addEventListener("event", (message) => {
    const e = JSON.parse(message.data);
    prepend(document.getElementById("latest-events"), eventItem(e), 15);
    mapAdd(e, true);
    timelineAdd(e);
    bump("kpi-events"); bump("kpi-live");
    boardUpdate(e);
  });
  source.addEventListener("incident", (message) => incidentUpdate(JSON.parse(message.data)));
  source.addEventListener("alert", (message) => {
    const a = JSON.parse(message.data);
    prepend(document.getElementById("latest-alerts"), alertItem(a, false), 8);
    prepend(document.getElementById("alert-list"), alertItem(a, canAck), 100);
    bump("kpi-alerts");
    const rule = a.rule_name || a.rule_id || "";
    const summary = a.summary || "";
    toast(`Alert: ${summary.startsWith(rule) ? summary : `${rule}: ${summary}`}`);
  });
}

// --- alerts and rules buttons -----------------------------------------------------------

function initButtons() {
  document.addEventListener("click", async (ev) => {
    const ack = ev.target.closest("[data-ack]");
    if (ack) {
      ack.disabled = true;
      const res = await api("POST", `/api/alerts/${encodeURIComponent(ack.dataset.ack)}/ack`);
      if (res.ok) {
        ack.closest(".alert-item").classList.add("acked");
        ack.replaceWith(el("span", { class: "acked-label", text: "acknowledged" }));
      } else { ack.disabled = false; toast((res.data && res.data.detail) || `failed (${res.status})`); }
      return;
    }
    const toggle = ev.target.closest("[data-toggle]");
    if (toggle) {
      const on = toggle.dataset.enabled === "true";
      const res = await api("POST", `/api/rules/${encodeURIComponent(toggle.dataset.toggle)}/${on ? "disable" : "enable"}`);
      if (res.ok) {
        toggle.dataset.enabled = on ? "false" : "true";
        toggle.textContent = on ? "Enable" : "Disable";
        const badge = toggle.closest("tr").querySelector(".status");
        badge.textContent = on ? "disabled" : "enabled";
        badge.className = `status ${on ? "off" : "on"}`;
      } else toast((res.data && res.data.detail) || `failed (${res.status})`);
    }
  });
}

function list(value) {
  return value.split(",").map((s) => s.trim()).filter(Boolean);
}

function ruleFromForm(form) {
  const f = form.elements;
  const checked = (name) => [...form.querySelectorAll(`input[name="${name}"]:checked`)].map((i) => i.value);
  const match = {};
  const put = (obj, key, value) => { if (value !== "" && value !== undefined && !(Array.isArray(value) && !value.length)) obj[key] = value; };
  put(match, "types", checked("types"));
  put(match, "countries", list(f.countries.value).map((c) => c.toUpperCase()));
  put(match, "actors", list(f.actors.value));
  put(match, "languages", list(f.languages.value));
  put(match, "query", f.query.value.trim());
  put(match, "min_confidence", f.min_confidence.value === "" ? "" : Number(f.min_confidence.value));
  put(match, "min_severity", f.min_severity.value === "" ? "" : Number(f.min_severity.value));
  put(match, "modality", checked("modality"));
  const rule = { id: f.id.value.trim(), name: f.name.value.trim(), enabled: f.enabled.checked, kind: f.kind.value, match };
  put(rule, "window", f.window.value.trim());
  put(rule, "threshold", f.threshold.value === "" ? "" : Number(f.threshold.value));
  put(rule, "group_by", list(f.group_by.value));
  put(rule, "factor", f.factor.value === "" ? "" : Number(f.factor.value));
  put(rule, "baseline", f.baseline.value.trim());
  put(rule, "field", f.field.value.trim());
  put(rule, "throttle", f.throttle.value.trim());
  try { rule.actions = JSON.parse(f.actions.value || "[]"); } catch (err) { throw { field: "actions", detail: `actions: not valid JSON (${err.message})` }; }
  return rule;
}

function showErrors(form, field, detail) {
  form.querySelectorAll("[data-error-for]").forEach((n) => { n.textContent = ""; });
  form.querySelectorAll(".invalid").forEach((n) => n.classList.remove("invalid"));
  const box = document.getElementById("form-error");
  if (!detail) { box.hidden = true; box.textContent = ""; return; }
  box.hidden = false; box.textContent = detail;
  if (!field) return;
  const parts = field.replace(/\[\d+\]/g, "").split(".");
  for (let n = parts.length; n > 0; n--) {
    const slot = form.querySelector(`[data-error-for="${CSS.escape(parts.slice(0, n).join("."))}"]`);
    if (slot) {
      // Under the field, the field's own name is noise: keep what follows "<field>: ".
      const at = detail.indexOf(`${field}: `);
      slot.textContent = at >= 0 ? detail.slice(at + field.length + 2) : detail;
      const input = slot.parentElement.querySelector("input, select, textarea");
      if (input) input.classList.add("invalid");
      return;
    }
  }
}

function initRuleForm() {
  const form = document.getElementById("rule-form");
  if (!form) return;
  const status = document.getElementById("form-status");
  const collect = () => {
    try { return ruleFromForm(form); } catch (err) { showErrors(form, err.field, err.detail); return null; }
  };
  form.addEventListener("submit", async (ev) => {
    ev.preventDefault();
    const rule = collect(); if (!rule) return;
    const edit = form.dataset.mode === "edit";
    const url = edit ? `/api/rules/${encodeURIComponent(form.dataset.ruleId)}` : "/api/rules";
    status.textContent = "saving…";
    const res = await api(edit ? "PUT" : "POST", url, rule);
    status.textContent = "";
    if (res.ok) { window.location.assign(`/rules/${encodeURIComponent(res.data.id || rule.id)}?saved=1`); return; }
    showErrors(form, res.data && res.data.field, (res.data && res.data.detail) || `failed (${res.status})`);
  });
  document.getElementById("backtest").addEventListener("click", async () => {
    const rule = collect(); if (!rule) return;
    status.textContent = "backtesting…";
    const since = document.getElementById("backtest-since").value;
    const res = await api("POST", `/api/rules/backtest?since=${encodeURIComponent(since)}`, rule);
    status.textContent = "";
    if (!res.ok) { showErrors(form, res.data && res.data.field, (res.data && res.data.detail) || `failed (${res.status})`); return; }
    showErrors(form, null, null);
    const box = document.getElementById("backtest-result");
    box.hidden = false;
    const alerts = res.data.alerts || [];
    const matched = res.data.matched ?? res.data.events_matched ?? "?";
    document.getElementById("backtest-summary").textContent =
      `Over the last ${since}: ${matched} matching events, ${res.data.total ?? alerts.length} alerts would have fired.`;
    document.getElementById("backtest-alerts").replaceChildren(...alerts.slice(0, 20).map((a) => alertItem(a, false)));
  });
  const del = document.getElementById("delete-rule");
  if (del) del.addEventListener("click", async () => {
    if (!window.confirm("Delete this rule?")) return;
    const res = await api("DELETE", `/api/rules/${encodeURIComponent(form.dataset.ruleId)}`);
    if (res.ok) window.location.assign("/rules");
    else showErrors(form, null, (res.data && res.data.detail) || `failed (${res.status})`);
  });
  if (new URLSearchParams(window.location.search).get("saved")) status.textContent = "Saved.";
}

function initBackLinks() {
  for (const link of document.querySelectorAll("a[data-back]")) {
    link.addEventListener("click", (event) => {
      if (window.history.length > 1) { event.preventDefault(); window.history.back(); }
    });
  }
}

document.addEventListener("DOMContentLoaded", () => {
  initBackLinks();
  initOverview();
  initStream();
  initButtons();
  initRuleForm();
});
