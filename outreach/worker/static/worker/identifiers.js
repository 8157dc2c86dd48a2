// Personal identifiers in free text: the same rules as outreach/encounters/identifiers.py, so
// the worker hears about a name-like detail before saving, not only after sync.
(function () {
  "use strict";

  const HETU = /(?<![0-9A-Za-z])(\d{2})(\d{2})(\d{2})([-+AaBbCcDdEeFfYyXxWwVvUu])(\d{3})([0-9A-Ya-y])(?![0-9A-Za-z])/g;
  const HETU_CHECK = "0123456789ABCDEFHJKLMNPRSTUVWXY";
  const EMAIL = /[^\s@]+@[^\s@]+\.[^\s@]{2,}/;
  const PHONE = /(?<![\w])(?:\+|00)?\d(?:[\s\-()]*\d){6,14}(?![\w])/;

  function validHetu(day, month, year, individual, check) {
    if (!(+day >= 1 && +day <= 31 && +month >= 1 && +month <= 12)) return false;
    const number = Number(`${day}${month}${year}${individual}`);
    return HETU_CHECK[number % 31] === check.toUpperCase();
  }

  /** The kinds of personal identifier in `text`, as translated phrases. */
  function findIdentifiers(text) {
    const found = [];
    if (!text) return found;
    for (const match of text.matchAll(HETU)) {
      const [, day, month, year, , individual, check] = match;
      if (validHetu(day, month, year, individual, check)) {
        found.push(gettext("a personal identity code"));
        break;
      }
    }
    if (EMAIL.test(text)) found.push(gettext("an e-mail address"));
    if (PHONE.test(text)) found.push(gettext("a phone number"));
    return found;
  }

  window.tuuli = window.tuuli || {};
  window.tuuli.findIdentifiers = findIdentifiers;
})();
