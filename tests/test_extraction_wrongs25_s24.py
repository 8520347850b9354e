"""Session 24, wrongs25: status faults, goods and places taken for parties, and an entrusting
read as a citation, in invented sentences (names in no list), both languages where the shape
exists in both.

- a holder's own clause sells its stake after the holding is told around it ("X, a fund that
  invested in Y, sold its holding", "Y's early backer, X, sold its stake", "Y était détenue
  par X, qui cède l'intégralité de ses titres"): a former holding;
- "until she stepped down", "jusqu'à son départ" close a title; a founder's relative clause
  with a joined past tenure ("who founded Y and chaired it until 2022") or a leaving after it
  makes the founder a former one;
- an inverted "Should ..., X would" condition and "among the bidders" are hypothetical;
- a name after a verb of use, a determiner and a lower-case noun is goods ("utilise ces
  barquettes X"); a bare name after "near" / "près de" is a place;
- a passive "confié à X" entrusts a service, no citation; "pour sa part" triggers no stake.
"""

from __future__ import annotations

from tests.test_extraction_families import found_and_absent
from tests.test_extraction_sentences import _extract, _named

A, E, INV, P, R, S = ("ACQUIRES", "EXECUTIVE_OF", "INVESTS_IN", "PARTNERS_WITH", "REPORTED_BY",
                    "SUPPLIES")

FOUND = [
    # a holding whose holder sells something else, or keeps its stake
    ("en", "Kelbrin Capital, a fund that invested in Zorlane in 2021, sold its stake in Quistor "
           "last year.", (INV, "Kelbrin Capital", "Zorlane")),
    ("en", "Zorlane's early backer, Kelbrin Capital, raised its stake to 30%.",
     (INV, "Kelbrin Capital", "Zorlane")),
    ("fr", "Zorlane est détenue par la foncière Kelbrin, qui cède sa participation dans Quistor.",
     (INV, "Kelbrin", "Zorlane")),
    # a tenure still running
    ("en", "Brannoc Tiel, who founded Zorlane in 2004 and has chaired it since, said the deal "
           "was good.", (E, "Brannoc Tiel", "Zorlane")),
    ("fr", "Gaspard Vellin, qui a fondé Zorlane en 1998 et la dirige toujours, n'a pas commenté.",
     (E, "Gaspard Vellin", "Zorlane")),
    ("en", "Brannoc Tiel, Zorlane's finance chief until he turns 65, pushed for a listing.",
     (E, "Brannoc Tiel", "Zorlane")),
    ("fr", "Gaspard Vellin, directeur financier de Zorlane jusqu'à la fin de l'année, plaide pour "
           "une cotation.", (E, "Gaspard Vellin", "Zorlane")),
    # no condition, no tender
    ("en", "Zorlane will outfit Kelbrin's ground staff from 2028.", (S, "Zorlane", "Kelbrin")),
    ("en", "Zorlane said it would supply Kelbrin from March.", (S, "Zorlane", "Kelbrin")),
    ("en", "Analysts said Zorlane should supply Kelbrin from March.", (S, "Zorlane", "Kelbrin")),
    # the maker stays the supplier; a company after a verb of use stays one
    ("fr", "Kelbrin, déjà client de Zorlane pour ses conserves, utilise ces barquettes Quistral "
           "depuis l'automne.", (S, "Zorlane", "Kelbrin")),
    ("fr", "Kelbrin utilise depuis 2020 le logiciel de Zorlane.", (S, "Zorlane", "Kelbrin")),
    ("en", "Kelbrin uses Zorlane for its trays.", (S, "Zorlane", "Kelbrin")),
    # a company near a place, or named near another's site
    ("en", "Kelbrin buys cloth from Zorlane, a mill near Quessac.", (S, "Zorlane", "Kelbrin")),
    ("fr", "Kelbrin a racheté Zorlane, un lamineur installé près de Quessac.",
     (A, "Kelbrin", "Zorlane")),
    # an entrusting gives the service; a citation after a speech verb stays one
    ("fr", "Le CHU de Tarvac a, pour sa part, confié à Zorlane l'exploitation de ses parkings.",
     (S, "Zorlane", "CHU de Tarvac")),
    ("fr", "« Nous sommes prêts », a confié à Tarvac Matin le directeur.",
     (R, "ARTICLE", "Tarvac Matin")),
    ("fr", "Le groupe vise une cotation en 2027, a confié son directeur financier au quotidien "
           "Tarvac Matin.", (R, "ARTICLE", "Tarvac Matin")),
]

