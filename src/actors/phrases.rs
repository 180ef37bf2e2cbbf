//! Where names may be: French-style organisation phrases headed by a common noun
//! (« ministère chinois des Affaires étrangères ») and runs of capitalised words joined by
//! name connectors (Corée du Nord, Port of Rotterdam, Marieke de Vries), cut into segments at
//! leading articles and titles (« Le Courrier de l'Ouest » → Courrier de l'Ouest,
//! "Senator Linda Okafor" → Linda Okafor).

use super::context::View;
use super::lexicon::{Cue, GazKind};
use super::Taken;

/// A token range that may name one actor, with what was cut off in front of it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Segment {
    pub start: usize,
    pub end: usize,
    /// A capitalised article was cut off in mid-sentence (« le quotidien Le Courrier… »):
    /// such an article belongs to a name, so the segment is a name.
    pub named_by_article: bool,
    /// Token range of a title cut off in front ("Senator" in "Senator Linda Okafor").
    pub title: Option<(usize, usize)>,
    /// What the cut-off words said the rest is: « le PDG de Maréval » → Maréval, an organisation
    /// (a title's complement); « l'État de Kano » → Kano, a place.
    pub hint: Option<crate::model::Category>,
}

/// A connector sequence at `i` that may join two parts of a name, ending on a capitalised word:
/// `de`, `du`, `des`, `d'`, `de la`, `de l'`, `of`, `of the`, `van der`, `von`… Returns the index of
/// the capitalised word.
pub fn connector_to_cap(v: &View, i: usize) -> Option<usize> {
    let first = v.at(i, i)?;
    if !v.lowercase_word(first) || !v.listed(first, &v.lex.connectors) {
        return None;
    }
    let mut k = first + 1;
    let mut steps = 0;
    while steps < 3 {
        let j = v.at(k, first)?;
        if v.cap(j) {
            return Some(j);
        }
        let w = v.lower(j);
        let elision = w == "'" && matches!(v.lower(j - 1), "d" | "l");
        let article = matches!(w, "la" | "l" | "the");
        if !(elision || article || (v.lowercase_word(j) && v.listed(j, &v.lex.connectors))) {
            return None;
        }
        k += 1;
        steps += 1;
    }
    None
}

