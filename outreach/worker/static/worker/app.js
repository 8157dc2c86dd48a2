// The worker app: start a pop-up session, log encounters in three taps, end the session. Works
// offline after one online visit; every record waits in the outbox until its receipt arrives.
(function () {
  "use strict";

  const {
    outbox, form, formats, recordList, createSync, createVenuePicker, createCorrections, createVisitCodes,
    findIdentifiers, sessionSummary,
  } = window.tuuli;
  const { element } = form;
  const options = JSON.parse(document.getElementById("app-options").textContent);
  const language = document.documentElement.lang || "fi";
  const owner = options.username;
  const SYNCED_KEPT_MS = 24 * 3600 * 1000; // synced records stay visible while still correctable
  const $ = (id) => document.getElementById(id);

  const STATE_LABELS = {
    queued: gettext("Queued"),
    sending: gettext("Sending"),
    synced: gettext("Synced"),
    attention: gettext("Needs attention"),
  };

  let data = null; // the cached bootstrap: themes, venues, referrals, choices
  let session = null; // the open session on this device
  let picker = null;
  let sync = null;
  let waitingWorker = null;
  let corrections = null;
  let endConfirmation = null;
  let visitCodes = null;
  let syncStatus = null; // the last word from the sync: {state, detail}

  // --- data -------------------------------------------------------------------------------

  async function loadData() {
    const key = `bootstrap:${language}`;
    try {
      const response = await fetch(`${options.apiRoot}bootstrap`, {
        credentials: "same-origin", cache: "no-store", headers: { "Accept-Language": language },
      });
      if (response.ok) {
        const fresh = await response.json();
        await outbox.setMeta(key, fresh);
        return fresh;
      }
    } catch (error) {
      // offline: fall back to the copy from the last visit
    }
    return outbox.getMeta(key);
  }

  function themeBySlug(slug) {
    return data.themes.find((theme) => theme.slug === slug);
  }

  function uuid() {
    return crypto.randomUUID();
  }

  // --- status -------------------------------------------------------------------------------

  /** The labels the list looks its records up in: the bootstrap of the UI language. */
  function catalogue() {
    return data && { ...data, venues: data.venues.features, language, dateTime: formats.dateTime };
  }

  async function renderRecords() {
    const records = (await outbox.all()).filter((record) => record.owner === owner);
    const pending = records.filter(outbox.isPending).length;
    $("pending-count").textContent = String(pending);
    const lastSync = await outbox.getMeta("lastSync");
    $("last-sync").textContent = lastSync ? formats.dateTime(lastSync) : gettext("never");
    const list = $("record-list");
    list.replaceChildren(
      ...recordList.rows(records, catalogue()).slice(0, 50).map((row) => {
        const item = element("li", {
          className: `record state-${row.state}`, "data-state": row.state, "data-uuid": row.uuid,
          "data-corrected": row.corrected,
        }, [
          element("span", {}, [
            row.text + (row.deleted ? ` (${gettext("deleted")})` : ""),
            row.corrected ? " " : null,
            row.corrected ? element("span", { className: "marker", text: gettext("corrected") }) : null,
          ]),
          element("strong", { className: "badge", text: STATE_LABELS[row.state] }),
        ]);
        if (row.details) item.append(element("p", { className: "details", text: row.details }));
        if (row.state === "attention") {
          item.append(element("p", { className: "error", text: row.message }));
          const discard = element("button", { type: "button", className: "secondary", text: gettext("Remove from this device") });
          discard.addEventListener("click", async () => {
            if (window.confirm(gettext("Remove this record from the device? The server does not have it."))) {
              await outbox.remove([row.removable.uuid]);
            }
          });
          item.append(discard);
        }
        const correct = corrections && corrections.buttonFor(row.record, records);
        if (correct) item.append(correct);
        return item;
      })
    );
    if (!records.length) list.append(element("li", { text: gettext("Nothing yet.") }));
    if (syncStatus) {
      const attention = records.filter((record) => record.state === "attention").length;
      $("sync-message").textContent = syncMessage(syncStatus, attention);
    }
  }

  function syncMessage({ state, detail }, attention) {
    if (state === "done" && attention) {
      return interpolate(ngettext(
        "%s record needs attention: see the list below. The others are on the server.",
        "%s records need attention: see the list below. The others are on the server.",
        attention
      ), [attention]);
    }
    if (state === "busy") {
      return interpolate(ngettext(
        "The server is busy. Records are safe on this device; trying again in %s second.",
        "The server is busy. Records are safe on this device; trying again in %s seconds.",
        detail.seconds
      ), [detail.seconds]);
    }
    const messages = {
      sending: gettext("Syncing…"),
      done: gettext("All records are on the server."),
      offline: gettext("No connection to the server. Records are safe on this device and will be sent later."),
      login: gettext("Your login has expired. Records are safe on this device; log in again to send them."),
    };
    return messages[state] || "";
  }

  function showSyncStatus(status) {
    syncStatus = status;
    // After a sync the server knows which codes were handed out: top the pool up.
    if (status.state === "done" && visitCodes) visitCodes.refreshIfNeeded().catch(() => false).then(renderCodesLeft);
    $("login-again").hidden = status.state !== "login";
    document.body.dataset.sync = status.state;
    renderRecords();
  }

  async function askPersistentStorage() {
    const label = $("storage-status");
    const persisted = Boolean(navigator.storage && navigator.storage.persist) &&
      ((await navigator.storage.persisted()) || (await navigator.storage.persist()));
    // Not granted: say what keeps the records safe anyway, without alarm.
    label.textContent = persisted
      ? gettext("Storage: kept permanently on this device.")
      : gettext("Storage: the browser may clear it if the device runs low on space. To be safe, add the app to the home screen, keep it open while you work and sync before you leave.");
    label.dataset.persisted = String(persisted);
  }

  // --- service worker and updates -----------------------------------------------------------

  let formDirty = false; // the worker has touched the encounter form since it was last cleared

  function formHasInput() {
    return formDirty && !$("session-view").hidden;
  }

  function offerUpdate(worker) {
    waitingWorker = worker;
    $("update-banner").hidden = false;
    refreshUpdateButton();
  }

  function refreshUpdateButton() {
    if (!waitingWorker) return;
    const busy = formHasInput();
    $("update-now").disabled = busy;
    $("update-wait").hidden = !busy;
  }

  async function registerServiceWorker() {
    if (!("serviceWorker" in navigator)) return;
    const registration = await navigator.serviceWorker.register(options.serviceWorkerUrl, { scope: "/" });
    if (registration.waiting && navigator.serviceWorker.controller) offerUpdate(registration.waiting);
    registration.addEventListener("updatefound", () => {
      const installing = registration.installing;
      installing.addEventListener("statechange", () => {
        if (installing.state === "installed" && navigator.serviceWorker.controller) offerUpdate(installing);
      });
    });
    let reloading = false;
    navigator.serviceWorker.addEventListener("controllerchange", () => {
      if (reloading || !waitingWorker) return;
      reloading = true;
      window.location.reload();
    });
    const ready = await navigator.serviceWorker.ready;
    // This page itself was loaded before the service worker existed: have it cached now.
    ready.active.postMessage({ type: "CACHE_URLS", urls: [window.location.pathname, document.querySelector("script[src*=jsi18n]").src] });
    document.body.dataset.serviceWorker = "ready";
  }

  // --- starting and ending a session --------------------------------------------------------

  function renderStart() {
    $("start-view").hidden = false;
    $("session-view").hidden = true;
    if (!picker) {
      picker = createVenuePicker({
        list: $("venue-list"), filter: $("venue-filter"), mapContainer: $("venue-map"),
        status: $("venue-status"), venues: data.venues, language, options,
      });
      $("venues-nearest").addEventListener("click", picker.nearestFirst);
      $("venues-map").addEventListener("click", picker.showMap);
      $("session-themes").replaceChildren(form.choiceGroup({
        legend: gettext("Themes on offer"), name: "session-theme", multiple: true, className: "choices wide",
        choices: data.themes.map((theme) => ({ value: theme.slug, label: theme.name, colour: theme.colour })),
      }));
      $("session-languages").replaceChildren(form.choiceGroup({
        legend: gettext("Languages spoken"), name: "session-language", multiple: true,
        choices: data.choices.language.filter((choice) => choice.value !== "other"),
      }));
    }
  }

  async function startSession(event) {
    event.preventDefault();
    const venue = picker.selectedId();
    const themes = [...document.querySelectorAll("input[name=session-theme]:checked")].map((i) => i.value);
    const languages = [...document.querySelectorAll("input[name=session-language]:checked")].map((i) => i.value);
    if (!venue || !themes.length) {
      $("start-error").textContent = gettext("Choose a venue and at least one theme.");
      return;
    }
    $("start-error").textContent = "";
    $("session-ended").hidden = true;
    const record = {
      type: "session", uuid: uuid(), venue: Number(venue), themes, languages,
      started_at: new Date().toISOString(), ended_at: null, passers_by: null,
    };
    session = { record, venueName: picker.name(venue) };
    await outbox.setMeta(`session:${owner}`, session);
    await outbox.add([record], owner, [interpolate(gettext("Session at %s"), [session.venueName])]);
    renderSession();
    sync.run("saved");
  }

  /** Why the passers-by count cannot be sent ("" if it can): a plain whole number only, so that a
   * phone number or identity code typed here never leaves the device. */
  function passersByProblem(raw) {
    if (raw === "") return "";
    const found = findIdentifiers(raw);
    if (found.length) {
      return interpolate(gettext("Passers-by: remove %s and enter only how many people you reached."), [found.join(", ")]);
    }
    if (/^\d+$/.test(raw) && Number(raw) <= options.maxPassersBy) return "";
    return interpolate(gettext("Passers-by: enter a whole number from 0 to %s."), [options.maxPassersBy]);
  }

  async function endSession(event) {
    event.preventDefault();
    const input = $("passers-by");
    const raw = input.value.trim();
    const problem = passersByProblem(raw);
    $("end-error").textContent = problem;
    if (problem) {
      input.setAttribute("aria-invalid", "true");
      input.focus();
      return;
    }
    input.removeAttribute("aria-invalid");
    const passersBy = raw === "" ? null : Number(raw);
    const records = (await outbox.all()).filter((r) => r.owner === owner);
    const summary = sessionSummary.summarise({
      session, records, passersBy, now: new Date().toISOString(), isPending: outbox.isPending,
    });
    if (!(await endConfirmation.ask(summary))) return;
    const record = { ...session.record, ended_at: new Date().toISOString(), passers_by: passersBy };
    await outbox.add([record], owner, [interpolate(gettext("Session at %s (ended)"), [session.venueName])]);
    await outbox.setMeta(`session:${owner}`, null);
    session = null;
    $("end-form").reset();
    renderStart();
    const ended = $("session-ended");
    ended.textContent = sessionSummary.endedMessage(summary.encounters, record.started_at, record.ended_at);
    ended.hidden = false;
    ended.focus();
    sync.run("saved");
    sync.requestBackgroundSync();
  }

  // --- logging an encounter -----------------------------------------------------------------

  function renderSession() {
    $("start-view").hidden = true;
    $("session-view").hidden = false;
    $("session-heading").textContent = interpolate(gettext("Session at %s"), [session.venueName]);
    const themes = session.record.themes.map(themeBySlug).filter(Boolean);
    $("encounter-themes").replaceChildren(form.themeChoices(themes, "theme"));
    $("encounter-age").replaceChildren(form.choiceGroup({
      legend: gettext("Age band"), name: "age_band", className: "choices big", choices: data.choices.age_band,
    }));
    const guidedTo = data.referrals.map((referral) => ({
      value: referral.key, label: (referral.names && referral.names[language]) || referral.name,
    }));
    $("encounter-contact").replaceChildren(
      form.selectField({ label: gettext("Contact type"), name: "contact_type", choices: data.choices.contact_type }),
    );
    $("core-fields").replaceChildren(
      form.selectField({ label: gettext("Whom the concern is about"), name: "concern_about", choices: data.choices.concern_about }),
      form.selectField({ label: gettext("Language"), name: "language", choices: data.choices.language }),
      form.selectField({ label: gettext("Guided to"), name: "guided_to", choices: guidedTo, blank: gettext("Nobody") }),
      form.selectField({ label: gettext("Duration"), name: "duration", choices: data.choices.duration, blank: gettext("Not noted") }),
    );
    const concern = document.querySelector("[name=concern_about]");
    concern.value = "self";
    document.querySelector("[name=contact_type]").value = "conversation";
    document.querySelector("[name=language]").value = language;
    $("theme-fields").replaceChildren(...themes.filter((t) => t.fields.length).map(form.themeFields));
    if (themes.length === 1) document.querySelector("input[name=theme]").checked = true;
    updateThemeFields();
    renderCodesLeft();
  }

  // --- handing out a travel-support visit code ----------------------------------------------

  async function renderCodesLeft() {
    if (!visitCodes) return;
    const count = await visitCodes.left();
    $("visit-code-left").textContent = count
      ? interpolate(ngettext("%s code left on this device.", "%s codes left on this device.", count), [count])
      : "";
  }

  async function giveVisitCode() {
    const taken = await visitCodes.takeFromPool(
      session.record.uuid, (display) => interpolate(gettext("Visit code %s"), [display])
    );
    $("visit-code-error").textContent = taken ? "" : gettext(
      "No visit codes left on this device. Connect to the internet and sync: the app then gets new codes."
    );
    renderCodesLeft();
    if (!taken) return;
    sync.run("saved");
    showVisitCode(taken);
  }

  function showVisitCode(taken) {
    const until = formats.date(taken.validUntil);
    $("visit-code-value").textContent = taken.display;
    const qr = $("visit-code-qr");
    qr.innerHTML = taken.qr; // the server's segno SVG, from our own API
    qr.setAttribute("aria-label", taken.texts.qr_label);
    $("visit-code-note").textContent = taken.texts.valid_until.replace("{date}", until);
    const link = $("visit-code-link");
    link.href = link.textContent = taken.link;
    $("visit-code-slip").replaceChildren(...taken.texts.slip.map((line) =>
      element("li", { lang: line.lang, text: line.text.replace("{date}", until) })
    ));
    $("visit-code-dialog").showModal();
  }

  function chosenThemes() {
    return [...document.querySelectorAll("input[name=theme]:checked")].map((input) => input.value);
  }

  function updateThemeFields() {
    const chosen = chosenThemes();
    form.showChosenThemeFields($("theme-fields"), chosen);
    const answers = form.collectAnswers($("encounter-form"), data.themes, chosen);
    const core = { rules: data.guidance || [], values: { contact_type: document.querySelector("[name=contact_type]").value } };
    form.renderGuidance($("guidance"), form.applicableGuidance(data.themes, answers, core), data.referrals, language);
    refreshUpdateButton();
  }

  async function saveEncounter(event) {
    event.preventDefault();
    const encounterForm = event.target;
    const themes = chosenThemes();
    const age = encounterForm.querySelector("input[name=age_band]:checked");
    let problem = !themes.length || !age ? gettext("Choose a theme and an age band.") : form.identifierProblem(encounterForm);
    if (problem) {
      $("encounter-error").textContent = problem;
      return;
    }
    const value = (name) => encounterForm.querySelector(`[name=${name}]`).value;
    const record = {
      type: "encounter", uuid: uuid(), session: session.record.uuid,
      occurred_at: new Date().toISOString(), themes, age_band: age.value,
      concern_about: value("concern_about"), contact_type: value("contact_type"),
      language: value("language"), guided_to: value("guided_to"), duration: value("duration"),
      answers: form.collectAnswers(encounterForm, data.themes, themes),
    };
    const label = [formats.dateTime(Date.now()), ...themes.map((slug) => themeBySlug(slug).name), age.parentElement.textContent].join(" · ");
    await outbox.add([record], owner, [label]);
    $("encounter-error").textContent = "";
    $("saved-message").textContent = gettext("Saved.");
    encounterForm.reset();
    renderSession();
    $("more-details").open = false;
    sync.run("saved");
    sync.requestBackgroundSync();
  }

  // --- logging out --------------------------------------------------------------------------

  async function confirmLogout(event) {
    event.preventDefault(); // before any await: the form would be gone by then
    const pending = (await outbox.all()).filter((r) => r.owner === owner && outbox.isPending(r));
    const submit = async () => {
      // The page may come from the cache: use a fresh CSRF token for the logout request.
      try {
        const response = await fetch(`${options.apiRoot}me`, { credentials: "same-origin", cache: "no-store" });
        // Logged out already (idle for too long): the login page says so; a logout request would
        // only fail its CSRF check.
        if (response.status === 401) {
          // Leaving the page would drop the answer of a sync in flight, and with it the cookie
          // that tells the login page why the worker was logged out.
          await sync.idle();
          return window.location.assign(options.loginUrl);
        }
        const me = await response.json();
        $("logout-form").querySelector("[name=csrfmiddlewaretoken]").value = me.csrf_token;
      } catch (error) {
        $("sync-message").textContent = gettext("Logging out needs a connection to the server.");
        return;
      }
      $("logout-form").submit();
    };
    if (!pending.length) return submit();
    const dialog = $("logout-dialog");
    $("logout-count").textContent = interpolate(
      ngettext("%s record is still waiting to be sent.", "%s records are still waiting to be sent.", pending.length),
      [pending.length]
    );
    dialog.showModal();
    dialog.onclick = async (click) => {
      const choice = click.target.dataset.choice;
      if (!choice) return;
      dialog.close();
      if (choice === "sync") await sync.run("logout");
      if (choice === "keep") await submit();
      if (choice === "discard") {
        if (!window.confirm(gettext("Discard the unsynced records for good? They will never reach the server."))) return;
        await outbox.remove(pending.map((r) => r.uuid));
        await submit();
      }
    };
  }

  // --- start --------------------------------------------------------------------------------

  async function main() {
    registerServiceWorker().catch(() => null);
    askPersistentStorage().catch(() => null);
    sync = createSync({ apiRoot: options.apiRoot, language, batchSize: 500, onStatus: showSyncStatus });
    outbox.onChange(renderRecords);
    await outbox.prune(SYNCED_KEPT_MS);
    renderRecords();
    $("sync-now").addEventListener("click", () => sync.run("button"));
    $("logout-form").addEventListener("submit", confirmLogout);
    $("update-now").addEventListener("click", () => {
      if (waitingWorker && !formHasInput()) waitingWorker.postMessage({ type: "SKIP_WAITING" });
    });
    data = await loadData();
    if (!data) {
      $("no-data").hidden = false;
      sync.start();
      return;
    }
    corrections = createCorrections({ outbox, owner, language, data, onQueued: () => sync.run("correction") });
    renderRecords(); // with labels and correct buttons, now that the data is here
    visitCodes = createVisitCodes({ outbox, owner, apiRoot: options.apiRoot, language });
    $("give-visit-code").addEventListener("click", giveVisitCode);
    $("visit-code-close").addEventListener("click", () => $("visit-code-dialog").close());
    $("start-form").addEventListener("submit", startSession);
    $("end-form").addEventListener("submit", endSession);
    endConfirmation = sessionSummary.createEndConfirmation({
      dialog: $("end-dialog"), returnFocus: $("end-form").querySelector("button[type=submit]"),
    });
    const encounterForm = $("encounter-form");
    encounterForm.addEventListener("submit", saveEncounter);
    encounterForm.addEventListener("change", updateThemeFields);
    encounterForm.addEventListener("input", () => {
      formDirty = true;
      refreshUpdateButton();
    });
    encounterForm.addEventListener("reset", () => {
      formDirty = false;
      setTimeout(updateThemeFields);
    });
    session = await outbox.getMeta(`session:${owner}`);
    if (session) renderSession();
    else renderStart();
    document.body.dataset.ready = "true";
    sync.start();
  }

  main();
})();
