// Reader settings: their defaults, how stored values are merged over them,
// and which sites ClaimLens runs on. Pure functions first (unit-tested in
// tests/extension/), then the thin storage layer shared by the content
// scripts, the popup and the options page. Classic script; `claimlens.settings`.
var claimlens = globalThis.claimlens ?? {};
globalThis.claimlens = claimlens;

claimlens.settings = (() => {
  const STORAGE_KEY = 'settings';

  /** The settings of a fresh install. `extraSites` come from the build (test builds add 127.0.0.1). */
  function defaults(extraSites = claimlens.BUILD?.extraSites ?? []) {
    const categories = {};
    for (const category of claimlens.CATEGORIES) categories[category.id] = true;
    return {
      enabled: true, // master switch
      categories, // category id -> shown
      sites: [...claimlens.NEWS_SITES, ...extraSites], // where ClaimLens runs without being asked
      disabledSites: [], // hosts where the reader turned it off
    };
  }

  const isStringArray = (value) => Array.isArray(value) && value.every((item) => typeof item === 'string');

  /**
   * `stored` (whatever storage holds, possibly from an older version or
   * tampered with) merged over the defaults: unknown keys and values of the
   * wrong type are dropped, so the result always has the defaults' shape.
   */
  function merge(stored, base = defaults()) {
    const result = structuredClone(base);
    if (!stored || typeof stored !== 'object') return result;
    if (typeof stored.enabled === 'boolean') result.enabled = stored.enabled;
    if (stored.categories && typeof stored.categories === 'object') {
      for (const id of Object.keys(result.categories)) {
        if (typeof stored.categories[id] === 'boolean') result.categories[id] = stored.categories[id];
      }
    }
    if (isStringArray(stored.sites)) result.sites = normaliseSites(stored.sites);
    if (isStringArray(stored.disabledSites)) result.disabledSites = normaliseSites(stored.disabledSites);
    return result;
  }

  /**
   * A site as the reader may type it ("https://www.LeMonde.fr/international/",
   * "*.bbc.co.uk") reduced to a host name ("lemonde.fr", "bbc.co.uk"), or
   * null when it is not one.
   */
  function normaliseSite(input) {
    let host = String(input).trim().toLowerCase();
    host = host.replace(/^[a-z][a-z0-9+.-]*:\/\//, ''); // scheme
    host = host.replace(/[/?#].*$/, ''); // path
    host = host.replace(/:\d+$/, ''); // port
    host = host.replace(/^\*\./, '').replace(/^www\./, '').replace(/\.$/, '');
    if (!/^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*$/.test(host)) return null;
    return host;
  }

  function normaliseSites(list) {
    const seen = new Set();
    for (const item of list) {
      const host = normaliseSite(item);
      if (host) seen.add(host);
    }
    return [...seen];
  }

  /** Whether `host` is `site` or one of its subdomains ("www.bbc.co.uk" is on "bbc.co.uk"). */
  function hostMatches(host, site) {
    const h = String(host).toLowerCase().replace(/\.$/, '');
    return h === site || h.endsWith('.' + site);
  }

  const onList = (host, list) => list.some((site) => hostMatches(host, site));

  /**
   * Whether ClaimLens should highlight on `host`: `requested` is true when the
   * reader asked for this page (toolbar button or keyboard command).
   */
  function shouldRun(settings, host, requested) {
    if (!settings.enabled || onList(host, settings.disabledSites)) return false;
    return requested || onList(host, settings.sites);
  }

  /** The match pattern covering a site and its subdomains, for content scripts and permissions. */
  const matchPatterns = (site) => [`*://${site}/*`, `*://*.${site}/*`];

  // --- storage ---------------------------------------------------------------

  const api = () => globalThis.browser ?? globalThis.chrome;

  async function load() {
    const stored = await api().storage.local.get(STORAGE_KEY);
    return merge(stored?.[STORAGE_KEY]);
  }

  async function save(settings) {
    await api().storage.local.set({ [STORAGE_KEY]: merge(settings) });
  }

  /** Applies `change(settings)` to the stored settings and saves them. */
  async function update(change) {
    const settings = await load();
    change(settings);
    await save(settings);
    return settings;
  }

  /** Calls `listener(settings)` whenever another context changes the settings. */
  function onChanged(listener) {
    api().storage.onChanged.addListener((changes, area) => {
      if (area === 'local' && changes[STORAGE_KEY]) listener(merge(changes[STORAGE_KEY].newValue));
    });
  }

  return {
    STORAGE_KEY, defaults, merge, normaliseSite, normaliseSites, hostMatches, onList, shouldRun, matchPatterns,
    load, save, update, onChanged,
  };
})();
