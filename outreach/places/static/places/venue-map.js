// Public venue map: municipality boundaries and venue markers; unverified venues are hollow.
// django-leaflet creates the map and calls window.tuuliVenueMap(map) once Leaflet has loaded.
(function () {
  "use strict";

  const { readJson, escapeHtml } = window.tuuliDom;

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

    const markers = L.geoJSON(venues, {
      pointToLayer: (feature, latlng) => {
        const colour = feature.properties.status === "inactive" ? "#5f6b73" : "#0b5563";
        return L.circleMarker(latlng, {
          radius: 8,
          color: colour,
          weight: 2,
          fillColor: colour,
          fillOpacity: feature.properties.verified ? 0.9 : 0,
          dashArray: feature.properties.verified ? null : "3 3",
        });
      },
      onEachFeature: (feature, layer) => {
        const p = feature.properties;
        layer.bindPopup(
          `<strong>${escapeHtml(p.name)}</strong><br>${escapeHtml(p.kind_label)}` +
            (p.address ? `<br>${escapeHtml(p.address)}` : "")
        );
      },
    }).addTo(map);
    if (venues.features.length) map.fitBounds(markers.getBounds(), { maxZoom: 12, padding: [24, 24] });
  };
})();
