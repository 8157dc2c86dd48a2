// Corrections: for 24 hours a worker may correct or delete their own encounter. Before it has
// synced, the queued record itself is changed; after, a correction naming the version it
// replaces goes through the outbox. A stale version comes back as a conflict to look at.
(function () {
  "use strict";

  const { element, selectField } = window.tuuli.form;
  const WINDOW_MS = 24 * 3600 * 1000;
  const FIELDS = ["age_band", "concern_about", "contact_type", "language", "guided_to", "duration"];

  function createCorrections({ outbox, owner, language, choices, referrals, onQueued }) {
    const dialog = document.getElementById("correct-dialog");
    const fields = document.getElementById("correct-fields");
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
        return referrals.map((r) => ({ value: r.key, label: (r.names && r.names[language]) || r.name }));
      }
      return choices[name];
    }

    function open(record) {
      current = record;
      const names = labels();
      fields.replaceChildren(
        ...FIELDS.map((name) =>
          selectField({
            label: names[name], name: `correct-${name}`, choices: optionsFor(name),
            blank: name === "guided_to" || name === "duration" ? gettext("Not noted") : null,
          })
        )
      );
      for (const name of FIELDS) {
        fields.querySelector(`[name=correct-${name}]`).value = record.body[name] || "";
      }
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
        else await outbox.add([{ ...record.body, ...change.content }], owner, [record.label]);
      } else {
        const correction = {
          type: "correction", uuid: crypto.randomUUID(), encounter: record.uuid,
          base_version: record.version || 1, made_at: new Date().toISOString(),
          delete: Boolean(change.delete),
          content: change.delete ? null : { ...pick(record.body), ...change.content },
        };
        const label = change.delete
          ? interpolate(gettext("Deletion of %s"), [record.label])
          : interpolate(gettext("Correction of %s"), [record.label]);
        await outbox.add([correction], owner, [label]);
      }
      onQueued();
    }

    function pick(body) {
      const { type, uuid, session, ...content } = body;
      return content;
    }

    document.getElementById("correct-form").addEventListener("submit", (event) => {
      event.preventDefault();
      const content = {};
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
      const button = element("button", { type: "button", className: "secondary", text: gettext("Correct or delete") });
      button.addEventListener("click", () => open(record));
      return button;
    }

    return { buttonFor };
  }

  window.tuuli = window.tuuli || {};
  window.tuuli.createCorrections = createCorrections;
})();
