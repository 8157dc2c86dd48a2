// Public venue map: municipality boundaries and venue markers; unverified venues are hollow.
// django-leaflet creates the map and calls window.tuuliVenueMap(map) once Leaflet has loaded.
(function () {
  "use strict";

  const { readJson, escapeHtml, groupByPoint } = window.tuuliDom;

  window.tuuliVenueMap = function (map) {
    const options = readJson("map-options");
    const venues = readJson("venue-features");
    const boundaryUrl = document.documentElement.dataset.municipalitiesUrl;

    fetch(boundaryUrl)
      .then((response) => response.json())
      .then((collection) => {
        const layer = L.geoJSON(collection, {
          style: (feature) => ({
            color: "#0b5563",
            weight: feature.properties.code === options.municipality ? 3 : 1.5,
            fillOpacity: feature.properties.code === options.municipality ? 0.12 : 0.04,
          }),
          onEachFeature: (feature, featureLayer) =>
            featureLayer.bindTooltip(escapeHtml(feature.properties.name)),
        }).addTo(map);
        layer.bringToBack();
        if (!venues.features.length) map.fitBounds(layer.getBounds());
      });

    // One marker per point (unverified venues share their municipality's centre); its popup
    // lists every venue there, each linked to its entry in the list.
    function popup(features) {
      const items = features.map(({ id, properties: p }) =>
        `<li><a href="#venue-${encodeURIComponent(id)}"><strong>${escapeHtml(p.name)}</strong></a>` +
          `<br>${escapeHtml(p.kind_label)}${p.address ? `<br>${escapeHtml(p.address)}` : ""}</li>`
      );
      return `<ul class="popup-list">${items.join("")}</ul>`;
    }

    const markers = groupByPoint(venues.features).map((features) => {
      const [lon, lat] = features[0].geometry.coordinates;
      const p = features[0].properties;
      const colour = features.every((f) => f.properties.status === "inactive") ? "#5f6b73" : "#0b5563";
      return L.circleMarker([lat, lon], {
        radius: features.length > 1 ? 11 : 8,
        color: colour,
        weight: 2,
        fillColor: colour,
        fillOpacity: p.verified ? 0.9 : 0,
        dashArray: p.verified ? null : "3 3",
        className: "venue-marker",
      })
        .bindPopup(popup(features))
        .addTo(map);
    });
    if (venues.features.length) map.fitBounds(L.featureGroup(markers).getBounds(), { maxZoom: 12, padding: [24, 24] });
  };
})();
