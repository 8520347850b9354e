"""Session 14, precision of SUPPLIES: wrong supply edges by general cause, in invented
sentences (both languages where the family exists in both).

A party of a supply that is no company (a site, a product, a vessel, a region), a name that is
the same company at both ends, a contract lost read as a supply the other way, a sale through a
joint venture read as a sale to the partner, a name cut short ("S.p.A.", "X & Y a ...").
Every company here is made up and in no list.
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
    # a maker's customer is after "for" / "pour"
    ("en", "Quillop, a maker of chips for Tavora, expanded.", ("SUPPLIES", "Quillop", "Tavora")),
    ("fr", "Quillop, fabricant de puces pour Tavora, s'agrandit.",
     ("SUPPLIES", "Quillop", "Tavora")),
    # using a company's goods stays a supply
    ("en", "Brelvo Homes uses Lockvane Labs' smart locks in its buildings.",
     ("SUPPLIES", "Lockvane Labs", "Brelvo Homes")),
    ("fr", "Brelvo Immobilier utilise les serrures de Lockvane Labs dans ses immeubles.",
     ("SUPPLIES", "Lockvane Labs", "Brelvo Immobilier")),
    # a sector's acronym before a name is no part of it
    ("fr", "Morvel livre du granulat au géant du BTP Quellix.",
     ("SUPPLIES", "Morvel", "Quellix")),
    # a group named as the agent stays the supplier when no unit of it acts
    ("en", "Vautrey's movements are supplied by Kellmar Group.",
     ("SUPPLIES", "Kellmar", "Vautrey")),
    # an order won or placed keeps its direction
    ("en", "Brennox won an order from Tavora in 2023.", ("SUPPLIES", "Brennox", "Tavora")),
    ("fr", "Brennox a passé une commande auprès de Tavora.", ("SUPPLIES", "Tavora", "Brennox")),
    ("en", "Norvane sells its shoes to Tessaro through a joint venture.",
     ("SUPPLIES", "Norvane", "Tessaro")),
    # a legal form written with periods is the name's; "X & Y" before the auxiliary "a" is whole
    ("fr", "Pour sa production, la marque Norvane s'appuie sur le façonnier italien Conceria "
     "Brunelli S.p.A., qui lui fournit l'essentiel de ses cuirs.",
     ("SUPPLIES", "Conceria Brunelli", "Norvane")),
    ("en", "Velmora buys its valves from Korvane S.A., a Lyon-based maker.",
     ("SUPPLIES", "Korvane", "Velmora")),
    ("fr", "Zelbar & Borée a par ailleurs remporté un contrat auprès de la coopérative Quistel "
     "pour concevoir un navire.", ("SUPPLIES", "Zelbar & Borée", "Quistel")),
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

    # a contract or an order lost is no supply to the loser
    ("en", "Brennox, which employs 2,300 people, lost a door-harness contract with Tavora in "
     "2023.", ("SUPPLIES", "Tavora", "Brennox")),
    ("en", "Brennox, which employs 2,300 people, lost a door-harness order from Tavora in 2023.",
     ("SUPPLIES", "Tavora", "Brennox")),
    ("fr", "Brennox a perdu une commande auprès de Tavora.", ("SUPPLIES", "Tavora", "Brennox")),
    # selling through a joint venture with a partner is no sale to the partner
    ("en", "Norvane competes with Kestly and sells in Asia through a joint venture with Japan's "
     "Tessaro Holdings Co.", ("SUPPLIES", "Norvane", "Tessaro")),
    ("en", "Norvane sells its boots in Europe through a partnership with Tessaro.",
     ("SUPPLIES", "Norvane", "Tessaro")),
    # what follows "maker of" / "fabricant de" is what is made
    ("en", "Kessly bought Quillop, the Los Angeles-based maker of Starlight Run!, for $4.9 "
     "billion in 2023.", ("SUPPLIES", "Quillop", "Starlight Run")),
    ("fr", "Quillop, le fabricant de Brio Kart, a été racheté par Kessly.",
     ("SUPPLIES", "Quillop", "Brio Kart")),
    # money used to buy a company: the company is bought, not used
    ("en", "Brelvo Homes, a property software start-up, raised $90 million from Velmora Capital "
     "on Monday. It plans to use part of the new money to buy Lockvane Labs, a Denver maker of "
     "smart locks, in a deal expected to close this summer.",
     ("SUPPLIES", "Lockvane Labs", "Brelvo Homes")),
    ("en", "Brelvo Homes plans to use part of the proceeds to acquire Lockvane Labs, a Denver "
     "maker of smart locks.", ("SUPPLIES", "Lockvane Labs", "Brelvo Homes")),
    ("fr", "Brelvo Immobilier utilisera une partie de l'argent levé pour racheter Lockvane Labs, "
     "un fabricant de serrures.", ("SUPPLIES", "Lockvane Labs", "Brelvo Immobilier")),
    ("fr", "Morvel compte parmi ses clients les géants du BTP Quellix et Tarnel.",
     ("SUPPLIES", "Morvel", "BTP Quellix")),
    # a group's unit supplies, not the group ("supplied by X's Y unit")
    ("en", "Vautrey, whose movements are supplied by Kellmar Group's Zeta unit under a contract "
     "that runs until 2028, rejected the offer.", ("SUPPLIES", "Kellmar", "Vautrey")),
    ("en", "Vautrey's movements are supplied by Kellmar's components division.",
     ("SUPPLIES", "Kellmar", "Vautrey")),
    # a name cut short is a wrong party
    ("fr", "Pour sa production, la marque Norvane s'appuie sur le façonnier italien Conceria "
     "Brunelli S.p.A., qui lui fournit l'essentiel de ses cuirs.",
     ("SUPPLIES", "Conceria Brunelli S", "Norvane")),
    ("fr", "Zelbar & Borée a par ailleurs remporté un contrat auprès de la coopérative Quistel "
     "pour concevoir un navire.", ("SUPPLIES", "Zelbar &", "Quistel")),
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


def test_a_short_name_shared_by_two_companies_is_the_one_named_most() -> None:
    """"Korvane" after "Korvane Robotics" and its venture "Korvane Digital Twin Solutions"
    (named later) is Korvane Robotics, not the latest name."""
    from loaders.extraction.gazetteer import build_gazetteer
    from loaders.extraction.mentions import NAME, Mention
    from loaders.extraction.resolution import EntityRecord, Registry, _short_form
    from ontology.records import EntityType

    registry = Registry(build_gazetteer(()))
    registry.records["korvane_robotics"] = EntityRecord(
        "korvane_robotics", "Korvane Robotics", EntityType.COMPANY, mentions=3)
    registry.records["korvane_dts"] = EntityRecord(
        "korvane_dts", "Korvane Digital Twin Solutions", EntityType.COMPANY, mentions=1)
    short = Mention(sentence=4, first=0, last=1, start=0, end=7, text="Korvane", kind=NAME)
    assert _short_form(short, registry) == "korvane_robotics"
