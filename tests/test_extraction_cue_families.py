"""Session 12, cue families: relations whose two parties are named in the sentence but whose
cue no frame covered, filled as whole families of verbs and nouns in both languages, written
as invented sentences (names in no list).

Family 1, owning and keeping: a company owned outright ("X owns / already owns the logistics
company Y", "X possède / détient Y") is a takeover that stands; a stake kept ("retains / keeps /
maintains a 30% stake in Y", "conserve / garde une participation de 30 % dans Y") is a stake.
Percentages, shares and goods keep the outright reading out.

Family 2, rivalry said by a noun or a stance: "X's rivalry with A and B", "the rivalry between
X and Y", "X's hand / position against A", "pits X against Y", "puts X in competition with
A", "la rivalité entre X et Y", "X se retrouve(ra) face à A et à B".

Family 3, services run for a customer: "X handles / manages / runs <service> for A and B", "X
gère / assure <service> pour le compte de A"; a possessed facility built by a maker ("Y's new
plant will be built by X", "La nouvelle usine de Y sera construite par X"); goods that come
from a maker ("Y's substrates come from X").
"""

from __future__ import annotations

import pytest

from tests.test_extraction_families import check_absent, check_found

FOUND = [
    # family 1: owning outright, keeping a stake
    ("en", "Velmora already owns the logistics company Quistor.",
     ("ACQUIRES", "Velmora", "Quistor")),
    ("en", "Velmora, which also owns Quistor and Tarvex, reported higher sales.",
     ("ACQUIRES", "Velmora", "Tarvex")),
    ("fr", "Velmora possède déjà le transporteur Quistor.", ("ACQUIRES", "Velmora", "Quistor")),
    ("fr", "Velmora, qui détient aussi Quistor, a publié ses résultats.",
     ("ACQUIRES", "Velmora", "Quistor")),
    ("en", "Velmora retains a 30% stake in Quistor, the filing said.",
     ("INVESTS_IN", "Velmora", "Quistor")),
    ("en", "Velmora keeps a 40% holding in Quistor.", ("INVESTS_IN", "Velmora", "Quistor")),
    ("fr", "Velmora garde une participation de 30 % dans Quistor.",
     ("INVESTS_IN", "Velmora", "Quistor")),
    # family 2: rivalry nouns and stances
    ("en", "The deal intensifies Velmora's rivalry with Quistor and Tarvex.",
     ("COMPETES_WITH", "Velmora", "Tarvex")),
    ("en", "The rivalry between Velmora and Quistor has grown.",
     ("COMPETES_WITH", "Velmora", "Quistor")),
    ("en", "The deal strengthens Velmora's hand against Quistor and Tarvex.",
     ("COMPETES_WITH", "Velmora", "Quistor")),
    ("en", "The purchase pits Velmora more directly against Quistor.",
     ("COMPETES_WITH", "Velmora", "Quistor")),
    ("en", "The agreement puts Velmora in closer competition with Quistor and Tarvex.",
     ("COMPETES_WITH", "Velmora", "Tarvex")),
    ("fr", "La rivalité entre Velmora et Quistor s'intensifie.",
     ("COMPETES_WITH", "Velmora", "Quistor")),
    ("fr", "Sur ce marché, Velmora se retrouvera face à Quistor et à Tarvex.",
     ("COMPETES_WITH", "Velmora", "Tarvex")),
    ("fr", "L'accord renforce la rivalité de Velmora avec Quistor.",
     ("COMPETES_WITH", "Velmora", "Quistor")),
    # family 3: services for a customer, facilities built, goods that come from a maker
    ("en", "Quistor handles warehousing and distribution for Velmora and Tarvex.",
     ("SUPPLIES", "Quistor", "Tarvex")),
    ("en", "Quistor manages the payroll for Velmora.", ("SUPPLIES", "Quistor", "Velmora")),
    ("fr", "Quistor gère la logistique pour le compte de Velmora.",
     ("SUPPLIES", "Quistor", "Velmora")),
    ("fr", "Quistor assure la maintenance des trains pour Velmora.",
     ("SUPPLIES", "Quistor", "Velmora")),
    ("fr", "Quistor achemine pour Velmora des pièces détachées.",
     ("SUPPLIES", "Quistor", "Velmora")),
    ("en", "Velmora's new plant will be built by Quistor.", ("SUPPLIES", "Quistor", "Velmora")),
    ("fr", "La nouvelle usine de Velmora sera construite par Quistor.",
     ("SUPPLIES", "Quistor", "Velmora")),
    ("en", "Velmora's substrates come from Quistor.", ("SUPPLIES", "Quistor", "Velmora")),
    # family 4: list grammar: members introduced by a description, lists closed by others
    ("en", "Velmora's customers include Quistor, the Dutch payments group Tarvex and Zentrix.",
     ("SUPPLIES", "Velmora", "Tarvex")),
    ("en", "Velmora, whose customers include Quistor, the Dutch payments group Tarvex and "
     "several NHS trusts, sells software.", ("SUPPLIES", "Velmora", "Tarvex")),
    ("en", "Velmora's customers include Quistor, Tarvex and several regional hospitals.",
     ("SUPPLIES", "Velmora", "Tarvex")),
    ("fr", "Les clients de Velmora comprennent Quistor, Tarvex et plusieurs hôpitaux.",
     ("SUPPLIES", "Velmora", "Tarvex")),
    ("en", "Velmora competes with Quistor and the Texas-based Tarvex, as well as with the "
     "modules of Zentrix and Korvane.", ("COMPETES_WITH", "Velmora", "Tarvex")),
    ("en", "Velmora competes with Quistor and the Texas-based Tarvex, as well as with the "
     "modules of Zentrix and Korvane.", ("COMPETES_WITH", "Velmora", "Korvane")),
    ("fr", "Les clients de Velmora comprennent Quistor, le groupe néerlandais de paiements "
     "Tarvex et Zentrix.", ("SUPPLIES", "Velmora", "Tarvex")),
    ("fr", "Velmora compte parmi ses clients le groupe Quistor et la société de paiements "
     "Tarvex.", ("SUPPLIES", "Velmora", "Tarvex")),
    ("en", "Velmora Bravo already owns the expense-management company Quistor.",
     ("ACQUIRES", "Velmora Bravo", "Quistor")),
    # family 1b: passed under another's control
    ("en", "Velmora came under the control of Quistor in 2021.",
     ("ACQUIRES", "Quistor", "Velmora")),
    ("fr", "Velmora est passée sous le contrôle de Quistor en 2021.",
     ("ACQUIRES", "Quistor", "Velmora")),
    # family 5: a rival noun as a noun adjunct between two names
    ("en", "Zentrix bought Velmora rival Quistor for $2 billion.",
     ("COMPETES_WITH", "Velmora", "Quistor")),
    ("en", "Zentrix bought Velmora rival Quistor for $2 billion.",
     ("ACQUIRES", "Zentrix", "Quistor")),
    # family 6: joining a company as a role or its executive committee; a passive role
    # verb with an insertion before its agent
    ("en", "Quistor co-founder Paul Morlane will join Velmora as head of a new unit.",
     ("EXECUTIVE_OF", "Paul Morlane", "Velmora")),
    ("fr", "Pierre Darvic a rejoint Velmora en février comme directeur financier.",
     ("EXECUTIVE_OF", "Pierre Darvic", "Velmora")),
    ("fr", "Pierre Darvic, président de Quistor, rejoindra le comité exécutif de Velmora.",
     ("EXECUTIVE_OF", "Pierre Darvic", "Velmora")),
    ("en", "Pierre Darvic, who remains Quistor's chief executive, will also join Velmora's "
     "executive committee.", ("EXECUTIVE_OF", "Pierre Darvic", "Velmora")),
    ("fr", "Velmora, dirigée depuis 2017 par Pierre Darvic, a levé 10 millions d'euros.",
     ("EXECUTIVE_OF", "Pierre Darvic", "Velmora")),
    ("en", "Velmora, run since 2019 by Pierre Darvic, raised $10 million.",
     ("EXECUTIVE_OF", "Pierre Darvic", "Velmora")),
    # family 7: developing something together
    ("en", "Velmora co-developed the model with Quistor.", ("PARTNERS_WITH", "Velmora",
                                                            "Quistor")),
    ("en", "Velmora is developing a digital twin of its grid with Quistor.",
     ("PARTNERS_WITH", "Velmora", "Quistor")),
    ("fr", "Velmora développe en parallèle avec Quistor un jumeau numérique de ses réseaux.",
     ("PARTNERS_WITH", "Velmora", "Quistor")),
]

