#!/usr/bin/env python3
"""Generates the '2009 overview' demonstration data set (deploy/demo/overview-2009/README.md).

Run from the repository root: python3 deploy/demo/overview-2009/generate.py
Deterministic (fixed seed): the committed files are its output; the figures they must give are asserted by the
platform's end-to-end tests (PlatformSmokeIT) through survey-service's bulk import and needs-service's analysis.
"""
import csv
import json
import random
from pathlib import Path

HERE = Path(__file__).resolve().parent
DEMO = HERE.parent
ROOT = DEMO.parent.parent
REFERENCE = ROOT / "reference-data/src/main/resources/org/taplatform/reference"
rng = random.Random(2009)

# 80 States parties, P1..P80 (1-based below). The demo focal points' countries are among them.
members = [code for group in json.loads((REFERENCE / "countries.json").read_text())["memberStates"]
           for code in group["codes"]]
fixed = ["KEN", "COL", "PHL"]
others = [c for c in members if c not in fixed]
rng.shuffle(others)
P = others[:77]
for position, code in zip((31, 32, 33), fixed):  # parties to every instrument since the first cycle
    P.insert(position - 1, code)
assert len(P) == 80 and len(set(P)) == 80


def span(first, last):
    return P[first - 1:last]


EARLY, LATE = "2003-09-29", "2006-01-15"  # entry into force; joined between the two cycles
CYCLE_1 = {"name": "First reporting cycle (2005)", "instruments": ["UNTOC", "TIP", "SOM"],
           "periodStart": "2004-10-01", "periodEnd": "2005-09-30", "deadline": "2005-07-31"}
CYCLE_2 = {"name": "Second reporting cycle (2006-2008)", "instruments": ["UNTOC", "TIP", "SOM", "FIREARMS"],
           "periodStart": "2006-02-01", "periodEnd": "2008-06-30", "deadline": "2008-06-30"}
# who is party during each cycle; a party of the first cycle stays one
PARTIES = {
    "UNTOC": (span(31, 80), span(1, 80)),
    "TIP": (span(31, 80), span(6, 80)),
    "SOM": (span(42, 80), span(15, 80)),
    "FIREARMS": ([], span(20, 80)),
}
# who responds: rates of the overview (66/55, 62/56, 59/53, 59 per cent); in the second cycle 41 States leave at
# least one questionnaire unanswered
RESPONDENTS_1 = {"UNTOC": span(31, 63), "TIP": span(31, 61), "SOM": span(42, 64)}
NON_RESPONDENTS_2 = {"UNTOC": span(45, 80), "TIP": span(48, 80), "SOM": span(50, 80),
                     "FIREARMS": span(20, 24) + span(61, 80)}
RESPONDENTS_2 = {i: [c for c in PARTIES[i][1] if c not in NON_RESPONDENTS_2[i]] for i in PARTIES}

taxonomy = json.loads((REFERENCE / "ta-taxonomy.json").read_text())
SUBTYPES = {}  # type -> [(subtype, instruments)]
for ta_type in taxonomy["types"]:
    SUBTYPES[ta_type["code"]] = [(s["code"], s.get("instruments") or ta_type["instruments"])
                                 for s in ta_type["subtypes"]]
vocabularies = json.loads((REFERENCE / "vocabularies.json").read_text())
AREAS = [t["code"] for t in vocabularies["thematicAreas"]]
GROUPS = [t["code"] for t in vocabularies["beneficiaryGroups"]]
DESCRIPTIONS = {
    "REPORTING": "Review of national legislation and coordination with the authorities concerned to report on implementation",
    "STRATEGY": "National strategy and awareness-raising on the instrument among officials and parliamentarians",
    "DATA": "A national database and research on the forms of organized crime the country faces",
    "LEGAL": "Legal advice to bring national legislation in line with the instrument",
    "TRAINING": "Training of criminal justice and law enforcement officials in the instrument's offences",
    "COOPERATION": "International cooperation in criminal matters: mutual legal assistance, extradition, joint investigations",
    "VICTIMS": "Identification, protection and assistance of victims and witnesses",
    "RESOURCES": "Equipment and financial support for the bodies that implement the instrument",
}
# needs stated by the respondents of the second cycle, by type: 25/20/16/16 per cent as in the overview
NEEDS_2 = {"TRAINING": 25, "LEGAL": 20, "COOPERATION": 16, "REPORTING": 16, "STRATEGY": 8, "VICTIMS": 6,
           "DATA": 5, "RESOURCES": 4}
