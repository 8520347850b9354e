"""Issue 11, session 21, cues between two found parties, third round (COMPETES_WITH,
ACQUIRES): rivals met with "buter sur" / "se frotter à" when a rival noun comes between ("X
bute sur deux concurrents bien installés, A et B", "X se frotte à des géants comme A et
B"), weight gained against rivals ("gives X more heft / clout against A"), the English noun
"contest" ("sharpens X's contest with A and B", "the contest between A and B"), a rival
list after a rival noun and a comma whose first member is described ("des rivaux bien
plus gros, le danois A et le belge B en tête", "..., le réseau parisien A et le
britannique B"), a list opener past a longer qualifier and its comma ("des concurrents de
poids nettement supérieur, à commencer par A et B", behind an arena), a fronted rival phrase
past a relative clause on the rivals ("Face à des concurrents comme A et B, qui ..., X
mise", "Facing rivals such as A, which ..., X ..."), a second target behind its place past
the first one's adjunct ("bought A in 2024 and Oslo-based B earlier this year"), and a part
sold under its own name set off by commas ("sell its drone unit, Tarvel, to Y", "a cédé sa
filiale de drones, Tarvel, à Y").
Invented sentences, names in no list. Absent cases keep out: rivals of one company with each
other, a list opener after a clause ("les concurrents de X ont perdu des contrats, à
commencer par Y"), an obstacle or a customer after "bute sur", the verb "contest", a contest
that is a prize, weight used against a bid, a unit described by a relative clause, a stake
sold, a sale refused or only talked about (kept with its status)."""

from __future__ import annotations

from tests.test_extraction_families import found_and_absent

C = "COMPETES_WITH"
A = "ACQUIRES"
S = "SUPPLIES"

_FR_BUTE = ("Velmora bute sur deux concurrents bien installés, le réseau parisien Quistor et le "
            "britannique Brantel, qui a ouvert deux sites.")
_FR_BUTE_PLAIN = "Velmora bute sur deux concurrents, Quistor et Brantel."
_FR_FROTTE = ("Dans les vannes, Velmora se frotte à des géants comme Quistor et Brantel, qui "
              "agrandissent leurs ateliers.")
_FR_FROTTE_GEANTS = "Velmora se frotte aux mastodontes Quistor et Brantel."
_EN_CONTEST = ("The merger widens Velmora's contest with Quistor, the Kandor-owned chain, and "
               "Brantel, which both keep opening gyms.")
_EN_CONTEST_BETWEEN = "The contest between Velmora and Quistor is heating up in Spain."
_FR_EN_TETE = ("Dans les pompes, Velmora affronte des rivaux bien plus gros, "
               "le danois Quistor et le belge Brantel en tête.")
_FR_EN_TETE_ONE = ("Velmora affronte des rivaux bien plus gros, le danois Quistor "
                   "en tête.")
_FR_DESCRIBED = ("Velmora affronte deux concurrents bien installés, le groupe lyonnais Quistor et "
                 "le britannique Brantel.")
_FR_COMMENCER = ("Velmora affronte dans l'Ouest des concurrents de poids nettement "
                 "supérieur, à commencer par le finlandais Quistor et le grec Brantel.")
_EN_UNIT = "Kandor has agreed to sell its drone unit, Tarvel, to Velmora for $40 million."
_EN_UNIT_LONG = ("Kandor AG, the glass group, will sell its "
                 "packaging-films unit, Tarvel Folien GmbH, to Munich buyout firm "
                 "Velmora Capital for 150 million euros.")
_FR_FILIALE = ("Kandor a cédé sa filiale de drones, Tarvel, au fonds Velmora pour 40 millions "
               "d'euros.")
_EN_HEFT = ("The takeover gives Velmora more heft against Quistor, whose boilers compete "
            "with its own, and against Brantel, which keeps growing.")
_FR_FRONTED_REL = ("Face à des concurrents comme Quistor et Brantel, qui ont tous deux bâti des "
                   "entrepôts immenses, Velmora mise sur le service.")
_EN_FRONTED_REL = ("Facing rivals such as Quistor and Brantel, which have both opened huge "
                   "warehouses, Velmora is betting on service.")
