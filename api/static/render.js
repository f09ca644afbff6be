/* textmetrics renderer: one scored document (docs/json.md) as summary, legend, layered text, sentence
 * strip and exports. Shared by the web page (GET /) and `textmetrics report` (inlined).
 *
 * Everything from the user or the server reaches the page through textContent, createTextNode,
 * setAttribute of plain attributes and CSSOM: never an HTML parser.
 * Offsets are Unicode code points (Python string indices), so the text is indexed as an array
 * of code points, not UTF-16 units. */
(function (global) {
  "use strict";
  const TM = (global.TM = global.TM || {});
  const SVG = "http://www.w3.org/2000/svg";

  const MARKERS = {
    hedge: "withheld commitment, approximation",
    booster: "asserted certainty",
    attitude: "the writer's evaluation",
    directive: "obligation or a call to act",
    intensifier: "amplified degree",
    absolute: "universal claims",
    superlative: "extreme comparison",
    first_person_plural: "inclusive we",
    second_person: "addressing the reader",
    rhetorical_question: "a question in the author's voice",
    exclamation: "an exclaimed sentence",
    authority: "appeal to authority or evidence",
  };
  const STYLES = {
    passive: "passive voice (dotted: no agent, dashed: with a by-agent)",
    nominalization: "a noun made from a verb or adjective",
    adverb: "an -ly adverb",
  };
  const SENTENCES = { hard: "hard sentence (grade 10 to 14)", very_hard: "very hard sentence (grade 14 or more, striped)" };
  const SENTIMENT = { positive: "positive word (green, bold)", negative: "negative word (red, italic)" };
  const LAYERS = [
    ["marker", "Stance markers (underline)", MARKERS],
    ["style", "Style (border below)", STYLES],
    ["sentence", "Sentence difficulty (background)", SENTENCES],
    ["sentiment", "Sentiment words (text colour)", SENTIMENT],
  ];
  const RANK = { sentence: 0, style: 1, marker: 2, sentiment: 3 };
  TM.MARKERS = MARKERS;
  TM.STYLES = STYLES;

  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v === null || v === undefined || v === false) continue;
      if (k === "text") node.textContent = String(v);
      else if (k === "className") node.className = v;
      else node.setAttribute(k, String(v));
    }
    for (const c of children) if (c !== null && c !== undefined) node.append(c);
    return node;
  }
  TM.el = el;
  const words = (s) => String(s || "").replaceAll("_", " ");

  function fmt(value, digits) {
    if (value === null || value === undefined) return "n/a";
    if (typeof value === "number") {
      if (Number.isInteger(value)) return value.toLocaleString("en-US");
      return value.toFixed(digits === undefined ? 1 : digits);
    }
    return String(value);
  }
  TM.fmt = fmt;

  function get(doc, path) {
    let v = doc;
    for (const k of path.split(".")) {
      if (v === null || typeof v !== "object") return undefined;
      v = v[k];
    }
    return v;
  }
  TM.get = get;

  function readingTime(seconds) {
    if (typeof seconds !== "number") return "n/a";
    if (seconds < 60) return Math.round(seconds) + " s";
    const m = Math.floor(seconds / 60), s = Math.round(seconds % 60);
    return m + " min " + (s ? s + " s" : "");
  }

  function gradeBand(grade) {
    if (typeof grade !== "number") return "no grade (too little text)";
    if (grade < 6) return "very easy: primary school";
    if (grade < 9) return "plain English: grades 6 to 8";
    if (grade < 11) return "fairly hard: high school";
    if (grade < 13) return "hard: late high school";
    if (grade < 16) return "very hard: college";
    return "extremely hard: graduate level";
  }
  TM.gradeBand = gradeBand;

  function sentimentColor(score) {
    if (typeof score !== "number") return "#d5d9dd";
    const t = Math.max(-1, Math.min(1, score));
    const grey = [0xd5, 0xd9, 0xdd], end = t > 0 ? [0x1f, 0x7a, 0x45] : [0xb3, 0x26, 0x1e];
    const a = Math.abs(t);
    return "#" + grey.map((g, i) => Math.round(g + (end[i] - g) * a).toString(16).padStart(2, "0")).join("");
  }
  TM.sentimentColor = sentimentColor;

  // ---- summary ------------------------------------------------------------------------------------

  /** The summary rows: [id, label, value (display), raw]. Used by the cards, the CSV and the copy. */
  function summaryRows(doc) {
    const rows = [];
    const add = (id, label, raw, shown) => {
      if (raw === undefined) return;
      rows.push({ id, label, raw, shown: shown === undefined ? fmt(raw) : shown });
    };
    add("counts.words", "Words", get(doc, "counts.words"));
    add("counts.sentences", "Sentences", get(doc, "counts.sentences"));
    const rt = get(doc, "readability.reading_time_seconds");
    add("readability.reading_time_seconds", "Reading time", rt, readingTime(rt));
    const grade = get(doc, "readability.consensus_grade");
    add("readability.consensus_grade", "Grade (consensus)", grade, grade === undefined ? undefined : fmt(grade) + " (" + gradeBand(grade) + ")");
    add("readability.flesch_reading_ease", "Flesch Reading Ease", get(doc, "readability.flesch_reading_ease"));
    add("style.hard_sentence_ratio", "Hard sentences", get(doc, "style.hard_sentence_ratio"), pct(get(doc, "style.hard_sentence_ratio")));
    add("style.passive.per_1000_words", "Passives per 1,000 words", get(doc, "style.passive.per_1000_words"));
    add("style.nominalization.per_1000_words", "Nominalizations per 1,000 words", get(doc, "style.nominalization.per_1000_words"));
    add("style.adverb.per_1000_words", "Adverbs per 1,000 words", get(doc, "style.adverb.per_1000_words"));
    add("hedging.per_1000_words", "Hedges per 1,000 words", get(doc, "hedging.per_1000_words"));
    add("persuasion.booster.per_1000_words", "Boosters per 1,000 words", get(doc, "persuasion.booster.per_1000_words"));
    add("persuasion.persuasion_intensity", "Persuasive markers per 1,000 words", get(doc, "persuasion.persuasion_intensity"));
    add("persuasion.certainty_balance", "Certainty balance", get(doc, "persuasion.certainty_balance"), fmt(get(doc, "persuasion.certainty_balance"), 2));
    const s = doc.sentiment;
    if (s && typeof s === "object") {
      rows.push({ id: "sentiment.label", label: "Sentiment", raw: s.label,
                  shown: fmt(s.label) + " (score " + fmt(s.score, 2) + ", magnitude " + fmt(s.magnitude, 1) + ")" });
    }
    return rows;
  }
  TM.summaryRows = summaryRows;

  function pct(v) { return typeof v === "number" ? Math.round(v * 100) + "%" : v === undefined ? undefined : "n/a"; }

  function summaryText(doc, source) {
    const lines = ["textmetrics summary" + (source ? ": " + source : "")];
    for (const r of summaryRows(doc)) lines.push(r.label + ": " + r.shown);
    const per = percentileRows(doc, pickReference(doc));
    if (per.ref) for (const r of per.rows) lines.push(r.label + ": percentile " + r.p + " among " + per.ref);
    for (const w of doc.warnings || []) lines.push("Warning: " + w);
    return lines.join("\n") + "\n";
  }
  TM.summaryText = summaryText;

  function csvCell(v) {
    const s = v === null || v === undefined ? "" : String(v);
    // a cell starting with = + - @ is a formula in spreadsheets: prefix a quote
    const safe = /^[=+\-@\t\r]/.test(s) && !/^-?\d/.test(s) ? "'" + s : s;
    return /[",\n\r]/.test(safe) ? '"' + safe.replaceAll('"', '""') + '"' : safe;
  }

  function summaryCSV(doc) {
    const lines = ["metric,label,value"];
    for (const r of summaryRows(doc)) lines.push([r.id, r.label, r.raw].map(csvCell).join(","));
    const p = doc.percentiles;
    if (p && typeof p === "object") {
      for (const [ref, values] of Object.entries(p)) {
        for (const [id, v] of Object.entries(values || {})) lines.push(["percentile." + ref + "." + id, "percentile among " + ref, v].map(csvCell).join(","));
      }
    }
    return lines.join("\r\n") + "\r\n";
  }
  TM.summaryCSV = summaryCSV;

  function pickReference(doc, wanted) {
    const p = doc.percentiles;
    if (!p || typeof p !== "object") return null;
    const refs = Object.keys(p);
    if (!refs.length) return null;
    if (wanted && refs.includes(wanted)) return wanted;
    const words = get(doc, "counts.words") || 0;
    if (refs.includes("editorials") && words >= 300) return "editorials";
    return refs.includes("editorials") ? "editorials" : refs[0];
  }

  function percentileRows(doc, ref) {
    if (!ref) return { ref: null, rows: [] };
    const values = (doc.percentiles || {})[ref] || {};
    const rows = [];
    for (const [id, p] of Object.entries(values)) {
      if (typeof p !== "number") continue;
      rows.push({ id, label: TM.metricName(id), p: Math.round(p) });
    }
    return { ref, rows };
  }

  TM.catalogue = {};
  TM.metricName = (id) => (TM.catalogue[id] && TM.catalogue[id].name) || words(id);

  function card(label, value, detail) {
    return el("div", { className: "card" }, el("div", { className: "v", text: value }),
      el("div", { className: "k", text: label }), detail ? el("div", { className: "d", text: detail }) : null);
  }

  function renderSummary(doc, ctx) {
    const box = el("section", { "aria-labelledby": "tm-summary-h" }, el("h2", { id: "tm-summary-h", text: "Summary" }));
    const cards = el("div", { className: "cards" });
    for (const r of summaryRows(doc)) {
      if (r.id === "readability.consensus_grade") cards.append(card(r.label, fmt(r.raw), gradeBand(r.raw)));
      else if (r.id === "sentiment.label") cards.append(card("Sentiment", fmt(r.raw),
        "score " + fmt(doc.sentiment.score, 2) + " (-1 to +1), magnitude " + fmt(doc.sentiment.magnitude, 1)));
      else cards.append(card(r.label, r.shown));
    }
    box.append(cards);
    const refs = doc.percentiles && typeof doc.percentiles === "object" ? Object.keys(doc.percentiles) : [];
    if (refs.length) {
      const pbox = el("div", { className: "panel", id: "tm-percentiles" });
      const select = el("select", { id: "tm-ref", "aria-label": "Reference corpus for percentiles" });
      for (const r of refs) select.append(el("option", { value: r, text: words(r) }));
      select.value = pickReference(doc, ctx.reference);
      const list = el("div", { className: "cards" });
      const fill = () => {
        list.replaceChildren();
        const { ref, rows } = percentileRows(doc, select.value);
        for (const r of rows) {
          const dot = el("span", { className: "dot" });
          dot.style.left = Math.max(0, Math.min(100, r.p)) + "%";
          const scale = el("div", { className: "pct", role: "img",
            "aria-label": r.label + ": percentile " + r.p + " of 100 among " + words(ref) }, dot);
          list.append(el("div", { className: "card", "data-percentile": r.id },
            el("div", { className: "k", text: r.label }), scale,
            el("div", { className: "pct-label", text: "percentile " + r.p + " (0 = lowest, 100 = highest)" })));
        }
        if (!rows.length) list.append(el("p", { text: "No percentile for this text." }));
      };
      select.addEventListener("change", fill);
      fill();
      pbox.append(el("label", { for: "tm-ref", text: "Percentiles against " }), select, list);
      box.append(pbox);
    }
    if ((doc.warnings || []).length) {
      const ul = el("ul", { className: "warnings", "aria-label": "Warnings" });
      for (const w of doc.warnings) ul.append(el("li", { text: w }));
      box.append(ul);
    }
    return box;
  }

  // ---- spans and the layered text -----------------------------------------------------------------

  function validSpan(s, n) {
    return s && Number.isInteger(s.start) && Number.isInteger(s.end) && s.start >= 0 && s.start < s.end && s.end <= n;
  }

  /** Every span of every layer, with its layer, category and the data for its card. */
  function collectSpans(doc, n) {
    const spans = [];
    for (const s of Array.isArray(doc.sentences) ? doc.sentences : []) {
      if (validSpan(s, n)) spans.push({ layer: "sentence", category: String(s.difficulty || "ok"), start: s.start, end: s.end, data: s });
    }
    for (const m of Array.isArray(doc.style_spans) ? doc.style_spans : []) {
      if (validSpan(m, n)) spans.push({ layer: "style", category: String(m.category), start: m.start, end: m.end, data: m });
    }
    for (const m of Array.isArray(doc.markers) ? doc.markers : []) {
      if (validSpan(m, n)) spans.push({ layer: "marker", category: String(m.category), start: m.start, end: m.end, data: m });
    }
    for (const w of Array.isArray(doc.sentiment_words) ? doc.sentiment_words : []) {
      if (!validSpan(w, n) || typeof w.valence !== "number" || w.valence === 0) continue;
      spans.push({ layer: "sentiment", category: w.valence > 0 ? "positive" : "negative", start: w.start, end: w.end, data: w });
    }
    spans.forEach((s, i) => (s.id = i));
    return spans;
  }
  TM.collectSpans = collectSpans;

  function spanElement(span, continued) {
    const d = span.data;
    const attrs = { "data-layer": span.layer, "data-category": span.category, "data-span": span.id };
    if (span.layer === "sentence") {
      attrs["data-sentence"] = d.index;
      attrs.id = continued ? null : "tm-s" + d.index;
    } else {
      attrs.className = "hl";
      if (!continued) attrs.tabindex = "0";
      if (d.subtype !== undefined && d.subtype !== null) attrs["data-subtype"] = d.subtype;
      if (d.rule) attrs["data-rule"] = d.rule;
      if (span.layer === "marker") attrs["data-in-quote"] = d.in_quote ? "true" : "false";
    }
    if (continued) attrs["data-cont"] = "1";
    return el("span", attrs);
  }

  /** The text as nested spans: one element per span; a span crossing another one's end is closed
   * and reopened as a continuation (data-cont), so text[start:end] of every span stays covered. */
  function buildText(container, chars, spans) {
    const starts = new Map(), ends = new Map();
    const order = spans.slice().sort((a, b) => a.start - b.start || b.end - a.end || RANK[a.layer] - RANK[b.layer] || a.id - b.id);
    for (const s of order) {
      if (!starts.has(s.start)) starts.set(s.start, []);
      starts.get(s.start).push(s);
      if (!ends.has(s.end)) ends.set(s.end, []);
      ends.get(s.end).push(s);
    }
    const cuts = [...new Set([0, chars.length, ...starts.keys(), ...ends.keys()])].sort((a, b) => a - b);
    const stack = []; // [{span, node}]
    const top = () => (stack.length ? stack[stack.length - 1].node : container);
    const byId = new Map();
    for (let i = 0; i < cuts.length; i++) {
      const pos = cuts[i];
      const closing = new Set((ends.get(pos) || []).map((s) => s.id));
      if (closing.size) {
        // pop until every closing span is off the stack; reopen the others popped on the way
        let lowest = stack.length;
        stack.forEach((e, k) => { if (closing.has(e.span.id) && k < lowest) lowest = k; });
        const reopen = stack.splice(lowest).filter((e) => !closing.has(e.span.id));
        for (const e of reopen) {
          const node = spanElement(e.span, true);
          top().append(node);
          stack.push({ span: e.span, node });
        }
      }
      for (const s of starts.get(pos) || []) {
        const node = spanElement(s, false);
        top().append(node);
        stack.push({ span: s, node });
        byId.set(s.id, node);
      }
      if (i + 1 < cuts.length && cuts[i + 1] > pos) top().append(document.createTextNode(chars.slice(pos, cuts[i + 1]).join("")));
    }
    return byId;
  }

  // ---- hover / focus cards ------------------------------------------------------------------------

  TM.rules = {};

  function ruleText(rule) {
    if (!rule) return null;
    const r = TM.rules[rule];
    if (r) return "Rule " + rule + ": " + r;
    const i = String(rule).indexOf(":");
    if (i > 0) {
      const list = rule.slice(0, i), entry = rule.slice(i + 1);
      if (list === "user") return "Rule " + rule + ": an entry of the user lexicon (" + entry + ").";
      return "Rule " + rule + ": the phrase '" + entry + "' from the " + words(list) + " word list.";
    }
    return "Rule " + rule + ".";
  }

  function cardLines(span, text) {
    const d = span.data;
    const lines = [];
    if (span.layer === "marker") {
      lines.push(["t", "Stance marker: " + words(span.category) + (d.subtype ? " (" + words(d.subtype) + ")" : "")]);
      if (MARKERS[span.category]) lines.push(["", words(span.category) + " marks " + MARKERS[span.category] + "."]);
      const r = ruleText(d.rule); if (r) lines.push(["", r]);
      if (d.in_quote) lines.push(["", "Inside a quotation, not counted."]);
    } else if (span.layer === "style") {
      lines.push(["t", "Style: " + words(span.category) + (d.subtype ? " (" + words(d.subtype) + ")" : "")]);
      if (STYLES[span.category]) lines.push(["", STYLES[span.category].replace(/ \(.*\)$/, "") + "."]);
      const r = ruleText(d.rule); if (r) lines.push(["", r]);
    } else if (span.layer === "sentence") {
      lines.push(["t", "Sentence " + (d.index + 1) + ": " + (d.difficulty === "very_hard" ? "very hard" : d.difficulty === "hard" ? "hard" : "fine")]);
      lines.push(["", "Grade " + fmt(d.grade) + " (Automated Readability Index), " + fmt(d.words) + " words."]);
      if (d.sentiment) lines.push(["", "Sentiment " + fmt(d.sentiment.label) + ", score " + fmt(d.sentiment.score, 2) + "."]);
    } else if (span.layer === "sentiment") {
      lines.push(["t", "Sentiment word: " + fmt(d.word || d.text) + " (" + span.category + ")"]);
      lines.push(["", "Lexicon valence " + fmt(d.lexicon_valence, 2) + ", final valence " + fmt(d.valence, 2) + "."]);
      for (const r of Array.isArray(d.rules) ? d.rules : []) {
        lines.push(["", "Changed by " + words(r.rule) + (r.read ? " ('" + r.read + "')" : "") +
          (typeof r.valence === "number" ? ": " + fmt(r.valence, 2) : "") + "."]);
      }
      if (d.in_quote) lines.push(["", d.counted === false ? "Inside a quotation, not counted." : "Inside a quotation."]);
    }
    return lines;
  }

  function setupCards(root, textBox, spansById) {
    const card = el("div", { className: "tm-card", role: "tooltip", id: "tm-card", hidden: "hidden" });
    root.append(card);
    let current = null;
    const show = (target) => {
      const items = [];
      for (let n = target; n && n !== textBox; n = n.parentElement) {
        if (n.dataset && n.dataset.span !== undefined && !(n.dataset.layer === "sentence" && n.dataset.category === "ok")) {
          if (n.closest && n.classList.contains("off")) continue;
          items.push(spansById.get(Number(n.dataset.span)));
        }
      }
      if (!items.length) return hide();
      card.replaceChildren();
      for (const span of items) for (const [cls, line] of cardLines(span)) card.append(el("p", { className: cls || null, text: line }));
      card.hidden = false;
      const r = target.getBoundingClientRect(), host = root.getBoundingClientRect();
      const width = Math.min(card.offsetWidth || 300, host.width);
      let left = r.left - host.left;
      if (left + width > host.width) left = Math.max(0, host.width - width);
      card.style.left = left + "px";
      card.style.top = r.bottom - host.top + 6 + "px";
      if (current) current.removeAttribute("aria-describedby");
      current = target;
      target.setAttribute("aria-describedby", "tm-card");
    };
    const hide = () => {
      card.hidden = true;
      if (current) current.removeAttribute("aria-describedby");
      current = null;
    };
    const pick = (e) => e.target.closest && e.target.closest(".hl, [data-layer=sentence]");
    textBox.addEventListener("mouseover", (e) => { const t = pick(e); if (t) show(t); });
    textBox.addEventListener("mouseleave", hide);
    textBox.addEventListener("focusin", (e) => { const t = pick(e); if (t) show(t); });
    textBox.addEventListener("focusout", hide);
    textBox.addEventListener("keydown", (e) => { if (e.key === "Escape") hide(); });
    return { show, hide, card };
  }

  // ---- legend -------------------------------------------------------------------------------------

  function renderLegend(spans, textBox) {
    const counts = {};
    for (const s of spans) {
      const k = s.layer + "\u0000" + s.category;
      counts[k] = (counts[k] || 0) + 1;
    }
    const box = el("div", { className: "legend", role: "group", "aria-label": "Legend: show or hide each layer and category" });
    for (const [layer, title, known] of LAYERS) {
      const present = Object.keys(counts).filter((k) => k.startsWith(layer + "\u0000")).map((k) => k.split("\u0000")[1]);
      const cats = [...Object.keys(known).filter((c) => present.includes(c) || layer === "marker" || layer === "style"),
                    ...present.filter((c) => !(c in known) && !(layer === "sentence" && c === "ok")).sort()];
      if (layer === "sentiment" && !present.length) continue;
      const fs = el("fieldset", { "data-legend-layer": layer });
      const all = el("input", { type: "checkbox", checked: "checked", "data-toggle-layer": layer, id: "tm-t-" + layer });
      fs.append(el("legend", {}, el("label", { for: "tm-t-" + layer }, all, document.createTextNode(" " + title))));
      const boxes = [];
      cats.forEach((c, i) => {
        const id = "tm-t-" + layer + "-" + i;
        const input = el("input", { type: "checkbox", checked: "checked", id, "data-toggle-layer": layer, "data-toggle-category": c });
        const sample = el("span", { className: "sample", "data-layer": layer, "data-category": c, "aria-hidden": "true", text: layer === "sentence" ? "text" : "abc" });
        const n = counts[layer + "\u0000" + c] || 0;
        fs.append(el("label", { for: id }, input, sample,
          el("span", { text: words(c) + (known[c] ? ": " + known[c] : "") }), el("span", { className: "n", text: String(n) })));
        boxes.push(input);
        input.addEventListener("change", () => {
          for (const node of textBox.querySelectorAll('[data-layer="' + layer + '"][data-category="' + CSS.escape(c) + '"]')) {
            node.classList.toggle("off", !input.checked);
          }
          all.checked = boxes.every((b) => b.checked);
        });
      });
      all.addEventListener("change", () => {
        const want = all.checked;
        for (const b of boxes) {
          if (b.checked !== want) { b.checked = want; b.dispatchEvent(new Event("change")); }
        }
        all.checked = boxes.every((b) => b.checked);
      });
      box.append(fs);
    }
    return box;
  }

  // ---- sentence strip -----------------------------------------------------------------------------

  function renderStrip(doc, chars, spansByNode, onPick) {
    const sentences = (Array.isArray(doc.sentences) ? doc.sentences : []).filter((s) => validSpan(s, chars.length));
    const wrap = el("section", { "aria-labelledby": "tm-strip-h" }, el("h2", { id: "tm-strip-h", text: "Sentences: sentiment (colour) and difficulty (height)" }));
    if (!sentences.length) {
      wrap.append(el("p", { text: "No sentences to show (ask for detail full)." }));
      return wrap;
    }
    const W = 10, H = 60;
    const svg = document.createElementNS(SVG, "svg");
    svg.setAttribute("class", "strip");
    svg.setAttribute("viewBox", "0 0 " + sentences.length * W + " " + H);
    svg.setAttribute("preserveAspectRatio", "none");
    svg.setAttribute("role", "group");
    svg.setAttribute("aria-label", "Sentence strip: one mark per sentence; Enter on a mark goes to the sentence");
    sentences.forEach((s, i) => {
      const grade = typeof s.grade === "number" ? s.grade : 4;
      const h = Math.max(8, Math.min(H, 8 + (Math.max(0, grade) / 20) * (H - 8)));
      const score = s.sentiment && typeof s.sentiment.score === "number" ? s.sentiment.score : null;
      const rect = document.createElementNS(SVG, "rect");
      rect.setAttribute("class", "mark");
      rect.setAttribute("x", String(i * W));
      rect.setAttribute("y", String(H - h));
      rect.setAttribute("width", String(W));
      rect.setAttribute("height", String(h));
      rect.setAttribute("fill", sentimentColor(score));
      rect.setAttribute("data-sentence", String(s.index));
      rect.setAttribute("tabindex", "0");
      rect.setAttribute("role", "button");
      const snippet = chars.slice(s.start, s.end).join("").replace(/\s+/g, " ").trim();
      const label = "Sentence " + (s.index + 1) + ": " + (s.difficulty === "very_hard" ? "very hard" : s.difficulty === "hard" ? "hard" : "fine") +
        (typeof s.grade === "number" ? " (grade " + fmt(s.grade) + ")" : "") +
        (score === null ? "" : ", sentiment " + fmt(s.sentiment.label) + " " + fmt(score, 2)) + ": " +
        (snippet.length > 90 ? snippet.slice(0, 90) + "…" : snippet);
      rect.setAttribute("aria-label", label);
      const title = document.createElementNS(SVG, "title");
      title.textContent = label;
      rect.append(title);
      const go = () => onPick(s.index, rect);
      rect.addEventListener("click", go);
      rect.addEventListener("keydown", (e) => {
        if (e.key === "Enter" || e.key === " ") { e.preventDefault(); go(); }
        else if (e.key === "ArrowRight" && rect.nextElementSibling) rect.nextElementSibling.focus();
        else if (e.key === "ArrowLeft" && rect.previousElementSibling) rect.previousElementSibling.focus();
      });
      svg.append(rect);
    });
    wrap.append(svg, el("div", { className: "strip-scale", "aria-hidden": "true" },
      el("span", { text: "red: negative" }), el("span", { text: "grey: neutral · taller: harder" }), el("span", { text: "green: positive" })));
    return wrap;
  }

  // ---- exports ------------------------------------------------------------------------------------

  function download(name, type, content) {
    const url = URL.createObjectURL(new Blob([content], { type }));
    const a = el("a", { href: url, download: name });
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 5000);
  }
  TM.download = download;

  async function copyText(text) {
    try {
      await navigator.clipboard.writeText(text);
      return true;
    } catch (e) {
      const area = el("textarea", { "aria-hidden": "true", readonly: "readonly" });
      area.value = text;
      document.body.append(area);
      area.select();
      let ok = false;
      try { ok = document.execCommand("copy"); } catch (e2) { ok = false; }
      area.remove();
      return ok;
    }
  }

  function renderExports(doc, ctx) {
    const status = el("span", { className: "status", role: "status" });
    const bJson = el("button", { type: "button", className: "secondary", id: "tm-export-json", text: "Download JSON" });
    const bCsv = el("button", { type: "button", className: "secondary", id: "tm-export-csv", text: "Download summary CSV" });
    const bCopy = el("button", { type: "button", className: "secondary", id: "tm-copy", text: "Copy summary" });
    const base = ctx.basename || "textmetrics";
    bJson.addEventListener("click", () => download(base + ".json", "application/json", JSON.stringify(doc, null, 2) + "\n"));
    bCsv.addEventListener("click", () => download(base + "-summary.csv", "text/csv", summaryCSV(doc)));
    bCopy.addEventListener("click", async () => {
      const text = summaryText(doc, ctx.source);
      TM.lastCopied = text;
      status.textContent = (await copyText(text)) ? "Summary copied." : "Could not copy: your browser refused.";
    });
    return el("section", { "aria-labelledby": "tm-export-h" }, el("h2", { id: "tm-export-h", text: "Export" }),
      el("div", { className: "exports" }, bJson, bCsv, bCopy, status));
  }

  // ---- the whole result ---------------------------------------------------------------------------

  /** Render ``doc`` for ``text`` into ``root`` (emptied first). ctx: {rules, catalogue, source, basename, reference}. */
  TM.render = function render(root, text, doc, ctx) {
    ctx = ctx || {};
    const t0 = performance.now();
    if (ctx.rules) TM.rules = ctx.rules;
    if (ctx.catalogue) TM.catalogue = ctx.catalogue;
    const chars = Array.from(String(text));
    const spans = collectSpans(doc, chars.length);
    const spansById = new Map(spans.map((s) => [s.id, s]));
    root.replaceChildren();
    root.classList.add("tm-root");
    const textBox = el("div", { className: "tm-text", id: "tm-text", "aria-label": "The text with its highlights" });
    const nodes = buildText(textBox, chars, spans);
    let currentRect = null;
    const pick = (index, rect) => {
      for (const n of textBox.querySelectorAll("[data-layer=sentence].current")) n.classList.remove("current");
      const parts = textBox.querySelectorAll('[data-layer=sentence][data-sentence="' + index + '"]');
      for (const n of parts) n.classList.add("current");
      if (currentRect) currentRect.classList.remove("current");
      currentRect = rect;
      if (rect) rect.classList.add("current");
      if (parts[0]) parts[0].scrollIntoView({ block: "center" });
    };
    root.append(renderSummary(doc, ctx));
    root.append(renderStrip(doc, chars, nodes, pick));
    const layout = el("div", { className: "tm-layout" });
    const left = el("section", { "aria-labelledby": "tm-text-h" }, el("h2", { id: "tm-text-h", text: "The text" }),
      el("p", { className: "meta", text: "Hover over or tab to a highlight for its explanation. Esc closes it." }), textBox);
    const right = el("aside", { "aria-labelledby": "tm-legend-h" }, el("h2", { id: "tm-legend-h", text: "Legend" }), renderLegend(spans, textBox));
    layout.append(left, right);
    root.append(layout);
    root.append(renderExports(doc, ctx));
    setupCards(root, textBox, spansById);
    TM.lastRenderMs = performance.now() - t0;
    root.setAttribute("data-render-ms", TM.lastRenderMs.toFixed(1));
    return { spans, renderMs: TM.lastRenderMs };
  };

  // ---- compare ------------------------------------------------------------------------------------

  const OPPOSITES = {
    "easier to read": "harder to read", "harder to read": "easier to read", "longer to read": "quicker to read",
    "more varied vocabulary": "less varied vocabulary", "a larger vocabulary": "a smaller vocabulary",
    "more positive": "more negative", "more assertive, less qualified claims": "less assertive, more qualified claims",
  };
  function opposite(phrase) {
    if (OPPOSITES[phrase]) return OPPOSITES[phrase];
    for (const [more, less] of [["more ", "less "], ["a more ", "a less "]]) if (phrase.startsWith(more)) return less + phrase.slice(more.length);
    return "opposite of: " + phrase;
  }
  function numeric(v) { return typeof v === "number" && isFinite(v); }

  /** The rows of `textmetrics compare`: every numeric metric of the catalogue present in both. */
  TM.comparison = function comparison(a, b) {
    const rows = [];
    const ids = Object.keys(TM.catalogue).length ? Object.keys(TM.catalogue) : [];
    for (const id of ids) {
      const va = get(a, id), vb = get(b, id);
      if (va === undefined || vb === undefined) continue;
      if (!(numeric(va) || va === null) || !(numeric(vb) || vb === null)) continue;
      const delta = numeric(va) && numeric(vb) ? Math.round((vb - va) * 10000) / 10000 : null;
      const higher = (TM.catalogue[id] && TM.catalogue[id].higher_means) || "";
      let meaning = "";
      if (delta !== null && Math.abs(delta) >= 0.005 && higher) meaning = delta > 0 ? higher : opposite(higher);
      rows.push({ metric: id, name: TM.metricName(id), a: va, b: vb, change: delta, meaning });
    }
    return rows;
  };

  function signed(d) {
    if (d === null) return "-";
    if (d === 0) return "=";
    if (Math.abs(d) < 0.005) return "~0";
    return (d > 0 ? "+" : "") + fmt(d, 2);
  }

  TM.renderComparison = function renderComparison(root, a, b) {
    const rows = TM.comparison(a, b);
    const table = el("table", { id: "tm-compare-table" },
      el("caption", { className: "sr-only", text: "Metrics of draft A and draft B, and the change from A to B" }),
      el("thead", {}, el("tr", {}, ...["Metric", "A", "B", "Change", "Meaning"].map((h) => el("th", { scope: "col", text: h })))));
    const body = el("tbody");
    for (const r of rows) {
      body.append(el("tr", { "data-metric": r.metric }, el("td", { text: r.name }), el("td", { className: "num", text: fmt(r.a, 2) }),
        el("td", { className: "num", text: fmt(r.b, 2) }), el("td", { className: "num", "data-change": r.change === null ? "" : String(r.change), text: signed(r.change) }),
        el("td", { text: r.meaning })));
    }
    table.append(body);
    root.replaceChildren(el("div", { className: "table-wrap", tabindex: "0", role: "region", "aria-label": "Comparison of the two drafts" }, table));
    return rows;
  };
})(typeof window !== "undefined" ? window : globalThis);
