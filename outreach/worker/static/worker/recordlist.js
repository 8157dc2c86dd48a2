// What the device list shows: one row per record, in its current state. A correction is folded
// into the encounter it corrects (the row shows the corrected values and a "corrected" marker,
// and the correction's state while it waits), and every label is looked up from the stored keys
// in the cached bootstrap of the UI language, so a record logged in Finnish reads in Swedish in
// the Swedish app. Pure functions of their arguments: Node's tests run them without a browser.
// A classic script; it needs gettext/interpolate (Django's catalogue) and tuuli.formats.
(function () {
  "use strict";

  const PENDING = ["queued", "sending"];

  function labelOf(choices, value) {
    const found = (choices || []).find((choice) => choice.value === value);
    return found ? found.label : String(value);
  }

  /** A theme answer as a person reads it; a key the cached schema lacks is shown as stored. */
  function answerText(field, value) {
    if (!field) return Array.isArray(value) ? value.join(", ") : String(value);
    if (field.kind === "yesno") return value ? gettext("Yes") : gettext("No");
    if (field.kind === "single" || field.kind === "multiple") {
      return (Array.isArray(value) ? value : [value]).map((v) => labelOf(field.choices, v)).join(", ");
    }
    return String(value);
  }

  /** ``{text, details}`` of an encounter's content, in the catalogue's language. */
  function describeEncounter(body, catalogue) {
    const themes = new Map(catalogue.themes.map((theme) => [theme.slug, theme]));
    const themeName = (slug) => (themes.get(slug) || { name: slug }).name;
    const text = [
      catalogue.dateTime(body.occurred_at),
      ...(body.themes || []).map(themeName),
      labelOf(catalogue.choices.age_band, body.age_band),
    ].join(" · ");
    const answers = [];
    for (const [slug, entry] of Object.entries(body.answers || {})) {
      const fields = new Map(((themes.get(slug) || {}).fields || []).map((field) => [field.key, field]));
      for (const [key, value] of Object.entries((entry && entry.answers) || {})) {
        const field = fields.get(key);
        answers.push(`${field ? field.label : key}: ${answerText(field, value)}`);
      }
    }
    const contact = body.contact_type ? [labelOf(catalogue.choices.contact_type, body.contact_type)] : [];
    return { text, details: [...contact, ...answers].join(" · ") };
  }

  function describeSession(body, catalogue) {
    const venue = catalogue.venues.find((feature) => String(feature.id) === String(body.venue));
    if (!venue) return null;
    const name = (venue.properties.names || {})[catalogue.language] || venue.properties.name;
    const phrase = body.ended_at ? gettext("Session at %s (ended)") : gettext("Session at %s");
    return { text: interpolate(phrase, [name]), details: "" };
  }

  function describe(body, catalogue) {
    if (!catalogue) return null;
    if (body.type === "encounter") return describeEncounter(body, catalogue);
    if (body.type === "session") return describeSession(body, catalogue);
    return null; // another kind of record: its own label says what it is
  }

  /** The correction that decides what a row shows: the newest one not yet on the server. */
  function openCorrections(records) {
    const open = new Map();
    for (const record of records) {
      if (record.type === "correction" && record.state !== "synced") open.set(record.body.encounter, record);
    }
    return open;
  }

  function row(record, correction, catalogue) {
    const shown = correction || record;
    const applies = correction && PENDING.includes(correction.state);
    const body = applies && !correction.body.delete
      ? { ...record.body, ...correction.body.content }
      : record.body;
    const described = describe(body, catalogue) || { text: record.label || record.type, details: "" };
    const deleted = Boolean(record.deleted || (applies && correction.body.delete));
    return {
      uuid: record.uuid,
      record,
      state: shown.state,
      message: shown.state === "attention" ? shown.message : "",
      // What "Remove from this device" removes: a correction the server refused, not its encounter.
      removable: shown,
      ...described,
      corrected: !deleted && Boolean(applies || record.version > 1 || record.corrected),
      deleted,
    };
  }

  /** The rows of the list, newest first: ``records`` as the outbox holds them, oldest first;
   * ``catalogue`` is ``{themes, choices, venues, language, dateTime}`` or null (not loaded yet). */
  function rows(records, catalogue) {
    const open = openCorrections(records);
    const present = new Set(records.map((record) => record.uuid));
    const result = [];
    for (const record of records) {
      if (record.type !== "correction") {
        result.push(row(record, open.get(record.uuid), catalogue));
      } else if (!present.has(record.body.encounter) && open.get(record.body.encounter) === record) {
        // Its encounter has been pruned from the device while the correction waits: show the
        // correction's own content.
        const content = record.body.content
          ? { type: "encounter", uuid: record.body.encounter, ...record.body.content }
          : null;
        const shown = { ...record, body: content || record.body, version: 2, deleted: !content };
        result.push(row(shown, null, catalogue));
      }
    }
    return result.reverse();
  }

  globalThis.tuuli = globalThis.tuuli || {};
  globalThis.tuuli.recordList = { rows, describe };
})();
