"""Session 17, typing: products, facilities and places taken for companies, and the reverse.

A name a company's goods bear is no party ("Velmora, whose Quintabex has overtaken ...", "its
employee app, Brelgo, ...", "la prothèse inversée Kandrix"); a common noun opening a sentence
or a quotation before a copula is no name when the article writes it in lower case ("Cheese is
where the value is"); near misses keep the company ("whose Kandor Capital unit", "its flagship
vehicle, Quistor Fund", "Pour ses machines, Norvoise achète ...", a company named like a noun
used as the subject of a corporate verb). Every company here is made up and in no list.
"""

from __future__ import annotations

from tests.test_extraction_families import found_and_absent

FOUND = [
    # the antecedent of "whose" keeps its own relations
    ("en", "The deal puts Zentrix into a race dominated by Kandor and Velmora, whose Quintabex "
           "has overtaken its rival's drug.", ("COMPETES_WITH", "Zentrix", "Velmora")),
    # a company after "whose" with a company word is a party
    ("en", "Velmora, whose Kandor Capital has invested in Zentrix, makes drones.",
     ("INVESTS_IN", "Kandor Capital", "Zentrix")),
    # a goods noun apposition names the product; the owner keeps the relation
    ("en", "Quistor has launched its employee app, Brelgo, and signed a partnership with "
           "fintech Velmora.", ("PARTNERS_WITH", "Quistor", "Velmora")),
    # near misses: no goods noun, a plural goods noun, a fund "vehicle"
    ("en", "Tarvo committed a further $250mn to its flagship vehicle, Quistor Credit Fund, "
           "which invests in Zentrix.", ("INVESTS_IN", "Quistor Credit Fund", "Zentrix")),
    ("fr", "Pour ses machines, Norvalis achète ses moteurs à Kelmark.",
     ("SUPPLIES", "Kelmark", "Norvalis")),
    ("fr", "Pour son logiciel, Norvalis a signé un partenariat avec Kelmark.",
     ("PARTNERS_WITH", "Norvalis", "Kelmark")),
    # a product noun and an adjective before the name: the maker's relation stays
    ("fr", "Kelmark vend la prothèse inversée Kandrix et concurrence Velmora.",
     ("COMPETES_WITH", "Kelmark", "Velmora")),
    ("fr", "Le fabricant français Quistor concurrence frontalement Velmora.",
     ("COMPETES_WITH", "Quistor", "Velmora")),
    # a sentence-opening name before a copula is still a name when the article never writes
    # it in lower case
    ("en", "Brelvane is the main supplier of Zentrix.", ("SUPPLIES", "Brelvane", "Zentrix")),
    ("fr", "Brelvane est le premier fournisseur de Zentrix.",
     ("SUPPLIES", "Brelvane", "Zentrix")),
    # a quotation opening with a name and its verb keeps the name
    ("en", "\"Velmora is our main supplier,\" said Anna Quist, chief executive of Kandor.",
     ("EXECUTIVE_OF", "Anna Quist", "Kandor")),
    # an acronym chain is one name, whatever lists hold its parts
    ("fr", "Quistor fournit l'QZ-HP depuis 2021.", ("SUPPLIES", "Quistor", "QZ-HP")),
    # near misses of a site apposition: a company noun after the site noun, a hyphenated
    # adjective, "site" (a web site)
    ("en", "Quistor bought Brelmont, a terminal operator, from Velmora.",
     ("ACQUIRES", "Quistor", "Brelmont")),
    ("en", "Quistor bought Brelmont, a factory automation firm, from Velmora.",
     ("ACQUIRES", "Quistor", "Brelmont")),
    ("en", "Quistor bought Brelmont, a plant-based food maker, from Velmora.",
     ("ACQUIRES", "Quistor", "Brelmont")),
    ("fr", "Quistor a racheté Brelmont, un site de vente en ligne, à Velmora.",
     ("ACQUIRES", "Quistor", "Brelmont")),
    ("en", "Velmora sells shoes in Paris. Its shoes are made by Calzaturificio Brelmont, a "
           "family-owned factory near Tarvo.", ("SUPPLIES", "Calzaturificio Brelmont", "Velmora")),
    # a sentence-opening name before "ships" + goods + "to" + a name: the verb, not vessels
    ("en", "Quellong Cathode Materials hired bankers, and Quellong added it would list. Quellong "
           "ships cathode material to Velmora Cells.",
     ("SUPPLIES", "Quellong Cathode Materials", "Velmora Cells")),
    # a place inside an adjective leaves the sentence's parties alone
    ("en", "Quistor sells a cross-Channel ferry service to Kandor.",
     ("SUPPLIES", "Quistor", "Kandor")),
]

