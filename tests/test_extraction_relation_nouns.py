"""Session 14: relation nouns with a possessor and a list of members, every type, both
languages (a grammar pass, not new cue words). Invented sentences, names in no list.

A relation noun (rivals / concurrents, customers / clients, suppliers / fournisseurs,
partners / partenaires, shareholders / investors / backers / actionnaires / investisseurs,
owner / parent / propriétaire / maison mère) ties its possessor to each member of the list it
governs, whatever the arrangement: an apposition after the noun ("X's rivals, A and B,"),
the list right after it ("X's rivals A and B"), the list before it ("A and B, two of X's
rivals,"), "among" ("among X's customers are A and B", "X counts A and B among its
customers", "parmi les clients de X figurent A et B"), "such as" after the clause subject
("X faces larger rivals such as A and B"), a relative ("X, whose customers include A and B",
"X, dont les clients incluent A et B"), a possessive resolved by the subject or the topic
("its largest customer, A,", "son premier client, A,"), and the owner ("the parent of X, A,",
"la maison mère de X, A"). Direction as in the eval README: customers are SUPPLIES from the
possessor to the member, shareholders INVESTS_IN from the member to the possessor.

Kept out: a former member ("A, a former customer of X", "ancien client"), prospective
customers, the members with one another (A and B are not rivals of each other), a
possessive noun with no list ("ses clients sont satisfaits de Y"), members that are products
or places.
"""

from __future__ import annotations

from tests.test_extraction_families import found_and_absent

