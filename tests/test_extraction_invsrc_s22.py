"""Session 22, investors and sources pass (INVESTS_IN fifth round, REPORTED_BY eighth).
Invented sentences, companies, bodies and outlets in no list.

Stakes:
1. "partly / partially / minority-owned by Y" is a stake of Y, no control; an adverb the
   trigger's match steps over ("which is partly owned by Y") blocks control as it would
   before the trigger.
2. A verb coordinated in a subject relative clause takes the relative's antecedent ("X, which
   bought A in 2021 and holds a stake in B": X holds it, not A); a description before a
   subject relative may be six words long ("the Brannock venture-capital holding firm that owns").
3. "Le capital de X est détenu à 40 % par Y": X is held; the active stake frame after a
   passive auxiliary with an agent gives nothing ("de conseil Y" is no object).
4. Money invested in a site ("investir 12 millions dans l'entrepôt de X") is no stake in X.
5. "Y, which holds no shares in X" denies the stake; a holder noun that opens a clause after
   "after" is no copula's predicate ("the deal was agreed after X's shareholders voted").
6. A subject relative on a singular verb after a list of names tells of its last member
   ("A et B, qui a obtenu 9 millions auprès de Y": B only).
7. "vers le fonds Y, qui acquiert 15 % de son capital": a share of the company the passage is about.
8. A whole stake sold ("cède l'intégralité de sa participation", "sold all of its stake") is
   a former holding; "should" plans like "devrait".

Sources:
9. A public body speaking in one of its texts: before its speech verb past a relative clause
   set off by commas, or after an inverted speech verb ("a précisé X dans une délibération").
10. Documents: "an application filed with X" (not "filed an application with X"), "accounts"
    after a bare "with" are a customer's ("competes for accounts with X"), "published
    through X", "data from the market researcher X", "first spotted by X"; a body's name cut
    at "and" is one name when its first part holds a body's head.
"""

from __future__ import annotations

from tests.test_extraction_families import check_found, found_and_absent
from tests.test_extraction_sentences import _extract, _named

_I = "INVESTS_IN"
_A = "ACQUIRES"
_R = "REPORTED_BY"
_LEAD = "Le groupe Velmora rachète son voisin. Velmora emploie 300 salariés. "