/// An organisation phrase headed by a common noun at `h`: HEAD [adjective]* connector
/// Capitalised [Capitalised]* [adjective]* (et connector Capitalised…), or a capitalised HEAD
/// with adjectives only (« Commission européenne », « Cour suprême »). In French, lower-case
/// complements may stand before the capitalised one or end a capitalised head's name (« Cour des
/// comptes », « Agence régionale de santé », « cour d'assises du Rhône »). A lower-case head of a
/// jurisdiction (tribunal, cour, préfecture…) takes the place it serves into the name (« tribunal
/// correctionnel de Vannes », « préfecture des Bouches-du-Rhône »). Returns its end.
#[inline(never)]
pub fn organisation_phrase(v: &View, h: usize) -> Option<usize> {
    let lex = v.lex;
    let head = v.lower(h);
    let capital_head = v.cap(h) && !v.info[h].all_caps();
    let french = v.doc.lang == crate::model::Lang::Fr;
    let mut jurisdiction = !capital_head && lex.org_jurisdiction_heads.contains(head);
    // « parquet national financier », « section de recherches de Bordeaux »: a French institution
    // written in lower case (`institution_name` below says when it is a name).
    // (Not a site: « centre aquatique de X », « centre commercial de X ».)
    let site = |k: usize| v.at(k, h).is_some_and(|q| v.is(q, Cue::SiteQualifiers));
    let institution = french && !capital_head && v.listed(h, &lex.org_institution_heads) && !site(h + 1);
    let lowercase_head = lex.org_lowercase_heads.contains(head);
    // (Capitalised, a French institution's head names it too: « l'Ordre national des pharmaciens ».)
    // (In French, any organisation word capitalised heads a name: « Port autonome de Cotonou »,
    // « Métropole européenne de Lille », « Télévision togolaise »; not a sentence's first word.)
    let allowed = if capital_head { lex.org_heads.contains(head) || french && (lex.org_institution_heads.contains(head) || !v.info[h].initial() && v.is(h, Cue::OrgWords)) } else { jurisdiction || institution || lowercase_head };
    if !allowed {
        return None;
    }
    // A capitalised head inside a longer name ("Federal Reserve Bank of New York") is left to
    // the capitalised run that starts earlier.
    if capital_head {
        // (Also after a plural possessive: "the Planters' Association of Ceylon", `capitalised_run`.)
        let possessive = v.prev(h).filter(|&p| matches!(v.word(p), "'" | "’")).and_then(|p| v.prev(p)).is_some_and(|o| v.cap(o) && v.lower(o).ends_with('s') && v.gazetteer_at(o).is_none());
        if possessive {
            return None;
        }
        if let Some(p) = v.prev(h).filter(|&p| v.cap(p)) {
            if !v.listed(p, &lex.function_words) {
                return None;
            }
        }
    }
    let adjective = |k: usize| v.lowercase_word(k) && (v.demonym(k) || v.is(k, Cue::OrgAdjectives));
    // An institution's qualifiers: « hospitalier », « antipoison », « financier ».
    // « Conseil supérieur de l'audiovisuel », « Inspection générale »: a level too.
    // (« Chambre vaudoise immobilière », « Stade rochelais », « Union bordelaise »: after a
    // capitalised head, the adjective of a town or a region too.)
    let town = |k: usize| french && capital_head && v.lowercase_word(k) && town_adjective(v.lower(k)) && !v.listed(k, &lex.function_words);
    let qualifier = |k: usize| v.lowercase_word(k) && (adjective_shaped(v.lower(k)) || v.is(k, Cue::NationalAdjectives) || (institution || french && capital_head) && institution_qualifier(v.lower(k)) || town(k));
    // A head that also names a site (« Stade ») names a club only with a town's adjective
    // (« Stade rochelais »; « Stade de France », « Stade olympique » are places).
    if french && capital_head && lex.org_heads.contains(head) && v.is(h, Cue::PlaceInside) && !v.at(h + 1, h).is_some_and(town) {
        return None;
    }
    let mut k = h + 1;
    while v.at(k, h).is_some() && (adjective(k) || ((capital_head || jurisdiction || institution) && k < h + 4 && qualifier(k))) {
        k += 1;
    }
    // « Port autonome de Cotonou », « Ministère public de la Confédération », « Syndicat viticole
    // des Bordeaux »: French capitalises only a body's first word, so any lower-case words (no verb)
    // between a capitalised head and its capitalised complement belong to the name.
    if french && capital_head && k == h + 1 {
        let mut j = k;
        while j < h + 3 && v.at(j, h).is_some_and(|q| v.lowercase_word(q) && v.lower(q).len() > 3 && !v.listed(q, &lex.function_words) && !v.is(q, Cue::Auxiliaries) && !v.reporting_verb_at(q, q)) {
            j += 1;
        }
        if j > k && connector_to_cap(v, j).is_some() {
            k = j;
        }
    }
    let after_adjectives = k;
    // « parquet national financier », « ordre national des médecins »: a national-level adjective
    // makes the body one of a kind, so the lower-case phrase is its name.
    let national = institution && (h + 1..after_adjectives).any(|j| v.is(j, Cue::NationalAdjectives));
    let mut end = None;
    // Lower-case complements: « des comptes », « d'assises », « de police ».
    let mut lowercase_complements = 0;
    while french && (capital_head || jurisdiction || institution) && lowercase_complements < 3 {
        let Some(j) = lowercase_complement(v, k, h) else { break };
        lowercase_complements += 1;
        k = j;
        if capital_head || national {
            end = Some(j);
            // « Centre de recherche et de restauration des musées », « Inspection générale de
            // l'éducation, du sport et de la recherche »: fields listed and closed by « et ».
            if let Some(j) = listed_complements(v, k, h) {
                k = j;
                end = Some(j);
            }
        }
    }
    // Without that level, a qualified institution is named with the place it serves (« centre
    // antipoison de Lyon », « section de recherches de Bordeaux »); bare (« au centre de Lyon »,
    // « en direction de Pokrovsk »), only the lower-case heads of ministries and agencies go on.
    if institution && !national && !jurisdiction {
        if after_adjectives > h + 1 || lowercase_complements > 0 {
            jurisdiction = true;
        } else if !lowercase_head {
            return None;
        }
    }
    while let Some(c) = connector_to_cap(v, k) {
        let mut j = c;
        let mut capitalised = 0;
        while v.at(j, h).is_some() && v.cap(j) {
            j += if hyphen_elision(v, j + 1) { 3 } else { 1 };
            capitalised += 1;
        }
        // « le conseil régional des Pays de la Loire »: a gazetteer name with its connectors.
        if let Some((gaz_end, _)) = v.gazetteer_at(c).filter(|(g, _)| *g > j) {
            j = gaz_end;
        }
        let gazetteer = v.gazetteer_exact(c, j);
        if jurisdiction {
            // The place a court or a prefecture serves, never a country or a person.
            let place = match gazetteer {
                Some(g) => !matches!(g.kind, super::lexicon::GazKind::Country | super::lexicon::GazKind::Seat | super::lexicon::GazKind::Bloc | super::lexicon::GazKind::Org),
                // (An acronym is a body, not a place: « la direction régionale de la SNCF ».)
                None => capitalised == 1 && !v.info[c].acronym(),
            };
            if !place {
                break;
            }
        } else if !capital_head && (capitalised > 1 || gazetteer.is_some()) {
            // After a lower-case head, a complement of several capitalised words or a gazetteer
            // name is a person or a place, not part of the organisation's name
            // (« le parti de Marine Le Pen », « l'armée de Kiev »).
            break;
        }
        // « ministère des Ressources naturelles et de l'Environnement »: French adjectives after the
        // capitalised complement belong to it.
        // (Not a verb: « la mairie de Quimper indique ».)
        // (« de l'Enseignement supérieur et de la Recherche »: a level too.)
        let trailing = |j: usize| french && !capital_head && j < c + 4 && v.lowercase_word(j) && (adjective_shaped(v.lower(j)) || v.is(j, Cue::NationalAdjectives)) && !v.reporting_verb_at(j, j);
        while v.at(j, h).is_some() && (adjective(j) || trailing(j)) {
            j += 1;
        }
        end = Some(j);
        k = j;
        // « de l'Économie et des Finances »
        if v.at(k, h).is_some() && matches!(v.lower(k), "et" | "and") && connector_to_cap(v, k + 1).is_some() {
            k += 1;
            continue;
        }
        // « ministère du Sport, de la Culture et du Patrimoine »: portfolios listed with commas, the
        // list closed by « et » (not « la mairie de Quimper, de son côté »).
        if french && !capital_head && !jurisdiction && v.punct_is(v.at(k, h), &[","]) && comma_list_closed(v, k, h) {
            k += 1;
            continue;
        }
        // "Department of Water and Environmental Regulation", "Department of Health and Human
        // Services": a second field of two capitalised words or more, with no organisation word
        // of its own ("Department of Justice and Federal Trade Commission" are two bodies).
        if capital_head && !french && v.at(k, h).is_some_and(|a| v.lower(a) == "and") {
            let mut j = k + 1;
            while v.at(j, h).is_some_and(|w| v.cap(w) && !v.is(w, Cue::OrgWords)) {
                j += 1;
            }
            let org_next = v.at(j, h).is_some_and(|w| v.cap(w));
            // ("Department of Water and Sanitation said": one word too, shaped like the abstract
            // noun of a field (Sanitation, Development, Security, Welfare, Fisheries), no gazetteer
            // name, and a lower-case word after it: "Department of Justice and Google" are two.)
            let field_shaped = |w: &str| ["tion", "ment", "ity", "ance", "ence", "ure", "ing", "ics", "ism", "ies", "fare"].iter().any(|end| w.len() > 5 && w.ends_with(end));
            let plain_field = j == k + 2 && field_shaped(v.lower(k + 1)) && v.gazetteer_at(k + 1).is_none() && v.at(j, h).is_some_and(|w| v.lowercase_word(w));
            if (j >= k + 3 || plain_field) && !org_next {
                end = Some(j);
            }
            // ("Department of Mineral Resources and Energy said": a field that is an organisation
            // word, heading nothing, closing the name before a lower-case word.)
            let field_word = j == k + 1 && v.at(j, h).is_some_and(|w| v.cap(w) && !v.listed(w, &lex.org_heads) && v.gazetteer_at(w).is_none()) && v.at(j + 1, h).is_some_and(|w| v.lowercase_word(w));
            if field_word {
                end = Some(j + 1);
            }
        }
        // "Ministry of Environment, Conservation and Parks", "Ministry of Economy, Trade and
        // Industry": fields listed with commas and closed by "and", each one or two capitalised
        // words with no organisation word nor gazetteer name, the last shaped like a field
        // (not "the Department of Justice, Google and Apple").
        if capital_head && !french && v.punct_is(v.at(k, h), &[","]) {
            if let Some(j) = listed_fields(v, k, h) {
                end = Some(j);
            }
        }
        // "Office of the Director of Public Prosecutions": an English body's complement may have its
        // own, unless it is a gazetteer name ("Ministry of Defence of Ukraine" is two names).
        if capital_head && !french && v.at(k, h).is_some_and(|a| v.lower(a) == "of") {
            if let Some(c2) = connector_to_cap(v, k) {
                let mut j = c2;
                while v.at(j, h).is_some_and(|w| v.cap(w)) {
                    j += 1;
                }
                if v.gazetteer_at(c2).is_none() && !v.info[c2].acronym() {
                    end = Some(j);
                }
            }
        }
        break;
    }
    match end {
        Some(e) => Some(e),
        None if capital_head && after_adjectives > h + 1 => Some(after_adjectives),
        // « parquet national financier »: two qualifiers and no complement.
        None if national && after_adjectives > h + 2 => Some(after_adjectives),
        None => None,
    }
}

/// From the comma at `k`: « , de la Culture et du Patrimoine » — capitalised complements after
/// commas, the last after « et ».
#[inline(never)]
fn comma_list_closed(v: &View, mut k: usize, h: usize) -> bool {
    for _ in 0..4 {
        let closing = v.lower(k) == "et";
        if !(closing || v.word(k) == ",") {
            return false;
        }
        let Some(mut j) = connector_to_cap(v, k + 1) else { return false };
        if closing {
            return true;
        }
        while v.at(j, h).is_some_and(|w| v.cap(w)) {
            j += 1;
        }
        k = j;
        if v.at(k, h).is_none() {
            return false;
        }
    }
    false
}

