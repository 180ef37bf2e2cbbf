import assert from 'node:assert/strict';
import { test } from 'node:test';
import { load } from './load.mjs';

const claimlens = load('shared/build.js', 'shared/categories.js', 'shared/news-sites.js', 'shared/settings.js');
const { settings } = claimlens;

test('settings: a fresh install shows every category on the bundled news sites', () => {
  const d = settings.defaults();
  assert.equal(d.enabled, true);
  assert.deepEqual(Object.keys(d.categories).sort(), claimlens.CATEGORIES.map((c) => c.id).sort());
  assert.ok(Object.values(d.categories).every(Boolean));
  assert.ok(d.sites.includes('lemonde.fr') && d.sites.includes('bbc.co.uk'));
  assert.deepEqual(d.disabledSites, []);
  assert.ok(settings.defaults(['127.0.0.1']).sites.includes('127.0.0.1'), 'test builds add their host');
});

test('settings: stored values merge over the defaults; junk is dropped', () => {
  const cases = [
    [undefined, (s) => assert.deepEqual(s, settings.defaults())],
    ['not an object', (s) => assert.deepEqual(s, settings.defaults())],
    [{ enabled: false }, (s) => assert.equal(s.enabled, false)],
    [{ enabled: 'no' }, (s) => assert.equal(s.enabled, true)],
    [{ categories: { hedge: false, unknown: false } }, (s) => {
      assert.equal(s.categories.hedge, false);
      assert.equal(s.categories['no-evidence'], true);
      assert.ok(!('unknown' in s.categories));
    }],
    [{ categories: { hedge: 'off' } }, (s) => assert.equal(s.categories.hedge, true)],
    [{ sites: ['https://www.Example.org/news/', 'bad site', 'example.org'] }, (s) => assert.deepEqual(s.sites, ['example.org'])],
    [{ sites: 'lemonde.fr' }, (s) => assert.deepEqual(s.sites, settings.defaults().sites)],
    [{ disabledSites: ['*.bbc.co.uk'] }, (s) => assert.deepEqual(s.disabledSites, ['bbc.co.uk'])],
  ];
  for (const [stored, check] of cases) check(settings.merge(stored));
});

test('site names as readers type them', () => {
  const cases = [
    ['lemonde.fr', 'lemonde.fr'],
    ['https://www.lemonde.fr/international/article/2024', 'lemonde.fr'],
    ['  BBC.co.uk  ', 'bbc.co.uk'],
    ['*.reuters.com', 'reuters.com'],
    ['http://127.0.0.1:8080/x', '127.0.0.1'],
    ['example.com.', 'example.com'],
    ['not a site', null],
    ['', null],
    ['javascript:alert(1)', null],
  ];
  for (const [input, expected] of cases) assert.equal(settings.normaliseSite(input), expected, input);
});

test('site matching: a site covers its subdomains, nothing else', () => {
  const cases = [
    ['lemonde.fr', 'lemonde.fr', true],
    ['www.lemonde.fr', 'lemonde.fr', true],
    ['abonnes.lemonde.fr', 'lemonde.fr', true],
    ['notlemonde.fr', 'lemonde.fr', false],
    ['lemonde.fr.evil.com', 'lemonde.fr', false],
    ['WWW.BBC.CO.UK', 'bbc.co.uk', true],
  ];
  for (const [host, site, expected] of cases) assert.equal(settings.hostMatches(host, site), expected, `${host} on ${site}`);
});

test('where ClaimLens runs', () => {
  const s = settings.merge({ disabledSites: ['lemonde.fr'] });
  const cases = [
    [s, 'www.theguardian.com', false, true], // bundled site
    [s, 'example.org', false, false], // other site, not asked
    [s, 'example.org', true, true], // other site, toolbar button
    [s, 'www.lemonde.fr', false, false], // disabled by the reader
    [s, 'www.lemonde.fr', true, false], // disabled wins over the button
    [{ ...s, enabled: false }, 'www.theguardian.com', true, false], // master switch off
  ];
  for (const [settingsValue, host, requested, expected] of cases) {
    assert.equal(settings.shouldRun(settingsValue, host, requested), expected, `${host} requested=${requested}`);
  }
});

test('match patterns cover the site and its subdomains', () => {
  assert.deepEqual(settings.matchPatterns('lemonde.fr'), ['*://lemonde.fr/*', '*://*.lemonde.fr/*']);
});
