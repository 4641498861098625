#!/usr/bin/env python3
"""Writes ranking-ground-truth.json for MatchingGroundTruthTest: a registry of organisations modelled on the actors of
technical assistance (UNODC regional and country offices limited to their regions, global institutes, online
programmes, regional and national civil society, donors that fund and do not implement), their past activities with
their IATI roles, and needs, each labelled by hand with the organisations a UNODC coordinator would call first, and why.

Labelling principles (a coordinator's, not the matcher's): an organisation that can deliver the need's subtype where
the need is (its capability is not limited to other regions) and knows the place (works in the country or its
sub-region, or implemented that subtype there); failing any, one that can deliver the subtype anywhere (in person or
online). Never one whose capability is limited to other regions, and a donor only where it implements.
"""
import json
from pathlib import Path

def cap(subtype, instruments=("UNTOC", "TIP", "SOM", "FIREARMS"), countries=(), areas=(), languages=(), online=False):
    return {"taSubtype": subtype, "instruments": list(instruments), "countries": list(countries), "areas": list(areas),
            "languages": list(languages), "online": online}

def org(identifier, countries=(), areas=(), languages=("en",), capabilities=(), activities=()):
    return {"identifier": identifier, "countries": list(countries), "areas": list(areas), "languages": list(languages),
            "capabilities": list(capabilities), "activities": [
                {"iatiIdentifier": f"{identifier}-{i + 1}", "taSubtypes": [a[0]], "countries": [a[1]],
                 "implemented": a[2] == "implemented"} for i, a in enumerate(activities)]}

