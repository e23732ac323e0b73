// map.js: Leaflet over offline country shapes (no tile server). Draws
// places (areas, bases) and events, each linking to its page.
"use strict";

window.dossierMap = function (el, data) {
  var map = L.map(el, { zoomSnap: 0.25, worldCopyJump: false, attributionControl: true });
  map.attributionControl.setPrefix(false);
  map.attributionControl.addAttribution("Shapes: Natural Earth · Places: GeoNames (CC BY 4.0)");
  var layer = L.featureGroup().addTo(map);

  function link(label, url) {
    var a = document.createElement("a");
    a.href = url;
    a.textContent = label;
    return a;
  }
  (data.places || []).forEach(function (p) {
    L.circleMarker([p.lat, p.lon], {
      radius: p.role === "based_in" ? 9 : 7, color: "#3b5b92", weight: 2,
      fillColor: p.role === "based_in" ? "#3b5b92" : "#9db4dc", fillOpacity: 0.6
    }).bindPopup(link(p.name + (p.role === "based_in" ? " (base)" : " (area of operation)"), p.url)).addTo(layer);
  });
  (data.events || []).forEach(function (e) {
    if (e.lat == null || e.lon == null) return;
    var r = 5 + Math.min(12, Math.sqrt(e.killed || 0));
    L.circleMarker([e.lat, e.lon], { radius: r, color: "#a3271b", weight: 1, fillColor: "#e0533f", fillOpacity: 0.7 })
      .bindPopup(link(e.label, "/events/" + encodeURIComponent(e.id))).addTo(layer);
  });

  var bounds = layer.getBounds();
  if (bounds.isValid()) {
    map.fitBounds(bounds.pad(0.6), { maxZoom: 6 });
  } else {
    map.setView([30, 45], 2);
  }
  fetch(el.dataset.shapes)
    .then(function (r) { if (!r.ok) throw new Error("shapes: HTTP " + r.status); return r.json(); })
    .then(function (gj) {
      L.geoJSON(gj, {
        interactive: false,
        style: { color: "#8a8f98", weight: 0.7, fillColor: "#f3f0e8", fillOpacity: 1 }
      }).addTo(map).bringToBack();
      el.dataset.rendered = String(layer.getLayers().length);
    })
    .catch(function (err) { el.dataset.error = String(err); });
  return map;
};
