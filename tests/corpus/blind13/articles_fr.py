# -*- coding: utf-8 -*-
"""Blind set 13, French articles (invented events, people, companies and outlets). Markup: [[tag|text]]."""
SRC = "written for ClaimLens blind set 13 (invented events and people); register: "

ARTICLES = [
{"id": "b13-fr-sion", "lang": "fr", "typo": "nbsp",
 "source": SRC + "Swiss Romandie cantonal radio website (Valais), energy and environment: hydro dam heightening dispute",
 "text": """
[[pl|Barrage de Ferpècle]] : les opposants [[cv|accusent]] l'exploitant de minimiser l'impact sur la [[pl|Borgne]]

[[org|Radio Valais Sud]] – [[per|Nadine Favre-Bagnoud]] – 14 novembre 2026, 18 h 40

Le projet de rehaussement du [[pl|barrage de Ferpècle]], au-dessus d'[[pl|Evolène]], continue de diviser le [[pl|val d'Hérens]]. Mardi soir, devant près de deux cents personnes réunies à la salle polyvalente des [[pl|Haudères]], l'association [[org|Sauvegarde Hérens]] a présenté une contre-expertise qui [[cv|conteste]] point par point les chiffres de l'exploitant, la société [[org|Forces motrices de la Borgne]] ([[org|FMB]]).

Selon ce document, rédigé par un bureau d'hydrologues lausannois, le relèvement du mur de douze mètres [[cd|noierait]] près de quatre kilomètres de torrent et [[cd|réduirait]] de moitié le débit résiduel de la rivière en hiver. « On nous vend de l'énergie verte, mais on sacrifie un cours d'eau entier », [[cv|martèle]] [[per|Pierre-Alain Métrailler]], président de l'association et ancien garde-pêche. Il [[cv|affirme]] que [[org|FMB]] a « sciemment écarté » deux études piscicoles défavorables, [[ne|sans toutefois les produire]].

Chez [[org|FMB]], on [[cv|dément]] toute dissimulation. « Toutes les études ont été transmises au canton et à l'[[org|Office fédéral de l'environnement]] », [[cv|assure]] le directeur général, [[per|Grégoire Zufferey]]. Selon lui, l'ouvrage rehaussé [[cd|permettrait]] de produire 90 gigawattheures supplémentaires en hiver, « de quoi alimenter 20 000 ménages ». Ce chiffre, repris par plusieurs élus, [[ne|ne repose sur aucun calcul publié]] : les documents mis à l'enquête ne le détaillent nulle part.

Le dossier est désormais sur la table du [[org|Conseil d'État]]. [[vs|Selon une source proche du dossier]], le gouvernement cantonal [[cd|pencherait]] pour une autorisation assortie de conditions strictes sur les débits minimaux. Le conseiller d'État chargé de l'énergie, [[per|Jean-Marc Rey-Bellet]], n'a pas souhaité s'exprimer avant la décision, attendue au printemps.

Dans la vallée, les avis restent partagés. [[vs|Plusieurs élus communaux]] rappellent que les redevances hydrauliques représentent près d'un tiers du budget d'[[pl|Evolène]]. « Sans les barrages, on n'[[cd|aurait]] jamais eu ni l'école ni la route d'hiver », lance [[per|Madeleine Gaudin]], qui tient l'épicerie des [[pl|Haudères]].

D'autres redoutent un précédent. L'organisation [[org|Aqua Alpina]], basée à [[pl|Sion]], [[cv|soutient]] que le rehaussement [[cd|violerait]] la loi fédérale sur la protection des eaux et [[cv|accuse]] le canton de « céder à la pression des électriciens ». Elle menace de saisir le [[org|Tribunal fédéral]] à [[pl|Lausanne]].

Reste l'argument climatique. Le [[pl|glacier de Ferpècle]] a perdu plus de 600 mètres de longueur en vingt ans, et [[vs|des glaciologues]] estiment que le lac qui se forme à son front [[cd|pourrait]] à terme jouer le rôle d'une retenue naturelle. Pour [[org|FMB]], c'est justement la preuve qu'il faut « stocker l'eau tant qu'elle est là ». Le [[org|Conseil fédéral]] a inscrit le projet parmi les quinze chantiers hydroélectriques jugés prioritaires pour la sécurité d'approvisionnement de la [[st|Suisse]] en hiver, aux côtés de deux autres ouvrages situés en [[pl|Valais]].
"""},

{"id": "b13-fr-joal", "lang": "fr", "typo": None,
 "source": SRC + "Senegalese fisheries news website, reportage: fishmeal factory and artisanal fishermen in Joal",
 "text": """
[[pl|Joal]] : [[vs|les pêcheurs artisanaux]] [[cv|accusent]] une usine de farine de poisson de « vider la mer »

[[org|Xibaar Mer]] | Par [[per|Awa Ndiaye Sarr]], envoyée spéciale à [[pl|Joal-Fadiouth]]

Sur la plage de [[pl|Joal]], les pirogues rentrent à moitié vides. Depuis l'ouverture, il y a dix-huit mois, de l'usine de farine et d'huile de poisson exploitée par la société [[org|Atlantic Protein Sénégal]] à la sortie de la ville, [[vs|les pêcheurs]] [[cv|affirment]] que la sardinelle, « le poisson du pauvre », a pratiquement disparu des étals.

« Avant, une caisse de yaboye coûtait 5 000 francs. Aujourd'hui on la paie 18 000, quand on en trouve », [[cv|assure]] [[per|Mamadou Faye]], président du [[org|Conseil local de pêche artisanale de Joal]]. Il [[cv|accuse]] l'usine d'acheter directement en mer, à des sennes tournantes venues de [[pl|Kayar]] et même de [[st|Guinée-Bissau]], des juvéniles qui [[cd|devraient]] être rejetés à l'eau. L'entreprise [[cd|transformerait]] chaque jour « jusqu'à 150 tonnes » de poisson frais, [[vs|selon des mareyeuses du quai]].

Ce volume [[ne|n'a pas pu être confirmé]] : ni l'usine ni la [[org|Direction des pêches maritimes]] n'ont communiqué de données de production. Joint par téléphone, le directeur du site, [[per|Olivier Tamba]], [[cv|récuse]] ces accusations. « Nous n'achetons que des déchets de transformation et des espèces non destinées à la consommation humaine », [[cv|soutient]]-il, ajoutant que l'usine emploie 140 personnes de la commune.

Un rapport publié en juin par l'ONG [[org|Greenpeace Afrique]] [[hd|semble]] pourtant contredire cette version : il estimait que les usines du littoral absorbaient près d'un tiers des débarquements de petits pélagiques, souvent des poissons parfaitement consommables.

Au [[org|ministère des Pêches et de l'Économie maritime]], on indique qu'une mission d'inspection est « programmée ». [[vs|Un cadre du ministère]], qui a requis l'anonymat, admet que les contrôles sur les quais sont « quasi inexistants », faute de moyens, et que l'usine [[cd|disposerait]] seulement d'une autorisation provisoire, délivrée avant la validation de l'étude d'impact environnemental.

Les femmes transformatrices sont les premières touchées. À [[pl|Khelcom]], le site de fumage au bord de la lagune, [[per|Ndèye Coumba Diouf]] montre ses claies vides. « L'usine paie cash, on ne peut pas rivaliser. Si ça continue, il [[cd|faudrait]] fermer », dit-elle. [[vs|Des responsables d'associations de transformatrices]] [[cv|dénoncent]] une « concurrence déloyale » et réclament un quota réservé à la consommation locale.

Le problème dépasse [[pl|Joal]]. Le [[st|Sénégal]] compte désormais une dizaine d'usines de ce type, de [[pl|Saint-Louis]] à la [[pl|Casamance]], et des installations similaires ont essaimé en [[st|Mauritanie]] et en [[st|Gambie]]. [[vs|Des chercheurs du [[org|Centre de recherches océanographiques de Dakar-Thiaroye]]]] jugent « [[hd|probable]] » un effondrement des stocks de sardinelle ronde d'ici à 2030 si rien ne change.

Sollicité, [[st|Dakar]] n'a pas réagi. Vendredi soir, deux camions frigorifiques chargés de poisson frais franchissaient encore le portail de l'usine, sous le regard de pêcheurs désœuvrés assis à l'ombre des pirogues.
"""},

{"id": "b13-fr-sambava", "lang": "fr", "typo": "nnbsp",
 "source": SRC + "Malagasy regional daily (SAVA region), agriculture and trade: vanilla floor price circumvention",
 "text": """
Vanille : le prix plancher [[cd|serait]] contourné par des exportateurs, [[cv|accusent]] [[vs|des planteurs de la [[pl|SAVA]]]]

[[org|Sava Matin]] – [[per|Hery Rakotomalala]], correspondant à [[pl|Sambava]]

À trois semaines de l’ouverture officielle de la campagne, la tension monte dans les villages producteurs du nord-est. [[vs|Plusieurs groupements de planteurs]] des districts d’[[pl|Andapa]] et d’[[pl|Antalaha]] [[cv|affirment]] que des collecteurs mandatés par des exportateurs achètent déjà la vanille verte à 40 000 ariary le kilo, bien en dessous du prix plancher de 75 000 ariary fixé par l’État.

« Ils viennent la nuit, ils paient en liquide et ils disent que si on refuse, personne ne nous achètera rien en juillet », raconte [[per|Jean-Aimé Razafindrabe]], planteur à [[pl|Ambodiangezoka]], sur la rive de la [[pl|Lokoho]]. [[vs|Selon un responsable de coopérative d’[[pl|Andapa]] qui préfère taire son nom]], au moins six camions [[cd|auraient]] quitté la région la semaine dernière avec de la vanille immature, [[hd|vraisemblablement]] destinée à être « préparée » en accéléré.

Les exportateurs mis en cause [[cv|nient]] en bloc. Le [[org|Groupement des exportateurs de vanille de Madagascar]] ([[org|GEVM]]) juge ces accusations « [[ne|infondées]] » et [[cv|assure]] que ses membres respectent le calendrier. Son président, [[per|Patrick Ramanantsoa]], [[cv|soutient]] que les collecteurs incriminés travaillent « pour des intermédiaires non agréés, souvent venus de [[pl|Tamatave]] ».

Le [[org|ministère de l’Industrialisation et du Commerce]] reconnaît que des collectes précoces ont été signalées dans au moins quatre communes. Sa directrice régionale, [[per|Voahangy Randriamampionona]], [[ne|n’a toutefois fourni aucun chiffre]] sur les volumes saisis. « Des contrôles routiers seront renforcés », a-t-elle déclaré.

À cela s’ajoute l’insécurité. Les vols sur pied [[cd|auraient]] doublé depuis septembre, [[vs|d’après des notables d’[[pl|Antalaha]]]], qui [[cv|reprochent]] à la [[org|Gendarmerie nationale]] son manque de réactivité. Un voleur [[hd|présumé]] a été interpellé mardi près de [[pl|Vohémar]] avec quarante kilos de gousses. La gendarmerie a indiqué qu’une « brigade spéciale vanille » [[cd|pourrait]] être déployée dans la région.

Sur le fond, la querelle porte sur le prix lui-même. [[vs|Des acheteurs américains]] jugent le plancher « déconnecté du marché mondial » et se tournent vers l’[[st|Ouganda]] et l’[[st|Indonésie]]. [[vs|Plusieurs économistes]] estiment qu’un prix administré [[cd|encouragerait]] mécaniquement le marché parallèle. [[st|Antananarivo]] [[cv|maintient]] au contraire que le plancher protège les petits producteurs, qui fournissent l’essentiel de la vanille de [[st|Madagascar]].

En attendant, beaucoup de planteurs dorment dans leurs champs. « On garde nos lianes comme on [[cd|garderait]] nos enfants », dit [[per|Razafindrabe]]. Cette phrase, presque tout le monde la répète sur la route qui relie [[pl|Sambava]] à [[pl|Andapa]].
"""},

{"id": "b13-fr-startup", "lang": "fr", "typo": "nbsp",
 "source": SRC + "Paris tech start-up blog, fact-check: user numbers claimed by an AI scheduling start-up",
 "text": """
Vérification : les “2 millions d’utilisateurs” d’[[org|Agendo]] tiennent-ils la route ?

[[org|Octet]], le blog de la tech parisienne | Par [[per|Inès Belkacem-Lavergne]] | Lecture : 6 min

Depuis sa levée de fonds de 18 millions d’euros en septembre, la jeune pousse [[org|Agendo]], installée à [[pl|Station F]], [[cv|revendique]] “plus de 2 millions d’utilisateurs actifs” pour son assistant de planification dopé à l’intelligence artificielle. Sa cofondatrice, [[per|Hélène de Villiers-Kerno]], l’a encore répété la semaine dernière devant un parterre d’investisseurs, [[pl|porte de Versailles]].

Nous avons voulu vérifier. Premier constat : ce chiffre [[ne|n’est étayé par aucune donnée publique]]. Selon le cabinet d’analyse [[org|Mobilytics]], l’application a été téléchargée environ 350 000 fois en [[st|France]] et en [[st|Belgique]] depuis son lancement, toutes plateformes confondues. Même en supposant que chaque téléchargement corresponde à un utilisateur fidèle, on reste loin du compte.

Interrogée, [[per|Hélène de Villiers-Kerno]] [[cv|maintient]] le chiffre. “Nous comptons comme actifs tous les comptes synchronisés via nos agendas partenaires, y compris en entreprise”, explique-t-elle. Selon elle, l’essentiel des utilisateurs [[cd|proviendrait]] de trois contrats signés avec de grands groupes du CAC 40. “Nos clients ne souhaitent pas être cités”, ajoute-t-elle. [[ne|Impossible, donc, de contrôler]] ces contrats.

[[vs|Un ancien salarié]], qui a quitté l’entreprise au printemps, [[cv|affirme]] pour sa part que “la définition d’un utilisateur actif a changé trois fois en un an”. [[vs|Deux investisseurs ayant étudié le dossier avant la levée]] évaluent le nombre réel d’utilisateurs mensuels “entre 150 000 et 250 000”. Ils n’ont pas souhaité investir.

Le fonds [[org|Rivoli Capital]], qui a mené le tour de table, et [[org|Bpifrance]], entrée au capital en 2024, n’ont pas répondu à nos sollicitations. Dans un courriel, Mme [[per|de Villiers-Kerno]] [[cv|conteste]] toute volonté de tromper : “Nous n’avons jamais parlé d’utilisateurs quotidiens.” Elle [[cv|assure]] qu’un audit indépendant [[cd|serait]] publié “d’ici la fin du trimestre”, sans préciser par quel cabinet.

Un autre point interroge. [[vs|D’après nos informations]], la [[org|Commission nationale de l’informatique et des libertés]] ([[org|CNIL]]) [[cd|aurait]] reçu deux plaintes d’utilisateurs au sujet de l’accès de l’application aux courriels professionnels. La [[org|CNIL]] ne commente pas les procédures en cours.

Dans l’écosystème parisien, [[vs|certains]] relativisent : gonfler ses métriques avant une levée [[cd|serait]] “une pratique banale”, glisse [[vs|un fondateur]]. [[vs|D’autres]] [[cv|dénoncent]] un “jeu dangereux” au moment où [[org|Agendo]] prépare son implantation en [[st|Allemagne]] et vise une nouvelle levée l’an prochain.

Notre verdict : TROMPEUR. Le chiffre de 2 millions [[ne|ne peut être vérifié]] et [[hd|semble]] reposer sur une définition très extensive de l’utilisateur actif. Nous mettrons cet article à jour si l’audit annoncé est publié.
"""},

{"id": "b13-fr-rugby", "lang": "fr", "typo": None,
 "source": SRC + "French rugby daily, investigation: salary cap suspicions at a Top 14 club",
 "text": """
Top 14 : le [[org|Racing Club Garonne]] dans le viseur de la [[org|DNACG]] pour des soupçons de contournement du plafond salarial

[[org|Rugby Matin]] – [[per|Thibault Lasserre]], à [[pl|Agen]]

La nouvelle est tombée mardi soir, à la veille du déplacement à [[pl|Castres]]. La [[org|Direction nationale d’aide et de contrôle de gestion]] ([[org|DNACG]]) a ouvert une procédure visant le [[org|Racing Club Garonne]] ([[org|RCG]]), [[hd|soupçonné]] d’avoir dépassé le plafond salarial de près de 900 000 euros sur les deux dernières saisons.

Au cœur du dossier, le contrat de l’ailier fidjien [[per|Semi Radrodro]], arrivé à l’été 2025. Le joueur [[cd|percevrait]], en plus de son salaire déclaré, des « droits à l’image » versés par une société de conseil immatriculée en [[st|Andorre]], [[org|Pyrène Sports Management]]. [[vs|Selon une source proche de l’instance]], ces versements [[cd|atteindraient]] 25 000 euros par mois, soit davantage que son salaire officiel.

Le président du club, [[per|Jean-Baptiste Larrieu-Campistron]], [[cv|dément]] fermement. « Le [[org|RCG]] n’a jamais versé un centime hors contrat. Nous n’avons aucun lien avec cette société », [[cv|assure]]-t-il dans un communiqué publié mercredi matin. Il [[cv|accuse]] « un club concurrent » d’être à l’origine du signalement, [[ne|sans le nommer ni apporter le moindre élément]].

[[vs|Dans l’entourage du joueur]], on [[cv|affirme]] que [[per|Radrodro]] ignorait tout du montage. « [[per|Semi]] signe ce qu’on lui présente, il ne parle pas encore bien français », glisse [[vs|un proche]]. Son agent, [[per|Tevita Naulivou]], basé à [[pl|Suva]], n’a pas donné suite à nos appels.

Ce n’est pas la première fois que le club agenais est [[hd|soupçonné]]. En 2023, [[vs|des dirigeants de clubs de deuxième division]] avaient déjà [[cv|dénoncé]] des primes de match « anormalement élevées » lors de sa saison de montée. L’affaire s’était conclue sans sanction, [[ne|faute de preuves]].

Que risque le [[org|RCG]] ? Le règlement de la [[org|Ligue nationale de rugby]] ([[org|LNR]]) prévoit, en cas de dépassement avéré, une amende et un retrait de points pouvant aller jusqu’à dix unités. Un tel retrait [[cd|ferait]] plonger le club, actuellement septième, sous la ligne de qualification. [[vs|Plusieurs observateurs]] jugent toutefois une sanction sportive [[hd|peu probable]] avant la fin de la saison, la procédure étant [[hd|apparemment]] encore à un stade préliminaire.

Dans le vestiaire, on fait le dos rond. « On ne lit pas les journaux, on prépare [[org|Castres]] », a balayé l’entraîneur [[per|Fabien Issaly]] au sortir de l’entraînement, au [[pl|stade Lucien-Dufau]]. Dimanche, les supporters ont prévu de déployer une banderole de soutien à leur ailier, devenu en quelques mois la coqueluche des bords de [[pl|Garonne]].

Le [[org|Stade toulousain]], qui avait lui-même été sanctionné en 2022, s’est refusé à tout commentaire. La [[org|LNR]] rendra sa décision « dans les prochaines semaines ».
"""},

{"id": "b13-fr-vin", "lang": "fr", "typo": "nnbsp",
 "source": SRC + "French wine trade weekly, news analysis: suspected bulk-wine fraud by a Bordeaux negociant",
 "text": """
[[pl|Bordeaux]] : un négociant libournais [[hd|soupçonné]] d'avoir écoulé du vin espagnol sous appellation

[[org|Vinipresse Hebdo]] – [[per|Catherine Dubernet]] – n° 1482

C'est une affaire qui tombe mal, en pleine campagne d'arrachage. [[vs|Selon nos informations]], la [[org|Direction générale de la concurrence, de la consommation et de la répression des fraudes]] ([[org|DGCCRF]]) enquête depuis l'été sur la maison de négoce [[org|Lacombe-Sérignac]], installée à [[pl|Libourne]]. Près de 12 000 hectolitres de vin en vrac importés de [[pl|Castille-La Manche]] [[cd|auraient]] été assemblés à des bordeaux génériques, puis vendus en grande distribution sous l'appellation.

[[vs|Une source proche de l'enquête]] évoque des factures « incohérentes » entre les volumes achetés aux viticulteurs de l'[[pl|Entre-deux-Mers]] et les volumes expédiés. Des citernes espagnoles [[cd|auraient]] été déchargées de nuit au port de [[pl|Bassens]], [[vs|selon des transporteurs]] interrogés par notre rédaction.

Le dirigeant de la maison, [[per|Arnaud Lacombe-Sérignac]], [[cv|conteste]] vigoureusement. « Nous achetons du vin espagnol, c'est vrai, mais il est vendu comme vin sans indication géographique, et tout est tracé », [[cv|affirme]]-t-il. Il [[cv|dénonce]] une « campagne de dénigrement » orchestrée, selon lui, par des concurrents, [[ne|sans étayer cette accusation]].

Pour l'heure, aucune mise en examen n'a été prononcée. Le [[org|parquet de Libourne]] confirme seulement l'existence d'une enquête préliminaire. L'[[org|Institut national de l'origine et de la qualité]] ([[org|INAO]]) indique ne pas avoir été saisi.

Dans le vignoble, la colère gronde. « Pendant qu'on arrache nos vignes avec 6 000 euros de prime à l'hectare, certains remplissent les rayons avec du vin qui vient de 800 kilomètres », fulmine [[per|Stéphanie Bouyssou]], présidente des [[org|Vignerons indépendants de l'Entre-deux-Mers]]. [[vs|Plusieurs viticulteurs]] [[cv|affirment]] avoir alerté l'interprofession dès 2024, des courriels à l'appui. Le [[org|Conseil interprofessionnel du vin de Bordeaux]] ([[org|CIVB]]) [[cv|assure]] de son côté n'avoir « jamais reçu de signalement formel ».

L'enjeu dépasse ce seul dossier. [[vs|Des courtiers de la place]] estiment que les importations de vrac espagnol en [[pl|Gironde]] ont [[hd|probablement]] doublé en trois ans, [[ne|sans que personne ne puisse avancer de chiffre précis]] : les douanes ne publient pas de données par département. Le sujet est d'autant plus sensible que l'[[st|Espagne]] reste le premier fournisseur de vin en vrac de la [[st|France]].

[[vs|Certains négociants]], sous couvert d'anonymat, relativisent. « Si la fraude est avérée, ce [[cd|serait]] grave. Mais on ne va pas jeter l'opprobre sur toute une profession pour un seul dossier », tempère [[vs|l'un d'eux]]. [[vs|Un autre]] [[cv|soutient]] que l'assemblage de vins d'origines différentes [[cd|pourrait]] relever d'une « erreur d'étiquetage » plutôt que d'une fraude organisée.

Dans la région de [[pl|Saint-Émilion]], où la maison possède aussi des chais, l'affaire alimente les conversations. Le président du syndicat viticole local, [[per|Olivier Dufaure-Larrue]], réclame « des sanctions exemplaires » si les faits sont établis.
"""},

{"id": "b13-fr-haiti", "lang": "fr", "typo": None,
 "source": SRC + "Haitian news website (Port-au-Prince), energy and security: fuel terminal shutdown and shortages",
 "text": """
Carburant : le terminal de [[pl|Varreux]] de nouveau à l'arrêt, le gouvernement [[cv|accuse]] des « saboteurs »

[[org|Kalfou Info]] – [[pl|PORT-AU-PRINCE]], le 21 novembre 2026 – Par [[per|Wideline Jean-Baptiste]]

Pour la troisième fois depuis septembre, le terminal pétrolier de [[pl|Varreux]], principal point d'approvisionnement en carburant de la capitale, est paralysé. Depuis lundi, aucun camion-citerne n'a pu quitter les installations, situées à la lisière de [[pl|Cité Soleil]]. Résultat : des files de plusieurs centaines de mètres devant les rares stations encore ouvertes à [[pl|Delmas]] et à [[pl|Pétion-Ville]], et un gallon de gazoline qui s'échangeait mercredi à 1 500 gourdes au marché noir.

Le porte-parole du gouvernement, [[per|Réginald Saint-Fleur]], [[cv|affirme]] que des « saboteurs » financés par « des secteurs qui profitent de la pénurie » bloquent l'accès au terminal. Il [[ne|n'a cité aucun nom ni présenté le moindre élément]] à l'appui de ces déclarations, lors d'un point de presse tenu mardi à la primature.

[[vs|Selon des chauffeurs de camions-citernes]] joints par [[org|Kalfou Info]], la réalité est plus simple : le gang dit de [[org|Baz Lanmò]] [[cd|contrôlerait]] la route de [[pl|Varreux]] et [[cd|exigerait]] une « taxe » de 25 000 gourdes par camion. « Ceux qui ne paient pas se font tirer dessus », [[cv|assure]] [[vs|l'un d'eux]], qui a requis l'anonymat. Le chef [[hd|présumé]] du gang, connu sous le nom de « [[per|Ti Wòch]] », n'a jamais été arrêté.

La [[org|Police nationale d'Haïti]] ([[org|PNH]]) [[cv|soutient]] de son côté avoir « sécurisé » l'axe dès mardi. [[vs|Des sources policières]] reconnaissent toutefois, sous couvert d'anonymat, que les unités déployées [[cd|auraient]] dû se replier après un échange de tirs. Ces informations [[ne|n'ont pas pu être vérifiées]] de manière indépendante.

Le [[org|Bureau de monétisation des programmes d'aide au développement]] ([[org|BMPAD]]) indique que deux navires chargés de diesel et de gazoline attendent en rade. Son directeur, [[per|Frantz Délva]], [[cv|dément]] toute pénurie « structurelle » et [[cv|assure]] que les stocks [[cd|suffiraient]] pour trois semaines si le terminal rouvrait.

[[vs|Les distributeurs]], eux, [[cv|accusent]] l'État d'inaction. « On ne peut pas envoyer nos chauffeurs mourir », [[cv|martèle]] [[per|Marie-Lourdes Pierre-Louis]], directrice des opérations de [[org|Caraïbes Énergie]]. Une partie du carburant vendu dans le nord du pays [[cd|serait]] désormais acheminée par camion depuis la [[st|République dominicaine]], via [[pl|Ouanaminthe]], [[vs|selon des commerçants de [[pl|Cap-Haïtien]]]].

Dans les quartiers, la pénurie a déjà des conséquences. À [[pl|Carrefour-Feuilles]], les moulins à maïs tournent au ralenti et plusieurs hôpitaux [[cd|seraient]] contraints de rationner l'électricité de leurs génératrices, [[vs|d'après des soignants]]. L'[[org|Hôpital universitaire de la Paix]] a lancé un appel aux dons de carburant.

[[st|Washington]] a fait savoir qu'il « suivait de près » la situation. En [[st|Haïti]], beaucoup n'attendent plus rien des annonces officielles.
"""},

{"id": "b13-fr-yaounde", "lang": "fr", "typo": "nbsp",
 "source": SRC + "Cameroonian football news site, live blog: disputed election at the national football federation",
 "text": """
EN DIRECT – Élection à la [[org|Fécafoot]] : l'assemblée générale suspendue, un candidat [[cv|dénonce]] une « fraude »

[[org|Camfoot Direct]] – Suivi en direct par [[per|Christian Mbarga Ateba]] et [[per|Rosine Ngo Bassong]], à [[pl|Yaoundé]]

17 h 52 – C'est officiel : l'assemblée générale élective de la [[org|Fédération camerounaise de football]] ([[org|Fécafoot]]) est suspendue jusqu'à nouvel ordre. Le président de séance invoque des « raisons de sécurité ». Fin de ce direct, merci de l'avoir suivi.

17 h 20 – Réaction du camp adverse. [[per|Albert Nkoulou-Essomba]], président sortant et candidat à sa succession, [[cv|nie]] toute irrégularité : « Les listes ont été validées par la commission électorale, point. » Il [[cv|accuse]] son rival de vouloir « gagner dans la rue ce qu'il ne peut pas gagner dans les urnes ».

16 h 48 – [[vs|Selon plusieurs délégués]] présents dans la salle, deux représentants de ligues régionales [[cd|auraient]] été empêchés d'entrer par le service d'ordre. [[ne|Nous cherchons à confirmer]].

16 h 35 – Le challenger, [[per|Jean-Roger Tchoumi]], prend la parole devant la presse. Il [[cv|affirme]] que « onze délégués fantômes » figurent sur la liste officielle, dont « deux personnes décédées l'an dernier ». Il brandit une liste, mais [[ne|refuse de la remettre aux journalistes]]. Ces affirmations [[ne|n'ont pas pu être vérifiées]] à ce stade.

16 h 10 – Gros incident : la délégation de l'[[pl|Extrême-Nord]] quitte la salle de l'[[pl|hôtel Mont Fébé]]. Son chef de file, [[per|Moussa Hamadou Bakary]], [[cv|dénonce]] « une mascarade organisée à l'avance ».

15 h 30 – Le représentant de la [[org|FIFA]], arrivé mardi de [[pl|Zurich]], suit les débats depuis le premier rang. [[vs|Selon un membre de son entourage]], l'instance mondiale [[cd|pourrait]] dépêcher une mission de normalisation si le scrutin tourne court. La [[org|Confédération africaine de football]] ([[org|CAF]]) n'a pas réagi.

14 h 55 – [[vs|Des proches de [[per|Tchoumi]]]] [[cv|assurent]] que leur candidat dispose de « 48 voix sur 80 ». Le camp du président sortant [[cv|revendique]], lui, une « large majorité ». Les deux chiffres sont manifestement incompatibles.

14 h 20 – Le [[org|ministère des Sports et de l'Éducation physique]] ([[org|Minsep]]) rappelle dans un communiqué que l'État « ne s'immisce pas » dans le processus électoral. Une précision qui intervient après que [[vs|des délégués de [[pl|Douala]]]] ont [[cv|accusé]] le ministère d'avoir fait pression sur certains électeurs.

13 h 45 – Ambiance tendue à l'entrée. [[vs|Plusieurs supporters]] massés devant les grilles [[cv|affirment]] que le scrutin est « joué d'avance ». La police a installé un double cordon.

13 h 00 – Bienvenue dans ce direct. Les 80 délégués doivent élire ce mardi le président de la [[org|Fécafoot]] pour les quatre prochaines années. Un recours déposé par [[per|Jean-Roger Tchoumi]] devant le [[org|Tribunal arbitral du sport]] ([[org|TAS]]), à [[pl|Lausanne]], contre la composition du collège électoral, [[cd|devrait]] être examiné en décembre. Le scrutin a déjà été reporté deux fois.
"""},

{"id": "b13-fr-roscoff", "lang": "fr", "typo": "nnbsp",
 "source": SRC + "Breton regional news website (Finistère), interview write-up: cross-Channel ferry strike",
 "text": """
Grève chez [[org|Armor Ferries]] : « La direction noircit les comptes », [[cv|accuse]] le délégué [[org|CGT]]

[[org|Penn ar Bed Info]] – Propos recueillis par [[per|Gwenaëlle Le Bihan]], à [[pl|Roscoff]]

Depuis huit jours, aucun navire d’[[org|Armor Ferries]] n’a quitté [[pl|Roscoff]] pour [[pl|Plymouth]] ou [[pl|Cork]]. Les marins protestent contre le projet de la compagnie de faire passer deux de ses trois navires sous pavillon chypriote. Délégué [[org|CGT]] des officiers, [[per|Yannick Kerhervé]] répond à nos questions.

Pourquoi cette grève, en pleine saison des fêtes ?

Parce que la direction ne nous laisse pas le choix. Changer de pavillon, c’est passer à des contrats de droit chypriote, sans les garanties du droit français. Sur le papier, on nous promet que personne ne perdra son emploi. Dans les faits, les nouveaux embauchés [[cd|seraient]] payés 30 % de moins.

La compagnie [[cv|affirme]] avoir perdu 14 millions d’euros l’an dernier. Vous [[cv|contestez]] ce chiffre ?

Oui. Ce chiffre [[ne|n’apparaît dans aucun document comptable qu’on nous ait transmis]]. Les comptes déposés au greffe s’arrêtent à 2024, et ils étaient bénéficiaires. La direction noircit le tableau pour justifier le dépavillonnage.

Que répond la direction ?

Son président, [[per|Hervé Quéméner]], [[cv|soutient]] dans un courrier aux salariés que la compagnie « [[cd|disparaîtrait]] » sans cette réforme. Il [[cv|accuse]] aussi les syndicats de « prendre les passagers en otage ». Nous, on a proposé une médiation dès le premier jour.

[[vs|Certains de vos collègues]] [[cv|affirment]] que des navires [[cd|pourraient]] être affrétés à une compagnie britannique pour assurer les traversées. Est-ce le cas ?

C’est ce qu’on entend sur les quais, oui. Un navire [[cd|serait]] déjà positionné à [[pl|Portsmouth]]. On n’a [[ne|aucune confirmation écrite]]. Si c’est vrai, c’est un contournement de la grève et on ira devant la justice.

Les élus locaux vous soutiennent-ils ?

Le maire de [[pl|Roscoff]] et plusieurs conseillers départementaux du [[pl|Finistère]] sont venus nous voir. La [[org|Région Bretagne]], actionnaire minoritaire à travers une société d’économie mixte, a demandé à la direction de suspendre le projet. On attend qu’elle pèse davantage.

---

Contactée, la direction d’[[org|Armor Ferries]] [[cv|maintient]] ses chiffres et [[cv|assure]] que les comptes 2025 seront publiés « en temps voulu ». [[vs|Selon un cadre de la compagnie]], les pertes s’[[cd|expliqueraient]] en grande partie par la baisse du fret vers l’[[st|Irlande]] depuis l’ouverture de liaisons directes avec le continent. Le [[org|ministère de la Mer]] a nommé jeudi un médiateur. [[vs|Des transporteurs routiers]] bloqués dans le port [[cv|dénoncent]], eux, « une situation intenable », et réclament des rotations de remplacement vers le [[st|Royaume-Uni]] au départ de [[pl|Saint-Malo]].
"""},

{"id": "b13-fr-tunis", "lang": "fr", "typo": None,
 "source": SRC + "Tunisian economy news website, analysis: phosphate production targets versus actual output",
 "text": """
Phosphate : la [[org|CPG]] promet un record, les chiffres racontent une autre histoire

[[org|Dinar Éco]] – Analyse – [[per|Sami Ben Romdhane]]

C'est devenu un rituel. Chaque automne, la [[org|Compagnie des phosphates de Gafsa]] ([[org|CPG]]) annonce un objectif de production ambitieux pour l'année suivante. Cette fois, la barre est placée à 5,5 millions de tonnes pour 2027, soit presque le double de la production réelle de cette année. Le ministre de l'Industrie, [[per|Mohamed Ali Trabelsi]], [[cv|assure]] que cet objectif est « parfaitement réaliste » grâce au retour à la normale du transport ferroviaire.

Les chiffres invitent à la prudence. Selon les données publiées par l'[[org|Institut national de la statistique]] ([[org|INS]]), la production de phosphate commercial n'a pas dépassé 3,2 millions de tonnes sur les douze derniers mois, loin des 8 millions de 2010. Depuis dix ans, aucun des objectifs annoncés n'a été atteint.

Le ministre [[cv|soutient]] que les sit-in qui paralysaient les sites de [[pl|Redeyef]], de [[pl|Moularès]] et de [[pl|Métlaoui]] appartiennent au passé. Une affirmation que [[cv|contestent]] [[vs|des syndicalistes du bassin minier]], selon qui de nouveaux blocages [[cd|seraient]] inévitables si les recrutements promis en 2024 ne se concrétisent pas. L'[[org|Union générale tunisienne du travail]] ([[org|UGTT]]) de [[pl|Gafsa]] a d'ailleurs appelé à une journée de grève régionale le 3 décembre.

Autre goulot d'étranglement : le transport. La [[org|Société nationale des chemins de fer tunisiens]] ([[org|SNCFT]]) [[cv|affirme]] avoir remis en service 40 wagons phosphatiers, mais [[vs|des cadres de la compagnie minière]] [[cv|assurent]] que moins de la moitié circulent réellement. Une partie du minerai continue d'être acheminée par camion vers [[pl|Gabès]] et [[pl|Sfax]], à un coût [[hd|sans doute]] trois fois supérieur.

Côté transformation, le [[org|Groupe chimique tunisien]] ([[org|GCT]]) tourne au ralenti à [[pl|Gabès]], où [[vs|des associations locales]] [[cv|accusent]] l'usine de rejeter toujours du phosphogypse dans le golfe. Le groupe [[cv|nie]] et [[cv|affirme]] que les rejets en mer ont « quasiment cessé », [[ne|sans publier de mesures indépendantes]].

Pour [[per|Leïla Ben Ammar]], économiste à l'[[org|Université de Sfax]], l'enjeu est d'abord budgétaire. « Avec les cours actuels, chaque million de tonnes supplémentaire [[cd|rapporterait]] environ 120 millions de dinars à l'État. C'est pour cela qu'on annonce des records : ils servent à boucler la loi de finances », estime-t-elle.

[[vs|Plusieurs bailleurs]] partagent ce scepticisme. Le [[org|Fonds monétaire international]] ([[org|FMI]]) jugeait dans sa dernière revue les hypothèses de recettes minières « optimistes ». [[vs|Un diplomate européen en poste à [[pl|Tunis]]]] confie que les acheteurs, notamment en [[st|Inde]] et au [[st|Brésil]], se sont tournés vers le [[st|Maroc]], jugé plus fiable.

La [[org|CPG]] a [[hd|peut-être]] les moyens de relever la production en 2027. Encore [[cd|faudrait]]-il que la paix sociale, le rail et les investissements suivent. Sans cela, l'objectif de 5,5 millions de tonnes [[cd|risquerait]] de rejoindre la longue liste des promesses non tenues du bassin minier, au détriment des finances de la [[st|Tunisie]].
"""},
]
