//! Table-driven tests of the actor finder, on sentences written for this project (invented
//! people and organisations, real countries and cities). Each row: the text, the spans that
//! must be found with their category, and spans that must not be found in any category.

use crate::model::{Actor, Category, Lang, Span};
use crate::text::Document;
use Category::{Organization as Org, Person, Place, State};

pub(super) struct Row {
    lang: Lang,
    text: &'static str,
    found: &'static [(&'static str, Category)],
    not_found: &'static [&'static str],
}

pub(super) const fn fr(text: &'static str, found: &'static [(&'static str, Category)], not_found: &'static [&'static str]) -> Row {
    Row { lang: Lang::Fr, text, found, not_found }
}

pub(super) const fn en(text: &'static str, found: &'static [(&'static str, Category)], not_found: &'static [&'static str]) -> Row {
    Row { lang: Lang::En, text, found, not_found }
}

fn scan(text: &str, lang: Lang) -> (Document, Vec<Span>, Vec<Actor>) {
    let doc = Document::new(text, Some(lang));
    let (spans, actors) = super::find(&doc);
    (doc, spans, actors)
}

pub(super) fn check(rows: &[Row]) {
    let mut failures = Vec::new();
    for row in rows {
        let (doc, spans, _) = scan(row.text, row.lang);
        let got: Vec<(&str, Category)> = spans.iter().map(|s| (&doc.text()[s.start..s.end], s.category)).collect();
        for want in row.found {
            if !got.contains(want) {
                failures.push(format!("missing {want:?} in {:?}\n    got {got:?}", row.text));
            }
        }
        for bad in row.not_found {
            if got.iter().any(|(t, _)| t == bad) {
                failures.push(format!("unwanted {bad:?} in {:?}\n    got {got:?}", row.text));
            }
        }
    }
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
}

#[test]
fn persons() {
    check(&[
        fr("Le ministre malien de l'Économie, Oumar Traoré, a présenté le budget.", &[("Oumar Traoré", Person)], &["ministre"]),
        fr("« Nous tiendrons », a déclaré Hélène Vasseur devant la presse.", &[("Hélène Vasseur", Person)], &["Nous"]),
        // A surname alone speaks for the person the text names in full (a lone word that no
        // person bears is a body: see tests_news::lone_speakers_are_bodies_unless_a_person_bears_them).
        fr("Hélène Vasseur est arrivée. Selon Vasseur, la grève continue ; selon l'Unédic, elle coûte cher.", &[("Vasseur", Person), ("Unédic", Org)], &["Selon"]),
        fr("La sénatrice Émilie Dubois-Carrel a quitté la séance.", &[("Émilie Dubois-Carrel", Person)], &["sénatrice"]),
        fr("M. Kerbrat a rencontré Mme Ferrand mardi.", &[("Kerbrat", Person), ("Ferrand", Person)], &["M", "M.", "Mme"]),
        fr("Le général Piotr Zawadzki, commandant de la brigade, a démissionné.", &[("Piotr Zawadzki", Person)], &[]),
        fr("Le dirigeant nord-coréen Kim Jong Un a assisté au tir.", &[("Kim Jong Un", Person)], &["nord-coréen"]),
        en("Senator Dana Whitfield said the bill would pass.", &[("Dana Whitfield", Person)], &["Senator", "Senator Dana Whitfield"]),
        en("\"It is over,\" company spokeswoman Ingrid van Dalen told reporters.", &[("Ingrid van Dalen", Person)], &["It"]),
        en("The firm's chief executive, Tomasz Wrona, resigned on Friday.", &[("Tomasz Wrona", Person)], &["Friday"]),
        en("Dr. Amara Osei of Kumasi University led the study.", &[("Amara Osei", Person), ("Kumasi University", Org)], &["Dr"]),
        en("Whitcombe, a Democrat from Ohio, voted no.", &[("Whitcombe", Person), ("Ohio", Place)], &["Democrat"]),
        en("Finance Minister Aiko Tanabe and NATO Secretary General Lars Ekdahl met.", &[("Aiko Tanabe", Person), ("NATO", Org), ("Lars Ekdahl", Person)], &["Finance", "Secretary General Lars Ekdahl"]),
    ]);
}

#[test]
fn not_persons() {
    check(&[
        // Sentence-initial capitals, imperatives, demonyms, roles without a name.
        fr("Créez un compte. Profitez de nos offres.", &[], &["Créez", "Profitez"]),
        fr("Tensions croissantes\n\nLe porte-parole a refusé de répondre.", &[], &["Tensions", "Le", "porte-parole"]),
        fr("Les manifestations d'Euromaidan ont marqué Kiev.", &[], &["Euromaidan"]),
        fr("L'armée a tiré un missile nommé Tornado sur la ville.", &[], &["Tornado"]),
        en("Critics say the plan is flawed. Officials said nothing.", &[], &["Critics", "Officials"]),
        en("The Hamas-run ministry and Moscow-backed forces told MPs and NGOs about COP31.", &[], &["Hamas-run", "Moscow-backed", "MPs", "NGOs", "COP31"]),
        en("Some Republicans have claimed the vote was rigged.", &[], &["Republicans", "Some Republicans"]),
        en("Dutch authorities and Ukrainian exporters met on Tuesday.", &[], &["Dutch", "Ukrainian", "Tuesday"]),
        en("Port Authority Denies Report Of Contaminated Grain", &[], &["Port Authority", "Port Authority Denies Report Of Contaminated Grain", "Report"]),
        en("The Kigali Agreement came after World War II and before the Nobel Prize.", &[], &["Kigali Agreement", "World War II", "Nobel Prize", "Kigali"]),
    ]);
}

#[test]
fn organisations() {
    check(&[
        fr("Le ministère chinois des Affaires étrangères a protesté.", &[("ministère chinois des Affaires étrangères", Org)], &["Affaires"]),
        fr("Le ministère des Sports a démenti, comme l'a rapporté le quotidien Le Réveil du Morvan.", &[("ministère des Sports", Org), ("Réveil du Morvan", Org)], &["Le Réveil du Morvan"]),
        fr("Les cheminots de la SNCF et de la FGTE-Rail sont en grève, selon l'Insee.", &[("SNCF", Org), ("FGTE-Rail", Org), ("Insee", Org)], &[]),
        fr("La Commission européenne et la Cour suprême ont été saisies.", &[("Commission européenne", Org), ("Cour suprême", Org)], &[]),
        fr("Les armes fournies par l'OTAN ont été saisies par le bataillon Aïdar.", &[("OTAN", Org), ("Aïdar", Org)], &[]),
        fr("La Russie a tiré un missile ICBM et des missiles ATACMS ont été interceptés.", &[], &["ICBM", "ATACMS"]),
        en("Shares of Quarry Ridge Holdings and Pell & Vance LLC fell.", &[("Quarry Ridge Holdings", Org)], &[]),
        en("The Justice Department and the Department of Energy declined to comment.", &[("Justice Department", Org), ("Department of Energy", Org)], &[]),
        en("Officials at the Port of Tallinn on Monday denied it.", &[("Port of Tallinn", Org)], &["Port of Tallinn on Monday", "Monday"]),
        en("Officials at the Port of Gdansk blamed the Northern Ledger Journal.", &[("Port of Gdansk", Org), ("Northern Ledger Journal", Org)], &["Officials"]),
        en("The Securities and Exchange Commission fined the bank.", &[("Securities and Exchange Commission", Org)], &[]),
        en("The GDP grew while the CEO spoke.", &[], &["GDP", "CEO"]),
        en("The Coastal Rail Safety Unit (CRSU) and the Ferreira Institute for Sport (Fis) met; the President said Fis would help.", &[("Coastal Rail Safety Unit", Org), ("CRSU", Org), ("Ferreira Institute for Sport", Org), ("Fis", Org)], &["President"]),
        en("Tarvix chief executive Ola Nordby met Joe Harlan. Harlan adviser Mia Roth agreed.", &[("Tarvix", Org), ("Ola Nordby", Person), ("Harlan", Person), ("Mia Roth", Person)], &[]),
        fr("Le PDG de Maréville, Jean Roussin, a parlé à Météo-France, dans l'État de Kogi.", &[("Maréville", Org), ("Jean Roussin", Person), ("Météo-France", Org), ("Kogi", Place)], &["PDG de Maréville", "État de Kogi"]),
        en("Lawmaker Ilse Brandt of the Greens said the Guardian was wrong.", &[("Ilse Brandt", Person), ("Greens", Org), ("Guardian", Org)], &["Ilse Brandt of the Greens"]),
        en("The Kenya Tea Board met Velora Foods International. Later, Velora said prices would rise.", &[("Kenya Tea Board", Org), ("Velora Foods International", Org), ("Velora", Org)], &["Kenya"]),
        fr("L'Organisation météorologique mondiale (OMM) alerte.", &[("Organisation météorologique mondiale", Org), ("OMM", Org)], &[]),
        fr("Selon Le Quotidien du Jura, Air Léman-SGV a licencié ; le Conseil constitutionnel tranchera.", &[("Quotidien du Jura", Org), ("Air Léman-SGV", Org), ("Conseil constitutionnel", Org)], &[]),
        fr("Le ministère a démenti. La commission se réunira.", &[], &["ministère", "commission"]),
    ]);
}

#[test]
fn states() {
    check(&[
        fr("La Corée du Nord a envoyé des troupes en Russie.", &[("Corée du Nord", State), ("Russie", State)], &["La Corée du Nord"]),
        fr("Les Etats-Unis et l'Allemagne ont condamné l'attaque.", &[("Etats-Unis", State), ("Allemagne", State)], &[]),
        fr("Moscou affirme que Varsovie prépare une provocation.", &[("Moscou", State), ("Varsovie", State)], &[]),
        fr("Les alliés de Kiev et les forces de Moscou se font face.", &[("Kiev", State), ("Moscou", State)], &[]),
        fr("Le Kremlin et la Maison Blanche ont échangé, et l'Occident reste prudent.", &[("Kremlin", State), ("Maison Blanche", State), ("Occident", State)], &[]),
        fr("La Corée du Sud a accusé le Nord d'avoir tiré.", &[("Corée du Sud", State), ("Nord", State)], &[]),
        fr("Les relations entre Washington et Pékin se tendent.", &[("Washington", State), ("Pékin", State)], &[]),
        en("Washington approved the sale, and Tokyo's allies welcomed it.", &[("Washington", State), ("Tokyo", State)], &["Tokyo's"]),
        en("London futures rose while Paris talks stalled; Moscow has refused.", &[("London", Place), ("Paris", Place), ("Moscow", State)], &[]),
        en("The U.S. and Poland signed the deal in Warsaw.", &[("U.S.", State), ("Poland", State), ("Warsaw", Place)], &[]),
        en("Trips to Nigeria and Ghana were paid for by the firm.", &[("Nigeria", State), ("Ghana", State)], &[]),
        en("China accused Tokyo and Seoul of provocation; Tokyo appears to agree.", &[("Tokyo", State), ("Seoul", State)], &[]),
        fr("Le Brésil accuse Paris d'ingérence.", &[("Brésil", State), ("Paris", State)], &[]),
    ]);
}

#[test]
fn places() {
    check(&[
        fr("L'OTAN se réunira à Bruxelles la semaine prochaine.", &[("Bruxelles", Place)], &[]),
        fr("Une usine a été touchée dans la ville de Zaporijjia, près d'Orikhiv.", &[("Zaporijjia", Place), ("Orikhiv", Place)], &[]),
        fr("Les trains entre Paris et Nantes sont supprimés.", &[("Paris", Place), ("Nantes", Place)], &[]),
        fr("Elle a quitté Paris pour Berlin, puis visité Varsovie.", &[("Paris", Place), ("Varsovie", Place)], &[]),
        en("BERLIN — The chancellor spoke in Berlin after visiting New York.", &[("BERLIN", Place), ("Berlin", Place), ("New York", Place)], &[]),
        en("The firm was registered in Wyoming and shipped grain from Izmail.", &[("Wyoming", Place), ("Izmail", Place)], &[]),
        en("Fighting continued in the Donetsk region and along the Black Sea coast.", &[("Donetsk", Place)], &[]),
        fr("Des navires croisent en mer Noire et dans le détroit d'Ormuz ; on se bat dans le Donbass.", &[("mer Noire", Place), ("détroit d'Ormuz", Place), ("Donbass", Place)], &[]),
        en("The startup moved from Lagos to offices in San Jacinto Heights.", &[("Lagos", Place), ("San Jacinto Heights", Place)], &[]),
    ]);
}

/// The actor of the span whose text is `text`.
fn actor_of<'a>(doc: &Document, spans: &[Span], actors: &'a [Actor], text: &str) -> &'a Actor {
    let span = spans.iter().find(|s| &doc.text()[s.start..s.end] == text).unwrap_or_else(|| panic!("no span {text:?}"));
    &actors[span.actor.expect("actor id") as usize]
}

#[test]
fn aliases_merge_into_one_actor() {
    let text = "Le ministre russe de la Défense, Andrei Belousov, a parlé. Beloussov a ensuite visité le front. \
                Le président Vladimir Poutine a approuvé ; Poutine a signé. Belousov est reparti. \
                Moscou affirme avoir gagné. La Russie dément.";
    let (doc, spans, actors) = scan(text, Lang::Fr);
    let belousov = actor_of(&doc, &spans, &actors, "Andrei Belousov");
    assert_eq!(belousov.id, actor_of(&doc, &spans, &actors, "Beloussov").id);
    assert_eq!(belousov.id, actor_of(&doc, &spans, &actors, "Belousov").id);
    assert_eq!(belousov.name, "Andrei Belousov");
    assert_eq!(belousov.mentions, 3);
    assert_eq!(belousov.role.as_deref(), Some("ministre russe de la Défense"));
    assert_eq!(belousov.aliases, ["Andrei Belousov", "Beloussov", "Belousov"]);
    let putin = actor_of(&doc, &spans, &actors, "Poutine");
    assert_eq!(putin.id, actor_of(&doc, &spans, &actors, "Vladimir Poutine").id);
    assert_eq!(putin.name, "Vladimir Poutine");
    // A capital acting for its government is its country.
    assert_eq!(actor_of(&doc, &spans, &actors, "Russie").id, actor_of(&doc, &spans, &actors, "Moscou").id);
    // Ids are indexes.
    for (i, a) in actors.iter().enumerate() {
        assert_eq!(a.id as usize, i);
    }
}

/// Transliterations of one name in French and English are one actor (`key::alias_key`); names
/// that differ in more than the rules allow stay apart.
#[test]
fn transliterations_are_one_actor() {
    // (language, text, names of one actor, names of two actors)
    let rows: &[(Lang, &str, &[&str], &[&str])] = &[
        (Lang::Fr, "Sergueï Lavrov a parlé mardi. Selon Sergei Lavrov, rien n'a changé.", &["Sergueï Lavrov", "Sergei Lavrov"], &[]),
        (Lang::En, "Foreign minister Sergei Lavrov spoke. Sergey Lavrov later said talks had stalled.", &["Sergei Lavrov", "Sergey Lavrov"], &[]),
        (Lang::Fr, "Le ministre Alekseï Overtchouk a parlé. Le vice-ministre Alexei Overchuk a ensuite démenti.", &["Alekseï Overtchouk", "Alexei Overchuk"], &[]),
        (Lang::Fr, "Le patron Evgueni Prigojine a parlé. Plus tard, le patron Ievgueni Prigojine a démenti.", &["Evgueni Prigojine", "Ievgueni Prigojine"], &[]),
        // Two people, not one.
        (Lang::En, "Chen Wei met Shen Wei in Shanghai on Monday.", &[], &["Chen Wei", "Shen Wei"]),
        (Lang::Fr, "Sergueï Lavrov a rencontré Sergueï Lavrine mardi.", &[], &["Sergueï Lavrov", "Sergueï Lavrine"]),
    ];
    for (lang, text, one, two) in rows {
        let (doc, spans, actors) = scan(text, *lang);
        if let Some(first) = one.first() {
            let id = actor_of(&doc, &spans, &actors, first).id;
            for name in *one {
                assert_eq!(actor_of(&doc, &spans, &actors, name).id, id, "{name} in {text:?}");
            }
        }
        if let [a, b] = two {
            assert_ne!(actor_of(&doc, &spans, &actors, a).id, actor_of(&doc, &spans, &actors, b).id, "{a} / {b} in {text:?}");
        }
    }
}

#[test]
fn a_name_ending_a_longer_name_is_that_person() {
    let text = "Marine Dufresne-Le Bihan a parlé. Plus tard, Mme Le Bihan a démenti.";
    let (doc, spans, actors) = scan(text, Lang::Fr);
    let _ = actor_of(&doc, &spans, &actors, "Marine Dufresne-Le Bihan");
    let text = "Anne-Sophie Le Goff a parlé. Plus tard, Mme Le Goff a démenti.";
    let (doc, spans, actors) = scan(text, Lang::Fr);
    assert_eq!(actor_of(&doc, &spans, &actors, "Le Goff").name, "Anne-Sophie Le Goff");
}

#[test]
fn acronyms_join_their_expansion() {
    let text = "The Baltic Grain Traders Association (BGTA) said on Monday that BGTA members agreed.";
    let (doc, spans, actors) = scan(text, Lang::En);
    let long = actor_of(&doc, &spans, &actors, "Baltic Grain Traders Association");
    assert_eq!(long.id, actor_of(&doc, &spans, &actors, "BGTA").id);
    assert_eq!(long.name, "Baltic Grain Traders Association");
    assert_eq!(long.mentions, 3);
}

#[test]
fn surname_goes_to_the_person_with_that_name() {
    let text = "Linda Okafor and Peter Mbeki met. Later, Mbeki told reporters that Okafor had left.";
    let (doc, spans, actors) = scan(text, Lang::En);
    assert_eq!(actor_of(&doc, &spans, &actors, "Mbeki").name, "Peter Mbeki");
    assert_eq!(actor_of(&doc, &spans, &actors, "Okafor").name, "Linda Okafor");
}

#[test]
fn spans_are_in_bounds_and_do_not_overlap_within_a_category() {
    let texts = [
        "L'OTAN, l'ONU et l'UE ; la Corée du Nord — « Créez » ! M. X. Dupont-Aignan, Mme de La Tour.",
        "U.S. U.K. A. B. C. The The The ( ) « » WASHINGTON — NEW YORK, Jan. 5 (Reuters) -",
        "é'É''-—", "", "A", "Dr.", "de la de la", "Banque de France et de Navarre et",
    ];
    for text in texts {
        let (doc, spans, actors) = scan(text, Lang::Fr);
        for s in &spans {
            assert!(s.start < s.end && s.end <= doc.text().len(), "{text:?}: {s:?}");
            assert!(doc.text().is_char_boundary(s.start) && doc.text().is_char_boundary(s.end));
            assert!((s.actor.expect("actor") as usize) < actors.len());
        }
        for (i, a) in spans.iter().enumerate() {
            for b in &spans[i + 1..] {
                assert!(!(a.category == b.category && a.overlaps(b)), "{text:?}: {a:?} / {b:?}");
            }
        }
    }
}

#[test]
fn odd_input_never_panics() {
    // Deterministic pseudo-random texts made of the pieces the rules look at.
    const PIECES: &[&str] = &[
        "Le ", "la ", "l'", "d'", "de ", "du ", "des ", "of ", "the ", "The ", "and ", "et ", "à ", "in ",
        "M. ", "Mme ", "Dr. ", "U.", "S. ", "A. ", "OTAN ", "NATO ", "CGT-Cheminots ", "Corée ", "du Nord ",
        "Nord ", "Moscou ", "Washington ", "Jean ", "Dupont ", "Ministère ", "ministère ", "russe ",
        "Défense ", "Affaires ", "étrangères ", "mer ", "Noire ", "président ", "a déclaré ", "said ",
        ", ", ". ", "« ", " »", "\"", "(", ")", "— ", "-", "'s ", "\n", "\n\n", "É", "Ébène ", "2024 ",
        "WASHINGTON ", "Inc. ", "LLC ", "Port ", "Holdings ", "II ", "ı", "İ", "ß ", "ﬁ", "\u{00A0}",
    ];
    let mut state: u64 = 0x9e37_79b9_7f4a_7c15;
    let mut next = || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        state
    };
    for _ in 0..1500 {
        let len = (next() % 40) as usize;
        let text: String = (0..len).map(|_| PIECES[(next() % PIECES.len() as u64) as usize]).collect();
        for lang in Lang::ALL {
            let (doc, spans, actors) = scan(&text, lang);
            for s in &spans {
                assert!(s.start < s.end && s.end <= doc.text().len(), "{text:?}");
                assert!((s.actor.expect("actor") as usize) < actors.len(), "{text:?}");
            }
        }
    }
}

#[test]
fn unknown_organisations_from_their_context() {
    check(&[
        fr("La société Brevalor a fermé son usine ; l'entreprise Marvelis recrute.", &[("Brevalor", Org), ("Marvelis", Org)], &[]),
        fr("Le constructeur allemand Kelbrandt et l'association Horizon 21 ont signé.", &[("Kelbrandt", Org), ("Horizon 21", Org)], &["Horizon"]),
        fr("Trois salariés de Norvalis ont été licenciés, a indiqué Norvalis dans un communiqué.", &[("Norvalis", Org)], &[]),
        fr("Le porte-parole de Fintrago, Paul Marchal, a démenti.", &[("Fintrago", Org), ("Paul Marchal", Person)], &[]),
        fr("Ardenval, une start-up nantaise, a levé des fonds.", &[("Ardenval", Org)], &[]),
        fr("Les salariés ont manifesté devant l'usine de Flinsville.", &[("Flinsville", Place)], &[]),
        fr("Selon Médecins sans frontières, l'épidémie progresse.", &[("Médecins sans frontières", Org)], &["Médecins"]),
        en("Shares of Dexaltis fell after Marvelis, a company that makes batteries, cut prices.", &[("Dexaltis", Org), ("Marvelis", Org)], &[]),
        en("A Norvalis spokesperson declined to comment, and Fintrago's spokesperson said nothing.", &[("Norvalis", Org), ("Fintrago", Org)], &[]),
        en("An employee of Quandrix said Brevalor had said in a statement that it would sue.", &[("Quandrix", Org), ("Brevalor", Org)], &[]),
        en("The retailer Hollins and the German carmaker Kelbrandt agreed.", &[("Hollins", Org), ("Kelbrandt", Org)], &[]),
    ]);
}

#[test]
fn organisation_context_does_not_swallow_persons() {
    check(&[
        // A person of the text keeps the word: the surname after the full name.
        fr("Jeanne Varlin a démissionné. Varlin a indiqué dans un communiqué qu'elle partait.", &[("Varlin", Person)], &[]),
        en("Linda Okafor resigned. Okafor said in a statement that she was proud.", &[("Okafor", Person)], &[]),
        // A role after « de » is no company: « le directeur de campagne de Jean Dupont ».
        fr("Le directeur de campagne de Jean Dupont a parlé.", &[("Jean Dupont", Person)], &[]),
        en("Opposition spokesman Tom Hale and company spokeswoman Ines Berg spoke.", &[("Tom Hale", Person), ("Ines Berg", Person)], &[]),
    ]);
}

#[test]
fn french_institutions_led_by_a_common_noun() {
    check(&[
        fr("Le tribunal correctionnel de Vannes a condamné l'ancien maire.", &[("tribunal correctionnel de Vannes", Org)], &["Vannes"]),
        fr("L'avocat a plaidé devant la cour d'assises du Morbihan, puis la cour d'appel de Rennes.", &[("cour d'assises du Morbihan", Org), ("cour d'appel de Rennes", Org)], &[]),
        fr("La préfecture des Côtes-d'Armor et le conseil municipal de Saint-Brieuc ont réagi.", &[("préfecture des Côtes-d'Armor", Org), ("conseil municipal de Saint-Brieuc", Org)], &[]),
        fr("La Cour des comptes et l'Agence régionale de santé ont publié un rapport.", &[("Cour des comptes", Org), ("Agence régionale de santé", Org)], &["Agence régionale"]),
        fr("Selon la Fédération française de cardiologie, le risque augmente.", &[("Fédération française de cardiologie", Org)], &[]),
        // No place, no name: a common noun.
        fr("Les enfants jouent dans la cour de l'école ; le tribunal a tranché.", &[], &["cour de l'école", "tribunal"]),
        // A country after a lower-case court is the state, not part of a name.
        fr("La cour suprême du Brésil a suspendu le décret.", &[("Brésil", State)], &["cour suprême du Brésil"]),
        // An infinitive after « de » is no complement of the name.
        fr("Le gouvernement a demandé à la Banque de relever ses taux.", &[], &["Banque de relever"]),
        en("The Court of appeals and the city council met.", &[], &["city council"]),
    ]);
}

#[test]
fn surname_particles_stay_with_the_surname() {
    check(&[
        fr("L'avocate Claire Du Plessis a plaidé. Plus tard, Du Plessis a quitté la salle.", &[("Claire Du Plessis", Person), ("Du Plessis", Person)], &["Plessis"]),
        fr("Anne Le Goff a parlé. Le Goff a ensuite démenti.", &[("Anne Le Goff", Person), ("Le Goff", Person)], &["Goff"]),
        fr("Le chercheur Lucas Van Damme a publié une étude avec Sofia Da Costa.", &[("Lucas Van Damme", Person), ("Sofia Da Costa", Person)], &["Sofia", "Da Costa"]),
        en("Storm warnings, said Mark O'Brien, a spokesman for the weather office.", &[("Mark O'Brien", Person)], &["Mark O"]),
        en("Sean O'Connell of Brightwater Capital said prices would rise. O'Connell left.", &[("Sean O'Connell", Person), ("Brightwater Capital", Org)], &[]),
        en("Ciaran MacDonald and Ludwig von Arnim met Hanna ter Horst.", &[("Ciaran MacDonald", Person), ("Ludwig von Arnim", Person)], &[]),
        // A capital's name before a plain surname stays split from a following name only with a title.
        fr("Le porte-parole du Kremlin Dmitri Peskov a démenti.", &[("Kremlin", State), ("Dmitri Peskov", Person)], &[]),
    ]);
}

#[test]
fn shouted_words_are_not_acronyms() {
    check(&[
        fr("ALERTE : un colis suspect à la gare. Les habitants ont reçu un SMS : « ÉVACUEZ IMMÉDIATEMENT ».", &[], &["ALERTE", "ÉVACUEZ IMMÉDIATEMENT", "ÉVACUEZ", "SMS"]),
        fr("EXCLUSIF. La CGT, FO et l'URSSAF ont signé ; l'OTAN : rien.", &[("CGT", Org), ("FO", Org), ("URSSAF", Org), ("OTAN", Org)], &["EXCLUSIF"]),
        fr("Le mot DANGER est écrit partout : le danger est réel.", &[], &["DANGER"]),
        en("EVACUATE NOW, the sheriff's office posted. WARNING: roads are closed.", &[], &["EVACUATE NOW", "EVACUATE", "WARNING"]),
        en("The border agency FRONTEX said EUROPOL and UNICEF would help.", &[("FRONTEX", Org), ("EUROPOL", Org), ("UNICEF", Org)], &[]),
        en("NASA and the UN OCHA office agreed.", &[("NASA", Org)], &[]),
    ]);
}

#[test]
fn names_with_abbreviations_stay_whole() {
    check(&[
        en("The U.S. Forest Service said the fire near Kellerton was contained.", &[("U.S. Forest Service", Org), ("Kellerton", Place)], &["U.S.", "Forest Service"]),
        en("Officials in St. Louis said J.P. Morgan had agreed with the U.N. Security Council.", &[("St. Louis", Place), ("J.P. Morgan", Person), ("U.N. Security Council", Org)], &["St", "Louis", "J.P.", "Morgan"]),
        en("The mayor of Ste. Carvelle met U.S. President Dana Whitfield and U.S. officials.", &[("Ste. Carvelle", Place), ("U.S.", State), ("Dana Whitfield", Person)], &["U.S. President Dana Whitfield"]),
        fr("Le maire de St. Louis a rencontré les dirigeants de la FNSEA.", &[("St. Louis", Place), ("FNSEA", Org)], &["St"]),
        en("Crews flew from Ft. Worth to Mt. Kenya. Nobody came back.", &[("Ft. Worth", Place), ("Mt. Kenya", Place)], &["Kenya", "Worth"]),
    ]);
}

#[test]
fn unknown_places_from_their_context() {
    check(&[
        en("The fire started near Mombasa and spread to Kilifi; the minister will travel to Kervale.", &[("Mombasa", Place), ("Kilifi", Place), ("Kervale", Place)], &[]),
        en("The group operates in the city of Eldoret and the province of Sindh.", &[("Eldoret", Place), ("Sindh", Place)], &["city of Eldoret", "province of Sindh"]),
        en("Police in Rennes arrested two men, the Brest prosecutor said, and Kilifi residents fled.", &[("Rennes", Place), ("Brest", Place), ("Kilifi", Place)], &[]),
        en("Marlow, a coastal town, was flooded.", &[("Marlow", Place)], &[]),
        fr("Quimperlé, une commune du Finistère, a été inondée ; les habitants de Lannilis ont fui vers Ploudalmézeau.", &[("Quimperlé", Place), ("Lannilis", Place), ("Ploudalmézeau", Place)], &[]),
    ]);
}

#[test]
fn speaking_to_someone_is_no_movement() {
    let (doc, spans, _) = scan("Dana Whitcombe left. The senator spoke to Whitcombe on Friday.", Lang::En);
    let whitcombe = spans.iter().find(|s| &doc.text()[s.start..s.end] == "Whitcombe").expect("Whitcombe found");
    assert_eq!(whitcombe.category, Person);
}

#[test]
fn towns_and_french_departements_from_the_gazetteer() {
    check(&[
        fr("Les agriculteurs du Loiret et les élus du Finistère ont manifesté à Saint-Brieuc.", &[("Loiret", Place), ("Finistère", Place), ("Saint-Brieuc", Place)], &[]),
        fr("Villeurbanne et Mérignac ont voté. Lorient a démenti.", &[("Villeurbanne", Place), ("Mérignac", Place), ("Lorient", Place)], &[]),
        en("Mombasa and Port Harcourt reported shortages; Rennes was calm.", &[("Mombasa", Place), ("Port Harcourt", Place), ("Rennes", Place)], &[]),
        // A town that is a surname: a person's cue wins, a locative keeps the town.
        fr("« Nous partirons », a déclaré le maire Pierre Lorient. À Lorient, rien ne bouge.", &[("Pierre Lorient", Person), ("Lorient", Place)], &[]),
        // Common words and first names are left out of the list.
        en("Reading the report took hours, police said. Police found nothing. Charlotte Dunmore agreed.", &[("Charlotte Dunmore", Person)], &["Police", "Reading", "Charlotte"]),
        fr("Le juge Lorient a tranché.", &[("Lorient", Person)], &[]),
        // « le Nord » stays the compass ellipsis.
        fr("La Corée du Sud a accusé le Nord.", &[("Nord", State)], &[]),
    ]);
}

#[test]
fn longer_organisation_names() {
    check(&[
        fr("Le syndicat Force ouvrière et Brest Métropole ont réagi.", &[("Force ouvrière", Org), ("Brest Métropole", Org)], &["Force"]),
        en("A spokesperson for the Department for Business and Trade said Kilifi governor Gideon Mwangi agreed.", &[("Department for Business and Trade", Org), ("Kilifi", Place), ("Gideon Mwangi", Person)], &["Trade"]),
        en("Google and Microsoft Corp. declined to comment.", &[("Microsoft Corp.", Org)], &["Google and Microsoft Corp"]),
        en("The province of Sindh reported floods.", &[("Sindh", Place)], &[]),
    ]);
}

#[test]
fn states_and_provinces_of_federal_countries() {
    check(&[
        en("Delgado, a Democrat from New Mexico, met officials from Kerala and Sindh.", &[("New Mexico", Place), ("Kerala", Place), ("Sindh", Place)], &[]),
        fr("Les combats continuent au Nord-Kivu, selon l'ONU.", &[("Nord-Kivu", Place), ("ONU", Org)], &[]),
        // A country keeps its kind: Georgia, Niger.
        en("Georgia and Niger signed the deal.", &[("Georgia", State), ("Niger", State)], &[]),
        // A surname that is also a state: the title decides.
        fr("La maire Anne Hidalgo et le juge Virginia ont parlé.", &[("Anne Hidalgo", Person), ("Virginia", Person)], &[]),
    ]);
}

#[test]
fn more_organisation_and_name_shapes() {
    check(&[
        fr("La start-up nantaise Hydrovia a été fondée par Thomas N'Diaye.", &[("Hydrovia", Org), ("Thomas N'Diaye", Person)], &["Thomas N", "Diaye"]),
        fr("Le conseil régional des Pays de la Loire a salué l'opération.", &[("conseil régional des Pays de la Loire", Org)], &["Loire"]),
        en("Analysts at Morgan Stanley and engineers at Harlow Dynamics agreed.", &[("Morgan Stanley", Org), ("Harlow Dynamics", Org)], &[]),
        // Persons met "at" a place are not affected without a member noun.
        en("She met Anna Kowal at Union Station.", &[("Anna Kowal", Person)], &[]),
    ]);
}

#[test]
fn a_fronted_clause_is_no_apposition() {
    check(&[
        fr("Fondée en 2019 par Camille Rousseau et Thomas N'Diaye, l'entreprise développe des bateaux.", &[("Camille Rousseau", Person), ("Thomas N'Diaye", Person)], &[]),
    ]);
    let (doc, spans, _) = scan("Fondée en 2019 par Thomas N'Diaye, l'entreprise développe des bateaux.", Lang::Fr);
    assert!(spans.iter().all(|s| !(&doc.text()[s.start..s.end] == "Thomas N'Diaye" && s.category == Org)));
}

#[test]
fn a_verb_after_an_organisation_noun_does_not_name_it() {
    check(&[
        fr("L'entreprise recrute Jean Dupont ; le groupe coté Dexaltis recule.", &[("Jean Dupont", Person), ("Dexaltis", Org)], &[]),
        en("The company hired Anna Kowal, and the German carmaker Kelbrandt agreed.", &[("Anna Kowal", Person), ("Kelbrandt", Org)], &[]),
    ]);
}

#[test]
fn coordination_with_an_organisation() {
    check(&[
        fr("L'accord entre l'Union européenne et le Varcosur est signé.", &[("Varcosur", Org)], &[]),
        en("Talks between the Kenya Ports Authority and the Dockworkers were tense.", &[("Dockworkers", Org)], &[]),
        // Without an article, a coordinated word keeps its own evidence: a speaker is a person.
        en("Dana Whitcombe left. The Kenya Ports Authority and Whitcombe agreed.", &[("Whitcombe", Person)], &[]),
    ]);
}

#[test]
fn a_body_named_by_the_roles_it_holds() {
    check(&[
        en("Labour's shadow immigration minister criticised Norvalis's board.", &[("Labour", Org), ("Norvalis", Org)], &[]),
        en("Joe Harlan resigned. Harlan's chief executive role went to Mia Roth.", &[("Harlan", Person)], &[]),
    ]);
}
