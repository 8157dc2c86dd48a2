// The header menu on a phone: a disclosure button (aria-expanded, aria-controls) in front of
// search and the main navigation. Without this script the button stays hidden and the menu open;
// on a wide screen CSS hides the button and always shows the menu. Esc closes the menu and puts
// focus back on the button (on a violence page Esc also leaves the site, as its hint says).
(() => {
  const header = document.querySelector("[data-menu]");
  const button = header && header.querySelector("[data-menu-toggle]");
  if (!button) return;
  const menu = document.getElementById(button.getAttribute("aria-controls"));

  function setOpen(open) {
    button.setAttribute("aria-expanded", String(open));
    header.dataset.menu = open ? "open" : "closed";
  }

  setOpen(false);
  button.hidden = false;
  button.addEventListener("click", () => setOpen(button.getAttribute("aria-expanded") !== "true"));
  document.addEventListener("keydown", (event) => {
    if (event.key !== "Escape" || button.getAttribute("aria-expanded") !== "true") return;
    const focusInside = menu.contains(document.activeElement) || document.activeElement === button;
    setOpen(false);
    if (focusInside && button.offsetParent !== null) button.focus();
  });
})();
