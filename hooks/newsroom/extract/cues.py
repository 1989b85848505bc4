"""Word tables the extractors share: reporting verbs, titles, role cues, head words.

Tables only, no logic: extend a set here to teach the extractors a new word. The verb
tables are generated from the lemmas of `verb_rules`: teach a new verb there.
"""

from __future__ import annotations

from .verb_rules import (
    LEFT_OUT_ACTIVE_ROLE_FORMS,
    LEFT_OUT_REPORTING_FORMS,
    LEFT_OUT_STATEMENT_FORMS,
    REPORTING_LEMMAS,
    ROLE_LEMMAS,
    inflect,
)

# Verbs that introduce speech: every generated form of the reporting lemmas, less those left out.
REPORTING_VERBS = frozenset(
    form for verb in REPORTING_LEMMAS for form in inflect(verb).values()
).difference(LEFT_OUT_REPORTING_FORMS)

# Reporting verbs whose next phrase is their object, never their subject (`praised the group`).
OBJECT_VERBS = REPORTING_VERBS.intersection(
    form for verb in REPORTING_LEMMAS if verb.takes_object for form in inflect(verb).values()
)

# The same verbs as one regular-expression alternation, longest first.
REPORTING_VERB_PATTERN = "|".join(sorted(REPORTING_VERBS, key=len, reverse=True))

# Reporting verbs that need a particle to report speech (`pointed out`).
VERB_PARTICLES = {form: verb.particle for verb in REPORTING_LEMMAS if verb.particle for form in inflect(verb).values()}

# Words that may stand between a speaker and the reporting verb.
SPEAKER_ADVERBS = frozenset(
    "also further later then again previously recently once has have had earlier "
    "separately additionally repeatedly will would may might could can should must shall did does do".split()
)

# Personal pronouns that can be a speaker, with the gender they imply.
PRONOUNS = {"he": "m", "she": "f", "they": None}

# Honorifics before a name, with the gender they imply.
HONORIFICS = {
    "mr": "m", "mrs": "f", "ms": "f", "miss": "f", "sir": "m", "dame": "f", "lord": "m",
    "lady": "f", "dr": None, "prof": None, "professor": None, "rev": None, "judge": None,
}

# Lower-case name particles (`de la`, `van der`).
NAME_PARTICLES = frozenset("de la del della di da das do dos du van von der den ter le bin ibn al el y".split())

# Nouns that make a phrase a job title or a description of a person.
# Titles of whoever runs a body: `director of the X` makes X an organisation.
LEADER_NOUNS = frozenset(
    """
    president vice-president director director-general executive chair chairman chairwoman chairperson
    head founder co-founder secretary-general executive-secretary coordinator rector dean ceo
    """.split()
)

TITLE_NOUNS = frozenset(
    """
    minister secretary president vice-president director director-general chief executive
    officer spokesperson spokesman spokeswoman chair chairman chairwoman chairperson head
    governor mayor ambassador commissioner judge justice professor researcher economist
    analyst adviser advisor manager founder co-founder ceo cfo coo cto official representative
    envoy senator lawmaker deputy coordinator leader chancellor premier rector dean general
    attorney prosecutor lawyer scientist expert undersecretary under-secretary secretary-general administrator
    treasurer delegate negotiator consul executive-secretary registrar superintendent
    inspector commander colonel captain lieutenant sergeant chief-executive president-elect
    vice-chair vice-chancellor spokesperson-general economist-in-chief editor organiser organizer
    campaigner activist correspondent physician nurse paediatrician pediatrician surgeon author co-author
    coach councillor councilor
    """.split()
)

# Words that can qualify a title (`deputy foreign minister`).
TITLE_MODIFIERS = frozenset(
    """
    executive deputy vice assistant acting interim senior chief general foreign finance
    health trade prime former top regional national federal state managing associate
    principal lead special permanent under first second economic legal technical
    """.split()
)

# Every word a job title is made of.
TITLE_WORDS = TITLE_NOUNS | TITLE_MODIFIERS