FOUND = [
    # 1
    ("en", "Torvald Bulk, the grain silo firm partly owned by pension investor Kestrel "
     "Holdings, said it would take over Quistor.", (_I, "Kestrel", "Torvald Bulk")),
    ("en", "Torvald Bulk is partially owned by Kestrel Holdings.", (_I, "Kestrel", "Torvald Bulk")),
    ("en", "Torvald Bulk, which is partly owned by Kestrel Holdings, makes tanks.",
     (_I, "Kestrel", "Torvald Bulk")),
    ("en", "Torvald Bulk is minority-owned by Kestrel Holdings.", (_I, "Kestrel", "Torvald Bulk")),
    # 2
    ("en", "Kestrel, which bought Quistor in 2019 and holds a 12% stake in Zelbar, plans "
     "to expand.", (_I, "Kestrel", "Zelbar")),
    ("fr", "Kestrel, qui a racheté Quistor en 2019 et détient 12 % de Zelbar, veut s'étendre.",
     (_I, "Kestrel", "Zelbar")),
    ("en", "Sardon Halmer Partners, the Brannock venture-capital holding firm that has owned "
     "30% of Velmora since 2020, paid for the deal.", (_I, "Sardon Halmer Partners", "Velmora")),
    # 3
    ("fr", "Le capital de Velmora est détenu à 40 % par Quistor.", (_I, "Quistor", "Velmora")),
    ("fr", "Le groupe Velmora fabrique des trottinettes à Nantes. Le capital du groupe est "
     "détenu à 40 % par la société de conseil Quistor Associés, arrivée en 2020.",
     (_I, "Quistor Associés", "Velmora")),
    ("fr", "Velmora, qui est détenue à 30 % par la société de conseil Quistor, fabrique des "
     "vélos.", (_I, "Quistor", "Velmora")),
    # 4: an investment in the company itself stays
    ("fr", "Velmora a investi 45 millions d'euros dans le capital de Quistor.",
     (_I, "Velmora", "Quistor")),
    # 5: a stake held
    ("en", "Brannock Lending Group, which holds shares in Velmora, lent the money.",
     (_I, "Brannock Lending", "Velmora")),
    ("en", "Velmora has been Quistor's largest shareholder since 2019.",
     (_I, "Velmora", "Quistor")),
    # 6
    ("fr", "Velmora affronte des concurrents comme le suédois Quistor et la jeune pousse "
     "nantaise Zelbar, qui a obtenu en 2023 9 millions d'euros auprès de Kestrel.",
     (_I, "Kestrel", "Zelbar")),
    ("en", "Velmora competes with Quistor and Zelbar, which have raised $40 million from "
     "Kestrel.", (_I, "Kestrel", "Quistor")),
    # 7
    ("fr", _LEAD + "Le groupe s'est tourné vers le fonds Quistor, qui acquiert 15 % de son "
     "capital.",
     (_I, "Quistor", "Velmora")),
    # 9
    ("fr", "L'Autorité de régulation des ports, à laquelle le projet a été soumis, indique "
     "dans un communiqué diffusé mardi que Velmora contrôlerait 30 % du secteur.",
     (_R, "ARTICLE", "Autorité de régulation des ports")),
    ("fr", "L'offre de Quistor a été rejetée, a précisé l'Autorité de régulation des ports dans "
     "une délibération publiée jeudi.", (_R, "ARTICLE", "Autorité de régulation des ports")),
    ("en", "The Kandorian Competition Authority, which began an inquiry in March, said in a "
     "notice on its website that Velmora would hold 35% of the trade.",
     (_R, "ARTICLE", "Kandorian Competition Authority")),
    ("en", "The deal was cleared, said the Kandorian Competition Authority in a statement.",
     (_R, "ARTICLE", "Kandorian Competition Authority")),
    # 10
    ("en", "Velmora will spend $700mn on the system, according to an application filed with "
     "the Kandorian Federal Communications Commission.",
     (_R, "ARTICLE", "Kandorian Federal Communications Commission")),
    ("en", "According to a permit application filed with the Kandor Water Utilities and "
     "Pricing Review Board, Velmora earned $8 million.",
     (_R, "ARTICLE", "Kandor Water Utilities and Pricing Review Board")),
    ("en", "Velmora operated 64 ambulances last March, according to a licensing filing with the "
     "Kandor Department of Water and Coastal Planning.",
     (_R, "ARTICLE", "Kandor Department of Water and Coastal Planning")),
    ("en", "The offer prices Quistor at 14 times profit, according to a regulatory "
     "notice published through the Kandor Stock Exchange.",
     (_R, "ARTICLE", "Kandor Stock Exchange")),
    ("en", "Zelbar stocks Quistor's packs in 180 stores, according to data from the market "
     "researcher Kandorstat.", (_R, "ARTICLE", "Kandorstat")),
    ("en", "Velmora's revenue rose 12%, according to accounts filed with the Kandorian "
     "Companies Office.", (_R, "ARTICLE", "Kandorian Companies Office")),
    ("en", "Velmora took part in Quistor's round, according to a listing in the trade register "
     "first spotted by the financial weekly Kandorblatt.", (_R, "ARTICLE", "Kandorblatt")),
]

