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

// The estimate box follows the resident's choices: the server prices them with the same rules as
// the claim and sends the box back. Without JavaScript the "Show the estimate" button does this.
const ESTIMATE_INPUTS = ["visit_code", "municipality", "mode", "trips", "ticket_cost", "car_km"];
let pending;

async function refreshEstimate() {
  const box = document.querySelector("[data-travel-estimate]");
  const body = new FormData(form);
  if (!box || !body.get("visit_code") || !body.get("municipality") || !body.get("mode")) return;
  try {
    const response = await fetch(form.dataset.estimateUrl, { method: "POST", body });
    if (response.status === 429) return; // the button shows the throttle message
    const html = await response.text();
    const fresh = new DOMParser().parseFromString(html, "text/html").querySelector("[data-travel-estimate]");
    if (fresh) box.replaceChildren(...fresh.childNodes);
  } catch {
    // offline or the server is away: the button still works
  }
}

if (form?.dataset.estimateUrl) {
  form.addEventListener("change", (event) => {
    if (!ESTIMATE_INPUTS.includes(event.target.name)) return;
    clearTimeout(pending);
    pending = setTimeout(refreshEstimate, 300);
  });
}
