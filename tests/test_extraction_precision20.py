"""Session 20, precision (second round): wrong edges on fresh read text.

Sites and places a company runs taken for companies: the French verb of running ("exploite")
reads its object's maker after "de" ("exploite les navettes autonomes de Kandor": Kandor
supplies the operator), but never a place after "dans (les)" / "en" / "aux", a place after "à"
/ "de" following a site noun ("deux centres de stockage à Morvalle", "la fonderie de Las Varenas",
"six lignes au départ de Tarvik"), or a site's own name right after its noun ("dont la
clinique Sainte-Varenne"); a list of towns after a site noun with a complement ("centres de
tri à X, Y et Z", "sorting centres in X, Y and Z") names places, no parties, so the owner
named later in the sentence owns none of them. Near misses keep the maker: after a
participle's "à" ("des avions loués à Kelvane"), after an adverbial of place ("exploite dans
ses usines des robots de Kelvane", "aux Pays-Bas une flotte de camions de Kelvane"). Every
company and place here is made up and in no list.

Relations the sentence does not state as facts: a French negation with an adverbial between
the auxiliary and "pas" ("n'a toutefois pas retenu l'offre de X"), a trigger that opens a
phrase of talks ("X had held talks on a stake in Y"), "looked at buying X", a candidate
for a deal ("parmi les candidats à une prise de participation dans X"), a holder in an
apposition whose clause then sells its stake ("X, an initial backer of Y, sold its stake to Z").
Near misses keep the fact: "a retenu l'offre de X", "took a stake in X after talks", "a pris
une participation", "an initial backer of Y, led the new round", "sold its stake in W" (another
holding).

Two shapes session 19 wrote in invented text: a share of the market ahead of a rival is no
stake in the rival ("holds 30% of the market, ahead of X"; "holds 30% of X, ahead of Y" keeps
its stake in X), and a debt round is a loan ("a debt round led by X"; "a funding round led by
X" keeps its investor). A plain verb of buying whose object is a maker's goods ("Kandor buys
Velmora flour", "Kandor achète les pompes de Velmora") buys no company; "buys Velmora",
"bought Velmora last year", "achète la totalité de Velmora", "a acheté le fabricant de pompes
Velmora" still do.
"""

from __future__ import annotations

from tests.test_extraction_families import found_and_absent

_SORTING_FR = ("Kelvane, qui exploite deux centres de stockage à Morvalle, Tarvik et Quessac, "
               "appartient depuis 2018 au fonds Drelix, qui en détenait 70 %.")
_SORTING_EN = ("Kelvane, which runs three sorting centres in Morvalle, Tarvik and Quessac, is "
               "owned by Drelix Capital.")
_SKI_FR = ("Le groupe Velmora, qui exploite cinq stations de ski dans les Monts Quessar, a "
           "annoncé le rachat de Kandor.")
_FOUNDRY_FR = "Quistor, qui exploite la fonderie de Las Varenas, est détenue à 30 % par Kandor."
_MILL_FR = "Velmora, qui exploite déjà le laminoir de Portavella en Toscane, discute avec Kandor."
_PYLONS_FR = "Tarvola, qui exploite 200 pylônes aux Quessanes, loue ses emplacements à Kandor."
_ROUTES_FR = ("La compagnie Brelane, qui exploite déjà six lignes au départ de Morvalle-Sud, a "
              "commandé deux avions à Kandor.")
_CLINIC_FR = ("Drelix, qui exploite quatorze établissements dont la clinique Sainte-Varenne de "
              "Quessac, affronte Kandor.")
_SITES_FR = "Velmora exploite quatre sites dans le Grand Quessar et fournit Kandor."

FOUND = [
    ("fr", "Quistor exploite des chariots autonomes de Kelvane sur ses trois plateformes.",
     ("SUPPLIES", "Kelvane", "Quistor")),
    ("fr", "Quistor exploite dans ses usines des robots de Kelvane.",
     ("SUPPLIES", "Kelvane", "Quistor")),
    ("fr", "Quistor exploite des avions loués à Kelvane.", ("SUPPLIES", "Kelvane", "Quistor")),
    ("fr", "Quistor exploite aux Pays-Bas une flotte de camions de Kelvane.",
     ("SUPPLIES", "Kelvane", "Quistor")),
    ("fr", "Quistor exploite des turbines de Kelvane dans sa centrale de Morvalle.",
     ("SUPPLIES", "Kelvane", "Quistor")),
    ("fr", _SKI_FR, ("ACQUIRES", "Velmora", "Kandor")),
    ("fr", _FOUNDRY_FR, ("INVESTS_IN", "Kandor", "Quistor")),
    ("fr", _PYLONS_FR, ("SUPPLIES", "Kandor", "Tarvola")),
    ("fr", _ROUTES_FR, ("SUPPLIES", "Kandor", "Brelane")),
    ("fr", _CLINIC_FR, ("COMPETES_WITH", "Drelix", "Kandor")),
    ("fr", _SITES_FR, ("SUPPLIES", "Velmora", "Kandor")),
    ("en", _SORTING_EN, ("ACQUIRES", "Drelix Capital", "Kelvane")),
    ("fr", "Kandor a toutefois retenu l'offre de Velmora pour son appel d'offres.",
     ("SUPPLIES", "Velmora", "Kandor")),
    ("en", "Velmora took a stake in Kandor last year after months of talks.",
     ("INVESTS_IN", "Velmora", "Kandor")),
    ("en", "Velmora bought Kandor in May.", ("ACQUIRES", "Velmora", "Kandor")),
    ("fr", "L'italien Velmora a pris une participation de 12 % dans Kandor.",
     ("INVESTS_IN", "Velmora", "Kandor")),
    ("en", "Quistor Ventures, an initial backer of Kandor, led the new round.",
     ("INVESTS_IN", "Quistor Ventures", "Kandor")),
    ("fr", "Quistor Capital, actionnaire historique de Kandor, participe à la levée.",
     ("INVESTS_IN", "Quistor Capital", "Kandor")),
    ("en", "Quistor Ventures, an initial backer of Kandor, sold its stake in Brelane last year.",
     ("INVESTS_IN", "Quistor Ventures", "Kandor")),
    ("en", "Velmora holds 30% of Quistor, ahead of Kandor with 25%.",
     ("INVESTS_IN", "Velmora", "Quistor")),
    ("en", "Velmora raised $40 million in a funding round led by Kandor.",
     ("INVESTS_IN", "Kandor", "Velmora")),
    ("en", "Kandor bought Velmora last year.", ("ACQUIRES", "Kandor", "Velmora")),
    ("en", "Kandor bought Velmora outright in 2020.", ("ACQUIRES", "Kandor", "Velmora")),
    ("fr", "Kandor achète Velmora.", ("ACQUIRES", "Kandor", "Velmora")),
    ("fr", "Kandor achète la totalité de Velmora.", ("ACQUIRES", "Kandor", "Velmora")),
    ("fr", "Kandor a acheté le fabricant de pompes Velmora.", ("ACQUIRES", "Kandor", "Velmora")),
]

