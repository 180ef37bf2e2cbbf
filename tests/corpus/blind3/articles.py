"""Blind set #3 articles with inline markup: [[tag|text]].

All events, people, companies, clubs, associations and small towns are invented
(real countries, capitals, large cities and a few real public bodies appear).
Tags: ne vs h c cv (claim markers); p o s pl (actors). See build.py.
"""

SRC = "written for ClaimLens blind evaluation set 3 (invented events and people); style: "

ARTICLES = [
# ---------------------------------------------------------------- FR 1: faits divers, regional daily
{"id": "b3-fr-incendie", "lang": "fr", "source": SRC + "French regional daily, faits divers",
 "typographic": True,
 "marked": """
[[pl|Montrevel-la-Forge]] : un ancien salarié [[h|soupçonné]] d'avoir incendié la scierie

Un homme de 43 ans a été placé en garde à vue jeudi matin, au lendemain de l'incendie qui a ravagé la scierie [[o|Vuillemin Frères]] à [[pl|Montrevel-la-Forge]], dans le [[pl|Haut-Doubs]]. Le [[o|parquet de Besançon]] a ouvert une enquête pour « destruction volontaire par incendie ».

[[vs|D'après une source proche de l'enquête]], le suspect, licencié au printemps, [[c|aurait]] été aperçu près du dépôt de bois peu avant minuit. Il [[c|aurait]] également menacé la direction lors d'une altercation en septembre. Ces éléments [[ne|n'ont pas été confirmés]] par le parquet. Son avocat, Me [[p|Laurent Bichet]], [[cv|dément]] toute implication de son client et [[cv|assure]] que celui-ci « dormait chez sa sœur, à [[pl|Pontarlier]], cette nuit-là ».

Un extrait des images de vidéosurveillance d'une station-service voisine circule depuis mercredi sur les réseaux sociaux. Il [[c|montrerait]] une silhouette portant un jerrican, mais son authenticité [[ne|n'a pas pu être établie]].

Le feu a mobilisé près de soixante-dix sapeurs-pompiers. Selon le commandant [[p|Marc Oudot]], du [[o|SDIS du Doubs]], le sinistre a [[h|apparemment]] pris naissance à deux endroits distincts du hangar, ce qui rend la piste accidentelle « très fragile ». Aucun blessé n'est à déplorer.

Le gérant, [[p|Thierry Vuillemin]], estime le préjudice à plus de deux millions d'euros. « On a perdu trente ans de travail en une nuit », a-t-il confié, la voix nouée. Les vingt-deux salariés [[c|pourraient]] être placés au chômage partiel dès lundi, le temps de louer un entrepôt à [[pl|Morteau]].

Dans le village, l'émotion est vive. [[vs|Plusieurs voisins]] [[cv|affirment]] avoir entendu « une forte détonation » vers minuit et demi. Le maire, [[p|Annick Faivre-Rochat]], a salué le courage des pompiers et dressé le portrait d'une entreprise « au cœur de la vie locale ». Elle a annoncé l'ouverture d'une cagnotte en ligne et réclamé le retrait des images « qui alimentent les rumeurs ».

Le suspect, qui [[c|serait]] déjà connu de la justice pour des faits de violence, [[c|devrait]] être présenté à un juge d'instruction samedi. Il encourt dix ans d'emprisonnement.
"""},

# ---------------------------------------------------------------- FR 2: municipal politics
{"id": "b3-fr-piscine", "lang": "fr", "source": SRC + "French regional daily, municipal politics",
 "marked": """
[[pl|Montbazac]] : l'opposition [[cv|accuse]] le maire de favoritisme dans le dossier de la piscine

La séance du [[o|conseil municipal de Montbazac]] a viré à l'affrontement, lundi soir. Le chef de file de l'opposition, [[p|Rémi Castagnet]], [[cv|accuse]] le maire, [[p|Jean-Paul Delmas-Ferrier]], d'avoir favorisé l'entreprise [[o|BTP Garrigues]] dans l'attribution du marché de rénovation de la piscine municipale, un chantier de 4,7 millions d'euros.

Selon M. [[p|Castagnet]], le gérant de la société [[c|serait]] un ami d'enfance du maire et [[c|aurait]] eu connaissance des offres concurrentes avant la date limite. L'élu, qui [[ne|n'a présenté aucun document]] à l'appui de ses accusations, [[cv|affirme]] avoir saisi le [[o|parquet national financier]].

« Ces accusations sont grotesques », a répondu M. [[p|Delmas-Ferrier]], qui [[cv|nie]] tout lien personnel avec l'entrepreneur. Le maire [[cv|soutient]] que la commission d'appel d'offres a retenu « l'offre la moins chère et la mieux notée » et rappelle que deux élus d'opposition y siégeaient. Il a annoncé son intention de porter plainte pour diffamation.

Dans les couloirs de la mairie, le malaise est pourtant palpable. [[vs|Des élus de la majorité]], qui ont requis l'anonymat, reconnaissent que le calendrier de la consultation « a pu poser question ». [[vs|Un cadre des services techniques]] [[cv|assure]] pour sa part que le cahier des charges « a été modifié à deux reprises, sans explication ». Ces propos [[ne|n'ont pas pu être vérifiés]] de manière indépendante.

La [[o|Chambre régionale des comptes d'Occitanie]], qui avait déjà épinglé en 2022 la gestion des marchés publics de la commune, [[c|pourrait]] se saisir du dossier. Son président, [[p|Olivier Sabatier]], a toutefois indiqué qu'« aucune procédure n'est ouverte à ce stade ».

La séance, retransmise en direct sur le site de la commune, a attiré un public record, et un extrait de l'échange houleux a été vu plus de 20 000 fois. Le budget a finalement été adopté par 21 voix contre 8. Le groupe d'opposition, qui soutient depuis des mois un projet de piscine intercommunale, a voté contre.

Fermé depuis dix-huit mois, l'équipement devait rouvrir en juin. Les travaux, qui ont [[h|apparemment]] pris du retard en raison d'une fuite dans les bassins, [[c|devraient]] désormais s'achever à l'automne. D'ici là, les familles doivent se rendre au centre aquatique de [[pl|Puylaroque-Vieille]], à quarante minutes de route. « On nous avait promis que ça ne [[c|durerait]] pas », soupire [[p|Nadia Ferrand]], mère de trois enfants.
"""},

# ---------------------------------------------------------------- FR 3: rugby transfer rumour
{"id": "b3-fr-rugby", "lang": "fr", "source": SRC + "French sports daily, rugby transfer rumour",
 "marked": """
Rugby : [[p|Mathis Larrieu]] [[c|serait]] tout proche de rejoindre l'[[o|Aviron Cévenol]]

C'est le feuilleton de l'intersaison. L'ouvreur du [[o|Racing Club Vendéen]], [[p|Mathis Larrieu]], 26 ans, [[c|aurait]] trouvé un accord de principe avec l'[[o|Aviron Cévenol]] pour les trois prochaines saisons, [[vs|selon plusieurs sources concordantes]]. Le contrat lui [[c|rapporterait]] près de 45 000 euros brut par mois, soit le double de son salaire actuel.

Le club gardois [[c|aurait]] même accepté de verser une indemnité de transfert, une pratique encore rare dans le rugby français. Interrogé par le quotidien [[o|Midi Ovalie]], le président vendéen, [[p|Gérard Boisseau]], [[cv|dément]] catégoriquement : « [[p|Mathis]] est sous contrat jusqu'en 2027 et personne ne nous a contactés. »

Du côté de l'[[o|Aviron Cévenol]], on se refuse à tout commentaire. L'agent du joueur, [[p|Bruno Etcheverry]], [[cv|assure]] qu'« aucune signature n'est intervenue », sans toutefois fermer la porte à un départ.

Dans [[vs|l'entourage du joueur]], on [[cv|affirme]] que le demi d'ouverture, frustré par son temps de jeu depuis l'arrivée d'un international néo-zélandais, « veut un projet ambitieux ». [[p|Larrieu]] [[c|aurait]] d'ailleurs visité les installations du club à [[pl|Alès]] la semaine dernière, une information que [[ne|rien n'est venu étayer]]. Le joueur, qui avait annoncé l'an dernier son retrait de la sélection nationale à sept, n'a pas répondu à nos sollicitations.

Le dossier [[c|pourrait]] toutefois se compliquer. Promu cette saison, l'[[o|Aviron Cévenol]] reste sous la surveillance de la [[o|Direction nationale d'aide et de contrôle de gestion]] ([[o|DNACG]]). [[vs|Des observateurs]] estiment que le club [[c|aurait]] du mal à assumer une telle masse salariale sans nouvel investisseur. Le nom de [[p|Karim Benhassine]], patron du groupe de logistique [[o|Transalpa]], circule avec insistance : l'homme d'affaires [[c|serait]] [[h|peut-être]] prêt à injecter cinq millions d'euros.

À [[pl|Luçon-les-Marais]], où s'entraîne le club vendéen, les supporters oscillent entre colère et résignation. « S'il part, il faudra qu'il l'assume devant nous », lance [[p|Fabrice Guérineau]], président du groupe de supporters.

Le [[o|Racing Club Vendéen]], qui [[cv|affirme]] ne pas vouloir vendre son joueur, [[c|pourrait]] en réalité se laisser convaincre par une offre supérieure à 800 000 euros, [[vs|selon un dirigeant du club]] qui a requis l'anonymat. Une telle somme [[c|constituerait]] un record pour un ouvreur français. Les deux présidents [[c|devraient]] se rencontrer à [[pl|Montpellier]] avant la fin du mois.
"""},

# ---------------------------------------------------------------- FR 4: health / pharma
{"id": "b3-fr-pharma", "lang": "fr", "source": SRC + "French national daily, health and pharma",
 "typographic": True,
 "marked": """
Antiépileptique : [[vs|des patients]] [[cv|accusent]] les [[o|Laboratoires Mérival]] d'avoir minimisé des effets indésirables

Une quarantaine de patients et de familles ont déposé plainte contre X, mardi, devant le [[o|tribunal judiciaire de Marseille]]. Ils [[cv|accusent]] les [[o|Laboratoires Mérival]], fabricant du générique Valpérine, d'avoir tardé à signaler des troubles de la vision [[h|potentiellement]] liés au médicament.

Selon leur avocate, Me [[p|Inès Hadjadj]], le laboratoire [[c|aurait]] été informé dès 2021 de plusieurs cas graves, sans modifier la notice. « Ils savaient, et ils ont choisi de se taire », [[cv|martèle]]-t-elle. Une plaignante de [[pl|Sète]], victime [[h|présumée]], [[c|aurait]] perdu 40\u00a0% de son acuité visuelle en six mois.

Le groupe, dont le siège est à [[pl|Lyon]], [[cv|nie]] toute dissimulation. Dans un communiqué, il [[cv|affirme]] que « l'ensemble des signalements a été transmis aux autorités dans les délais réglementaires » et [[cv|soutient]] que le médicament « reste sûr lorsqu'il est correctement prescrit ».

L'[[o|Agence nationale de sécurité du médicament]] ([[o|ANSM]]) a confirmé avoir reçu « une trentaine de déclarations » depuis 2022 et indiqué qu'une réévaluation était en cours. L'agence a toutefois précisé que certains de ces cas [[c|pourraient]] relever d'autres traitements pris simultanément.

[[vs|Des neurologues interrogés par notre journal]] jugent les signalements « préoccupants ». Le professeur [[p|Alain Rocheteau]], chef du service de neurologie du [[o|CHU de Montpellier]], se montre plus prudent : « Il [[h|semble]] que la formulation du générique diffère légèrement de celle du médicament d'origine, mais [[ne|rien ne permet à ce stade de conclure]]. » [[ne|Aucune étude indépendante n'a pour l'instant confirmé]] un risque accru.

[[vs|Une source interne à l'agence]] évoque la possibilité d'un retrait de certains lots « par précaution ». Une telle mesure [[c|toucherait]] environ 60\u00a0000 patients en [[s|France]]. Le [[o|ministère de la Santé]] n'a pas souhaité réagir.

Les plaignants réclament une expertise judiciaire. [[vs|D'anciens visiteurs médicaux]] [[cv|affirment]] par ailleurs que des consignes [[c|auraient]] été données pour « ne pas s'attarder » sur les effets secondaires lors des visites aux cabinets. Le laboratoire, qui emploie 1\u00a0200 personnes en [[s|France]] et en [[s|Italie]], qualifie ces témoignages de « fantaisistes ».

L'entreprise [[c|devrait]] être entendue par les enquêteurs dans les prochaines semaines. En Bourse, l'attrait pour le titre ne s'est pas démenti : l'action n'a reculé que de 2\u00a0% mardi.
"""},

# ---------------------------------------------------------------- FR 5: farmers' protest
{"id": "b3-fr-agriculteurs", "lang": "fr", "source": SRC + "French regional daily, farmers' protest",
 "marked": """
Colère agricole : les tracteurs bloquent l'autoroute près d'[[pl|Agen]]

Ils étaient plus de 300 agriculteurs selon la [[o|FDSEA]], 180 selon la [[o|préfecture de Lot-et-Garonne]]. Mardi, dès l'aube, des dizaines de tracteurs ont bloqué l'autoroute entre [[pl|Agen]] et [[pl|Bordeaux]], provoquant plusieurs kilomètres de bouchons. Les manifestants protestent contre la baisse des prix payés aux producteurs et contre l'accord commercial négocié par l'[[o|Union européenne]] avec plusieurs pays d'[[pl|Amérique du Sud]].

« On travaille soixante-dix heures par semaine pour perdre de l'argent », lance [[p|Jérôme Lacombe]], éleveur de bovins à [[pl|Saint-Clar-de-Lomagne]] et président des [[o|Jeunes Agriculteurs]] du département. Il [[cv|affirme]] que les prix payés par la coopérative [[o|Terres de Garonne]] ont baissé de 15\u00a0% en un an. La coopérative [[cv|dément]] ce chiffre et évoque « un recul limité à 6\u00a0% », sans toutefois publier ses barèmes.

[[vs|Certains manifestants]] [[cv|accusent]] la grande distribution de « s'enrichir sur le dos des paysans ». Un panneau accroché à une remorque [[cv|prétend]] même que « 40 fermes ferment chaque jour dans le [[pl|Sud-Ouest]] », un chiffre qui [[ne|ne repose sur aucune statistique officielle]].

[[vs|Selon un responsable syndical]], le gouvernement [[c|aurait]] promis en coulisses de reporter l'entrée en vigueur des nouvelles normes sur les pesticides. Le [[o|ministère de l'Agriculture]] ne l'a [[ne|ni confirmé ni infirmé]]. La ministre, [[p|Sabine Rouvière]], a simplement déclaré qu'elle [[c|recevrait]] les syndicats « dans les prochains jours ».

[[s|Paris]] [[c|pourrait]] par ailleurs s'opposer à la ratification de l'accord lors du prochain conseil européen, [[vs|d'après des diplomates à [[pl|Bruxelles]]]]. Une telle position [[c|isolerait]] la [[s|France]] face à l'[[s|Allemagne]] et à l'[[s|Espagne]], favorables au texte.

Sur le terrain, la tension est montée en fin de journée. Deux agriculteurs [[c|auraient]] été interpellés après des jets de fumier contre la façade d'une enseigne de supermarché, [[vs|selon des témoins]]. La préfète, [[p|Catherine Mallard-Ibos]], a dénoncé « des dégradations inacceptables » et rappelé que le retrait des barrages était « un préalable à tout dialogue ».

[[p|Lacombe]], lui, [[cv|assure]] que les blocages ont été « parfaitement pacifiques » et promet d'autres actions. Le mouvement, qui a reçu le soutien de la [[o|Coordination rurale]], [[c|devrait]] [[h|vraisemblablement]] s'étendre au [[pl|Gers]] et au [[pl|Tarn-et-Garonne]] d'ici la fin de la semaine. [[vs|Des élus locaux]] redoutent déjà que la mobilisation ne dure jusqu'au salon de l'agriculture, à [[pl|Paris]].
"""},

# ---------------------------------------------------------------- FR 6: Africa politics (Côte d'Ivoire)
{"id": "b3-fr-abidjan", "lang": "fr", "source": SRC + "French-language African news site, politics",
 "typographic": True,
 "marked": """
[[s|Côte d'Ivoire]] : un opposant arrêté, [[s|Abidjan]] évoque un projet de déstabilisation

Le président du [[o|Rassemblement pour le renouveau ivoirien]] ([[o|RRI]]), [[p|Koffi Assalé-Brou]], a été interpellé dimanche à l'aube à son domicile de [[pl|Cocody]], dans l'est d'[[pl|Abidjan]]. Le gouvernement [[cv|accuse]] cet ancien ministre du Commerce d'avoir préparé « des actions violentes » en vue de l'élection présidentielle d'octobre.

Lors d'une conférence de presse, le porte-parole du gouvernement, [[p|Serge-Alain Gnaoré]], a [[cv|affirmé]] que des armes [[c|auraient]] été découvertes dans un entrepôt de [[pl|Bingerville]] appartenant à un proche de l'opposant. Il [[ne|n'a toutefois fourni aucun élément matériel]] à l'appui de ces accusations et n'a pas répondu aux questions des journalistes.

Le [[o|RRI]] [[cv|dément]] en bloc et parle d'« enlèvement politique ». Son secrétaire général, [[p|Mariam Diabaté-Koné]], [[cv|soutient]] que le parti « n'a jamais prôné la violence » et [[cv|affirme]] que plusieurs cadres ont dû se réfugier au [[s|Ghana]]. L'avocat de M. [[p|Assalé-Brou]], Me [[p|Hyacinthe Lohouès]], [[cv|assure]] que son client « n'a été informé d'aucun motif » lors de son arrestation.

[[vs|Selon des diplomates en poste à [[pl|Abidjan]]]], la décision [[c|aurait]] été prise au plus haut niveau de l'État, après la publication d'un sondage plaçant l'opposant au coude-à-coude avec le chef de l'État sortant. Une telle arrestation [[c|pourrait]] raviver les tensions dans un pays encore marqué par les violences post-électorales de 2010-2011. [[vs|Plusieurs chancelleries occidentales]] se disent « préoccupées ».

[[s|Paris]] s'est borné à appeler « au respect de l'État de droit », tandis que la [[o|Communauté économique des États de l'Afrique de l'Ouest]] ([[o|Cédéao]]) a annoncé l'envoi d'une mission à [[pl|Yamoussoukro]]. L'[[o|Union africaine]] n'a pas encore réagi.

Dans la soirée, des manifestations ont éclaté à [[pl|Bouaké]], fief électoral de l'opposant. [[vs|Des habitants]] [[cv|affirment]] que les forces de l'ordre ont tiré des gaz lacrymogènes ; [[h|apparemment]] aucun blessé grave n'est à déplorer. Le [[o|ministère de l'Intérieur]] fait état de son côté d'une « dizaine d'interpellations ».

Âgé de 61 ans, [[p|Assalé-Brou]] est [[h|vraisemblablement]] le principal rival du pouvoir pour le scrutin d'octobre. Il [[c|devrait]] être présenté à un juge d'instruction mardi. Le [[h|présumé]] complot [[c|aurait]] impliqué une dizaine de militaires, dont aucun n'a été identifié publiquement.
"""},

# ---------------------------------------------------------------- FR 7: tech / startup
{"id": "b3-fr-startup", "lang": "fr", "source": SRC + "French tech and business news site, startup story",
 "marked": """
Santé numérique : la pépite [[o|Nexalis]] visée par une plainte pour collecte illégale de données

La jeune pousse parisienne [[o|Nexalis]], qui développe un assistant médical fondé sur l'intelligence artificielle, fait l'objet d'une plainte déposée auprès de la [[o|Commission nationale de l'informatique et des libertés]] ([[o|CNIL]]). L'association [[o|Vigie Numérique]] [[cv|accuse]] l'entreprise d'avoir entraîné son modèle sur des milliers de comptes rendus médicaux récupérés sans le consentement des patients.

[[vs|Selon deux anciens salariés]] cités par le site spécialisé [[o|Ligne de Code]], les données [[c|auraient]] été achetées auprès d'un courtier établi en [[s|Estonie]], puis [[h|prétendument]] « anonymisées » par un simple script. Ces témoignages [[ne|n'ont pas pu être corroborés]]. [[o|Vigie Numérique]] [[cv|prétend]] par ailleurs disposer de captures d'écran de la base de données, qu'elle [[ne|n'a pas rendues publiques]].

Le cofondateur et directeur général, [[p|Thibault Marchetti]], [[cv|nie]] en bloc. « Toutes nos données sont acquises légalement et anonymisées selon les normes en vigueur », [[cv|assure]]-t-il, en promettant de publier un audit externe. Un audit qui, [[vs|selon des spécialistes du secteur]], [[c|pourrait]] prendre plusieurs mois.

L'affaire tombe mal. [[o|Nexalis]] venait d'annoncer une levée de fonds de 40 millions d'euros auprès de [[o|Bpifrance]] et du fonds américain [[o|Redwood Ridge Capital]]. [[vs|D'après une personne proche du conseil d'administration]], certains actionnaires [[c|envisageraient]] même de remplacer M. [[p|Marchetti]] à la tête de l'entreprise. Le fonds américain a indiqué qu'il « suivait la situation de près ».

Pour [[p|Farid Ouali]], juriste de l'association, « les patients n'ont jamais été informés que leurs comptes rendus [[c|serviraient]] à entraîner une IA commerciale ». La [[o|CNIL]] a confirmé avoir reçu la plainte et ouvert une procédure de contrôle. Si les faits étaient avérés, la start-up [[c|risquerait]] une amende pouvant atteindre 4\u00a0% de son chiffre d'affaires mondial.

L'attrait des investisseurs pour la santé numérique reste pourtant intact. Fondée en 2021 à [[pl|Paris]], [[o|Nexalis]] emploie 140 personnes et a ouvert l'an dernier un bureau à [[pl|Boston]]. Elle revendique des contrats avec une trentaine d'hôpitaux en [[s|France]], en [[s|Belgique]] et au [[s|Canada]].

[[vs|Certains concurrents]] [[cv|affirment]] en privé que l'entreprise [[c|aurait]] [[h|probablement]] gonflé ces chiffres pour séduire les investisseurs. Une accusation que la direction juge « diffamatoire ». Le ministre délégué au Numérique, [[p|Hugo Vasseur]], a annoncé qu'il [[c|réunirait]] les acteurs du secteur le mois prochain.
"""},

# ---------------------------------------------------------------- EN 1: US state politics
{"id": "b3-en-statehouse", "lang": "en", "source": SRC + "US regional newspaper, state politics",
 "marked": """
[[pl|New Mexico]] governor [[cv|accused]] of steering water contract to campaign donor

[[pl|SANTA FE]] — [[vs|Republican lawmakers]] in [[pl|New Mexico]] on Tuesday [[cv|accused]] Gov. [[p|Teresa Villanueva]] of steering a $38 million water-infrastructure contract to a company owned by one of her largest campaign donors, a charge the governor's office [[cv|denied]] within hours.

State Sen. [[p|Carl Whitmore]], who leads the minority caucus, [[cv|claimed]] at a news conference that [[o|Red Mesa Pipeworks]] had been "hand-picked" before bidding even opened. He [[ne|did not provide documents]] to support the allegation, but [[cv|insisted]] that [[vs|several state employees]] had told him the scoring sheets were altered after the deadline.

A spokesperson for the governor, [[p|Dana Ruelas]], called the accusations "a desperate political stunt" and said the contract had been awarded by an independent panel at the [[o|New Mexico Environment Department]]. "The governor has never discussed this procurement with anyone at [[o|Red Mesa]]," she said.

[[o|Red Mesa]]'s chief executive, [[p|Rick Alcott]], gave $25,000 to [[p|Villanueva]]'s re-election campaign in 2022, according to state campaign finance records. [[p|Alcott]] did not respond to requests for comment on Tuesday.

[[vs|Two people familiar with the procurement]] said [[o|Red Mesa]]'s bid was not the lowest of the five submitted but scored higher on "technical capacity." That account [[ne|could not be independently confirmed]]. Last month the department denied a public-records request from the [[o|Albuquerque Ledger]] seeking the panel's notes, citing an exemption for ongoing negotiations.

The state attorney general, [[p|Luis Ortega-Pratt]], said his office would "review any credible information," but stopped short of opening an investigation. [[vs|Critics]] [[cv|contend]] that his office has maintained an overly cautious approach toward a governor of his own party.

The contract pays for new pipelines serving [[pl|Las Cruces]] and several small communities along the [[pl|Rio Grande]], including [[pl|San Isidro del Llano]], where residents have relied on trucked-in water for two summers. Federal money is also at stake: [[s|Washington]] is covering about 40 percent of the cost through an infrastructure grant, and the [[o|Environmental Protection Agency]] has asked for a copy of the scoring sheets, [[vs|according to a person briefed on the request]].

[[p|Villanueva]], who is [[h|likely]] to face a difficult re-election fight next year, has made clean water a signature issue. [[vs|Some Democrats in the legislature]] privately worry that the dispute could stall the pipeline work, which was [[h|supposedly]] on track to begin in March.

[[p|Whitmore]] said he would ask the legislature's finance committee to subpoena the panel members. "If there is nothing to hide, let them testify," he said.
"""},

# ---------------------------------------------------------------- EN 2: UK tabloid sport/celebrity rumour
{"id": "b3-en-tabloid", "lang": "en", "source": SRC + "UK tabloid, football and celebrity gossip",
 "marked": """
[[o|Rovers]] star [[p|Jaden Okafor]] 'set for shock [[s|Spain]] move' as pop star girlfriend house-hunts in [[pl|Marbella]]

[[o|Northbridge Rovers]] striker [[p|Jaden Okafor]] is [[h|reportedly]] on the verge of a £45million switch to Spanish side [[o|CD Alborán]], with his pop star girlfriend [[p|Skye Madison]] already scouting villas on the [[pl|Costa del Sol]].

[[vs|A source close to the couple]] told The [[o|Daily Beacon]]: "[[p|Jaden]] wants a fresh start and [[p|Skye]] has always loved the sunshine. They've basically made up their minds."

[[vs|Pals]] say the 24-year-old has grown frustrated with manager [[p|Colin Hargreaves]]' tactics and feels "isolated" in the dressing room. [[vs|It is understood]] that the two clubs held "positive talks" in [[pl|London]] last week.

But [[o|Rovers]] [[cv|insist]] no offer has been received. [[vs|A [[o|Rovers]] spokesman]] said: "[[p|Jaden]] is a hugely valued member of the squad and is under contract until 2028. We do not comment on speculation."

[[p|Okafor]], who scored 19 goals last season, was [[h|allegedly]] involved in a training-ground bust-up with team-mate [[p|Luca Ferrante]] last month, [[vs|insiders]] [[cv|claim]]. [[p|Ferrante]] has [[cv|denied]] any falling-out, posting a smiling selfie with the striker on [[o|Instagram]] alongside the caption "brothers".

Meanwhile, [[p|Skye]], 27, was spotted viewing a £6million villa near [[pl|Marbella]] last week, [[vs|according to onlookers]]. The singer [[h|apparently]] spent more than two hours at the property with an estate agent. Her publicist, [[p|Tamsin Roe]], [[cv|denied]] that the couple plan to relocate, saying she "remains fully committed to her [[s|UK]] tour this autumn." The [[o|Beacon]] [[ne|could not verify]] the claims about the villa.

The former [[s|Nigeria]] youth international joined [[o|Rovers]] from [[o|Ashford Town]] for just £300,000 in 2021 and has since become one of the most sought-after forwards outside the top flight. Scouts from several top-flight clubs have [[h|reportedly]] watched him this season.

[[o|CD Alborán]], who finished fourth in [[s|Spain]] last season, [[h|seem to]] be willing to offer the striker a five-year deal worth around £90,000 a week. Club president [[p|Ernesto Vidal Pons]] refused to discuss the player when approached at the club's training ground in [[pl|Almería]].

[[o|Rovers]] fans reacted furiously online. "If he goes, the whole season goes with him," wrote [[vs|one supporter]]. [[p|Hargreaves]], asked about the rumours after Saturday's 2-1 win over [[o|Kingsmere United]], smiled and said: "Ask his agent."
"""},

# ---------------------------------------------------------------- EN 3: Asian business, chipmaker earnings
{"id": "b3-en-chipmaker", "lang": "en", "source": SRC + "international business wire, Asian earnings",
 "marked": """
[[o|Hanseo Semiconductor]] profit beats forecasts, but [[s|China]] curbs cloud outlook

[[pl|SEOUL]] — [[o|Hanseo Semiconductor]], [[s|South Korea]]'s third-largest chipmaker, on Thursday reported a 62 percent jump in quarterly operating profit, driven by strong demand for the high-bandwidth memory chips used in artificial-intelligence servers.

Operating profit rose to 3.1 trillion won ($2.3 billion) in the July-September quarter, ahead of the 2.8 trillion won expected in an [[o|LSEG]] poll of analysts. Revenue climbed 28 percent to 14.6 trillion won. Shares closed 4.2 percent higher in [[pl|Seoul]], outpacing a flat KOSPI index.

The company warned, however, that new export restrictions could weigh on sales next year. [[s|Beijing]] last month added two of [[o|Hanseo]]'s Chinese subsidiaries to an export-control watchlist, a move that [[vs|industry analysts]] say was retaliation for [[s|Seoul]]'s decision to join American-led controls on advanced chipmaking tools.

Chief financial officer [[p|Park Ji-hoon]] told analysts on a conference call that the impact would be "manageable." He [[cv|insisted]] that the company had "no plans" to sell its memory plant in [[pl|Wuxi]], which accounts for roughly a third of its DRAM output, and dismissed as [[ne|groundless]] online reports that [[o|Hanseo]] would cut 1,000 jobs in [[s|China]].

[[vs|According to people familiar with the matter]], [[o|Hanseo]] has held talks with [[o|Kaimen Technologies]], a Taiwanese chip-packaging firm, about building a joint plant in [[pl|Arizona]]. The talks are [[h|reportedly]] at an advanced stage. [[vs|A [[o|Kaimen]] spokeswoman]] [[cv|denied]] that a deal was imminent, and [[o|Hanseo]] declined to comment.

[[s|Washington]] granted the company a one-year waiver in June allowing it to keep shipping some equipment to its Chinese plants. The waiver [[h|appears to]] cover only older production lines, according to a filing with the [[o|US Commerce Department]] reviewed by this agency.

Rival [[o|Daewon Electronics]] is [[h|likely]] to post weaker results next week because of its heavier exposure to smartphone memory, [[vs|brokers]] said in notes to clients.

Some investors remain cautious. "The AI boom is real, but the geopolitics is a wild card," said [[p|Kim Soo-yeon]], a fund manager at [[o|Hanbit Asset Management]] in [[pl|Seoul]]. She noted that [[o|Hanseo]] [[h|probably]] benefited from one-off inventory gains that will not recur.

[[o|Hanseo]] said it would raise capital spending by 15 percent next year, mostly at its new plant in [[pl|Yongin]], and would announce a share buyback of 500 billion won. Founder and chairman [[p|Lee Dong-kwan]], 78, did not attend the earnings call; he has been [[h|seemingly]] stepping back from day-to-day management since a heart operation last spring.
"""},

# ---------------------------------------------------------------- EN 4: science / climate
{"id": "b3-en-glaciers", "lang": "en", "source": SRC + "science desk of an international newspaper, climate",
 "marked": """
[[pl|Greenland]] glaciers losing ice faster than models predicted, study finds

[[pl|Greenland]]'s largest outlet glaciers are losing ice up to 30 percent faster than climate models have assumed, according to a study published on Wednesday in the journal [[o|Nature Geoscience]].

The research team, led by glaciologist [[p|Ingrid Solvang]] of the [[o|Nordhavn Polar Institute]] in [[pl|Tromsø]], combined satellite measurements from [[o|NASA]] and the [[o|European Space Agency]] with ten years of ocean-temperature data collected by buoys near the fishing village of [[pl|Nuuliarsuk]].

Warm Atlantic water [[h|appears to]] be eroding the glaciers from below, at depths that current models do not resolve well, the authors wrote. If the trend holds, [[pl|Greenland]] could add as much as 14 centimetres to global sea levels by 2100, roughly a third more than the central estimate used by the [[o|Intergovernmental Panel on Climate Change]].

"It is a wake-up call for coastal planners," [[p|Solvang]] said in an interview. "We keep discovering that the ice is more sensitive than we thought."

[[vs|Some climate scientists]] cautioned that the study covers only 14 glaciers and that one unusually warm decade may not reflect a long-term trend. [[p|Mark Feeney]], a sea-level researcher at [[o|Imperial College London]] who was not involved in the work, said the methods were sound but that the extrapolation "[[h|possibly]] overstates what we can say with confidence."

A separate paper posted last month on a preprint server, which [[ne|has not yet been peer-reviewed]], [[cv|claims]] that the nearby [[pl|Petermann Glacier]] could lose its floating tongue within a decade. Such claims have circulated widely on social media, often stripped of their caveats.

The [[o|Climate Realism Forum]], a group based in [[pl|Texas]] that receives funding from energy companies, [[cv|contends]] that natural variability explains most of the recent melt, [[ne|without citing any peer-reviewed research]]. [[p|Solvang]] called that position "simply not supported by the measurements."

[[s|Denmark]], which handles [[pl|Greenland]]'s foreign and defence policy, has pledged 90 million kroner for new monitoring stations. [[s|Copenhagen]] also wants the [[o|World Meteorological Organization]] to set up an Arctic early-warning network, [[vs|according to two European officials]].

[[vs|It is believed]] that the loss of ice from northern glaciers has accelerated since 2019, though year-to-year swings remain large. [[vs|Many glaciologists]] say the melting is [[h|probably]] irreversible on human timescales, whatever happens to emissions.

The institute said it would publish its raw data next month so that other teams can test the findings.
"""},

# ---------------------------------------------------------------- EN 5: court story, anonymous officials
{"id": "b3-en-court", "lang": "en", "source": SRC + "US daily, federal court and corruption",
 "marked": """
Ex-port official pleads not guilty in bribery case as investigators widen probe

[[p|Raymond Castillo]], a former deputy director of the [[o|Gulf Coast Port Authority]], pleaded not guilty on Monday in federal court in [[pl|Houston]] to charges that he accepted more than $600,000 in bribes over five years.

[[vs|Prosecutors]] [[cv|allege]] that [[p|Castillo]], 54, steered dredging contracts worth $41 million to [[o|Bayline Marine Services]] in exchange for cash, the use of a fishing boat and the [[h|alleged]] payment of his daughter's college tuition. The indictment, unsealed last week, [[cv|alleges]] that the payments were disguised as consulting fees routed through a shell company registered in [[s|Panama]].

U.S. Magistrate Judge [[p|Helen Strauss]] denied a request by prosecutors to keep [[p|Castillo]] in custody, releasing him on a $250,000 bond and ordering him to surrender his passport.

[[p|Castillo]] has [[cv|maintained]] his innocence since his arrest. Outside the courthouse, his lawyer, [[p|Nora Whitfield]], [[cv|accused]] the government of "building a case on the word of a cooperating witness who has every reason to lie." She did not name the witness.

[[vs|Two law enforcement officials]], who spoke on condition of anonymity because the investigation is ongoing, said the [[o|FBI]] was examining whether other port employees had taken payments from contractors. [[vs|One of the officials]] said a second arrest was [[h|likely]] within weeks. The [[o|Justice Department]] declined to comment.

[[o|Bayline]]'s owner, [[p|Trent Mabry]], who is [[h|suspected]] of arranging the payments, has not been charged. His attorney, [[p|Sam Oyelaran]], [[cv|denied]] that his client had "ever paid a public official a single dollar" and said [[p|Mabry]] was cooperating with no one.

[[vs|A person familiar with the case]] said investigators had obtained hundreds of text messages between the two men, but those messages [[ne|have not been made public]], and the indictment quotes only fragments of them.

The port authority's chairman, [[p|Dwight Lemaire]], said the agency had suspended all contracts with [[o|Bayline]] and hired an outside law firm, [[o|Kessler Ambrose]], to review its procurement. "We will follow the evidence wherever it leads," he said. The board is also reviewing insurance claims filed by [[o|Bayline]] after a barge accident in 2022.

The case has rattled [[pl|Port Arthur]] and the smaller harbour towns along the [[pl|Gulf Coast]], where the authority is one of the largest employers. [[vs|Several former employees]] [[cv|claim]] they warned their supervisors about irregular invoices as early as 2019, though [[ne|none of them has produced written records]] of those warnings.

A trial date was set for February. If convicted, [[p|Castillo]] faces up to 20 years in prison on the most serious count.
"""},

# ---------------------------------------------------------------- EN 6: Australian local story
{"id": "b3-en-lithium", "lang": "en", "source": SRC + "Australian regional news site, mining and water",
 "marked": """
Farmers fear for water as [[o|Koorong Minerals]] expands lithium mine

Residents of [[pl|Mulga Flats]], a farming town of 1,200 people in [[pl|Western Australia]]'s [[pl|Wheatbelt]], say groundwater levels have dropped sharply since [[o|Koorong Minerals]] expanded its lithium mine north of the town last year.

[[p|Bev Tranter]], whose family has farmed near [[pl|Mulga Flats]] for four generations, said two of her bores had run dry in the past six months. "We've been through droughts before. This is different," she said, standing beside an empty stock trough.

[[vs|Locals]] [[cv|claim]] the company has been pumping far more water than its licence allows. [[o|Koorong]] [[cv|denied]] the accusation on Friday and said monitoring data lodged with the [[o|Department of Water and Environmental Regulation]] showed its extraction was within approved limits.

Managing director [[p|Grant Ellery]] [[cv|insisted]] that a third consecutive dry winter, not the mine, was to blame. "We share the community's concern, and our own bores tell the same story as theirs," he told reporters at the company's head office in [[pl|Perth]].

[[vs|According to a hydrologist who has reviewed the data]] but asked not to be named, the mine's dewatering [[h|probably]] accounts for most of the decline within a 10-kilometre radius. A report circulating in the town, attributed to a former [[o|Koorong]] contractor, says the company lowered the water table by nine metres near the pit. The report [[ne|could not be independently verified]].

[[o|Mulga Flats Shire Council]] voted on Tuesday to commission its own hydrological study. Shire president [[p|Leanne O'Dwyer]] said the council had written to the state's water minister asking for the mine's licence to be reviewed. "People here aren't against mining. They just want the truth," she said.

The dispute comes as [[s|Canberra]] fast-tracks approvals for critical-minerals projects, and most of the mine's output is shipped to [[s|China]] for processing. The company is [[h|reportedly]] planning to double production by 2027, [[vs|industry sources]] said, which would require a new water allocation.

[[o|Koorong]] has offered to truck water to affected properties at no cost, and to fund two new community bores. [[vs|Some farmers]] say the offer amounts to an admission of responsibility; others have accepted it quietly. [[p|Tranter]] is not one of them. "I don't want their water," she said. "I want mine back."

The [[o|Australian Conservation Foundation]] said the case showed the need for stronger rules on water use by miners. A public meeting is planned for next Thursday at the [[pl|Mulga Flats]] town hall.
"""},

# ---------------------------------------------------------------- EN 7: Latin-America election
{"id": "b3-en-peru", "lang": "en", "source": SRC + "international news agency, Latin-America election",
 "marked": """
[[s|Peru]] runoff: trailing candidate [[cv|alleges]] fraud as count nears end

[[pl|LIMA]] — Conservative candidate [[p|Rafael Benavides Ortiz]] on Sunday [[cv|claimed]] that "tens of thousands" of ballots had been altered in [[s|Peru]]'s presidential runoff, [[ne|without presenting evidence]], as official results showed him trailing leftist rival [[p|Marisol Quispe]] by fewer than 60,000 votes.

With 98 percent of tally sheets counted, [[p|Quispe]] had 50.3 percent of valid votes, according to the [[o|National Office of Electoral Processes]] ([[o|ONPE]]). Final results are expected later this week.

[[p|Benavides]] [[cv|accused]] polling officials in the southern regions of [[pl|Puno]] and [[pl|Cusco]], where [[p|Quispe]] won more than 80 percent of the vote, of "systematically" annulling ballots cast for him. His campaign has filed more than 800 challenges with the [[o|National Jury of Elections]], the body that certifies the result.

[[vs|Election observers from the [[o|Organization of American States]]]] said on Monday they had [[ne|found no evidence]] of systematic fraud. The head of the mission, former Costa Rican foreign minister [[p|Elena Araya]], said the vote had been "clean and well organised," though she noted isolated irregularities in [[pl|Huancavelica]].

[[vs|Some analysts]] say the challenges are [[h|unlikely]] to change the outcome but could delay the proclamation of a winner for weeks. "The goal is to cast doubt on her legitimacy before she takes office," said [[p|Gonzalo Peirano]], a political scientist at the [[o|Pontifical Catholic University of Peru]].

A video shared widely on social media [[h|purportedly]] shows an election official marking ballots in the town of [[pl|Ayaviri]]. Its origin [[ne|could not be established]], and the electoral office said the footage dated from a 2021 training session.

[[p|Quispe]], a former rural schoolteacher, told supporters in central [[pl|Lima]] that "the people have spoken" and urged them to remain calm. [[vs|Her allies]] [[cv|insist]] that [[p|Benavides]] has been preparing fraud claims for months; his campaign [[cv|denies]] that.

[[s|Washington]] and [[s|Brasília]] both called for patience while the count is completed. [[s|Lima]], for its part, rejected comments by [[s|Bolivia]]'s president, who had congratulated [[p|Quispe]] before the result was official, as "premature interference."

Markets reacted nervously. The sol weakened 1.4 percent against the dollar on Monday, and [[vs|traders]] said investors were [[h|apparently]] waiting to see whether [[p|Quispe]] would keep the central bank governor, [[p|Julio Velarde]], in his post.
"""},
]
