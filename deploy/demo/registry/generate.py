#!/usr/bin/env python3
"""Generates the registry's demonstration data (deploy/demo/registry/README.md): a dozen organisations and a few
hundred TA activities as an IATI 2.03 activity file, which the launcher imports through the registry's own API.

Run from the repository root: python3 deploy/demo/registry/generate.py (deterministic, fixed seed).
"""
import json
import random
from pathlib import Path
from xml.sax.saxutils import escape

HERE = Path(__file__).resolve().parent
rng = random.Random(2026)
TAXONOMY_URI = "https://ta-platform.unodc.example/api/v1/reference/ta-types"
INSTRUMENTS_URI = "https://ta-platform.unodc.example/api/v1/reference/instruments"

ORGANISATIONS = [
    ("XM-DAC-41128-ROEA", "UNODC_FIELD_OFFICE", {"en": "UNODC Regional Office for Eastern Africa", "fr": "Bureau régional de l'ONUDC pour l'Afrique de l'Est"}, ["KEN", "UGA", "TZA", "ETH", "RWA", "SOM"], ["014"], ["en", "fr", "sw"]),
    ("XM-DAC-41128-ROSEAP", "UNODC_FIELD_OFFICE", {"en": "UNODC Regional Office for Southeast Asia and the Pacific"}, ["PHL", "IDN", "THA", "VNM", "KHM", "MMR"], ["035"], ["en"]),
    ("XM-DAC-41128-COL", "UNODC_FIELD_OFFICE", {"en": "UNODC Country Office in Colombia", "es": "Oficina de las Naciones Unidas contra la Droga y el Delito en Colombia"}, ["COL"], ["005"], ["es", "en"]),
    ("XM-DAC-41128-ROSEN", "UNODC_FIELD_OFFICE", {"en": "UNODC Regional Office for West and Central Africa", "fr": "Bureau régional de l'ONUDC pour l'Afrique de l'Ouest et du Centre"}, ["NGA", "SEN", "GHA", "CIV", "MLI", "NER"], ["011"], ["fr", "en"]),
    ("XI-IATI-NORLANDMFA", "DONOR_STATE_AGENCY", {"en": "Norland Ministry of Foreign Affairs"}, [], [], ["en"]),
    ("XI-IATI-SUDLANDAID", "DONOR_STATE_AGENCY", {"en": "Sudland Agency for International Development", "es": "Agencia de Sudland para el Desarrollo Internacional"}, [], [], ["en", "es"]),
    ("XI-IATI-EASTMARKMOJ", "DONOR_STATE_AGENCY", {"en": "Eastmark Ministry of Justice", "ru": "Министерство юстиции Истмарка"}, [], [], ["en", "ru"]),
    ("XI-IATI-IICJ", "ACADEMIC_INSTITUTE", {"en": "International Institute for Criminal Justice", "fr": "Institut international de justice pénale"}, ["KEN", "SEN", "COL", "PHL"], ["002", "419"], ["en", "fr", "es"]),
    ("XI-IATI-APCN", "REGIONAL_ORGANISATION", {"en": "African Police Cooperation Network", "fr": "Réseau africain de coopération policière"}, ["KEN", "UGA", "NGA", "SEN", "GHA"], ["002"], ["en", "fr", "ar"]),
    ("XI-IATI-SRA", "CIVIL_SOCIETY", {"en": "Safe Return Alliance", "es": "Alianza Regreso Seguro"}, ["COL", "PER", "MEX", "GTM"], ["419"], ["es", "en"]),
    ("XI-IATI-CSLAB", "ACADEMIC_INSTITUTE", {"en": "Crime Statistics Lab", "zh": "犯罪统计实验室"}, [], ["142"], ["en", "zh"]),
    ("XI-IATI-ROLF", "PRIVATE_FOUNDATION", {"en": "Rule of Law Foundation"}, [], [], ["en"]),
]
IMPLEMENTERS = [o[0] for o in ORGANISATIONS if o[1] in ("UNODC_FIELD_OFFICE", "ACADEMIC_INSTITUTE", "REGIONAL_ORGANISATION", "CIVIL_SOCIETY")]
FUNDERS = ["XI-IATI-NORLANDMFA", "XI-IATI-SUDLANDAID", "XI-IATI-EASTMARKMOJ", "XI-IATI-ROLF"]
NAMES = {o[0]: o[2]["en"] for o in ORGANISATIONS}
ISO2 = {"KEN": "KE", "UGA": "UG", "TZA": "TZ", "ETH": "ET", "RWA": "RW", "SOM": "SO", "PHL": "PH", "IDN": "ID",
        "THA": "TH", "VNM": "VN", "KHM": "KH", "MMR": "MM", "COL": "CO", "NGA": "NG", "SEN": "SN", "GHA": "GH",
        "CIV": "CI", "MLI": "ML", "NER": "NE", "PER": "PE", "MEX": "MX", "GTM": "GT"}
