"""Issue 11, session 15 (residual pass): what the fresh batches still missed after eight passes,
in invented sentences (both languages where the family exists in both). The families: a
contract whose supplier is the subject of "under which" / "aux termes duquel" (the signer is the
customer); a supplier's direct object followed by a relative clause with its own subject and
its own "to" ("supplies Y for the tram that Z delivers to W": W is Z's customer, not the
sentence's); "takes on (larger) rivals A and B"; "narrow / close the gap with (larger) rivals A",
"réduire l'écart avec son concurrent A"; a named subject after the conjunction "as" ("the deal
comes as X battles A", before: nothing); "P, a co-founder who runs O" (the person before the
apposition). Every company here is made up and in no list.
"""

from __future__ import annotations

from tests.test_extraction_families import found_and_absent

FOUND = [
    # a contract under which the supplier delivers: the signer is the customer
    ("en", "Velmora has signed a seven-year agreement under which Quistor will deliver pulp "
     "from its mill in Finland.", ("SUPPLIES", "Quistor", "Velmora")),
    ("en", "Velmora signed a contract under which Quistor will supply steel to its plants.",
     ("SUPPLIES", "Quistor", "Velmora")),
    ("en", "Velmora struck a deal whereby Quistor supplies all of its cans.",
     ("SUPPLIES", "Quistor", "Velmora")),
    ("fr", "Velmora a signé un contrat de sept ans aux termes duquel Quistor livrera de la pâte "
     "depuis son usine finlandaise.", ("SUPPLIES", "Quistor", "Velmora")),
    ("fr", "Velmora a signé un accord en vertu duquel Quistor lui fournira de l'acier.",
     ("SUPPLIES", "Quistor", "Velmora")),
    ("fr", "Velmora a conclu un contrat par lequel Quistor fournira l'acier de ses usines.",
     ("SUPPLIES", "Quistor", "Velmora")),
    # the direct object of "supplies" before a relative clause with its own subject
    ("en", "Quistor supplies Velmora for the tram that Tarvex delivers to Kandor.",
     ("SUPPLIES", "Quistor", "Velmora")),
    ("en", "Quistor supplies Velmora for the tram that Tarvex delivers to Kandor.",
     ("SUPPLIES", "Tarvex", "Kandor")),
    ("en", "Quistor already supplies Velmora for the tram that the Swedish group delivers to "
     "Kandor.", ("SUPPLIES", "Quistor", "Velmora")),
    ("fr", "Quistor fournit Velmora pour le tramway que Tarvex livre à Kandor.",
     ("SUPPLIES", "Quistor", "Velmora")),
    ("fr", "Quistor fournit Velmora pour le tramway que Tarvex livre à Kandor.",
     ("SUPPLIES", "Tarvex", "Kandor")),
    # taking on rivals, narrowing the gap
    ("en", "Velmora takes on larger rivals Quistor and Kandor.",
     ("COMPETES_WITH", "Velmora", "Quistor")),
    ("en", "Velmora takes on larger rivals Quistor and Kandor.",
     ("COMPETES_WITH", "Velmora", "Kandor")),
    ("en", "Velmora closed the gap with its rival Quistor last year.",
     ("COMPETES_WITH", "Velmora", "Quistor")),
    ("en", "Velmora narrowed the gap with larger rivals Quistor and Kandor.",
     ("COMPETES_WITH", "Velmora", "Kandor")),
    ("fr", "Velmora a réduit l'écart avec son concurrent Quistor.",
     ("COMPETES_WITH", "Velmora", "Quistor")),
    # a named subject after the conjunction "as" ("alors que" already opened a clause)
    ("en", "The deal comes as Velmora battles larger rivals Quistor and Kandor for orders.",
     ("COMPETES_WITH", "Velmora", "Quistor")),
    ("en", "This comes as Velmora buys Quistor.", ("ACQUIRES", "Velmora", "Quistor")),
    ("en", "Profits fell as Velmora competes with Quistor.",
     ("COMPETES_WITH", "Velmora", "Quistor")),
    ("fr", "L'opération intervient alors que Velmora affronte ses grands rivaux Quistor et "
     "Kandor.", ("COMPETES_WITH", "Velmora", "Kandor")),
    # a person, a short apposition, then "who runs O" / "qui dirige O"
    ("en", "Dana Kettering, a co-founder who runs Velmora as chief executive, will join Quistor "
     "as head of biologicals.", ("EXECUTIVE_OF", "Dana Kettering", "Velmora")),
    ("en", "Dana Kettering, the engineer who heads Velmora, said the deal was done.",
     ("EXECUTIVE_OF", "Dana Kettering", "Velmora")),
    ("fr", "Dana Kettering, une ingénieure qui dirige Velmora, a signé l'accord.",
     ("EXECUTIVE_OF", "Dana Kettering", "Velmora")),
]

ABSENT = [
    # a contract under which the other party buys: no supplier named
    ("en", "Velmora signed an agreement under which Quistor will buy its pulp.",
     ("SUPPLIES", "Quistor", "Velmora")),
    ("en", "Velmora signed an agreement under which Quistor will take a 10% stake.",
     ("SUPPLIES", "Quistor", "Velmora")),
    ("fr", "Velmora a signé un accord en vertu duquel Quistor achètera sa pâte.",
     ("SUPPLIES", "Quistor", "Velmora")),
    # the relative clause's "to" is not the main verb's customer
    ("en", "Quistor supplies Velmora for the tram that Tarvex delivers to Kandor.",
     ("SUPPLIES", "Quistor", "Kandor")),
    ("fr", "Quistor fournit Velmora pour le tramway que Tarvex livre à Kandor.",
     ("SUPPLIES", "Quistor", "Kandor")),
    # taking on debt or staff is no rivalry
    ("en", "Velmora will take on debt from Quistor to fund the deal.",
     ("COMPETES_WITH", "Velmora", "Quistor")),
    ("en", "Velmora took on staff from Quistor.", ("COMPETES_WITH", "Velmora", "Quistor")),
    ("en", "Velmora will take on Quistor's staff.", ("COMPETES_WITH", "Velmora", "Quistor")),
    # a gap closed with a deal, not with a rival
    ("en", "Velmora closed the gap with the purchase of Quistor.",
     ("COMPETES_WITH", "Velmora", "Quistor")),
    ("fr", "Velmora a comblé son retard avec le rachat de Quistor.",
     ("COMPETES_WITH", "Velmora", "Quistor")),
    # "as" before a possessive or a description stays a preposition (or is left as it was)
    ("en", "Velmora joined the board as Quistor's adviser to buy Kandor.",
     ("ACQUIRES", "Quistor", "Kandor")),
    ("en", "The move comes as the group pours money into Quistor.",
     ("INVESTS_IN", "Velmora", "Quistor")),
    # a company before the apposition, or a verb that is no role
    ("fr", "Quistor, une PME qui dirige Velmora, a signé l'accord.",
     ("EXECUTIVE_OF", "Quistor", "Velmora")),
    ("en", "Velmora hired Dana Kettering, a banker who advised Quistor.",
     ("EXECUTIVE_OF", "Dana Kettering", "Quistor")),
]

test_found, test_absent = found_and_absent(FOUND, ABSENT)