# Head nouns that make a capitalised phrase an organisation.
ORGANISATION_HEADS = frozenset(
    """
    academy agency alliance association authority bank board bureau centre center chamber
    coalition college commission committee collective community company confederation consortium
    corporation council court department directorate foundation federation fund group
    inc institute institution league ltd ministry network office organisation organization
    parliament party plc secretariat service society tribunal trust union university
    laboratory laboratories observatory assembly cooperative co-operative firm holdings
    industries airline airlines police army navy senate congress cabinet
    llc gmbh sa corp co nations school hospital clinic berhad fm radio tribune times
    herald gazette tv television broadcasting newspaper hotels airways motors securities partners media
    press daily courier chronicle journal mills merchants brewery pharmaceuticals logistics systems
    technologies solutions labs studios ventures investments savings movement charity unit constabulary
    municipality museum planetarium church records
    """.split()
)

# Words before `Center`/`Centre` that make it a venue, not a body (`Harbour Conference Center`).
VENUE_WORDS = frozenset("conference convention civic exhibition events congress shopping leisure trade".split())

# Head nouns of a country's government bodies: `the Foreign Ministry` is `the Lorania Foreign Ministry`.
GOVERNMENT_HEADS = frozenset("ministry department office government".split())

# Short forms a later sentence uses for an organisation named earlier (`the ministry`).
ORGANISATION_SHORT_FORMS = (ORGANISATION_HEADS - frozenset("inc ltd plc llc gmbh sa corp co nations records".split())) | frozenset(
    "company firm group network federation alliance court".split()
)

# Short forms that mean the latest organisation named, whatever its name (`the company said`).
GENERIC_SHORT_FORMS = frozenset("company firm group".split())

# Final words that make a capitalised phrase an event, a plan or a law, not an organisation.
NON_ORGANISATION_HEADS = frozenset(
    """
    forum summit conference meeting session week day festival games cup award
    prize agenda initiative plan strategy programme program act treaty agreement accord
    declaration convention protocol report index goals goal route road project fair expo
    dialogue roundtable symposium workshop seminar talks round campaign bill
    """.split()
)

# Cue words that give the organisations after them a role (passive `organised by A`, `co-hosted by A`).
ROLE_CUES = {
    f"{co}{verb.form('ed')}": verb.role
    for verb in ROLE_LEMMAS if verb.passive for co in ("", "co-")[: 1 + verb.co]
}

# Active verbs whose subject organisations take a role (`the Alliance hosted the meeting`).
ACTIVE_ROLE_VERBS = {
    form: verb.role
    for verb in ROLE_LEMMAS if not verb.taking_part
    for form in map(verb.form, verb.active) if form not in LEFT_OUT_ACTIVE_ROLE_FORMS
}

# Base and `-ing` forms of the active role verbs, for their subjects after an auxiliary (`A will host`,
# `A is sponsoring`); left out: `back` (it backs a cause), `run` (`A will run to 300 pages`) and verbs
# that are passive cues only (`presented by A`; `A will present` is a speaker's talk).
FUTURE_ROLE_VERBS = {
    form: verb.role
    for verb in ROLE_LEMMAS if not verb.taking_part and verb.active and verb.lemma not in ("back", "run")
    for form in (verb.form("base"), verb.form("ing"))
}

# Plural nouns whose list follows (`Supporters include A and B`, `Sponsors: A, B`), with the role they give.
# (`Participants included A` is left out: a workshop's participants are only mentioned, evaluation article 34.)
ROLE_NOUNS = {
    "supporters": "supporter", "sponsors": "supporter", "co-sponsors": "supporter", "funders": "supporter",
    "donors": "supporter", "organisers": "organiser", "organizers": "organiser", "co-organisers": "organiser",
    "co-organizers": "organiser", "hosts": "organiser", "co-hosts": "organiser",
}

# Singular role nouns an organisation is called by (`A will be the co-host`, `A serves as the secretariat`).
ROLE_TITLES = {
    "host": "organiser", "co-host": "organiser", "organiser": "organiser", "organizer": "organiser",
    "co-organiser": "organiser", "co-organizer": "organiser", "convener": "organiser", "convenor": "organiser",
    "secretariat": "organiser", "sponsor": "supporter", "co-sponsor": "supporter", "funder": "supporter",
    "main sponsor": "supporter", "donor": "supporter",
}

