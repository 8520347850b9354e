"""Issue 11, session 16, rivals on new text (COMPETES_WITH recall): rivals named after a class
of big players set off by a comma ("X affronte deux poids lourds, A et B", "competes with two
giants, A and B"), the rivalry idioms "se frotter à" and "go / come up against", a plural
subject "Both firms" without a determiner (the two companies the article named most), a
plural acronym as a class noun ("larger CROs such as A"), a rival list going on right after a
comma ("A and B, as well as smaller players such as C", "A et B, mais aussi C"), "à commencer
par" / "starting with" as list openers, and rivals as the antecedent of an object relative
("A et B, qu'il affronte sur chaque appel d'offres", "A and B, which it battles for orders"),
a region's adjective after the rival noun ("son concurrent lorrain Y"), a rival noun as the
other party of a denied or rumoured deal ("a démenti tout projet de fusion avec son concurrent
Y": the rivalry stands), "breeder" as a company noun.
Invented sentences, names in no list; absent cases keep out the rivals' pairing with one
another, "se frotter les mains", "came up with", "à commencer par" after a verb of buying, a
clause after "as well as", a relative with its own object."""

from __future__ import annotations

from tests.test_extraction_families import found_and_absent

C = "COMPETES_WITH"

_DEAL_EN = "Korvelia Systems agreed to buy Drastin Glass for $200 million. "

FOUND = [
    # a class of big players, a comma, then the rivals (direct object or after a preposition)
    ("fr", "Korvelia Systems affronte deux poids lourds, Omberly et l'espagnol Stennix.",
     (C, "Korvelia Systems", "Omberly")),
    ("fr", "Korvelia Systems affronte sur ses marchés deux poids lourds, Omberly et l'espagnol "
     "Stennix, qui ont relevé leurs tarifs.", (C, "Korvelia Systems", "Stennix")),
    ("fr", "Korvelia Systems affronte trois géants, Omberly, Stennix et Parvello.",
     (C, "Korvelia Systems", "Parvello")),
    ("en", "Korvelia Systems competes with two heavyweights, Omberly and Stennix.",
     (C, "Korvelia Systems", "Stennix")),
    ("en", "Korvelia Systems battles two giants, Omberly and Stennix, for orders.",
     (C, "Korvelia Systems", "Omberly")),
    # "se frotter à", "go / come up against"
    ("fr", "Sur son marché, Korvelia Systems se frotte aux géants mondiaux Omberly et Stennix.",
     (C, "Korvelia Systems", "Stennix")),
    ("fr", "Korvelia Systems se frottera à Omberly sur le marché des pompes.",
     (C, "Korvelia Systems", "Omberly")),
    ("en", "Korvelia Systems often comes up against Omberly in tenders.",
     (C, "Korvelia Systems", "Omberly")),
    ("en", "Korvelia Systems and Parvello will go up against Omberly in the tender.",
     (C, "Parvello", "Omberly")),
    # "Both firms" with no determiner: the two companies the article named most
    ("en", _DEAL_EN + "Both firms go up against Omberly and Stennix, the two multinationals "
     "that dominate the market.", (C, "Drastin Glass", "Stennix")),
    ("en", _DEAL_EN + "Both firms go up against Omberly and Stennix, the two multinationals "
     "that dominate the market.", (C, "Korvelia Systems", "Omberly")),
    ("en", "Korvelia Systems and Parvello signed a pact. Both companies compete with Omberly.",
     (C, "Parvello", "Omberly")),
    # a plural acronym is a class noun, not a company
    ("en", "Korvelia Systems competes with larger CROs such as Omberly and Stennix.",
     (C, "Korvelia Systems", "Stennix")),
    ("en", "Korvelia Systems sells engines to OEMs such as Omberly.",
     ("SUPPLIES", "Korvelia Systems", "Omberly")),
    # the list goes on right after a comma
    ("en", "Korvelia Systems fights for school contracts against Omberly and Stennix, as well "
     "as smaller regional players such as Parvello Dining.",
     (C, "Korvelia Systems", "Parvello Dining")),
    ("en", "Korvelia Systems competes with Omberly, as well as Parvello.",
     (C, "Korvelia Systems", "Parvello")),
    ("fr", "Korvelia Systems affronte Omberly et Stennix, mais aussi Parvello.",
     (C, "Korvelia Systems", "Parvello")),
    ("fr", "Korvelia Systems affronte Omberly et Stennix, mais aussi des acteurs plus petits "
     "comme Parvello.", (C, "Korvelia Systems", "Parvello")),
    ("fr", "Korvelia Systems affronte Omberly, ainsi que le spécialiste Parvello.",
     (C, "Korvelia Systems", "Parvello")),
    # "à commencer par", "starting with"
    ("fr", "Korvelia Systems rivalise surtout avec les coopératives de la vallée, à commencer par "
     "Omberly.", (C, "Korvelia Systems", "Omberly")),
    ("en", "Korvelia Systems competes with the big cooperatives of the region, starting with "
     "Omberly.", (C, "Korvelia Systems", "Omberly")),
    # the rivals as the antecedent of an object relative whose subject is the company
    ("fr", "Korvelia Systems lève 10 millions d'euros. Le groupe reste loin derrière les géants "
     "du secteur, Omberly et Stennix, qu'il affronte sur chaque appel d'offres.",
     (C, "Korvelia Systems", "Stennix")),
    ("fr", "Korvelia Systems lève 10 millions d'euros. Korvelia Systems reste loin derrière "
     "Omberly, qu'il affronte sur chaque appel d'offres.", (C, "Korvelia Systems", "Omberly")),
    ("en", "Korvelia Systems raised money. It lags well behind the sector's giants, Omberly "
     "and Stennix, which it battles for every tender.", (C, "Korvelia Systems", "Omberly")),
    ("en", "Korvelia Systems bought Omberly, which Stennix battles for orders.",
     (C, "Omberly", "Stennix")),
    # a region's or a city's adjective between the rival noun and the name
    ("fr", "Korvelia Systems vend des pompes. Son concurrent lorrain Omberly a ouvert une usine.",
     (C, "Korvelia Systems", "Omberly")),
    ("fr", "Korvelia Systems affronte son concurrent breton Omberly.",
     (C, "Korvelia Systems", "Omberly")),
    # a deal denied, rumoured or in talks with the rival: the rivalry stands
    ("fr", "Korvelia Systems a démenti tout projet de fusion avec son concurrent lorrain "
     "Omberly.", (C, "Korvelia Systems", "Omberly")),
    ("en", "Korvelia Systems denied any plan to merge with its rival Omberly.",
     (C, "Korvelia Systems", "Omberly")),
    # "breeder" is a company noun
    ("en", "Korvelia Systems, a Dutch seed breeder, raised 10 million euros. In tomatoes, the "
     "Dutch breeder goes up against larger domestic rivals Omberly and Stennix.",
     (C, "Korvelia Systems", "Stennix")),
]

