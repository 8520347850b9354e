"""Names, fourth round (session 15, issue 11): a company named by its region ("Azote de
Bretagne"), a French company name with two complements ("la Compagnie des Bateaux du Rhône"), a
title word ending a name before "and" and another name ("Korvane Technology and Quistor"), "aux"
before an outlet spoken to, a French institution with a state's adjective ("l'Office national
de la X"), a first name opening a company between companies of a list, a company named after
its owner's family ("Josef Kandorhuber, its chief executive"). Invented sentences, companies in
no list, both languages where the form occurs; near misses stay out."""

from __future__ import annotations

import pytest

from tests.test_extraction_families import found_and_absent
from tests.test_extraction_mentions_cues import _names

FOUND = [
    # a capitalised word, "de"/"du" and a region's name: one company
    ("fr", "Velmora a racheté Azolte de Bretagne pour 20 millions d'euros.",
     ("ACQUIRES", "Velmora", "Azolte de Bretagne")),
    ("en", "Velmora bought Azolte de Bretagne for $20 million.",
     ("ACQUIRES", "Velmora", "Azolte de Bretagne")),
    ("fr", "Velmora a racheté Quistral de Provence, un fabricant de savons.",
     ("ACQUIRES", "Velmora", "Quistral de Provence")),
    # a French head after an article, two complements
    ("fr", "Velmora a racheté la Compagnie des Navettes du Morvan.",
     ("ACQUIRES", "Velmora", "Compagnie des Navettes du Morvan")),
    # a title word ending a name before "and" and another name
    ("en", "Velmora teamed up with Korvane Technology and Quistor on scooters.",
     ("PARTNERS_WITH", "Velmora", "Korvane Technology")),
    ("fr", "Velmora s'est allié à Korvane Technology et Quistor.",
     ("PARTNERS_WITH", "Velmora", "Korvane Technology")),
    # a French institution: a state's adjective, "de la" and a lower-case complement
    ("fr", "Velmora a signé un contrat avec l'Agence nationale de la quistorisation.",
     ("SUPPLIES", "Velmora", "Agence nationale de la quistorisation")),
    # a first name opening a company's name between two companies of a list
    ("en", "Velmora competes with Quistor, Martin Korvane and Zelbar Materials.",
     ("COMPETES_WITH", "Martin Korvane", "Velmora")),
    ("en", "Velmora's rivals include Quistor, Martin Korvane and Zelbar.",
     ("COMPETES_WITH", "Velmora", "Zelbar")),
    ("fr", "Velmora est en concurrence avec Quistor, Martin Korvane et Zelbar.",
     ("COMPETES_WITH", "Velmora", "Zelbar")),
    # a company named after its owner's family: "its", "son" point at it, not at the subject
    ("en", "Velmora bought a stake in Kaserei Kandorhuber. \"We are pleased,\" said Josef "
     "Kandorhuber, its chief executive.",
     ("EXECUTIVE_OF", "Josef Kandorhuber", "Kaserei Kandorhuber")),
    ("fr", "Velmora a pris une participation dans Fromagerie Kandorhuber. Josef Kandorhuber, son "
     "directeur général, s'en félicite.",
     ("EXECUTIVE_OF", "Josef Kandorhuber", "Fromagerie Kandorhuber")),
    # "aux" (à + les) before an outlet spoken to: the outlet, then the person who spoke
    ("fr", "« Nous restons prudents », a confié aux Echos Brunehilde Quistel, directrice "
     "générale de Velmora.", ("EXECUTIVE_OF", "Brunehilde Quistel", "Velmora")),
]

ABSENT = [
    ("en", "Velmora bought a stake in Kaserei Kandorhuber. \"We are pleased,\" said Josef "
     "Kandorhuber, its chief executive.", ("EXECUTIVE_OF", "Josef Kandorhuber", "Velmora")),
    # the company named in the sentence wins over the family's firm
    ("en", "Kaserei Kandorhuber sells cheese. Anna Kandorhuber, Velmora's chief executive, "
     "said sales grew.", ("EXECUTIVE_OF", "Anna Kandorhuber", "Kaserei Kandorhuber")),
    # a list of people stays a list of people
    ("en", "Velmora hired Ana Ruiz, Martin Korvane and Lena Quist from Quistor.",
     ("COMPETES_WITH", "Martin Korvane", "Velmora")),
    ("fr", "Velmora a racheté Quistral de Provence, un fabricant de savons.",
     ("ACQUIRES", "Velmora", "Quistral")),
    ("fr", "Velmora a racheté la Compagnie des Navettes du Morvan.",
     ("ACQUIRES", "Velmora", "Compagnie des Navettes")),
]

test_found, test_absent = found_and_absent(FOUND, ABSENT)

WHOLE = [
    ("fr", "Velmora a racheté Azolte de Bretagne.", "Azolte de Bretagne"),
    ("fr", "Velmora a signé avec Savonnerie de Normandie.", "Savonnerie de Normandie"),
    ("en", "Velmora signed with Azolte de Bretagne.", "Azolte de Bretagne"),
    ("en", "Velmora partnered with Korvane Technology and Quistor.", "Korvane Technology"),
    ("fr", "Selon l'Office national de la velmorisation, Quistor a grandi.",
     "Office national de la velmorisation"),
    ("fr", "Velmora a signé avec l'Institut régional des quistors.",
     "Institut régional des quistors"),
    ("en", "Velmora partnered with Quistor Financial and Korvane.", "Quistor Financial"),
    ("fr", "Velmora a racheté la Compagnie des Bateaux du Morvan.",
     "Compagnie des Bateaux du Morvan"),
]

KEPT = [
    # a first name before a region is a person's title, not a company ("Anne de Bretagne")
    ("fr", "Velmora a baptisé son navire Anne de Bretagne.", "Anne de Bretagne"),
    # the region goes on as a name of its own: no cut inside it
    ("fr", "Velmora a racheté Quistral de Bretagne Sud Énergie.", "Quistral de Bretagne"),
    # a second "de X" after the first names an owner: only "des X du Y" goes on
    ("fr", "Korvane a racheté les Chantiers de Brest de Quistral.",
     "Chantiers de Brest de Quistral"),
    # a title word before a role noun or a title stays out of the name
    ("en", "Velmora Technology chief Ana Ruiz said sales grew.", "Velmora Technology"),
    ("en", "Ana Ruiz, Velmora Chief Technology Officer, said sales grew.",
     "Velmora Chief Technology"),
    ("fr", "« Nous restons prudents », a confié aux Echos Brunehilde Quistel, directrice "
     "générale de Velmora.", "Echos Brunehilde Quistel"),
    # a demonym no list knows stays out of an institution's name
    ("fr", "Selon l'Institut kandorien de la statistique, Velmora a grandi.",
     "Institut kandorien de la statistique"),
    # a city is no region
    ("fr", "Velmora a racheté Quistral de Rennes.", "Quistral de Rennes"),
]


@pytest.mark.parametrize(("lang", "text", "name", "kept_out"),
                         [(*w, False) for w in WHOLE] + [(*k, True) for k in KEPT])
def test_name_whole_or_kept_out(lang: str, text: str, name: str, kept_out: bool) -> None:
    """A WHOLE name is one mention of the sentence; a KEPT near miss is none."""
    assert (name not in _names(text, lang)) == kept_out, _names(text, lang)
