"""Session 22, refsprec: references resolved to the wrong company, in invented sentences
(names in no list), both languages where the shape exists in both.

- a generic description in the main clause after a subject's relative clause takes the
  company that relative names ("X, which bought a stake in Y, will put more equity into the
  company": Y), not the company the article names most;
- a speaker's title joined to a second title with its own company ("a justifié P,
  cofondatrice et directrice générale de O") is held at O, not at the article's company; a
  second apposition with no company ("et petite-nièce du fondateur") leaves it there;
- a sector phrase between a company noun's nationality and its name may hold "contre les"
  and a noun after "de la" ("le spécialiste français de la lutte biologique contre les
  termites X"): X is placed in France, so that "le groupe français" opening a later paragraph is X;
- a description right after a fronted phrase that pays for a deal ("Pour financer l'achat,
  le groupe", "To fund the purchase, the company") is the deal's buyer (taken from refs17);
  not without a deal noun ("Pour financer sa croissance").
"""

from __future__ import annotations

from tests.test_extraction_families import found_and_absent

C, E, INV = "COMPETES_WITH", "EXECUTIVE_OF", "INVESTS_IN"

_MILLS = ("Quorridge Mills, a noodle maker, agreed to be bought by Brelvan Foods. Quorridge "
          "Mills makes pasta. Quorridge Mills sells to grocers. Quorridge Mills employs 400 "
          "people.\n")
_PATES = ("Le fabricant de pâtes Quorridge a accepté d'être racheté par Brelvan. Quorridge "
          "emploie 400 salariés. Quorridge vend aux distributeurs. Quorridge exporte la moitié "
          "de sa production.\n")
_STUDIO = ("Le groupe Velmora Studios a racheté 40 % de Quistor & Fils, un atelier de jeux "
           "installé à Nantes.\nVelmora Studios réalise 80 millions d'euros de chiffre "
           "d'affaires.\n")
_STUDIO_EN = ("Velmora Studios bought 40% of Quistor & Sons, a games studio based in Leeds.\n"
              "Velmora Studios had sales of $80 million last year.\n")
_PESTS = ("Le spécialiste français de la lutte biologique contre les termites Groupe Velmora a "
          "signé un accord pour racheter Quistor Meseta, une entreprise madrilène.\nLe prix "
          "n'a pas été publié, mais la cible a dégagé 40 millions d'euros de ventes.\n\n"
          "Les banques, menées par la banque parisienne Brenval, ont relevé la "
          "ligne de crédit. Velmora emploie 800 salariés.\n\n")

_EQUITY = (_MILLS + "Norwick Partners, which took a minority holding in Brelvan Foods in 2021, "
           "will inject a further $50 million into the company to pay for the deal.")
_JOINED = (_STUDIO + "« Nous cherchions un allié, pas un acheteur », a justifié "
           "Claire Brandol, cofondatrice et directrice créative de Quistor & Fils.")
_TILES_FR = ("Le groupe nantais Dorvane a annoncé mardi le rachat de Melkior, un fabricant de "
             "carrelage.\nFondée en 1990, Melkior fournit les magasins Bricovel, un débouché que "
             "l'acquéreur veut garder.\nSon fondateur, Paul Tresnel, qui s'est retiré "
             "en 2023, n'a pas répondu à nos questions.\nPour financer {}, le "
             "groupe a fait entrer à son capital le fonds Harvel Capital, qui prend 15 %.")
_TILES_EN = ("Dorvane Group said on Tuesday it had agreed to buy Melkior, a tile maker.\n"
             "Founded in 1990, Melkior supplies Bricovel stores, an outlet the buyer wants to "
             "keep.\nIts founder, Paul Tresnel, who left the management of the company in "
             "2023, declined to comment.\nTo fund {}, the company sold a 15% stake to Harvel "
             "Capital.")

FOUND = [
    # the company the subject's relative names
    ("en", _EQUITY, (INV, "Norwick Partners", "Brelvan Foods")),
    ("fr", _PATES + "Norwick Capital, qui détient 20 % de Brelvan depuis 2021, va remettre 10 "
     "millions d'euros au capital de la société pour financer l'achat.",
     (INV, "Norwick Capital", "Brelvan")),
    # the joined title's company
    ("fr", _JOINED,
     (E, "Claire Brandol", "Quistor & Fils")),
    ("en", _STUDIO_EN + '"We did not want a sale," said Claire Brandol, co-founder and creative '
     "director of Quistor & Sons.", (E, "Claire Brandol", "Quistor & Sons")),
    # a second apposition with no company: the passage's company, as before
    ("fr", _STUDIO + "« Nous gardons la marque », a précisé Claire Brandol, présidente du "
     "directoire et petite-nièce du fondateur.", (E, "Claire Brandol", "Velmora Studios")),
    # a long sector phrase places the company
    ("fr", _PESTS + "Le groupe français affronte des poids lourds comme le britannique Kandor.",
     (C, "Velmora", "Kandor")),
    # the payer of the deal is its buyer
    ("fr", _TILES_FR.format("l'achat"), (INV, "Harvel Capital", "Dorvane")),
    ("en", _TILES_EN.format("the purchase"), (INV, "Harvel Capital", "Dorvane")),
]

ABSENT = [
    ("fr", _TILES_FR.format("l'achat"), (INV, "Harvel Capital", "Melkior")),
    ("en", _TILES_EN.format("the purchase"), (INV, "Harvel Capital", "Melkior")),
    # no deal noun: the funding phrase says nothing of the buyer
    ("fr", _TILES_FR.format("sa croissance"), (INV, "Harvel Capital", "Dorvane")),
    # the relative's company, the joined title's company, the placed company
    ("en", _EQUITY, (INV, "Norwick Partners", "Quorridge Mills")),
    ("fr", _JOINED,
     (E, "Claire Brandol", "Velmora Studios")),
    ("fr", _PESTS + "Le groupe français affronte des poids lourds comme le britannique Kandor.",
     (C, "Brenval", "Kandor")),
]

test_found, test_absent = found_and_absent(FOUND, ABSENT)