FOUND = [
    # rivals: apposition, list right after, list before, "among", "such as"
    ("en", "Velmora Systems' rivals, Quistor Labs and Kandor Networks, cut prices in May.",
     ("COMPETES_WITH", "Velmora Systems", "Quistor Labs")),
    ("en", "Velmora Systems' rivals, Quistor Labs and Kandor Networks, cut prices in May.",
     ("COMPETES_WITH", "Velmora Systems", "Kandor Networks")),
    ("en", "Velmora Systems' main rivals Quistor Labs and Kandor Networks cut prices in May.",
     ("COMPETES_WITH", "Velmora Systems", "Kandor Networks")),
    ("en", "Quistor Labs and Kandor Networks, two of Velmora Systems' rivals, cut prices in May.",
     ("COMPETES_WITH", "Velmora Systems", "Quistor Labs")),
    ("en", "Quistor Labs and Kandor Networks, two of Velmora Systems' rivals, cut prices in May.",
     ("COMPETES_WITH", "Velmora Systems", "Kandor Networks")),
    ("en", "Velmora Systems faces larger rivals such as Quistor Labs and Kandor Networks.",
     ("COMPETES_WITH", "Velmora Systems", "Kandor Networks")),
    ("en", "Among Velmora Systems' competitors are Quistor Labs and Kandor Networks.",
     ("COMPETES_WITH", "Velmora Systems", "Kandor Networks")),
    ("fr", "Les concurrents de Velmora, Quistor et Kandor, ont baissé leurs prix en mai.",
     ("COMPETES_WITH", "Velmora", "Quistor")),
    ("fr", "Les concurrents de Velmora, Quistor et Kandor, ont baissé leurs prix en mai.",
     ("COMPETES_WITH", "Velmora", "Kandor")),
    ("fr", "Quistor et Kandor, deux concurrents de Velmora, ont baissé leurs prix en mai.",
     ("COMPETES_WITH", "Velmora", "Quistor")),
    ("fr", "Quistor et Kandor, deux concurrents de Velmora, ont baissé leurs prix en mai.",
     ("COMPETES_WITH", "Velmora", "Kandor")),
    ("fr", "Parmi les concurrents de Velmora figurent Quistor et Kandor.",
     ("COMPETES_WITH", "Velmora", "Kandor")),
    # customers: SUPPLIES possessor -> member
    ("en", "Among Velmora Systems' customers are Quistor Labs and Kandor Networks.",
     ("SUPPLIES", "Velmora Systems", "Quistor Labs")),
    ("en", "Among Velmora Systems' customers are Quistor Labs and Kandor Networks.",
     ("SUPPLIES", "Velmora Systems", "Kandor Networks")),
    ("en", "Velmora Systems counts Quistor Labs and Kandor Networks among its customers.",
     ("SUPPLIES", "Velmora Systems", "Kandor Networks")),
    ("en", "Velmora Systems, whose customers include Quistor Labs and Kandor Networks, makes "
     "sensors.", ("SUPPLIES", "Velmora Systems", "Kandor Networks")),
    ("en", "Velmora Systems makes sensors. Its largest customer, Quistor Labs, signed a new "
     "contract in May.", ("SUPPLIES", "Velmora Systems", "Quistor Labs")),
    ("en", "Quistor Labs and Kandor Networks, two of Velmora Systems' customers, signed in May.",
     ("SUPPLIES", "Velmora Systems", "Kandor Networks")),
    ("fr", "Velmora compte Quistor et Kandor parmi ses clients.",
     ("SUPPLIES", "Velmora", "Kandor")),
    ("fr", "Velmora compte parmi ses clients Quistor et Kandor.",
     ("SUPPLIES", "Velmora", "Kandor")),
    ("fr", "Velmora compte parmi ses clients le chimiste Quistor et le transporteur Kandor.",
     ("SUPPLIES", "Velmora", "Kandor")),
    ("fr", "Velmora, dont les clients incluent Quistor et Kandor, fabrique des capteurs.",
     ("SUPPLIES", "Velmora", "Kandor")),
    ("fr", "Velmora fabrique des capteurs. Son premier client, Quistor, a signé un nouveau "
     "contrat en mai.", ("SUPPLIES", "Velmora", "Quistor")),
    ("fr", "Parmi les clients de Velmora figurent Quistor et Kandor.",
     ("SUPPLIES", "Velmora", "Quistor")),
    # suppliers: SUPPLIES member -> possessor
    ("en", "Velmora Systems' suppliers, Quistor Labs and Kandor Networks, raised prices.",
     ("SUPPLIES", "Kandor Networks", "Velmora Systems")),
    ("fr", "Les fournisseurs de Velmora, Quistor et Kandor, ont relevé leurs prix.",
     ("SUPPLIES", "Kandor", "Velmora")),
    # partners
    ("en", "Velmora Systems' partners, Quistor Labs and Kandor Networks, will share the costs.",
     ("PARTNERS_WITH", "Velmora Systems", "Kandor Networks")),
    ("fr", "Les partenaires de Velmora, Quistor et Kandor, partageront les coûts.",
     ("PARTNERS_WITH", "Velmora", "Kandor")),
    # shareholders: INVESTS_IN member -> possessor
    ("en", "Quistor Labs, Kandor Networks and Zelbar Capital are among the shareholders of "
     "Velmora Systems.", ("INVESTS_IN", "Zelbar Capital", "Velmora Systems")),
    ("en", "Velmora Systems also counts Quistor Capital and Kandor Partners as minority "
     "shareholders.", ("INVESTS_IN", "Kandor Partners", "Velmora Systems")),
    ("en", "Velmora Systems' backers, Quistor Capital and Kandor Partners, joined the round.",
     ("INVESTS_IN", "Kandor Partners", "Velmora Systems")),
    ("fr", "Velmora a levé 20 millions d'euros. Ses actionnaires, Quistor et Kandor, ont suivi.",
     ("INVESTS_IN", "Kandor", "Velmora")),
    ("fr", "Velmora a levé 20 millions d'euros auprès de ses investisseurs historiques Quistor "
     "et Kandor.", ("INVESTS_IN", "Kandor", "Velmora")),
    # the possessive's member behind its country ("France's A")
    ("en", "Velmora Systems makes valves. Its largest customer, South Korea's Quistor, signed "
     "a deal.", ("SUPPLIES", "Velmora Systems", "Quistor")),
    ("en", "Velmora Systems' rivals, Germany's Quistor and Kandor Networks, cut prices.",
     ("COMPETES_WITH", "Velmora Systems", "Quistor")),
    # the list goes on after a relative clause on one member
    ("fr", "Velmora compte aussi parmi ses clients Quistor, qui lui a commandé des tubes en "
     "mars, ainsi que l'américain Kandor Energy dans le bassin permien.",
     ("SUPPLIES", "Velmora", "Kandor Energy")),
    ("en", "Velmora Systems' customers include Quistor Labs, which ordered ten units, and "
     "Kandor Networks.", ("SUPPLIES", "Velmora Systems", "Kandor Networks")),
    ("en", "Velmora Systems' rivals include Quistor Labs, which cut prices, and Kandor "
     "Networks.", ("COMPETES_WITH", "Velmora Systems", "Kandor Networks")),
    # an "including" opener after the comma
    ("fr", "Les clients de Velmora, dont Quistor et Kandor, ont signé.",
     ("SUPPLIES", "Velmora", "Kandor")),
    ("en", "Velmora Systems' rivals, including Quistor Labs and Kandor Networks, cut prices.",
     ("COMPETES_WITH", "Velmora Systems", "Kandor Networks")),
    # a complement between the noun and its possessor ("de contrôle", "de pièces")
    ("fr", "L'actionnaire de contrôle de Velmora, Quistor, va vendre des titres.",
     ("INVESTS_IN", "Quistor", "Velmora")),
    # the speaker's company owns "nos" / "our", also when the speaker is unnamed staff, and
    # a cleft names the members ("nos concurrents, ce sont A et B")
    ("fr", "« Nos vrais concurrents, ce sont Quistor et Kandor », reconnaît un cadre de "
     "Velmora.", ("COMPETES_WITH", "Velmora", "Kandor")),
    ("fr", "« Nos concurrents Quistor et Kandor ont relevé leurs tarifs », a expliqué un "
     "dirigeant de Velmora.", ("COMPETES_WITH", "Velmora", "Quistor")),
    ("en", "\"Our rivals Quistor Labs and Kandor Networks are bigger,\" admitted an executive "
     "at Velmora Systems.", ("COMPETES_WITH", "Velmora Systems", "Kandor Networks")),
    ("en", "\"We supply Quistor Labs,\" said a spokeswoman for Velmora Systems.",
     ("SUPPLIES", "Velmora Systems", "Quistor Labs")),
    ("fr", "Les vrais concurrents de Velmora, ce sont Quistor et Kandor.",
     ("COMPETES_WITH", "Velmora", "Kandor")),
    # "font partie des", "range from A to B", "among them", "a pour", "has A as"
    ("fr", "Quistor et Kandor font partie des clients de Velmora.",
     ("SUPPLIES", "Velmora", "Kandor")),
    ("fr", "Quistor fait partie des principaux actionnaires de Velmora.",
     ("INVESTS_IN", "Quistor", "Velmora")),
    ("en", "Velmora Systems' clients range from Quistor Labs to Kandor Networks.",
     ("SUPPLIES", "Velmora Systems", "Kandor Networks")),
    ("fr", "Les clients de Velmora vont de Quistor à Kandor.",
     ("SUPPLIES", "Velmora", "Quistor")),
    ("en", "Velmora Systems' customers, among them Quistor Labs and Kandor Networks, cut "
     "orders.", ("SUPPLIES", "Velmora Systems", "Kandor Networks")),
    ("fr", "Velmora a notamment pour clients Quistor et Kandor.",
     ("SUPPLIES", "Velmora", "Kandor")),
    ("fr", "Velmora a pour principaux concurrents Quistor et Kandor.",
     ("COMPETES_WITH", "Velmora", "Quistor")),
    ("en", "Velmora Systems has Quistor Capital and Kandor Partners as minority shareholders.",
     ("INVESTS_IN", "Kandor Partners", "Velmora Systems")),
    ("fr", "Velmora a Quistor et Kandor pour clients.", ("SUPPLIES", "Velmora", "Quistor")),
    # "another customer" with no possessor: one more of the article's topic company
    ("en", "Velmora Systems leases jets to airlines. Velmora Systems has grown fast. Quistor "
     "Air, another customer, took delivery of six jets in May.",
     ("SUPPLIES", "Velmora Systems", "Quistor Air")),
    ("fr", "Velmora loue des avions aux compagnies. Velmora a beaucoup grandi. Un autre client, "
     "Quistor, a pris livraison de six avions en mai.", ("SUPPLIES", "Velmora", "Quistor")),
    ("en", "Velmora Systems makes valves. Velmora Systems has grown fast. Another rival, "
     "Quistor Labs, cut prices.", ("COMPETES_WITH", "Velmora Systems", "Quistor Labs")),
    # a description as the possessor, resolved as descriptions are
    ("fr", "La jeune pousse Velmora a levé 20 millions d'euros. Les concurrents de la jeune "
     "pousse, Quistor et Kandor, ont aussi levé des fonds.",
     ("COMPETES_WITH", "Velmora", "Kandor")),
    ("fr", "Velmora a levé 20 millions d'euros. Parmi les clients du groupe figurent Quistor et "
     "Kandor.", ("SUPPLIES", "Velmora", "Quistor")),
    # "tels que" opens a relation noun's members as "comme" does
    ("fr", "Velmora vend ses pompes à des clients tels que Quistor et Kandor.",
     ("SUPPLIES", "Velmora", "Kandor")),
    ("fr", "Velmora s'est associé à des partenaires tels que Quistor et Kandor.",
     ("PARTNERS_WITH", "Velmora", "Quistor")),
    # owner / parent: INVESTS_IN owner -> possessor
    ("en", "The parent of Velmora Systems, Quistor Holdings, cut costs in May.",
     ("INVESTS_IN", "Quistor", "Velmora Systems")),
    ("fr", "La maison mère de Velmora, Quistor, a réduit ses coûts en mai.",
     ("INVESTS_IN", "Quistor", "Velmora")),
]