ABSENT = [
    # "whose" + a name + its verb: the owner's goods, no party
    ("en", "The deal puts Zentrix into a race dominated by Kandor and Velmora, whose Quintabex "
           "has overtaken its rival's drug.", ("COMPETES_WITH", "Zentrix", "Quintabex")),
    ("en", "Its closest rival, Velmora, whose Gold Rush competes head-on with Zentrix, has cut "
           "jobs.", ("COMPETES_WITH", "Gold Rush", "Zentrix")),
    # a goods noun of a possessive, then the name between commas
    ("en", "Quistor also plans to offer its employee app, Brelgo, to Kandor's clients, "
           "including a feature developed jointly with fintech Velmora.",
     ("PARTNERS_WITH", "Brelgo", "Velmora")),
    ("fr", "Quistor proposera son logiciel phare, Kalmo, aux clients de Kandor, avec une "
           "fonction développée conjointement avec Velmora.",
     ("PARTNERS_WITH", "Kalmo", "Velmora")),
    # a product noun and its adjective before the name (French)
    ("fr", "La prothèse inversée Kandrix, produit phare de la PME, concurrence frontalement la "
           "gamme Omnia de Velmora.", ("COMPETES_WITH", "Kandrix", "Velmora")),
    ("fr", "Le vaccin expérimental Quarvo, conçu par la PME, concurrence Velmora.",
     ("COMPETES_WITH", "Quarvo", "Velmora")),
    # a common noun opening a quotation before a copula, written in lower case elsewhere
    ("en", "\"Cheese is where the value is,\" Chief Executive Anna Quist told reporters. The "
           "cooperative goes up against Kandor and Velmora. Quistor sells mountain cheese to "
           "Brelmart.", ("COMPETES_WITH", "Cheese", "Kandor")),
    ("en", "\"Cheese is where the value is,\" Chief Executive Anna Quist told reporters. "
           "Quistor sells mountain cheese to Brelmart.", ("EXECUTIVE_OF", "Anna Quist", "Cheese")),
    ("fr", "« Fromage est notre métier », a déclaré le directeur général Paul Quarnel. La "
           "coopérative affronte Kandor. Quistor vend du fromage à Brelmart.",
     ("COMPETES_WITH", "Fromage", "Kandor")),
    # a quotation opening with a capitalised word, a noun and a copula: the word is no name,
    # even where the article builds a longer name with it
    ("en", "Quistor Optics bought Hoogmark Attitude Systems. \"Attitude control is the piece our "
           "customers keep asking for,\" Chief Executive Raymond Kelmar told analysts.",
     ("SUPPLIES", "Quistor Optics", "Attitude")),
    ("fr", "Quistor a racheté Fromagerie Brelval. « Brelval affinage est notre métier », a "
           "déclaré Paul Quarnel, président de Quistor. La coopérative affronte Kandor.",
     ("COMPETES_WITH", "Brelval", "Kandor")),
    # the second part of an acronym chain is not the listed company of that acronym
    ("fr", "Quistor fournit l'QZ-HP depuis 2021.", ("SUPPLIES", "Quistor", "HP")),
    # a site apposed to a name: no company bought
    ("en", "Quistor Hotels separately bought The Brelmont Quay, a 412-room property on the Tarvo "
           "River, from a local family office.", ("ACQUIRES", "Quistor Hotels", "Brelmont Quay")),
    # a place inside an adjective ("cross-Channel") is no party
    ("en", "Under the agreement, the French house will provide Kandor with reserve wines, while "
           "the two will jointly market a cross-Channel cuvée in the US.",
     ("SUPPLIES", "Channel", "Kandor")),
]

test_found, test_absent = found_and_absent(FOUND, ABSENT)
