"""Issue 11, session 16: SUPPLIES whose party is only referred to or left implicit.

A French dative clitic before a supply verb taking "à" ("Velmora, qui lui a commandé 400
compteurs", "Velmora lui fournit les moteurs") stands, when its sentence names no company before
the subject, for the company the passage is about (the previous sentence's subject company,
else the article's main company). A passive whose subject is a definite thing opening a second
clause after a first passive ("X sera fourni par A, tandis que les flotteurs seront fabriqués
par B", "..., while the batteries will be built by B") is the topic's, as the first one is.
A company that counts its customers with a French or English quantity noun ("une centaine de
clients, à commencer par X", "des milliers de clients, dont X", "hundreds of customers,
including X") names some of them, as one that counts them in digits does.
Companies that open a sentence and "signed as customers" of no company the sentence names
("A et B ont déjà signé comme clients de lancement", "A has signed up as a launch customer")
are customers of the company the passage is about.
A French relation noun after a possessive may carry an adjective before its name ("son
fournisseur historique, X", "son client attitré X", "ses investisseurs historiques A et B");
a possessive pronoun right after "A et (de)" is not taken for A ("aux côtés de A et de son
actionnaire B").
Every company here is made up and in no list.
"""

from __future__ import annotations

from tests.test_extraction_families import found_and_absent

_RAIL = "Quistor Rail a remporté un contrat de 40 trains. Quistor Rail emploie 3000 personnes. "
_PLANT_FR = ("Quistor Hydrogène construit une usine d'électrolyse près de Lyon. Quistor "
             "Hydrogène emploie 300 personnes. ")
_PLANT_EN = ("Quistor Data is building a data center in Ohio. Quistor Data employs 800 "
             "people. ")
_PAIE = "Quistor Paie a levé 20 millions d'euros. Quistor Paie emploie 80 personnes. "
_PAY = "Quistor Pay raised $20 million. Quistor Pay employs 80 people. "
_CARGO = ("Quistor Cargo transporte du café à la voile. Quistor Cargo emploie 80 "
          "personnes. ")

FOUND = [
    ("fr", _RAIL + "Velmora Industries, qui lui a commandé l'an dernier 400 compteurs, "
     "représente la moitié de son chiffre d'affaires.",
     ("SUPPLIES", "Quistor Rail", "Velmora Industries")),
    ("fr", _RAIL + "Velmora Industries lui a commandé l'an dernier 400 compteurs.",
     ("SUPPLIES", "Quistor Rail", "Velmora Industries")),
    ("fr", _RAIL + "Velmora Industries lui achète des essieux depuis 2019.",
     ("SUPPLIES", "Quistor Rail", "Velmora Industries")),
    ("fr", _RAIL + "Velmora Industries lui fournit les moteurs depuis 2019.",
     ("SUPPLIES", "Velmora Industries", "Quistor Rail")),
    ("fr", _RAIL + "Le motoriste Velmora Industries lui livre des moteurs depuis 2019.",
     ("SUPPLIES", "Velmora Industries", "Quistor Rail")),
    ("fr", _PLANT_FR + "Les éoliennes seront fournies par Velmora, tandis que les flotteurs "
     "doivent être fabriqués par Kandor Marine.",
     ("SUPPLIES", "Kandor Marine", "Quistor Hydrogène")),
    ("fr", _PLANT_FR + "L'électrolyseur sera livré par Velmora, alors que les compresseurs "
     "seront fournis par le suédois Kandor Kompressor.",
     ("SUPPLIES", "Kandor Kompressor", "Quistor Hydrogène")),
    ("en", _PLANT_EN + "The turbines will be supplied by Velmora, while the batteries will be "
     "built by Kandor Cells.",
     ("SUPPLIES", "Kandor Cells", "Quistor Data")),
    ("en", _PLANT_EN + "The chillers will be supplied by Velmora Systems, whereas the "
     "transformers will be made by Kandor Electric.",
     ("SUPPLIES", "Kandor Electric", "Quistor Data")),
    ("fr", _PAIE + "Quistor Paie revendique une centaine de clients, à commencer par le "
     "torréfacteur Velmora Café.", ("SUPPLIES", "Quistor Paie", "Velmora Café")),
    ("fr", _PAIE + "La société revendique des milliers de clients, dont le torréfacteur Velmora "
     "Café.", ("SUPPLIES", "Quistor Paie", "Velmora Café")),
    ("en", _PAY + "Quistor Pay has a dozen customers, including Velmora Foods.",
     ("SUPPLIES", "Quistor Pay", "Velmora Foods")),
    ("fr", _PAIE + "Velmora Services et Kandor Boulangerie ont déjà signé comme clients de "
     "lancement.", ("SUPPLIES", "Quistor Paie", "Kandor Boulangerie")),
    ("fr", _PAIE + "Velmora Services, qui a réservé de la capacité pour ses antennes, et Kandor "
     "Boulangerie ont signé comme premiers clients.",
     ("SUPPLIES", "Quistor Paie", "Velmora Services")),
    ("en", _PAY + "Velmora Foods and Kandor Bakeries have already signed up as launch customers.",
     ("SUPPLIES", "Quistor Pay", "Velmora Foods")),
    ("en", _PAY + "Velmora Foods has signed on as the first customer.",
     ("SUPPLIES", "Quistor Pay", "Velmora Foods")),
    ("fr", _CARGO + "Son fournisseur historique, Velmora Industries, fabrique les voiles.",
     ("SUPPLIES", "Velmora Industries", "Quistor Cargo")),
    ("fr", _CARGO + "Son client attitré Velmora Industries achète l'essentiel des places.",
     ("SUPPLIES", "Quistor Cargo", "Velmora Industries")),
    ("fr", _CARGO + "Son client historique, Velmora Industries, affrète deux navires.",
     ("SUPPLIES", "Quistor Cargo", "Velmora Industries")),
]

