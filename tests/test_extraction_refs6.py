"""Issue 11, session 17: a description's nationality fits the company the article gave it
before a sector word.

"Spanish pump engineer Quistor Hidráulica", "le fabricant espagnol de pompes Quistor": the
nationality stands before the company noun and a sector word ("pump engineer", "fabricant ...
de pompes"), not right before the name, so it was not read as the company's. A later "the
Spanish group" / "le groupe espagnol" then went to the previous sentence's subject, a company
the article says nothing of. Kept out: "de" right before the name ("le groupe allemand de
Quistor": the nationality is another company's), and a nationality of another company in the
sentence. When one candidate alone fits a description's place or nationality, it comes first.

Two faults of the same descriptions: a nationality after a preposition ("the company more
squarely against Danish rival X") is the rival's, not the description's; a company named in the
description's own relative clause ("L'entreprise, qui livre déjà à X ...", "The company, which
sells to X, ...") is another party, never the description. Every company here is made up and
in no list.
"""

from __future__ import annotations

from tests.test_extraction_families import found_and_absent

_SPANISH_EN = ("Talvane Energy, the Oslo-listed utility group, has agreed to buy a 60% stake "
               "in Spanish pump engineer Quistor Hidraulica for $200 million. Velmora Holdings, "
               "the family vehicle that keeps the remaining 40%, backs the deal. The Spanish "
               "group buys most of its motors from Kandor Drives.")
_SPANISH_FR = ("Talvane Énergie va racheter 60 % du fabricant espagnol de pompes Quistor "
               "Hidraulica pour 200 millions d'euros. Velmora Holdings, la holding familiale "
               "qui garde 40 %, soutient l'opération. Le groupe espagnol achète l'essentiel de "
               "ses moteurs à Kandor Moteurs.")
_GERMAN_EN = ("Talvane Energy has agreed to buy German valve maker Quistor Armaturen. Velmora "
              "Holdings, the family vehicle that owns it, backs the sale. The German company "
              "competes with Kandor Valves.")
_GERMAN_FR = ("Talvane Énergie va racheter le fabricant allemand de robinets Quistor Armaturen. "
              "Velmora Holdings, la holding familiale qui la détient, soutient la vente. La "
              "société allemande est en concurrence avec Kandor Robinets.")
# a department's demonym ("iséroise") fits the company placed in one of its towns
_DEPT_FR = ("Quistor Robotique, le spécialiste grenoblois des robots mobiles, a signé un "
            "accord avec Kandor. Velmora Finance lui a avancé 8 millions d'euros. Talmex "
            "prendra en outre 7 % du capital de la start-up iséroise.")
_DEPT_OTHER_FR = ("Quistor Robotique, le spécialiste bordelais des robots mobiles, a signé un "
                  "accord avec Kandor. Velmora Robotique, basée à Grenoble, vise le même "
                  "marché. Talmex prendra en outre 7 % du capital de la start-up iséroise.")
# the nationality before a verb is its subject's, not the object's
_VERB_FR = ("Talvane, le groupe allemand de pompes, rachète la société Quistor Armaturen. "
            "Kandor Conseil a conseillé l'opération. Le groupe allemand est en concurrence "
            "avec Zelbar.")
_VERB_EN = ("Talvane, the German pump group, buys rival maker Quistor Armaturen. Kandor "
            "Advisory advised on the deal. The German group competes with Zelbar.")
# a nationality after a preposition is no longer the description's own
_AGAINST_EN = ("Talvane Robotics, a Denver maker of robot arms, agreed to buy Quistor "
               "Grippers. Quistor sells grippers to Kandor Robots, the Danish cobot maker. "
               "Talvane will fund the purchase with cash. The deal pits the company more "
               "squarely against Danish rival Kandor Robots.")
_AGAINST_FR = ("Talvane Robotique, fabricant de bras robotisés basé à Lyon, va racheter "
               "Quistor Pinces. Quistor vend des pinces à Kandor Robots, le fabricant danois "
               "de cobots. Talvane Robotique financera l'achat sur ses fonds propres. "
               "L'opération met la société en concurrence directe avec le danois Kandor "
               "Robots.")
