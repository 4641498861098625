#!/usr/bin/env python3
"""Generates the '2009 overview' demonstration data set (deploy/demo/overview-2009/README.md).

Run from the repository root: python3 deploy/demo/overview-2009/generate.py

What the Secretariat's overview (seed 004, CTOC/COP/WG.2/2009/1) says is transcribed below as it says it: the States
it names, by the names it uses, under the paragraph that names them. The generator turns that into the two reporting
cycles as they would have been run on this platform and fills in what the overview does not name (the other States
parties, the other responses and needs) so that every figure it publishes comes out exactly. Deterministic (fixed
seed); the committed files are its output. The named facts are written to named-facts.json, which the platform's
end-to-end test reads back through the public API (PlatformSmokeIT) and a unit test checks against the seed's text
(Overview2009TranscriptionTest).
"""
import csv
import json
import random
from decimal import Decimal, ROUND_HALF_UP
from pathlib import Path

HERE = Path(__file__).resolve().parent
DEMO = HERE.parent
ROOT = DEMO.parent.parent
REFERENCE = ROOT / "reference-data/src/main/resources/org/taplatform/reference"
SOURCE = "CTOC/COP/WG.2/2009/1"
rng = random.Random(2009)

# ---- the overview's names --------------------------------------------------------------------------------------
UN_NAMES = {names["en"]: code for code, names in
            json.loads((REFERENCE / "un-country-names.json").read_text())["names"].items()}
# the few names the overview writes otherwise than M49 does
UN_NAMES.update({"Tanzania (United Republic of)": "TZA", "St. Kitts and Nevis": "KNA", "the Philippines": "PHL",
                 "The Congo": "COG", "the Congo": "COG", "the United Republic of Tanzania": "TZA"})


def code(name):
    return UN_NAMES[name]


# para. 10: the States parties that provided no information at all, on the Convention or any Protocol
NON_RESPONDENTS = [
    "Antigua and Barbuda", "Armenia", "Belize", "Bolivia (Plurinational State of)", "Botswana", "Brunei Darussalam",
    "Cook Islands", "Cuba", "Denmark", "Equatorial Guinea", "Ethiopia", "Gambia", "Grenada", "Guyana", "Hungary",
    "Iraq", "Israel", "Kenya", "Kiribati", "Lao People's Democratic Republic", "Lesotho", "Liberia", "Liechtenstein",
    "Luxembourg", "Malawi", "Mauritania", "Micronesia (Federated States of)", "Mozambique", "Qatar", "Rwanda",
    "Saudi Arabia", "Seychelles", "Sri Lanka", "Sudan", "Suriname", "Uganda", "United Arab Emirates", "Vanuatu",
    "Venezuela (Bolivarian Republic of)", "Yemen", "Zambia"]
# para. 9: the responding States that need help to review legislation and coordinate authorities in order to report
REPORTING_HELP = [
    "Albania", "Algeria", "Burundi", "Cambodia", "Cameroon", "Chad", "Ecuador", "Gabon", "Guinea", "Indonesia",
    "Namibia", "Niger", "Philippines", "Republic of Moldova", "Sao Tome and Principe", "Tajikistan"]

TRAINING_BENEFICIARIES = "JUDGES|LAW_ENFORCEMENT|PROSECUTORS"


def named(paragraph, instrument, states, subtype, description, article="", area="", beneficiaries="",
          priority="MEDIUM"):
    return {"paragraph": paragraph, "instrument": instrument, "states": states, "taSubtype": subtype,
            "description": description, "article": article, "thematicArea": area, "beneficiaryGroups": beneficiaries,
            "priority": priority}


