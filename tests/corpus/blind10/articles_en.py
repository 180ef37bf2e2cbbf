# -*- coding: utf-8 -*-
"""Blind set 10, English articles (invented events, people, companies and outlets). Markup: [[tag|text]]."""
SRC = "written for ClaimLens blind set 10 (invented events and people); register: "

ARTICLES = [
{"id": "b10-en-eldoret", "lang": "en",
 "source": SRC + "Kenyan national daily, agriculture: substandard subsidised fertiliser in the North Rift",
 "text": """
[[vs|Farmers]] Say Subsidised Fertiliser Was 'Mostly Sand' as Supplier [[cv|Denies]] Tampering

By [[per|WANJIRU KARIUKI]]
Published: Tuesday, March 17, 2026 | 6:45 am EAT

[[pl|ELDORET]] - Maize farmers in [[pl|Uasin Gishu]] and [[pl|Trans Nzoia]] counties are demanding compensation after bags of government-subsidised fertiliser they bought this planting season [[hd|allegedly]] turned out to contain little more than coloured sand and ground limestone.

At a meeting in [[pl|Moiben]] on Monday, more than 200 growers displayed split bags stamped with the logo of [[org|Kerio Agro-Inputs Ltd]], one of four firms contracted to supply the subsidy programme in the [[pl|North Rift]]. "When you put it in water, it just sinks like mud. Real fertiliser dissolves," said [[per|Stephen Kiprotich]], who farms 12 acres near [[pl|Kapseret]].

[[vs|Farmers]] [[cv|claim]] that seedlings planted with the product have turned yellow and stunted within three weeks. [[vs|Agricultural extension officers in the region]], who spoke on condition of anonymity because they are not authorised to talk to the media, said they had been receiving similar complaints since mid-February.

[[org|Kerio Agro-Inputs]] has [[cv|denied]] any wrongdoing. In a statement, its managing director, [[per|Dennis Ouma]], [[cv|insisted]] that every consignment "left our warehouse in [[pl|Nakuru]] sealed and certified", and suggested the bags may have been tampered with by "unscrupulous middlemen" further down the supply chain. He [[ne|did not provide the certification documents]] when asked by the [[org|Daily Standard Times]].

The [[org|Kenya Bureau of Standards]] ([[org|Kebs]]) said it had collected samples from six stores and would release test results "within 14 days". [[vs|A [[org|Kebs]] official]], who declined to be named, told this newspaper that preliminary field tests showed nitrogen content "far below" the label, but cautioned that laboratory analysis was still pending. The problem [[hd|appears to]] be confined to bags released from two depots.

Agriculture Cabinet Secretary [[per|Esther Chepkoech]] on Monday [[cv|blamed]] "cartels" for infiltrating the subsidy scheme, [[ne|without naming any company or individual]]. Speaking in [[pl|Kitale]], she said the ministry had suspended distribution from the affected depots and that farmers with receipts would get replacement bags.

Opposition MP for [[pl|Moiben]], [[per|Joseph Lagat]], dismissed the pledge as "too little, too late" and [[cv|accused]] the ministry of ignoring warnings from his office as early as December. He said he had written to the ministry twice, although [[ne|copies of the letters have not been made public]].

It is the second fertiliser scandal in three years. In 2024, a parliamentary committee found that thousands of bags distributed in western [[st|Kenya]] were substandard, though no one was ultimately prosecuted.

For [[per|Grace Jelimo]], a widow who borrowed 18,000 shillings to plant five acres, the damage may already be done. "The rains have started. If I replant now I may not harvest before the dry season," she said. "Who will pay back my loan?"

The [[org|National Cereals and Produce Board]], which runs the distribution depots, said it was "cooperating fully" with investigators.

RELATED: Maize prices expected to rise as long rains delayed in [[pl|Rift Valley]]

Additional reporting by [[per|Brian Otieno]] in [[pl|Kitale]]
"""},
{"id": "b10-en-portharcourt", "lang": "en",
 "source": SRC + "Nigerian national daily, aviation: hard landing and grounding of a domestic airline",
 "text": """
[[pl|Port Harcourt]] hard landing: [[org|NCAA]] grounds [[org|Bonny Air]] jets as [[vs|passengers]] [[cv|allege]] crew ignored warning

From [[per|Chinedu Okwuosa]], [[pl|Port Harcourt]]
Published November 4, 2026 | 9:12 pm

The [[org|Nigeria Civil Aviation Authority]] ([[org|NCAA]]) has suspended the operations of [[org|Bonny Air]] pending an audit of its fleet, two days after one of the carrier's [[org|Embraer]] jets landed heavily at [[pl|Port Harcourt International Airport]], injuring four passengers.

The aircraft, operating flight BNY 214 from [[pl|Abuja]] with 86 people on board, touched down in heavy rain on Sunday evening and [[hd|reportedly]] veered towards the edge of the runway before coming to a stop. Videos [[hd|purportedly]] filmed inside the cabin show overhead lockers burst open and passengers screaming.

[[vs|Several passengers]] have since [[cv|claimed]] that the captain was warned by air traffic control about a thunderstorm over the airport but decided to land rather than divert to [[pl|Owerri]]. "We heard him say on the PA that we were going in anyway," said [[per|Ibiere Georgewill]], a lawyer who was seated in row 7.

[[org|Bonny Air]] [[cv|rejected]] that account. In a statement signed by its head of corporate communications, [[per|Tunde Adebayo-Lawal]], the airline [[cv|insisted]] that "all operational procedures were followed" and described the landing as "firm but within limits". It [[ne|did not release the cockpit voice recording or the weather report]] it said the crew had received.

[[vs|It was gathered]] that the aircraft had been flagged for a brake inspection last month. [[vs|An engineer at the airline who pleaded anonymity]] said the check was "postponed twice" because spare parts were held up at the [[pl|Lagos]] port. The claim [[ne|could not be independently verified]], and the airline has not responded to questions about its maintenance records.

The [[org|Nigerian Safety Investigation Bureau]] ([[org|NSIB]]) said it had recovered both flight recorders and would publish a preliminary report within 30 days. Its director-general, Engr. [[per|Musa Danjuma]], cautioned against "speculation on social media", adding that the investigation "may take time".

Aviation analyst [[per|Olumide Fashola]] said the [[org|NCAA]]'s decision was "unusually swift". "Historically the regulator waits for the preliminary report. This suggests they [[hd|probably]] already know something we don't," he told our correspondent.

[[vs|Industry sources]] say the grounding could affect about 5,000 passengers a week on the airline's routes to [[pl|Lagos]], [[pl|Abuja]], [[pl|Calabar]] and [[pl|Accra]]. [[vs|Stranded travellers at the [[pl|Port Harcourt]] terminal]] on Tuesday [[cv|accused]] the airline of refusing refunds. [[vs|A customer service agent]] said refunds would be processed "in due course".

Meanwhile, the [[org|House of Representatives Committee on Aviation]] has summoned the airline's management to [[pl|Abuja]] next week. The committee chairman, Hon. [[per|Aminu Bello]], [[cv|alleged]] that some domestic operators were "flying on borrowed time" with poorly maintained aircraft, but [[ne|gave no figures]].

The four injured passengers were treated at the [[org|University of Port Harcourt Teaching Hospital]] and discharged on Monday.

ALSO READ: [[org|Senate]] moves to review aviation fuel import duties
"""},
{"id": "b10-en-singapore", "lang": "en",
 "source": SRC + "Singaporean news website, consumer affairs / cybersecurity: data leak at a food-delivery app",
 "text": """
[[org|TehGo]] users’ data [[hd|allegedly]] up for sale online; app says payment details safe

Hacker [[cv|claims]] to hold records of 1.2 million customers, including home addresses and order histories

[[per|Nur Aisyah Rahman]]
Updated Jan 08, 2026, 08:40 PM

[[pl|SINGAPORE]] – Personal data belonging to more than a million users of [[org|TehGo]], the drinks and snacks delivery app popular with office workers, is being offered for sale on a cybercrime forum, according to a listing seen by The [[org|Straits Courier]] on Thursday (Jan 8).

The seller, who uses the handle “kopi_dealer”, [[cv|claims]] the database contains names, mobile numbers, home and office addresses and two years of order histories for 1.2 million accounts. A sample of 500 records posted alongside the advertisement [[hd|appears to]] match real customers: [[vs|three people contacted by The [[org|Straits Courier]]]] confirmed that their details and recent orders were accurate.

The size of the full database [[ne|could not be verified]].

In a statement on Thursday evening, [[org|TehGo]] said it had “detected unauthorised access to a legacy marketing server” on Jan 5 and had reported the incident to the [[org|Personal Data Protection Commission]] ([[org|PDPC]]). The company [[cv|maintained]] that no credit card numbers or passwords were stored on the affected system, and that its payment platform “remains secure”.

Co-founder and chief executive [[per|Marcus Teo]] [[cv|denied]] that the firm had delayed informing customers. “We moved as soon as we had confirmed facts,” he told reporters at the company’s office in [[pl|Paya Lebar]].

But [[vs|two former employees]] told The [[org|Straits Courier]] that staff had raised concerns about the unencrypted server as early as 2024. One of them said the warnings “went nowhere”. [[org|TehGo]] did not respond to questions about the internal warnings.

[[vs|Cybersecurity experts]] say the leaked data could still be misused. “Order histories tell a scammer where you work, when you are at home and what you like to drink. That is enough to write a very convincing phishing message,” said Dr [[per|Ravi Shankar Pillai]], a senior lecturer in information security at a local university.

The breach [[vs|is believed to]] have originated from a third-party analytics vendor based in [[st|Malaysia]], [[vs|according to people familiar with the matter]].

The [[org|Consumers Association of Singapore]] ([[org|Case]]) urged users to be wary of messages offering refunds or vouchers in [[org|TehGo]]’s name.

The [[org|PDPC]] confirmed it was investigating. Under the Personal Data Protection Act, companies can be fined up to 10 per cent of their annual turnover in [[st|Singapore]].

[[vs|Users]] told The [[org|Straits Courier]] they were considering deleting the app. “I order bubble tea every day, so they [[hd|probably]] know my life better than my mother,” said [[per|Jasmine Koh]], 29, an accountant who works in [[pl|Raffles Place]].

[[org|TehGo]], which was founded in 2021 and raised S$30 million last year, said it would email all affected customers by Friday.

READ MORE: Scam losses hit record $1.1 billion in first half of year, says [[org|SPF]]

Follow The [[org|Straits Courier]] on social media for the latest breaking news.
"""},
{"id": "b10-en-highland", "lang": "en",
 "source": SRC + "Scottish regional weekly, local council analysis: rural school closures consultation",
 "text": """
ANALYSIS: Council says nobody objected to closing three village schools. [[vs|Parents]] say nobody asked them

By [[per|Iain MacLeod]], Local Democracy Reporter
Friday 6 February 2026, 5.00pm

When [[org|West Highland Council]]'s education committee voted 9-4 on Wednesday to "mothball" the primary schools at [[pl|Inverailort]], [[pl|Glenuig]] and [[pl|Achnaha]], the official paperwork was clear: a six-week public consultation had produced "no substantive objections".

That line has caused uproar on the [[pl|Ardnamurchan]] peninsula. [[vs|Parents' groups]] [[cv|claim]] that the consultation was advertised only on the council website and a single noticeboard in [[pl|Fort William]], 40 miles away by single-track road. "You'd think they didn't want anyone to find it," said [[per|Morag Cameron]], whose two children attend [[org|Glenuig Primary]].

The council [[cv|insists]] the process was lawful. [[vs|A spokesperson]] said the consultation "met every statutory requirement" under the Schools (Consultation) (Scotland) Act and that letters had been sent to every affected household. Asked how many letters were posted and when, the council [[ne|did not provide a figure]].

Education convener Cllr [[per|Fiona Grant]] went further at Wednesday's meeting, [[cv|contending]] that the three schools, with 23 pupils between them, were "educationally and financially unsustainable". She said the closures would save £410,000 a year, although [[ne|the underlying costings have not been published]].

Those numbers are [[cv|disputed]]. [[per|Hamish Reid]], an independent councillor for the ward, has [[cv|accused]] officers of counting the same transport contract twice. [[vs|Council officials]] privately acknowledge that the savings figure "may need revisiting", [[vs|according to one person who attended a briefing last month]].

There is also the question of what happens next. Mothballing is, in theory, temporary. In practice, [[vs|rural campaigners]] argue, a closed school rarely reopens. The [[org|Scottish Rural Schools Network]] - a volunteer group - says that of 31 schools mothballed in the [[pl|Highlands]] and islands since 2010, only two have reopened.

The [[org|Scottish Government]] has the power to "call in" closure decisions, and ministers in [[pl|Edinburgh]] [[vs|are thought to]] be wary of another row with rural communities ahead of May's [[org|Holyrood]] election. [[vs|A Government source]] said ministers would "look carefully" at any request. Whether a call-in will actually happen is another matter.

For now, the families of [[pl|Achnaha]] face a 50-minute bus ride each way from August. [[per|Kirsty MacDonald]], who runs the village shop, reckons the closure will "[[hd|probably]] finish off" the community. "Young families won't move here without a school. It's that simple."

It would be unfair to say the council's position is without merit: rolls have fallen by half in a decade, and teachers are hard to recruit to remote posts. But if the authority is confident in its case, it has little reason not to publish the letters, the costings and the consultation responses in full.

Until it does, parents will keep asking the same question: if nobody objected, who exactly was consulted?

Related: [[pl|Mallaig]] ferry timetable changes spark fresh anger
Comments are closed on this article.
"""},
{"id": "b10-en-wales", "lang": "en",
 "source": SRC + "Welsh news website, live blog, weather: storm flooding in the Towy valley",
 "text": """
LIVE: Storm Eirlys – [[pl|Carmarthen]] quay flooded as [[pl|Towy]] bursts its banks; red warning for south [[pl|Wales]]

Key events: Residents evacuated in [[pl|Llandeilo]] · Rail line closed · Flood defence row

By [[per|Rhian Howells]] and [[per|Gareth Pryce]] | Last updated: 14:32, 22 December 2026

14:32
Thanks for following our coverage today. To recap: more than 300 properties have been flooded along the [[pl|Towy]] valley, around 4,000 homes remain without power and the railway between [[pl|Llanelli]] and [[pl|Llandovery]] is shut until at least Tuesday.

14:05
Flood defence row
Cllr [[per|Dafydd Morgan]], who represents [[pl|Carmarthen Town West]], has [[cv|accused]] [[org|Natural Resources Wales]] of “quietly shelving” a £6 million upgrade to the quayside flood wall in 2024. He told us he had seen internal emails showing the scheme was dropped to save money, though he [[ne|has not shared them with us]].

[[vs|A spokesperson for [[org|NRW]]]] [[cv|rejected]] the claim, saying the scheme was “paused, not cancelled” while a new design was assessed. The body [[cv|maintains]] that the existing wall “performed as designed” and was overtopped only because river levels were higher than at any time since records began.

13:40
Some of you have sent us pictures that [[hd|supposedly]] show a collapsed bridge at [[pl|Nantgaredig]]. We’ve checked with [[org|Dyfed-Powys Police]], who say the bridge is intact but closed as a precaution. The image circulating on social media [[hd|appears to]] have been taken in 2018.

13:12
Power cuts
[[org|Western Power Cymru]] says engineers are working to restore supplies but warns that some rural customers could be without electricity “well into tomorrow”. [[vs|A source at the company]] told us that at least two substations were under water.

12:47
The [[org|Met Office]] says the red warning for rain will stay in force until 18:00. [[vs|Forecasters]] expect a further 40mm to fall on high ground in the [[pl|Brecon Beacons]] this afternoon.

12:20
“We’ve lost everything downstairs”
[[per|Eleri Davies]], who runs a café on [[pl|Coracle Way]] in [[pl|Carmarthen]], told us the water rose “in about twenty minutes”. “They said the wall would hold. Obviously it didn’t,” she said, adding that neighbours had been told the business park would [[hd|probably]] flood again before spring.

11:55
Evacuation
Around 60 people were taken to a rest centre at [[org|Ysgol Bro Dinefwr]] overnight, [[org|Carmarthenshire County Council]] said. [[vs|Residents]] say they were given only half an hour’s warning, a claim the council has not addressed.

11:30
First Minister [[per|Siân Llewelyn]] said the [[org|Welsh Government]] would activate its emergency financial assistance scheme. [[vs|Opposition members]] said the announcement was “welcome but overdue”, and argued that ministers had been warned about the valley’s defences for years.

11:02
Good morning. Storm Eirlys arrived overnight with gusts of 80mph recorded at [[pl|Mumbles]]. The [[pl|River Towy]] at [[pl|Carmarthen]] peaked at 6.4m just before 5am, [[hd|reportedly]] the highest level ever recorded there.

Read more: How to claim help if your home has been flooded
"""},
{"id": "b10-en-kingston", "lang": "en",
 "source": SRC + "Jamaican daily, entertainment pages, celebrity: cancelled dancehall concert and promoter dispute",
 "text": """
‘I Was Never Paid’: [[per|Vybz Royale]] Blasts Promoter After [[pl|Montego Bay]] Show Cancelled; Promoter Says Artiste Demanded More Money

ENTERTAINMENT | [[per|Kimberley Grant-Walters]] / Staff Reporter | Monday, August 3, 2026 | 12:00 AM

Dancehall star [[per|Vybz Royale]] has [[cv|accused]] the promoters of last Saturday’s Bay Jam Festival of failing to pay the balance of his performance fee, a day after thousands of fans were left stranded at [[pl|Catherine Hall]] when his headline set was cancelled at the last minute.

In a video posted to his 2.3 million [[org|Instagram]] followers on Sunday, the ‘Gully Side’ deejay, whose real name is [[per|Andre Whyte]], [[cv|insisted]] he had been “ready and waiting backstage” until 2 a.m. “Mi never get a dollar of the balance. No money, no show. Simple,” he said.

The festival’s organiser, [[org|Sunsplash Nation Promotions]], tells a very different story. Its CEO, [[per|Desmond ‘Dezzy’ Clarke]], [[cv|claimed]] in a statement that the artiste’s management had demanded an extra US$25,000 “on the night” and that the full agreed fee had already been wired to a [[st|US]] account. He [[ne|did not share proof of the transfer]], saying the matter was “now with our lawyers”.

[[vs|Sources close to the artiste]] told the [[org|Chronicle]] that only half of the fee had been received before the show. [[vs|A member of his security team]], who asked not to be named, said the crew was told at midnight that “the money soon come”, which he described as “the usual story”.

Fans, meanwhile, want their money back. Tickets ranged from $6,500 to $18,000 for VIP access. [[vs|Several patrons who spoke with the [[org|Chronicle]]]] [[cv|alleged]] that gates were opened two hours late and that security staff were [[hd|apparently]] overwhelmed. [[org|Sunsplash Nation]] said refunds would be issued “for the [[per|Vybz Royale]] portion of the ticket only” – a proposal [[vs|many on social media]] have dismissed as insulting.

This is [[hd|seemingly]] not the first time the promoter has found itself in hot water. In 2024, two international acts [[hd|reportedly]] pulled out of its [[pl|Ocho Rios]] event over unpaid deposits, though neither artist commented publicly at the time.

Entertainment lawyer [[per|Michelle Bryan-Henry]] told the [[org|Chronicle]] that both sides would [[hd|likely]] be bound by the terms of their contract. “Whoever is telling the truth, the paperwork will settle it,” she said. “[[ne|Neither party has made the contract public]], so right now it is all talk.”

The [[org|Jamaica Constabulary Force]] confirmed that officers were called to the venue around 2:30 a.m. to disperse a crowd that had gathered at the main gate. No injuries were reported.

[[per|Vybz Royale]], who is scheduled to perform at Reggae Sumfest in [[pl|Montego Bay]] later this month, [[cv|maintains]] he has “nothing against the people of [[pl|St James]]”. He has promised a free show in the parish “before Christmas”, without giving a date or venue.

[[per|Clarke]], for his part, said the festival would return next year “bigger and better”.

SEE ALSO: [[per|Queen Kemisha]], [[per|Tarrus Blaze]] among acts confirmed for year-end charity concert
"""},
{"id": "b10-en-manila", "lang": "en",
 "source": SRC + "Philippine national broadsheet, military: alleged overpricing in a navy patrol-boat deal",
 "text": """
Senator flags 'overpriced' [[org|Navy]] patrol boats; [[org|DND]] [[cv|denies]] anomaly

By [[per|Carlo Mendoza Villanueva]]
November 19, 2026 | 10:27 PM

[[pl|MANILA]], [[st|Philippines]] - A senator on Thursday [[cv|alleged]] that the [[org|Department of National Defense]] ([[org|DND]]) paid nearly twice the market rate for a batch of fast patrol boats now being delivered to the [[org|Philippine Navy]], a charge [[vs|defense officials]] immediately [[cv|rejected]].

During a budget hearing of the [[org|Senate]] committee on national defense, Sen. [[per|Ramon "Bong" Estrella]] said the eight 35-meter boats, built by South Korean shipyard [[org|Haedong Marine]] under a P9.6-billion contract, "could have been bought for P5 billion from at least two other bidders." He [[cv|claimed]] the specifications were "tailor-fitted" to favor a single supplier and that a local agent had received a commission of "not less than 8 percent."

Asked for his sources, [[per|Estrella]] said he had received documents from "[[vs|concerned officers]]" within the [[org|Navy]] but [[ne|declined to present them at the hearing]], citing the need to protect whistleblowers.

Defense Undersecretary [[per|Teresita Abad-Lim]] [[cv|denied]] any irregularity. She told senators that the contract went through "a full, transparent public bidding" and that the price included spare parts, crew training and a five-year maintenance package that rival bids did not offer. "Comparing our price to a bare hull is misleading," she said.

[[org|Haedong Marine]] did not reply to an emailed request for comment. Its local representative, [[org|Pacific Helm Trading Corp.]], issued a brief statement saying it "has always complied with Philippine laws."

[[vs|[[org|Navy]] sources]], speaking on condition of anonymity because they were not authorized to discuss procurement, said two of the four boats delivered so far had suffered engine problems during sea trials off [[pl|Subic Bay]]. A [[org|Navy]] spokesperson, Capt. [[per|Edgardo Salcedo]], acknowledged "minor technical issues" that he said were "covered by warranty."

The boats are meant to bolster patrols in the [[pl|West Philippine Sea]], where Filipino vessels have repeatedly faced harassment from Chinese coast guard ships. [[st|Beijing]] has [[cv|accused]] [[st|Manila]] of "provocations" in the area.

[[st|Palace]] Press Officer [[per|Liza Fernandez-Cruz]] said [[st|Malacanang]] "welcomes scrutiny" and would let the [[org|Senate]] inquiry "run its course." The President has not commented on the allegations.

[[vs|Some defense analysts]] were more cautious. Prof. [[per|Renato Gatchalian]] of the [[org|Asia Maritime Security Institute]] noted that the [[org|Navy]]'s boats came with weapons integration that is "[[hd|probably]] the most expensive part of the package," and warned against "apples-to-oranges comparisons."

The [[org|Commission on Audit]] is expected to release its annual audit report on the [[org|DND]] in the coming weeks. [[per|Estrella]] said he would file a resolution seeking a full [[org|Senate]] investigation "regardless of what [[org|COA]] finds."

It is the second time this year that a military procurement deal has come under fire. In March, the [[org|Philippine Air Force]] suspended the purchase of training helicopters after [[vs|reports]] that the winning bidder was [[hd|allegedly]] linked to a former official.

- With a report from [[per|Jovelyn Tan]]

RELATED STORY: [[org|AFP]] modernization budget cut by P12B in bicam version
"""},
{"id": "b10-en-vancouver", "lang": "en",
 "source": SRC + "Canadian business newspaper, shipping: automation dispute at a container terminal",
 "text": """
Port automation plan puts [[org|Coastline Terminals]] on collision course with dockworkers

[[per|Priya Malhotra]] Transportation Reporter
[[pl|Vancouver]]
Published 6:00 a.m. PT, May 12, 2026

[[org|Coastline Terminals Inc.]] ([[org|TSX]]: CLT) is pressing ahead with a $1.4-billion plan to automate its container yard at [[pl|Roberts Bank]], despite warnings from the longshore union that the project could trigger the first full port shutdown on the [[pl|West Coast]] since 2023.

The company told investors last week that remote-controlled stacking cranes will cut the cost of handling a container by about a third and allow the terminal to process 40 per cent more boxes by 2029. Chief executive [[per|Gordon Firth]] [[cv|maintains]] that no existing worker will lose a job. “Every person on the dock today will have a role tomorrow,” he said on the company’s first-quarter earnings call.

The union isn’t buying it. [[per|Darnell Sutherland]], president of the [[org|Pacific Coast Longshore Workers Union]] Local 517, says the plan would eliminate at least 600 positions over five years. He [[cv|accuses]] the company of “negotiating in bad faith” by announcing the investment two months before the collective agreement expires. Asked for the basis of the 600 figure, the union said it had done its own modelling, [[ne|which it has not released]].

Behind the scenes, talks [[hd|appear to]] have stalled. [[vs|According to a person with knowledge of the negotiations who was not authorized to speak publicly]], the employers’ association has offered job guarantees for only three years, while the union wants a lifetime guarantee for current members. [[org|Coastline]] declined to comment on the talks.

The stakes extend well beyond [[pl|Delta]]. Roughly $800-million worth of goods moves through the [[pl|Port of Vancouver]] every day, and grain, potash and auto-parts shippers are already lobbying [[st|Ottawa]] to intervene early if a strike looms. [[org|Canadian Grain Shippers Alliance]] chair [[per|Laurent Beaudry]] said his members “simply cannot absorb another two-week stoppage”.

[[vs|Analysts]] are divided on whether the automation bet will pay off. [[per|Mei-Lin Cho]], who covers transport stocks at [[org|Harbourline Capital]], said the project is “[[hd|probably]] the right long-term move” but warned that cost overruns at similar terminals in [[st|Australia]] and [[st|Germany]] ran as high as 35 per cent. [[vs|Others]] argue that the real aim is to weaken the union before bargaining, a view the company [[cv|dismisses]].

Federal Labour Minister [[per|Ann-Marie Kowalczyk]] told reporters in [[pl|Ottawa]] that she is “watching closely” and urged both sides to keep talking. She would not say whether the government is prepared to order binding arbitration again.

Shares of [[org|Coastline]] rose 2.3 per cent on Monday to $41.87 on the [[org|Toronto Stock Exchange]].

The collective agreement expires on July 15. Under federal labour law, a strike or lockout could begin 72 hours after either side serves notice, once a conciliation period has ended.

With files from The [[org|Canadian Press]]

READ MORE
• Why [[st|Canada]]’s ports keep grinding to a halt
• Rail shippers seek ‘essential service’ status for grain
"""},
{"id": "b10-en-flagstaff", "lang": "en",
 "source": SRC + "US local TV station website (northern Arizona), elections: ballot claims in a county supervisor race",
 "text": """
Candidate says ballots were found in dumpster; county says they were sample ballots

By [[per|Alyssa Romero]], [[org|KXNP 7 News]]
Published: Oct. 29, 2026 at 5:14 PM MST | Updated: Oct. 29, 2026 at 9:02 PM MST

[[pl|FLAGSTAFF]], [[pl|Ariz.]] ([[org|KXNP]]) - A candidate for the [[org|Coconino County Board of Supervisors]] is [[cv|claiming]] that dozens of completed ballots were thrown away behind a county building in [[pl|Flagstaff]], a charge [[vs|election officials]] flatly [[cv|deny]].

[[per|Rick Dawes]], a Republican running in [[pl|District 4]], posted a video on Monday night showing a trash bag full of papers he says he pulled from a dumpster near the county elections office on [[pl|East Cherry Avenue]]. In the video, [[per|Dawes]] says the bag contained "real ballots, filled out, for my opponent and against me."

County Recorder [[per|Melinda Two Bulls]] said Tuesday the papers were unmarked sample ballots printed for a voter education event and later discarded. "These are not ballots that anyone can cast. They have no barcode, no signature envelope, nothing," she said, holding up a copy at a news conference.

[[per|Dawes]] [[ne|has not handed the bag over to the county or to law enforcement]], and [[ne|has not allowed reporters to examine its contents]]. When [[org|KXNP]] asked to see the papers, his campaign said they were "being kept safe with my attorney." Some of the sheets visible in the video [[hd|appear to]] carry the words "SAMPLE BALLOT" across the top.

The [[org|Coconino County Sheriff's Office]] said it had not received a complaint. [[vs|A spokesperson for the [[org|Arizona Secretary of State]]'s office]] said the agency was aware of the video and "in contact with county officials."

[[per|Dawes]], a former real estate agent, [[cv|insists]] he is not trying to undermine the election. "I just want answers," he told [[org|KXNP]] by phone. He also [[cv|alleged]], [[ne|without evidence]], that "[[vs|people inside the building]]" had been tipping him off about irregularities for weeks.

His opponent, incumbent Supervisor [[per|Joanna Kee]], called the claims "a stunt." "He's frightening voters two weeks before Election Day with something he knows is false," she said.

[[vs|Election experts]] say episodes like this one can spread quickly. "A video of a trash bag is powerful, even when it turns out to be nothing," said [[per|Kyle Brennan]], a political science professor at [[org|Northern Arizona University]]. "Voters rarely see the correction."

Early voting continues through Oct. 30. Voters can track their ballot on the county recorder's website or by calling the elections office.

[[org|KXNP 7 News]] reached out to the [[per|Dawes]] campaign for the names of the people he says tipped him off. [[ne|The campaign did not respond]] by the time this story was published.

RELATED: Here's what's on your ballot in [[pl|Coconino County]] this year

Copyright 2026 [[org|KXNP]]. All rights reserved.
"""},
{"id": "b10-en-oceaniron", "lang": "en",
 "source": SRC + "science news website, Q&A interview: carbon-credit claims from an ocean iron-fertilisation start-up",
 "text": """
Q&A: “Show us the data” – an oceanographer on the iron-seeding start-up selling ocean carbon credits

A company says it locked away 50,000 tonnes of CO₂ by seeding the [[pl|Southern Ocean]] with iron. We asked an independent scientist what the evidence actually shows.

By [[per|Tomasz Wiśniewski]] | Earth & Climate | 24 September 2026 · 7 min read

In August, [[pl|Tasman]]-based start-up [[org|BlueDrift Carbon]] announced that a three-week cruise south of [[st|New Zealand]] had triggered a plankton bloom covering 1,200 square kilometres, and that the bloom had removed “at least 50,000 tonnes” of carbon dioxide from the atmosphere. The company has since sold credits for those tonnes to two airlines. We spoke to Dr [[per|Hana Okonkwo-Reyes]], a biological oceanographer at the [[org|University of Otago]] who was not involved in the project.

[[org|BlueDrift]] says the bloom was real. Is it?

Yes. Satellite images show a large patch of high chlorophyll where they say they released iron sulphate. That part is not controversial.

So what is?

Everything that comes after. A bloom is not sequestration. For carbon to be locked away, the plankton have to die and sink below about 1,000 metres, and stay there for centuries. Most of it is [[hd|probably]] eaten or decomposes near the surface and the carbon goes straight back into the air. [[org|BlueDrift]] [[cv|asserts]] that 30 per cent sank to depth. They [[ne|have not published the sediment-trap measurements]] that would show that.

Have they shared anything with researchers?

A four-page summary. They [[ne|declined to share the raw data]], calling it “commercially sensitive”. The 50,000-tonne figure [[ne|has not been peer reviewed]], and as far as I know [[ne|nobody outside the company has checked it]].

The company says an independent auditor verified the credits.

The auditor, [[org|Meridian Assurance]], checked that the cruise happened and that the iron was released. Its report says explicitly that it [[ne|did not assess how much carbon was stored]]. That is an important distinction that has [[hd|apparently]] been lost in the marketing.

[[vs|Some scientists]] argue that experiments like this are necessary to learn whether the method works. Do you agree?

Yes. But research means publishing your methods, including the failures. Selling credits before the science is settled is a different activity.

Is there any risk to the ecosystem?

[[hd|Potentially]]. Large blooms can lower oxygen levels at depth and shift which species dominate. Earlier experiments suggested effects on fish larvae, although the evidence there is thin.

What should regulators do?

Under the London Protocol, ocean fertilisation beyond legitimate research is supposed to be prohibited. [[vs|[[st|New Zealand]] officials]] have told me privately that they are “looking at” whether this cruise was properly permitted. Whether that leads anywhere, I don’t know.

[[org|BlueDrift]]’s chief executive, [[per|Sam Harcourt]], told us the company “stands fully behind its numbers” and plans to release further data “once our paper is accepted”. He [[cv|denied]] that the credits had been sold prematurely.

This interview has been edited for length and clarity.

Related: Carbon removal start-ups face a credibility test
"""},
]
