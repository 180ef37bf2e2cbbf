# English articles for blind set 4 (invented events, people, companies, NGOs).
# Markup: see build.py.
SRC = "written for ClaimLens blind set 4 (invented events and people); register: "

ARTICLES = [
{
"id": "b4-en-airline", "lang": "en", "source": SRC + "wire service, Latin America",
"text": r"""
Brazilian Regional Airline Grounds Jets After Cracks Found in Engine Mounts

[[pl|SAO PAULO]], May 6 ([[org|Reuters]]) - Brazilian regional carrier [[org=voasul|Voa Sul Linhas Aéreas]] has grounded nine of its 14 turboprop aircraft after inspectors found cracks in engine mounts, the country's civil aviation regulator said on Tuesday, as pilots' union [[org=sna|SNA]] [[cv|accused]] the airline of ignoring earlier warnings.

The [[org=anac|National Civil Aviation Agency]] ([[org=anac|ANAC]]) said the cracks were discovered during a scheduled inspection at the airline's maintenance base in [[pl|Londrina]], in [[pl|Parana]] state, and that no incident had been reported. [[org=voasul|Voa Sul]], which flies mainly between mid-sized cities in southern [[st|Brazil]], has cancelled about 60 flights this week.

The [[org=sna|Sindicato Nacional dos Aeronautas]] ([[org=sna|SNA]]) [[cv|claimed]] in a statement that crews had reported unusual vibrations on at least three aircraft since January and that the company had kept the planes flying "to protect its summer schedule." The union [[ne|did not provide documents to back the claim]], and [[org|Reuters]] [[ne|could not independently verify]] it.

[[org=voasul|Voa Sul]] [[cv|denied]] that it had ignored any warning. "Every report from our crews was logged and investigated, and none pointed to a structural issue," chief executive [[per|Rodrigo Amaral Teixeira]] told reporters in [[pl|Curitiba]]. He [[cv|insisted]] the grounding was "a precaution, not a sign of danger."

[[vs|Two people familiar with the inspection]] said the cracks [[hd|appeared to]] originate from a batch of mounts supplied by a European subcontractor in 2021. [[vs|One of them]] said other operators of the same aircraft type, including carriers in [[st|Argentina]] and [[st|Colombia]], were [[hd|likely]] to be asked to carry out checks. The manufacturer, [[pl|Toulouse]]-based [[org|ATR]], declined to comment.

Shares of [[org=voasul|Voa Sul]]'s parent company, [[org|Grupo Meridional]], fell 7.8% in [[pl|Sao Paulo]] trading. The company said it expected to return most of the fleet to service within two weeks, pending replacement parts, and that ticket refunds would be paid from its own cash rather than other sources of revenue.

It is the second safety scare for a Brazilian regional operator this year. In February, [[org=anac|ANAC]] suspended the certificate of a small air-taxi firm in [[pl|Mato Grosso]] after what it described as "serious maintenance failures". That firm has since appealed.

The grounding comes at a sensitive moment for regional aviation in [[st|Brazil]], where the government has promised to expand subsidised routes to smaller cities. [[vs|Analysts]] said the episode could complicate [[org=voasul|Voa Sul]]'s bid for new routes in the northeast, due to be awarded in August.

(Reporting by [[per|Ana Lúcia Prado]]; Editing by [[per|Tom Hargreaves]])
"""},
{
"id": "b4-en-windfarm", "lang": "en", "source": SRC + "regional daily (UK)",
"text": r"""
[[vs|Residents]] Say Wind Farm Noise Is Making Them Ill as Developer [[cv|Disputes]] Claims

[[vs|Families living near a new wind farm]] on the edge of the [[pl|Eden Valley]] say a persistent low hum from the turbines is keeping them awake at night, with [[vs|some]] [[cv|claiming]] it has caused headaches and nausea.

The 12-turbine wind farm at [[pl|Fellgate Moor]], near [[pl|Kirkby Stephen]], began generating in March. Since then [[org|Westmorland and Furness Council]]'s environmental health team has received 31 noise complaints, according to figures obtained by the [[org|Herald]] under the Freedom of Information Act.

Retired teacher [[per=holloway|Margaret Holloway]], who lives less than a mile from the nearest turbine, said she had not slept properly for weeks. "It's like a lorry idling outside your bedroom window, all night," she said. Her neighbour, [[per|Dave Kitching]], [[cv|claims]] the noise is worse when the wind comes from the east and [[cv|alleges]] the turbines have been running above their permitted output.

The developer, [[org=northstar|Northstar Renewables]], strongly [[cv|denies]] any breach. In a statement, the company, which also maintains the access track used by local farmers, said independent monitoring carried out in April showed noise levels "well within" the limits set by the planning permission, and [[cv|insisted]] there was "[[ne|no credible evidence]]" linking the turbines to health problems.

However, the monitoring report [[ne|has not been published]], and the company [[ne|has not said who carried it out]]. Campaigners have asked for the raw data.

Dr [[per|Priya Raman]], a public health consultant at [[org|Newcastle University]], said low-frequency noise was "a genuine nuisance" but that the evidence it directly causes illness was "weak and contested". "Sleep disruption itself can make people feel unwell, so the symptoms may well be real, even if the mechanism is not what residents believe," she said.

Local councillor [[per|Andrew Pye]] said the council would commission its own measurements. "If the operator is right, it has nothing to fear," he said. [[vs|Some residents]] suspect the council is reluctant to act because it receives a share of the scheme's community fund, a claim the authority [[cv|rejects]].

[[org=northstar|Northstar]] said it was "happy to meet residents" and would install additional monitoring equipment at two properties along the [[pl|River Eden]] this summer. The company has built four other wind farms in northern [[st|England]] and [[st|Scotland]] without a single upheld noise complaint, it said.

Meanwhile, a petition calling for the turbines to be switched off at night has gathered more than 900 signatures. Organiser [[per=holloway|Holloway]] said she would present it at the next full council meeting in [[pl|Kendal]].
"""},
{
"id": "b4-en-shortseller", "lang": "en", "source": SRC + "business paper",
"text": r"""
Cultivated-Meat Maker [[org=verdant|Verdant Protein]] Slumps After Short Seller [[cv|Alleges]] Inflated Capacity

Shares in [[org=verdant|Verdant Protein]] fell 23% on Wednesday after short seller [[org=bwr|Blackwater Ridge Research]] [[cv|alleged]] that the cultivated-meat company had overstated the capacity of its flagship plant in the [[st|Netherlands]] by more than half.

In a 54-page report, [[org=bwr|Blackwater Ridge]] [[cv|claimed]] that the [[pl|Rotterdam]] facility, which [[org=verdant|Verdant]] has told investors can produce 2,000 tonnes of cultured chicken a year, was running at "a fraction" of that level, citing satellite imagery, shipping records and interviews with five former employees. The firm disclosed that it holds a short position in the stock.

[[org=verdant|Verdant]], which listed on the [[org|Nasdaq]] in 2023, [[cv|rejected]] the allegations as "[[ne|baseless]] and misleading" and said it would "explore all legal options". Chief executive [[per|Hanna Lindqvist]] told analysts on a hastily arranged call that the plant's output had been audited by an outside firm. She [[ne|did not name the auditor]].

Short sellers profit when a share price falls, and companies targeted by such reports frequently [[cv|accuse]] them of spreading misinformation. Still, [[vs|several analysts]] said the report raised questions that management needed to answer. "The claims are serious, and some of the shipping data is hard to explain away," said [[per|Marcus Feld]], an analyst at [[org|Hollister & Crane]], who has a "hold" rating on the stock.

[[vs|According to people familiar with the matter]], the [[org=sec|U.S. Securities and Exchange Commission]] had already sent [[org=verdant|Verdant]] a request for information about its production figures before the report was published. The [[org=sec|SEC]] declined to comment. [[org=verdant|Verdant]] said it was "not aware" of any inquiry.

[[st|The Hague]], which provided a €35 million grant for the [[pl|Rotterdam]] plant in 2022, said it had no indication of irregularities. The [[org|Netherlands Enterprise Agency]], which administers the grant, said it would review [[org=verdant|Verdant]]'s latest progress report.

The stock, which had already lost 40% of its value since January amid doubts over the economics of lab-grown meat, closed at $4.12. Some investors [[hd|appear to]] be betting on further falls: short interest has more than doubled in a month, data from [[org|S&P Global Market Intelligence]] showed.

[[org=bwr|Blackwater Ridge]], founded in 2019 by former hedge fund manager [[per|Colin Achterberg]], has published reports on 11 companies. Four of them later restated their accounts. The firm has also been wrong before: a 2022 campaign against a Swiss battery start-up collapsed after regulators found no wrongdoing.
"""},
{
"id": "b4-en-chef", "lang": "en", "source": SRC + "tabloid",
"text": r"""
TV Chef [[per=marsh|Danny Marsh]] 'Owes Staff Thousands' as Kitchen Row Boils Over

CELEBRITY chef [[per=marsh|Danny Marsh]] is at the centre of a furious row after [[vs|former staff]] [[cv|claimed]] they were left thousands of pounds out of pocket when his flagship restaurant suddenly shut its doors.

The telly favourite, 46, [[hd|allegedly]] owes more than £60,000 in unpaid wages to cooks and waiters at [[org|Marsh & Flame]] in [[pl|Manchester]]'s [[pl|Northern Quarter]], which closed without warning last month.

[[vs|One former sous chef]], who asked not to be named, told us: "We turned up on a Monday and the locks had been changed. [[per=marsh|Danny]] was on telly that same night grinning away. Nobody has seen a penny since."

[[vs|Another ex-employee]] [[cv|claims]] [[per=marsh|Marsh]] personally promised staff they would be paid "by Friday" in a [[org|WhatsApp]] group — but the messages, seen by this paper, [[ne|do not mention any date]].

[[vs|A source close to the chef]] [[cv|insisted]] he was "devastated" by the closure and blamed the restaurant's collapse on soaring energy bills and a business partner who "let him down badly". "[[per=marsh|Danny]] is the victim here, not the villain," [[vs|the pal]] said.

[[vs|[[per=marsh|Marsh]]'s representatives]] [[cv|deny]] he owes anything personally, saying the debts belong to the company, [[org|Flame Hospitality Ltd]], which has since gone into administration. Documents filed at [[org|Companies House]] show the firm owed creditors almost £410,000.

It is not the first time the chef's business dealings have raised eyebrows. In 2021, a pop-up in [[pl|Leeds]] [[hd|reportedly]] closed after just six weeks, with [[vs|suppliers]] [[cv|claiming]] they were never paid. Those claims were later settled out of court.

[[per=marsh|Marsh]], who shot to fame on Saturday-night cookery show Kitchen Kings, [[vs|is said]] to be "lying low" at his £2million [[pl|Cheshire]] mansion with wife [[per|Kayleigh]]. [[vs|Pals]] say he is desperate to get back on screen — but [[vs|TV bosses]] are [[hd|reportedly]] "in no rush" to renew his contract.

Waitress [[per|Chloe Barnes]], 23, who worked at the restaurant for two years, said she had been forced to move back in with her mum. "He used to call us his family," she said. "Family doesn't do this."

The [[org|Insolvency Service]] confirmed it was looking into the collapse. [[per=marsh|Marsh]] did not respond to requests for comment last night.
"""},
{
"id": "b4-en-smartlock", "lang": "en", "source": SRC + "tech news site",
"text": r"""
Smart-Lock Maker [[org=keyhaven|Keyhaven]] [[cv|Denies]] Breach as [[vs|Hackers]] [[cv|Claim]] to Sell 2 Million Customer Records

[[org=keyhaven|Keyhaven]], the [[pl|Berlin]]-based maker of app-controlled door locks, says its systems have not been compromised, despite a post on a cybercrime forum in which a group calling itself [[org=shadow|ShadowLatch]] [[cv|claims]] to be selling the personal data of two million of its customers.

The listing, which appeared on Monday, offers what it describes as names, email addresses, home addresses and "lock activity logs" for $45,000 in cryptocurrency. A sample of 500 records posted alongside it [[ne|could not be independently verified]], though three of the email addresses we checked were real and belonged to people who confirmed they owned [[org=keyhaven|Keyhaven]] locks.

That [[ne|does not prove]] a breach. Security researcher [[per|Tomás Echeverría]], who tracks data-leak forums, said the sample [[hd|appeared to]] be a mix of genuine and fabricated entries. "It's common for sellers to pad old leaks with scraped data to make them look fresher," he said. "These guys have a history of exaggerating."

[[org=keyhaven|Keyhaven]] [[cv|insisted]] in a statement that "no customer database has been accessed" and that lock commands are end-to-end encrypted, meaning that even if the data were genuine, an attacker could not open doors remotely. The company said it had brought in outside investigators and informed [[st|Germany]]'s [[org=bsi|Federal Office for Information Security]] ([[org=bsi|BSI]]) as a precaution.

But some users are not reassured. On [[org|Reddit]], [[vs|several owners]] [[cv|claimed]] their locks had been unlocking and relocking at odd hours in recent weeks, something [[org=keyhaven|Keyhaven]] attributes to a firmware bug it patched in September. [[vs|Others]] [[cv|allege]] the company was slow to disclose a smaller incident last year, when a third-party support contractor was [[hd|reportedly]] hacked.

The [[org=bsi|BSI]] confirmed it had been contacted but declined to comment further. Under the [[org|EU]]'s General Data Protection Regulation, companies must notify regulators within 72 hours of discovering a breach that puts personal data at risk.

[[org=shadow|ShadowLatch]] first surfaced in 2023 and has [[cv|claimed]] responsibility for leaks at a Brazilian e-commerce platform and a Canadian dental chain, according to threat intelligence firm [[org|Greyline Security]]. In at least one of those cases, the data turned out to have been recycled from an earlier breach.

For now, [[org=keyhaven|Keyhaven]] is advising customers to change their app passwords and enable two-factor authentication. Its shares, listed in [[pl|Frankfurt]], were down 4% in early trading on Tuesday.

Founded in 2016 by [[per|Lena Hartwig]], the company says its locks are installed in more than 600,000 homes across [[st|Germany]], [[st|Austria]] and the [[st|Netherlands]]. It launched in [[st|Britain]] last year.
"""},
{
"id": "b4-en-seabed", "lang": "en", "source": SRC + "science desk",
"text": r"""
Deep-Sea Mining Plumes Travel Farther Than [[vs|Companies]] [[cv|Claimed]], Study Finds

Clouds of sediment stirred up by deep-sea mining machines can drift more than 100 kilometres from where they are released, far beyond the distances assumed in industry environmental assessments, according to a study published on Thursday in the journal [[org|Nature Geoscience]].

The research, led by oceanographers at the [[org|University of Hawaii at Manoa]] and the [[org|National Oceanography Centre]] in [[pl|Southampton]], tracked plumes created during a 2022 test in the [[pl|Clarion-Clipperton Zone]], a vast stretch of the [[pl|Pacific]] seabed between [[pl|Hawaii]] and [[st|Mexico]] that is rich in potato-sized polymetallic nodules.

"We found fine particles settling over an area roughly five times larger than the company models predicted," said lead author Dr [[per=kahale|Leilani Kahale]]. The team used sensors moored on the seafloor for eight months, and the findings have been peer-reviewed.

[[vs|Mining companies]] have long [[cv|maintained]] that plumes would settle quickly and close to the mining site. [[org|Pacific Nodule Resources]], a Canadian-registered firm that holds an exploration licence in the zone, [[cv|insisted]] on Thursday that the study relied on "outdated equipment" and that its own next-generation collector produced "negligible" plumes. It [[ne|did not release data]] to support that assertion.

The study comes as the [[org=isa|International Seabed Authority]] ([[org=isa|ISA]]), the [[org|UN]]-affiliated body that regulates mining in international waters, meets in [[pl|Kingston]], [[st|Jamaica]], to try to finalise a mining code. Several countries, including [[st|France]] and [[st|Chile]], have called for a moratorium. Others, among them [[st|Nauru]], [[cv|argue]] that the industry could supply metals needed for electric-vehicle batteries with a smaller footprint than land-based mines.

[[vs|Independent scientists]] not involved in the work said it was the most detailed field measurement of plumes to date, but cautioned that a single test could not capture how sediment would behave over years of commercial mining. "It's a strong paper, but it's one site and one season," said [[per|Jonas Weber]], a marine geochemist at the [[org|GEOMAR Helmholtz Centre for Ocean Research]] in [[pl|Kiel]].

[[vs|Some researchers]] suspect the effects on filter-feeding animals, such as sponges and corals, may be significant even at low sediment concentrations, though this [[ne|has not yet been demonstrated]] in the field. [[vs|An [[org=isa|ISA]] spokesperson]] said the authority would "consider all relevant scientific evidence".

[[per=kahale|Kahale]] said her team now plans to repeat the measurements during a larger test expected next year. "Until someone shows us otherwise, we have to assume the footprint is big," she said.

The authority's 36-member council is due to vote on the draft regulations in July.
"""},
{
"id": "b4-en-charity", "lang": "en", "source": SRC + "court reporting (Australia)",
"text": r"""
Former Charity Boss [[cv|Denies]] Pocketing Bushfire Donations as Fraud Trial Opens in [[pl|Adelaide]]

The former chief executive of a South Australian bushfire relief charity siphoned almost $1.2 million in public donations to pay for a beach house, a boat and overseas holidays, a jury in the [[org|District Court]] in [[pl|Adelaide]] heard on Monday.

[[per=pallister|Gregory Pallister]], 58, who ran [[org=ember|Ember Relief Fund]] from 2019 until his resignation in 2023, has pleaded not guilty to 14 counts of dishonestly dealing with documents and deception. He [[cv|denies]] any wrongdoing. He was denied bail after his arrest but later released on strict conditions.

Opening the Crown case, prosecutor [[per=okonkwo|Natalie Okonkwo]] [[cv|alleged]] that Mr [[per=pallister|Pallister]] had created invoices from a fictitious landscaping company to move money out of the charity's accounts. "The people of [[pl|Kangaroo Island]] gave what they could after the fires. The accused treated it as his personal savings," she told the jury.

Ms [[per=okonkwo|Okonkwo]] said the jury would hear from a forensic accountant who traced payments to a bank account in Mr [[per=pallister|Pallister]]'s name, and from a former board member who [[hd|allegedly]] raised concerns in 2022 but was told the spending was "approved".

Defence barrister [[per|Michael Drury]] told the court his client accepted that record-keeping at the charity had been "chaotic", but [[cv|contends]] that every payment was authorised by the board and spent on recovery work. He said the prosecution's case relied heavily on the evidence of one witness "with an axe to grind".

The court heard that [[org=ember|Ember Relief Fund]] raised more than $4 million after the 2019-20 Black Summer fires, most of it from small online donations. [[vs|According to the charity's former treasurer]], whose statement was read to the jury, the fund's accounts were not audited for two consecutive years.

The [[org=acnc|Australian Charities and Not-for-profits Commission]] ([[org=acnc|ACNC]]) revoked the fund's registration in 2023. The regulator has previously said it is reviewing how bushfire appeals are monitored.

Outside court, [[vs|several donors]] said they were still angry. "We trusted them," said [[pl|Kingscote]] resident [[per|Joan Farrelly]], who gave $500. Others in the public gallery were [[hd|apparently]] relatives of the accused.

[[vs|A police detective]] told the court investigators had been unable to locate the landscaping company's [[hd|supposed]] director, who the Crown says does not exist. Mr [[per=pallister|Pallister]]'s lawyers [[cv|dispute]] that claim. The trial, before Judge [[per|Sandra Kovac]], is expected to last four weeks.
"""},
{
"id": "b4-en-rentals", "lang": "en", "source": SRC + "local politics (Canada)",
"text": r"""
[[pl|Halifax]] Councillors Vote to Cap Short-Term Rentals as Hosts Threaten Legal Challenge

[[pl|HALIFAX]] — [[org|Halifax Regional Council]] voted 11-6 on Tuesday night to limit short-term rentals such as those listed on [[org|Airbnb]] to a host's primary residence, a move [[vs|supporters]] say will return hundreds of homes to the long-term market in a city facing one of [[st|Canada]]'s tightest housing crunches.

Mayor [[per|Colleen Breault]] said the rules were "about homes, not hotels." Councillor [[per=dhillon|Raj Dhillon]], who proposed the bylaw, [[cv|claimed]] that as many as 1,100 whole units in the urban core are rented exclusively to tourists, though [[vs|staff]] told council that their own estimate was closer to 700.

Hosts packed the public gallery. The [[org=alliance|Nova Scotia Short-Term Rental Alliance]], which says it represents about 400 operators, [[cv|accused]] council of "scapegoating" small landlords for a shortage caused by decades of underbuilding, and warned it would seek a judicial review.

"Most of us are ordinary families renting a basement suite to cover the mortgage," said alliance president [[per|Tara MacNeil]], who runs two rentals in [[pl|Dartmouth]]. She [[cv|alleged]] that several councillors had "made up their minds" before hearing from hosts, an accusation Coun. [[per=dhillon|Dhillon]] called "nonsense".

[[vs|Critics of the bylaw]] also question whether the city can enforce it. The municipality currently employs three compliance officers, according to a staff report, and [[vs|some councillors]] said privately that enforcement would [[hd|probably]] depend on complaints from neighbours.

The province has been pushing municipalities to act. [[pl|Nova Scotia]]'s housing minister, [[per|Greg Ferris]], welcomed the vote, saying the province would "back municipalities that take housing seriously."

[[org|Airbnb]] said in a statement that the rules would "hurt local families and the tourism economy" and [[cv|disputed]] council's figures, [[cv|arguing]] that fewer than 10% of its [[pl|Halifax]] listings are entire homes rented year-round. The company [[ne|did not say how it arrived at that number]].

The new rules take effect on April 1, with a six-month grace period. Hosts who violate them could face fines of up to $10,000 a day, though [[vs|city officials]] said the maximum was [[hd|unlikely]] to be imposed on first offences.

Similar caps adopted in [[pl|Vancouver]] and [[pl|Toronto]] have had mixed results. A study by the [[org|Canada Mortgage and Housing Corporation]] last year found rents fell slightly in neighbourhoods with strict enforcement, but the federal agency cautioned that other factors were at play.

[[per|MacNeil]] said the alliance had already retained a lawyer and would file its application "within weeks." [[per=dhillon|Dhillon]] said he was confident the bylaw would survive a court challenge.
"""},
]
