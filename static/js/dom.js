// DOM helpers the public page scripts share (loaded before them).
window.tuuliDom = {
  // Data the server put in a <script type="application/json"> element.
  readJson(id) {
    return JSON.parse(document.getElementById(id).textContent);
  },
  // Text made safe to place in HTML, e.g. a map popup.
  escapeHtml(text) {
    const div = document.createElement("div");
    div.textContent = text || "";
    return div.innerHTML;
  },
  // GeoJSON features at identical coordinates, together: until a venue's location is verified it
  // stands at its municipality's centre, so one map marker has to stand for all of them.
  groupByPoint(features) {
    const groups = new Map();
    for (const feature of features) {
      const key = feature.geometry.coordinates.join(",");
      if (!groups.has(key)) groups.set(key, []);
      groups.get(key).push(feature);
    }
    return [...groups.values()];
  },
};
