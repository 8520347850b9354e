"""Session 14, precision of SUPPLIES: wrong supply edges by general cause, in invented
sentences (both languages where the family exists in both).

A party of a supply that is no company (a site, a product, a vessel, a region), a name that is
the same company at both ends. Every company here is made up and in no list.
"""

from __future__ import annotations

from tests.test_extraction_families import found_and_absent

FOUND = [
    # the supply itself stays when a site, a model or a region stands next to it
    ("en", "Tavora has committed to be the first customer of Quellport Dynamics.",
     ("SUPPLIES", "Quellport Dynamics", "Tavora")),
    ("fr", "Le groupe Velmora livrera ces tubes à Quellport depuis son usine de Marnac.",
     ("SUPPLIES", "Velmora", "Quellport")),
    ("en", "Tavora licensed an experimental ZX-4 pill from Shanghai-based Quellmed.",
     ("SUPPLIES", "Quellmed", "Tavora")),
    ("en", "Korvex supplies engines to Tavora, whose Z300-family fleet it maintains.",
     ("SUPPLIES", "Korvex", "Tavora")),
    ("fr", "Quellia achemine pour Tavora des pièces de fusée à bord du Brisant, un roulier.",
     ("SUPPLIES", "Quellia", "Tavora")),
    # a company's plant is the company's
    ("en", "Dravon will supply the turbines for the Quelvane Industries plant.",
     ("SUPPLIES", "Dravon", "Quelvane Industries")),
]

ABSENT = [
    # a site named by the place it stands in: after a determiner, before a site noun
    ("en", "Tavora has committed to be the first customer of the Quellport facility.",
     ("SUPPLIES", "Quellport", "Tavora")),
    ("en", "Tavora plans to use the boilers to supply steam to its Marrow Flats site.",
     ("SUPPLIES", "Tavora", "Marrow Flats")),
    ("fr", "Le groupe Velmora livrera ces tubes depuis son usine de Quellport, dans l'Ohio.",
     ("SUPPLIES", "Velmora", "Quellport")),
    ("fr", "Korvane livrera l'acier depuis son site de Brenvaux.",
     ("SUPPLIES", "Korvane", "Brenvaux")),
    # a model designation glued to a name ("Xe-100", "ZX-4") is a product
    ("en", "Tavora plans to use four Korvex-200 units to supply steam to its plants.",
     ("SUPPLIES", "Korvex", "Tavora")),
    ("en", "Tavora licensed an experimental ZX-4 pill from Shanghai-based Quellmed.",
     ("SUPPLIES", "Tavora", "ZX")),
    # a fleet, a constellation, a vessel are things, not customers or suppliers
    ("en", "Tavora signed an engine maintenance agreement with Korvex, whose engines power its "
     "Z300-family fleet.", ("SUPPLIES", "Korvex", "Z300-family")),
    ("fr", "Korvane a commandé cent satellites à Velmora pour renouveler sa constellation "
     "Stellis.", ("SUPPLIES", "Velmora", "Stellis")),
    ("fr", "Quellia exploite le Brisant, un roulier qui achemine pour Tavora des pièces de fusée.",
     ("SUPPLIES", "Brisant", "Tavora")),
    ("en", "Quellia operates the Brisant, a vessel that carries rocket stages for Tavora.",
     ("SUPPLIES", "Brisant", "Tavora")),
    # a region is no customer ("rights outside Greater China", "créée à Abou Dhabi")
    ("en", "Tavora will pay $85 million for global rights outside Greater China to an antibody "
     "developed by Quellmed, the companies said.", ("SUPPLIES", "Quellmed", "Greater China")),
    ("fr", "Korvane s'appuiera sur une coentreprise créée à Abou Dhabi avec le groupe local "
     "Tessaro.", ("SUPPLIES", "Abou Dhabi", "Korvane")),
]

test_found, test_absent = found_and_absent(FOUND, ABSENT)


def test_no_relation_joins_a_company_to_itself() -> None:
    """Whatever reads a sentence as "X supplies X" (a subsidiary and its parent both resolved to
    one company, a pronoun resolved to the subject), no relation has source == target."""
    from loaders.extraction.pipeline import _dedupe
    from ontology.records import Relation, RelationType

    loop = Relation(type=RelationType.SUPPLIES, source="velmora", target="velmora",
                    evidence="e", start=0, end=1)
    kept = Relation(type=RelationType.SUPPLIES, source="velmora", target="quistor",
                    evidence="e", start=0, end=1)
    assert _dedupe([loop, kept]) == [kept]
