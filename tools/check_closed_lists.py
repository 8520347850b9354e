"""Coverage audit of the extractor's closed-class word lists (session 11).

Each family is checked against a maintained source (Babel's CLDR data) or a systematic
enumeration (every area x head of a role title, every tense of a source verb), through the
real extractor on invented sentences with names in no list. Prints what is missing:

    .venv/bin/python tools/check_closed_lists.py [family ...]

Families: places, demonyms, roles, sources, documents, outlets, particles, orgs. Exit status 1
if anything is missing, so a list that loses coverage shows at once.
"""

from __future__ import annotations

import sys
from datetime import date

from babel import Locale

from loaders.extraction.lexicon import demonyms, place_names, place_words
from loaders.extraction.pipeline import RuleExtractor
from loaders.extraction.tokens import tokenize
from ontology.records import Article

EXTRACTOR = RuleExtractor(on_error="raise")

# CLDR territories that are no country of their own, too small to name companies or that
# share a neighbour's demonym (CG: Congolese, as CD)
_LEFT_OUT = (
    "AC AI AQ AS AW AX BL BQ BV CC CK CP CQ CW CX DG DM EA EH EU EZ FK FM FO GD GF GG GI GL GP "
    "GS GU HM IC IM IO JE KI KM KN KY LC MF MH MP MQ MS NC NF NR NU PF PM PN PW RE SB SH SJ SM "
    "SX ST TA TC TF TK TL TO TV UM UN VA VC VG VI VU WF WS XA XB XK YT CG QO ZZ")
LEFT_OUT = frozenset(_LEFT_OUT.split())


def relations(text: str, lang: str) -> set[tuple[str, str, str]]:
    x = EXTRACTOR.extract(Article(text=text, language=lang, date=date(2025, 6, 2),
                                  publisher="Test Wire"))
    names = {e.id: e.name for e in x.entities}
    return {(str(r.type), names.get(r.source, r.source), names.get(r.target, r.target))
            for r in x.relations}


def check(cases: list[tuple[str, str, tuple[str, str, str]]]) -> list[str]:
    return [f"{lang}: {text} -> {sorted(got)}" for lang, text, want in cases
            if want not in (got := relations(text, lang))]


def places() -> list[str]:
    words, names = place_words(), place_names()
    missing = []
    for lang in ("en", "fr"):
        for key, name in Locale(lang).territories.items():
            code = str(key)
            if code.isalpha() and len(code) == 2 and code not in LEFT_OUT:
                norms = [t.norm for t in tokenize(name)]
                if " ".join(norms) not in names and not all(w in words for w in norms):
                    missing.append(f"{lang} {code} {name}")
    informal = ["Britain", "England", "Wales", "Scotland", "the UAE", "the UK", "the USA",
                "Winnipeg", "Almaty", "Addis Ababa"]
    cases = [("en", f"Velmora agreed to buy {p}'s Quarnel Aseptics.",
              ("ACQUIRES", "Velmora", "Quarnel Aseptics")) for p in informal]
    cases += [("fr", f"Korvane, installé {p}, a racheté Quarnel Aseptics.",
               ("ACQUIRES", "Korvane", "Quarnel Aseptics"))
              for p in ("en Grande-Bretagne", "au pays de Galles", "aux Émirats arabes unis",
                        "à Almaty", "au Kazakhstan")]
    return missing + check(cases)


def demonyms_check() -> list[str]:
    missing = []
    for lang in ("en", "fr"):
        have = set(demonyms(lang).values())
        for code in map(str, Locale(lang).territories):
            if code.isalpha() and len(code) == 2 and code not in LEFT_OUT and code not in have:
                missing.append(f"{lang} no demonym for {code}")
    cases = []
    for masc, fem in (("chilien", "chilienne"), ("marocain", "marocaine"), ("kazakh", "kazakhe"),
                      ("grec", "grecque"), ("letton", "lettonne"), ("vietnamien", "vietnamienne")):
        cases.append(("fr", f"Korvane a racheté le {masc} Quarnel Aseptics.",
                      ("ACQUIRES", "Korvane", "Quarnel Aseptics")))
        cases.append(("fr", f"Korvane a racheté la société {fem} Quarnel Aseptics.",
                      ("ACQUIRES", "Korvane", "Quarnel Aseptics")))
        cases.append(("fr", f"Korvane a racheté les {masc}s Quarnel et Zelbar.",
                      ("ACQUIRES", "Korvane", "Zelbar")))
    for compound in ("italo-britannique", "franco-allemand", "sino-américain", "germano-suisse",
                     "sud-coréen", "néo-zélandais", "sri-lankais"):
        cases.append(("fr", f"Korvane a racheté le groupe {compound} Quarnel Aseptics.",
                      ("ACQUIRES", "Korvane", "Quarnel Aseptics")))
    for adj in ("Kazakh", "Chilean", "Vietnamese", "Jordanian", "Sino-American", "Anglo-Dutch"):
        cases.append(("en", f"Velmora agreed to buy {adj} miner Quarnel Aseptics.",
                      ("ACQUIRES", "Velmora", "Quarnel Aseptics")))
    return missing + check(cases)


