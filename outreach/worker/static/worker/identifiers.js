// Personal identifiers in free text: the same rules as outreach/encounters/identifiers.py (read
// its docstring), so the worker hears about an identifier before saving, not only after sync.
// A classic script (the app loads it with <script defer>); Node's tests import it for its effect
// on globalThis.tuuli and run tests/identifier_cases.json through it.
(function () {
  "use strict";

  const INVISIBLE = /[\u00ad\u200b-\u200d\u2060\ufeff]/g;
  const DASHES = /[\u2010-\u2015\u2212\ufe58\ufe63\uff0d]/g;
  const BRACKETED_AT = /\s*[(\[{<]\s*(?:at|a|ät|@)\s*[)\]}>]\s*/gi;
  const BRACKETED_DOT = /\s*[(\[{<]\s*(?:dot|piste|punkt|\.)\s*[)\]}>]\s*/gi;
  const WORD_AT = /\s+at\s+/gi;
  const WORD_DOT = /\s+(?:dot|piste|punkt)\s+/gi;
  const SPACED_SEPARATOR = /\s*([-./@])\s*/g;

  const HETU = /(?<!\d)(\d{2})(\d{2})(\d{2})(?:[-+A-FU-Y]|\s?)(\d{3})([0-9A-Y])(?!\d)/gi;
  const HETU_CHECK = "0123456789ABCDEFHJKLMNPRSTUVWXY";
  const EMAIL = /[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[A-Za-z]{2,}/;
  const PHONE = /(?<![\d+])(?:(?:\+|00)\d(?:[ ./()-]{0,2}\d){6,14}|0\d(?:[ ./()-]{0,2}\d){5,10})(?!\d)/g;
  const DATE_OR_TIME = /^(?:\d{1,2}\.){1,2}\d{2,4}(?:-(?:\d{1,2}\.){1,2}\d{2,4})?$/;

  function normalise(text) {
    return text
      .normalize("NFKC")
      .replace(INVISIBLE, "")
      .replace(DASHES, "-")
      .replace(BRACKETED_AT, "@")
      .replace(BRACKETED_DOT, ".")
      .replace(WORD_AT, "@")
      .replace(WORD_DOT, ".")
      .replace(SPACED_SEPARATOR, "$1");
  }

  function validHetu(day, month, year, individual, check) {
    if (!(+day >= 1 && +day <= 31 && +month >= 1 && +month <= 12)) return false;
    const number = Number(`${day}${month}${year}${individual}`);
    return HETU_CHECK[number % 31] === check.toUpperCase();
  }

  /** The kinds ("hetu", "email", "phone") of personal identifier in `text`. */
  function identifierKinds(text) {
    const kinds = [];
    if (!text) return kinds;
    text = normalise(text);
    if ([...text.matchAll(HETU)].some((m) => validHetu(m[1], m[2], m[3], m[4], m[5]))) {
      kinds.push("hetu");
    }
    if (EMAIL.test(text)) kinds.push("email");
    if ([...text.matchAll(PHONE)].some((m) => !DATE_OR_TIME.test(m[0]))) kinds.push("phone");
    return kinds;
  }

  const LABELS = {
    hetu: () => gettext("a personal identity code"),
    email: () => gettext("an e-mail address"),
    phone: () => gettext("a phone number"),
  };

  /** The kinds of personal identifier in `text`, as translated phrases. */
  function findIdentifiers(text) {
    return identifierKinds(text).map((kind) => LABELS[kind]());
  }

  globalThis.tuuli = globalThis.tuuli || {};
  globalThis.tuuli.findIdentifiers = findIdentifiers;
  globalThis.tuuli.identifierKinds = identifierKinds;
})();