/// From the comma at `k`: ", Conservation and Parks" — capitalised fields of one or two words,
/// joined by commas and closed by "and"; the end of the last field.
#[inline(never)]
fn listed_fields(v: &View, mut k: usize, h: usize) -> Option<usize> {
    let field = |j: usize| v.at(j, h).is_some_and(|w| v.cap(w) && !v.is(w, Cue::OrgWords) && !v.info[w].acronym() && v.gazetteer_at(w).is_none());
    for _ in 0..4 {
        let closing = v.lower(k) == "and";
        if !(closing || v.word(k) == ",") || !field(k + 1) {
            return None;
        }
        let mut j = k + 1;
        while j < k + 3 && field(j) {
            j += 1;
        }
        if closing {
            let last = v.lower(j - 1);
            let shaped = ["tion", "ment", "ity", "ance", "ence", "ure", "ing", "ics", "ism", "fare", "ry", "gy", "th", "our", "ade", "ort", "ge", "s"].iter().any(|end| last.ends_with(end)) && !last.ends_with("ss");
            return (shaped && !v.at(j, h).is_some_and(|w| v.cap(w))).then_some(j);
        }
        k = j;
    }
    None
}

/// From `k`, more lower-case complements joined by « , » and closed by « et » (« , du sport et de la
/// recherche », « et de restauration des musées »): the end of the last one, or None when the list
/// is not closed by « et » (« la Cour des comptes, de son côté »).
#[inline(never)]
fn listed_complements(v: &View, mut k: usize, anchor: usize) -> Option<usize> {
    for _ in 0..4 {
        let joint = v.at(k, anchor)?;
        let closing = v.lower(joint) == "et";
        if !closing && v.word(joint) != "," {
            return None;
        }
        let j = lowercase_complement(v, joint + 1, anchor)?;
        // « des musées de France »: the complement's own complement.
        k = lowercase_complement(v, j, anchor).unwrap_or(j);
        if closing {
            return Some(k);
        }
    }
    None
}

/// A qualifier of a French institution beyond `adjective_shaped`: « hospitalier », « financier »,
/// « pénitentiaire » and the « anti- » words of specialised services (« antipoison »,
/// « anticorruption », « antiterroriste »).
#[inline(never)]
fn institution_qualifier(word: &str) -> bool {
    (word.starts_with("anti") && word.chars().count() > 6) || ["ier", "ière", "iers", "ières"].iter().any(|e| word.ends_with(e) && word.len() > 5)
}

/// A French lower-case complement at `k`: « de »/« des »/« du »/« d' » (« de la », « de l' »), a
/// common noun that is no infinitive (« la Banque de relever ses taux » is no name) and its
/// adjectives. Returns its end.
fn lowercase_complement(v: &View, k: usize, anchor: usize) -> Option<usize> {
    let lex = v.lex;
    let mut j = v.at(k, anchor)?;
    match v.lower(j) {
        "de" | "des" | "du" => j += 1,
        "d" if v.at(j + 1, anchor).is_some_and(|q| v.word(q) == "'") => j += 2,
        _ => return None,
    }
    if v.at(j, anchor).is_some_and(|a| v.lower(a) == "la") {
        j += 1;
    } else if v.at(j, anchor).is_some_and(|a| v.lower(a) == "l") && v.at(j + 1, anchor).is_some_and(|q| v.word(q) == "'") {
        j += 2;
    }
    let noun = v.at(j, anchor).filter(|&n| v.lowercase_word(n))?;
    let w = v.lower(noun);
    let infinitive = w.ends_with("er") || w.ends_with("ir");
    if w.chars().count() < 3 || infinitive || v.listed(noun, &lex.function_words) || v.is(noun, Cue::NotNames) || !w.chars().all(|c| c.is_alphabetic() || c == '-') {
        return None;
    }
    let mut end = noun + 1;
    // (« Autorité des marchés financiers »: « financiers » too.)
    while v.at(end, anchor).is_some_and(|a| v.lowercase_word(a) && (v.is(a, Cue::OrgAdjectives) || v.demonym(a) || adjective_shaped(v.lower(a)) || institution_qualifier(v.lower(a)))) {
        end += 1;
    }
    Some(end)
}

/// The adjective of a French town or region by its ending: « vaudoise », « rochelais »,
/// « lillois », « toulousain » (not « mais », « jamais »: a few letters more).
fn town_adjective(word: &str) -> bool {
    word.chars().count() > 6 && ["ais", "aise", "ois", "oise", "ain"].iter().any(|e| word.ends_with(e))
}

/// A French adjective by its ending (« météorologique », « mondiale », « pénale », « nationaux »):
/// after a capitalised organisation head, such words belong to the name (« Organisation
/// météorologique mondiale », « Cour pénale internationale »).
pub(super) fn adjective_shaped(word: &str) -> bool {
    const ENDINGS: &[&str] = &[
        "ique", "iques", "al", "ale", "aux", "ales", "el", "elle", "els", "elles", "aire", "aires", "ien",
        "ienne", "iens", "iennes", "ain", "aine", "ains", "aines", "if", "ive", "ifs", "ives", "eux", "euse",
    ];
    word.chars().count() > 4 && ENDINGS.iter().any(|e| word.ends_with(e))
}

/// A French place name headed by a lower-case geographic noun: « mer Noire », « détroit
/// d'Ormuz », « mer de Chine méridionale », « île de Ré ». Returns its end.
#[inline(never)]
pub fn place_phrase(v: &View, h: usize) -> Option<usize> {
    // English keeps the common noun out of the name: "the city of Eldoret" → Eldoret.
    if !v.lowercase_word(h) || !v.is(h, Cue::PlaceInside) || v.doc.lang == crate::model::Lang::En {
        return None;
    }
    let first = if v.at(h + 1, h).is_some_and(|k| v.cap(k)) {
        h + 1
    } else if v.is(h, Cue::PlaceApart) {
        // « la province de Ben Tre »: the name is Ben Tre alone (read as a capitalised run).
        return None;
    } else {
        let first = connector_to_cap(v, h + 1)?;
        // A site also listed [before] takes its town after a bare « de »: « la gare de Lorient »,
        // « l'aéroport de Zaventem » → the town alone; « la gare du Nord », « le port des
        // Bosquets » (an article) name the site.
        if v.is(h, Cue::PlaceBefore) && (h + 1..first).all(|k| matches!(v.lower(k), "de" | "d" | "'")) {
            return None;
        }
        first
    };
    let mut end = first;
    while v.at(end, h).is_some() && v.cap(end) {
        end += 1;
    }
    while v.at(end, h).is_some_and(|k| v.is(k, Cue::PlaceAdjectives)) {
        end += 1;
    }
    Some(end)
}

