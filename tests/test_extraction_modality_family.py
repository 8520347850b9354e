"""Session 13, modality families: the status cues of a relation as whole families in both
languages, written as invented sentences (names in no list) before the fix.

Families: former (a past-marking modifier before the relation noun: "ancien fournisseur",
"former supplier"; an adverb or phrase of the past in the relation's clause: "autrefois",
"previously", "used to", "jusqu'en 2022", "until last year"); ended (the relation noun is the
subject of a verb of ending: "the partnership ... ended in 2022", "le contrat ... a pris fin",
"but that agreement was terminated"); a past holding the holder has left ("détenue par X,
sorti de son capital en 2021", "X, which bought Y in 2017, ... the sale"); talks and rumour
("held preliminary discussions about", "is eyeing", "may"); conditions after the relation
("à condition que", "provided that", "if" and "si" unless the condition is an approval); a
role whose holder left ("P, who stepped down as chair last year", "P, qui a quitté ses
fonctions"); negation ("ni A ni B ne détiennent"). Scope: a cue inside a relative clause or
an opening subordinate clause set off by commas does not reach the main clause's relation;
"et"/"and" before an auxiliary opens a clause of its own; a past completed fact stays
asserted; "subject to approval" and "sous réserve de" (the formality of an agreed deal) stay
asserted.
"""

from __future__ import annotations

import pytest

from tests.test_extraction_sentences import _extract, _named

_ASSERTED = ("reported", "announced", "planned", "completed")

