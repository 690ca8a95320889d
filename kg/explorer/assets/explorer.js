// The graph explorer. Every string from an article reaches the page through textContent, never as markup.
"use strict";
(function () {
  const D = JSON.parse(document.getElementById("kg-data").textContent);
  const $ = (id) => document.getElementById(id);
  const nodes = new vis.DataSet(D.vis.nodes);
  const edges = new vis.DataSet(D.vis.edges);
  const network = new vis.Network($("network"), {nodes: nodes, edges: edges}, D.vis.options);

  const info = D.nodes;  // node id = index into D.nodes; edge id = index into D.links
  const adjacency = info.map(() => []);
  const ends = [];
  D.vis.edges.forEach((e) => {
    ends[e.id] = [e.from, e.to];
    adjacency[e.from].push(e.id);
    if (e.to !== e.from) adjacency[e.to].push(e.id);
  });

  const state = {types: new Set(Object.keys(D.types)), from: "", to: "", province: -1, focus: null, selected: null};

  function el(tag, text, cls) {
    const node = document.createElement(tag);
    if (text !== undefined && text !== null) node.textContent = text;
    if (cls) node.className = cls;
    return node;
  }

  function fold(text) {
    return text.toLowerCase().replace(/đ/g, "d").normalize("NFD").replace(/\p{M}/gu, "").trim();
  }

  function safeHref(url) {
    return /^https?:\/\//i.test(url || "") ? url : null;
  }

  // filters --------------------------------------------------------------------------------------
  function dateFiltered() { return state.from !== "" || state.to !== ""; }
  function inRange(date) {
    return !!date && (state.from === "" || date >= state.from) && (state.to === "" || date <= state.to);
  }
  function nodeInProvince(id) { return info[id].prov.includes(state.province); }

  function edgeVisible(id) {
    const [a, b] = ends[id];
    if (!state.types.has(info[a].type) || !state.types.has(info[b].type)) return false;
    if (state.focus && !(state.focus.has(a) && state.focus.has(b))) return false;
    if (dateFiltered() && !D.links[id].d.some(inRange)) return false;
    if (state.province >= 0 && !nodeInProvince(a) && !nodeInProvince(b)) return false;
    return true;
  }

  function nodeVisible(id, visibleEdges) {
    if (!state.types.has(info[id].type)) return false;
    if (state.focus && !state.focus.has(id)) return false;
    if (!dateFiltered() && state.province < 0) return true;
    if (adjacency[id].some((e) => visibleEdges[e])) return true;
    const dateOk = !dateFiltered() || inRange(info[id].date);
    const provinceOk = state.province < 0 || nodeInProvince(id);
    return dateOk && provinceOk && (info[id].date || info[id].prov.length > 0);
  }

  const nodeHidden = info.map(() => false);
  const edgeHidden = D.links.map(() => false);

  function apply() {
    const visibleEdges = D.links.map((_, id) => edgeVisible(id));
    const nodeUpdates = [], edgeUpdates = [];
    let shownNodes = 0, shownEdges = 0;
    info.forEach((_, id) => {
      const hidden = !nodeVisible(id, visibleEdges);
      if (!hidden) shownNodes++;
      if (nodeHidden[id] !== hidden) { nodeHidden[id] = hidden; nodeUpdates.push({id: id, hidden: hidden}); }
    });
    visibleEdges.forEach((visible, id) => {
      if (visible) shownEdges++;
      if (edgeHidden[id] === visible) { edgeHidden[id] = !visible; edgeUpdates.push({id: id, hidden: !visible}); }
    });
    if (nodeUpdates.length) nodes.update(nodeUpdates);
    if (edgeUpdates.length) edges.update(edgeUpdates);
    const trimmed = D.total_nodes > info.length ? " (the " + info.length + " most connected of " + D.total_nodes + ")" : "";
    $("counts").textContent = shownNodes + " / " + info.length + " nodes" + trimmed + ", " + shownEdges + " / " +
      D.links.length + " links";
  }

  // legend (doubles as the type filter) -------------------------------------------------------------
  Object.entries(D.types).forEach(([type, style]) => {
    const label = el("label");
    const box = el("input");
    box.type = "checkbox";
    box.checked = true;
    box.dataset.type = type;
    box.addEventListener("change", () => {
      if (box.checked) state.types.add(type); else state.types.delete(type);
      apply();
    });
    const swatch = el("span", "", "swatch " + style.shape);
    swatch.style.background = style.color;
    label.append(box, swatch, el("span", style.label + " (" + info.filter((n) => n.type === type).length + ")"));
    $("legend").appendChild(label);
  });

  const dates = info.map((n) => n.date).concat(D.links.flatMap((l) => l.d)).filter(Boolean).sort();
  if (dates.length) {
    for (const id of ["date-from", "date-to"]) { $(id).min = dates[0]; $(id).max = dates[dates.length - 1]; }
  }
  $("date-from").addEventListener("change", (ev) => { state.from = ev.target.value; apply(); });
  $("date-to").addEventListener("change", (ev) => { state.to = ev.target.value; apply(); });
  D.provinces.forEach((name, i) => {
    const option = el("option", name);
    option.value = String(i);
    $("province").appendChild(option);
  });
  $("province").addEventListener("change", (ev) => { state.province = Number(ev.target.value); apply(); });

  function showAll() {
    state.focus = null;
    state.from = state.to = "";
    state.province = -1;
    state.types = new Set(Object.keys(D.types));
    $("date-from").value = $("date-to").value = "";
    $("province").value = "-1";
    document.querySelectorAll("#legend input").forEach((box) => { box.checked = true; });
    apply();
    network.fit();
  }
  $("show-all").addEventListener("click", showAll);

  // neighbourhood focus ------------------------------------------------------------------------------
  function neighbourhood(id, depth) {
    const seen = new Set([id]);
    let frontier = [id];
    for (let d = 0; d < depth; d++) {
      const next = [];
      frontier.forEach((n) => adjacency[n].forEach((e) => {
        ends[e].forEach((m) => { if (!seen.has(m)) { seen.add(m); next.push(m); } });
      }));
      frontier = next;
    }
    return seen;
  }

  $("focus").addEventListener("click", () => {
    if (state.selected === null) return;
    state.focus = neighbourhood(state.selected, Number($("depth").value));
    apply();
    network.fit({nodes: Array.from(state.focus), animation: {duration: 300}});
  });

  // side panel -------------------------------------------------------------------------------------
  function relationLabel(rel, outgoing) {
    const known = D.relations[rel];
    if (!known) return outgoing ? rel : "← " + rel;
    return outgoing ? known.label : known.inverse;
  }

  function sourceItem(pair) {
    const article = D.articles[pair[0]];
    const item = el("li", null, "source");
    const href = safeHref(article.u);
    const headline = article.h || article.iri;
    if (href) {
      const a = el("a", headline);
      a.href = href;
      a.target = "_blank";
      a.rel = "noopener noreferrer";
      item.appendChild(a);
    } else {
      item.appendChild(el("span", headline));
    }
    if (article.d) item.appendChild(el("span", article.d, "date"));
    (pair[1] || []).forEach((sentence) => item.appendChild(el("blockquote", sentence, "evidence")));
    return item;
  }

  function factBlock(edgeId, fromId) {
    const [a, b] = ends[edgeId];
    const outgoing = a === fromId;
    const other = outgoing ? b : a;
    const block = el("div", null, "fact");
    block.appendChild(el("span", relationLabel(D.links[edgeId].r, outgoing) + " ", "rel"));
    const link = el("button", info[other].label, "other");
    link.type = "button";
    link.addEventListener("click", () => select(other));
    block.appendChild(link);
    const sources = el("ul");
    D.links[edgeId].src.forEach((pair) => sources.appendChild(sourceItem(pair)));
    if (!D.links[edgeId].src.length && D.links[edgeId].d.length) sources.appendChild(el("li", D.links[edgeId].d.join(", ")));
    block.appendChild(sources);
    return block;
  }

  function showPanel(id) {
    const node = info[id];
    $("panel").hidden = false;
    $("panel-title").textContent = node.label;
    const meta = [(D.types[node.type] || {label: node.type}).label];
    if (node.date) meta.push(node.date);
    if (node.prov.length) meta.push(node.prov.map((p) => D.provinces[p]).join(", "));
    meta.push(node.iri);
    $("panel-meta").textContent = meta.join(" · ");
    const facts = $("facts");
    facts.replaceChildren();
    const order = adjacency[id].slice().sort((x, y) => D.links[x].r.localeCompare(D.links[y].r));
    order.forEach((e) => facts.appendChild(factBlock(e, id)));
    if (!order.length) facts.appendChild(el("p", "No links."));
  }

  function select(id) {
    state.selected = id;
    if (nodeHidden[id]) showAll();
    network.selectNodes([id]);
    network.focus(id, {scale: 1.3, animation: {duration: 400}});
    showPanel(id);
  }

  function showLink(edgeId) {
    const [a, b] = ends[edgeId];
    $("panel").hidden = false;
    $("panel-title").textContent = info[a].label + " — " + relationLabel(D.links[edgeId].r, true) + " — " + info[b].label;
    $("panel-meta").textContent = D.links[edgeId].src.length + " article(s)";
    $("facts").replaceChildren(factBlock(edgeId, a));
  }

  network.on("click", (params) => {
    if (params.nodes.length) { state.selected = params.nodes[0]; showPanel(params.nodes[0]); }
    else if (params.edges.length) showLink(params.edges[0]);
  });
  $("close").addEventListener("click", () => { $("panel").hidden = true; });

  // search ---------------------------------------------------------------------------------------
  const typeOrder = Object.keys(D.types);
  function matches(query) {
    const q = fold(query);
    if (!q) return [];
    const found = [];
    info.forEach((node, id) => {
      const at = node.key.indexOf(q);
      if (at >= 0) found.push([at === 0 ? 0 : (node.key.includes(" " + q) ? 1 : 2), typeOrder.indexOf(node.type), node.key.length, id]);
    });
    found.sort((x, y) => x[0] - y[0] || x[1] - y[1] || x[2] - y[2]);
    return found.slice(0, 30).map((f) => f[3]);
  }

  function showMatches() {
    const list = $("matches");
    list.replaceChildren();
    const ids = matches($("search").value);
    ids.forEach((id) => {
      const button = el("button", info[id].label);
      button.type = "button";
      button.appendChild(el("span", (D.types[info[id].type] || {label: ""}).label, "kind"));
      button.addEventListener("click", () => { list.hidden = true; select(id); });
      list.appendChild(el("li")).appendChild(button);
    });
    list.hidden = ids.length === 0;
    return ids;
  }

  $("search").addEventListener("input", showMatches);
  $("search").addEventListener("keydown", (ev) => {
    if (ev.key === "Enter") {
      const ids = showMatches();
      if (ids.length) { $("matches").hidden = true; select(ids[0]); }
    } else if (ev.key === "Escape") {
      $("matches").hidden = true;
    }
  });

  window.kgExplorer = {data: D, network: network, nodes: nodes, edges: edges, select: select, matches: matches, state: state};
  apply();
})();
