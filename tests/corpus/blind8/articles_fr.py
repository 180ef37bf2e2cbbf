# French articles for blind set 8 (invented events, people and companies). Markup: see build.py.
SRC = "written for ClaimLens blind set 8 (invented events and people); register: "

ARTICLES = [
{
"id": "b8-fr-saguenay", "lang": "fr", "typo": "nbsp",
"source": SRC + "Québec public broadcaster, regional web story (Saguenay–Lac-Saint-Jean)",
"text": r"""
Caribou des [[pl|Monts-Valin]] : [[org|Boisfort Nord]] [[cd|aurait]] coupé dans une zone protégée, [[vs|selon des biologistes]]

Publié le 12 mars à 6 h 02 | [[per|Marie-Ève Gagnon]] | [[org|Radio-Canada]]

Des coupes forestières [[cd|auraient]] été réalisées cet hiver à l'intérieur d'un secteur réservé au caribou forestier, au nord de [[pl|Saint-Fulgence]]. L'entreprise [[org|Boisfort Nord]], qui détient les droits de récolte dans la région, [[cv|nie]] avoir franchi la limite.

Les images satellites ont été transmises à [[org|Radio-Canada]] par trois biologistes de la région. [[vs|Selon ces chercheurs]], qui ont requis l'anonymat par crainte de perdre des contrats, une quarantaine d'hectares [[cd|auraient]] été rasés entre décembre et février dans l'aire de protection de la harde des [[pl|Monts-Valin]]. [[org|Radio-Canada]] [[ne|n'a pas pu vérifier]] de façon indépendante l'emplacement exact des parterres de coupe.

« Nous avons respecté à la lettre le plan approuvé par le ministère », [[cv|assure]] le directeur des opérations de l'entreprise, [[per|Sylvain Bouchard]], joint à [[pl|Chicoutimi]]. Selon lui, les biologistes [[cd|confondraient]] deux anciens chemins forestiers sur les images. M. [[per|Bouchard]] [[cv|soutient]] aussi que [[org|Boisfort Nord]] n'a « jamais reçu le moindre avis de non-conformité » et qualifie les reproches de « [[ne|sans fondement]] ».

Une harde fragile

Le dernier inventaire aérien, réalisé en 2022, dressait déjà un portrait sombre : la harde ne comptait plus qu'une vingtaine de bêtes. « Si les coupes sont confirmées, ce [[cd|serait]] un coup très dur. Chaque hectare de vieille forêt compte », a expliqué [[per|Claudine Harvey]], professeure de biologie à l'[[org|Université du Québec à Chicoutimi]]. Elle précise ne pas avoir vu les images elle-même.

Le [[org|ministère des Ressources naturelles et des Forêts]] a indiqué par courriel avoir « pris connaissance de la situation » et dépêché une équipe sur le terrain la semaine dernière. Les conclusions de cette visite [[cd|devraient]] être connues d'ici la fin du mois. [[vs|Une source au ministère]] [[cv|affirme]] toutefois que des « anomalies » ont [[hd|vraisemblablement]] été relevées dans les données GPS de la machinerie.

L'entreprise [[hd|semble]] par ailleurs avoir ralenti ses activités dans le secteur depuis la mi-février, [[vs|selon des camionneurs de la région]] qui y transportaient du bois.

La [[org|Coalition boréale du Fjord]] réclame le retrait immédiat des droits de coupe. Son porte-parole, [[per|Rémi Lavoie]], [[cv|accuse]] [[pl|Québec]] de « fermer les yeux depuis des années » sur la destruction de l'habitat du caribou. « Le gouvernement [[cd|pourrait]] suspendre les travaux demain matin s'il le voulait », dit-il.

Le dossier [[cd|pourrait]] aussi rebondir à l'échelle fédérale. [[st|Ottawa]] avait menacé l'an dernier d'imposer un décret d'urgence pour protéger l'espèce, ce que [[pl|Québec]] jugeait alors « prématuré ». Une rencontre entre les deux ministres de l'Environnement est prévue en avril à [[pl|Montréal]].

En attendant, les travailleurs forestiers de [[pl|Saint-Fulgence]] et de [[pl|Sainte-Rose-du-Nord]] s'inquiètent. « Si on ferme le secteur, c'est une quarantaine d'emplois qui sautent », estime [[per|Guylaine Simard]], propriétaire d'une entreprise de transport de bois.

Avec les informations de [[per|Jean-Philippe Tremblay]]
"""},

{
"id": "b8-fr-madagascar", "lang": "fr", "typo": "nnbsp",
"source": SRC + "international radio website, Africa desk (Madagascar), correspondent's report",
"text": r"""
[[st|Madagascar]] : un exportateur de vanille [[hd|soupçonné]] d’avoir revendu des stocks saisis

Publié le : 04/02 - 11:40
Avec notre correspondant à [[pl|Antananarivo]], [[per|Lova Randrianarisoa]]

Dans la région de la [[pl|Sava]], premier bassin de production de vanille au monde, l’affaire fait grand bruit. Un exportateur de [[pl|Sambava]], [[org|Vaniala Export]], est [[cv|accusé]] par [[vs|des planteurs]] d’avoir revendu à l’étranger une douzaine de tonnes de vanille saisies l’an dernier par les autorités. Son directeur [[cv|dément]] en bloc.

Les faits [[cd|remonteraient]] à octobre. Lors d’une opération contre la récolte précoce, interdite avant l’ouverture officielle de la campagne, les gendarmes avaient saisi des gousses encore vertes dans plusieurs entrepôts. Ces stocks [[cd|auraient]] ensuite été confiés à [[org|Vaniala Export]], chargée de les conserver sous scellés en attendant une vente aux enchères. [[vs|Selon plusieurs planteurs interrogés par [[org|RFI]]]], ils [[cd|auraient]] en réalité quitté le port de [[pl|Toamasina]] en janvier, à destination de [[pl|Marseille]] et de [[pl|Hambourg]].

« On nous a pris notre vanille en disant qu’elle n’était pas mûre, et maintenant elle voyage en conteneur », [[cv|affirme]] [[per|Jean-Aimé Rakotomalala]], président d’une coopérative d’[[pl|Andapa]]. Il [[ne|ne présente toutefois aucun document]] à l’appui de ses dires, et les manifestes de chargement consultés par notre correspondant ne mentionnent pas l’entreprise.

Joint par téléphone, le directeur de [[org|Vaniala Export]], [[per|Haja Rabemananjara]], [[cv|nie]] toute irrégularité. « Les stocks saisis sont dans notre entrepôt, sous scellés. L’administration peut venir les compter quand elle veut », [[cv|assure]]-t-il. Il [[cv|accuse]] des concurrents de vouloir « salir » sa société à quelques semaines de la nouvelle campagne.

Une enquête administrative

Le [[org|ministère du Commerce]] a annoncé mardi l’ouverture d’une enquête. Un inventaire des entrepôts [[cd|devrait]] avoir lieu la semaine prochaine en présence d’un huissier. [[vs|Un cadre du ministère]], qui a requis l’anonymat, estime que « les chiffres ne collent pas » : les registres de l’exportateur [[hd|semblent]] faire état de ventes supérieures aux achats déclarés. Si la fraude est établie, l’entreprise [[cd|pourrait]] perdre son agrément.

L’enjeu dépasse la seule [[pl|Sava]]. La vanille reste l’une des premières sources de devises de la [[st|Grande Île]], et les acheteurs européens et américains exigent une traçabilité de plus en plus stricte. En début d’année, [[st|Antananarivo]] avait fixé un prix minimum à l’export pour lutter contre la spéculation, une mesure que [[vs|certains négociants]] jugent « impossible à faire respecter ».

« Ce genre d’affaire abîme la réputation de toute la filière », a déclaré à [[org|RFI]] [[per|Fanja Rasoanaivo]], porte-parole du [[org|Groupement des exportateurs de vanille de Madagascar]], qui dit attendre les conclusions de l’enquête avant de se prononcer. Elle rappelle que les Malgaches des zones rurales dépendent largement de cette culture : dans certaines communes de la [[pl|Sava]], près de huit familles sur dix vivent de la vanille.

Sur les marchés de [[pl|Sambava]], les collecteurs attendent. Le kilo de vanille verte se négociait autour de 75 000 ariary l’an dernier. « Avec ce scandale, les acheteurs étrangers [[cd|pourraient]] bouder notre vanille », redoute [[vs|l’un d’eux]].
"""},
{
"id": "b8-fr-haiti", "lang": "fr", "typo": None,
"source": SRC + "Haitian daily (Port-au-Prince), regional economy page (Nord department)",
"text": r"""
[[pl|Cap-Haïtien]] : la compagnie [[org|Pétrocap]] [[cv|accusée]] de stocker du carburant en pleine pénurie

Par [[per|Jean-Robert Pierre-Louis]]

Depuis dix jours, les files d'attente s'allongent devant les stations-service du [[pl|Cap-Haïtien]]. [[vs|Les chauffeurs de taxi-moto]], premiers touchés, [[cv|accusent]] la compagnie [[org|Pétrocap]], principal distributeur du département du [[pl|Nord]], de garder de l'essence dans ses cuves pour faire grimper les prix. Mardi matin, une cinquantaine de motocyclistes ont bloqué l'entrée de son dépôt, à [[pl|Vaudreuil]], près de l'aéroport. « Nou bouke tann ! » criait [[vs|l'un d'eux]].

« Les camions entrent pleins et ressortent vides. Où va l'essence ? », lance [[per|Wilner Joseph]], président de l'[[org|Association des chauffeurs-motos du Nord]]. Selon lui, le gallon se vendait lundi jusqu'à 1 500 gourdes au marché noir, contre moins de 300 à la pompe. [[vs|Plusieurs pompistes]], qui ont requis l'anonymat, [[cv|affirment]] avoir reçu l'ordre de ne servir que les clients munis de bons d'achat de l'entreprise.

Joint par notre rédaction, le directeur commercial de [[org|Pétrocap]], [[per|Réginald Saint-Fleur]], [[cv|rejette]] ces accusations, qu'il qualifie de « [[ne|sans fondement]] ». Selon lui, deux navires [[cd|seraient]] bloqués en rade de [[pl|Port-au-Prince]] depuis le 3 mars, faute d'escorte policière pour les camions-citernes sur la route nationale numéro 1. « Nous distribuons chaque gallon que nous recevons », [[cv|soutient]]-il. Il reconnaît toutefois que la compagnie a « réservé une partie du stock » aux hôpitaux et aux centrales de l'[[org|Électricité d'Haïti]] ([[org|EDH]]).

Un réseau de contrebande ?

Une partie du carburant [[cd|serait]] par ailleurs revendue de l'autre côté de la frontière, en [[st|République dominicaine]], où les prix sont plus élevés, [[vs|selon des sources policières]]. Un réseau [[hd|présumé]] de contrebande [[cd|aurait]] été démantelé samedi à [[pl|Ouanaminthe]], où trois camions-citernes ont été interceptés. La [[org|Police nationale d'Haïti]] ([[org|PNH]]) n'a pas confirmé cette information et [[ne|aucun lien avec [[org|Pétrocap]] n'a été établi]] à ce stade.

Le [[org|ministère du Commerce et de l'Industrie]] a annoncé l'envoi d'inspecteurs « dans les prochains jours ». Pour l'économiste [[per|Marie-Claude Étienne]], qui enseigne à l'[[org|Université Roi-Henri-Christophe]] de [[pl|Limonade]], une simple vérification des cuves [[cd|permettrait]] de trancher. « Tant que personne n'ouvre les registres, chacun peut raconter ce qu'il veut », dit-elle.

L'[[org|Association des distributeurs de produits pétroliers]] [[cv|assure]] de son côté que la situation [[cd|devrait]] revenir à la normale d'ici la fin de la semaine, [[hd|probablement]] grâce à un convoi escorté attendu jeudi sur la route de [[pl|Gonaïves]]. Les commerçants du centre-ville, eux, font leurs comptes. Plusieurs boulangeries, qui fonctionnaient au diesel, ont fermé leurs portes.

[[st|Haïti]] importe la totalité de ses produits pétroliers, principalement des [[st|États-Unis]]. Depuis que les routes reliant la capitale au reste du pays sont sous la menace des gangs, le [[pl|Nord]] est de plus en plus souvent ravitaillé par cabotage, une solution coûteuse et [[hd|apparemment]] insuffisante.
"""},

{
"id": "b8-fr-reunion", "lang": "fr", "typo": "nbsp",
"source": SRC + "Réunion island daily, agriculture and economy (sugar cane harvest)",
"text": r"""
Campagne sucrière : la [[org|Sucrerie de l’Est]] à l’arrêt, l’usinier [[cv|accusé]] de « jouer la montre »

Par [[per|Annick Payet]] – 18 août

Depuis jeudi, plus une tonne de canne n’entre à la [[org|Sucrerie de l’Est]], à [[pl|Saint-Benoît]]. Une avarie sur l’une des deux chaudières a contraint l’usine à suspendre le broyage en pleine campagne, et les camions chargés s’accumulent sur les plateformes de [[pl|Sainte-Rose]] et de [[pl|Bras-Panon]].

La direction parle d’un incident « imprévisible ». [[vs|Selon un technicien de l’usine]], la chaudière [[cd|aurait]] pourtant fait l’objet de deux alertes lors des essais de juin, restées sans suite. « Tout le monde savait qu’elle ne [[cd|tiendrait]] pas la campagne », [[cv|affirme]]-t-il.

L’[[org|Union des planteurs de l’Est]] ([[org|UPE]]) va plus loin. Son président, [[per|Jean-Max Hoarau]], [[cv|accuse]] l’usinier de « jouer la montre » pour réduire les volumes achetés cette année : une canne coupée qui attend plus de quarante-huit heures perd une partie de sa richesse en sucre, et donc de sa valeur. « Chaque jour de panne, c’est de l’argent qui sort de la poche des planteurs », [[cv|martèle]]-t-il. Il [[ne|n’apporte cependant aucun élément]] montrant que l’arrêt [[cd|aurait]] été provoqué ou prolongé volontairement.

Le directeur de l’usine, [[per|Patrick Grondin]], [[cv|dément]] formellement. « Personne n’a intérêt à arrêter une sucrerie en pleine coupe, et surtout pas nous », a-t-il déclaré samedi sur l’antenne de [[org|Réunion La 1re]]. La pièce défectueuse [[cd|devrait]] arriver de l’[[st|Hexagone]] par avion mardi, et le broyage [[cd|pourrait]] reprendre en fin de semaine « si les essais sont concluants ».

Des pertes à chiffrer

Quelque 1 800 planteurs livrent la sucrerie, qui traite [[hd|sans doute]] plus de 40 % de la canne de l’île. À [[pl|Sainte-Rose]], [[per|Gilbert Fontaine]] a vu ses coupeurs rentrer chez eux vendredi. « Lé dur pou nou. La canne coupée sèche sur le bord du chemin », soupire le planteur, qui attendait une bonne année après les pluies de mars.

La [[org|Chambre d’agriculture de La Réunion]] demande que les pertes soient compensées. Le préfet a réuni les acteurs de la filière lundi à [[pl|Saint-Denis]]. [[vs|D’après des participants]], l’État [[cd|serait]] prêt à avancer une aide d’urgence, mais aucun montant n’a été annoncé. Au [[org|ministère des Outre-mer]], à [[pl|Paris]], on indique suivre « avec attention » la situation.

[[vs|Certains élus de l’[[pl|Est]]]] réclament aussi le retrait de la prime de performance versée chaque année à l’usinier par la collectivité. La conseillère régionale [[per|Sabine Técher]] [[cv|soutient]] que cet argent public « [[cd|devrait]] servir à entretenir les chaudières, pas à verser des dividendes ». Un extrait du rapport annuel de la société, publié en juin, fait état d’un bénéfice de 6,2 millions d’euros.

Pour [[per|Grondin]], la question n’est pas là. L’usine a [[hd|apparemment]] déjà rattrapé, par le passé, des retards comparables en prolongeant la campagne jusqu’en décembre. Encore [[cd|faudrait]]-il que la météo le permette : la saison cyclonique commence officiellement le 1er novembre à [[pl|La Réunion]].
"""},
{
"id": "b8-fr-maroc", "lang": "fr", "typo": None,
"source": SRC + "Moroccan French-language business daily, regions page (Souss-Massa)",
"text": r"""
Dessalement: la station de [[pl|Tiznit]] tourne au ralenti, l'opérateur invoque des algues

Par [[per|Karim Bennani]] | Le 9 juillet

Les habitants de [[pl|Tiznit]] et des communes voisines subissent depuis trois semaines des coupures d'eau nocturnes. En cause: la station de dessalement inaugurée l'an dernier sur la côte, qui ne [[cd|produirait]] plus qu'environ la moitié de sa capacité nominale de 60.000 m3 par jour.

L'opérateur privé, [[org|Sahel Aqua]], attribue cette baisse à une prolifération d'algues qui [[cd|aurait]] colmaté les filtres de la prise d'eau en mer. "C'est un phénomène naturel, observé sur une bonne partie de la côte atlantique cet été", [[cv|assure]] son directeur général, [[per|Youssef El Amrani]]. Selon lui, la production [[cd|devrait]] revenir à la normale "d'ici une dizaine de jours".

L'explication ne convainc pas tout le monde. [[vs|Plusieurs élus locaux]] [[cv|soutiennent]] que l'opérateur réduit volontairement la cadence pour économiser sur sa facture d'électricité, qui a fortement augmenté depuis le printemps. "On nous parle d'algues, mais personne ne nous a montré la moindre analyse", [[cv|affirme]] [[per|Hassan Oubella]], vice-président du [[org|conseil communal de Tiznit]]. [[org|Sahel Aqua]] [[cv|dément]] tout calcul de ce genre. [[ne|Aucune donnée de production n'a toutefois été rendue publique]] depuis la mise en service de l'usine, malgré les demandes répétées des associations d'usagers.

Des pénalités en jeu

[[vs|Selon une source à l'[[org|Office national de l'électricité et de l'eau potable]] ([[org|ONEE]])]], qui achète l'eau produite, le contrat [[cd|prévoirait]] des pénalités si la production reste inférieure à 80% de la capacité pendant plus de quinze jours consécutifs. L'opérateur [[cd|pourrait]] donc devoir verser plusieurs millions de dirhams. Ce qui [[cd|expliquerait]], [[vs|selon des observateurs du secteur]], l'insistance de l'entreprise sur la piste naturelle.

Pour [[per|Saïd Aït Lahcen]], spécialiste du dessalement à l'[[org|Université Ibn Zohr]] d'[[pl|Agadir]], l'hypothèse des algues n'a rien d'absurde. "Les efflorescences de cet été ont [[hd|vraisemblablement]] touché d'autres stations de la région. Mais une baisse aussi longue [[cd|serait]] inhabituelle avec un prétraitement correctement dimensionné", explique-t-il.

A [[pl|Rabat]], le [[org|ministère de l'Equipement et de l'Eau]] a demandé un audit technique, dont les conclusions sont attendues fin juillet. Le dossier est sensible: après six années de sécheresse, [[st|Rabat]] mise sur le dessalement pour sécuriser l'eau potable des villes côtières. Le [[st|Maroc]] compte une quinzaine de stations en service et vise une capacité de 1,7 milliard de m3 par an d'ici 2030.

Dans la plaine du [[pl|Souss]], les agriculteurs suivent l'affaire de près. Une partie de l'eau dessalée devait à terme être réservée à l'irrigation des serres de tomates, dont une bonne part est exportée vers l'[[org|Union européenne]] et le [[st|Royaume-Uni]]. "Si la station ne tient pas ses promesses pour l'eau potable, on peut oublier l'irrigation", [[cv|prétend]] [[per|Brahim Id Ali]], qui exploite vingt hectares près de [[pl|Biougra]].

En attendant, les coupures continuent. Les quartiers hauts de la ville sont [[hd|apparemment]] les plus touchés: l'eau n'y revient souvent qu'en fin de matinée. Un portrait peu flatteur de la gestion de la crise circule sur les réseaux sociaux, où [[vs|des habitants]] [[cv|accusent]] la commune d'avoir "laissé faire".
"""},

{
"id": "b8-fr-alsace", "lang": "fr", "typo": "nnbsp",
"source": SRC + "French regional daily (Alsace), town page: Christmas market stalls",
"text": r"""
[[pl|Colmar]] : un exposant du marché de Noël [[cv|accuse]] la Ville de favoritisme

[[pl|COLMAR]] – Il vend du vin chaud et des bredele sur la [[pl|place de l’Ancienne-Douane]] depuis dix-sept ans. Cette année, [[per|Thierry Wendling]] n’a pas obtenu de chalet. L’artisan de [[pl|Kaysersberg]] [[cv|accuse]] la commission d’attribution d’avoir favorisé « des proches » d’un adjoint au maire, et a déposé plainte la semaine dernière auprès du [[org|parquet de Colmar]].

« Sur les six nouveaux exposants retenus, quatre ont un lien avec la même famille », [[cv|affirme]]-t-il. Selon lui, deux de ces chalets [[cd|seraient]] tenus par la belle-sœur et un cousin de l’adjoint chargé du commerce, [[per|Francis Kuntz]]. Ces liens de parenté [[ne|n’ont pas pu être vérifiés]] : le commerçant n’a pas souhaité nous transmettre la liste qu’il dit avoir établie.

Joint par téléphone, [[per|Francis Kuntz]] [[cv|nie]] avoir participé au vote. « Je me suis retiré de la commission dès que j’ai su qu’une personne de ma famille avait candidaté », [[cv|assure]]-t-il. Ce retrait n’apparaît pourtant pas dans le compte rendu de la séance, que nous avons pu consulter.

La Ville [[cv|conteste]] elle aussi tout favoritisme. Dans un communiqué, la municipalité rappelle que les dossiers sont notés « selon une grille publique » par un jury où siègent des représentants de l’[[org|Office de tourisme de Colmar]] et de la [[org|Chambre de métiers d’Alsace]]. [[vs|Selon un membre de ce jury]], la candidature de M. [[per|Wendling]] [[cd|aurait]] été écartée en raison d’une attestation d’assurance manquante. Une version que l’intéressé [[cv|conteste]] : « J’ai tous les reçus. Personne ne m’a jamais demandé ce papier. »

L’opposition s’en mêle

Dans l’opposition, [[per|Laure Meyer]], du groupe [[org|Colmar Ensemble]], réclame la publication des notes attribuées à chaque candidat. Elle [[cv|soutient]] que d’autres exposants [[cd|auraient]] été écartés « sans explication » ces dernières années, [[ne|sans citer de noms]]. « Si tout est transparent, la mairie n’a rien à craindre », lance-t-elle.

[[vs|D’autres exposants]], interrogés samedi sur la place, jugent au contraire la sélection « plus sérieuse qu’avant ». « Avant, c’étaient toujours les mêmes. Là, il y a de nouveaux artisans, et c’est tant mieux », estime [[per|Odile Haeffelé]], qui vend des santons depuis 2015 près de la [[pl|Petite Venise]].

L’enjeu financier n’est pas négligeable. Les marchés de Noël colmariens attirent chaque année plus d’un million de visiteurs, dont beaucoup viennent d’[[st|Allemagne]] et de [[st|Suisse]], et un chalet bien placé [[cd|pourrait]] rapporter plusieurs dizaines de milliers d’euros en cinq semaines, [[vs|selon des commerçants]]. Cet attrait explique [[hd|sans doute]] la multiplication des candidatures : 212 dossiers ont été déposés cette année pour 46 emplacements.

Le parquet [[cd|devrait]] décider dans les prochaines semaines des suites à donner à la plainte. Une enquête pour prise illégale d’intérêts [[cd|pourrait]] être confiée à des enquêteurs de [[pl|Strasbourg]]. À [[pl|Mulhouse]], une affaire similaire s’était soldée en 2019 par un simple rappel à la loi.

[[per|Thierry Wendling]], lui, a trouvé une place de repli : un stand à [[pl|Fribourg-en-Brisgau]], de l’autre côté du [[pl|Rhin]].
"""},
{
"id": "b8-fr-sante", "lang": "fr", "typo": "nbsp",
"source": SRC + "French popular-science and health magazine, health news",
"text": r"""
Spray nasal « anti-rhume » : la start-up [[org|Rhinova]] promet beaucoup, mais [[ne|ne montre rien]]

La société montpelliéraine [[cv|affirme]] que son spray réduit de 70 % le risque d’attraper un rhume. [[ne|Aucune étude n’a été publiée]].

Par [[per|Hélène Marchetti]], le 3 février

Depuis la mi-janvier, la publicité s’affiche partout sur les réseaux sociaux : le spray Nasalis, de la jeune entreprise [[org|Rhinova]], « réduit de 70 % le risque d’attraper un rhume ». Un chiffre spectaculaire, que la société met en avant [[ne|sans publier les données]] qui le fondent.

Interrogé par notre magazine, le fondateur de [[org|Rhinova]], [[per|Mathieu Sabatier]], [[cv|soutient]] que ce résultat est issu d’un essai « rigoureux » mené à l’automne sur 400 volontaires. L’étude [[cd|serait]] en cours d’évaluation dans une revue scientifique, dont il refuse de donner le nom. « Nous ne voulons pas compromettre la publication », justifie-t-il. Il nous a seulement transmis un extrait du protocole, qui ne précise ni la façon dont les rhumes ont été diagnostiqués ni la nature du placebo.

Un mécanisme plausible, des données absentes

Le spray contient un polymère extrait d’algues rouges, le carraghénane, qui [[hd|semble]] capable de piéger certains virus respiratoires en laboratoire. Plusieurs essais menés depuis une quinzaine d’années ont montré des effets modestes, [[hd|probablement]] limités à une réduction de la durée des symptômes. « Passer de là à 70 % de rhumes évités, c’est un saut énorme », estime la Pr [[per|Anne-Sophie Delattre]], virologue au [[org|CHU de Lille]]. Pour obtenir un tel chiffre, il [[cd|faudrait]] selon elle un essai en double aveugle portant sur plusieurs milliers de personnes.

[[vs|D’autres spécialistes]] jugent le chiffre « invraisemblable », voire « publicitaire ». [[vs|Un pharmacologue toulousain]] qui a demandé à ne pas être cité va plus loin : l’entreprise [[cd|aurait]], selon lui, comparé des volontaires recrutés à des moments différents de l’épidémie, ce qui [[cd|suffirait]] à expliquer l’écart. [[per|Mathieu Sabatier]] [[cv|dément]] : « Les deux groupes ont été suivis exactement sur la même période. »

Un dispositif médical, pas un médicament

Le produit est commercialisé comme dispositif médical, et non comme médicament. Il n’a donc pas eu à démontrer son efficacité auprès de l’[[org|Agence nationale de sécurité du médicament et des produits de santé]] ([[org|ANSM]]), mais seulement à obtenir un marquage CE. Contactée, l’agence indique avoir « reçu des signalements » concernant la publicité et examiner le dossier. [[vs|Selon une source proche du dossier]], une mise en demeure [[cd|pourrait]] être adressée à l’entreprise d’ici au printemps.

L’attrait du produit ne se dément pas pour autant. [[vs|Plusieurs pharmaciens de l’[[pl|Hérault]]]] rapportent des ruptures de stock. [[org|Rhinova]], qui a levé 4 millions d’euros l’an dernier et fait fabriquer son spray en [[st|Italie]], vise désormais l’[[st|Espagne]] et la [[st|Belgique]].

Ce que dit la science

Les sprays à base de carraghénane ne sont pas dangereux, rappelle la Pr [[per|Delattre]], mais ils ne remplacent rien : « Un patient convaincu d’être protégé à 70 % [[cd|risquerait]] de baisser la garde. » Un conseil qui vaut [[hd|peut-être]] aussi pour les investisseurs.
"""},

{
"id": "b8-fr-tech", "lang": "fr", "typo": None,
"source": SRC + "French tech and business news website, artificial intelligence",
"text": r"""
IA : la start-up lyonnaise [[org|Ondalys]] [[cv|affirme]] battre les géants américains, [[vs|des chercheurs]] doutent

Par [[per|Julien Ferrand]] — 14 novembre à 09:12

L’annonce a fait le tour de [[org|LinkedIn]] en quelques heures. [[org|Ondalys]], une jeune pousse lyonnaise de 35 salariés, [[cv|affirme]] que son nouveau modèle de langage, Ondalys-7, dépasse les meilleurs modèles américains sur un test de raisonnement mathématique, pour un coût d’entraînement “dix fois inférieur”.

Problème : ces résultats [[ne|n’ont pas pu être reproduits]] à ce stade. La société [[ne|n’a publié ni les poids du modèle ni le détail de son protocole d’évaluation]], se contentant d’un billet de blog.

Son cofondateur, [[per|Nour Haddad]], [[cv|assure]] que l’entreprise ouvrira l’accès “dans les prochaines semaines” à un panel de laboratoires académiques. “Nous n’avons rien à cacher. Nous voulons simplement éviter que nos concurrents copient notre méthode avant la publication”, [[cv|insiste]]-t-il.

Soupçons de contamination

[[vs|Plusieurs chercheurs en apprentissage automatique interrogés par notre rédaction]] se montrent sceptiques. Selon eux, une partie des questions du test [[cd|aurait]] pu se retrouver dans les données d’entraînement du modèle, ce qui [[cd|fausserait]] la comparaison. “C’est un problème classique. Ce test circule en ligne depuis deux ans, avec ses réponses”, explique [[per|Camille Roussel]], chercheuse à l’[[org|Inria]]. Elle précise n’avoir eu accès qu’à la démonstration publique, qui [[hd|semble]] selon elle “nettement moins performante” sur des problèmes inédits.

[[per|Nour Haddad]] [[cv|nie]] toute contamination : “Nous avons filtré nos données. C’est la première chose que nous avons vérifiée.” Il [[ne|n’a toutefois pas précisé]] quelle méthode de filtrage avait été employée.

Une levée de fonds en vue

Le calendrier interroge. La start-up, qui a levé 12 millions d’euros en juin auprès du fonds [[org|Rhône Capital Partners]] et de [[org|Bpifrance]], [[cd|préparerait]] un tour de table de 80 millions d’euros, [[vs|selon deux sources proches du dossier]]. Des discussions [[cd|seraient]] en cours avec des investisseurs du [[pl|Golfe]]. “Ces résultats tombent [[hd|sans doute]] à point nommé”, ironise [[vs|un investisseur parisien]], qui a requis l’anonymat.

Du côté de [[org|Bercy]], on salue au contraire “une pépite qui montre que la [[st|France]] peut rivaliser”. Le ministre chargé du Numérique a partagé l’annonce sur [[org|X]], sans plus de commentaire. La [[st|France]] veut faire émerger des champions capables de concurrencer les laboratoires des [[st|États-Unis]] et de la [[st|Chine]], et le gouvernement multiplie les gestes envers le secteur.

Les géants du secteur, eux, n’ont pas réagi. [[vs|Un responsable d’un laboratoire concurrent]], basé à [[pl|Paris]], [[cv|prétend]] même qu’Ondalys-7 “ne [[cd|ferait]] pas mieux qu’un modèle open source d’il y a un an”. [[ne|Impossible à vérifier]] sans accès au modèle.

Ce n’est pas la première fois qu’une start-up [[cv|revendique]] des performances records sur un seul test. L’an dernier, une société berlinoise avait dû retirer un classement similaire après la découverte d’erreurs dans son évaluation. Pour [[per|Camille Roussel]], la leçon est simple : “Tant qu’un modèle n’est pas évalué par des tiers, une annonce de ce type reste du marketing.”
"""},
{
"id": "b8-fr-cyclisme", "lang": "fr", "typo": "nbsp",
"source": SRC + "French sports website, cycling stage race report with live timeline",
"text": r"""
Ronde de l'Aubrac : chute au sprint à [[pl|Laguiole]], [[org|Vérane-Cycles]] [[cv|accuse]] [[per|Vermeulen]]

La troisième étape s'est terminée dans la confusion mercredi. Le leader [[per|Loïc Bernadou]] est à terre, son équipe réclame le déclassement du vainqueur.

Par [[per|Nicolas Bastide]], à [[pl|Laguiole]]

La troisième étape de la Ronde de l'Aubrac, longue de 168 kilomètres entre [[pl|Espalion]] et [[pl|Laguiole]], s'est achevée dans la confusion. À 200 mètres de la ligne, une chute a mis à terre une douzaine de coureurs, dont le leader du classement général, [[per|Loïc Bernadou]] ([[org|Vérane-Cycles]]).

L'équipe française [[cv|accuse]] le sprinteur belge [[per|Jonas Vermeulen]] ([[org|Nordlys Pro Cycling]]), vainqueur de l'étape, d'avoir « changé de trajectoire » et « tassé » [[per|Bernadou]] contre les barrières. « Les images sont claires, il dévie de deux mètres sur la droite », [[cv|affirme]] son directeur sportif, [[per|Franck Delpech]]. [[per|Vermeulen]] [[cv|nie]] toute faute : « J'ai tenu ma ligne du début à la fin. Je suis désolé pour [[per|Loïc]], mais je n'y suis pour rien », a-t-il déclaré après l'arrivée.

Le jury des commissaires, qui a visionné les images pendant plus d'une heure, a finalement maintenu le classement. [[org|Vérane-Cycles]] a annoncé son intention de saisir l'[[org|Union cycliste internationale]] ([[org|UCI]]).

Le fil de l'étape

13 h 05 – Départ réel donné à la sortie d'[[pl|Espalion]], sous un ciel gris.
14 h 40 – Au kilomètre 62, dans la [[pl|côte de Curières]], cinq hommes prennent deux minutes d'avance.
16 h 12 – Le vent latéral sur le plateau fait exploser le peloton. [[per|Bernadou]] est bien placé.
16 h 51 – Les derniers échappés sont repris à huit kilomètres de l'arrivée.
17 h 03 – Chute dans le sprint final. [[per|Bernadou]] reste longtemps au sol avant d'être évacué.

Une fracture de la clavicule ?

Transporté à l'hôpital de [[pl|Rodez]], [[per|Bernadou]] [[cd|souffrirait]] d'une fracture de la clavicule, [[vs|selon son entourage]]. Son équipe n'a pas confirmé ce diagnostic. S'il devait abandonner, le maillot de leader [[cd|reviendrait]] au Norvégien [[per|Mikkel Aas]], troisième à vingt secondes. Le Breton [[per|Tanguy Le Gall]], [[hd|apparemment]] indemne malgré sa chute, [[cd|pourrait]] lui aussi jouer le classement.

[[vs|Plusieurs coureurs]] [[cv|affirment]] par ailleurs que les barrières étaient mal fixées dans les derniers mètres. L'organisateur, [[org|Aubrac Événements]], [[cv|conteste]] : « Les barrières ont été posées selon le cahier des charges de l'[[org|UCI]] et contrôlées par les commissaires », [[cv|assure]] sa présidente, [[per|Josiane Couderc]]. Elle [[cv|accuse]] certaines équipes de « chercher un coupable » plutôt que de « regarder comment courent leurs sprinteurs ».

Pour [[per|Vermeulen]], l'affaire risque de laisser des traces. [[vs|Des coureurs du peloton]] [[cv|assurent]] qu'il n'en est pas à son premier écart, [[ne|sans fournir d'exemple précis]]. Le Belge avait déjà été déclassé l'an dernier sur une étape du Tour de Wallonie, une décision qu'il jugeait à l'époque « injuste ».

La quatrième étape, jeudi, doit relier [[pl|Laguiole]] à [[pl|Rodez]] par le [[pl|col de Bonnecombe]]. Elle [[cd|devrait]] se jouer entre grimpeurs.
"""},

{
"id": "b8-fr-perpignan", "lang": "fr", "typo": "nnbsp",
"source": SRC + "French regional daily, court chronicle (insurance fraud trial)",
"text": r"""
Faux accidents, vrais remboursements : au [[org|tribunal de Perpignan]], le « cerveau » [[hd|présumé]] [[cv|nie]] tout

Chronique judiciaire. Dix prévenus sont jugés depuis lundi pour une série de carambolages simulés sur les routes du [[pl|Roussillon]].

Par [[per|Sophie Vidal]]

Il a la voix posée et la réponse toujours prête. Devant le [[org|tribunal correctionnel de Perpignan]], [[per|Kamel Ferrer]], 41 ans, gérant d'un garage du quartier du [[pl|Moulin-à-Vent]], [[cv|nie]] avoir organisé une vingtaine de faux accidents entre 2019 et 2022. Selon l'accusation, le réseau [[cd|aurait]] soutiré plus de 600 000 euros à plusieurs compagnies d'assurance.

Le scénario, détaillé mardi par la présidente, [[per|Marianne Cazals]], se répétait presque à l'identique : deux voitures achetées à bas prix en [[st|Espagne]], une collision « arrangée » sur une bretelle de l'[[pl|A9]] près du [[pl|Boulou]], des passagers qui se découvraient des douleurs cervicales, et des factures de réparation établies par le même garage. « Je répare des voitures, je ne les casse pas », a lancé le prévenu, qui [[cv|prétend]] n'avoir « jamais rencontré » la plupart de ses coprévenus.

Les écoutes téléphoniques lues à l'audience montraient pourtant des échanges fréquents entre eux. [[vs|Selon les enquêteurs]], M. [[per|Ferrer]] fixait lui-même la date et le lieu des collisions, et [[cd|aurait]] rémunéré les « conducteurs » entre 800 et 1 500 euros par accident.

Un coprévenu qui parle

Deux des dix prévenus ont reconnu les faits. L'un d'eux, [[per|Bastien Roig]], 29 ans, [[cv|affirme]] avoir été recruté dans un bar de [[pl|Canet-en-Roussillon]]. « Il m'a dit que personne ne [[cd|serait]] blessé et que les assurances [[cd|paieraient]] sans poser de questions », a-t-il raconté à la barre, la voix hésitante.

L'avocate de M. [[per|Ferrer]], Me [[per|Nathalie Puig]], [[cv|conteste]] la valeur de ce témoignage, « obtenu en échange d'une peine plus clémente », [[cv|soutient]]-elle. Elle [[cv|accuse]] les enquêteurs d'avoir « construit un dossier à charge » et plaide [[ne|l'absence de tout élément matériel]] : « On nous parle d'un cerveau, mais [[ne|on ne nous montre aucun virement]]. » [[ne|Aucun flux financier direct]] entre son client et les conducteurs n'a en effet été mis au jour.

La [[org|Mutuelle catalane d'assurances]], partie civile, réclame 240 000 euros. [[vs|Selon des experts mandatés par les assureurs]], les dégâts relevés sur plusieurs véhicules [[hd|semblent]] « incompatibles » avec les vitesses déclarées. Un [[hd|prétendu]] témoin, présenté comme un automobiliste de passage, [[cd|serait]] en réalité le beau-frère de l'un des prévenus.

La procureure, [[per|Élodie Marty]], doit prononcer ses réquisitions jeudi. Le gérant encourt jusqu'à sept ans d'emprisonnement. Le tribunal [[cd|devrait]] mettre sa décision en délibéré à plusieurs semaines. Une partie des fonds [[cd|aurait]] transité par un compte ouvert à [[pl|Figueres]], de l'autre côté de la frontière, mais les autorités espagnoles n'ont pas encore répondu à la demande d'entraide.
"""},
]
