# French articles for blind set 5 (invented events and people). Markup: see build.py.
SRC = "written for ClaimLens blind set 5 (invented events and people); register: "

ARTICLES = [
{
"id": "b5-fr-vevey", "lang": "fr", "fr_typo": True,
"source": SRC + "Swiss regional daily (Vaud), local council story",
"text": r"""
[[pl|Vevey]] : la Municipalité [[cd|aurait]] sous-évalué le coût du futur port de plaisance

Un rapport d'ingénieurs chiffrait dès janvier l'agrandissement du [[pl|port des Bosquets]] à 14,8 millions de francs, près du double du crédit voté en mars. Le syndic [[cv|dément]] toute dissimulation.

Le dossier devait passer comme une lettre à la poste. En mars, le [[org|Conseil communal de Vevey]] approuvait par 71 voix contre 12 un crédit de 7,9 millions de francs pour agrandir le [[pl|port des Bosquets]] et y créer 120 places d'amarrage. Or un rapport du bureau [[org|Perrotet & Zbinden]], daté du 18 janvier et dont nous avons obtenu une copie, évaluait déjà la facture à 14,8 millions.

[[vs|Selon deux élus qui ont pu consulter le document]], la Municipalité en [[cd|aurait]] eu connaissance avant le vote. « On nous a présenté un chiffre politique, pas un chiffre d'ingénieur », [[cv|affirme]] [[per|Nadia Imhof]], conseillère communale du groupe [[org|Vevey Libre]]. Elle [[cv|accuse]] l'exécutif d'avoir « découpé le projet en tranches » pour rester sous le seuil qui [[cd|aurait]] permis un référendum.

Le syndic, [[per|Olivier Chappuis]], [[cv|conteste]] cette lecture. « Ce rapport décrivait une variante maximale, avec une digue en béton que nous avons abandonnée dès février », a-t-il déclaré mardi devant la presse. Le projet retenu « ne [[cd|devrait]] pas dépasser le crédit voté, à quelques centaines de milliers de francs près », [[cv|assure]]-t-il. [[per|Chappuis]] [[ne|n'a toutefois fourni aucun document]] chiffrant cette variante allégée, et le bureau [[org|Perrotet & Zbinden]] n'a pas répondu à nos questions.

Au canton, on reste prudent. La [[org|Direction générale de l'environnement]] ([[org|DGE]]) indique n'avoir « encore reçu aucune demande d'autorisation » pour les travaux lacustres. [[vs|Un ingénieur cantonal]], qui a requis l'anonymat, estime que la facture [[cd|pourrait]] [[hd|vraisemblablement]] encore grimper : « Personne n'a fait de sondages géotechniques sous cette partie du [[pl|Léman]]. On construit sur des suppositions. » À [[pl|Lausanne]], l'agrandissement du [[pl|port de Vidy]] avait coûté 40 % de plus que prévu.

L'opposition réclame désormais un audit. Le groupe [[org|UDC]] a déposé lundi une interpellation demandant que la [[org|Cour des comptes du canton de Vaud]] se saisisse du dossier. Son chef de file, [[per|Marc-André Pittet]], [[cv|martèle]] que « le peuple [[cd|aurait]] dit non » si le montant réel avait été connu. Dans [[vs|l'entourage du syndic]], on [[cv|fait valoir]] au contraire que ce raisonnement est [[hd|probablement]] faux : le port [[cd|serait]] rentabilisé en quinze ans grâce aux taxes d'amarrage, qui ont augmenté de 30 % depuis 2022.

Aucune aide fédérale n'est à attendre : [[st|Berne]] ne finance pas les infrastructures de loisirs, a rappelé mercredi l'[[org|Office fédéral de l'environnement]]. Le législatif veveysan débattra de l'interpellation le 4 décembre. D'ici là, [[per|Nadia Imhof]] demande que le rapport soit publié « en entier, annexes comprises ». La Municipalité a fait savoir qu'elle s'y opposait, invoquant le secret des affaires.
"""},

{
"id": "b5-fr-bruxelles", "lang": "fr", "fr_typo": True,
"source": SRC + "Belgian daily (Brussels), transport strike",
"text": r"""
Grève à la [[org|RBT]] : métros et trams à l’arrêt, la direction [[cv|accuse]] les syndicats de « prise d’otages »

Aucun métro ne circulait mardi à [[pl|Bruxelles]], au premier jour d’un mouvement de 48 heures. Les syndicats [[cv|affirment]] que la régie prépare en secret la sous-traitance de plusieurs lignes.

Les quais de la station [[pl|De Brouckère]] étaient déserts mardi à 7 h 30. Au premier jour d’une grève de 48 heures, aucune des quatre lignes de métro de la [[org|Régie bruxelloise des transports]] ([[org|RBT]]) ne fonctionnait, et un bus sur cinq à peine circulait, selon la direction. À la [[pl|gare du Nord]], les files d’attente pour les taxis dépassaient la centaine de personnes.

Le front commun syndical, emmené par la [[org|CGSP]] et la [[org|CSC-Transcom]], [[cv|dénonce]] un projet de sous-traitance des lignes de nuit et des navettes vers l’aéroport de [[pl|Zaventem]]. « La direction veut confier ces lignes à un opérateur privé. On a vu passer les documents », [[cv|assure]] [[per|Karim Bouhaddi]], délégué permanent de la [[org|CGSP]]. Le syndicaliste [[ne|n’a pas voulu montrer ces documents]] à la presse, invoquant la protection de ses sources.

[[per|Anne-Catherine Derycke]], directrice générale de la [[org|RBT]], [[cv|dément]] formellement. « Il n’y a aucun projet de privatisation. C’est une rumeur [[ne|sans le moindre fondement]] », a-t-elle déclaré sur [[org|La Première]] ([[org|RTBF]]). Elle [[cv|accuse]] les syndicats de « prendre les usagers en otage » pour obtenir des hausses de salaire, ce que [[per|Bouhaddi]] [[cv|nie]]. « On nous promet nonante nouveaux chauffeurs depuis deux ans. On [[cd|voudrait]] juste savoir ce que nos lignes [[cd|deviendraient]] si la régie les cédait », répond-il.

[[vs|Selon une source proche du dossier]], la direction [[cd|aurait]] pourtant commandé l’an dernier une étude à un cabinet de conseil sur « l’externalisation partielle » du réseau de nuit. Cette étude, dont l’existence [[ne|n’a pas pu être confirmée]] de source officielle, [[cd|porterait]] sur trois lignes au maximum.

Le ministre bruxellois de la Mobilité, [[per|Pieter Van Acker]], a appelé les deux parties à « renouer le dialogue ». Son cabinet [[cd|envisagerait]] de nommer un conciliateur social dès vendredi, [[vs|d’après plusieurs responsables syndicaux]]. Le ministre [[hd|semble]] toutefois peu pressé d’intervenir sur le fond : la régie dépend de la [[pl|Région de Bruxelles-Capitale]], mais sa convention de gestion n’expire qu’en 2028.

En [[pl|Flandre]], [[org|De Lijn]] assure normalement ses lignes vers [[pl|Vilvorde]] et [[pl|Louvain]], et la [[org|SNCB]] a renforcé ses trains entre [[pl|Schaerbeek]] et [[pl|Etterbeek]]. [[vs|Des navetteurs rencontrés à la [[pl|gare du Nord]]]] disent ne plus croire aux promesses. « C’est la troisième grève depuis le printemps. Je [[cd|pourrais]] venir à vélo, mais pas depuis [[pl|Namur]] », soupire [[vs|une employée de banque]].

La direction [[cv|soutient]] que chaque journée de grève coûte 1,3 million d’euros à la régie. Les syndicats [[cv|contestent]] ce chiffre, qui [[cd|inclurait]] selon eux des recettes qui ne sont jamais perçues. Un nouveau préavis couvre déjà la fin du mois.
"""},

{
"id": "b5-fr-rimouski", "lang": "fr", "fr_typo": True,
"source": SRC + "Québec daily, fact-check of a public-health rumour",
"text": r"""
Vérification faite : non, l'eau du robinet de [[pl|Rimouski]] n'est pas contaminée à l'arsenic

La publication a été partagée plus de 14 000 fois en trois jours. Sur [[org|Facebook]], puis sur [[org|TikTok]], [[vs|des internautes]] [[cv|affirment]] que l'eau du robinet de [[pl|Rimouski]] [[cd|contiendrait]] « dix fois la norme » d'arsenic et que la [[org|Ville de Rimouski]] [[cd|cacherait]] les résultats depuis l'été. Nous avons vérifié : c'est faux.

D'où vient la rumeur ?

Tout part d'une capture d'écran publiée le 9 novembre par un compte qui se présente comme celui d'un « ancien technicien municipal ». On y voit un tableau d'analyses affichant 104 microgrammes d'arsenic par litre. [[ne|Aucune source n'accompagne ce tableau]] : ni date, ni nom de laboratoire, ni lieu de prélèvement. Dans une vidéo, l'auteur [[cv|soutient]], [[ne|sans en apporter la preuve]], que [[vs|des employés de la Ville]] lui [[cd|auraient]] transmis ces chiffres « en cachette ». Il n'a pas répondu à nos messages.

Que disent les analyses officielles ?

La [[org|Ville de Rimouski]] [[cv|nie]] toute contamination. « Nos résultats sont publics, mis en ligne chaque mois, et ils sont conformes », a indiqué sa porte-parole, [[per|Geneviève Thibodeau]]. Les relevés transmis au [[org|ministère de l'Environnement, de la Lutte contre les changements climatiques, de la Faune et des Parcs]] ([[org|MELCCFP]]) montrent des concentrations inférieures à 1 microgramme par litre depuis 2021, loin de la norme de 10 microgrammes. [[org|Santé Canada]] a fixé cette valeur en 2006 ; [[st|Ottawa]] la réexamine actuellement, sans que la révision vise une situation locale.

L'[[org|Institut national de santé publique du Québec]] ([[org|INSPQ]]) confirme n'avoir reçu aucun signalement d'intoxication dans la région.

Alors, d'où sortent ces 104 microgrammes ?

La rumeur [[hd|semble]] être née d'une confusion. En août, un avis d'ébullition préventif a été émis à [[pl|Sainte-Luce]], à une quinzaine de kilomètres, après un bris d'aqueduc. Il ne concernait pas l'arsenic. Quant au chiffre de 104, il correspond [[hd|vraisemblablement]] à un puits privé : [[per|Rachid Benmansour]], chimiste à l'[[org|Université du Québec à Rimouski]] ([[org|UQAR]]), rappelle que certaines formations rocheuses du [[pl|Bas-Saint-Laurent]] libèrent de l'arsenic. « Il est [[hd|possible]] que des puits privés dépassent la norme. Ça [[cd|vaudrait]] la peine que les propriétaires fassent tester leur eau. Mais le réseau municipal, lui, est puisé dans la rivière et traité », explique-t-il.

[[vs|Plusieurs commentateurs]] [[cv|assurent]] aussi que la norme canadienne [[cd|serait]] « plus laxiste qu'en [[pl|Europe]] ». C'est inexact : l'[[org|Union européenne]] et l'[[org|Organisation mondiale de la santé]] ([[org|OMS]]) retiennent la même valeur de 10 microgrammes par litre.

Verdict

Faux. [[ne|Rien ne montre]] que l'eau distribuée par la [[org|Ville de Rimouski]] dépasse la norme. Le tableau viral [[ne|n'a pu être relié à aucune analyse officielle]] et son auteur [[ne|n'a fourni aucun élément]] permettant d'en vérifier l'origine. Les propriétaires de puits privés, au [[pl|Québec]] comme ailleurs au [[st|Canada]], sont toutefois invités à faire analyser leur eau au moins deux fois par an.
"""},

{
"id": "b5-fr-togo", "lang": "fr",
"source": SRC + "press agency dispatch (Africa), diplomatic row",
"text": r"""
[[st|Togo]]-[[st|Bénin]]: [[st|Lomé]] rappelle son ambassadeur après l'arrestation de trois ressortissants

[[pl|LOME]], 12 nov 2026 ([[org|AFP]]) - Le [[st|Togo]] a rappelé mercredi son ambassadeur au [[st|Bénin]] "pour consultations", [[cv|accusant]] les autorités béninoises d'avoir arrêté "arbitrairement" trois de ses ressortissants, dont un journaliste, a-t-on appris [[vs|de source officielle]].

Les trois hommes ont été interpellés le 8 novembre près du poste frontalier de [[pl|Hillacondji]], sur la route côtière qui relie [[pl|Lomé]] à [[pl|Cotonou]]. Parmi eux figure [[per|Edem Kpodar]], reporter de la station privée [[org|Radio Lumière Plus]], qui couvrait selon sa rédaction un mouvement de grève des transporteurs.

"Rien ne justifie la détention de citoyens togolais qui exerçaient une activité légale", a déclaré le ministre togolais des Affaires étrangères, [[per|Komlan Agbéyomé]], lors d'un point de presse. Il a [[cv|affirmé]] que [[st|Lomé]] n'avait "reçu aucune notification consulaire" dans les délais prévus.

[[st|Cotonou]] présente une tout autre version. Dans un communiqué, le [[org|ministère béninois des Affaires étrangères]] [[cv|soutient]] que les trois hommes [[cd|seraient]] liés à un réseau de contrebande de carburant et [[cv|dément]] toute motivation politique. Le texte [[ne|ne précise pas sur quels éléments repose cette accusation]]. [[vs|Une source sécuritaire béninoise]] a indiqué à l'[[org|AFP]] que des bidons d'essence [[cd|auraient]] été saisis dans leur véhicule, ce que la famille de [[per|Kpodar]] [[cv|conteste]].

"On l'[[cv|accuse]] de trafic parce qu'il a filmé des policiers qui rackettaient des chauffeurs", a [[cv|affirmé]] à l'[[org|AFP]] son frère, [[per|Yao Kpodar]], joint par téléphone à [[pl|Aného]].

[[org|Reporters sans frontières]] ([[org|RSF]]) a réclamé la libération "immédiate" du journaliste.

La [[org|Communauté économique des Etats de l'Afrique de l'Ouest]] ([[org|Cédéao]]) a appelé les deux voisins "à la retenue et au dialogue". [[vs|Selon un diplomate ouest-africain en poste à [[pl|Abuja]]]], une médiation du [[st|Ghana]] [[cd|pourrait]] être proposée dès la semaine prochaine.

A [[pl|Aného]], ville frontalière, [[vs|des commerçants]] [[cv|assurent]] que les contrôles se sont durcis depuis lundi et que des camions attendent plusieurs heures côté béninois. [[st|Cotonou]] [[cv|nie]] avoir fermé la frontière.

Les relations entre les deux pays se sont tendues ces dernières années, sur fond d'attaques de jihadistes [[hd|présumés]] dans le nord du [[st|Bénin]] et du [[st|Togo]], et de désaccords sur le partage du renseignement. [[vs|Des analystes]] estiment que l'incident [[cd|risquerait]] de compliquer la coopération sécuritaire dans la région.

L'[[org|Union africaine]] n'a pas réagi dans l'immédiat.

mra/ek/sba
"""},

{
"id": "b5-fr-mercato", "lang": "fr", "fr_typo": True,
"source": SRC + "sports website, football transfer rumour",
"text": r"""
Mercato : [[per|Oleksandr Kovaltchouk]] [[cd|serait]] tout proche de quitter [[org|Montredon]] pour l’[[st|Arabie saoudite]]

L’attaquant ukrainien [[cd|aurait]] donné son accord de principe au club d’[[org|Al-Shorouk]]. Son président [[cv|dément]] toute négociation.

C’est le feuilleton de la semaine. L’attaquant de l’[[org|AS Montredon]], [[per|Oleksandr Kovaltchouk]], [[cd|aurait]] donné son accord de principe au club saoudien d’[[org|Al-Shorouk]], [[vs|selon plusieurs médias britanniques et saoudiens]]. Le joueur de 26 ans, meilleur buteur de la phase aller avec onze réalisations, [[cd|toucherait]] un salaire annuel proche de 9 millions d’euros nets, soit près de cinq fois sa rémunération actuelle.

La chaîne [[org|Sky Sports]], la première à avoir évoqué la piste, écrit que les deux clubs [[cd|seraient]] d’accord sur une indemnité de 28 millions d’euros, bonus compris. [[vs|D’après une source proche du joueur]], la visite médicale [[cd|pourrait]] même avoir lieu à [[pl|Dubaï]] pendant la trêve de janvier, loin des regards.

Le président de l’[[org|AS Montredon]], [[per|Gérard Lavaur]], a [[cv|démenti]] lundi soir toute discussion. « Aucune offre n’est arrivée sur mon bureau. [[per|Oleksandr]] est sous contrat jusqu’en 2029, il n’y a pas de sujet », a-t-il [[cv|martelé]] au micro de [[org|France Bleu Hérault]]. Il [[cv|accuse]] « certains agents » d’alimenter la rumeur « pour faire monter les enchères ».

L’agent du joueur, [[per|Pavlo Hrytsenko]], entretient le flou. « Mon joueur est heureux à [[pl|Montredon]]. Mais dans le football, tout le monde sait qu’un chiffre peut changer une vie », a-t-il déclaré mardi. [[vs|Un coéquipier]], sous couvert d’anonymat, [[cv|affirme]] de son côté que [[per|Kovaltchouk]] « a déjà la tête ailleurs » et qu’il [[cd|aurait]] demandé à ne pas être aligné samedi contre [[org|Nîmes Olympique]].

Le club de [[pl|Riyad]], racheté en 2024 par le fonds souverain [[org|PIF]], multiplie les recrutements en [[pl|Europe]]. [[vs|Dans la presse saoudienne]], on [[cv|assure]] que le dossier est « bouclé à 90 % ». Le site spécialisé [[org|Foot Insider]], souvent bien informé, se montre plus prudent : la presse anglophone, qui écrit son nom [[per|Kovalchuk]], [[hd|semble]] selon lui confondre deux pistes distinctes, l’une en [[st|Arabie saoudite]], l’autre au [[st|Qatar]].

Né à [[pl|Kharkiv]] et formé au [[org|Metalist]], l’international ukrainien (14 sélections) était arrivé dans l’[[pl|Hérault]] en 2023 contre 3,5 millions d’euros. Son départ [[cd|priverait]] [[org|Montredon]] de 40 % de ses buts cette saison, alors que le club est cinquième de Ligue 2.

[[vs|Les supporters]], eux, n’y croient guère. « On a déjà vécu ça avec notre gardien l’an dernier, on nous [[cv|jurait]] qu’il restait », rappelle [[vs|le président d’un groupe d’ultras]]. Le mercato d’hiver ouvre le 1er janvier. D’ici là, le principal intéressé n’a fait aucun commentaire, se contentant de publier sur [[org|Instagram]] une photo de lui à l’entraînement, [[hd|apparemment]] sans arrière-pensée.
"""},

{
"id": "b5-fr-dijon", "lang": "fr", "fr_typo": True,
"source": SRC + "national daily, culture pages: disputed attribution of a painting",
"text": r"""
Peinture : le « Courbet » acquis par [[pl|Dijon]] en 2019 [[cd|serait]] l’œuvre d’un copiste

Une analyse des pigments remet en cause l’attribution d’un paysage payé 1,2 million d’euros. Le musée [[cv|dément]] avoir reçu des conclusions définitives.

Il trônait depuis cinq ans dans la salle consacrée au réalisme. « Rochers à Ornans », petite toile de 46 centimètres sur 38, avait été présentée en 2019 comme l’une des plus belles acquisitions du [[org|musée des Beaux-Arts de Dijon]]. Elle [[cd|pourrait]] bientôt quitter les cimaises.

Une étude menée par le [[org|Centre de recherche et de restauration des musées de France]] ([[org|C2RMF]]) [[cd|aurait]] mis en évidence, dans les blancs du ciel, du blanc de titane, un pigment commercialisé seulement à partir des années 1920, [[vs|selon deux personnes ayant eu connaissance du rapport]]. Or [[per|Gustave Courbet]] est mort en 1877. Le tableau [[cd|serait]] donc l’œuvre d’un imitateur, [[hd|sans doute]] actif dans l’entre-deux-guerres.

[[per|Hélène Marchal-Weiss]], directrice du musée, [[cv|dément]] avoir été destinataire de « conclusions définitives ». « Nous avons reçu un rapport d’étape, qui mentionne une anomalie dans une zone restaurée. Une retouche postérieure n’a rien d’exceptionnel », explique-t-elle. Elle [[cv|assure]] que l’attribution « reste à ce jour valide ».

La galerie parisienne [[org|Vasseur-Ribot]], qui avait vendu l’œuvre, [[cv|maintient]] que la provenance est « irréprochable » et produit un certificat signé en 1962 par un expert aujourd’hui disparu. [[vs|Plusieurs spécialistes de [[per|Courbet]]]] relèvent toutefois que ce même expert avait authentifié au moins deux faux dans les années 1960. [[org|Vasseur-Ribot]] n’a pas souhaité commenter ce point.

Pour l’historien de l’art [[per|Jean-Baptiste Roux-Lambert]], qui [[cv|affirme]] avoir exprimé ses doutes dès la vente, la question stylistique est tranchée depuis longtemps. « La touche est trop appliquée. [[per|Courbet]] peignait au couteau, vite, presque brutalement. Ici, on sent quelqu’un qui copie. Je l’ai écrit au musée en 2019. » Le musée [[cv|conteste]] avoir reçu ce courrier.

L’achat avait été financé à hauteur de 400 000 euros par la [[org|Ville de Dijon]], le reste provenant du [[org|Fonds régional d’acquisition des musées]] et d’un mécène, le groupe de cosmétiques [[org|Delorme & Fils]]. L’élu d’opposition [[per|Thierry Gaudillat]] [[cv|accuse]] la municipalité d’avoir « précipité » l’achat « pour une photo dans la presse » et réclame la publication du rapport.

Le [[org|ministère de la Culture]], informé, indique attendre la fin des analyses, prévue au printemps. En cas de faux avéré, la ville [[cd|pourrait]] engager une action en nullité de la vente. Au [[org|musée Courbet]] d’[[pl|Ornans]], dans le [[pl|Doubs]], on se refuse à tout commentaire, tout en rappelant que le nom du copiste [[hd|présumé]] reste à ce stade inconnu.
"""},

{
"id": "b5-fr-villeurbanne", "lang": "fr",
"source": SRC + "regional daily, police brief (faits divers)",
"text": r"""
[[pl|Villeurbanne]]: trois suspects interpellés après une série de braquages de pharmacies

Trois hommes âgés de 19 à 27 ans ont été interpellés mardi matin à [[pl|Villeurbanne]] et à [[pl|Vaulx-en-Velin]] ([[pl|Rhône]]). Ils sont [[hd|soupçonnés]] d'avoir commis au moins six vols à main armée dans des pharmacies de l'agglomération lyonnaise depuis septembre, [[vs|selon une source policière]].

Les enquêteurs de la [[org|sûreté départementale du Rhône]] travaillaient sur ce dossier depuis l'attaque d'une officine de [[pl|Bron]], le 14 septembre. Ce soir-là, deux individus casqués avaient menacé la pharmacienne avec ce qui [[hd|semblait]] être un pistolet, avant de repartir avec la caisse et plusieurs boîtes d'anxiolytiques. L'arme [[cd|serait]] en réalité une réplique à billes, retrouvée mardi lors d'une perquisition.

[[vs|Selon nos informations]], l'un des trois hommes [[cd|aurait]] été confondu par son ADN, retrouvé sur un casque abandonné lors de la fuite. Le plus âgé, déjà connu des services de police pour trafic de stupéfiants, est présenté par [[vs|les enquêteurs]] comme le chef [[hd|présumé]] du groupe. Les médicaments volés [[cd|auraient]] été revendus sur des messageries cryptées, à [[pl|Lyon]] et jusqu'à [[pl|Marseille]].

Le [[org|parquet de Lyon]] a confirmé les interpellations, sans plus de détails. Les gardes à vue pourront être prolongées jusqu'à jeudi, date à laquelle les suspects [[cd|devraient]] être présentés à un juge d'instruction.

L'avocat de l'un d'eux, Me [[per|Karim Bensalah]], [[cv|conteste]] toute implication de son client, un étudiant de 19 ans sans antécédents. "Il n'y a rien dans ce dossier, hormis une trace ADN sur un casque que n'importe qui a pu toucher", a-t-il [[cv|martelé]] mercredi devant le commissariat de [[pl|Villeurbanne]]. Il [[cv|assure]] que le jeune homme se trouvait chez sa mère, à [[pl|Vénissieux]], le soir de l'attaque de [[pl|Bron]], et dit pouvoir le démontrer.

[[vs|Une pharmacienne de [[pl|Bron]]]], braquée à son tour en octobre, dit avoir reconnu "la même voix" sur une vidéo de surveillance que les policiers lui ont montrée. "Je [[cd|pourrais]] me tromper, bien sûr. Mais il répétait la même phrase, exactement comme la première fois", a-t-elle raconté.

Selon l'[[org|Ordre national des pharmaciens]], 41 agressions ont été signalées dans les officines du [[pl|Rhône]] depuis janvier, contre 26 sur toute l'année précédente. L'instance s'inquiète d'une "banalisation" de ces attaques et réclame que les pharmacies de garde puissent bénéficier de patrouilles renforcées la nuit.

Un quatrième homme, [[hd|soupçonné]] d'avoir servi de chauffeur lors de deux des braquages, est toujours recherché. Il [[cd|aurait]] quitté la région peu après l'attaque de [[pl|Bron]] et se [[cd|trouverait]] [[hd|probablement]] en [[st|Espagne]], [[vs|selon une source proche de l'enquête]]. Les enquêteurs lancent un appel à témoins.
"""},

{
"id": "b5-fr-universite", "lang": "fr", "fr_typo": True,
"source": SRC + "national daily, interview write-up: university diploma scandal",
"text": r"""
« On vendait des masters » : une enseignante [[cv|accuse]] l’[[org|Université Rhône-Cévennes]] de brader ses diplômes

Maîtresse de conférences en gestion depuis douze ans, [[per|Sabine Rouvière]] a déposé plainte fin octobre auprès du [[org|parquet de Nîmes]]. Elle [[cv|affirme]] que des diplômes de master ont été délivrés à des étudiants qui n’avaient jamais suivi les cours, moyennant des frais « d’accompagnement » versés à une société privée. L’université [[cv|nie]] en bloc. Nous l’avons rencontrée chez elle, près d’[[pl|Alès]]. Extraits.

Comment avez-vous découvert le système ?

« En 2024, on m’a demandé de valider les notes de mémoire d’une quarantaine d’étudiants d’un master en formation à distance. Je n’en avais jamais vu aucun. Les mémoires étaient rédigés dans le même style, parfois avec les mêmes fautes. Quand j’ai posé la question, je me suis heurtée à un mur : c’était une filière partenaire, je n’avais pas à m’en occuper. »

Qui organisait ce recrutement ?

« Une société de conseil, [[org|EduPass Consulting]], installée à [[pl|Montpellier]]. [[vs|Un collègue du service des relations internationales]] m’a dit qu’elle [[cd|facturerait]] jusqu’à 9 000 euros par étudiant, la plupart venus du [[st|Maroc]], du [[st|Sénégal]] ou de [[st|Chine]]. L’université, elle, ne [[cd|toucherait]] que les droits d’inscription normaux. »

Avez-vous des preuves ?

« J’ai des courriels et des listes de notes modifiées après les jurys. Je les ai remis à la justice. Je ne [[cd|voudrais]] pas qu’on croie que j’agis par vengeance : je n’ai rien à gagner dans cette histoire, à part des ennuis. »

Le président de l’université, [[per|Laurent Fabre-Dumas]], [[cv|dément]] « catégoriquement ». « Ces accusations sont [[ne|infondées]]. Mme [[per|Rouvière]] [[ne|n’a fourni aucun élément]] à la présidence, ni à la commission de déontologie », a-t-il réagi par écrit. Il [[cv|soutient]] que le partenariat avec [[org|EduPass Consulting]] a été « validé par le conseil d’administration » et que l’enseignante « règle des comptes » après avoir été écartée de la direction du master, ce qu’elle [[cv|conteste]].

[[vs|Trois autres enseignants de la faculté]], contactés par notre journal, décrivent pourtant des pratiques similaires, sans vouloir être cités. [[vs|L’un d’eux]] [[cv|assure]] que des notes [[cd|auraient]] été « remontées » de plusieurs points après les délibérations, « sur instruction orale ». La société [[org|EduPass Consulting]] n’a pas donné suite à nos sollicitations ; son site internet, fermé depuis mardi, proposait [[hd|apparemment]] des « masters français garantis en douze mois ».

Le [[org|ministère de l’Enseignement supérieur et de la Recherche]] indique avoir saisi l’[[org|Inspection générale de l’éducation, du sport et de la recherche]] ([[org|IGÉSR]]), dont les conclusions sont attendues en février. [[vs|Un haut fonctionnaire du ministère]] estime que l’affaire « [[cd|pourrait]] concerner d’autres établissements ». [[org|Campus France]], l’agence chargée de promouvoir l’enseignement supérieur français à l’étranger, précise n’avoir « jamais travaillé » avec cette société.

Qu’attendez-vous maintenant ?

« Que l’inspection lise les mémoires. Ça suffira. Un diplôme [[cd|devrait]] valoir la même chose pour tout le monde, qu’on l’ait payé ou non. »
"""},
]