ABSENT = [
    # 1: control is no stake stated
    ("en", "Torvald Bulk, which is partly owned by Kestrel Holdings, makes tanks.",
     (_A, "Kestrel", "Torvald Bulk")),
    ("en", "Torvald Bulk is partially owned by Kestrel Holdings.", (_A, "Kestrel", "Torvald Bulk")),
    # 2: the first verb's object holds nothing
    ("en", "Kestrel, which bought Quistor in 2019 and holds a 12% stake in Zelbar, plans "
     "to expand.", (_I, "Quistor", "Zelbar")),
    ("fr", "Kestrel, qui a racheté Quistor en 2019 et détient 12 % de Zelbar, veut s'étendre.",
     (_I, "Quistor", "Zelbar")),
    ("en", "Kestrel, which bought Quistor and Zelbar, wants to grow.", (_I, "Quistor", "Zelbar")),
    # 3: the held company is no holder
    ("fr", "Le groupe Velmora fabrique des trottinettes à Nantes. Le capital du groupe est "
     "détenu à 40 % par la société de conseil Quistor Associés, arrivée en 2020.",
     (_I, "Velmora", "Quistor Associés")),
    ("fr", "Le capital de Velmora est ouvert, et Quistor fournit les pièces détachées.",
     (_I, "Quistor", "Velmora")),
    # 4
    ("fr", "Velmora compte investir 12 millions d'euros en trois ans dans l'entrepôt de "
     "Quistor Sud, le plus grand de la zone.", (_I, "Velmora", "Quistor Sud")),
    ("fr", "Velmora va investir 45 millions d'euros dans l'usine de Quistor.",
     (_I, "Velmora", "Quistor")),
    ("en", "Velmora will invest $45 million in the plant of Quistor Systems.",
     (_I, "Velmora", "Quistor")),
    # 5
    ("en", "The rest would come from a loan by Brannock Lending Group, which holds no "
     "shares in Velmora.", (_I, "Brannock Lending", "Velmora")),
    ("en", "Brannock Lending Group has no stake in Velmora.", (_I, "Brannock Lending", "Velmora")),
    ("en", "Velmora said the deal was agreed after Quistor's shareholders voted for it.",
     (_I, "Velmora", "Quistor")),
    ("en", "The Kandor Courier said the fee had been settled after Quistor's shareholders "
     "backed a better bid.", (_I, "Kandor Courier", "Quistor")),
    # 6
    ("fr", "Velmora affronte des concurrents comme le suédois Quistor et la jeune pousse "
     "nantaise Zelbar, qui a obtenu en 2023 9 millions d'euros auprès de Kestrel.",
     (_I, "Kestrel", "Quistor")),
    ("en", "Velmora competes with Quistor and Zelbar, which has raised $40 million from "
     "Kestrel.", (_I, "Kestrel", "Quistor")),
    # 7: a co-holder after the share is a company of its own
    ("fr", _LEAD + "Le groupe s'est tourné vers le fonds Quistor, qui acquiert 15 % du capital "
     "aux côtés de Kestrel.", (_I, "Quistor", "Velmora")),
    # 9: a company's own statement, a body that does not speak
    ("fr", "L'offre de Quistor a été écartée, a précisé Velmora dans un communiqué publié "
     "lundi.", (_R, "ARTICLE", "Velmora")),
    ("en", "Velmora said in a statement that it had bought Quistor.", (_R, "ARTICLE", "Velmora")),
    ("en", "Quistor Office Supplies said in a statement that it supplies Velmora.",
     (_R, "ARTICLE", "Quistor Office Supplies")),
    # 10
    ("en", "Prairvale competes for hospital accounts with Quistor Corp. and Velmora, which are "
     "both buying up smaller cleaners.", (_R, "ARTICLE", "Quistor")),
    ("en", "Velmora holds accounts with Quistor Bank and Zelbar Bank.",
     (_R, "ARTICLE", "Quistor Bank")),
    ("en", "Velmora filed an application with Quistor to join its platform.",
     (_R, "ARTICLE", "Quistor")),
    ("en", "Velmora made an application to Quistor for a licence.", (_R, "ARTICLE", "Quistor")),
    ("en", "The leak in Quistor's pipeline was first spotted by Velmora Inc.",
     (_R, "ARTICLE", "Velmora")),
    ("en", "Velmora operated 64 ambulances last March, according to a licensing filing with the "
     "Kandor Department of Water and Coastal Planning.", (_R, "ARTICLE", "Coastal Planning")),
]

test_found, test_absent = found_and_absent(FOUND, ABSENT, check_found)


def _statuses(text: str, lang: str) -> dict[tuple[str, str, str], str]:
    return {r[:3]: r[3] for r in _named(_extract(text, lang))}


def test_whole_stake_sold_is_former() -> None:
    """8: a whole stake sold is a holding that has ended, in both languages (the seller's
    stake is found and former; where the sentence names a buyer it may be left out, never
    current)."""
    for lang, text in (
            ("fr", "Velmora cède l'intégralité de sa participation dans Quistor à Zelbar."),
            ("fr", "Velmora a cédé la totalité de sa participation de 30 % dans Quistor."),
            ("en", "Velmora sold the whole of its stake in Quistor.")):
        assert _statuses(text, lang).get((_I, "Velmora", "Quistor")) == "former", text
    text = "Velmora sold all of its shares in Quistor to Zelbar last year."
    assert _statuses(text, "en").get((_I, "Velmora", "Quistor")) in (None, "former"), text


def test_should_plans() -> None:
    """8: "should" plans like "devrait"; "should consider" is no assertion."""
    assert _statuses("Velmora should buy Quistor next year.", "en")[
        (_A, "Velmora", "Quistor")] == "planned"
    assert _statuses("Velmora should take a 20% stake in Quistor by June.", "en")[
        (_I, "Velmora", "Quistor")] == "planned"
    found = _statuses("Velmora should consider buying Quistor, analysts said.", "en")
    assert found.get((_A, "Velmora", "Quistor")) not in ("reported", "announced", "planned",
                                                          "completed")
