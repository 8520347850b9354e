"""Session 23, wrongs23: wrong edges by status and by party, in invented sentences (names in
no list), both languages where the shape exists in both.

- a title set off after a person whose own clause then tells a leaving is past ("P,
  fondateur de Q, avait abandonné la présidence en 2020", "P, Q's chief executive, left the
  company last year"); not a leaving of something else ("a quitté la salle", "left the
  meeting") nor a relative clause on the company;
- "until last spring", "jusqu'au printemps dernier", "jusqu'en mars dernier" close a title
  in the past; "until next spring" does not;
- a name governed by a brand noun ("propriétaire de la marque X", "sous la marque X", "owner
  of the brand X", "the X vaping brand", "the X pouch range") is a brand, no party;
- a named brand sold is no customer ("Q, which sells the X vaping brand, said ...");
- "Form D" and the like are filings, no party;
- "a cédé l'intégralité de ses titres dans le cadre de la transaction" after a holder's
  apposition sells the holding (not "... de ses titres dans Zorrath": another one);
- the title set off after the person a successor replaces ("a succédé à P, cofondateur de
  Q", "succeeded P, Q's chairman") is past, unless P stays on ("..., devenu depuis ...");
- ", but the talks were abandoned", ", mais l'offre a été rejetée" undo the deal told
  before them; not a rivalry told beside it, nor ", but the deal still needs approval";
- "un rapprochement avec Q n'est pas d'actualité" denies the tie-up.
"""

from __future__ import annotations

from tests.test_extraction_families import found_and_absent
from tests.test_extraction_sentences import _extract, _named

A, C, E, INV, P, S = ("ACQUIRES", "COMPETES_WITH", "EXECUTIVE_OF", "INVESTS_IN",
                      "PARTNERS_WITH", "SUPPLIES")

FOUND = [
    # a leaving of something else leaves the title current
    ("en", "Hal Tarnwick, Ulvasco's chief executive, left the meeting early.",
     (E, "Hal Tarnwick", "Ulvasco")),
    ("fr", "Gérard Tarnivel, président d'Ulvasco, a quitté la salle sous les applaudissements.",
     (E, "Gérard Tarnivel", "Ulvasco")),
    ("en", "Hal Tarnwick, Ulvasco's chief executive, said the plant would reopen.",
     (E, "Hal Tarnwick", "Ulvasco")),
    # a term that runs on is current
    ("en", "Mark Kelbrin, Ulvasco's chief executive until next spring, led the talks.",
     (E, "Mark Kelbrin", "Ulvasco")),
    ("fr", "Marc Kelbrinet, directeur général d'Ulvasco jusqu'au printemps prochain, a mené "
     "les discussions.", (E, "Marc Kelbrinet", "Ulvasco")),
    # the owner of a brand stays a rival
    ("fr", "Merovane se mesure à Zorrath, propriétaire de la marque Kelbria, et à Ulvasco.",
     (C, "Merovane", "Zorrath")),
    ("fr", "Merovane se mesure à Zorrath, propriétaire de la marque Kelbria, et à Ulvasco.",
     (C, "Merovane", "Ulvasco")),
    # a deal whose later clause does not fail stands
    ("en", "Merovane agreed to buy Zorrath, but the deal still needs approval.",
     (A, "Merovane", "Zorrath")),
    ("en", "Merovane agreed to buy Zorrath, but the group rejected a rival offer.",
     (A, "Merovane", "Zorrath")),
    ("fr", "Merovane a signé un partenariat avec Zorrath, mais l'opération doit encore être "
     "validée.", (P, "Merovane", "Zorrath")),
    # the rivalry told beside a failed deal stands
    ("en", "Merovane's rival Zorrath had also been in talks with Ulvasco, but those "
     "negotiations collapsed over price.", (C, "Merovane", "Zorrath")),
    # a holder that sells another company's shares keeps this holding
    ("fr", "Le fonds Kelbrin Capital, entré au capital de Merovane en 2019, a cédé "
     "l'intégralité de ses titres dans Zorrath.", (INV, "Kelbrin Capital", "Merovane")),
    # a predecessor who stays on at the firm, or a person met, keeps the title
    ("fr", "Loïc Zorr, directeur général de Merovane, qui a succédé l'an dernier à Georges "
     "Tarnivel, cofondateur de l'entreprise, devenu depuis son responsable de l'innovation.",
     (E, "Georges Tarnivel", "Merovane")),
    ("en", "Anne Zorr met Paul Tarnivel, Merovane's chairman.",
     (E, "Paul Tarnivel", "Merovane")),
    # a firm's raise told in a filing keeps its investor
    ("en", "Merovane raised $40 million from Zorrath Ventures, according to a Form D filed "
     "with the regulator.", (INV, "Zorrath Ventures", "Merovane")),
]

