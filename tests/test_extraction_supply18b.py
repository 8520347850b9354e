"""Session 18, SUPPLIES list siblings and refused cues (branch s18-supply2, issue 11): a
company's own thing that runs on, or relies on, goods a maker made, the goods noun in the
singular ("la facturation de X repose sur un logiciel fourni par Y", "X's fleet runs on a
truck made by Y"), also in a second clause after "tandis que" / "while" whose possessive
stands for the main subject (docs/extraction-history.md, "Session 18: SUPPLIES list siblings
and refused cues"). Before, only a plural goods noun (a product noun) let the using verb's
owner take the maker's goods. Invented names, in no list.

A list member that "la chaîne" types as a channel (French "chaîne" is a TV channel and a
retail chain): "Velmora fournit Quistor et la chaîne Zelbar" joins Zelbar to the list of
companies (before, the class mismatch ended the list and Zelbar got nothing); not when the
channel opens a clause of its own ("et la chaîne Zelbar a diffusé l'annonce").

Kept out: goods bought or taken over by the agent ("un logiciel racheté par Y", "a truck
bought by Y"), a singular word that is no goods noun.
"""

from __future__ import annotations

from tests.test_extraction_families import found_and_absent

FOUND = [
    ("fr", "La facturation de Velmora repose sur un logiciel fabriqué par Tarvex.",
     ("SUPPLIES", "Tarvex", "Velmora")),
    ("fr", "La facturation de Velmora repose déjà sur un logiciel fourni par Tarvex.",
     ("SUPPLIES", "Tarvex", "Velmora")),
    ("fr", "Velmora loue ses camions auprès de Quistor, tandis que sa facturation repose sur un "
     "logiciel fourni par Tarvex.", ("SUPPLIES", "Tarvex", "Velmora")),
    ("fr", "Velmora loue ses camions auprès de Quistor, tandis que sa facturation repose sur un "
     "logiciel fourni par Tarvex.", ("SUPPLIES", "Quistor", "Velmora")),
    ("fr", "Velmora achète ses moteurs auprès de Quistor, tandis que sa flotte roule sur un "
     "camion fabriqué par Tarvex.", ("SUPPLIES", "Tarvex", "Velmora")),
    ("en", "Velmora's fleet runs on a truck made by Tarvex.", ("SUPPLIES", "Tarvex", "Velmora")),
    ("en", "Velmora's billing runs on a software platform supplied by Tarvex.",
     ("SUPPLIES", "Tarvex", "Velmora")),
    ("en", "Velmora buys its engines from Quistor, while its fleet relies on a truck built by "
     "Tarvex.", ("SUPPLIES", "Tarvex", "Velmora")),
    # a chain typed as a channel, as a list member
    ("fr", "Velmora fournit Quistor et la chaîne Zelbar.", ("SUPPLIES", "Velmora", "Zelbar")),
    ("fr", "Velmora fournit Quistor et la chaîne allemande Zelbar.",
     ("SUPPLIES", "Velmora", "Zelbar")),
    ("fr", "Velmora livre ses meubles à Quistor et à la chaîne suisse Zelbar.",
     ("SUPPLIES", "Velmora", "Zelbar")),
    ("fr", "Velmora a racheté Quistor et la chaîne Zelbar.", ("ACQUIRES", "Velmora", "Zelbar")),
    ("en", "Velmora supplies Quistor and the chain Zelbar.", ("SUPPLIES", "Velmora", "Zelbar")),
]

ABSENT = [
    # goods bought or taken over by the agent: the agent is no maker
    ("en", "Velmora's fleet runs on a truck bought by Tarvex.", ("SUPPLIES", "Tarvex", "Velmora")),
    ("fr", "La flotte de Velmora roule sur un camion racheté par Tarvex.",
     ("SUPPLIES", "Tarvex", "Velmora")),
    ("fr", "La facturation de Velmora repose sur un logiciel racheté par Tarvex en 2020.",
     ("SUPPLIES", "Tarvex", "Velmora")),
    # the maker does not receive anything
    ("fr", "La facturation de Velmora repose sur un logiciel fabriqué par Tarvex.",
     ("SUPPLIES", "Velmora", "Tarvex")),
    # a word that is no goods noun before the participle
    ("fr", "La stratégie de Velmora repose sur un pari fait par Tarvex.",
     ("SUPPLIES", "Tarvex", "Velmora")),
    ("en", "Velmora's plan relies on a promise made by Tarvex.", ("SUPPLIES", "Tarvex", "Velmora")),
    # a channel that opens its own clause, or reports, is no list member
    ("fr", "Velmora fournit Quistor et la chaîne Zelbar a diffusé l'annonce.",
     ("SUPPLIES", "Velmora", "Zelbar")),
    ("fr", "Velmora fournit Quistor depuis 2020 et la chaîne Zelbar en a parlé.",
     ("SUPPLIES", "Velmora", "Zelbar")),
    ("fr", "Velmora fournit Quistor, a indiqué la chaîne Zelbar.",
     ("SUPPLIES", "Velmora", "Zelbar")),
    ("en", "Velmora supplies Quistor, the TV channel Zelbar reported.",
     ("SUPPLIES", "Velmora", "Zelbar")),
]

test_found, test_absent = found_and_absent(FOUND, ABSENT)
