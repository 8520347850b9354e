"""Issue 11, session 12: descriptions and pronouns resolved to the right earlier entity.

A description ("la société", "the company", "la start-up") or a pronoun refers to an entity
named earlier; these tests pin the constraints and clues that choose it. Every company and
person here is made up and in no list; the sentences are written from the phenomenon, not
copied from an evaluation article.
"""

from __future__ import annotations

import pytest

from loaders.extraction.gazetteer import default_gazetteer
from loaders.extraction.lexicon import load_lexicon
from loaders.extraction.mentions import (
    article_heads,
    detect_mentions,
    lowercase_names,
    proper_words,
)
from loaders.extraction.pipeline import RuleExtractor
from loaders.extraction.sentences import split_sentences
from loaders.extraction.tokens import tokenize
from ontology.records import Article
from tests.test_extraction_mentions_cues import check_absent, check_found


def referents(text: str, lang: str, description: str) -> list[str]:
    """The entity each occurrence of a description or pronoun of `text` resolves to ("" for
    none), through the extractor's own stages (`RuleExtractor.analyse`)."""
    doc, registry = RuleExtractor().analyse(Article(text=text, language=lang))
    mentions = doc.mentions
    found = [m for ms in mentions for m in ms if m.text == description]
    assert found, [m.text for ms in mentions for m in ms]
    return [registry.get(m.resolved[0]).name if m.resolved else "" for m in found]


_SHIPPING = ("Le premier navire de la compagnie nantaise Velmora a été livré. Il a été construit "
             "par le chantier Quistor. Son financement a reposé sur Brelan Finance et sur le "
             "groupe Korvane, actionnaire de la première heure. Pour remplir ses cales, la "
             "compagnie s'appuie sur des chargeurs.")

_HOLDERS_FR = ("Korvane a signé un accord pour racheter les parts du fonds américain Brelan "
               "Capital et de Quistor Invest dans Velmora. Ces deux actionnaires, qui avaient "
               "recapitalisé Velmora à sa sortie de la faillite aux côtés de Zentrix et de "
               "Torvane, détiennent 40 % du capital.")
_HOLDERS_EN = ("Korvane agreed to buy the stakes of Brelan Capital and Quistor Invest in Velmora. "
               "The two investors, which recapitalised Velmora after its bankruptcy alongside "
               "Zentrix and Torvane, hold 40%.")

