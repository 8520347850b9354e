"""Names on new text, eleventh round (session 19, issue 11). A bare surname after a firm named
family first ("Kelvaret Lichtwerk ... her father, Wilhelm Kelvaret ... Kelvaret buys") is the
firm, as after a firm named family last ("Transports Kelvaret", session 18); a verb of speech,
an honorific or an age after it keeps the person. French: a capitalised "Société" opens a name
before "des / du" and a capitalised noun, and "<Head> des / du <Noun>" goes on with "de <City or
region>" ("la Société des Eaux de Nantes"); plural title adjectives ("Hospices Civils de X").
English: "<Name> Institute for <Field> and <Field>" is one name; German: "Glas- und
Spiegelwerke" (a hanging compound part before "und") stays inside the name. French "<Head> de X
et du <Region>" is one name; "Val de Quellon Agriculture" (a word written only after "de", then
a trade word); a takeover project "rejeté" never came about. Invented sentences
and companies in no list, both languages; near misses stay out."""

from __future__ import annotations

from datetime import date

import pytest

from ontology.records import Article
from tests.test_extraction_families import found_and_absent
from tests.test_extraction_sentences import EXTRACTOR

_KELVARET = ("Kelvaret Lichtwerk, a family-owned maker of lamps, said on Monday it would buy "
             "Zelbar. Its chairman, Wilhelm Kelvaret, ran the company for 31 years. ")
_QUELLAN = ("Quellan Mobilier, une PME familiale, va racheter Zelbar. Son père, "
            "Henri Quellan, a dirigé l'entreprise pendant trente ans. ")

FOUND = [
    # a bare surname after a firm named family first, then a person of the family: the firm
    ("en", _KELVARET + "Kelvaret buys most of its chips from Quistor.",
     ("SUPPLIES", "Quistor", "Kelvaret Lichtwerk")),
    ("en", _KELVARET + "Kelvaret competes at home with Brenlac and Dolvane.",
     ("COMPETES_WITH", "Kelvaret Lichtwerk", "Brenlac")),
    ("en", _KELVARET + "Kelvaret sells its lamps to Brenlac.",
     ("SUPPLIES", "Kelvaret Lichtwerk", "Brenlac")),
    ("fr", _QUELLAN + "Quellan achète ses panneaux à Zorbex.",
     ("SUPPLIES", "Zorbex", "Quellan Mobilier")),
    ("fr", _QUELLAN + "Quellan affronte Brenlac sur le marché français.",
     ("COMPETES_WITH", "Quellan Mobilier", "Brenlac")),

    # French: a capitalised head the lexicon keeps as a common word ("Société"), "des / du"
    # and a noun, then a city or region of the lists; plural title adjectives
    ("fr", "Kandor fournit ses pompes à Zelbar et à la Société des Eaux de Quellac.",
     ("SUPPLIES", "Kandor", "Société des Eaux de Quellac")),
    ("fr", "Kandor fournit ses vannes à la Société des Eaux de Nantes depuis 2020.",
     ("SUPPLIES", "Kandor", "Société des Eaux de Nantes")),
    ("fr", "Kandor livre ses pompes à la Société du Port de Bretagne depuis 2020.",
     ("SUPPLIES", "Kandor", "Société du Port de Bretagne")),
    ("fr", "Kandor a monté un laboratoire commun avec l'École des Mines de Saint-Nazaire.",
     ("PARTNERS_WITH", "Kandor", "École des Mines de Saint-Nazaire")),
    ("fr", "Kandor fournit ses sondes aux Hospices Civils de Nantes depuis 2023.",
     ("SUPPLIES", "Kandor", "Hospices Civils de Nantes")),
    # English: a research body's fields after "<Name> Institute for", joined by "and"
    ("en", "Kandor is working with the Quellmark Institute for Metrology and "
     "Precision Engineering on testing its gauges.",
     ("PARTNERS_WITH", "Kandor", "Quellmark Institute for Metrology and Precision Engineering")),
    ("en", "Kandor will continue its research partnership with the Quellmark Research "
     "Institution for Coating and Casting Technologies QCT in Bremen.",
     ("PARTNERS_WITH", "Kandor",
      "Quellmark Research Institution for Coating and Casting Technologies QCT")),
    # German: a compound's part left hanging before "und" stays inside the name
    ("en", "Kandor will take over Velmora Glas- und Spiegelwerke GmbH, the "
     "mirror maker.", ("ACQUIRES", "Kandor", "Velmora Glas- und Spiegelwerke")),
    # French: a word written only after "<Name> de" ends the name even with a trade word after
    # it ("Val de Quellon Agriculture"); "Val" opens it though it is a given name
    ("fr", "La coopérative Val de Quellon Agriculture va racheter Zelbar. Val de Quellon "
     "affronte Brenlac.", ("ACQUIRES", "Val de Quellon Agriculture", "Zelbar")),
    ("fr", "La coopérative Vergers de Quellvale Agriculture va racheter Zelbar. Vergers de "
     "Quellvale affronte Brenlac.", ("ACQUIRES", "Vergers de Quellvale Agriculture", "Zelbar")),
    # French: "<Head> de X et de / du <Region or city>" is one name; two bodies stay two
    ("fr", "Kandor a racheté la Banque de Quellac et du Finistère pour 80 millions d'euros.",
     ("ACQUIRES", "Kandor", "Banque de Quellac et du Finistère")),
    ("fr", "Kandor a racheté la Caisse de Quellac et de Nantes pour 80 millions d'euros.",
     ("ACQUIRES", "Kandor", "Caisse de Quellac et de Nantes")),
    ("fr", "Kandor fournit ses logiciels à la Banque de Quellac et à la Caisse des Velmores.",
     ("SUPPLIES", "Kandor", "Banque de Quellac")),
    ("fr", "Kandor fournit ses logiciels à la Banque de Quellac et à la Caisse des Velmores.",
     ("SUPPLIES", "Kandor", "Caisse des Velmores")),
]