# paras. 12-26: every need the overview attributes to a named State, under the instrument it names it for
NAMED_NEEDS = [
    # the Organized Crime Convention
    named(12, "UNTOC", ["Comoros", "Guatemala"], "LEGAL.DRAFTING",
          "Drafting legislation and carrying out the legal reforms the Convention requires"),
    named(12, "UNTOC", ["Cameroon", "Congo", "Costa Rica", "Ecuador", "Madagascar", "Mauritius"], "LEGAL.DRAFTING",
          "Review and amendment of the legislation in force to bring it in line with the Convention"),
    named(12, "UNTOC", ["Congo", "Costa Rica", "Guatemala", "Madagascar"], "LEGAL.DRAFTING",
          "Incorporating or reviewing provisions on international cooperation", "16", "EXTRADITION"),
    named(12, "UNTOC", ["Guatemala", "Madagascar"], "LEGAL.DRAFTING",
          "Improving the legal framework for the protection of victims and witnesses", "24", "WITNESS_VICTIM_PROTECTION"),
    named(13, "UNTOC", ["Madagascar"], "LEGAL.CASEWORK",
          "Casework and best practices in the disposal of confiscated proceeds of crime or property", "14",
          "CONFISCATION"),
    named(13, "UNTOC", ["Algeria"], "LEGAL.CASEWORK",
          "Casework and best practices in mutual legal assistance and the establishment of jurisdiction", "15",
          "JURISDICTION"),
    named(13, "UNTOC", ["Mauritius"], "LEGAL.MODEL_LEGISLATION",
          "Model laws for the incorporation of the Convention's requirements"),
    named(13, "UNTOC", ["China"], "COOPERATION.EXPERIENCE_EXCHANGE",
          "Knowledge of other States' legislation and practice in extradition, mutual legal assistance, measures "
          "against money-laundering, confiscation and asset-sharing", "", "MONEY_LAUNDERING"),
    named(14, "UNTOC", ["Algeria", "Benin", "Burundi", "Congo", "El Salvador", "Gabon", "Guatemala", "Honduras",
                        "Indonesia", "Madagascar", "Malaysia", "Mali", "Myanmar", "Niger", "Romania"],
          "TRAINING.JUSTICE_OFFICIALS",
          "Training of the officials who implement the Convention, in particular members of the judiciary and law "
          "enforcement officers", "29", "", TRAINING_BENEFICIARIES),
    named(14, "UNTOC", ["Costa Rica"], "COOPERATION.CRIMINAL_MATTERS_TRAINING",
          "Training of government officials on the implementation of the Convention and its Protocols, to reinforce "
          "international cooperation", "29", "MUTUAL_LEGAL_ASSISTANCE"),
    named(14, "UNTOC", ["El Salvador", "Guatemala"], "STRATEGY.AWARENESS",
          "Raising awareness of the Convention and of the potential it holds for criminal justice practitioners"),
    named(14, "UNTOC", ["Tajikistan"], "DATA.DATABASE", "A database of all crimes committed in the country", "28"),
    named(14, "UNTOC", ["Guatemala"], "LEGAL.IMPLEMENTATION_ISSUES",
          "Defining a national approach to the use of special investigative techniques", "20",
          "SPECIAL_INVESTIGATIVE_TECHNIQUES"),
    named(15, "UNTOC", ["Benin", "Burundi", "Gabon", "Indonesia", "Mali", "Niger", "Senegal", "Togo"],
          "RESOURCES.FINANCIAL_SUPPORT",
          "Material and financial assistance: modern technologies, reliable communications, equipment to process data "
          "and for videoconferences, and staff for the office that prepares new legislation"),
    named(15, "UNTOC", ["Cameroon", "Central African Republic", "Madagascar"], "RESOURCES.PUBLICATION",
          "Publishing, printing and disseminating new laws"),
    named(15, "UNTOC", ["Cambodia", "Chad", "Egypt", "Namibia", "Philippines", "Sao Tome and Principe", "Togo"],
          "LEGAL.IMPLEMENTATION_ISSUES", "Assistance in implementing the Convention (requested in general terms)"),
    # the Trafficking in Persons Protocol
    named(17, "TIP", ["Cameroon", "Ecuador", "El Salvador", "Jamaica", "Madagascar", "Mauritius", "Panama"],
          "LEGAL.DRAFTING",
          "Drafting or amending legislation to reflect international standards and be in line with domestic needs",
          "5", "", "", "HIGH"),
    named(17, "TIP", ["Dominican Republic"], "LEGAL.IMPLEMENTATION_ISSUES",
          "Regulations for implementing the newly adopted law on trafficking in persons", "5"),
    named(17, "TIP", ["Chile"], "COOPERATION.EXPERIENCE_EXCHANGE",
          "Technical assistance from countries with more experience and resources in this field"),
    named(18, "TIP", ["Algeria", "Burkina Faso", "Cameroon", "Chad", "Ecuador", "El Salvador", "Niger"],
          "TRAINING.JUSTICE_OFFICIALS",
          "Training programmes for criminal justice officials, law enforcement officers, investigators and judges, and "
          "for specialized psychologists, social workers and tax administrators", "10", "",
          "JUDGES|LAW_ENFORCEMENT|PSYCHOLOGISTS|SOCIAL_SERVICE_PROVIDERS|TAX_ADMINISTRATORS"),
    named(19, "TIP", ["Algeria"], "LEGAL.CASEWORK",
          "Training and casework best practices so that victims' views are considered in criminal proceedings while "
          "their identity is protected", "6", "WITNESS_VICTIM_PROTECTION"),
    named(19, "TIP", ["Madagascar", "Thailand"], "VICTIMS.GENERAL_ASSISTANCE",
          "Solving specific issues in the assistance to victims", "6"),
    named(19, "TIP", ["El Salvador"], "VICTIMS.IDENTIFICATION_PROTECTION",
          "Victim protection schemes such as safe houses, and assistance in repatriation", "6",
          "WITNESS_VICTIM_PROTECTION"),
    named(19, "TIP", ["United Republic of Tanzania"], "VICTIMS.RETURN",
          "Funds for organizing the return of victims of trafficking", "8"),
    named(20, "TIP", ["Sri Lanka"], "COOPERATION.INFORMATION_SHARING",
          "Cooperation schemes to share data and information on traffickers and the vessels they use", "10"),
    named(20, "TIP", ["Spain"], "DATA.RESEARCH", "A study of, or information kept on, trafficking routes", "10"),
    named(20, "TIP", ["Togo"], "TRAINING.INSTITUTION_BUILDING",
          "Partnerships for developing its technical capacities"),
    named(20, "TIP", ["Egypt", "Guinea"], "LEGAL.IMPLEMENTATION_ISSUES",
          "Assistance in implementing the Protocol (requested in general terms)"),
    # the Migrants Protocol
    named(21, "SOM", ["Cameroon", "Guatemala", "Jamaica", "South Africa", "Zimbabwe"], "LEGAL.DRAFTING",
          "Developing appropriate legislation on the smuggling of migrants (a priority area)", "6", "", "", "HIGH"),
    named(21, "SOM", ["Guatemala", "Indonesia"], "LEGAL.MODEL_LEGISLATION",
          "Model legislation on the smuggling of migrants", "6"),
    named(21, "SOM", ["Guatemala"], "LEGAL.RATIFICATION_ADVICE", "Assistance during the legislative approval process"),
    named(21, "SOM", ["Ecuador"], "STRATEGY.PARLIAMENTARY_DIALOGUE",
          "Strengthened dialogue with parliamentarians to overcome constitutional obstacles to a law on the smuggling "
          "of migrants", "", "", "PARLIAMENTARIANS"),
    named(22, "SOM", ["Chad", "Maldives"], "TRAINING.JUSTICE_OFFICIALS",
          "Training programmes to improve skills for drafting legislation and upgrade legal expertise", "14", "",
          "CENTRAL_AUTHORITIES"),
    named(22, "SOM", ["El Salvador"], "LEGAL.CASEWORK",
          "Disseminating best practices and practical experience in investigation, operations and mutual legal "
          "assistance", "", "MUTUAL_LEGAL_ASSISTANCE"),
    named(22, "SOM", ["El Salvador"], "VICTIMS.IDENTIFICATION_PROTECTION",
          "A protection scheme for victims and witnesses", "16", "WITNESS_VICTIM_PROTECTION"),
    named(22, "SOM", ["El Salvador"], "LEGAL.DRAFTING",
          "Procedural mechanisms to confiscate property derived from the smuggling of migrants, and bilateral "
          "agreements or arrangements to that effect", "", "CONFISCATION"),
    named(23, "SOM", ["Egypt"], "RESOURCES.EQUIPMENT",
          "Upgraded equipment to detect falsified documents used in the smuggling of migrants", "12"),
    named(23, "SOM", ["Egypt"], "TRAINING.LAW_ENFORCEMENT",
          "Training for law enforcement officers and administration on the relevant legislation", "14", "",
          "LAW_ENFORCEMENT"),
    named(23, "SOM", ["Congo"], "TRAINING.INSTITUTION_BUILDING",
          "Training of employees and computerization of services"),
    named(23, "SOM", ["Central African Republic"], "RESOURCES.PUBLICATION",
          "Printing and disseminating the Penal Code and the Code of Criminal Procedure"),
    # the Firearms Protocol
    named(24, "FIREARMS", ["Ecuador", "Grenada"], "LEGAL.DRAFTING", "Developing appropriate legislation on firearms"),
    named(24, "FIREARMS", ["St. Kitts and Nevis"], "LEGAL.DRAFTING",
          "Identifying the gaps and weaknesses of existing legislation, with recommendations to bring it in line with "
          "the Protocol"),
    named(25, "FIREARMS", ["Algeria", "Guatemala"], "COOPERATION.EXPERIENCE_EXCHANGE",
          "Sharing expertise and experience of how the system of ammunition and weapons control is applied", "10"),
    named(26, "FIREARMS", ["Honduras", "Tanzania (United Republic of)", "Zimbabwe"], "TRAINING.FIREARMS_MARKING",
          "A more effective firearms identification system", "8"),
    named(26, "FIREARMS", ["Zimbabwe"], "DATA.DATABASE", "Record-keeping, tracing and destruction of firearms", "7"),
    named(26, "FIREARMS", ["Paraguay"], "RESOURCES.EQUIPMENT",
          "Material assistance for a marking system: technology, training in searching for weapons, a database of "
          "evidence and better Internet access between domestic institutions", "8"),
    named(26, "FIREARMS", ["Paraguay"], "STRATEGY.AWARENESS",
          "Public awareness-raising programmes against the illicit manufacturing of and trafficking in firearms"),
]
# paras. 16-24: difficulties the overview quotes, the States' answers to the checklist's question on difficulties
NAMED_DIFFICULTIES = [
    (16, "TIP", "Mauritius", "Lack of experienced staff and of policies that accord high priority to the issue"),
    (16, "TIP", "Benin", "Lack of financial resources to draft adequate laws"),
    (16, "TIP", "Jamaica", "Lack of experience of the impact of and the challenges posed by trafficking in persons"),
    (16, "TIP", "Indonesia", "The vast size of the country and the length of its coastline"),
    (17, "TIP", "Spain", "Countries of origin and transit need to become Parties to the Protocol"),
    (21, "SOM", "Ecuador", "Constitutional obstacles to the adoption of a law on the smuggling of migrants"),
    (24, "FIREARMS", "Costa Rica", "Constitutional obstacles to adopting a law on the trafficking in firearms"),
]
# the demo users' countries: KEN (a named non-respondent), PHL (named), COL; parties to every instrument, as the
# demo's open cycle expects them to report on it
DEMO_COUNTRIES = ["KEN", "COL", "PHL"]