# Each TA subtype with its instrument, its OECD DAC sector and the subjects an activity of it is about: a title never
# pairs a subtype with a subject of another (no "firearms marking (cybercrime)").
THEMES = {
    "TRAINING.LAW_ENFORCEMENT": ("UNTOC", "15210", "Training of investigators in {area}", "Formation des enquêteurs : {area}",
                                 ["special investigative techniques", "financial investigations", "cybercrime investigations", "maritime crime"]),
    "TRAINING.JUSTICE_OFFICIALS": ("UNTOC", "15130", "Training of prosecutors and judges in {area}", "Formation des procureurs et des juges : {area}",
                                   ["organized crime cases", "confiscation of proceeds of crime", "witness protection in court", "cybercrime cases"]),
    "LEGAL.DRAFTING": ("UNTOC", "15130", "Drafting legislation on {area}", "Rédaction de la législation : {area}",
                       ["participation in an organized criminal group", "money-laundering", "confiscation of proceeds of crime", "witness protection"]),
    "COOPERATION.CRIMINAL_MATTERS_TRAINING": ("UNTOC", "15130", "Mutual legal assistance and extradition: {area}", "Entraide judiciaire et extradition : {area}",
                                              ["requests for mutual legal assistance", "extradition proceedings", "joint investigation teams", "recovery of proceeds of crime"]),
    "VICTIMS.IDENTIFICATION_PROTECTION": ("TIP", "15180", "Identification and protection of victims of trafficking ({area})", "Identification et protection des victimes de la traite ({area})",
                                          ["border posts", "shelters", "national referral mechanism"]),
    "TRAINING.SOCIAL_SERVICES": ("TIP", "16010", "Training of social service providers for victims of trafficking ({area})", "Formation des services sociaux pour les victimes de la traite ({area})",
                                 ["child victims", "psychosocial support", "labour inspection"]),
    "TRAINING.FIREARMS_MARKING": ("FIREARMS", "15240", "Firearms marking and record-keeping ({area})", "Marquage et enregistrement des armes à feu ({area})",
                                  ["marking at import", "national register of firearms", "tracing requests"]),
    "DATA.DATABASE": ("UNTOC", "15110", "Case management database for {area}", "Base de données de gestion des affaires : {area}",
                      ["organized crime cases", "trafficking cases", "requests for mutual legal assistance"]),
    "STRATEGY.NATIONAL_PLAN": ("SOM", "15190", "National plan against the smuggling of migrants ({area})", "Plan national contre le trafic illicite de migrants ({area})",
                               ["border management", "protection of smuggled migrants"]),
    "RESOURCES.EQUIPMENT": ("UNTOC", "15210", "Equipment for {area}", "Équipement pour {area}",
                            ["the forensic laboratory", "the cybercrime unit", "border posts"]),
}
# what each implementer does (its capabilities: its activities are of these subtypes only), and each funder's focus
DOES = {
    "XM-DAC-41128-ROEA": ["LEGAL.DRAFTING", "TRAINING.JUSTICE_OFFICIALS", "TRAINING.LAW_ENFORCEMENT",
                           "COOPERATION.CRIMINAL_MATTERS_TRAINING", "VICTIMS.IDENTIFICATION_PROTECTION"],
    "XM-DAC-41128-ROSEAP": ["LEGAL.DRAFTING", "TRAINING.LAW_ENFORCEMENT", "STRATEGY.NATIONAL_PLAN", "RESOURCES.EQUIPMENT"],
    "XM-DAC-41128-COL": ["DATA.DATABASE", "TRAINING.LAW_ENFORCEMENT", "TRAINING.FIREARMS_MARKING", "RESOURCES.EQUIPMENT"],
    "XM-DAC-41128-ROSEN": ["TRAINING.JUSTICE_OFFICIALS", "COOPERATION.CRIMINAL_MATTERS_TRAINING",
                            "TRAINING.FIREARMS_MARKING", "STRATEGY.NATIONAL_PLAN"],
    "XI-IATI-IICJ": ["TRAINING.JUSTICE_OFFICIALS", "COOPERATION.CRIMINAL_MATTERS_TRAINING", "LEGAL.DRAFTING"],
    "XI-IATI-APCN": ["TRAINING.LAW_ENFORCEMENT", "COOPERATION.CRIMINAL_MATTERS_TRAINING", "TRAINING.FIREARMS_MARKING"],
    "XI-IATI-SRA": ["VICTIMS.IDENTIFICATION_PROTECTION", "TRAINING.SOCIAL_SERVICES", "STRATEGY.NATIONAL_PLAN"],
    "XI-IATI-CSLAB": ["DATA.DATABASE"],
}
FOCUS = {
    "XI-IATI-NORLANDMFA": ["TRAINING.JUSTICE_OFFICIALS", "LEGAL.DRAFTING", "COOPERATION.CRIMINAL_MATTERS_TRAINING"],
    "XI-IATI-SUDLANDAID": ["VICTIMS.IDENTIFICATION_PROTECTION", "TRAINING.SOCIAL_SERVICES", "STRATEGY.NATIONAL_PLAN"],
    "XI-IATI-EASTMARKMOJ": ["TRAINING.LAW_ENFORCEMENT", "TRAINING.FIREARMS_MARKING", "RESOURCES.EQUIPMENT"],
    "XI-IATI-ROLF": ["DATA.DATABASE", "LEGAL.DRAFTING"],
}
ASIA = ["PHL", "IDN", "THA", "VNM", "KHM", "MMR"]
# the file's date: statuses are as of it (nothing under way past its end, nothing finished before it began)
AS_OF = (2026, 11, 1)

