"""Session 15, precision on new text: wrong edges by general cause, in invented sentences
(both languages where the family exists in both).

Lending read as supply ("a loan from Y"), a role held before the successor took it ("took over
from co-founder P", "a succédé au fondateur P"), a stake held over a closed range of years, a
business area before a role read as a company ("Finance chief P"), an outlet merged with the
person who spoke to it ("a déclaré à l'AFP Marie Quessel"), products named by their goods
("une gamme baptisée X", "its X serum", "sold as the X"), a town after a company noun or with
its department in brackets, people and money of a company read as its goods ("X's executives
came from Y"), the noun "produits" read as a participle ("dont les produits sont distribués
par B"). Every company and person here is made up and in no list.
"""

from __future__ import annotations

from tests.test_extraction_families import found_and_absent

FOUND = [
    # the acquisition and a real supply stay next to a loan
    ("en", "Velmora Foods said on Monday it would buy Quistor Dairy. The cooperative is "
     "financing the rest of the purchase with a 40 million euro loan from Kandor Bank, it said.",
     ("ACQUIRES", "Velmora Foods", "Quistor Dairy")),
    ("en", "Quistor provided credit-scoring software to Velmora.",
     ("SUPPLIES", "Quistor", "Velmora")),
    ("en", "Kandor provides cloud facilities management to Velmora.",
     ("SUPPLIES", "Kandor", "Velmora")),
    ("fr", "Velmora achète ses capteurs auprès de Quistor.", ("SUPPLIES", "Quistor", "Velmora")),
    # the successor holds the role now
    ("en", "Velmora Robotics is run by Anna Pirel, who took over from co-founder Tom Quessel "
     "in 2021.", ("EXECUTIVE_OF", "Anna Pirel", "Velmora Robotics")),
    # a business area before a role: the person's company is the article's
    ("en", "Velmora agreed to buy Quistor. Finance chief Anna Pirel said the deal would be "
     "accretive.", ("EXECUTIVE_OF", "Anna Pirel", "Velmora")),
    ("en", "Operations chief Anna Pirel said Velmora would hire.",
     ("EXECUTIVE_OF", "Anna Pirel", "Velmora")),
    # the person who spoke to an outlet, and the outlet
    ("fr", "« Nous voulons croître », a déclaré à Reuters Étienne Pirel, président-directeur "
     "général de Velmora.", ("EXECUTIVE_OF", "Étienne Pirel", "Velmora")),
    ("fr", "« Nous gardons la marque », a assuré à l'AFP Marie-Laure Quessel, directrice "
     "générale de Velmora.", ("EXECUTIVE_OF", "Marie-Laure Quessel", "Velmora")),
    # the maker of a product stays its supplier
    ("en", "Velmora buys the retinol in its best-selling Night Brisa serum from Quistor.",
     ("SUPPLIES", "Quistor", "Velmora")),
    ("en", "Velmora counts Quistor among the biggest buyers of its Brelvit low-clinker cement.",
     ("SUPPLIES", "Velmora", "Quistor")),
    ("en", "Velmora's bikes, a model sold as the Tarvo Urbano, are assembled by Quistor.",
     ("SUPPLIES", "Quistor", "Velmora")),
    ("fr", "Velmora a racheté une société baptisée Quistor.", ("ACQUIRES", "Velmora", "Quistor")),
    ("en", "Velmora invested in a start-up called Quistor.",
     ("INVESTS_IN", "Velmora", "Quistor")),
    # a town is no customer; the company it describes still is
    ("en", "Its biggest customer remains Quistor, the packaging group from Harnfeld, which buys "
     "testliner from Velmora.", ("SUPPLIES", "Velmora", "Quistor")),
    ("fr", "Velmora a acquis Quistor, un fabricant d'engrais basé à Tarvenec (Morbihan), pour "
     "120 millions d'euros.", ("ACQUIRES", "Velmora", "Quistor")),
    # goods that come from a maker, and products made by one
    ("en", "Quistor's substrates come from Velmora.", ("SUPPLIES", "Velmora", "Quistor")),
    ("fr", "Velmora vend des moteurs produits par Quistor.", ("SUPPLIES", "Quistor", "Velmora")),
    ("fr", "Les moteurs de Velmora sont produits par Quistor.",
     ("SUPPLIES", "Quistor", "Velmora")),
    # a capitalised participle before an agent still ends a name
    ("fr", "Korvane Racheté par Quistor en 2020 a grandi.", ("ACQUIRES", "Quistor", "Korvane")),
]