/// The run of capitalised words starting at `s` (a capitalised token), joined by connectors and
/// initials, and stretched over the longest gazetteer name starting there
/// (« Guinée équatoriale »). Never crosses a sentence or a `taken` token.
pub fn capitalised_run(v: &View, s: usize, taken: &Taken) -> usize {
    let free = |k: usize| v.at(k, s).is_some() && !taken.is(k);
    let mut end = s + 1;
    if let Some((gaz_end, _)) = v.gazetteer_at(s) {
        if taken.none_in(s..gaz_end) {
            end = end.max(gaz_end);
        }
    }
    loop {
        // 'Ramon "Bong" Reyes', "Desmond ‘Dezzy’ Clarke": a nickname in quotation marks between a
        // first name and a surname.
        // (One word each, none an organisation word: 'the Times "Insight" Team' is no person.)
        if end == s + 1 && free(end) && matches!(v.word(end), "\"" | "‘" | "“" | "'") && v.cap(end + 1) && !v.listed(s, &v.lex.function_words) {
            let close = end + 2;
            let plain = |k: usize| v.cap(k) && !v.info[k].all_caps() && !v.is(k, Cue::OrgWords);
            if free(close) && matches!(v.word(close), "\"" | "’" | "”" | "'") && free(close + 1) && plain(s) && plain(end + 1) && plain(close + 1) && v.same_sentence(close, close + 1) {
                end = close + 2;
                continue;
            }
        }
        // "KOTX 6 News", "WKRN 2 News": a station's call sign, its channel and "News".
        if end == s + 1 && v.info[s].acronym() && channel_news(v, end) && free(end) && free(end + 1) {
            end += 2;
            break;
        }
        // "TULSA, Okla. -": a dateline's abbreviated state keeps its full stop.
        if end == s + 1 && free(end) && v.word(end) == "." && v.is(s, Cue::RegionAbbreviations) && v.punct_is(v.prev(s), &[","]) {
            end += 1;
            break;
        }
        // "County Road 12", "Interstate 40", "Route 66": a road's number ends its name.
        if free(end) && numbered_road(v, end) {
            end += 1;
            break;
        }
        // Most runs end on a lower-case word or a comma that no rule below takes: said at once.
        if free(end) && joins_nothing(v, end) {
            break;
        }
        if free(end) && dotted_acronym(v, end).is_some() {
            // "The U.S. State Department": the acronym is a name of its own.
            break;
        }
        // "O'Brien", "Mark O'Connell", "Thomas N'Diaye": a surname across its apostrophe.
        if free(end) && free(end + 1) && v.word(end) == "'" && matches!(v.word(end - 1), "O" | "N") && v.cap(end + 1) && v.same_sentence(end, end + 1) {
            end += 2;
            continue;
        }
        // « Côtes-d'Armor », « Val-d'Oise »: one name across the elision.
        if free(end) && free(end + 1) && hyphen_elision(v, end) {
            end += 2;
            continue;
        }
        if free(end) && v.cap(end) {
            // « Selon Médecins sans frontières »: after a leading function word, a gazetteer
            // name with lower-case words may start.
            if v.listed(end - 1, &v.lex.function_words) {
                if let Some((gaz_end, _)) = v.gazetteer_at(end) {
                    if gaz_end > end + 1 && taken.none_in(end..gaz_end) {
                        end = gaz_end;
                        continue;
                    }
                }
            }
            end += 1;
            continue;
        }
        // "Marks & Spencer", "Procter & Gamble": an ampersand joins only the parts of a firm's name.
        if free(end) && free(end + 1) && v.word(end) == "&" && v.cap(end + 1) {
            end += 2;
            continue;
        }
        // "Nordhaven plc", "Corvane Brands Inc.": a company form ends the name, with its full stop.
        if free(end) && v.lowercase_word(end) && v.is(end, Cue::LowercaseEndings) {
            end += 1;
            break;
        }
        if free(end) && v.word(end) == "." && end > s + 1 && v.is(end - 1, Cue::AbbreviatedEndings) {
            end += 1;
            break;
        }
        // "St. Louis", "Ste. Genevieve".
        if free(end) && free(end + 1) && v.word(end) == "." && v.cap(end + 1) && v.same_sentence(end, end + 1) && v.is(end - 1, Cue::PlaceAbbreviations) {
            end += 2;
            continue;
        }
        // An initial: "George W. Bush".
        if free(end) && free(end + 1) && v.word(end) == "." && v.cap(end + 1) {
            let prev = v.word(end - 1);
            if prev.chars().count() == 1 && end - 1 > s {
                end += 2;
                continue;
            }
        }
        if let Some(c) = connector_to_cap(v, end) {
            if taken.none_in(end..c + 1) {
                end = c + 1;
                continue;
            }
        }
        // "Court of Arbitration for Sport", "European Convention on Human Rights": « for », « on »
        // join only inside the name of a body or a treaty.
        let name_word = |k: usize| free(k) && v.cap(k) && !v.is(k, Cue::NotNames) && !v.listed(k, &v.lex.function_words);
        // "US District Court for the Central District": with an article too.
        if free(end) && matches!(v.lower(end), "for" | "on" | "pour" | "sur") {
            let article = usize::from(free(end + 1) && matches!(v.word(end + 1), "the" | "la" | "le"));
            let body = || (s..end).any(|k| v.is(k, Cue::OrgWords) || v.is(k, Cue::EventWords));
            if name_word(end + 1 + article) && body() {
                end += 2 + article;
                continue;
            }
        }
        // "People's Democratic Alliance", "Information Commissioner's Office": a possessive inside
        // an organisation's name, when what follows ends on an organisation word and what precedes
        // is no country (Russia's Defence Ministry is two names).
        if free(end) && free(end + 1) && v.word(end) == "'" && v.lower(end + 1) == "s" && v.gazetteer_exact(s, end).is_none() {
            let mut k = end + 2;
            while free(k) && v.cap(k) {
                k += 1;
            }
            // The owner is a common noun or a title ("People", "Commissioner"), not a person
            // ("Trump's Justice Department" is two names).
            let owner = v.lower(end - 1);
            let after_article = v.prev(end - 1).or(v.prev(s)).is_some_and(|p| matches!(v.lower(p), "the" | "le" | "la"));
            let owner_common = after_article || v.written_in_lower_case(owner) || v.lex.titles.contains(owner);
            if k > end + 2 && v.is(k - 1, Cue::OrgWords) && owner_common {
                end = k;
                continue;
            }
        }
        // "Writers' Guild of Great Britain", "Planters' Association of Ceylon", "Magistrates' Court": a
        // plural possessive (an apostrophe after -s, no "s" after it) before an organisation word is
        // inside the body's name; the owner is no place ("the Philippines' Senate" is two names).
        if free(end) && free(end + 1) && matches!(v.word(end), "'" | "’") && v.lower(end - 1).ends_with('s') && v.cap(end + 1) && v.is(end + 1, Cue::OrgWords) && v.same_sentence(end, end + 1) && v.gazetteer_exact(s, end).is_none() && v.gazetteer_at(end - 1).is_none() {
            end += 2;
            continue;
        }
        // "Securities and Exchange Commission", « Institut des sciences et de la Technologie »:
        // « et » / "and" inside an organisation's name, when what follows is one.
        // Only after a plural-looking word, as institution names go ("Securities and Exchange
        // Commission", « Arts et Métiers »); "Google and Microsoft Corp." are two names.
        let plural_before = v.lower(end - 1).ends_with('s');
        let after_article = v.prev(s).is_some_and(|p| matches!(v.lower(p), "the" | "le" | "la" | "l" | "'"));
        if free(end) && matches!(v.lower(end), "and" | "et" | "&") && v.gazetteer_exact(s, end).is_none() {
            let mut k = end + 1;
            let mut org = false;
            while free(k) && v.cap(k) {
                org |= v.is(k, Cue::OrgWords);
                k += 1;
            }
            // "Food and Drug Administration", "Westmorland and Furness Council", "Local Government
            // and Social Care Ombudsman": English, a public body's head closing the name, and before
            // "and" one or two words with no organisation word, gazetteer name nor first name.
            let public_head = |w: usize| v.is(w, Cue::PublicHeads);
            let plain = |j: usize| v.cap(j) && !v.info[j].acronym() && !v.is(j, Cue::OrgWords) && v.gazetteer_at(j).is_none() && !v.is(j, Cue::FirstNames) && !v.is(j, Cue::NotNames);
            let public_body = v.doc.lang == crate::model::Lang::En && k > end + 1 && end - s <= 2 && public_head(k - 1) && (s..end).all(plain) && (end + 1..k).all(|j| v.gazetteer_at(j).is_none());
            if public_body {
                end = k;
                continue;
            }
            if !(plural_before || after_article) {
                break;
            }
            // "Department for Business and Trade", "Ministry of Health and Social Care": an
            // organisation word with its complement already stands before « and ».
            let complemented_body = (s..end).any(|j| {
                v.cap(j) && v.is(j, Cue::OrgWords) && v.at(j + 1, s).is_some_and(|c| matches!(v.lower(c), "of" | "for" | "de" | "des" | "du"))
            });
            if (org || complemented_body) && k > end + 1 {
                end = k;
                continue;
            }
        }
        break;
    }
    end
}

