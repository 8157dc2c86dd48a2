// The encounter form: core choices and the fields each theme declares, rendered from the cached
// schemas; guidance rules shown the moment an answer makes them apply.
(function () {
  "use strict";

  function element(tag, attributes, children) {
    const node = document.createElement(tag);
    for (const [key, value] of Object.entries(attributes || {})) {
      if (value === false || value === null || value === undefined) continue;
      if (key === "text") node.textContent = value;
      else if (key === "className") node.className = value;
      else node.setAttribute(key, value === true ? "" : value);
    }
    for (const child of children || []) if (child) node.append(child);
    return node;
  }

  let uniqueId = 0;
  function nextId(prefix) {
    uniqueId += 1;
    return `${prefix}-${uniqueId}`;
  }

  /** A group of radio buttons or checkboxes drawn as big tap targets. */
  function choiceGroup({ legend, name, choices, multiple, className, dataset }) {
    const fieldset = element("fieldset", { className: className || "choices" }, [
      element("legend", { text: legend }),
    ]);
    for (const choice of choices) {
      const id = nextId(name);
      const input = element("input", {
        type: multiple ? "checkbox" : "radio",
        name,
        id,
        value: String(choice.value),
      });
      Object.assign(input.dataset, dataset || {}, { json: JSON.stringify(choice.value) });
      const label = element("label", { for: id, className: "choice" }, [input]);
      if (choice.colour) label.style.setProperty("--theme-colour", choice.colour);
      label.append(element("span", { text: choice.label }));
      fieldset.append(label);
    }
    return fieldset;
  }

  function selectField({ label, name, choices, blank }) {
    const id = nextId(name);
    const select = element("select", { id, name });
    if (blank) select.append(element("option", { value: "", text: blank }));
    for (const choice of choices) {
      select.append(element("option", { value: choice.value, text: choice.label }));
    }
    return element("p", {}, [element("label", { for: id, text: label }), select]);
  }

  /** One theme's fields, from its schema_json(). */
  function themeFields(theme) {
    const section = element("fieldset", { className: "theme-fields", "data-theme": theme.slug }, [
      element("legend", { text: theme.name }),
    ]);
    const dataset = { theme: theme.slug };
    for (const field of theme.fields) {
      const name = `${theme.slug}.${field.key}`;
      let control;
      if (field.kind === "single" || field.kind === "multiple") {
        control = choiceGroup({
          legend: field.label, name, choices: field.choices, multiple: field.kind === "multiple",
          className: "choices compact", dataset: { ...dataset, key: field.key, kind: field.kind },
        });
      } else if (field.kind === "yesno") {
        control = choiceGroup({
          legend: field.label, name,
          choices: [{ value: true, label: gettext("Yes") }, { value: false, label: gettext("No") }],
          className: "choices compact", dataset: { ...dataset, key: field.key, kind: field.kind },
        });
      } else {
        const id = nextId(name);
        const input = element("input", {
          id, name,
          type: field.kind === "number" ? "number" : "text",
          min: field.min, max: field.max, maxlength: field.max_length, inputmode: field.kind === "number" ? "numeric" : null,
          autocomplete: "off",
        });
        Object.assign(input.dataset, dataset, { key: field.key, kind: field.kind });
        control = element("p", {}, [element("label", { for: id, text: field.label }), input]);
      }
      if (field.help_text) control.append(element("span", { className: "help", text: field.help_text }));
      section.append(control);
    }
    return section;
  }

  /** The theme choices of an encounter, as big tap targets in the theme's colour. */
  function themeChoices(themes, name) {
    return choiceGroup({
      legend: gettext("Theme"), name, multiple: true, className: "choices big wide",
      choices: themes.map((theme) => ({ value: theme.slug, label: theme.name, colour: theme.colour })),
    });
  }

  /** Only the fields of the chosen themes are shown (and collected). */
  function showChosenThemeFields(container, chosen) {
    for (const section of container.querySelectorAll(".theme-fields")) {
      section.hidden = !chosen.includes(section.dataset.theme);
    }
  }

  /** Set the theme inputs in ``form`` to stored answers: the inverse of collectAnswers. */
  function fillAnswers(form, answers) {
    for (const [slug, entry] of Object.entries(answers || {})) {
      const given = (entry && entry.answers) || {};
      for (const input of form.querySelectorAll(`[data-theme="${slug}"][data-key]`)) {
        const { key, kind } = input.dataset;
        if (!(key in given)) continue;
        const value = given[key];
        if (kind === "multiple") input.checked = value.includes(JSON.parse(input.dataset.json));
        else if (kind === "single" || kind === "yesno") input.checked = JSON.parse(input.dataset.json) === value;
        else input.value = String(value);
      }
    }
  }

  /** Why ``form``'s free text cannot be saved ("" if it can): encounters are anonymous. Marks and
   * focuses the first text input holding an identifier. */
  function identifierProblem(form) {
    for (const input of form.querySelectorAll("input[type=text]")) {
      const found = window.tuuli.findIdentifiers(input.value);
      if (found.length) {
        input.setAttribute("aria-invalid", "true");
        input.focus();
        return interpolate(gettext("Remove %s: encounters are anonymous."), [found.join(", ")]);
      }
      input.removeAttribute("aria-invalid");
    }
    return "";
  }

  /** {slug: {schema_version, answers}} from the theme inputs of the chosen themes. */
  function collectAnswers(form, themes, chosen) {
    const result = {};
    for (const theme of themes) {
      if (!chosen.includes(theme.slug)) continue;
      const answers = {};
      for (const input of form.querySelectorAll(`[data-theme="${theme.slug}"][data-key]`)) {
        const { key, kind } = input.dataset;
        if (kind === "multiple") {
          if (input.checked) (answers[key] = answers[key] || []).push(JSON.parse(input.dataset.json));
        } else if (kind === "single" || kind === "yesno") {
          if (input.checked) answers[key] = JSON.parse(input.dataset.json);
        } else if (input.value.trim() !== "") {
          answers[key] = kind === "number" ? Number(input.value) : input.value.trim();
        }
      }
      if (Object.keys(answers).length) {
        result[theme.slug] = { schema_version: theme.schema_version, answers };
      }
    }
    return result;
  }

  function ruleApplies(rule, given) {
    const value = given[rule.when.field];
    return Array.isArray(value) ? value.includes(rule.when.value) : value === rule.when.value;
  }

  /** Guidance rules that apply, each once, urgent first: the core rules (on the core fields, in
   * ``core.values``) and the themes' rules (on their answers). */
  function applicableGuidance(themes, answers, core = { rules: [], values: {} }) {
    const candidates = [
      ...core.rules.map((rule) => [rule, core.values]),
      ...themes.flatMap((theme) => (theme.guidance || []).map(
        (rule) => [rule, (answers[theme.slug] || {}).answers || {}]
      )),
    ];
    const seen = new Set();
    const rules = [];
    for (const [rule, given] of candidates) {
      if (ruleApplies(rule, given) && !seen.has(rule.id)) {
        seen.add(rule.id);
        rules.push(rule);
      }
    }
    return rules.sort((a, b) => Number(b.urgent) - Number(a.urgent));
  }

  /** Draws the rules; urgent guidance that has just appeared is scrolled into view, wherever the
   * answer that called for it was given. */
  function renderGuidance(container, rules, referrals, language) {
    const shownBefore = new Set((container.dataset.shown || "").split(" "));
    container.dataset.shown = rules.map((rule) => rule.id).join(" ");
    container.replaceChildren();
    const byKey = new Map(referrals.map((referral) => [referral.key, referral]));
    for (const rule of rules) {
      const box = element("section", {
        className: rule.urgent ? "guidance urgent" : "guidance",
        role: rule.urgent ? "alert" : null,
      }, [element("h3", { text: rule.title }), element("p", { text: rule.text })]);
      const list = element("ul", { className: "referrals" });
      for (const key of rule.referrals || []) {
        const referral = byKey.get(key);
        if (!referral) continue;
        const name = (referral.names && referral.names[language]) || referral.name;
        const item = element("li", { text: name });
        if (referral.phone) {
          item.append(" ", element("a", {
            href: `tel:${referral.phone.replace(/[^\d+]/g, "")}`, text: referral.phone,
          }));
        }
        if (referral.hours) item.append(element("span", { className: "help", text: referral.hours }));
        list.append(item);
      }
      if (list.childElementCount) box.append(list);
      container.append(box);
    }
    const fresh = rules.findIndex((rule) => rule.urgent && !shownBefore.has(rule.id));
    if (fresh >= 0) container.children[fresh].scrollIntoView({ block: "nearest" });
  }

  window.tuuli = window.tuuli || {};
  window.tuuli.form = {
    element, choiceGroup, selectField, themeChoices, themeFields, showChosenThemeFields,
    fillAnswers, collectAnswers, identifierProblem, applicableGuidance, renderGuidance,
  };
})();