# ---- the published figures -------------------------------------------------------------------------------------
INSTRUMENTS = ["UNTOC", "TIP", "SOM", "FIREARMS"]
CYCLE_1 = {"name": "First reporting cycle (2005)", "instruments": ["UNTOC", "TIP", "SOM"],
           "periodStart": "2004-10-01", "periodEnd": "2005-09-30", "deadline": "2005-07-31"}
CYCLE_2 = {"name": "Second reporting cycle (2006-2008)", "instruments": INSTRUMENTS,
           "periodStart": "2006-02-01", "periodEnd": "2008-06-30", "deadline": "2008-06-30"}
# para. 8: response rates; (parties, respondents) chosen so each rate is the published one to the decimal
RATES = {1: {"UNTOC": (100, 66), "TIP": (92, 57), "SOM": (83, 49)},
         2: {"UNTOC": (149, 82), "TIP": (125, 70), "SOM": (115, 61), "FIREARMS": (78, 46)}}
# para. 27: the needs stated in the second cycle's responses by type, 25/20/16/16 per cent of 300; the legal ones
# (figure 2) led by drafting/amending, as paras. 12, 17, 21 and 24 name it most often
NEEDS_2 = {"TRAINING": 75, "LEGAL": 60, "COOPERATION": 48, "REPORTING": 48, "RESOURCES": 20, "STRATEGY": 19,
           "VICTIMS": 16, "DATA": 14}