ABSENT = [
    ("fr", "La plateforme Velmora Mobilité a annoncé une levée de fonds de 85 millions d'euros "
     "menée par Quistor Partners, aux côtés de Kandor Capital et de son actionnaire "
     "historique Tarvex Ventures.", ("INVESTS_IN", "Tarvex Ventures", "Kandor Capital")),
    ("fr", "La plateforme Velmora Mobilité a annoncé une levée de fonds de 85 millions d'euros "
     "menée par Quistor Partners, aux côtés de Kandor Capital et de son actionnaire Tarvex "
     "Ventures.", ("INVESTS_IN", "Tarvex Ventures", "Kandor Capital")),
    ("fr", _CARGO + "Son fournisseur historique de voiles a été racheté par Velmora "
     "Industries.", ("SUPPLIES", "Velmora Industries", "Quistor Cargo")),
    # a named supplier after the noun is the frames' own, not the topic
    ("en", _PAY + "Velmora Foods has signed up as a customer of Kandor Cloud.",
     ("SUPPLIES", "Quistor Pay", "Velmora Foods")),
    ("fr", _PAIE + "Velmora Services a signé comme client de Kandor Cloud.",
     ("SUPPLIES", "Quistor Paie", "Velmora Services")),
    # a company behind a preposition is no subject
    ("en", _PAY + "Together with Velmora Foods, Kandor Bakeries signed up as a customer.",
     ("SUPPLIES", "Quistor Pay", "Velmora Foods")),
    # no company the passage is about
    ("en", "The cloud market grows. Velmora Foods has signed on as the first customer.",
     ("SUPPLIES", "Velmora Foods", "Velmora Foods")),
    # a deal signed is no customer
    ("fr", _PAIE + "Velmora Services a signé un accord de distribution.",
     ("SUPPLIES", "Quistor Paie", "Velmora Services")),
    # an article counts nothing alone: "une cliente, X" is an apposition, no list
    ("fr", _PAIE + "La société compte une cliente, Velmora Café.",
     ("SUPPLIES", "Quistor Paie", "Velmora Café")),
    ("en", _PAY + "Quistor Pay has customers, including Velmora Foods.",
     ("SUPPLIES", "Quistor Pay", "Velmora Foods")),
    # no company the passage is about: one passing mention makes no topic
    ("fr", "Le marché des compteurs progresse. Velmora Industries lui a commandé 400 "
     "compteurs.", ("SUPPLIES", "Velmora Industries", "Velmora Industries")),
    ("fr", "Quistor Rail a remporté un contrat. Velmora Industries lui a commandé 400 "
     "compteurs.", ("SUPPLIES", "Quistor Rail", "Velmora Industries")),
    # a company before the subject is the clitic's (the sentence's own name wins)
    ("fr", _RAIL + "Kandor Énergie compte Velmora Industries parmi ses clients : le "
     "distributeur lui achète des câbles depuis 2019.",
     ("SUPPLIES", "Quistor Rail", "Velmora Industries")),
    # the verb's own "à X" is the party, not the clitic
    ("fr", _RAIL + "Velmora Industries lui a expliqué avoir commandé 400 compteurs à Kandor "
     "Métrologie.", ("SUPPLIES", "Quistor Rail", "Velmora Industries")),
    # a company that sold something is not the thing's owner: the first clause is active
    ("fr", _PLANT_FR + "Kandor Marine a livré les éoliennes, tandis que les flotteurs seront "
     "fabriqués par Velmora Naval.", ("SUPPLIES", "Velmora Naval", "Quistor Hydrogène")),
    ("en", _PLANT_EN + "Velmora Systems delivered the turbines, while the batteries will be "
     "built by Kandor Cells.", ("SUPPLIES", "Kandor Cells", "Quistor Data")),
    # a study is no goods, after the opener too
    ("en", _PLANT_EN + "The turbines will be supplied by Velmora, while the study will be "
     "carried out by Kandor Consulting.", ("SUPPLIES", "Kandor Consulting", "Quistor Data")),
]

test_found, test_absent = found_and_absent(FOUND, ABSENT)
