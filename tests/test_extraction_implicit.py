"""Issue 11, session 12: implicit parties.

A relation cue with one overt party whose other party is left unsaid because it is the
company the passage is about: "L'électrolyseur sera fourni par X" (the article's company's
electrolyser), "The launches will be entrusted to X". The grammar says a party is missing
(the subject is a plain definite noun phrase with no company in the sentence before the cue);
the discourse says which (the previous sentence's subject company, else the article's main
company). Every company and person here is made up and in no list; the sentences are
written from the phenomenon, not copied from an evaluation article.
"""

from __future__ import annotations

import pytest

from tests.test_extraction_mentions_cues import check_absent, check_found

_FR_LEAD = ("La start-up Varnelio a levé 40 millions d'euros pour construire un petit réacteur "
            "à Brest, a annoncé Varnelio. ")
_EN_LEAD = ("Varnelio Systems raised $40 million to build a small reactor in Ohio, Varnelio "
            "Systems said on Monday. ")

FOUND = [
    ("fr", _FR_LEAD + "Côté industriel, la cuve du réacteur sera fabriquée par Bordanix dans son "
     "usine de Lyon.", ("SUPPLIES", "Bordanix", "Varnelio")),
    ("fr", _FR_LEAD + "L'électrolyseur de 20 mégawatts sera fourni par Morvanor.",
     ("SUPPLIES", "Morvanor", "Varnelio")),
    ("fr", _FR_LEAD + "Les lancements seront confiés à Tarvelis.",
     ("SUPPLIES", "Tarvelis", "Varnelio")),
    ("en", _EN_LEAD + "The reactor vessel will be manufactured by Bordanix at its plant in "
     "Pittsburgh.", ("SUPPLIES", "Bordanix", "Varnelio Systems")),
    ("en", _EN_LEAD + "The electrolyser will be supplied by Morvanor.",
     ("SUPPLIES", "Morvanor", "Varnelio Systems")),
    ("en", _EN_LEAD + "The launches will be entrusted to Tarvelis.",
     ("SUPPLIES", "Tarvelis", "Varnelio Systems")),
]


@pytest.mark.parametrize(("lang", "text", "expected"), FOUND)
def test_implicit_party_found(lang: str, text: str, expected: tuple[str, str, str]) -> None:
    check_found(lang, text, expected)


ABSENT = [
    # a purpose complement names whom the thing is for: not the article's company
    ("fr", _FR_LEAD + "L'hydrogène nécessaire à l'exploitation sera produit par Lhorvan.",
     ("SUPPLIES", "Lhorvan", "Varnelio")),
    ("en", _EN_LEAD + "The power for the new line will be supplied by Lhorvan.",
     ("SUPPLIES", "Lhorvan", "Varnelio Systems")),
    # an indefinite thing may be anyone's
    ("en", _EN_LEAD + "A new plant was built by Sorvel in Texas.",
     ("SUPPLIES", "Sorvel", "Varnelio Systems")),
    # a company in the sentence before the cue may own the thing
    ("fr", _FR_LEAD + "Les turbines de la société Quelvane seront fournies par Dravon.",
     ("SUPPLIES", "Dravon", "Varnelio")),
    ("en", _EN_LEAD + "For the Quelvane Industries plant, the turbines will be supplied by "
     "Dravon.",
     ("SUPPLIES", "Dravon", "Varnelio Systems")),
    # "confier à" in the active is telling, not entrusting
    ("fr", _FR_LEAD + "Son président, qui a confié à Morvanor Hebdo viser 2030, reste prudent.",
     ("SUPPLIES", "Morvanor Hebdo", "Varnelio")),
    # documents, plans and deals are made by someone without being supplied
    ("en", _EN_LEAD + "The report was produced by Dravon Research.",
     ("SUPPLIES", "Dravon Research", "Varnelio Systems")),
    ("fr", _FR_LEAD + "Le plan a été développé par Korbel Conseil.",
     ("SUPPLIES", "Korbel Conseil", "Varnelio")),
    # "awarded to" / "attribué à" is no supply cue: prizes and grants are awarded too
    ("en", _EN_LEAD + "The prize was awarded to Korbanel.",
     ("SUPPLIES", "Korbanel", "Varnelio Systems")),
    ("fr", _FR_LEAD + "Le prix a été attribué à Korbanel.", ("SUPPLIES", "Korbanel", "Varnelio")),
]


@pytest.mark.parametrize(("lang", "text", "unwanted"), ABSENT)
def test_implicit_party_absent(lang: str, text: str, unwanted: tuple[str, str, str]) -> None:
    check_absent(lang, text, unwanted)


# A role before a person's name with no organisation after a quotation: the speaker's company
# is left unsaid (the salient one), not a company named inside the quotation.
QUOTED = [
    ("en", "Varnelio Systems won a contract from Dravon, Varnelio Systems said. \"Dravon came "
     "to us because we are fast,\" Chief Executive Officer Anouk Maltessa said in an interview.",
     ("EXECUTIVE_OF", "Anouk Maltessa", "Varnelio Systems"),
     ("EXECUTIVE_OF", "Anouk Maltessa", "Dravon")),
    ("fr", "Varnelio a remporté un contrat de Dravon, a annoncé Varnelio. « Dravon est venu nous "
     "chercher », a déclaré le directeur général Anouk Maltessa.",
     ("EXECUTIVE_OF", "Anouk Maltessa", "Varnelio"),
     ("EXECUTIVE_OF", "Anouk Maltessa", "Dravon")),
]


