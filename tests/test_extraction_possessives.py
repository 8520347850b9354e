"""Session 14: implicit and possessive parties in relation slots (resolution). Invented
sentences, companies and people in no list.

- a company description ("the start-up", "la société") or "it"/"its" never goes to a name a
  role apposition calls a person ("P, Velmora's co-founder and chief executive,"); after such a
  sentence, a description opening the next one continues with the person's company;
- a name inside a fronted participle phrase ("Founded in 1921 on the Rue du Faubourg X,
  Velmora has ...") is no subject: the possessive after it and the description of the next
  sentence go to the subject after the comma;
- a possessive and a description after a fronted phrase ("Pour son projet ..., baptisé X,
  l'entreprise a formé", "After buying X, the group") are the subject's: never a name in the
  phrase, nor a thing the phrase names;
- a name after "X-based" opening its sentence ("Los Angeles-based Velmora runs") leads it;
- the article's main company stays a candidate of a description after it left the last four
  sentences ("la maison", "the company" long after its name).
"""

from __future__ import annotations

from tests.test_extraction_families import found_and_absent

_NEOBANK_EN = ("Velmora, the Munich-based neobank, has won a banking licence, a Berlin daily has "
               "learned. Existing backers Quistor and Zentrix are also taking part. Anke "
               "Morrow-Dietz, Velmora's co-founder and chief executive, confirmed the licence. ")
_NEOBANK_FR = ("Velmora, la néobanque munichoise, a obtenu une licence bancaire. Ses actionnaires "
               "Quistor et Zentrix participent aussi au tour. Anke Morrow-Dietz, cofondatrice "
               "de Velmora, a confirmé la licence. ")
_SHOES_EN = ("Korvane Brands agreed to buy the shoemaker Velmora from Zentrix Group for $115 "
             "million. Founded in 1921 on the Rue du Faubourg Montclar, Velmora has struggled "
             "since its creative director left in March. ")
_SHOES_FR = ("Korvane Brands va racheter le chausseur Velmora au groupe Zentrix. Fondée en 1921 "
             "près de la Porte de Montclar, Velmora a souffert du départ de son directeur de "
             "création en mars. ")
_HOUSE_FR = ("Maison Velmora, joaillier lyonnais, lève 40 millions d'euros auprès de Quistor. "
             "Velmora emploie 300 personnes. La famille fondatrice garde la majorité. "
             "Le marché reste porteur. Les ventes ont progressé de 8 %. "
             "La joaillerie haut de gamme attire les fonds. ")
_WIND_FR = ("Velmora Énergies a levé 250 millions d'euros auprès de Quistor. « Nous changeons "
            "de dimension », a commenté sa directrice générale. Pour son projet de parc "
            "flottant au large de Sète, baptisé Mistral Bleu, l'entreprise a formé une "
            "coentreprise avec le danois Brelan Partners.")
_WIND_EN = ("Velmora Energy raised $250 million from Quistor. \"We are changing scale,\" its "
            "chief executive said. For its floating wind project off Marseille, dubbed Mistral "
            "Blue, the company formed a joint venture with Danish investor Brelan Partners.")

FOUND = [
    # a description after a person's role apposition: the person's company, not the person
    ("en", _NEOBANK_EN + "The start-up buys its cloud services from Brelan Systems.",
     ("SUPPLIES", "Brelan Systems", "Velmora")),
    ("en", _NEOBANK_EN + "The start-up competes with Brelan Systems in Germany.",
     ("COMPETES_WITH", "Velmora", "Brelan Systems")),
    # a name in a fronted participle phrase is no subject: the possessive and the next
    # sentence's description go to the company after the comma
    ("en", _SHOES_EN + "The brand will continue to be run by its president, Paola Kessing.",
     ("EXECUTIVE_OF", "Paola Kessing", "Velmora")),
    ("en", _SHOES_EN + "The brand buys its leather from Brelan Tanneries.",
     ("SUPPLIES", "Brelan Tanneries", "Velmora")),
    ("fr", _SHOES_FR + "La marque achète son cuir auprès de Brelan Tanneries.",
     ("SUPPLIES", "Brelan Tanneries", "Velmora")),
    # a name after "X-based" opening its sentence leads it: the description of the next
    # sentence continues with it
    ("en", "Korvane Inc said on Wednesday it would buy Velmora for $650 million, as Korvane "
     "seeks to own more programming on Korvane devices. Los Angeles-based Velmora runs more "
     "than 300 channels. The startup licenses much of its catalog from Brelan Films.",
     ("SUPPLIES", "Brelan Films", "Velmora")),
    # a fronted phrase naming a thing ("Pour son projet ..., baptisé X,"): the possessive and
    # the description after the phrase are the subject's, the thing's name is no party
    ("fr", _WIND_FR, ("PARTNERS_WITH", "Velmora Énergies", "Brelan Partners")),
    ("en", _WIND_EN,
     ("PARTNERS_WITH", "Velmora Energy", "Brelan Partners")),
    # the main company long after its name
    ("fr", _HOUSE_FR + "La maison s'approvisionne en or auprès de l'affineur Brelan Metaux.",
     ("SUPPLIES", "Brelan Metaux", "Velmora")),
]

ABSENT = [
    # the person is never the company
    ("en", _NEOBANK_EN + "The start-up buys its cloud services from Brelan Systems.",
     ("SUPPLIES", "Brelan Systems", "Anke Morrow-Dietz")),
    ("en", _NEOBANK_EN + "The start-up buys its cloud services from Brelan Systems.",
     ("SUPPLIES", "Brelan Systems", "Zentrix")),
    # the place in the participle phrase is never a party
    ("en", _SHOES_EN + "The brand buys its leather from Brelan Tanneries.",
     ("SUPPLIES", "Brelan Tanneries", "Faubourg Montclar")),
    ("fr", _SHOES_FR + "La marque achète son cuir auprès de Brelan Tanneries.",
     ("SUPPLIES", "Brelan Tanneries", "Porte de Montclar")),
    # the thing a fronted phrase names is no partner
    ("fr", _WIND_FR, ("PARTNERS_WITH", "Mistral Bleu", "Brelan Partners")),
    ("en", _WIND_EN,
     ("PARTNERS_WITH", "Mistral Blue", "Brelan Partners")),
    # a one-word company apposed to a role-like word stays a company ("X, fondateur du
    # consortium"): the description can still go to it
    ("en", "Quistor, founder of the Brelan consortium, said it would invest in Zentrix.",
     ("INVESTS_IN", "Brelan", "Zentrix")),
]

test_found, test_absent = found_and_absent(FOUND, ABSENT)
