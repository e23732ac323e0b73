// profile.js: the group profile's map, relation graph, event timeline and
// strength chart, drawn from the JSON in #page-data.
"use strict";

(function () {
  var data = JSON.parse(document.getElementById("page-data").textContent);

  function empty(el, msg) {
    var p = document.createElement("p");
    p.className = "none";
    p.textContent = msg;
    el.appendChild(p);
    el.dataset.rendered = "0";
  }

  // padX widens a time axis by two months on each side so single points
  // sit inside the chart.
  function padX(u, mn, mx) { return [mn - 60 * 86400, mx + 60 * 86400]; }

  function timeline(el) {
    var ev = data.events.slice().sort(function (a, b) { return a.t - b.t; });
    if (!ev.length) return empty(el, "No dated events to plot.");
    var xs = ev.map(function (e) { return e.t; });
    var ys = ev.map(function (e) { return e.killed == null ? 0 : e.killed; });
    var opts = {
      width: Math.max(300, el.clientWidth), height: 220,
      scales: { x: { time: true, range: padX }, y: { range: function (u, mn, mx) { return [0, Math.max(5, mx * 1.15)]; } } },
      series: [{}, { label: "killed (lowest figure)", stroke: "#c0392b", width: 0, paths: function () { return null; },
        points: { show: true, size: 9, fill: "#e0533f" } }],
      axes: [{}, { label: "killed" }],
      cursor: { drag: { x: false, y: false } }
    };
    var u = new uPlot(opts, [xs, ys], el);
    u.over.addEventListener("click", function () {
      var i = u.cursor.idx;
      if (i != null && ev[i]) window.location.href = "/events/" + encodeURIComponent(ev[i].id);
    });
    el.dataset.rendered = String(ev.length);
  }

  function strength(el) {
    var s = data.series.filter(function (x) { return x.points && x.points.length; });
    if (!s.length) return empty(el, "No dated estimates to plot.");
    // Strength means fighters first; otherwise the longest series.
    s.sort(function (a, b) {
      var fa = /fighter|member|strength/.test(a.property), fb = /fighter|member|strength/.test(b.property);
      if (fa !== fb) return fa ? -1 : 1;
      return b.points.length - a.points.length;
    });
    var pts = s[0].points.slice().sort(function (a, b) { return a.t - b.t; });
    var xs = pts.map(function (p) { return p.t; });
    var lo = pts.map(function (p) { return p.min == null ? p.max : p.min; });
    var hi = pts.map(function (p) { return p.max == null ? p.min : p.max; });
    var dots = function () { return null; };
    var u = new uPlot({
      width: Math.max(300, el.clientWidth), height: 200,
      scales: { x: { time: true, range: padX }, y: { range: function (u, mn, mx) { return [0, Math.max(10, mx * 1.15)]; } } },
      series: [{}, { label: s[0].property + " (low)", stroke: "#2e6da4", width: 0, paths: dots, points: { show: true, size: 9 } },
        { label: s[0].property + " (high)", stroke: "#7aa7d9", width: 0, paths: dots, points: { show: true, size: 9 } }],
      axes: [{}, { label: s[0].property }]
    }, [xs, lo, hi], el);
    el.dataset.rendered = String(pts.length);
    return u;
  }

  function graph(el) {
    var nodes = data.graph.nodes.map(function (n) {
      return { data: { id: n.id, label: n.label, type: n.type, center: n.center ? 1 : 0 } };
    });
    var edges = data.graph.edges.map(function (e, i) {
      return { data: { id: "e" + i, source: e.source, target: e.target, label: e.label } };
    });
    var cy = cytoscape({
      container: el, elements: nodes.concat(edges), maxZoom: 1.3, minZoom: 0.2,
      layout: { name: "concentric", concentric: function (n) { return n.data("center") ? 2 : 1; },
        levelWidth: function () { return 1; }, minNodeSpacing: 70, padding: 30, startAngle: Math.PI / 2 },
      style: [
        { selector: "node", style: { label: "data(label)", "font-size": 11, "text-valign": "bottom", "text-margin-y": 4,
          "background-color": "#7f8c9d", width: 22, height: 22, "text-wrap": "wrap", "text-max-width": 120 } },
        { selector: "node[type = 'armed_group']", style: { "background-color": "#c0392b" } },
        { selector: "node[type = 'person']", style: { "background-color": "#4c8c3a", shape: "round-rectangle" } },
        { selector: "node[type = 'organization']", style: { "background-color": "#8e6bb5", shape: "diamond" } },
        { selector: "node[center = 1]", style: { width: 34, height: 34, "font-weight": "bold" } },
        { selector: "edge", style: { label: "data(label)", "font-size": 9, "curve-style": "bezier", "target-arrow-shape": "triangle",
          width: 1.5, "line-color": "#9aa5b1", "target-arrow-color": "#9aa5b1", "text-rotation": "autorotate", "text-background-color": "#fff",
          "text-background-opacity": 0.8 } }
      ]
    });
    cy.on("tap", "node", function (evt) {
      var id = evt.target.id();
      if (id !== data.entity.id) window.location.href = "/entities/" + encodeURIComponent(id);
    });
    el.dataset.rendered = String(nodes.length);
  }

  var m = document.getElementById("map");
  if (m) window.dossierMap(m, data);
  var g = document.getElementById("graph");
  if (g) graph(g);
  var t = document.getElementById("timeline");
  if (t) timeline(t);
  var s = document.getElementById("series");
  if (s) strength(s);
})();
