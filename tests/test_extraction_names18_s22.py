"""Names on new text, eighteenth round (session 22). A French name opened by its capitalised
article ("La Compagnie des Velmores a racheté X"), by "Financière" / "Foncière" ("Financière de
l'Ostrane"); a field adjective after a national body ("l'Institut national d'études
océaniques"); an English public body joined by "and" ("the Maritime and Quellian Agency", "the
Ostravia Water Utilities and Pricing Review Board", "the Department of Water and Coastal
Planning"); "Harbours of the Quellian Coast SpA"; a nationality before "... Center"; the topic
marker "Côté X,"; Companies House and "X filings show"; "First" opening a name inside a
sentence; "SA" after a name; a model's tail after a firm's descriptor ("le loueur de camions
Velmora Pro"). Invented names in no list; the near shapes that stay out (contractions,
"internet", two parties around "and", "the First Quarter", a product's "Pro") are checked too."""

from __future__ import annotations

from tests.test_extraction_families import found_and_absent

_BUY_FR = "Quistor fabrique des lasers à Lyon. "
_BUY_EN = "Quistor makes lasers in Ohio. "

FOUND = [
    # a capitalised article before an organisation head and "des <Name>"
    ("fr", "La Compagnie des Velmores a racheté Quistor en mars.",
     ("ACQUIRES", "Compagnie des Velmores", "Quistor")),
    ("fr", "Par ailleurs, La Compagnie des Velmores a racheté Quistor.",
     ("ACQUIRES", "La Compagnie des Velmores", "Quistor")),
    ("fr", "La Société des Quistors a signé un partenariat avec Velmora.",
     ("PARTNERS_WITH", "Société des Quistors", "Velmora")),
    # "Financière" / "Foncière" open a holding's name
    ("fr", "Financière de l'Ostrane détient des participations dans Quistor.",
     ("INVESTS_IN", "Financière de l'Ostrane", "Quistor")),
    ("fr", "Foncière Velmora a acquis Quistor pour 40 millions d'euros.",
     ("ACQUIRES", "Foncière Velmora", "Quistor")),
    # a field adjective after a national body
    ("fr", "Quistor a conclu un accord avec l'Institut national d'études océaniques au sujet de "
     "ses bouées.", ("PARTNERS_WITH", "Institut national d'études océaniques", "Quistor")),
    # English public bodies joined by "and"
    ("en", "Quistor won a contract from the Maritime and Quellian Agency.",
     ("SUPPLIES", "Quistor", "Maritime and Quellian Agency")),
    ("en", _BUY_EN + "Quistor ran 30 ferries, according to a filing with the Ostravia "
     "Department of Water and Coastal Planning.",
     ("REPORTED_BY", "ARTICLE", "Ostravia Department of Water and Coastal Planning")),
    ("en", _BUY_EN + "Quistor won approval, according to a filing with the Ostravia Water "
     "Utilities and Pricing Review Board.",
     ("REPORTED_BY", "ARTICLE", "Ostravia Water Utilities and Pricing Review Board")),
    ("en", "Quistor won a contract from the Ministry of Energy and Industry.",
     ("SUPPLIES", "Quistor", "Ministry of Energy and Industry")),
    # "X of the Y <legal form>"
    ("en", "Quistor agreed to acquire Harbours of the Velmora SpA, the owner of six ports, "
     "for about $350 million.", ("ACQUIRES", "Quistor", "Harbours of the Velmora")),
    # a nationality before a "Center"
    ("en", "Quistor has a research partnership with the German Velmora Center.",
     ("PARTNERS_WITH", "German Velmora Center", "Quistor")),
    # "Côté X," marks a topic
    ("fr", "Côté Velmora, la directrice financière Anne Loric a confirmé le rachat de Zorbex.",
     ("EXECUTIVE_OF", "Anne Loric", "Velmora")),
    # Companies House
    ("en", _BUY_EN + "Companies House filings show that Quistor returned to profit last year.",
     ("REPORTED_BY", "ARTICLE", "Companies House")),
    ("en", _BUY_EN + "Its most recent accounts, lodged at Companies House in March, show an "
     "operating loss of £4mn.", ("REPORTED_BY", "ARTICLE", "Companies House")),
    # "First" opening a name inside a sentence
    ("en", "Quistor competes against much larger rivals First Velmora and Zorbex Transport.",
     ("COMPETES_WITH", "First Velmora", "Quistor")),
    ("en", "Quistor sold buses to the operator First Quellbus, its largest customer.",
     ("SUPPLIES", "Quistor", "First Quellbus")),
    # "SA" after a name is its legal form, no pronoun
    ("fr", "Quistor SA a racheté Velmora.", ("ACQUIRES", "Quistor", "Velmora")),
    ("fr", "Le groupe Quistor SA fournit Velmora.", ("SUPPLIES", "Quistor", "Velmora")),
    # a model's tail word after a firm's descriptor
    ("fr", "Quistor a conclu un partenariat avec le loueur de camions Velmora Pro, qui "
     "louera ses modèles.", ("PARTNERS_WITH", "Velmora Pro", "Quistor")),
    ("en", "Quistor signed a deal with the software firm Quellbook Max.",
     ("PARTNERS_WITH", "Quellbook Max", "Quistor")),
    # the maker itself keeps its relation beside the types of goods it makes
    ("fr", "Quistor a annoncé l'acquisition de Velmora & Fils, un fabricant de turbines Kaplor "
     "et Brandis installé à Lyon.", ("ACQUIRES", "Quistor", "Velmora & Fils")),
    ("fr", "Quistor a racheté Velmora. Le groupe continuera d'acheter du saumon auprès de "
     "Zorbex, son fournisseur historique.", ("SUPPLIES", "Zorbex", "Quistor")),
    ("en", "Zorbex will deliver 3,000 Kestrix 5 electric vehicles to Quistor next year.",
     ("SUPPLIES", "Zorbex", "Quistor")),
    # a name the article writes whole elsewhere is whole where it is cut
    ("fr", "Les Ateliers Marins de Quellec gagnent un contrat. Le constructeur breton "
     "de voiliers Ateliers Marins de Quellec a conclu un partenariat avec le loueur "
     "Velmora.", ("PARTNERS_WITH", "Ateliers Marins de Quellec", "Velmora")),
    # a building named by its kind is no party; the description goes to the company
    ("fr", "Quistor a racheté Velmora. La fabrication aura lieu dans un nouvel atelier, le Hangar "
     "Zelbor, que bâtit Zorbex. Pour payer cette extension, le chantier a ouvert son capital "
     "à Kandor.", ("INVESTS_IN", "Kandor", "Quistor")),
    # a definite maker's description names the maker
    ("fr", "Velmora a racheté le fabricant de turbines Kaplor.",
     ("ACQUIRES", "Velmora", "Kaplor")),
]

