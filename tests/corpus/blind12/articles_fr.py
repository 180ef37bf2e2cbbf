# -*- coding: utf-8 -*-
"""Blind set 12, French articles (invented events, people, companies and outlets). Markup: [[tag|text]]."""
SRC = "written for ClaimLens blind set 12 (invented events and people); register: "

ARTICLES = [
{"id": "b12-fr-niamey", "lang": "fr", "typo": "nbsp",
 "source": SRC + "Nigerien news website (Niamey), humanitarian: diversion of food aid in the Tillabéri region",
 "text": """
Aide alimentaire : des sacs de mil destinés aux déplacés de [[pl|Ayorou]] [[cd|auraient]] été revendus sur les marchés

[[org|Sahel Express]] – Par [[per|Mariama Hassane Issoufou]] – 9 octobre 2026

Des centaines de sacs de mil et de sorgho distribués en septembre aux familles déplacées du département d'[[pl|Ayorou]], dans la région de [[pl|Tillabéri]], [[cd|auraient]] été détournés puis revendus sur les marchés de [[pl|Tillabéri]] et de [[pl|Téra]]. C'est ce qu'[[cv|affirment]] [[vs|plusieurs chefs de village joints par notre rédaction]], qui [[cv|accusent]] des membres des comités locaux de distribution d'avoir gonflé les listes de bénéficiaires.

« On nous a donné la moitié de ce qui était prévu. Le reste, on l'a retrouvé au marché avec le logo encore visible », [[cv|assure]] [[per|Boubacar Hamidou]], chef du village de [[pl|Firgoun]]. Des photos de sacs portant l'emblème du [[org|Programme alimentaire mondial]] ([[org|PAM]]) circulent depuis une semaine sur les réseaux sociaux. Leur date et leur lieu [[ne|n'ont pas pu être vérifiés]] de manière indépendante.

[[vs|Selon un agent humanitaire en poste à [[pl|Tillabéri]]]], qui a requis l'anonymat, « près de 300 tonnes » [[cd|seraient]] concernées. Le chiffre [[hd|semble]] toutefois élevé au regard des volumes livrés dans le département, environ 1 100 tonnes depuis juin.

Interrogé, le bureau du [[org|PAM]] à [[pl|Niamey]] a indiqué avoir « pris connaissance des allégations » et ouvert une vérification interne avec son partenaire d'exécution, l'ONG [[org|Tadamoun Sahel]]. Celle-ci [[cv|dément]] tout détournement organisé et [[cv|soutient]] que les sacs vendus proviennent « de ménages bénéficiaires qui revendent une partie de leur ration pour acheter du savon ou des médicaments ». Une pratique courante, [[vs|selon plusieurs spécialistes de l'aide d'urgence]].

Le gouverneur de la région, le colonel [[per|Issaka Moussa Garba]], a annoncé l'envoi d'une mission d'inspection. Il a reconnu que « des irrégularités » [[cd|pourraient]] exister, tout en mettant en garde contre des accusations sans fondement.

Pour [[per|Aïchatou Mounkaïla]], présidente de l'association [[org|Femmes solidaires du fleuve]], les déplacés [[cd|seraient]] les premières victimes d'un système opaque. « Personne ne sait qui a établi les listes. On [[cd|devrait]] les afficher devant chaque mairie », plaide-t-elle.

[[vs|Des sources sécuritaires]] évoquent par ailleurs l'implication [[hd|présumée]] de commerçants venus du [[st|Burkina Faso]] voisin, qui [[cd|achèteraient]] les sacs à bas prix avant de les faire passer la frontière. Aucune arrestation n'a été annoncée.

Le département d'[[pl|Ayorou]] accueille plus de 40 000 déplacés, chassés par les violences des groupes armés dans la zone dite des trois frontières, entre le [[st|Niger]], le [[st|Mali]] et le [[st|Burkina Faso]]. [[st|Niamey]] a promis la semaine dernière une aide supplémentaire de 2 000 tonnes de céréales avant la période de soudure.

Légende photo : distribution de vivres à [[pl|Ayorou]], le 12 septembre. (Photo [[org|Sahel Express]])
"""},

{"id": "b12-fr-conakry", "lang": "fr", "typo": None,
 "source": SRC + "Guinean news website (Conakry), mining and environment: bauxite dust and a polluted river near Boké",
 "text": """
Bauxite : à [[pl|Kamsar]], les riverains [[cv|accusent]] la [[org|SOBAK]] d'avoir pollué le [[pl|Rio Nunez]]

Par [[per|Thierno Amadou Diallo]], envoyé spécial – [[org|Guinée Matin Plus]]

Le poisson a disparu, l'eau est devenue rouge et les rizières de [[pl|Taïdy]] ne produisent plus. Depuis le mois d'août, les habitants de plusieurs districts de la préfecture de [[pl|Boké]] [[cv|accusent]] la [[org|Société de bauxite de Kamsar]] ([[org|SOBAK]]) d'avoir laissé s'écouler des boues de lavage dans le [[pl|Rio Nunez]] après la rupture d'un bassin de décantation.

« Les ingénieurs sont venus la nuit avec des pelleteuses pour refermer la digue. Ils savaient », [[cv|affirme]] [[per|Mamadouba Camara]], pêcheur et conseiller du district. Selon lui, une cinquantaine de familles [[cd|auraient]] perdu l'essentiel de leurs revenus.

Dans un communiqué publié lundi, la [[org|SOBAK]], filiale d'un consortium sino-émirien, [[cv|nie]] toute rupture de bassin et [[cv|assure]] que la coloration de l'eau est due « aux fortes pluies de la saison et à l'érosion naturelle des berges ». L'entreprise [[cv|affirme]] avoir fait analyser l'eau par un laboratoire indépendant, [[ne|sans toutefois publier les résultats]].

[[vs|Un cadre de la direction préfectorale de l'environnement]], s'exprimant sous couvert d'anonymat, [[cv|soutient]] au contraire que des prélèvements réalisés en septembre montrent des taux d'aluminium « dix fois supérieurs à la normale ». Ces analyses [[ne|n'ont pas été rendues publiques]].

Le ministre des Mines et de la Géologie, [[per|Sékou Kourouma]], a annoncé mardi l'envoi d'une commission d'enquête. « Si les faits sont avérés, la société [[cd|devrait]] indemniser les victimes et réparer les dégâts », a-t-il déclaré devant la presse à [[pl|Conakry]]. Le [[org|ministère de l'Environnement et du Développement durable]] n'a pas souhaité commenter.

L'ONG [[org|Action Mines Guinée]] ([[org|AMG]]), qui accompagne les riverains, [[cv|dénonce]] « des années de laxisme ». Selon elle, au moins trois incidents similaires [[cd|auraient]] été signalés depuis 2022 sans suite. [[vs|Certains observateurs]] estiment que le dossier [[cd|pourrait]] devenir un test pour le nouveau code minier, qui prévoit des amendes allant jusqu'à 5 % du chiffre d'affaires.

La [[st|Guinée]], premier exportateur mondial de bauxite, a vu ses expéditions vers la [[st|Chine]] atteindre un record l'an dernier. [[st|Pékin]] n'a pas réagi à l'affaire.

À [[pl|Taïdy]], les pêcheurs attendent. « On nous promet des enquêtes depuis toujours », soupire [[per|Fatoumata Sylla]], qui vend du poisson fumé au marché de [[pl|Kamsar]]. « Cette fois, il [[cd|faudrait]] que quelqu'un vienne vraiment regarder la rivière. »
"""},

{"id": "b12-fr-djibouti", "lang": "fr", "typo": "nnbsp",
 "source": SRC + "wire agency dispatch (invented Horn of Africa agency), logistics: dispute over a container terminal concession",
 "text": """
Port de [[pl|Doraleh]] : [[st|Djibouti]] [[cv|accuse]] l'opérateur [[org|Meridian Ports]] de « sabotage », celui-ci [[cv|dément]]

[[pl|DJIBOUTI-VILLE]], 3 novembre 2026 ([[org|Agence Corne Information]]) – Le gouvernement djiboutien a [[cv|accusé]] lundi l'opérateur portuaire [[org|Meridian Ports]], basé à [[pl|Singapour]], d'avoir délibérément ralenti le traitement des conteneurs au terminal de [[pl|Doraleh]] pour faire pression dans la renégociation de sa concession.

« Nous avons la preuve que des grues ont été mises à l'arrêt sans raison technique », a [[cv|affirmé]] le ministre des Infrastructures et de l'Équipement, [[per|Hassan Omar Bouh]], lors d'une conférence de presse. Il n'a toutefois [[ne|présenté aucun document]] à l'appui de ses déclarations.

[[org|Meridian Ports]] [[cv|rejette]] ces accusations. Dans un courriel adressé à l'agence, sa directrice régionale, [[per|Lena Ashworth]], [[cv|assure]] que les retards sont dus « à une panne du système informatique de l'autorité portuaire » et non à son personnel. L'entreprise [[cv|soutient]] en outre que [[st|Djibouti]] lui doit « plus de 40 millions de dollars » de redevances impayées.

Le différend, qui couve depuis le printemps, [[cd|pourrait]] avoir des conséquences bien au-delà du petit pays. Le port de [[pl|Doraleh]] traite l'essentiel des importations de l'[[st|Éthiopie]], qui n'a pas d'accès à la mer. [[vs|Selon des transitaires éthiopiens]], le délai moyen de dédouanement [[cd|serait]] passé de quatre à onze jours en octobre, provoquant des pénuries de ciment et d'engrais à [[pl|Addis-Abeba]].

[[vs|Des diplomates en poste dans la région]] [[cv|affirment]] que [[st|Djibouti]] [[cd|chercherait]] à confier le terminal à un nouvel opérateur, [[hd|vraisemblablement]] soutenu par des capitaux du Golfe. Le ministère a qualifié ces informations de « rumeurs ».

L'[[org|Autorité des ports et des zones franches de Djibouti]] ([[org|APZFD]]) a indiqué qu'une réunion de conciliation se [[cd|tiendrait]] à [[pl|Paris]] à la fin du mois, sous l'égide de la [[org|Chambre de commerce internationale]]. [[org|Meridian Ports]] a confirmé sa participation.

À [[pl|Addis-Abeba]], le [[org|ministère éthiopien des Transports]] s'est borné à « appeler les deux parties au dialogue ». [[vs|Un responsable éthiopien]] a toutefois jugé la situation « intenable » pour les importateurs.

En 2018, [[st|Djibouti]] avait déjà rompu un contrat de concession avec un autre opérateur étranger, une affaire qui avait abouti devant la justice arbitrale à [[pl|Londres]].
"""},
{"id": "b12-fr-cherbourg", "lang": "fr", "typo": None,
 "source": SRC + "French regional daily (Normandy, Manche), municipal council report: sale of port land to a developer",
 "text": """
Conseil municipal de [[pl|Cherbourg-en-Cotentin]] : la vente des terrains du [[pl|quai de l'Entrepôt]] adoptée dans la tension

Par [[per|Gaëlle Lemarinel]]

Trois heures de débats, deux suspensions de séance et un vote serré : lundi soir, le conseil municipal de [[pl|Cherbourg-en-Cotentin]] a approuvé, par 38 voix contre 21, la cession de 4,2 hectares de terrains portuaires au promoteur caennais [[org|Novamar Immobilier]], qui prévoit d'y construire 320 logements, un hôtel et une galerie commerciale.

Dès l'ouverture, l'opposition a [[cv|accusé]] la majorité d'avoir « bradé » le foncier. Le prix retenu, 3,1 millions d'euros, [[cd|serait]] inférieur de près de moitié à l'estimation initiale, a [[cv|affirmé]] [[per|Yannick Lepetit]], chef de file du groupe [[org|Cotentin en commun]]. Il s'appuie sur un avis du service des Domaines daté de 2024, que la municipalité [[cv|conteste]] : selon le maire, [[per|Hervé Gosselin]], ce document portait « sur un autre périmètre » et ne tenait pas compte du coût de dépollution des sols.

« Personne n'a rien bradé. Ces terrains sont pollués aux hydrocarbures depuis un siècle, et c'est l'acheteur qui paiera la dépollution », a répondu le maire, qui [[cv|assure]] que la commune « ne perdra pas un centime ».

[[vs|Plusieurs élus de la majorité]] ont pourtant fait part, en coulisses, de leur malaise. [[vs|L'un d'eux]] confie que le dossier « a été bouclé trop vite » et que le conseil [[cd|aurait]] dû disposer d'une expertise indépendante. Quatre élus de la majorité se sont abstenus.

L'opposition a également soulevé la question des liens entre [[org|Novamar Immobilier]] et un ancien adjoint à l'urbanisme, [[per|Jean-Luc Hamel]], qui [[cd|aurait]] travaillé comme consultant pour le promoteur après avoir quitté ses fonctions. [[per|Hamel]], joint par téléphone mardi, [[cv|nie]] avoir « jamais été salarié ou rémunéré » par l'entreprise. Le groupe [[org|Cotentin en commun]] n'a [[ne|produit aucun élément]] établissant ce lien.

Le dossier [[cd|pourrait]] ne pas s'arrêter là. [[per|Yannick Lepetit]] a annoncé son intention de saisir le [[org|tribunal administratif de Caen]] et d'alerter la [[org|chambre régionale des comptes de Normandie]]. La [[org|préfecture de la Manche]] dispose de deux mois pour exercer son contrôle de légalité.

Côté port, l'accueil est plus nuancé. La [[org|Chambre de commerce et d'industrie Ouest Normandie]] salue un projet qui [[cd|devrait]] « redonner vie à un quartier en friche ». Les pêcheurs, eux, craignent de perdre des places de stationnement près de la criée.

Les premiers travaux de dépollution [[cd|pourraient]] commencer au printemps 2027, selon le calendrier évoqué en séance.

À lire aussi : [[pl|Valognes]] : la future médiathèque reportée d'un an
"""},

{"id": "b12-fr-gand", "lang": "fr", "typo": "nbsp",
 "source": SRC + "Belgian economic weekly (Brussels), business: takeover talks for a family brewery in East Flanders",
 "text": """
Brasserie : le danois [[org|Carlsvik]] [[cd|serait]] en pourparlers pour racheter [[org|Ter Linde]]

Par [[per|Olivier Van Damme]] | L'[[org|Écho des Entreprises]] | Publié le 18 juin 2026

Le brasseur familial [[org|Brouwerij Ter Linde]], installé depuis 1894 à [[pl|Melle]], près de [[pl|Gand]], [[cd|serait]] sur le point de passer sous pavillon étranger. [[vs|Selon plusieurs sources proches des négociations]], le groupe danois [[org|Carlsvik]] [[cd|aurait]] soumis une offre valorisant l'entreprise autour de 180 millions d'euros, dette comprise.

Contactée, la direction de [[org|Ter Linde]] [[cv|dément]] toute négociation « à ce stade ». Son administrateur délégué, [[per|Pieter De Wulf]], arrière-petit-fils du fondateur, [[cv|assure]] que la brasserie « n'est pas à vendre ». [[vs|D'après nos informations]], des représentants de [[org|Carlsvik]] ont pourtant visité le site à deux reprises au printemps, et un mandat [[cd|aurait]] été confié à la banque d'affaires [[org|Lazard]] pour organiser la transaction.

Le contexte pousse à la consolidation. La consommation de bière en [[st|Belgique]] recule d'environ 2 % par an, et les coûts de l'énergie et de l'orge ont pesé sur les marges. [[org|Ter Linde]] a publié en 2025 un bénéfice net de 4,8 millions d'euros, en baisse de 37 %, pour un chiffre d'affaires stable de 96 millions. Ses bières d'abbaye se vendent surtout aux [[st|Pays-Bas]], en [[st|France]] et, depuis peu, aux [[st|États-Unis]].

[[vs|Certains membres de la famille]] [[cd|seraient]] favorables à une cession, notamment ceux qui ne travaillent pas dans l'entreprise. « La cinquième génération n'a plus le même attachement », glisse [[vs|un proche de l'actionnariat]]. D'autres [[cd|voudraient]] au contraire faire entrer un fonds régional au capital, comme le fonds d'investissement flamand [[org|PMV]].

Du côté syndical, l'inquiétude monte. [[per|Sofie Verhaegen]], déléguée [[org|ACV-CSC]], [[cv|affirme]] que la direction a « gelé toutes les embauches depuis janvier », ce que l'entreprise [[cv|conteste]]. Le site emploie 310 personnes.

[[org|Carlsvik]], qui a déjà racheté deux brasseries allemandes depuis 2023, n'a pas souhaité commenter. Un analyste de [[org|Degroof Petercam]], [[per|Marc Lievens]], juge qu'un tel rachat « [[hd|paraît]] cohérent » avec la stratégie du groupe, tout en soulignant que le prix évoqué « [[hd|semble]] généreux ».

Le ministre flamand de l'Économie a rappelé qu'aucune autorisation n'était requise pour ce type d'opération, mais a dit « suivre le dossier de près ».
"""},

{"id": "b12-fr-voile", "lang": "fr", "typo": "nnbsp",
 "source": SRC + "French sports daily, sailing: solo transatlantic race, jury hearing over alleged engine use",
 "text": """
Voile : [[per|Maël Kerjean]] [[hd|soupçonné]] d’avoir utilisé son moteur, le jury de la Transat des Alizés saisi

Par [[per|Capucine Riou]], à [[pl|Pointe-à-Pitre]]

Il a franchi la ligne en troisième position dimanche après quinze jours de mer, mais le podium de [[per|Maël Kerjean]] est déjà menacé. Le jury international de la Transat des Alizés examinera mardi une réclamation déposée par deux concurrents, qui [[cv|accusent]] le skipper finistérien d’avoir fait tourner son moteur de propulsion pendant une zone de calme, au large des [[pl|Canaries]].

La réclamation s’appuie sur les données de position du bateau. Entre le 4 et le 5 novembre, celui-ci [[cd|aurait]] maintenu une vitesse de six nœuds alors que les concurrents voisins étaient quasi immobiles, [[cv|affirment]] [[per|Lou Ferrandez]] et [[per|Tobias Lindqvist]], respectivement quatrième et cinquième. « Les chiffres parlent d’eux-mêmes », [[cv|insiste]] [[per|Ferrandez]].

[[per|Kerjean]] [[cv|nie]] catégoriquement. « J’ai trouvé un petit couloir de vent le long d’un front. C’est du placement, pas de la triche », a-t-il déclaré à son arrivée. Son équipe [[cv|fait valoir]] que le plomb scellé sur l’arbre d’hélice était intact lors du contrôle à l’arrivée, ce qu’a confirmé la direction de course.

Les organisateurs, la société [[org|Alizés Océan Événements]], ont précisé que le scellé avait bien été vérifié, mais [[vs|des observateurs du circuit]] rappellent qu’un scellé peut théoriquement être contourné. [[vs|Selon un ancien directeur de course]], qui ne souhaite pas être nommé, l’examen des données du moteur, enregistrées par une centrale électronique, [[cd|devrait]] permettre de trancher. Ces données n’ont pas encore été transmises au jury.

L’affaire jette une ombre sur une édition déjà marquée par trois abandons. Le vainqueur, le Néerlandais [[per|Joost van Keulen]], s’est refusé à tout commentaire. La [[org|Fédération française de voile]] ([[org|FFVoile]]) a indiqué qu’elle « attendait la décision du jury ».

En cas de sanction, [[per|Kerjean]] [[cd|pourrait]] écoper d’une pénalité en temps, voire d’une disqualification. Son sponsor, la coopérative laitière [[org|Laïta Ouest]], [[cv|assure]] lui garder « toute sa confiance ».

Le navigateur de [[pl|Douarnenez]], 34 ans, avait terminé deuxième de l’édition 2024. « Je n’ai rien à cacher. Qu’ils regardent tout ce qu’ils veulent », a-t-il lancé, la voix cassée, sur le ponton de la marina du [[pl|Bas-du-Fort]].

[[vs|Selon des proches de son équipe]], le skipper, [[hd|visiblement]] éprouvé, [[cd|envisagerait]] de faire appel devant la [[org|Fédération française de voile]] en cas de disqualification, une procédure qui [[cd|prendrait]] plusieurs semaines.

La décision est attendue mercredi.
"""},
{"id": "b12-fr-archeo", "lang": "fr", "typo": "nbsp",
 "source": SRC + "French popular archaeology and science magazine, prehistory: disputed dating of engravings in a cave in Quercy",
 "text": """
Préhistoire : les gravures de la [[pl|grotte des Combettes]] ont-elles vraiment 38 000 ans ?

Une équipe franco-espagnole [[cv|affirme]] avoir découvert dans le [[pl|Lot]] les plus anciennes gravures figuratives d’[[pl|Europe]]. D’autres spécialistes sont beaucoup plus réservés.

Par [[per|Hélène Castagné]]

C’est une annonce qui a fait grand bruit. Dans un article publié le 2 septembre dans la revue [[org|Journal of Paleolithic Studies]], une équipe dirigée par l’archéologue [[per|Bruno Vialard]], de l’[[org|université Toulouse - Jean Jaurès]], et par [[per|Ainhoa Etxeberria]], du [[org|Centre national de recherche sur l’évolution humaine]] ([[org|CENIEH]]) de [[pl|Burgos]], présente une série de gravures de chevaux et de bouquetins découvertes dans la [[pl|grotte des Combettes]], près de [[pl|Cabrerets]].

Selon les auteurs, ces gravures [[cd|dateraient]] d’environ 38 000 ans, ce qui en [[cd|ferait]] les plus anciennes représentations animales gravées connues en [[st|France]]. Leur datation repose sur l’analyse de fines couches de calcite qui recouvrent une partie des traits, par la méthode uranium-thorium.

« La calcite s’est formée après la gravure. Elle donne donc un âge minimum, et cet âge est très ancien », [[cv|soutient]] [[per|Vialard]], joint par téléphone.

Mais la méthode est loin de faire l’unanimité. [[vs|Plusieurs spécialistes de l’art pariétal]] interrogés par notre magazine jugent la démonstration « fragile ». Pour [[per|Carole Mestre]], chercheuse au [[org|CNRS]], les prélèvements de calcite [[cd|pourraient]] avoir été contaminés par de l’uranium plus récent, ce qui [[cd|vieillirait]] artificiellement les résultats. « Ce n’est pas impossible, mais l’article [[ne|n’apporte pas la preuve]] que la calcite recouvre bien les traits gravés », estime-t-elle.

[[vs|D’autres chercheurs]] relèvent que le style des chevaux, avec leur crinière en escalier, ressemble davantage à celui de périodes plus récentes, autour de 25 000 ans. [[vs|Un conservateur du [[org|ministère de la Culture]]]] va jusqu’à [[cv|affirmer]] que certains traits « [[cd|pourraient]] être modernes ». [[ne|Aucune analyse n’a pourtant été publiée]] pour étayer cette hypothèse.

L’équipe de [[per|Vialard]] [[cv|réfute]] ces critiques et [[cv|assure]] avoir pris « toutes les précautions d’usage ». Elle [[cv|accuse]] certains de ses collègues de « protéger des chronologies établies ».

La grotte, propriété privée, est fermée au public. Le [[org|service régional de l’archéologie d’Occitanie]] a annoncé qu’une nouvelle campagne de datation [[cd|serait]] menée au printemps par un laboratoire indépendant, [[hd|probablement]] celui du [[org|Muséum national d’histoire naturelle]].

En attendant, les gravures des [[pl|Combettes]] restent « [[hd|possiblement]] exceptionnelles », résume prudemment [[per|Mestre]].

Légende : relevé d’un cheval gravé dans la [[pl|grotte des Combettes]]. ([[org|Université Toulouse - Jean Jaurès]]/[[org|CENIEH]])
"""},

{"id": "b12-fr-clermont", "lang": "fr", "typo": None,
 "source": SRC + "French regional daily (Auvergne), labour court chronicle: warehouse workers against a logistics company",
 "text": """
Prud'hommes de [[pl|Clermont-Ferrand]] : cinq préparateurs de commandes face au géant de la logistique [[org|Transalp Logistique]]

Par [[per|Romain Chabrier]] | Publié le 24/11/2026 à 18h40

Ils étaient cinq, assis côte à côte dans la petite salle du [[org|conseil de prud'hommes de Clermont-Ferrand]], ce lundi après-midi. Cinq anciens préparateurs de commandes de l'entrepôt de [[pl|Gerzat]], licenciés au printemps pour « insuffisance professionnelle ». Tous [[cv|affirment]] avoir été écartés pour avoir refusé un nouveau système de cadences imposé par leur employeur, [[org|Transalp Logistique]].

Leur avocate, Me [[per|Nadia Ferhat]], a décrit un entrepôt où les salariés étaient « chronométrés à la seconde » par leur terminal de scan. « On leur demandait 180 colis à l'heure. Ceux qui n'y arrivaient pas recevaient des avertissements automatiques », a-t-elle [[cv|martelé]]. Selon elle, au moins une vingtaine de salariés [[cd|auraient]] quitté l'entreprise en un an pour les mêmes raisons.

[[vs|Un ancien chef d'équipe]], cité comme témoin par écrit, [[cv|soutient]] que la direction lui avait demandé de « cibler » les salariés syndiqués. Une accusation grave, que l'avocat de l'entreprise, Me [[per|Laurent Bessière]], a balayée : « Ce témoignage [[ne|n'est étayé par aucun document]]. C'est la parole d'un homme licencié lui-même en 2025. »

Pour la défense, les licenciements reposent sur « des faits objectifs » : des erreurs de préparation répétées, mesurées par le même logiciel. Ce programme, [[hd|apparemment]] développé par une filiale suisse du groupe, n'a jamais été présenté au comité social et économique, [[vs|selon des représentants du personnel]], qui [[cv|affirment]] l'avoir découvert « par hasard » lors d'une mise à jour. [[org|Transalp Logistique]] [[cv|conteste]] toute notion de quota et [[cv|assure]] que les objectifs de productivité « ont été fixés en concertation avec les représentants du personnel ». Un accord signé en 2024 par deux syndicats sur trois a été versé au dossier.

La [[org|CGT]], qui soutient les plaignants, [[cv|dénonce]] de son côté un « management par algorithme ». Son délégué départemental, [[per|Didier Fayolle]], estime que le dossier « [[cd|pourrait]] faire jurisprudence » dans un secteur en forte croissance autour de [[pl|Clermont-Ferrand]].

L'inspection du travail avait été saisie en 2025, mais ses conclusions n'ont pas été communiquées aux parties. [[vs|Selon une source syndicale]], elle [[cd|aurait]] relevé des « dépassements ponctuels » de la durée du travail, sans aller plus loin. Une information [[ne|impossible à confirmer]] à ce stade.

Les cinq plaignants réclament chacun entre 25 000 et 40 000 euros de dommages et intérêts. « Je ne demande pas la lune. Je [[cd|voudrais]] juste qu'on reconnaisse qu'on nous a usés », a glissé l'un d'eux, [[per|Kévin Aubignat]], 29 ans, à la sortie de l'audience.

Le jugement a été mis en délibéré au 19 janvier.
"""},
{"id": "b12-fr-kourou", "lang": "fr", "typo": "nnbsp",
 "source": SRC + "French Guiana news website (Cayenne), space industry: launch postponed, a local subcontractor blamed",
 "text": """
[[pl|Kourou]] : le lancement d’une fusée [[org|Arianespace]] reporté, un sous-traitant guyanais pointé du doigt

Par [[per|Yohann Jean-Baptiste]] – 5 mars 2026 à 07h15 – Mis à jour à 11h02

Le lancement prévu mardi soir depuis le [[org|Centre spatial guyanais]] ([[org|CSG]]) a été reporté d’au moins trois semaines. En cause, officiellement, « une anomalie détectée sur un équipement sol ». Mais [[vs|selon plusieurs salariés de la base]], l’incident [[cd|serait]] lié à une erreur de maintenance commise par une entreprise locale, [[org|Amazonie Techniques Industrielles]] ([[org|ATI]]), chargée de l’entretien des conduites de fluides.

« Une vanne a été remontée à l’envers. Tout le monde le sait sur le site », [[cv|affirme]] [[vs|un technicien]], qui a requis l’anonymat par crainte de représailles. Cette version [[ne|n’a été confirmée ni]] par le [[org|Centre national d’études spatiales]] ([[org|CNES]]), qui exploite la base, ni par l’opérateur de lancement [[org|Arianespace]].

Le dirigeant d’[[org|ATI]], [[per|Frédéric Sainte-Rose]], [[cv|rejette]] fermement cette mise en cause. « Nos équipes ont suivi les procédures à la lettre. On cherche un coupable local pour protéger les grands groupes », [[cv|accuse]]-t-il, en rappelant que son entreprise emploie 85 personnes à [[pl|Kourou]] et à [[pl|Cayenne]].

Interrogé mercredi, le directeur du [[org|CSG]], [[per|Philippe Marchetti]], s’est refusé à « désigner un responsable avant la fin de l’enquête technique ». Il a toutefois reconnu qu’une « erreur humaine » n’était « pas exclue ».

Le report tombe mal. La mission devait placer en orbite un satellite d’observation de l’[[org|Agence spatiale européenne]] ([[org|ESA]]), attendu par les agences de protection civile pour la surveillance des inondations. Chaque semaine de retard [[cd|coûterait]] plusieurs centaines de milliers d’euros, [[vs|selon des sources industrielles]], des chiffres [[ne|que personne n’a voulu confirmer officiellement]].

En [[pl|Guyane]], l’affaire ravive un vieux débat sur la place des entreprises locales dans l’activité spatiale. Le président de la [[org|Collectivité territoriale de Guyane]], [[per|Joël Séraphin]], a [[cv|dénoncé]] sur les réseaux sociaux une « mise en accusation [[ne|sans preuves]] » d’une PME guyanaise, et réclamé la publication du rapport d’enquête.

[[vs|Des élus de l’opposition]] jugent au contraire que les contrats de sous-traitance [[cd|devraient]] être mieux contrôlés. « On ne peut pas jouer avec la sécurité d’un lanceur », [[cv|insiste]] [[per|Nadège Lony]], conseillère territoriale.

Une nouvelle date de lancement [[cd|pourrait]] être annoncée la semaine prochaine. [[vs|D’après un connaisseur du dossier]], elle ne [[cd|serait]] pas antérieure au 28 mars.

Photo : le pas de tir du lanceur au [[org|CSG]], en février. ([[org|CNES]]/[[org|ESA]])
"""},

{"id": "b12-fr-monaco", "lang": "fr", "typo": "nbsp",
 "source": SRC + "Monaco news website, real estate and politics: cost overrun of a sea-extension housing project",
 "text": """
Extension en mer : le chantier de l'[[pl|Anse du Portier]] [[cd|aurait]] dérapé de 200 millions d'euros

Par [[per|Stéphanie Gastaud]] | [[org|Monaco Hebdo Info]]

La facture du nouveau quartier gagné sur la mer à l'est du [[pl|Larvotto]] [[cd|aurait]] nettement augmenté. [[vs|Selon un document interne consulté par notre rédaction]], le coût des travaux publics liés à l'extension, à la charge de l'État monégasque, [[cd|atteindrait]] désormais 740 millions d'euros, contre 540 millions prévus dans la loi de 2023.

Le document, une note de la direction des Travaux publics datée de septembre, évoque des « surcoûts liés aux fondations » et au « renforcement de la digue ». Son authenticité [[ne|n'a pas pu être établie]] formellement, mais [[vs|deux sources au sein de l'administration]] en ont confirmé la teneur.

Le conseiller de gouvernement-ministre de l'Équipement, [[per|Céline Marquet-Rossi]], [[cv|conteste]] ces chiffres. « Il n'y a aucun dérapage. Les montants cités mélangent des dépenses qui n'ont rien à voir avec le projet », a-t-elle [[cv|assuré]] lundi devant la presse. Le promoteur, le groupement [[org|Portier Développement]], n'a pas répondu à nos sollicitations.

Au [[org|Conseil national]], le parlement monégasque, l'affaire a provoqué un échange vif. L'élu [[per|Thomas Lorenzi]], du groupe [[org|Horizon Monégasque]], [[cv|accuse]] le gouvernement d'avoir « caché la vérité » aux élus pendant les débats budgétaires. « On nous a [[hd|sans doute]] présenté des chiffres périmés en connaissance de cause », [[cv|affirme]]-t-il.

La majorité se montre plus prudente. Son président, [[per|Stéphane Ardoino-Rey]], demande « une expertise indépendante avant toute conclusion » et juge les accusations « prématurées ».

Une partie des dépassements [[cd|serait]] liée à la hausse du prix de l'acier et aux exigences environnementales imposées pour protéger les herbiers de posidonie, [[vs|selon des proches du dossier]]. Les associations de défense de l'environnement, dont l'[[org|Association monégasque pour la protection de la nature]] ([[org|AMPN]]), [[cv|soutiennent]] de leur côté que ces protections n'ont été « que partiellement respectées ».

L'enjeu dépasse les seules finances publiques. Avec ses 2 kilomètres carrés, [[st|Monaco]] manque cruellement de logements pour ses propres nationaux, et le gouvernement avait promis que l'extension [[cd|permettrait]] d'en construire une centaine. [[vs|Des opposants]] [[cv|affirment]] que ce nombre [[cd|aurait]] déjà été revu à la baisse.

Le ministre d'État, [[per|Bernard Vallauri]], doit être entendu par la commission des finances du [[org|Conseil national]] le 2 décembre. Les conclusions de l'audit commandé à un cabinet parisien sont attendues pour le début de l'année.
"""},
]