ABSENT = [
    # lending is no supply
    ("en", "Velmora Foods said on Monday it would buy Quistor Dairy. The cooperative is "
     "financing the rest of the purchase with a 40 million euro loan from Kandor Bank, it said.",
     ("SUPPLIES", "Kandor Bank", "Velmora Foods")),
    ("en", "Kandor Capital provided a £95mn unitranche facility to Velmora Group, the Yorkshire "
     "vet chain.", ("SUPPLIES", "Kandor Capital", "Velmora Group")),
    ("en", "Kandor Capital provided a $50mn revolving credit facility to Velmora.",
     ("SUPPLIES", "Kandor Capital", "Velmora")),
    ("fr", "Velmora a annoncé le rachat de Quistor. Le groupe financera l'opération grâce à un "
     "prêt de 40 millions d'euros accordé par Kandor Banque.",
     ("SUPPLIES", "Kandor Banque", "Velmora")),
    # the predecessor's role is a former one
    ("en", "Velmora Robotics is run by Anna Pirel, who took over from co-founder Tom Quessel "
     "in 2021.", ("EXECUTIVE_OF", "Tom Quessel", "Velmora Robotics")),
    ("en", "Anna Pirel succeeded founder Tom Quessel as chief executive of Velmora in 2022.",
     ("EXECUTIVE_OF", "Tom Quessel", "Velmora")),
    ("en", "Pirel, who took over from long-serving boss Tom Quessel in 2024, has steered "
     "Velmora towards urban transport.", ("EXECUTIVE_OF", "Tom Quessel", "Velmora")),
    ("fr", "Velmora restera dirigée par Anna Pirel, sa directrice générale depuis 2023, qui "
     "avait succédé au fondateur Tom Quessel, aujourd'hui retiré des affaires.",
     ("EXECUTIVE_OF", "Tom Quessel", "Velmora")),
    # a stake held over a closed range of years
    ("en", "Private equity firm Kandor Partners, which held a minority stake in Velmora between "
     "2019 and 2024, sold out to the founder last year.",
     ("INVESTS_IN", "Kandor Partners", "Velmora")),
    ("en", "Kandor Partners held a stake in Velmora from 2018 to 2023.",
     ("INVESTS_IN", "Kandor Partners", "Velmora")),
    ("fr", "Le fonds Kandor, qui détenait 20 % de Velmora entre 2017 et 2022, a cédé sa "
     "participation.", ("INVESTS_IN", "Kandor", "Velmora")),
    # a business area is no company
    ("en", "Velmora agreed to buy Quistor. Finance chief Anna Pirel said the deal would be "
     "accretive.", ("EXECUTIVE_OF", "Anna Pirel", "Finance")),
    ("en", "Operations chief Anna Pirel said Velmora would hire.",
     ("EXECUTIVE_OF", "Anna Pirel", "Operations")),
    # an outlet and a speaker are two names
    ("fr", "« Nous voulons croître », a déclaré à Reuters Étienne Pirel, président-directeur "
     "général de Velmora.", ("EXECUTIVE_OF", "Reuters Étienne Pirel", "Velmora")),
    ("fr", "« Nous gardons la marque », a assuré à l'AFP Marie-Laure Quessel, directrice "
     "générale de Velmora.", ("EXECUTIVE_OF", "AFP Marie-Laure Quessel", "Velmora")),
    # products are no parties
    ("fr", "Velmora a conclu une alliance avec Quistor, et les deux groupes commercialisent une "
     "gamme commune baptisée Brisa Gold.", ("SUPPLIES", "Brisa Gold", "Quistor")),
    ("en", "Velmora counts Quistor among the biggest buyers of its Brelvit low-clinker cement.",
     ("SUPPLIES", "Brelvit", "Velmora")),
    ("en", "Velmora buys the retinol in its best-selling Night Brisa serum from Quistor.",
     ("SUPPLIES", "Velmora", "Night Brisa")),
    ("en", "Velmora's bikes, a model sold as the Tarvo Urbano, are assembled by Quistor.",
     ("SUPPLIES", "Velmora", "Tarvo Urbano")),
    ("fr", "Quistor utilise sa suite TK-Brisa pour le dédouanement.",
     ("SUPPLIES", "TK-Brisa", "Quistor")),
    # towns are no customers
    ("en", "Its biggest customer remains Quistor, the packaging group from Harnfeld, which buys "
     "testliner from Velmora.", ("SUPPLIES", "Velmora", "Harnfeld")),
    ("fr", "Velmora a acquis Quistor, un fabricant d'engrais basé à Tarvenec (Morbihan), pour "
     "120 millions d'euros.", ("SUPPLIES", "Quistor", "Tarvenec")),
    # a company's people, money or ideas are no goods
    ("en", "Quistor's executives came from Velmora.", ("SUPPLIES", "Velmora", "Quistor")),
    ("en", "Most of Quistor's engineers came from Velmora, the chipmaker.",
     ("SUPPLIES", "Velmora", "Quistor")),
    # the noun "produits" is no participle: the distributor supplies nothing to the maker
    ("fr", "Velmora a signé avec Quistor, dont les produits sont distribués par Brelvo.",
     ("SUPPLIES", "Brelvo", "Quistor")),
    ("fr", "Velmora a signé un accord avec Quistor, dont les produits sont distribués par Brelvo "
     "en Europe.", ("SUPPLIES", "Brelvo", "Quistor")),
]

