"""Session 19, precision: wrong edges on fresh text.

Products at the end of a French goods phrase ("la gamme de pompes doseuses Trivaxe", "sa machine
maison Morlix X4"), goods nouns of equipment ("valves", "analyser", "machines"), towns set off
by commas after "à" / "au" / "in" or after "via" before "où", sites another company runs ("au
silo de Belcourt exploité par Velmora"), the predecessor a successor took over from ("took over
from company founder P": a former role), the company an executive speaks for when the sentence
names a lender or a buyer before the title ("a term loan from Kelvane Bank, chief financial
officer P told analysts", "une possible vente au norvégien Kelvane, le directeur général
P"), a loan "led by" two banks (no company's head), a denial a few words further than the
auxiliary window ("le projet d'absorption de X par Y avait d'ailleurs été rejeté"), and the
object of a verb in a relative clause, which ends at the clause's closing comma when a
coordinator follows it ("Quistor, dont la solution équipe les magasins Kelvane, et plus
récemment au suédois Morlane"). Near misses keep the company: the owner after "de" ("la gamme
de pompes de Kelvane"), a maker before its goods ("le fabricant de pompes Kelvane"), "à
Quistor, où il avait dirigé", what is sold ("la vente de Quistor"), a company led by a person,
a relative clause's own detail after its comma (", including $50 million from Kelvane"). Every
company here is made up and in no list.
"""

from __future__ import annotations

from tests.test_extraction_families import found_and_absent

_RANGE_FR = ("Velmora Pompes fournit Kelvora depuis 2019. Parmi ses clients figurent Kelvora, qui "
             "équipe ses usines de la gamme de pompes doseuses Trivaxe, ainsi que Quistor.")
_IN_HOUSE_FR = ("Morlane Fabrication a deux grands clients. Le premier est Stelvane, qui utilise "
                "sa machine maison Morlix X4 pour produire des pièces.")
_ANALYSER_EN = ("The program relies on GrainSense, a pocket analyser made by Kelvane "
                "Instruments Inc., which has supplied 240 units to Velmora since June.")
_VALVES_EN = ("Stavrek, whose Orlon subsea valves are fitted at a platform run by "
              "Quistor, also supplies check valves to Velmora, and will keep its management "
              "team led by Chief Executive Mette Saldo.")
_LOAN_EN = ("Velmora Foods is buying Quistor for $900 million. The acquisition will be financed "
            "partly with a $200 million term loan from Kelvane Bank, Chief Financial Officer "
            "Gareth Olmo told analysts.")
_LOAN_LED_EN = ("Velmora Foods has lined up a loan led by Tarvik Sparkasse and Kelvane Bank, "
                "finance director Rhys Olmo said.")
_SALE_FR = ("Varnelle Lumière rachète Quistor. Questionné sur une possible vente au norvégien "
            "Kelvane, le directeur général délégué Olivier Thamis a répondu que rien ne "
            "presse.")
_RELATIVE_FR = ("Sur ce marché, Velmora se heurte à Tarvik, ainsi qu'à Quistor, dont la solution "
                "équipe notamment les magasins Kelvane, et plus récemment au suédois Morlane.")
_FOUNDER_EN = ("Quistor Pumps is run by Dana Orlin. Orlin, who took over in 2022 from company "
               "founder Leland Vask, has bought three rivals so far.")

FOUND = [
    # the company keeps its relations once the product is no party
    ("en", _ANALYSER_EN, ("SUPPLIES", "Kelvane Instruments", "Velmora")),
    ("en", _VALVES_EN, ("SUPPLIES", "Stavrek", "Velmora")),
    # the speaker's company, not the lender nor the buyer
    ("en", _LOAN_EN, ("EXECUTIVE_OF", "Gareth Olmo", "Velmora Foods")),
    ("en", _LOAN_LED_EN, ("EXECUTIVE_OF", "Rhys Olmo", "Velmora Foods")),
    ("fr", _SALE_FR, ("EXECUTIVE_OF", "Olivier Thamis", "Varnelle Lumière")),
    ("en", _FOUNDER_EN, ("EXECUTIVE_OF", "Dana Orlin", "Quistor Pumps")),
    # near misses
    ("fr", "Velmora achète la gamme de pompes de Kelvane.", ("ACQUIRES", "Velmora", "Kelvane")),
    ("en", "Velmora Foods, led by Rhys Olmo, has lined up a loan.",
     ("EXECUTIVE_OF", "Rhys Olmo", "Velmora Foods")),
    ("en", "Velmora Foods has lined up a loan to fund the purchase of Quistor, finance director "
           "Rhys Olmo said.", ("EXECUTIVE_OF", "Rhys Olmo", "Velmora Foods")),
    ("fr", "Surtout, Kelvane crée avec Quistor une coentreprise qui exploitera, au Quarvik, une "
           "unité de recyclage.", ("PARTNERS_WITH", "Kelvane", "Quistor")),
    ("fr", _RELATIVE_FR, ("SUPPLIES", "Quistor", "Kelvane")),
    ("fr", _RELATIVE_FR, ("COMPETES_WITH", "Velmora", "Quistor")),
    ("en", "Velmora spun out a new company, Quistor Spatial, which started life with $250 "
           "million in capital, including $50 million from Kelvane.",
     ("INVESTS_IN", "Kelvane", "Quistor Spatial")),
    ("fr", "Le projet d'absorption de Tarvik par Velmora a été approuvé en mars.",
     ("ACQUIRES", "Velmora", "Tarvik")),
]