_FR_FRONTED_BUY = ("Face à des concurrents comme Quistor, qui a racheté Tarvel, Velmora mise sur "
                   "la proximité.")
_EN_SECOND_BOUGHT = ("It is the firm's fourth deal, after Velmora bought Dublin's Quistor in "
                     "2023 and Oslo-based Brantel earlier this year.")
_EN_SECOND_GENITIVE = "Velmora bought Quistor in 2024 and South Korea's Brantel in 2025."
_FR_ACTIVITE = "Kandor cède son activité de capteurs, Tarvel, à Velmora."

FOUND = [
    # running into rivals, a rival noun between
    ("fr", _FR_BUTE, (C, "Velmora", "Quistor")),
    ("fr", _FR_BUTE, (C, "Velmora", "Brantel")),
    ("fr", _FR_BUTE_PLAIN, (C, "Velmora", "Quistor")),
    ("fr", _FR_FROTTE, (C, "Velmora", "Quistor")),
    ("fr", _FR_FROTTE, (C, "Velmora", "Brantel")),
    ("fr", _FR_FROTTE_GEANTS, (C, "Velmora", "Brantel")),
    # the noun "contest"
    ("en", _EN_CONTEST, (C, "Velmora", "Quistor")),
    ("en", _EN_CONTEST, (C, "Velmora", "Brantel")),
    ("en", _EN_CONTEST_BETWEEN, (C, "Velmora", "Quistor")),
    # a described first member after the rival noun's comma
    ("fr", _FR_EN_TETE, (C, "Velmora", "Quistor")),
    ("fr", _FR_EN_TETE, (C, "Velmora", "Brantel")),
    ("fr", _FR_EN_TETE_ONE, (C, "Velmora", "Quistor")),
    ("fr", _FR_DESCRIBED, (C, "Velmora", "Quistor")),
    ("fr", _FR_DESCRIBED, (C, "Velmora", "Brantel")),
    # a list opener past a qualifier and its comma, behind an arena
    ("fr", _FR_COMMENCER, (C, "Velmora", "Quistor")),
    ("fr", _FR_COMMENCER, (C, "Velmora", "Brantel")),
    # a fronted rival phrase, past a relative clause on the rivals
    ("fr", _FR_FRONTED_REL, (C, "Velmora", "Quistor")),
    ("fr", _FR_FRONTED_REL, (C, "Velmora", "Brantel")),
    ("en", _EN_FRONTED_REL, (C, "Velmora", "Quistor")),
    ("en", _EN_FRONTED_REL, (C, "Velmora", "Brantel")),
    ("fr", _FR_FRONTED_BUY, (C, "Velmora", "Quistor")),
    # weight gained against rivals
    ("en", _EN_HEFT, (C, "Velmora", "Quistor")),
    ("en", _EN_HEFT, (C, "Velmora", "Brantel")),
    ("en", "The deal gives Velmora more clout against Quistor in Spain.",
     (C, "Velmora", "Quistor")),
    # a second target behind its place, past the first one's time adjunct
    ("en", _EN_SECOND_BOUGHT, (A, "Velmora", "Brantel")),
    ("en", _EN_SECOND_GENITIVE, (A, "Velmora", "Brantel")),
    # a part sold under its own name set off by commas
    ("en", _EN_UNIT, (A, "Velmora", "Tarvel")),
    ("en", _EN_UNIT_LONG, (A, "Velmora Capital", "Tarvel Folien")),
    ("fr", _FR_FILIALE, (A, "Velmora", "Tarvel")),
    ("fr", _FR_ACTIVITE, (A, "Velmora", "Tarvel")),
]

