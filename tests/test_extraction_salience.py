"""Issue 11, session 12: reference salience and agent lists.

"la maison", "la marque", "la griffe" (fashion, luxury, spirits) and "the brand" are company
descriptions like "la société": they resolve to the company the article is about. Every
company here is made up and in no list; the sentences are written from the phenomenon, not
copied from an evaluation article.
"""

from __future__ import annotations

import pytest

from tests.test_extraction_descriptions import referents
from tests.test_extraction_mentions_cues import check_absent, check_found

_HOUSE_FR = ("Quervel, le maroquinier parisien fondé en 1987, a annoncé l'entrée à son capital "
             "du fonds Brastel Capital. {d} a également noué un partenariat avec la start-up "
             "lyonnaise Fivrel.")
_HOUSE_EN = ("Quervel, the Paris leather goods maker founded in 1987, was bought by the fund "
             "Brastel Capital last year. {d} has also signed a partnership with the Lyon "
             "start-up Fivrel.")


@pytest.mark.parametrize(("lang", "text", "description"), [
    ("fr", _HOUSE_FR.format(d="La maison"), "La maison"),
    ("fr", _HOUSE_FR.format(d="La marque"), "La marque"),
    ("fr", _HOUSE_FR.format(d="La griffe"), "La griffe"),
    ("en", _HOUSE_EN.format(d="The brand"), "The brand"),
])
def test_house_and_brand_are_company_descriptions(lang: str, text: str,
                                                  description: str) -> None:
    assert referents(text, lang, description) == ["Quervel"]
    check_found(lang, text, ("PARTNERS_WITH", "Quervel", "Fivrel"))


@pytest.mark.parametrize(("lang", "text"), [
    ("fr", "Le cognac Vardel est élaboré depuis 1820. « Nous restons indépendants », a déclaré "
           "Irène Pautrel, présidente de la maison."),
    ("en", "Vardel has made cognac since 1820. \"We remain independent,\" said Irene Pautrel, "
           "president of the brand."),
])
def test_role_of_the_house(lang: str, text: str) -> None:
    check_found(lang, text, ("EXECUTIVE_OF", "Irène Pautrel" if lang == "fr"
                             else "Irene Pautrel", "Vardel"))


_LEAD_FR = ("Quervel ouvre son capital au japonais Brastel\n\n"
            "Quervel, le fabricant nantais de capteurs, a annoncé jeudi l'entrée du japonais "
            "Brastel à son capital à hauteur de 25 %. Les capteurs seront distribués au Japon "
            "par le réseau de Brastel. L'opération doit être finalisée avant la fin de "
            "l'année. La société a également noué un partenariat avec Fivrel.")
_LEAD_EN = ("Quervel opens its capital to Japan's Brastel\n\n"
            "Quervel, the Nantes sensor maker, said on Thursday that Japan's Brastel would take "
            "25% of its capital. The sensors will be sold in Japan through the network of "
            "Brastel. The deal is due to close before the end of the year. The company has also "
            "signed a partnership with Fivrel.")


_HOUSE_OF_FR = ("La maison de cognac Vardel, basée à Jarnac, a annoncé l'entrée du japonais "
                "Brastel à son capital. « Brastel partage notre vision du temps long », a "
                "souligné Irène Pautrel, présidente de la maison. Pour ses bouteilles, la maison "
                "se fournit auprès du verrier Quorvane.")


def test_head_before_a_noun_complement_names_the_company() -> None:
    """"la maison de cognac X", "le fabricant de capteurs X": the head before "de" and one
    noun calls X so, and a later "la maison" goes to X, not to a company of its sentence."""
    assert referents(_HOUSE_OF_FR, "fr", "la maison") == ["Vardel", "Vardel"]
    check_found("fr", _HOUSE_OF_FR, ("EXECUTIVE_OF", "Irène Pautrel", "Vardel"))


_GRIFFE_FR = ("La griffe parisienne Quervel, connue pour ses trenchs, a annoncé l'entrée à son "
              "capital du fonds Lindemar, qui prend 30 %. Le solde du capital reste entre les "
              "mains de la famille fondatrice. La société se mesure à Torvel et à Sandrix. Selon "
              "un quotidien, le groupe Brastel aurait lui aussi étudié un investissement, une "
              "information que Quervel a démentie. Pour sa production, la marque s'appuie sur le "
              "façonnier italien Torvane.")
_GRIFFE_EN = ("The Paris fashion house Quervel, known for its trench coats, said the fund Lindemar "
              "had taken 30% of its capital. The rest of the capital stays with the founding "
              "family. The company competes with Torvel and Sandrix. According to a newspaper, "
              "the group Brastel had also studied an investment, a report that Quervel denied. "
              "For its production, the brand relies on the Italian tannery Torvane.")


@pytest.mark.parametrize(("lang", "text", "description"), [
    ("fr", _LEAD_FR, "La société"),
    ("en", _LEAD_EN, "The company"),
    ("fr", _GRIFFE_FR, "la marque"),
    ("en", _GRIFFE_EN, "the brand"),
])
def test_topic_and_house_words(lang: str, text: str, description: str) -> None:
    """The company the title and the lead are about is the article's topic, even when
    another is named as often inside complements ("l'entrée de B à son capital"); "la marque"
    goes to the company the article called "la griffe", not to the subject of the sentence
    before."""
    assert referents(text, lang, description) == ["Quervel"]


@pytest.mark.parametrize(("lang", "text", "control"), [
    ("fr", "Soleval affronte des acteurs comme Quorvane, passé sous le contrôle du canadien "
           "Brastel, et Lindemar.", "ACQUIRES"),
    ("fr", "Soleval affronte Quorvane, passée sous le contrôle du canadien Brastel, et "
           "Lindemar.", "ACQUIRES"),
    ("en", "Soleval competes with players such as Quorvane, controlled by Canada's Brastel, "
           "and Lindemar.", "ACQUIRES"),
])
def test_participle_inside_a_list_is_its_members(lang: str, text: str, control: str) -> None:
    """"A, passé sous le contrôle de Y, et B": the participle says what A is; the subject
    keeps its rivals, and Y controls A, not the subject."""
    check_found(lang, text, (control, "Brastel", "Quorvane"))
    check_found(lang, text, ("COMPETES_WITH", "Soleval", "Lindemar"))
    check_absent(lang, text, (control, "Brastel", "Soleval"))


@pytest.mark.parametrize("text", [
    "Soleval affronte sur les appels d'offres français des acteurs comme Quorvane et Lindemar.",
    "Soleval affronte sur les appels d'offres français des acteurs comme Quorvane, passé sous "
    "le contrôle du canadien Brastel, et Lindemar.",
])
def test_list_opener_takes_none_of_the_window(text: str) -> None:
    """"affronte <complement> des acteurs comme A et B": the words that introduce the list
    do not push its members out of the rivalry verb's reach."""
    check_found("fr", text, ("COMPETES_WITH", "Soleval", "Quorvane"))
    check_found("fr", text, ("COMPETES_WITH", "Soleval", "Lindemar"))