LEGAL_2 = {"LEGAL.DRAFTING": 29, "LEGAL.IMPLEMENTATION_ISSUES": 13, "LEGAL.CASEWORK": 8,
           "LEGAL.MODEL_LEGISLATION": 6, "LEGAL.RATIFICATION_ADVICE": 4}
# how many of the 41 silent States were parties to each instrument (they answered none)
SILENT_PARTIES = {1: {"UNTOC": 20, "TIP": 12, "SOM": 9}, 2: {"UNTOC": 41, "TIP": 25, "SOM": 22, "FIREARMS": 12}}

taxonomy = json.loads((REFERENCE / "ta-taxonomy.json").read_text())
SUBTYPES = {}  # subtype -> (type, instruments, English name)
for ta_type in taxonomy["types"]:
    for subtype in ta_type["subtypes"]:
        SUBTYPES[subtype["code"]] = (ta_type["code"], subtype.get("instruments") or ta_type["instruments"],
                                     subtype["names"]["en"] if "names" in subtype else subtype["code"])
INSTRUMENT_NAMES = {"UNTOC": "the Convention", "TIP": "the Trafficking in Persons Protocol",
                    "SOM": "the Migrants Protocol", "FIREARMS": "the Firearms Protocol"}
CHECKLISTS = {i: json.loads((DEMO / "questionnaires" / (i + ".json")).read_text()) for i in INSTRUMENTS}
# the articles of each checklist (deploy/demo/questionnaires), with the TA subtypes each article's question offers
ARTICLE_NEEDS = {i: {s["article"]: next(q["taSubtypes"] for q in s["questions"] if q["type"] == "NEEDS")
                     for s in CHECKLISTS[i]["sections"] if s.get("article")} for i in INSTRUMENTS}
member_states = [c for group in json.loads((REFERENCE / "countries.json").read_text())["memberStates"]
                 for c in group["codes"]]


def states(names):
    return [code(n) for n in names]


silent = states(NON_RESPONDENTS)
reporting = states(REPORTING_HELP)
assert len(silent) == 41 and len(set(silent)) == 41 and len(reporting) == 16
needs_named = []  # (instrument, country, need) in the overview's order
for fact in NAMED_NEEDS:
    for name in fact["states"]:
        needs_named.append((fact["instrument"], code(name), fact))
