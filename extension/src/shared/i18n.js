// Fills an extension page's text from the locale files: elements with
// data-i18n="key" get the message as their textContent.
var claimlens = globalThis.claimlens ?? {};
globalThis.claimlens = claimlens;

claimlens.t = (key, ...subs) => (globalThis.browser ?? globalThis.chrome).i18n.getMessage(key, subs.map(String)) || key;

claimlens.localise = (root = document) => {
  document.documentElement.lang = claimlens.t('@@ui_locale').replace('_', '-');
  for (const element of root.querySelectorAll('[data-i18n]')) element.textContent = claimlens.t(element.dataset.i18n);
};