# Each entry: language, text, description, the entity each of its occurrences stands for.
REFERENTS = [
    # a description in a complement of its own clause is not that clause's subject: the
    # subject's apposition or relative clause says how it stands to the description
    ("fr", "La société Orvalis fabrique des capteurs. Orvalis emploie 40 personnes. Trelmor "
     "Industries, actionnaire depuis la création de la société en 2019, remet au pot.",
     "la société", ["Orvalis"]),
    ("en", "Velmora Robotics makes sensors for drones. Trelmor Capital, which raised its stake "
     "in the company to 30% last year, will sell its shares.", "the company",
     ["Velmora Robotics"]),
    ("fr", "Quistor Energie rachète une usine. L'opération sera financée par une augmentation "
     "de capital réservée à Brelan Partners, qui prendra 20 % du groupe.", "du groupe",
     ["Quistor Energie"]),
    # ... but a description after a speech verb is its subject, not a complement
    ("fr", "Zelbrix a levé 30 millions d'euros auprès de Korvane, a annoncé mercredi la "
     "start-up parisienne.", "la start-up", ["Zelbrix"]),
    # a name inside a fronted participle phrase is another party than the description that
    # closes the phrase as subject
    ("fr", "La start-up Velmora lève 20 millions d'euros auprès de Korvane. Fondée en 2016 par "
     "Maëlys Trebel, une ancienne ingénieure de Quistor qui en reste la présidente, la "
     "start-up emploie 85 personnes.", "la start-up", ["Velmora"]),
    ("en", "Velmora Robotics raised $50 million on Monday. Founded in 2020 by Quarnel "
     "Ventures, the company also supplies its sensors to Brelan Health.", "the company",
     ["Velmora Robotics"]),
    # ... and so is the subject opening the sentence when one clause's words lead to it
    ("fr", "Korvane va prendre le contrôle du Velbourg FC. Par l'intermédiaire de sa filiale "
     "Korvane Sports, la holding deviendra l'actionnaire majoritaire du club avec 52 % du "
     "capital.", "du club", ["Velbourg FC"]),
    # an abbreviation of a company noun in a name is that noun ("FC": a club), and a city in
    # an unknown company's name places it there ("le club lyonnais")
    ("fr", "Korvane va prendre le contrôle du Lyon Quistor FC, a annoncé Brelan. Le groupe "
     "Brelan investira aussi. Sur le terrain, le club lyonnais affronte ses rivaux.",
     "le club", ["Lyon Quistor FC"]),
    ("en", "Korvane Capital agreed to buy Velbourg FC from Brelan Holdings on Monday. The club "
     "said the deal would close in June.", "The club", ["Velbourg FC"]),
    ("en", "Quistor Holdings agreed to buy a stake in Velbourg FC. Brelan Capital will also "
     "invest, and the holding company said it would keep the club's coach.", "the club",
     ["Velbourg FC"]),
    # "la jeune société", "the young company" is a start-up: the company the article called
    # so, over a subject that goes on from the sentence before
    ("fr", "Korvane a pris 20 % de Velmora Bio, une start-up lyonnaise, a annoncé le groupe. "
     "Korvane investit via son fonds Brelan Ventures. La jeune société fournit déjà ses "
     "peptides au laboratoire Quistor.", "La jeune société", ["Velmora Bio"]),
    ("en", "Korvane took a 20% stake in Velmora Bio, a Lyon start-up, the group said. Korvane "
     "invests through its fund Brelan Ventures. The young company supplies its peptides to "
     "Quistor.", "The young company", ["Velmora Bio"]),
    # a name whose apposition holds the description is a part or a rival of its company
    ("fr", "Quistor Eau rachète Velmora Tech. Velmora Tech sera rattachée à Quistor Industrie, "
     "la division industrielle du groupe.", "du groupe", ["Quistor Eau"]),
    # a conjunction that may open a clause makes no complement ("after the company reported"),
    # and a relative clause ("whose") is another clause than its antecedent's
    ("en", "Korvane Media agreed to buy Velmora Ads. Korvane Media shares rose 2% after the "
     "company reported higher sales.", "the company", ["Korvane Media"]),
    ("en", "Quistor Retail took a stake in Velmora Robotics, a Texas start-up whose forklifts "
     "unload trucks at several of the retailer's warehouses.", "the retailer",
     ["Quistor Retail"]),
    # a generic noun the article put next to one company's name ("la compagnie nantaise X")
    # prefers it; a possessive in a fronted phrase with no name belongs to the subject after it
    ("fr", _SHIPPING, "la compagnie", ["Velmora"]),
    ("fr", _SHIPPING, "ses", ["Velmora"]),
    ("en", "Korvane signed a deal with Brelan. To fund its new plant, Velmora Steel sold a stake "
     "to Quistor Capital.", "its", ["Velmora Steel"]),
    ("fr", "Korvane a pris 20 % de Velmora. De son côté, Quistor a annoncé une coentreprise avec "
     "Brelan.", "son", ["Quistor"]),
    ("en", "Korvane bought 20% of Velmora. For its part, Quistor Labs agreed to buy Brelan.",
     "its", ["Quistor Labs"]),
    # a demonym no table has matches, by its stem, the city an apposition puts the company in,
    # however long the apposition ("un recycleur de plastiques basé à Tolvera")
    ("fr", "Le groupe Korvane a signé un accord pour racheter 80 % de Velmora Plast, un recycleur "
     "de plastiques basé à Tolvera qui traite des films agricoles. La famille conservera 20 % : "
     "Ana Brelan, fille du fondateur, reste directrice générale de l'entreprise tolverane.",
     "l'entreprise", ["Velmora Plast"]),
    # a plural of shareholders or investors is a plural description, and a possessive of one
    # owner ("sa", "its") is none of its members'
    ("fr", _HOLDERS_FR, "sa", ["Velmora"]),
    ("en", _HOLDERS_EN, "its", ["Velmora"]),
]


def test_a_description_in_a_names_apposition_is_not_that_name() -> None:
    """An apposition opened by a relational noun with no article ("X, shareholder of the
    company since 2019,") says how X stands to the company: the company is not X."""
    text = ("Korvane leads the round of Velmora Robotics. Trelmor Capital, shareholder of the "
            "company since 2019, also invests.")
    assert "Trelmor Capital" not in referents(text, "en", "the company")


