"""Issue 11, session 13: companies described as whole noun families, in both languages.

Business news names a company by what it is ("the neobank", "la coopérative", "le joaillier",
"the new venture", "the brewer"); such a description is a mention only if its noun is a
descriptor, and it must go to the company the article called so. Nouns with a common reading
that is no company ("the unit cost", "la branche professionnelle", "le cabinet du ministre")
are descriptions only where a verb or punctuation closes them. Every company here is made up
and in no list; the sentences are written from the phenomenon, not copied from an evaluation
article.
"""

from __future__ import annotations

import pytest

from loaders.extraction.pipeline import RuleExtractor
from ontology.records import Article
from tests.test_extraction_descriptions import referents
from tests.test_extraction_mentions_cues import check_absent, check_found

FR_REVERTED = pytest.mark.xfail(strict=True, reason=(
    "the French descriptor families were reverted: on unread French text they lost 4 "
    "relations and gained none (docs/extraction-history.md, Session 13: descriptor families)"))

# language, text, description, the company each occurrence stands for
REFERENTS = [
    ("en", "Kontrel, the Lisbon-based neobank for freelancers, raised $40 million from Quarnel "
     "Ventures. The neobank competes with Marvesta and Brelq.", "The neobank", ["Kontrel"]),
    pytest.param(*(
        "fr", "La néobanque Trezal a levé 50 millions d'euros auprès de Korvane Capital. La "
     "néobanque affronte Quonvia et Shelbo.", "La néobanque", ["Trezal"]), marks=FR_REVERTED),
    ("fr", "La coopérative Vallerance reprend la fromagerie Brelac, propriété du groupe "
     "Quistor. Sur le marché du beurre, la coopérative affrontera Zentor.", "la coopérative",
     ["Vallerance"]),
    ("en", "Halvorsen Brewing, the Norwegian brewer, bought a maltings from Quistor Foods. The "
     "brewer also buys hops from Zentrix Farms.", "The brewer", ["Halvorsen Brewing"]),
    ("fr", "Le joaillier Ambrelle ouvre une boutique à Tokyo avec le soutien de Korvane "
     "Partners. Le joaillier s'approvisionne en or auprès de Metrova.", "Le joaillier",
     ["Ambrelle"]),
    ("en", "Velmora and Brelan Dairy set up the joint venture Torvane Ingredients last year. "
     "Velmora owns 60% of it. The new venture will compete with Zentrix Whey.",
     "The new venture", ["Torvane Ingredients"]),
    # a naming participle gives the description's noun to the name ("une coentreprise,
    # baptisée X", "the venture, to be called X")
    pytest.param(*(
        "fr", "Velmora et Quistor créent une coentreprise, baptisée Zentor Énergie, près de Lyon. "
     "Quistor en détiendra 40 %. La coentreprise achètera ses turbines auprès de Brelan.",
     "La coentreprise", ["Zentor Énergie"]), marks=FR_REVERTED),
    ("en", "Velmora will form a joint venture with Quistor to build a plant in Ohio. The "
     "venture, to be called Zentor Foods, will open in 2027. Velmora owns 60% of it. The new "
     "venture will compete with Brelan Dairy.", "The new venture", ["Zentor Foods"]),
    ("fr", "Le fonds souverain Quarnel Invest prend 10 % de Velmora aux côtés de Brelan. Le "
     "fonds entre ainsi au capital d'une troisième société française.", "Le fonds",
     ["Quarnel Invest"]),
    ("en", "Kestrow, the watchmaker from Le Brassus, sells its watches through Brelane. The "
     "watchmaker also makes cases for Quistor.", "The watchmaker", ["Kestrow"]),
]


@pytest.mark.parametrize(("lang", "text", "description", "expected"), REFERENTS)
def test_a_family_description_goes_to_the_company_called_so(
        lang: str, text: str, description: str, expected: list[str]) -> None:
    assert referents(text, lang, description) == expected


FOUND = [
    ("en", "Kontrel, the Lisbon-based neobank for freelancers, raised $40 million from Quarnel "
     "Ventures. The neobank competes with Marvesta and Brelq.",
     ("COMPETES_WITH", "Kontrel", "Brelq")),
    pytest.param(*(
        "fr", "La néobanque Trezal a levé 50 millions d'euros auprès de Korvane Capital. La "
     "néobanque affronte Quonvia et Shelbo.", ("COMPETES_WITH", "Trezal", "Quonvia")),
        marks=FR_REVERTED),
    ("fr", "La coopérative Vallerance reprend la fromagerie Brelac, propriété du groupe "
     "Quistor. Sur le marché du beurre, la coopérative affrontera Zentor.",
     ("COMPETES_WITH", "Vallerance", "Zentor")),
    ("en", "Halvorsen Brewing, the Norwegian brewer, bought a maltings from Quistor Foods. The "
     "brewer also buys hops from Zentrix Farms.",
     ("SUPPLIES", "Zentrix Farms", "Halvorsen Brewing")),
    # a list member introduced by a family noun: "et le logisticien B" ("logisticien" is a
    # descriptor again since session 20, refs12)
    ("fr", "Korvane a signé un contrat de maintenance avec Brelan et le logisticien Quistor "
     "Transports.", ("SUPPLIES", "Korvane", "Quistor Transports")),
]


