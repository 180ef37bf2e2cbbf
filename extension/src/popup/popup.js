// The toolbar popup: this tab's counts per category, category and master
// switches, "disable on this site", exports and copy-to-clipboard.
// Settings go to storage; the tab's content script applies them from there.
(() => {
  const api = globalThis.browser ?? globalThis.chrome;
  const { settings: store, t } = claimlens;
  const $ = (selector) => document.querySelector(selector);

  // ?tab=ID targets a given tab (the end-to-end tests open the popup as a
  // page); otherwise the popup is about the active tab of its window.
  const tabParam = new URLSearchParams(location.search).get('tab');

  const state = { tabId: null, status: null, settings: null, list: null };
  // The last export, for the end-to-end tests (this is the extension's own page).
  const popup = (globalThis.claimlensPopup = { lastExport: null, ready: false });

  async function targetTab() {
    if (tabParam !== null) return Number(tabParam);
    const [tab] = await api.tabs.query({ active: true, currentWindow: true });
    return tab?.id ?? null;
  }

  const askTab = (message) => api.tabs.sendMessage(state.tabId, message, { frameId: 0 });

  async function pageStatus() {
    try {
      return await askTab({ type: 'claimlens:status' });
    } catch {
      return null; // no content script in the tab
    }
  }

  /**
   * Opening the popup is the reader asking for this page: activate the
   * content script, injecting it first where the page has none (activeTab).
   */
  async function activate() {
    let status = await pageStatus();
    if (status?.active) return status;
    if (status && store.onList(status.host, state.settings.disabledSites)) return status;
    if (!state.settings.enabled) return status;
    try {
      if (status) return await askTab({ type: 'claimlens:activate' });
      const injected = await api.runtime.sendMessage({ type: 'claimlens:inject', tabId: state.tabId });
      if (!injected?.ok) return null;
      return await pageStatus();
    } catch {
      return null; // a page extensions may not touch (browser pages, the web store)
    }
  }

  function say(text) {
    const message = $('#message');
    message.textContent = text ?? '';
    message.hidden = !text;
  }

  function render() {
    const { status, settings } = state;
    // As JSON: a test driver reading this page may not see into message objects.
    popup.status = JSON.stringify(status);
    $('#master').checked = settings.enabled;
    state.list.update(settings, status?.counts ?? null);
    const site = $('#site');
    site.hidden = !status;
    const available = Boolean(status);
    for (const button of document.querySelectorAll('#export button')) button.disabled = !status?.active;
    if (!available) return say(t('popup_not_available'));
    const disabled = store.onList(status.host, settings.disabledSites);
    site.textContent = t(disabled ? 'popup_enable_site' : 'popup_disable_site', status.host);
    site.dataset.disabled = String(disabled);
    if (disabled) say(t('popup_disabled_site'));
    else if (!settings.enabled) say(t('popup_off'));
    else say('');
    $('#total').textContent = status.active ? t('popup_total', status.total) : '';
  }

  async function refresh() {
    state.status = await pageStatus();
    render();
  }

  const save = (change) => store.update(change).then((settings) => {
    state.settings = settings;
    render();
  });

  async function toggleSite() {
    const host = state.status?.host;
    if (!host) return;
    const site = store.normaliseSite(host);
    await save((s) => {
      if (store.onList(host, s.disabledSites)) s.disabledSites = s.disabledSites.filter((d) => !store.hostMatches(host, d));
      else s.disabledSites.push(site);
    });
    if (!store.onList(host, state.settings.disabledSites)) state.status = await activate();
    await refresh();
  }

  const EXTENSIONS = { json: 'json', csv: 'csv', md: 'md', jsonld: 'jsonld' };
  const TYPES = { json: 'application/json', csv: 'text/csv', md: 'text/markdown', jsonld: 'application/ld+json' };

  /** Renders the page's annotations in `format` from exactly the text the page's offsets refer to. */
  async function render_export(format) {
    const page = await askTab({ type: 'claimlens:page-text' });
    const response = await api.runtime.sendMessage({ type: 'claimlens:export', format, text: page.text, url: page.url, title: page.title });
    if (!response?.ok) throw new Error(response?.error ?? 'no answer');
    popup.lastExport = { format, content: response.content, text: page.text, url: page.url };
    return { content: response.content, page };
  }

  function fileName(page, format) {
    let host = 'page';
    try {
      host = new URL(page.url).hostname || host;
    } catch {}
    const date = new Date().toISOString().slice(0, 10);
    return `claimlens-${host}-${date}.${EXTENSIONS[format]}`;
  }

  /** Saves through a blob URL and a download link: no downloads permission needed. */
  function download(content, format, name) {
    const url = URL.createObjectURL(new Blob([content], { type: `${TYPES[format]};charset=utf-8` }));
    const link = document.createElement('a');
    link.href = url;
    link.download = name;
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
  }

  async function onExport(format) {
    try {
      const { content, page } = await render_export(format);
      const name = fileName(page, format);
      download(content, format, name);
      say(t('popup_exported', name));
    } catch (error) {
      say(t('popup_error', error.message));
    }
  }

  async function onCopy() {
    try {
      const { content } = await render_export('md');
      await navigator.clipboard.writeText(content);
      say(t('popup_copied'));
    } catch (error) {
      say(t('popup_error', error.message));
    }
  }

  // The end-to-end tests render exports through this, without a download.
  popup.render = (format) => render_export(format).then(({ content }) => content);

  async function start() {
    claimlens.localise();
    state.settings = await store.load();
    state.list = claimlens.categoryList($('#groups'), (id, on) => save((s) => void (s.categories[id] = on)));
    state.tabId = await targetTab();
    $('#master').addEventListener('change', (event) => save((s) => void (s.enabled = event.target.checked)).then(refresh));
    $('#site').addEventListener('click', () => toggleSite());
    for (const button of document.querySelectorAll('#export [data-format]')) {
      button.addEventListener('click', () => onExport(button.dataset.format));
    }
    $('#copy').addEventListener('click', () => onCopy());
    $('#options').addEventListener('click', (event) => {
      event.preventDefault();
      api.runtime.openOptionsPage();
    });
    store.onChanged((settings) => {
      state.settings = settings;
      render();
    });
    state.status = state.tabId === null ? null : await activate();
    render();
    popup.ready = true;
    // Live pages keep changing: keep the counts current while the popup is open.
    setInterval(() => refresh().catch(() => {}), 1000);
  }

  start().catch((error) => say(t('popup_error', error.message)));
})();
