// Self-tests on theme pages (AUDIT-C, Lie/Bet). They are scored here, in the reader's browser:
// the form has no action, submitting is always prevented, and the button stays hidden without
// JavaScript, so answers are never sent anywhere or stored.
(function () {
  "use strict";

  function score(form) {
    let total = 0;
    for (const question of form.querySelectorAll("[data-question]")) {
      const answer = question.querySelector("input:checked");
      if (!answer) return { missing: question };
      total += Number(answer.value);
    }
    return { total: total };
  }

  function threshold(form) {
    const chosen = form.querySelector("input[data-threshold]:checked");
    return Number(chosen ? chosen.dataset.threshold : form.dataset.threshold);
  }

  function show(form) {
    const section = form.closest(".self-test");
    const error = form.querySelector("[data-self-test-error]");
    const result = score(form);
    if (result.missing) {
      error.hidden = false;
      result.missing.querySelector("input").focus();
      return;
    }
    error.hidden = true;
    const limit = threshold(form);
    const level = result.total >= limit ? "high" : "low";
    let shown = null;
    for (const panel of section.querySelectorAll("[data-result]")) {
      panel.hidden = panel.dataset.result !== level;
      if (!panel.hidden) shown = panel;
    }
    for (const node of section.querySelectorAll("[data-score]")) node.textContent = result.total;
    for (const node of section.querySelectorAll("[data-limit]")) node.textContent = limit;
    section.querySelector("[data-result-help]").hidden = false;
    shown.focus();
  }

  for (const form of document.querySelectorAll("form[data-self-test]")) {
    if (form.dataset.selfTestReady) continue;
    form.dataset.selfTestReady = "true";
    form.querySelector("[data-self-test-submit]").hidden = false;
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      show(form);
    });
  }
})();