# the overview's own contradiction: two States it lists as having provided no information (para. 10) are quoted as
# having stated a need (paras. 20 and 24). Both facts are kept: they answered no questionnaire, and the Secretariat
# recorded the needs it quotes as needs of source MANUAL (manual-needs.json), outside the survey figures.
manual = [(i, c, f) for i, c, f in needs_named if c in silent]
stated = [(i, c, f) for i, c, f in needs_named if c not in silent]
assert sorted(c for _, c, _ in manual) == ["GRD", "LKA"]

# ---- who was party, and who answered ---------------------------------------------------------------------------
# every State the overview names as answering answered the Convention's questionnaire in the second cycle, and the
# questionnaires it is named under; the Philippines and the others of REPORTING_HELP also two Protocols' (para. 9)
answered_2 = {i: set() for i in INSTRUMENTS}
for instrument, country, _ in stated:
    answered_2[instrument].add(country)
for _, instrument, name, _ in NAMED_DIFFICULTIES:
    answered_2[instrument].add(code(name))
answered_2["UNTOC"] |= set(reporting) | {c for i in INSTRUMENTS for c in answered_2[i]}
named_respondents = set(answered_2["UNTOC"])
answered_2["UNTOC"].add("COL")
# the 16 that asked for reporting help did so for the Convention and two Protocols each
reporting_protocols = {}
for index, country in enumerate(reporting):
    pair = [("TIP", "SOM"), ("TIP", "FIREARMS"), ("SOM", "TIP")][index % 3]
    if country == "PHL":
        pair = ("SOM", "FIREARMS")  # the Philippines' focal point answers those in the demo's open cycle
    reporting_protocols[country] = pair
    for instrument in pair:
        answered_2[instrument].add(country)
for country in ("COL", "PHL"):
    for instrument in INSTRUMENTS:
        answered_2[instrument].add(country)

excluded = set(silent) | named_respondents | {"KEN", "COL", "PHL"}
fillers = [c for c in member_states if c not in excluded]
rng.shuffle(fillers)
size_2 = {i: RATES[2][i][0] for i in INSTRUMENTS}
responders_2 = {i: RATES[2][i][1] for i in INSTRUMENTS}
# the second cycle's parties to the Convention: the 41 silent ones, the named, and others up to 149; of the others,
# some answered only in the first cycle (silent in the second, but not without any information)
extra_responders = responders_2["UNTOC"] - len(answered_2["UNTOC"])
first_only_count = size_2["UNTOC"] - 41 - responders_2["UNTOC"]
assert extra_responders >= 0, extra_responders
untoc_responders = sorted(answered_2["UNTOC"]) + fillers[:extra_responders]
first_only = fillers[extra_responders:extra_responders + first_only_count]
answered_2["UNTOC"] = set(untoc_responders)
parties_2 = {"UNTOC": set(silent) | set(untoc_responders) | set(first_only)}
assert len(parties_2["UNTOC"]) == 149


def pick(pool, count, must=(), prefer=()):
    """count States of pool: the must ones, then preferred ones, then others (shuffled, so deterministic)."""
    chosen = set(must)
    assert count >= len(chosen), (count, len(chosen))
    for group in (sorted(set(prefer) & set(pool) - chosen), sorted(set(pool) - set(prefer) - chosen)):
        rng.shuffle(group)
        chosen |= set(group[:count - len(chosen)])
    return chosen


for instrument in ["TIP", "SOM", "FIREARMS"]:
    answering = pick(answered_2["UNTOC"], responders_2[instrument], answered_2[instrument])
    answered_2[instrument] = answering
    silent_parties = pick(silent, SILENT_PARTIES[2][instrument], ["KEN"])
    others = size_2[instrument] - len(answering) - len(silent_parties)
    # the other parties that did not answer: first-cycle-only ones first, then Convention respondents
    not_answering = pick(first_only, min(others, len(first_only)))
    not_answering |= pick(answered_2["UNTOC"] - answering, others - len(not_answering))
    parties_2[instrument] = answering | silent_parties | not_answering
    assert len(parties_2[instrument]) == size_2[instrument], instrument

# the first cycle: the Convention's parties were fewer; those answering only then all answered its questionnaire
parties_1, answered_1 = {}, {}
both_protocols = parties_2["TIP"] & parties_2["SOM"]
silent_1 = pick(parties_2["UNTOC"] & set(silent), SILENT_PARTIES[1]["UNTOC"], ["KEN"], both_protocols)
answered_1["UNTOC"] = set(first_only) | pick(answered_2["UNTOC"], RATES[1]["UNTOC"][1] - len(first_only),
                                             ["COL", "PHL"], both_protocols)