ABSENT = [
    # the rivals are not each other's rivals
    ("fr", "Korvelia Systems affronte deux poids lourds, Omberly et l'espagnol Stennix.",
     (C, "Omberly", "Stennix")),
    ("en", "Korvelia Systems competes with two heavyweights, Omberly and Stennix.",
     (C, "Omberly", "Stennix")),
    ("fr", "Korvelia Systems affronte Omberly et Stennix, mais aussi Parvello.",
     (C, "Stennix", "Parvello")),
    # a class of big players named for another reason than a rivalry
    ("fr", "Korvelia Systems lève 10 millions d'euros. Le rapprochement doit permettre au "
     "groupe de résister à ses grands concurrents, Omberly et Stennix, qui contrôlent la "
     "moitié du marché.", ("PARTNERS_WITH", "Omberly", "Stennix")),
    ("fr", "Korvelia Systems a vendu deux usines, à Omberly et à Stennix.",
     (C, "Korvelia Systems", "Omberly")),
    # idioms that are no rivalry
    ("fr", "Korvelia Systems se frotte les mains après le rachat de Omberly.",
     (C, "Korvelia Systems", "Omberly")),
    ("en", "Korvelia Systems came up with a new pump design alongside Omberly.",
     (C, "Korvelia Systems", "Omberly")),
    # "à commencer par" after a verb of buying: no purchase from the named company
    ("fr", "Korvelia Systems a acheté plusieurs usines, à commencer par celle de Omberly.",
     ("SUPPLIES", "Omberly", "Korvelia Systems")),
    ("fr", "Korvelia Systems a acheté plusieurs usines, à commencer par Omberly.",
     ("SUPPLIES", "Omberly", "Korvelia Systems")),
    # a clause after "as well as" / "mais aussi": no list member
    ("en", "Korvelia Systems competes with Omberly, as well as selling chips to Stennix.",
     (C, "Korvelia Systems", "Stennix")),
    ("fr", "Korvelia Systems a racheté Omberly, mais aussi Stennix a investi.",
     ("ACQUIRES", "Korvelia Systems", "Stennix")),
    # an object relative whose verb has its own object, or a thing owned by the name
    ("fr", "Korvelia Systems lève 10 millions d'euros. Ce montant reste loin des ventes de "
     "Omberly, que Stennix affronte sur chaque appel d'offres.",
     (C, "Korvelia Systems", "Omberly")),
    ("en", "Korvelia Systems raised money from REITs.", ("INVESTS_IN", "REITs",
                                                          "Korvelia Systems")),
    # a denied rivalry (no deal noun) stays denied; the merger itself is not asserted
    ("fr", "Korvelia Systems n'a pas vocation à se poser en concurrent de Omberly.",
     (C, "Korvelia Systems", "Omberly")),
    ("en", "Korvelia Systems is not a rival of Omberly.", (C, "Korvelia Systems", "Omberly")),
    ("fr", "Korvelia Systems a démenti tout projet de fusion avec son concurrent Omberly.",
     ("ACQUIRES", "Korvelia Systems", "Omberly")),
]

test_found, test_absent = found_and_absent(FOUND, ABSENT)
