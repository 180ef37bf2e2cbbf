// The news sites ClaimLens runs on without being asked: major French- and
// English-language outlets. Each entry is a registrable domain; it covers
// its subdomains. The manifest's content-script matches are generated from
// this list (extension/manifest.mjs), and the options page lets the reader
// edit it. Classic script; also importable from Node for the build and tests.
var claimlens = globalThis.claimlens ?? {};
globalThis.claimlens = claimlens;

claimlens.NEWS_SITES = Object.freeze([
  // French-language
  'lemonde.fr', 'lefigaro.fr', 'liberation.fr', 'francetvinfo.fr', 'france24.com', 'rfi.fr',
  'leparisien.fr', 'ouest-france.fr', '20minutes.fr', 'lesechos.fr', 'nouvelobs.com', 'lexpress.fr',
  'lepoint.fr', 'mediapart.fr', 'la-croix.com', 'huffingtonpost.fr', 'bfmtv.com', 'radiofrance.fr',
  'tf1info.fr', 'courrierinternational.com', 'letemps.ch', 'rtbf.be', 'lesoir.be', 'ledevoir.com',
  'lapresse.ca', 'ici.radio-canada.ca', 'afp.com',
  // English-language
  'bbc.com', 'bbc.co.uk', 'reuters.com', 'apnews.com', 'theguardian.com', 'nytimes.com',
  'washingtonpost.com', 'cnn.com', 'npr.org', 'aljazeera.com', 'independent.co.uk', 'news.sky.com',
  'telegraph.co.uk', 'politico.com', 'politico.eu', 'bloomberg.com', 'ft.com', 'economist.com',
  'wsj.com', 'nbcnews.com', 'cbsnews.com', 'abcnews.go.com', 'usatoday.com', 'latimes.com',
  'theatlantic.com', 'abc.net.au', 'cbc.ca', 'dw.com', 'euronews.com', 'irishtimes.com',
]);