# Each entry: the relation must come out with a status that is not asserted, or not at all.
NOT_ASSERTED = [
    # former: a past-marking modifier before the relation noun
    ("fr", "Velmora est un ancien fournisseur de Quistor.", ("SUPPLIES", "Velmora", "Quistor")),
    ("fr", "Velmora, ancien actionnaire de Quistor, investit dans l'hydrogène.",
     ("INVESTS_IN", "Velmora", "Quistor")),
    ("en", "Velmora is a former supplier of Quistor.", ("SUPPLIES", "Velmora", "Quistor")),
    ("en", "Velmora, a one-time partner of Quistor, signed with Tarvex.",
     ("PARTNERS_WITH", "Velmora", "Quistor")),
    # former: a past adverb or phrase in the relation's clause
    ("fr", "Velmora fournissait autrefois Quistor en moteurs.",
     ("SUPPLIES", "Velmora", "Quistor")),
    ("fr", "Velmora a fourni Quistor en moteurs jusqu'en 2022.",
     ("SUPPLIES", "Velmora", "Quistor")),
    ("fr", "Velmora a été le fournisseur de Quistor jusqu'en 2021.",
     ("SUPPLIES", "Velmora", "Quistor")),
    ("en", "Velmora was previously a supplier to Quistor.", ("SUPPLIES", "Velmora", "Quistor")),
    ("en", "Velmora used to supply engines to Quistor.", ("SUPPLIES", "Velmora", "Quistor")),
    ("en", "Velmora supplied engines to Quistor until last year.",
     ("SUPPLIES", "Velmora", "Quistor")),
    ("en", "Velmora previously partnered with Quistor on batteries.",
     ("PARTNERS_WITH", "Velmora", "Quistor")),
    ("en", "Velmora had previously licensed a molecule to Quistor, but that agreement was "
     "terminated last year.", ("SUPPLIES", "Velmora", "Quistor")),
    ("en", "Velmora was once Quistor's main supplier.", ("SUPPLIES", "Velmora", "Quistor")),
    # former: a verb of stopping right before the relation
    ("en", "Velmora has stopped supplying Quistor.", ("SUPPLIES", "Velmora", "Quistor")),
    ("fr", "Velmora a cessé de fournir Quistor en 2022.", ("SUPPLIES", "Velmora", "Quistor")),
    # ended: the relation noun is the subject of a verb of ending
    ("en", "The partnership between Velmora and Quistor ended in 2022.",
     ("PARTNERS_WITH", "Velmora", "Quistor")),
    ("en", "Velmora's planned takeover of Quistor fell apart.", ("ACQUIRES", "Velmora", "Quistor")),
    ("fr", "Le partenariat entre Velmora et Quistor a pris fin en 2022.",
     ("PARTNERS_WITH", "Velmora", "Quistor")),
    ("fr", "Le rachat de Quistor par Velmora a capoté en mars.",
     ("ACQUIRES", "Velmora", "Quistor")),
    # a past holding the holder has left
    ("fr", "Quistor avait été brièvement détenue par le fonds Velmora, sorti de son capital en "
     "2021.", ("INVESTS_IN", "Velmora", "Quistor")),
    ("en", "Velmora, which bought Quistor in 2017 and has been shedding smaller brands, will "
     "book a loss on the sale.", ("ACQUIRES", "Velmora", "Quistor")),
    # talks and rumour
    ("en", "Velmora has held preliminary discussions about a tie-up with Quistor.",
     ("PARTNERS_WITH", "Velmora", "Quistor")),
    ("en", "Velmora is eyeing a takeover of Quistor.", ("ACQUIRES", "Velmora", "Quistor")),
    ("en", "Velmora may take a stake in Quistor.", ("INVESTS_IN", "Velmora", "Quistor")),
    ("fr", "Velmora se dit prête à racheter Quistor.", ("ACQUIRES", "Velmora", "Quistor")),
    ("en", "Velmora is ready to buy Quistor.", ("ACQUIRES", "Velmora", "Quistor")),
    ("en", "Velmora's contract with Quistor expired in March.",
     ("SUPPLIES", "Quistor", "Velmora")),
    # conditions after the relation
    ("fr", "Velmora investira dans Quistor à condition que l'État participe.",
     ("INVESTS_IN", "Velmora", "Quistor")),
    ("en", "Velmora will invest in Quistor provided that the state joins the round.",
     ("INVESTS_IN", "Velmora", "Quistor")),
    ("en", "Velmora will supply turbines to Quistor if it wins the tender.",
     ("SUPPLIES", "Velmora", "Quistor")),
    ("fr", "Velmora fournira des turbines à Quistor si elle remporte l'appel d'offres.",
     ("SUPPLIES", "Velmora", "Quistor")),
    # a role whose holder is said to have left right after the name
    ("en", "Quistor co-founder Ann Velmor, who stepped down as chair last year, is selling her "
     "entire holding.", ("EXECUTIVE_OF", "Ann Velmor", "Quistor")),
    ("en", "Quistor has struggled since its creative director, Lucien Ardevan, left in March.",
     ("EXECUTIVE_OF", "Lucien Ardevan", "Quistor")),
    ("fr", "Le directeur financier de Quistor, Paul Vermande, qui a quitté ses fonctions en "
     "décembre, a été remplacé.", ("EXECUTIVE_OF", "Paul Vermande", "Quistor")),
    # negation
    ("fr", "Ni Velmora ni Quistor ne détiennent de participation dans Tarvex.",
     ("INVESTS_IN", "Quistor", "Tarvex")),
    ("fr", "Velmora n'est pas client de Quistor.", ("SUPPLIES", "Quistor", "Velmora")),
    ("en", "Velmora does not supply Quistor.", ("SUPPLIES", "Velmora", "Quistor")),
]