# UNODC under its one identifier (its OECD DAC channel code, org-id.guide's XM-DAC list), its field offices as units
# of it (the identifier with the office's code); the other organisations are made up, identified as organisations
# without a registration number are, on IATI's own list (XI-IATI), with codes invented for the demo
UNODC = {"identifier": "XM-DAC-41128", "kind": "MULTILATERAL",
         "names": {"ar": "مكتب الأمم المتحدة المعني بالمخدرات والجريمة", "zh": "联合国毒品和犯罪问题办公室",
                   "en": "United Nations Office on Drugs and Crime",
                   "fr": "Office des Nations Unies contre la drogue et le crime",
                   "ru": "Управление Организации Объединенных Наций по наркотикам и преступности",
                   "es": "Oficina de las Naciones Unidas contra la Droga y el Delito"},
         "countries": [], "regions": [], "languages": ["ar", "zh", "en", "fr", "ru", "es"],
         "website": "https://www.unodc.org"}
OFFICE_SITES = {"XM-DAC-41128-ROEA": "easternafrica", "XM-DAC-41128-ROSEAP": "roseap",
                "XM-DAC-41128-COL": "colombia", "XM-DAC-41128-ROSEN": "westandcentralafrica"}


def website(identifier):
    if identifier in OFFICE_SITES:
        return "https://www.unodc.org/" + OFFICE_SITES[identifier] + "/"
    return "https://" + identifier.split("-", 2)[2].lower() + ".example.org"


organisations = [UNODC]
for identifier, kind, names, countries, regions, languages in ORGANISATIONS:
    organisation = {"identifier": identifier, "kind": kind, "names": names, "countries": countries,
                    "regions": regions, "languages": languages, "website": website(identifier)}
    if kind == "UNODC_FIELD_OFFICE":
        organisation["unitOf"] = UNODC["identifier"]
    organisations.append(organisation)
# one JSON object per line, so that the launcher posts them with a shell loop alone
(HERE / "organisations.jsonl").write_text("".join(json.dumps(o, ensure_ascii=False) + "\n" for o in organisations))

