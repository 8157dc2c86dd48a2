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
};