# Occasions a body holds, and so organises (`the Institute held a ceremony`, `A will hold a two-day workshop`).
HELD_OCCASIONS = frozenset(
    """
    ceremony conference summit forum meeting event workshop seminar symposium festival celebration hackathon
    webinar exhibition reception briefing roundtable retreat gala
    """.split()
)

# Plural nouns for people a body sends (`representatives from A and B`): they take part on its behalf.
DELEGATE_NOUNS = (
    "representatives", "personnel", "staff", "delegates", "delegations", "delegation", "experts", "teams", "leaders",
    "speakers", "scientists", "researchers", "engineers", "employees", "volunteers", "consultant", "consultants",
)

# A press release's own voice announcing (`Acme today announced`, `Acme is pleased to announce`), as a pattern.
RELEASE_VOICE = (
    r"(?:today\s+(?:announced|released|unveiled|launched|published)|(?:announced|announces|released|unveiled"
    r"|launched|published)\s+today|(?:is|are)\s+(?:pleased|proud|delighted|excited|thrilled)\s+to\s+announce)\b"
)

# Phrases after which the organisations listed are participants (`took part`, `joined by`).
PARTICIPANT_CUES = tuple(verb.form(kind) for verb in ROLE_LEMMAS if verb.taking_part for kind in verb.active)

# Words that join the members of an organisation list.
LIST_JOINERS = ("as well as", "along with", "together with", "in partnership with",
                "in collaboration with", "in cooperation with", "with", "and", ",")

# Regions and country groups that look like capitalised names but are places.
REGION_WORDS = frozenset(
    """
    america americas caribbean africa asia europe pacific atlantic arctic antarctica oceania
    middle east west north south central eastern western northern southern sahel balkans
    gulf mediterranean latin sub-saharan indo-pacific asia-pacific nordic baltic andean
    amazon scandinavia maghreb levant
    """.split()
)

# Words of multi-word place names that would otherwise pass for a person's name.
PLACE_WORDS = frozenset(
    """
    new york san santa santo saint st hong kong buenos aires costa rica sri lanka saudi arabia united
    kingdom states republic city island islands delhi zealand salvador puerto lumpur kuala rio janeiro
    cape town los angeles las vegas tel aviv addis ababa dar es salaam abu dhabi port county province
    region district valley river lake mount coast bay street avenue square
    """.split()
)

# Last words of place names (`Tarn Island`, `Lower Marsh District`): a name ending in one is no person's.
PLACE_HEADS = frozenset(
    """
    island islands isle isles harbour harbor district county province region valley river peninsula
    strait borough municipality township prefecture governorate oblast canton
    """.split()
)

# Suffixes that end a person's name (`Mark Doe III`, `Colm Harte Jr`).
GENERATIONAL_SUFFIXES = frozenset("jr sr ii iii iv".split())

# Capitalised words that open sentences but never a person's name.
SENTENCE_OPENERS = frozenset(
    """
    the a an in on at as it its this that these those but and for with after before during when while
    our we their his her if according there here however meanwhile also since until from by to of
    about then now so yet still even only just
    """.split()
)

# Head nouns that open an organisation's name (`Fundación Agua Clara`, `Government of Ghana`).
LEADING_ORGANISATION_HEADS = frozenset(
    """
    fundación fundação fondation fondazione instituto institut istituto universidad universidade
    université università ministerio ministério ministère asociación associação association banco banque
    empresa comisión comissão consejo conselho conseil secretaría corporación compañía companhia grupo
    sindicato federación federação confederación centro observatorio agencia agence autoridad tribunal
    corte cámara unión união organización organização cooperativa colegio escuela escola hospital clínica
    government
    """.split()
)

