// Ending a session: what the worker is shown before ending it (venue, start, duration so far,
// encounters, passers-by, records still to sync) and after ("Session ended: 12 encounters,
// 2 h 5 min"). Everything comes from the device's own outbox, so it works offline. The summary
// functions are pure (Node's tests import this classic script for its effect on globalThis.tuuli);
// the confirmation dialog is created only when the app asks for it.
(function () {
  "use strict";

  /** Whole minutes from start to end; never negative, should the device's clock be set back. */
  function elapsedMinutes(startedAt, endedAt) {
    return Math.max(0, Math.floor((Date.parse(endedAt) - Date.parse(startedAt)) / 60000));
  }

  function durationText(minutes) {
    const hours = Math.floor(minutes / 60);
    const rest = minutes % 60;
    if (hours && rest) return interpolate(gettext("%(hours)s h %(minutes)s min"), { hours, minutes: rest }, true);
    if (hours) return interpolate(gettext("%(hours)s h"), { hours }, true);
    return interpolate(gettext("%(minutes)s min"), { minutes: rest }, true);
  }

  /** The encounters of a session still counted: neither deleted nor waiting to be deleted. */
  function countEncounters(records, sessionUuid) {
    const deleting = new Set(
      records.filter((r) => r.type === "correction" && r.body.delete).map((r) => r.body.encounter)
    );
    return records.filter(
      (r) => r.type === "encounter" && r.body.session === sessionUuid && !r.deleted && !deleting.has(r.uuid)
    ).length;
  }

  /** The start time, with the date only if the session began on another (Helsinki) day. */
  function startedText(startedAt, now) {
    const { formats } = globalThis.tuuli;
    return formats.date(startedAt) === formats.date(now) ? formats.time(startedAt) : formats.dateTime(startedAt);
  }

  /**
   * The summary of the open session. `records` are the worker's own outbox records, `passersBy`
   * the count typed so far (null if none), `now` an ISO time.
   */
  function summarise({ session, records, passersBy, now, isPending }) {
    return {
      venue: session.venueName,
      started: startedText(session.record.started_at, now),
      duration: durationText(elapsedMinutes(session.record.started_at, now)),
      encounters: countEncounters(records, session.record.uuid),
      passersBy,
      pending: records.filter(isPending).length,
    };
  }

  function endedMessage(encounters, startedAt, endedAt) {
    return interpolate(
      ngettext(
        "Session ended: %(count)s encounter, %(duration)s",
        "Session ended: %(count)s encounters, %(duration)s",
        encounters
      ),
      { count: encounters, duration: durationText(elapsedMinutes(startedAt, endedAt)) },
      true
    );
  }

  /**
   * The confirmation dialog (#end-dialog in app.html): ask(summary) shows it and resolves true
   * when the worker confirms, false when they keep the session open (a button or Esc). Focus then
   * goes back to `returnFocus`, which a tap on a phone may never have focused.
   */
  function createEndConfirmation({ dialog, returnFocus }) {
    const field = (name) => dialog.querySelector(`[data-summary=${name}]`);
    let answer = null;

    dialog.addEventListener("close", () => {
      const confirmed = dialog.returnValue === "end";
      if (!confirmed) returnFocus.focus();
      if (answer) answer(confirmed);
      answer = null;
    });

    function ask(summary) {
      for (const name of ["venue", "started", "duration", "encounters", "pending"]) {
        field(name).textContent = String(summary[name]);
      }
      field("passersBy").textContent = summary.passersBy === null ? "" : String(summary.passersBy);
      field("passersBy").parentElement.hidden = summary.passersBy === null;
      dialog.returnValue = ""; // else Esc would repeat the previous answer
      dialog.showModal();
      dialog.querySelector("button[value=end]").focus();
      return new Promise((resolve) => {
        answer = resolve;
      });
    }

    return { ask };
  }

  globalThis.tuuli = globalThis.tuuli || {};
  globalThis.tuuli.sessionSummary = {
    elapsedMinutes, durationText, countEncounters, startedText, summarise, endedMessage, createEndConfirmation,
  };
})();
