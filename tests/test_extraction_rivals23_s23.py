"""Session 23, rivals23 (COMPETES_WITH, PARTNERS_WITH, INVESTS_IN, ACQUIRES between named
parties): a win over rivals ("l'a emporté face à A et à B", "s'est imposé face à A", "beat out
A and B", "prevailed over A"); a sentence opening on the rivals its subject faces, with no
rival noun ("Face à A et à B, qui ..., X mise", "Up against A and B, X is"); a joint programme
or venture with the partner named between the verb and its object ("a noué avec Y un programme
de recherche", "prépare, avec Y, une coentreprise"); a service piloted together with a partner
("is piloting an offer together with Y"); a share of the capital opened to a newcomer ("a ouvert
15 % de son capital au fonds Y") and the newcomer named before the capital ("fait entrer Y à son
capital").
Invented names only; the near misses stay out."""

from __future__ import annotations

from tests.test_extraction_families import found_and_absent

_QV = ("COMPETES_WITH", "Zentrix", "Quistor")
_VV = ("COMPETES_WITH", "Zentrix", "Velmora")
_FR = "Le groupe Zentrix a gagné l'appel d'offres. "
_EN = "Zentrix won the tender. "
_FRM = "Le groupe Zentrix vend des panneaux. "
_ENM = "Zentrix sells billboards. "
_PQ = ("PARTNERS_WITH", "Zentrix", "Quistor")
_FRP = "La coopérative Zentrix vend des vins. "
_ENP = "Zentrix Fitness runs 300 gyms. "
_PFQ = ("PARTNERS_WITH", "Zentrix Fitness", "Quistor")
_IQ = ("INVESTS_IN", "Quistor", "Zentrix")
_FRI = "Le groupe Zentrix fabrique des ponts. "

FOUND = [
    # a win over rivals
    ("fr", _FR + "Zentrix l'a emporté face au prestataire sortant Quistor et à Velmora, qui "
     "défendaient tous deux des offres concurrentes.", _VV),
    ("fr", _FR + "Pour décrocher ce contrat, le groupe l'a emporté face à Quistor et aux "
     "Chantiers Velmora.", _QV),
    ("fr", _FR + "Zentrix s'est imposé face à Quistor.", _QV),
    ("en", _EN + "Zentrix beat out Quistor and Velmora for the contract.", _VV),
    ("en", _EN + "Zentrix prevailed over Quistor, the incumbent caterer, and Velmora.", _VV),
    # a sentence opening on the rivals, named with no rival noun
    ("fr", _FRM + "Face à Quistor et à Velmora, qui dominent le mobilier urbain, Zentrix s'est "
     "construit une niche sur les parkings.", _VV),
    ("fr", _FRM + "Face à Quistor et Velmora, Zentrix mise sur la proximité.", _QV),
    ("en", _ENM + "Up against Quistor and Velmora, which dominate city centres, Zentrix has "
     "built a niche in car parks.", _VV),
    # a joint programme or venture, the partner between the verb and its object
    ("fr", _FRP + "Zentrix a également noué avec l'institut Quistor un programme de recherche "
     "de quatre ans.", _PQ),
    ("fr", _FRP + "Zentrix a engagé avec Quistor un programme de sélection de variétés.", _PQ),
    ("fr", _FRP + "Zentrix prépare par ailleurs, avec le polonais Quistor, une coentreprise "
     "destinée aux appels d'offres.", _PQ),
    # a service piloted together with a partner
    ("en", _ENP + "The company is also piloting a physiotherapy offer together with health "
     "insurer Quistor in 20 studios.", _PFQ),
    ("en", _ENP + "Zentrix is trialling a recovery class jointly with Quistor.", _PFQ),
    # a share of the capital opened; the newcomer before the capital
    ("fr", _FRI + "Pour accompagner sa croissance, Zentrix a ouvert l'an dernier 15 % de son "
     "capital au fonds Quistor.", _IQ),
    ("fr", _FRI + "Zentrix a ouvert 15 % de son capital à Quistor.", _IQ),
    ("fr", _FRI + "Pour financer cette acquisition, Zentrix fait entrer Quistor à son capital à "
     "hauteur d'environ 20 %.", _IQ),
]

ABSENT = [
    # no win over a company: the competition in general, a third party's win
    ("fr", _FR + "Zentrix l'a emporté face à la concurrence, a indiqué Quistor.", _QV),
    ("en", _EN + "Zentrix beat out competition from abroad, its adviser Quistor said.", _QV),
    ("en", _EN + "Zentrix beat analysts' forecasts, Quistor said.", _QV),
    # an opening "Face à" / "Up against" before an offer, a demand or a counterpart; or not
    # opening the sentence
    ("fr", _FRM + "Face à l'offre de Quistor, Zentrix a relevé son prix.", _QV),
    ("fr", _FRM + "Face aux exigences de Quistor, Zentrix a baissé ses prix.", _QV),
    ("fr", _FRM + "Face à Quistor, son principal client, Zentrix a baissé ses prix.", _QV),
    ("fr", _FRM + "Face à Quistor, qui réclamait une remise, Zentrix a baissé ses prix.", _QV),
    ("en", _ENM + "Up against Quistor, which wanted lower prices, Zentrix gave in.", _QV),
    ("fr", _FRM + "Le siège de Zentrix se dresse juste en face de Quistor.", _QV),
    ("en", _ENM + "Up against the demands of Quistor, Zentrix has cut prices.", _QV),
    ("en", _ENM + "Up against a tough market, Zentrix has cut prices, its adviser Quistor "
     "said.", _QV),
    # the means, talks, or no joint programme
    ("fr", _FRP + "Zentrix a lancé avec le soutien de Quistor un programme de recherche.", _PQ),
    ("fr", _FRP + "Zentrix a engagé avec Quistor des discussions sur un projet commun.", _PQ),
    ("fr", _FRP + "Zentrix a lancé avec Quistor une nouvelle gamme de vins.", _PQ),
    ("en", _ENP + "Zentrix is piloting a physiotherapy offer with funding from Quistor.", _PFQ),
    ("en", _ENP + "Zentrix is testing the app, together with its adviser, Quistor said.",
     _PFQ),
    # another company's capital, another opening, a refusal
    ("fr", _FRI + "Zentrix a fait entrer Quistor au capital de sa filiale Velmora.", _IQ),
    ("fr", _FRI + "Zentrix a ouvert 15 % du capital de sa filiale à Quistor.", _IQ),
    ("fr", _FRI + "Zentrix a ouvert une usine au Mexique avec un capital de 3 millions, a "
     "indiqué Quistor.", _IQ),
    ("fr", _FRI + "Zentrix n'a pas ouvert 15 % de son capital à Quistor.", _IQ),
]

test_found, test_absent = found_and_absent(FOUND, ABSENT)