# a company named inside the description's own relative clause is another party
_RELATIVE_FR = ("Talvane Spatial a racheté Quistor Pompes, une PME lyonnaise. L'entreprise, "
                "qui livre déjà à Talvane Spatial des turbopompes, affronte Kandor Moteurs.")
_RELATIVE_EN = ("Talvane Space has bought Quistor Pumps, a small Lyon firm. The company, which "
                "already sells turbopumps to Talvane Space, competes with Kandor Engines.")

FOUND = [
    ("en", _SPANISH_EN, ("SUPPLIES", "Kandor Drives", "Quistor Hidraulica")),
    ("fr", _SPANISH_FR, ("SUPPLIES", "Kandor Moteurs", "Quistor Hidraulica")),
    ("en", _GERMAN_EN, ("COMPETES_WITH", "Quistor Armaturen", "Kandor Valves")),
    ("fr", _GERMAN_FR, ("COMPETES_WITH", "Quistor Armaturen", "Kandor Robinets")),
    ("fr", _DEPT_FR, ("INVESTS_IN", "Talmex", "Quistor Robotique")),
    ("fr", _DEPT_OTHER_FR, ("INVESTS_IN", "Talmex", "Velmora Robotique")),
    ("fr", _VERB_FR, ("COMPETES_WITH", "Talvane", "Zelbar")),
    ("en", _VERB_EN, ("COMPETES_WITH", "Talvane", "Zelbar")),
    ("en", _AGAINST_EN, ("COMPETES_WITH", "Talvane Robotics", "Kandor Robots")),
    ("fr", _AGAINST_FR, ("COMPETES_WITH", "Talvane Robotique", "Kandor Robots")),
    ("fr", _RELATIVE_FR, ("COMPETES_WITH", "Quistor Pompes", "Kandor Moteurs")),
    ("en", _RELATIVE_EN, ("COMPETES_WITH", "Quistor Pumps", "Kandor Engines")),
]

ABSENT = [
    ("en", _SPANISH_EN, ("SUPPLIES", "Kandor Drives", "Velmora Holdings")),
    ("fr", _SPANISH_FR, ("SUPPLIES", "Kandor Moteurs", "Velmora Holdings")),
    ("en", _GERMAN_EN, ("COMPETES_WITH", "Velmora Holdings", "Kandor Valves")),
    ("fr", _GERMAN_FR, ("COMPETES_WITH", "Velmora Holdings", "Kandor Robinets")),
    ("fr", _DEPT_FR, ("INVESTS_IN", "Talmex", "Velmora Finance")),
    ("fr", _DEPT_OTHER_FR, ("INVESTS_IN", "Talmex", "Quistor Robotique")),
    ("fr", _VERB_FR, ("COMPETES_WITH", "Quistor Armaturen", "Zelbar")),
    ("en", _VERB_EN, ("COMPETES_WITH", "Quistor Armaturen", "Zelbar")),
    ("fr", _RELATIVE_FR, ("COMPETES_WITH", "Talvane Spatial", "Kandor Moteurs")),
    ("en", _RELATIVE_EN, ("COMPETES_WITH", "Talvane Space", "Kandor Engines")),
]

test_found, test_absent = found_and_absent(FOUND, ABSENT)


def _first_candidate(text: str, lang: str, description: str) -> str:
    from datetime import date

    from ontology.records import Article
    from tests.test_extraction_sentences import EXTRACTOR

    doc, reg = EXTRACTOR.analyse(Article(text=text, language=lang, date=date(2025, 6, 2),
                                         publisher="Test Wire"))
    for ms in doc.mentions:
        for m in ms:
            if m.text == description and m.candidates:
                return reg.get(m.candidates[0]).name
    return ""


def test_nationality_after_a_preposition_is_not_the_descriptions() -> None:
    assert _first_candidate(_AGAINST_EN, "en", "the company") == "Talvane Robotics"
    assert _first_candidate(_AGAINST_FR, "fr", "la société") == "Talvane Robotique"
