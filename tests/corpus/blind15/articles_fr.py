# -*- coding: utf-8 -*-
"""Blind set 15, French articles (invented events, people, companies and outlets). Markup: [[tag|text]]."""
SRC = "written for ClaimLens blind set 15 (invented events and people); register: "

ARTICLES = [
{"id": "b15-fr-mamoudzou", "lang": "fr", "typo": "nbsp",
 "source": SRC + "Mayotte news website, health: dengue epidemic and disputed shortage of rapid tests",
 "text": """
Dengue à [[pl|Mayotte]] : l’[[org|ARS]] [[cv|dément]] toute pénurie de tests, [[vs|des soignants]] [[cv|affirment]] le contraire

[[org|Lagon Hebdo]] — Par [[per|Fatima Saïd-Ahamadi]], à [[pl|Mamoudzou]] — Publié le 24 novembre 2026 à 7 h 40

L’épidémie de dengue qui frappe [[pl|Mayotte]] depuis septembre a franchi la semaine dernière le seuil des 2 300 cas confirmés, selon le dernier bulletin de [[org|Santé publique France]]. Le moustique tigre [[hd|semble]] avoir profité des coupures d’eau, qui obligent les familles à stocker de l’eau dans des bidons ouverts.

Au [[org|Centre hospitalier de Mayotte]] ([[org|CHM]]), [[vs|plusieurs soignants]] [[cv|affirment]] que les tests rapides manquent depuis dix jours. « On trie les patients à l’œil, on n’a plus de kits depuis le 12 », [[cv|assure]] [[vs|une infirmière des urgences]], qui a requis l’anonymat. [[vs|Selon un médecin du service]], les stocks [[cd|auraient]] été détournés vers [[pl|Petite-Terre]], où l’épidémie [[cd|serait]] plus active. [[ne|Aucun document n’est venu étayer ces déclarations]].

L’[[org|ARS]] [[cv|dément]] fermement. « Il n’y a pas de rupture. Les kits arrivent chaque semaine par avion depuis [[pl|La Réunion]] », a déclaré mardi son directeur général, [[per|Olivier Mansour-Bacar]], en conférence de presse. Il a reconnu « des tensions ponctuelles » dans deux dispensaires du sud, à [[pl|Bandrélé]] et à [[pl|Kani-Kéli]].

Le préfet, [[per|Thierry Valmont]], a pour sa part annoncé l’arrivée d’une équipe de la réserve sanitaire. « Ce renfort [[cd|devrait]] nous permettre de tenir jusqu’à la fin de la saison des pluies », a-t-il indiqué.

[[vs|Des élus du [[org|Conseil départemental de Mayotte]]]] [[cv|accusent]] [[st|Paris]] de « minimiser » la crise. L’élue [[per|Zaïnaba Madi]] [[cv|soutient]] que « des centaines de cas ne sont jamais déclarés », [[ne|sans avancer de chiffre vérifiable]]. [[vs|Certains épidémiologistes]] jugent pourtant l’hypothèse plausible, faute de dépistage systématique dans les quartiers informels de [[pl|Kawéni]].

En 2019 déjà, l’île manquait de médecins et l’hôpital tournait avec un tiers de postes vacants. Rien n’indique que la situation se soit améliorée : le portrait dressé par la [[org|Chambre régionale des comptes]] l’an dernier était sévère.

La ministre de la Santé [[cd|pourrait]] se rendre sur place début décembre, [[vs|selon son entourage]]. [[vs|Une rumeur]], relayée sur les réseaux sociaux, [[cv|prétend]] par ailleurs qu’un vaccin [[cd|serait]] distribué « dans les prochains jours » : l’[[org|ARS]] rappelle qu’aucun vaccin n’est autorisé pour cette campagne.

Dans le quartier de [[pl|Cavani]], [[per|Anli Bacar]], père de quatre enfants, attend devant le dispensaire depuis 6 heures. Sa fille a [[hd|probablement]] la dengue, dit-il. « Ils nous ont dit de revenir demain. Si c’était un enfant de [[pl|Paris]], on l’[[cd|aurait]] déjà testé. »

Le [[org|CHM]] a ouvert un numéro d’information. Les autorités demandent aux habitants de vider chaque soir les récipients d’eau stagnante.
"""},

{"id": "b15-fr-cotonou", "lang": "fr", "typo": None,
 "source": SRC + "Beninese business daily (Cotonou), customs and port: disputed under-declaration of imported rice",
 "text": """
PORT DE [[pl|COTONOU]] : un transitaire [[hd|soupçonné]] de fraude massive sur le riz importé

La [[org|Lagune Économique]] | [[pl|COTONOU]], 25 novembre 2026 | Par [[per|Sèna Dossou-Yovo]]

Le [[org|Port autonome de Cotonou]] est de nouveau au cœur d'une affaire de fraude douanière. [[vs|D'après des sources douanières]], la société de transit [[org|Agbodjan Logistique]] [[cd|aurait]] sous-déclaré pendant deux ans la valeur de plus de 600 conteneurs de riz thaïlandais, privant les caisses publiques de près de 4 milliards de francs CFA.

Le directeur général de l'entreprise, [[per|Romuald Agbodjan]], [[cv|nie]] toute irrégularité. "Nos déclarations sont validées par le système informatique des douanes. Si une erreur existe, elle ne vient pas de nous", a-t-il déclaré lundi à notre journal. Il [[cv|accuse]] [[vs|des concurrents]] "jaloux" d'avoir monté le dossier de toutes pièces, [[ne|sans toutefois fournir d'élément]] à l'appui.

La [[org|Direction générale des Douanes et Droits indirects]] ([[org|DGDDI]]) s'est bornée à confirmer "l'ouverture d'une enquête administrative". [[vs|Un cadre de la direction]], qui a requis l'anonymat, [[cv|affirme]] que des agents du poste de [[pl|Sèmè-Podji]] [[cd|seraient]] également impliqués. [[ne|Cette information n'a pas pu être vérifiée]] de manière indépendante.

Le dossier [[cd|pourrait]] prendre une dimension régionale. Une partie du riz [[hd|présumé]] sous-déclaré [[cd|aurait]] été réexportée vers le [[st|Nigeria]] par la frontière de [[pl|Kraké]], [[hd|probablement]] pour profiter de l'écart de prix avec le marché nigérian. [[st|Abuja]] a fermé cette frontière à plusieurs reprises ces dernières années pour lutter contre la contrebande.

[[vs|Plusieurs importateurs interrogés]] [[cv|soutiennent]] que la pratique est courante. "Tout le monde sait comment ça marche. On déclare 300 dollars la tonne quand on paie 520", explique [[vs|l'un d'eux]], sous couvert d'anonymat. [[vs|Un autre]] évoque un système de "frais de facilitation" versés à des intermédiaires, une accusation qu'il [[ne|ne peut pas étayer]].

Le ministre de l'Économie et des Finances, [[per|Hervé Kpadonou]], a indiqué mardi que le [[st|Bénin]] "ne tolérera aucune fuite de recettes". Interrogé sur un éventuel retrait de l'agrément de la société, il a répondu qu'il "[[cd|serait]] prématuré de se prononcer".

Pour l'économiste [[per|Carine Houngbédji]], de l'[[org|Université d'Abomey-Calavi]], l'affaire illustre la fragilité des contrôles. "La valeur en douane est encore trop souvent négociée plutôt que vérifiée. Un scanner ne voit pas une facture", note-t-elle. [[vs|Certains experts]] estiment la perte annuelle pour l'ensemble des produits alimentaires à plus de 30 milliards, rappelle-t-elle.

L'entreprise employait jusqu'ici 85 personnes à [[pl|Cotonou]] et à [[pl|Porto-Novo]]. Ses comptes bancaires ont été gelés à titre conservatoire le 19 novembre, selon un courrier du [[org|tribunal de commerce de Cotonou]] consulté par La [[org|Lagune Économique]].

Contacté, le [[org|Port autonome de Cotonou]] n'a pas souhaité commenter.
"""},
{"id": "b15-fr-geneve", "lang": "fr", "typo": None,
 "source": SRC + "Geneva financial newsletter (Swiss style: no space before punctuation, «» without spaces), banking: private bank and sanctioned client",
 "text": """
Banque [[org|Rochemont & Cie]]: la [[org|FINMA]] enquête, la banque [[cv|conteste]] tout manquement

[[org|Lettre du Léman]] – Finance | [[pl|Genève]], jeudi 26 novembre 2026

Mauvaise semaine pour [[org|Rochemont & Cie]]. La petite banque privée de la [[pl|rue de la Corraterie]], qui gère quelque 9 milliards de francs, fait l’objet d’une procédure de l’[[org|Autorité fédérale de surveillance des marchés financiers]] ([[org|FINMA]]), a confirmé mercredi l’établissement dans un communiqué laconique.

[[vs|Selon plusieurs sources proches du dossier]], l’enquête porte sur les comptes d’une société de négoce de céréales basée à [[pl|Dubaï]], qui [[cd|serait]] contrôlée par un homme d’affaires frappé par les sanctions européennes. La banque [[cd|aurait]] continué à exécuter des paiements pour ce client pendant près d’un an après l’entrée en vigueur des mesures reprises par [[st|Berne]].

Dans son communiqué, [[org|Rochemont & Cie]] [[cv|conteste]] «fermement» ces allégations et [[cv|assure]] avoir «toujours respecté l’ensemble des obligations légales». Son associé-gérant, [[per|Laurent de Vallière-Monnier]], a ajouté lors d’un échange téléphonique que la société de négoce «n’a jamais figuré sur aucune liste». Il n’a pas souhaité dire si l’actionnaire en question y figurait.

Le [[org|Secrétariat d’État à l’économie]] ([[org|SECO]]), chargé d’appliquer les sanctions, ne commente pas les cas individuels. La [[org|FINMA]] non plus. [[vs|Un ancien employé du service de conformité]], qui a quitté la banque au printemps, [[cv|affirme]] pour sa part avoir signalé le dossier à sa hiérarchie «à trois reprises», [[ne|sans pouvoir produire les courriels]] qu’il dit avoir envoyés. Le document interne qui l’[[cd|établirait]] [[ne|n’a pas été rendu public]].

L’affaire tombe mal. [[vs|La place financière genevoise]], qui [[cv|martèle]] depuis des années que l’ère du secret bancaire est révolue, fait face à une pression croissante de [[st|Washington]] sur les avoirs liés à la [[st|Russie]]. [[vs|Des diplomates américains]] jugent les contrôles suisses «insuffisants», tandis que [[st|Berne]] [[cv|soutient]] qu’ils sont parmi les plus stricts au monde.

Quelles conséquences pour la banque? En cas de violation grave, la [[org|FINMA]] [[cd|pourrait]] confisquer des bénéfices, voire retirer la licence. Une telle issue [[hd|paraît]] toutefois peu [[hd|probable]], estiment [[vs|les avocats interrogés]]: les cas récents se sont conclus par des mesures de réorganisation.

«On ne ferme pas une banque de 140 ans pour un client. Mais le conseil d’administration [[cd|devrait]] se poser des questions», glisse [[vs|un banquier de la place]], qui ne souhaite pas être cité. Pour ce professionnel, la maison [[cd|aurait]] pu éviter la tempête en se séparant du client dès 2024.

Le [[org|Ministère public de la Confédération]] a-t-il ouvert une procédure pénale? Interrogé, il s’est refusé à tout commentaire. L’[[org|Association des banquiers privés suisses]], dont [[org|Rochemont & Cie]] est membre, a rappelé que «la présomption d’innocence s’applique aussi aux banques».

La banque emploie 210 personnes à [[pl|Genève]] et à [[pl|Lugano]]. Son prochain rapport annuel est attendu en mars.
"""},

{"id": "b15-fr-bordeaux", "lang": "fr", "typo": "nnbsp",
 "source": SRC + "court report of a southwestern regional daily (Gironde), wine fraud trial: Spanish bulk wine sold as Bordeaux",
 "text": """
[[org|Tribunal correctionnel de Bordeaux]] : le négociant [[cv|nie]] avoir « habillé » du vin espagnol en bordeaux

Chronique judiciaire — [[org|Sud-Gironde Matin]] — Par [[per|Bertrand Lafourcade]] — Photo [[per|Élodie Massé]]

Costume bleu, voix posée, [[per|Jean-Marc Castaing-Dubreuil]] n'a rien lâché. Pendant près de six heures, mardi, devant le [[org|tribunal correctionnel de Bordeaux]], le négociant de 58 ans a [[cv|nié]] avoir fait passer 1,2 million de bouteilles de vin espagnol pour de l'appellation bordeaux entre 2021 et 2024.

L'accusation est lourde : tromperie sur l'origine, faux en écriture et blanchiment. Selon l'ordonnance de renvoi, le vin, acheté en vrac près de [[pl|Valdepeñas]], était acheminé par camions-citernes jusqu'à un chai de [[pl|Saint-Sulpice-de-Faleyrens]], assemblé avec un peu de merlot local, puis vendu en grande surface sous l'étiquette « Château Haut-Gravelier ».

« Je n'ai jamais acheté un litre en [[st|Espagne]] pour le revendre comme du bordeaux », a [[cv|martelé]] le prévenu. Il [[cv|affirme]] que les factures espagnoles saisies par les enquêteurs concernaient « un vin de table vendu sous son vrai nom » à des clients belges. La présidente, [[per|Anne-Sophie Guérin]], lui a rappelé qu'[[ne|aucune trace de ces ventes n'a été retrouvée]] dans sa comptabilité.

Les enquêteurs de la [[org|Direction générale de la concurrence, de la consommation et de la répression des fraudes]] ([[org|DGCCRF]]) ont pourtant relevé des écarts troublants : le domaine déclarait une récolte de 3 000 hectolitres, mais en a vendu près du triple. À la barre, [[vs|un inspecteur]] a expliqué que les analyses isotopiques « ne permettaient pas d'exclure » une origine espagnole. « [[ne|Ce n'est pas une preuve]] », a rétorqué la défense.

Le prévenu [[cv|accuse]] son ancien maître de chai, [[per|Patrick Soulé]], d'avoir organisé seul le trafic. Ce dernier, jugé à ses côtés, [[cv|dément]] catégoriquement. « Je faisais ce qu'on me disait. Le patron signait tout », a-t-il déclaré. Deux transporteurs, [[hd|présumés]] complices, comparaissaient également.

Pour la procureure, [[per|Claire Ménard]], le dossier « ne laisse aucune place au doute ». Elle a requis trois ans d'emprisonnement dont dix-huit mois ferme et 500 000 euros d'amende contre le négociant. « Il ne [[cd|serait]] pas raisonnable de croire qu'un maître de chai décide seul de tripler la production », a-t-elle lancé.

Son avocat, Me [[per|Hugo Larrieu]], a plaidé la relaxe, dénonçant une enquête « à charge » et [[vs|des témoins]] qui, [[cv|soutient]]-il, « ont changé de version trois fois ». Il [[cv|prétend]] que le [[org|Syndicat viticole des Bordeaux]], partie civile, [[cd|chercherait]] surtout « un bouc émissaire » en pleine crise de la filière. Le syndicat, représenté par son président [[per|Denis Roquefort]], réclame 200 000 euros de dommages et intérêts.

Dans les couloirs, [[vs|plusieurs viticulteurs]] [[cv|assuraient]] que l'affaire « n'est que la partie émergée de l'iceberg ». Le jugement a été mis en délibéré au 15 janvier.
"""},

{"id": "b15-fr-marseille", "lang": "fr", "typo": "nbsp",
 "source": SRC + "Marseille regional news site, live blog: dockers' strike and suspected cocaine seizure at the port",
 "text": """
DIRECT. Grève au port de [[pl|Marseille-Fos]] : les dockers bloquent les terminaux, [[hd|probable]] saisie record de cocaïne

Suivez notre direct — [[org|Provence Rivages]] — Mis à jour le 23 novembre 2026 à 18 h 05

18 h 05 — Fin de ce direct. Les dockers ont voté la reconduction de la grève jusqu’à mercredi. Merci de nous avoir suivis.

17 h 30 — Du côté de la saisie de drogue, la préfecture maritime [[ne|ne confirme toujours rien]]. [[vs|Selon une source policière]], les douaniers [[cd|auraient]] découvert près de trois tonnes de cocaïne dans un conteneur de bananes en provenance de l’[[st|Équateur]]. Ce chiffre [[ne|n’a pas été confirmé officiellement]]. S’il se confirmait, il s’[[cd|agirait]] de la plus grosse saisie jamais réalisée à [[pl|Marseille]].

17 h 02 — Le ministre des Transports, [[per|Éric Baudin-Lestrade]], appelle « toutes les parties à reprendre le dialogue ». Il [[cv|assure]] que le projet de réforme du temps de travail « n’a jamais eu pour but de supprimer des postes ».

16 h 45 — La [[org|CGT des ports et docks]] [[cv|accuse]] la direction du [[org|Grand Port maritime de Marseille]] ([[org|GPMM]]) d’avoir recours à des intérimaires pour décharger deux navires au terminal de [[pl|Mourepiane]]. [[ne|Aucune photo ni témoignage direct ne vient étayer cette accusation]] pour le moment. Le [[org|GPMM]] [[cv|dément]] : « Aucun intérimaire n’a travaillé aujourd’hui », selon sa porte-parole, [[per|Nadia Belkacem]].

16 h 10 — Notre journaliste sur place, [[per|Mathieu Orsoni]], décrit une file de plus de 400 camions bloqués sur l’autoroute [[pl|A55]]. [[vs|Des transporteurs]] [[cv|affirment]] avoir perdu « des dizaines de milliers d’euros » depuis vendredi.

15 h 20 — Le secrétaire général du syndicat, [[per|Karim Ouazzani]], prend la parole devant les grilles du terminal de [[pl|Mourepiane]] : « On ne lâchera rien. Ils veulent nous faire travailler douze heures d’affilée. Ce [[cd|serait]] un retour au XIXe siècle. » La direction [[cv|conteste]] ce chiffre et parle de « vacations de dix heures au maximum ».

14 h 35 — Retour sur la saisie. [[vs|Plusieurs médias]] évoquent une opération menée dans la nuit avec l’[[org|Office anti-stupéfiants]] ([[org|Ofast]]). [[vs|D’après un proche de l’enquête]], le conteneur [[cd|aurait]] transité par [[pl|Anvers]] avant d’arriver à [[pl|Fos-sur-Mer]]. Le réseau [[cd|serait]] lié à un clan des quartiers nord, [[hd|apparemment]] déjà visé par une enquête en 2025.

13 h 50 — Le maire, [[per|Sébastien Carrega]], a déclaré qu’il « comprend l’inquiétude des dockers » mais « ne peut pas accepter que le port soit paralysé ». Il a annoncé une réunion à la [[org|préfecture des Bouches-du-Rhône]] jeudi.

13 h 15 — Bonjour et bienvenue dans ce direct. Le trafic est à l’arrêt depuis 6 heures dans les bassins marseillais et à [[pl|Fos]]. Selon la direction du port, 23 navires attendent au large. Les croisiéristes, eux, ont été déroutés vers [[pl|Toulon]]. [[vs|Certains armateurs]] menacent déjà de délaisser [[pl|Marseille]] au profit de [[pl|Gênes]] ou de [[pl|Barcelone]] si le conflit durait.
"""},
{"id": "b15-fr-toulouse", "lang": "fr", "typo": None,
 "source": SRC + "Toulouse aerospace trade website, press-release rewrite: satellite equipment supplier and a disputed defect",
 "text": """
[[pl|Toulouse]] : [[org|Occitavia Systems]] [[cv|assure]] que le défaut de ses propulseurs est « corrigé »

[[org|AéroSud Hebdo]] – Industrie – 22 novembre 2026 – Crédit photo : [[org|Occitavia Systems]]

C’est un communiqué de deux pages, envoyé vendredi soir, qui a surpris la filière. L’équipementier toulousain [[org|Occitavia Systems]], spécialisé dans les propulseurs électriques pour petits satellites, y [[cv|affirme]] avoir « identifié et corrigé » l’anomalie qui a mis hors service trois engins de la constellation [[org|NordOrbit]] cet été.

Le texte, signé par son président, [[per|Benoît Alary-Fontan]], [[cv|assure]] que « la cause racine est une soudure défectueuse chez un sous-traitant » et que « aucun autre satellite en orbite n’est concerné ». Il [[ne|ne fournit toutefois aucune donnée technique]] à l’appui de ce diagnostic, ni le nom du sous-traitant en question.

Chez le client, l’opérateur finlandais [[org|NordOrbit]], on se montre plus prudent. « Nous attendons le rapport complet avant de tirer la moindre conclusion », a indiqué par courriel sa directrice technique, [[per|Aino Lehtonen]]. [[vs|Selon une personne proche de l’opérateur]], [[org|NordOrbit]] [[cd|envisagerait]] même de réclamer 40 millions d’euros de pénalités. L’entreprise n’a pas souhaité commenter ce montant.

Le [[org|Centre national d’études spatiales]] ([[org|CNES]]), qui a cofinancé le développement du propulseur, indique avoir « pris connaissance » du communiqué. Il rappelle que sa propre analyse, menée avec l’[[org|Onera]], n’est pas terminée. [[vs|Un ingénieur associé à cette expertise]] [[cv|soutient]] que la piste de la soudure « ne suffit pas à expliquer les trois pannes ». Les pannes [[cd|pourraient]] aussi venir d’un logiciel de contrôle, glisse-t-il.

Pourquoi cette communication précipitée ? [[vs|Plusieurs analystes du secteur]] y voient une réponse à la rumeur d’une levée de fonds compromise. [[org|Occitavia Systems]] négocie depuis l’été une augmentation de capital de 60 millions d’euros avec un fonds public et la [[org|Banque européenne d’investissement]] ([[org|BEI]]). Le tour de table [[cd|serait]] suspendu, [[vs|selon des sources financières]], dans l’attente des conclusions du [[org|CNES]]. [[ne|Aucune de ces informations n’a été confirmée]] par les intéressés.

[[per|Benoît Alary-Fontan]] [[cv|dément]] tout lien. « Notre calendrier de financement n’a rien à voir avec ce communiqué. Nous communiquons parce que nos clients ont le droit de savoir », a-t-il déclaré à [[org|AéroSud Hebdo]] samedi. Il reconnaît « un été difficile » mais [[cv|affirme]] que le carnet de commandes reste plein jusqu’en 2028.

L’entreprise, fondée en 2017 dans une pépinière de [[pl|Labège]], emploie 180 salariés et dispose d’une salle blanche à [[pl|Montaudran]]. Elle a [[hd|vraisemblablement]] besoin de ce financement pour livrer les 48 propulseurs promis à l’[[org|Agence spatiale européenne]] en 2027.

La [[org|Région Occitanie]], actionnaire minoritaire, se dit « attentive ». [[vs|Un porte-parole de la collectivité]] précise qu’un retrait de son soutien « n’est pas à l’ordre du jour ».
"""},

{"id": "b15-fr-lome", "lang": "fr", "typo": "nnbsp",
 "source": SRC + "Togolese fact-checking website (Lomé), fact-check: viral video about a fuel price rise and a minister",
 "text": """
VÉRIFICATION — Non, le gouvernement togolais n’a pas annoncé une hausse de 40 % du prix de l’essence

[[org|Vérif’Togo]] | Par [[per|Kossi Amegnran]] et [[per|Afi Tchalla]] | [[pl|Lomé]], le 21 novembre 2026

Ce qui circule. Depuis mardi, une vidéo de 47 secondes est partagée des milliers de fois sur WhatsApp et TikTok. On y entend une voix, présentée comme celle du ministre du Commerce, [[per|Yaovi Mensah-Atsu]], annoncer que le litre de super « passera de 680 à 950 francs CFA dès le 1er décembre ». [[vs|Le message qui l’accompagne]] [[cv|affirme]] que la décision [[cd|aurait]] été prise « sous la pression du [[org|FMI]] ».

Notre verdict : FAUX. La vidéo est un montage. [[ne|Aucune source officielle ne confirme cette hausse]], et la voix ne correspond pas à celle du ministre.

Ce que nous avons vérifié. Nous avons d’abord retrouvé l’image d’origine : il s’agit d’une conférence de presse du 14 mars 2025, consacrée au prix du riz, diffusée à l’époque par la [[org|Télévision togolaise]]. Le ministre y porte la même chemise, mais le son a été remplacé. Deux outils de détection de voix synthétique jugent l’enregistrement « [[hd|probablement]] généré par intelligence artificielle ».

Le cabinet de [[per|Yaovi Mensah-Atsu]] [[cv|dément]] formellement. « Le ministre n’a jamais tenu ces propos. Aucune hausse n’est prévue », nous a indiqué son chef de cabinet, [[per|Komlan Djossou]]. Le [[org|ministère de l’Économie et des Finances]] a publié un démenti similaire mercredi soir.

Et le [[org|FMI]] ? Le programme signé par [[st|Lomé]] avec le [[org|Fonds monétaire international]] prévoit bien une réduction progressive des subventions aux carburants, mais sans calendrier précis. [[vs|Une porte-parole de l’institution]] à [[pl|Washington]] a rappelé que « les décisions de prix relèvent des autorités togolaises ».

D’où vient la vidéo ? Le premier partage que nous avons identifié provient d’un compte Facebook créé en octobre, « Togo Debout 228 », qui [[cv|prétend]] détenir des « documents secrets ». [[ne|Il n’en a publié aucun]]. [[vs|Certains internautes]] [[cv|soutiennent]] que le compte [[cd|serait]] lié à un parti d’opposition : [[ne|rien ne permet de l’établir]].

Pourquoi ça prend. Le prix de l’essence a déjà augmenté deux fois en 2025, et la crainte d’une nouvelle hausse est réelle. Au grand marché d’[[pl|Adawlato]], [[vs|des commerçantes]] [[cv|assuraient]] jeudi que « tout le monde en parle ». [[vs|Selon un chauffeur de zémidjan]] interrogé près du rond-point de [[pl|Bè]], les stations [[cd|auraient]] déjà commencé à stocker du carburant. Nous n’avons constaté aucune rupture dans les six stations visitées.

Le [[st|Bénin]] voisin a connu en 2024 une rumeur comparable, [[hd|apparemment]] partie du même type de montage. La [[org|Haute Autorité de l’audiovisuel et de la communication]] ([[org|HAAC]]) a annoncé qu’elle [[cd|saisirait]] la justice.

Vous avez un doute sur une information ? Écrivez-nous.
"""},
{"id": "b15-fr-nouakchott", "lang": "fr", "typo": "nbsp",
 "source": SRC + "Mauritanian weekly (Nouakchott), opinion column: fishmeal factories and the disappearance of small pelagic fish",
 "text": """
TRIBUNE | Farine de poisson : on nous [[cv|assure]] que la mer est inépuisable, les pêcheurs de [[pl|Nouadhibou]] savent que c'est faux

Par [[per|Mariem Mint Ahmed Salem]], biologiste marine et ancienne chercheuse à l'[[org|Institut mauritanien de recherches océanographiques et des pêches]] ([[org|IMROP]])

Le [[org|Courrier de l'Atlantique]] | [[pl|Nouakchott]], 20 novembre 2026

Chaque matin, au port artisanal de [[pl|Nouadhibou]], les pirogues rentrent un peu plus vides. Les sardinelles, qui nourrissaient hier encore des milliers de familles, se font rares. Et pendant ce temps, une trentaine d'usines de farine et d'huile de poisson tournent à plein régime le long de la [[pl|baie du Lévrier]].

[[vs|Les industriels]] [[cv|affirment]] ne transformer que des « déchets » et des espèces « sans valeur commerciale ». C'est une fable. [[ne|Aucun d'entre eux n'a jamais publié ses registres d'approvisionnement]], et les camions qui déchargent devant leurs grilles sont pleins de poissons entiers, parfaitement propres à la consommation.

Le [[org|ministère des Pêches]], lui, [[cv|soutient]] que les stocks sont « sous contrôle ». Sur quelle base ? La dernière campagne d'évaluation scientifique complète date de 2021. [[vs|Selon des chercheurs de l'institut]], la biomasse de sardinelle ronde [[cd|aurait]] chuté de plus de moitié depuis. Je [[ne|ne peux pas le confirmer]] moi-même, faute d'accès aux données brutes, mais rien dans ce que je vois sur les quais ne le contredit.

On nous explique aussi que ces usines créent des emplois. Combien ? Les chiffres avancés par la [[org|Fédération nationale des pêches]] — 4 000 postes directs — sont [[ne|invérifiables]]. [[vs|Des syndicalistes du secteur artisanal]] [[cv|accusent]] même certaines entreprises de déclarer des salariés fictifs pour obtenir leurs licences.

Il faut aussi parler de ceux qui achètent. L'essentiel de la farine part vers la [[st|Chine]], la [[st|Turquie]] et la [[st|Norvège]], où elle nourrit des saumons d'élevage. Une société [[hd|prétendument]] mauritanienne, [[org|Atlantic Meal Processing]], [[cd|serait]] en réalité contrôlée par un groupe étranger, [[vs|à en croire des documents cités par la presse locale]]. Elle [[cv|nie]] tout lien de ce type.

L'accord de pêche avec l'[[org|Union européenne]], renouvelé l'an dernier, ne concerne pas directement ces usines. Mais [[st|Bruxelles]] [[cv|assure]] financer la surveillance maritime : qu'on nous montre les résultats. Les garde-côtes disposent de quatre patrouilleurs pour 750 kilomètres de côte.

Je ne demande pas la fermeture de toutes les usines. Je demande un moratoire de deux ans, une évaluation indépendante des stocks et la publication des volumes traités par chaque site. Ce ne [[cd|serait]] pas une révolution : le [[st|Sénégal]] voisin a imposé des quotas similaires en 2025. Il [[cd|faudrait]] simplement du courage politique.

Les pêcheurs de [[pl|Nouadhibou]] n'ont pas besoin de discours. Ils ont besoin de poisson. Si rien ne change, leurs enfants [[cd|devraient]] un jour acheter de la sardine importée — [[hd|peut-être]] transformée en farine à quelques kilomètres de chez eux.

Les opinions exprimées dans cette tribune n'engagent que leur auteure.
"""},

{"id": "b15-fr-savoie", "lang": "fr", "typo": None,
 "source": SRC + "Savoie local news magazine, Q&A interview: ski resort snow reservoir and water conflict",
 "text": """
Retenue collinaire de [[pl|Val-Gérard]] : "Nous ne prendrons pas l'eau des habitants", [[cv|assure]] le maire

Le [[org|Petit Savoyard]] - Entretien réalisé par [[per|Lucie Perrier-Dunand]] - [[pl|Chambéry]], 19 novembre 2026

La commune de [[pl|Val-Gérard]], en [[pl|Tarentaise]], à une quarantaine de kilomètres d'[[pl|Albertville]], veut construire une retenue de 180 000 mètres cubes pour alimenter ses canons à neige. Un collectif d'habitants a déposé un recours devant le [[org|tribunal administratif de Grenoble]]. Le maire, [[per|Pierre-Yves Mollard]], répond à nos questions.

Le collectif [[cv|affirme]] que la retenue va assécher les sources du hameau des [[pl|Granges]]. Que répondez-vous ?

Que c'est faux. L'eau sera prélevée au printemps, pendant la fonte, quand le torrent déborde. Le bureau d'études est formel. Je comprends l'inquiétude, mais on ne peut pas laisser dire n'importe quoi.

L'étude hydrologique n'a pas été publiée. Pourquoi ?

Elle le sera. Elle est en cours de relecture par la [[org|Direction départementale des territoires]]. Je ne peux pas vous la donner avant, ce ne [[cd|serait]] pas correct vis-à-vis des services de l'État.

L'[[org|Office français de la biodiversité]] ([[org|OFB]]) [[cd|aurait]] rendu un avis réservé, [[hd|paraît-il]]. L'avez-vous lu ?

Je n'ai reçu aucun avis de ce genre. Ce sont des bruits de couloir.

[[vs|Des hydrologues]] [[cv|soutiennent]] qu'avec le réchauffement, la fonte [[cd|pourrait]] arriver plus tôt et plus vite, et que le torrent ne [[cd|suffirait]] plus certaines années. Vous l'avez envisagé ?

Bien sûr. Mais si on ne fait rien, la station ferme dans quinze ans. Sans neige de culture, il n'y a pas de saison, et sans saison il n'y a plus de village. Trois cents emplois dépendent directement des remontées mécaniques.

Justement, la [[org|Société des téléphériques de Val-Gérard]] [[cd|financerait]] la moitié des travaux, [[vs|selon un conseiller municipal d'opposition]]. Est-ce exact ?

La répartition n'est pas arrêtée. Ce que je peux dire, c'est que la commune ne paiera pas seule. Le département et la [[org|Région Auvergne-Rhône-Alpes]] ont été sollicités.

Le collectif vous [[cv|accuse]] d'avoir modifié le plan local d'urbanisme "en catimini" pour permettre le chantier.

Je le [[cv|conteste]] absolument. Il y a eu une enquête publique, un registre, deux réunions. Quarante personnes sont venues. On ne peut pas parler de catimini.

[[vs|Certains élus de la vallée]] jugent pourtant le projet "d'un autre siècle"...

C'est leur droit. Mais ce sont souvent les mêmes qui skient chez nous le week-end. Moi, je dois penser à l'hiver 2040, pas à un slogan.

Et si le tribunal vous donne tort ?

On reprendra le dossier. Je respecte la justice. Mais je vous le dis : nous ne prendrons pas l'eau des habitants. Jamais.

Contactée, la porte-parole du collectif [[org|Eau Vive Tarentaise]], [[per|Nathalie Vibert]], [[cv|maintient]] que "les sources du hameau sont déjà à sec fin août" et que le projet "[[cd|aggraverait]] la situation". Elle [[ne|ne fournit pas de relevés]] à l'appui. L'audience est prévue le 8 janvier à [[pl|Grenoble]].
"""},
{"id": "b15-fr-lille", "lang": "fr", "typo": "nnbsp",
 "source": SRC + "Hauts-de-France sports website (Lille), handball: unpaid wages, takeover rumour and a coach's exit",
 "text": """
HANDBALL — [[org|Lille Métropole Handball]] : [[vs|les joueurs]] [[cv|affirment]] ne pas avoir été payés, le président [[cv|dément]] toute faillite

[[org|Nord Sports Direct]] · [[per|Julien Deschamps]] · 26 novembre 2026, 21 h 48 · Photo : [[per|Rémi Vandamme]] / [[org|NSD]]

La défaite de samedi à [[pl|Chambéry]] (31-24) n’était finalement qu’un détail. Depuis lundi, le [[org|Lille Métropole Handball]] ([[org|LMH]]), neuvième de Liqui Moly Starligue, traverse la plus grave crise de son histoire.

Dans une lettre adressée à la [[org|Ligue nationale de handball]] ([[org|LNH]]), que nous avons pu consulter, [[vs|seize joueurs de l’effectif]] [[cv|affirment]] n’avoir reçu que la moitié de leur salaire d’octobre. « On nous promet un virement chaque semaine, et rien ne vient », [[cv|assure]] [[vs|un cadre du vestiaire]], qui préfère rester anonyme.

Le président, [[per|Franck Delobelle]], [[cv|nie]] toute difficulté structurelle. « Il y a eu un retard technique lié à un partenaire, c’est réglé. Le club n’est pas en faillite, et il ne le sera pas », a-t-il déclaré mardi lors d’un point presse à la salle [[pl|Pévèle Arena]]. Il n’a pas précisé de quel partenaire il s’agissait.

[[vs|Selon nos informations]], le club [[cd|accuserait]] un déficit de 1,4 million d’euros sur la saison passée, et la [[org|Direction nationale d’aide et de contrôle de gestion]] ([[org|DNACG]]) [[cd|pourrait]] l’auditionner dès décembre. [[ne|Ces chiffres n’ont pas été confirmés]] par la direction.

Autre coup de tonnerre : l’entraîneur [[per|Stéphane Kerbrat]] a quitté ses fonctions mercredi. Officiellement, « d’un commun accord ». Dans [[vs|l’entourage du technicien]], on [[cv|soutient]] au contraire qu’il a été poussé vers la sortie après avoir réclamé des garanties pour ses joueurs. L’intéressé, joint par téléphone, s’est refusé à tout commentaire : « Je parlerai plus tard. »

Et la rumeur d’un rachat ? Un fonds d’investissement belge, [[org|Escaut Capital]], [[cd|serait]] prêt à reprendre 60 % du capital, [[vs|à en croire plusieurs agents de joueurs]]. [[per|Franck Delobelle]] confirme « des discussions avec plusieurs investisseurs », sans donner de nom. Le fonds, contacté, n’a pas répondu. Une reprise [[hd|semble]] en tout cas inévitable si la [[org|DNACG]] exige une recapitalisation.

Côté supporters, la colère monte. Le groupe [[org|Ultras Deûle 2004]] [[cv|accuse]] la direction de « mentir depuis des mois » et appelle à manifester avant la réception du [[org|HBC Nantes]] samedi. « On a vu partir nos meilleurs joueurs sans contrepartie. Où est passé l’argent ? », interroge son porte-parole, [[per|Kevin Lemaire]].

À la [[org|Métropole européenne de Lille]], principal financeur public du club avec 900 000 euros par an, on se dit « préoccupé ». La vice-présidente chargée des sports, [[per|Sandrine Hautcœur]], a demandé « une transparence totale sur les comptes ». La collectivité [[cd|pourrait]] suspendre le versement de la deuxième tranche, [[vs|selon un élu de la majorité]].

Fondé en 1998, le club avait atteint les quarts de finale de la Coupe de France en 2024. Ses joueurs, eux, continuent de s’entraîner. « On doit jouer samedi. Le reste, on n’y peut rien », souffle le gardien [[per|Théo Maes]]. Pour certains, ce sera [[hd|sans doute]] le dernier match sous ce maillot.
"""},
]