ABSENT = [
    # holdings sold by their holder's own clause
    ("en", "Kelbrin Capital, a Tarvik-based fund that invested €3mn in Zorlane in 2021, sold its "
           "holding to the French group in July.", (INV, "Kelbrin Capital", "Zorlane")),
    ("en", "Zorlane's early backer, Kelbrin Capital, sold its 30% stake to Quistor as part of "
           "the transaction.", (INV, "Kelbrin Capital", "Zorlane")),
    ("fr", "Zorlane était jusqu'ici détenue par la foncière Kelbrin, qui cède l'intégralité de ses "
           "titres, et continuera d'être dirigée par sa directrice générale.",
     (INV, "Kelbrin", "Zorlane")),
    # former titles
    ("en", "Brannoc Tiel, who founded Zorlane in 2004 and chaired it until 2022, has no role in "
           "the transaction.", (E, "Brannoc Tiel", "Zorlane")),
    ("en", "Brannoc Tiel, who co-founded Zorlane in 2017 and chaired it for ten years, has since "
           "left the company.", (E, "Brannoc Tiel", "Zorlane")),
    ("fr", "Gaspard Vellin, qui a fondé Zorlane en 1998 et l'a dirigée jusqu'en 2021, n'a pas "
           "commenté.", (E, "Gaspard Vellin", "Zorlane")),
    ("en", "Perla Ostvik, Zorlane's finance chief until she stepped down in 2024, had pushed for "
           "a listing.", (E, "Perla Ostvik", "Zorlane")),
    ("fr", "Gaspard Vellin, directeur financier de Zorlane jusqu'à son départ en 2024, avait "
           "plaidé pour une cotation.", (E, "Gaspard Vellin", "Zorlane")),
    # conditions and tenders
    ("en", "Should the Tarvik commission grant a licence for the site, Zorlane would add a lounge "
           "run jointly with Kelbrin, she said.", (P, "Zorlane", "Kelbrin")),
    ("en", "Should the trials succeed, Zorlane would supply Kelbrin, one person said.",
     (S, "Zorlane", "Kelbrin")),
    ("en", "Zorlane is also among the bidders to outfit Kelbrin's ground staff from 2028, in a "
           "tender that will only be decided next year.", (S, "Zorlane", "Kelbrin")),
    # goods after a verb of use
    ("fr", "Kelbrin, déjà client de Zorlane pour ses conserves, utilise ces barquettes Quistral "
           "depuis l'automne.", (S, "Quistral", "Kelbrin")),
    ("fr", "Kelbrin utilisera notamment le fil Varnelle, un mélange de lin mis au point par "
           "Zorlane.", (S, "Varnelle", "Kelbrin")),
    ("fr", "Kelbrin référence depuis septembre la bottine Tarvane dans son magasin.",
     (S, "Tarvane", "Kelbrin")),
    # places after "near" / "près de"
    ("en", "The acquisition gives Kelbrin control of three quarries near Tarvik that produce "
           "marble.", (A, "Kelbrin", "Tarvik")),
    ("fr", "Kelbrin confie à Zorlane le stockage de ses fromages près de Quessac.",
     (S, "Quessac", "Kelbrin")),
    # entrusting, no citation; "pour sa part" no stake
    ("fr", "Le CHU de Tarvac a, pour sa part, confié à Zorlane l'exploitation de ses parkings.",
     (R, "ARTICLE", "Zorlane")),
    ("fr", "Le CHU de Tarvac a, pour sa part, confié à Zorlane l'exploitation de ses parkings.",
     (INV, "CHU de Tarvac", "Zorlane")),
    ("fr", "Les Hospices de Tarvac ont reconduit le nettoyage de l'hôpital confié à Zorlane, "
           "selon un avis paru au bulletin.", (R, "ARTICLE", "Zorlane")),
    ("fr", "L'aménagement des espaces est confié à la Manufacture Zorlane, qui livre déjà les "
           "bureaux.", (R, "ARTICLE", "Manufacture Zorlane")),
]


test_found, test_absent = found_and_absent(FOUND, ABSENT)


def _status(text: str, lang: str, rtype: str, source: str, target: str) -> set[str]:
    return {r[3] for r in _named(_extract(text, lang)) if r[:3] == (rtype, source, target)}


def test_sold_holding_is_former() -> None:
    assert _status("Zorlane's early backer, Kelbrin Capital, sold its 30% stake to Quistor as "
                   "part of the transaction.", "en", INV, "Kelbrin Capital",
                   "Zorlane") == {"former"}


def test_founder_with_past_tenure_is_former() -> None:
    assert _status("Brannoc Tiel, who founded Zorlane in 2004 and chaired it until 2022, has no "
                   "role in the transaction.", "en", E, "Brannoc Tiel", "Zorlane") == {"former"}


def test_inverted_condition_is_hypothetical() -> None:
    assert _status("Should the trials succeed, Zorlane would supply Kelbrin, one person said.",
                   "en", S, "Zorlane", "Kelbrin") == {"hypothetical"}