FR_HEADS = (("directeur", ""), ("directrice", "e"))
FR_AREAS = ("général", "financier", "technique", "commercial", "juridique", "des opérations",
            "de la stratégie", "scientifique", "marketing", "des ressources humaines",
            "informatique", "des achats", "de la communication", "industriel", "de l'innovation",
            "numérique", "des systèmes d'information", "de la recherche", "d'investissement",
            "des investissements", "du développement", "médical", "de la production",
            "des ventes", "général délégué", "général adjoint", "exécutif", "artistique",
            "de la transformation", "administratif et financier", "des risques")
FR_FEMININE = {"général": "générale", "financier": "financière", "commercial": "commerciale",
               "industriel": "industrielle", "médical": "médicale", "exécutif": "exécutive",
               "général délégué": "générale déléguée", "général adjoint": "générale adjointe",
               "administratif et financier": "administrative et financière"}
FR_OTHER = ("PDG", "DG", "DAF", "DRH", "DSI", "CEO", "CFO", "COO", "CTO", "président",
            "présidente", "présidente du directoire", "présidente du conseil de surveillance",
            "vice-présidente exécutive", "secrétaire générale", "associée gérante",
            "associé-gérant", "associé fondateur", "gérant", "gérante",
            "cofondatrice", "fondateur", "directeur général délégué", "administrateur délégué",
            "responsable des achats", "directrice financière adjointe")
EN_CHIEFS = ("executive", "financial", "operating", "technology", "strategy", "commercial",
             "product", "marketing", "information", "legal", "investment", "people",
             "human resources", "revenue", "sustainability", "digital", "risk", "compliance",
             "data", "scientific", "medical", "communications", "innovation", "security",
             "customer", "growth", "transformation", "business", "accounting")
EN_OTHER = ("CEO", "CFO", "COO", "CTO", "CMO", "CIO", "CPO", "CRO", "CHRO", "CSO", "CCO", "CLO",
            "EVP", "SVP", "president", "chairman", "chairwoman", "chair", "co-founder",
            "founder", "managing partner", "general partner", "general counsel",
            "managing director", "executive director", "senior vice president",
            "executive vice president",
            "deputy chief executive", "company secretary", "treasurer",
            "vice chair", "president and chief executive", "chief executive and founder",
            "finance director")


def roles() -> list[str]:
    cases = []
    for head, _ in FR_HEADS:
        for area in FR_AREAS:
            a = FR_FEMININE.get(area, area) if head == "directrice" else area
            cases.append(("fr", f"Anne Quistel, {head} {a} de Korvane, l'a confirmé.",
                          ("EXECUTIVE_OF", "Anne Quistel", "Korvane")))
    for role in FR_OTHER:
        cases.append(("fr", f"Anne Quistel, {role} de Korvane, l'a confirmé.",
                      ("EXECUTIVE_OF", "Anne Quistel", "Korvane")))
    for role in [f"chief {a} officer" for a in EN_CHIEFS] + list(EN_OTHER):
        cases.append(("en", f"Anna Quist, {role} of Velmora, said so.",
                      ("EXECUTIVE_OF", "Anna Quist", "Velmora")))
        cases.append(("en", f"Anna Quist, Velmora's {role}, said so.",
                      ("EXECUTIVE_OF", "Anna Quist", "Velmora")))
    return check(cases)


FR_SOURCE = ("comme l'avait révélé {o}", "comme l'a révélé {o}", "comme l'a rapporté {o}",
             "a rapporté {o}", "rapporte {o}", "a révélé {o}",
             "selon {o}", "d'après {o}", "écrit {o}", "affirme {o}", "a appris {o}",
             "selon des informations de {o}", "a indiqué {o}", "croit savoir {o}",
             "révèle {o}", "comme l'écrivait {o}", "ont rapporté {o}")
EN_SOURCE = ("as first reported by {o}", "first reported by {o}", "{o} reported",
             "{o} reported on Monday", "{o} first reported", "as reported earlier by {o}",
             "{o} revealed", "{o} wrote", "{o} said, citing sources", "sources told {o}",
             "per {o}", "according to {o}", "as {o} reported", "as {o} first reported",
             "{o} reported, citing people familiar with the matter", "{o} has learned",
             "according to a report by {o}", "according to a report in {o}")


def sources() -> list[str]:
    cases = [("fr", f"Korvane va racheter Quistor, {c.format(o='Le Pélican Lorrain')}.",
              ("REPORTED_BY", "ARTICLE", "Le Pélican Lorrain")) for c in FR_SOURCE]
    cases += [("en", f"Velmora will buy Zentrix, {c.format(o='The Quarnel Post')}.",
               ("REPORTED_BY", "ARTICLE", "Quarnel Post")) for c in EN_SOURCE]
    cases += [("en", "Velmora will buy Zentrix, according to a filing with the Quarnel "
               "Commission.", ("REPORTED_BY", "ARTICLE", "Quarnel Commission"))]
    return check(cases)