ABSENT = [
    # the members are not rivals (partners, customers...) of each other
    ("en", "Velmora Systems' rivals, Quistor Labs and Kandor Networks, cut prices in May.",
     ("COMPETES_WITH", "Quistor Labs", "Kandor Networks")),
    ("fr", "Les concurrents de Velmora, Quistor et Kandor, ont baissé leurs prix en mai.",
     ("COMPETES_WITH", "Quistor", "Kandor")),
    ("fr", "Quistor et Kandor, deux concurrents de Velmora, ont baissé leurs prix en mai.",
     ("COMPETES_WITH", "Quistor", "Kandor")),
    ("en", "Velmora Systems faces larger rivals such as Quistor Labs and Kandor Networks.",
     ("COMPETES_WITH", "Quistor Labs", "Kandor Networks")),
    ("en", "Velmora Systems' partners, Quistor Labs and Kandor Networks, will share the costs.",
     ("PARTNERS_WITH", "Quistor Labs", "Kandor Networks")),
    # a former or prospective member
    ("en", "Quistor Labs, a former customer of Velmora Systems, signed with Kandor Networks.",
     ("SUPPLIES", "Velmora Systems", "Quistor Labs")),
    ("fr", "Quistor, un ancien client de Velmora, a signé avec Kandor.",
     ("SUPPLIES", "Velmora", "Quistor")),
    ("en", "Velmora Systems is courting prospective customers such as Quistor Labs.",
     ("SUPPLIES", "Velmora Systems", "Quistor Labs")),
    ("en", "Velmora Systems has Quistor Labs and Kandor Networks as former customers.",
     ("SUPPLIES", "Velmora Systems", "Quistor Labs")),
    ("en", "Velmora Systems' clients range from Quistor Labs to Kandor Networks.",
     ("SUPPLIES", "Quistor Labs", "Kandor Networks")),
    ("en", "Velmora Systems makes valves. Velmora Systems has grown fast. Quistor Labs, "
     "another customer of Kandor Networks, cut prices.",
     ("SUPPLIES", "Velmora Systems", "Quistor Labs")),
    ("fr", "Velmora fabrique des pompes. Velmora a beaucoup grandi. Quistor, un ancien client, "
     "a signé avec Kandor.", ("SUPPLIES", "Velmora", "Quistor")),
    # a possessive noun with no list: the name after it is no member
    ("fr", "Velmora fabrique des capteurs. Ses clients sont satisfaits de Quistor.",
     ("SUPPLIES", "Velmora", "Quistor")),
    ("en", "Velmora Systems makes sensors. Its customers are happy with Quistor Labs.",
     ("SUPPLIES", "Velmora Systems", "Quistor Labs")),
    # the clause after the relative is no list member
    ("en", "Velmora Systems' customers include Quistor Labs, which ordered ten units, and "
     "Kandor Networks said it would buy more.", ("SUPPLIES", "Velmora Systems",
                                                  "Kandor Networks")),
    # a speaker who does not speak for the company (a customer, an analyst)
    ("fr", "« Nos concurrents Quistor et Kandor ont relevé leurs tarifs », a expliqué un client "
     "de Velmora.", ("COMPETES_WITH", "Velmora", "Quistor")),
    ("en", "\"Our rivals Quistor Labs and Kandor Networks are bigger,\" said an analyst at "
     "Velmora Systems.", ("COMPETES_WITH", "Velmora Systems", "Quistor Labs")),
    # a named speaker no role ties to a company is no company
    ("fr", "« Nos concurrents Quistor et Kandor ont relevé leurs tarifs », a fait valoir Anouk "
     "Varenne dans un entretien.", ("COMPETES_WITH", "Anouk Varenne", "Quistor")),
    # places and products as members
    ("en", "Velmora Systems counts customers in Brenlux and Ostravia among its largest.",
     ("SUPPLIES", "Velmora Systems", "Brenlux")),
    ("fr", "Parmi les clients de Velmora figurent des hôpitaux de Lyon et de Lille.",
     ("SUPPLIES", "Velmora", "Lyon")),
    ("en", "\"Eastern Europe is where our industrial customers are moving production,\" said "
     "Velmora Systems chief executive Jane Orlo.", ("SUPPLIES", "Velmora Systems",
                                                     "Eastern Europe")),
    ("fr", "« L'Europe centrale, c'est là que sont nos clients », a déclaré Anouk Varenne, "
     "présidente de Velmora.", ("SUPPLIES", "Velmora", "Europe centrale")),
]

test_found, test_absent = found_and_absent(FOUND, ABSENT)
