"""Session 17, precision on new text: wrong edges of the fresh read batches (27, 29, 31) and
of 22/24/26, each cause written as a family of invented sentences with the asserted twin
that must stay found.

Causes: a directed relation read both ways from one sentence, the second way through a
reference ("..., with which it signed a contract"; "the company took a stake in the
startup") or from one cue over two conjuncts ("Y et Z, dont les diffuseurs équipent ...");
a deal only considered ("had also considered buying Y"); a holding the sentence says was
sold after a pluperfect ("X, which had backed Y since 2018, sold its holding"); a contract
"under which" a distributor will sell the signer's goods, read as the distributor supplying
the signer (the maker supplies the distributor); two companies a joint venture will meet ("la
coentreprise se heurtera au suisse A et à l'allemand B") read as partners of each other. Every
company and person here is made up and in no list.
"""

from __future__ import annotations

from tests.test_extraction_families import found_and_absent

FOUND = [
    # the first statement of the pair stands
    ("fr", "Velmora achète l'essentiel de son acier à Quistor, un fondeur alsacien avec lequel "
           "il a signé un contrat de trois ans.", ("SUPPLIES", "Quistor", "Velmora")),
    ("en", "Velmora already counts Quistor among its largest customers; the retailer buys "
           "frozen pizzas from the company's Lyon plant.", ("SUPPLIES", "Velmora", "Quistor")),
    ("en", "Velmora counts Kandor Capital among its backers; the company took a 9% holding in "
           "the startup last year.", ("INVESTS_IN", "Kandor Capital", "Velmora")),
    ("fr", "Velmora compte Kandor Capital parmi ses actionnaires ; le fonds a pris 9 % du "
           "capital de la jeune pousse l'an dernier.", ("INVESTS_IN", "Kandor Capital", "Velmora")),
    # both ways named again: each cue stands
    ("en", "Velmora supplies Quistor with motors and Quistor supplies Velmora with software.",
     ("SUPPLIES", "Velmora", "Quistor")),
    ("en", "Velmora supplies Quistor with motors and Quistor supplies Velmora with software.",
     ("SUPPLIES", "Quistor", "Velmora")),
    ("en", "Velmora buys its steel from Quistor.", ("SUPPLIES", "Quistor", "Velmora")),
    ("fr", "Velmora achète son acier à Quistor.", ("SUPPLIES", "Quistor", "Velmora")),
    # a deal done, a holding kept; "considered" as an opinion is no modality
    ("en", "Kandor bought Velmora outright last year.", ("ACQUIRES", "Kandor", "Velmora")),
    ("en", "Kandor Capital, which had backed Velmora since 2018, doubled its holding last year.",
     ("INVESTS_IN", "Kandor Capital", "Velmora")),
    ("fr", "Kandor Capital, qui avait investi dans Velmora en 2018, a doublé sa participation "
           "l'an dernier.", ("INVESTS_IN", "Kandor Capital", "Velmora")),
    ("en", "Velmora is considered the main supplier of Quistor.",
     ("SUPPLIES", "Velmora", "Quistor")),
    ("en", "Velmora, considered a leader in pumps, supplies Quistor.",
     ("SUPPLIES", "Velmora", "Quistor")),
    # the maker supplies the distributor its contract names; a supplier's contract stands
    ("en", "Velmora has signed a deal under which US distributor Quistor Health will market and "
           "sell its copy of the drug in the United States.",
     ("SUPPLIES", "Velmora", "Quistor Health")),
    ("en", "Velmora signed an agreement whereby British distributor Quistor will sell its "
           "tractors.", ("SUPPLIES", "Velmora", "Quistor")),
    ("en", "Velmora signed a seven-year agreement under which Quistor will deliver pulp to its "
           "mills.", ("SUPPLIES", "Quistor", "Velmora")),
    ("fr", "Velmora a signé un contrat aux termes duquel Quistor livrera de la pâte à ses "
           "usines.", ("SUPPLIES", "Quistor", "Velmora")),
    # partners named after "entre", "de", "avec" stand
    ("fr", "La coentreprise entre Quistor et Kandor démarrera en mai.",
     ("PARTNERS_WITH", "Quistor", "Kandor")),
    ("fr", "La coentreprise de Quistor et Kandor démarrera en mai.",
     ("PARTNERS_WITH", "Quistor", "Kandor")),
    ("fr", "Velmora a créé une coentreprise avec Quistor et Kandor.",
     ("PARTNERS_WITH", "Velmora", "Kandor")),
    ("fr", "Velmora s'est associé à Quistor.", ("PARTNERS_WITH", "Velmora", "Quistor")),
]

