// Pop-up calendar map: one marker per place with upcoming pop-ups, linked to their list entries.
// Leaflet is served from our own static files; only the configured tiles come from elsewhere.
(function () {
  "use strict";

  const { readJson, escapeHtml, groupByPoint } = window.tuuliDom;

  const element = document.getElementById("session-map");
  if (!element || typeof L === "undefined") return;
  const options = readJson("map-options");
  const sessions = readJson("session-features");

  const map = L.map(element, { scrollWheelZoom: false }).setView(options.center, options.zoom);
  L.tileLayer(options.tilesUrl, { attribution: options.tilesAttribution, maxZoom: 19 }).addTo(map);

  // One marker per point, its popup listing every venue there with its pop-ups, each linked to
  // its entry in the list.
  function popup(features) {
    const byVenue = new Map();
    for (const { properties: p } of features) {
      if (!byVenue.has(p.name)) byVenue.set(p.name, []);
      byVenue.get(p.name).push(`<li><a href="#${escapeHtml(p.anchor)}">${escapeHtml(p.when)}</a></li>`);
    }
    return [...byVenue]
      .map(([name, items]) => `<strong>${escapeHtml(name)}</strong><ul class="popup-list">${items.join("")}</ul>`)
      .join("");
  }

  const markers = groupByPoint(sessions.features).map((features) => {
    const [lon, lat] = features[0].geometry.coordinates;
    return L.circleMarker([lat, lon], {
      radius: features.length > 1 ? 12 : 9,
      color: "#0b5563",
      weight: 2,
      fillColor: "#0b5563",
      fillOpacity: features[0].properties.verified ? 0.9 : 0.3,
    })
      .bindPopup(popup(features))
      .addTo(map);
  });
  if (sessions.features.length) {
    map.fitBounds(L.featureGroup(markers).getBounds(), { maxZoom: 12, padding: [24, 24] });
  }
})();