/// A number at `k` (up to three digits) right after a capitalised noun of a site or road
/// (`place_inside`): "County Road 12", "Interstate 40", "Route 66", "Highway 1", "Terminal 5".
#[inline(never)]
pub fn numbered_road(v: &View, k: usize) -> bool {
    k > 0
        && v.doc.tokens.get(k).is_some_and(|t| t.kind == crate::text::TokenKind::Number)
        && v.word(k).len() <= 3
        && v.word(k).bytes().all(|b| b.is_ascii_digit())
        && v.same_sentence(k - 1, k)
        && v.cap(k - 1)
        && v.is(k - 1, Cue::PlaceInside)
}

/// A channel's number at `k` (one or two digits) and "News" after it: "6 News", "KOTX 6 News".
pub fn channel_news(v: &View, k: usize) -> bool {
    v.doc.tokens.get(k).is_some_and(|t| t.kind == crate::text::TokenKind::Number) && v.word(k).len() <= 2 && v.cap(k + 1) && v.word(k + 1) == "News" && v.same_sentence(k, k + 1)
}

/// Token `k`, right after a capitalised run, can be taken into it by none of the rules of
/// `capitalised_run`: a number, a punctuation mark other than an apostrophe, `&` or a full stop,
/// or a lower-case word that is no connector (de, of…), company form (plc) or joining word (for,
/// on, pour, sur, and, et). A shortcut only: the rules would each turn it down.
fn joins_nothing(v: &View, k: usize) -> bool {
    let Some(t) = v.doc.tokens.get(k) else { return false };
    match t.kind {
        crate::text::TokenKind::Number => true,
        crate::text::TokenKind::Punct => !matches!(v.word(k), "'" | "&" | "."),
        crate::text::TokenKind::Word => {
            !v.cap(k)
                && !v.listed(k, &v.lex.connectors)
                && !v.is(k, Cue::LowercaseEndings)
                && !matches!(v.lower(k), "for" | "on" | "pour" | "sur" | "and" | "et")
        }
    }
}

/// Cuts a capitalised run into the segments that may name actors: leading function words and
/// articles go, titles split the run ("US President Joe Biden" → US | Joe Biden), and a
/// gazetteer name joined by a connector to another name is cut off from it
/// (« la Russie de Poutine » → Russie | Poutine).
/// The segments are appended to `out`.
#[inline(never)]
pub fn segments(v: &View, s: usize, e: usize, out: &mut Vec<Segment>) {
    let lex = v.lex;
    // "Helen Marsden KC", "Dana Okoye MP": letters after a full name are no part of it.
    let e = if e - s > 2 && v.info[e - 1].all_caps() && v.is(e - 1, Cue::PostNominals) && v.cap(e - 2) && !v.info[e - 2].all_caps() { e - 1 } else { e };
    let base = out.len();
    let mut start = s;
    let mut named_by_article = false;
    // Leading function words and articles, unless they open a gazetteer name (Le Caire).
    // A function word in capitals in mid-sentence is an acronym ("the WHO director-general").
    let acronym = |k: usize| v.info[k].acronym() && !v.info[k].initial() && !v.info[k].headline();
    while start < e && v.is_word(start) && v.listed(start, &lex.function_words) && !acronym(start) {
        if v.gazetteer_at(start).is_some_and(|(g, _)| g > start + 1) {
            break;
        }
        // "in Des Moines", "Le Monde", "El Paso": English capitalises no foreign article in
        // mid-sentence but inside a name.
        // (Not "· By Ana Obi": a byline's "By" after a separator.)
        if v.doc.lang == crate::model::Lang::En && !v.info[start].initial() && !matches!(v.lower(start), "the" | "by") && start + 1 < e && v.cap(start + 1) {
            break;
        }
        if !v.info[start].initial() && (v.listed(start, &lex.articles) || is_name_particle(v, start)) {
            named_by_article = true;
        }
        start += 1;
        // An elided article: « L'Allemagne ».
        while start < e && !v.is_word(start) {
            start += 1;
        }
    }
    // "Toulouse-based ATR", "the Kremlin-backed Rossiya": a compound adjective before a name is no
    // part of it.
    if start + 1 < e && v.word(start).contains('-') && v.word(start).rsplit('-').next().is_some_and(|t| super::classify::is_compound_adjective_tail(lex, t)) {
        // ("Toulouse-based ATR": the place where the body sits is a name of its own.)
        if super::classify::located_compound(v.word(start)).is_some() {
            out.push(Segment { start, end: start + 1, named_by_article: false, title: None, hint: None });
        }
        start += 1;
    }
    let mut title: Option<(usize, usize)> = None;
    // « le Sénégalais Abdoulaye Ndiaye Faye »: in French a capitalised demonym after an article is
    // a noun (adjectives are in lower case), standing before a person's name as a title does.
    // (English capitalises its adjectives: "the Indian Ocean", "the British Antarctic Survey".)
    if v.doc.lang == crate::model::Lang::Fr && start + 1 < e && v.cap(start) && v.cap(start + 1) && !v.info[start].all_caps() && definite_article_at(v, start) && v.demonym(start) {
        let has_org_word = (start + 1..e).any(|j| v.is(j, Cue::OrgWords));
        if !has_org_word {
            title = Some((start, start + 1));
            start += 1;
        }
    }
    let mut hint = None;
    // "Residents of Gaza City", « Habitants de Kiev »: a sentence-initial common noun joined to a
    // name. The noun is written in lower case elsewhere in the text, or is an English plural
    // before "of".
    if start < e && !v.is(start, Cue::OrgWords) && v.gazetteer_at(start).is_none() {
        if let Some(c) = connector_to_cap(v, start + 1).filter(|&c| c < e) {
            let plural_of = v.lower(start + 1) == "of" && v.lower(start).ends_with('s');
            let initial_common = v.info[start].initial() && (plural_of || v.written_in_lower_case(v.lower(start)));
            // « l'État de Kano », "the State of Ohio".
            if v.is(start, Cue::NotNames) {
                start = c;
                hint = Some(crate::model::Category::Place);
            } else if initial_common {
                start = c;
            }
        }
    }
    // « le PDG de Maréval », "the CEO of Northwind": a title's complement names the body.
    if start < e && v.listed(start, &lex.titles) {
        if let Some(c) = connector_to_cap(v, start + 1).filter(|&c| c < e) {
            if after_title(v, start, e).is_none() {
                start = c;
                hint = Some(crate::model::Category::Organization);
            }
        }
    }
    // "Lawyers Anna Kowal and Ben Tate said", "in which Councilmembers Raymond Oduya and Grace Pham":
    // a plural title opening the run stands before names.
    // (In mid-sentence only before a first name: "Doctors Without Borders" is a body.)
    let before_names = |k: usize| v.info[k].initial() || super::classify::opens_with_first_name(v, k + 1);
    if start + 1 < e && v.cap(start + 1) && v.lower(start).strip_suffix('s').is_some_and(|one| lex.titles.contains(one)) && before_names(start) {
        title = Some((start, start + 1));
        start += 1;
    }
    let mut k = start;
    // (« le député Cheikh Tidiane Faye », « l'Université Cheikh Anta Diop »: capitalised inside a
    // French name, Cheikh is a first name of West Africa; the title is written in lower case.)
    let first_name_title = |k: usize| v.doc.lang == crate::model::Lang::Fr && v.word(k) == "Cheikh" && v.at(k + 2, k).is_some_and(|j| j < e && v.cap(j));
    while k < e {
        // "Hannah Lydgate Political Correspondent" opening a byline's line: the reporter's name
        // (a first name and a surname), then her title.
        let reporter = v.doc.lang == crate::model::Lang::En && k - start >= 3 && v.cap(k) && v.prev(start).is_none() && super::classify::is_reporter_title(v.lower(k)) && super::classify::opens_with_first_name(v, start);
        if reporter {
            out.push(Segment { start, end: start + 2, named_by_article, title, hint });
            named_by_article = false;
            title = Some((start + 2, k + 1));
            start = after_title(v, k, e).unwrap_or(e);
            k = start;
            continue;
        }
        if v.is_word(k) && v.listed(k, &lex.titles) && v.cap(k) && !first_name_title(k) {
            if let Some(next) = after_title(v, k, e).map(|next| portfolio_before_name(v, k, next, e).unwrap_or(next)) {
                // (Only up to a connector: "Superintendent Aroha Tane of New Zealand Police".)
                let name_has_org_word = (next..e).take_while(|&j| !(v.lowercase_word(j) && v.listed(j, &lex.connectors))).any(|j| v.is(j, Cue::OrgWords));
                if !name_has_org_word {
                    // What precedes a title is a name of its own only if it is a gazetteer name,
                    // an acronym or an organisation ("US President", "NATO Secretary General");
                    // otherwise it belongs to the title ("British Prime Minister").
                    let mut title_start = k;
                    if start < k {
                        let own_name = v.gazetteer_exact(start, k).is_some()
                            || (k - start == 1 && v.info[start].acronym())
                            || v.is(k - 1, Cue::OrgWords);
                        if own_name {
                            out.push(Segment { start, end: k, named_by_article, title, hint });
                        } else {
                            title_start = start;
                        }
                    }
                    named_by_article = false;
                    title = Some((title_start, next));
                    start = next;
                    k = next;
                    continue;
                }
            }
        }
        k += 1;
    }
    if start < e {
        out.push(Segment { start, end: e, named_by_article, title, hint });
    }
    if out[base..].iter().any(|seg| v.gazetteer_at(seg.start).is_some() || seg.end - seg.start > 2) {
        let found = out.len();
        for k in base..found {
            let seg = out[k];
            for part in split_at_gazetteer(v, seg).into_iter().flatten() {
                out.push(part);
            }
        }
        out.drain(base..found);
    }
}

