// The hover card and the screen-reader announcer, in a closed shadow root so
// that page CSS and scripts cannot restyle or read them. Text is only ever
// set with textContent: page text never goes through an HTML parser.
var claimlens = globalThis.claimlens ?? {};
globalThis.claimlens = claimlens;

claimlens.card = (() => {
  const api = globalThis.browser ?? globalThis.chrome;
  const t = (key, ...subs) => api.i18n.getMessage(key, subs.map(String)) || key;
  const categoryOf = (id) => claimlens.CATEGORIES.find((c) => c.id === id);

  const STYLE = `
    :host { all: initial; }
    .card {
      position: fixed; z-index: 2147483647; box-sizing: border-box; max-width: min(24rem, calc(100vw - 16px));
      padding: 10px 12px; border-radius: 8px; border: 1px solid #8a8f98; background: #ffffff; color: #1b1d21;
      box-shadow: 0 4px 18px rgba(0, 0, 0, 0.28); font: 14px/1.4 system-ui, -apple-system, "Segoe UI", sans-serif;
      text-align: left; white-space: normal; overflow-wrap: anywhere;
    }
    .card.dark { background: #23262d; color: #eef0f3; border-color: #5d636e; }
    .card[hidden] { display: none; }
    .card:focus { outline: 2px solid #3b82f6; outline-offset: 2px; }
    .head { display: flex; align-items: center; gap: 6px; font-weight: 600; margin: 0 0 4px; }
    .swatch { flex: none; width: 18px; height: 0; border-bottom-width: 3px; }
    .kind { font-weight: 400; opacity: 0.8; font-size: 12px; }
    p { margin: 4px 0; }
    .quote { font-style: italic; }
    ul { margin: 4px 0 0; padding: 0 0 0 18px; }
    li { margin: 2px 0; }
    button {
      all: unset; cursor: pointer; color: #1d5fd1; text-decoration: underline; font: inherit;
    }
    /* Buttons are inline blocks even when unset: align them with their bullet. */
    li button { display: inline-block; vertical-align: top; }
    .dark button { color: #8ab4ff; }
    button:focus-visible { outline: 2px solid #3b82f6; }
    .sr { position: fixed; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
  `;

  let host = null;
  let root = null;
  let card = null;
  let live = null;
  let current = null; // the entry the card shows

  /** Adds the style to the shadow root without inline <style> where possible (strict CSP pages). */
  function addStyle(shadow) {
    try {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(STYLE);
      shadow.adoptedStyleSheets = [sheet];
      if (shadow.adoptedStyleSheets.length === 1) return;
    } catch {
      // Firefox content scripts cannot hand their own arrays to the page's shadow root.
    }
    const style = document.createElement('style');
    style.textContent = STYLE;
    shadow.append(style);
  }

  function ensureHost() {
    if (host?.isConnected) return;
    host = document.createElement('claimlens-card');
    host.setAttribute('data-claimlens-ignore', '');
    // CSSOM, not a style attribute: allowed under strict style-src policies.
    host.style.setProperty('all', 'initial');
    host.style.setProperty('position', 'fixed');
    host.style.setProperty('top', '0');
    host.style.setProperty('left', '0');
    host.style.setProperty('z-index', '2147483647');
    root = host.attachShadow({ mode: 'closed' });
    addStyle(root);
    card = document.createElement('div');
    card.className = 'card';
    card.hidden = true;
    card.tabIndex = -1;
    card.setAttribute('role', 'dialog');
    live = document.createElement('div');
    live.className = 'sr';
    live.setAttribute('role', 'status');
    live.setAttribute('aria-live', 'polite');
    root.append(card, live);
    document.documentElement.append(host);
  }

  /** The element, with text set through textContent only. */
  function el(tag, className, text) {
    const element = document.createElement(tag);
    if (className) element.className = className;
    if (text !== undefined) element.textContent = text;
    return element;
  }

  function heading(category, title, kind) {
    const head = el('div', 'head');
    const swatch = el('span', 'swatch');
    const info = categoryOf(category);
    swatch.style.setProperty('border-bottom-style', info?.underline === 'wavy' ? 'dotted' : info?.underline ?? 'solid');
    swatch.style.setProperty('border-bottom-color', info?.color ?? 'currentColor');
    head.append(swatch, el('span', '', title), el('span', 'kind', kind));
    return head;
  }

  /** The card's content for a claim marker: what it means, who claims it, whether the source is named. */
  function claimContent(entry) {
    const { span } = entry;
    const category = claimlens.messageKey('category', span.category);
    const nodes = [
      heading(span.category, t(category), t('card_claim_kind')),
      el('p', 'quote', t('card_quote', span.text)),
      el('p', '', t(claimlens.messageKey('meaning', span.category))),
    ];
    const speaker = span.speaker;
    if (speaker?.kind === 'actor') nodes.push(el('p', '', t('card_claim_by', speaker.name)));
    else if (speaker?.kind === 'vague') nodes.push(el('p', '', t('card_claim_vague', speaker.text)));
    else nodes.push(el('p', '', t('card_claim_unsourced')));
    return nodes;
  }

  /** The card's content for an actor: name, spellings, mentions, role, attributed claims. */
  function actorContent(entry, actor, claims, jump) {
    const { span } = entry;
    const name = actor?.name ?? span.text;
    const nodes = [heading(span.category, name, t(claimlens.messageKey('category', span.category)))];
    const spellings = (actor?.aliases ?? []).filter((alias) => alias !== name);
    if (spellings.length > 0) nodes.push(el('p', '', t('card_actor_spellings', spellings.join(', '))));
    const mentions = actor?.mentions ?? 1;
    nodes.push(el('p', '', mentions === 1 ? t('card_actor_mention_one') : t('card_actor_mentions', mentions)));
    if (actor?.role) nodes.push(el('p', '', t('card_actor_role', actor.role)));
    if (claims.length === 0) {
      nodes.push(el('p', '', t('card_actor_no_claims')));
    } else {
      nodes.push(el('p', '', t('card_actor_claims', claims.length)));
      const list = el('ul');
      for (const claim of claims) {
        const item = el('li');
        const button = el('button', '', t('card_jump', claim.span.text, t(claimlens.messageKey('category', claim.span.category))));
        button.type = 'button';
        button.addEventListener('click', () => jump(claim));
        item.append(button);
        list.append(item);
      }
      nodes.push(list);
    }
    return nodes;
  }

  /** Places the card below the range (above it when there is no room), inside the viewport. */
  function place(range) {
    const rects = range.getClientRects();
    const rect = rects.length > 0 ? rects[0] : range.getBoundingClientRect();
    const margin = 8;
    const width = card.offsetWidth;
    const height = card.offsetHeight;
    let left = Math.min(Math.max(margin, rect.left), window.innerWidth - width - margin);
    let top = rect.bottom + 6;
    if (top + height > window.innerHeight - margin && rect.top - height - 6 > margin) top = rect.top - height - 6;
    card.style.setProperty('left', `${Math.max(margin, left)}px`);
    card.style.setProperty('top', `${Math.max(margin, top)}px`);
  }

  /**
   * Shows the card for `entry`. `details` = {actor, claims, jump, dark}.
   * Returns the one-line summary announced to screen readers.
   */
  function show(entry, details) {
    ensureHost();
    current = entry;
    const group = categoryOf(entry.span.category)?.group;
    const nodes = group === 'actor' ? actorContent(entry, details.actor, details.claims, details.jump) : claimContent(entry);
    card.replaceChildren(...nodes);
    card.classList.toggle('dark', Boolean(details.dark));
    card.setAttribute('aria-label', nodes[0].textContent);
    card.hidden = false;
    place(entry.range);
    if (claimlens.BUILD?.test) host.setAttribute('data-claimlens-test-card', card.textContent);
    return Array.from(card.children, (child) => child.textContent).join('. ');
  }

  function hide() {
    if (!card || card.hidden) return;
    card.hidden = true;
    current = null;
    if (claimlens.BUILD?.test) host.removeAttribute('data-claimlens-test-card');
  }

  /** Says `text` through the polite live region. */
  function announce(text) {
    ensureHost();
    live.textContent = text;
    if (claimlens.BUILD?.test) host.setAttribute('data-claimlens-test-live', text);
  }

  const isOwn = (node) => node === host;
  const shownEntry = () => current;
  const focusCard = () => card?.focus({ preventScroll: true });
  const remove = () => {
    host?.remove();
    host = null;
    current = null;
  };

  return { show, hide, announce, isOwn, shownEntry, focusCard, remove };
})();
