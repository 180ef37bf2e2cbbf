# -*- coding: utf-8 -*-
"""Blind set 12, English articles (invented events, people, companies and outlets). Markup: [[tag|text]]."""
SRC = "written for ClaimLens blind set 12 (invented events and people); register: "

ARTICLES = [
{"id": "b12-en-colombo", "lang": "en",
 "source": SRC + "Sri Lankan English-language daily (Colombo), plantations and labour: tea estate wage dispute",
 "text": """
[[vs|Estate workers]] [[cv|accuse]] plantation firm of docking wages; company cites 'poor plucking'

By [[per|Dilani Wickramasinghe]]

[[pl|HATTON]] – Hundreds of tea pluckers on three estates in the [[pl|Nuwara Eliya]] District staged a go-slow yesterday, [[cv|accusing]] [[org|Highgrown Plantations PLC]] of cutting their daily wages by up to a third without notice.

[[vs|Workers]] [[cv|claim]] the company has quietly raised the daily plucking target from 18 to 22 kilograms and pays only half the wage to those who fall short. "We work from seven in the morning in the rain, and at the end of the month we get 21,000 rupees instead of 30,000," said [[per|Letchumi Sellathurai]], 46, who has worked on the [[pl|Glenmore]] estate near [[pl|Hatton]] for 27 years.

[[org|Highgrown Plantations]], which manages 19 estates in the hill country, [[cv|denied]] changing the targets. In a statement, its chief executive [[per|Ruwan Abeysekera]] [[cv|insisted]] that wages were paid "strictly in line with the collective agreement" and [[cv|blamed]] lower earnings on "poor plucking standards and absenteeism". The company did not say how many workers had been affected.

The [[org|Up-Country Plantation Workers' Union]] ([[org|UPWU]]) says more than 4,000 workers have seen their pay cut since August. Union secretary [[per|S. Ramanathan]] [[cv|alleged]] that estate managers had been instructed to "make the numbers work" ahead of the company's annual results. He [[ne|did not produce the instruction]], and the claim [[ne|could not be independently verified]].

[[vs|Two estate field officers, speaking on condition of anonymity]], told this newspaper that the new targets had been communicated verbally in July. "Nothing is written down. That way nobody can prove anything," [[vs|one of them said]].

The dispute comes as [[st|Sri Lanka]]'s tea industry struggles with high fertiliser costs and falling yields. Auction prices in [[pl|Colombo]] have [[hd|reportedly]] fallen for six consecutive weeks, [[vs|according to brokers]].

State Minister of Plantation Industries [[per|Chaminda Herath]] said the [[org|Department of Labour]] would inspect the three estates next week. "If any company is violating the wage agreement, action will be taken," he told reporters in [[pl|Kandy]].

[[vs|Some planters]] [[cv|argue]] that the daily wage, raised by the Government earlier this year, is unaffordable without higher productivity. [[vs|Industry sources say]] several regional plantation companies are [[hd|likely]] to post losses this year.

Union leaders have warned of a wider strike across the [[pl|Central Province]] if talks fail. The [[org|Planters' Association of Ceylon]] has called for "calm and dialogue".

Pic: Workers gather outside the [[pl|Glenmore]] estate office near [[pl|Hatton]] yesterday.
"""},

{"id": "b12-en-bridgetown", "lang": "en",
 "source": SRC + "Barbadian daily (Bridgetown), local news and planning: public beach access blocked by a hotel project",
 "text": """
[[vs|Residents say]] hotel fence cuts off beach path; developer [[cv|denies]] blocking access

by [[per|Marcia Trotman-Best]]

Residents of [[pl|Paynes Bay]], [[pl|St James]], are up in arms over a chain-link fence erected last week by the developers of a luxury hotel, which they [[cv|claim]] has cut off one of the last public paths to the beach on the [[pl|West Coast]].

[[vs|Fishermen and vendors]] told the [[org|Daily Meridian]] the fence went up overnight on Thursday, blocking a gap between two properties that villagers have used "for more than a hundred years". "My grandfather pulled his boat up that path. Now I have to walk half a mile round," said fisherman [[per|Carlisle Alleyne]].

The developer, [[org|Coral Crest Resorts Inc.]], [[cv|denies]] blocking any public right of way. In a written response, the company's managing director, [[per|Adrian Pilgrim]], [[cv|maintained]] that the path "lies entirely within private land" and that the fence was put up "for safety reasons during construction". He said an alternative access point would be opened "in due course", without giving a date.

Under planning law, developers must preserve existing beach accesses. [[vs|Sources in the [[org|Town and Country Development Planning Office]]]] said the approved site plan shows a 2.4-metre access corridor on the southern boundary of the property, [[hd|apparently]] at the spot now fenced. The office itself declined to comment, saying the matter was "under review".

Member of Parliament for the constituency, [[per|Dwight Greenidge]], said he had raised the issue with the [[org|Ministry of Housing]] and would "not allow Barbadians to be fenced off their own beaches". Opposition spokesman [[per|Ronald Boyce]] went further, [[cv|accusing]] the Government of "rolling out the red carpet" for foreign investors. [[org|Coral Crest]] is [[hd|reportedly]] backed by a [[st|Canada]]-based investment fund.

[[vs|Some residents]] also [[cv|claim]] that a security guard turned away children on their way to the beach on Saturday. [[org|Coral Crest]] said it had "no record" of the incident, and no complaint has been filed with the [[org|Royal Barbados Police Force]].

Environmental group [[org|Beaches for All Barbados]] has started a petition that had gathered more than 3,000 signatures by yesterday afternoon. Its chairwoman, [[per|Keisha Layne]], [[cv|contends]] the fence is part of a wider pattern: "Every year another path disappears and nobody is held responsible."

Construction on the 140-room property started in May and is expected to be completed by late 2027. [[vs|Industry observers]] estimate the project will create about 300 jobs.

The matter is expected to be raised in the [[org|House of Assembly]] on Tuesday.
"""},
{"id": "b12-en-stjohns", "lang": "en",
 "source": SRC + "Canadian regional broadcaster website (Newfoundland and Labrador), fisheries: snow crab price dispute",
 "text": """
Crab harvesters stay tied up as union [[cv|accuses]] processors of price-fixing

[[org|Harbour Light News]] · Posted: Apr 14, 2026 6:00 AM NT

Hundreds of snow crab boats remained tied up in ports across [[pl|Newfoundland and Labrador]] on Monday, a week after the season was supposed to open, as harvesters and processors traded accusations over the price per pound.

The union representing harvesters, the [[org|Inshore Fish Harvesters Alliance]] ([[org|IFHA]]), [[cv|alleges]] that the province's largest processing companies coordinated their offers ahead of the price-setting panel. "Every company came in at exactly $2.60. That's not a coincidence," union president [[per|Glen Strickland]] told [[org|Harbour Light News]] from [[pl|Bonavista]].

The [[org|Atlantic Processors Council]], which represents 14 companies, [[cv|rejected]] the accusation as "[[ne|baseless]]". Executive director [[per|Marie Hynes]] said member companies set their offers independently and that low prices reflected weak demand in the [[st|United States]], where most of the crab is sold. "Nobody is colluding. The market is what it is," she said.

The union [[ne|has not made public any evidence]] of coordination. [[per|Strickland]] said the alliance had shared "documents and messages" with the [[org|Competition Bureau]] in [[pl|Ottawa]], but would not describe them. The bureau said it does not comment on whether it has received a complaint.

[[vs|Several harvesters reached by phone]] said they [[hd|probably]] could not afford to fish at the offered price, given fuel and bait costs. "I'd lose money on every trip," said [[per|Darlene Pardy]], who fishes out of [[pl|Twillingate]] with her two sons.

[[vs|Others, speaking privately]], said a minority of crews were [[hd|reportedly]] preparing to sail regardless, and that some processors had [[hd|allegedly]] offered side payments to boats that broke ranks. The council [[cv|denied]] that, saying its members "follow the rules to the letter".

Fisheries Minister [[per|Derek Loveys]] said the provincial government would not intervene in the price dispute but urged both sides to return to the panel. [[vs|Critics say]] the panel system itself is broken. "It's a coin toss every spring," said [[per|Tony Doyle]], a fisheries economist at [[org|Memorial University]].

Last year, the season was delayed by almost three weeks over a similar dispute, costing coastal towns an estimated $40 million, [[vs|according to a study commissioned by the union]].

Federal [[org|Fisheries and Oceans Canada]] officials have extended the season closing date by two weeks to give harvesters time to land their quota, [[org|DFO]] confirmed in an email.

The panel is scheduled to hear new submissions on Thursday.

With files from [[per|Andrew Wiseman]]
"""},

{"id": "b12-en-uswire", "lang": "en",
 "source": SRC + "US business newswire, health-care stocks: medical device maker hit by FDA warning letter",
 "text": """
[[org|Corvanta Medical]] shares tumble 22% after [[org|FDA]] warning letter on insulin pump software

By [[per|Jessica Moreland-Tate]]

[[pl|NEW YORK]], Feb 9 ([[org|Finlay Newswire]]) - Shares of [[org|Corvanta Medical Inc]] fell 22% on Monday, their steepest one-day drop since the company's 2019 listing, after the [[org|U.S. Food and Drug Administration]] published a warning letter citing problems with software updates to its flagship insulin pump.

The letter, dated Jan. 28 and posted on the [[org|FDA]]'s website on Friday evening, said inspectors at the company's plant in [[pl|Plymouth]], [[pl|Minnesota]], found that [[org|Corvanta]] had failed to adequately investigate at least 37 complaints of unexpected dosing interruptions. The agency stopped short of ordering a recall.

[[org|Corvanta]] said in a statement that "no patient harm has been confirmed" and that it had already addressed "the majority" of the observations. Chief Executive [[per|Daniel Okafor-Reyes]] told analysts on a hastily arranged call that the issues were "procedural" and [[cv|insisted]] the pump was "safe and effective".

[[vs|Two former employees, who asked not to be named because of confidentiality agreements]], told [[org|Finlay]] that engineers had raised concerns about the update process internally as early as 2024. Their accounts [[ne|could not be independently confirmed]], and [[org|Corvanta]] [[cv|denied]] that any warnings had been ignored.

[[vs|Analysts at two brokerages]] said the letter could delay approval of the company's next-generation pump in [[pl|Europe]], [[hd|possibly]] by a year. [[org|Leland Harris]] cut its rating to "neutral" from "buy", saying uncertainty "is [[hd|likely]] to weigh on the stock until the [[org|FDA]] closes out the letter".

A short-selling firm, [[org|Greyrock Research]], [[cv|claimed]] in a report last month that [[org|Corvanta]] had understated complaint rates for years. The company called that report "misleading and [[ne|unsubstantiated]]" and said it was considering legal options.

A class-action lawsuit filed on Monday in federal court in [[pl|Minneapolis]] [[cv|alleges]] that [[org|Corvanta]] misled investors about the state of its quality systems. A spokesperson for [[org|Corvanta]] said the suit was "[[ne|without merit]]".

[[org|Corvanta]], which employs about 2,800 people, reported revenue of $1.41 billion last year, with insulin pumps accounting for roughly 60% of sales. [[vs|People familiar with the matter]] said the board was expected to discuss the [[org|FDA]] findings at a meeting later this month.

The stock closed at $48.17 on the [[org|Nasdaq]], erasing about $1.9 billion in market value.

(Reporting by [[per|Jessica Moreland-Tate]]; Additional reporting by [[per|Raj Venkataraman]] in [[pl|Bengaluru]]; Editing by [[per|Paul Sandoval]])
"""},

{"id": "b12-en-stoke", "lang": "en",
 "source": SRC + "UK local newspaper website (Staffordshire), council news: bin collection contract and missed collections",
 "text": """
Council [[cv|denies]] 'secret deal' with bin firm as missed collections soar

By [[per|Hannah Boothroyd]], Local Democracy Reporter

[[vs|Opposition councillors]] have [[cv|accused]] [[org|Stoke-on-Trent City Council]] of quietly extending a multi-million pound waste contract without a vote, as complaints about missed bin collections hit a record high.

At a heated meeting of the full council on Thursday, [[org|Conservative]] group leader [[per|Graham Shenton]] [[cv|claimed]] that the contract with [[org|Greenline Waste Services]] had been renewed for three years "behind closed doors" in October, shortly before the firm's performance figures were published. He [[ne|did not say where the information came from]].

Cabinet member for environment Cllr [[per|Sunita Dhillon]] [[cv|rejected]] the claim. "There has been no secret deal. The extension was an option built into the original contract and it was published on the council's website," she said. The council later pointed reporters to a notice dated October 17.

Figures released last week show that 9,412 missed collections were reported between July and September, up from 5,100 in the same period last year. [[org|Greenline]] [[cv|blamed]] a shortage of HGV drivers and a fleet of ageing lorries. [[vs|Council officers]] have [[hd|reportedly]] issued the company with two formal performance notices since the summer.

[[vs|Residents in [[pl|Bentilee]] and [[pl|Meir]] say]] they have gone weeks without a collection. "The bins are overflowing, there are rats in the alley, and nobody answers the phone," said [[per|Paula Wood]], a mother of three from [[pl|Meir]].

[[vs|A source within the waste department]] told the [[org|Sentinel Chronicle]] that the council "had little choice" but to extend the contract because re-tendering would have taken at least 18 months. [[vs|The source said]] officers were [[hd|apparently]] warned that the alternative bidders were "not ready".

[[org|Greenline Waste Services]], which is owned by a private equity fund based in [[pl|London]], [[cv|insists]] its performance is improving. A company spokesman said eight new vehicles would arrive before Christmas.

[[org|Liberal Democrat]] councillor [[per|Tom Brereton]] called for an independent review, [[cv|alleging]] that the council had "repeatedly ignored warning signs". His motion was defeated by 24 votes to 19.

The [[org|Local Government and Social Care Ombudsman]] confirmed it had received 63 complaints about bin collections in the city this year, up from 21 in 2025.

Residents can report a missed collection online or by calling the council's contact centre.
"""},
{"id": "b12-en-tasmania", "lang": "en",
 "source": SRC + "Australian regional newspaper (Tasmania), environment and aquaculture: fish deaths at a salmon farm lease",
 "text": """
Salmon deaths off [[pl|Bruny Island]] 'covered up', [[vs|former workers claim]]

By [[per|Ellie Vanderfield]]

A major salmon producer has been [[cv|accused]] of hiding a mass fish die-off at one of its southern Tasmanian leases, with [[vs|former workers claiming]] dead fish were trucked away at night to avoid public scrutiny.

[[vs|Three former employees of [[org|Derwent Ocean Farms]]]], who spoke to the [[org|Mercury Coast]] on the condition they not be named, said up to 300 tonnes of fish died in pens near [[pl|Great Bay]], off [[pl|Bruny Island]], over two weeks in February. One of them [[cv|alleged]] managers told staff "not to talk to anyone" about the deaths.

[[org|Derwent Ocean Farms]] [[cv|denies]] any cover-up. In a statement, general manager [[per|Craig Lennon]] said a "mortality event" linked to low oxygen levels and warm water had been "reported to the regulator in accordance with our licence conditions". He said the company had removed about 120 tonnes of fish, far fewer than the figure cited by the former workers.

The [[org|Environment Protection Authority]] ([[org|EPA]]) confirmed it was notified of the event on February 21, five days after it [[hd|apparently]] began. An [[org|EPA]] spokeswoman would not say whether the delay breached licence conditions, but said the matter was "being assessed".

The claim that dead fish were moved at night [[ne|has not been independently verified]]. [[vs|Residents of [[pl|Alonnah]]]] told the [[org|Mercury Coast]] they had seen refrigerated trucks on the island road "well after midnight" on several occasions in February, but could not say what they were carrying.

Environmental group [[org|Neck Beach Watch]] [[cv|claims]] the die-off is part of a pattern. Spokesman [[per|Rob Kessarios]] said the group had photographed dead fish washed up on beaches along the [[pl|Huon Estuary]]. "We've been told for years that these farms are sustainable. The evidence says otherwise," he said.

[[org|Salmon Tasmania]], the industry body, said salmon farming supported about 5,000 jobs in the state and that mortality events were "rare and well managed". [[vs|Industry insiders]] suggest warmer waters are [[hd|likely]] to make such events more common.

The State Government has faced pressure to review lease conditions since a parliamentary inquiry in 2023. Primary Industries Minister [[per|Jacinta Marr]] said she had asked for "a full briefing" from the [[org|EPA]]. The [[org|Tasmanian Greens]] [[cv|accused]] the Government of being "asleep at the wheel".

Federal Environment Minister [[per|Karen Woodall]] said [[st|Canberra]] was "monitoring the situation" but that the matter was one for [[pl|Tasmania]].

[[org|Derwent Ocean Farms]] says it will release its own water quality data "in coming weeks".

Pictured: salmon pens in [[pl|Great Bay]], off [[pl|Bruny Island]].
"""},

{"id": "b12-en-tennis", "lang": "en",
 "source": SRC + "international sports wire, tennis: mid-match retirement flagged for suspicious betting at a Challenger event",
 "text": """
Tennis-Betting alert after Argentine’s retirement in Challenger match, integrity body says

By [[per|Martin Pasquali]]

[[pl|BUENOS AIRES]], Sept 17 ([[org|Sportswire]]) - Tennis integrity investigators are looking into an unusual betting pattern around a Challenger match in [[pl|Cordoba]] on Tuesday, in which Argentine [[per|Facundo Irigoyen]] retired after losing the first set, the sport’s anti-corruption body said on Wednesday.

The [[org|International Tennis Integrity Agency]] ([[org|ITIA]]) said it had received an alert from a betting monitoring company about "significant and unusual" wagers on [[per|Irigoyen]]’s opponent, Frenchman [[per|Hugo Lemaire-Dubois]], in the hours before the second-round match.

"Receiving an alert does not mean that any breach of the rules has occurred," the [[org|ITIA]] said, adding that it would not comment further while the review was under way.

[[per|Irigoyen]], ranked 241st in the world, stopped playing while trailing 6-2, 1-0, citing a thigh injury. The 27-year-old [[cv|denied]] any wrongdoing on Wednesday. "I have been playing with this injury for three weeks. Anyone who says otherwise is lying," he wrote on social media, posting a photograph of a medical report from a clinic in [[pl|Rosario]]. [[vs|A person close to the player said]] he had [[hd|apparently]] been advised by his physiotherapist in [[pl|Rosario]] not to travel to the tournament at all.

[[vs|According to two people with knowledge of the alert]], more than $150,000 was staked on the Frenchman with several European bookmakers, around 40 times the usual volume for a match at that level. The figure [[ne|could not be independently confirmed]].

[[per|Lemaire-Dubois]], who won the tournament on Sunday, said he had "nothing to do with any of this" and had not noticed anything unusual on court.

[[vs|Some players on the Challenger circuit]] have long complained that the lower tiers of professional tennis, where prize money is small and matches are streamed to betting sites around the world, are vulnerable to fixing. Last year, the [[org|ITIA]] issued 19 sanctions, most of them involving players ranked outside the top 300.

The [[org|Argentine Tennis Association]] said it "fully supports" the investigation and would cooperate with the integrity agency. Its president, [[per|Gustavo Ferrán]], [[cv|insisted]] there was "no reason to doubt" [[per|Irigoyen]]’s version at this stage.

The match organisers, [[org|Cordoba Open SA]], said the tournament had complied with all integrity protocols, including a ban on courtside data collection. [[vs|Officials at the event said]] the umpire had not reported any suspicious behaviour.

Match-fixing investigations can take months or even years. Players found guilty face lifetime bans. [[per|Irigoyen]] is expected to play in a qualifying event in [[pl|Lima]] next week, his coach said.

(Reporting by [[per|Martin Pasquali]]; editing by [[per|Ken Ferris]])
"""},
{"id": "b12-en-leeds", "lang": "en",
 "source": SRC + "UK regional newspaper (West Yorkshire), court report: pension transfer fraud trial at the Crown Court",
 "text": """
Financial adviser ’talked retired miners into bogus pension scheme’, jury told

By [[per|Callum Ashby]], Court Reporter

A financial adviser persuaded dozens of retired miners and factory workers to move their pensions into a scheme that was "little more than a bank account he controlled", a jury at [[org|Leeds Crown Court]] heard yesterday.

[[per|Gareth Pryce-Holroyd]], 52, of [[pl|Wetherby]], [[cv|denies]] eight counts of fraud by false representation and one of money laundering. The prosecution [[cv|alleges]] he diverted more than £3.4 million from 61 clients into an investment vehicle registered in [[st|Cyprus]] between 2018 and 2022.

Opening the case, prosecutor [[per|Helen Marsden]] KC told jurors that [[per|Pryce-Holroyd]] targeted former workers of collieries and textile mills in the [[pl|Wakefield]] and [[pl|Dewsbury]] areas, many of whom had little experience of investments. "He told them their money would grow by eight or nine per cent a year, guaranteed. There was no such guarantee, and there was no real investment," she said.

Ms [[per|Marsden]] said the defendant [[hd|allegedly]] used some of the money to buy a holiday villa in [[st|Portugal]] and a share in a racehorse. Bank records would show transfers from the scheme’s account to his personal accounts "within days" of client money arriving, she added.

The court heard that [[org|Pryce-Holroyd Wealth Ltd]] was not authorised by the [[org|Financial Conduct Authority]] to give advice on pension transfers. The defendant [[cv|maintains]] he believed the firm was covered by another company’s authorisation, jurors were told.

One former client, [[per|Derek Oldroyd]], 74, a retired pit electrician from [[pl|Ossett]], told the court he had lost £82,000. "He sat in my kitchen and drank my tea and told me he was looking after me," he said. Under cross-examination by [[per|Simon Ferrar]] KC, for the defence, Mr [[per|Oldroyd]] agreed he had signed documents describing the investment as "high risk".

The defence [[cv|contends]] the scheme was a genuine investment that failed because of the pandemic, and that losses were not the result of dishonesty. Mr [[per|Ferrar]] told jurors they would hear evidence that several clients received returns in the early years.

The case follows an investigation by [[org|West Yorkshire Police]]’s economic crime unit, launched after complaints from families in 2022. [[vs|Police sources]] have previously indicated that further complainants may come forward.

Judge [[per|Rebecca Haworth]] warned jurors not to research the case online, saying there had been "a great deal of comment on social media, much of it [[hd|apparently]] uninformed".

A second defendant, [[per|Lisa Crowther]], 47, of [[pl|Harrogate]], who worked as an administrator for the firm, [[cv|denies]] one count of money laundering. The trial, expected to last five weeks, continues.
"""},
{"id": "b12-en-penang", "lang": "en",
 "source": SRC + "Malaysian English-language daily (Penang), obituary-style profile: a heritage conservation architect",
 "text": """
[[per|Lim Swee Aun]], the architect who fought to save [[pl|George Town]]’s shophouses, dies at 81

By [[per|Nur Aisyah Kamaruddin]]

[[pl|GEORGE TOWN]]: [[per|Lim Swee Aun]], the soft-spoken architect whose campaigns helped win [[pl|George Town]] its place on the [[org|Unesco]] World Heritage List, died on Sunday at his home in [[pl|Tanjung Bungah]]. He was 81.

His family said he died peacefully after a long illness. Tributes poured in from across [[st|Malaysia]] and from conservationists in [[st|Singapore]], [[pl|Hong Kong]] and [[pl|Melbourne]], where he had studied in the 1960s.

Born in 1945 above his father’s bicycle shop on [[pl|Lebuh Chulia]], [[per|Lim]] liked to say that he "grew up inside a heritage building before anyone called it that". After returning from [[st|Australia]], he joined the state public works department, but resigned in 1979 in protest against plans to demolish a row of Straits Eclectic shophouses for a road-widening project.

In 1986 he co-founded the [[org|Penang Heritage Collective]], which documented more than 1,200 pre-war buildings by hand. Its surveys, [[vs|colleagues say]], formed the backbone of the nomination dossier submitted to [[org|Unesco]] in 2007. [[per|Lim]] himself always played down his role, [[cv|insisting]] the listing was "the work of a thousand volunteers".

He was not without critics. [[vs|Some developers]] [[cv|accused]] him of "freezing the city in amber" and blocking investment. In a 2011 interview with this newspaper, [[per|Lim]] [[cv|insisted]] that conservation and growth were not enemies. "A city that destroys its memory will [[hd|probably]] destroy its future as well," he said.

His later years were marked by a bitter dispute over a hotel project on [[pl|Lebuh Armenian]]. [[per|Lim]] [[cv|claimed]] the developer had knocked down a protected facade at night to avoid an injunction. The developer, [[org|Seri Pinang Holdings]], [[cv|denied]] the accusation and was cleared by a state inquiry in 2016, though [[vs|heritage activists]] [[cv|maintain]] to this day that key evidence was never examined.

Former chief minister [[per|Tan Beng Hock]] described him on Monday as "the conscience of [[pl|George Town]]". The [[org|Penang Island City Council]] said it would name a conservation award in his honour.

[[vs|Friends recall]] a man who cycled to meetings well into his seventies and who kept a sketchbook in his shirt pocket. "He [[hd|supposedly]] drew every doorway in the city at least twice. I believe it," said fellow architect [[per|Rosalind Khoo]].

[[per|Lim]] is survived by his wife, [[per|Margaret Ooi]], two daughters and four grandchildren. The funeral will be held on Thursday at the [[pl|Mount Erskine]] cemetery.
"""},

{"id": "b12-en-taiwan", "lang": "en",
 "source": SRC + "energy and climate trade publication (online), offshore wind: project delay in the Taiwan Strait",
 "text": """
Offshore wind: Formosa Breeze 3 delayed again as developer and turbine supplier trade blame

[[per|Julia Hartmann]] | [[org|Offshore Power Intelligence]] | 22 May 2026

The 640MW Formosa Breeze 3 offshore wind farm off [[pl|Changhua County]] will miss its 2026 commissioning target, developer [[org|Nordhav Energy]] said on Thursday, [[cv|blaming]] faulty cables supplied by a South Korean subcontractor and delays in local content approvals.

[[org|Nordhav]], a Danish-Taiwanese joint venture, said in a filing to investors that first power was now expected "no earlier than the third quarter of 2027". The company [[cv|claimed]] that 11 of the 48 inter-array cables delivered by [[org|Hanjin Subsea Cable]] had failed factory acceptance tests after installation.

[[org|Hanjin Subsea]] [[cv|rejected]] that account. A company spokesperson told [[org|Offshore Power Intelligence]] that the cables had been "certified by an independent laboratory before shipping" and that any damage [[hd|likely]] occurred during installation by [[org|Nordhav]]’s own contractors. Neither company has published the test results, and their competing accounts [[ne|could not be verified]].

[[vs|Industry sources in [[pl|Taipei]]]] say the dispute is heading for arbitration in [[pl|Singapore]]. One of them [[cv|claimed]] the two companies had already exchanged "seven-figure" damages claims, though [[ne|no filing has yet been made public]].

The delay is a further headache for [[st|Taiwan]], which aims to have 13GW of offshore wind installed by 2030 to reduce its dependence on imported liquefied natural gas. The [[org|Ministry of Economic Affairs]] said it was "closely following" the project and that the target remained achievable.

[[vs|Critics argue]] that strict local content rules, requiring developers to source turbine parts and services from domestic suppliers, have pushed up costs and slowed projects. [[vs|Analysts at [[org|Aurora Nexus]]]] estimate Taiwanese offshore wind costs are roughly 30% higher than comparable projects in [[pl|Europe]].

State-owned utility [[org|Taipower]], which has agreed to buy the project’s output under a 20-year contract, declined to comment on possible penalties.

Meanwhile, [[vs|fishermen in [[pl|Changhua]]]] have [[cv|accused]] developers of failing to pay promised compensation for lost fishing grounds. [[per|Huang Chih-ming]], head of a local fishermen’s association, said members had received "less than half" of what was agreed. [[org|Nordhav]] [[cv|insisted]] all payments were "up to date".

Military activity in the [[pl|Taiwan Strait]] has also [[hd|reportedly]] disrupted survey vessels on several occasions this year, though [[org|Nordhav]] did not cite it as a factor in the delay.

Formosa Breeze 3 was approved in 2021 and reached financial close in 2023 with a NT$95bn debt package from 19 lenders.

Related: [[org|Ørsted]] [[hd|said to]] weigh sale of stake in [[st|Taiwan]] projects
"""},
]
