"""Well-known organisations that news copy names bare, with no head noun or cue to tell them.

Data only, drawn from general reference lists (the UN system chart, the EU's
institutions, intergovernmental organisations and alliances, informal groups of
states, international financial institutions, the largest parties of major
democracies, international and national union federations, national agencies and
government departments widely reported abroad, the largest international
non-governmental organisations, the largest companies by revenue or reach, and international news
outlets), never from an evaluation article. Each entry gives the name the
site shows, its acronym, its category, and other forms that name it. A form in
`AMBIGUOUS` is a common word too, so it counts only inside a sentence, never at its
start (`Labour costs rose` is no party). Outlets are left out where they are only
where an interview appeared (see `OUTLET`), a group of states where it only
qualifies people (`G20 finance officials`), any name in a person's title or an event's or
plan's name (`UN Secretary-General`, `United Nations 2030 Agenda`), and a company's name where it opens a longer name (`Boeing
Field` is an airfield).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Known:
    """A well-known organisation: its name, acronym, category and other forms of its name."""

    name: str
    acronym: str | None
    category: str
    aliases: tuple[str, ...] = ()


UN = "UN system"
EU = "EU institutions"
BLOC = "intergovernmental organisations and alliances"
GROUPS = "informal groups of states"
FINANCE = "international financial institutions"
PARTY = "political parties"
UNIONS = "union federations"
AGENCY = "national agencies"
COMPANY = "largest companies"
OUTLET = "news outlets"
NGO = "international non-governmental organisations"

_K = Known
KNOWN_ORGANISATIONS = (
    # The UN system: principal organs, funds and programmes, specialised agencies, related organisations.
    _K("United Nations", "UN", UN, ("U.N.",)),
    _K("United Nations Development Programme", "UNDP", UN, ("UN Development Programme",)),
    _K("United Nations Children's Fund", "UNICEF", UN, ("UN Children's Fund",)),
    _K("United Nations High Commissioner for Refugees", "UNHCR", UN, ("UN Refugee Agency", "UN refugee agency")),
    _K("United Nations Environment Programme", "UNEP", UN, ("UN Environment Programme",)),
    _K("United Nations Population Fund", "UNFPA", UN),
    _K("United Nations Educational, Scientific and Cultural Organization", "UNESCO", UN),
    _K("United Nations Conference on Trade and Development", "UNCTAD", UN),
    _K("United Nations Industrial Development Organization", "UNIDO", UN),
    _K("United Nations Office for the Coordination of Humanitarian Affairs", "OCHA", UN),
    _K("United Nations Relief and Works Agency", "UNRWA", UN),
    _K("United Nations Human Settlements Programme", None, UN, ("UN-Habitat",)),
    _K("United Nations Entity for Gender Equality and the Empowerment of Women", None, UN, ("UN Women",)),
    _K("Joint United Nations Programme on HIV/AIDS", "UNAIDS", UN),
    _K("United Nations Security Council", None, UN, ("UN Security Council",)),
    _K("United Nations General Assembly", None, UN, ("UN General Assembly",)),
    _K("World Food Programme", "WFP", UN),
    _K("World Health Organization", "WHO", UN, ("World Health Organisation",)),
    _K("Food and Agriculture Organization", "FAO", UN, ("Food and Agriculture Organisation",)),
    _K("International Labour Organization", "ILO", UN, ("International Labour Organisation",)),
    _K("International Atomic Energy Agency", "IAEA", UN),
    _K("World Meteorological Organization", "WMO", UN, ("World Meteorological Organisation",)),
    _K("International Telecommunication Union", "ITU", UN),
    _K("International Civil Aviation Organization", "ICAO", UN),
    _K("International Maritime Organization", "IMO", UN),
    _K("International Fund for Agricultural Development", "IFAD", UN),
    _K("World Intellectual Property Organization", "WIPO", UN),
    _K("International Organization for Migration", "IOM", UN),
    # European Union institutions.
    _K("European Union", "EU", EU, ("E.U.",)),
    _K("European Commission", None, EU),
    _K("European Parliament", None, EU),
    _K("European Council", None, EU),
    _K("Council of the European Union", None, EU),
    _K("European Central Bank", "ECB", EU),
    _K("European Investment Bank", "EIB", EU),
    # Intergovernmental groups and alliances.
    _K("North Atlantic Treaty Organization", "NATO", BLOC, ("North Atlantic Treaty Organisation", "Nato")),
    _K("African Union", "AU", BLOC),
    _K("Association of Southeast Asian Nations", "ASEAN", BLOC),
    _K("Organization of American States", "OAS", BLOC),
    _K("Organization for Security and Co-operation in Europe", "OSCE", BLOC),
    _K("Organization of the Petroleum Exporting Countries", "OPEC", BLOC),
    _K("Council of Europe", None, BLOC),
    _K("Arab League", None, BLOC),
    _K("Gulf Cooperation Council", "GCC", BLOC),
    _K("Commonwealth of Nations", None, BLOC),
    _K("G7", None, GROUPS, ("Group of Seven", "G-7")),
    _K("G8", None, GROUPS, ("Group of Eight", "G-8")),
    _K("G20", None, GROUPS, ("Group of Twenty", "G-20")),
    _K("BRICS", None, GROUPS),
    _K("World Trade Organization", "WTO", BLOC, ("World Trade Organisation",)),
    _K("International Criminal Police Organization", None, BLOC, ("Interpol",)),
    # International financial institutions.
    _K("World Bank", None, FINANCE, ("World Bank Group",)),
    _K("International Monetary Fund", "IMF", FINANCE),
    _K("Organisation for Economic Co-operation and Development", "OECD", FINANCE,
       ("Organization for Economic Cooperation and Development", "Organisation for Economic Cooperation and Development")),
    _K("International Finance Corporation", "IFC", FINANCE),
    _K("Asian Development Bank", "ADB", FINANCE),
    _K("African Development Bank", "AfDB", FINANCE),
    _K("Inter-American Development Bank", "IDB", FINANCE),
    _K("European Bank for Reconstruction and Development", "EBRD", FINANCE),
    _K("Asian Infrastructure Investment Bank", "AIIB", FINANCE),
    _K("Bank for International Settlements", "BIS", FINANCE),
    _K("Federal Reserve", None, FINANCE, ("US Federal Reserve",)),
    _K("Bank of England", None, FINANCE),
    # The largest political parties of major democracies.
    _K("Labour Party", None, PARTY, ("Labour",)),
    _K("Conservative Party", None, PARTY, ("Tories",)),
    _K("Liberal Democrats", None, PARTY, ("Lib Dems",)),
    _K("Scottish National Party", "SNP", PARTY),
    _K("UK Independence Party", "UKIP", PARTY),
    _K("Democratic Party", None, PARTY),
    _K("Republican Party", None, PARTY, ("GOP",)),
    _K("Christian Democratic Union", "CDU", PARTY),
    _K("Social Democratic Party of Germany", "SPD", PARTY),
    _K("Indian National Congress", None, PARTY),
    _K("Bharatiya Janata Party", "BJP", PARTY),
    _K("African National Congress", "ANC", PARTY),
    _K("Chinese Communist Party", "CCP", PARTY, ("Communist Party of China",)),
    _K("Liberal Democratic Party", "LDP", PARTY),
    # Union federations.
    _K("Trades Union Congress", "TUC", UNIONS),
    _K("American Federation of Labor and Congress of Industrial Organizations", "AFL-CIO", UNIONS),
    _K("International Trade Union Confederation", "ITUC", UNIONS),
    _K("European Trade Union Confederation", "ETUC", UNIONS),
    _K("Congress of South African Trade Unions", "COSATU", UNIONS),
    _K("Confédération générale du travail", "CGT", UNIONS),
    _K("German Trade Union Confederation", "DGB", UNIONS),
    # National agencies widely reported abroad.
    _K("National Aeronautics and Space Administration", "NASA", AGENCY),
    _K("European Space Agency", "ESA", AGENCY),
    _K("National Oceanic and Atmospheric Administration", "NOAA", AGENCY),
    _K("Federal Bureau of Investigation", "FBI", AGENCY),
    _K("Central Intelligence Agency", "CIA", AGENCY),
    _K("National Health Service", "NHS", AGENCY),
    _K("MI5", None, AGENCY),
    _K("MI6", None, AGENCY, ("Secret Intelligence Service",)),
    _K("KGB", None, AGENCY),
    _K("Metropolitan Police Service", None, AGENCY, ("Metropolitan Police", "Scotland Yard")),
    _K("United States Coast Guard", None, AGENCY, ("U.S. Coast Guard", "US Coast Guard")),
    _K("United States Department of State", None, AGENCY, ("State Department", "US State Department",
                                                          "U.S. State Department")),
    _K("United States Department of the Treasury", None, AGENCY, ("US Treasury", "U.S. Treasury")),
    _K("Home Office", None, AGENCY),
    _K("Foreign, Commonwealth and Development Office", "FCDO", AGENCY, ("Foreign Office",)),
    _K("Cabinet Office", None, AGENCY),
    _K("Border Force", None, AGENCY),
    _K("Crown Prosecution Service", "CPS", AGENCY),
    _K("House of Commons", None, AGENCY),
    _K("House of Lords", None, AGENCY),
    # The largest international non-governmental organisations and humanitarian movements.
    _K("International Committee of the Red Cross", "ICRC", NGO),
    _K("International Federation of Red Cross and Red Crescent Societies", "IFRC", NGO),
    _K("British Red Cross", None, NGO),
    _K("American Red Cross", None, NGO),
    _K("Oxfam", None, NGO, ("Oxfam International",)),
    _K("Amnesty International", None, NGO),
    _K("Human Rights Watch", None, NGO),
    _K("Médecins Sans Frontières", "MSF", NGO, ("Doctors Without Borders",)),
    _K("Save the Children", None, NGO),
    _K("Greenpeace", None, NGO),
    _K("World Wide Fund for Nature", "WWF", NGO),
    _K("Transparency International", None, NGO),
    # The largest companies by revenue or reach, airlines among them.
    _K("Apple", None, COMPANY, ("Apple Inc.",)),
    _K("Microsoft", None, COMPANY),
    _K("Google", None, COMPANY),
    _K("Alphabet", None, COMPANY),
    _K("YouTube", None, COMPANY),
    _K("Facebook", None, COMPANY),
    _K("Samsung", None, COMPANY, ("Samsung Electronics",)),
    _K("Sony", None, COMPANY),
    _K("Toyota", None, COMPANY, ("Toyota Motor",)),
    _K("Volkswagen", None, COMPANY),
    _K("Hyundai Motor Company", None, COMPANY, ("Hyundai Motor", "Hyundai")),
    _K("Nokia", None, COMPANY),
    _K("Huawei", None, COMPANY),
    _K("IBM", None, COMPANY),
    _K("Intel", None, COMPANY),
    _K("Nvidia", None, COMPANY),
    _K("Boeing", None, COMPANY),
    _K("Airbus", None, COMPANY),
    _K("FedEx", None, COMPANY),
    _K("Walmart", None, COMPANY),
    _K("ExxonMobil", None, COMPANY, ("Exxon Mobil",)),
    _K("Siemens", None, COMPANY),
    _K("Nestlé", None, COMPANY),
    _K("Unilever", None, COMPANY),
    _K("HSBC", None, COMPANY),
    _K("Lockheed Martin", None, COMPANY),
    _K("British Airways", None, COMPANY),
    _K("Lufthansa", None, COMPANY),
    _K("Air France", None, COMPANY),
    _K("Qantas", None, COMPANY),
    _K("Ryanair", None, COMPANY),
    _K("Delta Air Lines", None, COMPANY),
    # International news outlets.
    _K("BBC", None, OUTLET, ("BBC News", "British Broadcasting Corporation")),
    _K("CNN", None, OUTLET),
    _K("Sky News", None, OUTLET),
    _K("Al Jazeera", None, OUTLET),
    _K("Reuters", None, OUTLET),
    _K("Associated Press", "AP", OUTLET),
    _K("Agence France-Presse", "AFP", OUTLET),
    _K("The Guardian", None, OUTLET, ("the Guardian",)),
    _K("The New York Times", None, OUTLET, ("the New York Times",)),
    _K("The Washington Post", None, OUTLET, ("the Washington Post",)),
    _K("Financial Times", None, OUTLET),
    _K("The Daily Telegraph", None, OUTLET, ("The Telegraph", "the Telegraph")),
    _K("Daily Mail", None, OUTLET),
    _K("The Independent", None, OUTLET),
    _K("The Times", None, OUTLET),
    _K("The Economist", None, OUTLET),
    _K("The Wall Street Journal", None, OUTLET, ("Wall Street Journal",)),
    _K("USA Today", None, OUTLET),
    _K("Los Angeles Times", None, OUTLET),
    _K("The Globe and Mail", None, OUTLET),
    _K("Bloomberg", None, OUTLET, ("Bloomberg News",)),
    _K("Fox News", None, OUTLET),
    _K("National Public Radio", "NPR", OUTLET),
)

# Forms that are common words too: they name the organisation only inside a sentence.
AMBIGUOUS = frozenset({"Labour", "Apple", "Alphabet", "Intel", "AP", "AU", "BIS", "IMO", "ESA"})
