# -*- coding: utf-8 -*-
"""Blind set 10, French articles (invented events, people, companies and outlets). Markup: [[tag|text]]."""
SRC = "written for ClaimLens blind set 10 (invented events and people); register: "

ARTICLES = [
{"id": "b10-fr-acadie", "lang": "fr", "typo": "nbsp",
 "source": SRC + "Acadian French-language daily (New Brunswick), agriculture: potato wart outbreak",
 "text": """
Pommes de terre : un transformateur du [[pl|Madawaska]] [[cv|accusé]] d'avoir tardé à signaler la galle verruqueuse

Publié le 12 novembre 2026 à 6 h 15 | Mis à jour à 9 h 40
Par [[per|Mélanie Thériault]] | [[org|Acadie Matin]]

[[pl|GRAND-SAULT]] – Des producteurs de pommes de terre du nord-ouest du [[pl|Nouveau-Brunswick]] [[cv|accusent]] l'entreprise [[org|Frites Boréales]] d'avoir attendu plusieurs semaines avant de signaler un foyer de galle verruqueuse dans un champ qu'elle exploite près de [[pl|Drummond]]. La maladie, sans danger pour l'humain, [[cd|pourrait]] fermer des marchés d'exportation à toute la région.

[[vs|Selon trois producteurs qui ont demandé à ne pas être nommés]], des employés de l'usine [[cd|auraient]] remarqué dès la fin d'août des tubercules déformés, « couverts de bosses brunes », sans en aviser l'[[org|Agence canadienne d'inspection des aliments]] ([[org|ACIA]]). « Tout le monde le savait au quai de chargement », [[cv|affirme]] l'un d'eux, qui cultive 300 acres à [[pl|Saint-André]].

L'entreprise [[cv|nie]] en bloc. Dans un communiqué diffusé mardi soir, [[org|Frites Boréales]] [[cv|soutient]] avoir « respecté à la lettre » les protocoles fédéraux et qualifie ces accusations de « rumeurs de comptoir ». Sa directrice des opérations, [[per|Josée Cormier]], a déclaré à [[org|Acadie Matin]] que le premier échantillon suspect avait été envoyé au laboratoire « le jour même » de sa découverte. Elle [[ne|n'a toutefois pas fourni de copie du bordereau d'envoi]], promise pour mercredi.

L'[[org|ACIA]] a confirmé mercredi la présence de la maladie sur une parcelle du comté de [[pl|Victoria]], sans préciser depuis quand elle était connue. [[vs|Un porte-parole de l'agence]] a indiqué que la zone réglementée [[cd|devrait]] être élargie d'ici la fin du mois. [[st|Ottawa]] n'a pas dit si des indemnités [[cd|seraient]] versées aux producteurs touchés.

Les agriculteurs ont en mémoire l'épisode vécu par leurs voisins de l'[[pl|Île-du-Prince-Édouard]], dont les expéditions vers les [[st|États-Unis]] avaient été suspendues pendant des mois. « Si [[st|Washington]] ferme la frontière, on perd 60 % de nos ventes du jour au lendemain », calcule [[per|Réjean Ouellette]], président de l'[[org|Association des producteurs de pommes de terre du Madawaska]]. Il [[cv|assure]] que l'association avait alerté l'usine par écrit dès septembre, [[ne|sans être en mesure de montrer la lettre]] à notre journal.

[[vs|Des agronomes consultés par [[org|Acadie Matin]]]] rappellent que les spores de la galle survivent des décennies dans le sol et que la parcelle en cause [[cd|resterait]] [[hd|vraisemblablement]] interdite de culture pendant au moins dix ans. [[vs|D'autres spécialistes]] jugent l'inquiétude exagérée : une détection précoce, disent-ils, permet souvent de contenir la maladie.

[[vs|Au cabinet de la ministre provinciale de l'Agriculture, [[per|Nadine LeBlanc]], on]] [[cv|affirme]] suivre la situation « heure par heure ». Le retrait des produits de [[org|Frites Boréales]] des épiceries n'est pas envisagé : la galle ne touche pas la qualité sanitaire des frites.

Une séance d'information est prévue jeudi soir à la salle des [[org|Chevaliers de Colomb]] de [[pl|Grand-Sault]].

Photo : Un champ de pommes de terre près de [[pl|Drummond]], en octobre. ([[per|Marc-André Landry]]/[[org|Acadie Matin]])

Lire aussi : À [[pl|Edmundston]], une récolte 2026 jugée « moyenne » malgré la sécheresse
"""},
{"id": "b10-fr-luxembourg", "lang": "fr", "typo": "nnbsp",
 "source": SRC + "Luxembourg French-language tech news site, cybersecurity: ransomware attack on a private bank",
 "text": """
Cyberattaque : des pirates disent détenir les données de 40 000 clients de la banque [[org|Moselle & Alzette]]

Tech · Sécurité | 03.03.2026, 11:52 | [[per|Laurent Kieffer]]

Le groupe de rançongiciel [[org|NoctaLock]] a [[cv|revendiqué]] dans la nuit de lundi à mardi une attaque contre [[org|Moselle & Alzette Banque Privée]], un établissement de taille moyenne installé au [[pl|Kirchberg]]. Sur son site vitrine du dark web, le groupe [[cv|affirme]] avoir dérobé 380 gigaoctets de documents, dont des relevés de compte et des copies de passeports.

Ces chiffres [[ne|n’ont pas pu être vérifiés de manière indépendante]]. L’échantillon mis en ligne par les pirates — une trentaine de fichiers — ne contient, à ce stade, aucune donnée bancaire identifiable, ont constaté nos confrères de [[org|Radio Wëllen]].

La banque [[cv|conteste]] l’ampleur de la fuite. « Nos systèmes de paiement n’ont jamais été touchés et aucun compte client n’a été compromis », a déclaré mardi son directeur général, [[per|Pierre-Yves Hoffmann]], qui [[cv|assure]] que l’intrusion s’est limitée à « un serveur de messagerie interne ». Il a reconnu que certaines pièces jointes [[cd|pourraient]] contenir des informations personnelles.

[[vs|Selon une source proche de l’enquête]], les assaillants [[cd|seraient]] entrés dans le réseau dès la mi-février grâce aux identifiants d’un prestataire informatique, [[hd|probablement]] obtenus par hameçonnage. [[vs|Deux spécialistes de la sécurité interrogés par [[org|Tech.lu]]]] estiment que les pirates [[cd|auraient]] eu « largement le temps » de copier bien plus qu’une messagerie.

La [[org|Commission de surveillance du secteur financier]] ([[org|CSSF]]) a confirmé avoir été notifiée lundi. La [[org|Commission nationale pour la protection des données]] ([[org|CNPD]]) a ouvert un dossier. Le [[org|parquet de Luxembourg]] n’a pas souhaité commenter.

Rançon réclamée

[[org|NoctaLock]], un groupe [[hd|présumé]] russophone apparu en 2024, exige selon son propre message 4,5 millions d’euros en cryptomonnaie. Il [[cv|prétend]] avoir déjà touché des cabinets d’avocats en [[st|Belgique]] et aux [[st|Pays-Bas]], [[ne|sans apporter le moindre élément]] permettant de le confirmer. [[vs|Plusieurs chercheurs]] ont en outre relevé que le groupe [[hd|semble]] recycler des fichiers issus d’anciennes fuites pour gonfler ses revendications.

Pour [[per|Anne Weis]], professeure de cybersécurité à l’[[org|Université du Luxembourg]], la banque « [[cd|aurait]] tout intérêt à publier un rapport technique détaillé ». Elle rappelle que le [[st|Luxembourg]], place financière de premier plan, reste une cible « très attractive ». Le [[org|ministère de l’Économie]] n’a pas répondu à nos questions.

Les clients qui s’inquiètent sont invités à se méfier des appels et courriels frauduleux. La banque a ouvert une ligne d’assistance et [[cv|insiste]] sur le fait qu’elle ne demandera jamais de mot de passe par téléphone.

Lire aussi : Hameçonnage : une vague de faux SMS au nom de la poste luxembourgeoise

À lire aussi : Protection des données : ce que la [[org|CNPD]] peut (et ne peut pas) sanctionner
"""},
{"id": "b10-fr-beyrouth", "lang": "fr", "typo": "nbsp",
 "source": SRC + "Lebanese French-language daily (Beirut), shipping: cargo ship held at the port of Beirut",
 "text": """
Port de [[pl|Beyrouth]] : un cargo immobilisé, son armateur [[cv|dément]] tout chargement suspect

Le « Stella Marina » est bloqué depuis dimanche au quai 9. Les douanes évoquent des conteneurs mal déclarés ; la compagnie parle d’un « malentendu administratif ».

[[per|Rania Haddad]] | Économie | 18/09/2026

Un cargo battant pavillon panaméen, le Stella Marina, est retenu depuis dimanche au port de [[pl|Beyrouth]] à la demande des [[org|Douanes libanaises]]. Le navire, qui arrivait du port turc de [[pl|Mersin]], [[cd|transporterait]] officiellement des matériaux de construction. [[vs|Selon une source douanière]], quatre de ses 212 conteneurs [[cd|contiendraient]] en réalité des pièces détachées de machines-outils non déclarées, d’une valeur estimée à près de 2 millions de dollars.

L’armateur, la société chypriote [[org|Kyrenia Blue Lines]], [[cv|dément]] catégoriquement. « Chaque conteneur a été scellé et déclaré conformément aux règles », a écrit mardi son directeur juridique, [[per|Andreas Georgiou]], dans un courriel adressé à notre journal. Il [[cv|affirme]] que l’écart relevé par les douaniers tient à « une simple erreur de code tarifaire » commise par un transitaire à [[pl|Mersin]].

Du côté du port, on se montre plus prudent. [[vs|Un cadre de l’autorité portuaire]], qui a requis l’anonymat, estime que l’affaire « [[cd|pourrait]] prendre des semaines ». Il ajoute que le navire [[hd|semble]] avoir déjà fait escale deux fois à [[pl|Beyrouth]] cette année avec des manifestes « tout aussi approximatifs ». Ces propos [[ne|n’ont pu être confirmés par aucun document]].

Le ministre sortant des Travaux publics, [[per|Fadi Khoury]], a indiqué lundi soir à la chaîne [[org|Télé Cèdre]] qu’il avait « demandé un rapport complet » à la direction du port. Il a [[cv|nié]] toute pression politique pour accélérer la mainlevée du navire, alors que [[vs|plusieurs députés de l’opposition]] [[cv|accusent]] son entourage d’être intervenu en faveur de l’armateur. Ceux-ci [[ne|n’ont cité aucun nom]].

Les marchandises [[hd|prétendument]] dissimulées [[cd|seraient]] destinées à un atelier industriel de la [[pl|Békaa]], [[vs|d’après des sources sécuritaires]]. [[org|Kyrenia Blue Lines]] [[cv|soutient]] au contraire que la cargaison devait repartir vers [[pl|Lattaquié]], en [[st|Syrie]], et n’avait jamais vocation à être débarquée au [[st|Liban]].

À [[pl|Nicosie]], le [[org|département de la Marine marchande]] a fait savoir qu’il n’avait reçu aucune demande d’information de [[st|Beyrouth]]. Le [[st|Panama]], dont le navire porte le pavillon, n’a pas réagi.

Pour les transitaires, l’affaire tombe mal. « Chaque immobilisation coûte 15 000 dollars par jour et fait fuir les lignes régulières », regrette [[per|Maya Sleiman]], présidente de l’[[org|Association des transitaires du Liban]]. Elle [[cv|martèle]] que le port « ne peut plus se permettre une réputation de passoire », six ans après la double explosion qui l’avait dévasté.

L’équipage, composé de dix-neuf marins ukrainiens, égyptiens et philippins, est autorisé à rester à bord. Un inventaire complet des conteneurs doit commencer jeudi en présence d’un juge d’instruction.

Lire aussi : Au port de [[pl|Tripoli]], les grues chinoises attendent toujours leur mise en service

Photo : Le Stella Marina à quai, mardi matin. © [[per|Hassan Mrad]]
"""},
{"id": "b10-fr-douala", "lang": "fr", "typo": None,
 "source": SRC + "Cameroonian sports news site (Douala), football: players' strike over unpaid bonuses",
 "text": """
Elite One : les joueurs de l'[[org|Union sportive de Bonabéri]] boycottent l'entraînement, le président parle de « manipulation »

Football | Par [[per|Serge Ekambi]], à [[pl|Douala]] | 07 avril 2026 - 14h05

Ambiance lourde au stade de [[pl|Bonabéri]]. Pour le troisième jour consécutif, l'effectif de l'[[org|Union sportive de Bonabéri]] ([[org|USB]]), quatrième d'Elite One, a refusé lundi de s'entraîner. Les joueurs réclament cinq mois de primes de match impayées, soit environ 18 millions de francs CFA [[vs|selon leurs représentants]].

Le capitaine, [[per|Olivier Mbarga]], a lu devant la presse une déclaration signée par vingt-deux joueurs. « On nous a promis les primes après chaque victoire. On a gagné neuf matchs, on n'a rien vu », a-t-il déclaré. Il [[cv|accuse]] la direction d'avoir « détourné » une partie de l'argent versé par le sponsor principal du club, le brasseur [[org|Wouri Brew]], [[ne|sans toutefois fournir de relevé]] ni de contrat à l'appui.

Le président du club, [[per|Jean-Claude Ndjock]], [[cv|rejette]] ces accusations. Joint par téléphone, il [[cv|soutient]] que les primes de la phase aller « ont été payées en espèces, devant témoins », et que les joueurs sont « manipulés par un agent qui veut vider le club avant le mercato ». Il [[ne|n'a pas voulu dire de quel agent il s'agissait]].

[[vs|Chez [[org|Wouri Brew]], on]] confirme avoir versé la totalité de la tranche 2026 en janvier. [[vs|Un cadre de l'entreprise]] a toutefois glissé que le sponsor « [[cd|réexaminerait]] sa position » si le conflit s'éternisait.

La [[org|Fécafoot]] observe

La [[org|Fédération camerounaise de football]] ([[org|Fécafoot]]) dit avoir été saisie par le syndicat des footballeurs. [[vs|D'après un membre de la commission de discipline]], une sanction sportive ne [[cd|serait]] envisagée que si l'équipe refusait de jouer dimanche face à [[org|Renaissance de Ngaoundéré]]. Le match [[cd|pourrait]] aussi être reporté, mais la [[org|Ligue]] n'a rien décidé à ce stade.

Dans les tribunes, [[vs|plusieurs supporters]] [[cv|affirmaient]] dimanche que la masse salariale du club avait doublé depuis l'arrivée de nouvelles recrues ivoiriennes et nigérianes. Un chiffre que personne, au club, n'a voulu commenter.

L'ancien international [[per|Paul Eyoum]], consultant pour la chaîne [[org|Sport Littoral TV]], estime que « c'est toujours la même histoire » : « Les présidents promettent, les joueurs jouent le jeu, et à la fin personne n'est payé. Il [[cd|faudrait]] que la fédération impose un compte séquestre pour les primes. »

Au-delà du conflit, l'affaire tombe au pire moment pour l'[[org|USB]], qui [[cd|devrait]] disputer pour la première fois de son histoire la Coupe de la Confédération en fin d'année si elle conserve sa place dans le top 4. Le portrait que dressent les joueurs d'un club au bord de la rupture contraste avec le discours du président, qui répète que « tout va bien ».

Classement d'Elite One après la 24e journée : 1. [[org|Étoile de Garoua]] 52 pts ; 2. [[org|Renaissance de Ngaoundéré]] 47 ; 3. [[org|Dragons de Yaoundé]] 45 ; 4. [[org|USB]] 44.

À lire aussi : [[org|Lions indomptables]] : le sélectionneur dévoile une liste de 26 avec trois nouveaux venus
"""},
{"id": "b10-fr-tunis", "lang": "fr", "typo": None,
 "source": SRC + "Tunisian French-language news site, health: shortage of cancer drugs in public hospitals",
 "text": """
Santé : les patients atteints de cancer face à une pénurie de chimiothérapies, le ministère parle de « tensions ponctuelles »

Par [[per|Amira Ben Salah]] — Publié le 21 janvier 2026 à 10h30

Depuis début décembre, plusieurs services d’oncologie des hôpitaux publics manquent de deux médicaments de chimiothérapie couramment utilisés contre le cancer du sein et du côlon. À l’[[org|Institut Salah-Azaïz]] de [[pl|Tunis]] comme au [[org|CHU Farhat-Hached]] de [[pl|Sousse]], des patientes ont vu leur traitement repoussé de deux à trois semaines, [[vs|selon des témoignages recueillis par notre rédaction]].

« On m’a dit de revenir quand le produit [[cd|serait]] là. Personne ne sait quand », raconte [[per|Leïla]], 47 ans, venue de [[pl|Kairouan]] pour sa quatrième cure. [[vs|Des infirmières de plusieurs établissements]] [[cv|affirment]] que les stocks sont épuisés depuis plus d’un mois et que des familles achètent désormais les flacons en [[st|Libye]] ou en [[st|Algérie]], à des prix multipliés par trois.

Le [[org|ministère de la Santé]] [[cv|conteste]] le terme de pénurie. Dans une note publiée lundi, il évoque des « tensions ponctuelles d’approvisionnement » et [[cv|assure]] que « tous les patients prioritaires sont pris en charge ». Le directeur de la pharmacie et du médicament, [[per|Mourad Jlassi]], a indiqué à la radio [[org|Carthage FM Santé]] que deux livraisons [[cd|devraient]] arriver « avant la fin du mois ». Il n’a pas précisé leur volume.

Factures impayées

À l’origine des retards, il y [[cd|aurait]] une dette de la [[org|Pharmacie centrale de Tunisie]] ([[org|PCT]]) envers plusieurs laboratoires étrangers. [[vs|Selon un fournisseur européen qui s’exprime sous couvert d’anonymat]], les arriérés [[cd|dépasseraient]] 40 millions d’euros, et certains fabricants [[cd|exigeraient]] désormais un paiement d’avance. La [[org|PCT]] n’a pas répondu à nos sollicitations.

L’[[org|Association Nour d’aide aux malades du cancer]] ([[org|ANAMC]]) a [[cv|dénoncé]] mardi une situation « indigne » et [[cv|accuse]] les autorités de « minimiser » la crise. Sa présidente, Dr [[per|Hela Trabelsi]], [[cv|soutient]] que « au moins 600 patients » ont vu leur traitement interrompu. Interrogée sur l’origine de ce chiffre, elle a expliqué qu’il s’agissait d’une estimation établie à partir des appels reçus par l’association, [[ne|aucun recensement officiel n’ayant été réalisé]].

Pour [[per|Karim Mahjoub]], pharmacien hospitalier à la retraite, le problème est structurel : « Tant que la [[org|PCT]] paiera ses fournisseurs avec dix mois de retard, les ruptures reviendront. » [[vs|Certains médecins]] craignent que des reports répétés ne réduisent sensiblement les chances de guérison, même si l’effet d’un retard de quelques semaines reste, [[vs|selon les oncologues interrogés]], difficile à mesurer.

Le retrait annoncé d’un laboratoire indien du marché tunisien, évoqué sur les réseaux sociaux, [[ne|n’a pas pu être vérifié]] par notre rédaction.

Une réunion entre le ministère, la [[org|PCT]] et les représentants des hôpitaux est prévue jeudi à [[pl|Tunis]].

Lire aussi : Médicaments : le gouvernement promet une loi sur les génériques avant l’été
"""},
{"id": "b10-fr-guadeloupe", "lang": "fr", "typo": "nnbsp",
 "source": SRC + "Guadeloupe news site, live blog, weather: tropical storm over the archipelago",
 "text": """
EN DIRECT – Tempête tropicale Ilona : vigilance violette levée sur la [[pl|Basse-Terre]], 41 000 foyers sans courant

Suivez notre direct | Mis à jour à 13h47 | La rédaction de [[org|Karukera Info]]

13h47 – Le point à la mi-journée. Le préfet a levé la vigilance violette sur la [[pl|Basse-Terre]] mais maintient l’alerte rouge pour fortes pluies sur [[pl|Marie-Galante]] et les [[pl|Saintes]]. [[org|Météo-France]] prévoit encore 80 à 120 mm de pluie d’ici ce soir sur les reliefs.

13h20 – Coupures d’électricité : 41 000 clients privés de courant, selon le dernier décompte du distributeur [[org|Antilles Réseaux]]. La société indique que ses équipes ne pourront intervenir sur les lignes de montagne qu’après le passage des dernières bandes pluvieuses.

12h55 – Non, le barrage de [[pl|Dumanoir]] n’a pas cédé. [[vs|Un message audio qui circule depuis ce matin sur les messageries]] [[cv|affirme]] que l’ouvrage [[cd|aurait]] « lâché » et que [[pl|Capesterre-Belle-Eau]] [[cd|devrait]] être évacuée. L’information est fausse, a [[cv|démenti]] la préfecture, photos à l’appui. L’auteur du message, qui se présente comme « un agent de la mairie », [[ne|n’a avancé aucun élément]] pour étayer ses dires.

12h30 – [[vs|Des habitants de [[pl|Petit-Bourg]]]] nous signalent que la rivière [[pl|Lézarde]] est sortie de son lit au niveau du pont de [[pl|Montebello]]. Nous [[ne|n’avons pas encore pu confirmer cette information]] auprès des pompiers.

11h58 – À [[pl|Pointe-à-Pitre]], le maire, [[per|Firmin Lacrosse]], [[cv|assure]] que « toutes les écoles rouvriront lundi ». Il a cependant reconnu que deux établissements du centre-ville avaient été inondés.

11h15 – Témoignage de [[per|Josette]], 72 ans, à [[pl|Vieux-Habitants]] : « L’eau est montée jusqu’à la deuxième marche en une heure. Mon voisin dit qu’il n’avait jamais vu ça depuis [[hd|peut-être]] trente ans. »

10h40 – Eau potable : [[vs|plusieurs internautes]] [[cv|prétendent]] que l’eau du robinet [[cd|serait]] contaminée dans le sud de la [[pl|Basse-Terre]]. Le [[org|Syndicat des eaux de la Côte-sous-le-Vent]] appelle à la prudence mais précise qu’aucune analyse n’a montré de contamination. Par précaution, il recommande de faire bouillir l’eau pendant 48 heures.

10h05 – Le trafic aérien reprend progressivement à l’aéroport [[pl|Pôle Caraïbes]]. [[org|Air Antilles]] annonce un premier décollage vers la [[pl|Martinique]] à 14 heures.

09h30 – [[vs|Selon un responsable de la sécurité civile]], la tempête [[hd|semble]] avoir fait moins de dégâts qu’attendu sur la [[pl|Grande-Terre]]. Le bilan humain reste provisoire : un homme de 58 ans est porté disparu à [[pl|Trois-Rivières]], [[hd|vraisemblablement]] emporté en voulant traverser un gué.

08h45 – La [[org|Collectivité de Saint-Martin]] dit avoir été épargnée. Sur place, [[vs|des commerçants]] estiment que les pertes [[cd|pourraient]] toutefois être lourdes pour la saison touristique.

07h12 – Bonjour et bienvenue dans ce direct. La tempête Ilona est passée cette nuit à une cinquantaine de kilomètres au sud de l’archipel, avec des rafales mesurées à 130 km/h à [[pl|Basse-Terre]].

Photo : Une route coupée par un glissement de terrain à [[pl|Gourbeyre]]. © [[per|Didier Celeste]] / [[org|Karukera Info]]
"""},
{"id": "b10-fr-noumea", "lang": "fr", "typo": "nbsp",
 "source": SRC + "New Caledonian radio website, press review, elections: provincial election campaign",
 "text": """
Revue de presse : à trois semaines des provinciales, la campagne se tend autour des listes électorales

Chaque matin, [[per|Sandrine Wahéo]] passe en revue les journaux du [[pl|Pacifique]] | [[org|Radio Lagon 1ère Info]] | Mardi 14 avril 2026, 7 h 20

On commence avec Le [[org|Quotidien calédonien]], qui ouvre sur la bataille des listes électorales. Le journal rapporte que la coalition loyaliste [[org|Cap Avenir]] a déposé un recours devant le [[org|tribunal administratif de Nouméa]] contre l'inscription de 1 800 électeurs dans la province [[pl|Nord]]. Sa tête de liste, [[per|Thierry Maréchal]], [[cv|accuse]] les commissions administratives d'avoir « fermé les yeux » sur des dossiers incomplets. Il [[ne|ne cite toutefois aucun cas précis]], relève le quotidien, qui ajoute que ses avocats [[cd|devraient]] déposer les pièces « la semaine prochaine ».

Réplique immédiate du [[org|Front uni kanak et océanien]] ([[org|FUKO]]), dans les colonnes des [[org|Nouvelles de Koné]]. Son porte-parole, [[per|Emmanuel Poiwi]], [[cv|dénonce]] « une manœuvre pour décourager le vote kanak » et [[cv|affirme]] que chaque inscription a été validée par un magistrat. « Si quelqu'un a une preuve de fraude, qu'il la donne au juge », lance-t-il.

Le site d'information [[org|Caillou Direct]] s'intéresse, lui, au financement de la campagne. [[vs|Selon des membres du conseil d'administration d'une grande entreprise du nickel]], cités par le site, certains candidats [[cd|auraient]] sollicité des fonds auprès de chefs d'entreprise en échange de promesses sur les concessions minières. [[org|Caillou Direct]] [[ne|ne nomme ni les candidats ni l'entreprise]], et reconnaît [[ne|ne pas avoir pu consulter les courriels]] évoqués par ses interlocuteurs. Le haut-commissariat a simplement rappelé les règles de plafonnement des dépenses.

Du côté de [[st|Paris]], le ton est plus prudent. Le quotidien national Le [[org|Matin de France]] écrit que le gouvernement [[cd|souhaiterait]] éviter tout report du scrutin, quitte à accepter un corps électoral « [[hd|probablement]] contesté jusqu'au bout ». [[vs|Un conseiller ministériel]], cité sans être nommé, y explique que l'exécutif « ne [[cd|prendrait]] pas le risque » d'un nouveau calendrier.

À [[pl|Lifou]], les enjeux sont plus locaux. [[org|Lagon Hebdo]] raconte la colère des pêcheurs de [[pl|Wé]] contre un projet de ferme aquacole porté par une société australienne. [[vs|Des élus coutumiers]] [[cv|assurent]] que le projet a été approuvé « en catimini » ; la province des [[pl|Îles Loyauté]] [[cv|dément]] et promet une réunion publique.

Enfin, un peu de légèreté avec [[org|Nouméa Soir]], qui a interrogé les candidats sur leur plat préféré. Bougna pour les uns, crevettes grillées pour les autres : le journal note que [[vs|la plupart des candidats interrogés]] [[cv|prétendent]] cuisiner eux-mêmes, « [[ne|ce qui reste à vérifier]] ».

Côté sondages, aucun institut n'a publié d'enquête récente. Un chiffre circule toutefois sur les réseaux sociaux, qui [[cd|donnerait]] [[org|Cap Avenir]] en tête dans le [[pl|Sud]] avec 38 % : son origine [[ne|n'a pu être établie]].

Les provinciales auront lieu le dimanche 3 mai. Le [[org|Congrès]] sera ensuite élu par les trois assemblées de province.

Revue de presse suivante demain à 7 h 20. Réécouter les émissions précédentes : rubrique « Revue de presse ».
"""},
{"id": "b10-fr-corse", "lang": "fr", "typo": None,
 "source": SRC + "Corsican regional daily, court chronicle: building permit on protected coastline",
 "text": """
Villa de la [[pl|pointe de Cala Rossa]] : au [[org|tribunal de Bastia]], l'ancien maire [[cv|nie]] tout arrangement

Le procès de [[per|Dominique Santoni]], poursuivi pour prise illégale d'intérêts, s'est ouvert hier. Le promoteur qui a bâti la villa comparaît à ses côtés.

[[pl|BASTIA]] - Costume sombre, voix posée, [[per|Dominique Santoni]] a passé près de trois heures à la barre. L'ancien maire de [[pl|San Petru di Vallerinu]], petite commune de la côte orientale, est jugé depuis hier par le [[org|tribunal correctionnel de Bastia]] pour avoir signé, en 2021, un permis de construire sur un terrain classé en espace remarquable du littoral. Le bénéficiaire, le promoteur ajaccien [[per|Marc-Antoine Peretti]], est poursuivi pour recel.

Selon l'accusation, la villa de 320 m2 avec piscine, construite à quarante mètres du rivage, [[cd|aurait]] été autorisée en échange de l'embauche du fils de l'élu dans l'une des sociétés du promoteur. Le parquet s'appuie notamment sur des échanges de SMS saisis lors d'une perquisition.

« Je n'ai jamais rien demandé à personne », a répété l'ancien édile, qui [[cv|conteste]] toute contrepartie. Son fils, [[cv|soutient]]-il, a été recruté « sur CV, comme n'importe quel jeune diplômé ». Quant au classement du terrain, il [[cv|affirme]] l'avoir découvert « dans la presse, comme tout le monde ». Une version que la présidente, [[per|Catherine Albertini]], a jugée « difficile à entendre » pour un maire en poste depuis dix-huit ans.

[[per|Marc-Antoine Peretti]], lui, a choisi le silence, laissant son avocat, Me [[per|Jean-Baptiste Luciani]], plaider la bonne foi. Celui-ci [[cv|martèle]] que le permis « n'a jamais été contesté par la préfecture » dans les délais légaux. Il [[cv|dénonce]] en outre un dossier « monté sur des on-dit ».

Des témoignages anonymes

Car l'enquête s'est en partie construite sur des témoignages. [[vs|Plusieurs habitants du village]], entendus par les gendarmes, ont rapporté que le maire se vantait de « pouvoir tout signer ». [[vs|Un ancien conseiller municipal]], dont le nom n'a pas été cité à l'audience, [[cv|assure]] même avoir vu le promoteur remettre une enveloppe à l'élu lors d'une fête de village. Ce dernier point [[ne|ne repose sur aucun élément matériel]], a reconnu la procureure, [[per|Sophie Giudicelli]], qui ne l'a pas retenu dans ses réquisitions.

Elle a requis dix-huit mois d'emprisonnement avec sursis et cinq ans d'inéligibilité contre l'ancien maire, et la démolition de la villa. Une sanction qui [[cd|serait]], selon la défense, « totalement disproportionnée ».

Pour l'association de défense de l'environnement [[org|Custodi di a Costa]], partie civile, l'affaire illustre « un système ». [[vs|Sa représentante]] a rappelé que près de deux cents constructions [[hd|présumées]] illégales ont été recensées sur le littoral de la [[pl|Corse]] depuis dix ans. Un chiffre que l'association tire de ses propres relevés et qui [[ne|n'a jamais été vérifié par l'administration]].

Jugement mis en délibéré au 18 juin.

[[per|Paul-Antoine Mattei]]

Lire aussi : Littoral : à [[pl|Porto-Vecchio]], la justice ordonne la démolition d'une paillote
"""},
{"id": "b10-fr-finance", "lang": "fr", "typo": "nnbsp",
 "source": SRC + "French financial daily, aviation: takeover talks around a regional airline",
 "text": """
Aérien : la compagnie régionale [[org|Aéroval]] [[cd|serait]] courtisée par le loueur irlandais [[org|Shannon Lease]]

[[per|Hugo Delmas]] | Industrie & Services | Le 09/06/2026 à 07:30 | Mis à jour le 09/06/2026 à 12:15

Abonnés

La compagnie régionale [[org|Aéroval]], qui relie [[pl|Clermont-Ferrand]], [[pl|Limoges]] et [[pl|Brive]] à [[pl|Paris-Orly]] et à plusieurs villes européennes, [[cd|ferait]] l’objet d’une offre de reprise de la part du loueur d’avions irlandais [[org|Shannon Lease]]. [[vs|Selon nos informations]], les discussions [[cd|auraient]] débuté au printemps et [[cd|porteraient]] sur une prise de participation majoritaire, pour un montant compris entre 60 et 80 millions d’euros.

Contactée, la direction d’[[org|Aéroval]] n’a ni confirmé ni démenti. Son président-fondateur, [[per|Bertrand Chazal]], s’est borné à indiquer que la compagnie « reçoit régulièrement des marques d’intérêt ». Chez [[org|Shannon Lease]], une porte-parole a déclaré que le groupe « ne commente pas les rumeurs de marché ».

Une flotte vieillissante

L’opération [[cd|permettrait]] à [[org|Aéroval]] de renouveler sa flotte de quatorze turbopropulseurs, dont la moitié a plus de vingt ans. [[vs|Plusieurs analystes du secteur]] jugent qu’un tel rapprochement « fait sens » pour un loueur cherchant à placer des appareils neufs. [[vs|D’autres]] soulignent qu’[[org|Aéroval]] a enregistré une perte nette de 11 millions d’euros l’an dernier et [[hd|semble]] peiner à remplir ses vols d’hiver.

Le dossier [[cd|pourrait]] se compliquer du côté des collectivités. La région [[pl|Auvergne-Rhône-Alpes]] détient 12 % du capital et dispose d’un droit de veto sur toute cession. [[vs|Un élu régional qui suit le dossier]] [[cv|assure]] que la région « ne laissera pas partir les lignes d’aménagement du territoire à l’étranger ». [[vs|Dans l’entourage du président de région]], on tempère : « Rien n’est écrit, nous attendons de voir un projet industriel. »

Le syndicat de pilotes [[org|SNPL]] [[cv|affirme]] de son côté que la direction [[cd|envisagerait]] déjà de transférer une partie des contrats de travail vers une filiale basée en [[st|Irlande]]. La compagnie [[cv|dément]] fermement. Le syndicat [[ne|n’a produit aucun document]] à l’appui de cette affirmation, qu’il dit tenir « [[vs|de bonne source]] ».

Le titre de la maison mère, cotée sur [[org|Euronext Growth]], a bondi de 14 % mardi à l’ouverture, avant que l’[[org|Autorité des marchés financiers]] ne demande à la société de « clarifier sa communication ». Un communiqué était attendu dans la soirée.

Pour [[per|Claire Vasseur]], analyste chez [[org|Orsay Partenaires]], l’intérêt de [[org|Shannon Lease]] est « [[hd|sans doute]] réel, mais le prix évoqué [[hd|paraît]] élevé pour une compagnie qui n’a jamais dégagé de bénéfice sur une année pleine ».

À lire aussi
> Transport aérien : les compagnies régionales face au mur de la décarbonation
> Loueurs d’avions : pourquoi les irlandais dominent le marché mondial
"""},
{"id": "b10-fr-manitoba", "lang": "fr", "typo": "nbsp",
 "source": SRC + "Franco-Manitoban weekly (Winnipeg), culture, Q&A interview: theatre company loses its funding",
 "text": """
« On nous a coupé les vivres sans explication » : entretien avec la directrice du [[org|Cercle théâtral de Saint-Boniface]]

Privé de la moitié de sa subvention du [[pl|Manitoba]], le [[org|Cercle théâtral de Saint-Boniface]] annule deux spectacles. Sa directrice artistique, [[per|Geneviève Lemoine]], répond à nos questions.

Propos recueillis par [[per|Daniel Bérubé]] – [[org|Courrier de la Rivière-Rouge]] – 2 octobre 2026

Le [[org|Cercle théâtral]] perd 85 000 $ cette saison. Comment l’avez-vous appris ?

Par un courriel de trois lignes, le 12 septembre. Aucune rencontre, aucun appel. On nous dit que le programme a été « restructuré ». Je [[cv|maintiens]] qu’on [[cd|aurait]] pu nous prévenir au printemps, au moment où l’on signait les contrats des comédiens.

Le [[org|ministère du Sport, de la Culture et du Patrimoine]] [[cv|affirme]] que votre dossier était incomplet. Que répondez-vous ?

C’est faux. Nous avons déposé le même dossier que les années précédentes, dans les délais. Le ministère [[ne|n’a jamais précisé quelle pièce [[cd|manquerait]]]]. Je l’ai demandé par écrit deux fois.

[[vs|Certains dans le milieu]] laissent entendre que la coupe [[cd|viserait]] les compagnies francophones. Le croyez-vous ?

Je ne veux pas faire de procès d’intention. Mais je constate que trois organismes francophones ont été touchés, et [[hd|apparemment]] aucun organisme anglophone de notre taille. [[vs|Des fonctionnaires]] m’ont dit, à titre officieux, que la décision venait « d’en haut ». Je [[ne|ne peux pas le prouver]].

Qu’est-ce qui disparaît de votre programmation ?

La création de « Pembina, hiver 1885 », prévue en février, et notre tournée dans les écoles de [[pl|Saint-Pierre-Jolys]] et de [[pl|Sainte-Anne]]. Quatre comédiens et une régisseuse perdent leur contrat. C’est le retrait le plus douloureux : pour beaucoup d’élèves, c’est leur seul contact avec le théâtre en français.

Avez-vous d’autres sources de financement ?

Le [[org|Conseil des arts du Canada]] maintient son aide, et la [[org|Société franco-manitobaine]] nous a proposé un prêt. Un mécène nous [[cd|aurait]] aussi promis un don, mais tant que le chèque n’est pas arrivé, je n’en parle pas. Il [[cd|faudrait]] environ 40 000 $ pour sauver au moins la tournée.

Et si rien ne bouge ?

Nous [[cd|pourrions]] fermer nos portes d’ici deux ans. Je le dis sans dramatiser : le théâtre francophone à [[pl|Winnipeg]] a survécu à bien pire.

Joint par le [[org|Courrier]], le cabinet de la ministre [[per|Karen Delorme]] [[cv|soutient]] que « toutes les demandes ont été évaluées selon les mêmes critères » et que la décision « n’a rien à voir avec la langue ». Il [[ne|n’a pas transmis la grille d’évaluation]] demandée par notre journal.

Cet entretien a été abrégé et révisé par souci de clarté.

Sur le même sujet : Le [[org|Centre culturel franco-manitobain]] cherche des bénévoles pour sa saison 2027
"""},
]
