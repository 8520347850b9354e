"""Names on new text, eighteenth round (session 22). A French name opened by its capitalised
article ("La Compagnie des Velmores a racheté X"), by "Financière" / "Foncière" ("Financière de
l'Ostrane"); a field adjective after a national body ("le Centre national d'études
spatiales"); an English public body joined by "and" ("the Maritime and Quellian Agency", "the
Ostravia Health Facilities and Services Review Board", "the Department of Health and Human
Services"); "Marinas of the Quellian Coast SpA"; a nationality before "... Center"; the topic
marker "Côté X,"; Companies House and "X filings show"; "First" opening a name inside a
sentence; "SA" after a name; a model's tail after a firm's descriptor ("le loueur longue durée
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
    ("fr", "Financière de la Varenne détient des participations dans Quistor.",
     ("INVESTS_IN", "Financière de la Varenne", "Quistor")),
    ("fr", "Foncière Velmora a acquis Quistor pour 40 millions d'euros.",
     ("ACQUIRES", "Foncière Velmora", "Quistor")),
    # a field adjective after a national body
    ("fr", "Quistor a signé un accord avec le Centre national d'études spatiales portant sur "
     "ses satellites.", ("PARTNERS_WITH", "Centre national d'études spatiales", "Quistor")),
    # English public bodies joined by "and"
    ("en", "Quistor won a contract from the Maritime and Quellian Agency.",
     ("SUPPLIES", "Quistor", "Maritime and Quellian Agency")),
    ("en", _BUY_EN + "Quistor operated 12 vans, according to a filing with the Ostravia "
     "Department of Health and Human Services.",
     ("REPORTED_BY", "ARTICLE", "Ostravia Department of Health and Human Services")),
    ("en", _BUY_EN + "Quistor won approval, according to a filing with the Ostravia Health "
     "Facilities and Services Review Board.",
     ("REPORTED_BY", "ARTICLE", "Ostravia Health Facilities and Services Review Board")),
    ("en", "Quistor won a contract from the Ministry of Trade and Industry.",
     ("SUPPLIES", "Quistor", "Ministry of Trade and Industry")),
    # "X of the Y <legal form>"
    ("en", "Quistor agreed to acquire Marinas of the Velmora SpA, the operator of nine marinas, "
     "for about $610 million.", ("ACQUIRES", "Quistor", "Marinas of the Velmora")),
    # a nationality before a "Center"
    ("en", "Quistor has a research partnership with the German Velmora Center.",
     ("PARTNERS_WITH", "German Velmora Center", "Quistor")),
    # "Côté X," marks a topic
    ("fr", "Côté Velmora, la directrice financière Anne Loric a confirmé le rachat de Zorbex.",
     ("EXECUTIVE_OF", "Anne Loric", "Velmora")),
    # Companies House
    ("en", _BUY_EN + "Companies House filings show that Quistor returned to profit last year.",
     ("REPORTED_BY", "ARTICLE", "Companies House")),
    ("en", _BUY_EN + "Its latest accounts, filed at Companies House in October, show a "
     "pre-tax profit of £21mn.", ("REPORTED_BY", "ARTICLE", "Companies House")),
    # "First" opening a name inside a sentence
    ("en", "Quistor competes against much larger rivals First Velmora and Zorbex Transport.",
     ("COMPETES_WITH", "First Velmora", "Quistor")),
    ("en", "Quistor sold buses to the operator First Quellbus, its largest customer.",
     ("SUPPLIES", "Quistor", "First Quellbus")),
    # "SA" after a name is its legal form, no pronoun
    ("fr", "Quistor SA a racheté Velmora.", ("ACQUIRES", "Quistor", "Velmora")),
    ("fr", "Le groupe Quistor SA fournit Velmora.", ("SUPPLIES", "Quistor", "Velmora")),
    # a model's tail word after a firm's descriptor
    ("fr", "Quistor a noué un partenariat avec le loueur longue durée Velmora Pro, qui "
     "proposera ses modèles.", ("PARTNERS_WITH", "Velmora Pro", "Quistor")),
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
    ("fr", "Les Chantiers Navals de Quellec décrochent une commande. Le constructeur finistérien "
     "de bateaux Chantiers Navals de Quellec a signé un accord de partenariat avec le loueur "
     "Velmora.", ("PARTNERS_WITH", "Chantiers Navals de Quellec", "Velmora")),
    # a building named by its kind is no party; the description goes to the company
    ("fr", "Quistor a racheté Velmora. La production sera assurée dans un nouveau hall, le Hangar "
     "Zelbor, que construit Zorbex. Pour financer cette ligne, le chantier a ouvert son capital "
     "à Kandor.", ("INVESTS_IN", "Kandor", "Quistor")),
    # a definite maker's description names the maker
    ("fr", "Velmora a racheté le fabricant de turbines Kaplor.",
     ("ACQUIRES", "Velmora", "Kaplor")),
]

ABSENT = [
    # the cut names are gone
    ("fr", "La Compagnie des Velmores a racheté Quistor en mars.",
     ("ACQUIRES", "Velmores", "Quistor")),
    ("fr", "Financière de la Varenne détient des participations dans Quistor.",
     ("INVESTS_IN", "Varenne", "Quistor")),
    ("fr", "Quistor a signé un accord avec le Centre national d'études spatiales portant sur "
     "ses satellites.", ("PARTNERS_WITH", "Centre national d'études", "Quistor")),
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
    ("en", "Quistor supplies the Department of Health and Velmora Services.",
     ("SUPPLIES", "Quistor", "Department of Health and Velmora Services")),
    # "Côté" is no part of the name
    ("fr", "Côté Velmora, la directrice financière Anne Loric a confirmé le rachat de Zorbex.",
     ("EXECUTIVE_OF", "Anne Loric", "Côté Velmora")),
    # "First" after an article is an ordinal
    ("en", "Quistor won the contract from Velmora in the First Quarter.",
     ("SUPPLIES", "Quistor", "First Quarter")),
    # contractions and channels are no parties
    ("en", "\"We've been working with Quistor for years,\" said Andrew Pell, managing director "
     "of Velmora.", ("PARTNERS_WITH", "Quistor", "We've")),
    ("en", "Quistor sells through the internet and Velmora.", ("SUPPLIES", "Quistor", "internet")),
    ("fr", "Quistor vend sur internet et chez Velmora.", ("SUPPLIES", "Quistor", "internet")),
    # a product's "Pro" with no firm's descriptor stays a product
    ("fr", _BUY_FR + "Quistor vend son casque Velmora Pro à Zorbex.",
     ("SUPPLIES", "Velmora Pro", "Zorbex")),
    ("en", _BUY_EN + "Quistor sells its Lumira Pro laser to Zorbex.",
     ("SUPPLIES", "Lumira Pro", "Zorbex")),
    # types of goods after "fabricant de <goods>" are no parties
    ("fr", "Quistor a annoncé l'acquisition de Velmora & Fils, un fabricant de turbines Kaplor "
     "et Brandis installé à Lyon.", ("ACQUIRES", "Quistor", "Kaplor")),
    ("fr", "Quistor a annoncé l'acquisition de Velmora & Fils, un fabricant de turbines Kaplor "
     "et Brandis installé à Lyon.", ("ACQUIRES", "Quistor", "Brandis")),
    ("fr", "Les Chantiers Navals de Quellec décrochent une commande. Le constructeur finistérien "
     "de bateaux Chantiers Navals de Quellec a signé un accord de partenariat avec le loueur "
     "Velmora.", ("PARTNERS_WITH", "Chantiers Navals", "Velmora")),
    ("fr", "Quistor a racheté Velmora. La production sera assurée dans un nouveau hall, le Hangar "
     "Zelbor, que construit Zorbex. Pour financer cette ligne, le chantier a ouvert son capital "
     "à Kandor.", ("INVESTS_IN", "Kandor", "Hangar Zelbor")),
    # a French verb after a description is no lower-case name
    ("fr", "Quistor a racheté Velmora. Le groupe continuera d'acheter du saumon auprès de "
     "Zorbex, son fournisseur historique.", ("SUPPLIES", "Zorbex", "continuera")),
    # a model with its number and an adjective before the goods noun is no party
    ("en", "Zorbex will deliver 3,000 Kestrix 5 electric vehicles to Quistor next year.",
     ("SUPPLIES", "Kestrix", "Quistor")),
]

test_found, test_absent = found_and_absent(FOUND, ABSENT)
