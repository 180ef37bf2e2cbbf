# -*- coding: utf-8 -*-
"""Blind set 15, English articles (invented events, people, companies and outlets). Markup: [[tag|text]]."""
SRC = "written for ClaimLens blind set 15 (invented events and people); register: "

ARTICLES = [
{"id": "b15-en-sabah", "lang": "en",
 "source": SRC + "Malaysian environment newswire (Sabah, Borneo), wire story: forest clearing near an orangutan corridor",
 "text": """
UPDATE 2-[[st|Malaysia]]'s [[pl|Sabah]] orders halt to land clearing near wildlife corridor; planter [[cv|denies]] wrongdoing

By [[per|Nur Aisyah Jaafar]]

[[pl|KOTA KINABALU]], [[st|Malaysia]], Nov 24 ([[org|Borneo Wire]]) - Authorities in the Malaysian state of [[pl|Sabah]] on Tuesday ordered a plantation company to stop clearing land near the [[pl|Kinabatangan River]], after [[vs|conservation groups]] [[cv|accused]] it of bulldozing a strip of forest used by orangutans to move between two reserves.

The [[org|Sabah Forestry Department]] said it had issued a stop-work order to [[org|Segama Agro Holdings]] covering about 400 hectares near the village of [[pl|Bilit]]. Chief conservator [[per|Frederick Mojingol]] told reporters the order would remain in force "until we are satisfied the boundaries were respected."

[[org|Segama Agro]], which is listed in [[pl|Kuala Lumpur]], [[cv|denied]] any breach. In a statement, the company [[cv|insisted]] that the land had been "legally alienated for agriculture in 2019" and that it had "never entered any gazetted forest." It [[ne|did not publish the survey maps]] it said supported its position.

The [[org|Kinabatangan Wildlife Alliance]], a coalition of local groups, [[cv|claims]] drone footage shows at least 60 hectares of riverbank forest cleared inside a protected buffer zone. The footage, shared with [[org|Borneo Wire]], shows felled trees and tracks, but its location [[ne|could not be independently verified]].

"This corridor is the only link left for the orangutans on the northern bank. Cut it and you have two populations that will [[hd|probably]] never meet again," said the alliance's coordinator, [[per|Grace Anthony Lajim]].

[[vs|Two officials at the state environment ministry]], speaking on condition of anonymity, said the company had [[hd|apparently]] begun work before its environmental impact assessment was approved. [[vs|One of them]] said the assessment was "still sitting on a desk."

The case comes as [[st|Malaysia]] seeks to reassure buyers in the [[org|European Union]], whose deforestation regulation will bar imports of palm oil grown on land cleared after 2020. [[vs|Industry executives]] have [[cv|argued]] that the rules unfairly penalise smallholders, while [[st|Brussels]] [[cv|contends]] that traceability is achievable.

Shares in [[org|Segama Agro]] fell 4.1% in [[pl|Kuala Lumpur]] on Tuesday. [[vs|Analysts at a local brokerage]] said a prolonged halt could cut next year's output by a small margin, though the company's main estates near [[pl|Lahad Datu]] are unaffected.

[[vs|Local villagers]] have also [[cv|alleged]] that the clearing silted a tributary used for drinking water, an allegation the company called "[[ne|baseless]]." [[ne|No water samples have been published]], and the claim is [[ne|unsubstantiated]] for now.

The [[org|Sabah Wildlife Department]] estimates about 800 orangutans live in the lower [[pl|Kinabatangan]] floodplain. [[vs|Researchers]] believe the population has been stable for a decade, but [[hd|likely]] cannot absorb further habitat loss.

(Reporting by [[per|Nur Aisyah Jaafar]]; Editing by [[per|Kevin Lim]])
"""},
{"id": "b15-en-portofspain", "lang": "en",
 "source": SRC + "Trinidad and Tobago daily, court report: bail hearing in a quarry extortion case",
 "text": """
Businessman denied bail in [[pl|Arima]] quarry extortion case

[[org|Trinidad Evening Mirror]] · [[per|Keisha Ramdeen-Baptiste]], Court Reporter · Tuesday, November 24, 2026

A [[pl|Sangre Grande]] businessman [[hd|suspected]] of running an extortion racket targeting quarry operators in the [[pl|Northern Range]] was denied bail yesterday after a prosecutor told the court that witnesses had been threatened.

[[per|Marlon Delancy-Joseph]], 44, of [[pl|Valencia Road]], appeared before Senior Magistrate [[per|Indira Maharaj-Côté]] in the [[org|Port of Spain Magistrates’ Court]] charged with three counts of extortion and one of possession of a firearm without a licence. He was not called upon to plead.

Prosecutor [[per|Aaron Lutchman]] told the court that [[per|Delancy-Joseph]] [[hd|allegedly]] demanded TT$20,000 a month from each of four quarry owners near [[pl|Arima]] in exchange for “security”, and that trucks belonging to those who refused were set on fire. “The State is in possession of statements from three of the victims, who say they were visited at home after the arrest,” [[per|Lutchman]] said.

Defence attorney [[per|Gerald Ramkissoon]] [[cv|accused]] the police of building the case on “rumour and grudge”. He [[cv|insisted]] that his client was a legitimate haulage contractor who “has never owned a gun in his life”, and [[cv|argued]] that the statements had been taken [[ne|without any corroborating evidence]]. “Not one receipt, not one recording, not one photograph,” he said.

The magistrate said the allegations were serious and that she was not satisfied the accused would not interfere with witnesses. She remanded him into custody until December 15.

The case is being investigated by the [[org|Organised Crime Intelligence Unit]], whose head, Acting Senior Superintendent [[per|Roger Baptiste]], said in a brief statement that “further arrests are expected”. [[vs|Police sources]] told the [[org|Mirror]] that two other men, [[hd|believed]] to be relatives of the accused, are being sought and may have fled to [[st|Venezuela]] by pirogue.

The [[org|Quarry Operators Association of Trinidad and Tobago]] has long [[cv|claimed]] that illegal miners and extortionists operate with impunity in the hills above [[pl|Arima]] and [[pl|Tamana]]. Its president, [[per|Shirley Ali-Ferreira]], said members had reported at least nine truck fires since January. The figure [[ne|could not be verified]], as the [[org|Trinidad and Tobago Fire Service]] does not publish incident data by area.

[[vs|Residents of the area]], who asked not to be named, described a climate of fear. “Everybody know who collecting. Nobody go say nothing,” [[vs|one]] said. [[vs|Others]] [[cv|maintain]] that the violence is linked to a dispute over a state contract for road aggregate at the [[pl|Wallerfield]] industrial park, a theory the police have not commented on.

The [[org|Ministry of Energy and Energy Industries]], which issues quarry licences, said it was reviewing the permits held by the four operators. Minister [[per|Stuart Gobin]] told [[org|Parliament]] last month that fewer than half of the country’s active quarries were properly licensed.

The accused, who has no previous convictions, [[cv|denies]] all the charges. His family, gathered outside the court on [[pl|St Vincent Street]], said he was “a father, not a gangster”.
"""},
{"id": "b15-en-kerala", "lang": "en",
 "source": SRC + "Indian regional English daily (Kerala), health: fever outbreak and disputed shortage of antivenom and ICU beds",
 "text": """
Leptospirosis cases climb in [[pl|Kozhikode]]; opposition [[cv|alleges]] cover-up of deaths, minister says figures are transparent

[[org|Malabar Chronicle]] | [[per|Anjali Menon-Varghese]] | [[pl|Kozhikode]] | Updated: November 25, 2026, 09:12 IST

[[pl|Kerala]]'s [[pl|Kozhikode]] district has recorded 412 confirmed cases of leptospirosis since the end of the northeast monsoon rains in October, the district medical office said on Tuesday, the highest figure for the season in at least five years. Eleven deaths have been officially attributed to the disease.

The opposition [[org|United Democratic Front]] ([[org|UDF]]) [[cv|claims]] the real toll is far higher. "We have names of at least 23 people who died with leptospirosis symptoms in [[pl|Vadakara]] and [[pl|Koyilandy]] alone. The government is hiding them under 'fever of unknown origin'," [[cv|alleged]] [[per|P. K. Haris]], the opposition's deputy leader in the [[org|Kerala Legislative Assembly]]. He [[ne|did not share the list]] with reporters, and the [[org|Malabar Chronicle]] [[ne|was unable to verify]] the figure.

Health Minister [[per|Sreelatha Nair]] [[cv|rejected]] the charge. "Every death is audited by a committee. Our figures are public and updated daily," she told reporters in [[pl|Thiruvananthapuram]]. She acknowledged that "some deaths are still under review," but [[cv|denied]] that any had been reclassified.

At the [[org|Government Medical College Hospital]] in [[pl|Kozhikode]], [[vs|doctors]] say the intensive care unit has been running above capacity for two weeks. "We are putting patients on trolleys in the corridor," said [[vs|a senior resident]] who asked not to be named because staff are not authorised to speak to the media. [[vs|According to hospital staff]], dialysis machines are [[hd|reportedly]] in short supply, and some patients have [[hd|apparently]] been referred to private hospitals in [[pl|Malappuram]].

The hospital superintendent, Dr [[per|Thomas Kurian]], said the situation was "stressful but under control" and that 20 additional beds had been opened.

Leptospirosis, a bacterial infection spread through water contaminated by the urine of rats and cattle, mostly affects farmers, fishermen and workers cleaning drains. [[vs|Public health experts]] say the late rains and flooding in low-lying areas [[hd|likely]] explain the surge. "It is [[hd|probably]] not a new strain. It is exposure," said Dr [[per|Reena Abraham]], an epidemiologist at the [[org|Indian Council of Medical Research]]'s regional centre.

[[vs|A message circulating on WhatsApp]] [[cv|claims]] that a shortage of the antibiotic doxycycline has left primary health centres unable to give preventive doses. The message is unsigned and [[ne|cites no source]]. The [[org|Kerala Medical Services Corporation]] said stocks were sufficient for three months.

The [[org|Union Health Ministry]] in [[pl|New Delhi]] has sent a three-member team to assess the outbreak, [[vs|officials said]]. [[vs|Critics]] [[cv|contend]] that the state was slow to issue warnings, though the minister pointed out that alerts went out on October 14.

The district administration has urged residents to wear boots and gloves when wading through floodwater.
"""},
{"id": "b15-en-panhandle", "lang": "en",
 "source": SRC + "Texas Panhandle TV station website, live blog: grass wildfire, cattle losses and a disputed power-line cause",
 "text": """
LIVE UPDATES: Caprock Creek fire grows to 38,000 acres; [[vs|ranchers]] [[cv|blame]] utility line

[[org|KPNH News 7]] Digital Desk · [[pl|Amarillo]], [[pl|Texas]] · Last updated 7:42 p.m. CT, Nov. 23, 2026

7:42 p.m. — That’s where we’ll leave tonight’s updates. The [[org|Texas A&M Forest Service]] now puts the fire at 38,000 acres and 15% contained. Evacuation orders for [[pl|Claude]] remain in place overnight.

7:10 p.m. — [[org|High Plains Electric Cooperative]] has responded to ranchers’ accusations. “Our preliminary review shows no fault on our lines in that area before the fire started,” spokesman [[per|Dale Whitcomb]] said in an email. He [[cv|denied]] that the co-op had ignored complaints about a sagging line on [[pl|County Road 12]], [[ne|without releasing the inspection logs]] he said proved it.

6:25 p.m. — Rancher [[per|Lyle Hargrove]] just posted this on X: “Lost 140 head of mama cows. That line’s been arcing for a month and they knew it. #CaprockCreekFire” We’ve asked him for photos of the line; he said [[ne|he had none]].

5:50 p.m. — [[vs|Several landowners]] near [[pl|Washburn]] [[cv|claim]] they saw sparks from a power pole just before noon Saturday. The cause of the fire has not been determined, and [[vs|investigators]] say that account [[ne|has not been confirmed]]. [[vs|A spokesperson for the state fire marshal’s office]] said only that “all possible ignition sources are being examined.”

5:15 p.m. — [[pl|Armstrong County]] Judge [[per|Hank Tolliver]] estimates livestock losses in his county at “well over a thousand head.” [[vs|Some ranchers]] put it higher, but there is no official count yet. The [[org|Texas Department of Agriculture]] says hay donations can be dropped at the [[pl|Tri-State Fairgrounds]].

4:30 p.m. — Gov. [[per|Rebecca Salinas]] has issued a disaster declaration for five [[pl|Panhandle]] counties. On X: “[[pl|Texas]] stands with our ranchers. Every resource is on the way.”

3:55 p.m. — Wind update from the [[org|National Weather Service]] in [[pl|Amarillo]]: gusts of 50 mph are expected until about 9 p.m., and [[vs|forecasters]] say the fire will [[hd|likely]] keep spreading east toward the [[pl|Palo Duro Canyon]] rim.

3:20 p.m. — [[vs|A social media post]] [[cv|claiming]] that a gas pipeline exploded near [[pl|Goodnight]] is false, according to the [[org|Sheriff’s Office]]. There was no explosion, [[vs|deputies]] said; a propane tank at a barn [[hd|apparently]] caught fire.

2:40 p.m. — [[vs|People on the ground]] are telling us a firefighter was injured. [[ne|We have not been able to confirm that]] and are reaching out to officials.

2:05 p.m. — [[pl|Interstate 40]] is closed? No. It remains open, but [[org|Texas DPS]] says drivers should expect smoke between [[pl|Amarillo]] and [[pl|Groom]].

1:30 p.m. — Good afternoon. We are following a fast-moving grass fire that started around noon Saturday southeast of [[pl|Amarillo]]. The fire is [[hd|reportedly]] moving at up to four miles an hour. [[vs|Experts]] have warned all week that the dry winter grass left the region “a tinderbox.”

Photos: [[per|Marisol Ortega]] / [[org|KPNH News 7]]
"""},
{"id": "b15-en-alaska", "lang": "en",
 "source": SRC + "Alaska public-radio style news website, transport: regional airline grounded after a runway excursion",
 "text": """
Regional carrier grounds fleet after [[pl|Bethel]] runway scare; pilots' union [[cv|alleges]] maintenance shortcuts

By [[per|Hannah Oyagak-Reid]], [[org|Tundra Public Media]] - [[pl|Bethel]]
November 22, 2026

[[org|Kuskokwim Air]], which flies mail, groceries and passengers to more than 30 villages in southwest [[pl|Alaska]], grounded its fleet of nine turboprops on Friday, two days after one of its planes skidded off an icy runway in [[pl|Bethel]] with 14 people on board.

No one was seriously hurt. The [[org|National Transportation Safety Board]] has opened an investigation, and the [[org|Federal Aviation Administration]] said it was "in contact with the operator." The airline described the grounding as "voluntary and precautionary."

But the union representing the airline's 22 pilots [[cv|claims]] the incident was no accident. In a letter to the [[org|FAA]] obtained by [[org|Tundra Public Media]], the [[org|Alaska Bush Pilots Association]] [[cv|alleges]] that managers pressured mechanics to sign off on brake inspections that had not been carried out. The letter names no mechanic and [[ne|includes no maintenance records]]; its central claim [[ne|could not be independently verified]].

"We have been raising this for a year. They [[hd|allegedly]] told a mechanic to 'find a way' to keep a plane flying the week before Thanksgiving," the association's president, [[per|Carl Nanouk]], said in an interview.

[[org|Kuskokwim Air]] chief executive [[per|Monica Fairbanks-Lee]] [[cv|denied]] the accusation. "Every inspection is logged and audited. These claims are false, and we will show that to the [[org|NTSB]]," she said. The company [[cv|asserts]] that the runway had not been cleared of fresh ice, a point the [[org|Alaska Department of Transportation and Public Facilities]], which maintains the runway, [[cv|disputes]]. A department spokesperson, [[per|Jeremy Katchatag]], said the runway was treated at 6 a.m. and "was within standards."

[[vs|Two former mechanics]] told this station that paperwork was sometimes completed after the fact. [[vs|One of them]] said he left the company in 2025 after raising concerns. [[ne|Neither provided documents]], and both asked not to be named for fear of losing work in a small industry.

For the villages, the grounding is more than an inconvenience. In [[pl|Tuntutuliak]], the tribal administrator, [[per|Rosalie Andrew]], said the clinic was running low on some medications. "We are [[hd|probably]] three days from real trouble," she said. [[org|Yukon Delta Aviation]] and a charter operator have offered to carry priority freight.

Aviation consultant [[per|Paul Steinbeck]], who worked for the [[org|FAA]] in [[pl|Anchorage]] for 20 years, said small carriers in rural [[pl|Alaska]] operate on thin margins. "That doesn't mean anyone cut corners. But when a union puts something like this in writing, the [[org|FAA]] will [[hd|almost certainly]] take a close look," he said.

[[vs|People familiar with the investigation]] said the [[org|NTSB]]'s preliminary report is [[hd|unlikely]] before January. The airline said it hoped to resume some flights by Monday, pending inspections.

State Rep. [[per|Nora Kasayulie]]'s office said it had asked the [[org|FAA]] for a briefing.
"""},
{"id": "b15-en-cornwall", "lang": "en",
 "source": SRC + "Cornish weekly newspaper website, business/environment: lithium brine plant, jobs promise and water concerns",
 "text": """
Lithium firm [[cv|insists]] [[pl|Redruth]] plant is safe as residents raise water fears

[[org|West Cornwall Packet]] | By [[per|Tamsin Trevithick]] | Thursday 26 November 2026
Picture: The pilot plant at [[pl|Pool]]. Photo: [[per|Jago Pascoe]]

A company hoping to build [[st|Britain]]’s first large-scale plant extracting lithium from geothermal brine has [[cv|insisted]] its operations pose “no risk whatsoever” to drinking water, after more than 200 people packed a public meeting in [[pl|Redruth]] on Tuesday night.

[[org|Kernow Lithium Resources]] ([[org|KLR]]) wants to drill two further boreholes near [[pl|Carn Brea]] and build a processing plant on a former mine site at [[pl|South Crofty]]. It [[cv|claims]] the project will create 340 jobs and supply enough lithium for 250,000 electric car batteries a year by 2031.

Chief executive [[per|Owen Rowe-Penhaligon]] told the meeting that the brine, pumped from granite more than four kilometres underground, would be returned to the same depth. “We are not fracking. We are not using chemicals that could reach an aquifer,” he said.

[[vs|Several residents]] were not convinced. [[per|Morwenna Bolitho]], who lives half a mile from the proposed site, [[cv|accused]] the firm of “treating [[pl|Cornwall]] like a quarry again”. She [[cv|claimed]] that test drilling last year had caused her well to turn cloudy, but [[ne|did not provide test results]] when asked by this newspaper.

[[org|KLR]] [[cv|denies]] any link. [[vs|A spokesperson]] said independent monitoring had found “no change in groundwater quality”, though the company [[ne|has not published that monitoring]]. The [[org|Environment Agency]] confirmed it had received a permit application and said it would consult on it early next year.

[[vs|Campaigners]] [[cv|argue]] that the jobs figure is inflated. Campaigners have also questioned how many of the posts would go to local people.

The 340-job estimate comes from a report commissioned by the company itself. [[vs|Economists]] say such numbers are typically optimistic, and a figure closer to 150 permanent posts is [[hd|probably]] more realistic, [[vs|according to one local business leader]].

The project has political backing. [[org|Cornwall Council]]’s cabinet member for the economy, [[per|Loveday Carne]], called it “a once-in-a-generation chance”. [[vs|Government sources]] said ministers were [[hd|reportedly]] considering a grant from the [[org|National Wealth Fund]], a claim the [[org|Treasury]] declined to confirm.

Not everyone on the council agrees. Cllr [[per|Peter Angove]], of the [[org|Liberal Democrats]], said the authority had “signed up to the hype before seeing the evidence”. [[vs|Some councillors]] [[cv|contend]] that the mining heritage site’s World Heritage status could be put at risk.

The company, which is backed by a [[st|Singapore]]-based investment fund, said it expected to submit a full planning application in the spring. [[per|Rowe-Penhaligon]] said he would hold further meetings in [[pl|Camborne]] and [[pl|Pool]].

[[org|South West Water]] said it was “engaging with the developer” and that there was “[[ne|no evidence at this stage]]” of any effect on public supplies.
"""},
{"id": "b15-en-belfast", "lang": "en",
 "source": SRC + "Northern Ireland daily, opinion column: Stormont budget row over hospital waiting lists",
 "text": """
COMMENT: Stop [[cv|blaming]] [[st|London]] for every empty hospital bed in [[pl|Northern Ireland]]

[[per|Declan McAteer]] | [[org|Belfast Morning Record]] | Opinion | 24 November 2026

There is a ritual at [[org|Stormont]] every autumn, and we are in the middle of it again. The [[org|Department of Health]] warns of a black hole in its budget. The Finance Minister [[cv|insists]] there is no more money. And everyone agrees... no, wait. Agreeing is not part of the ritual. [[cv|Blaming]] [[st|London]] is.

This year the script goes like this. Health Minister [[per|Siobhán Doherty-Kerr]] [[cv|claims]] that the [[org|Treasury]] has "starved" [[pl|Northern Ireland]] of £600 million it is owed under the funding formula. Finance Minister [[per|Robert Gillespie]] [[cv|maintains]] that the money is there, but tied up in reforms the department has not delivered. [[vs|Senior civil servants]], briefing journalists off the record, say both are partly right. That is, [[hd|presumably]], the only honest statement anyone has made.

Meanwhile, more than 420,000 people are on a waiting list for a first outpatient appointment. At the [[org|Royal Victoria Hospital]] in [[pl|Belfast]], the emergency department had 96 patients waiting more than twelve hours on a single night last week. Those figures, I am told by [[vs|people inside the trust]], are "not unusual".

I do not doubt that [[st|Westminster]] underfunds the health service here. The [[org|Northern Ireland Fiscal Council]] said as much last year. But the claim that the entire crisis is made in [[st|London]] does not survive contact with the evidence. Elective surgery hubs announced in 2022 are [[hd|apparently]] still running at half capacity. A workforce plan promised for 2023 has not been published.

The [[org|DUP]] and [[org|Sinn Féin]] each [[cv|accuse]] the other of using the waiting lists as a political weapon. They are both right, and both guilty. [[vs|One MLA]] told me, with a straight face, that reform "would be easier with a bigger budget". [[hd|Perhaps]]. It would also be easier if the [[org|Executive]] had met more than twice since September.

There is a further argument doing the rounds, [[hd|allegedly]] originating with [[vs|advisers close to the minister]]: that closing small emergency departments in [[pl|Omagh]] and [[pl|Newry]] would save £40 million a year. [[ne|No costing has been released]] to support that number, and the minister herself has [[cv|denied]] any plan to close them. Someone is floating a number that no one will own.

What would real progress look like? A published, costed plan. A single waiting list for the whole of [[pl|Northern Ireland]], instead of five trusts competing for the same surgeons. And an end to the pretence that a phone call to [[st|Downing Street]] will solve structural problems.

[[vs|Critics]] will say I am letting [[st|London]] off the hook. I am not. The funding formula is unfair and should be fixed. But patients in [[pl|Derry]] and [[pl|Enniskillen]] do not care which government is to blame. They care whether they will see a consultant before they [[hd|possibly]] lose their job, or their sight.

[[per|Declan McAteer]] is a former health correspondent and a columnist for this newspaper.
"""},
{"id": "b15-en-harare", "lang": "en",
 "source": SRC + "Zimbabwean fact-checking and consumer website (Harare), fact-check: viral claim about a new mobile money tax",
 "text": """
FACT CHECK: Is [[org|RBZ]] introducing a 5% charge on every mobile money transfer? No

[[org|CheckPoint Zim]] | [[per|Tendai Mukwena]] and [[per|Ruvimbo Chasi]] | [[pl|Harare]], 23 November 2026

The claim: [[vs|A message widely shared on WhatsApp]] since Thursday [[cv|claims]] that from December 1 the [[org|Reserve Bank of Zimbabwe]] ([[org|RBZ]]) will deduct 5% from every mobile money transfer, “including transfers between family members”. It urges readers to withdraw their balances “before the deadline”.

Our verdict: FALSE. There is no such directive. The message [[ne|cites no document]], and neither the central bank nor the [[org|Ministry of Finance, Economic Development and Investment Promotion]] has announced any new charge.

What we found

The message [[hd|purportedly]] quotes “[[org|RBZ]] Monetary Policy Directive 14/2026”. We searched the bank’s website and the Government Gazette: no directive with that number exists. The most recent monetary policy statement, published in August, contains no reference to a new levy.

An [[org|RBZ]] spokesperson, [[per|Memory Chinyoka]], told [[org|CheckPoint Zim]] the message was “fake and malicious”. “The bank has no power to impose a tax. Taxes are set by [[org|Parliament]],” she said.

So where does the 5% come from? [[st|Zimbabwe]] does have an Intermediated Money Transfer Tax, collected by the [[org|Zimbabwe Revenue Authority]] ([[org|Zimra]]). Its rate has changed several times since it was introduced in 2018. The message [[hd|appears to]] confuse that existing tax with a new charge. There has been no change to its rate since January.

Why it spread

[[vs|Some users on X]] [[cv|insisted]] the charge was real, pointing to a screenshot of a bank notice. We traced the screenshot to a 2020 notice from a commercial bank in [[st|Zambia]]; the logo had been cropped out.

One widely shared post, from an account called @ZimMoneyTruth, read: “They will take 5% of your money every time you send it. [[ne|Don’t ask me for proof]], just withdraw.” The account has since been deleted.

[[vs|Some economists]] say the rumour struck a nerve because of the long history of currency shocks. “People remember 2008. They remember 2019. When a message like this appears, many [[hd|probably]] assume the worst first,” said [[per|Prosper Nyamadzawo]], a lecturer at the [[org|University of Zimbabwe]].

The damage

[[vs|[[org|MariPay]] agents]] in [[pl|Mbare]] and [[pl|Chitungwiza]] reported long queues on Friday. [[vs|One agent]] told us she ran out of cash by 10am. [[vs|Traders at the [[pl|Mupedzanhamo]] market]] [[cv|maintained]] that their mobile wallets had been “frozen”, but [[ne|we found no evidence]] of any freeze.

[[org|Mutapa Telecom]], which runs [[org|MariPay]], said in a statement on Saturday that its platform was “operating normally”.

Bottom line

The claim is false. If you see a message about new charges, check the official channels of the central bank or [[org|Zimra]] before acting on it.
"""},
{"id": "b15-en-halifax", "lang": "en",
 "source": SRC + "Nova Scotia news website, science Q&A: ocean warming, lobster stocks and a disputed industry forecast",
 "text": """
Q&A: Are [[pl|Nova Scotia]]'s lobsters really moving north? A scientist weighs in

[[org|Fundy Current]] | Interview by [[per|Aidan MacIsaac]] | [[pl|Halifax]] | Nov. 25, 2026

A report released last week by the [[org|Southwest Shore Harvesters Council]] [[cv|claims]] lobster landings in [[pl|Lobster Fishing Area 34]] could fall by 40 per cent within a decade as warmer water pushes the species toward the [[pl|Gulf of St. Lawrence]]. We asked Dr. [[per|Fatima Osei-Campbell]], a marine ecologist at [[org|Dalhousie University]], what the science says. The interview has been edited for length.

Is the 40 per cent figure credible?

It's not impossible, but the report [[ne|doesn't show how it was calculated]]. I asked the council for the model and haven't received it. So I can't tell you whether it is right. What we do know is that bottom temperatures in the [[pl|Gulf of Maine]] have risen faster than almost anywhere else in the ocean.

The council's president, [[per|Wade Surette]], [[cv|insists]] the decline has already started. Has it?

Landings in [[pl|LFA 34]] were down last season, yes. But one bad season isn't a trend. Landings were at record highs for most of the 2010s. The population is [[hd|probably]] still very large by historical standards.

[[vs|Some fishermen]] say they are finding lobsters in deeper water than before. Does that fit?

It fits with what we'd expect. Lobsters [[hd|seem to]] seek cooler water when the shallows warm up. But I'd want to see logbook data, not anecdotes.

[[org|Fisheries and Oceans Canada]] says the stock is "healthy." Is that still accurate?

The department's last full assessment is from 2023. It [[cv|maintains]] that the stock is in the healthy zone, and by its own indicators that's true. [[vs|Critics]] [[cv|argue]] the indicators were set when the ocean was colder. Both things can be true at once.

There are also [[vs|reports]] that [[st|Ottawa]] is considering cutting the number of traps per licence. Are those accurate?

I've heard that too, from [[vs|people in the industry]]. I haven't seen anything official, and the department told me it [[cv|denies]] any such plan is being drafted. [[ne|I can't confirm it]].

What about the [[st|United States]]? [[pl|Maine]]'s fishery shares the same waters.

[[pl|Maine]] has seen a sharper decline in its southern zones, which is [[hd|possibly]] a preview for southwest [[pl|Nova Scotia]]. Scientists at the [[org|Gulf of Maine Research Institute]] have published good work on this.

What should harvesters take away from all this?

Don't panic, but don't ignore it either. The worst thing would be for the industry and the department to spend five years arguing over a number instead of collecting better data.

Mr. [[per|Surette]] told the [[org|Fundy Current]] he would share the model "once it has been reviewed," without giving a date. The [[org|Department of Fisheries and Oceans]] did not respond to a request for comment by deadline.
"""},
{"id": "b15-en-valletta", "lang": "en",
 "source": SRC + "Maltese tech and business news website, tech: data breach at an online gaming company, with quoted posts on X",
 "text": """
[[org|Gozo Interactive]] [[cv|denies]] customer data was stolen as hackers post ‘sample’ online

[[org|Island Tech Review]] · [[per|Luke Camilleri]] · [[pl|Valletta]] · 27 November 2026, 11:20

[[org|Gozo Interactive]], the [[st|Malta]]-licensed online casino operator with more than two million registered players across [[pl|Europe]], on Thursday [[cv|denied]] that any customer data had been stolen, after a hacking group [[cv|claimed]] to have taken 1.8 million records from its servers.

The group, which calls itself “[[org|Black Lampuki]]”, posted what it said was a sample of 500 records on a leak site on Wednesday night, along with a demand for payment in cryptocurrency. The sample [[ne|could not be independently verified]], and it is unclear whether the names and email addresses it contains are genuine or recycled from older breaches.

In a post on X on Thursday morning, the company wrote: “We are aware of claims circulating online. Our investigation so far shows [[ne|no evidence]] that player data has been accessed. Payments and balances are not affected.”

Chief technology officer [[per|Rebecca Vella-Azzopardi]] [[cv|insisted]] in a phone interview that the company’s payment systems were “completely segregated” and that the sample “doesn’t match our data structure”. She said an external forensic firm had been brought in.

Not everyone is reassured. Security researcher [[per|Matthew Grech]], who analysed the sample, posted on X: “At least 40 of these emails are real and belong to active [[org|Gozo]] players. I’ve checked. Not saying it’s a full breach, but it’s not nothing.” [[vs|Other researchers]] said the sample [[hd|appeared to]] mix genuine and fabricated entries.

[[vs|According to a person with knowledge of the incident]], the company detected unusual activity on a customer support system more than a week ago. The company [[ne|has not confirmed that account]].

The [[org|Malta Gaming Authority]] ([[org|MGA]]) said it had been notified and was “monitoring the situation closely”. The [[org|Office of the Information and Data Protection Commissioner]] confirmed it had received a breach notification but gave no details.

[[vs|Some industry observers]] [[cv|allege]] that gaming firms routinely underreport incidents to protect their licences. “The incentive is always to say nothing happened,” said [[per|Daniel Spiteri]], a lawyer who advises tech companies in [[pl|Sliema]]. He added that he had no knowledge of this specific case.

Players were quick to react. “If my data is out there I want to know. Don’t tell me ‘no evidence’ when you’ve been investigating for one day,” wrote [[vs|one user on X]]. [[vs|Another]], in [[st|Germany]], said his account had [[hd|supposedly]] been accessed from an unknown device, though [[ne|he offered no screenshots]].

The breach, if confirmed, would be one of the largest to hit [[st|Malta]]’s gaming sector, which employs about 15,000 people and accounts for roughly a tenth of the country’s economy. The [[org|European Commission]] has been pushing for tighter cybersecurity rules for the sector.

[[org|Gozo Interactive]] said it would publish an update once its forensic review was complete. Its shares, listed on the [[org|Malta Stock Exchange]], fell 6% on Thursday.
"""},
]