EAST_AFRICA = ["014"]
ORGANISATIONS = [
    org("XI-R-UNODC-ROEA", ["KEN", "UGA", "TZA", "ETH"], EAST_AFRICA, ["en", "fr", "sw"], [
        cap("LEGAL.DRAFTING", areas=EAST_AFRICA), cap("TRAINING.JUSTICE_OFFICIALS", areas=EAST_AFRICA),
        cap("COOPERATION.CRIMINAL_MATTERS_TRAINING", areas=EAST_AFRICA),
        cap("TRAINING.LAW_ENFORCEMENT", areas=EAST_AFRICA)],
        [("LEGAL.DRAFTING", "KEN", "implemented"), ("TRAINING.JUSTICE_OFFICIALS", "UGA", "implemented"),
         ("COOPERATION.CRIMINAL_MATTERS_TRAINING", "TZA", "implemented")]),
    org("XI-R-UNODC-ROSEAP", ["THA", "VNM", "IDN", "PHL"], ["035"], ["en", "th", "vi"], [
        cap("LEGAL.DRAFTING", areas=["035"]), cap("TRAINING.LAW_ENFORCEMENT", areas=["035"]),
        cap("DATA.DATABASE", areas=["035"]), cap("COOPERATION.INFORMATION_SHARING", areas=["035"])],
        [("TRAINING.LAW_ENFORCEMENT", "VNM", "implemented"), ("LEGAL.DRAFTING", "PHL", "implemented")]),
    org("XI-R-UNODC-ROWCA", ["SEN", "MLI", "CIV", "NER"], ["011", "017"], ["fr", "en"], [
        cap("LEGAL.DRAFTING", areas=["011", "017"]), cap("TRAINING.JUSTICE_OFFICIALS", areas=["011", "017"]),
        cap("TRAINING.LAW_ENFORCEMENT", areas=["011", "017"]), cap("STRATEGY.NATIONAL_PLAN", areas=["011", "017"])],
        [("TRAINING.JUSTICE_OFFICIALS", "SEN", "implemented"), ("STRATEGY.NATIONAL_PLAN", "MLI", "implemented")]),
    org("XI-R-UNODC-ROMENA", ["EGY", "JOR", "MAR", "TUN"], ["015", "145"], ["ar", "en", "fr"], [
        cap("LEGAL.DRAFTING", areas=["015", "145"]), cap("TRAINING.JUSTICE_OFFICIALS", areas=["015", "145"]),
        cap("COOPERATION.CRIMINAL_MATTERS_TRAINING", areas=["015", "145"]),
        cap("VICTIMS.IDENTIFICATION_PROTECTION", areas=["015", "145"])],
        [("LEGAL.DRAFTING", "EGY", "implemented"), ("VICTIMS.IDENTIFICATION_PROTECTION", "JOR", "implemented")]),
    org("XI-R-UNODC-ROCA", ["KAZ", "UZB", "KGZ", "TJK"], ["143"], ["ru", "en"], [
        cap("TRAINING.LAW_ENFORCEMENT", areas=["143"]), cap("LEGAL.DRAFTING", areas=["143"]),
        cap("COOPERATION.INFORMATION_SHARING", areas=["143"])],
        [("TRAINING.LAW_ENFORCEMENT", "KAZ", "implemented")]),
    org("XI-R-UNODC-ROPAN", ["PAN", "GTM", "HND", "DOM"], ["013", "029"], ["es", "en"], [
        cap("TRAINING.LAW_ENFORCEMENT", areas=["013", "029"]), cap("LEGAL.DRAFTING", areas=["013", "029"]),
        cap("VICTIMS.IDENTIFICATION_PROTECTION", areas=["013", "029"])],
        [("VICTIMS.IDENTIFICATION_PROTECTION", "GTM", "implemented")]),
    org("XI-R-UNODC-COL", ["COL"], [], ["es"], [
        cap("TRAINING.LAW_ENFORCEMENT", countries=["COL"]), cap("DATA.RESEARCH", countries=["COL"]),
        cap("LEGAL.IMPLEMENTATION_ISSUES", countries=["COL"])],
        [("DATA.RESEARCH", "COL", "implemented")]),
    org("XI-R-JUSTICE-INSTITUTE", ["AUT"], [], ["en", "fr", "es"], [
        cap("LEGAL.DRAFTING"), cap("LEGAL.MODEL_LEGISLATION"), cap("TRAINING.JUSTICE_OFFICIALS", online=True),
        cap("LEGAL.RATIFICATION_ADVICE")],
        [("LEGAL.DRAFTING", "PER", "implemented"), ("LEGAL.MODEL_LEGISLATION", "SEN", "implemented"),
         ("TRAINING.JUSTICE_OFFICIALS", "KEN", "implemented")]),
    org("XI-R-POLICE-NETWORK", ["FRA"], [], ["en", "fr", "es"], [
        cap("TRAINING.LAW_ENFORCEMENT"), cap("COOPERATION.INFORMATION_SHARING")],
        [("TRAINING.LAW_ENFORCEMENT", "PER", "implemented"), ("TRAINING.LAW_ENFORCEMENT", "CIV", "implemented")]),
    org("XI-R-DATA-LAB", ["CHE"], [], ["en"], [
        cap("DATA.DATABASE", countries=["CHE"], online=True), cap("DATA.RESEARCH", online=True)],
        [("DATA.DATABASE", "UGA", "implemented")]),
    org("XI-R-VICTIMS-LATAM", ["COL", "PER", "GTM"], ["419"], ["es", "pt"], [
        cap("VICTIMS.IDENTIFICATION_PROTECTION", areas=["419"]), cap("VICTIMS.GENERAL_ASSISTANCE", areas=["419"]),
        cap("TRAINING.SOCIAL_SERVICES", areas=["419"])],
        [("VICTIMS.GENERAL_ASSISTANCE", "COL", "implemented")]),
    org("XI-R-VICTIMS-AFRICA", ["NGA", "KEN", "SEN"], ["202"], ["en", "fr"], [
        cap("VICTIMS.IDENTIFICATION_PROTECTION", areas=["202"]), cap("VICTIMS.GENERAL_ASSISTANCE", areas=["202"]),
        cap("VICTIMS.RETURN", areas=["202"]), cap("TRAINING.SOCIAL_SERVICES", areas=["202"])],
        [("VICTIMS.RETURN", "NGA", "implemented"), ("TRAINING.SOCIAL_SERVICES", "KEN", "implemented")]),
    org("XI-R-MARITIME", ["KEN", "SOM", "SYC", "PHL", "IDN"], [], ["en"], [
        cap("TRAINING.LAW_ENFORCEMENT", countries=["KEN", "SOM", "SYC", "TZA", "PHL", "IDN", "MYS"]),
        cap("COOPERATION.INFORMATION_SHARING", countries=["KEN", "SOM", "SYC", "TZA", "PHL", "IDN", "MYS"])],
        [("TRAINING.LAW_ENFORCEMENT", "SYC", "implemented")]),
    org("XI-R-FIREARMS-PROG", ["AUT"], [], ["en", "fr", "es"], [
        cap("TRAINING.FIREARMS_MARKING", instruments=["FIREARMS"]),
        cap("RESOURCES.EQUIPMENT", instruments=["FIREARMS"])],
        [("TRAINING.FIREARMS_MARKING", "SEN", "implemented"), ("TRAINING.FIREARMS_MARKING", "PER", "implemented")]),
    org("XI-R-KEN-NGO", ["KEN"], [], ["sw", "en"], [
        cap("VICTIMS.GENERAL_ASSISTANCE", countries=["KEN"]), cap("STRATEGY.AWARENESS", countries=["KEN"])],
        [("VICTIMS.GENERAL_ASSISTANCE", "KEN", "implemented")]),
    org("XI-R-PHL-BAR", ["PHL"], [], ["en"], [
        cap("LEGAL.CASEWORK", countries=["PHL"]), cap("TRAINING.JUSTICE_OFFICIALS", countries=["PHL"])], []),
    org("XI-R-PARLIAMENT-NET", ["BEL"], [], ["en", "fr", "es", "ar"], [
        cap("STRATEGY.PARLIAMENTARY_DIALOGUE"), cap("STRATEGY.LEGISLATION_DISSEMINATION")],
        [("STRATEGY.PARLIAMENTARY_DIALOGUE", "TUN", "implemented")]),
    org("XI-R-CYBER-ACADEMY", ["EST"], [], ["en", "ru"], [
        cap("TRAINING.LAW_ENFORCEMENT", online=True, countries=["EST"]), cap("DATA.DATABASE", countries=["EST"])],
        []),
    # generalists that can deliver much anywhere, in many languages, with experience elsewhere: the strongest
    # competition for a region's own office
    org("XI-R-GLOBAL-CONSULT", ["GBR"], [], ["en", "fr", "es", "ar", "ru"], [
        cap("LEGAL.DRAFTING"), cap("TRAINING.JUSTICE_OFFICIALS"), cap("TRAINING.LAW_ENFORCEMENT"),
        cap("DATA.DATABASE"), cap("STRATEGY.NATIONAL_PLAN"), cap("VICTIMS.IDENTIFICATION_PROTECTION")],
        [("LEGAL.DRAFTING", "GBR", "implemented"), ("TRAINING.LAW_ENFORCEMENT", "UKR", "implemented"),
         ("DATA.DATABASE", "MDA", "implemented")]),
    org("XI-R-EURO-INSTITUTE", ["DEU", "FRA"], ["150"], ["en", "fr", "es", "ru"], [
        cap("TRAINING.JUSTICE_OFFICIALS"), cap("COOPERATION.CRIMINAL_MATTERS_TRAINING"),
        cap("COOPERATION.INFORMATION_SHARING"), cap("LEGAL.DRAFTING", areas=["150"])],
        [("COOPERATION.CRIMINAL_MATTERS_TRAINING", "MAR", "implemented"),
         ("TRAINING.JUSTICE_OFFICIALS", "TUN", "implemented")]),
    org("XI-R-ASIA-NETWORK", ["JPN", "KOR"], ["030", "035"], ["en", "zh", "ja"], [
        cap("TRAINING.LAW_ENFORCEMENT", areas=["030", "035"]), cap("DATA.DATABASE", areas=["030", "035"]),
        cap("COOPERATION.INFORMATION_SHARING", areas=["030", "035"])],
        [("TRAINING.LAW_ENFORCEMENT", "THA", "implemented")]),
    # donors: they fund; a capability of theirs is what they fund
    org("XI-R-NORLAND-MFA", ["NOR"], [], ["en"], [
        cap("RESOURCES.FINANCIAL_SUPPORT"), cap("LEGAL.DRAFTING"), cap("TRAINING.JUSTICE_OFFICIALS")],
        [("LEGAL.DRAFTING", "KEN", "funded"), ("TRAINING.JUSTICE_OFFICIALS", "UGA", "funded"),
         ("LEGAL.DRAFTING", "PHL", "funded"), ("TRAINING.JUSTICE_OFFICIALS", "SEN", "funded")]),
    org("XI-R-SUDLAND-AID", ["GBR"], [], ["en", "es"], [
        cap("RESOURCES.FINANCIAL_SUPPORT"), cap("RESOURCES.EQUIPMENT"), cap("TRAINING.LAW_ENFORCEMENT")],
        [("TRAINING.LAW_ENFORCEMENT", "COL", "funded"), ("TRAINING.LAW_ENFORCEMENT", "VNM", "funded"),
         ("RESOURCES.EQUIPMENT", "PER", "funded")]),
    org("XI-R-EASTLAND-JUS", ["DNK"], [], ["en", "fr", "ar"], [
        cap("LEGAL.DRAFTING"), cap("VICTIMS.GENERAL_ASSISTANCE"), cap("VICTIMS.RETURN")],
        [("LEGAL.DRAFTING", "EGY", "funded"), ("LEGAL.DRAFTING", "SEN", "funded"), ("VICTIMS.RETURN", "NGA", "funded"),
         ("VICTIMS.GENERAL_ASSISTANCE", "KEN", "funded")]),
]