parties_1["UNTOC"] = answered_1["UNTOC"] | silent_1 | pick(
    answered_2["UNTOC"] - answered_1["UNTOC"], RATES[1]["UNTOC"][0] - len(answered_1["UNTOC"]) - len(silent_1), (),
    both_protocols)
for instrument in ["TIP", "SOM"]:
    size, answering = RATES[1][instrument]
    pool = parties_1["UNTOC"] & parties_2[instrument]
    silent_here = pick(pool & silent_1, SILENT_PARTIES[1][instrument], ["KEN"])
    answered_1[instrument] = pick(pool & answered_1["UNTOC"], answering, ["COL", "PHL"],
                                  answered_2[instrument] | set(first_only))
    parties_1[instrument] = answered_1[instrument] | silent_here | pick(
        pool - answered_1[instrument] - set(silent), size - answering - len(silent_here))
    assert len(parties_1[instrument]) == size, (instrument, len(pool), len(pool & silent_1), len(answered_1[instrument]), len(parties_1[instrument]))
for instrument in ["UNTOC", "TIP", "SOM"]:
    assert parties_1[instrument] <= parties_2[instrument] and parties_1[instrument] <= parties_1["UNTOC"]
for instrument in INSTRUMENTS:
    assert parties_2[instrument] <= parties_2["UNTOC"]
    assert not answered_2[instrument] & set(silent)
    assert all(c in parties_2[instrument] for c in DEMO_COUNTRIES), instrument
# nobody but the 41 went without answering something
ever_answered = set().union(*answered_1.values(), *answered_2.values())
assert parties_2["UNTOC"] - ever_answered == set(silent), parties_2["UNTOC"] - ever_answered - set(silent)
assert len(ever_answered) > 100  # para. 2: "more than 100 States"

# ---- the needs ---------------------------------------------------------------------------------------------------
GROUPS_BY_TYPE = {"TRAINING": ["LAW_ENFORCEMENT", "PROSECUTORS|JUDGES", "LAW_ENFORCEMENT|PROSECUTORS"],
                  "VICTIMS": ["SOCIAL_SERVICE_PROVIDERS", "LAW_ENFORCEMENT|SOCIAL_SERVICE_PROVIDERS"],
                  "COOPERATION": ["CENTRAL_AUTHORITIES", "CENTRAL_AUTHORITIES|PROSECUTORS"],
                  "STRATEGY": ["PARLIAMENTARIANS", ""], "REPORTING": ["CENTRAL_AUTHORITIES"]}
AREAS_BY_SUBTYPE = {"COOPERATION.CRIMINAL_MATTERS_TRAINING": ["MUTUAL_LEGAL_ASSISTANCE", "EXTRADITION"],
                    "COOPERATION.EXTRADITION_LEGAL_BASIS": ["EXTRADITION"],
                    "VICTIMS.IDENTIFICATION_PROTECTION": ["WITNESS_VICTIM_PROTECTION"]}
CONSENTS = ["PUBLIC"] * 4 + ["PROVIDERS_AND_DONORS"] * 4 + ["UNODC_ONLY"] * 2


def article_for(instrument, subtype):
    """An article of the instrument whose checklist question offers the subtype (none: the general question)."""
    offering = sorted((a for a, subtypes in ARTICLE_NEEDS[instrument].items() if subtype in subtypes), key=int)
    return rng.choice(offering) if offering else ""


def need_row(subtype, description, article="", area="", groups="", priority="MEDIUM", consent="PUBLIC"):
    return {"need_ta_subtype": subtype, "need_article": article, "need_thematic_area": area,
            "need_beneficiary_groups": groups, "need_priority": priority, "need_consent": consent,
            "need_description": description}


def generated_need(subtype, instrument):
    ta_type, _, name = SUBTYPES[subtype]
    return need_row(subtype, "%s (%s)" % (name, INSTRUMENT_NAMES[instrument]), article_for(instrument, subtype),
                    rng.choice(AREAS_BY_SUBTYPE.get(subtype, [""])), rng.choice(GROUPS_BY_TYPE.get(ta_type, [""])),
                    rng.choice(["HIGH", "MEDIUM", "MEDIUM", "LOW"]), rng.choice(CONSENTS))


needs_2 = {}  # (country, instrument) -> [row]
for instrument, country, fact in stated:
    # a State named in the overview shared its need publicly: the overview itself names it
    needs_2.setdefault((country, instrument), []).append(need_row(
        fact["taSubtype"], fact["description"], fact["article"], fact["thematicArea"], fact["beneficiaryGroups"],
        fact["priority"]))
REPORTING_DESCRIPTION = ("Reviewing national legislation and coordinating with the authorities concerned to report on "
                         "the implementation of %s")