FR_DOCUMENTS = ("le prospectus approuvé par", "son document d'enregistrement universel déposé "
                "auprès de", "une déclaration déposée auprès de", "son rapport annuel publié par",
                "une note d'information visée par")
EN_DOCUMENTS = ("a filing with", "a prospectus approved by", "a document filed with",
                "its annual report submitted to", "a regulatory filing lodged with")


def documents() -> list[str]:
    cases = [("fr", f"Korvane détient 8 % de Quistor, selon {d} l'Autorité de Quarnel.",
              ("REPORTED_BY", "ARTICLE", "Autorité de Quarnel")) for d in FR_DOCUMENTS]
    cases += [("en", f"Velmora holds 8% of Zentrix, according to {d} the Quarnel Commission.",
               ("REPORTED_BY", "ARTICLE", "Quarnel Commission")) for d in EN_DOCUMENTS]
    return check(cases)


EN_PRESS = ("Times", "Post", "Journal", "Herald", "Tribune", "Gazette", "Chronicle", "Telegraph",
            "Review", "Daily", "News", "Wire", "Observer", "Examiner", "Inquirer", "Advertiser",
            "Reporter", "Bulletin", "Ledger", "Digest")
# "Courier", "Dispatch", "Guardian", "Sentinel", "Star", "Sun", "Globe", "Standard", "Express",
# "Mail", "Record", "Monitor": newspaper heads too, but common in company names (a delivery or
# security company, "American Express"): left out on purpose
FR_PRESS = ("Le Journal de Quarnel", "Le Progrès de Quarnel", "Le Télégramme de Quarnel",
            "Le Courrier de Quarnel", "La Voix de Quarnel", "Le Nouvelliste de Quarnel",
            "Le Républicain de Quarnel", "La Tribune de Quarnel", "La Dépêche de Quarnel")


def outlets() -> list[str]:
    """An unknown name headed by a newspaper noun, after a verb that a company could use too."""
    cases = [("en", f"Velmora will buy Zentrix, the Quarnel {h} said, citing people familiar "
              "with the matter.", ("REPORTED_BY", "ARTICLE", f"Quarnel {h}")) for h in EN_PRESS]
    cases += [("fr", f"Korvane va racheter Quistor, a indiqué {o}.", ("REPORTED_BY", "ARTICLE", o))
              for o in FR_PRESS]
    return check(cases)


def particles() -> list[str]:
    cases = []
    for name in ("Jean Le Gall-Moreno", "Jean de La Rochefoucauld", "Marie de Varlan",
                 "Pieter van der Berg", "Klaus von Hasselt", "Marco di Stefano",
                 "Khalid bin Tarvik", "Luca Da Ponte", "Anne-Sophie Du Quesnel",
                 "Sean O'Varley", "Anna de los Santos", "Hugo van Quist"):
        cases.append(("fr", f"{name}, directeur financier de Korvane, l'a confirmé.",
                      ("EXECUTIVE_OF", name, "Korvane")))
        cases.append(("en", f"{name}, chief financial officer of Velmora, said so.",
                      ("EXECUTIVE_OF", name, "Velmora")))
    return check(cases)


def orgs() -> list[str]:
    cases = []
    for head in ("holding", "coopérative", "mutuelle", "régie", "fondation", "caisse",
                 "association", "société", "banque", "compagnie", "foncière"):
        cases.append(("fr", f"La {head} Quarnel a racheté Zelbar.",
                      ("ACQUIRES", "Quarnel", "Zelbar")))
    for head in ("fonds", "syndicat mixte", "groupe", "consortium", "groupement",
                 "fonds souverain"):
        cases.append(("fr", f"Le {head} Quarnel a racheté Zelbar.",
                      ("ACQUIRES", "Quarnel", "Zelbar")))
    for tail in ("Trust", "Partnership", "Partners", "Mutual", "Cooperative", "Foundation",
                 "Capital", "Ventures", "Fund"):
        cases.append(("en", f"Quarnel {tail} agreed to buy Zelbar.",
                      ("ACQUIRES", f"Quarnel {tail}", "Zelbar")))
    missing = check(cases)
    for tail in ("LLP", "Holdings", "PLC", "SAS", "GmbH", "AG", "SpA", "NV", "Co-op"):
        text = f"Quarnel {tail} agreed to buy Zelbar."  # the legal form may stay in the name
        got = relations(text, "en")
        if not {("ACQUIRES", "Quarnel", "Zelbar"), ("ACQUIRES", f"Quarnel {tail}", "Zelbar")} & got:
            missing.append(f"en: {text} -> {sorted(got)}")
    return missing


FAMILIES = {"places": places, "demonyms": demonyms_check, "roles": roles,
            "sources": sources, "documents": documents, "outlets": outlets,
            "particles": particles, "orgs": orgs}


def main(argv: list[str]) -> int:
    bad = 0
    for name in argv or list(FAMILIES):
        missing = FAMILIES[name]()
        print(f"== {name}: {len(missing)} missing")
        for line in missing:
            print("  ", line)
        bad += len(missing)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
