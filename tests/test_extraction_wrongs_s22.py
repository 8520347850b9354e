"""Session 22, wrongs: wrong edges by status and by party, in invented sentences (names in no
list), both languages where the shape exists in both.

- a negative object right after the trigger denies it ("Q, which holds no shares in X"), not a
  bound ("holds no more than 5%");
- talks held are talks ("X had held early talks on a stake in Y"), and "sounding out"
  is talks;
- a transitive "dropped" / "shelved" denies ("dropped the partnership"), not "shares dropped";
- a role after a noun of leaving is past ("après le départ en retraite du fondateur P",
  "after the retirement of founder P"), and so is one whose relative clause ends the tenure
  ("qui avait fondé la maison avant de passer la main", "who ... before stepping down",
  "who stepped back from day-to-day management");
- a title before a person is not at the company of the person's apposed former title
  ("a recruté comme directeur commercial P, ancien directeur des ventes de Q");
- a name after "founded / based in", "fondée / basée à" is a town, and a bare name after French
  "en" a region: neither is a party;
- a copula of another clause ("had been settled after Y's shareholders voted") does not make
  the clause's subject a shareholder.
"""

from __future__ import annotations

from tests.test_extraction_families import found_and_absent
from tests.test_extraction_sentences import _extract, _named

E, INV, P, S = "EXECUTIVE_OF", "INVESTS_IN", "PARTNERS_WITH", "SUPPLIES"

FOUND = [
    # a bound after "no" is still a holding
    ("en", "Velmora will fund the deal with a loan from Quistor Bank, which holds no more "
     "than 5% of Velmora.", (INV, "Quistor Bank", "Velmora")),
    ("en", "Brelvo has held 20% of Velmora since 2019.", (INV, "Brelvo", "Velmora")),
    # an intransitive "dropped" leaves the deal as it is
    ("en", "Velmora shares dropped 4% after it agreed to buy Quistor.",
     ("ACQUIRES", "Velmora", "Quistor")),
    # a founder whose relative clause ends no tenure stays current
    ("fr", "Le fondateur de Velmora, Pierre Quistane, qui a créé l'entreprise en 1972, reste "
     "actionnaire.", (E, "Pierre Quistane", "Velmora")),
    ("en", "Velmora founder Tom Brask praised the deal.", (E, "Tom Brask", "Velmora")),
    # the new title stays at the company that hires
    ("fr", "Velmora a recruté comme directeur commercial Michel Quistane, ancien directeur des "
     "ventes de Brelvo.", (E, "Michel Quistane", "Velmora")),
    ("en", "Velmora hired chief operating officer Tom Quarrel, former finance chief of Brelvo.",
     (E, "Tom Quarrel", "Velmora")),
    # the firm founded in a town keeps its head; the town is none
    ("en", "Quistor Coffee, founded in Marvik in 2009 by its managing director Anna Brelv, buys "
     "beans from smallholders.", (E, "Anna Brelv", "Quistor Coffee")),
    ("fr", "Quistor, fondée à Marvik en 2009 par sa directrice générale Anna Brelv, achète du "
     "café à Velmora.", (E, "Anna Brelv", "Quistor")),
    ("fr", "Velmora, présente en Quarvie depuis 2010, vend ses fours à Brelvo.",
     (S, "Velmora", "Brelvo")),
    # a relation noun after a copula of its own clause states the relation
    ("en", "Brelvo has been Velmora's largest shareholder since 2019.",
     (INV, "Brelvo", "Velmora")),
    ("fr", "Brelvo est le premier actionnaire de Velmora.", (INV, "Brelvo", "Velmora")),
]

ABSENT = [
    # a negative object denies the holding
    ("en", "Velmora will fund the deal with a loan from Quistor Bank, which holds no shares in "
     "the firm.", (INV, "Quistor Bank", "Velmora")),
    ("en", "Velmora borrowed from Quistor Bank, which owns no equity in Velmora.",
     (INV, "Quistor Bank", "Velmora")),
    # talks held, and sounding out, are talks
    ("en", "Tidewell Post wrote in March that Brelvo had held early talks on buying a stake in "
     "Velmora, which the grocer would not confirm.",
     (INV, "Brelvo", "Velmora")),
    ("en", "People close to the matter said Velmora had been sounding out a stake in Quistor "
     "Tea, which did not reply.", (INV, "Velmora", "Quistor Tea")),
    # a transitive drop denies
    ("en", "Velmora said it had dropped the integration partnership with Quistor that had been "
     "discussed last year.", (P, "Velmora", "Quistor")),
    # a role after a noun of leaving is past
    ("en", "After the retirement of founder Tom Brask in 2023, Velmora hired a new boss.",
     (E, "Tom Brask", "Velmora")),
    ("fr", "Velmora a recruté Anne Brelvo en 2021, après le départ en retraite du fondateur "
     "Aurèle Quistane.", (E, "Aurèle Quistane", "Velmora")),
    # a relative clause that ends the tenure
    ("fr", "Le fondateur de Velmora, Pierre Quistane, qui avait fondé la maison en 1988 avant "
     "de passer la main en 2019, garde des parts.", (E, "Pierre Quistane", "Velmora")),
    ("en", "Velmora founder Tom Brask, who set up the company in 1990 before stepping down in "
     "2015, still owns shares.", (E, "Tom Brask", "Velmora")),
    ("en", "Velmora's co-founder Tom Brask, who stepped back from day-to-day management in "
     "2021, still sits on the board.", (E, "Tom Brask", "Velmora")),
    # a new title is not at the company of the former one
    ("fr", "Le groupe, qui affronte des concurrents comme Brelvo et Quistor, a recruté comme "
     "directeur commercial Michel Quistane, ancien directeur des ventes de Brelvo.",
     (E, "Michel Quistane", "Brelvo")),
    ("fr", "Velmora a recruté comme directeur commercial Michel Quistane, ancien directeur des "
     "ventes de Brelvo.", (E, "Michel Quistane", "Brelvo")),
    # a town or a region is no party
    ("en", "Quistor Coffee, founded in Marvik in 2009 by its managing director Anna Brelv, buys "
     "beans from smallholders.", (E, "Anna Brelv", "Marvik")),
    ("fr", "Installée à Givrane, en Morlonie-et-Vèze, la société compte parmi ses clients "
     "Dorvik, qui équipe ses cuisines de ses fourneaux.", (S, "Morlonie-et-Vèze", "Dorvik")),
    # a copula of another clause does not predicate the noun that opens the next one
    ("en", "Brelvo said the fee had been settled after Velmora's shareholders backed a "
     "larger bid.", (INV, "Brelvo", "Velmora")),
]

test_found, test_absent = found_and_absent(FOUND, ABSENT)


def test_denied_not_dropped() -> None:
    """The holding denied by its negative object is kept, with its status, not dropped."""
    found = _named(_extract("Velmora will fund the deal with a loan from Quistor Bank, which "
                            "holds no shares in Velmora.", "en"))
    assert (INV, "Quistor Bank", "Velmora", "denied") in found


def test_talks_status() -> None:
    """The stake under talks comes out with the status of talks."""
    found = _named(_extract("People close to the matter said Velmora had been sounding out a "
                            "stake in Quistor Tea.", "en"))
    assert (INV, "Velmora", "Quistor Tea", "in_talks") in found