activities = []
for n in range(300):
    reporter = rng.choice(IMPLEMENTERS)
    reporter_countries = next(o[3] for o in ORGANISATIONS if o[0] == reporter) or ASIA
    country = rng.choice(reporter_countries)
    subtype = rng.choice(DOES[reporter])
    instrument, sector, title_en, title_fr, areas = THEMES[subtype]
    area = rng.choice(areas)
    funder = rng.choice([f for f, focus in FOCUS.items() if subtype in focus])
    year = rng.choice([2024, 2025, 2026, 2027])
    start_month = rng.randint(1, 9)
    start = (year, start_month, 1)
    end = (year, start_month + 3, 28)
    # the status the dates allow as of the file's date: pipeline before the start, implementation until the end,
    # then finalisation or closed (with actual dates)
    if start > AS_OF:
        status = "1"
    elif end >= AS_OF:
        status = "2"
    else:
        status = rng.choice(["3", "4", "4"])
    amount = rng.randint(4, 90) * 5000
    dates = f'<activity-date iso-date="{year}-{start_month:02d}-01" type="1"/>'
    if status in ("2", "3", "4"):
        dates += f'<activity-date iso-date="{year}-{start_month:02d}-15" type="2"/>'
    dates += f'<activity-date iso-date="{year}-{start_month + 3:02d}-28" type="3"/>'
    if status == "4":
        dates += f'<activity-date iso-date="{year}-{start_month + 3:02d}-20" type="4"/>'
    # the money as the implementer reports it: the funder's commitment once under way, then its payments (half while
    # under way, all once finished), each naming the funder's own activity
    funder_activity = f"{funder}-{country}-{year}"
    money = ""
    if status != "1":
        committed_on = f"{year}-{start_month:02d}-01"
        money += (f'<transaction><transaction-type code="11"/><transaction-date iso-date="{committed_on}"/>'
                  f'<value currency="USD" value-date="{committed_on}">{amount}</value>'
                  f'<provider-org ref="{funder}" provider-activity-id="{funder_activity}" type="10"><narrative>{escape(NAMES[funder])}</narrative></provider-org>'
                  f'</transaction>')
        paid = amount if status in ("3", "4") else amount // 2
        paid_on = f"{year}-{start_month:02d}-15"
        money += (f'<transaction><transaction-type code="1"/><transaction-date iso-date="{paid_on}"/>'
                  f'<value currency="USD" value-date="{paid_on}">{paid}</value>'
                  f'<provider-org ref="{funder}" provider-activity-id="{funder_activity}" type="10"><narrative>{escape(NAMES[funder])}</narrative></provider-org>'
                  f'</transaction>')
    activities.append(f"""  <iati-activity last-updated-datetime="2026-11-01T00:00:00Z" xml:lang="en" default-currency="USD">
    <iati-identifier>{reporter}-DEMO-{n:04d}</iati-identifier>
    <reporting-org ref="{reporter}" type="40"><narrative>{escape(NAMES[reporter])}</narrative></reporting-org>
    <title><narrative>{escape(title_en.format(area=area))}</narrative><narrative xml:lang="fr">{escape(title_fr.format(area=area))}</narrative></title>
    <description type="1"><narrative>{escape(title_en.format(area=area))}: workshops, mentoring and material support for the authorities of the country, {year}.</narrative></description>
    <participating-org ref="{funder}" role="1" type="10"><narrative>{escape(NAMES[funder])}</narrative></participating-org>
    <participating-org ref="{reporter}" role="4"><narrative>{escape(NAMES[reporter])}</narrative></participating-org>
    <activity-status code="{status}"/>
    {dates}
    <recipient-country code="{ISO2[country]}" percentage="100"/>
    <sector vocabulary="1" code="{sector}" percentage="100"/>
    <tag vocabulary="99" vocabulary-uri="{TAXONOMY_URI}" code="{subtype}"/>
    <tag vocabulary="99" vocabulary-uri="{INSTRUMENTS_URI}" code="{instrument}"/>
    <budget type="1" status="2"><period-start iso-date="{year}-{start_month:02d}-01"/><period-end iso-date="{year}-{start_month + 3:02d}-28"/><value currency="USD" value-date="{year}-01-01">{amount}</value></budget>
    {money}
  </iati-activity>""")
(HERE / "activities.xml").write_text('<?xml version="1.0" encoding="UTF-8"?>\n<iati-activities version="2.03" generated-datetime="2026-11-01T00:00:00Z">\n'
                                     + "\n".join(activities) + "\n</iati-activities>\n")
# capabilities: what each implementer does, where it works and in its languages; what each donor funds
MODES = {"TRAINING": ["WORKSHOP"], "LEGAL": ["ADVISORY"], "COOPERATION": ["WORKSHOP"], "VICTIMS": ["ADVISORY", "WORKSHOP"],
         "DATA": ["ADVISORY", "EQUIPMENT"], "RESOURCES": ["EQUIPMENT"], "STRATEGY": ["ADVISORY"]}
capabilities = []
for identifier, kind, names, countries, regions, languages in ORGANISATIONS:
    if identifier in DOES:
        listed = [{"taSubtype": subtype, "instruments": [THEMES[subtype][0]],
                   "deliveryModes": MODES[subtype.split(".")[0]] + (["ONLINE"] if subtype.startswith("TRAINING.") and
                                                                     kind == "ACADEMIC_INSTITUTE" else []),
                   "regions": regions, "countries": countries,
                   "languages": languages} for subtype in DOES[identifier]]
    elif identifier in FOCUS:
        listed = [{"taSubtype": subtype, "instruments": [THEMES[subtype][0]], "deliveryModes": ["FUNDING"],
                   "regions": [], "countries": [], "languages": languages} for subtype in FOCUS[identifier]]
    else:
        continue
    capabilities.append({"organisation": identifier, "capabilities": listed})
(HERE / "capabilities.jsonl").write_text("".join(json.dumps(c, ensure_ascii=False) + "\n" for c in capabilities))
print(f"{len(organisations)} organisations, {len(activities)} activities, {len(capabilities)} capability lists")
