// Choosing a venue: from a list (with a filter), nearest first from the device's location, or on
// a map drawn from the cached GeoJSON (tiles only where the worker has looked before).
// Until a coordinator verifies a venue's location it stands at its municipality's centre, so many
// venues share one point: a marker stands for every venue at its point and offers a chooser, and a
// distance is shown only where the location is verified. A classic script; Node's tests import
// it for the pure functions on globalThis.tuuli.venues.
(function () {
  "use strict";

  const EARTH_RADIUS_KM = 6371;

  function distanceKm([lon1, lat1], [lon2, lat2]) {
    const rad = Math.PI / 180;
    const a =
      Math.sin(((lat2 - lat1) * rad) / 2) ** 2 +
      Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(((lon2 - lon1) * rad) / 2) ** 2;
    return 2 * EARTH_RADIUS_KM * Math.asin(Math.sqrt(a));
  }

  /** Features at identical coordinates together, in their original order: one group per marker. */
  function groupByPoint(features) {
    const groups = new Map();
    for (const feature of features) {
      const key = feature.geometry.coordinates.join(",");
      if (!groups.has(key)) groups.set(key, { coordinates: feature.geometry.coordinates, features: [] });
      groups.get(key).features.push(feature);
    }
    return [...groups.values()];
  }

  /** Venues nearest first: verified locations before the rest, which sort by their (municipality
   * centre) point. An unverified venue's km is no real distance and must not be shown. */
  function byDistance(features, here) {
    return features
      .map((feature) => ({
        feature,
        verified: Boolean(feature.properties.verified),
        km: distanceKm(here, feature.geometry.coordinates),
      }))
      .sort((a, b) => b.verified - a.verified || a.km - b.km);
  }

  function createVenuePicker({ list, filter, mapContainer, status, venues, language, options }) {
    const { form: { element }, formats } = window.tuuli;
    const features = venues.features.filter((f) => f.properties.status !== "inactive");
    let nearest = null; // Map of id -> {verified, km}, in nearest-first order
    let map = null;

    function name(feature) {
      return feature.properties.names[language] || feature.properties.name;
    }

    function render() {
      const query = filter.value.trim().toLowerCase();
      let shown = features.filter((f) => !query || name(f).toLowerCase().includes(query));
      if (nearest) {
        const order = [...nearest.keys()];
        shown = [...shown].sort((a, b) => order.indexOf(a.id) - order.indexOf(b.id));
      }
      const selected = selectedId();
      list.replaceChildren(
        ...shown.map((feature) => {
          const id = `venue-${feature.id}`;
          const input = element("input", {
            type: "radio", name: "venue", id, value: feature.id, required: true,
            checked: String(feature.id) === selected,
          });
          const details = [feature.properties.kind_label];
          if (nearest) {
            const { verified, km } = nearest.get(feature.id);
            details.push(verified ? formats.km(km) : gettext("location not verified"));
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

    // From the map: the venue may be filtered out of the list, so clear the filter first.
    function select(feature) {
      if (filter.value) {
        filter.value = "";
        render();
      }
      const input = list.querySelector(`input[value="${feature.id}"]`);
      if (!input) return;
      input.checked = true;
      input.focus();
      status.textContent = interpolate(gettext("Selected: %s"), [name(feature)]);
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
          nearest = new Map(byDistance(features, here).map((entry) => [entry.feature.id, entry]));
          status.textContent = gettext("Nearest venues first.");
          render();
        },
        () => {
          status.textContent = gettext("Location is not available; choose from the list.");
        },
        { timeout: 10000, maximumAge: 300000 }
      );
    }

    // A marker for several venues: a list of them to choose from, in the worker's language.
    function chooser(group, marker) {
      const buttons = group.features.map((feature) => {
        const button = element("button", { type: "button", className: "venue-choice", text: name(feature) });
        button.addEventListener("click", () => {
          marker.closePopup();
          select(feature);
        });
        return element("li", {}, [button]);
      });
      return element("div", { className: "venue-chooser" }, [
        element("p", { text: gettext("Several venues at this point. Choose one:") }),
        element("ul", {}, buttons),
      ]);
    }

    function addMarker(group) {
      const [lon, lat] = group.coordinates;
      const several = group.features.length > 1;
      const label = group.features.map(name).join(", ");
      const marker = L.circleMarker([lat, lon], { radius: several ? 13 : 10, color: "#0b5563", fillOpacity: 0.8 })
        .bindTooltip(several ? `${group.features.length}: ${label}` : label)
        .addTo(map);
      if (several) {
        marker.bindPopup(() => chooser(group, marker), { maxWidth: 260 });
        marker.on("popupopen", (event) => event.popup.getElement().querySelector("button.venue-choice").focus());
      } else {
        marker.on("click", () => select(group.features[0]));
      }
      // Circle markers are not tab stops in Leaflet: make each one a button for the keyboard.
      const path = marker.getElement();
      Object.assign(path, { tabIndex: 0 });
      path.setAttribute("role", "button");
      path.setAttribute("aria-label", label);
      path.addEventListener("keydown", (event) => {
        if (event.key !== "Enter" && event.key !== " ") return;
        event.preventDefault();
        if (several) marker.openPopup();
        else select(group.features[0]);
      });
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
      // The view first: Leaflet draws a marker (and so has its element) only on a map with a view.
      const groups = groupByPoint(features);
      if (!groups.length) return;
      map.fitBounds(groups.map(({ coordinates: [lon, lat] }) => [lat, lon]), { padding: [24, 24] });
      groups.forEach(addMarker);
    }

    filter.addEventListener("input", render);
    render();
    return { nearestFirst, showMap, selectedId, name: (id) => name(features.find((f) => String(f.id) === String(id))) };
  }

  globalThis.tuuli = globalThis.tuuli || {};
  globalThis.tuuli.createVenuePicker = createVenuePicker;
  globalThis.tuuli.distanceKm = distanceKm;
  globalThis.tuuli.venues = { distanceKm, groupByPoint, byDistance };
})();
