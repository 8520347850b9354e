"""Session 19, EXECUTIVE_OF whose company is not beside the title: a relative clause on a
person giving a current title with no organisation of its own ("P, who became chief
executive in 2021", "P, qui en est toujours la présidente", "P, who replaced her as chief
financial officer") names a role at the company the passage is about; a passive management
verb after a title only a person has ("dirigée par le docteur P"); a few titles of
departments ("sales director", "clinical director"). Invented names only; near misses
(former titles, a second title "also", a title of another company named in the relative, a
founder after "par" / "by") stay as they were."""

from __future__ import annotations

from tests.test_extraction_families import found_and_absent

_EN = "Kerlune Optics makes lasers in Ohio. Kerlune Optics employs 80 people. "
_FR = ("La société Kerlune Optique fabrique des lasers à Lyon. Kerlune Optique emploie 80 "
       "personnes. ")
_DANA = ("EXECUTIVE_OF", "Dana Kelloway", "Kerlune Optics")
_CLAIRE = ("EXECUTIVE_OF", "Claire Dutreuil", "Kerlune Optique")

FOUND = [
    # a relative giving a current title, no organisation beside it
    ("en", _EN + "Dana Kelloway, who became chief executive in 2021, said the plant would "
     "open in May.", _DANA),
    ("en", _EN + '"We sell precision," said Dana Kelloway, who became managing director in '
     "2021.", _DANA),
    ("en", _EN + "Dana Kelloway, who has been chief executive since 2019, said the plant "
     "would open.", _DANA),
    ("en", _EN + "Dana Kelloway, who is now chief financial officer, told analysts the margin "
     "would improve.", _DANA),
    ("en", _EN + "Dana Kelloway, who replaced her as chief financial officer, said the teams "
     "would start work.", _DANA),
    ("fr", _FR + "Claire Dutreuil, qui en est toujours la présidente, vise 30 millions "
     "d'euros de chiffre d'affaires.", _CLAIRE),
    ("fr", _FR + "Claire Dutreuil, qui en reste la directrice générale, a précisé que l'usine "
     "ouvrirait en mai.", _CLAIRE),
    ("fr", _FR + "Claire Dutreuil, qui est devenue directrice générale en 2021, a précisé que "
     "l'usine ouvrirait en mai.", _CLAIRE),
    # a title set off after a passive management verb, a title only a person has
    ("fr", _FR + "Kerlune Optique est dirigée par la docteure Claire Dutreuil.", _CLAIRE),
    ("fr", _FR + "Kerlune Optique reste dirigée par le docteur Claire Dutreuil, présidente du "
     "directoire.", _CLAIRE),
    # department titles
    ("en", _EN + "Sales director Dana Kelloway said deliveries would start in May.",
     _DANA),
    ("en", _EN + "For Kerlune Optics, the order is its largest since 2019, according to sales "
     "director Dana Kelloway.", _DANA),
    ("en", _EN + "Clinical director Dana Kelloway said the lasers were tested in a dozen "
     "clinics.", _DANA),
    # a title of another company named in the relative
    ("en", _EN + "Dana Kelloway, who became chief executive of Velmora Robotics in 2021, "
     "said the teams would start work.", ("EXECUTIVE_OF", "Dana Kelloway", "Velmora Robotics")),
    ("fr", _FR + "Claire Dutreuil, qui est devenue directrice générale de Velmora Robotique en "
     "2021, vise 30 millions d'euros.", ("EXECUTIVE_OF", "Claire Dutreuil", "Velmora Robotique")),
    ("en", _EN + "Dana Kelloway, medical director of Velmora Health, said the lasers worked.",
     ("EXECUTIVE_OF", "Dana Kelloway", "Velmora Health")),
]

ABSENT = [
    # former titles
    ("en", _EN + "Dana Kelloway, who was chief executive until 2022, said the teams would "
     "start work.", _DANA),
    ("en", _EN + "Dana Kelloway, who had been chief executive, said the teams would start "
     "work.", _DANA),
    ("en", _EN + "Dana Kelloway, who stepped down as chief executive in 2019, will leave the "
     "board.", _DANA),
    ("fr", _FR + "Claire Dutreuil, qui en était la présidente jusqu'en 2016, vise 30 millions "
     "d'euros.", _CLAIRE),
    # a title of another company named in the relative is not the passage's company's
    ("en", _EN + "Dana Kelloway, who became chief executive of Velmora Robotics in 2021, "
     "said the teams would start work.", _DANA),
    ("fr", _FR + "Claire Dutreuil, qui est devenue directrice générale de Velmora Robotique en "
     "2021, vise 30 millions d'euros.", _CLAIRE),
    ("en", _EN + "Dana Kelloway, medical director of Velmora Health, said the lasers worked.",
     _DANA),
]

test_found, test_absent = found_and_absent(FOUND, ABSENT)