ABSENT = [
    # rivals of one company are not rivals of each other
    ("fr", _FR_BUTE, (C, "Quistor", "Brantel")),
    ("fr", _FR_FROTTE, (C, "Quistor", "Brantel")),
    ("en", _EN_CONTEST, (C, "Quistor", "Brantel")),
    ("fr", _FR_EN_TETE, (C, "Quistor", "Brantel")),
    ("fr", _FR_DESCRIBED, (C, "Quistor", "Brantel")),
    ("fr", _FR_COMMENCER, (C, "Quistor", "Brantel")),
    # a fronted phrase with no rival noun; the relative clause's own object
    ("fr", _FR_FRONTED_REL, (C, "Quistor", "Brantel")),
    ("en", _EN_FRONTED_REL, (C, "Quistor", "Brantel")),
    ("fr", _FR_FRONTED_BUY, (C, "Velmora", "Tarvel")),
    ("fr", "Face à Quistor, qui réclamait une baisse de prix, Velmora a cédé.",
     (C, "Velmora", "Quistor")),
    ("en", "Facing pressure from its customer Quistor, which wants lower prices, Velmora cut "
     "its prices.", (C, "Velmora", "Quistor")),
    ("fr", "Face à la crise, qui frappe Quistor, Velmora et Brantel ont fusionné.",
     (C, "Velmora", "Quistor")),
    # a list opener after a clause past the rivals' named owner names no rival
    ("fr", "Les concurrents de Quelvane ont perdu des contrats, à commencer par l'italien "
     "Dortiva.", (C, "Quelvane", "Dortiva")),
    ("fr", "Les concurrents de la société ont perdu des contrats, à commencer par Dortiva.",
     (C, "Velmora", "Dortiva")),
    # an obstacle, or no rival noun, after "bute sur"
    ("fr", "Velmora bute sur le refus de Quistor.", (C, "Velmora", "Quistor")),
    ("fr", "Velmora bute sur Quistor, son client historique.", (C, "Velmora", "Quistor")),
    # the verb "contest", a contest that is a prize
    ("en", "Velmora will contest the ruling with Quistor.", (C, "Velmora", "Quistor")),
    ("en", "Velmora will contest with Quistor the award of the licence.",
     (C, "Velmora", "Quistor")),
    ("en", "Velmora won a design contest with a drone built by Quistor.",
     (C, "Velmora", "Quistor")),
    ("en", "Quistor ran a contest with prizes from Velmora.", (C, "Velmora", "Quistor")),
    # weight used against a bid or a claim, not a rival; a customer
    ("en", _EN_HEFT, (C, "Quistor", "Brantel")),
    ("en", "Velmora used its clout against Quistor's takeover bid.", (C, "Velmora", "Quistor")),
    ("en", "Velmora strengthened its position against Quistor's claims.",
     (C, "Velmora", "Quistor")),
    ("en", "The deal gives Velmora more heft in talks with its customer Quistor.",
     (C, "Velmora", "Quistor")),
    # a place before the subject of a second clause: no second target
    ("en", "Velmora bought Quistor in 2024 and Oslo-based Brantel sold Tarvel in 2025.",
     (A, "Velmora", "Brantel")),
    # the part sold is no buyer, the seller no target; a unit told by a relative clause, a
    # stake sold
    ("en", _EN_UNIT, (A, "Kandor", "Tarvel")),
    ("en", _EN_UNIT, (A, "Velmora", "Kandor")),
    ("fr", _FR_FILIALE, (A, "Kandor", "Tarvel")),
    ("en", "Kandor sold its unit, which makes drones, to Velmora.", (A, "Velmora", "Kandor")),
    ("en", "Kandor has agreed to sell its unit, Tarvel said, to Velmora.",
     (A, "Velmora", "Tarvel")),
    ("en", "Kandor will sell its drones, Tarvel said, to Velmora.", (A, "Velmora", "Tarvel")),
]

test_found, test_absent = found_and_absent(FOUND, ABSENT)


def test_sale_status_kept() -> None:
    """A refused sale of a named part is denied, one in talks stays in talks."""
    from tests.test_extraction_sentences import _extract, _named

    refused = _named(_extract("Kandor refused to sell its unit, Tarvel, to Velmora.", "en"))
    assert (A, "Velmora", "Tarvel", "denied") in refused
    talks = _named(_extract("Kandor is in talks to sell its unit, Tarvel, to Velmora.", "en"))
    assert (A, "Velmora", "Tarvel", "in_talks") in talks
