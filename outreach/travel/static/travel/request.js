// Shows only the fields of the travel mode chosen; without JavaScript every field stays visible
// and the labels say which mode each belongs to.
const form = document.querySelector("[data-travel-mode-form]");
const FIELDS_BY_MODE = { public: ["ticket_cost"], car: ["car_km", "distance_reason"] };

function showFieldsOfMode() {
  const chosen = form.querySelector("input[name=mode]:checked")?.value;
  for (const [mode, names] of Object.entries(FIELDS_BY_MODE)) {
    for (const name of names) {
      const wrapper = document.getElementById(`field-${name}`);
      if (wrapper) wrapper.hidden = Boolean(chosen) && chosen !== mode;
    }
  }
}

if (form) {
  form.addEventListener("change", showFieldsOfMode);
  showFieldsOfMode();
}
