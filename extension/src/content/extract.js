// Article extraction: which element holds the article, and which elements
// under it are not article prose (site chrome, comments, form fields,
// editable regions, code, hidden text).
//
// Only duck-typed element properties are used (tagName, getAttribute,
// hidden, isContentEditable, children, textContent, querySelectorAll), plus
// an `isHidden(element)` callback for computed style, so the decisions can be
// unit-tested on small plain objects (tests/extension/extract.test.mjs).
var claimlens = globalThis.claimlens ?? {};
globalThis.claimlens = claimlens;

claimlens.extract = (() => {
  // Never prose: code, embedded objects, form fields, metadata.
  const NON_TEXT_TAGS = new Set([
    'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'INPUT', 'SELECT', 'OPTION', 'BUTTON',
    'OBJECT', 'EMBED', 'CANVAS', 'SVG', 'MATH', 'CODE', 'PRE', 'KBD', 'SAMP', 'VIDEO', 'AUDIO', 'HEAD',
  ]);
  // Site chrome around an article.
  const CHROME_TAGS = new Set(['NAV', 'ASIDE', 'FOOTER', 'MENU', 'DIALOG']);
  const CHROME_ROLES = new Set([
    'navigation', 'banner', 'contentinfo', 'complementary', 'menu', 'menubar', 'search', 'dialog', 'alert',
    'toolbar', 'tablist',
  ]);
  // Class and id words that name chrome or reader comments on news sites.
  // Whole words only ("comment" skips "comments-section", not "commentary").
  const CHROME_WORDS =
    /(^|[\s_-])(comments?|commentaires?|disqus|replies|reactions?|nav|navbar|navigation|menu|breadcrumbs?|sidebar|footer|masthead|share|sharing|social|related|recommended|promo|newsletter|subscribe|paywall|cookies?|consent|advert|ads|ad-slot|outbrain|taboola)($|[\s_-])/i;
  // The smallest article text worth trusting a candidate root for.
  const MIN_ARTICLE_CHARS = 200;
  // A paragraph shorter than this is not counted as article text (captions, bylines, teasers).
  const MIN_PARAGRAPH_CHARS = 40;

  const tagOf = (element) => String(element.tagName ?? '').toUpperCase();
  const textLength = (element) => (element.textContent ?? '').trim().length;

  /**
   * Why `element` is left out of the scanned text, or null if it is scanned.
   * Not asked for the article root itself (a root named "article-footer"
   * would otherwise skip the whole article).
   */
  function skipReason(element, isHidden = () => false) {
    const tag = tagOf(element);
    if (NON_TEXT_TAGS.has(tag)) return 'non-text';
    // Most elements of an article (<p>, <em>, <a>...) have no attribute: the
    // attribute tests are skipped for them (this runs for every element).
    const attributes = element.hasAttributes?.() !== false;
    if (attributes && (element.hidden || element.inert || element.getAttribute?.('aria-hidden') === 'true')) return 'hidden';
    if (element.isContentEditable || (attributes && element.getAttribute?.('contenteditable') === 'true')) return 'editable';
    if (CHROME_TAGS.has(tag)) return 'chrome';
    if (attributes) {
      const role = element.getAttribute?.('role');
      if (role && CHROME_ROLES.has(role.toLowerCase())) return 'chrome';
      const names = `${element.getAttribute?.('class') ?? ''} ${element.getAttribute?.('id') ?? ''}`;
      if (CHROME_WORDS.test(names)) return 'chrome';
      if (element.hasAttribute?.('data-claimlens-ignore')) return 'ignored';
    }
    if (isHidden(element)) return 'hidden';
    return null;
  }

  // An inline style that hides the element (what can be known without computed style).
  const INLINE_HIDDEN = /(^|;)\s*(display\s*:\s*none|visibility\s*:\s*(hidden|collapse))\s*(!\s*important\s*)?(;|$)/i;

  /**
   * Whether `element` is hidden by its own inline style: the half of
   * `isHidden` that needs no style computation, for reading a page before
   * the browser has laid it out (content.js, large documents). Hidden
   * through a style sheet is found later, by `claimlens.visibility`.
   */
  function hiddenInline(element) {
    if (element.hasAttributes?.() === false) return false;
    const style = element.getAttribute?.('style');
    return typeof style === 'string' && INLINE_HIDDEN.test(style);
  }

  // Counting stops here: beyond it a candidate is plainly an article, and
  // reading every paragraph of a 5 MB page costs a long task.
  const ENOUGH_ARTICLE_CHARS = 100_000;

  /**
   * Text length in `element`'s paragraphs long enough to be article prose,
   * counted up to `cap`.
   */
  function paragraphChars(element, cap = Infinity) {
    let total = 0;
    // A live collection: only the paragraphs counted are looked up.
    for (const p of element.getElementsByTagName?.('p') ?? element.querySelectorAll?.('p') ?? []) {
      const length = textLength(p);
      if (length >= MIN_PARAGRAPH_CHARS) total += length;
      if (total >= cap) break;
    }
    return total;
  }

  /** Of `elements`, the one with the most paragraph text, if it has enough. */
  function richest(elements, isHidden) {
    let best = null;
    let bestChars = MIN_ARTICLE_CHARS - 1;
    for (const element of elements) {
      if (skipReason(element, isHidden)) continue;
      const chars = element.querySelector?.('p')
        ? paragraphChars(element, ENOUGH_ARTICLE_CHARS)
        : Math.min(textLength(element), ENOUGH_ARTICLE_CHARS);
      if (chars > bestChars) {
        best = element;
        bestChars = chars;
      }
    }
    return best;
  }

  /**
   * The densest text block: each long paragraph scores its length for its
   * parent and half of it for its grandparent; the best-scoring container wins.
   */
  function densestBlock(body, isHidden) {
    const scores = new Map();
    const add = (element, score) => {
      if (element) scores.set(element, (scores.get(element) ?? 0) + score);
    };
    for (const p of body.querySelectorAll?.('p') ?? []) {
      const length = textLength(p);
      if (length < MIN_PARAGRAPH_CHARS || hasSkippedAncestor(p, body, isHidden)) continue;
      add(p.parentElement, length);
      add(p.parentElement?.parentElement, length / 2);
    }
    let best = null;
    let bestScore = MIN_ARTICLE_CHARS - 1;
    for (const [element, score] of scores) {
      if (score > bestScore) {
        best = element;
        bestScore = score;
      }
    }
    return best;
  }

  function hasSkippedAncestor(element, stop, isHidden) {
    for (let e = element.parentElement; e && e !== stop; e = e.parentElement) {
      if (skipReason(e, isHidden)) return true;
    }
    return false;
  }

  /**
   * The element holding the article in `doc`: schema.org articleBody, else the
   * richest <article> (a page may list teasers in several), else <main>, else
   * the densest text block, else the body.
   */
  function articleRoot(doc, isHidden = () => false) {
    const body = doc.body;
    if (!body) return null;
    return declaredArticleRoot(doc, isHidden) ?? densestBlock(body, isHidden) ?? body;
  }

  /**
   * The article element when the page marks it (articleBody, <article>,
   * <main>), else null: the part of `articleRoot` that a page still being
   * parsed can already answer (content.js reads such a page early, and
   * keeps what it read only if `articleRoot` picks the same element once
   * the page is parsed).
   */
  function declaredArticleRoot(doc, isHidden = () => false) {
    if (!doc.body) return null;
    return (
      richest(doc.querySelectorAll('[itemprop="articleBody"]'), isHidden) ??
      richest(doc.querySelectorAll('article'), isHidden) ??
      richest(doc.querySelectorAll('main, [role="main"]'), isHidden)
    );
  }

  return { skipReason, articleRoot, declaredArticleRoot, hiddenInline, paragraphChars, MIN_ARTICLE_CHARS };
})();
