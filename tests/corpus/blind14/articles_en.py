# -*- coding: utf-8 -*-
"""Blind set 14, English articles (invented events, people, companies and outlets). Markup: [[tag|text]]."""
SRC = "written for ClaimLens blind set 14 (invented events and people); register: "

ARTICLES = [
{"id": "b14-en-patna", "lang": "en",
 "source": SRC + "Indian state politics news website (Bihar), politics: MLAs' defection rumours before a confidence vote",
 "text": """
[[pl|Bihar]]: Six [[org|LJM]] MLAs 'in touch' with ruling alliance ahead of trust vote, party [[cv|denies]] split

[[org|Ganga Desk]] | [[per|Abhishek Ranjan Sinha]] | [[pl|Patna]], November 26, 2026

The opposition [[org|Lok Janhit Morcha]] ([[org|LJM]]) was scrambling on Thursday to hold its flock together after [[vs|senior leaders of the ruling alliance]] [[cv|claimed]] that at least six of its 19 MLAs were ready to switch sides before next week's confidence vote in the [[org|Bihar Legislative Assembly]].

"The numbers are with us. Six of them have already met our leadership in [[pl|Patna]], and more will come," [[cv|asserted]] [[per|Ramashish Paswan-Yadav]], a minister in the state cabinet, speaking to reporters outside the secretariat. He did not name the legislators and [[ne|offered no evidence]] of the meetings.

[[org|LJM]] president [[per|Sudha Kumari Mandal]] dismissed the claim as "psychological warfare". "Not one of our MLAs is going anywhere. This is the same story they plant before every vote," she said at a press conference in [[pl|Boring Road]], flanked by 17 of the party's legislators. Two were absent; [[vs|party officials]] said one was unwell and the other was travelling to [[pl|Darbhanga]] for a family wedding.

The absences fuelled speculation. [[vs|According to two people familiar with the discussions]], the two MLAs, both from the [[pl|Mithila]] region, have been offered cabinet berths and a seat on a state corporation board. One of them, [[per|Kailash Nath Jha]], [[hd|reportedly]] met the chief minister's political secretary at a farmhouse near [[pl|Hajipur]] on Tuesday night. [[per|Jha]] did not answer calls and messages.

Under the anti-defection law in the Tenth Schedule of the Constitution, legislators who leave their party can be disqualified unless two-thirds of the legislature party merges with another. With 19 MLAs, the [[org|LJM]] would need 13 to defect for a valid merger. [[vs|Legal experts]] say a smaller group would [[hd|likely]] face disqualification petitions before the Speaker, [[per|Narendra Prasad Choubey]].

The ruling [[org|Bihar Vikas Gathbandhan]] holds 118 seats in the 243-member [[org|House]], four short of a majority after two independents withdrew support last month. The alliance [[cv|insists]] it will win comfortably. [[vs|Opposition leaders]] [[cv|accuse]] it of "horse-trading with public money" and have written to the Governor asking for the vote to be held by secret ballot, a request that is [[hd|unlikely]] to be granted.

The [[org|Election Commission of India]] has no direct role in a floor test, but [[org|LJM]] has also asked it to examine what it [[cv|alleges]] are cash transfers to the relatives of two MLAs. The party [[ne|has not made the documents public]], and the claim [[ne|could not be independently verified]].

Political analyst [[per|Meenakshi Thakur-Roy]] of [[org|Patliputra University]] said the episode showed how fragile the coalition arithmetic in [[pl|Bihar]] remains. "Whoever wins next week, nobody in [[pl|Patna]] believes this government will last a full term," she said.

The vote is scheduled for December 2. [[org|Ganga Desk]] will carry live updates from the [[org|Assembly]].
"""},

{"id": "b14-en-llanelli", "lang": "en",
 "source": SRC + "Welsh local weekly paper (Carmarthenshire), local government: leisure centre closure consultation",
 "text": """
Anger as council confirms leisure centre ‘review’ – but [[cv|denies]] closure is a done deal

[[org|Llanelli Tide]] · By [[per|Ffion Prydderch]], local democracy reporter · Friday 27 November 2026

Campaigners fighting to save the [[pl|Glan y Môr Leisure Centre]] in [[pl|Burry Port]] say they have been kept in the dark after [[org|Carmarthenshire County Council]] confirmed the 1970s building is part of a “strategic review” of leisure facilities.

The review, quietly published in a cabinet paper last week, lists the centre among four sites where “alternative delivery models” should be explored. [[vs|Campaigners]] [[cv|claim]] that is council language for closure. “Nobody puts a pool in a review unless they’re planning to shut it,” said [[per|Gwenllian Morgan-Bevan]], who started a petition that has now passed 4,300 signatures.

The council [[cv|denies]] any decision has been taken. Cabinet member for leisure, Cllr [[per|Rhodri ap Iorwerth]], [[cv|insisted]] the review was “about investment, not cuts” and said no site would close “without a full public consultation”. Asked whether he could rule out closure, he said it would be “irresponsible to pre-empt the findings”.

The building needs an estimated £2.8m in repairs, according to a condition survey seen by the [[org|Tide]]. The roof over the main pool has leaked since 2023, and the changing rooms were partly shut in the summer after ceiling tiles fell. [[vs|Council sources]] suggest the authority would [[hd|probably]] prefer to build a single new centre in [[pl|Llanelli]] and close the smaller sites.

Opposition councillor [[per|Siân Pugh-Daniels]] [[cv|accused]] the cabinet of “hiding behind jargon”. She said: “People in [[pl|Burry Port]] and [[pl|Pembrey]] deserve a straight answer. Is the pool going or not?” She also [[cv|alleged]] that a private operator had been approached about taking over two of the sites, a claim the council called “speculation”. [[per|Pugh-Daniels]] [[ne|did not provide evidence]] of any approach.

The leisure centre is run by the council’s in-house service, [[org|Actif]]. [[vs|Staff]] told the [[org|Tide]] they were “anxious but not surprised”. [[vs|One lifeguard]], who asked not to be named, said swimming lessons for more than 600 children a week would “[[hd|presumably]] have to move to [[pl|Llanelli]], if there’s room”.

The [[org|Welsh Government]] has made cutting child obesity a priority, and [[org|Swim Wales]] warned this month that pool closures were “[[hd|possibly]] the biggest threat to water safety in a generation”. A spokesperson for the [[org|Welsh Local Government Association]] said councils faced “impossible choices” after a decade of tight budgets.

[[per|Gwenllian Morgan-Bevan]] and about 80 supporters are expected to hand their petition to the council at [[pl|County Hall]] in [[pl|Carmarthen]] on Wednesday, before the cabinet meets. The review is due to report in March.

Have your say: email the newsroom or comment on our Facebook page.
"""},

{"id": "b14-en-rustenburg", "lang": "en",
 "source": SRC + "South African mining newswire (North West province), mining and labour: underground fire and safety dispute",
 "text": """
UPDATE 2-Platinum miner [[org|Magalies Ridge]] halts shaft after fire; union [[cv|alleges]] ignored warnings

By [[per|Thandeka Mokoena-Pillay]]

[[pl|RUSTENBURG]], [[st|South Africa]], Nov 27 ([[org|MineWire Africa]]) - [[org|Magalies Ridge Platinum]] suspended operations at its No. 4 shaft near [[pl|Rustenburg]] on Friday after an underground fire forced the evacuation of 1,140 workers, the company said. Eleven miners were treated for smoke inhalation and three remained in hospital.

The fire broke out on a conveyor belt at 840 metres below the surface shortly after 2 a.m. local time (0000 GMT), the [[pl|Johannesburg]]-listed company said in a statement. Its cause is under investigation.

The [[org|Association of Mineworkers and Construction Union]] ([[org|AMCU]]) [[cv|alleged]] that workers had reported smoke and overheating on the same belt at least twice in the past month and that the complaints were ignored. "Management knew. Our safety representatives raised it in writing," said regional organiser [[per|Sipho Ntuli-Bokaba]]. The union [[ne|did not release the written complaints]], saying they formed part of its submission to inspectors.

[[org|Magalies Ridge]] chief executive [[per|Pieter van Heerden]] [[cv|rejected]] the allegation. "We have no record of any such report," he told analysts on a call. "Every concern raised through our system is logged and acted on." He said the shaft would [[hd|likely]] remain closed for at least a week.

The [[org|Department of Mineral Resources and Energy]] said its inspectors had issued a Section 54 stoppage notice and would investigate. [[vs|A department official]], speaking on condition of anonymity because he was not authorised to talk to the media, said inspectors had flagged conveyor maintenance at the shaft during an audit in June. That account [[ne|could not be verified]] independently.

The No. 4 shaft produces about 14,000 ounces of platinum group metals a month, roughly a fifth of the company's output. Analysts at [[org|Kgotla Capital]] estimated that a two-week halt would cost the company around 350 million rand in revenue.

[[org|Magalies Ridge]] shares fell 6.2% in [[pl|Johannesburg]] by midday, against a 0.8% decline in the broader mining index. The company has been under pressure from low palladium prices and is [[hd|reportedly]] in talks with lenders over its debt covenants, [[vs|according to people familiar with the matter]].

[[vs|Mining analysts]] say the fire adds to a difficult year for the platinum belt around [[pl|Rustenburg]], where several producers have cut jobs. [[st|South Africa]] holds most of the world's known platinum reserves.

[[org|AMCU]] said it would hold a mass meeting at the [[pl|Mfidikwe stadium]] on Sunday and [[cv|claimed]] that workers would not go back underground "until an independent inspection clears the shaft". [[org|Magalies Ridge]] said it would "engage constructively" with all unions.

(Reporting by [[per|Thandeka Mokoena-Pillay]]; Additional reporting by [[per|Lwazi Dube]] in [[pl|Johannesburg]]; Editing by [[per|Claire Okonkwo-Reid]])
"""},

{"id": "b14-en-sheriff", "lang": "en",
 "source": SRC + "US county sheriff's office weekly blotter as run by a rural weekly (Montana), crime: incident log",
 "text": """
SHERIFF’S BLOTTER: Stolen grain truck, a ‘bear’ that wasn’t, and a disputed fence line

Compiled by [[per|Darlene Hoskovec]] for the [[org|Marias Valley Messenger]] from [[org|Pondera County Sheriff’s Office]] logs, Nov. 16–22

Editor’s note: An arrest is not a conviction.

Monday, Nov. 16
7:42 a.m. – A farmer on [[pl|Old Valier Road]] reported a 2011 Peterbilt grain truck missing from his yard. The truck was found two days later in a coulee near [[pl|Dupuyer]], [[hd|apparently]] abandoned after running out of fuel. About 300 bushels of barley were missing. Deputies have identified a [[hd|suspected]] driver but have made no arrest.

11:15 p.m. – A caller in [[pl|Conrad]] reported a bear going through garbage cans on [[pl|South Maryland Street]]. It was a large Newfoundland dog belonging to a neighbor.

Wednesday, Nov. 18
9:05 a.m. – Two neighbors west of [[pl|Brady]] called about a fence line. One [[cv|claimed]] the other had moved a corner post roughly 40 feet onto his property over the weekend. The other [[cv|denied]] touching the post and said it had been there “since my granddad’s time.” The deputy advised both parties that boundary disputes are a civil matter and referred them to the county surveyor.

Thursday, Nov. 19
1:48 a.m. – Deputies and a [[org|Montana Highway Patrol]] trooper responded to a single-vehicle rollover on [[pl|Interstate 15]] north of [[pl|Conrad]]. The driver, a 34-year-old man from [[pl|Great Falls]], was taken to [[org|Pondera Medical Center]] with non-life-threatening injuries. Alcohol is [[hd|believed]] to have been a factor, according to the patrol. Charges are pending.

4:30 p.m. – A woman reported that someone had used her debit card information to make $1,900 in online purchases. [[vs|Investigators]] said the card was [[hd|likely]] compromised at a fuel pump skimmer, though no skimmer has been found in the county.

Friday, Nov. 20
6:10 p.m. – [[per|Kaylee Rose Two Feathers]], 22, of [[pl|Browning]], was cited for driving with a suspended license on [[pl|Main Street]] in [[pl|Conrad]].

10:55 p.m. – A bar employee on [[pl|Main Street]] reported a fight outside. [[vs|Witnesses]] told deputies a man had [[hd|allegedly]] swung a pool cue at another patron. The [[hd|alleged]] victim declined medical treatment and did not want to press charges. No arrests.

Saturday, Nov. 21
2:14 p.m. – A rancher near [[pl|Lake Frances]] reported two calves shot and left in a pasture. [[vs|Some neighbors]] [[cv|blame]] coyote hunters from out of county, but the sheriff’s office said there was [[ne|no evidence so far]] linking the shooting to any group. Sheriff [[per|Wade Brunsvold]] asked anyone with information to call the office.

Sunday, Nov. 22
Quiet day. Four calls for livestock on the roadway, one lost wallet (returned) and a report of suspicious lights over [[pl|Conrad]], which [[vs|deputies]] said were [[hd|probably]] from a drone.

Anyone with information on the calf shootings or the grain truck theft is asked to call the [[org|Pondera County Sheriff’s Office]] or [[org|Crime Stoppers]]. Callers can remain anonymous.
"""},

{"id": "b14-en-seagrass", "lang": "en",
 "source": SRC + "Australian public broadcaster-style science desk (Queensland), marine science: start-up's seagrass restoration claims, explainer",
 "text": """
Can drones really replant the [[pl|Great Barrier Reef]]'s seagrass? Scientists want to see the data

Science desk | [[per|Harriet Nguyen-Blackwood]] | Posted Fri 27 Nov 2026 at 5:00am

A [[pl|Brisbane]] start-up says its drones can replant seagrass meadows ten times faster than divers, and that it has already restored 40 hectares off [[pl|Gladstone]]. [[vs|Marine scientists]] are not convinced.

[[org|Dugong Drones]], which raised $12 million from investors last year, [[cv|claims]] its aircraft drop biodegradable seed pods with a survival rate of 60 per cent, compared with around 10 per cent for pods planted by hand. Its founder, [[per|Lachlan Ferreira-Oakes]], told the science desk the results were "transformational".

What's the claim based on?

The company's figures come from its own monitoring, published in a glossy report in September. The report does not say how survival was measured or over what period, and [[ne|has not been peer-reviewed]]. [[per|Ferreira-Oakes]] said a scientific paper was "in preparation".

Dr [[per|Yolanda Mbeki-Strand]], a seagrass ecologist at [[org|James Cook University]] in [[pl|Townsville]], said the 60 per cent figure was "extraordinary" and, if real, would be far above anything recorded in the scientific literature. "Seagrass restoration is notoriously hard. Most trials lose the majority of their plants in the first year," she said.

[[vs|Two other researchers]] who had seen the report said the restored area [[hd|appeared to]] overlap with meadows that had been recovering naturally since floods in 2022. "It's possible the drones helped. It's also possible the seagrass came back on its own," [[vs|one]] said.

Why does it matter?

Seagrass is food for dugongs and green turtles, and it stores carbon. Restoration projects can earn carbon credits under the federal government's scheme, which is why the company's figures matter commercially. [[org|Dugong Drones]] has applied to register its [[pl|Gladstone]] project with the [[org|Clean Energy Regulator]], which would allow it to sell credits.

The regulator said it did not comment on applications under assessment.

The [[org|Great Barrier Reef Marine Park Authority]] said it had issued the company a research permit for a 5-hectare trial area, not 40 hectares. [[per|Ferreira-Oakes]] said the larger figure included sites outside the marine park, in waters managed by the [[org|Gladstone Ports Corporation]]. The ports corporation said it was "aware of the trial" but [[ne|could not confirm]] the area planted.

What do the experts want?

Independent monitoring, said [[org|CSIRO]] marine scientist Dr [[per|Aarav Kulkarni]]. "Nobody's saying the technology doesn't work. We're saying show us the before-and-after surveys, the controls, the raw counts." He said drones [[hd|probably]] had a role to play in scaling up restoration, which is [[hd|unlikely]] to succeed with divers alone.

[[org|Dugong Drones]] [[cv|insists]] it will publish its data once its paper is accepted. Until then, its headline figures [[ne|remain unverified]].
"""},

{"id": "b14-en-castries", "lang": "en",
 "source": SRC + "Caribbean tourism trade paper (Eastern Caribbean), tourism and infrastructure: cruise berth expansion and hotel occupancy claims",
 "text": """
[[st|Saint Lucia]] cruise berth deal: developer touts record bookings, hoteliers ask for proof

[[org|Caribbean Travel Ledger]] – [[per|Marisol Jn-Baptiste]] – November 26, 2026

[[st|Saint Lucia]]’s government signed an agreement on Monday with [[org|Antilles Port Partners]] ([[org|APP]]) to build a third cruise berth at [[pl|Pointe Seraphine]] in [[pl|Castries]], a US$190 million project due to open for the 2029 season.

At the signing ceremony, [[org|APP]] chairman [[per|Desmond Fontenelle-Hart]] [[cv|claimed]] that three major cruise lines had “already committed” to adding [[pl|Castries]] to their itineraries once the berth opens, bringing an extra 400,000 passengers a year. He declined to name the lines, citing confidentiality agreements, and [[ne|provided no documentation]] of the commitments.

Tourism minister [[per|Avril St. Rose-Alcindor]] said the berth would “position [[st|Saint Lucia]] as the anchor of the southern Caribbean cruise market”. [[vs|Government officials]] said the project would create 1,200 construction jobs and around 300 permanent ones.

Not everyone is celebrating. The [[org|Saint Lucia Hospitality and Tourism Association]] ([[org|SLHTA]]), which represents most of the island’s hotels, has long [[cv|argued]] that cruise passengers spend little on shore and put pressure on beaches and roads. Its president, [[per|Kwame Louisy]], said the association “would like to see the evidence behind these passenger numbers”. He pointed to a 2024 study by the [[org|Caribbean Development Bank]] that found the average cruise visitor spent US$84 per port call, against more than US$1,500 for a stay-over guest.

[[org|APP]] also [[cv|claims]] the project will lift hotel occupancy by bringing “return visitors” who first discover the island on a cruise. [[vs|Industry analysts]] say that effect is real but small. “It [[hd|probably]] exists, but nobody has measured it properly in the [[pl|Eastern Caribbean]],” said [[per|Carla Modeste-Quinn]], a consultant based in [[pl|Bridgetown]], [[st|Barbados]].

The financing structure has also drawn questions. Under the agreement, [[org|APP]] will operate the berth for 30 years and collect a share of passenger fees. The opposition [[org|United Workers Party]] [[cv|alleged]] on Tuesday that the concession terms were “far more generous” than those granted in neighbouring islands, a charge the government [[cv|rejected]]. The full agreement has not been tabled in [[org|Parliament]].

[[vs|According to a senior port official]], the [[org|Saint Lucia Air and Sea Ports Authority]] ([[org|SLASPA]]) [[hd|reportedly]] pushed for a shorter concession but was overruled. [[org|SLASPA]] did not respond to a request for comment.

Meanwhile, hotel occupancy on the island reached 74 per cent in October, according to [[org|SLHTA]] figures, up from 69 per cent a year earlier, driven by stay-over arrivals from the [[st|United States]] and [[st|Canada]].

Cruise arrivals for the 2025–26 season totalled about 790,000, slightly below the record set before the pandemic.
"""},

{"id": "b14-en-hockey", "lang": "en",
 "source": SRC + "Canadian junior hockey fan blog (Alberta), sport: trade-deadline rumours about a junior star, opinion-ish blog post",
 "text": """
Trade deadline watch: Is [[per|Vandersteen-Okafor]] really on his way out of [[pl|Lethbridge]]?

Posted by [[per|Kyle "Boards" Hrynchuk]] on [[org|Coulee Crease]] - November 27, 2026 - 14 comments

Let's get this out of the way: I don't know if [[per|Kasimir Vandersteen-Okafor]] is getting traded. Neither do you. Neither, I suspect, does half the internet that has been melting down since Tuesday night.

Here's what we actually know. On Tuesday, a well-followed account called "WHL Rumour Mill" posted that the [[org|Lethbridge Coulees]] were "deep in talks" to send their 19-year-old captain to the [[org|Nanaimo Breakers]] for two first-round bantam picks and a prospect. The account [[cv|claimed]] the deal was "90% done." It [[ne|cited no sources]], and it has been wrong before, most memorably about [[per|Jory Pelletier-Baptiste]] last season.

By Wednesday morning, [[org|Sportsnet]] radio host [[per|Dale Kuzyk]] was telling listeners in [[pl|Calgary]] that "[[vs|league sources]]" had confirmed the [[org|Coulees]] were "listening on [[per|KVO]]." Listening is not trading. Every GM in the [[org|Western Hockey League]] listens on everybody in November.

Then it got weirder. [[vs|A person close to the player's camp]] told me, on the condition that I not name them, that [[per|Vandersteen-Okafor]] has [[hd|reportedly]] asked for a move to a contender to boost his draft stock. I couldn't confirm that with anyone else, and [[ne|I'd treat it as unverified]] until someone with a name says it out loud.

[[org|Coulees]] general manager [[per|Brent Sawchuk-Amiri]] [[cv|denied]] all of it when I caught him after practice at the [[pl|Enmax Centre]]. "[[per|Kaz]] is our captain. We're not shopping him. I don't know where this stuff comes from," he said. He also [[cv|insisted]] the team had "zero interest" in rebuilding mid-season, which, fine, but the [[org|Coulees]] are 9-14-2 and sitting eighth in the Central.

So is it happening? My honest read: [[hd|probably]] not before Christmas, [[hd|possibly]] by the January 10 deadline if the team keeps losing. [[vs|Scouts I've talked to]] say [[per|Vandersteen-Okafor]] is [[hd|likely]] a second-round pick in the [[org|NHL]] draft this June, and that his numbers (14 goals, 31 points in 25 games) would look even better on a team that doesn't give up 40 shots a night.

What I'd hate is for this to turn into a soap opera that ends with the kid's season ruined. [[vs|Some fans]] are already [[cv|accusing]] him on social media of "quitting on the city," which is gross and also [[ne|based on nothing but a rumour account]] with a cartoon goalie as its avatar.

The [[org|Breakers]], for what it's worth, have said nothing. Their GM [[per|Tomasz Ileana-Wright]] doesn't do interviews during the season. And [[org|NHL Central Scouting]] has [[per|KVO]] at No. 38 among North American skaters in its preliminary list.

I'll update this post if anything real happens. In the meantime, go to the game Saturday. He's still ours.
"""},

{"id": "b14-en-accra", "lang": "en",
 "source": SRC + "Ghanaian fintech email newsletter (Accra), payments and regulation: mobile money outage and fraud claims",
 "text": """
The [[org|Momo Memo]] · Issue 142 · Thursday, 26 November 2026

This week: [[org|KwikPay]]’s 30-hour outage, what the [[org|Bank of Ghana]] said (and didn’t), and a fraud claim nobody can pin down

Hello readers,

If you tried to pay for anything through [[org|KwikPay]] between Saturday night and Monday morning, you already know. The payments start-up, which says it processes about 1.8 million transactions a day across [[st|Ghana]], went dark for roughly 30 hours. [[vs|Merchants in [[pl|Kumasi]] and [[pl|Takoradi]]]] told us they lost a weekend’s worth of sales.

What the company says
[[org|KwikPay]] chief executive [[per|Efua Asantewaa Boateng]] [[cv|blamed]] “a failure at a third-party data centre” in [[pl|Tema]]. In a LinkedIn post, she [[cv|insisted]] that “no customer funds were lost or exposed at any point”. The company has promised a full incident report “within 14 days”.

What others say
Here’s where it gets murky. On Sunday, a widely shared WhatsApp voice note [[cv|claimed]] that hackers had emptied “hundreds of wallets” during the outage. The voice note [[ne|offers no evidence]], and we found nobody who could show us a drained account. [[org|KwikPay]] called it “fake news”. That doesn’t mean nothing happened, but the claim [[ne|remains unsubstantiated]].

Separately, [[vs|two merchants in [[pl|Kumasi]]]] told us that payments they had received on Saturday evening were [[hd|apparently]] reversed without notice on Monday. [[org|KwikPay]] said this was “a routine reconciliation” and that the funds would be restored. We’ve asked for a timeline.

What the regulator says
The [[org|Bank of Ghana]] issued a two-paragraph statement on Tuesday saying it was “engaging” [[org|KwikPay]] and “monitoring the situation closely”. It did not say whether it would impose penalties. [[vs|People familiar with the central bank’s thinking]] say it is [[hd|likely]] to demand an independent audit of the company’s disaster-recovery set-up, which, under its 2024 cyber-security directive, every licensed payment service provider is supposed to have.

The [[org|Ghana Interbank Payment and Settlement Systems]] ([[org|GhIPSS]]) confirmed that its own systems were unaffected.

Why it matters
[[org|KwikPay]] is not [[org|MTN MoMo]], but it has become the default checkout for thousands of small online sellers and several ride-hailing drivers’ cooperatives in [[pl|Accra]]. [[vs|Critics]] [[cv|argue]] that the [[org|Bank of Ghana]] licensed too many payment firms too quickly after the e-levy was cut, without checking their resilience. The bank [[cv|denies]] this, pointing to its tiered licensing rules.

Meanwhile, [[org|KwikPay]]’s Series B investors, led by the [[pl|Lagos]]-based fund [[org|Savanna Rails Capital]], are [[hd|said to]] be pressing the board for changes at the top. [[per|Boateng]] did not respond to our question on this.

Quick hits
- Fintech association [[org|GhanaFintech Alliance]] [[cv|claims]] 60 new members joined in 2026. [[ne|We couldn’t find a public list]].
- The mobile money interoperability fee review is [[hd|reportedly]] delayed until March.

Reply to this email with tips. We read everything.

– [[per|Kojo Mensah-Ampofo]]
"""},

{"id": "b14-en-borders", "lang": "en",
 "source": SRC + "Scottish health board meeting report by a local news site (Scottish Borders), health: emergency department waits, meeting report",
 "text": """
Health board told A&E waits are 'worst on record' as [[vs|managers]] [[cv|blame]] delayed discharges

[[org|Tweed Valley Courier]] - Local democracy report - [[per|Callum Niven-Ormiston]] - 27 November 2026

Patients waited up to 19 hours for a bed at [[pl|Borders General Hospital]] last month, board members of [[org|NHS Borders]] heard at their meeting in [[pl|Melrose]] on Thursday.

Figures presented to the board show that only 54 per cent of patients attending the emergency department in October were seen and admitted, transferred or discharged within four hours, against the [[org|Scottish Government]]'s target of 95 per cent. It is the lowest monthly figure the board has recorded since the current reporting system began.

Chief operating officer [[per|Morag Elphinstone]] told members the main cause was delayed discharge. On an average day in October, 71 beds were occupied by patients who were medically fit to leave but were waiting for a care package or a care home place. She [[cv|insisted]] the emergency department itself was "performing well given the circumstances" and that staff had "gone above and beyond".

Not everyone on the board accepted that account. Non-executive director Dr [[per|Isla Pettigrew-Khan]] said [[vs|clinicians]] had told her that staffing gaps in the department were "at least as important" as bed shortages. "We can't keep pointing at social care every month," she said.

[[vs|According to staff-side representatives]], the department has been running with between four and six nursing vacancies since the summer, covered by agency and bank shifts. The board's own workforce report puts the figure at three. Management [[cv|disputes]] the higher number, which [[ne|could not be reconciled]] from the papers presented.

[[org|Scottish Borders Council]], which jointly runs health and social care services with the board through the [[org|Integration Joint Board]], said it had recruited 22 additional care-at-home workers since September and expected delayed discharges to fall "over the winter". [[vs|Some members]] questioned whether that was realistic, given that [[hd|seemingly]] similar promises were made last year.

The board also heard that a patient who waited 17 hours on a trolley in September had [[hd|possibly]] suffered harm as a result. A significant adverse event review is under way. [[per|Elphinstone]] said she could not comment on an individual case.

The meeting was told that [[org|Public Health Scotland]] would publish national figures for October next week. [[vs|Officials]] indicated that most mainland boards had seen a similar deterioration, though none as steep as the [[pl|Borders]].

Local MSP [[per|Rachael Dunbar-Fyfe]], who attended as an observer, [[cv|accused]] the [[org|Scottish Government]] of "treating rural boards as an afterthought". A government spokesperson said it had provided an extra £1.2 million to the board for winter pressures and that the health secretary had met the chair, [[per|Gordon Lauder]], earlier this month.

The board agreed to receive a recovery plan at its January meeting. Members also asked for a breakdown of waits by time of day, after [[vs|one director]] [[cv|claimed]] that the longest waits were concentrated overnight, when fewer senior doctors are on site.
"""},

{"id": "b14-en-kaitak", "lang": "en",
 "source": SRC + "Hong Kong English-language property column, real estate: developer's sell-out claim for a new launch, opinion column",
 "text": """
BRICKS & HARBOUR | ‘Sold out in a day’? Look closer at [[pl|Harbour Aurelia]]’s numbers

By [[per|Vivian Szeto Wing-lam]]

Every few months a developer tells us the market is back. This week it was [[org|Grand Meridian Holdings]]’ turn. On Sunday the company [[cv|claimed]] that all 388 flats in the first batch of [[pl|Harbour Aurelia]], its waterfront project at [[pl|Kai Tak]], had been “sold out within hours”, raising HK$3.6 billion. Cue the breathless headlines and the queue photos on social media.

I have no reason to think the flats were not sold. But “sold” in [[pl|Hong Kong]] can mean many things, and a careful reader of the register is entitled to ask a few questions.

First, who bought? According to the transaction records on the [[org|Sales of First-hand Residential Properties Authority]] website, 41 of the flats were bought by buyers listed as company directors or related parties of the developer. That is legal and disclosed. It is also not quite the same as 41 ordinary families queuing in [[pl|Kowloon Bay]] with their deposits.

Second, at what price? [[org|Grand Meridian]] [[cv|insists]] the average price of HK$17,900 per square foot was “in line with the market”. Yet the same brochure shows buyers were offered stamp-duty subsidies, a “cash rebate” of up to 8 per cent and a second-mortgage plan through a company finance arm. [[vs|Agents I spoke to]] reckon the effective discount was [[hd|probably]] closer to 15 per cent. The developer [[cv|denies]] this, and to be fair, [[ne|nobody outside the company can check]] how many buyers took up each offer.

Third, will the sales stick? [[pl|Hong Kong]] has seen launches where a large share of provisional agreements were later cancelled. [[per|Danny Kwok Ho-yin]], a veteran surveyor at [[org|Harbourline Realty]], said he expected cancellations of “maybe 5 to 10 per cent, which would be normal”. Nobody yet knows.

None of this makes [[org|Grand Meridian]] unusual. It is how new flats are sold here. What bothers me is the story we are told about the market. [[vs|Bank economists]] still [[cv|contend]] that prices will bottom out next year as interest rates fall. [[vs|Some analysts]] go further and [[cv|argue]] that [[st|Beijing]]’s latest property measures on the mainland will spill over into [[pl|Hong Kong]] demand. [[hd|Perhaps]]. But secondary-market prices fell another 1.2 per cent in October, according to the [[org|Rating and Valuation Department]], and listings in [[pl|Tseung Kwan O]] and [[pl|Tuen Mun]] keep piling up.

The government, for its part, has said little beyond the usual line that it “monitors the market closely”. [[org|Lands Department]] figures show three more residential sites at [[pl|Kai Tak]] will go to tender in the first half of next year. [[vs|Developers]] are [[hd|reportedly]] lobbying for lower reserve prices.

So, by all means, congratulate [[org|Grand Meridian]] on a good weekend. Just don’t mistake one launch with generous sweeteners for a turning point. The real test comes in the second batch, when the rebates get smaller and the queues, [[hd|presumably]], shorter.
"""},
]