for country in reporting:
    for instrument in ("UNTOC",) + reporting_protocols[country]:
        needs_2.setdefault((country, instrument), []).append(need_row(
            "REPORTING.LEGISLATION_REVIEW", REPORTING_DESCRIPTION % INSTRUMENT_NAMES[instrument],
            "32" if instrument == "UNTOC" else "", "",
            "CENTRAL_AUTHORITIES", "HIGH"))


def type_of(row):
    return SUBTYPES[row["need_ta_subtype"]][0]


counted = {}
for rows in needs_2.values():
    for row in rows:
        counted[type_of(row)] = counted.get(type_of(row), 0) + 1
legal_counted = {}
for rows in needs_2.values():
    for row in rows:
        if type_of(row) == "LEGAL":
            legal_counted[row["need_ta_subtype"]] = legal_counted.get(row["need_ta_subtype"], 0) + 1
assert counted["REPORTING"] == NEEDS_2["REPORTING"], counted
# what the overview does not name: the needs of the States it does not name, dealt round their responses
to_fill = []
for ta_type, total in NEEDS_2.items():
    if ta_type == "LEGAL":
        for subtype, n in LEGAL_2.items():
            to_fill += [subtype] * (n - legal_counted.get(subtype, 0))
        continue
    missing = total - counted.get(ta_type, 0)
    assert missing >= 0, ta_type
    subtypes = [s for s, (t, _, _) in SUBTYPES.items() if t == ta_type]
    to_fill += [subtypes[k % len(subtypes)] for k in range(missing)]
rng.shuffle(to_fill)
unnamed_responses = [(c, i) for i in INSTRUMENTS for c in sorted(answered_2[i]) if c not in named_respondents]
rng.shuffle(unnamed_responses)
for index, subtype in enumerate(to_fill):
    for attempt in range(len(unnamed_responses)):
        country, instrument = unnamed_responses[(index + attempt) % len(unnamed_responses)]
        if instrument in SUBTYPES[subtype][1] and not any(r["need_ta_subtype"] == subtype
                                                          for r in needs_2.get((country, instrument), [])):
            needs_2.setdefault((country, instrument), []).append(generated_need(subtype, instrument))
            break
    else:
        raise AssertionError(subtype)

# the first cycle's needs: a State's first need of the instrument again where it answered both (it persisted, and the
# second cycle supersedes it), else one of the subtypes that applies
needs_1 = {}
for instrument, countries in answered_1.items():
    for country in sorted(countries):
        later = needs_2.get((country, instrument))
        if later:
            needs_1[(country, instrument)] = [dict(later[0])]
        else:
            applicable = sorted(s for s, (t, instruments, _) in SUBTYPES.items()
                                if instrument in instruments and t != "REPORTING")
            needs_1[(country, instrument)] = [generated_need(rng.choice(applicable), instrument)]

# ---- the files ---------------------------------------------------------------------------------------------------
COLUMNS = ["country", "instrument", "question", "value", "need_ta_subtype", "need_article", "need_thematic_area",
           "need_beneficiary_groups", "need_priority", "need_consent", "need_description"]
DIFFICULTIES = {(i, code(n)): t for _, i, n, t in NAMED_DIFFICULTIES}



EXTRA_ANSWERS = {"A16.3": lambda: "|".join(sorted(rng.sample(["CONVENTION", "TREATIES", "DOMESTIC_LAW", "RECIPROCITY"],
                                                              rng.randint(1, 3)))),
                 "A18.3": lambda: str(rng.randint(0, 400)),
                 "A6.3": lambda: "|".join(sorted(rng.sample(["HOUSING", "COUNSELLING", "MEDICAL", "EMPLOYMENT"],
                                                            rng.randint(1, 4)))),
                 "A8.3": lambda: "|".join(sorted(rng.sample(["MANUFACTURE", "IMPORT", "TRANSFER"], rng.randint(1, 3))))}
CITED = "Cited in the State's response; not reproduced in the demonstration data"


def question_of(instrument, row):
    """Where a need is stated: its article's technical assistance question when that offers the subtype, else the
    checklist's general one (which takes any subtype: reporting, and needs of no article)."""
    article = row["need_article"].split("(")[0]
    if row["need_ta_subtype"] in ARTICLE_NEEDS[instrument].get(article, []):
        return "A%s.TA" % article
    return "G.TA"


