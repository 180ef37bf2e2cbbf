//! Claim markers on phrasings that the dev corpus does not contain: families
//! of no-evidence phrases (negation + evidence noun, negation + verify /
//! substantiate / corroborate / étayer), vague sources with anonymity
//! clauses and "people briefed on", claim verbs after the impersonal « on »,
//! and the false hits to avoid (nouns, neutral verbs, words inside words).
//!
//! Every sentence is written for this test. Each table row gives the text
//! and the exact spans of one category that a scan must return, in order.

use claimlens::{scan, Category, Lang, Options};

type Case = (&'static str, &'static [&'static str]);

/// Runs every case and reports all mismatches at once.
fn check(lang: Lang, category: Category, cases: &[Case]) {
    let mut failures = Vec::new();
    for (text, expected) in cases {
        let analysis = scan(text, &Options { lang: Some(lang) });
        let got: Vec<&str> = analysis.spans.iter().filter(|s| s.category == category).map(|s| s.text(text)).collect();
        if got != *expected {
            failures.push(format!("  {text}\n    expected {expected:?}\n    got      {got:?}"));
        }
    }
    assert!(failures.is_empty(), "{} {}: {} of {} cases fail\n{}", lang.code(), category.name(), failures.len(), cases.len(), failures.join("\n"));
}

#[test]
fn no_evidence_fr() {
    check(
        Lang::Fr,
        Category::NoEvidence,
        &[
            // Négation + vérifier / établir / étayer, au passif.
            ("Le lien entre les deux incendies n'est pas établi.", &["n'est pas établi"]),
            ("Il n'est toujours pas établi que le navire transportait des armes.", &["n'est toujours pas établi"]),
            ("Sa présence sur place n'a jamais été démontrée.", &["jamais été démontrée"]),
            ("Ces accusations ne sont étayées par aucun document.", &["étayées par aucun"]),
            ("Ces chiffres ne sont pas avérés.", &["ne sont pas avérés"]),
            ("Le bilan avancé par les rebelles n'a pas encore été vérifié.", &["pas encore été vérifié"]),
            // Négation + vérifier, à l'actif.
            ("L'AFP n'a pas pu vérifier ces informations de source indépendante.", &["n'a pas pu vérifier"]),
            ("Le journal n'a pas été en mesure de confirmer ces chiffres.", &["n'a pas été en mesure de confirmer"]),
            ("Une version que nous ne sommes pas en mesure de vérifier.", &["ne sommes pas en mesure de vérifier"]),
            ("Un bilan que l'agence n'a pas pu corroborer.", &["n'a pas pu corroborer"]),
            // « Rien ne… », « aucun élément ne… ».
            ("Rien ne vient étayer cette version des faits.", &["Rien ne vient étayer"]),
            ("Rien ne prouve que la lettre soit authentique.", &["Rien ne prouve"]),
            ("Aucun élément ne permet de confirmer la présence de soldats.", &["Aucun élément ne permet de confirmer"]),
            ("Aucune preuve ne vient appuyer ces soupçons.", &["Aucune preuve ne vient appuyer"]),
            ("Rien ne permet d'établir un lien avec l'attentat.", &["Rien ne permet d'établir"]),
            // Sans + verbe + nom de preuve.
            ("Le maire a dénoncé un complot sans apporter d'éléments concrets.", &["sans apporter d'éléments"]),
            ("Elle accuse son voisin sans fournir de preuves.", &["sans fournir de preuves"]),
            ("Il a parlé de fraude sans le moindre début de preuve.", &["sans le moindre début de preuve"]),
            ("Le député n'a apporté aucun élément à l'appui de ses dires.", &["n'a apporté aucun élément"]),
            ("Le parti n'a fourni aucun document pour étayer ses dires.", &["n'a fourni aucun document"]),
            // Adjectifs.
            ("Ce chiffre, invérifiable, circule depuis lundi.", &["invérifiable"]),
            ("Des rumeurs non étayées ont circulé.", &["non étayées"]),
            ("Une thèse qui ne repose sur aucun élément tangible.", &["ne repose sur aucun"]),
            ("Ces propos n'ont pas pu être recoupés.", &["n'ont pas pu être recoupés"]),
            ("Rien ne permet à ce stade de l'affirmer.", &["Rien ne permet à ce stade de l'affirmer"]),
            ("Des chiffres impossibles à vérifier circulent.", &["impossibles à vérifier"]),
            ("Il parle de sabotage mais n'en apporte pas la preuve.", &["n'en apporte pas la preuve"]),
            ("Aucune source indépendante n'a pu confirmer le bilan.", &["Aucune source indépendante n'a pu confirmer"]),
            ("Personne n'a pu vérifier ces affirmations.", &["Personne n'a pu vérifier"]),
            ("Un bilan que l'AFP n'a pu vérifier de source indépendante.", &["n'a pu vérifier"]),
            ("Il a parlé de trafic sans élément probant.", &["sans élément probant"]),
            ("L'attaque, sans confirmation indépendante, a été attribuée au groupe.", &["sans confirmation indépendante"]),
            ("Il n'est pas possible de vérifier ces images.", &["pas possible de vérifier"]),
            ("Il n'y a pas l'ombre d'une preuve.", &["pas l'ombre d'une preuve"]),
            ("Le dossier ne contient aucun élément de preuve.", &["aucun élément de preuve"]),
            ("La plainte a été classée faute d'éléments.", &["faute d'éléments"]),
            ("Des chiffres difficilement vérifiables.", &["difficilement vérifiables"]),
            // Autres familles : le nom varie, le verbe porte le sens ; « jamais » ;
            // passif du nom de preuve ; refus ; absence d'éléments.
            ("Aucune pièce ne vient appuyer ces accusations.", &["Aucune pièce ne vient appuyer"]),
            ("Aucun témoignage ne corrobore ses dires.", &["Aucun témoignage ne corrobore"]),
            ("Il accuse le préfet de mensonge sans en fournir la moindre preuve.", &["sans en fournir la moindre"]),
            ("Le maire a parlé de sabotage sans jamais en apporter la preuve.", &["sans jamais en apporter la preuve"]),
            ("La ministre n'a pas produit de preuves.", &["pas produit de preuves"]),
            ("Le ministère a avancé ce chiffre sans citer ses sources.", &["sans citer ses sources"]),
            ("En l'absence d'éléments probants, l'enquête a été classée.", &["absence d'éléments probants"]),
            ("Il a parlé de trafic sans éléments concrets.", &["sans éléments concrets"]),
            ("Les preuves n'ont pas été rendues publiques.", &["preuves n'ont pas été rendues publiques"]),
            ("La preuve n'a pas été apportée.", &["preuve n'a pas été apportée"]),
            ("Ces analyses n'ont jamais été publiées.", &["analyses n'ont jamais été publiées"]),
            ("Le laboratoire a mesuré la pollution sans pour autant publier ses analyses.", &["sans pour autant publier ses analyses"]),
            ("Mais le rapport ne fournit pas la preuve que le barrage a cédé.", &["ne fournit pas la preuve"]),
            ("Ses conclusions n'ont pas été communiquées aux parties.", &[]),
            ("Rien n'est venu confirmer ces soupçons.", &["Rien n'est venu confirmer"]),
            ("Selon le syndicat, sans qu'il soit possible de le vérifier, les salaires ont baissé.", &["sans qu'il soit possible de le vérifier"]),
            ("Le ministre a refusé de fournir des preuves.", &["refusé de fournir des preuves"]),
            ("Des accusations que rien n'étaye.", &["rien n'étaye"]),
            ("Ces affirmations sont non fondées.", &["non fondées"]),
            ("Il l'accuse sans apporter la preuve de ses dires.", &["sans apporter la preuve"]),
            ("Ces chiffres n'ont fait l'objet d'aucune vérification indépendante.", &["aucune vérification indépendante"]),
            ("Aucune confirmation n'a été donnée par les autorités.", &["Aucune confirmation"]),
            ("La confirmation est arrivée lundi.", &[]),
            ("Le bilan a circulé sans que ces chiffres aient pu être vérifiés.", &["sans que ces chiffres aient pu être vérifiés"]),
            ("Il n'a jamais apporté le moindre début de preuve.", &["n'a jamais apporté le moindre début de preuve"]),
            // Pas des absences de preuve.
            ("Le lien a été établi par les enquêteurs.", &[]),
            ("Les faits sont établis et le bilan a été vérifié.", &[]),
            ("L'agence a pu vérifier ces images.", &[]),
            ("Il a apporté des éléments nouveaux au dossier.", &[]),
            ("Rien ne permet de savoir quand la trêve commencera.", &[]),
            ("Rien n'indique une reprise rapide du trafic.", &[]),
            ("Il ne s'est jamais établi à Paris ; le traitement ne s'est pas avéré efficace.", &[]),
            ("Aucun élément nouveau n'a été versé au dossier.", &[]),
            ("Les preuves ont été examinées par la cour.", &[]),
            ("L'entreprise n'est pas établie en France ; la filiale n'est pas établie à Lyon.", &[]),
            ("Sans preuve d'achat, pas de remboursement.", &[]),
            ("Rien ne vient perturber la fête ; aucune pièce ne manque au puzzle.", &[]),
            ("Aucun blessé n'est à déplorer et aucune victime n'a été retrouvée.", &[]),
            ("Il a fourni des preuves à la police ; les éléments ont été versés au dossier.", &[]),
        ],
    );
}

#[test]
fn no_evidence_en() {
    check(
        Lang::En,
        Category::NoEvidence,
        &[
            // Negation + verify / substantiate / corroborate, passive.
            ("The allegation has not been substantiated.", &["has not been substantiated"]),
            ("Her account has never been corroborated.", &["has never been corroborated"]),
            ("The figures have yet to be independently verified.", &["have yet to be independently verified"]),
            ("The footage could not be independently verified.", &["could not be independently verified"]),
            ("The video's authenticity could not be established.", &["could not be established"]),
            ("Such claims are not supported by evidence.", &["not supported by evidence"]),
            // Negation + verify, active.
            ("The BBC has not independently verified the images.", &["not independently verified"]),
            ("It was not possible to verify the casualty figures.", &["not possible to verify"]),
            ("The agency was unable to independently confirm the report.", &["was unable to independently confirm"]),
            ("He did not back up his claim with any evidence.", &["did not back up"]),
            ("The minister has failed to substantiate the charge.", &["failed to substantiate"]),
            // Negation + evidence noun.
            ("The company produced no documents to support its account.", &["produced no documents"]),
            ("He offered no evidence for the claim.", &["offered no evidence"]),
            ("She offered nothing to back up the accusation.", &["offered nothing to back up"]),
            ("The mayor repeated the charge without providing proof.", &["without providing proof"]),
            ("He spoke of fraud without a shred of evidence.", &["without a shred of evidence"]),
            ("The senator made the claim without offering any concrete evidence.", &["without offering any concrete evidence"]),
            ("There is no evidence that the vote was rigged.", &["There is no evidence"]),
            ("There's no proof the letter is genuine.", &["There's no proof"]),
            ("No evidence has emerged to support the theory.", &["No evidence has emerged"]),
            ("Police found no evidence of a break-in.", &["no evidence of"]),
            ("The charges were dropped for lack of evidence.", &["lack of evidence"]),
            // Adjectives.
            ("The post repeated unverified rumours.", &["unverified"]),
            ("These are evidence-free assertions.", &["evidence-free"]),
            ("He repeated unsupported claims about the ballots.", &["unsupported claims"]),
            ("He made the accusation without substantiating it.", &["without substantiating"]),
            ("The report cited no sources.", &["cited no sources"]),
            ("There was no independent confirmation of the strike.", &["no independent confirmation"]),
            ("The toll could not immediately be verified.", &["could not immediately be verified"]),
            ("The ministry has yet to provide evidence.", &["has yet to provide evidence"]),
            ("The theory is not backed by evidence.", &["not backed by evidence"]),
            ("There is nothing to suggest the vote was rigged.", &["There is nothing to suggest"]),
            ("No proof was offered at the hearing.", &["No proof was offered"]),
            ("No one has been able to verify the recording.", &["No one has been able to verify"]),
            ("AFP was not able to verify the footage.", &["not able to verify"]),
            ("There was no way to confirm the toll.", &["no way to confirm"]),
            ("He made the charge but didn't back it up.", &["didn't back it up"]),
            ("The ministry provided no supporting evidence.", &["provided no supporting evidence"]),
            ("Evidence has not been made public.", &["Evidence has not been made public"]),
            ("The figures, not yet verified, were widely shared.", &["not yet verified"]),
            // Further families: "none were attached", "neither … could be
            // verified", "with zero evidence", adjectives, release/furnish.
            ("The lawsuit quotes internal emails, but none were attached to the filing.", &["none were attached"]),
            ("The senator offered nothing to back it up.", &["offered nothing to back it up"]),
            ("He provided no supporting documentation.", &["provided no supporting documentation"]),
            ("The minister made the claim without naming any sources.", &["without naming any sources"]),
            ("The group presented no data to support the estimate.", &["presented no data"]),
            ("The ministry has not released any evidence of the attack.", &["has not released any evidence"]),
            ("The mayor gave no source for the figure.", &["gave no source"]),
            ("Neither account could be verified.", &["Neither account could be verified"]),
            ("The campaign made the claim with zero evidence.", &["with zero evidence"]),
            ("The complaint is devoid of evidence.", &["devoid of evidence"]),
            ("The website published an unsourced report.", &["unsourced"]),
            ("He did not cite a source for the number.", &["did not cite a source"]),
            ("No supporting documents were filed with the court.", &["No supporting documents were filed"]),
            ("The strike was reported without independent confirmation.", &["without independent confirmation"]),
            ("The numbers could not be checked.", &["could not be checked"]),
            ("The firm has yet to back up its claim.", &["has yet to back up"]),
            ("The party has still not produced any evidence.", &["has still not produced any evidence"]),
            ("The letter's authenticity has not been established.", &["has not been established"]),
            ("These numbers are not backed up by any data.", &["not backed up by any data"]),
            ("He made the claim without backing it up.", &["without backing it up"]),
            ("Nothing in the filing supports the claim.", &["Nothing in the filing supports"]),
            ("The data do not support the allegation.", &["do not support the allegation"]),
            ("He made the accusations with nothing to back them up.", &["with nothing to back them up"]),
            ("No such evidence exists.", &["No such evidence"]),
            ("The link remains to be proven.", &["remains to be proven"]),
            ("It remains to be seen whether the deal holds; nothing was decided.", &[]),
            // Not absences of evidence.
            ("The results have been independently verified.", &[]),
            ("He provided evidence to investigators.", &[]),
            ("There is evidence that the drug works.", &[]),
            ("Prosecutors produced documents showing the transfers.", &[]),
            ("The bill did not support farmers.", &[]),
            ("There is nothing to show for the investment.", &[]),
            ("He did not prove popular; the club has never been established as a force.", &[]),
            ("The council has not confirmed the date of the vote yet; it will.", &["not confirmed"]),
            ("The figures could be verified by auditors.", &[]),
            ("Reuters could independently verify the video.", &[]),
            ("The evidence was attached to the filing; none were hurt in the fire.", &[]),
            ("She offered a plan to back up the power grid.", &[]),
            ("The company provided documentation to regulators.", &[]),
            ("None of the passengers were injured.", &[]),
            ("The data show no sign of slowing.", &[]),
        ],
    );
}

#[test]
fn vague_source_fr() {
    check(
        Lang::Fr,
        Category::VagueSource,
        &[
            ("Selon une source proche de l'enquête, le suspect a avoué.", &["Selon une source proche de l'enquête"]),
            ("Un haut responsable qui a requis l'anonymat a affirmé que l'accord était prêt.", &["Un haut responsable"]),
            ("Des observateurs estiment que le scrutin a été truqué.", &["Des observateurs"]),
            ("Selon un employé de l'hôpital, les urgences étaient saturées.", &["Selon un employé de l'hôpital"]),
            ("D'après une personne au fait du dossier, la vente est imminente.", &["D'après une personne au fait du dossier"]),
            ("Un diplomate européen, sous couvert d'anonymat, assure que les sanctions tomberont.", &["Un diplomate européen"]),
            ("Certains dirigeants concurrents accusent le groupe de dumping.", &["Certains dirigeants concurrents"]),
            ("Selon plusieurs témoins, la police a tiré en l'air.", &["Selon plusieurs témoins"]),
            ("Un cadre de l'entreprise, qui a souhaité garder l'anonymat, affirme que les comptes ont été maquillés.", &["Un cadre de l'entreprise"]),
            ("Des sources concordantes indiquent que le ministre va démissionner.", &["Des sources concordantes"]),
            ("Pour plusieurs analystes, la crise est terminée.", &["Pour plusieurs analystes"]),
            ("Aux yeux de certains observateurs, le scrutin était joué.", &["Aux yeux de certains observateurs"]),
            ("Un conseiller du ministre glisse que la réforme sera reportée.", &["Un conseiller du ministre"]),
            ("Selon Reuters, qui cite des sources anonymes, la fusion est annulée.", &["des sources anonymes"]),
            // Le média qui interroge ou cite n'est pas la source ; un membre
            // nommé du groupe ; un verbe nié suivi d'une question.
            ("Interrogé par des journalistes, il a refusé de démissionner.", &[]),
            ("Des avocats de la famille, dont Me Martin, affirment que la police a failli.", &[]),
            ("Des responsables n'ont pas précisé combien de soldats étaient déployés.", &[]),
            ("Jean Dupont, un habitant du quartier, affirme que l'eau est polluée.", &[]),
            ("« Nous sommes épuisés », a déclaré Marie Lenoir, une responsable de l'association.", &[]),
            ("Le ministre a expliqué à des experts que le budget serait réduit.", &[]),
            ("Des experts se sont réunis à Genève ; des témoins ont été entendus par la police.", &[]),
            ("Des chercheurs ont mis au point un nouveau vaccin.", &[]),
            ("Des sources d'énergie renouvelable sont en plein essor.", &[]),
            ("Selon les régions, les prix varient.", &[]),
            ("Un ancien collaborateur, entendu comme témoin, a assuré n'avoir « jamais rédigé une seule note » pour l'élue.", &["Un ancien collaborateur"]),
            ("Il a condamné la frappe, appelant à une réponse unie et affirmant que la trêve était morte.", &[]),
            ("Une grève lancée par les syndicats de cheminots paralyse le pays.", &[]),
            ("Un livre écrit par des experts vient de paraître.", &[]),
            ("Une réforme jugée « injuste » par des économistes.", &["des économistes"]),
            ("Des responsables européens affirment que l'accord est proche.", &["Des responsables européens"]),
            ("« C'est terminé », a confié un proche du dossier.", &["un proche du dossier"]),
            // Pronom suivi d'un complément, possessif du média, participe « ayant ».
            ("Certains au sein du parti estiment que le chef doit partir.", &["Certains au sein du parti"]),
            ("Beaucoup à Bruxelles jugent que les sanctions ont échoué.", &["Beaucoup à Bruxelles"]),
            ("Selon nos sources, le PDG va quitter ses fonctions.", &["Selon nos sources"]),
            // The outlet's own unnamed information, like « nos sources ».
            ("D'après nos informations, le président était furieux.", &["D'après nos informations"]),
            ("Une personne ayant eu accès au dossier affirme que l'offre a été rejetée.", &["Une personne"]),
            ("Selon plusieurs participants à la réunion, le ministre s'est emporté.", &["Selon plusieurs participants à la réunion"]),
            // « Selon » + nom hors lexique : une source seulement en incise.
            ("Les troupes se retireront selon un calendrier précis.", &[]),
            ("Les fonds seront répartis selon des critères stricts.", &[]),
            ("Les soldats sont formés selon des méthodes américaines.", &[]),
            ("Selon un schéma désormais classique, le parti a exclu le dissident.", &[]),
            ("La nappe baissera encore, selon un hydrologue.", &["selon un hydrologue"]),
            // Sources nommées, pas de propos rapporté.
            ("Selon le ministre de la Santé, Paul Durand, les urgences tiennent.", &[]),
            ("Selon Jeanne Moreau, la vente est imminente.", &[]),
            ("Des observateurs étaient présents lors du scrutin.", &[]),
            ("Selon une étude publiée jeudi, la pollution a baissé.", &[]),
            ("Le directeur a reçu des employés de l'hôpital.", &[]),
            ("Un guide pour des experts a été publié.", &[]),
        ],
    );
}

#[test]
fn vague_source_en() {
    check(
        Lang::En,
        Category::VagueSource,
        &[
            ("According to a hospital employee who spoke on condition of anonymity, the ward was closed.", &["According to a hospital employee"]),
            ("Some rival executives allege that the tender was rigged.", &["Some rival executives"]),
            ("Two people briefed on the talks said a deal was close.", &["Two people briefed on the talks"]),
            ("A person familiar with the matter said the bid would be raised.", &["A person familiar with the matter"]),
            ("Critics say the law goes too far.", &["Critics"]),
            ("One official, who asked not to be named, said the plan was dead.", &["One official"]),
            ("A source close to the family told the newspaper he had left.", &["A source close to the family"]),
            ("Several people with knowledge of the deal said it had collapsed.", &["Several people with knowledge of the deal"]),
            ("A former employee alleges that safety checks were skipped.", &["A former employee"]),
            ("Western diplomats believe the talks will fail.", &["Western diplomats"]),
            ("According to unnamed sources, the merger is off.", &["According to unnamed sources"]),
            ("It is understood the talks will resume on Monday.", &["It is understood"]),
            ("For some analysts, the slump is already over.", &["For some analysts"]),
            ("Some residents complained that the water was brown.", &["Some residents"]),
            ("A police officer at the scene said two men had fled.", &["A police officer at the scene"]),
            ("\"It is over,\" said one source familiar with the talks.", &["one source familiar with the talks"]),
            ("The paper cites two officials who saw the letter.", &["two officials"]),
            // Named members, apposition to a name, recipients, negated verbs
            // followed by a question.
            ("Analysts including Tom Brown of Citi said demand was weak.", &[]),
            ("Local officials, including Mayor Ann Lee, said the bridge was safe.", &[]),
            ("John Smith, an analyst at Capital Economics, said the slowdown was temporary.", &[]),
            ("\"We are exhausted,\" said Sarah Jones, a resident of the town.", &[]),
            ("The minister told officials that the budget would be cut.", &[]),
            ("He accused officials of lying about the figures.", &[]),
            ("Officials have not commented on the report.", &[]),
            ("Officials did not say whether the plant would reopen.", &[]),
            ("Several officials resigned after the scandal.", &[]),
            ("Two sources of funding were cut.", &[]),
            ("Officials declined to say how many were hurt.", &[]),
            ("Shares fell on fears of a costly recall.", &[]),
            ("A strike called by unions halted trains on Monday.", &[]),
            ("The storm hit, although scientists caution that single events are hard to attribute.", &["scientists"]),
            ("The plan was described by some economists as reckless.", &["some economists"]),
            ("Two diplomats familiar with the talks said a deal was near.", &["Two diplomats familiar with the talks"]),
            ("Some in the party believe the leader should resign.", &["Some in the party"]),
            ("Many in Washington believe the sanctions have failed.", &["Many in Washington"]),
            ("Friends of the singer say he has been unwell for months.", &["Friends of the singer"]),
            ("According to some estimates, 10,000 people attended.", &[]),
            ("Some were injured in the crush.", &[]),
            ("A widely shared social media post claims that the vaccine is unsafe.", &[]),
            ("Health authorities in Britain and the United States said they had found nothing.", &["Health authorities in Britain and the United States"]),
            ("A spokesperson for the Medicines and Healthcare products Regulatory Agency said reports were reviewed.", &["A spokesperson for the Medicines and Healthcare products Regulatory Agency"]),
            ("\"It was false,\" said Tom Hargreaves. Hargreaves claimed that the story was untrue.", &[]),
            // Named sources, no reported content, documents.
            ("Hospital employee Maria Lopez said the ward was closed.", &[]),
            ("According to Dr Amina Yusuf, the ward was closed.", &[]),
            ("Critics of the plan gathered outside the hall.", &[]),
            ("Some rival executives attended the meeting.", &[]),
            ("According to the company's annual report, sales fell.", &[]),
            ("Two people were killed in the blast.", &[]),
            ("A cake for some analysts was ordered.", &[]),
        ],
    );
}

#[test]
fn claim_verb_fr() {
    check(
        Lang::Fr,
        Category::ClaimVerb,
        &[
            // Sujet impersonnel « on » : le verbe seul.
            ("Au ministère, on assure que tout est prêt.", &["assure"]),
            ("On affirme à Matignon que la réforme passera.", &["affirme"]),
            ("Du côté de la défense, on nie en bloc.", &["nie"]),
            ("Dans l'entourage du ministre, on dément toute tension.", &["dément"]),
            ("« Rien n'est décidé », assure-t-on à l'Élysée.", &["assure"]),
            ("L'ancien ministre récuse toute responsabilité.", &["récuse"]),
            // Noms et verbes neutres.
            ("Cette affirmation a surpris ; l'accusation a fait appel.", &[]),
            ("On a déclaré, on a dit, on a annoncé.", &[]),
            ("La société assure la sécurité du site.", &[]),
            ("Au ministère, on assure ne pas vouloir commenter ; il affirme ne rien regretter.", &["assure", "affirme"]),
            ("Le secrétaire général de la CGT, Thierry Nier, a pris la parole.", &[]),
            ("Le tribunal a confirmé le jugement ; le ministre a maintenu sa décision.", &[]),
            ("Il a juré fidélité à la République.", &[]),
            ("Un ancien collaborateur a assuré n'avoir jamais rien rédigé.", &["assuré"]),
        ],
    );
}

#[test]
fn claim_verb_en() {
    check(
        Lang::En,
        Category::ClaimVerb,
        &[
            ("The company claims the fire was an accident.", &["claims"]),
            ("Rebels claim to have shot down a helicopter.", &["claim"]),
            ("Prosecutors charged that the funds were diverted.", &["charged"]),
            ("He was charged with fraud.", &[]),
            // The noun "claims".
            ("Insurance claims rose sharply after the storm.", &[]),
            ("Jobless claims fell last week.", &[]),
            ("Unemployment claims have climbed for a month.", &[]),
            ("The ministry said and announced that it had acknowledged the error.", &[]),
            // Fixed uses that report nothing: quarrels, court rulings, claims for money.
            ("The two sides argued over the budget for hours.", &[]),
            ("The appeals court affirmed the ruling on Monday.", &[]),
            ("The president proclaimed a state of emergency.", &[]),
            ("The firm claimed a tax deduction; workers claim unpaid wages.", &[]),
            ("Insurers brace for claims after the storm.", &[]),
            ("Critics argued that the bill was rushed.", &["argued"]),
            ("The ministry insisted the strike had hit a military target.", &["insisted"]),
        ],
    );
}

#[test]
fn hedge_and_conditional_false_hits() {
    check(
        Lang::En,
        Category::Hedge,
        &[
            ("The improbable victory was celebrated.", &[]),
            ("Likelihood and probability were discussed.", &[]),
            ("The leak could potentially affect millions.", &["potentially"]),
            ("The so-called peace plan was leaked.", &["so-called"]),
        ],
    );
    check(
        Lang::Fr,
        Category::Hedge,
        &[
            ("L'ensemble des participants semblait d'accord.", &["semblait"]),
            ("Une apparence trompeuse.", &[]),
            ("Le semblant de trêve a volé en éclats ; il fait semblant.", &[]),
            ("Les chiffres semblent bons et sembleraient se confirmer.", &["semblent", "sembleraient"]),
        ],
    );
    check(
        Lang::Fr,
        Category::Conditional,
        &[
            ("Le portrait du ministre, le retrait des troupes, un extrait et un trait d'humour.", &[]),
            ("Le tissu se déchirait et le vent poudrait la route.", &[]),
            ("Le ministre démissionnerait et ses conseillers le suivraient.", &["démissionnerait", "suivraient"]),
            ("Serait-ce un aveu ? Devrions-nous attendre ?", &["Serait", "Devrions"]),
        ],
    );
}

/// No-evidence families with modifiers, negation and word-order variants:
/// an adverb after the negation, "a shred of", "nor did he", "without
/// elaborating or", verification said impossible, peer review; « rien, à ce
/// stade, ne permet », « rien n'indique que », « pas vérifiable », « ni… ni ».
#[test]
fn no_evidence_variants() {
    check(
        Lang::En,
        Category::NoEvidence,
        &[
            ("The ministry did not immediately provide evidence for the figure.", &["did not immediately provide evidence"]),
            ("The agency was not immediately able to confirm the toll.", &["not immediately able to confirm"]),
            ("The senator has never produced a single piece of evidence.", &["never produced a single piece of evidence"]),
            ("Not a shred of evidence has surfaced.", &["Not a shred of evidence"]),
            ("He has not offered a shred of proof.", &["shred of proof"]),
            ("The firm offered little in the way of proof.", &["little in the way of proof"]),
            ("Independent verification of the toll was not possible.", &["verification of the toll was not possible"]),
            ("He spoke of sabotage without elaborating or providing evidence.", &["without elaborating or providing evidence"]),
            ("The coach did not elaborate or offer evidence.", &["did not elaborate or offer evidence"]),
            ("He did not say how he knew, nor did he offer proof.", &["did not say how he knew", "nor did he offer proof"]),
            ("The campaign has not made public any evidence.", &["has not made public any evidence"]),
            ("The complaint did not include any evidence.", &["did not include any evidence"]),
            ("The governor provided zero evidence.", &["provided zero evidence"]),
            ("The theory is not based on any evidence.", &["not based on any evidence"]),
            ("The prime minister has not backed the claim with evidence.", &["not backed the claim with evidence"]),
            ("The charge remains unsupported.", &["remains unsupported"]),
            ("The remarks have no factual basis.", &["no factual basis"]),
            ("The club refused to substantiate the allegation.", &["refused to substantiate"]),
            ("The preprint has not been peer-reviewed.", &["not been peer-reviewed"]),
            ("The lawsuit is without merit, the bank said.", &["without merit"]),
            // Not absences of evidence.
            ("The paper was peer-reviewed and published in May.", &[]),
            ("The bridge was not based on the original design.", &[]),
            ("Staff backed the plan with enthusiasm.", &[]),
            ("Verification of the ballots is under way.", &[]),
            ("He did not elaborate on his plans.", &[]),
            ("The team produced a single goal.", &[]),
        ],
    );
    check(
        Lang::Fr,
        Category::NoEvidence,
        &[
            ("Rien, à ce stade, ne permet d'affirmer que l'incendie est criminel.", &["Rien, à ce stade, ne permet"]),
            ("Rien n'indique que l'eau du réseau soit contaminée.", &["Rien n'indique que"]),
            ("Rien ne laisse penser que le pilote a été visé.", &["Rien ne laisse penser que"]),
            ("Le bilan n'était pas vérifiable de source indépendante.", &["pas vérifiable"]),
            ("L'information n'a été confirmée ni par la préfecture ni par la police.", &["n'a été confirmée ni"]),
            ("Il n'existe aucun élément permettant d'étayer cette version.", &["aucun élément permettant d'étayer"]),
            ("Le syndicat n'a pas apporté la preuve de ces pressions.", &["pas apporté la preuve"]),
            ("Le député n'a pas donné de source pour ce chiffre.", &["pas donné de source"]),
            ("Le maire s'est refusé à fournir la moindre preuve.", &["refusé à fournir la moindre preuve"]),
            ("Il a repris ce chiffre sans le sourcer.", &["sans le sourcer"]),
            ("Il n'a pas été possible de vérifier ces témoignages.", &["pas été possible de vérifier"]),
            ("Ces accusations ne sont pas fondées, selon la défense.", &["ne sont pas fondées"]),
            ("Une accusation qu'il n'étaye par aucun document.", &["n'étaye par aucun"]),
            // Pas des absences de preuve.
            ("Le requérant n'est pas fondé à demander l'annulation.", &[]),
            ("Rien n'indique une amélioration du trafic.", &[]),
            ("Le bilan est vérifiable sur le site de la préfecture.", &[]),
            ("L'information a été confirmée par la préfecture et par la police.", &[]),
        ],
    );
}

/// Hedges in every inflection: paraître in the sense of sembler (not a
/// book or a newspaper appearing), « il apparaît que », "appears" before
/// what it qualifies (not an appearance in person), "purports to".
#[test]
fn hedge_inflections() {
    check(
        Lang::Fr,
        Category::Hedge,
        &[
            ("Les négociations paraissent dans l'impasse.", &["paraissent"]),
            ("Le dossier paraît solide aux yeux des juges.", &["paraît"]),
            ("La situation paraissait sous contrôle.", &["paraissait"]),
            ("Les chiffres parurent exagérés aux enquêteurs.", &["parurent"]),
            ("Un accord paraîtrait prématuré.", &["paraîtrait"]),
            ("Il apparaît que le contrat a été modifié.", &["Il apparaît que"]),
            ("Les armes ont été saisies, selon toute apparence, chez un tiers.", &["selon toute apparence"]),
            ("Le suspect semblerait avoir quitté la région.", &["semblerait"]),
            // La parution, l'infinitif, le participe, l'apparition.
            ("Le journal paraît chaque jeudi ; son supplément paraît en mars.", &[]),
            ("Le roman vient de paraître ; il paraît le 5 mai aux éditions du Seuil.", &[]),
            ("Son essai paraît dans la revue Esprit.", &[]),
            ("Elle est apparue en public lundi.", &[]),
        ],
    );
    check(
        Lang::En,
        Category::Hedge,
        &[
            ("The count appears flawed, observers say.", &["appears"]),
            ("The move appeared designed to calm investors.", &["appeared"]),
            ("The recording purports to show the mayor.", &["purports to"]),
            ("It is possible that the ballots were tampered with.", &["It is possible that"]),
            // A vague source now (gold sets: "is believed to", "is understood to").
            ("The cell is widely believed to have disbanded.", &[]),
            ("The tanker was reported to be heading north.", &["was reported to"]),
            // Appearances in person, in print, in court.
            ("The minister appeared before the committee on Tuesday.", &[]),
            ("She appeared on television and later in court.", &[]),
            ("The novel first appeared in 1962.", &[]),
            ("Smoke appeared over the harbour.", &[]),
        ],
    );
}

/// Vague sources: "those familiar with", staff, collective nouns with a
/// definite article (« l'entourage du ministre », "the international
/// community"), quantities (« nombre d'experts »), a compound opening the
/// sentence ("Human rights groups"), « au ministère », a reflexive incise.
#[test]
fn vague_source_collectives_and_quantities() {
    check(
        Lang::En,
        Category::VagueSource,
        &[
            ("Those familiar with the tender say the price was lowered.", &["Those familiar with the tender"]),
            ("According to those close to the coach, he will stay.", &["According to those close to the coach"]),
            ("Staff at the plant said the alarms had failed.", &["Staff at the plant"]),
            ("Human rights groups accused the police of torture.", &["Human rights groups"]),
            ("The international community condemned the vote as a sham.", &["The international community"]),
            ("According to the local press, the mayor will resign.", &["According to the local press"]),
            ("It has been suggested that the auditor was misled.", &["It has been suggested that"]),
            ("Many economists now believe the slump is over.", &["Many economists"]),
            // No reported content, or not people.
            ("Those attending were asked to leave.", &[]),
            ("The community gathered for a vigil.", &[]),
            ("The press conference was cancelled.", &[]),
            ("Outside the ground, supporters chanted \"Out!\".", &[]),
        ],
    );
    check(
        Lang::Fr,
        Category::VagueSource,
        &[
            ("Selon l'entourage du ministre, il ne sera pas candidat.", &["Selon l'entourage du ministre"]),
            ("L'entourage de la maire assure qu'elle n'a rien su.", &["L'entourage de la maire"]),
            ("La communauté internationale a condamné le scrutin comme une mascarade.", &["La communauté internationale"]),
            ("Selon la presse britannique, le club va être vendu.", &["Selon la presse britannique"]),
            ("Le camp présidentiel affirme que le texte sera voté.", &["Le camp présidentiel"]),
            ("Nombre d'experts jugent le calendrier irréaliste.", &["Nombre d'experts"]),
            ("Bon nombre d'analystes estiment que la crise va durer.", &["Bon nombre d'analystes"]),
            ("Une poignée d'élus dénoncent un passage en force.", &["Une poignée d'élus"]),
            ("Une source au ministère assure que le texte sera retiré.", &["Une source au ministère"]),
            ("Un responsable, s'exprimant sous couvert d'anonymat, a confirmé la fermeture.", &["Un responsable"]),
            ("Il se murmure que le directeur va partir.", &["Il se murmure que"]),
            // Pas des sources.
            ("Le milieu de terrain a marqué deux buts.", &[]),
            ("La communauté de communes a voté le budget.", &[]),
            ("Nombre d'habitants ont quitté la ville.", &[]),
            ("L'entourage du ministre a été entendu par les juges.", &[]),
        ],
    );
}

/// Claim verbs in a sense that reports nothing: refusing a request,
/// claiming lives, pleading a case, « insister pour ».
#[test]
fn claim_verb_senses() {
    check(
        Lang::En,
        Category::ClaimVerb,
        &[
            ("The company denied a request for comment.", &[]),
            ("The judge denied the motion to dismiss; the council denied his application.", &[]),
            ("The earthquake claimed at least 40 lives.", &[]),
            ("Lawyers argued the case before the supreme court.", &[]),
            ("The side claimed its first win of the season and the top spot.", &[]),
            ("The party claimed a majority of seats.", &[]),
            ("She insisted on a recount; the referee denied them a penalty.", &[]),
            ("The startup claims 10 million users.", &["claims"]),
            ("The minister insisted on Tuesday that the deal was fair.", &["insisted"]),
            // Still claims and denials.
            ("The company denied the report and claimed that the data was safe.", &["denied", "claimed"]),
            ("He claimed that many lives had been saved.", &["claimed"]),
            ("The minister denied any request had been made.", &["denied"]),
        ],
    );
    check(
        Lang::Fr,
        Category::ClaimVerb,
        &[
            ("Le maire a insisté pour que le conseil vote jeudi.", &[]),
            ("Le CAC 40 accuse une nette baisse ; le chantier a accusé un retard.", &[]),
            ("Le club a accusé le coup ; la mairie a accusé réception du courrier.", &[]),
            ("Le président entend affirmer son autorité et a réaffirmé son soutien aux agriculteurs.", &[]),
            ("Le préfet a proclamé les résultats.", &[]),
            ("L'ONG accuse la police de violences ; le club proclame son innocence.", &["accuse", "proclame"]),
            ("Le ministre a réaffirmé que la réforme serait menée.", &["réaffirmé"]),
            ("La ministre insiste auprès de Bruxelles.", &[]),
            ("Il insiste : rien n'a changé.", &["insiste"]),
        ],
    );
}

/// French word order: the verb before its subject after a relative « que »
/// (the relative stands for the content), and in an incise without quotes.
/// Not: « assurer », « soutenir », « maintenir » in their other senses in
/// the same positions.
#[test]
fn claim_verb_french_word_order() {
    check(
        Lang::Fr,
        Category::ClaimVerb,
        &[
            ("Un arrêté que contestent plusieurs associations de riverains.", &["contestent"]),
            ("Les faits que lui reproche le parquet remontent à 2021.", &["reproche"]),
            ("Ce que conteste vivement la direction de l'hôpital.", &["conteste"]),
            ("C'est ce qu'assure la préfète dans un communiqué.", &["assure"]),
            ("Le tarif ne bougera pas, assure la direction.", &["assure"]),
            ("Le chantier, soutient le maire, sera livré à temps.", &["soutient"]),
            ("Selon elle, rien n'est joué, maintient la candidate.", &["maintient"]),
            // Pas des affirmations.
            ("La sécurité qu'assure la police municipale est insuffisante.", &[]),
            ("Le candidat que soutient la majorité a été battu.", &[]),
            ("La ligne que maintient Paris est intenable.", &[]),
            ("Le groupe, qui emploie 300 personnes, assure la maintenance des rames.", &[]),
            ("Elle dirige le service, assure la liaison et gère le budget.", &[]),
            ("Elle dirige le service, assure la liaison avec les élus.", &[]),
            ("Depuis lundi, l'armée assure la sécurité du site.", &[]),
        ],
    );
    check(
        Lang::Fr,
        Category::VagueSource,
        &[
            ("Un arrêté que contestent plusieurs associations de riverains.", &["plusieurs associations de riverains"]),
            ("Le prix baissera, glisse un conseiller.", &["un conseiller"]),
            ("Ce que disent des témoins est accablant.", &["des témoins"]),
        ],
    );
}

/// Objects that make a verb needing a clause a denial or a claim (« conteste
/// les faits », "disputes the claim", "maintains his innocence"), content
/// before the verb after « ce qu'il », a characterisation between the
/// participle and its agent (« jugé optimiste par »), "argued in court".
#[test]
fn claim_objects_and_characterisations() {
    check(
        Lang::Fr,
        Category::ClaimVerb,
        &[
            ("Les deux prévenus, qui contestent les faits, seront jugés en mars.", &["contestent"]),
            ("L'ancien élu conteste toute malversation.", &["conteste"]),
            ("Le témoin maintient sa version des faits.", &["maintient"]),
            ("Il est soupçonné de fraude, ce qu'il conteste.", &["conteste"]),
            ("Le club conteste l'amende devant le tribunal ; l'État maintient sa position.", &[]),
        ],
    );
    check(
        Lang::En,
        Category::ClaimVerb,
        &[
            ("The airline disputes the claim and maintains its innocence.", &["disputes", "maintains"]),
            ("The bank argued in a court filing that the fine was excessive.", &["argued"]),
            ("The neighbours disputed the boundary; the club maintained its lead.", &[]),
            ("The mayor argued in favour of a tax cut.", &[]),
        ],
    );
    check(
        Lang::Fr,
        Category::VagueSource,
        &[
            ("Un calendrier jugé irréaliste par des ingénieurs du secteur.", &["des ingénieurs du secteur"]),
            ("Un projet qualifié d'inutile par plusieurs économistes.", &["plusieurs économistes"]),
            ("Le virus se serait propagé par l'eau, selon les autorités sanitaires.", &["selon les autorités sanitaires"]),
            ("Les comptes ont été certifiés sans réserve par deux cabinets d'audit.", &[]),
            ("Le texte a été adopté mardi par des députés de tous bords.", &[]),
            // Unnamed authorities are not named: the blind annotators mark
            // « les autorités » as a source (« que les autorités disent… »).
            ("Selon les autorités, le calme est revenu.", &["Selon les autorités"]),
        ],
    );
    check(
        Lang::En,
        Category::VagueSource,
        &[("The plan was described as reckless by several economists.", &["several economists"])],
    );
}

/// English "alleged", "suspected" after their subject are verbs, not hedges
/// ("Prosecutors alleged fraud"); after a number or a determiner they are
/// adjectives ("three alleged smugglers"). A tag after the content, subject
/// first: "…, one official maintained."
#[test]
fn english_verb_or_adjective_and_tags() {
    check(
        Lang::En,
        Category::Hedge,
        &[
            ("The lawsuit alleged negligence; Smith alleged misconduct.", &[]),
            ("Officials suspected arson.", &[]),
            ("Police arrested three alleged smugglers and the suspected driver.", &["alleged", "suspected"]),
            ("Dozens of alleged militants were killed, including the man's alleged deputy.", &["alleged", "alleged"]),
        ],
    );
    check(
        Lang::En,
        Category::ClaimVerb,
        &[
            ("The lawsuit alleged negligence.", &["alleged"]),
            ("The figures are wrong, the company countered.", &["countered"]),
            ("The plan is dead, one official maintained.", &["maintained"]),
            ("Growth slowed, and the bank maintained its forecast.", &[]),
            ("The striker countered on the break.", &[]),
        ],
    );
}

/// No-evidence: the material a claim would rest on is withheld — data,
/// figures, studies not released or cited; the basis of a figure left
/// unexplained; who ran a test left unnamed; an unpublished report; proof
/// said to be missing ("does not prove"); neither confirmed nor denied.
/// Not: the same verbs with the material shown, details of an arrest
/// withheld, names of victims not released, "did not prove popular".
#[test]
fn no_evidence_withheld_material_en() {
    check(
        Lang::En,
        Category::NoEvidence,
        &[
            ("The firm said the dust settled quickly. It did not release data to support that.", &["did not release data"]),
            ("The ministry has not published its figures.", &["has not published its figures"]),
            ("The survey presented no data on long-term effects.", &["presented no data"]),
            ("He blamed the drought on solar activity, without citing any peer-reviewed research.", &["without citing any peer-reviewed research"]),
            ("The agency declined to release the underlying data.", &["declined to release the underlying data"]),
            ("The group would not make its methodology public.", &["would not make its methodology public"]),
            ("The internal audit has not been made public.", &["audit has not been made public"]),
            ("He put the cost at $2bn but did not say where the figure came from.", &["did not say where the figure came from"]),
            ("The union has not explained how it arrived at that estimate.", &["has not explained how it arrived at"]),
            ("She quoted a 40% rise, without explaining how she calculated it.", &["without explaining how she calculated"]),
            ("The company said its output had been audited but did not name the auditor.", &["did not name the auditor"]),
            ("Tests were run, but the firm has not said who carried them out.", &["has not said who carried"]),
            ("Several staff say they complained, though none of them has produced written records.", &["none of them has produced written records"]),
            ("A leaked list of emails does not prove a breach.", &["does not prove"]),
            ("The study doesn't establish a causal link.", &["doesn't establish a causal link"]),
            ("A spokesman neither confirmed nor denied the report.", &["neither confirmed nor denied"]),
            ("The embassy declined to confirm or deny the arrests.", &["declined to confirm or deny"]),
            ("The ministry has not confirmed the reports.", &["has not confirmed the reports"]),
            ("This has not yet been demonstrated in the field.", &["has not yet been demonstrated"]),
            ("The headline claim is simply unsupported by the study.", &["is simply unsupported"]),
            // The material shown, or nothing a claim rests on.
            ("The firm released data showing the dust settled quickly.", &[]),
            ("Police did not provide further details of the arrest.", &[]),
            ("The names of the victims have not been released.", &[]),
            ("The ministry has not confirmed its attendance.", &[]),
            ("The new format did not prove popular with viewers.", &[]),
            ("The survey presented data on long-term effects.", &[]),
            ("The auditor was named in the filing.", &[]),
            ("The study does show a causal link.", &[]),
        ],
    );
}

/// Les mêmes familles en français : chiffres, études, rapports non fournis
/// ou non rendus publics (l'objet placé avant le verbe), « ne contient aucune
/// pièce », « ni confirmé ni infirmé », une information que l'on n'a « pas
/// confirmée à ce stade ». Pas : l'identité d'une victime non rendue publique,
/// une venue non confirmée, des précisions sur une interpellation.
#[test]
fn no_evidence_withheld_material_fr() {
    check(
        Lang::Fr,
        Category::NoEvidence,
        &[
            ("Les syndicats parlent d'une hausse, sans toutefois fournir de chiffres.", &["sans toutefois fournir de chiffres"]),
            ("Le maire évoque un risque sanitaire, sans citer d'étude.", &["sans citer d'étude"]),
            ("Il n'a toutefois fourni aucun rapport d'expertise.", &["n'a toutefois fourni aucun"]),
            ("Le dossier ne contient aucune pièce comptable.", &["ne contient aucune pièce"]),
            ("Le fonds dit disposer de documents internes, qu'il ne rendra pas publics.", &["ne rendra pas publics"]),
            ("Elle cite des captures d'écran qu'elle n'a pas rendues publiques.", &["n'a pas rendues publiques"]),
            ("Il s'appuie sur une note, qui n'a pas été rendue publique.", &["qui n'a pas été rendue publique"]),
            ("Aucune étude indépendante n'a pour l'instant confirmé ce risque.", &["Aucune étude indépendante n'a pour l'instant confirmé"]),
            ("Contactée, l'autorité n'a ni confirmé ni infirmé.", &["ni confirmé ni infirmé"]),
            ("Le ministère ne l'a ni confirmé ni démenti.", &["ni confirmé ni démenti"]),
            ("La préfecture n'a pas confirmé cette information.", &["n'a pas confirmé cette information"]),
            ("Un chiffre que la commission n'a pas confirmé à ce stade.", &["n'a pas confirmé à ce stade"]),
            // L'objet suit, ou n'est pas une information.
            ("La police n'a pas rendu public le nom de la victime.", &[]),
            ("L'identité du conducteur n'a pas été rendue publique.", &[]),
            ("Le président n'a pas confirmé sa venue.", &[]),
            ("Un homme a été interpellé, sans donner plus de précisions.", &[]),
            ("Le rapport contient des pièces comptables.", &[]),
            ("Les syndicats ont fourni des chiffres détaillés.", &[]),
        ],
    );
}

/// Vague sources among ordinary people (residents, parents, fans,
/// onlookers, passengers, families "living near"), indefinite singular
/// sources with a compound or a relative clause ("a police detective told",
/// "according to a hydrologist who…", "one of them said"), anonymous heads
/// referred back to ("the source said"), someone's unnamed circle ("her
/// allies"), a bare plural after a conjunction ("as analysts predicted",
/// "with suppliers claiming"), "is said to". Not: the same people merely
/// mentioned, named, or one role after a possessive ("her lawyer").
#[test]
fn vague_source_ordinary_people_en() {
    check(
        Lang::En,
        Category::VagueSource,
        &[
            ("Parents say the school ignored their complaints.", &["Parents"]),
            ("Several passengers told reporters the crew had panicked.", &["Several passengers"]),
            ("The singer was seen leaving the villa, according to onlookers.", &["according to onlookers"]),
            ("Families living near the turbines say the hum keeps them awake.", &["Families living near the turbines"]),
            ("Some fans claim the club hid the injury.", &["Some fans"]),
            ("A police detective told the court the firm did not exist.", &["A police detective"]),
            ("One former sous chef, who asked not to be named, said he was never paid.", &["One former sous chef"]),
            ("According to a hydrologist who has reviewed the data, the aquifer is falling.", &["According to a hydrologist"]),
            ("Two pilots raised the alarm. One of them said the fault was known.", &["One of them"]),
            ("The source said production had been delayed.", &["The source"]),
            ("Her allies insist that she is innocent.", &["Her allies"]),
            ("It was a move that industry analysts say was retaliation.", &["industry analysts"]),
            ("Shares fell, as traders predicted.", &["traders"]),
            ("The restaurant closed, with suppliers claiming they were never paid.", &["suppliers"]),
            ("Independent scientists not involved in the work said it was thorough.", &["Independent scientists not involved in the work"]),
            ("Some researchers suspect the effects are larger.", &["Some researchers"]),
            ("The chef is said to be lying low.", &["is said to"]),
            // Mentioned, named, documents, one role.
            ("Residents were evacuated on Monday.", &[]),
            ("Her lawyer insists that she is innocent.", &[]),
            ("Parents Jane and Tom Hale said the school had apologised.", &[]),
            ("Two men suspected of taking part were arrested.", &[]),
            ("The cost rose, according to a staff report.", &[]),
            ("According to threat intelligence firm Greyline Security, the data is real.", &[]),
            ("He blamed energy bills and a business partner who \"let him down\".", &[]),
            ("The collapse of a returns scheme agreed with London.", &[]),
            ("Nothing was said to him about the delay.", &[]),
        ],
    );
}

/// Les mêmes familles en français : l'entourage anonyme d'une personne
/// nommée (« ses proches », « son entourage »), « Dans l'entourage du
/// candidat, on assure », « les autorités », « la source » reprise, « selon
/// les prévisionnistes », un adverbe avant « que ». Pas : un rôle après le
/// possessif, un lieu sans « on », des autorités qui agissent sans rien dire.
#[test]
fn vague_source_circles_fr() {
    check(
        Lang::Fr,
        Category::VagueSource,
        &[
            ("Ses proches dénoncent déjà un lynchage.", &["Ses proches"]),
            ("Son entourage évoque un coup dur.", &["Son entourage"]),
            ("Dans l'entourage du candidat, on assure que la note existe.", &["l'entourage du candidat"]),
            ("Une pratique que les autorités disent ne pas avoir constatée.", &["les autorités"]),
            ("La source a précisé que le texte serait retiré.", &["La source"]),
            ("Selon les prévisionnistes, le vent devrait faiblir.", &["Selon les prévisionnistes"]),
            ("Des élus locaux redoutent déjà que la mobilisation dure.", &["Des élus locaux"]),
            // Un rôle, un lieu, une action sans propos.
            ("Son avocat dénonce un lynchage.", &[]),
            ("Dans l'entourage du candidat, la tension monte.", &[]),
            ("Les autorités ont commencé à distribuer de l'eau.", &[]),
            ("Selon les règles, le vote est secret.", &[]),
        ],
    );
}

/// French sources in other word orders: « Dans l'entourage de X, on… » with
/// an infinitive or an adverb after the verb, « il reconnaît » with its
/// circumflex, a reflexive reporting verb (« se disent »), « affirment par
/// ailleurs » (no agent), « selon deux anciens salariés cités par ». Not: a
/// subject and a verb alone (« Plusieurs victimes ont témoigné. »), « se
/// poursuivent », a document « cité par ».
#[test]
fn vague_source_french_word_order() {
    check(
        Lang::Fr,
        Category::VagueSource,
        &[
            ("Dans l'entourage du président, on reconnaît seulement que la publication a surpris.", &["l'entourage du président"]),
            ("Dans l'entourage du candidat, on assure disposer d'une note.", &["l'entourage du candidat"]),
            ("L'entourage du ministre reconnaît que le calendrier a glissé.", &["L'entourage du ministre"]),
            ("Plusieurs chancelleries occidentales se disent « préoccupées ».", &["Plusieurs chancelleries occidentales"]),
            ("D'anciens visiteurs médicaux affirment par ailleurs que des consignes existaient.", &["D'anciens visiteurs médicaux"]),
            ("Selon deux anciens salariés cités par le site, les données ont fuité.", &["Selon deux anciens salariés cités"]),
            ("Plusieurs victimes ont témoigné.", &[]),
            ("Des discussions se poursuivent.", &[]),
            ("Selon un rapport cité par le site, les données ont fuité.", &[]),
        ],
    );
    check(
        Lang::En,
        Category::VagueSource,
        &[
            ("Friends said she was quiet and kind.", &["Friends"]),
            ("Critics disagreed.", &[]),
        ],
    );
}

/// Denying a claim by rejecting or contesting it: « rejette ces
/// accusations », « conteste fermement », "rejected the allegations",
/// "disputed the council's figures", a denial closing its clause ("a claim
/// the firm rejects."). Not: refusing a plan ("rejected the bill",
/// « rejeter un amendement »), contesting an election or a fine, the noun
/// after a preposition ("amid claims that", "to charges that"), a view
/// rejected "as" something.
#[test]
fn denial_verbs_take_claims() {
    check(
        Lang::Fr,
        Category::ClaimVerb,
        &[
            ("Le ministère conteste vigoureusement ces allégations.", &["conteste"]),
            ("L'ancien maire a contesté point par point, jeudi, le réquisitoire.", &["contesté"]),
            ("Interrogée, la direction de l'hôpital conteste.", &["conteste"]),
            ("La société rejette en bloc ces accusations.", &["rejette"]),
            ("Le gouvernement a rejeté les conclusions du rapport.", &["rejeté"]),
            ("Le cabinet maintient ses conclusions.", &["maintient"]),
            ("Les députés ont rejeté l'amendement ; le résultat a été contesté.", &[]),
            ("Les syndicats contestent la réforme et rejettent le projet de loi.", &[]),
        ],
    );
    check(
        Lang::En,
        Category::ClaimVerb,
        &[
            ("The ministry rejected the accusations, calling them absurd.", &["rejected"]),
            ("The developer disputed the residents' account of the night.", &["disputed"]),
            ("The airline contests the union's figures.", &["contests"]),
            ("The firm strongly rejects the suggestion that it misled buyers.", &["rejects"]),
            ("He says he was never paid, a claim the agency rejects.", &["rejects"]),
            ("Voters rejected the plan and the party will contest the seat.", &[]),
            ("An idea she rejected as naive.", &[]),
            ("Amid claims that the count was rigged, observers arrived.", &[]),
            ("He pleaded not guilty to charges that he took bribes.", &[]),
            ("The talks collapsed over disputes that began in May.", &[]),
        ],
    );
}

/// No evidence said in other words: a claim untested in court, evidence
/// said to be thin, no record of what is claimed, material the newsroom has
/// not seen, the basis or the source of a figure left unsaid, no basis
/// offered, a document that mentions nothing of the claim, peer review
/// missing, sources kept quiet. Not: a company that "has not seen a
/// decline", results "not yet published" (a date, not an absence).
#[test]
fn no_evidence_unseen_families() {
    check(
        Lang::En,
        Category::NoEvidence,
        &[
            ("The accusations have never been tested in court.", &["never been tested in court"]),
            ("None of the allegations has been tested in court.", &["None of the allegations has been tested in court"]),
            ("It is unclear what proof, if any, the union holds.", &["proof, if any"]),
            ("Support for the theory remains thin, and proof is lacking.", &["proof is lacking"]),
            ("Auditors could find no record of the transfer.", &["could find no record of"]),
            ("The letter, which Reuters has not seen, names three officers.", &["which Reuters has not seen,"]),
            ("The agency has not seen the footage.", &["has not seen the footage"]),
            ("She did not explain what the forecast was based on.", &["did not explain what the forecast was based on"]),
            ("It was not clear where the figure came from.", &["not clear where the figure came from"]),
            ("The group declined to identify its sources.", &["declined to identify its sources"]),
            ("The senator did not point to any evidence of tampering.", &["did not point to any evidence"]),
            ("The campaign offered no basis for the figure.", &["offered no basis for"]),
            ("The invoices do not mention any date.", &["do not mention any date"]),
            ("The savings have not been independently audited.", &["not been independently audited"]),
            ("A theory long since debunked resurfaced online.", &["debunked"]),
            ("The retailer, which has not seen a drop in sales, said profits rose.", &[]),
            ("The firm has not seen any change, it said.", &[]),
        ],
    );
    check(
        Lang::Fr,
        Category::NoEvidence,
        &[
            ("L'élu avance ce montant sans citer ses sources.", &["sans citer ses sources"]),
            ("Le syndicat n'a pas voulu révéler ses sources.", &["n'a pas voulu révéler ses sources"]),
            ("La ministre n'a pas précisé sur quoi reposait ce calcul.", &["pas précisé sur quoi"]),
            ("Il affirme cela sans dire d'où il tient l'information.", &["sans dire d'où"]),
            ("Une note que franceinfo n'a pas pu consulter évoque des retards.", &["que franceinfo n'a pas pu consulter"]),
            ("Les éléments de preuve font défaut.", &["éléments de preuve font défaut"]),
            ("Un remède présenté sans base scientifique.", &["sans base scientifique"]),
            ("Nulle trace de cette société n'a été trouvée au greffe.", &["Nulle trace de cette société n'a été trouvée"]),
            ("Il accuse le maire, sans document à l'appui.", &["sans document à l'appui"]),
            ("Ces données n'ont jamais été publiées.", &["données n'ont jamais été publiées"]),
            ("L'étude n'a pas encore été évaluée par des pairs.", &["pas encore été évaluée par des pairs"]),
            ("Les résultats du scrutin n'ont pas encore été publiés.", &[]),
            ("Les élus n'ont pas pu consulter le dossier avant le vote.", &[]),
        ],
    );
}

/// Vague sources: the French generic plural (« les riverains affirment »,
/// « …, et les éleveurs accusent »), ordinary people in French, someone's
/// unnamed critics ("her critics say", « ses détracteurs »), "a pal said".
/// Not: the subject of a passive ("Residents were told that", « ont été
/// informés que »), a phrase before an auxiliary and a quote ("several
/// councillors had \"made up their minds\""), « les » as an object, « le
/// témoin » (one person).
#[test]
fn vague_source_generic_and_passive() {
    check(
        Lang::Fr,
        Category::VagueSource,
        &[
            ("Les riverains affirment que le bruit a doublé.", &["Les riverains"]),
            ("Le chantier a repris, mais les commerçants estiment que la clientèle a fui.", &["les commerçants"]),
            ("Les enquêteurs espéraient des aveux.", &[]),
            ("Des salariés assurent que les consignes étaient claires.", &["Des salariés"]),
            ("Ses détracteurs affirment qu'il a menti.", &["Ses détracteurs"]),
            ("Des habitants ont été informés que l'eau était potable.", &[]),
            ("Le juge a entendu les témoins mardi.", &[]),
            ("Le témoin affirme avoir vu le suspect.", &[]),
        ],
    );
    check(
        Lang::En,
        Category::VagueSource,
        &[
            ("Her critics say she ignored the warnings.", &["Her critics"]),
            ("A pal said the singer was heartbroken.", &["A pal"]),
            ("Residents were told that the water was safe.", &[]),
            ("Officials have been warned that the dam could fail.", &[]),
            ("She alleged that several councillors had \"made up their minds\".", &[]),
            ("Some residents were told that the water was safe.", &[]),
        ],
    );
}

/// English hedges of estimate and suspicion: "unlikely", "suspected of",
/// "the supposed director". Not "were supposed to", not "police suspected
/// him".
#[test]
fn hedges_of_estimate_and_suspicion_en() {
    check(
        Lang::En,
        Category::Hedge,
        &[
            ("The cap is unlikely to be imposed on first offences.", &["unlikely"]),
            ("Officers detained a woman suspected of running the scheme.", &["suspected of"]),
            ("Nobody could find the firm's supposed accountant.", &["supposed"]),
            ("Staff were supposed to check the valves.", &[]),
            ("Police suspected him from the start.", &[]),
        ],
    );
}

/// French no-evidence in the words of fact-checks and court reports: a
/// clitic pronoun before the verb (« Rien ne le prouve », « n'a pas pu le
/// vérifier »), the material withheld (« n'a pas voulu montrer ces
/// documents »), a source missing from a document (« Aucune source
/// n'accompagne »), a figure tied to nothing, the basis left unsaid with
/// the negation after the verb (« ne précise pas sur quels éléments »),
/// the record searched in vain (« ne figure dans aucun », « aucune trace »),
/// « jamais fourni de preuve », « sans pouvoir le prouver ». Not: a source
/// of income, a minister missing from a government, a name withheld, a
/// pronoun before another verb.
#[test]
fn no_evidence_fr_clitics_withheld_and_records() {
    check(
        Lang::Fr,
        Category::NoEvidence,
        &[
            ("Le promoteur n'a pas voulu montrer ces documents aux élus.", &["n'a pas voulu montrer ces documents"]),
            ("La fédération refuse de communiquer ses chiffres.", &["refuse de communiquer ses chiffres"]),
            ("Aucune source n'accompagne cette infographie.", &["Aucune source n'accompagne"]),
            ("Le montant n'a pu être rattaché à aucune étude publiée.", &["rattaché à aucune étude"]),
            ("Le communiqué ne précise pas sur quels éléments repose ce bilan.", &["ne précise pas sur quels éléments"]),
            ("Rien ne le prouve pour l'instant.", &["Rien ne le prouve"]),
            ("Aucun registre ne l'atteste.", &["Aucun registre ne l'atteste"]),
            ("L'agence n'a pas pu le vérifier de source indépendante.", &["n'a pas pu le vérifier"]),
            ("Il n'y a pas la moindre preuve d'un sabotage.", &["pas la moindre preuve"]),
            ("Ces rumeurs n'ont aucun fondement.", &["aucun fondement"]),
            ("Ce décret ne figure dans aucun Journal officiel.", &["ne figure dans aucun"]),
            ("Nous n'avons retrouvé aucune trace de cette entreprise.", &["n'avons retrouvé aucune trace"]),
            ("Le message ne cite pas ses sources.", &["ne cite pas ses sources"]),
            ("La photo circule sans en préciser l'origine.", &["sans en préciser l'origine"]),
            ("Le graphique est partagé sans source.", &["sans source"]),
            ("Cette vidéo n'a pas pu être géolocalisée.", &["n'a pas pu être géolocalisée"]),
            ("Il n'a jamais fourni de preuve.", &["jamais fourni de preuve"]),
            ("Ces captures ne prouvent rien.", &["ne prouvent rien"]),
            ("Il accuse son voisin sans pouvoir le prouver.", &["sans pouvoir le prouver"]),
            ("On ignore sur quoi repose cette estimation.", &["ignore sur quoi"]),
            ("La provenance de ces images n'est pas connue.", &["provenance de ces images n'est pas connue"]),
            ("La famille vit sans source de revenus.", &[]),
            ("Le ministre ne figure pas dans le nouveau gouvernement.", &[]),
            ("La mairie refuse de communiquer le nom de l'agent.", &[]),
            ("Rien ne la retient à Paris.", &[]),
            ("Le joueur ne montre aucun signe de fatigue.", &[]),
        ],
    );
}

/// English no-evidence: "yet to" after any form of be, a breakdown
/// withheld, images withheld that would back a claim. Not footage of an
/// arrest withheld, not "yet to arrive".
#[test]
fn no_evidence_en_yet_to_and_breakdowns() {
    check(
        Lang::En,
        Category::NoEvidence,
        &[
            ("The landlord was yet to submit any documentary evidence to the tribunal.", &["was yet to submit any documentary evidence"]),
            ("The agency is yet to provide evidence for the figure.", &["is yet to provide evidence"]),
            ("The council did not provide a breakdown of the costs.", &["did not provide a breakdown"]),
            ("The army has not released any breakdown of the casualties.", &["has not released any breakdown"]),
            ("The navy did not release imagery to support its account.", &["did not release imagery to support"]),
            ("Police did not release footage of the arrest.", &[]),
            ("The minister is yet to arrive.", &[]),
        ],
    );
}

/// English vague sources placed by where they are ("Residents near the
/// substation say"), unnamed councillors and police ranks. Not: a named
/// sergeant, councillors who only vote, a place near a border.
#[test]
fn vague_source_places_and_ranks_en() {
    check(
        Lang::En,
        Category::VagueSource,
        &[
            ("Residents near the substation say they heard a bang.", &["Residents near the substation"]),
            ("Shoppers outside the mall said the alarm rang for an hour.", &["Shoppers outside the mall"]),
            ("The inquiry began after opposition councillors alleged that the tender was rigged.", &["councillors"]),
            ("A detective sergeant told the court that the suspect fled.", &["A detective sergeant"]),
            ("Sergeant Mark Hill told the court the car was stolen.", &[]),
            ("Councillors voted on Tuesday.", &[]),
            ("The town near the border said nothing.", &[]),
        ],
    );
}

/// French quote tags of tone (« soupire », « ironise ») invert the subject
/// like « déclare »: the unnamed speaker after them is a vague source. A
/// subject that only sighs reports nothing.
#[test]
fn vague_source_quote_tags_of_tone_fr() {
    check(
        Lang::Fr,
        Category::VagueSource,
        &[
            ("« On ne voit plus rien », soupire une employée de banque.", &["une employée de banque"]),
            ("« C'est du théâtre », ironise un élu de l'opposition.", &["un élu de l'opposition"]),
            ("Un habitant soupire.", &[]),
        ],
    );
}

#[test]
fn claim_verbs_arguing_and_contesting_a_reading_fr() {
    check(
        Lang::Fr,
        Category::ClaimVerb,
        &[
            // « faire valoir que » : soutenir, argue (l'infinitif porte la marque).
            ("La défense a fait valoir que le prévenu était à l'étranger.", &["valoir"]),
            ("Les éleveurs font valoir que les indemnités arrivent trop tard.", &["valoir"]),
            ("À la mairie, on fait valoir au contraire que le chantier est en avance.", &["valoir"]),
            ("Faisant valoir que le texte est flou, l'association saisit le tribunal.", &["valoir"]),
            // Sans propos rapporté, ou valoir un prix : rien.
            ("Elle compte faire valoir ses droits devant les prud'hommes.", &[]),
            ("La toile pourrait valoir plus que son estimation.", &[]),
            ("Mieux vaut prévenir que guérir, vaut mieux que rien.", &[]),
            // Contester une lecture des faits.
            ("Le président du club conteste cette interprétation.", &["conteste"]),
            ("La directrice, Anne Kessler, conteste fermement cette lecture.", &["conteste"]),
            ("Les agriculteurs contestent l'estimation de la préfecture.", &["contestent"]),
            ("Le syndicat conteste le calcul de la direction.", &["conteste"]),
            // Contester un projet, une élection : pas un démenti.
            ("Les riverains contestent le permis de construire.", &[]),
            ("Le candidat battu conteste l'élection devant le tribunal.", &[]),
        ],
    );
}

#[test]
fn claims_as_object_noun_en() {
    check(
        Lang::En,
        Category::ClaimVerb,
        &[
            // After a claim verb, with or without a noun between: the noun.
            ("Regulator Rejects Safety Claims", &["Rejects"]),
            ("Club Disputes Claims Over Transfer Fee", &["Disputes"]),
            ("The landlord denies harassment claims made by two tenants.", &["denies"]),
            ("Author Denies Plagiarism Claims Before Book Launch", &["Denies"]),
            // Rumours as subject: "claims spread", "claims mount".
            ("Fraud claims mount as the audit drags on.", &[]),
            ("After the outage, sabotage claims spread on social media.", &[]),
            // Still a verb after a subject.
            ("The union claims the vote was rigged.", &["claims"]),
            ("The minister insisted the figures were right.", &["insisted"]),
        ],
    );
}

#[test]
fn quantifier_and_singular_subjects_of_claim_verbs_en() {
    check(
        Lang::En,
        Category::VagueSource,
        &[
            // A quantifier used as a pronoun before an -ing or plural verb.
            ("Parents are furious, with some claiming the school ignored warnings.", &["some"]),
            ("Many insist that the bridge was never inspected.", &["Many"]),
            ("Some claim the lake has been polluted for years.", &["Some"]),
            // A singular unnamed source before "claims" (not a compound noun).
            ("Another former driver claims the depot ignored the faults.", &["Another former driver"]),
            ("Another ex-manager claims staff were never paid.", &["Another ex-manager"]),
            ("A temporary worker claims staff were never paid.", &["A temporary worker"]),
            ("An employee claims that the logs were altered.", &["An employee"]),
            // Nouns: no source.
            ("Some claims were rejected by the insurer.", &[]),
            ("According to an internal report, the logs were altered.", &[]),
        ],
    );
    check(
        Lang::En,
        Category::ClaimVerb,
        &[
            ("Parents are furious, with some claiming the school ignored warnings.", &["claiming"]),
            ("Some claim the lake has been polluted for years.", &["claim"]),
            ("Some claims were rejected by the insurer.", &[]),
        ],
    );
}

#[test]
fn appear_not_a_hedge_en() {
    check(
        Lang::En,
        Category::Hedge,
        &[
            ("The actor appeared to reporters outside the theatre.", &[]),
            ("She appeared to the crowd from a balcony.", &[]),
            ("Several sentences appear almost word for word in the thesis.", &[]),
            ("The same phrase appears verbatim in both reports.", &[]),
            ("His name appears repeatedly in the ledgers.", &[]),
            // Hedges stay.
            ("The leak appears to have started on Monday.", &["appears to"]),
            ("The documents appear to show that the plan was dropped.", &["appear to"]),
            ("The result appears almost certain.", &["appears"]),
        ],
    );
}

#[test]
fn tone_verbs_without_reported_content_fr() {
    check(
        Lang::Fr,
        Category::VagueSource,
        &[
            // Le ton seul, sans propos : pas de source.
            ("Des conseillers ironisent sur la hausse des tarifs.", &[]),
            ("Des supporters plaisantaient avec les stadiers.", &[]),
            // Avec un propos (incise, deux-points) : une source.
            ("« Encore un plan », ironise un conseiller municipal.", &["un conseiller municipal"]),
            ("Des conseillers ironisent : « encore un plan ».", &["Des conseillers"]),
        ],
    );
}

/// English no-evidence: the material a claim rests on withheld (footage
/// not yet released, any survey or study not provided, raw data kept back,
/// a request for the documents left unanswered), the accused or the sources
/// left unnamed, no record of the alleged event, results not reproduced.
/// Not: user data not shared, a request for comment, a victim not named, an
/// album yet to be released, an attendance not confirmed.
#[test]
fn no_evidence_withheld_unnamed_unreproduced_en() {
    check(
        Lang::En,
        Category::NoEvidence,
        &[
            ("The campaign group has yet to release the footage it says shows the dump.", &["has yet to release the footage"]),
            ("The union, which said it had recordings of the meeting, is yet to share the recordings.", &["is yet to share the recordings"]),
            ("The landlord said tenants were \"yet to provide any evidence\".", &["yet to provide any evidence"]),
            ("The insurer did not provide any study to back the figure.", &["did not provide any study"]),
            ("The ministry has not published any survey of the damage it describes.", &["has not published any survey"]),
            ("The start-up has not released the underlying trial data.", &["has not released the underlying trial data"]),
            ("The lab did not share any of the data behind the result.", &["did not share any of the data"]),
            ("The firm declined to release the video it cited.", &["declined to release the video"]),
            ("She said the files exist but refused to share them with journalists.", &["refused to share them with journalists"]),
            ("The council did not respond to a request for the documents.", &["did not respond to a request for the documents"]),
            ("The club accused rival agents of tapping up players, without naming them.", &["without naming them"]),
            ("He said several firms had broken the rules, without listing them.", &["without listing them"]),
            ("The mayor blamed opponents for the leak but did not name the officials.", &["did not name the officials"]),
            ("The club says he was warned, though no record of any such warning exists.", &["no record of any such"]),
            ("The results could not be reproduced by two other laboratories.", &["could not be reproduced"]),
            ("The company did not explain its methodology.", &["did not explain its methodology"]),
            // Not evidence withheld, or no claim resting on it.
            ("The bank said it did not share customer data with advertisers.", &[]),
            ("The company did not respond to a request for comment.", &[]),
            ("Police arrested a man on Sunday but did not name him.", &[]),
            ("The singer has yet to release the album.", &[]),
            ("The minister has not confirmed attending the summit.", &[]),
            ("The stadium has no record of attendance below 10,000.", &[]),
        ],
    );
}

/// French no-evidence: « sans citer de noms », « sans les nommer », « sans
/// publier les données », « sans fournir d'exemple », « ne montre rien »,
/// « on ne nous montre aucun virement », « n'a publié ni … ni … », « n'a
/// pas précisé quelle méthode », « l'absence de toute preuve », résultats
/// « pas pu être reproduits », adverbe entre le verbe et « aucun ». Pas :
/// « ne montre aucun signe de reprise », « sans les remercier », les
/// chiffres publiés.
#[test]
fn no_evidence_withheld_unnamed_unshown_fr() {
    check(
        Lang::Fr,
        Category::NoEvidence,
        &[
            ("Le syndicat dénonce des pressions de la direction, sans citer de noms.", &["sans citer de noms"]),
            ("Il accuse deux adjoints de favoritisme, sans les nommer.", &["sans les nommer"]),
            ("Elle parle de fraudes répétées sans nommer personne.", &["sans nommer personne"]),
            ("Le laboratoire vante un taux de guérison record sans publier les données.", &["sans publier les données"]),
            ("Le club évoque des insultes racistes sans donner d'exemple.", &["sans donner d'exemple"]),
            ("Le fabricant promet une autonomie inédite, mais ne montre rien.", &["ne montre rien"]),
            ("« On nous parle de détournements, mais on ne nous montre aucun document. »", &["ne nous montre aucun document"]),
            ("Le ministère n'a publié ni l'étude ni ses annexes.", &["n'a publié ni"]),
            ("L'entreprise n'a pas précisé quelle méthode elle avait utilisée.", &["pas précisé quelle méthode"]),
            ("La défense plaide l'absence de toute preuve matérielle.", &["absence de toute preuve"]),
            ("Ces résultats n'ont pas pu être reproduits par d'autres équipes.", &["n'ont pas pu être reproduits"]),
            ("Il n'apporte toutefois aucun élément à l'appui de ces accusations.", &["n'apporte toutefois aucun élément"]),
            // Pas d'absence de preuve.
            ("L'économie ne montre aucun signe de reprise.", &[]),
            ("Le maire a salué les bénévoles sans les remercier un par un.", &[]),
            ("L'Insee a publié les données du chômage jeudi.", &[]),
        ],
    );
}

/// « Contester » avec la valeur d'un propos ou « tout » grief sans article
/// pour complément : un démenti. Pas « contester tout le projet ».
#[test]
fn contester_value_and_any_charge_fr() {
    check(
        Lang::Fr,
        Category::ClaimVerb,
        &[
            ("L'avocat conteste la valeur de ces aveux.", &["conteste"]),
            ("La société conteste fermement la véracité des faits.", &["conteste"]),
            ("Le club conteste lui aussi toute irrégularité.", &["conteste"]),
            ("Les riverains contestent tout le projet d'autoroute.", &[]),
        ],
    );
}

/// « L'un d'eux », « l'une d'elles » : une source anonyme prise dans un
/// groupe, sujet d'un verbe de parole ou inversée dans une incise (aussi
/// après « ! » ou « ? » qui ferment la citation) ; « redouter », « crier »
/// et « douter » rapportent comme « craindre ». Pas : l'un d'eux nommé en
/// apposition, complément d'un nom ou d'un verbe sans propos.
#[test]
fn vague_source_one_of_them_and_quote_tags_fr() {
    check(
        Lang::Fr,
        Category::VagueSource,
        &[
            ("Des infirmières dénoncent les cadences. L'une d'elles assure que des postes ont été supprimés.", &["Des infirmières", "L'une d'elles"]),
            ("« On ne tiendra pas l'hiver », redoute l'un d'eux.", &["l'un d'eux"]),
            ("« Rendez-nous l'eau ! » criait l'une d'elles.", &["l'une d'elles"]),
            ("« Où est passé l'argent ? » a répliqué un manifestant.", &["un manifestant"]),
            ("Des chercheurs doutent que le vaccin soit aussi efficace.", &["Des chercheurs"]),
            ("Des voisins redoutent que l'usine ne ferme.", &["Des voisins"]),
            // Pas des sources vagues.
            ("L'un d'eux, Marc Dupuis, affirme avoir été payé.", &[]),
            ("L'avocat de l'une d'elles conteste la procédure.", &[]),
            ("Le juge a longuement interrogé l'un d'eux.", &[]),
        ],
    );
}

/// "Doubt" reports an opinion like "fear"; "one of them" in an inverted
/// quote tag. Not "no doubt".
#[test]
fn vague_source_doubt_and_one_of_them_en() {
    check(
        Lang::En,
        Category::VagueSource,
        &[
            ("Some economists doubt the cut will come this year.", &["Some economists"]),
            ("\"We were never paid!\" said one of them.", &["one of them"]),
            ("There is no doubt that the bridge needs repairs.", &[]),
        ],
    );
}

/// The material itself withheld (English): the recordings, findings or
/// documents not released or produced, data not made public on refusal, a
/// copy refused, a study not published in a journal, a figure of unknown
/// origin. Not: footage "of" an event, a report published.
#[test]
fn no_evidence_material_withheld_en() {
    check(
        Lang::En,
        Category::NoEvidence,
        &[
            ("The club says it has tapes of the call but has not released the recordings.", &["has not released the recordings"]),
            ("The inspectors did not publish their findings.", &["did not publish their findings"]),
            ("He never produced the documents he said he had.", &["never produced the documents"]),
            ("The insurer refused to make the data public.", &["refused to make the data public"]),
            ("The council declined to provide a copy of the contract.", &["declined to provide a copy of"]),
            ("The statement did not include any supporting evidence.", &["did not include any supporting evidence"]),
            ("The results have not been published in a peer-reviewed journal.", &["not been published in a peer-reviewed journal"]),
            ("It is not known where the figures came from.", &["not known where the figures came from"]),
            ("Police did not release the footage of the arrest.", &[]),
            ("The inspectors published their findings on Monday.", &[]),
        ],
    );
}

/// La pièce elle-même non produite (français) : l'étude non publiée, les
/// enregistrements jamais produits, les images non diffusées, aucun document
/// transmis, pas de copie fournie, le refus de publier, « sans les montrer »,
/// une étude non publiée dans une revue, l'origine des chiffres inconnue.
/// Pas : les images « de » l'événement, l'origine d'un incendie.
#[test]
fn no_evidence_material_withheld_fr() {
    check(
        Lang::Fr,
        Category::NoEvidence,
        &[
            ("Le ministère n'a pas publié l'étude sur laquelle il s'appuie.", &["pas publié l'étude"]),
            ("Elle n'a jamais produit les enregistrements qu'elle disait détenir.", &["jamais produit les enregistrements"]),
            ("La mairie n'a pas diffusé les images.", &["pas diffusé les images"]),
            ("Le ministère n'a transmis aucun document.", &["n'a transmis aucun document"]),
            ("La direction n'a pas fourni de copie du contrat.", &["pas fourni de copie"]),
            ("La société refuse de publier les données.", &["refuse de publier les données"]),
            ("Le collectif a refusé de rendre publiques ses données.", &["refusé de rendre publiques ses données"]),
            ("Son entourage assure détenir des preuves, sans les montrer.", &["sans les montrer"]),
            ("Ces résultats n'ont pas été publiés dans une revue scientifique.", &["pas été publiés dans une revue"]),
            ("L'origine de ces chiffres reste inconnue.", &["origine de ces chiffres reste inconnue"]),
            ("La police n'a pas diffusé les images de l'interpellation.", &[]),
            ("L'origine de l'incendie reste inconnue.", &[]),
        ],
    );
}

/// « Soupçonné de / d' » : un soupçon, pas un fait (comme "suspected of").
/// Pas le verbe actif sans complément « de ».
#[test]
fn hedge_suspected_of_fr() {
    check(
        Lang::Fr,
        Category::Hedge,
        &[
            ("Un gardien soupçonné d'avoir volé des tableaux a été interpellé.", &["soupçonné d'"]),
            ("Elles sont soupçonnées de fraude fiscale.", &["soupçonnées de"]),
            ("Les enquêteurs l'ont soupçonné dès le début.", &[]),
        ],
    );
}

/// The personal passive of belief is a vague source, as "it is believed"
/// is: "he is believed to", "the firm is understood to", "is learnt to"
/// (Indian English). "is reported to" stays a hedge, like "reportedly".
#[test]
fn vague_source_believed_to_en() {
    check(
        Lang::En,
        Category::VagueSource,
        &[
            ("The minister is believed to have resigned on Friday.", &["is believed to"]),
            ("The firm is understood to have paid the contractors a bonus.", &["is understood to"]),
            ("The agency is learnt to have sought the records.", &["is learnt to"]),
            ("He is thought to be in hiding.", &["is thought to"]),
            ("The cell is widely believed to have disbanded.", &["is widely believed to"]),
            ("The singer is reported to have split from her band.", &[]),
        ],
    );
    check(Lang::En, Category::Hedge, &[("The minister is believed to have resigned.", &[]), ("The singer is reported to have split.", &["is reported to"])]);
}

/// A quantity of unnamed people ("Dozens of parents", « des milliers de
/// manifestants »), « D'autres », a stance with « se montrer », an adverb
/// before « que » (« craignent surtout que »); not measures (« vue trois
/// millions de fois prétend ») nor tests (« des tests montrent que »).
#[test]
fn vague_source_quantities_and_stances() {
    check(
        Lang::En,
        Category::VagueSource,
        &[
            ("Dozens of parents say the school ignored their complaints.", &["Dozens of parents"]),
            ("A handful of nurses said the ward was understaffed.", &["A handful of nurses"]),
            ("Dozens of trucks were parked outside the depot.", &[]),
            ("Thousands of people were evacuated.", &[]),
            ("Tests show that the water is safe.", &[]),
        ],
    );
    check(
        Lang::Fr,
        Category::VagueSource,
        &[
            ("D'autres rappellent que la fromagerie avait décroché un prix.", &["D'autres"]),
            ("Des milliers de manifestants affirment que la réforme est injuste.", &["Des milliers de manifestants"]),
            ("Des juristes se montrent sceptiques.", &["Des juristes"]),
            ("Des élus de l'opposition se montrent prudents face au projet.", &["Des élus de l'opposition"]),
            ("Certains riverains craignent surtout que le chantier dure.", &["Certains riverains"]),
            ("Des spécialistes du climat craignent que la saison soit sèche.", &["Des spécialistes du climat"]),
            ("« On ne lâchera rien », résume un commerçant.", &["un commerçant"]),
            ("Il résume la situation en deux mots.", &[]),
            ("Les résultats se montrent décevants.", &[]),
            ("Des tests montrent que l'eau est polluée.", &[]),
            ("Une vidéo partagée plus de trois millions de fois prétend que le vaccin est dangereux.", &[]),
        ],
    );
}

/// The material withheld, more shapes (own sentences): the document itself
/// (« n'a pas montré le contrat », "did not produce the contract"), written
/// proof, photos "yet to" be shared, data not attached, someone unnamed.
#[test]
fn no_evidence_withheld_documents_and_names() {
    check(
        Lang::En,
        Category::NoEvidence,
        &[
            ("The mayor did not name the official who approved the deal.", &["did not name the official"]),
            ("The mayor did not name the victim.", &[]),
            ("She criticised the council for years without naming any councillor.", &["without naming any"]),
            ("He has yet to share those photos with reporters.", &["has yet to share those photos"]),
            ("The company did not attach the underlying data to the memo.", &["did not attach the underlying data"]),
            ("The firm has declined to share it with independent scientists.", &["declined to share it with independent"]),
            ("The club has not produced any written confirmation from the league.", &["has not produced any written confirmation"]),
            ("The defence has not yet submitted the letter to the court.", &["has not yet submitted the letter"]),
            ("The landlord did not produce the contract he said he had signed.", &["did not produce the contract"]),
            ("The farm did not produce the crop it had hoped for.", &[]),
        ],
    );
    check(
        Lang::Fr,
        Category::NoEvidence,
        &[
            ("Le maire n'a pas montré le contrat sur lequel il fonde ses accusations.", &["pas montré le contrat"]),
            ("Le promoteur n'a cependant pas produit les notes évoquées.", &["pas produit les notes"]),
            ("Les données brutes n'ont pas été rendues publiques.", &["données brutes n'ont pas été rendues publiques"]),
            ("Le cabinet n'a pas rendu publics les documents sur lesquels s'appuie cette conclusion.", &["n'a pas rendu publics les documents"]),
            ("Le préfet n'a pas rendu public le nom de la victime.", &[]),
            ("Le club n'a pas montré le moindre intérêt.", &[]),
        ],
    );
}

/// Where a phrase cannot be the source: after a preposition of place or
/// object, as the content's subject after "said", before an adverb that
/// qualifies a quote. Sources that stay: after "after"/"as", inverted tags.
#[test]
fn vague_source_not_after_prepositions_nor_content_subjects() {
    check(
        Lang::En,
        Category::VagueSource,
        &[
            ("Shares fell after analysts said the results were weak.", &["analysts"]),
            ("\"It is a disgrace,\" said a local trader.", &["a local trader"]),
            ("The coach said a disciplinary panel would meet on Monday.", &[]),
            ("Customs found the ivory hidden in a crate declared as machine parts.", &[]),
            ("The council is \"watching the effect on local traders closely\".", &[]),
            ("An engineer hired by the state government flagged the risk in 2019.", &["An engineer"]),
        ],
    );
    check(
        Lang::Fr,
        Category::VagueSource,
        &[
            ("Les dégâts relevés sur plusieurs véhicules semblent « incompatibles » avec la version du conducteur.", &[]),
            ("Selon le fonds, plusieurs contrats prétendument « fermes » ne seraient que des options.", &[]),
            ("Des habitants interrogés par le journal se montrent inquiets.", &["Des habitants interrogés"]),
            ("Pour plusieurs analystes, la fusion est risquée.", &["Pour plusieurs analystes"]),
        ],
    );
}

/// A claim verb's content as an infinitive after an adverb, a negation or an
/// object pronoun (« assure toutefois avoir », « soutient au contraire ne
/// l'avoir jamais »); "that claims to" is the verb after a relative "that".
#[test]
fn claim_verbs_with_infinitive_content_and_relative_that() {
    check(
        Lang::Fr,
        Category::ClaimVerb,
        &[
            ("Le maire assure ne pas connaître le dossier.", &["assure"]),
            ("Elle assure toutefois avoir prévenu la mairie.", &["assure"]),
            ("Il soutient au contraire ne l'avoir jamais rencontré.", &["soutient"]),
            ("Il assure la sécurité du site.", &[]),
            ("Elle assure toutefois la présidence.", &[]),
        ],
    );
    check(
        Lang::En,
        Category::ClaimVerb,
        &[("An app that claims to cure baldness is on sale.", &["claims"]), ("That claim was false.", &[])],
    );
}

/// Session 11: more shapes of withheld material, both languages (own
/// sentences): the object with its modifiers or as a pronoun, the passive,
/// a relative, "neither … made public", access refused to the press, a
/// request left unanswered, the source of an assurance left unsaid, the
/// speaker's own « je ne peux pas le prouver ». Not: a recording of a
/// hearing, "did not say who would", « ne présente aucun cas de grippe ».
#[test]
fn no_evidence_withheld_material_more_shapes() {
    check(
        Lang::En,
        Category::NoEvidence,
        &[
            ("The supplier did not provide the import certificates when asked.", &["did not provide the import certificates"]),
            ("The council has not released the original tender documents.", &["has not released the original tender documents"]),
            ("The court did not release the audio recording of the hearing.", &[]),
            ("Asked how many homes were affected, the agency did not provide a figure.", &["did not provide a figure"]),
            ("Copies of the invoices have not been made public.", &["invoices have not been made public"]),
            ("The detailed calculations have never been published.", &["calculations have never been published"]),
            ("He says he kept the emails but has not shared them with reporters.", &["has not shared them with reporters"]),
            ("The senator says he holds the files but declined to show them at the press conference.", &["declined to show them"]),
            ("The union cited its own survey, which it has not published.", &["which it has not published"]),
            ("The agency, which has not released the names of the crew, said little.", &[]),
            ("Neither side has made the settlement terms public.", &["Neither side has made the settlement terms public"]),
            ("As far as we know, nobody outside the lab has verified the results.", &["nobody outside the lab has verified the"]),
            ("The candidate has not allowed journalists to inspect the ballots.", &["has not allowed journalists to inspect"]),
            ("She has not turned the phone over to the police.", &["has not turned the phone over to the police"]),
            ("The firm did not send the safety reports requested by the inspectors.", &["did not send the safety reports requested"]),
            ("The coach did not say who had made the promise.", &["did not say who had made"]),
            ("The coach did not say who would lead the squad.", &[]),
            ("\"I can't prove it, but I know what I saw.\"", &["can't prove it"]),
            ("No proof was given at the hearing.", &["No proof was given"]),
        ],
    );
    check(
        Lang::Fr,
        Category::NoEvidence,
        &[
            ("Le gérant dit avoir signé un accord, sans être en mesure de montrer le document.", &["sans être en mesure de montrer"]),
            ("Elle évoque des pressions, sans pouvoir produire les messages.", &["sans pouvoir produire les"]),
            ("Les plaignants n'ont cité aucun nom.", &["n'ont cité aucun nom"]),
            ("Le député ne donne cependant aucun exemple.", &["ne donne cependant aucun exemple"]),
            ("L'hôpital ne présente aucun cas de grippe.", &[]),
            ("Le tract ne nomme ni les élus ni la société visée.", &["ne nomme ni"]),
            ("Il n'a pas voulu dire quel fonctionnaire était en cause.", &["n'a pas voulu dire quel"]),
            ("« Je ne peux pas le démontrer, mais j'en suis sûr. »", &["ne peux pas le démontrer"]),
            ("Le journal admet ne pas avoir pu consulter les factures.", &["pas avoir pu consulter les factures"]),
            ("La mairie n'a toujours pas transmis le rapport réclamé par l'opposition.", &["toujours pas transmis le rapport réclamé"]),
            ("Il cite une étude interne qu'il n'a pas publiée.", &["qu'il n'a pas publiée"]),
            ("Il dit que la mairie n'a pas publié la liste des lauréats.", &[]),
            ("Le club affirme avoir payé, sans toutefois fournir de facture.", &["sans toutefois fournir de facture"]),
        ],
    );
}

/// Session 11 claim verbs: « dénoncer », « revendiquer » (blind9/blind10's
/// convention), « contester » + any object that states something (not an
/// act under appeal, not the passive), and no denial after « ni » / "nor".
#[test]
fn claim_verbs_denounce_contest_and_neither_nor() {
    check(
        Lang::Fr,
        Category::ClaimVerb,
        &[
            ("Le syndicat dénonce une « mascarade » et réclame un audit.", &["dénonce"]),
            ("Un groupe armé a revendiqué l'attentat dans un communiqué.", &["revendiqué"]),
            ("L'entreprise conteste l'ampleur des dégâts.", &["conteste"]),
            ("La commune conteste fermement le calendrier avancé par l'État.", &["conteste"]),
            ("L'association conteste la décision devant le tribunal.", &[]),
            ("Le permis n'a jamais été contesté par la préfecture.", &[]),
            ("Le ministère n'a ni confirmé ni démenti.", &[]),
        ],
    );
    check(Lang::En, Category::ClaimVerb, &[("The firm neither confirmed nor denied the report.", &[])]);
}

/// Session 11 vague sources: « de bonne source », "It was gathered that", an
/// object relative after a claim noun ("a charge officials flatly deny");
/// not a charge a named body denies.
#[test]
fn vague_source_good_authority_representatives_and_charge_relatives() {
    check(
        Lang::Fr,
        Category::VagueSource,
        &[
            ("Le chiffre, qu'il assure tenir de bonne source, circule depuis lundi.", &["de bonne source"]),
        ],
    );
    check(
        Lang::En,
        Category::VagueSource,
        &[
            ("It was gathered that the pilot had raised concerns.", &["It was gathered that"]),
            ("The firm sold expired stock, a charge officials flatly deny.", &["officials"]),
            ("The league fixed the draw, an allegation residents strongly dispute.", &["residents"]),
            ("She stole the files, a charge the company denies.", &[]),
        ],
    );
}

/// Session 12, families seen across blind8-11 in both languages: material
/// withheld in more shapes (records of a kind, the full analysis, "offered
/// none", nobody independent has reproduced it, « ce manifeste », « aucun
/// relevé », « quelle pièce manquerait », « aucun recensement n'ayant été
/// réalisé »). Not: the same words with the material shown or unrelated.
#[test]
fn no_evidence_withheld_session12() {
    check(
        Lang::En,
        Category::NoEvidence,
        &[
            ("The landlord provided no maintenance records when asked.", &["provided no maintenance records"]),
            ("The lab has not released its full dataset.", &["has not released its full"]),
            ("The insurer declined to share the complete claims file.", &["declined to share the complete"]),
            ("The charity said its accounts were sound, without publishing its own audit results.", &["without publishing its own audit results"]),
            ("Asked for receipts, the contractor offered none.", &["offered none"]),
            ("No outside laboratory has replicated the result.", &["No outside laboratory has replicated"]),
            ("The timing alone does not by itself prove a link.", &["does not by itself prove"]),
            ("Neither side has published its raw data.", &["Neither side has published its raw data"]),
            ("The broker did not produce the loan agreement he cited.", &["did not produce the loan agreement"]),
            // Shown, or nothing a claim rests on.
            ("The landlord provided maintenance records when asked.", &[]),
            ("The council has not released the full list of candidates.", &[]),
            ("The hotel offered none of the usual services.", &[]),
            ("Another laboratory has replicated the result.", &[]),
        ],
    );
    check(
        Lang::Fr,
        Category::NoEvidence,
        &[
            ("Le transporteur n'a toutefois pas montré ce registre aux enquêteurs.", &["pas montré ce registre"]),
            ("L'entreprise n'a présenté aucun relevé à l'appui.", &["n'a présenté aucun"]),
            ("La mairie n'a cependant pas rendu publics ces relevés.", &["n'a cependant pas rendu publics ces relevés"]),
            ("L'administration n'a jamais précisé quel document manquait.", &["jamais précisé quel document"]),
            ("Le chiffre circule, aucun comptage officiel n'ayant été effectué.", &["aucun comptage officiel n'ayant été effectué"]),
            ("Ces rumeurs ont couru, sans jamais être vérifiées.", &["sans jamais être vérifiées"]),
            ("Il dénonce des complicités, sans nommer qui que ce soit.", &["sans nommer qui que ce soit"]),
            ("Un effet que nous n'avons pas pu quantifier.", &["n'avons pas pu quantifier"]),
            // Montré, ou sans rapport.
            ("Le transporteur a montré ce registre aux enquêteurs.", &[]),
            ("L'administration a précisé quel document manquait.", &[]),
            ("Un comptage officiel a été effectué.", &[]),
        ],
    );
}

/// Claim verbs: "blame" lays fault on someone,
/// "dispute" denies with or without a clause; "argue" contends. Not: the
/// noun ("the blame", "a dispute"), "to blame." closing a clause, a quarrel
/// over land, disputed territory.
#[test]
fn claim_verb_blame_dispute_argue() {
    check(
        Lang::En,
        Category::ClaimVerb,
        &[
            ("Residents blame the quarry for the cracks.", &["blame"]),
            ("The mayor blamed a software fault.", &["blamed"]),
            ("Airline Blames Strike for Cancellations", &["Blames"]),
            ("The union disputed the figure of 200.", &["disputed"]),
            ("Those totals are disputed by the opposition.", &["disputed"]),
            ("The regulator disputes job loss estimates.", &["disputes"]),
            ("Economists argue that the rate is too high.", &["argue"]),
            ("Nobody wanted to carry the blame.", &[]),
            ("The referee was to blame.", &[]),
            ("The dispute dragged on for years.", &[]),
            ("Boundary disputes over grazing land are common.", &[]),
            ("The ship sailed into disputed waters.", &[]),
        ],
    );
}

/// Session 14: the material withheld in more shapes ("has still not
/// published the safety report", "did not provide invoices", "no audit has
/// been made public", « sans pour autant les publier », « sans publier de
/// relevés »); posts online are what is checked, not sources; "on" links a
/// source to where it speaks ("Fans on the forum claim"), not after "told".
#[test]
fn withheld_reports_posts_and_sources_on_en_fr() {
    check(
        Lang::En,
        Category::NoEvidence,
        &[
            ("The operator has still not published the safety report it ordered.", &["has still not published the safety report"]),
            ("The ministry did not release the internal review.", &["did not release the internal review"]),
            ("The contractor did not provide invoices when asked.", &["did not provide invoices"]),
            ("No audit has yet been made public.", &["No audit has yet been made public"]),
            ("No independent study has been published.", &["No independent study has been published"]),
            // Released, or not what a claim rests on.
            ("The ministry released the internal review on Monday.", &[]),
            ("The council did not release the report of the inquiry until May.", &[]),
            ("No date has been made public.", &[]),
        ],
    );
    check(
        Lang::Fr,
        Category::NoEvidence,
        &[
            ("Il cite deux expertises, sans pour autant les publier.", &["sans pour autant les publier"]),
            ("La société assure que l'eau est propre, sans publier de relevés indépendants.", &["sans publier de relevés"]),
            ("La société a publié ses relevés.", &[]),
        ],
    );
    check(
        Lang::En,
        Category::VagueSource,
        &[
            ("Fans on the club's forum claim the coach was sacked.", &["Fans on the club's forum"]),
            ("Sources on the committee say the vote will be delayed.", &["Sources on the committee"]),
            ("A TikTok post viewed a million times claims the bridge is closing.", &[]),
            ("The chief executive told analysts on a call that sales would recover.", &[]),
        ],
    );
}

/// Session 14: a source and its verb set apart by an apposition or a
/// participle between commas ("Residents of Hill Top, one of the worst-hit
/// suburbs, claim", "Others, speaking privately, said").
#[test]
fn vague_source_appositions_and_pronoun_incises_en() {
    check(
        Lang::En,
        Category::VagueSource,
        &[
            ("Residents of Millbrook, one of the villages on the route, claim the survey was rushed.", &["Residents of Millbrook"]),
            ("Farmers in Kettle Creek, which floods every spring, say the levee was never finished.", &["Farmers in Kettle Creek"]),
            ("Others, speaking privately, said the deal was already signed.", &["Others"]),
            ("Some, speaking at the rally, claimed the count was rigged.", &["Some"]),
            // No verb of saying.
            ("Others, speaking privately, left early.", &[]),
        ],
    );
}