@pytest.mark.parametrize(("lang", "text", "expected", "unwanted"), QUOTED)
def test_role_after_quotation(lang: str, text: str, expected: tuple[str, str, str],
                              unwanted: tuple[str, str, str]) -> None:
    check_found(lang, text, expected)
    check_absent(lang, text, unwanted)


# A stake kept or taken in no named company: in the company the passage is about, or in what
# it bought when it is a buyer; never in the buyer itself.
_EN_SALE = "Tarvelis agreed to buy 90% of Varnelio Systems, Varnelio Systems said on Monday. "
_FR_SALE = "Tarvelis va racheter 90 % de Varnelio, a annoncé Varnelio lundi. "
STAKES_FOUND = [
    ("en", _EN_SALE + "Quelvane Partners will keep a 10% holding.",
     ("INVESTS_IN", "Quelvane Partners", "Varnelio Systems")),
    ("en", _EN_SALE + "Quelvane Partners, its founding investor, will retain a minority stake.",
     ("INVESTS_IN", "Quelvane Partners", "Varnelio Systems")),
    ("fr", _FR_SALE + "Quelvane Partners conservera une participation de 10 %.",
     ("INVESTS_IN", "Quelvane Partners", "Varnelio")),
    ("fr", _FR_SALE + "Korbanel Capital gardera une participation minoritaire jusqu'en 2027.",
     ("INVESTS_IN", "Korbanel Capital", "Varnelio")),
    # the salient company is a buyer: the stake is in what it bought
    ("en", "Tarvelis Group will acquire Varnelio Systems for $2 billion, Tarvelis Group said. "
     "Quelvane Partners will keep a 10% holding.",
     ("INVESTS_IN", "Quelvane Partners", "Varnelio Systems")),
    ("fr", "Tarvelis va prendre le contrôle de Varnelio, a annoncé Tarvelis. Quelvane Partners "
     "conservera une participation de 10 %.", ("INVESTS_IN", "Quelvane Partners", "Varnelio")),
]


@pytest.mark.parametrize(("lang", "text", "expected"), STAKES_FOUND)
def test_stake_in_topic(lang: str, text: str, expected: tuple[str, str, str]) -> None:
    check_found(lang, text, expected)


STAKES_ABSENT = [
    # the salient company is the buyer: the stake is not in it
    ("en", "Varnelio Systems agreed to buy 90% of Dravon Labs from Quelvane Partners, Varnelio "
     "Systems said. Quelvane Partners will keep a 10% holding.",
     ("INVESTS_IN", "Quelvane Partners", "Varnelio Systems")),
    ("fr", "Varnelio va racheter 90 % de Dravon Labs à Quelvane Partners, a annoncé Varnelio. "
     "Quelvane Partners conservera une participation de 10 %.",
     ("INVESTS_IN", "Quelvane Partners", "Varnelio")),
    # the stake names its company: no implicit party
    ("en", _EN_SALE + "Korbanel Capital will retain a minority stake in Dravon Labs.",
     ("INVESTS_IN", "Korbanel Capital", "Varnelio Systems")),
]


@pytest.mark.parametrize(("lang", "text", "unwanted"), STAKES_ABSENT)
def test_stake_not_in_topic(lang: str, text: str, unwanted: tuple[str, str, str]) -> None:
    check_absent(lang, text, unwanted)


# A shareholder apposition that names no company: a shareholder of the salient company.
HOLDERS = [
    ("fr", _FR_LEAD + "Dravon, actionnaire de référence, a soutenu l'opération.",
     ("INVESTS_IN", "Dravon", "Varnelio"), None),
    ("en", _EN_LEAD + "Dravon Capital, the largest shareholder, backed the deal.",
     ("INVESTS_IN", "Dravon Capital", "Varnelio Systems"), None),
    # the apposition names its company: no implicit party
    ("en", _EN_LEAD + "Korbel Partners, the largest shareholder of Selmor Labs, declined to "
     "comment.", None, ("INVESTS_IN", "Korbel Partners", "Varnelio Systems")),
    ("fr", _FR_LEAD + "Korbel Partners, premier actionnaire de Selmor Labs, n'a pas commenté.",
     None, ("INVESTS_IN", "Korbel Partners", "Varnelio")),
]


@pytest.mark.parametrize(("lang", "text", "expected", "unwanted"), HOLDERS)
def test_shareholder_apposition(lang: str, text: str, expected: tuple[str, str, str] | None,
                                unwanted: tuple[str, str, str] | None) -> None:
    if expected is not None:
        check_found(lang, text, expected)
    if unwanted is not None:
        check_absent(lang, text, unwanted)
