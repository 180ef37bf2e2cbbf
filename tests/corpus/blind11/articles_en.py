# -*- coding: utf-8 -*-
"""Blind set 11, English articles (invented events, people, companies and outlets). Markup: [[tag|text]]."""
SRC = "written for ClaimLens blind set 11 (invented events and people); register: "

ARTICLES = [
{"id": "b11-en-accra", "lang": "en",
 "source": SRC + "Ghanaian daily (Accra), energy: power outages blamed on sabotage",
 "text": """
Outages: Power Distributor [[cv|Blames]] 'Saboteurs', [[vs|Traders Say]] It Is Hiding Debts

By [[per|Kwabena Asante-Boateng]], The [[org|Coastal Chronicle]]

[[pl|ACCRA]] - The [[org|Southern Grid Distribution Company]] ([[org|SGDC]]) has [[cv|claimed]] that a wave of power outages across [[pl|Kasoa]], [[pl|Weija]] and parts of [[pl|Accra]] over the past two weeks was caused by "deliberate acts of sabotage" on its substations.

At a press briefing on Tuesday, the company's Managing Director, Ing. [[per|Yaw Ofori-Darko]], [[cv|insisted]] that cables at three substations had been cut "by people who know exactly what they are doing". He said the matter had been reported to the police, but he [[ne|did not provide any evidence]] of tampering when asked by journalists, saying photographs would be "released in due course".

[[vs|Traders at the [[pl|Kaneshie]] market]] are not convinced. The chairman of the market's traders' association, [[per|Nii Armah Tetteh]], [[cv|accused]] [[org|SGDC]] of using sabotage as "a cover story" for load-shedding caused by unpaid bills to power producers. "Every time there is dumsor, they find somebody to blame," he said.

[[vs|Sources at the [[org|Ministry of Energy]]]] told The [[org|Coastal Chronicle]] that the distributor [[hd|reportedly]] owes independent power producers more than GH¢1.2 billion, and that at least one producer [[hd|appears to]] have cut supply in protest. [[org|SGDC]] [[cv|denied]] the claim, describing its finances as "stable and improving".

The [[org|Ghana Grid Company]] ([[org|GRIDCo]]), which operates the transmission network, said its own lines had been "fully available" throughout the period. [[vs|An official of the company who asked not to be named because he was not authorised to speak]] said the outages were "[[hd|probably]] a distribution problem, not a transmission one".

Police in [[pl|Kasoa]] confirmed that two men had been arrested near a substation on Saturday night. A police spokesperson, ASP [[per|Gifty Mensah-Bonsu]], said the suspects were being questioned but would not say whether they were linked to the outages.

The Minority in [[org|Parliament]] has called for an independent audit of the company. Its ranking member on the energy committee, Hon. [[per|Ebenezer Quaye]], [[cv|alleged]] on Wednesday that the sabotage story was "cooked up" to avoid scrutiny, but [[ne|offered no documents]] to support the accusation.

The [[org|Energy Commission]] said it was "monitoring the situation". [[vs|Analysts]] say the [[st|Ghana]] power sector's debt problem has [[hd|likely]] worsened since tariffs were frozen ahead of last year's elections.

Residents, meanwhile, are counting the cost. "My cold store has been off for four days. I have lost fish worth GH¢9,000," said [[per|Adjoa Fosuah]], a fishmonger in [[pl|Weija]].

The company said normal supply would be restored "by the end of the week".

RELATED: Cedi slips again as fuel importers scramble for dollars
"""},
{"id": "b11-en-kampala", "lang": "en",
 "source": SRC + "Ugandan daily (Kampala), court report: land eviction case in the High Court",
 "text": """
Court hears how 300 families were evicted from [[pl|Mukono]] land ‘on forged title’

By [[per|Brenda Nakato]] | [[org|Pearl Tribune]] | Thursday, April 16, 2026

A [[org|High Court]] judge in [[pl|Kampala]] on Wednesday heard how more than 300 families were evicted from a 90-acre piece of land in [[pl|Mukono District]] by a company that, the families say, used a forged land title.

The families, represented by Counsel [[per|Isaac Ssemwogerere]], have sued [[org|Nile Crest Estates Ltd]], a real estate developer, and two officials of the [[org|Ministry of Lands, Housing and Urban Development]]. They want the eviction declared illegal and are seeking Shs4.8 billion in compensation.

Opening the plaintiffs’ case before Justice [[per|Margaret Tibaijuka]], [[per|Ssemwogerere]] [[cv|claimed]] that the company’s title had been “manufactured” at the lands registry in 2021, weeks before the evictions. He told the court that the title carried the signature of a registrar who had [[hd|allegedly]] retired two years earlier.

The first witness, [[per|Sarah Namubiru]], 61, said she had lived on the land since 1987 and had buried her husband there. She told the court that men in plain clothes, [[hd|purportedly]] acting on a court order, demolished her house at dawn. “They did not show us any paper,” she said.

Under cross-examination, counsel for [[org|Nile Crest]], [[per|Daniel Okello]], [[cv|maintained]] that his client bought the land in good faith from a family that held a valid mailo title, and [[cv|accused]] the plaintiffs of being “organised squatters” brought in by local politicians. He [[ne|did not produce the sale agreement]] in court, saying it would be tendered at a later stage.

The two ministry officials [[cv|deny]] any wrongdoing. [[vs|Their lawyer]] said they had merely processed documents “presented to them in the ordinary course of business”.

[[vs|Sources at the lands registry]] told the [[org|Tribune]] that an internal audit in 2023 [[hd|reportedly]] flagged at least a dozen titles in [[pl|Mukono]] issued under similar circumstances. The ministry has not published that audit, and the [[org|Tribune]] [[ne|could not independently verify]] its existence.

Outside court, several of the evicted families, who now rent rooms in [[pl|Seeta]] and [[pl|Namanve]], said they had been waiting five years for justice. [[vs|Some of them]] [[cv|claimed]] that local officials had been paid to stay silent during the demolitions, an allegation that was not raised in court.

The [[org|Uganda Law Society]] has previously warned that land fraud is among the most common disputes before the courts. [[vs|Land rights activists]] say cases like this one [[hd|seem]] to follow a pattern: a title appears, an eviction follows, and the case drags on for years.

Justice [[per|Tibaijuka]] adjourned the hearing to May 12, when the registrar is expected to testify.
"""},

{"id": "b11-en-lusaka", "lang": "en",
 "source": SRC + "Zambian business newspaper (Lusaka), business results: copper miner half-year results",
 "text": """
[[org|Chambishi Copper]] profit falls 41% as smelter outage bites; union [[cv|disputes]] job cuts figure

[[pl|LUSAKA]], Aug 12 ([[org|Zambezi Business Daily]]) - [[org|Chambishi Copper Holdings]] ([[org|CCH]]) on Tuesday reported a 41 per cent fall in half-year profit after a five-week outage at its smelter cut output, and said it would cut up to 350 jobs at its [[pl|Kitwe]] operations.

Profit after tax for the six months to June fell to $62.3 million from $105.6 million a year earlier. Revenue dropped 18 per cent to $488 million as copper cathode production slid to 41,200 tonnes. The company kept its interim dividend unchanged at 4 US cents a share.

Chief executive [[per|Mwansa Chileshe]] told analysts on a conference call that the outage, caused by a failed furnace lining, was "behind us" and that production would rise "significantly" in the second half. He [[cv|insisted]] the job cuts were "a restructuring, not a retreat from [[st|Zambia]]".

The [[org|Mineworkers Union of Zambia]] [[cv|disputed]] the figure of 350, saying the real number could be closer to 900 once contractors were included. Union general secretary [[per|Joseph Mwale]] [[cv|alleged]] that the company had "already drawn up lists" for a second round. [[org|CCH]] said no such list existed.

The shares fell 6.3 per cent to K14.20 on the [[org|Lusaka Securities Exchange]], their lowest close since March.

[[vs|Two people familiar with the company's talks with its lenders]] said [[org|CCH]] was seeking to renegotiate covenants on a $400 million loan, which it [[hd|probably]] breached at the end of June. The company declined to comment on "market speculation".

[[vs|Analysts]] at [[org|Kafue Capital]] said the outage had [[hd|apparently]] lasted longer than the company first disclosed. In a note to clients, they said "investors were told two weeks, and it was five". [[org|CCH]] [[cv|rejected]] that characterisation, saying it had updated the market "promptly and fully".

Mr [[per|Chileshe]] also said the company expected the government to approve new tax incentives for smelting. [[vs|Officials at the [[org|Ministry of Mines]]]] said no decision had been taken. The [[org|Zambia Revenue Authority]] did not respond to a request for comment.

The results come weeks after [[st|Zambia]] set a target of tripling copper output to 3 million tonnes a year by 2031, a goal that [[vs|mining executives]] privately describe as "ambitious at best".

Copper prices on the [[org|London Metal Exchange]] have risen about 9 per cent this year on supply concerns in [[st|Chile]] and the [[st|Democratic Republic of Congo]].

Key figures (H1 2026):
- Revenue: $488m (-18%)
- Profit after tax: $62.3m (-41%)
- Cathode output: 41,200 t
- Interim dividend: 4 US cents

(Reporting by [[per|Chanda Musonda]]; Editing by [[per|Peter Banda]])
"""},

{"id": "b11-en-karachi", "lang": "en",
 "source": SRC + "Pakistani sports news site (Karachi), cricket: domestic T20 final and a match-fixing allegation",
 "text": """
[[org|Lyari Lions]] clinch first T20 title amid spot-fixing storm

By [[per|Faraz Siddiqui]] - [[org|SportsDesk PK]] - Published: 09:45 PM PKT, March 29, 2026

[[pl|KARACHI]]: [[org|Lyari Lions]] won the Sindh Premier T20 title for the first time on Sunday night, beating [[org|Hyderabad Hawks]] by seven wickets at a packed [[pl|National Bank Stadium]] - but the celebrations were overshadowed by an allegation of spot-fixing involving an opposition bowler.

Chasing 168, the [[org|Lions]] got home with nine balls to spare. Opener [[per|Saud Mirza]] struck 74 off 49 balls and captain [[per|Imad Baloch]] finished unbeaten on 41. [[per|Mirza]] was named player of the match.

Hours before the final, a video circulated on social media [[hd|apparently]] showing a man offering money to a [[org|Hawks]] fast bowler in a hotel lobby. The man in the video [[hd|allegedly]] asks the player to concede "at least 15" in his second over. The bowler, whom [[org|SportsDesk PK]] is not naming, did bowl an expensive second over, conceding 17 runs.

[[org|Hyderabad Hawks]] [[cv|denied]] any wrongdoing by their player. Team manager [[per|Asif Junejo]] said the video was "old, edited and taken out of context" and [[cv|insisted]] the bowler had "reported the approach himself" weeks ago. The franchise [[ne|has not shared any record of that report]].

The tournament's anti-corruption unit said it was "aware of the footage" and would investigate. [[vs|A source in the anti-corruption unit]] told [[org|SportsDesk PK]] that the player had [[hd|reportedly]] been interviewed twice before the tournament, and that investigators were trying to establish when the video was filmed. The [[org|Pakistan Cricket Board]] ([[org|PCB]]) said it would not comment on an ongoing investigation.

The man seen in the video has not been identified. [[vs|Fans on social media]] have [[cv|claimed]] he is a known bookmaker from [[pl|Lahore]], but those claims remain [[ne|unsubstantiated]].

On the field, the [[org|Lions]]' triumph capped a remarkable turnaround for a team that finished bottom last season. Coach [[per|Mohsin Qureshi]] credited the youngsters. "Nobody gave us a chance in January," he said.

[[org|Lions]] owner [[per|Tariq Memon]] [[cv|claimed]] after the match that "at least three" of his players would be picked for [[st|Pakistan]] this summer, though the national selectors have given no such indication.

Brief scores: [[org|Hyderabad Hawks]] 167-6 in 20 overs ([[per|Zain Shah]] 58; [[per|Imad Baloch]] 2-24); [[org|Lyari Lions]] 171-3 in 18.3 overs ([[per|Saud Mirza]] 74, [[per|Imad Baloch]] 41 not out).

ALSO READ: [[org|PCB]] announces revised central contracts for women's team
"""},
{"id": "b11-en-dhaka", "lang": "en",
 "source": SRC + "wire agency dispatch (invented Asian agency), labour: garment factory fire near Dhaka",
 "text": """
[[st|Bangladesh]] garment factory fire kills nine; owners [[cv|blame]] ‘short circuit’, [[vs|workers say]] exits were locked

By [[per|Nusrat Jahan]] and [[per|Rafiq Hossain]]

[[pl|GAZIPUR]], [[st|Bangladesh]], Sept 3 ([[org|Asia Pacific Wire]]) – A fire tore through a garment factory on the outskirts of [[pl|Dhaka]] on Wednesday, killing at least nine workers and injuring more than 40, [[vs|fire officials said]], in the deadliest factory blaze in the country in two years.

The fire broke out on the fourth floor of the seven-storey building operated by [[org|Meghna Stitchworks Ltd]] in [[pl|Gazipur]], an industrial hub north of the capital, at around 10:40 a.m. local time. [[vs|Fire officials said]] it took more than four hours to bring the blaze under control.

[[vs|Several survivors]] told [[org|Asia Pacific Wire]] that a stairwell door had been locked from the outside. “We ran to the stairs and the gate was shut. We had to break a window,” said [[per|Shirin Akter]], a 23-year-old sewing operator, who was treated for burns at a local hospital.

The company’s director, [[per|Mahbubur Rahman]], [[cv|denied]] that any exits had been locked. He said the fire was [[hd|probably]] caused by a short circuit in a cutting machine and that “all safety measures were in place”. He [[ne|provided no inspection records]] when asked.

The [[org|Department of Inspection for Factories and Establishments]] said the building had been inspected in March. [[vs|An official at the department, speaking on condition of anonymity]], said the factory had [[hd|apparently]] added a floor without permission since then. The department has formed a five-member probe committee.

The fire is [[hd|believed]] to have started in a storage area where fabric rolls were piled to the ceiling, [[vs|according to a preliminary assessment by the fire service]]. The exact cause has not been determined.

[[vs|Labour rights groups]] [[cv|accused]] the owners of ignoring repeated warnings. The [[org|National Garment Workers Federation]] [[cv|claimed]] that workers had complained about blocked exits as recently as July, though it [[ne|did not provide copies of those complaints]].

[[org|Meghna]] supplies at least two European fashion brands, [[vs|according to people familiar with its order book]]. One of them, the Dutch retailer [[org|Van Hoek Mode]], said it was “deeply saddened” and had suspended orders pending an investigation. The other did not respond to a request for comment.

The disaster revived memories of the 2013 [[pl|Rana Plaza]] collapse, which killed more than 1,100 people and led to sweeping safety reforms in [[st|Bangladesh]]’s $47 billion garment industry. [[vs|Critics say]] enforcement has weakened in recent years as factories subcontract work to smaller, unregistered units.

Labour minister [[per|Anwar Chowdhury]] visited the site on Wednesday evening and promised compensation of 200,000 taka to the family of each victim.

([[per|Nusrat Jahan]] reported from [[pl|Gazipur]]; [[per|Rafiq Hossain]] reported from [[pl|Dhaka]]; Editing by [[per|Clare Whitfield]])
"""},

{"id": "b11-en-suva", "lang": "en",
 "source": SRC + "Fijian daily (Suva), obituary: a rugby coach and former police officer",
 "text": """
Obituary: Ratu [[per|Josefa Nawalowalo]], the coach who taught [[st|Fiji]] to run, dies at 74

By [[per|Litia Vuniwaqa]], [[org|Pacific Star]] Sports Editor

[[pl|SUVA]] - Ratu [[per|Josefa Nawalowalo]], who coached [[st|Fiji]]'s sevens team through its first golden era and later became one of the country's most outspoken sports administrators, died at his home in [[pl|Nausori]] on Friday. He was 74.

His family said he died peacefully after a long illness.

Born in 1952 in a village on [[pl|Kadavu]], [[per|Nawalowalo]] joined the police force at 19 and played on the wing for [[org|Police Rugby Club]] for a decade. He took charge of the national sevens side in 1988, and his teams won the [[pl|Hong Kong]] tournament three times in five years, playing a fast, offloading game that became the country's signature.

He often [[cv|claimed]] to have invented the "[[pl|Kadavu]] shuffle", the sidestep that [[vs|rival coaches]] said they could never defend. Former players tell a different story. "Everybody in the village did that step. Ratu just gave it a name," said [[per|Waisale Tikoisuva]], who played under him in the early 1990s.

His time at the top was not without controversy. In 1996 he was dismissed after a dispute with the [[org|Fiji Rugby Union]] ([[org|FRU]]), which [[cv|accused]] him of taking players to an unsanctioned tournament in [[st|Japan]]. He [[cv|denied]] the charge to the end of his life, and [[cv|maintained]] that the trip had been approved "by people who later forgot they approved it". The union [[ne|never made its findings public]].

[[vs|People close to the family]] say he was [[hd|reportedly]] offered the national job again in 2004 but turned it down for health reasons. [[vs|[[org|FRU]] officials at the time]] said no offer was made.

After leaving rugby, he served two terms on the [[org|Fiji National Sports Commission]], where he campaigned for better pay for women's teams. He [[hd|seemingly]] never lost his appetite for a fight: as recently as 2022 he [[cv|alleged]] that sevens prize money had been "swallowed by administrators", a claim the union called "[[ne|baseless]]" and for which he [[ne|offered no proof]].

Prime Minister [[per|Ilaisa Rokotuivuna]] described him as "a father of Fijian rugby" and said he would be given a state funeral. [[st|Suva]] has declared Tuesday a day of mourning for the sports community.

Tributes poured in from [[st|New Zealand]] and [[st|Samoa]], where his teams were once fierce rivals. [[per|Tikoisuva]] remembered a coach "who shouted a lot and hugged even more".

He is survived by his wife, Adi [[per|Mereoni]], four children and eleven grandchildren. The funeral will be held at the [[pl|Centenary Church]] in [[pl|Suva]] on Tuesday.

Photo: [[org|Pacific Star]] archives
"""},

{"id": "b11-en-tradepress", "lang": "en",
 "source": SRC + "UK construction trade magazine, building products: disputed fire-test data for insulation boards",
 "text": """
Insulation maker ‘used selective test data’ to market boards as low-risk, [[vs|whistleblower]] [[cv|claims]]

[[org|Site & Build News]] | [[per|Gemma Holloway]], news editor | 14 January 2026 | 4 min read

[[vs|A former technical manager at insulation manufacturer [[org|ThermaCore Panels]]]] has [[cv|alleged]] that the company marketed one of its rigid foam boards as suitable for buildings over 11 metres using results from a single favourable fire test, while leaving out two failed tests.

The whistleblower, who worked at the firm’s [[pl|Doncaster]] plant until last year and asked not to be named, has passed documents to [[org|Site & Build News]] and to the [[org|Building Safety Regulator]]. The documents [[hd|appear to]] show test reports from 2022 and 2023 in which samples of the board, sold as TC-Guard 90, burned through faster than the classification [[cv|claimed]] in the product’s datasheet.

[[org|Site & Build News]] has seen the documents but [[ne|has not been able to verify]] that the two failed tests were carried out on the same product formulation. [[org|ThermaCore]] [[cv|disputes]] that they were.

In a statement, [[org|ThermaCore]]’s managing director, [[per|Neil Ashworth]], said the failed tests concerned “an early prototype that was never sold” and [[cv|insisted]] that TC-Guard 90 had “always been accurately described”. He said the firm would “vigorously defend” its reputation, but [[ne|declined to share the full test history]], citing commercial confidentiality.

[[vs|A spokesperson for the regulator]] confirmed it had received information about “a construction product” and was assessing it. It is not known whether an investigation has been opened.

The allegations come as the industry is still adjusting to the [[org|Grenfell Tower Inquiry]]’s findings that manufacturers manipulated testing and misled the market. [[vs|Several fire engineers contacted by this publication]] said selective reporting of test results was “[[hd|probably]] more common than anyone would like to admit”.

[[vs|Industry insiders]] say at least three housing associations in [[pl|Yorkshire]] have specified the board on recent projects. One of them, [[org|Riverside Dales Homes]], said it was “seeking urgent assurance” from the manufacturer.

The [[org|Construction Products Association]] said it could not comment on individual cases but urged members to publish full test histories.

[[org|ThermaCore]], which [[hd|reportedly]] turned over £38m last year, is privately owned. [[vs|Sources close to the company]] suggest it is considering legal action against the former employee for breach of confidentiality.

[[vs|The whistleblower]] told us: “I am not saying the board is dangerous. I am saying customers were not given the full picture.” The whistleblower [[ne|has not provided evidence]] that any building using the board is unsafe, and there is no suggestion that any has failed in use.

READ MORE: Gateway 2 delays: contractors say approvals now take 40 weeks

Do you have a story? Contact our newsdesk.
"""},
{"id": "b11-en-newsletter", "lang": "en",
 "source": SRC + "weekly tech newsletter (email edition), AI: a start-up's benchmark claims and a rival's rebuttal",
 "text": """
The [[org|Stack Weekly]] - Issue #142: A benchmark too good to be true?

Hi all, [[per|Priya]] here. This week: a coding-assistant start-up posts a record score, a rival cries foul, and what the numbers do and don't tell us. Plus: layoffs at a chip designer and three links worth your time.

1. The big one: [[org|Quillby]]'s 'state of the art' result

[[org|Quillby]], the [[pl|Austin]]-based start-up behind the QB-3 coding model, announced on Monday that it scored 78.4% on a popular software-engineering benchmark, roughly ten points ahead of the best published result. Chief executive [[per|Dana Whitcombe]] [[cv|claimed]] in a launch video that QB-3 "solves real bugs better than most junior engineers".

Within 24 hours, [[vs|researchers at rival lab [[org|Northgate AI]]]] posted a thread [[cv|alleging]] that some of the benchmark's test problems had [[hd|likely]] leaked into [[org|Quillby]]'s training data. [[org|Northgate]]'s head of evaluation, [[per|Marcus Eng]], [[cv|alleged]] that QB-3 reproduced several reference fixes "character for character, including a typo". [[org|Northgate]] published four examples but [[ne|has not released its full analysis]].

[[org|Quillby]] [[cv|denies]] any contamination. In a blog post, the company said it had "filtered the training set against every public benchmark we know of" and [[cv|accused]] [[org|Northgate]] of "cherry-picking" examples to protect its own market position. [[ne|It has not, however, released the filtering code]], and [[ne|no independent group has reproduced the 78.4% figure]] so far.

My take: both companies have an interest here, and [[ne|neither has shown its full working]]. [[vs|People who have tested QB-3 privately]] tell me it is strong on everyday tasks, which is [[hd|possibly]] the more useful signal. Benchmarks are [[hd|supposedly]] a neutral referee; in practice, as this week showed, they are only as good as the data hygiene behind them.

2. Layoffs at [[org|Verisil]]

Chip designer [[org|Verisil]] is cutting about 12% of staff, [[vs|according to two people briefed on the plan]]. The cuts [[hd|reportedly]] hit its [[pl|Bangalore]] and [[pl|Eindhoven]] design centres hardest. [[org|Verisil]] did not respond to my email. [[vs|One engineer]] [[cv|claimed]] on a forum that the whole automotive team was let go; I [[ne|could not confirm that]].

3. Links

- A good explainer from [[org|Open Metrics Lab]] on why leaderboard scores drift over time.
- The [[org|European Commission]]'s draft guidance on general-purpose AI models, which [[vs|critics]] say is vague on benchmark disclosure.
- A long read on the [[st|Netherlands]]' export rules for chipmaking tools, and why [[st|Washington]] keeps pushing for more.

That's it for this week. If you work at [[org|Quillby]] or [[org|Northgate]] and want to talk, my DMs are open - I protect sources.

- [[per|Priya Raman]]

You are receiving this because you subscribed to The [[org|Stack Weekly]]. Unsubscribe | Manage preferences
"""},

{"id": "b11-en-explainer", "lang": "en",
 "source": SRC + "health-science news site, explainer: a study on melatonin gummies for children",
 "text": """
Explainer: Are melatonin gummies safe for children? What a new study does – and doesn’t – show

By Dr [[per|Aoife Brennan]] · Health · 6 min read · Updated 11:05 GMT

A study published this week has been widely shared as proof that melatonin gummies “damage children’s growth”. The reality is more complicated. Here is what we know.

What did the study find?

Researchers at the [[org|University of Tromsø Institute of Paediatric Research]] followed 1,840 children in [[st|Norway]] for four years. Those who took melatonin supplements regularly were, on average, 0.6 centimetres shorter at the end of the study than those who did not. The authors, led by [[per|Ingrid Solberg]], say the difference “may [[hd|possibly]] reflect” differences in puberty timing, but stress that their study cannot show cause and effect.

Who is saying it stunts growth?

A post by the wellness influencer [[per|Kayla Monroe-Hart]], viewed more than four million times, [[cv|claims]] the study “proves” melatonin “shuts down growth hormones”. The study does not say that, and [[per|Monroe-Hart]] [[ne|provided no source]] for the hormone claim when we contacted her. She [[cv|maintained]] that “parents deserve to know”.

Is melatonin regulated?

It depends on where you live. In the [[st|UK]], melatonin is a prescription-only medicine. In the [[st|United States]] it is sold as a dietary supplement, and the [[org|Food and Drug Administration]] does not approve it before sale. [[vs|Several paediatricians we spoke to]] said gummies bought online often contain doses very different from the label.

A 2023 laboratory analysis by [[org|Lakeview Consumer Labs]] found that some gummies contained up to three times the stated dose. The manufacturer of one brand, [[org|DreamDrop Nutrition]], [[cv|disputed]] the methodology and said its products were “accurately labelled”, [[ne|without publishing its own test results]].

So should parents stop?

[[per|Solberg]] told us her findings are “a reason for caution, not panic”. Short-term use for diagnosed sleep problems, under medical supervision, is [[hd|probably]] low-risk, [[vs|most experts say]]. Long-term nightly use in healthy children is where the evidence is thinnest.

Dr [[per|Rahul Mehta]], a sleep specialist at [[org|St Brigid’s Children’s Hospital]] in [[pl|Dublin]], said that many children given melatonin [[hd|seem to]] sleep no better after a few months. “Behavioural changes – screens off, regular bedtimes – [[hd|apparently]] work as well for most kids, and they are free,” he said.

What happens next?

The [[org|European Medicines Agency]] said it was “aware of the publication” and would consider it in its next review. The Norwegian team plans a follow-up with bone-age scans, results of which are expected in 2028.

The bottom line: the study found a small association, not proof of harm. Claims that melatonin “stunts growth” are [[ne|not supported by the evidence]] so far.
"""},

{"id": "b11-en-helena", "lang": "en",
 "source": SRC + "Montana political news site, opinion/analysis: state legislature water-rights bill",
 "text": """
ANALYSIS: Who wrote House Bill 614? The water fight nobody in [[pl|Helena]] wants to own

By [[per|Cody Running Crane]] | Capitol Bureau | [[org|Big Sky Ledger]] | Feb. 19, 2026

[[pl|HELENA]] - On paper, House Bill 614 is a dry piece of plumbing: it changes how the [[org|Montana Department of Natural Resources and Conservation]] processes applications to move water rights from one use to another. In practice, it could decide whether a proposed data center east of [[pl|Billings]] gets the water it needs - and the fight over it has turned into one of the nastiest of this session.

The bill's sponsor, Rep. [[per|Dale Hergert]], a [[pl|Yellowstone County]] Republican, [[cv|insists]] the measure is about "clearing a backlog that hurts ranchers". [[vs|Critics]] see something else. [[vs|Two lobbyists who have worked on water issues for more than a decade]] told the [[org|Ledger]] that the bill's language was drafted by lawyers for [[org|Redstone Compute]], the company planning the data center. Neither would be named, citing ongoing business with lawmakers.

[[per|Hergert]] [[cv|denied]] that on Tuesday. "I wrote it with my own two hands and a lot of coffee," he said. [[org|Redstone]] said in a statement that it "supports efficient water administration" but did not answer whether its lawyers had seen the bill before it was introduced.

The metadata on an early draft, obtained by the [[org|Ledger]], lists an author named "jkessler". [[org|Redstone]]'s outside law firm, [[org|Kessler Maddox PLLC]], employs an attorney named [[per|Jordan Kessler]]. The firm did not respond to calls. To be fair, that is circumstantial; the name could be a coincidence, and the draft [[ne|does not by itself prove]] who wrote the text.

Ranchers along the [[pl|Yellowstone River]] are split. [[per|Tammy Olsen]], who runs cattle near [[pl|Park City]], [[cv|claimed]] at a committee hearing that the data center "will drink the river dry in August". Asked for figures, she [[ne|offered none]]. [[org|Redstone]] says the plant would use about 1,200 acre-feet a year, less than a mid-sized farm.

Then there is the governor. [[vs|People close to the governor's office]] say he is [[hd|likely]] to sign the bill if it reaches his desk, but his spokesperson, [[per|Ellen Marsh]], said only that he "reviews every bill on its merits".

My read: the bill may well be good policy. But lawmakers who vote for it without knowing who wrote it are taking a risk. [[vs|Legislative staff]] say there is no rule requiring sponsors to disclose outside drafting help - and that, [[hd|arguably]], is the bigger problem.

The [[org|House Natural Resources Committee]] votes on HB 614 on Monday. The [[org|Montana Environmental Information Center]] and the [[org|Montana Farm Bureau]] have both asked to testify, on opposite sides.

Opinions expressed in analysis pieces are the author's own.
"""},
]
