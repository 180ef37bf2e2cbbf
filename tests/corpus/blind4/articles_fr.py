# French articles for blind set 4 (invented events, people, companies, NGOs).
# Markup: see build.py. "typo": True = French typography (nbsp in « », before : ; ? !).
SRC = "written for ClaimLens blind set 4 (invented events and people); register: "

ARTICLES = [
{
"id": "b4-fr-peche", "lang": "fr", "source": SRC + "wire service, Africa desk",
"text": r"""
[[st|Sénégal]] : des chalutiers étrangers [[cv|accusés]] de pêcher illégalement au large de [[pl|Saint-Louis]]

[[pl|DAKAR]], 14 mars ([[org|AFP]]) - [[vs|Des pêcheurs artisanaux de [[pl|Saint-Louis]]]], dans le nord du [[st|Sénégal]], [[cv|accusent]] des chalutiers battant pavillon étranger de pêcher de nuit dans la zone des six milles réservée aux pirogues, une pratique que [[vs|les autorités]] disent ne pas avoir constatée.

Selon le [[org=collectif|Collectif des pêcheurs de Guet Ndar]], une association locale, au moins quatre navires, [[hd|vraisemblablement]] des chalutiers de fond, [[cd|auraient]] été aperçus la semaine dernière à moins de cinq kilomètres des côtes, feux de navigation éteints. "Ils viennent la nuit, ils raclent tout et repartent avant l'aube", [[cv|affirme]] [[per|Mamadou Sow]], président du collectif, qui dit avoir filmé l'un des bateaux avec son téléphone.

La vidéo, transmise à l'[[org|AFP]], montre un navire éclairé au loin, mais ni son nom ni son pavillon ne sont lisibles, et sa position [[ne|n'a pas pu être vérifiée]] de manière indépendante.

Interrogé par téléphone, le [[org|ministère des Pêches et de l'Economie maritime]] a [[cv|démenti]] toute incursion "documentée" dans la zone artisanale. "Nos patrouilles n'ont rien relevé d'anormal", a indiqué [[per|Awa Ndiaye]], directrice de la surveillance des pêches, ajoutant que les accusations des pêcheurs étaient "[[ne|sans fondement]] à ce stade".

[[st|Dakar]] a signé ces dernières années plusieurs accords de pêche avec l'[[org|Union européenne]] et délivre des licences à des armateurs chinois et turcs. [[vs|D'après des sources portuaires]], une partie de ces navires [[cd|débarquerait]] ses prises à [[pl|Nouadhibou]], en [[st|Mauritanie]], plutôt qu'à [[pl|Dakar]], ce qui leur [[cd|permettrait]] d'échapper aux contrôles sénégalais.

L'ONG [[org|Océans Communs]], qui a documenté des cas similaires en 2023, estime que le phénomène [[cd|serait]] "[[hd|probablement]] sous-estimé". Elle réclame la publication de la liste complète des navires autorisés, promise par le gouvernement depuis deux ans.

[[vs|Un responsable de la [[org=dpsp|Direction de la protection et de la surveillance des pêches]] ([[org=dpsp|DPSP]])]], s'exprimant sous couvert d'anonymat, a toutefois reconnu que le service ne disposait que de deux vedettes opérationnelles pour surveiller plus de 700 kilomètres de côtes. "Nous ne pouvons pas être partout", a-t-il dit. Une troisième embarcation, en réparation à [[pl|Ziguinchor]], ne pourra reprendre la mer qu'en juin.

Les pêcheurs de [[pl|Guet Ndar]] menacent de bloquer le port de [[pl|Saint-Louis]] lundi si aucune enquête n'est ouverte. Le ministère n'a pas précisé s'il comptait envoyer une mission sur place.

Le retrait de plusieurs licences, réclamé par les pêcheurs, ne [[cd|serait]] pas à l'ordre du jour, [[vs|selon un conseiller du ministre]].
"""},
{
"id": "b4-fr-loup", "lang": "fr", "typo": True, "source": SRC + "regional daily",
"text": r"""
[[pl|Vercors]] : un troupeau décimé près de [[pl|Vassieux]], [[vs|les éleveurs]] [[cv|accusent]] le loup

Vingt-trois brebis tuées, une dizaine d’autres blessées : le bilan de la nuit de dimanche à lundi est lourd pour le [[org|Gaec des Trois Fontaines]], installé sur le plateau à [[pl|Vassieux-en-Vercors]] ([[pl|Drôme]]). Pour [[per=reynaud|Julien Reynaud]], l’un des associés, il n’y a « aucun doute » : « C’est le loup, et [[hd|probablement]] plusieurs. Les morsures à la gorge, on les connaît par cœur. »

L’[[org=ofb|Office français de la biodiversité]] ([[org=ofb|OFB]]), chargé des constats, s’est rendu sur place lundi matin. Ses agents ont effectué des prélèvements sur les carcasses et relevé des empreintes [[hd|apparemment]] fraîches, mais l’établissement public se refuse pour l’instant à toute conclusion. « Tant que les analyses génétiques ne sont pas revenues, on ne peut pas attribuer l’attaque à une espèce », explique [[vs|un technicien]], qui évoque aussi la piste de chiens errants.

Une hypothèse qui fait bondir les éleveurs. « On nous ressort les chiens à chaque fois. C’est une façon de ne pas indemniser », [[cv|soutient]] [[per|Christine Arnaud]], présidente de la [[org|FDSEA de la Drôme]], qui [[cv|affirme]] que les attaques [[cd|auraient]] doublé depuis 2022 sur le massif.

Les chiffres de la préfecture ne disent pas tout à fait la même chose. Selon la [[org|préfecture de la Drôme]], 312 constats d’attaque ont été indemnisés dans le département en 2024, contre 287 l’année précédente, soit une hausse d’environ 9 %. Un écart que [[vs|les syndicats agricoles]] attribuent aux dossiers rejetés, [[ne|sans toutefois fournir de chiffres]].

Plus au nord, dans l’[[pl|Isère]] voisine, la commune de [[pl|Villard-de-Lans]] a elle aussi signalé deux attaques en une semaine. Le maire, [[per=morel|Etienne Morel]], réclame des tirs de prélèvement supplémentaires. « Il faut que [[st|Paris]] nous entende », [[cv|martèle]]-t-il. [[per=morel|Morel]] dit avoir écrit trois fois au [[org|ministère de l’Agriculture]], sans réponse.

Du côté des associations de protection, le ton est tout autre. L’association [[org|Loup Vivant Alpes]] rappelle que la présence du prédateur est « un attrait touristique » pour le massif et estime que les éleveurs « exagèrent » l’ampleur des pertes. Elle [[cv|prétend]] que moins d’un tiers des attaques déclarées [[cd|seraient]] formellement attribuables au loup, [[ne|sans citer d’étude]].

En attendant les résultats, attendus d’ici deux semaines, la chambre d’agriculture a mis en place une cellule d’écoute pour les éleveurs touchés. [[per=reynaud|Julien Reynaud]], lui, a rentré le reste de son troupeau en bergerie. « Je ne dors plus », confie-t-il, montrant sur son téléphone un portrait de sa meilleure brebis, retrouvée morte au bord de la [[pl|Vernaison]].
"""},
{
"id": "b4-fr-ravelane", "lang": "fr", "source": SRC + "business paper",
"text": r"""
Distribution : [[org=ravelane|Ravelane]] [[cd|aurait]] gonflé ses marges, l'[[org=amf|AMF]] ouvre une enquête

L'[[org=amf|Autorité des marchés financiers]] ([[org=amf|AMF]]) a ouvert une enquête sur la communication financière de [[org=ravelane|Ravelane]], numéro trois français des magasins de bricolage, [[vs|selon plusieurs sources concordantes]]. Le gendarme boursier [[cd|s'intéresserait]] aux irrégularités [[hd|présumées]] et en particulier à la comptabilisation des "remises arrière" versées par les fournisseurs, qui [[cd|aurait]] permis au groupe d'afficher en 2024 une marge opérationnelle supérieure d'environ 1,5 point à la réalité.

Contactée, l'[[org=amf|AMF]] [[ne|n'a ni confirmé ni infirmé]]. Le groupe, lui, [[cv|dément]] "catégoriquement" toute irrégularité. "Nos comptes ont été certifiés sans réserve par nos commissaires aux comptes", [[cv|assure]] son directeur financier, [[per|Bertrand Lefèvre-Haas]], qui [[cv|nie]] que les remises aient été "anticipées".

Les soupçons trouvent leur origine dans un rapport publié en février par le fonds activiste britannique [[org=harcourt|Harcourt Lane Capital]], qui détient une position vendeuse sur le titre. Le fonds y [[cv|accuse]] [[org=ravelane|Ravelane]] d'avoir "maquillé" le ralentissement de ses ventes. Le document, d'une quarantaine de pages, s'appuie essentiellement sur des entretiens avec d'anciens salariés. Dans un extrait cité par le fonds, un ancien directeur régional évoque des "objectifs intenables".

Sur [[org|Euronext Paris]], l'action [[org=ravelane|Ravelane]] a perdu 11,4 % depuis la publication, ramenant la capitalisation du groupe à 2,1 milliards d'euros. [[vs|Plusieurs analystes]] jugent toutefois les accusations "largement exagérées". "Le rapport [[ne|ne contient aucune pièce comptable]]. C'est un faisceau d'indices, pas une démonstration", estime [[per|Sophie Marchal]], analyste chez [[org|Valmy Securities]].

[[org=harcourt|Harcourt Lane]] [[cv|maintient]] ses conclusions et [[cv|affirme]] disposer de "documents internes", qu'il [[ne|ne rendra pas publics]] pour protéger ses sources. Le fonds n'en est pas à son coup d'essai : ses deux précédentes campagnes, contre un assureur néerlandais et un fabricant de piscines, s'étaient soldées par des corrections de comptes.

Pour [[org=ravelane|Ravelane]], l'enjeu dépasse la seule image : le groupe doit refinancer 600 millions d'euros de dette d'ici à l'automne. Une agence de notation [[cd|pourrait]] placer sa note sous surveillance négative dans les prochains jours, [[vs|selon une personne proche du dossier]]. Le conseil d'administration se réunira jeudi à [[pl|Lille]], où se trouve le siège.

Fondé en 1987 par [[per=gauthier|Henri Gauthier]], le groupe compte 212 magasins en [[st|France]] et en [[st|Belgique]]. Son président actuel, [[per=gauthier2|Marc Gauthier]], fils du fondateur, n'a pas souhaité s'exprimer. Dans [[vs|l'entourage du président]], on reconnaît seulement que la publication du rapport "a fait mal" aux équipes et que le retrait de certains fournisseurs n'est pas exclu.
"""},
{
"id": "b4-fr-bac", "lang": "fr", "typo": True, "source": SRC + "public broadcaster website",
"text": r"""
Bac de philosophie : des sujets [[cd|auraient]] circulé sur les réseaux sociaux la veille de l’épreuve

Des sujets du bac de philosophie [[cd|auraient]]-ils fuité ? Depuis mardi soir, [[vs|plusieurs comptes sur [[org|TikTok]] et [[org|X]]]] [[cv|affirment]] avoir publié, plusieurs heures avant le début de l’épreuve, les intitulés qui ont effectivement été proposés mercredi matin à quelque 530 000 candidats. Le [[org=men|ministère de l’Education nationale]] [[cv|dément]] toute fuite et [[cv|assure]] que « les sujets n’ont à aucun moment quitté le circuit sécurisé ».

Selon les captures d’écran qui circulent depuis, une publication datée de 22 h 14 mardi mentionne le thème « Le travail nous rend-il libres ? », très proche de l’un des sujets de la voie générale. Mais l’horodatage de ces images, facilement modifiable, [[ne|n’a pas pu être authentifié]] par [[org|franceinfo]]. Plusieurs de ces comptes, dont celui de l’auteur [[hd|présumé]] de la première publication, ont depuis été supprimés.

Ce ne [[cd|serait]] pas la première fois. En 2011, un exercice de mathématiques avait été divulgué sur internet, obligeant le ministère à le remplacer en urgence. Cette fois, la [[org=men|rue de Grenelle]] juge « invraisemblable » une fuite à grande échelle et évoque plutôt des « prédictions chanceuses », nombreuses chaque année.

Sur les réseaux sociaux, la colère monte. [[vs|Des candidats]] réclament l’annulation de l’épreuve, estimant qu’elle [[cd|serait]] « faussée ». Une pétition en ligne avait recueilli plus de 40 000 signatures mercredi soir. La [[org|FCPE]], première fédération de parents d’élèves, demande « une enquête transparente » mais se garde d’affirmer qu’il y a eu fraude.

Le ministère a annoncé avoir saisi la justice. Une plainte contre X pour « divulgation frauduleuse de sujets d’examen » a été déposée auprès du [[org|parquet de Paris]], a indiqué jeudi la ministre, [[per|Hélène Vautrin]], sur notre antenne. « Si une fuite était avérée, les candidats concernés [[cd|pourraient]] repasser l’épreuve, mais [[ne|rien ne permet aujourd’hui de l’affirmer]] », a-t-elle déclaré.

[[vs|Selon une source au sein de l’administration]], l’enquête interne [[cd|porterait]] notamment sur les centres d’impression, où les sujets sont imprimés sous scellés plusieurs jours avant l’examen. Le [[org=snpden|Syndicat national des personnels de direction de l’Education nationale]] ([[org=snpden|SNPDEN]]) [[cv|affirme]], lui, n’avoir reçu « aucun signalement » de ses adhérents.

Pour [[per|Nadia Belkacem]], professeure de philosophie dans un lycée de [[pl|Roubaix]], l’affaire relève surtout de la psychose. « Chaque année, c’est la même rumeur. En général, les candidats ont lu les mêmes pronostics que tout le monde », sourit-elle. Elle [[cv|assure]] que ses élèves ont « plutôt bien réussi ».

Les résultats du bac seront publiés le 4 juillet. D’ici là, le ministère promet de « faire toute la lumière ».
"""},
{
"id": "b4-fr-vin", "lang": "fr", "source": SRC + "court reporting",
"text": r"""
Placements dans le vin : au [[org|tribunal de Bordeaux]], l'ancien courtier [[cv|nie]] avoir escroqué 240 épargnants

Costume sombre, voix posée, [[per=castagnede|Frédéric Castagnède]] a [[cv|contesté]] point par point, mardi, les accusations portées contre lui devant le [[org|tribunal correctionnel de Bordeaux]]. L'ancien courtier en vins, âgé de 54 ans, est poursuivi pour escroquerie en bande organisée et abus de confiance : selon l'accusation, sa société, [[org|Grands Crus Patrimoine]], [[cd|aurait]] vendu entre 2018 et 2022 des bouteilles qui n'ont jamais existé à quelque 240 particuliers, pour un préjudice estimé à 6,8 millions d'euros.

"Je n'ai jamais menti à mes clients. Les vins étaient stockés, je les ai vus", a répété le prévenu, qui [[cv|soutient]] avoir lui-même été trompé par un négociant de [[pl|Saint-Emilion]], aujourd'hui décédé. Une version que le parquet juge "commode" et qui [[ne|n'est étayée par aucun document]], a souligné la procureure, [[per|Laure Dambrine]]. [[ne|Aucune trace de ce [[hd|prétendu]] fournisseur n'a été retrouvée]] dans les registres professionnels.

Les enquêteurs de la [[org|section de recherches de Bordeaux]] ont retrouvé dans un entrepôt loué par la société à [[pl|Libourne]] moins de 3 000 bouteilles, contre les 41 000 que les clients croyaient posséder. Certaines étiquettes [[cd|auraient]] été imprimées par un imprimeur de [[pl|Cognac]], selon un rapport d'expertise cité à l'audience.

Parmi les parties civiles, beaucoup sont des retraités. "Il nous parlait de Pétrus, de Cheval Blanc, il nous envoyait des photos des caisses", raconte [[per|Monique Lartigue]], 71 ans, venue de [[pl|Périgueux]], qui a perdu 38 000 euros. "On n'a jamais rien reçu." Son avocat, Me [[per|Thierry Bonnal]], [[cv|accuse]] le prévenu d'avoir "organisé méthodiquement" la fraude et d'avoir transféré une partie des fonds vers un compte à [[st|Malte]].

La défense, elle, plaide la négligence plutôt que la fraude. "Mon client a été un mauvais gestionnaire, pas un escroc", a déclaré Me [[per|Anne-Sophie Verdier]], qui [[cv|affirme]] que l'argent "n'a pas disparu" et qu'il [[cd|serait]] "en grande partie récupérable". L'accusé, qui comparaît libre, [[cv|dément]] aussi avoir détenu un compte à l'étranger.

[[vs|Selon des proches du dossier]], l'enquête [[cd|aurait]] également permis d'identifier deux complices [[hd|présumés]], qui n'ont pas été poursuivis à ce stade. L'un d'eux, un ancien commercial de la société installé en [[st|Espagne]], a été entendu comme simple témoin.

A la suspension, [[per=castagnede|Castagnède]] est resté seul sur son banc, consultant ses notes. Dans la salle, une ancienne cliente a lancé à mi-voix qu'il "[[cd|devrait]] avoir honte", avant d'être rappelée à l'ordre par la présidente.

Le jugement a été mis en délibéré au 12 juin. [[per=castagnede|Frédéric Castagnède]] encourt jusqu'à dix ans d'emprisonnement.
"""},
{
"id": "b4-fr-mekong", "lang": "fr", "typo": True, "source": SRC + "foreign desk, Asia",
"text": r"""
[[pl|Mékong]] : [[st|Hanoï]] [[cv|accuse]] un barrage laotien d’assécher le delta, [[st|Vientiane]] [[cv|dément]]

Le ton monte entre le [[st|Vietnam]] et le [[st|Laos]]. Le [[org|ministère vietnamien des Ressources naturelles et de l’Environnement]] a [[cv|accusé]] mercredi l’exploitant du barrage de [[pl|Pak Nong]], mis en service l’an dernier sur le cours principal du [[pl|Mékong]], d’avoir retenu l’eau pendant plusieurs semaines, provoquant selon lui une baisse « sans précédent » du niveau du fleuve dans le delta.

Dans la province de [[pl|Ben Tre]], l’eau salée [[cd|aurait]] remonté jusqu’à 90 kilomètres à l’intérieur des terres, menaçant les rizières et les vergers. « Nous n’avons jamais vu ça en mars », [[cv|affirme]] [[per|Nguyen Van Thanh]], un riziculteur de la région joint par téléphone.

[[st|Vientiane]] [[cv|conteste]] fermement ces accusations. Dans un communiqué, le [[org|ministère laotien de l’Energie et des Mines]] [[cv|assure]] que le barrage fonctionne « au fil de l’eau », sans réservoir significatif, et que la sécheresse s’[[cd|expliquerait]] par des précipitations inférieures de 40 % à la normale. La société exploitante, [[org|Lao Mekong Power]], détenue en partie par des capitaux thaïlandais, n’a pas répondu à nos sollicitations.

La [[org=mrc|Commission du Mékong]] ([[org=mrc|MRC]]), organisme intergouvernemental qui réunit le [[st|Cambodge]], le [[st|Laos]], la [[st|Thaïlande]] et le [[st|Vietnam]], a indiqué qu’elle examinait les données des stations hydrologiques situées en aval. [[vs|Selon des responsables de la commission]] cités par la presse cambodgienne, les relevés de la station de [[pl|Kratie]] [[cd|montreraient]] bien une chute brutale du débit en février, mais il [[cd|serait]] « prématuré » d’en attribuer la cause au seul ouvrage.

[[vs|Plusieurs ONG régionales]] [[cv|affirment]] depuis longtemps que la multiplication des barrages en amont, au [[st|Laos]] comme en [[st|Chine]], fragilise l’ensemble du bassin. L’organisation [[org|Rivers for Mekong Futures]] [[cv|soutient]] que [[pl|Pak Nong]] [[cd|aurait]] retenu jusqu’à 1,2 milliard de mètres cubes, un chiffre tiré d’images satellites que la [[org=mrc|MRC]] [[ne|n’a pas confirmé]] à ce stade.

Pour [[st|Hanoï]], l’enjeu est considérable : le delta produit près de la moitié du riz vietnamien et une part importante des exportations de fruits. Le Premier ministre [[cd|devrait]] aborder le sujet lors d’une visite à [[pl|Phnom Penh]] la semaine prochaine, a-t-on appris [[vs|de source diplomatique]]. [[st|Pékin]], qui finance plusieurs projets hydroélectriques dans la région, n’a pas réagi.

Sur place, les autorités de [[pl|Ben Tre]] ont commencé à distribuer de l’eau douce par camions-citernes dans une dizaine de communes. « La pluie reviendra [[hd|peut-être]] en mai. D’ici là, les arbres seront morts », soupire [[per|Tran Thi Hoa]], qui cultive des pomelos près de la ville de [[pl|My Tho]].
"""},
{
"id": "b4-fr-tempete", "lang": "fr", "typo": True, "source": SRC + "live blog (news site)",
"text": r"""
🔴 EN DIRECT - Tempête Ondine : plus de 400 000 foyers privés d’électricité en [[pl|Bretagne]] et en [[pl|Normandie]]

09:05 — Dans le [[pl|Morbihan]], un camping de [[pl|Carnac]] a été évacué à titre préventif. Le retrait des caravanes installées en bord de mer avait été ordonné dans la nuit par la mairie, selon laquelle aucun blessé n’est à déplorer. Le vent [[hd|semble]] déjà faiblir sur la côte sud.

08:42 — Le bilan s’alourdit. Selon [[org|Enedis]], 412 000 foyers étaient privés d’électricité à 8 heures, dont 190 000 dans le [[pl|Finistère]] et les [[pl|Côtes-d’Armor]]. Le gestionnaire du réseau prévient que le rétablissement [[cd|pourrait]] prendre « plusieurs jours » dans les zones les plus touchées.

08:27 — Un homme d’une soixantaine d’années [[cd|aurait]] été grièvement blessé par la chute d’un arbre sur sa voiture près de [[pl|Morlaix]], [[vs|selon des témoins]] cités par la presse locale. La [[org|préfecture du Finistère]] [[ne|n’a pas confirmé]] cette information à ce stade.

08:10 — [[org|Météo-France]] maintient la vigilance rouge pour vents violents dans le [[pl|Finistère]] jusqu’à midi. Des rafales de 178 km/h ont été enregistrées à la [[pl|pointe du Raz]] dans la nuit, un record pour un mois d’octobre, d’après les relevés provisoires.

07:55 — La circulation des trains est totalement interrompue entre [[pl|Rennes]] et [[pl|Brest]]. La [[org|SNCF]] annonce une reprise progressive « au plus tôt en début d’après-midi ». Des cars assurent la liaison entre [[pl|Rennes]] et [[pl|Saint-Brieuc]]. Plusieurs axes sont coupés, dont la voie express au niveau de [[pl|Guingamp]].

07:40 — Sur les réseaux sociaux, une vidéo montrant le toit d’un gymnase arraché à [[pl|Quimper]] est largement partagée. Contactée, la [[org|mairie de Quimper]] indique qu’il s’[[cd|agirait]] en réalité d’images tournées lors de la tempête Ciarán, en 2023. Nous [[ne|n’avons pas pu vérifier]] l’origine de la vidéo de manière indépendante.

07:20 — Le ministre de l’Intérieur, [[per|Laurent Graviel]], se rendra dans l’après-midi à [[pl|Brest]]. « Les services de l’Etat sont pleinement mobilisés », a-t-il déclaré sur [[org|X]]. [[vs|Des sources syndicales]] [[cv|affirment]] toutefois que plusieurs casernes de pompiers manquaient de personnel cette nuit, ce que la [[org=dgscgc|Direction générale de la sécurité civile et de la gestion des crises]] ([[org=dgscgc|DGSCGC]]) [[cv|conteste]].

06:58 — Bonjour et bienvenue dans ce direct consacré à la tempête Ondine, qui a touché les côtes bretonnes dans la nuit de mardi à mercredi. [[vs|Selon les prévisionnistes]], le vent [[cd|devrait]] faiblir en fin de matinée, mais de fortes pluies sont attendues sur la [[pl|Manche]] et le [[pl|Calvados]], où des crues de l’[[pl|Orne]] ne sont pas exclues.
"""},
{
"id": "b4-fr-tennis", "lang": "fr", "typo": True, "source": SRC + "sports desk",
"text": r"""
Tennis : un match disputé à [[pl|Rennes]] visé par une enquête pour des paris suspects

L’[[org=itia|Agence internationale pour l’intégrité du tennis]] ([[org=itia|ITIA]]) a ouvert une enquête sur un match du premier tour d’un tournoi Challenger disputé la semaine dernière à [[pl|Rennes]], a confirmé l’organisme jeudi. [[vs|Selon plusieurs opérateurs de paris]], des mises « anormalement élevées » [[cd|auraient]] été placées sur la défaite du Français [[per=marchetti|Hugo Marchetti]], 187e mondial, battu 6-1, 6-2 par un qualifié.

L’[[org=anj|Autorité nationale des jeux]] ([[org=anj|ANJ]]) a indiqué avoir transmis un signalement. [[vs|D’après une source proche de l’enquête]], plus de 80 000 euros [[cd|auraient]] été misés en quelques minutes depuis des comptes ouverts en [[st|Bulgarie]] et à [[st|Chypre]], [[hd|probablement]] par un même réseau, un volume inhabituel pour une rencontre de ce niveau.

Le clan [[per=marchetti|Marchetti]] [[cv|nie]] catégoriquement. « [[per=marchetti|Hugo]] jouait avec une douleur à l’épaule, tout le monde l’a vu à l’échauffement », [[cv|affirme]] son entraîneur, [[per|Olivier Sabatier]]. Le joueur, lui, a publié sur [[org|Instagram]] un message dans lequel il [[cv|assure]] n’avoir « jamais triché de [sa] vie ».

La blessure n’a cependant pas été signalée au juge-arbitre, et le joueur n’a pas demandé de temps médical, selon la feuille de match consultée par notre rédaction. [[vs|Plusieurs joueurs du circuit]], qui ont souhaité rester anonymes, évoquent un « secret de polichinelle » sur les tournois secondaires, où les primes sont faibles et les tentations nombreuses.

L’[[org=itia|ITIA]] rappelle qu’une enquête ne préjuge en rien d’une éventuelle sanction. L’an dernier, l’agence a suspendu 23 joueurs et officiels pour des faits de corruption, dont une majorité évoluant dans les catégories Futures et Challenger. La [[org=fft|Fédération française de tennis]] ([[org=fft|FFT]]), qui soutient financièrement une quarantaine de joueurs classés au-delà de la 150e place, s’est dite « très préoccupée » mais refuse de commenter un « dossier en cours ».

[[per=marchetti|Hugo Marchetti]], qui devait disputer les qualifications de Roland-Garros dans trois semaines, [[cd|pourrait]] être suspendu à titre provisoire si l’agence estimait disposer d’éléments suffisants. [[vs|Ses proches]] dénoncent déjà un « lynchage » et des accusations « [[ne|sans le moindre début de preuve]] ».

Formé au [[org|TC Angers]], le joueur de 24 ans avait atteint l’an dernier son meilleur classement (142e) après une demi-finale à [[pl|Saint-Brieuc]]. Son agent, [[per|Samuel Kerboul]], a fait savoir qu’il [[cd|envisagerait]] « toutes les voies de droit » si le nom de son client continuait d’être associé à des soupçons qu’il juge [[ne|infondés]].
"""},
]
