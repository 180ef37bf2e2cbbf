# -*- coding: utf-8 -*-
"""Blind set 13, English articles (invented events, people, companies and outlets). Markup: [[tag|text]]."""
SRC = "written for ClaimLens blind set 13 (invented events and people); register: "

ARTICLES = [
{"id": "b13-en-nairobi", "lang": "en",
 "source": SRC + "Kenyan technology news website, fintech and privacy: digital lender accused of contact shaming",
 "text": """
Lending app [[org|Pesa Haraka]] [[cv|accused]] of shaming borrowers' contacts; firm [[cv|denies]] misusing data

[[org|TechNairobi]] | [[per|Wanjiru Kamau]] | 18 November 2026

[[vs|Borrowers of [[org|Pesa Haraka]]]], one of [[st|Kenya]]'s fastest-growing mobile lending apps, say the company has been sending messages to people in their phone contacts calling them "thieves" and "defaulters" when repayments run late.

[[org|TechNairobi]] spoke to [[vs|nine borrowers]] in [[pl|Nairobi]], [[pl|Kisumu]] and [[pl|Mombasa]] who described the same pattern: a loan of a few thousand shillings, a missed deadline, then a wave of SMS messages to relatives, colleagues and even church leaders. "My pastor received a message saying I had stolen money. I owed 2,400 shillings," said [[per|Faith Achieng]], a hairdresser in [[pl|Kawangware]].

Several borrowers shared screenshots of the messages. The screenshots [[ne|could not be independently verified]], and the numbers that sent them are not registered to the company.

[[org|Pesa Haraka]], which is owned by [[org|Jumla Digital Credit Ltd]] and has offices in [[pl|Westlands]], [[cv|denied]] any involvement. Chief executive [[per|Kevin Mutua]] [[cv|insisted]] that the app "does not access contact lists and has never done so", and [[cv|blamed]] "rogue third-party debt collectors" for the messages. He did not name the collectors.

[[vs|People familiar with the company's operations]], however, said the app requested permission to read contacts until at least March this year, when [[org|Google]] tightened its rules for lending apps on the Play Store. [[vs|A former employee]] [[cv|claimed]] that contact lists collected before that date were "still sitting on a server" and [[hd|allegedly]] shared with collection agencies. [[per|Mutua]] called the claim "completely false" but [[ne|has not published the audit]] he says clears the firm.

The [[org|Office of the Data Protection Commissioner]] ([[org|ODPC]]) confirmed it had received "a number of complaints" about the lender and opened an investigation. In 2023 the regulator fined three digital lenders for similar practices. [[vs|Officials at the commission]] said a decision was [[hd|likely]] before the end of January.

Digital lenders in [[st|Kenya]] must be licensed by the [[org|Central Bank of Kenya]] ([[org|CBK]]). [[org|Pesa Haraka]] received its licence in 2024. The [[org|CBK]] said it did not comment on individual institutions but "takes consumer protection seriously".

[[vs|Consumer advocates]] [[cv|argue]] that enforcement remains weak. "These companies pay the fine and carry on," said [[per|Ibrahim Hassan Noor]] of the [[org|Digital Rights Watch Kenya]]. [[vs|Some industry insiders]] [[cv|contend]] that the problem is structural: with default rates [[hd|reportedly]] above 30 per cent, shaming is seen as the cheapest way to recover money.

For [[per|Achieng]], the damage is done. "My family still believes I stole," she said. "You cannot unsend a message."

Have you been affected? Contact our reporters in confidence.
"""},

{"id": "b13-en-cork", "lang": "en",
 "source": SRC + "Irish farming weekly, dairy sector news: co-op milk price bonus clawback dispute",
 "text": """
[[vs|Suppliers]] [[cv|accuse]] [[org|Blackwater Dairies]] of quietly clawing back milk price bonus

[[org|Farm Gate Weekly]] · [[per|Siobhán Ó Laoire]], Dairy Correspondent

Dairy farmers supplying [[org|Blackwater Dairies]] in north [[pl|Cork]] are demanding answers after October’s milk statement showed deductions of up to €1,900 per farm, which [[vs|suppliers]] [[cv|claim]] amount to a back-door reversal of the sustainability bonus paid earlier this year.

The co-op, which collects milk from around 2,300 farms along the [[pl|Blackwater]] valley between [[pl|Mallow]] and [[pl|Fermoy]], paid a bonus of 1.5c/L in May to suppliers who completed its carbon-audit scheme. [[vs|Several farmers who spoke to the [[org|Farm Gate]]]] said a new line marked “scheme adjustment” appeared on their statements last month.

“They gave it with one hand and took it back with the other,” said [[per|Donal Twomey]], who milks 140 cows near [[pl|Kanturk]]. “Nobody wrote to us. Nobody rang.”

[[org|Blackwater Dairies]] [[cv|denies]] any clawback. In a statement, chief executive [[per|Aidan Fitzgerald]] [[cv|insisted]] that the adjustment related to “a small number of suppliers who did not meet the scheme’s verification requirements”. He did not say how many suppliers were affected, and the co-op [[ne|has not provided any breakdown]] of the figures to its members.

The [[org|Irish Creamery Milk Suppliers Association]] ([[org|ICMSA]]) said it had received calls from “dozens” of members. Its dairy chair, [[per|Pádraig Ó Súilleabháin]], [[cv|alleged]] that the co-op was “trying to balance its books on the backs of farmers” after a difficult year for butter and powder prices. The co-op [[cv|rejected]] that description as “[[ne|baseless]]”.

[[vs|Sources on the co-op board]] say the issue will be raised at next week’s meeting. [[vs|One board member]] said privately that the verification rules had been changed “after the fact”, though the claim [[ne|could not be confirmed]] with the co-op.

The row comes at a sensitive time. The [[org|Department of Agriculture, Food and the Marine]] is finalising the next phase of the dairy sustainability programme, and [[org|Teagasc]] figures show that average dairy incomes fell by almost a fifth last year. Minister for Agriculture [[per|Declan Moriarty]] told the [[org|Dáil]] last week that processors must be “transparent and fair” with suppliers.

Farmers are also nervous about the future of the nitrates derogation. [[vs|Some in the industry]] believe [[org|European Commission]] officials are [[hd|unlikely]] to extend it beyond 2028 unless water quality in rivers such as the [[pl|Blackwater]] and the [[pl|Bride]] improves. [[vs|Environmental groups]] [[cv|argue]] that co-op bonus schemes reward paperwork rather than real change on farms.

For now, [[per|Twomey]] wants his money back. “If they made a mistake, fine,” he said. “Just tell us what it was.”

A spokesperson for [[org|Blackwater Dairies]] said suppliers with queries could contact their area manager.
"""},

{"id": "b13-en-singapore", "lang": "en",
 "source": SRC + "Singapore business news wire, corporate: acquisition announcement and short-seller report",
 "text": """
[[org|Merlion ColdChain]] to buy [[pl|Batam]] logistics firm for S$210 million, [[cv|rejects]] short-seller claims

[[org|SG Market Wire]] | [[pl|SINGAPORE]] | 24 November 2026

[[org|Merlion ColdChain Holdings]], the [[org|SGX]]-listed cold-storage operator, said on Monday it had agreed to acquire [[org|Nusantara Freeze Logistik]], an Indonesian refrigerated warehousing company based on [[pl|Batam]], for S$210 million in cash and shares.

The deal will add five warehouses in the [[pl|Riau Islands]] and [[pl|West Java]] to [[org|Merlion]]'s network of 14 facilities in [[pl|Tuas]], [[pl|Jurong Island]] and [[pl|Johor]]. The company said in a filing that the acquisition would be earnings-accretive from the first full year and would "strengthen our position as the leading cold-chain platform in the [[st|Singapore]]-[[pl|Johor]]-[[pl|Riau]] growth triangle".

"[[pl|Southeast Asia]]'s demand for temperature-controlled storage is growing at double digits, driven by pharmaceuticals and premium food," said group chief executive [[per|Tan Wei Ming]]. Completion is expected in the second quarter of 2027, subject to shareholder approval and clearance by [[st|Indonesia]]'s competition authority.

The announcement comes three weeks after [[org|Kestrel Hill Research]], a [[pl|Hong Kong]]-based short seller, published a report that [[cv|alleged]] [[org|Merlion]] had overstated its warehouse occupancy rates and booked revenue from related parties as third-party income. The report, which [[cv|claimed]] that "at least a third" of reported revenue came from companies linked to the founding family, sent the shares down 22 per cent in two days.

[[org|Merlion]] on Monday "categorically" [[cv|rejected]] the allegations as "[[ne|unsubstantiated]] and misleading". Chief financial officer [[per|Priya Raghunathan]] said the company's accounts had been audited without qualification and that all related-party transactions had been disclosed. [[org|Kestrel Hill]] said it stood by its findings, but it [[ne|has not released the underlying data]].

[[org|SGX RegCo]], the exchange's regulatory arm, has asked the company to respond to a list of queries about the report. [[vs|People familiar with the matter]] said the [[org|Monetary Authority of Singapore]] ([[org|MAS]]) was also "monitoring the situation", though there is no indication of a formal investigation.

[[vs|Analysts said]] the timing of the deal was [[hd|probably]] no accident. "Announcing a big acquisition is one way to change the conversation," said [[per|Daniel Koh]], head of research at [[org|Orchard Equities]]. "But investors will want independent verification of the numbers before they vote."

[[vs|Some minority shareholders]] [[cv|contend]] that the price is too high. [[org|Nusantara Freeze]] is [[hd|reportedly]] controlled by a businessman who has previously partnered with [[org|Merlion]]'s founder, [[per|Lim Chee Keong]], on property ventures in [[st|Vietnam]]. [[org|Merlion]] said the transaction had been reviewed by an independent board committee.

Shares of [[org|Merlion ColdChain]] rose 6.4 per cent to S$0.83 on Monday.
"""},

{"id": "b13-en-hebrides", "lang": "en",
 "source": SRC + "Scottish island community news site (Outer Hebrides), live updates: ferry cancellations",
 "text": """
LIVE: [[pl|Lochboisdale]] ferry cancelled for ninth day as [[vs|islanders]] [[cv|accuse]] operator of “managed decline”

[[org|Hebrides Now]] – updates by [[per|Mairi Campbell]] in [[pl|South Uist]] and [[per|Calum MacInnes]] in [[pl|Oban]]

16:45 – That’s all from us today. We’ll be back tomorrow morning with the latest on sailings. Thanks for following.

16:20 – [[org|Comhairle nan Eilean Siar]] leader [[per|Ruaraidh MacNeil]] has written to the Transport Secretary asking for an emergency replacement vessel. He [[cv|claims]] the islands have been “treated as an afterthought” and [[cv|accuses]] [[org|Hebridean Link]] of “managed decline” of the southern routes.

15:55 – [[org|Hebridean Link]] says the MV Eilean Dubh remains in dry dock in [[pl|Greenock]] awaiting a replacement gearbox part. Managing director [[per|Fiona Kerr-Lamont]] [[cv|insisted]] the part would arrive “by the end of the week”. The company [[ne|has still not published the engineering report]] it commissioned after the vessel broke down.

15:10 – [[vs|A source at the operator]] tells us the part has [[hd|apparently]] been ordered from a supplier in [[st|Norway]] and is [[hd|unlikely]] to be fitted before next Wednesday. We have asked [[org|Hebridean Link]] to comment.

14:30 – [[vs|Several hauliers]] say they have had to send lorries via [[pl|Barra]] and the [[pl|Sound of Eriskay]], adding up to six hours to journeys. [[vs|One fish-farm worker]] told us 40 tonnes of salmon had been “sitting on the quay at [[pl|Lochboisdale]]” since Saturday.

13:45 – The [[org|Scottish Government]] has responded. Transport Secretary [[per|Alasdair Grant]] said ministers were “doing everything possible” and [[cv|denied]] that the southern isles were being neglected. He said [[org|Caledonian Maritime Assets Ltd]] ([[org|CMAL]]) was “exploring the charter of a vessel from [[st|Ireland]]”.

12:50 – Islanders have been sharing pictures of empty shelves at the [[org|Co-op]] in [[pl|Daliburgh]]. The shop says fresh deliveries have been cut to two a week.

12:15 – Opposition MSPs have seized on the story. [[org|Scottish Conservative]] transport spokesperson [[per|Graham Lockhart]] [[cv|claimed]] “dozens” of hospital appointments in [[pl|Glasgow]] had been missed because of the cancellations, [[ne|without giving figures]]. [[org|NHS Western Isles]] said it was “not aware” of missed appointments but was offering video consultations where possible.

11:30 – [[vs|Some residents]] believe the operator is quietly preparing to move the [[pl|Lochboisdale]] route to [[pl|Mallaig]] permanently. [[org|Hebridean Link]] called the suggestion “[[ne|pure speculation]]”.

10:40 – For those just joining: no ferry has sailed between [[pl|Lochboisdale]] and [[pl|Mallaig]] since 14 November. [[vs|Local businesses]] say the disruption has cost the island economy “hundreds of thousands of pounds”. The [[org|South Uist Business Forum]], which surveyed its members, [[ne|did not say how the figure was calculated]].

10:00 – Good morning and welcome to our live coverage of the ferry crisis affecting [[pl|South Uist]] and [[pl|Eriskay]].
"""},

{"id": "b13-en-delta", "lang": "en",
 "source": SRC + "Nigerian environmental news website, investigation: oil spill in Bayelsa State and sabotage claims",
 "text": """
[[vs|Communities]] [[cv|accuse]] [[org|Riverline Petroleum]] of ignoring [[pl|Nembe]] spill for 11 days

[[org|Creekside Reporter]] | [[per|Tamunotonye Briggs]] in [[pl|Nembe]], [[pl|Bayelsa State]]

[[vs|Fishermen in the [[pl|Nembe]] area of [[pl|Bayelsa State]]]] say crude oil has been gushing from a pipeline operated by [[org|Riverline Petroleum Development Company]] ([[org|RPDC]]) since 2 November, coating mangroves and fish traps along a 15-kilometre stretch of the [[pl|Santa Barbara River]].

[[vs|Community leaders]] [[cv|allege]] that the company took 11 days to shut the line and only sent a clamp team after youths blocked access to its flow station at [[pl|Okoroma]]. "We reported it the same morning. They told us to wait," said Chief [[per|Ebiye Tonye-Amadi]], the paramount ruler of one of the affected communities.

[[org|RPDC]], a joint venture partner of the [[org|Nigerian National Petroleum Company]] ([[org|NNPC]]), [[cv|claimed]] in a statement that the leak was caused by "third-party interference", meaning sabotage or illegal tapping by oil thieves. It did so [[ne|without providing evidence]], and a joint investigation visit, which under Nigerian rules must include regulators and community representatives, has not yet taken place.

Company spokesman [[per|Olumide Adeyemi]] [[cv|insisted]] that "the line was isolated within hours of our surveillance team detecting the incident". He said the volume spilled was "minimal", estimated at under 200 barrels.

That figure is disputed. Video footage filmed by residents and seen by the [[org|Creekside Reporter]] shows thick crude spreading across several creeks. [[vs|An independent environmental consultant]] who reviewed the footage said the spill was "[[hd|likely]] in the thousands of barrels, not hundreds", though she cautioned that footage alone could not establish volume.

The [[org|National Oil Spill Detection and Response Agency]] ([[org|NOSDRA]]) said it had been notified and would lead the investigation. [[vs|An official at the agency's office in [[pl|Yenagoa]]]], who was not authorised to speak publicly, said its team had been unable to reach the site because of "security concerns".

Under Nigerian law, operators are not liable for compensation when a spill is caused by sabotage, which [[vs|campaigners say]] gives companies an incentive to blame thieves. [[vs|Critics say]] this loophole has left hundreds of spills in the [[pl|Niger Delta]] without compensation. [[org|Environmental Rights Action]] [[cv|accused]] [[org|RPDC]] of "hiding behind the sabotage excuse", and said it had documented 17 spills on the same pipeline since 2019.

The spill is the latest in a series of incidents in the region. In [[pl|Abuja]], the [[org|Federal Ministry of Environment]] said it would "await the outcome" of the investigation.

For fishermen like [[per|Preye Okoko]], 52, the result is already clear. "The fish are gone. Our wives cannot sell anything at the [[pl|Ogbia]] market," he said, pointing at a canoe blackened with oil. "If it was sabotage, why did they not come to stop it?"

[[org|RPDC]] said it would pay for relief materials "as a gesture of goodwill".
"""},

{"id": "b13-en-saskatoon", "lang": "en",
 "source": SRC + "Canadian Prairies agricultural news outlet, grain logistics: rail car shortfall and backlog",
 "text": """
[[vs|Farmers]] [[cv|accuse]] railway of short-changing Prairie grain as backlog hits 1.8 million tonnes

[[org|Prairie Grain Report]] — [[per|Shauna Kowalchuk]], [[pl|Saskatoon]]

Grain is piling up in elevators across western [[pl|Saskatchewan]] as [[vs|shippers]] [[cv|claim]] that [[org|Prairie Northern Railway]] ([[org|PNR]]) is supplying barely two-thirds of the hopper cars it promised for the fall shipping season.

The [[org|Western Grain Shippers’ Coalition]] said on Tuesday that the backlog of unfilled car orders had reached an estimated 1.8 million tonnes, the highest since the winter of 2014. “We have canola, durum and peas sitting in bins that should be on ships by now,” said coalition chair [[per|Gord Lindqvist]], who farms near [[pl|Kindersley]].

[[org|PNR]] [[cv|disputes]] the numbers. In a statement, the railway [[cv|maintained]] that it had moved “record volumes” through the [[pl|Port of Vancouver]] in October and [[cv|blamed]] congestion at terminal elevators on the [[pl|West Coast]]. Vice-president of grain operations [[per|Renée Beaulieu]] said the railway was “meeting its commitments under the service agreement”. The company [[ne|has not released car-by-car data]] that would allow the claim to be checked.

[[vs|Several elevator managers]] in west-central [[pl|Saskatchewan]] told the [[org|Report]] that trains had been [[hd|apparently]] diverted to move potash and containers, which earn more per car. “Grain gets what’s left over,” [[vs|one manager in [[pl|Rosetown]]]] said. [[org|PNR]] called that suggestion “categorically false”.

The stakes are high. Prices at the farm gate fall when elevators cannot ship, and [[vs|analysts estimate]] that farmers in [[pl|Alberta]] and [[pl|Saskatchewan]] are losing up to $30 a tonne in widened basis. The [[org|Agricultural Producers Association of Saskatchewan]] ([[org|APAS]]) has called on [[st|Ottawa]] to impose penalties for missed car orders.

Federal agriculture minister [[per|Marc-André Thibodeau]] said the government was “watching closely” and had asked the [[org|Canadian Transportation Agency]] to review the railway’s performance. [[vs|Officials in his office]] said new legislation was “[[hd|possibly]]” on the table for the spring session.

Buyers are taking notice. [[vs|Exporters]] say at least two vessels bound for [[st|China]] and one for [[st|Japan]] have waited more than ten days at anchor in [[pl|English Bay]], with demurrage costs running to US$25,000 a day per ship. [[vs|Some traders]] believe [[st|Canada]] could eventually lose market share in pulses to [[st|Australia]] and [[st|Russia]] if the backlog continues into the new year.

Weather has not helped. An early cold snap in the [[pl|Rocky Mountains]] slowed trains through the [[pl|Fraser Canyon]] in the first week of November, something [[org|PNR]] has cited in previous statements to explain delays.

[[per|Lindqvist]] is unconvinced. “Every year there’s a new excuse. Snow, fires, floods,” he said. “The one constant is that grain farmers pay for it.”

The [[org|Canadian Grain Commission]] is expected to publish its weekly performance data on Friday.
"""},

{"id": "b13-en-kaipara", "lang": "en",
 "source": SRC + "New Zealand regional news site (Northland), local council: wastewater scheme cost overrun",
 "text": """
[[pl|Mangawhai]] wastewater bill blows out to $96m as councillors clash over who knew what

[[org|Northland Ledger]] | Local democracy | [[per|Aroha Whatuira]]

The cost of expanding [[pl|Mangawhai]]'s wastewater scheme has almost doubled to $96 million, [[org|Kaipara District Council]] heard on Wednesday, in a meeting that descended into open accusations between councillors.

[[vs|Council staff]] told the meeting that higher construction prices, a longer ocean outfall and new standards set by the water regulator, [[org|Taumata Arowai]], had pushed the budget well beyond the $52m approved in 2024. Ratepayers connected to the scheme could face annual charges rising by up to $640.

Councillor [[per|Gavin Pryor]] [[cv|claimed]] that senior managers had known about the overrun "since at least March" and kept it from elected members until after the long-term plan was adopted. "We were asked to vote with half the picture," he said. He [[ne|did not say what documents supported]] that assertion.

Chief executive [[per|Louise Harte]] [[cv|denied]] any information had been withheld. She said a revised estimate only became available in September, after tender prices came in. Mayor [[per|Jonathan Ngata]] backed her, and [[cv|accused]] [[per|Pryor]] of "playing politics with people's rates".

[[vs|Some councillors]] were less sure. [[per|Hine Tautari]], who represents the [[pl|Kaiwaka-Mangawhai]] ward, said she had been told informally in June that costs were "trending up". She called for an independent review.

[[vs|Critics say]] the scheme has a troubled history. The original [[pl|Mangawhai]] scheme, built in the late 2000s, left the district with one of the highest debt levels in [[st|New Zealand]] and eventually led [[st|Wellington]] to appoint commissioners to run the council. [[vs|Longtime residents]] said the latest news felt "like history repeating itself".

The council [[cv|insists]] this time is different. A peer review by an engineering firm found the new estimate "reasonable", [[vs|according to staff]], though the council [[ne|has not released the review]] and declined the [[org|Ledger]]'s request for a copy.

[[vs|Some ratepayers]] [[cv|argue]] that the cost should be spread across the whole district, not just the 2,900 properties connected to the network. [[vs|Residents of [[pl|Dargaville]]]], which has its own ageing plant on the [[pl|Northern Wairoa River]], strongly oppose that idea.

The government's water reforms add further uncertainty. Under the new rules, councils can form joint water organisations, and [[vs|officials at the [[org|Department of Internal Affairs]]]] have [[hd|reportedly]] encouraged [[org|Kaipara District Council]] to consider joining with [[org|Whangārei District Council]]. [[per|Ngata]] said no decision had been made.

[[pl|Mangawhai]] is one of the fastest-growing towns in [[pl|Northland]], with its population expected to pass 10,000 within a decade. Without the expansion, the council says new subdivisions could not be connected.

Councillors voted 6-3 to proceed with the next stage of design while an independent review is commissioned. The review is due in March.
"""},

{"id": "b13-en-crypto", "lang": "en",
 "source": SRC + "cryptocurrency email newsletter, market analysis: DeFi token collapse and hack claims",
 "text": """
[[org|Chainletter]] #212: [[org|Solvane]] says it was hacked. On-chain data tells a messier story

By [[per|Jonah Verhoeven]] · 5 min read

Good morning. If you hold SOLV, you already know: the token lost 83% of its value between Friday night and Sunday afternoon, wiping out roughly $140 million in market value. The protocol’s team [[cv|claims]] it was the victim of an “advanced exploit” by a “state-level actor”. Let’s look at what we actually know.

**The official story.** In a thread posted Saturday, [[org|Solvane Labs]] co-founder [[per|Aurelio Brandt]] said attackers had drained about $38 million from the protocol’s lending pools and [[cv|insisted]] that the team “acted within minutes” to pause contracts. He [[cv|blamed]] hackers “[[hd|likely]] linked to [[st|North Korea]]”, [[ne|without sharing any transaction hashes]] or naming the security firm he said was investigating.

**What the chain shows.** Independent researcher “[[per|Marlowe]]”, who tracks wallet flows on several blockchains, [[cv|alleges]] that at least $9 million of the drained funds went to wallets that had previously received tokens from the team’s own treasury. [[org|Solvane]] [[cv|denies]] any link. We reviewed [[per|Marlowe]]’s published transactions, and the connection between the wallets [[hd|appears to]] hold, but that does not prove who controls them.

**Where’s the money?** [[vs|People familiar with the investigation]] told [[org|Chainletter]] that roughly $12 million was moved through [[org|Kelpex]], an exchange registered in the [[st|Seychelles]], before being converted to stablecoins. [[org|Kelpex]] said it had frozen “a number of accounts” but declined to give details.

**The community.** [[vs|Some large holders]] on the project’s Discord [[cv|claim]] the team sold tokens in the days before the exploit. The token-unlock schedule shows a scheduled release to insiders on Thursday, but whether those tokens were sold [[ne|is impossible to verify]] from public data alone, since they were moved to an exchange wallet. [[per|Brandt]] called the accusations “FUD from people who lost money”.

**The regulators.** [[org|Solvane Labs]] is incorporated in [[pl|Dubai]], with developers in [[pl|Lisbon]] and [[pl|Singapore]]. It has marketed its products to users in the [[st|United States]], which may interest the [[org|Securities and Exchange Commission]]. [[vs|Lawyers we spoke to]] said a class action in [[st|US]] courts was [[hd|probably]] only a matter of time.

**Our take.** Hacks happen, and it is possible [[org|Solvane]] was simply unlucky. But a team that says “trust us” should show its work: publish the post-mortem, name the auditors, open the treasury wallets. Until then, the “[[st|North Korea]] did it” story [[ne|rests on nothing the rest of us can check]].

**Also this week:** [[org|Kelpex]] delisted three other tokens; [[vs|analysts say]] bitcoin ETF outflows [[hd|seem to]] have slowed; and a new stablecoin bill is moving through the [[org|European Parliament]].

See you Thursday. Reply to this email with tips; we read everything.
"""},

{"id": "b13-en-manila", "lang": "en",
 "source": SRC + "Philippine fact-checking website, fact-check: viral post about typhoon relief packs in Catanduanes",
 "text": """
FACT CHECK: Mayor did not relabel [[org|DSWD]] relief packs with his face, but stickers were added

[[org|FactDesk Manila]] | [[per|Kristine Joy Dela Cruz]] | November 26, 2026

CLAIM: A Facebook post shared more than 45,000 times [[cv|claims]] that the mayor of [[pl|Virac]], [[pl|Catanduanes]], removed the logo of the [[org|Department of Social Welfare and Development]] ([[org|DSWD]]) from typhoon relief packs and replaced it with stickers bearing his own face.

RATING: MISLEADING

WHY: Photos in the post are real, but the [[org|DSWD]] logo was not removed. The stickers were placed on the outer plastic bags, not on the family food packs themselves.

The post, published on November 19 by a page called "[[org|Bicol Bantay Bayan]]," shows a stack of relief bags with stickers reading "Tulong ni Mayor [[per|Tabuzo]]." The page [[cv|alleged]] that Mayor [[per|Rodelio Tabuzo]] had "stolen credit" for government aid sent after Typhoon Rosal, which flattened thousands of homes in the island province in early November.

We found [[ne|no evidence]] that the [[org|DSWD]] logo had been removed. Photos of the same batch, taken by a volunteer at the [[pl|Virac]] municipal gym and shared with [[org|FactDesk]], show the original packs, with the agency's logo intact, inside transparent bags to which the stickers were attached.

[[per|Tabuzo]] [[cv|denied]] any wrongdoing. "The stickers were for the bags we bought with municipal funds, to tell residents where to bring complaints," he told [[org|FactDesk]] by phone. He [[cv|insisted]] the bags and stickers were paid for from the town's own budget, though his office [[ne|did not provide receipts]] when asked.

The [[org|DSWD]] regional office in [[pl|Legazpi]] said its rules prohibit "any alteration or branding" of family food packs. Regional director [[per|Ma. Cristina Belmonte]] said the office had reminded local officials of the policy but had not found that the packs themselves were tampered with.

[[vs|Some residents]] interviewed by [[org|FactDesk]] in [[pl|Barangay San Isidro]] said they had received packs without stickers, while others received packs inside the branded bags. [[vs|One resident]] [[cv|claimed]] that families who did not support the mayor in the 2025 election were served last. We [[ne|could not independently confirm]] this, and the claim [[ne|remains unverified]].

The page that published the post is [[hd|apparently]] run by supporters of a rival politician. Its administrators did not respond to our messages. [[vs|Netizens]] in the comments [[cv|accused]] the mayor of "epal," a local term for politicians who put their names on public projects.

The [[org|Commission on Elections]] ([[org|Comelec]]) has no jurisdiction over the stickers because the next election is in 2028, but the [[org|Department of the Interior and Local Government]] ([[org|DILG]]) has [[hd|reportedly]] asked for a report from the provincial government.

CONTEXT: The [[org|National Disaster Risk Reduction and Management Council]] ([[org|NDRRMC]]) said Typhoon Rosal damaged more than 18,000 houses in [[pl|Catanduanes]] and [[pl|Albay]]. Relief operations are ongoing.

Have a claim you want us to check? Message our page.
"""},

{"id": "b13-en-theatre", "lang": "en",
 "source": SRC + "London arts and theatre website, review with a plagiarism dispute",
 "text": """
The Salt Year review – a gripping family drama shadowed by plagiarism claims

[[org|Curtain Call London]] · [[per|Harriet Okonjo-Reeves]] · ★★★★☆

There is a moment, about forty minutes into The Salt Year at the [[org|Wharfside Playhouse]], when the entire audience [[hd|seems to]] stop breathing. A father, played with quiet menace by [[per|Tom Ashdown]], empties a jar of salt onto the kitchen table and tells his daughter to count it. It is the best scene in any new play I have seen this year.

It is also, [[vs|critics say]], the scene that most resembles The Tide Clock, a radio drama by the Welsh writer [[per|Carys Wynne-Prosser]] broadcast on [[org|BBC Radio Wales]] in 2019. [[per|Wynne-Prosser]] [[cv|alleges]] that the playwright, [[per|Oliver Penhallow]], “lifted the spine” of her script, including the salt-counting scene and the setting in a dying fishing town. Her lawyers have written to the producers, [[org|Tidemark Productions]], demanding a credit.

[[per|Penhallow]] [[cv|denies]] ever having heard her play. In a statement issued by [[org|Tidemark]] on Tuesday, he [[cv|insisted]] the story was drawn from “my grandfather’s life in [[pl|Newlyn]]” and called the accusation “hurtful and untrue”. [[org|Tidemark]] said the similarities were “coincidental and common to the genre”.

I have listened to The Tide Clock, which is still available online. The overlap is real but hardly conclusive: both works feature a salt ritual and a drowned brother, yet the dialogue is entirely different. [[vs|People close to the production]] say [[per|Penhallow]] began drafting the play in 2017, though no early draft [[ne|has been made public]].

What of the production itself? [[per|Nadia Farouk]]’s direction is taut and unshowy. [[per|Ashdown]] is terrifying, and [[per|Ellie Brannigan]], as the daughter who [[hd|supposedly]] “never cries”, gives a performance of extraordinary restraint. The set, a kitchen slowly swallowed by sand, is [[hd|perhaps]] too literal, and the second act drags.

The theatre is [[hd|reportedly]] in talks to transfer the show to the [[pl|West End]] next spring. [[vs|Industry insiders]] [[cv|claim]] that a major streaming company has already optioned the screen rights, a report [[ne|neither the producers nor the streamer would confirm]].

[[per|Wynne-Prosser]]’s supporters have been vocal. The [[org|Writers’ Guild of Great Britain]] said it was “concerned” and urged [[org|Tidemark]] to meet her. [[vs|Some Welsh writers]] [[cv|contend]] that [[pl|London]] producers routinely overlook work made in [[pl|Cardiff]] and [[pl|Swansea]]. A protest reading of The Tide Clock is planned outside the theatre in [[pl|Bermondsey]] on Saturday.

Whatever the outcome, the row has done no harm to the box office. Tickets for the rest of the run, to 10 January, are almost sold out.

The Salt Year is at the [[org|Wharfside Playhouse]], [[pl|London]], until 10 January.
"""},
]