# (country, instrument, subtype, expected, why)
NEEDS = [
    ("KEN", "UNTOC", "LEGAL.DRAFTING", ["XI-R-UNODC-ROEA"], "the regional office drafted law in Kenya"),
    ("UGA", "UNTOC", "LEGAL.DRAFTING", ["XI-R-UNODC-ROEA"], "East Africa's regional office"),
    ("TZA", "TIP", "LEGAL.DRAFTING", ["XI-R-UNODC-ROEA"], "East Africa's regional office"),
    ("ETH", "SOM", "LEGAL.DRAFTING", ["XI-R-UNODC-ROEA"], "East Africa's regional office"),
    ("PHL", "UNTOC", "LEGAL.DRAFTING", ["XI-R-UNODC-ROSEAP"], "South-East Asia's office drafted law there"),
    ("VNM", "TIP", "LEGAL.DRAFTING", ["XI-R-UNODC-ROSEAP"], "South-East Asia's office"),
    ("IDN", "UNTOC", "LEGAL.DRAFTING", ["XI-R-UNODC-ROSEAP"], "South-East Asia's office"),
    ("SEN", "UNTOC", "LEGAL.DRAFTING", ["XI-R-UNODC-ROWCA"], "West Africa's office"),
    ("MLI", "TIP", "LEGAL.DRAFTING", ["XI-R-UNODC-ROWCA"], "West Africa's office"),
    ("CIV", "SOM", "LEGAL.DRAFTING", ["XI-R-UNODC-ROWCA"], "West Africa's office"),
    ("EGY", "UNTOC", "LEGAL.DRAFTING", ["XI-R-UNODC-ROMENA"], "the MENA office drafted law in Egypt"),
    ("MAR", "TIP", "LEGAL.DRAFTING", ["XI-R-UNODC-ROMENA"], "the MENA office"),
    ("JOR", "SOM", "LEGAL.DRAFTING", ["XI-R-UNODC-ROMENA"], "the MENA office"),
    ("KAZ", "UNTOC", "LEGAL.DRAFTING", ["XI-R-UNODC-ROCA"], "Central Asia's office"),
    ("UZB", "TIP", "LEGAL.DRAFTING", ["XI-R-UNODC-ROCA"], "Central Asia's office"),
    ("GTM", "UNTOC", "LEGAL.DRAFTING", ["XI-R-UNODC-ROPAN"], "Central America's office"),
    ("PER", "UNTOC", "LEGAL.DRAFTING", ["XI-R-JUSTICE-INSTITUTE"], "no office there; the institute drafted law in Peru"),
    ("CHL", "UNTOC", "LEGAL.DRAFTING", ["XI-R-JUSTICE-INSTITUTE", "XI-R-GLOBAL-CONSULT"],
     "no office there; the institute or the consultancy, anywhere"),
    ("KEN", "UNTOC", "TRAINING.JUSTICE_OFFICIALS", ["XI-R-UNODC-ROEA", "XI-R-JUSTICE-INSTITUTE"],
     "the regional office; the institute trained judges in Kenya"),
    ("UGA", "UNTOC", "TRAINING.JUSTICE_OFFICIALS", ["XI-R-UNODC-ROEA"], "the regional office trained there"),
    ("SEN", "UNTOC", "TRAINING.JUSTICE_OFFICIALS", ["XI-R-UNODC-ROWCA"], "West Africa's office trained there"),
    ("NER", "TIP", "TRAINING.JUSTICE_OFFICIALS", ["XI-R-UNODC-ROWCA"], "West Africa's office"),
    ("TUN", "UNTOC", "TRAINING.JUSTICE_OFFICIALS", ["XI-R-UNODC-ROMENA"], "the MENA office"),
    ("PHL", "UNTOC", "TRAINING.JUSTICE_OFFICIALS", ["XI-R-PHL-BAR"], "the national bar"),
    ("PER", "UNTOC", "TRAINING.JUSTICE_OFFICIALS", ["XI-R-JUSTICE-INSTITUTE"], "the institute, in person or online"),
    ("MNG", "UNTOC", "TRAINING.JUSTICE_OFFICIALS", ["XI-R-JUSTICE-INSTITUTE", "XI-R-GLOBAL-CONSULT",
     "XI-R-EURO-INSTITUTE"], "no one near; those who train anywhere"),
    ("KEN", "UNTOC", "TRAINING.LAW_ENFORCEMENT", ["XI-R-UNODC-ROEA", "XI-R-MARITIME"],
     "the regional office; the maritime programme works in Kenya"),
    ("TZA", "UNTOC", "TRAINING.LAW_ENFORCEMENT", ["XI-R-UNODC-ROEA", "XI-R-MARITIME"], "both work in Tanzania"),
    ("SYC", "UNTOC", "TRAINING.LAW_ENFORCEMENT", ["XI-R-MARITIME"], "the maritime programme trained there"),
    ("VNM", "UNTOC", "TRAINING.LAW_ENFORCEMENT", ["XI-R-UNODC-ROSEAP"], "South-East Asia's office trained there"),
    ("THA", "TIP", "TRAINING.LAW_ENFORCEMENT", ["XI-R-UNODC-ROSEAP"], "South-East Asia's office"),
    ("PHL", "SOM", "TRAINING.LAW_ENFORCEMENT", ["XI-R-UNODC-ROSEAP", "XI-R-MARITIME"], "both work in the Philippines"),
    ("KAZ", "UNTOC", "TRAINING.LAW_ENFORCEMENT", ["XI-R-UNODC-ROCA"], "Central Asia's office trained there"),
    ("KGZ", "UNTOC", "TRAINING.LAW_ENFORCEMENT", ["XI-R-UNODC-ROCA"], "Central Asia's office"),
    ("COL", "UNTOC", "TRAINING.LAW_ENFORCEMENT", ["XI-R-UNODC-COL"], "the country office"),
    ("HND", "TIP", "TRAINING.LAW_ENFORCEMENT", ["XI-R-UNODC-ROPAN"], "Central America's office"),
    ("PER", "UNTOC", "TRAINING.LAW_ENFORCEMENT", ["XI-R-POLICE-NETWORK"], "the police network trained in Peru"),
    ("CIV", "UNTOC", "TRAINING.LAW_ENFORCEMENT", ["XI-R-UNODC-ROWCA", "XI-R-POLICE-NETWORK"],
     "West Africa's office; the network trained there"),
    ("ARG", "UNTOC", "TRAINING.LAW_ENFORCEMENT", ["XI-R-POLICE-NETWORK", "XI-R-GLOBAL-CONSULT"],
     "no office there; the network or the consultancy, anywhere"),
    ("UGA", "UNTOC", "DATA.DATABASE", ["XI-R-DATA-LAB"], "the lab built a database in Uganda, online"),
    ("VNM", "TIP", "DATA.DATABASE", ["XI-R-UNODC-ROSEAP"], "South-East Asia's office"),
    ("PER", "UNTOC", "DATA.DATABASE", ["XI-R-DATA-LAB", "XI-R-GLOBAL-CONSULT"], "no one near: the lab online, or the consultancy"),
    ("COL", "UNTOC", "DATA.RESEARCH", ["XI-R-UNODC-COL"], "the country office did research there"),
    ("BRA", "UNTOC", "DATA.RESEARCH", ["XI-R-DATA-LAB"], "the lab, online"),
    ("COL", "TIP", "VICTIMS.GENERAL_ASSISTANCE", ["XI-R-VICTIMS-LATAM"], "the Latin American network worked there"),
    ("PER", "TIP", "VICTIMS.IDENTIFICATION_PROTECTION", ["XI-R-VICTIMS-LATAM"], "the Latin American network"),
    ("GTM", "TIP", "VICTIMS.IDENTIFICATION_PROTECTION", ["XI-R-UNODC-ROPAN", "XI-R-VICTIMS-LATAM"],
     "the office identified victims there; the network works in Guatemala"),
    ("KEN", "TIP", "VICTIMS.GENERAL_ASSISTANCE", ["XI-R-KEN-NGO", "XI-R-VICTIMS-AFRICA"],
     "the Kenyan NGO; the African network works in Kenya"),
    ("NGA", "TIP", "VICTIMS.RETURN", ["XI-R-VICTIMS-AFRICA"], "the African network returned victims to Nigeria"),
    ("GHA", "TIP", "VICTIMS.RETURN", ["XI-R-VICTIMS-AFRICA"], "the African network"),
    ("JOR", "TIP", "VICTIMS.IDENTIFICATION_PROTECTION", ["XI-R-UNODC-ROMENA"], "the MENA office worked there"),
    ("KEN", "TIP", "TRAINING.SOCIAL_SERVICES", ["XI-R-VICTIMS-AFRICA"], "the African network trained there"),
    ("PER", "TIP", "TRAINING.SOCIAL_SERVICES", ["XI-R-VICTIMS-LATAM"], "the Latin American network"),
    ("SEN", "FIREARMS", "TRAINING.FIREARMS_MARKING", ["XI-R-FIREARMS-PROG"], "the firearms programme worked there"),
    ("PER", "FIREARMS", "TRAINING.FIREARMS_MARKING", ["XI-R-FIREARMS-PROG"], "the firearms programme"),
    ("KEN", "FIREARMS", "TRAINING.FIREARMS_MARKING", ["XI-R-FIREARMS-PROG"], "the firearms programme, anywhere"),
    ("KEN", "UNTOC", "COOPERATION.CRIMINAL_MATTERS_TRAINING", ["XI-R-UNODC-ROEA"], "East Africa's office"),
    ("TZA", "UNTOC", "COOPERATION.CRIMINAL_MATTERS_TRAINING", ["XI-R-UNODC-ROEA"], "it trained there"),
    ("EGY", "UNTOC", "COOPERATION.CRIMINAL_MATTERS_TRAINING", ["XI-R-UNODC-ROMENA"], "the MENA office"),
    ("SOM", "UNTOC", "COOPERATION.INFORMATION_SHARING", ["XI-R-MARITIME"], "the maritime programme works there"),
    ("UZB", "UNTOC", "COOPERATION.INFORMATION_SHARING", ["XI-R-UNODC-ROCA"], "Central Asia's office"),
    ("IDN", "UNTOC", "COOPERATION.INFORMATION_SHARING", ["XI-R-UNODC-ROSEAP", "XI-R-MARITIME"], "both work there"),
    ("TUN", "UNTOC", "STRATEGY.PARLIAMENTARY_DIALOGUE", ["XI-R-PARLIAMENT-NET"], "the network worked in Tunisia"),
    ("COL", "UNTOC", "STRATEGY.PARLIAMENTARY_DIALOGUE", ["XI-R-PARLIAMENT-NET"], "the network, anywhere"),
    ("MLI", "UNTOC", "STRATEGY.NATIONAL_PLAN", ["XI-R-UNODC-ROWCA"], "West Africa's office planned in Mali"),
    ("SEN", "UNTOC", "LEGAL.MODEL_LEGISLATION", ["XI-R-JUSTICE-INSTITUTE"], "the institute worked in Senegal"),
    ("COL", "UNTOC", "LEGAL.IMPLEMENTATION_ISSUES", ["XI-R-UNODC-COL"], "the country office"),
    ("PHL", "UNTOC", "LEGAL.CASEWORK", ["XI-R-PHL-BAR"], "the national bar"),
]

data = {"organisations": ORGANISATIONS,
        "needs": [{"id": f"N{i + 1:03d}", "country": c, "instrument": ins, "taSubtype": s, "expected": e, "why": w}
                  for i, (c, ins, s, e, w) in enumerate(NEEDS)]}
out = Path(__file__).with_name("ranking-ground-truth.json")
out.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(len(ORGANISATIONS), "organisations,", len(NEEDS), "needs")
