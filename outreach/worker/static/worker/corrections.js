// Corrections: for 24 hours a worker may correct or delete their own encounter. Before it has
// synced, the queued record itself is changed; after, a correction naming the version it
// replaces goes through the outbox. A stale version comes back as a conflict to look at.
// The dialog offers what the log form offers (themes, core choices, theme fields), drawn by
// form.js and filled in from the record.
(function () {
  "use strict";

  const form = window.tuuli.form;
  const WINDOW_MS = 24 * 3600 * 1000;
  const FIELDS = ["age_band", "concern_about", "contact_type", "language", "guided_to", "duration"];
  const THEME_INPUT = "correct-theme";

  function createCorrections({ outbox, owner, language, data, onQueued }) {
    const dialog = document.getElementById("correct-dialog");
    const correctForm = document.getElementById("correct-form");
    const fields = document.getElementById("correct-fields");
    const error = document.getElementById("correct-error");
    let current = null;

    function labels() {
      return {
        age_band: gettext("Age band"),
        concern_about: gettext("Whom the concern is about"),
        contact_type: gettext("Contact type"),
        language: gettext("Language"),
        guided_to: gettext("Guided to"),
        duration: gettext("Duration"),
      };
    }

    function optionsFor(name) {
      if (name === "guided_to") {
        return data.referrals.map((r) => ({ value: r.key, label: (r.names && r.names[language]) || r.name }));
      }
      return data.choices[name];
    }

    /** The themes the log form offered for this encounter (its session's), and any it has. */
    async function offeredThemes(record) {
      const session = await outbox.get(record.body.session);
      if (!session) return data.themes; // pruned from the device: every theme there is
      const slugs = new Set([...session.body.themes, ...record.body.themes]);
      return data.themes.filter((theme) => slugs.has(theme.slug));
    }

    function chosenThemes() {
      return [...correctForm.querySelectorAll(`input[name=${THEME_INPUT}]:checked`)].map((i) => i.value);
    }

    async function open(record) {
      current = record;
      const themes = await offeredThemes(record);
      const names = labels();
      const themeFields = form.element("div", { className: "correct-theme-fields" },
        themes.filter((theme) => theme.fields.length).map(form.themeFields));
      fields.replaceChildren(
        form.themeChoices(themes, THEME_INPUT),
        ...FIELDS.map((name) =>
          form.selectField({
            label: names[name], name: `correct-${name}`, choices: optionsFor(name),
            blank: name === "guided_to" || name === "duration" ? gettext("Not noted") : null,
          })
        ),
        themeFields,
      );
      for (const input of fields.querySelectorAll(`input[name=${THEME_INPUT}]`)) {
        input.checked = record.body.themes.includes(input.value);
      }
      for (const name of FIELDS) {
        fields.querySelector(`[name=correct-${name}]`).value = record.body[name] || "";
      }
      form.fillAnswers(themeFields, record.body.answers);
      form.showChosenThemeFields(fields, chosenThemes());
      error.textContent = "";
      dialog.showModal();
    }

    function correctable(record, records) {
      if (record.type !== "encounter" || record.deleted) return false;
      if (Date.now() - Date.parse(record.body.occurred_at) > WINDOW_MS) return false;
      // One correction at a time: the next one must name the version the first one made.
      return !records.some((r) => r.type === "correction" && r.body.encounter === record.uuid && outbox.isPending(r));
    }

    async function queue(change) {
      const record = current;
      dialog.close();
      if (record.state !== "synced") {
        // Not on the server yet: change or drop the queued record itself.
        if (change.delete) await outbox.remove([record.uuid]);
        else await outbox.add([{ ...record.body, ...change.content }], owner, [record.label], { corrected: true });
      } else {
        const correction = {
          type: "correction", uuid: crypto.randomUUID(), encounter: record.uuid,
          base_version: record.version || 1, made_at: new Date().toISOString(),
          delete: Boolean(change.delete),
          content: change.delete ? null : { ...pick(record.body), ...change.content },
        };
        // Labels for a device without cached data; the list normally draws the encounter itself.
        const label = change.delete
          ? interpolate(gettext("Deletion of %s"), [record.label])
          : interpolate(gettext("Correction of %s"), [record.label]);
        // A correction the server refused earlier is replaced by this one, not left beside it.
        const refused = (await outbox.all()).filter(
          (r) => r.type === "correction" && r.body.encounter === record.uuid && r.state === "attention"
        );
        if (refused.length) await outbox.remove(refused.map((r) => r.uuid));
        await outbox.add([correction], owner, [label]);
      }
      onQueued();
    }

    function pick(body) {
      const { type, uuid, session, ...content } = body;
      return content;
    }

    correctForm.addEventListener("change", () => form.showChosenThemeFields(fields, chosenThemes()));
    correctForm.addEventListener("submit", (event) => {
      event.preventDefault();
      const themes = chosenThemes();
      const problem = themes.length ? form.identifierProblem(correctForm) : gettext("Choose at least one theme.");
      error.textContent = problem;
      if (problem) return;
      const content = { themes, answers: form.collectAnswers(correctForm, data.themes, themes) };
      for (const name of FIELDS) content[name] = fields.querySelector(`[name=correct-${name}]`).value;
      queue({ content });
    });
    document.getElementById("correct-delete").addEventListener("click", () => {
      if (window.confirm(gettext("Delete this encounter? It will no longer count anywhere."))) {
        queue({ delete: true });
      }
    });
    document.getElementById("correct-cancel").addEventListener("click", () => dialog.close());

    /** The "Correct" button for a record in the list, or nothing. */
    function buttonFor(record, records) {
      if (!correctable(record, records)) return null;
      const button = form.element("button", { type: "button", className: "secondary", text: gettext("Correct or delete") });
      button.addEventListener("click", () => open(record));
      return button;
    }

    return { buttonFor };
  }

  window.tuuli = window.tuuli || {};
  window.tuuli.createCorrections = createCorrections;
})();