def write_answers(path, answered, needs, difficulties):
    with path.open("w", newline="", encoding="utf-8") as out:
        writer = csv.DictWriter(out, COLUMNS, lineterminator="\n")
        writer.writeheader()
        for instrument in [i for i in INSTRUMENTS if i in answered]:
            for country in sorted(answered[instrument]):
                def answer(question, value):
                    writer.writerow({"country": country, "instrument": instrument, "question": question,
                                     "value": value})
                for section in CHECKLISTS[instrument]["sections"]:
                    if not section.get("article"):
                        continue
                    measures = rng.choice(["YES", "YES", "PARTLY", "PARTLY", "NO"])
                    answer("A%s.1" % section["article"], measures)
                    if measures != "NO":
                        answer("A%s.2" % section["article"], CITED)
                    for question in section["questions"]:
                        if question["code"] in EXTRA_ANSWERS and rng.random() < 0.6:
                            answer(question["code"], EXTRA_ANSWERS[question["code"]]())
                answer("G.1", rng.choice(["MINISTRY_OF_JUSTICE", "MINISTRY_OF_INTERIOR", "INTERAGENCY_BODY"]))
                if (instrument, country) in difficulties:
                    answer("G.2", difficulties[(instrument, country)])
                for row in needs.get((country, instrument), []):
                    writer.writerow({"country": country, "instrument": instrument,
                                     "question": question_of(instrument, row), "value": "", **row})


write_answers(HERE / "cycle-1.answers.csv", answered_1, needs_1, {})
write_answers(HERE / "cycle-2.answers.csv", answered_2, needs_2, DIFFICULTIES)
(HERE / "cycle-1.json").write_text(json.dumps(CYCLE_1, indent=1) + "\n")
(HERE / "cycle-2.json").write_text(json.dumps(CYCLE_2, indent=1) + "\n")
with (HERE / "manual-needs.jsonl").open("w", encoding="utf-8") as out:
    for instrument, country, fact in manual:
        out.write(json.dumps({
            "country": country, "instrument": instrument, "article": fact["article"] or None,
            "taSubtype": fact["taSubtype"], "thematicArea": fact["thematicArea"] or None,
            "beneficiaryGroups": [g for g in fact["beneficiaryGroups"].split("|") if g],
            "description": fact["description"], "priority": fact["priority"], "consent": "PUBLIC",
            "requestReference": "%s, para. %d" % (SOURCE, fact["paragraph"])}, ensure_ascii=False) + "\n")

EARLY, LATE = "2003-09-29", "2006-01-15"  # the Convention's entry into force; joined between the two cycles
parties = []
for instrument in INSTRUMENTS:
    first = parties_1.get(instrument, set())
    for country in sorted(parties_2[instrument]):
        parties.append({"instrument": instrument, "country": country,
                        "action": "RATIFICATION" if country in first else "ACCESSION",
                        "becamePartyOn": EARLY if country in first else LATE})
(DEMO / "states-parties.json").write_text(json.dumps(parties, indent=1) + "\n")


def rate(cycle, instrument):
    answered = answered_1 if cycle == 1 else answered_2
    party = parties_1 if cycle == 1 else parties_2
    value = Decimal(100 * len(answered[instrument])) / Decimal(len(party[instrument]))
    return float(value.quantize(Decimal("0.1"), ROUND_HALF_UP))


total_2 = sum(len(rows) for rows in needs_2.values())
assert total_2 == sum(NEEDS_2.values()) == 300
facts = {
    "source": SOURCE,
    "responseRates": {"first": {i: rate(1, i) for i in answered_1}, "second": {i: rate(2, i) for i in answered_2}},
    "noInformation": {"paragraph": 10, "states": NON_RESPONDENTS, "codes": silent},
    "reportingHelp": {"paragraph": 9, "states": REPORTING_HELP, "codes": reporting},
    "needs": [{"paragraph": f["paragraph"], "instrument": i, "state": n, "country": code(n), "taSubtype": f["taSubtype"],
               "description": f["description"], "source": "MANUAL" if code(n) in silent else "SURVEY"}
              for f in NAMED_NEEDS for i, n in [(f["instrument"], s) for s in f["states"]]],
    "difficulties": [{"paragraph": p, "instrument": i, "state": n, "country": code(n), "text": t}
                     for p, i, n, t in NAMED_DIFFICULTIES],
    "secondCycleNeedsByType": NEEDS_2,
    "secondCycleLegalNeedsBySubtype": LEGAL_2,
    "statesThatAnswered": len(ever_answered),
}
(HERE / "named-facts.json").write_text(json.dumps(facts, indent=1, ensure_ascii=False) + "\n")
assert facts["responseRates"] == {"first": {"UNTOC": 66.0, "TIP": 62.0, "SOM": 59.0},
                                  "second": {"UNTOC": 55.0, "TIP": 56.0, "SOM": 53.0, "FIREARMS": 59.0}}
print(json.dumps({k: facts[k] for k in ("responseRates", "statesThatAnswered")}, indent=1))
print("responses: first %d, second %d; needs: first %d, second %d" % (
    sum(len(c) for c in answered_1.values()), sum(len(c) for c in answered_2.values()),
    sum(len(r) for r in needs_1.values()), total_2))
