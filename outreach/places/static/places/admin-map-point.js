// Wagtail admin: keep a Leaflet marker and the latitude/longitude inputs in step.
(function () {
  "use strict";

  function init(container) {
    const lat = document.getElementById(container.dataset.latitudeInput);
    const lon = document.getElementById(container.dataset.longitudeInput);
    const verified = document.getElementById(container.dataset.verifiedInput);
    const start = [parseFloat(lat.value) || 60.5, parseFloat(lon.value) || 25.8];
    const map = L.map(container.querySelector(".tuuli-map-point__map")).setView(start, 13);
    L.tileLayer(container.dataset.tilesUrl, {
      attribution: container.dataset.tilesAttribution,
      maxZoom: 19,
    }).addTo(map);
    const marker = L.marker(start, { draggable: true, keyboard: true }).addTo(map);

    function setPoint(latlng) {
      marker.setLatLng(latlng);
      lat.value = latlng.lat.toFixed(6);
      lon.value = latlng.lng.toFixed(6);
      // A moved point is a new claim about the location: ask for it to be verified again.
      if (verified) verified.checked = false;
    }

    map.on("click", (event) => setPoint(event.latlng));
    marker.on("dragend", () => setPoint(marker.getLatLng()));
    [lat, lon].forEach((input) =>
      input.addEventListener("change", () => {
        const point = [parseFloat(lat.value), parseFloat(lon.value)];
        if (!point.some(Number.isNaN)) {
          marker.setLatLng(point);
          map.panTo(point);
        }
      })
    );
  }

  document.addEventListener("DOMContentLoaded", () =>
    document.querySelectorAll(".tuuli-map-point").forEach(init)
  );
})();
