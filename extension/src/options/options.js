// The options page: master switch, categories, and the site lists.
// Sites added beyond the bundled news sites need the reader's permission,
// asked for here (one origin pattern per site, never all sites).
(() => {
  const api = globalThis.browser ?? globalThis.chrome;
  const { settings: store, t } = claimlens;
  const $ = (selector) => document.querySelector(selector);
  let list = null;

  const lines = (text) => text.split(/[\n,]+/).map((line) => line.trim()).filter(Boolean);

  function render(settings) {
    $('#master').checked = settings.enabled;
    list.update(settings, null);
    $('#sites').value = settings.sites.join('\n');
    $('#disabled').value = settings.disabledSites.join('\n');
  }

  function onSave() {
    const sites = store.normaliseSites(lines($('#sites').value));
    const disabledSites = store.normaliseSites(lines($('#disabled').value));
    // The bundled sites (and a test build's extra ones) are in the manifest already.
    const bundled = new Set(store.defaults().sites);
    const added = sites.filter((site) => !bundled.has(site));
    // permissions.request must run inside the click, before any await.
    const asked = added.length > 0 ? api.permissions.request({ origins: added.flatMap(store.matchPatterns) }) : Promise.resolve(true);
    asked
      .catch(() => false)
      .then((granted) =>
        store
          .update((s) => {
            s.sites = sites;
            s.disabledSites = disabledSites;
          })
          .then((settings) => {
            render(settings);
            $('#message').textContent = granted ? t('options_saved') : t('options_permission_denied', added.join(', '));
          }),
      );
  }

  async function start() {
    claimlens.localise();
    list = claimlens.categoryList($('#groups'), (id, on) => store.update((s) => void (s.categories[id] = on)));
    $('#master').addEventListener('change', (event) => store.update((s) => void (s.enabled = event.target.checked)));
    $('#save').addEventListener('click', onSave);
    $('#reset').addEventListener('click', () => {
      $('#sites').value = store.defaults().sites.join('\n');
    });
    store.onChanged(render);
    render(await store.load());
  }

  start().catch((error) => {
    $('#message').textContent = t('popup_error', error.message);
  });
})();