def test_a_taught_noun_names_only_the_companies_called_so() -> None:
    """A description headed by a noun the article taught goes to no other company, however
    near or salient; a noun that names no one who does something ("l'opération X") teaches
    nothing."""
    text = ("Le cimentier Vicort rachète Quistor. Brelan Finance a pris 10 % de Velmora. "
            "Brelan Finance a indiqué que le cimentier paierait comptant.")
    assert referents(text, "fr", "le cimentier") == ["Vicort"]
    lex = load_lexicon("fr")
    text = "L'opération Quistor a été lancée par le rempailleur Velmora. Korvane l'a saluée."
    toks = [tokenize(x.text, x.start) for x in split_sentences(text)]
    caps, lower = proper_words(toks, lex), lowercase_names(toks, lex)
    mentions = [detect_mentions(i, ts, text, lex, default_gazetteer(), caps, lower)
                for i, ts in enumerate(toks)]
    assert article_heads(mentions, toks, lex) == (("rempailleur",),)


@pytest.mark.parametrize(("lang", "text", "description", "wanted"), REFERENTS)
def test_referent(lang: str, text: str, description: str, wanted: list[str]) -> None:
    assert referents(text, lang, description) == wanted


# Each entry: a relation that must be asserted (type, source name, target name).
FOUND = [
    ("en", "Velmora Robotics makes sensors for drones. Trelmor Capital, which raised its stake "
     "in the company to 30% last year, will sell its shares.",
     ("INVESTS_IN", "Trelmor Capital", "Velmora Robotics")),
    ("fr", "Korvane Capital rachète le Velbourg FC. Sur le terrain, le club est au coude-à-coude "
     "avec ses rivaux Quistor United et Brelan Athletic.",
     ("COMPETES_WITH", "Velbourg FC", "Quistor United")),
    # a company noun no list has, that the article puts before or after a company's name, is
    # a description of that company later on ("le cimentier Vicort" ... "le cimentier")
    ("fr", "Le cimentier Vicort rachète Quistor Béton pour 300 millions d'euros, a annoncé "
     "Brelan Finance. Pour alimenter ses fours, le cimentier s'approvisionne auprès de "
     "Velmora Énergie.", ("SUPPLIES", "Velmora Énergie", "Vicort")),
    ("fr", "Vicort, le torréfacteur bordelais, a racheté Quistor. Brelan Finance détient 10 % de "
     "Quistor. Le torréfacteur achète son café auprès de Velmora Trading.",
     ("SUPPLIES", "Velmora Trading", "Vicort")),
    ("en", "The toolmaker Velbrix agreed to buy Quistor on Monday, Brelan Capital said. The "
     "toolmaker also buys its steel from Korvane Metals.",
     ("SUPPLIES", "Korvane Metals", "Velbrix")),
    ("en", "Velbrix, the Ohio toolmaker, agreed to buy Quistor. Brelan Capital owns 10% of "
     "Quistor. The toolmaker buys its steel from Korvane Metals.",
     ("SUPPLIES", "Korvane Metals", "Velbrix")),
    # an adverb or a verb after an English description's noun is no lower-case name that
    # would take the description's place ("The Japanese steelmaker already has")
    ("en", "Velmora Steel agreed to buy Quistor. The Japanese steelmaker already has a U.S. "
     "foothold through a mill it owns jointly with Brelan.",
     ("PARTNERS_WITH", "Velmora Steel", "Brelan")),
    ("en", "Velmora Pharma agreed to license a drug from Quistor. The German group beat at least "
     "two rivals to the asset, including Brelan Therapeutics.",
     ("COMPETES_WITH", "Velmora Pharma", "Brelan Therapeutics")),
]

# Each entry: a relation that must not be asserted.
ABSENT = [
    ("fr", "Korvane Capital rachète le Velbourg FC. Sur le terrain, le club est au coude-à-coude "
     "avec ses rivaux Quistor United et Brelan Athletic.",
     ("COMPETES_WITH", "Korvane Capital", "Quistor United")),
    ("en", "Velmora Steel agreed to buy Quistor. The Japanese steelmaker already has a U.S. "
     "foothold through a mill it owns jointly with Brelan.", ("PARTNERS_WITH", "already",
                                                              "Brelan")),
]


@pytest.mark.parametrize(("lang", "text", "relation", "wanted"),
                         [(*c, True) for c in FOUND] + [(*c, False) for c in ABSENT])
def test_relation(lang: str, text: str, relation: tuple[str, str, str], wanted: bool) -> None:
    """A FOUND relation is asserted through the description; an ABSENT one is not."""
    (check_found if wanted else check_absent)(lang, text, relation)