ABSENT = [
    # the cut names are gone
    ("fr", "La Compagnie des Velmores a racheté Quistor en mars.",
     ("ACQUIRES", "Velmores", "Quistor")),
    ("fr", "Financière de l'Ostrane détient des participations dans Quistor.",
     ("INVESTS_IN", "Ostrane", "Quistor")),
    ("fr", "Quistor a conclu un accord avec l'Institut national d'études océaniques au sujet de "
     "ses bouées.", ("PARTNERS_WITH", "Institut national d'études", "Quistor")),
    # a title word before "Financière" leaves it a title
    ("fr", "Marie Dulac, Directrice Financière de Quistor, a signé avec Velmora.",
     ("PARTNERS_WITH", "Financière de Quistor", "Velmora")),
    # two parties around "and": no public body
    ("en", "Quistor won a contract from the Maritime and Quellian Agency.",
     ("SUPPLIES", "Quistor", "Quellian Agency")),
    ("en", "Quistor and the Velmora Agency signed a deal.",
     ("PARTNERS_WITH", "Quistor and the Velmora Agency", "Quistor")),
    ("en", "Quistor sold shares to Zorbex Holdings and Velmora Authority.",
     ("INVESTS_IN", "Zorbex Holdings and Velmora Authority", "Quistor")),
    ("en", "Quistor supplies the Department of Water and Velmora Planning.",
     ("SUPPLIES", "Quistor", "Department of Water and Velmora Planning")),
    # "Côté" is no part of the name
    ("fr", "Côté Velmora, la directrice financière Anne Loric a confirmé le rachat de Zorbex.",
     ("EXECUTIVE_OF", "Anne Loric", "Côté Velmora")),
    # "First" after an article is an ordinal
    ("en", "Quistor won the contract from Velmora in the First Quarter.",
     ("SUPPLIES", "Quistor", "First Quarter")),
    # contractions and channels are no parties
    ("en", "\"We've been working with Quistor for years,\" said Andrew Colvey, managing director "
     "of Velmora.", ("PARTNERS_WITH", "Quistor", "We've")),
    ("en", "Quistor sells through the internet and Velmora.", ("SUPPLIES", "Quistor", "internet")),
    ("fr", "Quistor vend sur internet et chez Velmora.", ("SUPPLIES", "Quistor", "internet")),
    # a product's "Pro" with no firm's descriptor stays a product
    ("fr", _BUY_FR + "Quistor vend son casque Velmora Pro à Zorbex.",
     ("SUPPLIES", "Velmora Pro", "Zorbex")),
    ("en", _BUY_EN + "Quistor sells its Quellix Pro laser to Zorbex.",
     ("SUPPLIES", "Quellix Pro", "Zorbex")),
    # types of goods after "fabricant de <goods>" are no parties
    ("fr", "Quistor a annoncé l'acquisition de Velmora & Fils, un fabricant de turbines Kaplor "
     "et Brandis installé à Lyon.", ("ACQUIRES", "Quistor", "Kaplor")),
    ("fr", "Quistor a annoncé l'acquisition de Velmora & Fils, un fabricant de turbines Kaplor "
     "et Brandis installé à Lyon.", ("ACQUIRES", "Quistor", "Brandis")),
    ("fr", "Les Ateliers Marins de Quellec gagnent un contrat. Le constructeur breton "
     "de voiliers Ateliers Marins de Quellec a conclu un partenariat avec le loueur "
     "Velmora.", ("PARTNERS_WITH", "Ateliers Marins", "Velmora")),
    ("fr", "Quistor a racheté Velmora. La fabrication aura lieu dans un nouvel atelier, le Hangar "
     "Zelbor, que bâtit Zorbex. Pour payer cette extension, le chantier a ouvert son capital "
     "à Kandor.", ("INVESTS_IN", "Kandor", "Hangar Zelbor")),
    # a French verb after a description is no lower-case name
    ("fr", "Quistor a racheté Velmora. Le groupe continuera d'acheter du saumon auprès de "
     "Zorbex, son fournisseur historique.", ("SUPPLIES", "Zorbex", "continuera")),
    # a model with its number and an adjective before the goods noun is no party
    ("en", "Zorbex will deliver 3,000 Kestrix 5 electric vehicles to Quistor next year.",
     ("SUPPLIES", "Kestrix", "Quistor")),
]

test_found, test_absent = found_and_absent(FOUND, ABSENT)
