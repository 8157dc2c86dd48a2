// Pop-up calendar map: one marker per upcoming pop-up point, linked to its entry in the list.
// Leaflet is served from our own static files; only the configured tiles come from elsewhere.
(function () {
  "use strict";

  const { readJson, escapeHtml } = window.tuuliDom;

  const element = document.getElementById("session-map");
  if (!element || typeof L === "undefined") return;
  const options = readJson("map-options");
  const sessions = readJson("session-features");

  const map = L.map(element, { scrollWheelZoom: false }).setView(options.center, options.zoom);
  L.tileLayer(options.tilesUrl, { attribution: options.tilesAttribution, maxZoom: 19 }).addTo(map);

  const markers = L.geoJSON(sessions, {
    pointToLayer: (feature, latlng) =>
      L.circleMarker(latlng, {
        radius: 9,
        color: "#0b5563",
        weight: 2,
        fillColor: "#0b5563",
        fillOpacity: feature.properties.verified ? 0.9 : 0.3,
      }),
    onEachFeature: (feature, layer) => {
      const p = feature.properties;
      layer.bindPopup(
        `<strong>${escapeHtml(p.name)}</strong><br>${escapeHtml(p.when)}<br>` +
          `<a href="#${escapeHtml(p.anchor)}">${escapeHtml(element.dataset.detailsLabel)}</a>`
      );
    },
  }).addTo(map);
  if (sessions.features.length) {
    map.fitBounds(markers.getBounds(), { maxZoom: 12, padding: [24, 24] });
  }
})();
