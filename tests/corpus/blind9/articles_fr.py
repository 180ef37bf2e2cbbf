# French articles for blind set 9 (invented events, people and companies). Markup: see build.py.
SRC = "written for ClaimLens blind set 9 (invented events and people); register: "

ARTICLES = [
{
"id": "b9-fr-herstal", "lang": "fr", "typo": "nbsp",
"source": SRC + "Belgian French-language daily (Liège), regional news: fire at a recycling plant",
"text": r"""
[[pl|Herstal]] : l'incendie chez [[org|Valmeuse Recyclage]] [[cd|aurait]] dispersé de l'amiante, [[vs|selon des riverains]]

Par [[per|Nathalie Dumoulin]] – Publié le 14/10 à 17:32 – Mis à jour à 19:05

Trois jours après l'incendie qui a ravagé un hangar de tri de [[org|Valmeuse Recyclage]], le long du [[pl|canal Albert]] à [[pl|Herstal]], l'inquiétude ne retombe pas. [[vs|Plusieurs habitants du quartier de [[pl|Pontisse]]]] [[cv|affirment]] avoir retrouvé dans leur jardin des débris grisâtres qui [[cd|pourraient]] contenir de l'amiante.

« On a ramassé des morceaux de plaque ondulée jusque sur la terrasse. Personne n'est venu nous dire si c'était dangereux », raconte [[per|Fatima Bensaïd]], mère de deux enfants, qui habite à 300 mètres du site. Selon elle, les fumées [[cd|auraient]] stagné au-dessus des maisons pendant plus de quatre heures dimanche. « Si on avait su, nous [[cd|serions]] partis dormir chez ma sœur », ajoute-t-elle.

La direction de l'entreprise [[cv|dément]] fermement. « Le hangar concerné ne contenait aucun matériau amianté, tous nos stocks sont contrôlés », [[cv|assure]] son administrateur délégué, [[per|Pieter Vandenbroucke]]. Il [[cv|accuse]] « certains voisins » d'entretenir la panique et juge leurs craintes « [[ne|infondées]] ».

Des prélèvements attendus

La commune a fait appel à l'[[org|Institut scientifique de service public]] ([[org|ISSeP]]), qui a effectué lundi des prélèvements dans une vingtaine de jardins. Les résultats [[cd|devraient]] être connus en fin de semaine. « À ce stade, rien ne permet de confirmer la présence de fibres », a déclaré le bourgmestre, [[per|Olivier Mathot]], qui a demandé aux familles de ne pas toucher à mains nues ces débris [[hd|potentiellement]] dangereux.

[[vs|Selon une source proche de l'enquête]], le feu [[cd|serait]] parti d'une batterie au lithium jetée dans un conteneur de déchets ménagers. Le [[org|parquet de Liège]] a ouvert une information judiciaire et désigné un expert. L'entreprise, elle, évoque un acte malveillant, une hypothèse que les enquêteurs n'ont pas retenue à ce stade.

Un collectif sur le pied de guerre

Le collectif [[org|Herstal Air Pur]], créé au lendemain du sinistre, [[cv|soutient]] que [[org|Valmeuse]] [[cd|aurait]] stocké depuis le printemps des déchets de démolition sans autorisation. Il [[ne|n'a toutefois fourni aucun document]] pour étayer ses dires. « Nous avons des photos, nous les montrerons au moment opportun », se contente de répondre sa porte-parole, [[per|Ewa Zielińska]].

Le [[org|SPW Environnement]], l'administration régionale compétente, a indiqué qu'une inspection [[cd|pourrait]] avoir lieu « dans les prochains jours ». Interpellé mardi au [[org|Parlement de Wallonie]], le ministre de l'Environnement a promis « une transparence totale » sans s'avancer sur un calendrier.

À [[pl|Liège]], le panache noir était visible depuis les coteaux de la [[pl|Citadelle]]. [[vs|Des experts en gestion des déchets]] estiment que ce type d'incendie, [[hd|probablement]] appelé à se multiplier avec l'essor des batteries, impose de revoir les règles de tri. Le site reste fermé jusqu'à nouvel ordre et une quarantaine d'ouvriers ont été placés en chômage temporaire.

Lire aussi : [[pl|Canal Albert]] : la navigation rétablie après l'incendie de [[pl|Herstal]]
"""
},
{
"id": "b9-fr-gruyere", "lang": "fr", "typo": "nnbsp",
"source": SRC + "Swiss French-language regional daily (Fribourg), agriculture: cheese appellation dispute",
"text": r"""
Gruyère AOP : une fromagerie de [[pl|Vuadens]] [[hd|soupçonnée]] d'avoir utilisé du lait hors zone

[[pl|BULLE]] · [[per|Séverine Jaquier]] · 22.01.2026, 06:15

La fromagerie [[org|Maillard & Fils]], à [[pl|Vuadens]], [[cd|aurait]] transformé pendant plusieurs mois du lait provenant d'exploitations situées hors de l'aire de l'appellation. [[vs|D'après des producteurs de la région]], jusqu'à 2'400 litres par semaine [[cd|seraient]] arrivés de nuit depuis la [[pl|Broye vaudoise]], avant d'être mélangés au lait livré par les paysans de la commune.

L'[[org|Interprofession du Gruyère]] ([[org|IPG]]) a confirmé mercredi avoir ouvert une procédure de contrôle. Son directeur, [[per|Marc-Henri Dousse]], n'a pas voulu s'exprimer sur le fond. « Nous vérifions les informations qui nous ont été transmises, comme nous le faisons à chaque fois », s'est-il borné à indiquer.

Le patron [[cv|nie]] en bloc

[[per|Alain Maillard]], qui a repris l'entreprise familiale en 2011, [[cv|conteste]] toute irrégularité. « Tout notre lait vient de quatorze paysans d'ici, je peux vous montrer chaque bulletin de livraison. Je [[cd|serais]] bien bête de tricher pour quelques centimes », [[cv|martèle]]-t-il. Selon lui, un ancien employé licencié l'an dernier [[cd|chercherait]] à se venger en répandant des rumeurs. Il [[cv|affirme]] par ailleurs que le camion-citerne aperçu à plusieurs reprises devant la fromagerie « ramenait du petit-lait vers une porcherie ».

Les producteurs à l'origine de l'alerte, qui requièrent l'anonymat, [[ne|n'ont présenté aucune preuve écrite]]. L'un d'eux [[cv|assure]] toutefois avoir relevé les plaques du véhicule. « On ne va pas laisser quelques tricheurs salir le travail de toute une filière », lance-t-il.

En 2025, la fromagerie avait produit environ 38 tonnes de gruyère, [[hd|vraisemblablement]] l'essentiel de ses ventes. Une meule de 35 kilos se négocie autour de 700 francs auprès des affineurs.

Le canton prudent

Le [[org|Service de la sécurité alimentaire et des affaires vétérinaires]] ([[org|SAAV]]) a effectué un contrôle le 9 janvier, sans en communiquer les résultats. Si les soupçons se confirmaient, la fromagerie [[cd|risquerait]] le retrait temporaire de sa certification, ce qui [[cd|reviendrait]] à vendre son fromage sans la mention protégée. Une dénonciation pénale ne [[cd|serait]] pas exclue, [[vs|selon un juriste de la filière]].

Du côté de l'[[org|Union des paysans fribourgeois]], on appelle à la retenue. « On parle de familles, de gens qu'on croise tous les jours à la laiterie. Attendons les résultats », plaide son secrétaire, [[per|Kacper Nowak]], installé dans le canton depuis vingt ans.

Au café du village, l'affaire occupe toutes les conversations. « Ici, le gruyère, c'est sacré », résume [[vs|une habitante]]. [[vs|Certains]] [[cv|prétendent]] que l'histoire dure depuis bien plus longtemps. [[vs|D'autres]] rappellent que la fromagerie avait décroché une médaille d'or au concours de [[pl|Berne]] il y a trois ans, un palmarès dont l'extrait figure encore en vitrine.
"""
},
{
"id": "b9-fr-senegal", "lang": "fr", "typo": None,
"source": SRC + "Senegalese news website, economy and energy (offshore gas field)",
"text": r"""
Gaz offshore : [[st|Nouakchott]] [[cv|dément]] tout accord secret avec [[st|Dakar]] sur le champ de [[pl|Téranga-Nord]]

Par [[per|Aïssatou Sow]] | Publié le 3 mars 2026 à 11h48

Le gouvernement mauritanien a [[cv|démenti]] lundi soir l’existence d’un protocole confidentiel qui [[cd|aurait]] été signé en décembre avec le [[st|Sénégal]] pour revoir le partage des revenus du champ gazier de [[pl|Téranga-Nord]], situé à cheval sur la frontière maritime des deux pays. « Aucun document de cette nature n’existe », a déclaré le porte-parole du gouvernement, [[per|Sidi Mohamed Ould Bah]].

L’information avait été publiée dimanche par un site d’investigation basé à [[pl|Dakar]], qui [[cv|affirmait]] s’appuyer sur des « documents internes ». [[vs|Selon des sources proches du dossier]] citées par ce média, [[st|Dakar]] [[cd|aurait]] obtenu une part de 55 % des recettes, contre 50 % prévus à l’origine, en échange d’un allègement de la redevance sur le transport du gaz. Le site [[ne|n’a pas publié les documents en question]].

Silence prudent au ministère

Côté sénégalais, le [[org|ministère de l’Énergie et des Mines]] n’a ni confirmé ni démenti. [[vs|Un conseiller du ministre]], joint par téléphone, s’est contenté d’indiquer que « les discussions techniques se poursuivent normalement ». [[vs|Des responsables sénégalais]] interrogés sous couvert d’anonymat jugent néanmoins qu’un rééquilibrage « [[cd|serait]] légitime », la partie sénégalaise du gisement étant [[hd|apparemment]] plus riche que prévu.

L’opérateur du champ, la compagnie [[org|Atlantis Petroleum]], cotée à [[pl|Londres]], a fait savoir qu’elle « ne commente pas les relations entre États ». Son directeur pays, [[per|Mamadou Lamine Ndiaye]], avait pourtant [[cv|assuré]] en janvier devant des investisseurs que le premier cargo de gaz naturel liquéfié [[cd|partirait]] « avant la fin du premier semestre ».

L’opposition réclame des comptes

À l’[[org|Assemblée nationale]], le député [[per|Cheikh Tidiane Faye]], du [[org|Rassemblement pour la souveraineté économique]] ([[org|RSE]]), [[cv|accuse]] le gouvernement de « brader les intérêts du pays dans l’opacité ». Il [[cv|soutient]] que l’accord [[cd|prévoirait]] aussi la création d’une société commune domiciliée à l’étranger, [[ne|sans avancer le moindre élément]] à l’appui de cette affirmation.

[[vs|Plusieurs économistes]] rappellent que les revenus du gaz [[cd|devraient]] représenter près de 4 % du budget dès 2027. « Si une renégociation a eu lieu, il [[cd|faudrait]] que le Parlement en soit informé, c’est une obligation légale », souligne [[per|Ndèye Fatou Diagne]], chercheuse au [[org|Centre ouest-africain d’études énergétiques]].

Le [[org|Fonds monétaire international]], dont une mission séjourne actuellement à [[pl|Dakar]], suit le dossier de près. Les premières livraisons de gaz sont attendues au terminal flottant installé au large de [[pl|Saint-Louis]]. D’ici là, [[st|Nouakchott]] et [[st|Dakar]] [[cd|pourraient]] publier un communiqué commun pour clore la polémique, [[vs|selon un diplomate en poste dans la région]].
"""
},
{
"id": "b9-fr-cacao", "lang": "fr", "typo": "nbsp",
"source": SRC + "Ivorian news website, agriculture (cocoa cooperatives, smuggling)",
"text": r"""
Cacao : des coopératives de la [[pl|Nawa]] [[cv|accusées]] d'écouler des fèves vers le [[st|Ghana]]

[[pl|SOUBRÉ]] – [[per|Kouamé Yao Hermann]], correspondant régional

Les camions [[cd|passeraient]] la nuit, par les pistes qui longent la forêt classée. [[vs|Selon plusieurs planteurs]] rencontrés cette semaine à [[pl|Soubré]] et à [[pl|Méagui]], des milliers de sacs de cacao [[cd|auraient]] quitté la région depuis octobre pour être revendus de l'autre côté de la frontière, où le prix payé aux producteurs est plus élevé.

Trois coopératives sont mises en cause, dont la [[org|Coopérative agricole Yakan de Soubré]] ([[org|CAYS]]), l'une des plus importantes du département. Son président, [[per|Issouf Traoré]], [[cv|rejette]] ces accusations. « Nos sacs sont pesés, numérotés, et chaque chargement passe par le port de [[pl|San-Pédro]]. Ceux qui parlent de contrebande ne savent pas de quoi ils parlent », [[cv|affirme]]-t-il.

Un manque à gagner difficile à chiffrer

Le [[org|Conseil du Café-Cacao]], l'organe de régulation de la filière, a indiqué avoir « renforcé les contrôles » sur les axes routiers de l'[[pl|Ouest]]. [[vs|Un cadre du [[org|Conseil]]]], qui s'exprime sous couvert d'anonymat, estime que la fuite [[cd|pourrait]] porter sur 40 000 tonnes à l'échelle nationale. Ce chiffre [[ne|n'a pas pu être vérifié]] de manière indépendante.

À [[pl|Abidjan]], le gouvernement a pris le sujet au sérieux. Le ministre de l'Agriculture a annoncé mardi la création d'une brigade mixte avec les douanes, sans évoquer directement les coopératives visées. De son côté, [[st|Accra]] a [[cv|nié]] toute complaisance de ses services frontaliers, [[vs|selon un responsable ghanéen]] cité par la presse locale.

« On nous traite de voleurs »

Dans le village de [[pl|Gnamangui]], les planteurs se disent pris entre deux feux. « Quand le prix bord-champ ne couvre même plus les engrais, certains sont tentés, c'est vrai. Mais nous, on livre à la coopérative. Tu [[cd|aurais]] vu nos comptes, tu [[cd|comprendrais]] », explique [[per|Adjoua Brou]], qui cultive quatre hectares. Elle [[cv|assure]] ne jamais avoir vu de camions suspects.

Un autre planteur, [[per|Sékou Diabaté]], raconte une autre histoire. Il [[cv|soutient]] qu'un responsable de coopérative lui [[cd|aurait]] proposé un bonus de 200 francs CFA le kilo « à condition de ne pas poser de questions ». Il [[ne|n'a fourni aucun élément]] permettant d'identifier la personne.

[[vs|Des observateurs de la filière]] jugent que le phénomène, [[hd|sans doute]] ancien, s'est aggravé avec l'envolée des cours mondiaux. L'ONG [[org|Cacao Juste]], qui travaille avec une cinquantaine de villages de la région, réclame « une enquête indépendante » et la publication des registres de pesée.

La récolte intermédiaire doit commencer en avril. D'ici là, la brigade mixte [[cd|devrait]] être déployée dans les régions de la [[pl|Nawa]] et du [[pl|Cavally]].
"""
},
{
"id": "b9-fr-assemblee", "lang": "fr", "typo": "nnbsp",
"source": SRC + "French national daily, politics (parliamentary assistants affair)",
"text": r"""
Assistants parlementaires : le député [[per|Benoît Laferrière]] [[cv|accusé]] d’avoir employé des proches, il [[cv|dénonce]] une « cabale »

Par [[per|Claire Vautrin]] – Publié le 9 avril 2026 à 07h30

Le député du [[pl|Cher]] [[per|Benoît Laferrière]], figure montante du [[org|Mouvement des territoires]] ([[org|MDT]]), se retrouve au cœur d’une polémique. [[vs|Selon des documents consultés par plusieurs collaborateurs de l’[[org|Assemblée nationale]]]], l’élu [[cd|aurait]] rémunéré entre 2022 et 2025 sa belle-sœur et un ami d’enfance comme assistants parlementaires, alors qu’ils n’[[cd|auraient]] jamais mis les pieds au [[org|Palais-Bourbon]] ni dans sa permanence de [[pl|Vierzon]].

Le montant en jeu [[cd|s’élèverait]] à près de 180 000 euros. Le [[org|parquet national financier]] ([[org|PNF]]) a confirmé mercredi avoir reçu un signalement, sans préciser s’il comptait ouvrir une enquête.

« Une cabale politique »

[[per|Benoît Laferrière]] [[cv|dément]] tout emploi fictif. « Ma belle-sœur a travaillé, elle a rédigé des notes, elle a tenu mon agenda. Je tiens toutes les preuves à la disposition de la justice. J’[[cd|aurais]] dû être plus vigilant sur la forme, pas sur le fond », [[cv|affirme]]-t-il dans un communiqué. Le député [[cv|accuse]] « des adversaires internes » d’avoir organisé la fuite pour l’empêcher de briguer la présidence du groupe. Il n’a cependant [[ne|pas produit les notes évoquées]], ni les fiches de paie de ces emplois [[hd|présumés]] fictifs.

[[vs|Dans son entourage]], on [[cv|assure]] que la belle-sœur, [[per|Agnieszka Kowalczyk]], traductrice de formation, [[cd|aurait]] notamment suivi les dossiers européens de l’élu. [[vs|Un ancien collaborateur]], qui a quitté l’équipe en 2024, [[cv|soutient]] au contraire ne l’avoir « jamais croisée ».

[[st|Matignon]] temporise

Le sujet embarrasse la majorité, dont le [[org|MDT]] est un allié indispensable. Interrogé sur [[org|France Inter]], le porte-parole du gouvernement, [[per|Karim Benhaddou]], a jugé « prématuré de tirer la moindre conclusion ». [[vs|À [[st|Matignon]]]], on fait valoir que le député « [[cd|devrait]] pouvoir s’expliquer sereinement ».

À l’[[org|Assemblée nationale]], l’opposition réclame la saisine de la déontologue. « Si ces faits étaient avérés, il [[cd|faudrait]] que le député rembourse chaque centime », a déclaré [[vs|la présidente d’un groupe d’opposition]]. [[vs|Certains élus de la majorité]] jugent en privé que l’affaire [[cd|pourrait]] coûter cher au [[org|MDT]] aux prochaines municipales.

Le précédent de 2017

Ce n’est pas la première fois que l’usage des crédits collaborateurs fait scandale. Depuis 2017, l’emploi de membres de la famille proche est interdit, mais la loi ne vise pas les beaux-frères et belles-sœurs, une faille que [[vs|plusieurs juristes]] jugent « béante ».

Le bureau de l’[[org|Assemblée nationale]] doit se réunir le 15 avril. D’ici là, [[per|Benoît Laferrière]] maintient sa candidature à la présidence du groupe. « Je n’ai rien à cacher », a-t-il répété mardi soir devant quelques militants réunis à [[pl|Bourges]], où il s’est dit « serein ».
"""
},
{
"id": "b9-fr-microplastiques", "lang": "fr", "typo": "nbsp",
"source": SRC + "French health and science news site (study on microplastics in breast milk)",
"text": r"""
Microplastiques dans le lait maternel : une étude lyonnaise très contestée

Une équipe de [[pl|Lyon]] [[cv|affirme]] avoir détecté des particules de plastique dans 9 échantillons sur 10. [[vs|D’autres chercheurs]] mettent en doute la méthode.

Par [[per|Julien Marsac]] · 18 septembre 2026

C’est une étude qui a fait le tour des réseaux sociaux en quelques heures. Publiée lundi dans la revue [[org|Environmental Health Letters]], elle conclut que le lait de 87 % des 212 mères suivies à [[pl|Lyon]] et à [[pl|Grenoble]] [[cd|contiendrait]] des microplastiques. Certaines particules [[cd|proviendraient]] d’emballages alimentaires, d’autres [[hd|probablement]] des textiles synthétiques.

« Nos résultats sont solides et cohérents avec ce qui a été observé en [[st|Italie]] », [[cv|assure]] le Pr [[per|Hélène Vasseur]], de l’[[org|Institut Rhône-Alpes de toxicologie]] ([[org|IRAT]]), qui a dirigé les travaux. Elle [[cv|insiste]] sur le fait que l’allaitement reste recommandé.

Une contamination des échantillons ?

Le Dr [[per|Nguyễn Văn Thành]], chimiste analytique à l’[[org|université de Montpellier]], n’est pas convaincu. Selon lui, les échantillons [[cd|auraient]] pu être contaminés lors de leur recueil, les tire-lait étant eux-mêmes en plastique. « Sans témoins négatifs publiés, on ne peut rien conclure », explique-t-il. L’équipe de l’[[org|IRAT]] [[cv|soutient]] avoir utilisé des contrôles, mais ceux-ci ne figurent pas dans l’article, et les données brutes [[ne|n’ont pas été rendues publiques]].

[[vs|Des spécialistes de l’allaitement]] craignent surtout que des mères renoncent à nourrir leur enfant au sein. « Ce [[cd|serait]] une catastrophe sanitaire bien plus grave que le risque hypothétique lié aux particules », s’inquiète [[per|Oumou Diarra]], sage-femme et présidente de l’association [[org|Allaiter Sereinement]].

Ce que l’on sait, ce que l’on ignore

Les microplastiques ont déjà été retrouvés dans le sang, les poumons et le placenta. Leur effet sur la santé reste en revanche largement inconnu : ils [[cd|pourraient]] favoriser des inflammations, mais les données chez l’humain sont rares. L’[[org|Anses]] a indiqué mardi qu’elle « [[cd|examinerait]] » l’étude, sans calendrier précis.

Sur les réseaux, une vidéo vue plus de deux millions de fois [[cv|prétend]] que les biberons en verre [[cd|élimineraient]] tout risque. Une affirmation [[ne|sans fondement scientifique]], rappelle la pédiatre [[per|Malika Ferhat]] : « Le problème, s’il existe, est dans l’environnement de la mère, pas dans le contenant. »

[[vs|Selon des sources au sein du comité éditorial de la revue]], une demande de précisions [[cd|aurait]] été adressée aux auteurs. La revue n’a pas répondu à nos questions.

L’[[org|IRAT]] annonce une seconde étude, sur 600 mères, dont les résultats [[cd|seraient]] publiés fin 2027. En attendant, l’[[org|Organisation mondiale de la santé]] ([[org|OMS]]) maintient sa recommandation d’un allaitement exclusif jusqu’à six mois.

Lire aussi : Perturbateurs endocriniens, ce que contiennent vraiment les biberons
"""
},
{
"id": "b9-fr-cahors", "lang": "fr", "typo": None,
"source": SRC + "French regional daily (Occitanie), culture: summer music festival",
"text": r"""
[[pl|Cahors]] : la tête d’affiche des Nuits du Lot annule, les organisateurs [[cv|accusent]] un festival concurrent

[[per|Laure Delmas]] | 02/07/2026 | 18 h 40

Coup dur pour les Nuits du Lot. À quinze jours de l’ouverture, le rappeur [[per|Kofi Mensah-Durand]] a annulé son concert du 18 juillet, qui devait clore la 12e édition du festival sur les quais de [[pl|Cahors]], au pied du [[pl|pont Valentré]], où un portrait géant de l’artiste trônait déjà sur l’affiche officielle. L’association organisatrice, [[org|Lot en Scène]], [[cv|accuse]] ouvertement un événement concurrent d’avoir « débauché » l’artiste.

« On nous a volé notre tête d’affiche, tout simplement. Quelqu’un a proposé plus d’argent pour une date exclusive dans la région », [[cv|affirme]] sa présidente, [[per|Véronique Lacombe]]. [[vs|D’après plusieurs bénévoles]], la société [[org|Sudwave Productions]], qui organise le Garonne Sound Festival à [[pl|Agen]] le même week-end, [[cd|aurait]] imposé une clause d’exclusivité de 150 kilomètres. [[org|Lot en Scène]] [[ne|n’a pas montré le contrat]] sur lequel elle fonde ses accusations.

Le promoteur [[cv|nie]]

Joint par téléphone, le directeur de [[org|Sudwave Productions]], [[per|Anthony Rigal]], [[cv|dément]] toute manœuvre. « Nous avons signé avec l’artiste en mars, bien avant eux. S’il y a eu un double engagement, ce n’est pas notre problème. Vous [[cd|pourriez]] me citer un seul festival qui n’a pas de clause ? », [[cv|soutient]]-il. Il [[cv|assure]] ne pas connaître la teneur du contrat signé avec [[org|Lot en Scène]].

[[vs|L’entourage de l’artiste]] évoque de son côté « un problème de calendrier ». [[vs|Un membre de son équipe]] a indiqué que [[per|Kofi Mensah-Durand]] « [[cd|pourrait]] revenir à [[pl|Cahors]] l’an prochain ». La maison de disques, [[org|Kora Records]], n’a pas répondu à nos sollicitations.

Une édition fragilisée

L’annulation tombe mal. Le festival, qui avait accueilli 14 000 spectateurs en 2025, [[hd|semble]] déjà fragilisé par la baisse de la subvention départementale. « Sans cette soirée, on [[cd|perdrait]] environ 40 000 euros de billetterie », estime le trésorier, [[per|Rachid Benamar]]. Les billets du 18 juillet seront remboursés ou échangés.

[[vs|Plusieurs professionnels du secteur]] jugent que ces clauses d’exclusivité, courantes dans les grands festivals, sont [[hd|probablement]] appelées à se multiplier à mesure que les cachets s’envolent. Le syndicat [[org|Prodiss]] a appelé à « plus de transparence » sans se prononcer sur le litige.

Le maire de [[pl|Cahors]], [[per|Jean-Michel Baudet]], a tenu à rassurer : « Les Nuits du Lot font partie de l’identité de la ville. La mairie sera au rendez-vous. » Il n’a toutefois pas précisé si l’aide municipale [[cd|serait]] revue à la hausse.

Un remplaçant [[cd|serait]] en discussion, [[vs|selon une source proche de l’association]]. L’association promet une annonce « d’ici la fin de la semaine ». Le reste de la programmation, dont la chanteuse malienne [[per|Awa Koné]] et le guitariste lotois [[per|Bastien Cazals]], est maintenu.

Lire aussi : Festivals d’été, l’envolée des cachets fragilise les petits événements
"""
},
{
"id": "b9-fr-metz", "lang": "fr", "typo": "nnbsp",
"source": SRC + "French regional daily (Lorraine), court chronicle (assize court, shooting)",
"text": r"""
[[org|Cour d'assises de la Moselle]] : l'accusé [[cv|nie]] avoir voulu tuer son associé

[[pl|METZ]] – Au premier jour de son procès, [[per|Dragan Petrović]], 52 ans, a répété qu'il n'avait « jamais voulu » la mort de [[per|Yannick Schaeffer]], son ancien associé, blessé par balle en mars 2024 dans un entrepôt de [[pl|Florange]].

Par [[per|Caroline Weber]]

Il se tient droit dans le box, les mains jointes. Face à la [[org|cour d'assises de la Moselle]], [[per|Dragan Petrović]] [[cv|conteste]] l'intention homicide qui lui est reprochée. « Le coup est parti tout seul, je voulais seulement lui faire peur », [[cv|affirme]] ce chef d'entreprise né à [[pl|Novi Sad]], installé en [[pl|Lorraine]] depuis 1998.

Les deux hommes dirigeaient ensemble une société de transport frigorifique, [[org|Frigolor Logistique]], qui avait accumulé près de 900 000 euros de dettes. Selon l'enquête, l'accusé [[cd|aurait]] découvert quelques jours avant les faits que son associé préparait la vente des camions à une entreprise luxembourgeoise. Il se [[cd|serait]] alors procuré un pistolet auprès d'une connaissance à [[pl|Thionville]].

Deux versions qui s'opposent

[[per|Yannick Schaeffer]], qui a gardé des séquelles au bras gauche, est venu témoigner. Il [[cv|soutient]] que l'accusé a tiré « à deux reprises, en visant la poitrine ». L'expertise balistique n'a retrouvé qu'une douille sur place, ce que la défense a aussitôt relevé.

« On nous présente mon client comme un tueur. Ce dossier repose sur les déclarations d'une victime qui avait tout intérêt à le charger », plaide Me [[per|Leïla Haddad]], son avocate. Elle [[cv|accuse]] par ailleurs la partie civile d'avoir dissimulé des virements vers un compte au [[st|Luxembourg]]. Une affirmation [[ne|qu'aucune pièce du dossier ne vient étayer]], a rétorqué l'avocat de [[per|Yannick Schaeffer]], Me [[per|Thomas Krieger]].

Le témoignage d'un chauffeur

L'après-midi a été consacré aux témoins. Un ancien chauffeur de la société, [[per|Mehdi Azzouz]], a raconté avoir entendu les deux hommes se disputer violemment la veille. « [[per|Petrović]] disait qu'il le [[cd|ferait]] payer », a-t-il déclaré, avant de reconnaître qu'il était à une vingtaine de mètres et qu'il avait « [[hd|peut-être]] mal compris ».

[[vs|Des proches de l'accusé]], venus nombreux, décrivent un homme « épuisé » par les dettes. Sa sœur [[cv|assure]] qu'il « ne [[cd|ferait]] pas de mal à une mouche ». [[vs|L'enquêtrice de la police judiciaire]] a pour sa part décrit un homme « calme » lors de son interpellation, qui [[hd|semblait]] « soulagé ».

L'avocat général, [[per|Stéphane Muller]], doit prendre ses réquisitions jeudi. [[per|Dragan Petrović]] encourt la réclusion criminelle à perpétuité. L'auteur [[hd|présumé]] du tir attendra le verdict vendredi, et [[vs|plusieurs avocats du [[org|barreau de Metz]]]] estiment que la qualification de tentative de meurtre [[cd|pourrait]] être écartée au profit de celle de violences aggravées.
"""
},
{
"id": "b9-fr-rugby", "lang": "fr", "typo": "nbsp",
"source": SRC + "French sports website, rugby (second division, salary cap affair)",
"text": r"""
Pro D2 : le [[org|Racing Club Adour]] [[cd|aurait]] dépassé le salary cap, le club [[cv|dément]]

Publié le 27/11/2026 à 09h12 · Modifié à 11h47 · Par [[per|Mathieu Labarthe]]

Le [[org|Racing Club Adour]] ([[org|RCA]]) traverse une zone de turbulences. [[vs|D’après plusieurs sources concordantes]], la [[org|Ligue nationale de rugby]] ([[org|LNR]]) a ouvert une enquête sur la masse salariale du club landais, qui [[cd|aurait]] dépassé le plafond autorisé de près de 600 000 euros la saison dernière. Les sommes [[cd|auraient]] transité par une société de prestations d’image basée à [[pl|Biarritz]].

Au cœur du dossier, les contrats du pilier géorgien [[per|Levan Chikvaidze]] et de l’ailier fidjien [[per|Semi Ratuvou]], arrivés l’été dernier. Les deux joueurs [[cd|percevraient]] chacun un complément de rémunération via des contrats de partenariat fictifs, [[vs|selon un agent de joueurs]] qui a requis l’anonymat.

Le président monte au créneau

Le président du club, [[per|Jean-Pierre Lafitte]], [[cv|nie]] toute irrégularité. « Tous nos contrats ont été déposés à la [[org|Ligue]] et validés. Il n’y a rien de caché. Vous pensez vraiment que nous [[cd|aurions]] pris ce risque ? », [[cv|assure]]-t-il. Il [[cv|accuse]] « un club voisin jaloux de nos résultats » d’être à l’origine des fuites, [[ne|sans citer de nom ni apporter de preuve]].

La [[org|LNR]] s’est refusée à tout commentaire. La commission de contrôle [[cd|devrait]] rendre ses conclusions avant la trêve hivernale. En cas de sanction, le club [[cd|risquerait]] un retrait de points, voire une rétrogradation administrative.

Une saison pourtant réussie

Sur le terrain, tout sourit au [[org|RCA]]. Deuxième du championnat après quatorze journées, le club a signé samedi sa septième victoire consécutive au [[pl|stade des Arènes]], face à [[org|US Landes-Océan]] (31-17). [[per|Semi Ratuvou]] y a inscrit un doublé. « Je ne suis au courant de rien, je joue au rugby », a simplement déclaré l’ailier après la rencontre.

Dans les tribunes, l’affaire divise. [[vs|Certains supporters]] [[cv|dénoncent]] une « chasse aux sorcières », d’autres s’inquiètent pour l’avenir. « Si c’est vrai, on [[cd|paierait]] cher une saison de gloire », soupire [[per|Ilyes Benali]], abonné depuis vingt ans.

L’entraîneur, [[per|Gaizka Etxeberria]], a préféré recentrer le discours sur le sportif : « Mon groupe vit bien. Ce qui se passe dans les bureaux ne nous concerne pas. » Il a [[hd|visiblement]] été agacé par les questions sur le sujet.

Ce n’est pas la première affaire de ce type. En 2023, un club de Top 14 avait été sanctionné pour des faits similaires. [[vs|Des dirigeants de Pro D2]] jugent que les contrôles [[cd|devraient]] être renforcés : « Tout le monde sait que certains contournent la règle », glisse l’un d’eux.

Prochain match pour le [[org|RCA]] samedi à [[pl|Bayonne]].

À lire aussi : Salary cap, comment fonctionne le plafond salarial en rugby
"""
},
{
"id": "b9-fr-hydrogene", "lang": "fr", "typo": None,
"source": SRC + "French business daily, energy and markets (hydrogen start-up, short seller)",
"text": r"""
Hydrogène vert : [[org|Hydrélia]] [[cd|aurait]] gonflé son carnet de commandes, selon un fonds activiste

L’action de la société normande a chuté de 34 % jeudi à la [[org|Bourse de Paris]] après la publication d’un rapport à charge.

Par [[per|Samira Ouali]] - 05/02/2026 - 18:04

Coup de tonnerre pour [[org|Hydrélia]]. Le fonds américain [[org|Ridgeback Research]], spécialisé dans la vente à découvert, a publié jeudi matin un rapport de 60 pages dans lequel il [[cv|affirme]] que le fabricant d’électrolyseurs basé au [[pl|Havre]] [[cd|aurait]] surestimé son carnet de commandes de près de moitié. Selon le fonds, plusieurs contrats [[hd|prétendument]] « fermes » ne [[cd|seraient]] que des lettres d’intention sans engagement.

Le rapport [[cv|prétend]] aussi que deux clients allemands annoncés en 2025 [[cd|auraient]] depuis renoncé à leurs projets. [[org|Ridgeback Research]], qui reconnaît détenir une position vendeuse sur le titre, [[ne|n’a pas rendu publics les documents]] sur lesquels s’appuie cette conclusion, invoquant la protection de ses sources.

La direction contre-attaque

« Ce rapport est truffé d’erreurs et de contre-vérités. Notre carnet est audité et chaque commande est documentée », a [[cv|martelé]] le PDG, [[per|Thibault Kermarrec]], lors d’une conférence téléphonique organisée dans l’urgence. Il [[cv|accuse]] le fonds de chercher « à faire baisser le cours pour empocher un profit rapide ». La société envisage une plainte en diffamation.

[[vs|Des analystes]] se montrent plus nuancés. [[vs|Selon une note d’un courtier parisien]], la part des commandes conditionnelles « [[hd|semble]] effectivement élevée », mais le rapport « exagère [[hd|probablement]] l’ampleur du problème ». L’[[org|Autorité des marchés financiers]] ([[org|AMF]]) n’a pas souhaité commenter.

Un secteur sous pression

L’épisode intervient dans un contexte difficile pour la filière. Plusieurs projets de production d’hydrogène vert ont été abandonnés en [[st|Allemagne]] et aux [[st|Pays-Bas]], faute de subventions suffisantes. [[st|Berlin]] a d’ailleurs annoncé en janvier une révision à la baisse de son programme de soutien.

[[org|Hydrélia]], qui emploie 420 salariés à [[pl|Port-Jérôme-sur-Seine]], a levé 180 millions d’euros lors de son introduction en Bourse en 2023. Son usine de [[pl|Normandie]] [[cd|devrait]] atteindre sa pleine capacité fin 2027. [[vs|Dans l’entourage de la direction]], on [[cv|assure]] que la trésorerie « permet de tenir trois ans sans nouvelle levée ».

La directrice financière, [[per|Nguyễn Thị Lan]], a pour sa part indiqué qu’un audit indépendant sera commandé et publié « d’ici six semaines ». « Nous n’avons rien à cacher », a-t-elle déclaré.

[[vs|Des petits porteurs]], réunis sur les forums boursiers, [[cv|soutiennent]] que la chute est une « opportunité d’achat ». [[vs|D’autres]] s’interrogent : « Si la moitié des commandes est fictive, que vaut vraiment l’entreprise ? » Le titre a regagné 6 % vendredi à l’ouverture.
"""
},
]