ABSENT = [
    # products taken for companies
    ("fr", _RANGE_FR, ("SUPPLIES", "Trivaxe", "Kelvora")),
    ("fr", _IN_HOUSE_FR, ("SUPPLIES", "Morlix X4", "Stelvane")),
    ("en", _ANALYSER_EN, ("SUPPLIES", "Kelvane Instruments", "GrainSense")),
    ("en", _VALVES_EN, ("EXECUTIVE_OF", "Mette Saldo", "Orlon")),
    # towns and sites taken for companies
    ("fr", "Le nouvel ensemble exploitera la Clinique Belvane, à Quessac, dont la rénovation "
           "sera confiée au constructeur Quistor.", ("SUPPLIES", "Quistor", "Quessac")),
    ("fr", "Surtout, Kelvane crée avec Quistor une coentreprise qui exploitera, au Quarvik, une "
           "unité de recyclage.", ("PARTNERS_WITH", "Kelvane", "Quarvik")),
    ("fr", "La collecte du négociant Quistor part à l'export via Tarvenec, où il loue des "
           "capacités de stockage au silo de Belcourt exploité par Velmora.",
     ("SUPPLIES", "Belcourt", "Tarvenec")),
    ("fr", "La collecte du négociant Quistor part à l'export via Tarvenec, où il loue des "
           "capacités de stockage au silo de Belcourt exploité par Velmora.",
     ("SUPPLIES", "Belcourt", "Quistor")),
    # the predecessor's role is former
    ("en", _FOUNDER_EN, ("EXECUTIVE_OF", "Leland Vask", "Quistor Pumps")),
    # lenders and buyers are not the speaker's company; banks do not run the borrower
    ("en", _LOAN_EN, ("EXECUTIVE_OF", "Gareth Olmo", "Kelvane Bank")),
    ("en", _LOAN_LED_EN, ("EXECUTIVE_OF", "Tarvik Sparkasse", "Velmora Foods")),
    ("en", _LOAN_LED_EN, ("EXECUTIVE_OF", "Kelvane Bank", "Velmora Foods")),
    ("fr", _SALE_FR, ("EXECUTIVE_OF", "Olivier Thamis", "Kelvane")),
    # a rejection further on
    ("fr", "Le projet d'absorption de Tarvik Céréales par Velmora avait d'ailleurs été rejeté "
           "en assemblée générale extraordinaire par 61 % des délégués en mars.",
     ("ACQUIRES", "Velmora", "Tarvik Céréales")),
    ("en", "The takeover of Tarvik Grain by Velmora had eventually been blocked by regulators.",
     ("ACQUIRES", "Velmora", "Tarvik Grain")),
    # the main clause's list member is not the relative clause's object
    ("fr", _RELATIVE_FR, ("SUPPLIES", "Quistor", "Morlane")),
    ("fr", "Parmi ses clients figurent Kelvora, qui équipe depuis 2019 ses usines de la gamme de "
           "pompes doseuses Trivaxe, ainsi que la Société des Eaux de Quessac.",
     ("SUPPLIES", "Société des Eaux de Quessac", "Kelvora")),
]

test_found, test_absent = found_and_absent(FOUND, ABSENT)


def test_company_after_a_and_ou_is_kept() -> None:
    """"à Quistor, où il avait dirigé": a company as often as a town; it stays a name."""
    from loaders.extraction.pipeline import RuleExtractor
    from ontology.records import Article

    doc, _ = RuleExtractor(on_error="raise").analyse(Article(
        text="Il a vendu ses parts à Quistor, où il avait dirigé la filiale.", language="fr"))
    assert any(m.text == "Quistor" for ms in doc.mentions for m in ms)