/// A definite article stands right before `s`: « le », « la », « l' », "the".
fn definite_article_at(v: &View, s: usize) -> bool {
    v.elided(s) == Some("l") || v.prev(s).is_some_and(|p| matches!(v.lower(p), "le" | "la" | "du" | "au" | "the"))
}

/// Where the name after the title at `k` starts: past an abbreviation's full stop ("Dr."), further
/// titles ("Prime Minister", "Chief Executive") and a complement ("Secretary of State").
fn after_title(v: &View, k: usize, e: usize) -> Option<usize> {
    let mut j = k + 1;
    while j < e {
        let abbreviation_stop = v.word(j) == ".";
        let another_title = v.is_word(j) && v.listed(j, &v.lex.titles);
        if abbreviation_stop || another_title {
            j += 1;
            continue;
        }
        match connector_to_cap(v, j).filter(|c| *c + 1 < e) {
            Some(c) => j = c + 1,
            None => break,
        }
    }
    (j < e && v.cap(j)).then_some(j)
}

/// "Minister of Natural Resources Vickram Outar", "Secretary of Homeland Security Kristi Noem": a
/// title's complement of several capitalised words, then two more that close the run: those two
/// are the person's name (`after_title` takes one word of complement, "Secretary of State Antony
/// Blinken"; the caller still finds no person where they hold an organisation word).
fn portfolio_before_name(v: &View, k: usize, next: usize, e: usize) -> Option<usize> {
    e.checked_sub(2).filter(|&n| n > next && v.lowercase_word(k + 1) && (next..e).all(|j| v.cap(j)))
}

/// « Russie de Poutine » → Russie | Poutine: a gazetteer name followed by a connector and more
/// name is two names, unless the whole is one (Corée du Nord) or the left part heads an
/// organisation (Banque de France).
fn split_at_gazetteer(v: &View, seg: Segment) -> [Option<Segment>; 2] {
    if let Some([left, right]) = person_of_organisation(v, seg).or_else(|| body_named_after_someone_and_its_town(v, seg)) {
        return [Some(left), Some(right)];
    }
    let Some((gaz_end, _)) = v.gazetteer_at(seg.start) else { return [Some(seg), None] };
    if gaz_end >= seg.end {
        return [Some(seg), None];
    }
    // "the West Philippine Sea", "the West Coast": in English a compass word opening a name is
    // part of it (not the bloc "the West").
    if v.doc.lang == crate::model::Lang::En && gaz_end == seg.start + 1 && v.cap(gaz_end) && v.listed(seg.start, &v.lex.cardinals) {
        return [Some(seg), None];
    }
    // « le porte-parole du Kremlin Dmitri Peskov »: a gazetteer name followed by a name of two
    // words or more is two names; followed by one word it names an organisation
    // ("France Inter", "Washington Post"), which `classify` decides.
    let org_name = (seg.start..seg.end).any(|k| v.cap(k) && v.is(k, Cue::OrgWords));
    // "Sofia Da Costa", "Florence Le Goff": a city's name before a surname with its particle is
    // a first name.
    let first_name = v.gazetteer_at(seg.start).is_some_and(|(_, g)| matches!(g.kind, GazKind::City | GazKind::Capital)) && is_name_particle(v, gaz_end);
    if v.cap(gaz_end) && seg.end - gaz_end >= 2 && !org_name && !first_name {
        return [
            Some(Segment { end: gaz_end, ..seg }),
            Some(Segment { start: gaz_end, end: seg.end, named_by_article: false, title: None, hint: None }),
        ];
    }
    let Some(rest) = connector_to_cap(v, gaz_end) else { return [Some(seg), None] };
    if rest >= seg.end {
        return [Some(seg), None];
    }
    [
        Some(Segment { end: gaz_end, ..seg }),
        Some(Segment { start: rest, end: seg.end, named_by_article: false, title: None, hint: None }),
    ]
}

/// « l'Institut Salah-Azaïz de Tunis », « le CHU Farhat-Hached de Sousse », « l'Université Ibn Zohr
/// d'Agadir »: in French, a body's head word (or abbreviation), the name it bears (capitalised words,
/// no organisation word nor adjective), then « de » and a town or region of the gazetteer, are a
/// body named after someone and the town where it stands. (« CHU de Lille », « Olympique de
/// Marseille », « Racing Club de Lens »: no name between, the town belongs to the body's name.)
fn body_named_after_someone_and_its_town(v: &View, seg: Segment) -> Option<[Segment; 2]> {
    if v.doc.lang != crate::model::Lang::Fr || !(v.cap(seg.start) && v.is(seg.start, Cue::OrgWords) || v.info[seg.start].acronym()) {
        return None;
    }
    let own = |k: usize| {
        k < seg.end && v.cap(k) && !v.info[k].acronym() && !v.is(k, Cue::OrgWords) && v.gazetteer_at(k).is_none() && !adjective_shaped(v.lower(k)) && !french_adjective_ending(v.lower(k))
    };
    let mut k = seg.start + 1;
    while own(k) {
        k += 1;
    }
    if k == seg.start + 1 || k >= seg.end {
        return None;
    }
    let c = connector_to_cap(v, k).filter(|&c| c < seg.end && (k..c).all(|j| matches!(v.lower(j), "de" | "d" | "'")))?;
    // (A town the gazetteer lacks: one capitalised word, no organisation word, « de Limonade ».)
    let town = match v.gazetteer_exact(c, seg.end) {
        Some(g) => matches!(g.kind, GazKind::City | GazKind::Capital | GazKind::Region),
        None => seg.end == c + 1 && !v.info[c].acronym() && !v.is(c, Cue::OrgWords) && v.gazetteer_at(c).is_none(),
    };
    town.then_some([Segment { end: k, ..seg }, Segment { start: c, end: seg.end, named_by_article: false, title: None, hint: Some(crate::model::Category::Place) }])
}

