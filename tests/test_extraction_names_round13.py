"""Names on new text, thirteenth round (session 20, issue 11). Two plural trade nouns joined
by "and" / "et" stay inside a firm's name ("Velmora Tubes et Raccords"); a public body or fund
goes on with "for <Field>" ("the Velmoran Bank for Regional Development", "the
Hospital for Hand Rehabilitation", "the Quellian Authority for the Coastal Fisheries") or "of
<Place>" ("the Civil Servants Pension Fund of Ostravia"), and a body named by its members with
"of" and one word ("Quellan Bakers of Ostmark"). A French public body's name goes on in
lower case after its capitalised head ("l'Autorité de contrôle des péages", "la Cour des
litiges", "le Bulletin officiel") and is cited by "selon". Invented sentences and companies
in no list, both languages where the form occurs; near misses stay out."""

from __future__ import annotations

from tests.test_extraction_families import found_and_absent

FOUND = [
    # two plural trade nouns joined inside the name
    ("fr", "Le groupe Quistor a annoncé l'acquisition du fabricant savoyard Velmora Tubes et "
     "Raccords pour 20 millions d'euros.",
     ("ACQUIRES", "Quistor", "Velmora Tubes et Raccords")),
    ("fr", "Quistor a racheté Zelbar Matériaux et Réseaux, basé à Lyon.",
     ("ACQUIRES", "Quistor", "Zelbar Matériaux et Réseaux")),
    ("fr", "Le groupe Quistor a annoncé le rachat de Quellan Freins et Ressorts.",
     ("ACQUIRES", "Quistor", "Quellan Freins et Ressorts")),
    ("en", "Quistor agreed to buy Velmora Cables and Systems for $20 million.",
     ("ACQUIRES", "Quistor", "Velmora Cables and Systems")),
    ("en", "Quistor has agreed to buy pump maker Velmora Pumps and Valves Ltd.",
     ("ACQUIRES", "Quistor", "Velmora Pumps and Valves")),
    # a public body or fund named for its field or its place
    ("en", "Quistor will also buy out the Velmoran Bank for Regional Development, "
     "which holds 12% of Zelbar.",
     ("INVESTS_IN", "Velmoran Bank for Regional Development", "Zelbar")),
    ("en", "Part of the price comes from the Civil Servants Pension Fund of Ostravia, which "
     "now owns 30% of Zelbar.",
     ("INVESTS_IN", "Civil Servants Pension Fund of Ostravia", "Zelbar")),
    ("en", "Quistor owns 9% of Zelbar, according to a filing with the Quellian Authority "
     "for the Coastal Fisheries.",
     ("REPORTED_BY", "ARTICLE", "Quellian Authority for the Coastal Fisheries")),
    # a body named by its members, "of" and one word
    ("en", "Zelbar's largest customer is Quellan Bakers of Ostmark, which buys its flour from "
     "Zelbar.", ("SUPPLIES", "Zelbar", "Quellan Bakers of Ostmark")),
]

ABSENT = [
    ("en", "Quistor will also buy out the Velmoran Bank for Regional Development, "
     "which holds 12% of Zelbar.", ("INVESTS_IN", "Development", "Zelbar")),
    ("en", "Part of the price comes from the Civil Servants Pension Fund of Ostravia, which "
     "now owns 30% of Zelbar.", ("INVESTS_IN", "Ostravia", "Zelbar")),
    ("en", "Zelbar's largest customer is Quellan Bakers of Ostmark, which buys its flour from "
     "Zelbar.", ("SUPPLIES", "Zelbar", "Ostmark")),
    # near misses: a name after "and" / "et" stays its own
    ("fr", "Quistor affronte Velmora Airports et Quellis sur ce marché.",
     ("COMPETES_WITH", "Quistor", "Velmora Airports et Quellis")),
    ("en", "Quistor Motors competes with Velmora Motors and Zentrix in Europe.",
     ("COMPETES_WITH", "Quistor Motors", "Velmora Motors and Zentrix")),
    ("en", "Quistor Holdings and Velmora Partners agreed to buy Zelbar.",
     ("ACQUIRES", "Quistor Holdings and Velmora Partners", "Zelbar")),
    # a bank hired for a company's deal is no body named for a field
    ("en", "Quistor hired Velmora Bank for Zelbar's listing.",
     ("SUPPLIES", "Velmora Bank for Zelbar", "Quistor")),
    # a board's members
    ("en", "The Velmora Board of Directors approved the sale of Zelbar to Quistor.",
     ("ACQUIRES", "Quistor", "Velmora Board of Directors")),
]

test_found, test_absent = found_and_absent(FOUND, ABSENT)

FOUND_BODIES = [
    ("fr", "Quistor a racheté Zelbar, selon l'Autorité de supervision des ports.",
     ("REPORTED_BY", "ARTICLE", "Autorité de supervision des ports")),
    ("fr", "Quistor a racheté Zelbar, selon la Cour des litiges.",
     ("REPORTED_BY", "ARTICLE", "Cour des litiges")),
    ("fr", "Zelbar a vendu ses parts à Quistor, d'après la Commission de contrôle des péages.",
     ("REPORTED_BY", "ARTICLE", "Commission de contrôle des péages")),
]

ABSENT_BODIES = [
    # a company's board is no public body; an infinitive after "de" is no part of the name
    ("fr", "Le Conseil de surveillance de Quistor a approuvé le rachat de Zelbar.",
     ("ACQUIRES", "Conseil de surveillance", "Zelbar")),
    ("fr", "Zelbar a demandé à l'Autorité de la concurrence de sanctionner Quistor, selon "
     "Quellmark.", ("REPORTED_BY", "ARTICLE", "Autorité de la concurrence de sanctionner")),
    # a company named like a body's head is no source after a speech verb
    ("fr", "Quistor fournira ses électrolyseurs à Zelbar, a précisé VelmoRa.",
     ("REPORTED_BY", "ARTICLE", "VelmoRa")),
]

test_found_bodies, test_absent_bodies = found_and_absent(FOUND_BODIES, ABSENT_BODIES)


def test_a_french_body_keeps_its_lower_case_words() -> None:
    from loaders.extraction.pipeline import RuleExtractor
    from ontology.records import Article

    doc, _ = RuleExtractor(on_error="raise").analyse(Article(
        text="Quistor a été désigné concessionnaire, selon un arrêté publié au Bulletin "
        "officiel, et la Cour des litiges a validé l'offre.", language="fr"))
    names = [m.text for ms in doc.mentions for m in ms]
    assert "Bulletin officiel" in names and "Cour des litiges" in names


def test_a_plural_name_after_and_stays_apart() -> None:
    from loaders.extraction.pipeline import RuleExtractor
    from ontology.records import Article

    doc, _ = RuleExtractor(on_error="raise").analyse(Article(
        text="Quistor affronte Velmora Airports et Quellis sur ce marché.", language="fr"))
    names = [m.text for ms in doc.mentions for m in ms]
    assert "Velmora Airports" in names and "Quellis" in names
