// Quick exit for theme pages read by people who may be in danger (e.g. intimate-partner
// violence): one click or the Esc key replaces this page *and its history entry* with a neutral
// site, so the Back button does not bring it back. Loaded once however many controls a page has.
(function () {
  "use strict";
  if (document.documentElement.dataset.quickExitReady) return;
  document.documentElement.dataset.quickExitReady = "true";

  function exitUrl() {
    const control = document.querySelector("[data-quick-exit]");
    return control ? control.dataset.exitUrl : null;
  }

  function leave(event) {
    const url = exitUrl();
    if (!url) return;
    if (event) event.preventDefault();
    // Hide the content at once: the neutral site may take a moment to load.
    document.body.hidden = true;
    document.title = "";
    window.location.replace(url);
  }

  document.addEventListener("click", function (event) {
    if (event.target.closest("[data-quick-exit] a")) leave(event);
  });
  document.addEventListener("keydown", function (event) {
    if (event.key === "Escape") leave(event);
  });
})();