ABSENT = [
    # the same pair read the other way by a later cue through a reference
    ("fr", "Velmora achète l'essentiel de son acier à Quistor, un fondeur alsacien avec lequel "
           "il a signé un contrat de trois ans.", ("SUPPLIES", "Velmora", "Quistor")),
    ("en", "Velmora already counts Quistor among its largest customers; the retailer buys "
           "frozen pizzas from the company's Lyon plant.", ("SUPPLIES", "Quistor", "Velmora")),
    ("en", "Velmora counts Kandor Capital among its backers; the company took a 9% holding in "
           "the startup last year.", ("INVESTS_IN", "Velmora", "Kandor Capital")),
    # one cue over two conjuncts: the sentence does not say which way
    ("fr", "Sur ce marché, Velmora devra se mesurer à des concurrents installés, à commencer par "
           "le normand Quistor et le japonais Kandor, dont les diffuseurs Pheromix équipent une "
           "large part des vergers européens.", ("SUPPLIES", "Quistor", "Kandor")),
    ("fr", "Sur ce marché, Velmora devra se mesurer à des concurrents installés, à commencer par "
           "le normand Quistor et le japonais Kandor, dont les diffuseurs Pheromix équipent une "
           "large part des vergers européens.", ("SUPPLIES", "Kandor", "Quistor")),
    ("fr", "Le normand Quistor et le japonais Kandor, dont les diffuseurs Pheromix équipent les "
           "vergers, dominent le marché.", ("SUPPLIES", "Kandor", "Quistor")),
    # only considered
    ("en", "The Quistor Times reported that Kandor had also considered buying Velmora outright, "
           "an option a spokesman said was never on the table.", ("ACQUIRES", "Kandor", "Velmora")),
    ("en", "Kandor has considered a takeover of Velmora.", ("ACQUIRES", "Kandor", "Velmora")),
    ("fr", "Kandor avait envisagé de racheter Velmora, une option que la direction a écartée.",
     ("ACQUIRES", "Kandor", "Velmora")),
    # a past holding the sentence says was sold
    ("en", "Kandor Capital, which had backed Velmora since 2018, sold its holding to the "
           "founders last year.", ("INVESTS_IN", "Kandor Capital", "Velmora")),
    ("en", "Kandor Capital, which had invested in Velmora in 2019, sold its stake in March.",
     ("INVESTS_IN", "Kandor Capital", "Velmora")),
    ("fr", "Kandor Capital, qui avait investi dans Velmora en 2018, a cédé sa participation "
           "l'an dernier.", ("INVESTS_IN", "Kandor Capital", "Velmora")),
    # the distributor does not supply the maker
    ("en", "Velmora has signed a deal under which US distributor Quistor Health will market and "
           "sell its copy of the drug in the United States.",
     ("SUPPLIES", "Quistor Health", "Velmora")),
    # what a joint venture meets: no partnership between them
    ("fr", "Sur le marché européen, la coentreprise se heurtera au suisse Quistor et à "
           "l'allemand Kandor, qui y occupent les premières places.",
     ("PARTNERS_WITH", "Quistor", "Kandor")),
    ("fr", "La coentreprise se heurtera à Quistor et à Kandor.",
     ("PARTNERS_WITH", "Quistor", "Kandor")),
]

test_found, test_absent = found_and_absent(FOUND, ABSENT)