CONSENTS = ["PUBLIC"] * 4 + ["PROVIDERS_AND_DONORS"] * 4 + ["UNODC_ONLY"] * 2
PRIORITIES = ["HIGH", "MEDIUM", "MEDIUM", "LOW"]


def need(ta_type, instrument):
    applicable = [code for code, instruments in SUBTYPES[ta_type] if instrument in instruments]
    subtype = rng.choice(applicable)
    return {"need_ta_subtype": subtype, "need_article": "", "need_thematic_area": rng.choice(AREAS + [""]),
            "need_beneficiary_groups": "|".join(sorted(rng.sample(GROUPS, rng.randint(1, 2)))),
            "need_priority": rng.choice(PRIORITIES), "need_consent": rng.choice(CONSENTS),
            "need_description": DESCRIPTIONS[ta_type]}


def deal_needs(responses, counts):
    """Spreads needs of the given counts by type over the responses ((country, instrument) pairs)."""
    types = [t for t, n in counts.items() for _ in range(n)]
    rng.shuffle(types)
    dealt = {r: [] for r in responses}
    for index, ta_type in enumerate(types):
        for attempt in range(len(responses)):  # a type some instruments lack (victims, firearms) finds one that has it
            country, instrument = responses[(index + attempt * 7) % len(responses)]
            if any(instrument in instruments for _, instruments in SUBTYPES[ta_type]):
                dealt[(country, instrument)].append(need(ta_type, instrument))
                break
        else:
            raise AssertionError(ta_type)
    return dealt


COLUMNS = ["country", "instrument", "question", "value", "need_ta_subtype", "need_article", "need_thematic_area",
           "need_beneficiary_groups", "need_priority", "need_consent", "need_description"]


def write_answers(path, respondents, needs):
    with path.open("w", newline="", encoding="utf-8") as out:
        writer = csv.DictWriter(out, COLUMNS)
        writer.writeheader()
        for instrument, countries in respondents.items():
            for country in countries:
                writer.writerow({"country": country, "instrument": instrument, "question": "Q1",
                                 "value": rng.choice(["YES", "NO", "PARTLY"])})
                writer.writerow({"country": country, "instrument": instrument, "question": "Q3",
                                 "value": rng.choice(["MINISTRY_OF_JUSTICE", "MINISTRY_OF_INTERIOR", "INTERAGENCY_BODY"])})
                for stated in needs.get((country, instrument), []):
                    writer.writerow({"country": country, "instrument": instrument, "question": "Q5", "value": "", **stated})


responses_1 = [(c, i) for i, cs in RESPONDENTS_1.items() for c in cs]
responses_2 = [(c, i) for i, cs in RESPONDENTS_2.items() for c in cs]
needs_1 = deal_needs(responses_1, {"TRAINING": 15, "LEGAL": 14, "COOPERATION": 9, "REPORTING": 8, "STRATEGY": 6,
                                   "VICTIMS": 4, "DATA": 4, "RESOURCES": 3})
needs_2 = deal_needs(responses_2, NEEDS_2)
write_answers(HERE / "cycle-1.answers.csv", RESPONDENTS_1, needs_1)
write_answers(HERE / "cycle-2.answers.csv", RESPONDENTS_2, needs_2)
(HERE / "cycle-1.json").write_text(json.dumps(CYCLE_1, indent=1) + "\n")
(HERE / "cycle-2.json").write_text(json.dumps(CYCLE_2, indent=1) + "\n")

parties = []
for instrument, (first, second) in PARTIES.items():
    for country in second:
        parties.append({"instrument": instrument, "country": country,
                        "action": "RATIFICATION" if country in first else "ACCESSION",
                        "becamePartyOn": EARLY if country in first else LATE})
(DEMO / "states-parties.json").write_text(json.dumps(parties, indent=1) + "\n")

expected = {
    "responseRates": {"first": {i: round(100 * len(RESPONDENTS_1[i]) / len(PARTIES[i][0]), 1) for i in RESPONDENTS_1},
                      "second": {i: round(100 * len(RESPONDENTS_2[i]) / len(PARTIES[i][1]), 1) for i in RESPONDENTS_2}},
    "nonRespondentsSecondCycle": len({c for cs in NON_RESPONDENTS_2.values() for c in cs}),
    "sharesSecondCycle": NEEDS_2,
}
print(json.dumps(expected, indent=1))