ABSENT = [
    # a leaving in the title's own clause
    ("en", "Hal Tarnwick, Ulvasco's chief executive, left the company in 2024.",
     (E, "Hal Tarnwick", "Ulvasco")),
    ("en", "Hal Tarnwick, Ulvasco's chief executive, has since left.",
     (E, "Hal Tarnwick", "Ulvasco")),
    ("fr", "Son père Gérard Tarnivel, fondateur d'Ulvasco, avait abandonné la présidence en "
     "2020.", (E, "Gérard Tarnivel", "Ulvasco")),
    ("fr", "Gérard Tarnivel, président d'Ulvasco, a quitté ses fonctions en mars.",
     (E, "Gérard Tarnivel", "Ulvasco")),
    # a past "until"
    ("en", "Mark Kelbrin, Ulvasco's chief executive until last spring, was not involved.",
     (E, "Mark Kelbrin", "Ulvasco")),
    ("en", "Mark Kelbrin, Ulvasco's chief executive until late last summer, was not involved.",
     (E, "Mark Kelbrin", "Ulvasco")),
    ("fr", "Marc Kelbrinet, directeur général d'Ulvasco jusqu'au printemps dernier, n'a pas "
     "participé aux discussions.", (E, "Marc Kelbrinet", "Ulvasco")),
    ("fr", "Marc Kelbrinet, directeur général d'Ulvasco jusqu'en mars dernier, n'a pas "
     "participé.", (E, "Marc Kelbrinet", "Ulvasco")),
    # a brand is no party
    ("fr", "Merovane se mesure à Zorrath, propriétaire de la marque Kelbria, et à Ulvasco.",
     (C, "Kelbria", "Merovane")),
    ("fr", "Sur ce segment, Merovane se retrouvera face aux géants Zorrath International, "
     "propriétaire de la marque Kelbria, et Ulvasco Tobacco.", (C, "Kelbria", "Merovane")),
    ("fr", "Merovane, qui emploie 30 luthiers, commercialise ses violons sous la marque Atelier "
     "Zorrath, distribuée au Japon par l'enseigne Kelbrin Gakki.",
     (S, "Atelier Zorrath", "Kelbrin Gakki")),
    ("en", "Merovane competes with Zorrath, owner of the brand Kelbria, and with Ulvasco.",
     (C, "Kelbria", "Merovane")),
    ("en", "Zorrath Brands, which sells the Kelbria vaping brand, said the stake would help.",
     (S, "Zorrath Brands", "Kelbria")),
    # a named brand sold is no customer
    ("en", "Zorrath Brands agreed to buy a 20% stake in Merovane. Zorrath Brands, which sells "
     "the Kelbria vaping brand, said in a statement that the stake would complement its "
     "products.", (S, "Zorrath Brands", "Merovane")),
    # a filing's form is no party
    ("en", "A Form D filing with the regulator shows the round was oversubscribed, with 23 "
     "investors taking part in Merovane.", (INV, "Form D", "Merovane")),
    ("en", "A Form D filing with the regulator showed the round came with a $12 million loan "
     "from Zorrath Bank.", (INV, "Zorrath Bank", "Form D")),
    # the whole stake sold after the holder's apposition
    ("fr", "Le fonds Kelbrin Capital, entré au capital de Merovane en 2019, a cédé "
     "l'intégralité de ses titres dans le cadre de la transaction.",
     (INV, "Kelbrin Capital", "Merovane")),
    # the title of the person a successor replaces, set off after the name
    ("fr", "Anne Zorr a succédé à Jean-Paul Tarnivel, cofondateur de Merovane.",
     (E, "Jean-Paul Tarnivel", "Merovane")),
    ("fr", "Elle a succédé en 2023 à Jean-Paul Tarnivel, cofondateur de Merovane, qui s'est "
     "retiré de toute fonction exécutive.", (E, "Jean-Paul Tarnivel", "Merovane")),
    ("en", "Anne Zorr succeeded Paul Tarnivel, Merovane's chairman, in 2023.",
     (E, "Paul Tarnivel", "Merovane")),
    # a deal undone after "but" / "mais"
    ("en", "Merovane bid last year to take over Zorrath, but the bid was rejected.",
     (A, "Merovane", "Zorrath")),
    ("en", "Merovane explored a partnership with Zorrath last year, but the talks were "
     "abandoned.", (P, "Merovane", "Zorrath")),
    ("fr", "Merovane avait exploré l'an dernier un rapprochement avec l'allemand Zorrath GmbH, "
     "mais les discussions ont été abandonnées faute d'accord.", (P, "Merovane", "Zorrath")),
    ("fr", "Merovane a proposé de racheter Zorrath, mais l'offre a été rejetée.",
     (A, "Merovane", "Zorrath")),
    # a tie-up "not on the agenda"
    ("fr", "« Nous ne cherchons pas de distributeur, et un rapprochement avec Zorrath n'est pas "
     "d'actualité », a précisé Anne Kelbrin, directrice générale de Merovane.",
     (P, "Merovane", "Zorrath")),
    # a named line of goods is no supplier
    ("en", "Tesco, which carries the Kelbria pouch range in 1,200 stores, has been pressing "
     "suppliers for lower prices.", (S, "Kelbria", "Tesco")),
]

test_found, test_absent = found_and_absent(FOUND, ABSENT)


def test_failed_deal_status() -> None:
    """The deal undone by ", but the bid was rejected" is kept as denied, not dropped."""
    found = _named(_extract("Merovane bid last year to take over Zorrath, but the bid was "
                            "rejected.", "en"))
    assert (A, "Merovane", "Zorrath", "denied") in found


def test_left_title_former() -> None:
    """The title left in its own clause comes out as former."""
    found = _named(_extract("Son père Gérard Tarnivel, fondateur d'Ulvasco, avait abandonné "
                            "la présidence en 2020.", "fr"))
    assert (E, "Gérard Tarnivel", "Ulvasco", "former") in found
