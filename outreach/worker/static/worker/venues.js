// Choosing a venue: from a list (with a filter), nearest first from the device's location, or on
// a map drawn from the cached GeoJSON (tiles only where the worker has looked before).
(function () {
  "use strict";

  const { form: { element }, formats } = window.tuuli;
  const EARTH_RADIUS_KM = 6371;

  function distanceKm([lon1, lat1], [lon2, lat2]) {
    const rad = Math.PI / 180;
    const a =
      Math.sin(((lat2 - lat1) * rad) / 2) ** 2 +
      Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(((lon2 - lon1) * rad) / 2) ** 2;
    return 2 * EARTH_RADIUS_KM * Math.asin(Math.sqrt(a));
  }

  function createVenuePicker({ list, filter, mapContainer, status, venues, language, options }) {
    const features = venues.features.filter((f) => f.properties.status !== "inactive");
    let distances = null;
    let map = null;

    function name(feature) {
      return feature.properties.names[language] || feature.properties.name;
    }

    function render() {
      const query = filter.value.trim().toLowerCase();
      let shown = features.filter((f) => !query || name(f).toLowerCase().includes(query));
      if (distances) shown = [...shown].sort((a, b) => distances.get(a.id) - distances.get(b.id));
      const selected = selectedId();
      list.replaceChildren(
        ...shown.map((feature) => {
          const id = `venue-${feature.id}`;
          const input = element("input", {
            type: "radio", name: "venue", id, value: feature.id, required: true,
            checked: String(feature.id) === selected,
          });
          const details = [feature.properties.kind_label];
          if (distances) {
            details.push(formats.km(distances.get(feature.id)));
          }
          return element("li", {}, [
            element("label", { for: id, className: "choice venue" }, [
              input,
              element("span", { text: name(feature) }),
              element("span", { className: "help", text: details.join(" · ") }),
            ]),
          ]);
        })
      );
    }

    function selectedId() {
      const checked = list.querySelector("input[name=venue]:checked");
      return checked ? checked.value : null;
    }

    function select(id) {
      const input = list.querySelector(`input[value="${id}"]`);
      if (input) {
        input.checked = true;
        input.focus();
      }
    }

    function nearestFirst() {
      if (!navigator.geolocation) {
        status.textContent = gettext("This device cannot tell its location.");
        return;
      }
      status.textContent = gettext("Finding your location…");
      navigator.geolocation.getCurrentPosition(
        (position) => {
          const here = [position.coords.longitude, position.coords.latitude];
          distances = new Map(features.map((f) => [f.id, distanceKm(here, f.geometry.coordinates)]));
          status.textContent = gettext("Nearest venues first.");
          render();
        },
        () => {
          status.textContent = gettext("Location is not available; choose from the list.");
        },
        { timeout: 10000, maximumAge: 300000 }
      );
    }

    function showMap() {
      mapContainer.hidden = !mapContainer.hidden;
      if (mapContainer.hidden || map || !window.L) return;
      map = L.map(mapContainer, { zoomControl: true });
      L.tileLayer(options.tilesUrl, { attribution: options.tilesAttribution, maxZoom: 19 }).addTo(map);
      fetch(options.municipalitiesUrl)
        .then((response) => response.json())
        .then((collection) =>
          L.geoJSON(collection, { style: { color: "#0b5563", weight: 1.5, fillOpacity: 0.04 } })
            .addTo(map)
            .bringToBack()
        )
        .catch(() => null); // without boundaries the venues still show
      const markers = L.geoJSON(
        { type: "FeatureCollection", features },
        {
          pointToLayer: (feature, latlng) =>
            L.circleMarker(latlng, { radius: 10, color: "#0b5563", fillOpacity: 0.8 }),
          onEachFeature: (feature, layer) => {
            layer.bindTooltip(name(feature));
            layer.on("click", () => select(feature.id));
          },
        }
      ).addTo(map);
      map.fitBounds(markers.getBounds(), { padding: [24, 24] });
    }

    filter.addEventListener("input", render);
    render();
    return { nearestFirst, showMap, selectedId, name: (id) => name(features.find((f) => String(f.id) === String(id))) };
  }

  window.tuuli = window.tuuli || {};
  window.tuuli.createVenuePicker = createVenuePicker;
  window.tuuli.distanceKm = distanceKm;
})();
