"""Blind set #2 articles with inline markup: [[tag|text]].

All events, people, companies, agencies and small towns are invented.
Tags: ne vs h c cv (claim markers); p o s pl (actors). See build.py.
"""

SRC = "written for ClaimLens blind evaluation set 2 (invented events and people); style: "

ARTICLES = [
# ---------------------------------------------------------------- FR 1: local court case
{"id": "b2-fr-court", "lang": "fr", "source": SRC + "French regional daily, court report",
 "typographic": True,
 "marked": """
[[pl|Landivisiau]] : le notaire [[h|soupçonné]] de détournements [[cv|nie]] tout en bloc

Le procès de [[p|Yann Le Bihan]], notaire installé à [[pl|Landivisiau]] depuis vingt ans, s'est ouvert mardi devant le [[o|tribunal correctionnel de Brest]]. Le [[o|parquet de Brest]] [[cv|accuse]] cet homme de 58 ans d'avoir détourné près de 900 000 euros confiés par une trentaine de clients entre 2019 et 2023.

À la barre, M. [[p|Le Bihan]] a [[cv|nié]] « toute intention frauduleuse ». Son avocate, Me [[p|Sophie Garnier]], [[cv|soutient]] que les sommes manquantes proviennent d'« erreurs comptables » commises par un ancien collaborateur, parti depuis en [[s|Belgique]]. Cette explication [[ne|n'a pas pu être vérifiée]] par les enquêteurs.

[[vs|Selon une source proche du dossier]], une partie de l'argent [[c|aurait]] financé l'achat d'une maison à [[pl|Quiberon]], et plusieurs virements [[c|auraient]] transité par un compte ouvert au [[s|Portugal]]. Le prévenu [[cv|dément]] avoir jamais possédé le moindre compte à l'étranger.

Plusieurs victimes ont témoigné. « Il m'[[cv|assurait]] que mon épargne était placée en sécurité », a raconté [[p|Monique Kerhervé]], 81 ans, venue de [[pl|Morlaix]]. [[vs|D'autres clients]] [[cv|affirment]] avoir signé des procurations sans en comprendre la portée.

Le procureur [[p|Antoine Ménard]] a dressé le portrait d'un notaire « aux abois », qui [[c|aurait]] multiplié les placements hasardeux pour combler ses pertes. Il a requis quatre ans de prison, dont deux ferme, ainsi que l'interdiction définitive d'exercer. La [[o|Chambre des notaires du Finistère]] avait déjà prononcé en 2023 le retrait provisoire de son office.

L'accusé, qui comparaissait libre, est resté silencieux à l'énoncé des réquisitions. Le jugement [[c|devrait]] être rendu le 14 janvier.
"""},

# ---------------------------------------------------------------- FR 2: corporate merger
{"id": "b2-fr-merger", "lang": "fr", "source": SRC + "French business daily, M&A scoop",
 "marked": """
Agroalimentaire : [[o|Valmont]] [[c|serait]] sur le point de racheter [[o|Laiteries Morvan]] ([[vs|sources]])

Le groupe [[o|Valmont]], numéro deux français des produits laitiers, [[c|serait]] en négociations exclusives pour racheter son concurrent breton [[o|Laiteries Morvan]] pour environ 1,2 milliard d'euros, [[vs|selon plusieurs personnes au fait des discussions]]. L'annonce [[c|pourrait]] intervenir dès la semaine prochaine. Ce montant [[ne|n'a été confirmé par aucune des deux parties]].

Interrogé lundi, [[o|Valmont]] s'est refusé à tout commentaire. La direction de [[o|Laiteries Morvan]], basée à [[pl|Vitré]], [[cv|assure]] de son côté qu'« aucune décision n'a été prise » et que l'entreprise « poursuit sa stratégie indépendante ».

L'attrait de la cible tient à ses marques de beurre et à son usine de [[pl|Saint-Méen-le-Grand]], qui assure à elle seule un tiers de la production. [[vs|Des analystes de la banque [[o|Crédit Armorin]]]] estiment que l'opération [[c|permettrait]] au nouvel ensemble de contrôler près de 18 % du marché hexagonal, ce qui [[c|déclencherait]] [[h|vraisemblablement]] un examen approfondi de l'[[o|Autorité de la concurrence]].

Pour [[p|Hélène Varga-Ruiz]], économiste à l'[[o|université de Rennes]], « les éleveurs ont tout à perdre d'un acteur aussi dominant ». Côté salariés, l'inquiétude monte. « On nous promet que rien ne changera, mais personne ne l'a mis par écrit », [[cv|affirme]] [[p|Gaëlle Jaouen]], déléguée [[o|CFDT]] sur le site.

Le PDG de [[o|Valmont]], [[p|Thierry Castaing]], avait pourtant [[cv|martelé]] en mars que le groupe ne cherchait « aucune acquisition majeure » en [[s|France]]. Il [[cv|prétendait]] alors privilégier l'export vers la [[s|Chine]] et le [[s|Vietnam]].

Le titre [[o|Valmont]] a pris 4,3 % lundi à [[o|Euronext Paris]].
"""},

# ---------------------------------------------------------------- FR 3: public-health scare
{"id": "b2-fr-health", "lang": "fr", "source": SRC + "French national daily / wire, health",
 "marked": """
Compléments alimentaires : l'[[o|ANSM]] enquête sur des intoxications [[h|présumées]]

L'[[o|Agence nationale de sécurité du médicament]] ([[o|ANSM]]) a ouvert une enquête après le signalement de onze cas d'intoxication [[h|présumés]] liés à un complément minceur vendu en ligne, a-t-elle annoncé jeudi.

Le produit, commercialisé sous le nom de « SlimVita Plus » par la société lyonnaise [[o|Nutrigaïa]], [[c|contiendrait]] une substance interdite en [[s|France]] depuis 2010. Plusieurs patients [[c|auraient]] été hospitalisés à [[pl|Lyon]] et à [[pl|Grenoble]] pour des troubles cardiaques.

Le fondateur de [[o|Nutrigaïa]], [[p|Karim Haddad]], [[cv|dément]] catégoriquement. « Nos produits sont analysés par des laboratoires indépendants », [[cv|affirme]]-t-il, [[cv|accusant]] des concurrents de mener « une campagne de dénigrement ». Il [[ne|n'a toutefois fourni aucun rapport d'analyse]].

Sur les réseaux sociaux, [[vs|des internautes]] [[cv|prétendent]] que le complément [[c|aurait]] provoqué au moins un décès, une information qui [[ne|n'a été confirmée ni par les autorités sanitaires ni par l'hôpital]].

Selon le [[o|centre antipoison de Lyon]], les symptômes décrits sont « compatibles » avec une exposition à la sibutramine, un coupe-faim retiré du marché européen. La professeure [[p|Élodie Marchand-Diallo]], toxicologue au [[o|CHU de Grenoble]], appelle à la prudence : « Le lien de causalité n'est pas établi. Il est [[h|probablement]] trop tôt pour parler de scandale sanitaire. »

Le [[o|ministère de la Santé]] a demandé le retrait immédiat du produit des plateformes de vente. Un extrait du rapport préliminaire, consulté par l'[[o|AFP]], [[c|évoquerait]] des concentrations « dix fois supérieures » aux seuils tolérés.

L'[[o|Union européenne]] [[c|pourrait]] étendre l'interdiction à l'ensemble des États membres, [[vs|selon des diplomates à [[pl|Bruxelles]]]].
"""},

# ---------------------------------------------------------------- FR 4: sports doping
{"id": "b2-fr-doping", "lang": "fr", "source": SRC + "French sports daily, cycling",
 "typographic": True,
 "marked": """
Dopage : [[p|Lucas Ferrandi]] [[c|aurait]] été contrôlé positif, son équipe parle d'accusations « [[ne|infondées]] »

Le coureur français [[p|Lucas Ferrandi]], vainqueur en juin du Tour de l'Ardèche, [[c|aurait]] été contrôlé positif à l'EPO lors d'un contrôle inopiné en août, a révélé mercredi le quotidien [[o|Vélo Matin]]. Selon le journal, l'échantillon B [[c|serait]] en cours d'analyse dans un laboratoire près de [[pl|Paris]].

L'[[o|Agence française de lutte contre le dopage]] ([[o|AFLD]]), qui [[c|aurait]] été saisie du dossier, s'est refusée à tout commentaire.

Son équipe, [[o|Armor Cycling]], juge ces accusations « [[ne|infondées]] » et [[cv|affirme]] que le coureur n'a « jamais » reçu de notification officielle. Le directeur sportif, [[p|Marc-Antoine Delacroix]], [[cv|martèle]] que son coureur est victime d'« une fuite orchestrée ». Il [[ne|n'a apporté aucun élément pour étayer cette thèse]].

[[vs|D'après des sources au sein du peloton]], [[p|Ferrandi]] [[c|aurait]] déjà été approché l'an dernier par un préparateur italien suspendu, [[p|Paolo Ghirardelli]]. Ce dernier, joint par téléphone à [[pl|Turin]], [[cv|nie]] l'avoir jamais rencontré. Les deux hommes se [[c|seraient]] pourtant croisés lors d'un stage en [[s|Espagne]], [[vs|selon un ancien coéquipier]].

L'[[o|Union cycliste internationale]] ([[o|UCI]]) [[c|pourrait]] suspendre provisoirement le coureur dès la confirmation du résultat. Une telle sanction le [[c|priverait]] des championnats du monde, prévus fin septembre à [[pl|Zurich]], où il faisait figure d'outsider.

[[p|Ferrandi]], lui, n'a pas souhaité s'exprimer. [[vs|Son entourage]] évoque un « coup dur » mais se dit « serein ». Le coureur a [[h|apparemment]] repris l'entraînement dès jeudi dans le [[pl|Vivarais]].
"""},

# ---------------------------------------------------------------- FR 5: election campaign
{"id": "b2-fr-election", "lang": "fr", "source": SRC + "French political news site, municipal campaign",
 "marked": """
Municipales à [[pl|Saint-Nazaire]] : le candidat [[p|Berthelot]] [[cv|accuse]] la maire de « maquiller » la dette

À trois mois des municipales, la bataille des chiffres fait rage à [[pl|Saint-Nazaire]]. Le candidat de l'opposition, [[p|Guillaume Berthelot]] ([[o|LR]]), [[cv|affirme]] que la dette de la ville [[c|aurait]] « doublé en six ans » et [[cv|accuse]] la maire sortante, [[p|Nadia Belkacem]] ([[o|PS]]), de « maquiller les comptes ».

Il l'a répété dimanche lors d'un meeting sur le port, [[ne|sans citer le moindre document]]. D'après le dernier rapport de la [[o|chambre régionale des comptes des Pays de la Loire]], l'endettement a progressé de 31 % sur la période.

« Grotesque », a réagi Mme [[p|Belkacem]], qui [[cv|soutient]] que la hausse s'explique par la rénovation de l'hôpital et du réseau de tramway. « M. [[p|Berthelot]] [[cv|prétend]] défendre les Nazairiens, mais il invente des chiffres », a-t-elle ajouté.

Dans [[vs|l'entourage du candidat]], on [[cv|assure]] disposer d'une note [[h|prétendument]] confidentielle de la direction des finances, qui [[ne|n'a pas été rendue publique]]. La maire y voit « un écran de fumée ».

[[vs|Certains observateurs]] jugent que ce duel [[c|pourrait]] profiter à la liste écologiste menée par [[p|Léa Van Hecke]], créditée de 17 % dans un sondage [[o|Ifop]]. Le [[o|Rassemblement national]], qui soutient officiellement un candidat dissident, [[p|Franck Olivier]], n'a pas souhaité commenter.

Le préfet de [[pl|Loire-Atlantique]] a rappelé que les comptes de la commune sont publics. À [[pl|Nantes]], [[vs|des élus de la majorité régionale]] estiment qu'une nouvelle hausse des impôts locaux [[c|serait]] « inévitable » quel que soit le vainqueur, la ville ayant [[h|peut-être]] sous-estimé le coût de la rénovation du quartier de la gare.
"""},

# ---------------------------------------------------------------- FR 6: immigration policy
{"id": "b2-fr-immigration", "lang": "fr", "source": SRC + "French national daily, politics / Europe",
 "marked": """
Immigration : [[s|Paris]] et [[s|Rome]] s'opposent sur l'accueil des demandeurs d'asile

Le ton monte entre [[s|Paris]] et [[s|Rome]]. Le ministre de l'Intérieur, [[p|Philippe Da Costa]], a [[cv|accusé]] jeudi l'[[s|Italie]] de laisser « délibérément » passer vers la [[s|France]] des centaines de migrants arrivés à [[pl|Lampedusa]], [[ne|sans fournir de chiffres précis]]. [[s|Rome]] [[cv|dément]] toute « politique de laisser-passer ».

[[vs|Selon des responsables français]] cités par l'agence [[o|Reuters]], près de 2 400 personnes [[c|auraient]] franchi la frontière à [[pl|Vintimille]] depuis début septembre. Ces chiffres [[ne|n'ont pas pu être vérifiés]] de source indépendante.

[[s|Matignon]] a tenté de calmer le jeu. La Première ministre, [[p|Claire Fontanel]], a déclaré que la [[s|France]] « n'entend pas fermer ses frontières » et réclamait « une solidarité européenne effective ».

Le ministre italien de l'Intérieur, [[p|Marco Bellandi]], a qualifié les propos de M. [[p|Da Costa]] de « propagande électorale ». Il [[cv|soutient]] que l'[[s|Italie]] « a enregistré à elle seule 60 % des arrivées en [[pl|Méditerranée]] ».

À [[pl|Bruxelles]], la [[o|Commission européenne]] a rappelé que le pacte sur la migration et l'asile n'entrera pleinement en vigueur qu'en 2026. [[vs|Des diplomates européens]] estiment qu'un sommet extraordinaire [[c|pourrait]] être convoqué avant la fin du mois.

Les associations d'aide aux migrants, dont la [[o|Cimade]], dénoncent une « surenchère » et rappellent que plusieurs mineurs non accompagnés [[c|auraient]] été refoulés illégalement près de [[pl|Menton]], [[vs|selon des témoignages recueillis sur place]]. Le [[o|parquet de Nice]] a ouvert une enquête préliminaire.

Ce différend [[h|semble]] désormais dépasser la seule question migratoire : [[s|Rome]] reproche aussi à [[s|Paris]] son retrait d'un projet commun de gazoduc.
"""},

# ---------------------------------------------------------------- EN 1: tech leak
{"id": "b2-en-techleak", "lang": "en", "source": SRC + "English tech news site, product leak",
 "marked": """
Leaked images [[h|purportedly]] show [[o|Lumora]]'s next flagship phone

Images posted to a Chinese social network on Sunday [[h|purportedly]] show the Nova 9, the next flagship smartphone from [[o|Lumora Technologies]], weeks ahead of its expected September launch. The post, captioned "Coming soon 👀", was quickly deleted.

The photos [[h|appear to]] show a redesigned camera bump and a titanium frame. Their authenticity [[ne|could not be independently verified]], and the account that posted them has since been suspended.

[[vs|According to a person familiar with the company's supply chain]], [[o|Lumora]] has ordered about 40 million units from its assembly partner, [[o|Hexon Precision]], in [[pl|Shenzhen]]. [[vs|The source]] said production had been delayed by problems with a new folding display.

[[o|Lumora]] declined to comment. Its chief executive, [[p|Priya Raman-Holt]], has repeatedly [[cv|insisted]] that the firm "does not discuss unreleased products."

Analyst [[p|Ming-Zhao Lin]] of [[o|Crestview Securities]] [[cv|claimed]] in a note to investors that the phone will cost at least $1,299 in the [[s|United States]], [[ne|without explaining how he reached that figure]]. Rival manufacturers are [[h|reportedly]] preparing price cuts for the autumn.

[[vs|Some industry watchers]] say the leak may have been deliberate, a marketing tactic [[o|Lumora]] has [[h|supposedly]] used before. The company's claims about battery life have drawn scrutiny in the past: in 2023 the [[o|Federal Trade Commission]] ([[o|FTC]]) reviewed its advertising after complaints from consumer groups in [[pl|California]].

The leak comes as [[s|Washington]] weighs new export restrictions on chips destined for [[s|China]], which could hit [[o|Lumora]]'s suppliers. [[s|Beijing]] has warned it would retaliate against any such measures by the [[s|West]].
"""},

# ---------------------------------------------------------------- EN 2: environmental accident
{"id": "b2-en-river", "lang": "en", "source": SRC + "English regional newspaper (UK), environment",
 "marked": """
Fish deaths on the [[pl|River Tamsen]]: chemical firm [[cv|denies]] responsibility

Thousands of dead fish have been found along a six-mile stretch of the [[pl|River Tamsen]] near [[pl|Oakhurst]], and [[vs|residents]] blame a chemical plant upstream operated by [[o|Brantwell Chemicals]].

The [[o|Environment Agency]] said on Thursday it was investigating "a pollution incident" and had taken water samples near the village of [[pl|Little Hadley]]. It has not identified a cause.

[[vs|Local campaigners]] [[cv|claim]] the plant discharged untreated wastewater after heavy rain on Monday night. Their group, [[o|Save Our Tamsen]], has shared photos of foam on the river online, but has [[ne|offered no proof]] linking the foam to the factory.

[[o|Brantwell]] [[cv|denied]] any leak. "Our monitoring systems recorded nothing abnormal," said site manager [[p|Graham O'Donnell]]. He [[cv|contends]] the fish were [[h|probably]] killed by low oxygen levels caused by the summer heat.

[[vs|Scientists at the [[o|University of Exmoor]]]], who have studied the river since 2015, said oxygen levels alone were [[h|unlikely]] to explain a kill of this size. [[vs|It is believed]] that a similar incident in 2019 was never fully investigated.

Councillor [[p|Ruth Abernathy]], who chairs the environment committee of [[o|Oakhurst District Council]], called the response "painfully slow" and [[cv|accused]] the agency of "sitting on its hands".

The plant was fined £80,000 in 2021 for an [[h|alleged]] breach of its permit, according to records from [[o|Exeter Crown Court]]. The company later said the breach had been caused by a contractor.

[[vs|Anglers]] say it is [[h|possibly]] the worst fish kill in [[s|England]] this year. Residents of [[pl|Oakhurst]] have been advised to keep children and dogs out of the water until test results are published, which the agency expects next week.
"""},

# ---------------------------------------------------------------- EN 3: celebrity lawsuit
{"id": "b2-en-lawsuit", "lang": "en", "source": SRC + "English entertainment wire (US), lawsuit",
 "marked": """
Pop star [[p|Kaya Monroe]] sued by former manager over unpaid royalties

[[pl|LOS ANGELES]] — Singer [[p|Kaya Monroe]] is being sued by her former manager, who [[cv|alleges]] that she withheld more than $3 million in royalties owed under a 2018 contract, according to a complaint filed Tuesday in [[o|Los Angeles County Superior Court]].

[[p|Derek Vasquez]], who managed [[p|Monroe]] from 2016 to 2021, [[cv|claims]] he was pushed out of her career "the moment she became famous." The suit also names her label, [[o|Halcyon Records]], [[cv|accusing]] it of falsifying sales figures.

[[vs|A representative for [[p|Monroe]]]] called the lawsuit "[[ne|baseless]]" and said the singer "will fight it vigorously."

[[o|Halcyon]] [[cv|denied]] the allegations in a statement, saying its accounting had been audited by [[o|Marsh & Pell]]. The label said it had "paid every cent owed."

[[p|Vasquez]]'s lawyer, [[p|Rebecca Stein-Oyelaran]], told reporters that her client had "emails proving every dollar," although [[ne|none were attached to the filing]].

[[vs|People close to the singer]] say the dispute began after [[p|Monroe]] [[h|reportedly]] refused to renew [[p|Vasquez]]'s contract in 2021. According to entertainment site [[o|StarWire]], the two had not spoken in years.

[[p|Monroe]], who was born in [[pl|Toronto]] and moved to [[pl|Nashville]] at 17, is on a world tour that stops in [[pl|London]] and [[pl|Paris]] next month. Her latest album, Glass Hearts, topped the charts in [[s|Canada]] and [[s|Australia]].

[[vs|Industry observers]] believe the case could be settled before trial. The suit seeks unspecified damages, and a hearing has been set for March. [[p|Monroe]] herself has [[h|seemingly]] addressed the dispute only once, in a cryptic post about "loyalty."
"""},

# ---------------------------------------------------------------- EN 4: city council budget
{"id": "b2-en-budget", "lang": "en", "source": SRC + "English local newspaper (US), city hall",
 "marked": """
[[o|Millbrook City Council]] passes budget amid claims of hidden deficit

The [[o|Millbrook City Council]] approved a $214 million budget on Monday night after a heated four-hour meeting in which Councilmembers [[p|Raymond Oduya]] and [[p|Grace Pham]] [[cv|accused]] Mayor [[p|Dana Whitfield]] of concealing a multimillion-dollar shortfall.

[[p|Oduya]] [[cv|asserted]] that the city's pension fund was underfunded by "at least $30 million" and that the administration had "buried the numbers." He [[ne|did not say where the figure came from]].

[[p|Whitfield]] called the accusation "political theater." "Every number in this budget has been reviewed by independent auditors," she said. Her chief of staff, [[p|Tom Brennan]], [[cv|maintained]] that the pension fund was "on track."

According to documents obtained by the [[o|Millbrook Ledger]], the city's finance office warned in March that pension costs would rise sharply. The warning [[h|apparently]] never reached the full council.

The budget includes a 4% property tax increase and cuts to the Eastside branch library. [[vs|Several residents]] who spoke during public comment said the library cuts would hit poorer neighborhoods hardest. Council President [[p|Linda Carvajal]] said she had "heard those concerns" and would seek state grants from [[pl|Ohio]] to keep the branch open.

[[vs|Critics]] say the mayor, who is seeking re-election in November, wanted the budget passed before the campaign. Rating agency [[o|Kessler Ratings]], which downgraded the city's bonds in 2022, is [[h|reportedly]] reviewing its outlook.

[[p|Oduya]] said he would ask the [[o|Ohio Auditor of State]] to examine the pension accounts. [[p|Whitfield]] [[h|seems to]] welcome the idea: "Let them look," she told the [[o|Ledger]] after the vote.
"""},

# ---------------------------------------------------------------- EN 5: science hype
{"id": "b2-en-science", "lang": "en", "source": SRC + "English science desk (UK), study debunk",
 "marked": """
No, a glass of red wine a day won't make you live longer, [[vs|scientists]] say

A study that went viral this week, which [[h|supposedly]] showed that drinking red wine daily adds "up to seven years" to life expectancy, says nothing of the sort, [[vs|according to researchers who reviewed it]].

The paper, published in the little-known [[o|Journal of Integrative Longevity]], followed 312 residents of the Italian village of [[pl|Castelvero]] for five years. Its lead author, Dr [[p|Franco Melis]], [[cv|claimed]] in a press release that wine drinkers had "dramatically lower" rates of heart disease.

The release, which was picked up by dozens of websites, was funded by a wine producers' association, the [[o|Consorzio Vini del Sud]]. The study itself [[ne|presented no data on life expectancy]].

"It's a tiny observational study, and the headline claim is simply [[ne|unsupported]] by it," said Professor [[p|Helen Achterberg]], an epidemiologist at the [[o|University of Leeds]]. Wine drinkers in the sample were [[h|probably]] wealthier and more active than non-drinkers, she said, which could explain the difference.

The [[s|UK]]'s [[o|National Health Service]] ([[o|NHS]]) advises adults not to drink more than 14 units a week.

[[p|Melis]] [[cv|insisted]] on Thursday that his findings had been "deliberately misread" by critics. The journal's editor, [[p|Sandra Kowalczyk]], said the paper had passed peer review, but acknowledged it was "a pilot study."

Health authorities in [[s|Italy]] have not commented. [[vs|According to some nutritionists]], the episode shows how easily preliminary results can be distorted online. One website had [[h|allegedly]] added the "seven years" figure itself before the claim spread to [[s|Brazil]] and [[s|India]], where it was shared millions of times.
"""},

# ---------------------------------------------------------------- EN 6: crime investigation
{"id": "b2-en-heist", "lang": "en", "source": SRC + "English news wire, crime (Netherlands)",
 "marked": """
Dutch police arrest two over [[pl|Utrecht]] jewellery heist; third suspect at large

[[pl|AMSTERDAM]] — Dutch police on Saturday arrested two men [[h|suspected]] of taking part in a €2 million robbery at a jewellery store in [[pl|Utrecht]], the [[o|Public Prosecution Service]] ([[o|OM]]) said.

The men, aged 24 and 31, were detained in a raid in [[pl|Rotterdam]]. A third man, who [[h|allegedly]] drove the getaway car, is still being sought. [[vs|Investigators]] believe he may have fled to [[s|Belgium]].

The store's owner, [[p|Pieter van der Berg]], said the robbers smashed display cases with hammers in under two minutes. [[p|Van der Berg]] was treated for minor injuries.

The daily [[o|Dagblad Noord]] reported that the gang was linked to a string of similar robberies in [[pl|Antwerp]] and [[pl|Düsseldorf]], citing [[vs|sources within the police]]. The report [[ne|could not be confirmed]].

[[p|Mehmet Yıldız]], a lawyer for the younger man, [[cv|denied]] that his client had been in [[pl|Utrecht]] that day and said he had an alibi. The younger man was nevertheless denied bail on Monday.

[[o|Europol]], the [[o|European Union]]'s law enforcement agency, said it was assisting the investigation. The [[h|suspected]] ringleader is hiding in [[s|Spain]], [[vs|a senior Dutch official]] told reporters, [[ne|without providing evidence]]. [[s|Madrid]] has not commented on a possible extradition request.

A spokeswoman for the prosecution, [[p|Anouk de Graaf]], said the stolen watches and rings were [[h|probably]] already outside the [[s|Netherlands]]. She urged jewellers in [[pl|Limburg]] and [[pl|North Brabant]] to report any suspicious offers.
"""},
]
