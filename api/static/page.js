/* The web page's controller (GET /): scores the pasted text through the API and hands the result to
 * render.js. The API key lives only in its input field: never stored (no web storage, no cookie). */
(function () {
  "use strict";
  const TM = window.TM;
  const $ = (id) => document.getElementById(id);
  const ctx = { rules: null, catalogue: null, norms: null, source: "pasted text", basename: "textmetrics" };

  async function getJSON(path) {
    try {
      const r = await fetch(path, { headers: headers() });
      return r.ok ? await r.json() : null;
    } catch (e) {
      return null;
    }
  }

  function headers() {
    const h = { Accept: "application/json" };
    const key = $("key").value.trim();
    if (key) h.Authorization = "Bearer " + key;
    return h;
  }

  async function loadContext() {
    if (!ctx.rules) {
      const r = await getJSON("v1/rules");
      if (r && Array.isArray(r.rules)) ctx.rules = Object.fromEntries(r.rules.map((x) => [x.id, x.description]));
    }
    if (!ctx.catalogue) {
      const m = await getJSON("v1/metrics");
      if (m && Array.isArray(m.metrics)) ctx.catalogue = Object.fromEntries(m.metrics.map((x) => [x.id, x]));
    }
    if (ctx.norms === null) {
      // reference norms are optional: ask for them only when this server's spec lists GET /v1/norms
      let listed = false;
      try {
        const spec = await fetch("openapi.yaml");
        listed = spec.ok && /\n  \/v1\/norms:/.test(await spec.text());
      } catch (e) {
        listed = false;
      }
      const n = listed ? await getJSON("v1/norms") : null;
      ctx.norms = n && Array.isArray(n.norms) ? n.norms.map((x) => x.id).filter((x) => typeof x === "string") : [];
    }
  }

  /** A problem document (application/problem+json) as "title: detail"; anything else by status. */
  async function problem(response) {
    let body = null;
    try { body = await response.json(); } catch (e) { body = null; }
    if (body && typeof body === "object" && (body.title || body.detail)) {
      return String(body.title || response.status) + (body.detail ? ": " + String(body.detail) : "");
    }
    return "The server answered " + response.status + " " + response.statusText;
  }

  async function score(text) {
    const body = { text, detail: "full" };
    if (ctx.norms && ctx.norms.length) body.norms = ctx.norms;
    const response = await fetch("v1/score", {
      method: "POST", headers: Object.assign(headers(), { "Content-Type": "application/json" }), body: JSON.stringify(body),
    });
    if (!response.ok) throw new Error(await problem(response));
    return response.json();
  }

  async function run() {
    const button = $("go");
    $("error").textContent = "";
    button.disabled = true;
    button.textContent = "Scoring…";
    try {
      await loadContext();
      const text = $("text").value;
      const doc = await score(text);
      window.TM_LAST = { text, doc };
      const t0 = performance.now();
      TM.render($("result"), text, doc, ctx);
      window.TM_LAST.renderMs = performance.now() - t0;
    } catch (e) {
      $("error").textContent = e.message || String(e);
    } finally {
      button.disabled = false;
      button.textContent = "Score";
    }
  }

  async function compare() {
    const button = $("compare");
    $("compare-error").textContent = "";
    button.disabled = true;
    try {
      await loadContext();
      const [a, b] = await Promise.all([score($("text").value), score($("text-b").value)]);
      TM.renderComparison($("compare-result"), a, b);
    } catch (e) {
      $("compare-error").textContent = e.message || String(e);
    } finally {
      button.disabled = false;
    }
  }

  $("go").addEventListener("click", run);
  $("compare").addEventListener("click", compare);
  $("text").addEventListener("keydown", (e) => { if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) run(); });
})();
