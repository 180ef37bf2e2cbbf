# -*- coding: utf-8 -*-
"""Blind set 16, French articles (invented events, people, companies and outlets). Markup: [[tag|text]]."""
SRC = "written for ClaimLens blind set 16 (invented events and people); register: "

ARTICLES = [
{"id": "b16-fr-kigali", "lang": "fr", "typo": "nnbsp",
 "source": SRC + "Rwandan news agency dispatch (Kigali), tech/finance: mobile money outage claimed as a cyberattack",
 "text": """
RWANDA : panne géante du paiement mobile, un groupe de pirates [[cv|revendique]] une attaque

[[pl|KIGALI]], 3 mars 2027 ([[org|AMCI]]) – Des centaines de milliers d’usagers d’[[org|Inyenyeri Pay]], le deuxième service de paiement mobile du [[st|Rwanda]], sont restés privés de leur argent pendant près de trente heures entre samedi et dimanche. La société parle d’une « défaillance matérielle » ; un groupe de pirates informatiques [[cv|revendique]] une attaque.

Dans un message publié dimanche sur une messagerie chiffrée, le groupe, qui se fait appeler « [[org|Nyiragongo Ghost]] », [[cv|affirme]] avoir dérobé les données de 1,2 million de clients. Ces affirmations [[ne|n’ont pas pu être vérifiées de manière indépendante]] par l’[[org|AMCI]], et le groupe [[ne|n’a publié aucun échantillon des données]]. [[vs|Plusieurs spécialistes en cybersécurité consultés]] doutent de leur authenticité.

Le directeur général d’[[org|Inyenyeri Pay]], [[per|Claude Habimana]], [[cv|dément]] toute intrusion. « Aucune donnée client n’a quitté nos serveurs. Un serveur de stockage est tombé en panne à [[pl|Kigali]], point final », a-t-il déclaré lundi. Il [[cv|assure]] que tous les soldes ont été rétablis dimanche soir.

[[vs|Selon un ingénieur de l’entreprise]], qui a requis l’anonymat, le serveur de secours [[cd|aurait]] été débranché depuis des semaines « pour économiser sur la facture d’électricité ». En 2025, la société déclarait pourtant « zéro interruption en cinq ans » dans son rapport annuel.

La [[org|Banque nationale du Rwanda]] ([[org|BNR]]), qui supervise la monnaie électronique, a annoncé un audit. Sa gouverneure, [[per|Pascaline Uwera]], a indiqué que l’établissement [[cd|pourrait]] se voir infliger une amende « si des manquements étaient établis ». L’[[org|Autorité rwandaise de régulation des services publics]] ([[org|RURA]]) n’a pas commenté.

L’incident [[hd|semble]] avoir surtout touché les petits commerçants. [[vs|Des vendeuses du marché de [[pl|Kimironko]]]] [[cv|accusent]] la société d’avoir minimisé la panne. « Dimanche, je ne pouvais ni payer mes fournisseurs ni rendre la monnaie », raconte [[per|Jeanne Mukamana]], vendeuse de pagnes. [[vs|D’autres usagers]] [[cv|prétendent]] que des retraits non autorisés ont eu lieu pendant la coupure, [[ne|sans produire le moindre relevé]].

[[vs|Un diplomate en poste à [[pl|Kigali]]]] juge « plausible » une attaque venue de l’étranger, sans désigner de pays. Le porte-parole du gouvernement, [[per|Théoneste Karangwa]], a appelé au calme et [[cv|martelé]] que « le système financier rwandais est sûr ».

L’affaire tombe mal : [[st|Kigali]] [[cv|affirme]] vouloir faire du pays un pôle financier régional et accueille en mai un forum organisé par le [[org|Kigali International Financial Centre]]. [[vs|Selon des sources proches du régulateur]], [[org|Inyenyeri Pay]] [[cd|devrait]] présenter d’ici vendredi un plan de continuité. La société, filiale d’un groupe basé à [[pl|Nairobi]], [[cv|revendique]] 3,4 millions de comptes actifs au [[st|Rwanda]] et en [[st|Ouganda]].
"""},

{"id": "b16-fr-ndjamena", "lang": "fr", "typo": "nbsp",
 "source": SRC + "Chadian daily (N'Djamena), court chronicle: trial over diverted food aid",
 "text": """
Détournement de l'aide alimentaire : quatre ans requis contre l'ex-patron de l'[[org|ONASA]]

Le [[org|Sahel Tchadien]] - Chronique judiciaire - [[pl|N'Djamena]], le 14 avril 2027

Le procureur de la République a requis mardi quatre ans de prison ferme contre [[per|Mahamat Abakar Issa]], ancien directeur général de l'[[org|Office national de sécurité alimentaire]] ([[org|ONASA]]), jugé devant le [[org|tribunal de grande instance de N'Djamena]] pour le détournement [[hd|présumé]] de 3 200 tonnes de céréales destinées aux camps de réfugiés du [[pl|Ouaddaï]].

Selon le parquet, les sacs de sorgho [[cd|auraient]] été revendus entre janvier et mai 2026 sur le marché de [[pl|Dembé]], par l'intermédiaire d'un commerçant d'[[pl|Abéché]], [[hd|soupçonné]] d'avoir servi de prête-nom. Le préjudice est estimé à 1,1 milliard de francs CFA.

À la barre, l'ancien directeur [[cv|nie]] en bloc. « Je n'ai jamais signé un bon de sortie sans le visa du ministère », a-t-il [[cv|soutenu]]. Il [[cv|accuse]] son ancien adjoint, [[per|Djibrine Ousmane Hassan]], d'avoir imité sa signature. Ce dernier [[cv|conteste]] cette version. Son avocate, Me [[per|Achta Brahim Saleh]], réclame une expertise graphologique : « On nous parle de faux [[ne|sans le moindre début de preuve]]. »

[[vs|Un inspecteur de l'[[org|Inspection générale d'État]]]] ([[org|IGE]]), entendu comme témoin, a expliqué que les registres du magasin de [[pl|Farcha]] présentaient « des ratures grossières ». Il a toutefois reconnu que son rapport reposait en partie sur des témoignages [[ne|non recoupés]].

Le [[org|Programme alimentaire mondial]] ([[org|PAM]]), qui fournissait une partie des stocks, s'est constitué partie civile. [[vs|Sa représentante au [[st|Tchad]]]] a indiqué que l'agence onusienne avait suspendu ses livraisons à l'office pendant six mois.

[[vs|Selon des sources proches du dossier]], une partie de l'argent [[cd|aurait]] servi à acheter des terrains à [[pl|Moundou]]. [[vs|Plusieurs témoins]] ont [[cv|affirmé]] avoir vu des camions de l'office décharger la nuit à [[pl|Dembé]]. [[vs|L'un d'eux]], chauffeur, a toutefois admis qu'il « ne se souvenait plus très bien des dates ».

La défense, elle, [[cv|prétend]] que l'affaire [[cd|viserait]] à écarter [[per|Abakar Issa]] avant les élections locales. « C'est un règlement de comptes politique », [[cv|assure]] [[vs|un proche de l'accusé]], rencontré à la sortie de l'audience. Le [[org|Mouvement patriotique du salut]] ([[org|MPS]]), dont l'ancien directeur était membre, n'a pas réagi. [[vs|Des militants de l'opposition]] y voient au contraire la preuve que « l'impunité recule ».

L'ancien ministre de la Sécurité alimentaire, cité à plusieurs reprises, ne s'est pas présenté. Il [[cd|aurait]] quitté le pays pour [[pl|Paris]], [[vs|à en croire son entourage]], ce que son avocat n'a ni confirmé ni démenti.

Le tribunal a mis sa décision en délibéré au 12 mai. Si la culpabilité était retenue, [[per|Mahamat Abakar Issa]] [[cd|risquerait]] aussi une interdiction d'exercer toute fonction publique. [[vs|Les organisations humanitaires présentes à l'Est]] [[cv|assurent]] que les distributions se poursuivent normalement depuis le changement de direction.
"""},
{"id": "b16-fr-bujumbura", "lang": "fr", "typo": "nnbsp",
 "source": SRC + "Burundian fact-checking website (Bujumbura), environment/health: viral audio on mercury in lake fish",
 "text": """
« Le ndagala empoisonné au mercure » : une rumeur [[ne|sans fondement]]

[[org|Ukuri Check]] – Par [[per|Aline Niyonzima]] – 9 juin 2027

L’affirmation
[[vs|Un message audio]] de quatre minutes, partagé des milliers de fois depuis le 2 juin, [[cv|affirme]] que le ndagala, le petit poisson séché vendu sur tous les marchés de [[pl|Bujumbura]], [[cd|serait]] « empoisonné au mercure ». [[vs|La voix]], qui se présente comme celle d’« un chercheur de l’université », [[cv|prétend]] que des analyses [[cd|auraient]] révélé des taux « dix fois supérieurs aux normes » et que le gouvernement [[cd|cacherait]] les résultats depuis des mois.

Notre verdict : faux
L’auteur du message [[ne|ne cite aucune analyse]] ni aucun laboratoire. Nous n’avons trouvé [[ne|aucune trace de cette [[hd|prétendue]] étude]], ni dans les publications scientifiques ni auprès des autorités sanitaires.

Ce que nous avons vérifié
L’[[org|Université du Burundi]] [[cv|dément]] avoir conduit une telle étude. « Personne chez nous n’a travaillé sur le mercure dans le ndagala », indique le doyen de la faculté des sciences, [[per|Prosper Ndikumana]]. Le [[org|Bureau burundais de normalisation]] ([[org|BBN]]) dit n’avoir reçu aucune alerte.

La rumeur [[hd|semble]] avoir pour origine un article publié en 2019 par des chercheurs de l’[[org|Université de Dar es Salaam]]. Ceux-ci avaient mesuré le mercure près de sites d’orpaillage de la rive tanzanienne, autour de [[pl|Kigoma]], et trouvé des niveaux inférieurs aux seuils de l’[[org|Organisation mondiale de la santé]] ([[org|OMS]]). L’audio reprend un graphique de cette étude en inversant sa légende.

Le toxicologue [[per|Éric Bigirimana]], joint par téléphone, reconnaît qu’une contamination locale [[cd|pourrait]] exister près des sites d’orpaillage, « mais [[ne|rien ne permet de parler d’empoisonnement]] du lac ». Le ndagala, petit et à vie courte, accumule [[hd|probablement]] beaucoup moins de mercure que les gros poissons prédateurs, précise-t-il.

Pourquoi ça circule
[[vs|Certains pêcheurs de [[pl|Rumonge]]]] [[cv|soutiennent]] depuis des mois que les prises diminuent à cause de l’orpaillage en amont des rivières. [[vs|Des internautes]] [[cv|accusent]] par ailleurs le [[org|ministère de l’Environnement]] d’avoir enterré un rapport sur la pollution de la [[pl|Rusizi]]. Le ministère n’a pas répondu à nos questions ; [[vs|un cadre de l’administration]] nous a [[cv|assuré]], sous couvert d’anonymat, qu’« aucun rapport n’a été enterré ».

Le [[st|Burundi]] exporte chaque année plusieurs centaines de tonnes de ndagala vers la [[st|Tanzanie]] et le [[st|Rwanda]]. [[vs|Des commerçantes du marché de [[pl|Kinama]]]] disent avoir vu leurs ventes chuter de moitié depuis la diffusion de l’audio. [[st|Gitega]] n’a pas réagi officiellement.

Notre méthode
Nous avons contacté l’université, le [[org|BBN]], deux toxicologues et l’auteure de l’étude de 2019, [[per|Neema Mwakyusa]]. Celle-ci [[cv|conteste]] l’usage fait de ses données : « Notre graphique montrait l’inverse de ce que dit cet audio. »
"""},
{"id": "b16-fr-portvila", "lang": "fr", "typo": None,
 "source": SRC + "Vanuatu French-language weekly (Port-Vila), opinion: cyclone reconstruction money and a foreign-funded wharf",
 "text": """
TRIBUNE - Reconstruction : qui a vu passer l'argent du cyclone ?

Par [[per|Marie-Louise Kalsakau]], ancienne conseillère municipale de [[pl|Port-Vila]], pour [[org|Vanuatu Hebdo]]

Dix-huit mois après le passage du cyclone Ava, des écoles de [[pl|Tanna]] n'ont toujours pas de toit. Pendant ce temps, le gouvernement [[cv|assure]] que 80 % des fonds de reconstruction ont été "engagés". Engagés où ? Personne, au [[org|ministère des Finances]], n'a su me le dire, et le tableau de suivi promis au [[org|Parlement]] en janvier n'a jamais été publié.

[[vs|On]] nous répète que l'argent [[cd|serait]] bloqué par les procédures des bailleurs. La [[org|Banque asiatique de développement]] [[cv|dément]] : son représentant à [[pl|Port-Vila]], [[per|Kenji Morimoto]], a indiqué la semaine dernière que les deux premières tranches avaient été versées "dans les délais prévus". [[vs|Un haut fonctionnaire]] m'a glissé, lui, qu'une partie [[cd|aurait]] servi à boucler le budget de fonctionnement. Je n'ai [[ne|aucun moyen de le vérifier]], et c'est bien là le problème.

Le Premier ministre, [[per|Ralph Tamata Kalo]], [[cv|affirme]] de son côté que les retards viennent des entreprises de construction. [[vs|Les entrepreneurs de [[pl|Luganville]]]] [[cv|accusent]] en retour l'administration de payer leurs factures avec six mois de retard. Les deux versions sont [[hd|peut-être]] vraies. Elles ne remplacent pas un audit.

Puis il y a le quai. Le nouveau quai de [[pl|Lakatoro]], financé par un prêt de la [[st|Chine]], a été inauguré en grande pompe en mars. [[vs|Des élus de l'opposition]] [[cv|prétendent]] que le prêt [[cd|comporterait]] une clause cédant l'exploitation du port pendant trente ans, [[ne|sans avoir jamais montré le contrat]]. [[st|Pékin]] [[cv|nie]] toute clause de ce type. Le gouvernement, lui, refuse de publier le texte, ce qui nourrit les soupçons. Si le contrat ne contenait rien de gênant, on le [[cd|publierait]].

Je ne prétends pas que l'argent a été volé. Je dis qu'un pays de 330 000 habitants, frappé par trois cyclones en cinq ans, ne [[cd|devrait]] pas avoir à deviner où passe son aide. Le [[org|Bureau de l'Auditeur général]] [[cv|soutient]] depuis 2024 qu'il manque d'enquêteurs ; qu'on lui en donne.

Le [[st|Vanuatu]] a obtenu en 2023 un avis historique de la [[org|Cour internationale de justice]] sur les obligations climatiques des États. [[st|Port-Vila]] plaide partout pour que les pays riches paient. Ce combat est juste. Il [[cd|serait]] plus crédible si nous tenions nos propres comptes.

[[vs|Certains à [[pl|Port-Vila]]]] [[cv|affirment]] que poser ces questions, c'est faire le jeu des bailleurs étrangers. Je crois l'inverse. La [[st|France]], l'[[org|Union européenne]], le [[st|Japon]] et les autres ne [[cd|continueraient]] pas longtemps à payer sans savoir où va leur argent. À [[pl|Tanna]], les parents d'élèves, eux, n'attendent plus d'explication : ils ont commencé à reconstruire les salles de classe eux-mêmes.

L'autrice a été conseillère municipale de [[pl|Port-Vila]] de 2016 à 2022.
"""},
{"id": "b16-fr-saintpierre", "lang": "fr", "typo": "nbsp",
 "source": SRC + "Saint-Pierre-et-Miquelon local news website, local council: ferry breakdowns and a disputed contract",
 "text": """
Conseil territorial : le ferry pour [[pl|Miquelon]] enflamme la séance

[[org|Archipel Info]] – [[pl|Saint-Pierre]], vendredi 20 novembre 2026 – Par [[per|Yannick Detcheverry]]

Trois heures de débat, deux suspensions de séance et aucun vote : la session du [[org|conseil territorial]] consacrée jeudi à la desserte maritime de [[pl|Miquelon]] a tourné au règlement de comptes.

En cause, le ferry Nordet, immobilisé depuis le 2 octobre pour une avarie de moteur. Depuis sept semaines, les habitants de [[pl|Miquelon-Langlade]] dépendent d’un unique avion quotidien. Le président de la [[org|Collectivité territoriale]], [[per|Gérard Lebailly]], [[cv|affirme]] que la réparation est « une question de jours » et que la pièce défectueuse a quitté le chantier de [[pl|Saint-Nazaire]] lundi. [[ne|Aucun document de transport n’a été présenté]] aux élus.

L’opposition [[cv|accuse]] l’exécutif d’avoir négligé l’entretien. « La maintenance de 2025 a été reportée pour économiser 400 000 euros », a [[cv|soutenu]] la conseillère [[per|Sophie Quédinet]], en brandissant un extrait de compte rendu. [[per|Lebailly]] [[cv|dément]] : selon lui, le report avait été « validé par le constructeur ». Le constructeur, la société [[org|Armor Naval]], n’a pas répondu à nos questions.

[[vs|Selon plusieurs marins de l’armement]], qui ont requis l’anonymat, le moteur [[cd|aurait]] déjà montré des signes de faiblesse au printemps. L’équipage [[cd|aurait]] signalé des surchauffes à trois reprises. Ces témoignages [[ne|n’ont pas pu être confirmés]] par [[org|Archipel Info]].

Le second point de friction concerne le contrat de délégation de service public, qui expire en 2027. [[vs|Des rumeurs]] [[cv|prétendent]] qu’un armateur de [[pl|Dieppe]] ou de [[pl|Dunkerque]] [[cd|serait]] déjà pressenti. « Il n’y a aucun candidat désigné, c’est absurde », a tranché le président. [[vs|Un élu de la majorité]] a toutefois confié en aparté que des « contacts exploratoires » avaient eu lieu.

La préfète, [[per|Claire Morvan-Dufour]], a rappelé que l’État finançait 60 % de la desserte et [[cd|pourrait]] conditionner sa participation à un audit. [[st|Paris]] « ne signera pas un chèque en blanc », a-t-elle prévenu.

À [[pl|Miquelon]], la patience s’épuise. « On nous dit chaque semaine que le bateau reviendra lundi », soupire [[per|Marc Vigneau]], éleveur. [[vs|Des commerçants]] [[cv|assurent]] avoir perdu un tiers de leur chiffre d’affaires. L’épicerie du bourg [[cd|aurait]] [[hd|apparemment]] dû jeter des produits frais faute de livraison.

Le [[org|Conseil économique, social et environnemental]] local a demandé une desserte de secours par un navire affrété. Le coût, estimé à 18 000 euros par rotation, paraissait jusqu’ici prohibitif. L’exécutif [[hd|semble]] désormais prêt à l’étudier.

Le conseil se réunira de nouveau le 3 décembre. D’ici là, [[vs|selon l’entourage du président]], le Nordet [[cd|devrait]] reprendre la mer « dans la première quinzaine de décembre ». Une promesse qui [[cd|ferait]] sourire à [[pl|Miquelon]], si elle n’était la cinquième en deux mois.
"""},
{"id": "b16-fr-caen", "lang": "fr", "typo": "nnbsp",
 "source": SRC + "Normandy agricultural trade newsletter (Caen), agriculture: milk price dispute at a dairy cooperative",
 "text": """
LAIT : bras de fer sur le prix entre la [[org|Laiterie du Bessin]] et ses producteurs

[[org|Filière Lait Normandie]] n° 412 - Par [[per|Hervé Lecoutour]], à [[pl|Caen]]

Le ton monte entre la coopérative [[org|Laiterie du Bessin]] et une partie de ses 1 300 adhérents. Lors de l'assemblée de section de [[pl|Bayeux]], mardi, la direction a confirmé un prix de base de 418 euros les 1 000 litres pour le premier trimestre, en recul de 22 euros. Elle [[cv|affirme]] que cette baisse reflète « strictement » l'effondrement des cours du beurre et de la poudre de lait.

L'[[org|Organisation de producteurs Bessin-Bocage]] ([[org|OPBB]]) [[cv|conteste]] ce calcul. Son président, [[per|Thierry Lemarquand]], [[cv|soutient]] que la coopérative a vendu à l'avance une grande partie de sa production à des prix plus élevés et « garde la marge pour financer sa nouvelle tour de séchage de [[pl|Saint-Lô]] ». Il [[ne|n'a présenté aucun chiffre]] à l'appui. [[per|Lemarquand]] [[cv|accuse]] aussi la direction d'ignorer les indicateurs de coûts de production prévus par la loi EGalim.

Le directeur général, [[per|Antoine Fauvel]], [[cv|nie]] tout lien avec l'investissement, financé « à 70 % par emprunt ». Il [[cv|assure]] que les comptes seront présentés en juin « au centime près ».

[[vs|Selon un administrateur de la coopérative]], le conseil [[cd|aurait]] envisagé en décembre un prix de 430 euros avant de reculer sous la pression de la banque. [[vs|D'autres sources internes]] évoquent un désaccord entre les sections du [[pl|Calvados]] et de la [[pl|Manche]]. Ces informations [[ne|n'ont pas été confirmées]] par la direction, qui s'en tient à son communiqué.

[[vs|Plusieurs éleveurs rencontrés à [[pl|Isigny-sur-Mer]]]] [[cv|prétendent]] même que du lait [[cd|serait]] acheté en [[st|Allemagne]] pour remplir la tour de séchage à moindre coût. La coopérative parle d'« une rumeur absurde » ; [[ne|aucun élément ne vient étayer]] cette affirmation à ce stade.

Du côté syndical, la [[org|FDSEA du Calvados]] appelle à « la raison » et [[cv|martèle]] que la crise est d'abord celle des marchés mondiaux. La [[org|Confédération paysanne]] [[cv|accuse]] au contraire les coopératives de « se comporter comme des industriels privés ».

Le marché [[hd|semble]] pourtant se retourner. [[vs|Selon plusieurs courtiers]], le prix du beurre a repris 6 % en février, et une hausse du prix de base [[cd|pourrait]] intervenir dès le deuxième trimestre. « Si la tendance se confirmait, on [[cd|devrait]] revenir au-dessus de 430 euros avant l'été », estime [[per|Sophie Hamelin]], économiste à l'[[org|Institut de l'élevage]].

En attendant, la trésorerie des exploitations souffre. [[per|Julien Marie]], qui trait 90 vaches à [[pl|Trévières]], calcule une perte de 2 500 euros par mois. « Le mois dernier, la coopérative nous expliquait que tout allait bien », soupire-t-il. Le médiateur des relations commerciales agricoles [[cd|serait]] prochainement saisi par l'[[org|OPBB]], [[vs|selon nos informations]].
"""},
{"id": "b16-fr-strasbourg", "lang": "fr", "typo": "nbsp",
 "source": SRC + "Alsace regional science news (Strasbourg), science/energy: microearthquakes near a deep geothermal plant",
 "text": """
Séismes en [[pl|Alsace]] : une étude pointe la géothermie profonde, l’exploitant [[cv|conteste]]

[[org|Rhin Sciences]] – Par [[per|Camille Oberlé]] – [[pl|Strasbourg]], 5 février 2027

Une équipe de l’[[org|École et observatoire des sciences de la Terre]] ([[org|EOST]]) publie cette semaine dans une revue de géophysique une analyse de 1 140 microséismes enregistrés depuis 2024 au nord de [[pl|Strasbourg]]. Selon l’étude, la quasi-totalité de ces secousses, dont une de magnitude 3,1 ressentie en juillet à [[pl|Hoerdt]], est « très [[hd|probablement]] » liée aux injections d’eau de la centrale géothermique exploitée par [[org|Géothermie Rhénane SAS]].

Les sismologues ont comparé l’heure des secousses avec les volumes injectés. « La corrélation est nette : quand les débits augmentent, l’activité augmente quelques heures plus tard », explique [[per|Lucie Reinbolt]], première autrice. Elle reconnaît toutefois que le mécanisme exact reste incertain et que les failles concernées sont [[hd|probablement]] plus profondes que prévu.

L’exploitant [[cv|conteste]] ces conclusions. Dans un communiqué, [[org|Géothermie Rhénane]] [[cv|affirme]] que « les pressions d’injection sont restées en permanence sous les seuils autorisés » et [[cv|soutient]] qu’une partie des secousses est d’origine naturelle, la région étant naturellement sismique. Le communiqué [[ne|ne s’appuie sur aucune donnée publiée]]. Son directeur, [[per|Stefan Kübler]], a refusé notre demande d’entretien.

Le souvenir de [[pl|Vendenheim]] pèse sur le dossier : en 2020, une série de séismes avait conduit la préfecture à arrêter définitivement un autre projet. [[vs|Des riverains]] [[cv|accusent]] aujourd’hui la [[org|préfecture du Bas-Rhin]] de « refaire les mêmes erreurs ». [[vs|Selon un collectif d’habitants de [[pl|Reichstett]]]], une centaine de maisons [[cd|présenteraient]] des fissures récentes ; ce chiffre [[ne|n’a pas pu être vérifié]].

Le [[org|Bureau de recherches géologiques et minières]] ([[org|BRGM]]) a été chargé d’une contre-expertise. [[vs|Un géologue du bureau]], qui ne souhaite pas être nommé, estime que l’étude de l’[[org|EOST]] « tient la route », mais que la part naturelle de la sismicité « [[cd|mériterait]] d’être mieux quantifiée ».

Ce n’est pas qu’un débat local. L’[[st|Allemagne]] voisine mise aussi sur la géothermie le long du [[pl|Rhin]], et la [[org|Commission européenne]] finance une partie du projet. [[vs|Certains chercheurs]] [[cv|assurent]] que l’arrêt de la centrale [[cd|serait]] une erreur : la chaleur qu’elle fournit alimente 9 000 logements de l’[[org|Eurométropole de Strasbourg]]. [[vs|D’autres]] [[cv|affirment]] qu’aucune chaleur ne vaut un risque pour les habitations.

La préfète a indiqué que les injections [[cd|pourraient]] être réduites de moitié dès lundi, le temps de la contre-expertise. « On ne mesurait pas ce risque il y a dix ans », a-t-elle ajouté. L’exploitant, qui espérait doubler sa production d’ici 2029, [[hd|paraît]] désormais résigné à revoir ses ambitions.
"""},
{"id": "b16-fr-clermont", "lang": "fr", "typo": None,
 "source": SRC + "Auvergne sports website (Clermont-Ferrand), sport: rugby club, salary cap suspicions and a recruitment row",
 "text": """
Pro D2 : le [[org|Stade montluçonnais]] dans le viseur du salary cap, le président [[cv|dément]]

[[org|Auvergne Ovalie]] – Par [[per|Bastien Chabrol]] – Publié le 12 mars 2027 à 18 h 05

Rien ne va plus à [[pl|Montluçon]]. Deux jours après la victoire bonifiée contre [[org|Aurillac]] (38-17), le [[org|Stade montluçonnais]] se retrouve au cœur d’une enquête du salary cap manager de la [[org|Ligue nationale de rugby]] ([[org|LNR]]). [[vs|Selon plusieurs sources concordantes]], la [[org|LNR]] s’intéresse à des primes d’image versées à trois joueurs étrangers par une société de [[pl|Clermont-Ferrand]].

Le président du club, [[per|Jean-Michel Roudaire]], [[cv|dément]] toute irrégularité. « Nos comptes sont validés chaque année par la [[org|DNACG]]. Il n’y a rien à cacher », a-t-il [[cv|assuré]] lundi devant la presse. Il [[cv|accuse]] un « club concurrent » d’être à l’origine de la dénonciation, [[ne|sans en apporter la preuve]] ni le nommer.

D’après le règlement, un dépassement du plafond [[cd|pourrait]] coûter au club jusqu’à dix points au classement. Une sanction qui [[cd|ruinerait]] ses espoirs de phase finale : le club pointe à la quatrième place.

Les sommes en jeu restent floues. [[vs|Un agent de joueurs]] évoque « plus de 200 000 euros sur deux saisons ». [[vs|D’autres interlocuteurs]] parlent de montants bien inférieurs. Ces chiffres, [[hd|sans doute]] gonflés, [[ne|n’ont pu être vérifiés]] par notre rédaction. La société en question, [[org|Volcans Conseil]], [[hd|apparemment]] dirigée par un ancien joueur du club, n’a pas répondu à nos sollicitations.

L’affaire tombe au plus mal. Le club négocie l’arrivée du demi d’ouverture géorgien [[per|Levan Kharaishvili]], et [[vs|la presse géorgienne]] [[cv|affirme]] que l’accord [[cd|serait]] déjà signé. Le manager, [[per|Olivier Tixier]], parle d’« une piste parmi d’autres ». [[vs|Dans le vestiaire, on]] [[cv|assure]] pourtant que le joueur a visité les installations de la [[pl|rue du Stade-Dunlop]] la semaine dernière.

Autre dossier sensible : le contrôle antidopage subi en février par le pilier [[per|Romain Bessière]]. [[vs|Des supporters]] [[cv|prétendent]] sur les réseaux sociaux que le résultat [[cd|aurait]] été positif. L’[[org|Agence française de lutte contre le dopage]] ([[org|AFLD]]) ne commente jamais une procédure en cours. Le club parle de rumeurs « [[ne|infondées]] » et [[cv|soutient]] que le joueur est simplement blessé à l’épaule.

Pour l’entraîneur des avants, [[per|Mathieu Vergne]], le groupe ne se laisse pas distraire. « Si on écoutait tout ce qui se dit en ville, on ne [[cd|jouerait]] plus », sourit-il. Le [[org|Stade montluçonnais]] se déplace samedi à [[pl|Nevers]], où il espérait il y a un mois encore conforter sa place dans le top 6. Une défaite, couplée à une sanction, [[cd|pourrait]] le renvoyer en milieu de tableau.

La [[org|LNR]] [[cd|devrait]] rendre ses conclusions avant la fin avril, [[vs|selon un proche du dossier]].
"""},
{"id": "b16-fr-lausanne", "lang": "fr", "typo": None,
 "source": SRC + "Vaud daily (Lausanne), housing: Q&A with a tenants' association head on rents and evictions; Swiss typography (no space before ? ! ; and inside «»)",
 "text": """
«Les bailleurs savent qu'ils ne risquent presque rien»

Logement - La pénurie d'appartements s'aggrave dans le canton. Entretien avec [[per|Nathalie Cuendet]], présidente de l'[[org|Asloca Vaud]].

[[org|Léman Matin]] - Propos recueillis par [[per|David Rochat]], [[pl|Lausanne]], 22 septembre 2026

Le taux de logements vacants est tombé à 0,6% dans le canton de [[pl|Vaud]]. Êtes-vous surprise?
Pas du tout. On le voit chaque jour dans nos permanences de [[pl|Lausanne]], [[pl|Renens]] ou [[pl|Yverdon-les-Bains]]: des familles qui cherchent depuis un an, des étudiants qui dorment chez des amis.

[[vs|Les milieux immobiliers]] [[cv|affirment]] que la faute revient aux oppositions contre les nouveaux projets. Que leur répondez-vous?
Qu'ils le répètent depuis vingt ans [[ne|sans jamais chiffrer]] ces fameuses oppositions. La [[org|Chambre vaudoise immobilière]] parle de «milliers de logements bloqués». Nous avons demandé la liste: [[ne|nous ne l'avons jamais reçue]].

Vous [[cv|accusez]] certains propriétaires de pratiquer des «congés-rénovations». De quoi s'agit-il?
On résilie le bail, on refait la cuisine, et on reloue 40% plus cher. [[vs|Selon nos juristes]], près d'un congé sur trois contesté cette année concernait ce type d'opération. Les bailleurs savent qu'ils ne risquent presque rien.

[[vs|Certains propriétaires]] [[cv|prétendent]] que les rendements sont trop faibles pour entretenir les immeubles...
Ils le disent, mais le [[org|Tribunal fédéral]] a lui-même rappelé en 2020 quel rendement est admissible. [[vs|Une gérance de [[pl|Morges]]]] nous a [[cv|soutenu]] récemment qu'un loyer de 2800 francs pour un trois-pièces était «le prix du marché». Ce n'est pas un argument juridique.

Le [[org|Conseil d'État]] prépare une loi sur les logements d'utilité publique. Est-ce suffisant?
C'est un pas. Mais [[vs|selon des sources au sein de l'administration]], le projet [[cd|serait]] déjà édulcoré pour plaire à la majorité du [[org|Grand Conseil]]. Si c'était le cas, nous [[cd|lancerions]] un référendum. Je [[ne|ne peux pas encore vous le confirmer]], le texte n'a pas été rendu public.

La Confédération a aussi son rôle à jouer?
[[st|Berne]] [[cv|assure]] que le taux de référence hypothécaire suffit à protéger les locataires. Il [[cd|faudrait]] au moins que les baisses de ce taux soient répercutées automatiquement. Aujourd'hui, c'est au locataire de les réclamer, et beaucoup n'osent pas.

[[vs|On]] entend que des investisseurs étrangers [[cd|achèteraient]] des immeubles entiers à [[pl|Lausanne]]. Est-ce vrai?
C'est [[hd|vraisemblablement]] exagéré. Il y a des fonds, oui, mais surtout suisses, comme des caisses de pension. [[vs|On]] [[cv|prétend]] aussi que [[pl|Zurich]] [[cd|serait]] pire: ce n'est plus vrai depuis deux ans.

Votre conseil aux locataires?
Contester systématiquement le loyer initial. C'est gratuit et, d'après nos statistiques, ça marche une fois sur deux.
"""},
{"id": "b16-fr-lafayette", "lang": "fr", "typo": "nbsp",
 "source": SRC + "Louisiana French-language news website (Lafayette), culture: live blog on a fire at a Cajun music archive",
 "text": """
EN DIRECT – Incendie aux archives de la musique cadienne à [[pl|Lafayette]] : l’hypothèse criminelle évoquée

[[org|Gazette des Prairies]] – Fil suivi par [[per|Émilie Thibodeaux]] et [[per|Rémi Guidry]]

21 h 10 – Le chef des pompiers, [[per|Darnell Broussard]], annonce que l’incendie est maîtrisé. Environ un tiers des bandes magnétiques [[cd|auraient]] été détruites, selon un premier bilan de l’université. « C’est une perte immense, mais pas totale », a-t-il dit.

20 h 25 – [[vs|Des témoins]] [[cv|affirment]] avoir vu deux hommes, [[hd|peut-être]] des adolescents, quitter le bâtiment par l’issue de secours peu avant 17 heures. Le [[org|Lafayette Police Department]] indique « examiner toutes les pistes » et [[ne|ne confirme pas]] ces témoignages à ce stade.

19 h 40 – Sur les réseaux sociaux, [[vs|plusieurs comptes]] [[cv|accusent]] un promoteur immobilier qui convoitait le terrain. Ces accusations circulent [[ne|sans aucun élément vérifiable]]. Nous ne publierons pas le nom cité.

19 h 05 – Le directeur du [[org|Centre d’archives Bayou Teche]], [[per|Paul-Antoine Hébert]], [[cv|assure]] que le système d’alarme fonctionnait. « Il a été révisé en mars », [[cv|soutient]]-il. [[vs|Un ancien employé]], joint par téléphone, [[cv|prétend]] au contraire que les détecteurs du sous-sol étaient hors service « depuis l’hiver ». Nous n’avons [[ne|pas pu vérifier ses dires]].

18 h 30 – Le [[org|Conseil pour le développement du français en Louisiane]] ([[org|CODOFIL]]) parle d’un « drame pour toute la [[pl|Louisiane]] francophone ». Sa présidente, [[per|Claudine Fontenot]], rappelle que certaines bandes, enregistrées dans les années 1950 à [[pl|Mamou]] et à [[pl|Eunice]], n’avaient jamais été numérisées.

17 h 55 – Le feu [[cd|aurait]] pris au rez-de-chaussée, côté entrepôt. [[vs|Selon une source policière]], une odeur d’essence [[cd|aurait]] été signalée par les premiers pompiers arrivés sur place. L’information [[ne|n’a pas été confirmée officiellement]].

17 h 20 – L’[[org|Université de Louisiane à Lafayette]], propriétaire du bâtiment, fait évacuer le campus voisin. Le gouverneur [[cd|devrait]] s’exprimer dans la soirée depuis [[pl|Bâton-Rouge]].

17 h 05 – Une épaisse fumée noire s’élève au-dessus de la [[pl|rue Johnston]]. [[vs|Des habitants]] parlent d’explosions. [[hd|Probablement]] des bouteilles de gaz du restaurant voisin, estime [[vs|un pompier sur place]].

Rappel du contexte – Le centre conserve plus de 9 000 heures d’enregistrements de musique cadienne et créole, dont des fonds légués par la [[org|Bibliothèque du Congrès]] des [[st|États-Unis]]. Son déménagement vers un bâtiment climatisé, réclamé depuis 2019, [[cd|aurait]] coûté 4 millions de dollars. [[vs|Certains musiciens]] [[cv|accusent]] depuis des années les autorités de l’État d’avoir « laissé pourrir » ce patrimoine ; [[pl|Bâton-Rouge]] a toujours [[cv|nié]] tout désintérêt. Le violoneux [[per|Wade Benoit]], joint ce soir, le résume ainsi : « Si on avait écouté les musiciens, on n’en [[cd|serait]] pas là. »
"""},
]
