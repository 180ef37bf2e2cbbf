# English articles for blind set 5 (invented events and people). Markup: see build.py.
SRC = "written for ClaimLens blind set 5 (invented events and people); register: "

ARTICLES = [
{
"id": "b5-en-blackout", "lang": "en",
"source": SRC + "New Zealand news site, live blog",
"text": r"""
🔴 LIVE: Blackout Leaves Half a Million Homes Without Power Across [[pl|Auckland]] and [[pl|Northland]]

Last updated 10.20am

Key points
• About 510,000 homes and businesses lost power at 6.42am after a fault at the [[pl|Ōtāhuhu]] substation, grid operator [[org|Kōtuku Grid]] says
• Trains are suspended across [[pl|Auckland]]; schools in [[pl|Northland]] have been told to stay closed
• Police say there is [[ne|no evidence]] of sabotage, despite claims circulating online

10.20am — Power back for 60,000 homes
[[org|Kōtuku Grid]] says supply has been restored to about 60,000 customers in [[pl|Manukau]] and [[pl|Papakura]]. [[vs|A spokesperson]] said full restoration was “[[hd|likely]] by mid-afternoon” but would not commit to a time.

10.05am — Police: ‘no evidence’ of foul play
Superintendent [[per|Aroha Tane]] of [[org|New Zealand Police]] told reporters there was “[[ne|no evidence whatsoever]]” that the outage was deliberate. “I’d ask people to stop sharing these posts,” she said.

9.50am — Sabotage claims spread online
A post shared more than 20,000 times on [[org|X]] [[cv|claims]] the blackout was caused by a “foreign cyberattack” on the substation’s control systems. The account behind it, which describes itself as an independent news service, [[ne|offered no proof]]. [[org|Kōtuku Grid]] has [[cv|denied]] that any of its systems were breached.

9.30am — What caused it?
[[vs|A person familiar with the grid’s operations]] told us a transformer at [[pl|Ōtāhuhu]] [[hd|appears to]] have caught fire shortly before 6.40am, tripping two transmission lines that feed the north of the country. This [[ne|could not be independently verified]], and [[org|Kōtuku Grid]] has confirmed only “a fault”. [[vs|Residents near the substation]] say they heard “a huge bang” just before the lights went out.

9.10am — [[st|Wellington]] orders review
Energy Minister [[per|Hemi Walters]] says the Government has asked the [[org|Electricity Authority]] to launch an independent review. “New Zealanders deserve to know how a single fault can black out a third of the country,” he said. [[per|Walters]] [[cv|insisted]] there had been “no sign” the grid was under strain before this morning.

8.45am — Hospitals on generators
[[org|Health New Zealand]] says [[org|Auckland City Hospital]] and [[org|Middlemore Hospital]] are running on backup generators and emergency surgery is going ahead. Some outpatient appointments at [[org|Whangārei Hospital]] have been postponed.

8.20am — Trains halted, traffic lights out
[[org|Auckland Transport]] has suspended all rail services. Traffic lights are out across the city centre and along [[pl|Great South Road]]. Police are urging drivers to treat every intersection as a four-way stop.

7.50am — [[st|Australia]] offers help
[[st|Canberra]] has offered to send specialist engineers from [[pl|New South Wales]] if they are needed, the Prime Minister’s office says.

7.30am — What we know so far
The outage began at 6.42am. [[org|Kōtuku Grid]] chief executive [[per|Mereana Hollis]] said early indications pointed to equipment failure. [[vs|Some engineers]] say the substation, built in the 1970s, was [[hd|probably]] overdue for an upgrade — a point [[per|Hollis]] [[cv|disputed]] this morning, saying it had been “fully maintained”.

7.05am — Welcome
Good morning. We’re following the blackout across the upper [[pl|North Island]] live. Please check on elderly neighbours.
"""},

{
"id": "b5-en-pune", "lang": "en",
"source": SRC + "Indian English daily, university scandal",
"text": r"""
[[pl|Pune]] Varsity Under Scanner Over [[hd|Alleged]] Sale of PhD Degrees; VC [[cv|Denies]] Charges

[[pl|PUNE]]: The state higher education department has ordered an inquiry into [[org|Deccan Crest University]], a private university in [[pl|Pune]]'s [[pl|Hinjawadi]] IT hub, after a former employee [[cv|alleged]] that doctoral degrees were being "sold" for up to Rs 12 lakh each.

The complainant, [[per|Mohammed Arif Shaikh]], who worked in the university's examination section until March, [[cv|claimed]] in a written complaint to the [[org|University Grants Commission]] ([[org|UGC]]) that at least 40 PhD theses submitted since 2022 were written by a "ghostwriting agency" in [[pl|Noida]] and that candidates paid in cash through an intermediary. The 38-page complaint is signed "[[per|Mohd Arif Shaikh]]".

"I have seen the payment registers. This is happening openly and everybody in the section knows it," [[per|Shaikh]] told this newspaper.

Vice-chancellor Dr [[per|Raghunath Kulkarni]] [[cv|denied]] the charges, calling them "[[ne|baseless]]" and "motivated". "Every thesis goes through plagiarism software and two external examiners. The complainant was removed for misconduct and is now settling scores," [[per|Kulkarni]] said. He [[cv|insisted]] that all 214 doctorates awarded since 2021 met [[org|UGC]] norms.

[[vs|Officials in the higher education department]] said a three-member committee headed by a retired high court judge would visit the campus on Monday and submit its report within 30 days. [[pl|Maharashtra]] higher and technical education minister [[per|Vinod Patil]] told reporters in [[pl|Mumbai]] that "no one will be spared if the allegations are proved".

[[vs|Sources in the university]] said PhD enrolments rose almost fourfold between 2021 and 2024, with many candidates [[hd|reportedly]] registered as "part-time scholars" from other states. Several of them [[hd|allegedly]] never visited the campus, even for their viva voce examinations.

The [[org|Pune City Police]] has not registered an FIR so far. [[vs|A senior officer]], requesting anonymity, said the complainant was "[[ne|yet to submit any documentary evidence]]" to the police, but that the [[org|Economic Offences Wing]] ([[org|EOW]]) had begun a preliminary inquiry.

Activists of the [[org|National Students' Union of India]] ([[org|NSUI]]) staged a protest outside the administrative building on Thursday, [[cv|accusing]] the management of a "cover-up". [[vs|Some research scholars]] said genuine candidates now feared their degrees would be devalued. "I spent five years in the lab. Now my relatives ask me how much I paid," said [[per|Sneha Deshpande]], a fourth-year scholar in biotechnology.

The university also enrols foreign students, mostly from [[st|Nepal]], [[st|Bangladesh]] and [[st|Kenya]]. The [[org|Ministry of Education]] in [[pl|New Delhi]] has sought a report from the state government, [[vs|officials said]].
"""},

{
"id": "b5-en-tshwane", "lang": "en",
"source": SRC + "South African news site, local council story",
"text": r"""
[[pl|Tshwane]] [[cv|Accused]] of Steering R84m Water Tanker Tender to Firm With No Trucks

The [[org|City of Tshwane]] is facing calls for a forensic investigation after [[vs|opposition councillors]] [[cv|alleged]] that an R84-million emergency water tanker contract went to a company with links to a senior official's family - and with no trucks of its own.

[[org|Mbele & Sons Logistics]], registered in [[pl|Soshanguve]] just three months before the tender closed, was awarded the contract in August to deliver water to parts of [[pl|Mamelodi]] and [[pl|Atteridgeville]] hit by months of outages. According to company records, its sole director is the brother-in-law of a deputy director in the city's utilities department.

[[org|EFF]] councillor [[per|Lerato Mokoena]] [[cv|accused]] the city of "handing public money to family" and said the firm had subcontracted the actual deliveries at "a fraction of the price". "They don't own a single tanker. They are middlemen, and residents are paying for it," she told a council sitting on Thursday.

Mayoral committee member for utilities [[per|Johan Pretorius]] [[cv|denied]] any wrongdoing. He [[cv|insisted]] the contract was awarded through "a lawful emergency procurement process" and that the official in question had "declared his interest and recused himself". [[per|Pretorius]] [[ne|declined to provide evidence]] of the recusal, saying the minutes were "subject to an internal review".

[[vs|A person briefed on the bid evaluation]] said [[org|Mbele]]'s quote was the most expensive of the five received, at about R31 per kilolitre, compared with R19 from the cheapest bidder. The evaluation committee [[hd|apparently]] disqualified the two lowest bids on technical grounds that are not explained in the award notice.

[[org|Rand Water]], which supplies bulk water to the metro, said it had played no role in the tender.

[[vs|Residents in [[pl|Mamelodi]]]] say tankers arrive "once a week if we're lucky". "We queue at five in the morning with buckets. Nobody tells us anything," said [[per|Thandiwe Sithole]], a 61-year-old pensioner in [[pl|Mamelodi East]].

Water outages have affected parts of [[pl|Pretoria]] and surrounding townships since March, when a pump station failure cut supply to more than 200,000 people. The national [[org|Department of Water and Sanitation]] said it was "monitoring the situation" and had offered technical support.

The [[org|DA]] caucus has also called for the [[org|Special Investigating Unit]] ([[org|SIU]]) to probe the deal, and said it would table a motion to suspend the contract at the next council meeting.

City spokesperson [[per|Selby Nkosi]] said the municipality would co-operate with any investigation but [[cv|maintained]] that the scale of the emergency had justified skipping an open tender. "People needed water within days, not months," he said. [[per|Nkosi]] could not say how many tankers were currently operating under the contract.

[[vs|Civil society groups]] have [[cv|claimed]] for months that emergency procurement in the metro has become "a backdoor" for politically connected firms. The [[org|Auditor-General of South Africa]] flagged R1.2-billion in irregular expenditure at the city in its most recent report.
"""},

{
"id": "b5-en-northvale", "lang": "en",
"source": SRC + "Canadian national daily, business section: quarterly earnings",
"text": r"""
[[org|Northvale Foods]] Shares Slide After Profit Miss as CEO [[cv|Insists]] Costs Were 'One-Off'

Shares of [[org|Northvale Foods Inc.]] fell 11 per cent on the [[org|Toronto Stock Exchange]] on Thursday after the [[pl|Mississauga]]-based grocer and food processor reported third-quarter earnings well below expectations and cut its full-year outlook.

The company earned $48.2-million, or 31 cents a share, in the quarter ended Oct. 4, down from $71.5-million, or 46 cents, a year earlier. Analysts had expected 44 cents, according to [[org|LSEG]] data. Revenue rose 2 per cent to $3.1-billion.

Chief executive [[per|Marianne Gauthier-Lowe]] [[cv|insisted]] on a conference call that the shortfall was "entirely one-off", citing wildfire smoke that shut two processing plants in [[pl|Saskatchewan]] for nine days and the cost of a recall of frozen berries. She [[ne|did not provide a breakdown]] of those costs, and [[cv|contended]] that the underlying business was "as strong as it has ever been".

[[vs|Analysts]] were less convinced. "Calling it one-off is generous. Margins have been sliding for three quarters," said [[per|Priya Raman]], an analyst at [[org|Desjardins Securities]], who cut her price target to $24 from $29. [[per|Luc Desrosiers]] of [[org|Harcourt Lyle Capital]] wrote in a note to clients that the recall "[[hd|probably]] accounts for no more than a third of the miss".

[[vs|A person familiar with the board's deliberations]] said directors had discussed selling the company's frozen-foods division, which [[vs|is said to]] have drawn interest from at least two private-equity firms. [[vs|It is understood]] that [[org|Northvale]] has hired an investment bank to advise on options. The company declined to comment on what it called "market speculation".

The results come as [[st|Ottawa]] presses the large grocers to stabilize food prices. [[per|Gauthier-Lowe]] [[cv|denied]] that [[org|Northvale]] had raised prices faster than its own costs, a charge levelled last month by the advocacy group [[org|Food Fairness Canada]], which [[cv|accused]] the company of "hiding margin behind inflation". The group's report relied on shelf prices collected by volunteers in 40 stores, a method the company called "[[ne|unsubstantiated]] and unscientific".

Exports to the [[st|United States]] fell 6 per cent after [[st|Washington]] imposed tariffs on processed vegetables in the spring. [[org|Northvale]] now expects full-year adjusted earnings of $1.55 to $1.65 a share, down from a previous forecast of $1.90.

[[org|Unifor]], which represents about 3,400 workers at the company's plants in [[pl|Ontario]] and [[pl|Quebec]], said it feared the strategic review would lead to job cuts. "Every time this company misses a number, it's the people on the line who pay for it," said [[per|Dave Kowalczyk]], the union's local president in [[pl|Brampton]].

[[vs|Some investors]] were more forgiving. "The balance sheet is fine and the dividend is safe. This is a bad quarter, not a broken company," said [[per|Anita Chaudhry]], a portfolio manager at [[org|Birchmount Asset Management]], which holds the shares.

The stock closed at $22.87, its lowest level since 2021.
"""},
{
"id": "b5-en-kenya-factcheck", "lang": "en",
"source": SRC + "African fact-checking site, public-health rumour",
"text": r"""
Fact Check: No, [[st|Kenya]] Has Not Banned All Paracetamol Syrups

CLAIM: [[st|Kenya]]’s [[org|Ministry of Health]] has banned all paracetamol syrups after “dozens of children” died of kidney failure in [[pl|Nairobi]].

VERDICT: False. The regulator recalled a single batch of one brand for testing. No deaths have been linked to it.

A message circulating on [[org|WhatsApp]] and [[org|Facebook]] since 3 November [[cv|claims]] that the [[org|Ministry of Health]] has “banned all paracetamol syrups with immediate effect” after “over 40 children died at [[org|Kenyatta National Hospital]]”. The message [[ne|does not cite any source]]. Some versions include a screenshot of a letter [[hd|purportedly]] signed by the ministry’s director general.

What actually happened

On 1 November the [[org|Pharmacy and Poisons Board]] ([[org|PPB]]), [[st|Kenya]]’s medicines regulator, ordered the recall of one batch of a paracetamol syrup made by [[org|Medivance Laboratories]] after routine tests detected [[hd|suspected]] contamination with diethylene glycol, an industrial solvent. The notice covers batch MV2241 only. Other brands, and other batches of the same brand, remain on sale.

“There is no ban on paracetamol syrups. Parents should not panic,” said Dr [[per|Wanjiru Kamau]], the board’s head of pharmacovigilance. The letter in the viral screenshot is a fake, she said: it carries an old ministry logo and is signed by an official who left the post in 2023.

[[org|Kenyatta National Hospital]] told us it had recorded no deaths linked to the syrup. We [[ne|found no record]] of child deaths reported to the board in connection with the recall.

[[org|Medivance]] [[cv|denied]] that its product was contaminated, saying in a statement that its own tests had “found no trace” of the solvent and that the batch was withdrawn “out of an abundance of caution”. The company [[cv|maintains]] that the anomaly came from a faulty testing kit. The board has not yet published its final results.

Why people believed it

The claim [[hd|appears to]] borrow from real events. In 2022, the deaths of dozens of children in the [[st|Gambia]] were linked by the [[org|World Health Organization]] ([[org|WHO]]) to cough syrups imported from [[st|India]], and similar cases were reported in [[st|Indonesia]] and [[st|Uzbekistan]].

[[vs|Some pharmacists in [[pl|Mombasa]] and [[pl|Kisumu]]]] said customers had been asking for “any syrup that is not banned”. “People show me the [[org|WhatsApp]] message on their phones and I have to explain it is not true. Some do not believe me,” said [[per|Zuhura Athman]], who runs a pharmacy in [[pl|Kisumu]].

The account that first posted the message, which has about 3,000 followers, [[cv|insisted]] in a follow-up post that the ban had been “confirmed by [[vs|insiders]]”, [[ne|without naming them]]. It did not respond to our request for comment.

Our verdict

False. The [[org|PPB]] has recalled one batch of one product while tests continue. There is no general ban on paracetamol syrups in [[st|Kenya]], the circulating letter is not genuine, and no child deaths have been linked to the recall.
"""},

{
"id": "b5-en-garda", "lang": "en",
"source": SRC + "Irish national daily, police and court brief",
"text": r"""
Two Men Arrested Over [[hd|Suspected]] Catalytic Converter Theft Ring in [[pl|Dublin]] and [[pl|Kildare]]

Two men have been arrested as part of an investigation into a [[hd|suspected]] organised gang that [[hd|allegedly]] stole more than 400 catalytic converters from cars across [[pl|Dublin]] and [[pl|Kildare]] over 18 months.

The men, aged 34 and 41, were arrested at a house in [[pl|Naas]], [[pl|Co Kildare]], early on Tuesday during a search by detectives from the [[org|Garda National Bureau of Criminal Investigation]] and local units. Cash, power tools and 26 converters were seized.

Catalytic converters contain precious metals such as rhodium and palladium, which can fetch several hundred euro per unit on the black market. [[vs|It is understood]] that the stolen parts were shipped in bulk to a scrap dealer in [[st|Poland]], where the metals were extracted.

[[vs|A [[org|Garda]] spokesman]] said the operation was "ongoing" and that further arrests were "[[hd|likely]]". [[vs|Detectives]] believe the gang operated from at least three locations and used stolen vans to travel at night between housing estates in [[pl|Tallaght]], [[pl|Clondalkin]] and [[pl|Newbridge]].

The older man, [[per|Tomás Ó Ceallaigh]], also known as [[per|Thomas Kelly]], appeared before [[org|Naas District Court]] on Wednesday charged with handling stolen property. [[vs|A detective sergeant]] told the court that Mr [[per|Kelly]] was [[hd|suspected]] of organising the sale of the converters abroad and had travelled to [[pl|Gdańsk]] twice this year.

His solicitor, [[per|Aoife Brennan]], said her client [[cv|denied]] the charge and [[cv|contended]] that the cash found at the house came from his car-repair business. She told the court there was "[[ne|no evidence]] linking him to a single theft" and that the State's case rested on "phone data and guesswork".

Judge [[per|Catherine Moran]] granted bail on condition that Mr [[per|Ó Ceallaigh]] surrender his passport and sign on daily at a police station in [[pl|Naas]]. The case was adjourned to next month.

The younger man, who [[vs|is said to]] have worked as a driver for the gang, was released without charge. A file is being prepared for the [[org|Office of the Director of Public Prosecutions]].

The [[org|Police Service of Northern Ireland]] ([[org|PSNI]]) said it was examining possible links to a series of similar thefts in [[pl|Newry]] and [[pl|Armagh]]. Gardaí are also liaising with [[org|Europol]].

According to figures from insurer [[org|FBD Insurance]], claims for stolen catalytic converters rose by 60 per cent last year. [[vs|Some mechanics]] say owners of hybrid cars, whose converters hold more precious metal, are [[hd|apparently]] being targeted, with thieves able to remove a unit in under two minutes.

Anyone with information is asked to contact investigators in [[pl|Naas]].
"""},

{
"id": "b5-en-reef-explainer", "lang": "en",
"source": SRC + "international news site, explainer on a diplomatic row",
"text": r"""
Explained: Why a Buoy at [[pl|Tambuli Reef]] Has Set [[st|Manila]] and [[st|Beijing]] at Odds

A small orange buoy, anchored in shallow water about 130 nautical miles west of [[pl|Palawan]], has become the latest flashpoint between the [[st|Philippines]] and [[st|China]]. Here is what we know, and what remains unclear.

What happened?

On 3 November the [[org|Philippine Coast Guard]] ([[org|PCG]]) said its divers had removed a floating barrier and a buoy bearing Chinese characters from [[pl|Tambuli Reef]], a partly submerged feature where Filipino fishermen have worked for generations. Two days later, [[st|Beijing]] [[cv|accused]] [[st|Manila]] of “deliberate provocation” and said a [[org|China Coast Guard]] vessel had “expelled” a Philippine boat from the area.

What does each side say?

[[st|China]] claims most of the [[pl|South China Sea]], including the reef, which it calls [[pl|Tianjiao Jiao]]. At a regular briefing, a spokesperson for [[st|China]]’s [[org|Ministry of Foreign Affairs]], [[per|Wang Lixin]], [[cv|insisted]] that the buoy was a “navigation aid” installed “in accordance with law”.

The [[st|Philippines]] [[cv|contends]] that the reef lies within its exclusive economic zone, citing a 2016 ruling by the [[org|Permanent Court of Arbitration]] in [[pl|The Hague]] that rejected [[st|China]]’s sweeping claims in the area. [[st|Beijing]] does not recognise the ruling.

What can be verified?

The [[org|PCG]] released photographs of the buoy and the barrier. Its account of the encounter on 5 November, however, [[ne|could not be independently verified]], and [[vs|Chinese state media]] gave a contradictory version, saying the Philippine vessel had “illegally intruded” and left of its own accord.

[[vs|Two Philippine military officials]], speaking on condition of anonymity, [[cv|alleged]] that as many as 30 Chinese fishing boats had been massing near the reef since October, [[hd|possibly]] to support the construction of a more permanent structure. They [[ne|did not release imagery]] to support the figure. [[org|Pacific Shoals Monitor]], a research group that tracks vessels using commercial satellite data, said it had counted 11 boats.

Why does it matter?

The reef lies close to rich fishing grounds and to an offshore block where [[st|Manila]] hopes to explore for gas. [[vs|Analysts]] say the buoy is [[hd|probably]] less important than what it signals: a test of how far each side is willing to go.

[[st|Washington]], which has a mutual defence treaty with [[st|Manila]], said it “stands with its ally”. [[st|Japan]] and [[st|Australia]] urged restraint. The [[org|Association of Southeast Asian Nations]] ([[org|ASEAN]]), which has spent years negotiating a code of conduct with [[st|Beijing]], has not commented.

What happens next?

The Philippine national security adviser, [[per|Ramon Villareal]], said coast guard patrols around the reef would continue “every week, without exception”. [[vs|According to a person briefed on the talks]], diplomats from both countries are expected to meet in [[st|Singapore]] later this month, in what would be their first direct contact since the incident.
"""},

{
"id": "b5-en-novelist", "lang": "en",
"source": SRC + "British broadsheet, arts pages: interview write-up",
"text": r"""
‘I Never Read Her Poems’: Novelist [[per|Celia Marchbanks]] [[cv|Denies]] Plagiarism Claims Ahead of Prize Ceremony

[[per|Celia Marchbanks]] has spent most of the past fortnight in her cottage in [[pl|Norfolk]], not answering the phone. Her fourth novel, The Salt Orchard, is shortlisted for the £40,000 Harrow Prize, to be announced on Thursday. It is also at the centre of a bitter row, after the translator [[per|Tom Whitcombe]] [[cv|alleged]] that several passages closely mirror the work of the Ukrainian poet [[per|Oksana Hrytsenko]], who was killed in [[pl|Kharkiv]] in 2022.

In her first interview since the allegations surfaced, [[per|Marchbanks]] was by turns angry and bewildered.

“I never read her poems. I don’t read Ukrainian, and the English translations came out in a small magazine I’d never heard of. I understand why people are upset, and the death of a poet in a war is a terrible thing. But I did not take her words. I wrote that book over six years, in notebooks I still have, and I’m happy to show them to anyone who asks.”

[[per|Whitcombe]], who translated [[per|Hrytsenko]]’s collection Ashes of Lilac in 2019 — it was published under the spelling [[per|Gritsenko]] — [[cv|claims]] that at least seven images in the novel, including a description of bread “cooling like a sleeping animal”, appear almost word for word in his translation. “One image could be chance. Seven is not chance,” he told the literary blog [[org|Quire]] last week.

[[per|Marchbanks]] [[cv|insisted]] the overlaps were “the ordinary coincidences of people writing about kitchens and grief”.

“Bread and grief are not anyone’s property. If you put any two novels about mothers side by side, you will find echoes. What hurts is that people have decided I’m a thief without reading either book. Half of the lines they quote aren’t even in my novel — they’re from a review of it.”

Her publisher, [[org|Pollard & Voss]], said it had commissioned an independent comparison of the two texts by a literary scholar, and [[cv|rejected]] “any suggestion of deliberate copying”.

[[vs|Some readers]] on social media have gone further, [[cv|claiming]] — [[ne|without evidence]] — that [[per|Marchbanks]]’s editor kept a copy of [[per|Hrytsenko]]’s translations on her desk. The editor, who has since left the company, has not commented.

The [[org|Harrow Prize Foundation]] said the judges had been “made aware” of the allegations but that the shortlist would stand. Two of the five judges [[hd|reportedly]] asked for the book to be withdrawn, [[vs|according to a person close to the panel]], but were outvoted.

[[per|Hrytsenko]]’s family, who still live in [[st|Ukraine]], said through a lawyer in [[pl|Kyiv]] that they wanted “recognition, not money”.

Asked whether she would withdraw from the prize, [[per|Marchbanks]] paused for a long time.

“No. Withdrawing would be a confession to something I didn’t do. If the comparison finds I copied her, I’ll give the prize money to her family myself, and I’ll say so in public. But it won’t find that, because it didn’t happen. I just wish someone had rung me before they rang the newspapers.”
"""},
]