/// "Sarah Chen of Stanford University", « Jean Dupont de l'Université de Lyon »: a name of two
/// words or more, then a connector and an organisation or gazetteer name, is a person and the
/// body they belong to.
fn person_of_organisation(v: &View, seg: Segment) -> Option<[Segment; 2]> {
    let mut k = seg.start + 2;
    while k < seg.end {
        if let Some(c) = connector_to_cap(v, k).filter(|&c| c < seg.end) {
            let left_is_name = (seg.start..k).all(|j| (v.cap(j) || v.word(j) == "'") && !v.is(j, Cue::OrgWords))
                && v.gazetteer_exact(seg.start, k).is_none();
            // "Anneke Visser of the Greens": a connector with an article never joins a person's
            // name (Charles de Gaulle has none).
            let with_article = (k + 1..c).any(|j| matches!(v.lower(j), "the" | "la" | "l"));
            let right_is_body = with_article
                || (c..seg.end).any(|j| v.is(j, Cue::OrgWords))
                || v.gazetteer_exact(c, seg.end).is_some();
            if left_is_name && right_is_body {
                return Some([
                    Segment { end: k, ..seg },
                    Segment { start: c, end: seg.end, named_by_article: false, title: None, hint: None },
                ]);
            }
            return None;
        }
        k += 1;
    }
    None
}

/// "U.S.", "U.K.", "U.N.": single capitals each followed by a full stop. Returns the end (the last
/// full stop included) and the letters.
#[inline]
pub fn dotted_acronym(v: &View, s: usize) -> Option<(usize, String)> {
    // Asked at nearly every capitalised word: its length in bytes turns most away.
    let t = v.doc.tokens.get(s)?;
    if t.end - t.start != 1 {
        return None;
    }
    dotted_letters(v, s)
}

fn dotted_letters(v: &View, s: usize) -> Option<(usize, String)> {
    let single_capital = |k: usize| v.at(k, s).is_some_and(|k| v.cap(k) && v.word(k).chars().count() == 1);
    let dot = |k: usize| v.at(k, s).is_some_and(|k| v.word(k) == ".");
    let mut k = s;
    let mut letters = String::new();
    while single_capital(k) && dot(k + 1) {
        letters.push_str(v.word(k));
        k += 2;
    }
    (letters.chars().count() >= 2).then_some((k, letters))
}

/// "Athletics Integrity Unit (AIU)", « Autorité des marchés financiers (AMF) », "World
/// Anti-Doping Agency (Wada)": a name followed by its abbreviation in brackets, the abbreviation's
/// letters being the initials of the name's words (connectors, articles and the possessive 's
/// may be skipped). Returns (name start, name end, abbreviation token).
pub fn bracketed_abbreviation(v: &View, open: usize) -> Option<(usize, usize, usize)> {
    if v.word(open) != "(" {
        return None;
    }
    let abbr = v.at(open + 1, open).filter(|&a| v.cap(a))?;
    v.at(open + 2, open).filter(|&c| v.word(c) == ")")?;
    // Folded like the words' initials: « Cédéao » is C-E-D-E-A-O.
    let letters: Vec<char> = super::key::fold(v.lower(abbr)).chars().take_while(|c| *c != '-').filter(|c| c.is_alphabetic()).collect();
    if !(2..=8).contains(&letters.len()) {
        return None;
    }
    // « Institut scientifique de service public (ISSeP) »: the lower-case letters of an abbreviation
    // in capitals may come from inside a word; its capitals alone are then the initials.
    let capitals: Vec<char> = v.word(abbr).bytes().take_while(|b| *b != b'-').filter(u8::is_ascii_uppercase).map(|b| b.to_ascii_lowercase() as char).collect();
    // The words before the bracket, nearest first, cut at their hyphens: (token, initial,
    // skippable, first part of its token).
    let skippable = |w: &str| {
        v.lex.connectors.contains(w)
            || v.lex.articles.contains(w)
            || v.lex.is_cue(w, Cue::InitialsSkipped)
    };
    // (token, initial, skippable, first part of its token, a lower-case word that may give no
    // initial: « l'eau potable », « semi-mécanisées »)
    let mut parts: Vec<Part> = Vec::new();
    let mut k = open;
    while let Some(p) = v.prev(k) {
        if open - p > 14 {
            break;
        }
        k = p;
        let word = v.lower(p);
        if word == "'" {
            continue;
        }
        if !v.is_word(p) {
            break;
        }
        let count = word.split('-').count();
        let lower_word = v.doc.lang == crate::model::Lang::Fr && v.lowercase_word(p);
        for (i, part) in word.rsplit('-').enumerate() {
            let first_part = i + 1 == count;
            parts.push((p, super::key::fold(part).chars().next(), skippable(part), first_part, lower_word || !first_part && part.chars().next().is_some_and(char::is_lowercase)));
        }
    }
    let starts_name = |t: usize| v.cap(t) && open - t >= 2;
    let start = initials_match(&parts, 0, &letters, &starts_name)
        .or_else(|| (capitals.len() >= 2 && capitals.len() < letters.len()).then(|| initials_match(&parts, 0, &capitals, &starts_name)).flatten())?;
    Some((start, open, abbr))
}

/// A word (or a hyphen's part) before a bracketed abbreviation: (token, initial, skippable, first
/// part of its token, a French lower-case word that may give no initial).
type Part = (usize, Option<char>, bool, bool, bool);

/// Whether `letters` are the initials of `parts[from..]` read backwards (nearest word first), a
/// skippable word (connector, article) either giving its initial or not: "Office of Management
/// and Budget (OMB)" takes no letter from "of". Returns the token whose initial is the first
/// letter, when it starts a word that `starts_name` accepts; the nearest such start wins.
fn initials_match(parts: &[Part], from: usize, letters: &[char], starts_name: &dyn Fn(usize) -> bool) -> Option<usize> {
    let (&last, rest) = letters.split_last()?;
    let &(token, initial, skippable, first_part, silent) = parts.get(from)?;
    if initial == Some(last) {
        if rest.is_empty() {
            if first_part && starts_name(token) {
                return Some(token);
            }
        } else if let Some(start) = initials_match(parts, from + 1, rest, starts_name) {
            return Some(start);
        }
    }
    // (A French lower-case word gives no initial only when it has not the letter sought: one
    // path, not two.)
    if skippable || (silent && initial != Some(last)) {
        return initials_match(parts, from + 1, letters, starts_name);
    }
    None
}

