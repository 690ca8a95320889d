// The query page: every value from the store goes into the page as text (textContent), never as HTML.
"use strict";
(function () {
  const data = JSON.parse(document.getElementById("kg-data").textContent);
  const box = document.getElementById("query");
  const status = document.getElementById("status");
  const results = document.getElementById("results");
  const prefixes = Object.entries(data.prefixes).sort((a, b) => b[1].length - a[1].length);
  const UPDATE = /^(INSERT|DELETE|LOAD|CLEAR|CREATE|DROP|COPY|MOVE|ADD|WITH)\b/i;

  function el(tag, text, cls) {
    const node = document.createElement(tag);
    if (text !== undefined) node.textContent = text;
    if (cls) node.className = cls;
    return node;
  }

  function body(query) {  // the query without its prologue and comments, to tell queries from updates
    return query.replace(/#[^\n]*/g, "").replace(/^\s*((PREFIX|BASE)\b[^<]*<[^>]*>\s*)*/i, "").trim();
  }

  function shorten(iri) {
    for (const [name, ns] of prefixes) {
      if (iri.startsWith(ns) && /^[\p{L}\p{N}_-]*$/u.test(iri.slice(ns.length))) return name + ":" + iri.slice(ns.length);
    }
    return "<" + iri + ">";
  }

  function safeHref(value) {
    return /^https?:\/\//i.test(value) ? value : null;
  }

  function cell(term) {
    const td = el("td");
    if (!term) return td;
    if (term.type === "uri") {
      const a = el("a", shorten(term.value));
      a.href = "#";
      a.title = "DESCRIBE " + term.value;
      a.addEventListener("click", (ev) => { ev.preventDefault(); setQuery("DESCRIBE <" + term.value + ">"); run(); });
      td.appendChild(a);
    } else if (term.type === "literal" && safeHref(term.value)) {
      const a = el("a", term.value);
      a.href = safeHref(term.value);
      a.target = "_blank";
      a.rel = "noopener noreferrer";
      td.appendChild(a);
    } else {
      td.appendChild(el("span", term.type === "bnode" ? "_:" + term.value : term.value));
      if (term["xml:lang"]) td.appendChild(el("span", " @" + term["xml:lang"], "dt"));
    }
    return td;
  }

  function table(json) {
    if (typeof json.boolean === "boolean") return el("p", "ASK: " + json.boolean);
    const vars = json.head.vars || [];
    const t = el("table");
    const head = el("tr");
    vars.forEach((v) => head.appendChild(el("th", "?" + v)));
    t.appendChild(el("thead")).appendChild(head);
    const tbody = el("tbody");
    json.results.bindings.forEach((row) => {
      const tr = el("tr");
      vars.forEach((v) => tr.appendChild(cell(row[v])));
      tbody.appendChild(tr);
    });
    t.appendChild(tbody);
    return t;
  }

  function setQuery(text) {
    box.value = data.prologue + "\n" + text.trim() + "\n";
    box.scrollTop = box.scrollHeight;
    links();
  }

  function links() {
    const q = encodeURIComponent(box.value);
    for (const f of ["csv", "tsv", "json", "xml", "ttl", "jsonld"]) {
      document.getElementById("dl-" + f).href = "/sparql?format=" + f + "&query=" + q;
    }
  }

  async function run() {
    const text = box.value;
    const isUpdate = UPDATE.test(body(text));
    status.className = "";
    status.textContent = "Running…";
    results.replaceChildren();
    const started = performance.now();
    try {
      const response = await fetch("/sparql", {
        method: "POST",
        headers: {
          "Content-Type": "application/x-www-form-urlencoded",
          "Accept": "application/sparql-results+json, text/turtle;q=0.9",
        },
        body: new URLSearchParams({[isUpdate ? "update" : "query"]: text}),
      });
      const seconds = ((performance.now() - started) / 1000).toFixed(2);
      const type = response.headers.get("Content-Type") || "";
      const payload = await response.text();
      if (!response.ok) {
        status.className = "error";
        status.textContent = "Error " + response.status + ": " + payload;
        return;
      }
      if (type.startsWith("application/sparql-results+json")) {
        const json = JSON.parse(payload);
        results.appendChild(table(json));
        const n = json.results ? json.results.bindings.length : 1;
        status.textContent = n + " result" + (n === 1 ? "" : "s") + " in " + seconds + " s";
      } else if (isUpdate) {
        status.textContent = "Update applied in " + seconds + " s";
      } else {
        results.appendChild(el("pre", payload, "graph"));
        status.textContent = "Graph (" + type.split(";")[0] + ") in " + seconds + " s";
      }
    } catch (err) {
      status.className = "error";
      status.textContent = "Request failed: " + err;
    }
  }

  const list = document.getElementById("examples");
  data.examples.forEach((example) => {
    const button = el("button", example.title);
    button.type = "button";
    button.addEventListener("click", () => { setQuery(example.query); run(); });
    list.appendChild(el("li")).appendChild(button);
  });
  if (!data.examples.length) list.appendChild(el("li", "(no example queries found)"));

  document.getElementById("run").addEventListener("click", run);
  document.getElementById("reset").addEventListener("click", () => setQuery(body(box.value)));
  box.addEventListener("input", links);
  box.addEventListener("keydown", (ev) => { if (ev.key === "Enter" && (ev.ctrlKey || ev.metaKey)) { ev.preventDefault(); run(); } });
  setQuery(data.examples.length ? data.examples[0].query : "SELECT * WHERE { ?s ?p ?o } LIMIT 25");
})();
