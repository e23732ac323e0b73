// event.js: the event page's small map.
"use strict";

(function () {
  var data = JSON.parse(document.getElementById("page-data").textContent);
  var el = document.getElementById("map");
  if (el) window.dossierMap(el, data);
})();