ABSENT = [
    ("fr", "La coopérative Val de Quellon Agriculture va racheter Zelbar. Val de Quellon "
     "affronte Brenlac.", ("ACQUIRES", "Quellon Agriculture", "Zelbar")),
    # the longer name puts the verb of ending further from the deal noun: a takeover project
    # "rejected" never came about (reach of the verb of ending 10 -> 14 words)
    ("fr", "Le projet d'absorption de Zelbar Céréales Union par Val de Quellon avait "
     "d'ailleurs été rejeté en assemblée générale. Val de Quellon affronte Kandor.",
     ("ACQUIRES", "Val de Quellon", "Zelbar Céréales Union")),
    ("fr", "Le projet d'absorption de Zelbar par Kandor a été rejeté par les délégués.",
     ("ACQUIRES", "Kandor", "Zelbar")),
    ("fr", "Kandor a racheté la Banque de Quellac et du Finistère pour 80 millions d'euros.",
     ("ACQUIRES", "Kandor", "Banque de Quellac")),
    ("fr", "Les actionnaires de la Banque de Quellac et de Zelbar ont approuvé le rachat de "
     "Quistor par Kandor.", ("ACQUIRES", "Kandor", "Banque de Quellac et de Zelbar")),
    # a person's name after the bound place stays out of the name
    ("fr", "Kandor a racheté Laiterie de Quellvale. Laiterie de Quellvale Jean Dupont a dit "
     "que Kandor fournirait Zelbar.", ("SUPPLIES", "Kandor", "Laiterie de Quellvale Jean")),
    ("en", "Kandor is working with the Quellmark Institute for Metrology and "
     "Precision Engineering on testing its gauges.",
     ("PARTNERS_WITH", "Kandor", "Quellmark Institute")),
    # near misses: a name after the fields stays a name of its own
    ("en", "Kandor and the Quellmark Institute for Optics and Zelbar signed a partnership.",
     ("PARTNERS_WITH", "Kandor", "Quellmark Institute for Optics and Zelbar")),
    ("en", "Kandor works with the Quellmark Institute for Optics, Zelbar and Quistor.",
     ("PARTNERS_WITH", "Kandor", "Quellmark Institute for Optics, Zelbar and Quistor")),
    ("fr", "Kandor fournit ses vannes à la Société des Eaux de Nantes depuis 2020.",
     ("SUPPLIES", "Kandor", "Société des Eaux")),
    ("fr", "Kandor fournit ses sondes aux Hospices Civils de Nantes depuis 2023.",
     ("SUPPLIES", "Kandor", "Hospices Civils")),
    # a lower-case "société" is the common noun: the family's name alone is the party
    ("fr", "Kandor a racheté la société des frères Quellan en 2020.",
     ("ACQUIRES", "Kandor", "société des frères Quellan")),
    ("en", _KELVARET + "Kelvaret buys most of its chips from Quistor.",
     ("SUPPLIES", "Quistor", "Wilhelm Kelvaret")),
    ("fr", _QUELLAN + "Quellan achète ses panneaux à Zorbex.",
     ("SUPPLIES", "Zorbex", "Henri Quellan")),
]

test_found, test_absent = found_and_absent(FOUND, ABSENT)


def _entity_of(lang: str, text: str, surface: str, nth: int = -1) -> str | None:
    doc, _ = EXTRACTOR.analyse(Article(text=text, language=lang, date=date(2025, 6, 2),
                                       publisher="Test Wire"))
    found = [m.entity for ms in doc.mentions for m in ms if m.text == surface]
    return found[nth] if found else None


@pytest.mark.parametrize(("lang", "text", "expected"), [
    # the person stays the person: speech, honorific, age
    ("en", _KELVARET + "Kelvaret said the deal would close in May.", "wilhelm-kelvaret"),
    ("en", _KELVARET + "“We are ready,” Kelvaret told reporters.", "wilhelm-kelvaret"),
    ("en", _KELVARET + "Mr Kelvaret still owns 40% of the shares.", "wilhelm-kelvaret"),
    ("en", _KELVARET + "Kelvaret, 74, still owns 40% of the shares.", "wilhelm-kelvaret"),
    ("fr", _QUELLAN + "Quellan a déclaré que l'opération serait bouclée en mai.",
     "henri-quellan"),
    # the firm
    ("en", _KELVARET + "Kelvaret buys most of its chips from Quistor.", "kelvaret-lichtwerk"),
    ("fr", _QUELLAN + "Quellan achète ses panneaux à Zorbex.", "quellan-mobilier"),
    # a person named before the firm that bears the name: a later firm is the latest
    # opening word already (session 14); a person with no firm of the name stays the person
    ("en", "Wilhelm Kelvaret founded Zelbar in 1990. Kelvaret buys chips from Quistor.",
     "wilhelm-kelvaret"),
])
def test_bare_surname(lang: str, text: str, expected: str) -> None:
    assert _entity_of(lang, text, _surname(text)) == expected


def _surname(text: str) -> str:
    for w in ("Kelvaret", "Quellan"):
        if w in text:
            return w
    return ""