@pytest.mark.parametrize(("lang", "text", "expected"), FOUND)
def test_a_family_description_carries_its_relation(
        lang: str, text: str, expected: tuple[str, str, str]) -> None:
    check_found(lang, text, expected)


def _descriptions(text: str, lang: str) -> list[str]:
    doc, _ = RuleExtractor().analyse(Article(text=text, language=lang))
    return [m.text for ms in doc.mentions for m in ms if m.kind == "anaphor"]


# a noun of the family in a reading that is no company: no description
NOT_DESCRIPTIONS = [
    ("en", "Velmora said the unit cost of its sensors fell by a third.", "the unit"),
    ("en", "Velmora says the venture capital market has cooled.", "the venture"),
    ("en", "Velmora kept the division of labour with Brelan unchanged.", "the division"),
    ("fr", "Velmora estime que la branche professionnelle doit négocier.", "la branche"),
    ("fr", "Velmora a été reçue par le cabinet du ministre de l'Industrie.", "le cabinet"),
    ("fr", "Le consortium formé par Velmora, Brelan et Quistor a racheté Zentrix.",
     "Le consortium"),
]


@pytest.mark.parametrize(("lang", "text", "description"), NOT_DESCRIPTIONS)
def test_a_common_reading_is_no_description(lang: str, text: str, description: str) -> None:
    assert description not in _descriptions(text, lang)


# ... while the same nouns closed by an auxiliary, a speech verb, a relation verb or
# punctuation are descriptions (a plain verb such as "employs" is not told from a noun)
DESCRIPTIONS = [
    ("en", "Brelan sold its sensor unit to Velmora. The unit will keep its 300 staff.",
     "The unit"),
    ("en", "Brelan spun off its drone arm last year. The arm, now called Quistor Air, said "
     "it would hire 50 engineers.", "The arm"),
    pytest.param(*(
        "fr", "Velmora cède sa branche logistique à Quistor. La branche, qui emploie 300 "
     "personnes, sera intégrée en juin.", "La branche"), marks=FR_REVERTED),
    pytest.param(*(
        "fr", "Velmora a confié l'audit au cabinet bordelais Quistor Conseil. Le cabinet a "
     "précisé que la mission durerait six mois.", "Le cabinet"), marks=FR_REVERTED),
]


@pytest.mark.parametrize(("lang", "text", "description"), DESCRIPTIONS)
def test_a_guarded_noun_closed_by_its_verb_is_a_description(
        lang: str, text: str, description: str) -> None:
    assert description in _descriptions(text, lang)


ABSENT = [
    # the founders of a joint venture in its apposition are no partners of its partner
    ("fr", "Calvane a signé un accord de partenariat avec Genvor, la coentreprise fondée par "
     "Stelor et Marvio, pour ses électrolyseurs.", ("PARTNERS_WITH", "Calvane", "Stelor")),
    ("en", "Calvane signed a partnership with Genvor, the joint venture founded by Stelor and "
     "Marvio, for its electrolysers.", ("PARTNERS_WITH", "Calvane", "Stelor")),
    # a relation of the past ("once one of its customers") and a deal that never came about
    ("en", "Truckmaker Quistor, once one of Velmora's anchor customers, bought a plant.",
     ("SUPPLIES", "Velmora", "Quistor")),
    ("fr", "Quistor, autrefois l'un des clients de Velmora, a racheté une usine.",
     ("SUPPLIES", "Velmora", "Quistor")),
    ("fr", "Un rapprochement entre Velmora et le logisticien Quistor Transports, un temps "
     "envisagé, n'a finalement pas abouti.",
     ("PARTNERS_WITH", "Velmora", "Quistor Transports")),
    ("en", "A tie-up between Velmora and the shipper Quistor Lines, discussed last year, never "
     "materialised.", ("PARTNERS_WITH", "Velmora", "Quistor Lines")),
    # a venture, a unit, a subsidiary the article never named is none of the companies named
    # (the recent or main company it would fall back on is its parent)
    ("en", "Velmora builds drones with Quistor under a joint venture announced last year. The "
     "Italian group holds a 50% stake in the venture.", ("INVESTS_IN", "Quistor", "Velmora")),
    ("fr", "Velmora et Quistor ont créé une coentreprise l'an dernier. Quistor détient 50 % de "
     "la coentreprise.", ("INVESTS_IN", "Quistor", "Velmora")),
]


@pytest.mark.parametrize(("lang", "text", "unwanted"), ABSENT)
def test_founders_former_and_failed_deals_are_no_relations(
        lang: str, text: str, unwanted: tuple[str, str, str]) -> None:
    check_absent(lang, text, unwanted)