/// « la société Brevalor », « le constructeur allemand Volkswagen », « l'association Utopia 56 »,
/// "the retailer Dexaltis": a capitalised name right after a noun that says it is an
/// organisation (adjectives and demonyms may stand between). Returns the name's token range;
/// a number right after a one-word name belongs to it (Utopia 56).
#[inline(never)]
pub fn named_by_organisation_noun(v: &View, h: usize) -> Option<(usize, usize)> {
    let lex = v.lex;
    // « l'ONG Terre Solidaire »: an abbreviated noun is written in capitals.
    let noun_shape = v.lowercase_word(h) || (v.info[h].all_caps() && !v.info[h].initial());
    if !noun_shape || !v.is(h, Cue::OrgBefore) {
        return None;
    }
    let mut s = h + 1;
    // « le loueur d'avions irlandais Shannon Lease », « le fabricant de batteries Voltaria »: in
    // French a bare complement (« de » and a lower-case noun, no article) may stand between the
    // noun and its adjectives.
    if v.doc.lang == crate::model::Lang::Fr {
        let complement = match v.at(s, h).map(|k| v.lower(k)) {
            Some("de") => Some(s + 1),
            Some("d") if v.at(s + 1, h).is_some_and(|k| v.word(k) == "'") => Some(s + 2),
            _ => None,
        };
        if let Some(c) = complement.and_then(|c| v.at(c, h)) {
            if v.lowercase_word(c) && !v.listed(c, &lex.function_words) && !v.listed(c, &lex.articles) && !v.listed(c, &lex.titles) && v.at(c + 1, h).is_some_and(|k| v.lowercase_word(k) || v.cap(k)) {
                s = c + 1;
            }
        }
    }
    let mut adjectives = 0;
    while let Some(k) = v.at(s, h) {
        let w = v.lower(k);
        // « la start-up nantaise Hydrovia », « le groupe pharmaceutique Sanofi », « le groupe coté
        // Dexaltis »: French adjectives follow the noun; a verb does not qualify it (« l'entreprise
        // recrute Jean Dupont »). English adjectives stand before it ("the German carmaker X").
        let french = v.doc.lang == crate::model::Lang::Fr;
        let adjective = french
            && v.lowercase_word(k)
            && !v.listed(k, &lex.titles)
            && !v.listed(k, &lex.function_words)
            && !v.reporting_verb_at(k, k)
            && (v.demonym(k) || v.is(k, Cue::OrgAdjectives) || adjective_shaped(w) || french_adjective_ending(w));
        if !adjective || adjectives == 2 {
            break;
        }
        adjectives += 1;
        s += 1;
    }
    v.at(s, h).filter(|&k| v.cap(k) && !v.listed(k, &lex.function_words) && !v.is(k, Cue::NotNames))?;
    let mut e = s;
    while v.at(e, h).is_some() && v.cap(e) && !v.listed(e, &lex.titles) {
        e += 1;
        // « le groupe de cosmétiques Delorme & Fils »: an ampersand joins two capitalised words.
        if v.at(e, h).is_some_and(|k| v.word(k) == "&") && v.at(e + 1, h).is_some_and(|k| v.cap(k)) {
            e += 2;
            continue;
        }
        // "the club Estrela do Norte": a connector inside the name, unless what follows is a
        // known place (« la société Brevalor de Lyon ») or a person (« le groupe Renault de Carlos
        // Ghosn »: two capitalised words).
        let one_word = |c: usize| !v.at(c + 1, h).is_some_and(|k| v.cap(k));
        if let Some(c) = connector_to_cap(v, e).filter(|&c| v.gazetteer_at(c).is_none() && !v.listed(c, &lex.titles) && one_word(c)) {
            e = c;
        }
    }
    if e == s {
        return None;
    }
    // « le promoteur ajaccien Marc-Antoine Peretti », « le négociant Jean Dupuy »: a trade's agent
    // noun names persons too; a first name opening several words tells one.
    let agent = ["eur", "eurs", "ant", "ants", "ier", "iers"].iter().any(|x| v.lower(h).ends_with(x));
    if agent && e - s >= 2 && v.doc.lang == crate::model::Lang::Fr && super::classify::opens_with_first_name(v, s) {
        return None;
    }
    // « le syndicat Force ouvrière »: a gazetteer name with lower-case words.
    if let Some((gaz_end, _)) = v.gazetteer_at(s) {
        e = e.max(gaz_end);
    }
    if matches!(v.lower(h), "association" | "collectif" | "groupe") {
        e = association_name_end(v, e);
    }
    let number = |k: usize| {
        v.at(k, h).is_some_and(|k| v.doc.tokens[k].kind == crate::text::TokenKind::Number && v.word(k).len() <= 3 && v.word(k).bytes().all(|b| b.is_ascii_digit()))
    };
    // (« le groupe Ultras Deûle 2004 »: a year closing a supporters' group's name.)
    if e == s + 1 && number(e) || e > s && v.at(e, h).is_some_and(|k| v.word(k).len() == 4 && v.doc.tokens[k].kind == crate::text::TokenKind::Number) {
        e += 1;
    }
    // « la société Trellix Inc. »: a company form keeps its full stop, as without the noun.
    if e > s + 1 && v.at(e, h).is_some_and(|k| v.word(k) == ".") && v.is(e - 1, Cue::AbbreviatedEndings) {
        e += 1;
    }
    Some((s, e))
}

/// « l'association Femmes solidaires du fleuve, », « le groupe Cotentin en commun n'a »: a French
/// association's name, capitalised up to `e`, goes on in lower case up to a comma, a full stop or
/// « n' », when it opens on an adjective or « en », « du », « des » (not « le groupe Maréval soupçonné
/// de », « le groupe Sanofi pour la première fois, », « le groupe Dexaltis recule. »).
#[inline(never)]
fn association_name_end(v: &View, e: usize) -> usize {
    let stop = |k: usize| matches!(v.word(k), "," | "." | "n");
    let mut j = e;
    while j < e + 5 && v.at(j, e).is_some_and(|k| v.lowercase_word(k) && !stop(k) || v.word(k) == "'") {
        j += 1;
    }
    if j > e && v.at(j, e).is_some_and(stop) && (matches!(v.word(e), "en" | "du" | "des") || adjective_shaped(v.lower(e))) && !v.listed(j - 1, &v.lex.function_words) {
        j
    } else {
        e
    }
}

/// The apostrophe at `j` joins a hyphenated elision to a capitalised word: « Côtes-d'Armor »,
/// « Val-d'Oise ».
fn hyphen_elision(v: &View, j: usize) -> bool {
    j > 0
        && v.at(j, j - 1).is_some_and(|q| v.word(q) == "'")
        && v.is_word(j - 1)
        && (v.word(j - 1).ends_with("-d") || v.word(j - 1).ends_with("-l"))
        && v.at(j + 1, j).is_some_and(|k| v.cap(k))
}

/// A capitalised particle of a surname: « Du Plessis », "Da Costa", "Van Damme", « Le Goff ».
pub fn is_name_particle(v: &View, k: usize) -> bool {
    let w = v.lower(k);
    v.cap(k) && (v.listed(k, &v.lex.articles) || (v.listed(k, &v.lex.connectors) && w != "of")) && !v.info[k].all_caps()
}

/// Endings of French adjectives and past participles beyond `adjective_shaped`: nantaise,
/// lillois, pétrolier, spécialisée.
pub(super) fn french_adjective_ending(word: &str) -> bool {
    const ENDINGS: &[&str] = &["aise", "aises", "ais", "ois", "oise", "oises", "ier", "ière", "iers", "ières", "é", "ée", "és", "ées", "onne", "onnes", "ande", "andes"];
    word.chars().count() > 3 && ENDINGS.iter().any(|e| word.ends_with(e))
}
