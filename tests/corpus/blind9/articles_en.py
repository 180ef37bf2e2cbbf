# English articles for blind set 9 (invented events, people and companies). Markup: see build.py.
SRC = "written for ClaimLens blind set 9 (invented events and people); register: "

ARTICLES = [
{
"id": "b9-en-queensland", "lang": "en",
"source": SRC + "Australian regional news website (central Queensland), flood insurance",
"text": r"""
Insurer [[cv|Accused]] Of Lowballing [[pl|Rockhampton]] Flood Payouts As [[st|Canberra]] Orders Review

By [[per|Bridget O’Halloran]] · Posted Thu 12 Mar 2026 at 5:41am · Updated Thu 12 Mar 2026 at 9:03am

[[vs|Hundreds of households in central [[pl|Queensland]]]] whose homes went under when the [[pl|Fitzroy River]] peaked in February say their insurer is trying to short-change them.

[[vs|Residents of [[pl|Depot Hill]] and [[pl|Allenstown]]]], two of the worst-hit suburbs of [[pl|Rockhampton]], [[cv|claim]] assessors working for [[org|Coralsure]] routinely classified flood damage as “pre-existing wear” to cut payouts. Several told [[org|Capricornia Today]] their offers covered less than a third of builders’ quotes.

“They walked through my house for ten minutes and decided the mould had been there for years,” said [[per|Tuan Nguyen]], a 58-year-old mechanic whose weatherboard home took in 1.2 metres of water. He was offered $14,000; two builders quoted more than $60,000. [[per|Nguyen]] [[cv|alleges]] the assessor never looked inside the ceiling cavity, something the company [[cv|disputes]].

Company [[cv|rejects]] criticism

[[org|Coralsure]], a subsidiary of the [[org|Meridian Pacific]] group, [[cv|denied]] any wrongdoing. “Every claim is assessed on its merits by qualified professionals,” [[vs|a company spokeswoman]] said. She [[cv|insisted]] the insurer had paid out more than $90 million in the region since the flood and that “the overwhelming majority” of customers were satisfied, but [[ne|did not provide figures]] to back the satisfaction claim.

[[org|Coralsure]] has [[hd|reportedly]] tripled its use of contract assessors since 2024, many of them flown in from [[pl|Brisbane]] and [[pl|Sydney]] for a few days at a time. The company [[vs|is understood to]] have paid those contractors a bonus for each file closed within a week.

On Wednesday, [[st|Canberra]] ordered the [[org|Australian Securities and Investments Commission]] ([[org|ASIC]]) to examine how insurers handled claims from the February floods. Assistant Treasurer [[per|Daniel Whitcombe]] said the review would report by June. He stopped short of accusing any company, but said the government was “deeply concerned” by what it was hearing.

[[vs|Consumer advocates]] say the problem goes well beyond one firm. “It [[hd|seems to]] be the same playbook after every disaster: lowball first, and wait to see who gives up,” said [[per|Priya Raman]], a solicitor with the [[org|Central Queensland Community Legal Centre]], which has taken on more than 200 cases since February.

“Not going anywhere”

For many families in [[pl|Depot Hill]], the dispute has stalled repairs for months. [[per|Kylie Matthews]] and her three children are still living in a caravan in her sister’s driveway in [[pl|Yeppoon]]. “We could sell the block, [[hd|probably]] for nothing, or we fight,” she said. “We’re not going anywhere.”

The federal member for [[pl|Capricornia]] has called for insurers to be forced to publish their claim rejection rates by postcode. [[org|Coralsure]] said it would “cooperate fully” with [[org|ASIC]].

Read more: How to challenge your insurer’s flood assessment
"""
},
{
"id": "b9-en-aran", "lang": "en",
"source": SRC + "Irish daily newspaper, west of Ireland news (island ferry service)",
"text": r"""
Ferry operator [[cv|denies]] cancelling [[pl|Aran]] sailings to force subsidy increase

[[per|Siobhán Joyce]], West of [[st|Ireland]] Correspondent
Tue, 14 Apr, 2026 - 06:00

The operator of the only year-round passenger ferry to the [[pl|Aran Islands]] has [[cv|denied]] that it cancelled dozens of winter sailings to put pressure on the [[org|Department of Transport]] during talks over a new public service contract.

[[org|Atlantic Isles Ferries]] called off 41 of its scheduled crossings between [[pl|Ros a' Mhíl]] and [[pl|Inis Mór]] from December to March, citing the weather. [[vs|Islanders and several local councillors]] [[cv|contend]] that many of those sailings were cancelled on days when conditions were "perfectly fine".

"I have fished these waters for forty years. There were mornings when the boat stayed tied up and you could have crossed in a currach," said [[per|Máirtín Ó Flaithearta]], a retired skipper who lives in [[pl|Kilronan]].

Data from [[org|Met Éireann]] seen by this newspaper shows that on at least nine of the cancelled days, gusts recorded at [[pl|Mace Head]] stayed below the threshold the company itself uses.

'Playing politics'

Managing director [[per|Declan Fahy]] [[cv|rejected]] the suggestion outright. "Every cancellation is decided by the master of the vessel on safety grounds, full stop," he said. He [[cv|insisted]] the company had "never once" used cancellations as a bargaining tool and [[cv|accused]] its critics of "playing politics with people's safety".

Local TD [[per|Ciarán Breathnach]] [[cv|alleged]] in the [[org|Dáil]] last week that the company had told a civil servant "the service will get worse before it gets better". He [[ne|did not name the official]], and the department said it had "no record" of any such conversation.

[[vs|It is understood]] the company is seeking an increase of almost 40pc in its annual subsidy, currently worth about €3.4 million, citing fuel and insurance costs. [[vs|Department sources]] said the talks had [[hd|apparently]] stalled over how fuel prices would be indexed.

[[vs|A spokesperson for [[org|Galway County Council]]]] said the council had no role in the contract but was "monitoring the impact on island residents closely".

Shops running low

On [[pl|Inis Oírr]], the smallest of the three islands, the cancellations have left shelves bare on several occasions. "We had no fresh milk for five days in February. The old people are the ones who suffer," said [[per|Nóra Ní Fhátharta]], who runs the island's only shop.

The island co-operative, [[org|Comharchumann Inis Oírr]], has written to the Minister for Transport asking for an independent review of every cancellation since 2024. [[vs|Some islanders]] believe a second operator should be allowed to run a summer service, an idea [[per|Fahy]] described as "a fantasy".

The current contract expires at the end of June. The department said a decision on its renewal would be made "in the coming weeks" and that passenger safety would remain "the overriding priority".

Read More: [[pl|Inis Meáin]] airstrip to close for three months for resurfacing
"""
},
{
"id": "b9-en-kochi", "lang": "en",
"source": SRC + "Indian English-language daily (Kerala edition), city news: co-operative bank fraud",
"text": r"""
[[pl|Kochi]] Co-op Bank Fraud: Ex-Secretary [[cv|Denies]] Role, Says He Was 'Made A Scapegoat'

[[pl|KOCHI]]: The former secretary of the [[org|Edappally Service Co-operative Bank]], arrested last week in connection with an [[hd|alleged]] Rs 48-crore loan fraud, on Tuesday [[cv|denied]] any role in the scam and [[cv|claimed]] he had been "made a scapegoat" by the bank's governing board.

Appearing before a magistrate's court in [[pl|Ernakulam]], [[per|K.R. Suresh Babu]], 61, said he had only signed loan files that had already been cleared by the board. "I was a salaried employee. The decisions were taken by others, and now they want me to carry the blame," he told reporters outside the court.

According to the [[org|Crime Branch]], which took over the probe in March, at least 312 loans were [[hd|allegedly]] sanctioned to benami borrowers between 2019 and 2024, in many cases against the same plot of land pledged several times. [[vs|[[org|Crime Branch]] officials]] said more arrests were [[hd|likely]] in the coming weeks.

Money routed through shell firms

[[vs|Sources in the investigation team]] said a large part of the money was [[hd|probably]] routed through two real estate firms registered in [[pl|Thrissur]] and [[pl|Coimbatore]]. The [[org|Enforcement Directorate]] ([[org|ED]]) [[vs|is learnt to]] have sought the case records to examine a possible money laundering angle.

[[per|Babu]]'s counsel, advocate [[per|Anitha Varghese]], argued that her client had himself flagged irregularities in a letter to the board in 2022. "The letter exists. We will produce it at the right time," she said. The defence has [[ne|not yet submitted the letter]] to the court.

The bank's former president, [[per|T.V. Gopinathan]], who is also named in the FIR, is [[hd|reportedly]] absconding. His family [[cv|maintains]] that he is undergoing treatment at a hospital in [[pl|Bengaluru]], a claim police have not been able to confirm.

Depositors lose patience

Around 3,000 depositors, most of them retired government employees and small traders, have been unable to withdraw their savings since the bank was put under administrative control last year. On Tuesday, nearly 200 of them staged a protest in front of the bank's head office at [[pl|Edappally]] junction.

"I put my entire gratuity in this bank. Now they tell me to wait," said [[per|Mariyamma Joseph]], 72. Depositors' forum convener [[per|P.M. Abdul Rasheed]] [[cv|alleged]] that the board had been "protected by political connections" for years, [[ne|without naming any leader]].

The [[org|Registrar of Co-operative Societies]] has appointed an administrator, and the [[org|Reserve Bank of India]] ([[org|RBI]]) has barred the bank from accepting fresh deposits. [[vs|Officials in the [[org|Co-operation department]]]] said a revival package for affected depositors was under consideration, but no timeline was given.

The court remanded [[per|Babu]] in judicial custody for 14 days. His bail plea will be heard on Friday.
"""
},
{
"id": "b9-en-kzn", "lang": "en",
"source": SRC + "South African news website, business and labour (sugar mill closure, KwaZulu-Natal)",
"text": r"""
Union [[cv|Accuses]] [[org|Umvoti Sugar]] Owners Of Stripping Mill Before Liquidation

[[per|Thandeka Ngcobo]] | 18 August 2026 | 14:22

[[vs|Workers at the embattled [[org|Umvoti Sugar]] mill]] outside [[pl|Greytown]] have [[cv|accused]] its owners of quietly selling off equipment in the weeks before the company filed for liquidation, leaving nearly 600 employees and hundreds of small-scale cane growers facing ruin.

The [[org|Sugar and Allied Workers’ Union]] ([[org|SAWU]]) [[cv|claims]] that at least two boilers and a diffuser were dismantled and trucked out of the mill in July. “We watched them load it onto lorries at night. Nobody told us anything,” said [[per|Sibusiso Mkhize]], the union’s regional secretary.

[[vs|According to two senior employees, who asked not to be named]], the equipment was [[hd|allegedly]] shipped to a mill in [[st|Eswatini]] owned by a business partner of one of the directors. The union [[ne|has not produced any documents]] to support that claim, and the destination of the machinery [[ne|could not be independently verified]].

Owners [[cv|reject]] “smear campaign”

Chief executive [[per|Pieter du Plessis]] [[cv|denied]] that any assets had been stripped. “The equipment was obsolete and was sold at fair value months before the business rescue process. Every cent is accounted for,” he said. He [[cv|insists]] the union is running “a smear campaign” to put pressure on the liquidators.

The company [[hd|appears to]] have run into trouble after two poor harvests and the loss of a supply contract with a [[pl|Durban]] refinery. Its debts are estimated at R340 million.

For cane growers along the [[pl|Umvoti River]], the closure is a disaster. “Where do we take our cane now? The next mill is 90 kilometres away,” said [[per|Rajesh Naidoo]], whose family has farmed near [[pl|Kranskop]] for three generations. [[vs|Growers in the area]] say they are owed more than R25 million for last season’s deliveries.

Government under pressure

[[st|Pretoria]] has so far stayed out of the dispute. The [[org|Department of Trade, Industry and Competition]] said it was “engaging all stakeholders” but gave no further detail. [[vs|Industry analysts]] say the mill was [[hd|likely]] to close regardless, given the global slump in sugar prices and competition from cheaper imports.

The union has asked the [[org|Competition Commission]] and the liquidators to investigate the July sales. It also wants the provincial government in [[pl|Pietermaritzburg]] to fund a temporary crushing arrangement with a mill in the [[pl|Midlands]].

Liquidator [[per|Nomvula Khumalo]] of [[org|Khumalo Mabaso Insolvency Practitioners]] confirmed that she had received the union’s complaint and would “look into every transaction made in the twelve months before the filing”.

Outside the mill gates on Monday, about 150 workers sang and waved placards. Some have not been paid since June. “We are not asking for charity. We are asking for what we worked for,” said [[per|Zanele Dlamini]], a laboratory assistant who has worked at the mill for 19 years.

READ MORE | Sugar tax hike would cost 16,000 jobs, [[vs|industry]] warns
"""
},
{
"id": "b9-en-tulsa", "lang": "en",
"source": SRC + "US local TV station website (Oklahoma), consumer investigation",
"text": r"""
[[pl|Tulsa]] Tow Company [[cv|Accused]] Of Holding Cars 'Hostage'; Owner Says Drivers Were Warned

By [[per|Marisol Ortega]] | [[org|KOTX 6 News]]
Published: Oct. 3, 2026 at 5:12 PM CDT | Updated: Oct. 3, 2026 at 9:47 PM CDT

[[pl|TULSA]], [[pl|Okla.]] ([[org|KOTX]]) - [[vs|Dozens of drivers]] say a [[pl|Tulsa]] towing company hauled their cars from a shopping center parking lot on [[pl|Cherry Street]] and then refused to release them unless they paid hundreds of dollars in cash.

[[vs|Several drivers who spoke to [[org|6 News]]]] [[cv|claim]] there were no visible warning signs when they parked, and that tow trucks were waiting "like vultures" at the edge of the lot. Some say they were gone for less than 15 minutes.

"I went into the pharmacy to pick up my mother's medicine. When I came out, my car was on a truck," said [[per|Tran Thi Hoa]], who owns a nail salon nearby. She said she was charged $385 and told the company did not accept cards.

The company, [[org|Red Dirt Recovery & Towing]], [[cv|denied]] doing anything wrong. Owner [[per|Darnell Whitfield]] [[cv|insisted]] the lot was "clearly posted" and said his drivers had photos of every vehicle parked illegally. He has [[ne|yet to share those photos]] with [[org|6 News]], despite repeated requests.

Signs went up after complaints

[[per|Whitfield]] also said the company accepts cards "most of the time" and that cash-only payments happened only when its card reader was down. Receipts shown to [[org|6 News]] by four drivers were all marked "cash only".

When a [[org|6 News]] crew visited the lot on Thursday, two new signs had been posted near the entrance. [[vs|Neighbors]] said the signs [[hd|apparently]] went up on Tuesday, a day after the first complaints were shared on social media.

State rules on private towing are set by the [[org|Oklahoma Corporation Commission]], which caps the fees companies can charge for non-consent tows. [[vs|A commission spokesperson]] said the agency had received 11 complaints about the company since August and was "reviewing" them. The spokesperson did not say whether any fines had been issued.

The [[org|Tulsa Police Department]] said it was aware of the complaints but considered the matter a civil dispute for now. The [[org|Better Business Bureau]] gives the company an F rating.

City leaders step in

City Councilor [[per|Lauren Beckstrom]], whose district includes [[pl|Cherry Street]], said she would propose an ordinance requiring tow operators to accept card payments and to photograph signage before every tow. "People are being [[hd|possibly]] exploited at their most vulnerable moment," she said.

[[per|Tran]] has filed a complaint with the commission. "I just want my money back, and I want them to stop doing this to other people," she said.

If you have had a vehicle towed from a private lot and believe you were overcharged, you can file a complaint online with the commission.

Copyright 2026 [[org|KOTX]]. All rights reserved.
"""
},
{
"id": "b9-en-westminster", "lang": "en",
"source": SRC + "UK broadsheet newspaper, politics (alleged Budget leak to donors)",
"text": r"""
[[org|Treasury]] minister [[cv|denies]] leaking Budget plans to property donors

[[st|Downing Street]] stands by [[per|Oliver Ashcombe]] as opposition demands inquiry

[[per|Hannah Lydgate]] Political Correspondent
Wednesday 21 October 2026 22.15 BST

A [[org|Treasury]] minister has [[cv|denied]] tipping off a group of wealthy property developers about changes to stamp duty days before they were announced in the Budget.

[[vs|According to three people who attended the dinner]], [[per|Oliver Ashcombe]], the exchequer secretary to the [[org|Treasury]], told guests at a fundraising event in [[pl|Mayfair]] on 2 October that a planned surcharge on commercial property would be "watered down". Several of the developers [[hd|reportedly]] moved to complete transactions in the days that followed.

[[per|Ashcombe]] [[cv|insisted]] on Wednesday that he had said "nothing that wasn't already in the public domain". In a statement, he said: "I have never disclosed market-sensitive information and I never would."

[[st|No 10]] said the prime minister had "full confidence" in the minister. [[vs|Allies of [[per|Ashcombe]]]] [[cv|maintain]] that he was only repeating speculation that had appeared in the financial press.

Calls for an investigation

The shadow chancellor, [[per|Adebayo Okonkwo]], wrote to the cabinet secretary demanding an inquiry by the independent adviser on ministers' interests. He [[cv|accused]] the government of running "a two-tier system, with one set of rules for donors and another for everybody else".

[[per|Katarzyna Wiśniewska]], who chairs the [[org|Treasury Committee]], said the allegations were "extremely serious" and that she would ask the minister to appear before MPs. She [[cv|claimed]] that at least one developer had saved "several million pounds" by acting early, but [[ne|offered no evidence]] for the figure when pressed.

The [[org|Thameside Property Forum]], which organised the dinner, said in a statement that "no confidential matters were discussed". Its chair, Sir [[per|Geoffrey Hale]], declined to comment further.

[[vs|[[st|Whitehall]] sources]] said the [[org|Treasury]] had begun an internal review of who had access to the Budget documents in the fortnight before the statement. [[vs|One senior official]] said it was "possible but unlikely" that any leak would be traced.

Market watchdog

The [[org|Financial Conduct Authority]] could also become involved if there is evidence of trading on inside information. The regulator said it did not comment on individual cases.

The row comes at a difficult moment for the chancellor, whose Budget has already been criticised by the [[org|Office for Budget Responsibility]] for relying on optimistic growth forecasts. [[vs|Some backbenchers]] fear the affair will overshadow a week in which ministers had hoped to focus on housing. "It's the last thing we need," one said.

[[per|Ashcombe]], 44, has been MP for [[pl|Wealdbury]] since 2019 and was promoted to the [[org|Treasury]] last year. He is considered close to the chancellor.

The [[org|Commons]] will debate an urgent question on the matter on Thursday.
"""
},
{
"id": "b9-en-lagos", "lang": "en",
"source": SRC + "African tech and business news website, fintech (Nigeria)",
"text": r"""
[[pl|Lagos]] Fintech [[org|Kudibox]] [[cv|Accused]] Of Inflating User Numbers Ahead Of $40m Raise

By [[per|Ifeoma Nwachukwu]]
June 9, 2026

[[org|Kudibox]], the [[pl|Lagos]]-based payments startup that says it serves more than four million merchants across [[st|Nigeria]], inflated its user figures to attract investors, a former senior employee [[cv|alleges]].

In a 23-page memo sent to several venture capital firms last week, [[per|Folake Adeyemi]], who was head of data at the company until March, [[cv|claims]] that only about 900,000 of the accounts counted as "active merchants" had made a transaction in the previous 90 days. The memo, which has been reviewed by this publication, [[cv|asserts]] that dormant and duplicate accounts were included in pitch decks shown to investors.

[[per|Adeyemi]] [[ne|did not attach the underlying data]] to her memo, and the figures in it [[ne|could not be independently verified]].

Company hits back

Co-founder and CEO [[per|Chukwuemeka Obi]] [[cv|denied]] the allegations in a statement on Monday. "Our numbers are audited, our definitions are public, and we stand by every figure we have shared," he said. He [[cv|accused]] [[per|Adeyemi]] of acting out of "personal grievance" after she was let go, [[ne|without providing evidence]] for that claim.

The timing is awkward for [[org|Kudibox]], which is [[hd|reportedly]] in the final stages of a $40 million Series B round led by [[org|Harmattan Ventures]]. [[vs|People familiar with the matter]] said at least one investor had asked for an independent review of the company's user data before signing.

[[per|Aminu Danjuma]], a partner at [[org|Harmattan Ventures]], said the firm "takes all such information seriously" and would "do its diligence". He declined to say whether the round had been paused.

A familiar pattern?

The episode comes as [[st|Abuja]] pushes for tighter oversight of the country's fast-growing fintech sector. The [[org|Central Bank of Nigeria]] ([[org|CBN]]) last year ordered payment providers to submit monthly active-user data, but [[vs|analysts]] say enforcement has been uneven.

"Every startup counts users in the most flattering way. The question is whether [[org|Kudibox]] crossed the line into misrepresentation," said [[per|Tunde Bakare-Hassan]], a fintech consultant based in [[pl|Yaba]]. "The honest answer is that we don't know yet, and [[hd|probably]] won't until someone audits the raw data."

[[org|Kudibox]], founded in 2020, lets small shops accept card and transfer payments through a cheap point-of-sale device. It expanded to [[st|Ghana]] and [[st|Kenya]] in 2024 and [[cv|claims]] to process more than $300 million in payments a month.

[[vs|Some merchants]] interviewed in [[pl|Lekki]] and [[pl|Ikeja]] said they had opened several accounts with the company to take advantage of sign-up bonuses, which [[hd|seems to]] support part of the memo's argument. One trader said she had "five or six" accounts, only one of which she still used.

The company said it would publish a breakdown of its active-user figures "within two weeks".
"""
},
{
"id": "b9-en-alzheimer", "lang": "en",
"source": SRC + "international science and health news site (dementia blood test)",
"text": r"""
[[vs|Experts]] Warn Alzheimer’s Blood Test Sold By Private Clinics ‘Not Ready’ For Patients

A £795 test that [[cv|claims]] to detect the disease up to 15 years before symptoms appear has not been independently validated, [[vs|specialists]] say

By [[per|Rachel Osei-Bonsu]], Health and Science Reporter
Published 11 May 2026

A blood test being marketed to healthy adults by private clinics in [[pl|London]] and [[pl|Manchester]] as an early warning for Alzheimer’s disease could cause needless anxiety and false reassurance, [[vs|leading dementia researchers]] have warned.

The test, called CerebraSure, is made by [[org|NeuroVista Diagnostics]], a start-up based in [[pl|Cambridge]]. The company [[cv|claims]] it can identify people at high risk of developing Alzheimer’s with 94% accuracy by measuring a combination of proteins in the blood.

But the data behind that figure [[ne|has not been published in a peer-reviewed journal]], and [[org|NeuroVista]] has [[ne|declined to share it]] with independent scientists.

“At the moment, we simply don’t know how well it works in the general population,” said Dr [[per|Yasmin Al-Haddad]], a neurologist at [[org|King’s Cross Memory Institute]]. “The 94% figure comes from a small group of patients who already had symptoms. That tells you very little about a 50-year-old with no complaints.”

What the company says

[[org|NeuroVista]]’s chief scientific officer, Prof [[per|Tomasz Zieliński]], [[cv|contends]] that the criticism is premature. “We have tested more than 3,000 samples and the results are consistent,” he said. He [[cv|insisted]] that every customer receives a consultation with a doctor before and after the test.

Blood tests for Alzheimer’s are an area of intense research, and several have shown promise in clinical trials. In the [[st|United States]], a number of tests are already used by specialists to support a diagnosis in people with memory problems. [[vs|Some neurologists]] believe they will eventually replace expensive brain scans.

The concern, [[vs|researchers]] say, is selling them to people without symptoms. A positive result would [[hd|possibly]] mean years of worry about a disease that might never develop, while a negative result could lead people to ignore early signs.

A patient’s story

[[per|Olumide Bakare]], a 54-year-old accountant from [[pl|Croydon]], paid for the test after his mother was diagnosed with dementia. His result came back as “elevated risk”. “I didn’t sleep for a week. Then my GP told me the test wasn’t something the [[org|NHS]] would act on,” he said.

The [[org|Medicines and Healthcare products Regulatory Agency]] ([[org|MHRA]]) said the test was registered as a diagnostic device but that registration “does not mean the regulator has assessed its performance”. [[vs|Officials]] said the agency was [[hd|likely]] to review how such tests are advertised.

The charity [[org|Memory Matters Trust]] said people worried about dementia should speak to their GP first. “There is no treatment you can start on the basis of this result, so the benefit is [[hd|seemingly]] very limited,” its director of research, [[per|Anjali Mehta]], said.

[[org|NeuroVista]] said it would submit its data for publication “later this year”.
"""
},
{
"id": "b9-en-rugby", "lang": "en",
"source": SRC + "New Zealand news website, sport: provincial rugby eligibility row",
"text": r"""
[[org|Hawks]] [[cv|deny]] fielding ineligible prop as [[org|Bulls]] demand points back

[[per|Ngaire Tawhiri]]
06:12, Sep 15 2026

The [[org|Waiariki Hawks]] have [[cv|denied]] breaking eligibility rules by selecting Samoan prop [[per|Tavita Leaupepe]] for Saturday's win over the [[org|Manawa Bulls]] in [[pl|Rotorua]].

The [[org|Bulls]], who lost 27-24 after conceding a late try, have lodged a formal complaint with [[org|New Zealand Rugby]] ([[org|NZR]]). They [[cv|claim]] [[per|Leaupepe]] was still registered with a club in [[pl|Apia]] when he took the field, and that his clearance had not been approved.

[[vs|It is understood]] the paperwork for the 26-year-old's transfer arrived at [[org|NZR]]'s offices in [[pl|Wellington]] on Monday morning, two days after the match. [[vs|Sources close to the [[org|Bulls]]]] said the [[org|Hawks]] "knew exactly what they were doing".

[[org|Hawks]] "followed the process"

[[org|Hawks]] chief executive [[per|Aroha Paewai]] [[cv|rejected]] that. "We followed the process to the letter. The clearance was requested three weeks ago and we were told verbally it was fine," she said. She [[cv|insisted]] the delay was on the Samoan side and that the [[org|Hawks]] had acted "in complete good faith".

[[per|Paewai]] [[ne|did not say who had given the verbal assurance]], and the [[org|Hawks]] have [[ne|not produced any written confirmation]] from either union.

The [[org|Samoa Rugby Union]] said in a brief statement that [[per|Leaupepe]]'s clearance had been "processed in the normal manner", without giving a date.

What happens next

If the complaint is upheld, the [[org|Hawks]] could be stripped of the five points they claimed on Saturday, a result that would [[hd|likely]] cost them a home semi-final. The [[org|Hawks]] have maintained their unbeaten home record this season.

[[vs|Several former players]] have weighed in on social media, with one describing the [[org|Bulls]]' complaint as "sour grapes". [[per|Hemi Rangihuna]], the [[org|Bulls]] coach, said his side had "no interest in winning games in a committee room" but that "rules are rules".

"If we'd done the same thing, we'd have been hung out to dry," he said. [[per|Rangihuna]] also [[cv|alleged]] that a [[org|Hawks]] official had boasted about the signing before the paperwork was complete, a claim the [[org|Hawks]] [[cv|deny]].

[[per|Leaupepe]], who played 14 times for [[st|Samoa]], moved to [[pl|Tauranga]] in July with his wife and two children. He was [[hd|apparently]] unaware of the dispute until after the match, [[vs|according to a teammate]].

[[org|NZR]]'s general manager of competitions, [[per|Brendon Tait]], said a judicial officer would hear the complaint on Thursday. "We'll look at the facts and the timeline. Both unions will have a chance to put their case," he said.

The [[org|Hawks]] host [[org|Southern Lakes Kea]] at [[pl|Rotorua International Stadium]] on Saturday. [[per|Leaupepe]] has been named on the bench.
"""
},
{
"id": "b9-en-pangolin", "lang": "en",
"source": SRC + "Southeast Asian regional English-language news site, environment (wildlife trafficking)",
"text": r"""
Record Haul of Pangolin Scales Seized in [[pl|Hai Phong]]; Shipping Agent [[cv|Denies]] Knowledge

By [[per|Lê Thị Mai]] in [[pl|Hanoi]]
Updated 27 Feb 2026, 4:18 pm

Customs officers at the northern port of [[pl|Hai Phong]] have seized 7.2 tonnes of pangolin scales hidden in a container declared as cashew nuts, the largest such haul ever recorded in [[st|Vietnam]].

The container arrived from [[pl|Lagos]] on a vessel that called at [[pl|Port Klang]] and [[pl|Singapore]], [[vs|according to customs officials]]. The scales, packed in sacks beneath a layer of nuts, [[hd|likely]] came from more than 10,000 animals.

[[per|Nguyễn Văn Hùng]], deputy director of the [[org|Hai Phong Customs Department]], said the shipment had been flagged after X-ray images showed an irregular density. “This is a very sophisticated network. The documents were almost perfect,” he told reporters.

Agent says it was deceived

The shipment was handled by [[org|Thanh Long Logistics]], a freight agent registered in [[pl|Ho Chi Minh City]]. Its director, [[per|Phạm Quốc Bảo]], [[cv|denied]] any knowledge of the contents. “We process hundreds of containers a month. We are not responsible for what the exporter puts inside,” he said. He [[cv|claimed]] that the company had been “used” by a client it had worked with only twice.

Police have detained two employees of a trading firm in [[pl|Hanoi]] who are [[hd|suspected]] of being the intended recipients. [[vs|Investigators]] believe the scales were destined for traditional medicine markets across the region.

[[org|Wildlife Watch Mekong]], a conservation group based in [[pl|Vientiane]], said the seizure showed that traffickers were shifting routes away from southern ports under closer scrutiny. “They go where they think nobody is looking,” said the group’s regional coordinator, [[per|Somchai Phommavong]].

The group [[cv|claims]] that at least three earlier shipments linked to the same network passed through [[pl|Hai Phong]] undetected last year. It has [[ne|not published the data]] behind the estimate, saying it came from “[[vs|sources inside the shipping industry]]”.

African origins

All eight species of pangolin are protected under [[org|CITES]], the international convention on the wildlife trade. [[vs|Conservationists]] say most scales seized in [[pl|Asia]] now come from [[st|Nigeria]] and [[st|Cameroon]].

[[st|Hanoi]] has pledged to close its remaining domestic markets for wildlife products and to step up cooperation with African governments. [[vs|Critics]] say prosecutions remain rare and sentences light. Of the 41 people convicted of pangolin trafficking in [[st|Vietnam]] since 2020, [[vs|activists]] say fewer than a third received prison terms.

[[st|Nigeria]]’s customs service said it was working with [[org|Interpol]] to trace the exporter, a company that was [[hd|apparently]] registered only in January and listed a residential address in [[pl|Lagos]].

The scales will be stored under guard until the case is closed and then destroyed, customs said. Environmental groups have called for them to be burned in public “to send a message”.

Related: [[st|Vietnam]]’s wildlife markets, five years after the ban
"""
},
]
