"""Names on new text, sixteenth round (session 21, issue 11). A French public body named by its
capitalised head and a lower-case adjective ("la Marine kandorienne", "l'Autorité
environnementale", "la Caisse autonome de Rennes"); a one-word name after a company noun and its
goods ("l'éditeur de jeux pour smartphones X", "l'hébergeur cloud X") or after a product noun
whose user it is ("the system X has used"); a name shaped like a model code in a list of rivals
("des concurrents comme Vel4 et X") or a word, digits and a capital after a nationality ("le
sud-coréen Qel2uS"); a month or day word before a legal form ("OCT Inc."); a French head, a
capitalised adjective and "de" ("la Société Quellonaise de Manutention"); a country's forces
("the Dutch Navy"). Invented sentences
and companies in no list; products, model codes, departments and dates stay out."""

from __future__ import annotations

from tests.test_extraction_families import found_and_absent

FOUND = [
    ("fr", "Quellon est une ville. L'éditeur nantais de jeux pour smartphones Zorbix a levé "
     "9 millions d'euros auprès du coréen Velmora, qui entre à son capital.",
     ("INVESTS_IN", "Velmora", "Zorbix")),
    ("fr", "Face à des concurrents comme Velm4 et Quistor, Zelbar mise sur la proximité.",
     ("COMPETES_WITH", "Velm4", "Zelbar")),
    ("en", "Zelbar faces rivals such as Velm4 and Quistor in Europe.",
     ("COMPETES_WITH", "Velm4", "Zelbar")),
    ("fr", "En Asie, Zelbar collabore avec le sud-coréen Qel2uS, qui adapte ses titres.",
     ("PARTNERS_WITH", "Qel2uS", "Zelbar")),
    ("fr", "Velmora doit composer avec son rival historique, la Société Quellonaise de "
     "Manutention.", ("COMPETES_WITH", "Société Quellonaise de Manutention", "Velmora")),
    ("en", "Velmora buys pumps from OCT Inc., and it relies on Kandor Labs for bits.",
     ("SUPPLIES", "OCT", "Velmora")),
]

ABSENT = [
    # a company's department, not a public body: "Direction" takes no adjective
    ("fr", "Velmora a nommé Anne Quistel à la Direction commerciale de Quistor.",
     ("EXECUTIVE_OF", "Anne Quistel", "Direction commerciale")),
    # a model code after the example word stays a model
    ("en", "Zelbar faces rivals such as A320 jets from Quistor.",
     ("COMPETES_WITH", "A320", "Zelbar")),
    # a goods noun and its product name: no company
    ("fr", "Velmora a lancé le logiciel Kestrel pour smartphones.",
     ("SUPPLIES", "Kestrel", "Velmora")),
]

test_found, test_absent = found_and_absent(FOUND, ABSENT)


def _names(text: str, lang: str = "fr") -> list[str]:
    from loaders.extraction.pipeline import RuleExtractor
    from ontology.records import Article

    doc, _ = RuleExtractor(on_error="raise").analyse(Article(text=text, language=lang))
    return [m.text for ms in doc.mentions for m in ms]


def test_public_bodies_with_an_adjective() -> None:
    assert "Marine kandorienne" in _names(
        "Velmora livrera six patrouilleurs à la Marine kandorienne d'ici 2028.")
    assert "Caisse autonome de Rennes" in _names(
        "La Caisse autonome de Rennes a confié ses archives à Velmora.")
    assert "Autorité environnementale" in _names(
        "L'avis de l'Autorité environnementale souligne les besoins de Velmora.")
    assert "Régie autonome des transports quelliens" in _names(
        "Velmora vend ses pièces à la Régie autonome des transports quelliens.")
    assert "Banque centrale" in _names("La Banque centrale a relevé ses taux, selon Velmora.")


def test_bodies_and_people_kept_apart() -> None:
    names = _names("Velmora a nommé Marine Dupont à la Direction commerciale de Quistor.")
    assert "Marine Dupont" in names and "Direction commerciale" not in names


def test_company_noun_before_goods() -> None:
    assert "Zorbix" in _names("Parmi ses clients, l'hébergeur cloud Zorbix occupe deux salles "
                              "chez Velmora.")


def test_user_of_a_product_after_has() -> None:
    assert "Kandrix" in _names("Zelbar makes the booking software Kandrix has used since 2019.",
                               "en")
    assert "Kandrix" not in _names("Zelbar makes the booking software Kandrix, used since 2019.",
                                   "en")


def test_inner_digit_shapes() -> None:
    assert "Qel2uS" in _names("Zelbar collabore avec le sud-coréen Qel2uS, qui adapte ses titres.")


def test_calendar_word_before_a_legal_form() -> None:
    names = _names("Velmora buys valves from OCT Inc. and ships them in Oct. to Quistor.", "en")
    assert "OCT Inc." in names
    assert not any(n.startswith("Mars") for n in _names("Le 3 Mars SA a publié ses comptes."))


def test_head_and_capitalised_adjective_before_de() -> None:
    names = _names("Velmora doit composer avec son rival historique, la Société Quellonaise de "
                   "Manutention.")
    assert "Société Quellonaise de Manutention" in names
    # French writes the common noun in lower case: no name opens there
    assert not any(n.startswith("société") for n in _names(
        "Velmora a racheté la société quellonaise de manutention."))


def test_a_country_s_forces() -> None:
    names = _names("Velmora sells sonars to the Dutch Navy and the Italian Air Force.", "en")
    assert "Dutch Navy" in names and "Italian Air Force" in names
    # the head in lower case, or another head: the nationality stays an adjective
    names = _names("Velmora won a German navy contract and a German Railways order.", "en")
    assert not any(n.startswith("German") for n in names), names
