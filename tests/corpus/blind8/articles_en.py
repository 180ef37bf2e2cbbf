# English articles for blind set 8 (invented events, people and companies). Markup: see build.py.
SRC = "written for ClaimLens blind set 8 (invented events and people); register: "

ARTICLES = [
{
"id": "b8-en-wire", "lang": "en",
"source": SRC + "international wire service, Asia shipping story",
"text": r"""
[[st|Malaysia]] detains tanker over [[hd|suspected]] illegal fuel transfer off [[pl|Johor]]

[[pl|KUALA LUMPUR]], March 4 ([[org|Straits Wire]]) - [[st|Malaysia]]'s maritime agency said on Tuesday it had detained a [[st|Gabon]]-flagged tanker [[hd|suspected]] of carrying out an unauthorised ship-to-ship transfer of fuel in waters off the southern state of [[pl|Johor]], the latest in a string of seizures along one of the world's busiest shipping lanes.

The [[org|Malaysian Maritime Enforcement Agency]] ([[org|MMEA]]) said the 9,800-tonne Nordic Pearl was intercepted on Sunday night about 11 nautical miles east of [[pl|Tanjung Pengelih]] while it was moored alongside another vessel, which sailed away before patrol boats arrived. Its 23 crew members, from [[st|India]], [[st|Myanmar]] and [[st|Indonesia]], were being questioned.

[[per|Ahmad Faizal Rahim]], the agency's director for [[pl|Johor]], told reporters the captain had failed to produce valid documents for a cargo of about 6,000 tonnes of fuel oil. "The master did not inform the authorities of any transfer, and no permit was obtained," he said. He added that the tanker was [[hd|likely]] to be held for at least two weeks while the cargo was sampled.

The vessel's registered owner, [[org|Halden Marine Services]], a company based in [[pl|Dubai]], [[cv|denied]] any wrongdoing. In an emailed statement, it said the transfer was "fully documented" and [[cv|accused]] the agency of "acting on rumours spread by competitors". It [[ne|did not respond to a request for copies of the documents]].

[[vs|According to two shipping industry sources]], the fuel had been loaded from a second tanker that had [[hd|reportedly]] switched off its tracking transponder for several days after leaving the [[pl|Strait of Malacca]]. That account [[ne|could not be independently verified]], and ship-tracking data reviewed by [[org|Straits Wire]] showed gaps for both vessels.

[[st|Washington]] last year [[cv|accused]] a [[pl|Dubai]]-based network of using ageing tankers to move fuel in breach of [[st|U.S.]] sanctions, but [[org|Halden Marine]] was not among the companies it named. A [[st|U.S.]] embassy spokesperson in [[pl|Kuala Lumpur]] declined to comment on the detention.

Under Malaysian law, the master of a vessel found conducting an unauthorised transfer could face a fine of up to 1 million ringgit and two years in prison.

Ship-to-ship transfers are legal in some designated zones but have long been used to disguise the origin of cargoes. [[vs|Analysts]] say enforcement has increased since [[st|Singapore]] and [[st|Malaysia]] agreed in 2023 to share patrol data, though [[vs|several operators]] have [[cv|claimed]] that the crackdown is uneven.

[[vs|Local fishermen]] in [[pl|Pengerang]] have complained for years that anchored tankers leave oil sheens near their fishing grounds. "We see the ships at night, side by side, and then in the morning the water smells of diesel," said [[per|Rosli Hamzah]], who heads a fishermen's cooperative in the area.

The agency said it had detained 14 vessels off [[pl|Johor]] last year, most of them for anchoring without permission. The Nordic Pearl's previous owner, [[org|Eastgate Tankers]], said it had sold the ship in 2022 and had no connection to its current operations.

(Reporting by [[per|Nurul Aina]]; Editing by [[per|David Koh]])
"""},

{
"id": "b8-en-tabloid", "lang": "en",
"source": SRC + "UK tabloid, showbiz exclusive",
"text": r"""
Soap Hunk [[per|Dean Carver]] ‘Hopped on a Bus’ During Charity Marathon, [[vs|Fellow Runners]] [[cv|Claim]]

EXCLUSIVE

By [[per|Kelly Stubbs]], Showbiz Reporter

SOAP hunk [[per|Dean Carver]] has been [[cv|accused]] of hopping on a bus for part of a charity marathon he was sponsored £38,000 to run.

The 34-year-old, who plays bad-boy mechanic Ricky Doyle in hit soap Harbour Lane, crossed the finish line of the Sussex Coastal Marathon in [[pl|Brighton]] last Sunday in just under four hours, punching the air for the cameras.

But [[vs|two fellow runners]] [[cv|claim]] they saw the star board a number 12 bus near the 14-mile mark in [[pl|Hove]] – and step off again four stops later. “He was in full kit with his bib on. We couldn’t believe it,” one told the [[org|Daily Beacon]]. “Half the bus was filming him.”

Blurry footage shared on [[org|TikTok]] [[hd|appears to]] show a man in a yellow vest and race number on the top deck, but his face is hidden by a cap and the clip [[ne|has not been verified]].

Race tracking data posted online [[hd|reportedly]] shows [[per|Carver]] covering one stretch of just over two miles at an average of 19mph – a pace no marathon runner could manage.

[[vs|A source close to the actor]] [[cv|insisted]]: “[[per|Dean]] trained for months for this. He’s gutted anyone would think he’d cheat a charity. The tracker glitched, that’s all.”

His spokesman, [[per|Gary Whitlock]], said the claims were “[[ne|totally baseless]]” and [[cv|accused]] the runners of “chasing clicks”. He [[ne|did not explain the 19mph reading]].

The [[org|Brighter Lungs Trust]], which [[per|Carver]] has backed since his mum was diagnosed with COPD, said it was “aware of the reports” and had not yet received the sponsorship money. “We would never comment on an individual fundraiser,” [[vs|a spokeswoman]] added.

Race organisers [[org|Coastline Events]] said they were “reviewing timing data” for every finisher and that anyone found to have taken a short cut would be disqualified and have their medal withdrawn.

[[vs|It is understood]] [[per|Carver]] has been asked to meet [[org|NorthStar TV]] bosses this week. [[vs|One insider]] said: “They’re livid. The show does a lot of charity stuff and this looks terrible. Nobody is talking about sacking him – yet.”

It is not the first time the telly heart-throb has hit the headlines. Last year he was [[hd|allegedly]] involved in a scuffle outside a [[pl|Soho]] nightclub, though no charges were brought.

Co-star [[per|Jade Amankwah]], who plays his on-screen sister, leapt to his defence on [[org|Instagram]], writing: “People will believe anything. Leave him alone x”.

But [[vs|some fans]] were less forgiving. One wrote under the [[org|TikTok]] clip: “Sponsor me £38k and I’ll get the bus too.”

[[per|Carver]], who grew up in [[pl|Margate]] and started acting at 19, is due to host a charity quiz night in [[pl|London]] next month.

Last night [[vs|a neighbour of the star]] said he had been “out running every morning at 6am”, adding: “Whatever happened on that day, he put the work in.”
"""},

{
"id": "b8-en-midwest", "lang": "en",
"source": SRC + "US regional newspaper (Iowa), local agriculture and environment",
"text": r"""
[[vs|Neighbors]] Say Hog Barn Is Fouling Their Wells; Producer Calls Claims '[[ne|Baseless]]'

By [[per|Jenna Kowalski]], [[org|Courier]] staff writer

[[pl|HARLAN SPRINGS]], [[pl|Iowa]] - [[vs|Three families living east of [[pl|Harlan Springs]]]] say their well water turned cloudy and began to smell weeks after a 4,800-head hog confinement opened a half-mile away last fall.

The operator, [[org|Prairie Gold Pork LLC]], says its concrete manure pit is sealed and inspected, and [[cv|insists]] the barn has nothing to do with the problem.

"We raised three kids on that water. Now I won't give it to the dog," said [[per|Marcy Huebner]], 64, who lives with her husband, [[per|Dale]], on a 160-acre farm on 240th Street.

Tests the couple paid for in January found nitrate levels of 14 milligrams per liter, above the federal drinking-water limit of 10, according to results from a private lab in [[pl|Des Moines]] that they shared with the [[org|Courier]].

[[org|Prairie Gold]] general manager [[per|Travis Lindqvist]] [[cv|contends]] the nitrates [[hd|probably]] come from decades of fertilizer on surrounding cropland. "Every field around here gets fertilized. You can't pin that on one barn that's been open five months," he said. He added that the company's manure is applied to fields under a state-approved plan.

A post in a community [[org|Facebook]] group [[cv|claimed]], [[ne|without evidence]], that the company had been spreading manure on frozen ground at night, which is restricted in [[pl|Iowa]] during parts of the winter. [[per|Lindqvist]] called the post "flat-out false" and said the company keeps GPS records of every application.

The [[org|Iowa Department of Natural Resources]] has received two complaints about the site and plans to inspect it this month, [[vs|a [[org|DNR]] spokesperson]] said.

[[per|Keith Morales]], a hydrologist with [[org|Iowa State University]], said nitrate can move through sandy soils in a matter of weeks. "The timing is [[hd|possibly]] a coincidence, and [[hd|possibly]] not. You would need to test the wells several times over a year to know," he said.

The [[org|Marlow County Board of Supervisors]] approved the confinement 3-2 in 2023 over objections from about 60 residents. Supervisor [[per|Gene Albrecht]], who voted against it, [[cv|alleged]] at a board meeting last week that the company had "cut corners" on the pit's liner. He [[ne|did not say what his information was based on]], and [[per|Lindqvist]] [[cv|denied]] it.

[[vs|Critics]] say [[pl|Iowa]]'s rules give counties little power to block large livestock operations. Under state law, a county may only score a project against a state checklist; the final decision rests with the [[org|DNR]].

[[org|Prairie Gold]] sells its hogs to a packing plant in [[pl|Sioux City]] that exports pork to [[st|Mexico]] and [[st|Japan]]. The company employs 11 people at the site and has [[hd|reportedly]] applied for a permit to build a second barn nearby.

For now, the couple hauls drinking water in jugs from a church in town. "We're not anti-farmer. We are farmers," [[per|Dale Huebner]] said. "We just want somebody to come out here and test the water like it matters."

The [[org|DNR]] inspection could take place as early as next week, [[vs|the spokesperson]] said.
"""},

{
"id": "b8-en-cbc", "lang": "en",
"source": SRC + "Canadian public broadcaster website, regional news (northwestern Ontario)",
"text": r"""
[[org|Mishkwaa Lake First Nation]]’s Boil-Water Advisory Hits 5 Years as Contractor, [[st|Ottawa]] Trade Blame

Chief says $14M treatment plant never worked properly; builder says community lacks trained operators

[[per|Sarah Kakegabon]] · [[org|CBC News]] · Posted: Feb 21, 4:00 AM ET | Last Updated: Feb 21

A northwestern [[pl|Ontario]] First Nation has now gone five years without safe tap water, and its chief says a treatment plant that was supposed to end the advisory has never worked properly.

Chief [[per|Marlene Wabasse]] of [[org|Mishkwaa Lake First Nation]], about 250 kilometres north of [[pl|Thunder Bay]], [[cv|alleges]] that the contractor that built the $14-million plant, [[org|Norcan Water Systems]] of [[pl|Sudbury]], installed filters that were too small for the community.

“They built it for a village of 300. We have 900 people living here,” she told [[org|CBC News]]. “Every time the demand goes up, the plant shuts down and we’re back to boiling.”

[[org|Norcan]] president [[per|Brent Haavisto]] [[cv|denied]] that the filters were undersized. In a statement, he [[cv|maintained]] that the plant “meets every specification in the contract” and said the problems stem from a lack of certified operators in the community. The plant, he said, was [[hd|probably]] being run well above its design capacity.

[[vs|A former [[org|Norcan]] employee]], who asked not to be named because he still works in the industry, said the company [[hd|apparently]] chose a smaller filtration unit to stay within budget. [[org|CBC News]] [[ne|has not been able to verify]] that account.

Internal emails obtained by [[org|CBC News]] through an access-to-information request show that an engineer hired by the federal government flagged “capacity concerns” in 2019, before construction began.

[[org|Indigenous Services Canada]] ([[org|ISC]]) said in an email that the plant’s design had been reviewed by a third-party engineer and that [[st|Ottawa]] had spent more than $2 million on repairs and operator training since 2022. [[vs|A department spokesperson]] said a new assessment was “under way”, but would not say when it would be finished.

The federal government promised in 2015 to end all long-term drinking water advisories on reserves. Dozens remain in effect, most of them in [[pl|Ontario]].

For residents, the dispute is abstract. Elder [[per|Joseph Meekis]], 78, still boils water on a wood stove every morning. “My grandchildren have never drunk from the tap. They think water comes in bottles,” he said.

[[vs|Some band councillors]] say the community has been caught between a contractor and a department that each [[cv|blame]] the other. [[per|Wabasse]] [[cv|accused]] [[org|ISC]] of “hiding behind consultants” and said she wanted the plant rebuilt, not repaired again.

[[pl|Ontario]]’s [[org|Ministry of the Environment, Conservation and Parks]] said water on reserves falls under federal jurisdiction and that it had not been asked to inspect the plant.

[[per|Haavisto]] said [[org|Norcan]] had offered to train two local operators at no cost. [[per|Wabasse]] said she had never received that offer in writing.

Bottled water is flown in from [[pl|Sioux Lookout]] at a cost the band says runs to $40,000 a month.
"""},

{
"id": "b8-en-philippines", "lang": "en",
"source": SRC + "Philippine national daily, regions and politics",
"text": r"""
'Ghost' Dikes? [[pl|Pampanga]] Solon [[cv|Denies]] Pocketing Flood-Control Funds

By [[per|Mika Dizon]]

[[pl|SAN FERNANDO]], [[pl|Pampanga]] - A first-term congressman from [[pl|Pampanga]] on Monday [[cv|denied]] allegations that at least four flood-control projects in his district, worth a combined P312 million, exist only on paper.

Rep. [[per|Ramon Tuazon]] of the province's 4th District called the accusations "pure politics" and said all four dikes along the [[pl|Pampanga River]] were "completed, inspected and paid for in accordance with law."

The allegations were first raised last week by [[org|Bantay Pondo]], a civic group based in [[pl|Quezon City]], which [[cv|claimed]] that drone footage taken in September showed no structures at three of the four sites. The group [[ne|has yet to release the footage]] to the media or to the [[org|Commission on Audit]] ([[org|COA]]).

Its convenor, [[per|Teresita Dungo]], [[cv|insisted]] the videos would be made public "at the proper time." "We have coordinates, we have dates. The dikes are simply not there," she said in Filipino.

[[vs|Residents of [[pl|Barangay San Roque]]]] in [[pl|Macabebe]] town, one of the sites named by the group, said they had never seen construction crews in the area. "Walang dike dito. Tuwing may bagyo, lubog kami (There is no dike here. Every time there's a storm, we go under)," said fish vendor [[per|Nestor Mercado]], 58.

The [[org|Department of Public Works and Highways]] ([[org|DPWH]]) regional office in [[pl|Central Luzon]] said in a statement that the projects were "substantially completed" in 2023. But [[vs|a [[org|DPWH]] engineer who asked not to be named]] said at least one contract was [[hd|allegedly]] marked complete before any work began.

Engr. [[per|Liza Manalo]], the [[org|DPWH]] district engineer, said site inspection reports were available "to any authorized body," but [[ne|declined to release them to reporters]].

[[per|Tuazon]], who [[cv|accused]] [[org|Bantay Pondo]] of being "funded by my political rivals," said he would welcome an audit. He [[ne|did not name the rivals]].

[[st|Malacañang]] said it would leave the matter to the [[org|Office of the Ombudsman]], which has [[hd|reportedly]] opened a preliminary inquiry. Sen. [[per|Paolo Villarin]] has filed a resolution seeking a [[org|Senate]] investigation into flood-control spending in [[pl|Central Luzon]], where several towns stayed submerged for more than a week after Typhoon Dindo in July.

Part of the funding for the dikes came from a loan by the [[org|Asian Development Bank]], according to budget documents reviewed by this paper.

The [[st|Philippines]] is hit by an average of 20 typhoons a year, and flood control is among the largest items in the public works budget. [[vs|Budget watchdogs]] say the sheer number of small projects makes them hard to monitor: more than 5,000 flood-control contracts were awarded nationwide last year.

In [[pl|Macabebe]], the water from July has receded, but the mud lines on the walls of the barangay hall are still visible, about a meter and a half above the floor.
"""},

{
"id": "b8-en-jamaica", "lang": "en",
"source": SRC + "Jamaican daily, sports pages: regional first-class cricket report",
"text": r"""
Ball-Tampering Row at [[pl|Sabina Park]] as [[org|Kestrels]] [[cv|Accuse]] [[org|Marlins]] Pacer

By [[per|Andre Whyte]], Sports Writer

A bad-tempered second day at [[pl|Sabina Park]] ended in controversy yesterday when the [[org|Kingston Kestrels]] [[cv|accused]] [[org|St Elizabeth Marlins]] fast bowler [[per|Shamar Lindo]] of tampering with the ball in their Island Four-Day Championship clash.

[[org|Kestrels]] captain [[per|Romaine Beckford]] [[cv|claimed]] that television replays showed [[per|Lindo]] “working on the seam with his thumbnail” between the 58th and 61st overs, shortly before the ball began to reverse sharply. The [[org|Kestrels]] slid from 188 for three to 231 all out, with [[per|Lindo]] taking five for 47.

“It’s not sour grapes. Everybody in the ground saw what happened,” [[per|Beckford]] told reporters after stumps.

The on-field umpires, [[per|Desmond Reid]] and [[per|Clive Barrett]], changed the ball at the start of the 62nd over but did not award the five-run penalty that the Laws allow when a fielding side is found to have altered its condition. Match referee [[per|Winston Blake]] confirmed he had received a written complaint and would review the footage before today’s play.

[[org|Marlins]] coach [[per|Horace DaCosta]] [[cv|rejected]] the allegation as “nonsense” and [[cv|insisted]] the ball had been replaced only because it had gone out of shape. “Nobody came to us with anything during the game. If they have proof, let them show it,” he said.

The replays, broadcast on [[org|IslandSport TV]], [[hd|seemingly]] show [[per|Lindo]]’s hand close to the ball as he walks back to his mark, but the camera angle is poor and the seam itself is never in view. [[vs|Some [[org|Kestrels]] players]] [[cv|claimed]] privately that the [[org|Marlins]] had been warned about the state of the ball in an earlier match in [[pl|Montego Bay]], though [[ne|no record of any such warning]] has been made public.

Under [[org|Cricket West Indies]] ([[org|CWI]]) regulations, a ball-tampering charge could bring a suspension of up to four matches. A [[org|CWI]] statement last night said only that “due process will be followed”.

The timing could hardly be worse for [[per|Lindo]]. The 23-year-old from [[pl|Black River]], who has taken 31 wickets in five matches this season, [[vs|is believed to]] be on the shortlist for a [[org|West Indies A]] tour of [[st|Sri Lanka]] next month.

“[[per|Shamar]] is a clean cricketer. He bowls fast and he swings it, and some people don’t like that,” [[per|DaCosta]] said.

On the field, the [[org|Marlins]] closed on 112 for two in reply, with opener [[per|Kirk Salmon]] unbeaten on 58. The pitch [[hd|appears to]] be flattening out, and [[vs|groundsmen]] expect it to offer little to the bowlers over the final two days.

The [[org|Marlins]] need a win to stay in contention for the title; [[org|Kestrels]] coach [[per|Dwight Forbes]] said his side would “let the cricket do the talking”.

Play resumes at 10 a.m.
"""},

{
"id": "b8-en-malta", "lang": "en",
"source": SRC + "Maltese English-language daily, live updates on a building collapse",
"text": r"""
[[pl|Gżira]] building collapse: [[vs|residents]] say they warned of cracks for months

Live updates | Last updated 13:42

13:42 — Developer [[cv|denies]] ignoring warnings

[[org|Kordin Heights Developments]], the company excavating the plot next to the collapsed block on [[pl|Rue d'Argens]], has [[cv|denied]] that it ignored complaints from residents. In a statement, it said all works were "fully compliant" with permits issued by the [[org|Planning Authority]] and [[cv|insisted]] that the neighbouring building "had serious structural defects long before excavation started". It [[ne|did not provide any survey]] to support that claim.

13:15 — 'We reported cracks three times'

[[vs|Residents of the block]] say they reported widening cracks in the stairwell to the [[org|Building and Construction Authority]] ([[org|BCA]]) in January, in March and again last week. "They came, they took photos, nothing happened," said [[per|Doris Zammit]], 71, who lived on the second floor for 40 years. The [[org|BCA]] has not confirmed receiving the complaints.

12:50 — Magistrate opens inquiry

Magistrate [[per|Charmaine Vella Borg]] has opened an inquiry and appointed two architects to examine the site. Perit [[per|Joseph Camilleri]], one of the court experts, was seen on the rubble shortly after noon. The magistrate later left for the law courts in [[pl|Valletta]].

12:20 — What we know so far

• Nobody was injured. The building's eight families had [[hd|apparently]] left about an hour before the collapse after a neighbour heard creaking, according to the [[org|Civil Protection Department]].
• The adjacent plot is being excavated for a 12-storey hotel.
• [[vs|Police sources]] said the site's contractor had been told to stop works twice last year, once for operating outside permitted hours.

11:55 — NGO calls for moratorium

The residents' group [[org|Moviment Ħarsien Bini]] [[cv|claimed]] that at least 30 buildings in [[pl|Gżira]] and [[pl|Msida]] show similar cracks near construction sites, [[ne|without listing them]]. It called for a moratorium on excavations next to occupied homes.

11:30 — Minister: 'Nobody is above the law'

Public Works Minister [[per|Clayton Farrugia]] said any developer found responsible "will face the full consequences". [[vs|Sources close to the ministry]] said the minister was [[hd|likely]] to announce tighter rules on excavation near old buildings by the end of the month.

11:02 — Building partially collapses

A four-storey residential block on [[pl|Rue d'Argens]] partially collapsed at around 10:45, sending a cloud of dust across the street. The [[org|Armed Forces of Malta]] and civil protection teams were at the scene within minutes. [[vs|Witnesses]] said the back wall "just folded" into the excavation next door.

Background

[[st|Malta]]'s construction boom has brought a string of collapses in recent years, several of them next to excavation sites. Rules introduced in 2019 require developers to submit a method statement and a condition report on neighbouring properties before digging. [[vs|Critics]] [[cv|contend]] that these reports are rarely checked on site.
"""},

{
"id": "b8-en-hongkong", "lang": "en",
"source": SRC + "Hong Kong English-language daily, city news (transport)",
"text": r"""
Minibus Operator [[cv|Blames]] Mainland Battery Maker for [[pl|Kowloon Bay]] Fire; Supplier Cries Foul

[[org|Transport Department]] orders checks on 38 electric minibuses of the same model

[[per|Natalie Kwok]]
Published: 7:15pm, 3 Jun

The operator of an electric minibus that caught fire at a [[pl|Kowloon Bay]] terminus on Sunday night has [[cv|claimed]] the blaze started in a battery pack “with a known defect”, an accusation its mainland supplier has [[cv|denied]].

Nobody was on board when the 19-seat public light bus went up in flames shortly after 11pm. The driver, who had stepped out to buy a drink, returned to find smoke pouring from beneath the rear seats. Firefighters took about 40 minutes to put out the blaze.

At a press conference in [[pl|Mong Kok]] on Monday, [[per|Kenneth Lau Wing-kei]], general manager of [[org|Golden Harbour Minibus Company]], said the battery had been supplied by [[org|Shenzhen Voltek Energy]] and that “people in the industry have known about this problem for a year”. [[per|Lau]] [[ne|offered no evidence]] for that claim and declined to say which other operators had experienced problems.

In a statement posted on [[org|WeChat]], [[org|Voltek]] [[cv|denied]] that any of its battery packs had a design defect. The company [[cv|insisted]] the fire was [[hd|probably]] caused by a third-party charging unit installed at the terminus, and said it had sent engineers to [[pl|Hong Kong]] to assist the investigation.

The [[org|Fire Services Department]] said the cause of the fire was still under investigation. [[vs|It is understood]] that investigators are examining both the battery pack and the charger, which was installed by a separate contractor in March.

The [[org|Transport Department]] on Monday ordered inspections of all 38 minibuses of the same model, the E-Lin 19, currently licensed in the city. Thirty of them run on routes operated by [[org|Golden Harbour]].

[[org|Legislative Council]] member [[per|Dominic Ho Chun-yat]] [[cv|accused]] the department of “rushing” electric minibuses onto the roads to meet green targets without adequate safety checks. “The public deserves to know whether these vehicles were tested properly before they carried passengers,” [[per|Ho]] said.

[[vs|Some drivers]] said they had noticed battery warning lights during hot afternoons in May. One driver on the [[pl|Kwun Tong]] route, who gave only his surname, [[per|Chan]], said the cooling fans “sometimes sound like a hairdryer”.

The [[hd|suspected]] battery fault has revived questions about the government’s plan to replace all diesel minibuses with electric or hydrogen models by the mid-2030s. [[org|Voltek]], founded in 2016, supplies batteries to bus makers in [[st|China]] and [[pl|Southeast Asia]], and its products have benefited from [[st|Beijing]]’s subsidies for new-energy vehicles.

[[vs|A spokesman for [[org|Golden Harbour]]]] said its remaining electric minibuses would stay off the road until the inspections were completed, which could take up to two weeks.
"""},

{
"id": "b8-en-science", "lang": "en",
"source": SRC + "science desk of an international news site, explainer",
"text": r"""
Explainer: What We Know — and Don’t — About [[org|Voltaris]]’s ‘Sodium-Air’ Battery Breakthrough

[[org|Voltaris Labs]], a start-up based in [[pl|Tucson]], [[pl|Arizona]], made headlines this week when it [[cv|claimed]] to have built a rechargeable sodium-air cell that stores five times as much energy per kilogram as today’s best lithium-ion batteries. Here is what we know, and what we don’t.

What exactly has the company [[cv|claimed]]?

In a press release and a 12-page white paper, [[org|Voltaris]] [[cv|asserts]] that its prototype, called the VX-1, reached an energy density of about 1,300 watt-hours per kilogram and survived 500 charge cycles with little loss of capacity. Chief executive Dr. [[per|Marcus Okoye]] described it as “the battery the electric aviation industry has been waiting for.”

Has anyone checked?

Not yet. The figures come from the company’s own tests and [[ne|have not been independently verified]]. [[org|Voltaris]] has not submitted its work to a peer-reviewed journal, and it [[ne|has not released the raw cycling data]] that other labs would need to assess it.

Why are scientists cautious?

Metal-air batteries have looked promising in the laboratory for decades, but they have struggled with side reactions that eat away at the electrodes after a few dozen cycles. “Five hundred cycles at that energy density would be extraordinary,” said [[per|Ingrid Solheim]], who studies electrochemistry at the [[org|Norwegian University of Science and Technology]]. “It’s not impossible. But extraordinary claims need extraordinary data.”

[[vs|Several electrochemists contacted for this explainer]] said the white paper [[hd|seems to]] report energy density for the electrode material alone rather than for the whole cell, including its casing and electrolyte. That would make the headline figure look far better than a finished battery could achieve.

So is there anything to it?

[[hd|Possibly]]. Sodium is cheap and abundant, and several groups are working on sodium-air designs. [[per|Solheim]] said the company’s electrode coating, described only in general terms, “might be genuinely new”.

Who is paying for it?

[[org|Voltaris]] [[cv|claims]] to have received a $4 million grant from the [[org|US Department of Energy]]. [[vs|A department spokesperson]] confirmed an award of $1.2 million in 2023 for “early-stage research” but said the department had not evaluated the company’s latest results. The company has also [[hd|reportedly]] raised about $30 million from private investors.

Why does it matter?

Cheaper, lighter batteries would help electric trucks, ships and aircraft. [[st|China]] dominates the global battery supply chain, and the [[st|United States]] and the [[org|European Union]] are spending billions to build their own.

What happens next?

[[per|Okoye]] said [[org|Voltaris]] would send sample cells to two national laboratories “within weeks”. Until those results are published, [[vs|experts]] say, the announcement is best treated as promising but unproven.
"""},

{
"id": "b8-en-mauritius", "lang": "en",
"source": SRC + "regional news site (Indian Ocean), neutral election explainer",
"text": r"""
Explainer: What to Know Before Saturday's Municipal Elections in [[st|Mauritius]]

[[pl|PORT LOUIS]] - Voters in five towns across [[st|Mauritius]] go to the polls on Saturday to elect municipal councillors, the first such vote in more than five years. Here is a guide to how it works and what is at stake.

Who votes, and for what?

About 480,000 registered voters in [[pl|Port Louis]], [[pl|Beau Bassin-Rose Hill]], [[pl|Quatre Bornes]], [[pl|Vacoas-Phoenix]] and [[pl|Curepipe]] will choose 120 councillors. Each town is divided into wards, and each ward elects three councillors. The new councils then elect their mayors and deputy mayors.

Who is running?

Two main blocs are contesting every ward: the [[org|Alliance Citoyenne]], which is allied with the governing coalition, and the opposition [[org|Rassemblement Progressiste]] ([[org|RP]]). About 90 independent candidates are also standing. In the capital, the [[org|Alliance]] list is led by former deputy mayor [[per|Priya Ramdin]], and the [[org|RP]] list by lawyer [[per|Jean-Noël Laval]].

What are the main issues?

Flash flooding in [[pl|Port Louis]] and [[pl|Curepipe]], waste collection, the state of town markets and the cost of parking. Both blocs have promised to upgrade drains; neither has said in detail how the work would be funded.

What about the voter register?

[[vs|[[org|RP]] leaders]] have [[cv|claimed]], [[ne|without providing evidence]], that several thousand "ghost voters" remain on the register in [[pl|Curepipe]] and [[pl|Quatre Bornes]]. The [[org|Electoral Supervisory Commission]] has [[cv|rejected]] the claim, saying the register was revised in March and displayed for public inspection for six weeks. [[per|Laval]] [[cv|maintains]] that objections filed during that period were "ignored".

Are there opinion polls?

No independent polls have been published. Claims by both camps that they are heading for "a clean sweep" therefore [[ne|cannot be checked]]. [[vs|Observers]] expect turnout to be low, [[hd|probably]] under 50%, as in past municipal votes.

How does counting work?

Ballots are counted by hand at centres in each town on Sunday morning, in the presence of party agents. Results are [[hd|likely]] to be known by Sunday evening. The [[org|Electoral Commissioner's Office]] publishes ward results on its website as they are confirmed.

Why does it matter beyond the towns?

Municipal councils have limited powers and budgets, but the vote is the first test for the coalition since the general election. [[vs|Some commentators]] describe it as a referendum on the government's handling of the floods, a framing the [[org|Alliance Citoyenne]] [[cv|disputes]].

What happens if a result is contested?

Candidates can petition the [[org|Supreme Court]] within 21 days. Past challenges have rarely changed outcomes.

Are there international observers?

No. Observers from the [[org|African Union]] and [[org|SADC]] attended the last general election, but none are expected for the municipal vote.
"""},
]
