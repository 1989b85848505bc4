"""Word tables the benchmark's article generator draws from (all invented for it)."""

from __future__ import annotations

# First names with the pronoun the article uses for them.
FIRST_NAMES = [
    (name, "she")
    for name in "Ana Beatriz Carmen Dalia Elena Farah Greta Hana Ines Julia Kamala Lena Maya Nadia Olga Priya "
    "Rosa Sara Tamara Uma Vera Wanjiru Yara Zofia Amara Bianca Chiara Daniela Esther Fatima".split()
] + [
    (name, "he")
    for name in "Adam Bruno Carlos David Emil Felix Goran Hugo Ivan Jonas Kofi Luis Marco Nikhil Omar Pablo "
    "Rafael Samuel Tomas Umar Victor Walter Xavier Yusuf Zoran Anton Boris Dmitri Enzo Farid".split()
]

SURNAMES = """
Abara Almeida Andersen Baptiste Barros Becker Bianchi Costa Dahl Delgado Dimitrov Eriksen Esposito
Fernandes Fischer Gallo Garcia Haddad Hansen Horvat Ibrahim Ivanova Jansen Kamau Kowalski Kruger
Lambert Larsen Lindqvist Lopes Mahmoud Marino Mendes Moreau Mwangi Nakamura Novak Nowak Okafor
Olsen Osei Pereira Petrov Popescu Quispe Ramos Reyes Ricci Rossi Santos Schmidt Silva Sokolov
Suzuki Tanaka Torres Varga Vargas Vidal Weber Wojcik Yilmaz Zapata Zielinski Achebe Brennan Castell
Duarte Engel Falk Greco Holm Iqbal Jovanovic Keller Lund Moretti Nilsen Ortiz Pinto Quinn Rahman
Álvarez Núñez Sørensen Dvořák Gökçe Müller Ferrão Łazarz Ibáñez Jiménez
""".split()

TITLES = """
director chair spokesperson economist researcher coordinator treasurer adviser manager analyst
""".split()

REGIONS = """
Northern Southern Eastern Western Central Coastal Highland Lowland Valley Delta Island Border
Metropolitan Rural Upper Lower Greater Inland Harbour Lakeside Prairie Alpine Riverside Capital
""".split()

FIELDS = """
Water Energy Transport Housing Health Education Farming Fisheries Forestry Trade Labour Tourism
Climate Finance Digital Mining Textile Dairy Rail Aviation Maritime Nursing Teachers Grain
""".split()

GROUP_KINDS = """
Institute Council Federation Foundation Association Agency Commission Union Network Authority
Alliance Cooperative
""".split()

MONTH_NAMES = (
    "January February March April May June July August September October November December".split()
)

PLACES = [
    ("Arvale", "Norland"),
    ("Port Callow", "Estmere"),
    ("Brindle", "Ostravia"),
    ("Kessaly", "Marlo"),
    ("Dunmore Bay", "Estmere"),
    ("Velora", "Santaria"),
    ("Linden Falls", "Norland"),
    ("Quarry Hill", "Ostravia"),
    ("Saltmarsh", "Marlo"),
    ("Tevaro", "Santaria"),
    ("Oakhaven", "Norland"),
    ("Rivenport", "Estmere"),
]

TOPICS = """
flood defences|bus fares|school meals|grain storage|river cleaning|rural clinics|port dredging|
solar farms|water meters|teacher pay|bridge repairs|rent controls|fishing quotas|rail links|
street lighting|waste collection|forest fires|nurse training|broadband towers|market stalls
""".replace("\n", "").split("|")

PLANS = """
a three-year budget|a pilot scheme|a regional fund|a public register|a shared tender|
an emergency reserve|a joint survey|a training programme|a repair schedule|a price review
""".replace("\n", "").split("|")

CLAIMS = """
the costs had risen faster than planned|local councils had waited too long for money|
{place} needed {plan} before the next winter|the figures on {topic} were out of date|
residents had not been consulted on {topic}|{plan} would pay for itself within five years|
the government had promised {plan} twice already|small towns would be left behind on {topic}|
the first results on {topic} were better than expected|the work on {topic} had been delayed by the rains
""".replace("\n", "").split("|")

QUOTES = """
We cannot keep paying for {topic} out of emergency money|People here know exactly what is broken|
This is the most practical offer we have seen on {topic} in years|Nobody should have to wait a decade for {topic}|
The numbers only work if everyone signs up|We will publish every figure so people can check them|
If this fails, the smallest towns pay the price|There is no shortcut on {topic}, only steady work|
We asked for a plan and we finally have one|The next six months will show whether this is real
""".replace("\n", "").split("|")

# Sentences that pad an article to its length; `{topic}`, `{place}`, `{plan}` and `{claim}` are filled in.
FILLER = [
    "Officials in {place} have argued for years about who should pay for {topic}.",
    "The proposal includes {plan}, which would be reviewed every twelve months.",
    "Several councillors asked for more detail on how {plan} would be monitored.",
    "Local businesses said they would wait for the final text before taking a position.",
    "The debate over {topic} has divided neighbouring districts for most of the decade.",
    "Residents who attended the public hearing raised questions about timing and cost.",
    "A draft of the plan was circulated to members two weeks before the vote.",
    "Supporters point to a similar scheme elsewhere that cut waiting times by a third.",
    "Critics say {claim}, and that the plan does little to change that.",
    "The region's population has grown steadily, putting pressure on {topic}.",
    "Engineers will carry out a survey of existing sites before any contracts are signed.",
    "The opposition has called for an independent audit of the spending so far.",
    "Much of the funding would come from {plan} agreed with neighbouring towns.",
    "Farmers and shop owners in {place} have followed the discussion closely.",
    "A public consultation is expected to run for six weeks once the details are published.",
    "The plan sets targets for each district and publishes progress every quarter.",
    "Some members warned that {claim}.",
    "The committee heard evidence from teachers, nurses and transport workers.",
    "Earlier attempts to reform {topic} stalled after disagreements over cost sharing.",
    "Campaigners welcomed the announcement but said the timetable was too slow.",
    "The final vote on {plan} is expected after the summer recess.",
    "Questions remain about how smaller towns will be represented on the new board.",
    "Union representatives asked for a seat at the table when contracts are drawn up.",
    "The budget office has not yet published its own estimate of the total cost.",
    "Neighbouring districts are watching {place} to see whether the approach works.",
    "Transport links to the outlying villages were mentioned repeatedly during the session.",
    "A similar proposal on {topic} was withdrawn three years ago after a legal challenge.",
    "Local radio stations carried the hearing live, and phone lines stayed busy all afternoon.",
    "The mayor's office declined to comment on the timetable beyond the published statement.",
    "Younger residents have pushed for faster action, organising meetings in school halls.",
    "The plan's authors say it can be adjusted as new data on {topic} comes in.",
    "Several amendments were tabled, most of them dealing with oversight and reporting.",
]