# Each entry: the relation must stay asserted (the cue is in another clause, or the fact is
# a past completed one, or the condition is the approval of an agreed deal).
ASSERTED = [
    ("en", "Velmora, whose former chief executive stepped down in 2023 after a failed IT "
     "overhaul, competes with Quistor.", ("COMPETES_WITH", "Velmora", "Quistor")),
    ("en", "Velmora, which abandoned its plan to list in London, has taken a 20% stake in "
     "Quistor.", ("INVESTS_IN", "Velmora", "Quistor")),
    ("en", "Velmora, which could not be reached for comment, supplies batteries to Quistor.",
     ("SUPPLIES", "Velmora", "Quistor")),
    ("en", "After talks with Tarvex collapsed, Velmora agreed to buy Quistor.",
     ("ACQUIRES", "Velmora", "Quistor")),
    ("fr", "Velmora, qui a abandonné son projet d'introduction en Bourse, a pris 20 % de "
     "Quistor.", ("INVESTS_IN", "Velmora", "Quistor")),
    ("fr", "Velmora, dont le projet de fusion avec Tarvex a échoué, fournit des moteurs à "
     "Quistor.", ("SUPPLIES", "Velmora", "Quistor")),
    ("fr", "Velmora a démenti les rumeurs et a signé lundi un contrat de fourniture avec "
     "Quistor.", ("SUPPLIES", "Velmora", "Quistor")),
    # past completed facts stay asserted
    ("en", "Velmora bought Quistor in 2019.", ("ACQUIRES", "Velmora", "Quistor")),
    ("en", "Velmora, which bought Quistor in 2019, employs 500 people.",
     ("ACQUIRES", "Velmora", "Quistor")),
    ("fr", "Velmora, qui a racheté Quistor en 2019, emploie 500 personnes.",
     ("ACQUIRES", "Velmora", "Quistor")),
    ("en", "Velmora has supplied Quistor since 2019.", ("SUPPLIES", "Velmora", "Quistor")),
    ("fr", "Velmora fournit Quistor depuis 2019.", ("SUPPLIES", "Velmora", "Quistor")),
    ("en", "The previously announced acquisition of Quistor by Velmora closed on Monday.",
     ("ACQUIRES", "Velmora", "Quistor")),
    ("en", "Velmora, a former unit of Tarvex, supplies batteries to Quistor.",
     ("SUPPLIES", "Velmora", "Quistor")),
    ("fr", "Velmora, ancienne filiale de Tarvex, fournit des moteurs à Quistor.",
     ("SUPPLIES", "Velmora", "Quistor")),
    ("en", "Quistor's engines are supplied by Velmora under a contract that runs until 2028.",
     ("SUPPLIES", "Velmora", "Quistor")),
    ("en", "The acquisition of Quistor by Velmora ended a two-year battle for the company.",
     ("ACQUIRES", "Velmora", "Quistor")),
    # the approval of an agreed deal is no hypothesis
    ("en", "Velmora will buy Quistor, subject to regulatory approval.",
     ("ACQUIRES", "Velmora", "Quistor")),
    ("en", "Velmora will buy Quistor if shareholders approve the deal.",
     ("ACQUIRES", "Velmora", "Quistor")),
    ("fr", "Velmora rachètera Quistor sous réserve de l'accord des autorités de la concurrence.",
     ("ACQUIRES", "Velmora", "Quistor")),
    # a departure from another company named after the verb is no departure from this one
    ("en", "Quistor chief executive Ann Velmor, who left Tarvex in 2020 to join the group, said "
     "it would grow.", ("EXECUTIVE_OF", "Ann Velmor", "Quistor")),
    ("fr", "Paul Vermande, directeur général de Quistor, qui a quitté Tarvex en 2019, a indiqué "
     "que le groupe allait croître.", ("EXECUTIVE_OF", "Paul Vermande", "Quistor")),
    ("en", "Thrive has previously backed Quistor and several biotech platforms.",
     ("INVESTS_IN", "Thrive", "Quistor")),
    ("fr", "Velmora n'a pas communiqué le montant de son investissement dans Quistor.",
     ("INVESTS_IN", "Velmora", "Quistor")),
]

_SYMMETRIC = ("PARTNERS_WITH", "COMPETES_WITH")


def _statuses(lang: str, text: str, rel: tuple[str, str, str]) -> set[str]:
    keys = {rel, (rel[0], rel[2], rel[1])} if rel[0] in _SYMMETRIC else {rel}
    return {s for t, a, b, s in _named(_extract(text, lang)) if (t, a, b) in keys}


@pytest.mark.parametrize(("lang", "text", "rel"), NOT_ASSERTED)
def test_not_asserted(lang: str, text: str, rel: tuple[str, str, str]) -> None:
    statuses = _statuses(lang, text, rel)
    assert not statuses & set(_ASSERTED), statuses


@pytest.mark.parametrize(("lang", "text", "rel"), ASSERTED)
def test_asserted(lang: str, text: str, rel: tuple[str, str, str]) -> None:
    statuses = _statuses(lang, text, rel)
    assert statuses & set(_ASSERTED), (statuses, _named(_extract(text, lang)))