# Legal-form suffixes that end a company's name (`Meridian Foods plc`, `Nordhavn Shipping A/S`).
COMPANY_SUFFIXES = (
    "plc", "PLC", "A/S", "ASA", "B.V.", "N.V.", "S.A.", "SA", "S.p.A.", "AG", "SE", "GmbH", "Ltd.", "Ltd",
    "Limited", "Inc.", "Inc", "LLC", "Corp.", "Co.", "Berhad", "Bhd", "Oy", "AB", "Pty", "S.L.", "K.K.",
)

# Common nouns that present the name after them as an organisation (`environmental group Blue Lanes`).
CLASSIFIER_NOUNS = frozenset(
    """
    group company firm organisation organization charity ngo bank lender insurer carrier line maker
    retailer producer manufacturer operator watchdog regulator agency network alliance association union
    coalition foundation institute think-tank consultancy developer giant conglomerate startup start-up
    airline broadcaster newspaper publisher university provider incubator accelerator supplier exporter
    importer distributor platform brand chain club bloc marketplace rival competitor lobby corporation nonprofit
    non-profit paper magazine tabloid label
    """.split()
)

# Plural nouns for groups of people: `Critics say …` and `Officials said …` name nobody.
GROUP_NOUNS = frozenset(
    """
    officials critics analysts experts residents sources observers campaigners lawmakers economists
    diplomats witnesses police authorities organisers organizers participants delegates workers unions
    activists scientists researchers doctors nurses teachers farmers members ministers leaders investors
    traders executives employees staff protesters demonstrators opponents supporters villagers locals
    judges jurors voters parents patients students passengers drivers fans visitors consumers shoppers heads
    """.split()
)

# Capitalised portfolio words in titles (`Minister for Digital Economy Liisa Rand`), never a name.
PORTFOLIO_WORDS = frozenset(
    """
    digital economy economic social development family health finance trade affairs foreign interior
    home justice education environment energy transport housing agriculture labour labor culture defence
    defense science technology industry tourism infrastructure planning security communications
    information innovation youth sport sports women children water mines fisheries forestry works
    communities employment welfare treasury commerce budget internal external public services
    """.split()
)

# Lower-case endings of hyphenated words that describe rather than name (`Nairobi-based`).
DESCRIPTIVE_SUFFIXES = frozenset("based led owned born run backed funded level wide style listed registered".split())

# Verbs whose object clause is a reported statement (`said that …`), in their finite forms.
STATEMENT_VERBS = frozenset(
    inflect(verb)[form] for verb in REPORTING_LEMMAS if verb.statement for form in ("base", "s", "ed")
).difference(LEFT_OUT_STATEMENT_FORMS)

# Abbreviations whose full stop does not end a sentence.
ABBREVIATIONS = frozenset(
    """
    mr mrs ms dr prof sr jr st mt gen gov sen rep col lt sgt capt cmdr rev hon inc ltd co corp
    no nos vs etc jan feb mar apr jun jul aug sep sept oct nov dec e.g i.e u.s u.k u.n a.m p.m
    approx dept est fig ft
    """.split()
)

# Lower-case words that may join capitalised words inside one name (`Bank of …`, `… and the …`).
NAME_CONNECTORS = frozenset("of for and on the las los des &".split()) | NAME_PARTICLES

# Words that make a capitalised phrase a numbered occurrence, i.e. an event (`the Sixth Summit`).
ORDINALS = frozenset(
    "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth annual inaugural".split()
)

# Determiners that open a description of a person (`the minister`, `its director`).
DETERMINERS = frozenset("the a an its their his her".split())

# Words that end an inverted description (`said the minister at …`).
DESCRIPTION_STOPS = frozenset("at in on during to before after when while as from with for about".split())

# Words too common to tie a description to a person's title (`the official`).
GENERIC_DESCRIPTION_WORDS = DETERMINERS | {"official"}

# Words a shortened title should not end on.
WEAK_TITLE_ENDINGS = frozenset("a an the of to and or for in on at with that by from as".split())

# Lower-case words that may join title words between a quotation and its speaker (`Minister of the …`).
TITLE_LINKS = frozenset("of for and the a an its his her their".split())