ABSENT += [
    # a region's or a continent's adjective is no name
    ("fr", "Le laboratoire breton compte parmi ses principaux clients la coopérative Quistor.",
     ("SUPPLIES", "breton", "Quistor")),
    ("en", "Velmora's former finance chief said the brand had long needed a partner with Asian "
     "distribution.", ("PARTNERS_WITH", "Asian", "Velmora")),
    # a capitalised participle before "de" belongs to the name ("Banque Privée de ...")
    ("fr", "Velmora a noué un partenariat avec la Banque Privée de Saint-Brelac, qui le "
     "proposera à sa clientèle.", ("PARTNERS_WITH", "Banque", "Velmora")),
]

# a title with no organisation in its sentence: the article's main company, not the company
# the previous sentence led with (the acquired one, a supplier)
_BARE_TITLE_EN = ("Velmora Rail agreed on Monday to buy Quistor Bogies for 200 million euros. "
                  "Quistor, which builds wheelsets in Derby, already supplies Velmora for its "
                  "trams. Chief Executive Anna Pirel told reporters on a call that the deal "
                  "would lift margins from 2027.")
_BARE_TITLE_FR = ("Velmora a annoncé lundi le rachat de Quistor pour 200 millions d'euros. "
                  "Quistor fabrique des bogies à Derby et fournit déjà Velmora. Le directeur "
                  "financier Tom Quessel a précisé que l'opération serait financée sur fonds "
                  "propres.")
FOUND += [
    ("en", _BARE_TITLE_EN, ("EXECUTIVE_OF", "Anna Pirel", "Velmora Rail")),
    ("fr", _BARE_TITLE_FR, ("EXECUTIVE_OF", "Tom Quessel", "Velmora")),
]
ABSENT += [
    ("en", _BARE_TITLE_EN, ("EXECUTIVE_OF", "Anna Pirel", "Quistor Bogies")),
    ("fr", _BARE_TITLE_FR, ("EXECUTIVE_OF", "Tom Quessel", "Quistor")),
]

# a role heading a region's business area belongs to the company after "at"
FOUND += [
    ("en", "Velmora will build the plant, said Rebecca Quessel, head of North American projects "
     "at Carbon Brisk.", ("EXECUTIVE_OF", "Rebecca Quessel", "Carbon Brisk")),
    ("en", "Velmora will grow, said Rebecca Quessel, head of European operations at Quistor.",
     ("EXECUTIVE_OF", "Rebecca Quessel", "Quistor")),
]
ABSENT += [
    ("en", "Velmora will build the plant, said Rebecca Quessel, head of North American projects "
     "at Carbon Brisk.", ("EXECUTIVE_OF", "Rebecca Quessel", "Velmora")),
    ("en", "Velmora will grow, said Rebecca Quessel, head of Asian business development at "
     "Quistor.", ("EXECUTIVE_OF", "Rebecca Quessel", "Asian")),
]

# wrong direction: the rights to another's product are licensed from its owner
_RIGHTS_EN = ("Quistor Animal Health has agreed to license the rights outside the US to Velmora "
              "Bio's canine antibody.")
FOUND += [
    ("en", _RIGHTS_EN, ("SUPPLIES", "Velmora Bio", "Quistor Animal Health")),
    ("en", "Velmora licensed the rights to its antibody to Quistor's animal health unit.",
     ("SUPPLIES", "Velmora", "Quistor")),
    ("en", "Velmora sells chips to Quistor's factories.", ("SUPPLIES", "Velmora", "Quistor")),
]
ABSENT += [
    ("en", _RIGHTS_EN, ("SUPPLIES", "Quistor Animal Health", "Velmora Bio")),
]

# offers and stakes sold: no supply, and a stake sold is a former one
FOUND += [
    ("en", "Velmora makes brakes for Quistor.", ("SUPPLIES", "Velmora", "Quistor")),
    ("en", "Velmora's chips were sold to Quistor.", ("SUPPLIES", "Velmora", "Quistor")),
    ("en", "Velmora holds a 20% stake in Quistor.", ("INVESTS_IN", "Velmora", "Quistor")),
]
ABSENT += [
    ("en", "Velmora made an unsolicited offer for Quistor last month, which Quistor's board "
     "rejected.", ("SUPPLIES", "Velmora", "Quistor")),
    ("en", "Velmora's stake in Quistor was sold to Brelvo in 2021.",
     ("SUPPLIES", "Velmora", "Brelvo")),
    ("en", "Velmora's stake in Quistor was sold to Brelvo in 2021.",
     ("INVESTS_IN", "Velmora", "Quistor")),
    ("fr", "Velmora a cédé l'an dernier sa participation dans Quistor à Brelvo.",
     ("INVESTS_IN", "Velmora", "Quistor")),
]

# an offer to supply is no supply yet
FOUND += [
    ("en", "Velmora supplies turbines to Quistor, which offers to install them for free.",
     ("SUPPLIES", "Velmora", "Quistor")),
]
ABSENT += [
    ("en", "Velmora has offered to supply Quistor with turbines.",
     ("SUPPLIES", "Velmora", "Quistor")),
    ("fr", "Velmora a offert de fournir des turbines à Quistor.",
     ("SUPPLIES", "Velmora", "Quistor")),
]

test_found, test_absent = found_and_absent(FOUND, ABSENT)