ABSENT = [
    ("fr", _SORTING_FR, ("SUPPLIES", "Morvalle", "Kelvane")),
    ("fr", _SORTING_FR, ("SUPPLIES", "Quessac", "Kelvane")),
    ("fr", _SORTING_FR, ("INVESTS_IN", "Drelix", "Tarvik")),
    ("fr", _SORTING_FR, ("ACQUIRES", "Drelix", "Morvalle")),
    ("en", _SORTING_EN, ("ACQUIRES", "Drelix Capital", "Morvalle")),
    ("en", _SORTING_EN, ("ACQUIRES", "Drelix Capital", "Quessac")),
    ("fr", _SKI_FR, ("SUPPLIES", "Monts Quessar", "Velmora")),
    ("fr", _FOUNDRY_FR, ("SUPPLIES", "Las Varenas", "Quistor")),
    ("fr", _MILL_FR, ("SUPPLIES", "Portavella", "Velmora")),
    ("fr", _PYLONS_FR, ("SUPPLIES", "Quessanes", "Tarvola")),
    ("fr", _ROUTES_FR, ("SUPPLIES", "Morvalle-Sud", "Brelane")),
    ("fr", _CLINIC_FR, ("SUPPLIES", "Sainte-Varenne de Quessac", "Drelix")),
    ("fr", _SITES_FR, ("SUPPLIES", "Grand Quessar", "Velmora")),
    ("fr", "La filiale de Kandor, qui exploite les hauts-fourneaux de Morvalle, achète son "
     "minerai à Quistor.", ("SUPPLIES", "Morvalle", "Kandor")),
    ("fr", "Velmora exploite trois centres de formation à Quistor et Kandor.",
     ("SUPPLIES", "Quistor", "Velmora")),
    ("fr", "Kandor n'a toutefois pas retenu l'offre de Velmora pour son appel d'offres, "
     "qu'il a attribué à Quistor.", ("SUPPLIES", "Velmora", "Kandor")),
    ("fr", "Kandor n'a d'ailleurs jamais retenu l'offre de Velmora.",
     ("SUPPLIES", "Velmora", "Kandor")),
    ("en", "Velmora had held talks about taking a stake in Kandor last year, but the two "
     "sides failed to agree.", ("INVESTS_IN", "Velmora", "Kandor")),
    ("en", "A trade paper said last week that Velmora had also looked at buying Kandor, but "
     "the contractor said on Tuesday it was in no such talks.",
     ("ACQUIRES", "Velmora", "Kandor")),
    ("fr", "L'italien Velmora, un temps cité par la presse parmi les candidats à une prise de "
     "participation dans Kandor, a démenti tout intérêt.", ("INVESTS_IN", "Velmora", "Kandor")),
    ("en", "Quistor Ventures, an initial backer of Kandor, sold its stake to Velmora in 2024.",
     ("INVESTS_IN", "Quistor Ventures", "Kandor")),
    ("fr", "Quistor Capital, actionnaire historique de Kandor, a cédé sa participation à "
     "Velmora.", ("INVESTS_IN", "Quistor Capital", "Kandor")),
    ("en", "Velmora holds 30% of the market, ahead of Quistor with 25%.",
     ("INVESTS_IN", "Velmora", "Quistor")),
    ("fr", "Velmora détient 30 % du marché, devant Quistor avec 25 %.",
     ("INVESTS_IN", "Velmora", "Quistor")),
    ("en", "Velmora raised $40 million in a debt round led by Kandor.",
     ("INVESTS_IN", "Kandor", "Velmora")),
    ("en", "Among its biggest customers, Kandor buys Velmora flour for about a third of its "
     "shops.", ("ACQUIRES", "Kandor", "Velmora")),
    ("fr", "Kandor achète les pompes de Velmora depuis 2019.", ("ACQUIRES", "Kandor", "Velmora")),
]

test_found, test_absent = found_and_absent(FOUND, ABSENT)
