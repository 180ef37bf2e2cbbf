# -*- coding: utf-8 -*-
"""Blind set 14, French articles (invented events, people, companies and outlets). Markup: [[tag|text]]."""
SRC = "written for ClaimLens blind set 14 (invented events and people); register: "

ARTICLES = [
{"id": "b14-fr-dolbeau", "lang": "fr", "typo": "nnbsp",
 "source": SRC + "Québec regional daily (Saguenay–Lac-Saint-Jean), forestry and labour: sawmill shutdown dispute",
 "text": """
Scierie de [[pl|Dolbeau-Mistassini]] : le syndicat [[cv|accuse]] [[org|Chamouchouane]] de préparer une fermeture définitive

L’[[org|Écho du Royaume]] — [[per|Mélissa Gauthier-Simard]] — Publié le 25 novembre 2026 à 6 h 15

Les 142 travailleurs de la scierie de [[pl|Dolbeau-Mistassini]] ne savent toujours pas s’ils reprendront le travail en janvier. L’usine, propriété de [[org|Produits forestiers Chamouchouane]] ([[org|PFC]]), est à l’arrêt depuis le 3 octobre, officiellement pour « un ralentissement temporaire lié aux conditions du marché ».

Le syndicat local, affilié à la [[org|CSN]], n’y croit plus. Son président, [[per|Réjean Bouchard-Lavoie]], [[cv|soutient]] que l’entreprise [[cd|aurait]] déjà commencé à démonter une partie de la ligne de sciage pour l’envoyer vers son usine de [[pl|Chibougamau]]. « On a vu partir deux fardiers chargés la semaine passée. Ils nous prennent pour des valises », [[cv|affirme]]-t-il. Le syndicat [[ne|n’a toutefois fourni ni photo ni bon de transport à l’appui de ses dires]].

Chez [[org|PFC]], on [[cv|nie]] tout démantèlement. Dans un courriel transmis à notre rédaction, la porte-parole [[per|Annie Fortin-Tremblay]] [[cv|assure]] que « les pièces déplacées sont des pièces de rechange » et que l’entreprise « évalue toutes les options ». Elle n’a pas voulu dire si une fermeture était envisagée.

[[vs|Selon deux cadres de l’entreprise]], qui ont requis l’anonymat, la direction [[cd|devrait]] présenter d’ici Noël un plan de « consolidation » qui [[cd|regrouperait]] le sciage à [[pl|Chibougamau]] et ne [[cd|laisserait]] à [[pl|Dolbeau-Mistassini]] qu’une cour de tri. [[ne|Ces informations n’ont pas pu être confirmées]] de façon indépendante.

Le contexte n’aide pas. Les droits compensateurs imposés par [[st|Washington]] sur le bois d’œuvre canadien ont encore grimpé cet automne, et [[vs|plusieurs industriels]] [[cv|soutiennent]] que la moitié des scieries du [[pl|Lac-Saint-Jean]] tournent à perte. Le [[org|Conseil de l’industrie forestière du Québec]] évoque pour sa part « une tempête parfaite ».

Au [[org|ministère des Ressources naturelles et des Forêts]], on indique n’avoir reçu « aucun avis de licenciement collectif ». Le cabinet de la ministre précise qu’un tel avis [[cd|devrait]] être déposé au moins seize semaines avant une fermeture touchant plus de cent salariés.

La mairesse, [[per|Guylaine Harvey-Néron]], ne cache pas son inquiétude. « Si la scierie ferme, c’est 142 familles, plus les camionneurs, plus les garages. Ce [[cd|serait]] le pire coup pour la ville depuis la fermeture de la papetière », dit-elle. Elle demande à [[org|PFC]] de rencontrer le conseil municipal avant la fin de l’année.

[[vs|Certains observateurs du secteur]] jugent une fermeture [[hd|probable]] à moyen terme. [[per|Bouchard-Lavoie]], lui, promet que les travailleurs ne resteront pas les bras croisés : une assemblée générale est convoquée jeudi soir à l’[[pl|aréna Jean-Claude-Lavoie]] de [[pl|Mistassini]]. « On n’est pas là pour négocier notre enterrement », lance-t-il.

[[org|PFC]] exploite quatre usines au [[pl|Québec]] et une en [[pl|Ontario]]. L’entreprise a reçu en 2024 un prêt de 18 millions de dollars d’[[org|Investissement Québec]] pour moderniser ses installations, un prêt qui, [[vs|selon le syndicat]], [[cd|obligerait]] l’entreprise à maintenir l’emploi dans la région jusqu’en 2029. Le contrat de prêt n’est pas public.
"""},

{"id": "b14-fr-gerland", "lang": "fr", "typo": None,
 "source": SRC + "Lyon business news website, biotech and finance: start-up fundraising and disputed trial results",
 "text": """
Biotech : [[org|Vaxelio]] lève 40 millions, mais ses résultats cliniques font débat

Par [[per|Thibaut Roncière]], [[org|Confluence Business]] - mis à jour le 26/11/2026

C'est la plus grosse levée de fonds d'une biotech lyonnaise cette année. [[org|Vaxelio]], installée dans le quartier de [[pl|Gerland]], a annoncé mardi avoir bouclé un tour de table de 40 millions d'euros mené par le fonds suisse [[org|Helvetia Life Partners]], avec la participation de [[org|Bpifrance]] et du fonds régional [[org|Auvergne-Rhône-Alpes Amorçage]].

La start-up, fondée en 2021 par la chercheuse [[per|Ingrid Oudin-Keller]] et l'ancien cadre de [[org|Sanofi]] [[per|Marc-Olivier Dufresnoy]], développe un vaccin thérapeutique contre certaines formes de cancer du pancréas. Dans son communiqué, elle [[cv|affirme]] que son candidat a permis de « doubler la survie sans progression » chez les patients de son essai de phase 1.

C'est précisément ce chiffre qui fait tiquer. Les données complètes de l'essai, mené sur 24 patients aux [[org|Hospices civils de Lyon]] et à l'[[org|Institut Paoli-Calmettes]] de [[pl|Marseille]], n'ont jamais été publiées. [[vs|Deux oncologues consultés par [[org|Confluence Business]]]] soulignent qu'un essai de phase 1 n'est pas conçu pour mesurer l'efficacité. « Doubler par rapport à quoi ? Il n'y a pas de groupe témoin », remarque [[vs|l'un d'eux]].

[[per|Ingrid Oudin-Keller]] [[cv|récuse]] toute exagération. « Nous comparons avec les données historiques de la littérature, c'est une pratique courante à ce stade », [[cv|assure]]-t-elle, en promettant une publication « dans les prochains mois ». Elle [[cv|dément]] également que l'entreprise ait gonflé ses chiffres pour séduire les investisseurs.

[[vs|Un ancien salarié, parti en 2025]], est plus sévère. Il [[cv|affirme]] que la direction [[cd|aurait]] écarté de l'analyse trois patients sortis prématurément de l'essai, ce qui [[cd|améliorerait]] mécaniquement le résultat. [[ne|Aucun document ne vient étayer cette accusation]], et l'entreprise la qualifie de « diffamatoire ».

Du côté des financeurs, on se veut serein. « Nous avons eu accès à l'ensemble des données brutes dans le cadre de notre due diligence », indique [[per|Lukas Wyss-Amrein]], associé chez [[org|Helvetia Life Partners]], sans préciser lesquelles.

[[vs|Selon plusieurs acteurs de l'écosystème]], la levée [[cd|permettrait]] à [[org|Vaxelio]] de financer une phase 2 d'environ 120 patients à partir de 2027, en [[st|France]], en [[st|Belgique]] et en [[st|Espagne]]. L'autorisation de l'[[org|Agence nationale de sécurité du médicament]] ([[org|ANSM]]) n'a pas encore été demandée.

Le dossier intervient dans un contexte délicat pour la filière. Le fonds [[org|Lyonbiopôle Capital]], très actif sur le site de [[pl|Gerland]], a [[hd|vraisemblablement]] du mal à boucler son deuxième véhicule, et [[vs|certains investisseurs]] redoutent une bulle des vaccins thérapeutiques. « On a vu trop de promesses en phase 1 qui s'effondrent en phase 2 », résume [[per|Claire Vidal-Ohana]], analyste chez [[org|Kepler Santé]].

[[org|Vaxelio]] emploie aujourd'hui 47 personnes et prévoit d'en recruter une trentaine d'ici à fin 2027, principalement dans son laboratoire de la [[pl|rue de Gerland]]. La société n'exclut pas une introduction en Bourse à [[pl|Paris]], « mais pas avant des résultats de phase 2 », précise son directeur financier.
"""},

{"id": "b14-fr-yopougon", "lang": "fr", "typo": "nbsp",
 "source": SRC + "Ivorian political weekly (Abidjan), politics: vote-buying accusations in a party primary, column",
 "text": """
CHRONIQUE - Primaire du [[org|RRI]] à [[pl|Yopougon]] : la démocratie interne à l'épreuve du billet de banque

Le [[org|Baobab Hebdo]] - N° 612 - Semaine du 23 au 29 novembre 2026 - Par [[per|Kouamé N'Guessan Bléhoué]]

On nous avait promis une fête de la démocratie. Dimanche, dans la cour du lycée municipal de [[pl|Yopougon]], les militants du [[org|Rassemblement pour le renouveau ivoirien]] ([[org|RRI]]) devaient désigner leur candidat aux municipales. Ils ont surtout assisté à un long échange d'accusations.

D'un côté, le député sortant [[per|Zié Coulibaly-Djè]], soutenu par l'appareil du parti. De l'autre, l'homme d'affaires [[per|Patrice Akoto Yapi]], patron d'une entreprise de transport et nouveau venu en politique. Au soir du scrutin, le premier l'emportait avec 58 % des voix. Le second [[cv|conteste]] le résultat et [[cv|accuse]] son adversaire d'avoir « acheté les délégués à 25 000 francs la tête ».

L'accusation est grave. Elle est aussi, pour l'instant, [[ne|sans preuve]]. Le camp [[per|Akoto Yapi]] [[cv|affirme]] disposer de vidéos montrant des distributions d'enveloppes, mais [[ne|ne les a montrées à personne]], pas même à la commission électorale du parti. « Nous les réservons à la justice », [[cv|assure]] son directeur de campagne, [[per|Sidiki Ouattara-Bamba]].

[[per|Coulibaly-Djè]], lui, [[cv|dément]] en bloc. « Ce sont des allégations d'un mauvais perdant », tranche-t-il dans un entretien accordé à notre rédaction. Il [[cv|soutient]] au contraire que son rival [[cd|aurait]] fait venir « des cars entiers de non-militants » depuis [[pl|Songon]] et [[pl|Anyama]].

[[vs|Selon des délégués présents]], le vote s'est déroulé dans une grande confusion : listes incomplètes, cartes de militant délivrées le jour même, urnes déplacées à deux reprises. [[vs|Un membre de la commission électorale]] nous a confié, sous couvert d'anonymat, que « près de 300 délégués n'[[cd|auraient]] pas dû voter ». Il [[ne|n'a pas été en mesure de fournir la liste]].

La direction nationale du [[org|RRI]], à [[pl|Cocody]], observe un silence prudent. [[vs|Des cadres du parti]] laissent entendre qu'une annulation [[cd|serait]] envisagée, ce qui [[cd|ouvrirait]] la voie à une candidature de consensus. [[vs|D'autres]] [[cv|martèlent]] que le résultat est « définitif » et que le parti ne [[cd|saurait]] se déjuger à six mois du scrutin.

Ce feuilleton n'est pas anodin. [[pl|Yopougon]], plus grande commune d'[[pl|Abidjan]], pèse lourd dans les équilibres du [[pl|District autonome d'Abidjan]]. Et la [[org|Commission électorale indépendante]] ([[org|CEI]]) n'a aucun pouvoir sur les primaires, qui relèvent des statuts de chaque parti.

Que retenir ? Que l'argent circule dans les primaires ivoiriennes, tout le monde le sait, du [[pl|Plateau]] aux sous-préfectures. Qu'il ait réellement décidé de celle de dimanche reste à démontrer. En attendant, c'est le militant de base qui paie l'addition : celui qui, à [[pl|Yopougon]], attend toujours l'éclairage public promis en 2023, et qui regarde ses élus se disputer des enveloppes que personne n'a vues.
"""},

{"id": "b14-fr-saintlouis", "lang": "fr", "typo": None,
 "source": SRC + "Reunion Island news website, water and local government: repeated water cuts, drought vs leaks",
 "text": """
Coupures d’eau à [[pl|Saint-Louis]] : la régie invoque la sécheresse, les habitants soupçonnent les fuites

[[org|Kaz Info 974]] | Publié le 24/11/2026 à 11h02 | [[per|Sandrine Payet-Hoarau]]

Troisième semaine de tours d’eau dans les hauts de [[pl|Saint-Louis]]. Depuis le 2 novembre, les quartiers des [[pl|Makes]], de [[pl|Bois-de-Nèfles Coco]] et de la [[pl|Ravine du Gol]] n’ont plus d’eau au robinet qu’entre 5 heures et 9 heures du matin, puis entre 17 heures et 21 heures.

La régie intercommunale [[org|Eaux du Sud Réunion]] ([[org|ESR]]) met en avant une sécheresse « historique ». Selon son directeur, [[per|Jean-Hugues Técher]], les captages de la [[pl|rivière Saint-Étienne]] ne fournissent plus que 40 % de leur débit habituel. « Nous n’avons jamais connu un mois d’octobre aussi sec depuis que les relevés existent », [[cv|affirme]]-t-il.

[[org|Météo-France]] confirme un déficit de pluie marqué sur le sud de l’île, mais le qualifie de « sévère » plutôt qu’« historique ».

Sur le terrain, beaucoup ne croient pas à la seule explication climatique. [[vs|Des habitants des [[pl|Makes]]]] [[cv|accusent]] la régie de laisser fuir une partie de l’eau. « Il y a une conduite qui coule sur le bord de la route depuis l’an dernier, tout le monde la voit », [[cv|assure]] [[per|Marie-Josée Grondin]], qui a lancé une pétition signée par plus de 1 200 personnes. [[vs|Selon un agent de la régie]], le rendement du réseau ne [[cd|dépasserait]] pas 55 %, ce qui [[cd|signifierait]] que près d’un litre sur deux se perd avant d’arriver chez l’abonné. [[ne|Ce chiffre n’a pas pu être vérifié]] : la régie n’a pas publié son rapport annuel 2025.

[[per|Jean-Hugues Técher]] [[cv|conteste]] ce pourcentage, qu’il juge « fantaisiste », [[ne|sans toutefois avancer le sien]]. Il reconnaît « des fuites sur un réseau vieillissant » et annonce un programme de travaux de 6 millions d’euros sur trois ans, financé en partie par l’[[org|Office de l’eau Réunion]].

L’opposition municipale s’est emparée du sujet. Le conseiller [[per|Ibrahim Kichenin]] [[cv|accuse]] la majorité d’avoir « laissé pourrir le réseau » et réclame un audit indépendant. Le maire, [[per|Axel Rivière-Clain]], [[cv|nie]] tout laxisme et rappelle que la compétence eau a été transférée à l’intercommunalité en 2020.

La préfecture a pris lundi un arrêté de restriction pour tout le sud de [[pl|La Réunion]] : interdiction d’arroser les jardins et de remplir les piscines entre 8 heures et 20 heures. [[vs|Selon des sources préfectorales]], des mesures plus strictes [[cd|pourraient]] suivre si les pluies n’arrivent pas avant la mi-décembre.

Les agriculteurs s’inquiètent aussi. La campagne sucrière touche à sa fin, mais les jeunes plantations de canne risquent de souffrir. [[vs|Certains planteurs de l’[[pl|Étang-Salé]]]] [[cv|affirment]] avoir déjà perdu un tiers de leurs repousses, un chiffre que la [[org|Chambre d’agriculture]] dit « plausible mais prématuré ».

En attendant, la régie a installé quatre citernes aux [[pl|Makes]]. Les habitants, eux, remplissent les bidons la nuit et font la queue au point d’eau de l’église. La saison des pluies, [[vs|selon les prévisionnistes]], [[cd|pourrait]] arriver avec deux à trois semaines de retard.
"""},

{"id": "b14-fr-energie", "lang": "fr", "typo": "nbsp",
 "source": SRC + "Belgian consumer magazine (Brussels), energy and consumer rights: hidden fees in energy contracts, explainer",
 "text": """
Contrats d’énergie : les frais cachés que votre fournisseur ne vous dit pas

[[org|Budget Malin]] – Dossier du mois – Décembre 2026 – Texte : [[per|Aurélie Vanderbeken]]

Vous pensiez avoir signé pour un prix fixe ? Relisez vos factures. Notre enquête, menée auprès de 312 lecteurs et sur 48 contrats en vigueur en [[pl|Wallonie]] et à [[pl|Bruxelles]], montre que trois fournisseurs sur dix facturent des frais qui n’apparaissent pas clairement dans leur offre.

Premier cas : les « frais de gestion administrative ». Chez [[org|Lumina Énergie]], ils atteignent 4,95 euros par mois, soit près de 60 euros par an, présentés dans les conditions générales comme une « redevance de service ». Le fournisseur [[cv|soutient]] que ces frais sont « mentionnés de façon transparente dans la fiche tarifaire ». Nous les avons trouvés en page 7, en corps 8.

Deuxième cas : les frais de résiliation déguisés. La loi belge interdit depuis 2012 de facturer des frais à un particulier qui change de fournisseur. Pourtant, [[vs|plusieurs lecteurs]] nous [[cv|affirment]] qu’[[org|Electra Nova]] leur a réclamé une « régularisation de fin de contrat » de 75 euros. L’entreprise [[cv|dément]] et parle d’« erreurs ponctuelles de facturation, corrigées sur demande », [[hd|peut-être]] liées à un changement de logiciel.

Que dit le régulateur ? La [[org|Commission de régulation de l’électricité et du gaz]] ([[org|CREG]]) dit avoir reçu « un nombre croissant de signalements » en 2026, sans en donner le chiffre exact. Le [[org|Service de médiation de l’énergie]], basé à [[pl|Bruxelles]], confirme que les plaintes portant sur la facturation ont augmenté de 18 % sur un an.

[[vs|Selon un ancien commercial d’un grand fournisseur]], que nous avons rencontré à [[pl|Namur]], les équipes de vente [[cd|seraient]] incitées à ne pas évoquer ces frais au téléphone. « On nous disait : si le client ne demande pas, on ne dit rien », raconte-t-il. [[ne|Nous n’avons pas pu vérifier ce témoignage]] auprès d’autres salariés.

Certains fournisseurs jouent la carte de la simplicité. [[org|VoltaPlus]], petit acteur coopératif de [[pl|Liège]], [[cv|assure]] ne facturer « aucun frais en dehors du prix du kilowattheure et des coûts de réseau ». Nos vérifications le confirment.

Comment vous protéger ? Voici nos conseils :
- Comparez les offres sur le simulateur officiel de la [[org|CREG]], qui intègre les frais fixes.
- Exigez la fiche tarifaire avant de signer, et cherchez les mots « redevance », « abonnement » ou « frais de service ».
- En cas de litige, adressez-vous d’abord au fournisseur par écrit, puis au [[org|Service de médiation de l’énergie]].

Le [[org|SPF Économie]] [[cd|devrait]] publier au printemps une évaluation des pratiques commerciales du secteur. Le ministre fédéral de l’Énergie, [[per|Tom Vermeulen-Dubois]], a déclaré vouloir « plus de transparence », sans annoncer de mesure concrète. [[vs|Des associations de consommateurs]] estiment qu’un plafonnement des frais fixes [[cd|serait]] la seule solution efficace.

Vous avez constaté des frais suspects sur votre facture ? Écrivez-nous : nous publierons les cas les plus fréquents dans un prochain numéro.
"""},

{"id": "b14-fr-beyrouth", "lang": "fr", "typo": "nnbsp",
 "source": SRC + "Lebanese francophone daily (Beirut), energy and politics: fuel tanker held at port, blackouts",
 "text": """
Le pétrolier bloqué au large de [[pl|Beyrouth]] [[cd|serait]] au cœur d'un litige entre [[org|EDL]] et un négociant

Le [[org|Cèdre du Matin]] - 27 novembre 2026 - [[per|Rania Khoury-Haddad]]

Depuis onze jours, un pétrolier chargé de 35 000 tonnes de fioul, [[hd|apparemment]] affrété pour le compte d'[[org|EDL]], attend au large du [[pl|port de Beyrouth]] sans pouvoir décharger. Pendant ce temps, [[org|Électricité du Liban]] ([[org|EDL]]) a réduit sa production à moins de trois heures par jour dans la plupart des régions, et les abonnés aux générateurs de quartier voient leurs factures grimper.

Officiellement, le navire attend « la finalisation des procédures douanières ». Mais [[vs|selon des sources au [[org|ministère de l'Énergie]]]], le blocage [[cd|tiendrait]] à un litige financier : le négociant [[org|Levant Marine Fuels]], immatriculé à [[pl|Limassol]], [[cd|exigerait]] le paiement d'une ancienne facture de 48 millions de dollars avant toute livraison. [[org|EDL]] [[cd|aurait]] refusé, invoquant des pénalités de retard dues par le fournisseur.

[[ne|Aucune de ces informations n'a été confirmée officiellement]]. Contacté par notre journal, le directeur général d'[[org|EDL]], [[per|Walid Abi Nader]], [[cv|nie]] tout différend commercial et [[cv|assure]] que le déchargement interviendra « dans les prochains jours ». [[org|Levant Marine Fuels]] n'a pas répondu à nos questions.

Le député [[per|Georges Frem-Aoun]], membre de la commission parlementaire de l'Énergie, [[cv|accuse]] pour sa part le ministère de « cacher la vérité aux Libanais ». Il [[cv|affirme]] que le fioul à bord ne [[cd|répondrait]] pas aux spécifications des centrales de [[pl|Zahrani]] et de [[pl|Deir Ammar]], et que le navire [[cd|pourrait]] repartir sans décharger. Le député [[ne|n'a présenté aucun document à l'appui]] de ses dires.

Le ministre de l'Énergie, [[per|Hassan Mrad]], a de son côté qualifié ces propos de « rumeurs » lors d'une conférence de presse au [[pl|Grand Sérail]], sans répondre aux questions sur le montant de la dette.

Le dossier dépasse les frontières. [[st|Bagdad]] fournit au [[st|Liban]] depuis 2021 une partie de son fioul dans le cadre d'un accord de troc contre des services médicaux. [[vs|Selon un diplomate occidental en poste à [[pl|Beyrouth]]]], les livraisons irakiennes [[cd|seraient]] elles aussi suspendues, [[st|Bagdad]] réclamant le règlement d'arriérés. [[ne|Aucune confirmation n'a pu être obtenue]] auprès de l'ambassade d'[[st|Irak]].

La [[org|Banque mondiale]], qui finance un programme de réforme du secteur électrique, a appelé mercredi à « une gestion transparente des achats de carburant ». [[vs|Certains experts]] [[cv|soutiennent]] que ces crises à répétition [[cd|seraient]] en partie entretenues pour justifier des contrats de gré à gré. [[vs|D'autres]] y voient surtout l'effet de la pénurie chronique de dollars.

À [[pl|Achrafieh]], [[per|Nayla Sfeir]], pharmacienne, a dû investir dans des panneaux solaires pour conserver ses médicaments au frais. « Trois heures de courant par jour, ce n'est plus un service public, c'est une loterie », dit-elle. Dans son immeuble, le générateur du quartier facture désormais 1,10 dollar le kilowattheure. Son exploitant [[cv|affirme]] que ce prix reflète « simplement » le coût du diesel.
"""},

{"id": "b14-fr-coop", "lang": "fr", "typo": "nnbsp",
 "source": SRC + "agricultural cooperative members' newsletter (Gers, Occitanie), farming: planned cooperative merger, Q&A",
 "text": """
La Lettre aux adhérents – n° 87 – novembre 2026

Rapprochement avec [[org|Terres d’Occitanie]] : vos questions, nos réponses

Depuis l’annonce du projet de fusion lors de l’assemblée générale de juin, le standard de la coopérative n’a pas désempli. Le conseil d’administration de la [[org|Coopérative céréalière du Val de Save]] ([[org|CCVS]]) a rassemblé les questions les plus fréquentes. Les réponses ont été rédigées avec le président, [[per|Bernard Lasserre-Dubarry]], et le directeur, [[per|Jérôme Castaing]].

Pourquoi fusionner ?
Nos volumes de collecte ont reculé de 22 % en cinq ans. Seule, la [[org|CCVS]] ne pourra pas financer la mise aux normes du silo de L’[[pl|Isle-Jourdain]], estimée à 3,4 millions d’euros. Avec [[org|Terres d’Occitanie]], qui collecte près de 600 000 tonnes par an entre le [[pl|Gers]] et la [[pl|Haute-Garonne]], l’investissement [[cd|serait]] partagé.

Est-il vrai que le silo de [[pl|Samatan]] va fermer ?
Non. [[vs|Une rumeur]] circule sur les réseaux sociaux selon laquelle [[org|Terres d’Occitanie]] [[cd|fermerait]] nos trois petits silos dès 2027. Cette rumeur [[ne|ne repose sur rien]] : aucun plan de fermeture n’a été présenté, et le projet de traité de fusion prévoit le maintien de tous les sites pendant au moins cinq ans.

Les prix payés aux adhérents vont-ils baisser ?
[[vs|Certains adhérents]] [[cv|affirment]] que les prix de [[org|Terres d’Occitanie]] sont inférieurs de 8 à 10 euros la tonne aux nôtres. C’est inexact sur le blé tendre, où l’écart moyen sur trois campagnes est inférieur à 2 euros. Sur le maïs, l’écart est plus important, mais il s’explique [[hd|probablement]] par des différences de qualité et de séchage.

Qu’en dit le syndicat agricole ?
La [[org|FDSEA du Gers]] soutient le projet. La [[org|Confédération paysanne]], elle, [[cv|accuse]] les deux conseils d’administration de « brader l’outil des paysans » et demande un vote à bulletin secret. Le conseil rappelle que le vote aura lieu à bulletin secret, comme le prévoient nos statuts.

Est-ce que je perds mes parts sociales ?
Non. Vos parts seront converties en parts de la nouvelle coopérative selon une parité qui [[cd|devrait]] être fixée en février par un commissaire à la fusion indépendant, désigné par le [[org|tribunal judiciaire d’Auch]].

Le [[org|Crédit gascon]] a-t-il imposé la fusion ?
Non. [[vs|Selon certains échos]], la banque [[cd|aurait]] conditionné le renouvellement de nos lignes de crédit au rapprochement. Le directeur, [[per|Jérôme Castaing]], [[cv|dément]] formellement : « Nos financements sont assurés jusqu’en 2028, fusion ou pas. »

Et le personnel ?
Les 41 salariés de la [[org|CCVS]] seront repris avec leur ancienneté. [[vs|Selon les représentants du personnel]], une partie d’entre eux [[cd|pourrait]] toutefois se voir proposer une mutation vers [[pl|Montauban]] ou [[pl|Toulouse]].

Quand vote-t-on ?
L’assemblée générale extraordinaire se tiendra le 12 mars 2027 à la salle des fêtes de [[pl|Lombez]]. La fusion doit recueillir deux tiers des voix des adhérents présents ou représentés. Pour toute question : [[per|Sylvie Dupouy]], service adhérents, 05 62 00 00 00.
"""},


{"id": "b14-fr-velo", "lang": "fr", "typo": "nbsp",
 "source": SRC + "cycling live report website, sport: mountain stage of a stage race amid a doping rumour, live blog",
 "text": """
EN DIRECT - Tour de l'Ardèche méridionale, 4e étape : [[pl|Privas]] - [[pl|mont Gerbier-de-Jonc]] (168 km)

[[org|Échappée Live]] - suivi commenté par [[per|Loïc Marchadier]] et [[per|Océane Brunel-Fayolle]]

16 h 52 - C'est fini ! [[per|Ilyas Benkirane]] ([[org|Vantour-Bellisle]]) s'impose au sommet avec 38 secondes d'avance sur [[per|Tobias Lindqvist-Ahl]] ([[org|Nordkap Cycling]]). Le Marocain s'empare du maillot de leader.

16 h 47 - Plus qu'un kilomètre pour [[per|Benkirane]]. L'écart reste stable, le Suédois limite la casse.

16 h 40 - [[per|Benkirane]] attaque à 6 km de l'arrivée, dans la partie la plus raide. Personne ne peut suivre. Impressionnant.

16 h 31 - Revenons sur l'information qui agite la caravane depuis ce matin. Le quotidien flamand [[org|Het Wielerblad]] [[cv|affirme]] qu'un coureur d'une équipe française [[cd|aurait]] été contrôlé positif à un corticoïde lors du Tour de l'Ain, en août. Le journal ne cite aucun nom et [[ne|ne publie aucun document]]. [[vs|Selon nos informations]], l'[[org|Agence française de lutte contre le dopage]] ([[org|AFLD]]) n'a ouvert aucune procédure à ce stade.

16 h 22 - Au pied de l'ascension finale, [[per|Benkirane]] et [[per|Lindqvist-Ahl]] ont repris l'échappée. Le peloton pointe à 1'45".

16 h 10 - Le manager de [[org|Vantour-Bellisle]], [[per|Gérald Fournier-Sabatier]], a réagi au micro de [[org|France Bleu Drôme Ardèche]] : « Ce ne sont que des ragots. Mon équipe n'a rien à voir avec ça. » Il [[cv|dément]] toute implication et [[cv|accuse]] certains concurrents de « faire courir des bruits pour déstabiliser les leaders ».

15 h 58 - Ravitaillement à [[pl|Saint-Agrève]]. Il fait 9 °C au sommet, avec du vent.

15 h 45 - [[vs|Plusieurs directeurs sportifs]], interrogés au départ, estiment que l'article vise [[hd|probablement]] une formation de deuxième division. « Tout le monde se regarde en chien de faïence », glisse [[vs|l'un d'eux]]. [[ne|Rien ne permet à ce stade de confirmer l'information]].

15 h 30 - Chute dans la descente du [[pl|col de l'Escrinet]] ! [[per|Matthieu Roux-Delorme]] ([[org|Cycles Rhodaniens]]) est touché à l'épaule. Il [[cd|souffrirait]] d'une fracture de la clavicule, selon son équipe, une [[ne|information non confirmée]] par les médecins de la course.

15 h 12 - L'[[org|Union cycliste internationale]] ([[org|UCI]]) se refuse à tout commentaire. Sa porte-parole rappelle seulement que « les résultats des contrôles ne sont rendus publics qu'à l'issue de la procédure ».

14 h 55 - L'échappée compte désormais 2'20" d'avance. [[per|Lindqvist-Ahl]], [[hd|apparemment]] en grande forme, mène la poursuite.

14 h 30 - Bonjour à toutes et à tous et bienvenue dans ce direct ! Au programme, une étape de montagne qui [[cd|pourrait]] bien décider du classement général, à trois jours de l'arrivée à [[pl|Aubenas]]. Le vainqueur sortant, [[per|Lindqvist-Ahl]], part avec le maillot de leader.
"""},

{"id": "b14-fr-tribunal", "lang": "fr", "typo": None,
 "source": SRC + "court chronicle of a French regional daily (Nancy, Lorraine), justice: fake roofing contractor fraud trial",
 "text": """
Chronique judiciaire | Le faux couvreur [[cv|niait]] tout, ses victimes racontent

[[org|Tribunal correctionnel de Nancy]], audience du 26 novembre 2026. Par [[per|Hélène Marchal-Zimmer]]

Il se présente à la barre en costume gris, la voix posée. [[per|Dylan Stoltz-Kahn]], 34 ans, est jugé pour escroquerie en bande organisée et abus de faiblesse. Le parquet lui [[cv|reproche]] d’avoir, entre 2023 et 2025, démarché une quarantaine de personnes âgées de [[pl|Meurthe-et-Moselle]] et des [[pl|Vosges]] pour des travaux de toiture jamais réalisés ou facturés jusqu’à dix fois leur prix.

Le prévenu [[cv|nie]] en bloc. « J’ai fait du vrai travail, j’ai des photos », [[cv|assure]]-t-il. Les photos, versées au dossier, montrent des toits qui, [[vs|selon les enquêteurs]], ne correspondent à aucune des adresses visées. Son avocate, [[per|Clémence Aubertin]], [[cv|soutient]] que son client n’était qu’un « exécutant » et qu’il [[cd|aurait]] agi sous la pression d’un cousin, [[per|Kevin Stoltz]], en fuite en [[st|Allemagne]]. [[ne|Aucun élément du dossier ne vient corroborer cette version]], relève la présidente.

Le premier témoin est une femme de 86 ans, venue de [[pl|Lunéville]] avec sa fille. Elle raconte deux hommes sonnant un matin de février, « très polis », lui expliquant que des tuiles menaçaient de tomber. Elle a signé un chèque de 14 000 euros. « Ils ont monté une échelle, ils sont restés une heure. » Un expert mandaté par la [[org|gendarmerie nationale]] a depuis constaté que rien n’avait été changé.

Selon l’enquête de la [[org|brigade de recherches de Toul]], le réseau [[cd|aurait]] encaissé au moins 620 000 euros. Une partie de l’argent [[cd|aurait]] transité par une société domiciliée au [[st|Luxembourg]], [[org|Toitures Lorraine Services SARL]], dont le prévenu était le gérant de fait. [[vs|D’après une source proche de l’enquête]], d’autres victimes [[cd|pourraient]] se manifester : plusieurs plaintes sont encore en cours d’instruction à [[pl|Épinal]].

Le procureur, [[per|Bertrand Ollivier]], a la dent dure. Il [[cv|accuse]] le prévenu d’avoir « choisi ses victimes sur les avis de décès », repérant des veuves vivant seules. « C’est une prédation méthodique », lance-t-il, avant de requérir quatre ans d’emprisonnement, dont deux avec sursis, et une interdiction définitive d’exercer une activité commerciale.

La défense plaide la relaxe partielle. [[per|Clémence Aubertin]] [[cv|conteste]] la circonstance de bande organisée, « [[ne|faute de la moindre preuve]] d’une structure », et rappelle que les complices [[hd|présumés]] n’ont jamais été identifiés. Le cousin, [[hd|présumé]] cerveau de l’affaire, fait l’objet d’un mandat d’arrêt européen.

À la suspension, la fille de la première victime glisse : « Ma mère n’ose plus ouvrir sa porte. C’est ça qu’il lui a volé. »

Le jugement a été mis en délibéré au 14 janvier. L’association [[org|France Victimes 54]], partie civile aux côtés de onze plaignants, réclame 380 000 euros de dommages et intérêts.
"""},

{"id": "b14-fr-supra", "lang": "fr", "typo": "nbsp",
 "source": SRC + "science popularisation magazine, physics: start-up claims a room-temperature superconductor, explainer",
 "text": """
Supraconducteur à température ambiante : pourquoi les physiciens restent de marbre

[[org|Sciences en Poche]] - n° 143 - décembre 2026 - Un article de [[per|Nils Aubrac-Teixeira]]

L'annonce a fait le tour des réseaux sociaux en quelques heures. Le 9 novembre, la jeune entreprise [[org|Quantalys]], basée à [[pl|Grenoble]], a [[cv|affirmé]] avoir mis au point un matériau supraconducteur à température et pression ambiantes. Autrement dit, un matériau capable de transporter l'électricité sans aucune perte, sans avoir besoin d'être refroidi à -200 °C. Si c'était vrai, ce [[cd|serait]] une révolution pour les réseaux électriques, l'imagerie médicale et l'informatique.

Mais voilà : l'annonce a été faite par communiqué de presse, [[ne|sans article scientifique ni données brutes]]. Son fondateur, [[per|Anatole Brézinski]], ancien doctorant de l'[[org|université Grenoble Alpes]], [[cv|assure]] qu'un article est « en cours de relecture » dans une grande revue, sans dire laquelle.

Qu'est-ce qu'un supraconducteur ?

Un supraconducteur est un matériau dont la résistance électrique tombe à zéro en dessous d'une certaine température, dite critique. Il expulse aussi les champs magnétiques : c'est l'effet Meissner, qui permet de faire léviter un aimant au-dessus de lui. Depuis 1911, on en connaît des dizaines, mais tous doivent être fortement refroidis.

Pourquoi les chercheurs sont-ils sceptiques ?

D'abord parce que l'histoire récente est jalonnée d'annonces similaires qui se sont effondrées. Ensuite parce que la vidéo publiée par [[org|Quantalys]], où l'on voit un petit fragment grisâtre se soulever au-dessus d'un aimant, [[ne|ne prouve rien]] : [[vs|selon plusieurs physiciens interrogés]], ce type de lévitation partielle [[cd|pourrait]] tout aussi bien s'expliquer par du ferromagnétisme ordinaire.

« Une vidéo n'est pas une mesure », résume [[per|Mireille Ndiaye-Folch]], directrice de recherche au [[org|CNRS]] à l'[[org|Institut Néel]]. « Il faut montrer la chute de résistance, la courbe de susceptibilité magnétique, la chaleur spécifique. [[ne|Rien de cela n'a été publié]]. »

[[per|Brézinski]] [[cv|réfute]] ces critiques. Il [[cv|soutient]] que son équipe a mesuré « une résistance nulle jusqu'à 31 °C » et que [[ne|la recette ne sera pas rendue publique]] « pour des raisons de propriété industrielle ». Des investisseurs [[cd|auraient]] déjà été approchés, selon le site spécialisé [[org|Deeptech Alpes]], pour une levée de fonds de 15 millions d'euros.

Peut-on vérifier ?

Pas pour l'instant. Une équipe de l'[[org|Institut Néel]] s'est proposée pour tester un échantillon. [[org|Quantalys]] a décliné. Ailleurs, [[vs|des laboratoires chinois et américains]] [[cv|affirment]] avoir tenté de reproduire le matériau à partir de la composition [[hd|supposée]], un oxyde de cuivre dopé à l'étain, sans observer la moindre supraconductivité.

Ce que l'on peut dire

En science, une affirmation extraordinaire exige des preuves extraordinaires. Pour l'heure, la découverte annoncée reste [[ne|invérifiable]]. Rendez-vous dans quelques mois, ou jamais.
"""},
]
