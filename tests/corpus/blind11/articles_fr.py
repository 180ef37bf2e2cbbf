# -*- coding: utf-8 -*-
"""Blind set 11, French articles (invented events, people, companies and outlets). Markup: [[tag|text]]."""
SRC = "written for ClaimLens blind set 11 (invented events and people); register: "

ARTICLES = [
{"id": "b11-fr-oran", "lang": "fr", "typo": "nbsp",
 "source": SRC + "Algerian French-language daily (Oran), local news: allocation of public housing",
 "text": """
Logements sociaux à [[pl|Bir El Djir]] : des recalés [[cv|accusent]] la daïra de favoritisme, la wilaya [[cv|dément]]

Par [[per|Nassima Bensaïd]] | [[org|Wahran Info]] | 14 mars 2026

La publication, jeudi, de la liste des 1 200 bénéficiaires de logements publics locatifs de la commune de [[pl|Bir El Djir]], à l'est d'[[pl|Oran]], a provoqué la colère de dizaines de familles recalées. Vendredi matin, plusieurs centaines de personnes se sont rassemblées devant le siège de la daïra, bloquant pendant trois heures la route du pôle universitaire.

Les protestataires [[cv|affirment]] que des logements ont été attribués à des personnes qui possèdent déjà un bien, voire à des proches d'élus. « J'ai déposé mon dossier en 2009, et des voisins inscrits en 2019 sont sur la liste », [[cv|assure]] [[per|Houari Mekki]], père de cinq enfants qui vit dans un garage aménagé à [[pl|Hai Sabah]]. [[vs|Selon un membre de la commission d'attribution qui a requis l'anonymat]], une soixantaine de noms [[cd|auraient]] été ajoutés « après la clôture des enquêtes sociales », sur instruction d'un cadre de la wilaya. Il [[ne|n'a fourni aucun document]] pour étayer ses dires.

Contactés par notre journal, les services de la wilaya [[cv|démentent]] toute irrégularité. Dans un communiqué, ils [[cv|soutiennent]] que la liste a été « établie dans la transparence la plus totale » et rappellent que les recours peuvent être déposés pendant huit jours. Le chef de daïra, [[per|Abdelkader Zitouni]], a indiqué que chaque dossier contesté [[cd|serait]] réexaminé « au cas par cas » et que les bénéficiaires déjà propriétaires [[cd|seraient]] radiés.

[[vs|Des sources proches du dossier]] évoquent par ailleurs une enquête de l'[[org|Inspection générale des finances]] ([[org|IGF]]) qui [[cd|aurait]] été ouverte dès janvier sur les attributions de 2024 dans trois communes de l'est oranais. L'[[org|IGF]], rattachée au [[org|ministère des Finances]], n'a pas confirmé.

Sur les réseaux sociaux, une vidéo montrant un élu local remettant des clés avant la publication officielle circule depuis samedi. Son authenticité [[ne|n'a pas pu être vérifiée]] par notre rédaction. L'élu en question, [[per|Mourad Belhadj]], membre de l'assemblée populaire communale, [[cv|nie]] être la personne filmée et [[cv|dénonce]] un « montage » destiné à lui nuire.

[[vs|Plusieurs élus de l'opposition]] [[cv|accusent]] de leur côté l'exécutif communal d'avoir « recyclé » des listes de 2022, déjà contestées à l'époque. [[st|Alger]], qui a promis 40 000 logements supplémentaires dans la région d'ici 2027, n'a pas réagi.

L'association [[org|Rassemblement citoyen pour le logement]] demande la publication intégrale des enquêtes sociales. « C'est [[hd|probablement]] la pire distribution depuis dix ans », lance son président, [[per|Kamel Ould Ali]]. Pour [[per|Ould Ali]], la commission [[cd|devrait]] siéger en public : « Sinon, on [[cd|pourrait]] revivre les émeutes de 2022. »

Une nouvelle réunion entre les représentants des familles et la daïra est prévue mardi.

Lire aussi : [[pl|Oran]] : le chantier du tramway vers [[pl|Es Senia]] prend encore du retard
"""},

{"id": "b11-fr-ouaga", "lang": "fr", "typo": None,
 "source": SRC + "Burkinabè news website (Ouagadougou), mining: collapse at an artisanal gold site next to an industrial mine",
 "text": """
Éboulement sur le site d’orpaillage de [[pl|Kalsaka-Nord]] : les orpailleurs [[cv|accusent]] les tirs de mine de [[org|Sahel Gold Resources]]

[[org|Faso Actu 24]] – 22 février 2026 à 10h12 – Par [[per|Issouf Compaoré]]

Au moins sept orpailleurs ont trouvé la mort et une douzaine d’autres sont portés disparus après l’effondrement, dans la nuit de vendredi à samedi, de plusieurs galeries du site artisanal de [[pl|Kalsaka-Nord]], dans la province du [[pl|Yatenga]]. Le bilan provisoire a été communiqué dimanche par le haut-commissaire de la province, [[per|Adama Sawadogo]], qui a précisé que les recherches se poursuivaient.

Sur place, la colère vise la société minière [[org|Sahel Gold Resources]] ([[org|SGR]]), qui exploite une mine industrielle à moins de deux kilomètres. [[vs|Plusieurs orpailleurs rencontrés samedi]] [[cv|affirment]] avoir entendu « des explosions plus fortes que d’habitude » quelques heures avant l’éboulement. « Ce sont leurs tirs qui ont fissuré la roche. Tout le monde ici le sait », [[cv|soutient]] [[per|Boukary Ouédraogo]], responsable d’un groupe de creuseurs.

Dans un communiqué publié dimanche soir, [[org|SGR]] [[cv|rejette]] « catégoriquement » tout lien entre ses activités et le drame. La société [[cv|assure]] qu’aucun tir n’a eu lieu depuis le mercredi précédent et que ses sismographes n’ont enregistré « aucune vibration anormale ». Elle [[ne|n’a cependant pas rendu publics ces relevés]], que notre rédaction a demandés.

[[vs|Selon une source à la direction régionale des mines]], les galeries [[cd|auraient]] été creusées bien au-delà du périmètre autorisé, jusqu’à une quarantaine de mètres de profondeur, sans boisage. Le site [[cd|serait]] par ailleurs sous le coup d’un arrêté de fermeture depuis novembre, [[hd|apparemment]] jamais appliqué. Le [[org|ministère de l’Énergie, des Mines et des Carrières]] n’a pas réagi à nos sollicitations.

L’[[org|Agence nationale d’encadrement des exploitations minières artisanales et semi-mécanisées]] ([[org|ANEEMAS]]) a dépêché une équipe sur place. Son directeur technique, [[per|Rasmané Kaboré]], a indiqué que l’enquête [[cd|devrait]] déterminer « si des vibrations extérieures ont pu jouer un rôle ». Il a ajouté qu’aucune conclusion ne [[cd|pourrait]] être tirée avant plusieurs semaines.

[[vs|Des habitants du village voisin]] [[cv|accusent]] de leur côté la gendarmerie d’avoir laissé le site rouvrir en échange de « contributions ». Ces accusations, lancées [[ne|sans preuve]] lors d’une réunion publique samedi, ont été qualifiées de « fantaisistes » par le commandant de brigade.

Ce n’est pas le premier drame dans la zone. En 2024, un éboulement avait fait cinq morts sur un site proche de [[pl|Ouahigouya]]. [[vs|Des organisations de la société civile]] estiment que l’orpaillage fait vivre plus d’un million de personnes au [[st|Burkina Faso]], et que les fermetures administratives [[hd|semblent]] rarement suivies d’effet.

[[per|Boukary Ouédraogo]], lui, veut retourner creuser dès que les corps auront été remontés. « On n’a pas le choix. »

À lire aussi : [[pl|Yatenga]] : les cours de l’or font flamber le prix des motopompes
"""},

{"id": "b11-fr-kinshasa", "lang": "fr", "typo": "nnbsp",
 "source": SRC + "Congolese (DRC) fact-checking site, 'Vrai ou faux' column: viral audio about a vaccination campaign",
 "text": """
Vrai ou faux ? Non, le vaccin contre la rougeole distribué à [[pl|Kisangani]] ne rend pas stérile

VÉRIF' | [[org|Vérité Congo]] | Par [[per|Grâce Mbuyi]] | 3 juin 2026

L'affirmation : [[vs|un message vocal de quatre minutes]], partagé des milliers de fois sur [[org|WhatsApp]] depuis la fin mai, [[cv|affirme]] que les doses de vaccin utilisées dans la campagne de vaccination contre la rougeole dans la province de la [[pl|Tshopo]] [[cd|contiendraient]] « un produit qui rend les filles stériles ». Notre verdict : FAUX.

Que dit le message ?

[[vs|La voix]], qui se présente comme celle d'« un infirmier de l'hôpital général », [[cv|assure]] que les flacons [[cd|auraient]] été « envoyés par des Blancs pour réduire la population » et que des médecins [[cd|auraient]] refusé de les administrer. L'auteur ne donne ni son nom, ni celui des médecins, ni celui de l'hôpital. Il [[ne|ne cite aucune analyse]] à l'appui de ses dires.

Qu'avons-nous vérifié ?

Nous avons contacté la division provinciale de la santé de la [[pl|Tshopo]]. Son chef, le docteur [[per|Jean-Pierre Lokuli]], a indiqué que les doses provenaient du stock national, acheminé depuis [[pl|Kinshasa]] le 12 mai, et qu'aucun refus de médecin n'avait été signalé. Le vaccin utilisé est un vaccin combiné rougeole-rubéole administré depuis des décennies dans le monde.

[[vs|Deux infirmiers de l'hôpital général de [[pl|Kisangani]] joints par téléphone]] disent ne pas reconnaître la voix du message. Ils ont toutefois demandé à ne pas être cités par crainte de représailles.

L'[[org|Organisation mondiale de la santé]] ([[org|OMS]]) rappelle pour sa part qu'[[ne|aucune étude n'a jamais établi]] de lien entre ce vaccin et l'infertilité. La rumeur n'est pas nouvelle : des messages presque identiques avaient circulé au [[st|Cameroun]] et au [[st|Nigeria]] dans les années 2010, [[ne|sans jamais être étayés]].

Pourquoi ce message circule-t-il ?

La campagne a démarré alors que la province compte plus de 2 000 cas suspects de rougeole depuis janvier, [[vs|selon les autorités sanitaires]]. Le taux de couverture vaccinale [[cd|serait]] tombé sous les 60 % dans certaines zones de santé. [[vs|Des responsables de la riposte]] [[cv|affirment]] que la rumeur a déjà fait reculer la fréquentation de certains centres, un effet que [[ne|nous n'avons pas pu mesurer]].

Le ministre provincial de la Santé, [[per|Dieudonné Asani]], [[cv|accuse]] « des personnes mal intentionnées » de vouloir saboter la campagne, [[ne|sans nommer qui que ce soit]]. [[per|Asani]] a annoncé une plainte contre X.

Notre conclusion

Le message vocal [[ne|ne repose sur aucun élément vérifiable]]. Son auteur [[hd|prétendu]] n'a pas pu être identifié et les faits qu'il décrit sont [[cv|démentis]] par les autorités sanitaires et par les soignants que nous avons joints. Le vaccin n'a aucun effet connu sur la fertilité.

Vous avez vu passer une information douteuse ? Écrivez-nous au numéro de [[org|Vérité Congo]].
"""},

{"id": "b11-fr-libreville", "lang": "fr", "typo": "nbsp",
 "source": SRC + "Gabonese daily (Libreville), obituary: a singer and former minister",
 "text": """
Disparition : [[per|Jean-Rémy Obiang Nzé]], la voix qui faisait danser l’[[pl|Estuaire]]

[[org|Nyanga Info]] – Nécrologie – Par [[per|Carine Mouele]]

Il avait chanté pour trois présidents et en avait critiqué deux. [[per|Jean-Rémy Obiang Nzé]], figure de la musique gabonaise et ancien ministre de la Culture, est mort dimanche à [[pl|Libreville]] à l’âge de 78 ans, a annoncé sa famille. Les causes du décès n’ont pas été précisées.

Né en 1948 à [[pl|Oyem]], dans le nord du pays, le jeune [[per|Obiang Nzé]] monte à [[pl|Libreville]] à dix-sept ans avec une guitare empruntée. Au début des années 1970, il fonde l’orchestre Les [[org|Flambeaux de l’Ogooué]], dont le tube « Mama Akanda » tourne sur toutes les radios d’[[pl|Afrique centrale]]. Il [[cv|affirmait]] volontiers avoir écrit la chanson en une nuit, dans une chambre de l’hôtel où il travaillait comme veilleur. [[vs|D’anciens membres du groupe]] [[cv|soutiennent]] au contraire que le morceau est une œuvre collective, ce que le chanteur a toujours [[cv|contesté]].

Sa carrière politique commence en 1993. Élu député sous les couleurs du [[org|Rassemblement des patriotes gabonais]], il devient ministre de la Culture en 1998. Il [[cd|aurait]] alors obtenu la création de la première caisse de retraite pour les artistes, [[vs|selon ses proches]], même si le décret ne porte pas sa signature. Limogé en 2002, il [[cv|accuse]] publiquement « [[vs|certains cercles du palais]] » de l’avoir écarté pour ses chansons jugées trop critiques. Il [[ne|n’en a jamais apporté la preuve]].

Ces dernières semaines, [[vs|des messages circulant sur les réseaux sociaux]] [[cv|affirmaient]] que l’artiste avait été empoisonné. Sa fille aînée, [[per|Solange Obiang]], [[cv|dément]] formellement. « Mon père était malade depuis longtemps. Ces rumeurs sont une insulte à sa mémoire », a-t-elle déclaré lundi.

Le [[org|ministère de la Culture]] a salué « un monument de notre patrimoine ». [[vs|Plusieurs musiciens de la nouvelle génération]] estiment que le chanteur a [[hd|sans doute]] ouvert la voie à la rumba gabonaise moderne. Le rappeur [[per|Kévin Ndong]], dit « [[per|K-Dong]] », qui avait repris « Mama Akanda » en 2019, se souvient d’un homme « exigeant, parfois dur, mais toujours généreux ». 

Des obsèques nationales [[cd|pourraient]] être organisées, [[vs|selon une source gouvernementale]], mais la famille n’a pas encore fixé de date. L’inhumation [[cd|devrait]] avoir lieu à [[pl|Oyem]].

[[per|Jean-Rémy Obiang Nzé]] laisse six enfants et une vingtaine d’albums, dont plusieurs jamais réédités. Selon [[org|Radio Akanda FM]], qui lui consacre une soirée spéciale vendredi, au moins deux enregistrements inédits [[cd|dormiraient]] dans les archives de la station.

Photo : [[org|Nyanga Info]] / archives
"""},

{"id": "b11-fr-cotonou", "lang": "fr", "typo": None,
 "source": SRC + "wire agency dispatch (invented West African agency), trade: fuel smuggling between Benin and Nigeria",
 "text": """
[[st|Bénin]]-[[st|Nigeria]] : saisie record d'essence de contrebande, [[st|Abuja]] [[cv|accuse]] des réseaux protégés

[[pl|COTONOU]], 9 avril 2026 ([[org|AGP]]) - Les douanes béninoises ont saisi dans la nuit de mardi à mercredi près de 180 000 litres d'essence de contrebande dans un entrepôt de [[pl|Sèmè-Kpodji]], à une dizaine de kilomètres de la frontière nigériane, a annoncé mercredi la [[org|Direction générale des douanes]].

Il s'agit de la plus importante saisie de ce type depuis la suppression des subventions aux carburants au [[st|Nigeria]] en 2023, qui avait provoqué un effondrement du trafic d'essence dite « kpayo ». [[vs|Selon une source douanière]], le carburant [[cd|aurait]] été acheminé par pirogues depuis [[pl|Badagry]], côté nigérian, à la faveur d'une nouvelle baisse du naira. Quatre personnes ont été interpellées.

À [[st|Abuja]], le [[org|ministère nigérian des Finances]] a salué la saisie, tout en [[cv|accusant]] « des réseaux criminels protégés de part et d'autre de la frontière » d'organiser le trafic. [[vs|Un haut responsable nigérian cité par la presse locale]] [[cv|affirme]] que des agents béninois [[cd|seraient]] rémunérés pour fermer les yeux, une accusation formulée [[ne|sans fournir de preuves]].

[[st|Cotonou]] [[cv|rejette]] ces allégations. Le porte-parole du gouvernement béninois, [[per|Hervé Gbaguidi]], a [[cv|assuré]] que « la saisie elle-même prouve l'engagement du [[st|Bénin]] » contre la fraude. Il a ajouté que les deux pays [[cd|devraient]] réunir leur commission mixte de sécurité frontalière « dans les prochaines semaines ».

Le propriétaire [[hd|présumé]] de l'entrepôt, un homme d'affaires de [[pl|Porto-Novo]] identifié par la police sous les initiales K.A., [[cd|serait]] en fuite. Son avocat, Me [[per|Rodrigue Ahouansou]], [[cv|nie]] toute implication de son client, qui [[cv|soutient]] avoir loué le bâtiment « à des inconnus ».

Le trafic d'essence, longtemps toléré, fait vivre des milliers de familles dans le sud du pays. [[vs|Des revendeurs interrogés par l'[[org|AGP]]]] [[cv|affirment]] que les prix à la pompe [[cd|pourraient]] bondir si la frontière était de nouveau fermée, comme en 2019. « Le litre de kpayo coûte déjà 650 francs CFA. Avec les contrôles, il risque de passer à 800 », estime [[per|Fidèle Houngbo]], qui tient un point de vente à [[pl|Akpakpa]].

[[vs|Des experts]] jugent [[hd|probable]] une reprise du trafic si l'écart de prix se creuse encore. L'[[org|Autorité de régulation des hydrocarbures]] n'a pas souhaité commenter.

Le [[org|Programme alimentaire mondial]] et la [[org|Commission de la Cédéao]] ont déjà alerté sur les effets des fermetures de frontières sur le commerce régional de denrées, qui emprunte les mêmes routes.

Le procès des quatre suspects [[cd|devrait]] s'ouvrir devant la [[org|Cour de répression des infractions économiques et du terrorisme]] ([[org|CRIET]]).

sc-jk/agp
"""},

{"id": "b11-fr-papeete", "lang": "fr", "typo": "nnbsp",
 "source": SRC + "French Polynesian news site (Papeete), business: pearl cooperative annual results and buyers' cartel suspicion",
 "text": """
Perle de culture : les ventes de la coopérative [[org|Poe Rava Nui]] chutent de 30 %, les producteurs [[cv|accusent]] les acheteurs

Économie – [[org|Fenua Matin]] – 28/10/2026 à 17:40

[[pl|PAPEETE]] – L’année a été rude pour la perle noire. La coopérative [[org|Poe Rava Nui]], qui regroupe 84 fermes perlières des [[pl|Tuamotu]] et des [[pl|Gambier]], a présenté mardi des résultats en forte baisse : 412 millions de francs Pacifique de chiffre d’affaires sur l’exercice clos fin juin, contre 590 millions un an plus tôt. Le résultat net est négatif pour la première fois depuis 2015.

Le président de la coopérative, [[per|Teva Tetuanui]], attribue ce recul à l’effondrement des prix lors des ventes aux enchères internationales. Le prix moyen du gramme est passé de 1 250 à 860 francs. « Les acheteurs se sont entendus pour ne pas monter. C’était flagrant », [[cv|affirme]]-t-il. [[vs|Selon plusieurs producteurs présents à la vente de septembre]], trois négociants de [[pl|Hong Kong]] [[cd|auraient]] « coordonné » leurs offres en se répartissant les lots à l’avance.

Interrogé par notre rédaction, [[per|Tetuanui]] reconnaît [[ne|ne disposer d’« aucune preuve écrite »]]. La coopérative a néanmoins saisi l’[[org|Autorité polynésienne de la concurrence]], qui n’a pas indiqué si elle [[cd|ouvrirait]] une enquête.

Le principal négociant mis en cause, la société [[org|Golden Lagoon Trading]], [[cv|dément]] toute entente. Son représentant à [[pl|Papeete]], [[per|Marc Lai]], [[cv|assure]] que la baisse s’explique « par la qualité des lots, tout simplement » et par le ralentissement de la demande chinoise. « Certaines perles présentées avaient une nacre trop fine », [[cv|soutient]]-il.

Un constat partagé, en partie, par la direction des ressources marines. [[vs|Un technicien de la direction]] indique que la hausse de la température de l’eau en 2025 [[cd|aurait]] réduit l’épaisseur de nacre dans plusieurs lagons. Les analyses définitives [[cd|devraient]] être publiées en décembre.

[[vs|Des observateurs du secteur]] rappellent que le nombre d’acheteurs se réduit d’année en année, ce qui rend [[hd|vraisemblablement]] les prix plus faciles à orienter. « Avec quatre acheteurs sérieux dans la salle, il n’y a plus vraiment d’enchères », résume [[per|Hinano Teriierooiterai]], perlicultrice à [[pl|Mangareva]].

La coopérative prévoit de réduire ses coûts et de vendre une partie de sa production en direct, en ligne, vers l’[[pl|Europe]]. Elle sollicite aussi un prêt de 60 millions auprès de la [[org|Sofidep]]. Le gouvernement de la [[pl|Polynésie française]], qui [[cd|pourrait]] garantir une partie de ce prêt, n’a pas encore tranché, [[vs|selon l’entourage du ministre des Ressources marines]].

Les prochaines enchères sont prévues en février à [[pl|Papeete]]. [[per|Teva Tetuanui]] prévient : « Si rien ne change, des fermes fermeront avant l’été. »

Lire aussi : Pêche hauturière : la flotte de thoniers tahitiens veut se renouveler
"""},

{"id": "b11-fr-martinique", "lang": "fr", "typo": "nbsp",
 "source": SRC + "Martinique news website, environment/health: sargassum strandings and a collection contract",
 "text": """
Sargasses au [[pl|Robert]] : l'entreprise de ramassage [[cv|accusée]] de laisser pourrir les algues

Publié le 17/05/2026 à 08:30, mis à jour à 12:15
[[per|Ludovic Bellance]] pour [[org|Madinina Direct]]

Une odeur d'œuf pourri, des volets fermés en pleine journée et une école fermée depuis lundi : les habitants du quartier de [[pl|Pointe Lynch]], au [[pl|Robert]], n'en peuvent plus des sargasses. Plusieurs centaines de tonnes d'algues brunes se sont échouées depuis début mai dans la baie, et une partie n'a toujours pas été ramassée.

Le collectif de riverains [[org|Baie Propre 972]] [[cv|accuse]] la société [[org|AlgoNet Caraïbes]], titulaire du marché de collecte, de « laisser pourrir volontairement » les algues pour facturer davantage d'heures de barge. « Ils viennent une fois par semaine, et repartent à moitié vides », [[cv|affirme]] sa porte-parole, [[per|Rose-Aimée Jean-Baptiste]]. Le collectif [[ne|n'a présenté aucun relevé]] pour appuyer cette accusation.

[[org|AlgoNet Caraïbes]] [[cv|conteste]] fermement. Son gérant, [[per|Fabrice Darsières]], [[cv|soutient]] que la barge a été immobilisée dix jours par une panne moteur et que la société a « doublé les équipes à terre ». Il [[cv|accuse]] à son tour la commune de ne pas avoir fourni de zone de stockage adaptée.

[[vs|Du côté de la mairie, on]] [[cv|assure]] avoir proposé deux terrains. [[vs|Selon un élu de la majorité municipale]], le contrat [[cd|pourrait]] être résilié si la situation ne s'améliore pas d'ici la fin du mois. La [[org|Collectivité territoriale de Martinique]] ([[org|CTM]]), qui finance une partie du dispositif, a demandé un rapport d'étape.

L'[[org|Agence régionale de santé]] ([[org|ARS]]) a relevé lundi des concentrations d'hydrogène sulfuré supérieures à 5 ppm près de l'école, seuil au-delà duquel elle recommande d'éloigner les personnes fragiles. [[vs|Des parents d'élèves]] [[cv|affirment]] que plusieurs enfants ont souffert de maux de tête et de vomissements. L'[[org|ARS]] indique n'avoir reçu « aucun signalement médical formel » à ce stade.

[[vs|Des chercheurs]] estiment que les échouements [[cd|devraient]] rester importants jusqu'en août. Pour [[per|Nadège Louisy-Louis]], océanographe à l'[[org|Université des Antilles]], « il est [[hd|probable]] que 2026 dépasse le record de 2025 ». Elle rappelle que les algues en décomposition peuvent aussi libérer de l'arsenic, dont les effets à long terme sur la santé [[hd|semblent]] encore mal connus.

Sur les réseaux sociaux, [[vs|un message]] [[cv|prétend]] que les algues ramassées [[cd|seraient]] rejetées en mer au large du [[pl|Vauclin]]. L'information [[ne|n'a pu être confirmée]] ; la préfecture indique n'avoir constaté aucun rejet.

Une réunion publique est prévue jeudi à 18 heures à la salle polyvalente de [[pl|Pointe Lynch]].

Lire aussi : [[pl|Sainte-Anne]] : la [[pl|plage des Salines]] rouverte après trois semaines d'échouements
"""},

{"id": "b11-fr-senat", "lang": "fr", "typo": "nnbsp",
 "source": SRC + "French national daily, parliamentary chronicle: Senate debate on a pesticide amendment",
 "text": """
Chronique parlementaire. Au [[org|Sénat]], l’amendement « semences » qui [[cd|aurait]] été rédigé par un lobby

Par [[per|Hélène Marchadier]] | Publié le 3 décembre 2026 à 23 h 05

Il est un peu plus de 21 heures, mardi, quand le sénateur [[per|Gérald Pontvianne]] ([[org|LR]], [[pl|Cher]]) défend son amendement n° 412 au projet de loi d’orientation agricole. Le texte prévoit de prolonger de trois ans une dérogation pour l’enrobage des semences de betteraves. L’hémicycle est clairsemé, et les échanges, d’abord techniques, se tendent vite.

La sénatrice écologiste [[per|Maëlle Kerjean]] brandit un document : selon elle, l’exposé des motifs reprend « mot pour mot » une note de [[org|Agrival France]], une fédération de producteurs de semences. « Ce n’est pas un amendement, c’est un copier-coller », [[cv|accuse]]-t-elle. [[vs|Selon plusieurs collaborateurs parlementaires]], la note [[cd|aurait]] circulé dans les bureaux du [[org|Palais du Luxembourg]] dès la mi-novembre.

[[per|Pontvianne]] [[cv|dément]] avoir « reçu quoi que ce soit » de la fédération. Il [[cv|assure]] avoir travaillé « avec les agriculteurs de [[pl|Vierzon]] et de [[pl|Bourges]], pas avec des lobbyistes ». [[org|Agrival France]], de son côté, « ne commente pas les travaux parlementaires », a indiqué son service de presse, sans confirmer ni infirmer l’existence de la note.

Au banc du gouvernement, la ministre déléguée [[per|Claire Auvernier]] s’en remet à la « sagesse du [[org|Sénat]] ». [[vs|À [[st|Matignon]], on]] [[cv|assure]] que l’exécutif n’a « aucune position arrêtée », ce qui, [[vs|selon un conseiller ministériel]], [[cd|reviendrait]] à laisser passer le texte.

Les débats portent aussi sur les effets sanitaires. Le rapporteur, [[per|Jean-Baptiste Lhomet]] ([[org|Union centriste]]), cite une étude [[hd|présumée]] indépendante, financée en partie par la filière, selon laquelle les résidus dans les sols [[cd|seraient]] « négligeables ». [[vs|Des scientifiques]] [[cv|contestent]] ces conclusions, rappelle [[per|Maëlle Kerjean]] — un argument balayé par le rapporteur, qui [[cv|martèle]] que « la betterave française risque de disparaître ».

Vers minuit, l’amendement est adopté par 187 voix contre 141. Le [[org|Parti socialiste]] annonce qu’il saisira le [[org|Conseil constitutionnel]] si la disposition survit à la commission mixte paritaire. La question d’un « cavalier législatif » [[cd|pourrait]] se poser, estiment [[vs|certains juristes]].

Dans les couloirs, [[vs|un sénateur centriste]] glisse que « tout le monde sait d’où vient ce texte », sans vouloir en dire plus. Il [[ne|n’a cité aucun document]].

[[org|Agrival France]] a publié mercredi matin un communiqué saluant « un vote de bon sens ».

Lire aussi : Loi agricole : ce que contient le texte adopté par l’[[org|Assemblée]]
"""},

{"id": "b11-fr-marathon", "lang": "fr", "typo": None,
 "source": SRC + "French sports daily, athletics: disputed course record at a city marathon",
 "text": """
Athlétisme : le record du marathon de la [[pl|Côte d’Opale]] remis en cause, le parcours [[cd|serait]] trop court

Par [[per|Thomas Vasseur]] · Publié le 21 octobre 2026 à 19h48

Dimanche, à [[pl|Boulogne-sur-Mer]], l’Éthiopien [[per|Tesfaye Gebremariam]] avait franchi la ligne en 2 h 04 min 37 s, pulvérisant de près de deux minutes le record de l’épreuve et signant la meilleure performance de l’année sur le sol français. Trois jours plus tard, la fête a tourné court : le parcours du [[org|Marathon de la Côte d’Opale]] [[cd|mesurerait]] entre 250 et 300 mètres de moins que les 42,195 km réglementaires.

L’alerte a été donnée par [[per|Olivier Desmarets]], un coureur amateur et ingénieur géomètre, qui a publié lundi sur son blog une analyse des traces GPS de 412 participants. Il [[cv|affirme]] qu’un rond-point du front de mer a été contourné par l’intérieur « à la suite d’une erreur de balisage ». La méthode a ses limites, reconnaît-il lui-même : les montres manquent de précision en ville.

[[vs|Selon des sources proches de la fédération]], un mesureur officiel [[cd|devrait]] se rendre sur place la semaine prochaine pour refaire le tracé. La [[org|Fédération française d’athlétisme]] ([[org|FFA]]) s’est contentée d’indiquer qu’elle « examinait les éléments portés à sa connaissance ».

L’organisateur, l’association [[org|Opale Running Events]], [[cv|dément]] toute erreur. Son président, [[per|Jean-Marc Lefebvre]], [[cv|soutient]] que le parcours a été « mesuré deux fois, au vélo étalonné » et que les barrières étaient « exactement à leur place ». Il [[cv|accuse]] « des gens jaloux du succès de l’épreuve » de vouloir « salir le travail de 600 bénévoles ». Il [[ne|n’a pas été en mesure de produire]] le certificat de mesurage, qu’il dit « en cours de renouvellement ».

Si l’erreur était confirmée, le chrono de [[per|Gebremariam]] [[cd|serait]] annulé, tout comme les qualifications obtenues par plusieurs athlètes français pour les championnats d’[[st|Europe]]. L’agent de l’Éthiopien, le Néerlandais [[per|Ruud Bakker]], juge la situation « injuste pour un athlète qui a couru ce qu’on lui a dit de courir ». « Il ne [[cd|faudrait]] pas que ce soit lui qui paie », ajoute-t-il.

Le Kényan [[per|Wilson Kiprop]], deuxième en 2 h 05 min 10 s, est dans la même situation. [[vs|Son entourage]] [[cv|assure]] qu’il n’a « aucune intention » de faire appel, quelle que soit la décision.

[[vs|Plusieurs spécialistes de la mesure de parcours]] jugent l’hypothèse de [[per|Desmarets]] « plausible », sans plus. Une erreur de 300 mètres [[hd|semble]] énorme, mais un rond-point mal balisé suffit, rappellent-ils. Les dernières mesures effectuées par [[org|World Athletics]] sur l’épreuve remontent à 2022.

Le classement, lui, reste inchangé jusqu’à nouvel ordre.

À lire aussi : Cross-country : [[per|Mathilde Peyrac]] vise un troisième titre national à [[pl|Vittel]]
"""},

{"id": "b11-fr-moroni", "lang": "fr", "typo": "nbsp",
 "source": SRC + "Comorian news website (Moroni), transport: ferry accident between Anjouan and Grande Comore",
 "text": """
Naufrage du « Mwezi Express » : l’armateur [[cv|accusé]] d’avoir surchargé le navire, [[st|Moroni]] promet une enquête

[[org|Al-Habari Comores]] | 6 août 2026, 15:20 | Par [[per|Said Ahmed Abdou]]

Le bilan du naufrage du ferry « Mwezi Express », survenu lundi soir au large d’[[pl|Anjouan]], s’est alourdi mercredi à onze morts et neuf disparus, selon la [[org|Direction de la sécurité civile]]. Quatre-vingt-sept personnes ont été secourues, dont plusieurs par des pêcheurs de [[pl|Mutsamudu]].

Le navire, exploité par la compagnie privée [[org|Comores Inter-Îles Navigation]] ([[org|CIN]]), assurait la liaison entre [[pl|Mutsamudu]] et [[pl|Moroni]]. [[vs|Selon plusieurs rescapés]], il transportait bien plus que les 120 passagers autorisés. « On était serrés jusque sur le pont, avec des sacs de ciment », [[cv|affirme]] [[per|Faïza Mohamed]], une commerçante de [[pl|Domoni]]. [[vs|Des marins du port]] [[cv|assurent]] que le ferry [[cd|aurait]] embarqué près de 200 personnes.

La [[org|CIN]] [[cv|dément]]. Son directeur général, [[per|Ibrahim Soilihi]], [[cv|soutient]] que « le manifeste indique 118 passagers » et que le bateau a été victime « d’une avarie de barre ». Il [[ne|n’a toutefois pas montré ce manifeste]] aux journalistes présents à la conférence de presse, expliquant qu’il avait été transmis aux enquêteurs.

Le gouvernement a annoncé l’ouverture d’une enquête confiée à l’[[org|Agence nationale des affaires maritimes]] ([[org|ANAM]]). Le ministre des Transports, [[per|Chamsoudine Ali]], a déclaré que les responsabilités « seront établies sans complaisance ». [[vs|D’après une source à l’[[org|ANAM]]]], le certificat de navigabilité du navire [[cd|aurait]] expiré en mars, un point que la compagnie [[cv|conteste]].

Le drame relance le débat sur la sécurité des liaisons maritimes dans l’archipel. En 2024, un accident similaire avait fait sept morts au large de [[pl|Mohéli]]. [[vs|Des associations de la diaspora]] [[cv|accusent]] les autorités de « fermer les yeux » sur les surcharges. [[vs|Certains]] vont plus loin et [[cv|affirment]], [[ne|sans la moindre preuve]], que des inspecteurs [[cd|seraient]] payés pour signer les certificats.

[[st|Paris]], qui a dépêché un hélicoptère depuis [[pl|Mayotte]] pour les recherches, a proposé une aide technique pour l’enquête. [[vs|Un diplomate en poste à [[pl|Moroni]]]] estime que la coopération [[cd|pourrait]] [[hd|éventuellement]] porter sur la formation des équipages.

Sur le quai de [[pl|Mutsamudu]], les familles attendaient toujours des nouvelles mercredi. [[per|Faïza Mohamed]] dit avoir perdu la trace de sa nièce de quatorze ans. « Elle était à côté de moi, et puis plus rien. »

Les recherches, suspendues à la tombée de la nuit, [[cd|devraient]] reprendre jeudi à l’aube, [[vs|selon les autorités portuaires]].

Lire aussi : [[pl|Anjouan]] : les prix du billet pour [[pl|Mayotte]] s’envolent
"""},
]
