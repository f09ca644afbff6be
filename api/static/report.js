/* `textmetrics report`: render the result embedded as JSON in the #tm-data block. */
(function () {
  "use strict";
  const data = JSON.parse(document.getElementById("tm-data").textContent);
  const t0 = performance.now();
  window.TM.render(document.getElementById("result"), data.text, data.doc, {
    rules: data.rules, catalogue: data.catalogue, source: data.source, basename: "textmetrics-report",
  });
  window.TM_LAST = { text: data.text, doc: data.doc, renderMs: performance.now() - t0 };
})();
