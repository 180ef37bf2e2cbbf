// The content scripts, in load order (they share one classic-script scope),
// and their style sheet: used by the manifest (bundled news sites), the
// background (toolbar button, keyboard command) and user-added sites.
export const CONTENT_SCRIPTS = [
  'shared/build.js',
  'shared/categories.js',
  'shared/news-sites.js',
  'shared/settings.js',
  'content/extract.js',
  'content/textmap.js',
  'content/visibility.js',
  'content/report.js',
  'content/spans.js',
  'content/band.js',
  'content/highlight.js',
  'content/card.js',
  'pkg/claimlens-factory.js',
  'content/local.js',
  'content/content.js',
];
export const CONTENT_CSS = ['content/claimlens.css'];
