"""Session 22, French pass. Invented sentences and companies in no list.

1. A French dative clitic ("lui", "leur") stands for a company other than the subject of a
   parallel clause that has its own clitic: in "les donneurs d'ordre de X : A lui commande
   des relevés, et B lui a confié ...", B's "lui" is X, not A; A, itself a customer of the
   clitic, is never taken for the company it stands for.
2. "X travaille (notamment, aussi, depuis 2019) pour Y, (pour) Z": a service firm's customers,
   each member of the list; "travaille pour le compte de Y" too. Not a bare "X travaille pour
   Y" (X may be a person, session 18), not a purpose ("travaille pour convaincre Y"), not a
   deal ("travaille pour le rachat de Y"), not a person's employer.
3. Retailers listed under different place phrases are one list: "les jeux de X sont
   distribués chez A et dans les magasins (de) B", "X distribue ses crèmes chez A et dans
   les magasins B": B is a customer too; "dans les magasins B" alone as well. A town after
   the second place phrase ("et dans les magasins de Lyon") is no customer.
4. A list member may carry a relative clause opened by a preposition ("A, pour lequel il
   fabrique des pains, ainsi que B"; "auquel", "for which"): the list goes on past it; not
   when the next member repeats a preposition ("with A, from which it rents masts, and
   with B": A's clause stays A's).
5. "compte(nt) parmi" counts a member; it is no intention ("A et B comptent parmi les
   principaux clients de X" is asserted, not planned); "X compte racheter Y" stays planned.
"""

from __future__ import annotations

from tests.test_extraction_families import found_and_absent
from tests.test_extraction_sentences import _extract, _named

_S = "SUPPLIES"
_PARALLEL = ("Les clients de Talvero sont surtout des gestionnaires de réseaux : la Banque "
             "Ferlande lui commande chaque année des relevés, et Quintara lui a confié "
             "l'auscultation de 300 kilomètres de voies.")

FOUND = [
    ("fr", _PARALLEL,
     (_S, "Talvero", "Quintara")),
    ("fr", _PARALLEL,
     (_S, "Talvero", "Banque Ferlande")),
    ("fr", "Talvero travaille depuis dix ans pour Kestrova, qui lui confie la maintenance de "
           "ses entrepôts.",
     (_S, "Talvero", "Kestrova")),
    ("fr", "Fondée en 2012, Talvero travaille notamment pour Quintara et pour l'équipementier "
           "Kestrova.",
     (_S, "Talvero", "Kestrova")),
    ("fr", "La société Talvero travaille notamment pour Quintara, Kestrova et le groupe Ferlande.",
     (_S, "Talvero", "Ferlande")),
    ("fr", "Talvero gère deux sites et travaille aussi pour Quintara sur le parc éolien de Brest.",
     (_S, "Talvero", "Quintara")),
    ("fr", "Talvero travaille depuis 2019 pour le compte de Quintara.",
     (_S, "Talvero", "Quintara")),
    ("fr", "Les jeux de Talvero sont distribués chez Quintara et dans les magasins Kestrova, "
           "dont le directeur vante la marque.",
     (_S, "Talvero", "Kestrova")),
    ("fr", "Les jeux de Talvero sont vendus dans les magasins de Kestrova et chez Quintara.",
     (_S, "Talvero", "Quintara")),
    ("fr", "Talvero distribue ses crèmes chez Quintara et dans les magasins Kestrova.",
     (_S, "Talvero", "Kestrova")),
    ("fr", "Les jeux de Talvero sont distribués dans les magasins Kestrova.",
     (_S, "Talvero", "Kestrova")),
    ("fr", "Talvero compte parmi ses principaux clients Quintara, pour lequel il fabrique des "
           "pains, ainsi que la chaîne Kestrova.",
     (_S, "Talvero", "Kestrova")),
    ("fr", "Quintara et Kestrova comptent parmi les principaux clients de Talvero.",
     (_S, "Talvero", "Kestrova")),
]

ABSENT = [
    ("en", "Talvero wants to revise its lease terms with Quintara, from which it rents "
           "about 900 masts, and with Kestrova.",
     (_S, "Kestrova", "Talvero")),
    ("fr", "Les jeux de Talvero sont distribués chez Quintara et dans les magasins de Lyon.",
     (_S, "Talvero", "Lyon")),
    ("fr", "Talvero travaille pour convaincre Quintara de céder ses parts.",
     (_S, "Talvero", "Quintara")),
    ("fr", "Talvero travaille pour le rachat de Quintara.",
     (_S, "Talvero", "Quintara")),
    ("fr", "Talvero travaille pour Quintara.",
     (_S, "Talvero", "Quintara")),
    ("fr", "Talvero compte 300 salariés, dont la moitié travaillent pour Quintara.",
     (_S, "Talvero", "Quintara")),
    ("fr", "Anna Vellor travaille pour Quintara depuis 2015.",
     (_S, "Anna Vellor", "Quintara")),
    ("fr", _PARALLEL,
     (_S, "Banque Ferlande", "Quintara")),
    ("fr", "Les clients de Talvero sont surtout des gestionnaires : Kestrova, qui lui commande "
           "des relevés, et Quintara, qui lui a confié l'auscultation de ses voies.",
     (_S, "Kestrova", "Quintara")),
    ("en", "Talvero's customers are mostly network operators: Kestrova orders surveys from it "
           "every year, and Quintara has hired it to inspect 300 kilometres of track.",
     (_S, "Kestrova", "Quintara")),
]

test_found, test_absent = found_and_absent(FOUND, ABSENT)


def test_an_intention_stays_planned() -> None:
    found = _named(_extract("Talvero compte racheter Quintara d'ici la fin de l'année.", "fr"))
    assert ("ACQUIRES", "Talvero", "Quintara", "planned") in found, found
