// Dates, times and numbers in the worker app, the same as the server's outreach/formats: Finnish
// convention (22.11.2026, 14.30, 3,5 km) in every UI language, and always Helsinki time. Neither
// the device's zone nor its locale changes what is shown, so a record reads the same on the phone
// and in the coordinator's review. A classic script; Node's tests import it for its effect on
// globalThis.tuuli.
(function () {
  "use strict";

  // Only the numeric parts are used; the locale's own punctuation ("klo", "/", ":") is not.
  const HELSINKI = new Intl.DateTimeFormat("fi-FI", {
    timeZone: "Europe/Helsinki",
    year: "numeric", month: "numeric", day: "numeric",
    hour: "2-digit", minute: "2-digit", hourCycle: "h23",
  });

  function parts(value) {
    const found = {};
    for (const { type, value: text } of HELSINKI.formatToParts(new Date(value))) found[type] = text;
    return found;
  }

  // Django's DATE_FORMAT "j.n.Y": no leading zeros.
  function date(value) {
    const { day, month, year } = parts(value);
    return `${Number(day)}.${Number(month)}.${year}`;
  }

  // Django's TIME_FORMAT "H.i".
  function time(value) {
    const { hour, minute } = parts(value);
    return `${hour}.${minute}`;
  }

  function dateTime(value) {
    return `${date(value)} ${time(value)}`;
  }

  // A non-breaking space keeps the unit on the same line as its number.
  function km(value) {
    return `${value.toFixed(1).replace(".", ",")}\u00a0km`;
  }

  globalThis.tuuli = globalThis.tuuli || {};
  globalThis.tuuli.formats = { date, time, dateTime, km };
})();
