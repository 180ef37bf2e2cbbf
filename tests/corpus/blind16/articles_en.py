# -*- coding: utf-8 -*-
"""Blind set 16, English articles (invented events, people, companies and outlets). Markup: [[tag|text]]."""
SRC = "written for ClaimLens blind set 16 (invented events and people); register: "

ARTICLES = [
{"id": "b16-en-gaborone", "lang": "en",
 "source": SRC + "Botswana business newswire (Gaborone), wire story: diamond miner layoffs and a disputed sale to a foreign buyer",
 "text": """
[[st|Botswana]] diamond miner [[org|Tsodilo]] to cut 600 jobs; union [[cv|disputes]] sales slump figures

By [[per|Kagiso Mmusi]]

[[pl|GABORONE]], March 9 ([[org|Kalahari Business Wire]]) - [[org|Tsodilo Diamonds]] will cut about 600 jobs at its [[pl|Letlhakane]] operations, the company said on Monday, [[cv|blaming]] a collapse in rough diamond sales as demand from jewellers in [[st|China]] and the [[st|United States]] weakens.

Chief executive [[per|Masego Tlhalerwa]] told reporters in [[pl|Gaborone]] that rough sales had fallen 41% in the past year. She [[cv|insisted]] the cuts were "the only way to protect the remaining 2,300 jobs" and [[cv|denied]] that the company had been stockpiling stones to push up prices.

The [[org|Botswana Mine Workers Union]] ([[org|BMWU]]) [[cv|disputes]] the figures. Its general secretary, [[per|Thato Kebonang]], [[cv|claimed]] the company had "quietly sold a large parcel" to a buyer in [[pl|Dubai]] last month at a discount, a sale he said was never disclosed to shareholders. He [[ne|offered no documents]] to back the claim, and [[org|Tsodilo]] called it "[[ne|unfounded]]."

[[vs|Two people familiar with the company's sales]] said a parcel of lower-quality stones had indeed been sold in February, but could not say at what price. [[org|Kalahari Business Wire]] [[ne|was unable to verify]] the transaction independently.

The government, which holds a 15% stake in [[org|Tsodilo]], has [[hd|reportedly]] asked the company to phase the layoffs over six months. A spokesperson for the [[org|Ministry of Minerals and Energy]] declined to comment. [[vs|A senior official at the ministry]], speaking on condition of anonymity, said [[st|Gaborone]] would "not stand in the way of a commercial decision" but wanted "a humane transition."

Diamonds account for roughly 80% of [[st|Botswana]]'s exports, and the [[org|Bank of Botswana]] cut its growth forecast for the year to 1.2% last week. [[vs|Economists]] say the industry's problems are [[hd|likely]] structural, as laboratory-grown diamonds take a growing share of the engagement ring market.

[[vs|Some analysts]] [[cv|argue]] the crisis is cyclical and that prices will recover once retailers in [[pl|New York]] and [[pl|Shanghai]] run down inventories. "We've seen this in 2009 and in 2020," said [[per|Ruth Sebego]], a mining analyst at [[org|Motswedi Securities]]. "It [[hd|seems]] worse this time, but it is not the end of diamonds."

Shares in [[org|Tsodilo]] fell 3.2% on the [[org|Botswana Stock Exchange]]. The company's chairman, [[per|Peter Ndlovu-Kgosi]], has [[hd|allegedly]] been in talks with an Indian cutting house over a long-term supply deal, [[vs|according to local media]]. The company [[cv|denies]] any such talks are under way.

(Reporting by [[per|Kagiso Mmusi]]; Editing by [[per|Naledi Motsumi]])
"""},
{"id": "b16-en-windhoek", "lang": "en",
 "source": SRC + "Namibian news website (Windhoek), energy/environment: green hydrogen project in a national park, disputed water and bird impacts",
 "text": """
Hydrogen plant near [[pl|Lüderitz]] wins approval as conservationists cry foul

The [[org|Namib Observer]] | [[per|Selma Shipanga]] | [[pl|Windhoek]] | 14 May 2027

[[st|Namibia]]’s environment commissioner on Tuesday approved the first phase of a US$9.4 billion green hydrogen plant inside [[pl|Tsau //Khaeb National Park]], despite objections that the project will drain scarce groundwater and disturb nesting seabirds along the southern coast.

The consortium behind the project, [[org|Namib Green Molecules]] ([[org|NGM]]), [[cv|maintains]] that the plant will run entirely on desalinated seawater and wind power. Its managing director, [[per|Johannes Kruger]], said the approval “vindicates six years of careful planning” and [[cv|rejected]] what he called “scaremongering” by environmental groups.

The [[org|Desert Coast Trust]], a conservation group based in [[pl|Swakopmund]], [[cv|contends]] that the desalination plant will not be ready before 2030 and that construction crews will draw water from the [[pl|Koichab]] aquifer in the meantime. The trust’s director, [[per|Anna-Marie Goagoses]], [[cv|accused]] the government of “fast-tracking the assessment to please investors in [[st|Germany]].”

[[org|NGM]] [[cv|denied]] any plan to use the aquifer. A leaked planning document seen by the [[org|Observer]] mentions “temporary groundwater abstraction,” but its date and authorship [[ne|could not be confirmed]].

[[vs|Critics]] also say the wind turbines will [[hd|probably]] kill endangered African penguins and Cape gannets. [[vs|People familiar with the environmental assessment]] said bird surveys had been carried out over just two seasons. [[org|NGM]] says the surveys “exceeded international standards,” a claim that is [[ne|not supported by any published data]].

The project is central to [[st|Windhoek]]’s plan to become a hydrogen exporter. President [[per|Elia Nghifindaka]] has [[cv|argued]] that it will create 15,000 jobs, a figure [[vs|some economists]] describe as “wildly optimistic.” [[st|Germany]] has pledged €40 million in technical support, and the port of [[pl|Lüderitz]] is to be expanded by the state-owned [[org|Namibian Ports Authority]].

In [[pl|Lüderitz]], opinion is split. “We have waited 30 years for jobs,” said [[per|Frans Isaacs]], a fisherman. “If the penguins could vote, [[hd|maybe]] they’d be worried. We are not.” [[vs|Others in the town]] fear the influx of workers will push up rents.

[[vs|It is understood]] that the trust intends to appeal the decision to the [[org|Ministry of Environment, Forestry and Tourism]] and, if that fails, to the [[org|High Court]] in [[pl|Windhoek]]. The consortium is [[hd|supposedly]] close to signing its first offtake agreement with a buyer in [[pl|Rotterdam]], though neither side would confirm this.

The commissioner’s office said the approval comes with 42 conditions, including monthly water reports. [[vs|Environmental lawyers]] say such conditions are seldom enforced.
"""},
{"id": "b16-en-portmoresby", "lang": "en",
 "source": SRC + "Papua New Guinea daily (Port Moresby), court report: bribery trial over logging permits",
 "text": """
Forest official 'took K850,000' for logging permits, court told

By [[per|Rosalyn Kapi]], Court Reporter, [[org|Pacific Daily Tribune]]

A former senior officer of the [[org|PNG Forest Authority]] accepted more than K850,000 in bribes to fast-track logging permits in [[pl|East Sepik]], the State [[cv|alleged]] yesterday as his trial opened in the [[org|National Court]] in [[pl|Waigani]].

[[per|Lawrence Wambi]], 52, has pleaded not guilty to three counts of official corruption and one of money laundering. He [[cv|denies]] receiving any payment and [[cv|maintains]] the money in his accounts came from the sale of a family property in [[pl|Lae]].

Opening for the State, prosecutor [[per|Ellen Gumoi]] told Justice [[per|Michael Tiensten-Kuri]] that the payments were routed through a company registered in the [[pl|British Virgin Islands]] and linked to [[org|Sepik Timber Holdings]], which obtained two permits covering 64,000 hectares in 2023. She said bank records would show "a clear pattern of deposits timed to each approval."

[[org|Sepik Timber]] is not a party to the case. Its lawyer, [[per|Benjamin Kora]], said outside court that the company "rejects any suggestion of wrongdoing" and that the allegations against it were "[[ne|baseless]]."

The court heard that a whistleblower inside the Authority first raised concerns in a letter to the [[org|Ombudsman Commission]] in 2024. [[vs|The letter]], read to the court, [[cv|claimed]] that [[per|Wambi]] had "personally escorted" company representatives through the permit office after hours. Defence counsel [[per|Joseph Aupae]] told the court the letter was anonymous and its author had [[ne|never been identified or tested]].

Mr [[per|Aupae]] also [[cv|accused]] investigators of ignoring evidence that the family property had been sold for K900,000. "The State has built its case on rumours," he said.

Outside the [[org|Waigani Court House]], [[vs|landowners from the [[pl|Sepik River]] villages]] held placards. [[vs|Several of them]] told the [[org|Tribune]] they had never been consulted on the logging and that the company had [[hd|apparently]] cleared areas beyond its permit boundaries. [[org|Sepik Timber]] did not respond to those claims.

[[vs|Sources in the [[org|Forest Authority]]]] said the two permits had been frozen since last year pending an internal review. The Authority's managing director, [[per|Kevin Mamu]], told the [[org|Tribune]] he could not comment on a matter before the court.

[[vs|Anti-corruption campaigners]] say the case is a test for [[st|Papua New Guinea]]'s new anti-corruption body, the [[org|Independent Commission Against Corruption]] ([[org|ICAC]]), which referred the matter to police. [[vs|Diplomats in [[pl|Port Moresby]]]] have [[hd|reportedly]] been following the trial closely, as logs exported to [[st|China]] and [[st|India]] are under growing scrutiny.

The trial, expected to last three weeks, continues today with evidence from a bank officer. Justice [[per|Tiensten-Kuri]] warned the public gallery that "comments on social media could [[hd|possibly]] amount to contempt."
"""},
{"id": "b16-en-apia", "lang": "en",
 "source": SRC + "Samoan fact-checking website (Apia), health: viral claim of a hidden dengue death toll",
 "text": """
FACT CHECK: No, [[st|Samoa]] is not hiding “40 dengue deaths”

[[org|Talanoa Check]] · By [[per|Lealofi Fuimaono]] · 3 February 2027

The claim
[[vs|A video shared more than 12,000 times on Facebook]] [[cv|claims]] that 40 people have died of dengue in [[st|Samoa]] since November and that the [[org|Ministry of Health]] is “covering it up to protect tourism.” The man in the video, who does not give his name, says he works at a hospital in [[pl|Apia]]. He [[ne|provides no names, dates or documents]].

Our verdict: False
The official toll is seven deaths. We found [[ne|nothing to support]] the figure of 40.

What we checked
The [[org|Ministry of Health]] publishes a weekly dengue bulletin. The latest, dated January 29, reports 2,214 confirmed cases and seven deaths, five of them children. Director-General Dr [[per|Aiono Tavita Leota]] told [[org|Talanoa Check]] that every death in a public hospital is reported within 48 hours. “We have nothing to hide. The number is seven,” she said.

We asked the [[org|Tupua Tamasese Meaole Hospital]] in [[pl|Apia]] and the district hospital at [[pl|Tuasivi]] on [[pl|Savaiʻi]] for their own figures. Both matched the bulletin. [[vs|Two nurses at the main hospital]], who asked not to be named, said they had seen “more severe cases than last year” but knew of no unreported deaths.

Where does “40” come from?
The number [[hd|appears to]] come from a regional total. A [[org|World Health Organization]] ([[org|WHO]]) situation report in January listed 40 dengue deaths across several Pacific countries, including [[st|Tonga]] and [[st|Vanuatu]]. The video [[hd|seemingly]] misreads that table.

Why it spread
The video was first posted by a page that [[cv|claims]] to campaign for “health freedom” and has previously shared false claims about vaccines. [[vs|Its administrator]], reached by message, [[cv|insisted]] the figure was “from a reliable source inside” but [[ne|refused to share any evidence]].

[[vs|Some families]] have [[cv|accused]] the ministry of delays in testing, and opposition MP [[per|Faleolo Sione Tuala]] [[cv|alleged]] in [[org|Parliament]] last week that rural clinics had run out of test kits. The ministry [[cv|denied]] that, though it acknowledged “temporary shortages” on [[pl|Savaiʻi]]. Those complaints are real, but they are not evidence of hidden deaths.

[[vs|Health officials in [[pl|American Samoa]]]] said cases there are also [[hd|probably]] undercounted because many patients never see a doctor. That concerns cases, not deaths.

Our method
We reviewed the ministry’s bulletins, the [[org|WHO]] report and hospital figures, and spoke to two doctors. We contacted the page that posted the video; its administrator did not identify the man who appears in it.

Rating: False. The figure is [[ne|unsupported]] and [[hd|likely]] comes from a misread regional table.
"""},
{"id": "b16-en-georgetown", "lang": "en",
 "source": SRC + "Guyanese news website (Georgetown), environment/energy: live blog on an oil sheen off the coast",
 "text": """
LIVE: Oil sheen spotted off [[pl|Berbice]] coast - operator [[cv|denies]] leak

[[org|Demerara Now]] live updates, by [[per|Shondell Persaud]] and [[per|Ravi Ramnarine]]

6:40 pm - The [[org|Environmental Protection Agency]] ([[org|EPA]]) says samples from the sheen will be sent to a laboratory in [[pl|Houston]] and results are [[hd|unlikely]] before Friday. Executive director [[per|Kemraj Baksh]] told reporters it was "too early to point fingers."

6:05 pm - [[org|Corentyne Offshore Partners]], which operates the nearest production vessel, again [[cv|denied]] any spill. "All our systems show normal pressure and no loss of containment," a statement said. The company [[ne|has not released]] its monitoring data.

5:30 pm - [[vs|Fishermen at [[pl|Number 63 Beach]]]] [[cv|insist]] the sheen is oil from the platform. "Yesterday my nets came up black. I've fished here 30 years, I know what oil looks like," said [[per|Deonarine Singh]]. [[vs|Other fishermen]] said they had seen dead fish on the mudflats, but we [[ne|could not independently verify]] those reports.

4:50 pm - [[vs|A source at the [[org|Maritime Administration Department]]]] tells us the sheen covers about 14 square kilometres and is [[hd|probably]] drifting west. [[org|MARAD]] has not commented publicly.

4:15 pm - Opposition MP [[per|Natasha Bacchus-Harry]] has [[cv|accused]] the government of "protecting oil companies before citizens" and [[cv|claimed]] the sheen was first seen on Sunday, two days before it was reported. She [[ne|did not say how she knew]].

3:30 pm - The [[org|Guyana Defence Force Coast Guard]] has sent a vessel to the area, according to its spokesperson, Lieutenant [[per|Akeem Charles]].

2:45 pm - Satellite images posted by an environmental group, [[org|Wild Coast Watch]], [[hd|appear to]] show a long dark streak east of the [[pl|Corentyne River]] mouth. The group [[cv|claims]] the streak is "consistent with crude oil." [[vs|Experts we consulted]] said it could also be algae or sediment from the river.

1:50 pm - [[vs|Residents]] report a strong smell of fuel along the seawall in [[pl|New Amsterdam]]. [[vs|Some]] say the smell began overnight.

1:20 pm - Minister of Natural Resources [[per|Vickram Outar]] says there is "no confirmed spill" and dismisses reports circulating on WhatsApp as "[[ne|speculation without any basis]]."

Background - [[st|Guyana]] became one of the world's fastest-growing oil producers after discoveries in the offshore [[pl|Stabroek Block]]. Since 2019, [[vs|environmental groups]] have [[cv|argued]] that the country lacks the equipment to respond to a major spill. [[st|Venezuela]], which claims the [[pl|Essequibo]] region, has [[hd|reportedly]] been monitoring the situation. [[st|Georgetown]] [[cv|rejects]] any role for [[st|Caracas]] in the response.

Earlier: [[org|Demerara Now]] reported on Tuesday that a crew member aboard the production vessel had [[hd|allegedly]] been told not to speak to the press. [[org|Corentyne Offshore]] [[cv|denies]] issuing any such order.
"""},
{"id": "b16-en-kirklees", "lang": "en",
 "source": SRC + "West Yorkshire local news website (Huddersfield), local council/housing: disputed sale of a council estate to a developer",
 "text": """
Councillors clash over sale of [[pl|Fartown]] estate as tenants fear “social cleansing”

[[org|Huddersfield Gazette]] · Local Democracy · [[per|Priya Haworth]] · 18 October 2026

A plan to sell the 1960s [[pl|Fartown]] estate to a private developer was pushed through [[org|Kirklees Council]]’s cabinet on Tuesday night after a stormy meeting in which [[vs|opposition councillors]] [[cv|accused]] the ruling group of “selling tenants down the river.”

Under the deal, [[org|Holme Valley Living]] would buy the 212 flats for £14.5 million, demolish three of the five blocks and build 480 new homes, 25% of them “affordable.” Council leader [[per|Imran Dar]] [[cv|insisted]] the sale was the only way to fund repairs that would otherwise cost the authority £30 million. “We are not selling anyone down the river. We are getting them out of damp flats,” he said.

The leader of the [[org|Liberal Democrats]] group, [[per|Helen Sykes]], [[cv|contended]] that the council had underestimated the value of the land “by at least a third” and [[cv|claimed]] that a rival bid had been ignored. She [[ne|did not name the bidder]] or produce the figures when asked by the cabinet. Mr [[per|Dar]] [[cv|denied]] that any other formal bid had been received.

[[vs|Several tenants]] said they had been told they would be rehoused “within the borough,” but that nobody had explained where. [[per|Maureen Clegg]], who has lived on the estate since 1987, said: “They say it’s regeneration. It feels like they want us gone.”

[[org|Holme Valley Living]], a joint venture between a [[pl|Leeds]]-based builder and a pension fund, [[hd|reportedly]] offered less than the district valuer’s figure. A council spokesperson said the valuation was “commercially sensitive.”

[[vs|Sources close to the cabinet]] said the deal had been discussed with [[org|Homes England]], the government housing agency, which is [[hd|believed to]] be willing to part-fund the affordable units. [[org|Homes England]] declined to comment. [[vs|One senior officer]] told the [[org|Gazette]] the scheme was “the least bad option,” but warned the numbers may not survive a rise in interest rates.

The [[org|West Yorkshire Combined Authority]] has not taken a position. [[vs|Housing campaigners]] [[cv|argue]] the sale reflects pressure from [[st|Westminster]], which has cut grants to councils in the north. [[vs|Ministers]] [[cv|reject]] that, saying councils have “record funding.”

The estate’s tenants’ association, [[org|Fartown Together]], says it will seek a judicial review at the [[org|High Court]] in [[pl|Leeds]]. Its chair, [[per|Ghulam Hussain]], [[cv|alleges]] that the consultation was “a box-ticking exercise” held over the summer holidays, when many families were away. The council says 340 residents responded.

Final approval now rests with full council on 4 November. [[vs|Some [[org|Labour]] backbenchers]] are [[hd|said to be]] uneasy, [[vs|according to people who attended a private group meeting]], and a rebellion could [[hd|possibly]] delay the vote.
"""},
{"id": "b16-en-cumbria", "lang": "en",
 "source": SRC + "Cumbrian regional daily (Carlisle), opinion column: cancellations on a coastal railway line",
 "text": """
OPINION: The [[pl|Cumbrian Coast Line]] is not a "challenge". It is a scandal

By [[per|Gwen Armstrong]], [[org|Solway Courier]] columnist

Last Thursday the 07:12 from [[pl|Whitehaven]] to [[pl|Carlisle]] was cancelled for the ninth time in a month. I know because I was on the platform, along with two nurses, a welder on his way to [[pl|Sellafield]] and a boy in school uniform who had given up on the bus.

[[org|Northern]] [[cv|claims]] that 91% of its services on the line ran on time in September. I would love to see the spreadsheet. The operator [[ne|has never published]] the station-by-station figures behind that number, and the independent watchdog, [[org|Transport Focus]], [[cv|argues]] that "on time" is measured in a way that hides short-formed and terminated trains.

Its managing director, [[per|Chris Tennant]], [[cv|insists]] the problem is a shortage of drivers that is "[[hd|probably]] temporary." He has been saying so since 2024. [[vs|Drivers I have spoken to]] tell a different story: they [[cv|claim]] rest-day working was quietly cut to save money. [[org|Northern]] [[cv|denies]] this, and I [[ne|cannot verify it]]. But I notice nobody has explained where the missing drivers went.

Then there is the track. [[org|Network Rail]] [[cv|maintains]] that the sea wall at [[pl|Parton]] is safe. [[vs|Engineers who have worked on it]] are less sure. After the storms of last winter, the line was closed for eleven days; the next big storm could close it for months. The [[org|Department for Transport]] has [[hd|supposedly]] been "reviewing options" for the coast since 2022. [[st|Whitehall]]'s idea of an option, judging by past form, is a replacement bus.

[[vs|Some]] will say that a line serving a few thousand passengers a day is a luxury. They are wrong. Without it, [[pl|Workington]] and [[pl|Maryport]] are cut off from jobs, hospitals and colleges. The nuclear industry at [[pl|Sellafield]] alone employs 11,000 people, many of whom would [[hd|presumably]] prefer a train to the [[pl|A595]] at dawn.

[[vs|Ministers]] like to talk about "levelling up" the north. [[pl|London]] gets a new Tube line; [[pl|Cumbria]] gets a "challenge". Our MP, [[per|Markus Holloway]], has [[cv|accused]] the department of treating the west coast "as an afterthought," and for once I agree with him.

What would fix it? Publish the data, for a start. Guarantee rest-day pay until new drivers are trained. And commit, in writing, to a sea wall that will survive the century.

Until then, I'll be on the platform at [[pl|Whitehaven]] at 07:05, [[hd|apparently]] one of the 91% who are imagining things.

[[per|Gwen Armstrong]] is a former teacher and lives in [[pl|St Bees]].
"""},
{"id": "b16-en-oregon", "lang": "en",
 "source": SRC + "Oregon public radio science desk (Newport), science: sunflower sea star recovery and kelp forests",
 "text": """
Sea stars are back on [[pl|Oregon]]’s coast. Scientists disagree on why

[[org|Cascadia Public Radio]] · Science desk · By [[per|Hannah Yoshida-Marsh]] · July 8, 2027

For a decade after a mysterious wasting disease wiped out most of the sunflower sea stars on the Pacific coast, divers off [[pl|Oregon]] rarely saw one. This summer, researchers from [[org|Oregon State University]] counted 46 juveniles on a single reef near [[pl|Cape Perpetua]].

In a paper published Tuesday, marine ecologist Dr. [[per|Lauren Whitcombe]] and colleagues report that the young stars [[hd|appear to]] be surviving at rates not seen since 2013. [[per|Whitcombe]] [[cv|contends]] that the recovery is driven by colder water from strong upwelling over the past two summers. “We think temperature is the switch,” she said. “Warm years, the disease wins. Cold years, the stars get a chance.”

[[per|Marcus Delgado]], a biologist at the [[org|University of California, Santa Cruz]], [[cv|argues]] that the data cover too few sites to link the recovery to temperature. He also notes that captive-bred stars released by an aquarium in [[pl|Newport]] may have drifted onto the study reef.

The aquarium, [[org|Yaquina Marine Center]], said none of its released stars were tagged and it could not say where they ended up. Its director, [[per|Tom Okafor]], said he “would be surprised” if they accounted for more than a handful.

Sunflower sea stars eat purple urchins, which have mowed down kelp forests from [[pl|California]] to [[pl|Washington]] since the stars vanished. [[vs|Fishermen in [[pl|Port Orford]]]] [[cv|claim]] the urchins have cost them half their red urchin and abalone catch. Those losses are [[ne|largely undocumented]], since the state stopped surveying some reefs in 2019.

The [[org|Oregon Department of Fish and Wildlife]] ([[org|ODFW]]) said it was “cautiously optimistic.” A spokesperson declined to say whether the agency would restart surveys. [[vs|People familiar with the agency’s budget]] said funding for reef monitoring was [[hd|likely]] to be cut next year.

The cause of the wasting disease itself remains disputed. A 2025 study by a team in [[st|Canada]] identified a bacterium as the [[hd|probable]] culprit. [[vs|Some researchers]] believe heat stress merely weakens the stars, making them vulnerable to infection. Online, [[vs|several commentators]] have [[cv|claimed]] that radiation from [[pl|Fukushima]] caused the die-off, an idea [[vs|researchers]] say is [[ne|not supported by any evidence]].

The [[org|National Oceanic and Atmospheric Administration]] is reviewing whether to list the species as threatened under the Endangered Species Act. [[vs|Conservation groups]] [[cv|insist]] the listing should go ahead regardless of this year’s numbers. “One good summer is not a recovery,” said [[per|Jade Nakamura]] of the [[org|Center for Marine Futures]].

[[per|Whitcombe]] agrees on that point. “We’ll know in five years,” she said. “Sea stars are [[hd|seemingly]] better at surprising us than we are at predicting them.”
"""},
{"id": "b16-en-saskatchewan", "lang": "en",
 "source": SRC + "Prairie agricultural trade publication (Saskatoon), agriculture: canola crush plant delay, tariffs and a contamination rumour",
 "text": """
Crush plant delay, tariff fears weigh on [[pl|Saskatchewan]] canola growers

[[org|Western Grain Review]] - Markets & Policy - By [[per|Dale Hryniuk]], [[pl|Saskatoon]] - Jan. 21, 2027

Canola growers in [[pl|Saskatchewan]] head into seeding season facing the worst price outlook in five years, as a new crush plant near [[pl|Yorkton]] sits unfinished and export markets remain clouded by tariffs.

[[org|Prairie Crush Co-operative]] had promised to open its 1.1-million-tonne plant this spring. Chief executive [[per|Lorna Bechard]] now says start-up will slip to the fourth quarter. She [[cv|blamed]] delays in delivering steam turbines from [[st|Germany]] and [[cv|insisted]] the project was "fully financed." [[vs|Two farmers who sit on the co-op's members' council]] told the [[org|Review]] they had not been shown the revised budget.

[[vs|Industry sources]] say the co-op has [[hd|reportedly]] sought an extra $85 million from its lenders. [[per|Bechard]] [[cv|denied]] any new borrowing, but [[ne|declined to release]] the loan agreements. [[org|Farm Credit Canada]], one of the lenders, does not comment on individual clients.

Exports are the bigger worry. [[st|China]] still applies a 100% tariff on Canadian canola oil and meal, and [[st|Beijing]] [[cv|maintains]] that it is responding to unfair trade practices by [[st|Ottawa]]. Federal agriculture minister [[per|Rachel Tourigny]] told a farm conference in [[pl|Regina]] that talks were "active." [[vs|Trade officials]] say a deal is [[hd|unlikely]] before the summer.

[[vs|Some analysts]] [[cv|argue]] the tariff has already been priced in. "Most of the damage is done," said [[per|Sunil Mehra]], a commodities analyst with [[org|Red River Markets]] in [[pl|Winnipeg]]. [[vs|Others]] warn that a prolonged dispute could push acres toward wheat and lentils.

Meanwhile, [[vs|a rumour]] that spread on farm forums this month [[cv|claimed]] that shipments from [[pl|Vancouver]] had been rejected by [[st|Japan]] because of blackleg contamination. The [[org|Canadian Grain Commission]] said it had "no record of any rejected cargo." The posts [[ne|cited no shipment numbers or dates]], and no exporter has confirmed the story. Japanese buyers [[hd|apparently]] continue to book cargoes for March.

Growers are also watching the weather. The [[org|Saskatchewan Research Council]] says soil moisture in the southwest is "[[hd|possibly]] the lowest since 2021." [[vs|Agronomists]] say that early seeding may not help if spring is dry.

At the co-op's annual meeting in [[pl|Yorkton]] last week, member [[per|Kyle Paziuk]] [[cv|accused]] the board of "running a billion-dollar project like a 4-H club." Board chair [[per|Anne Lemieux]] [[cv|rejected]] the criticism and said an independent review of the budget would be completed by April.

For now, new-crop canola bids in [[pl|Saskatoon]] sit around $640 a tonne, down from $780 a year ago.
"""},
{"id": "b16-en-kathmandu", "lang": "en",
 "source": SRC + "Nepali English-language sports weekly (Kathmandu), sport: Q&A with a cricket captain on match-fixing allegations",
 "text": """
“[[ne|Nobody has shown me a single piece of proof]]”: [[st|Nepal]]’s captain on the fixing storm

Interview by [[per|Anjali Shrestha]] · [[org|Sagarmatha Sport]] · [[pl|Kathmandu]] · 11 April 2027

Three weeks after [[vs|anonymous posts]] [[cv|alleged]] that two matches in the domestic T20 league were fixed, national captain [[per|Bibek Thapa Magar]] spoke to us at the [[pl|Tribhuvan University Cricket Ground]] in [[pl|Kirtipur]].

[[vs|The posts]] [[cv|claim]] that players from your franchise were paid to lose in [[pl|Pokhara]]. What is your reaction?
Anger. These posts were written by accounts with no names and no history. [[ne|Nobody has shown me a single piece of proof]]. I know my teammates. If someone has evidence, they should take it to the [[org|ICC]], not to social media.

The [[org|Cricket Association of Nepal]] has opened an inquiry. Are you cooperating?
Of course. [[org|CAN]] asked for our phones and we gave them. I have nothing to hide.

[[vs|Some former players]] [[cv|insist]] that fixing has been a problem in the league for years. Do you accept that?
I can’t speak for the past. People say a lot of things in tea shops. What I can tell you is that the [[org|ICC Anti-Corruption Unit]] briefs every team before the season, and nobody ignores it.

[[vs|According to sources at the board]], bookmakers in [[st|India]] [[hd|allegedly]] placed unusual bets on the second match. Have you heard that?
I read the same reports you did. They [[ne|have not been confirmed]] by anyone. The board [[hd|apparently]] asked the [[org|Nepal Police]] to look at betting records, but the police have not announced anything.

One of the accused players, [[per|Rohit Karki]], has [[cv|denied]] everything. Do you believe him?
Yes. He has played 40 matches for [[st|Nepal]]. He got two ducks in [[pl|Pokhara]]; so have I, many times. That is cricket, not fixing.

Your franchise owner, [[per|Suresh Agrawal]], [[cv|accused]] a rival owner of spreading the rumours. Is that fair?
That’s between the owners. I think it [[hd|probably]] doesn’t help anyone.

The league’s sponsor, [[org|Himalayan Bottlers]], is [[hd|said to be]] reconsidering its contract. Does that worry you?
It worries everyone. The league pays many of our young players. If the sponsor leaves, some of them will go back to their villages.

What happens next?
We have a qualifier in the [[st|United Arab Emirates]] in June. My job is to keep the team focused. The inquiry will say what it says. But I ask one thing: judge us on evidence, not on posts from people who won’t even give their names.

Interview edited for length and clarity. [[org|CAN]]’s integrity officer, [[per|Prakash Adhikari]], told [[org|Sagarmatha Sport]] the inquiry should conclude by the end of May and that [[vs|several witnesses]] had come forward to [[cv|claim]] contact with bookmakers, [[ne|without providing recordings]] or messages.
"""},
]
