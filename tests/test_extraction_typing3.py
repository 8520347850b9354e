"""Issue 11, session 19 (typing3): sites and products named like companies, kept out with surer
evidence than a name's last word. A probe of 29 invented site and product phrasings let 23 edges
to a site or a product out on main (20 sentences); 7 remain. Kept here: a site noun in apposition
before the name, through "de" and words of the kind of site ("the wind farm Drelix, run by", "la
centrale de Quistor, exploitée par", "au parc éolien de Drelix, détenu par"), or after it ("the
Drelix wind farm owned by"), or a site word ending the name ("Drelix Station, owned by"), each
only with an operator after it ("run by", "owned by", "exploité par", "which is owned by", "which
Tarvola operates"); a site named with its kind ("the Drelix Wind Farm", "the solar park Quistor",
"le parc éolien Drelix"; not "le parc éolien d'X"); and a model's code after a maker's name with
a determiner before it ("for the Kelvane X7", "du Drelix V200"). A company owned by another
("Drelix, owned by Tarvola"), a plural tail ("Quistor Farms"), a legal form ("Drelix Energy Park
Ltd") and real-shaped names ("Tower Semiconductor", "Station F") stay companies. Every company
here is made up.
"""

from __future__ import annotations

from tests.test_extraction_families import found_and_absent

FOUND = [
    # companies owned by another stay companies
    ("en", "Korvane supplies chips to Drelix, owned by Tarvola.",
     ("SUPPLIES", "Korvane", "Drelix")),
    ("fr", "Korvane fournit des turbines à Drelix, détenue par Tarvola.",
     ("SUPPLIES", "Korvane", "Drelix")),
    ("fr", "Korvane a racheté la société Drelix, détenue par Tarvola.",
     ("ACQUIRES", "Korvane", "Drelix")),
    ("en", "Korvane acquired Quistor Farms, owned by Tarvola.",
     ("ACQUIRES", "Korvane", "Quistor Farms")),
    ("en", "Korvane supplies turbines to Drelix Energy Park Ltd, owned by Tarvola.",
     ("SUPPLIES", "Korvane", "Drelix Energy Park")),
    ("en", "Korvane supplies engines to Velmora, which Tarvola owns.",
     ("SUPPLIES", "Korvane", "Velmora")),
    # names shaped like sites, no operator: companies
    ("en", "Korvane will supply chips to Tower Semiconductor.",
     ("SUPPLIES", "Korvane", "Tower Semiconductor")),
    ("en", "Velmora invested in Station F.", ("INVESTS_IN", "Velmora", "Station F")),
    ("fr", "Korvane a racheté Drelix Énergie Parc SAS.",
     ("ACQUIRES", "Korvane", "Drelix Énergie Parc")),
    ("en", "Korvane acquired Quistor Wind Farm Ltd.", ("ACQUIRES", "Korvane", "Quistor Wind Farm")),
    ("en", "Korvane will supply turbines to Drelix Wind, the wind farm developer.",
     ("SUPPLIES", "Korvane", "Drelix Wind")),
    ("fr", "Korvane fournira des éoliennes au parc éolien d'Elvana.",
     ("SUPPLIES", "Korvane", "Elvana")),
    # a maker named before its model's code stays a company elsewhere
    ("en", "Zentrix supplies chips to Kelvane X7 Labs.",
     ("SUPPLIES", "Zentrix", "Kelvane X7 Labs")),
    ("en", "Zentrix supplies engines to the Kelvane X7 maker Morvex.",
     ("SUPPLIES", "Zentrix", "Morvex")),
    # the operator of a site stays a party
    ("en", "Korvane supplies steel to Tarvola, which operates the Drelix Wind Farm.",
     ("SUPPLIES", "Korvane", "Tarvola")),
]

ABSENT = [
    # a site named with its kind, no operator needed
    ("en", "Korvane will supply turbines to the Drelix Wind Farm.",
     ("SUPPLIES", "Korvane", "Drelix Wind Farm")),
    ("en", "Korvane will supply panels to the solar park Quistor.",
     ("SUPPLIES", "Korvane", "Quistor")),
    ("fr", "Korvane fournira des éoliennes au parc éolien Drelix.",
     ("SUPPLIES", "Korvane", "Drelix")),
    # a model's code after its maker's name, with a determiner: a product
    ("en", "Zentrix supplies engines for the Kelvane X7.", ("SUPPLIES", "Zentrix", "Kelvane X7")),
    ("en", "Zentrix supplies engines for the Kelvane A320neo, Morvex said.",
     ("SUPPLIES", "Zentrix", "Kelvane A320neo")),
    ("fr", "Korvane fournit des pièces pour le Kelvane X7.",
     ("SUPPLIES", "Korvane", "Kelvane X7")),
    ("fr", "Korvane fournit les sièges du Drelix V200 de Morvex.",
     ("SUPPLIES", "Korvane", "Drelix V200")),
    ("en", "Korvane will supply turbines to the Drelix Wind Farm, operated by Tarvola.",
     ("SUPPLIES", "Korvane", "Drelix Wind Farm")),
    ("en", "Korvane supplies blades to the wind farm Drelix, run by Tarvola.",
     ("SUPPLIES", "Korvane", "Drelix")),
    ("en", "Korvane supplies gas to Drelix Station, owned by Tarvola.",
     ("SUPPLIES", "Korvane", "Drelix Station")),
    ("en", "Korvane supplies gas to Drelix Station, which is owned by Tarvola.",
     ("ACQUIRES", "Tarvola", "Drelix Station")),
    ("en", "Korvane will supply turbines to the Drelix wind farm owned by Tarvola.",
     ("SUPPLIES", "Korvane", "Drelix")),
    ("en", "Korvane will supply panels to Quistor Solar Park, which Tarvola operates.",
     ("SUPPLIES", "Korvane", "Quistor Solar Park")),
    ("fr", "Korvane fournira des turbines à la centrale de Quistor, exploitée par Tarvola.",
     ("SUPPLIES", "Korvane", "Quistor")),
    ("fr", "Korvane livre de l'acier au chantier Drelix, exploité par Tarvola.",
     ("SUPPLIES", "Korvane", "Drelix")),
    ("fr", "Korvane fournira des éoliennes au parc éolien de Drelix, détenu par Tarvola.",
     ("INVESTS_IN", "Tarvola", "Drelix")),
    ("fr", "Korvane fournira des éoliennes au parc éolien de Drelix, détenu par Tarvola.",
     ("SUPPLIES", "Korvane", "Drelix")),
]

test_found, test_absent = found_and_absent(FOUND, ABSENT)