ABSENT = [
    # joining as a former role, or joining a market, is no role
    ("en", "Pierre Darvic joined Velmora's rival Quistor in 2019.",
     ("EXECUTIVE_OF", "Pierre Darvic", "Velmora")),
    # developing with another company's means is no partnership, nor is a partner found
    # past a comma and another verb
    ("en", "Velmora designs custom chips for Tarvex, and competes with Quistor for contracts.",
     ("PARTNERS_WITH", "Velmora", "Quistor")),
    ("en", "Velmora developed the drone with Quistor's chips.",
     ("PARTNERS_WITH", "Velmora", "Quistor")),
    ("fr", "Velmora développe son avion avec le soutien de Quistor.",
     ("PARTNERS_WITH", "Velmora", "Quistor")),
    # the adjunct's first name is neither bought nor the buyer's rival
    ("en", "Zentrix bought Velmora rival Quistor for $2 billion.",
     ("ACQUIRES", "Zentrix", "Velmora")),
    ("en", "Zentrix bought Velmora rival Quistor for $2 billion.",
     ("COMPETES_WITH", "Zentrix", "Quistor")),
    # an apposition is no list member: "A, the parent of B"
    ("en", "Velmora's customers include Quistor, the parent of Tarvex, and Zentrix.",
     ("SUPPLIES", "Velmora", "Tarvex")),
    ("fr", "Velmora vend ses moteurs à Quistor, le fabricant de Tarvex, et à Zentrix.",
     ("SUPPLIES", "Velmora", "Tarvex")),
    # a list needs its conjunction: "A, the payments group B, said"
    ("en", "Velmora sued Quistor, the payments group Tarvex said.",
     ("ACQUIRES", "Velmora", "Tarvex")),
    # a percentage or shares make owning a stake, not a takeover
    ("en", "Velmora owns 15% of Quistor.", ("ACQUIRES", "Velmora", "Quistor")),
    ("fr", "Velmora détient 15 % de Quistor.", ("ACQUIRES", "Velmora", "Quistor")),
    ("en", "Velmora owns shares in Quistor.", ("ACQUIRES", "Velmora", "Quistor")),
    # the controlled company controls nothing
    ("en", "Velmora came under the control of Quistor in 2021.",
     ("ACQUIRES", "Velmora", "Quistor")),
    ("fr", "Velmora est passée sous le contrôle de Quistor en 2021.",
     ("ACQUIRES", "Velmora", "Quistor")),
    # a co-owner after "jointly with" is no company owned
    ("en", "Velmora has a foothold through Zentrix, a mill it owns jointly with Texas-based "
     "Quistor.", ("ACQUIRES", "Velmora", "Quistor")),
    # owning a product or a plant is no takeover of its maker
    ("en", "Velmora owns a Quistor plant in Ohio.", ("ACQUIRES", "Velmora", "Quistor")),
    # a stake sold is not kept
    ("en", "Velmora sold its 30% stake in Quistor.", ("INVESTS_IN", "Velmora", "Quistor")),
    # handling something for oneself or the sale itself is no service
    ("en", "Quistor handles the sale of Velmora.", ("SUPPLIES", "Quistor", "Velmora")),
    # rivals named after "avec ... ainsi qu'avec" are the subject's rivals, not each other's
    ("fr", "Le nouvel ensemble sera en concurrence frontale avec Velmora, le leader du "
     "secteur, ainsi qu'avec Quistor.", ("COMPETES_WITH", "Velmora", "Quistor")),
    ("en", "The new group will be in competition with Velmora and Quistor.",
     ("COMPETES_WITH", "Velmora", "Quistor")),
    # "long-standing" holds no stance noun
    ("en", "Velmora shares revenue with Quistor under a long-standing partnership against "
     "Tarvex.", ("COMPETES_WITH", "Velmora", "Tarvex")),
    # a rivalry ended or denied
    ("en", "Velmora has no rivalry with Quistor.", ("COMPETES_WITH", "Velmora", "Quistor")),
]

CASES = [(*case, True) for case in FOUND] + [(*case, False) for case in ABSENT]


@pytest.mark.parametrize(("lang", "text", "relation", "asserted"), CASES)
def test_family(lang: str, text: str, relation: tuple[str, str, str], asserted: bool) -> None:
    """Each FOUND relation is asserted; no ABSENT one is."""
    (check_found if asserted else check_absent)(lang, text, relation)
