"""Issue 11, session 19 (deals): the parties of a takeover in the shapes that went wrong on
read text: a buyer named with its country's possessive inside an object relative clause, a
company sold in a relative clause ("Y, which X sold to Z"), a pronoun buyer in an object
relative ("Y, which it bought", "Y, qu'il a racheté"), and the deal's roles standing for
its parties in a later sentence (the seller a buying verb names with "from" / "à", the buyer
and target of a passive, the parent company: the buyer). Every company here is made up and
in no list.
"""

from __future__ import annotations

from tests.test_extraction_families import found_and_absent

FOUND = [
    # an object relative whose subject is a name after its country's possessive
    ("en", "Quistor competes with Zorvane, which Japan's Velmora bought in 2024.",
     ("ACQUIRES", "Velmora", "Zorvane")),
    ("en", "Quistor battles Drelbin Wire, which Saudi Arabia's Kandor Holdings acquired last "
     "year, in a market reshaped by consolidation.",
     ("ACQUIRES", "Kandor", "Drelbin Wire")),
    ("en", "Its rival Zorvane, which Italy's Velmora took over in 2021, makes cables.",
     ("ACQUIRES", "Velmora", "Zorvane")),
    # a company sold in a relative clause: the one it is sold to buys it
    ("en", "Quistor competes with Zorvane, which Kandor sold to Velmora in April.",
     ("ACQUIRES", "Velmora", "Zorvane")),
    ("en", "Quistor has been squeezed by larger rivals Zorvane, which Kandor sold to "
     "Denmark's Velmora in April, and Tarlune.", ("ACQUIRES", "Velmora", "Zorvane")),
    ("fr", "Quistor affronte Zorvane, que Kandor a cédé à Velmora en avril.",
     ("ACQUIRES", "Velmora", "Zorvane")),
    ("fr", "Quistor affronte Zorvane, que Kandor a vendu au groupe Velmora en 2020.",
     ("ACQUIRES", "Velmora", "Zorvane")),
    # the company sold with an apposition before the buyer's "to" / "à"
    ("en", "Kandor agreed to sell Zorvane, its cable unit, to Velmora.",
     ("ACQUIRES", "Velmora", "Zorvane")),
    ("en", "Kandor sold Zorvane, a Lisbon-based maker of pumps, to Velmora for $300 million.",
     ("ACQUIRES", "Velmora", "Zorvane")),
    ("fr", "Kandor a cédé Zorvane, sa filiale de câbles, à Velmora.",
     ("ACQUIRES", "Velmora", "Zorvane")),
    ("fr", "Kandor a vendu Zorvane, un fabricant de pompes installé à Nantes, au groupe Velmora.",
     ("ACQUIRES", "Velmora", "Zorvane")),
    # a pronoun buyer in an object relative ("which it bought", "qu'il a racheté")
    ("en", "Velmora runs Zorvane, which it bought in 2012, as a separate brand.",
     ("ACQUIRES", "Velmora", "Zorvane")),
    ("en", "Velmora said Zorvane, which it acquired last year, would close a plant.",
     ("ACQUIRES", "Velmora", "Zorvane")),
    ("fr", "Velmora exploite Zorvane, qu'il a racheté en 2012, comme une marque à part.",
     ("ACQUIRES", "Velmora", "Zorvane")),
    ("fr", "Le fonds Velmora vise Quistor, après Zorvane et Tarlune, qu'il avait rachetés en "
     "2012 et 2016.", ("ACQUIRES", "Velmora", "Tarlune")),
    # the seller a buying verb names ("from", "à", "auprès de"): "the seller" is that one
    ("en", "Velmora bought Zorvane from Kandor in 2022. The seller also owns 30% of Quistor.",
     ("INVESTS_IN", "Kandor", "Quistor")),
    ("fr", "Velmora a racheté Zorvane à Kandor en 2022. Le vendeur détient aussi 30 % de "
     "Quistor.", ("INVESTS_IN", "Kandor", "Quistor")),
    ("fr", "Velmora a acquis Zorvane auprès de Kandor en 2022. Le vendeur détient aussi 30 % "
     "de Quistor.", ("INVESTS_IN", "Kandor", "Quistor")),
    # a passive deal: the agent is the buyer, the subject the target
    ("en", "Zorvane was bought by Velmora in 2022. The buyer also owns 30% of Quistor.",
     ("INVESTS_IN", "Velmora", "Quistor")),
    ("fr", "Zorvane a été racheté par Velmora en 2022. L'acheteur détient aussi 30 % de "
     "Quistor.", ("INVESTS_IN", "Velmora", "Quistor")),
    ("en", "Zorvane was acquired by Velmora in March. The target supplies Quistor.",
     ("SUPPLIES", "Zorvane", "Quistor")),
    ("fr", "Zorvane a été repris par Velmora en mars. La cible fournit Quistor.",
     ("SUPPLIES", "Zorvane", "Quistor")),
    # a parent company after a deal is its buyer, also after a passive
    ("en", "Zorvane was bought by Velmora in 2022. The parent company also owns 30% of "
     "Quistor.", ("INVESTS_IN", "Velmora", "Quistor")),
    ("fr", "Zorvane a été racheté par Velmora en 2022. La maison mère détient aussi 30 % de "
     "Quistor.", ("INVESTS_IN", "Velmora", "Quistor")),
]

ABSENT = [
    # the country is no party, nor the company sold a buyer
    ("en", "Quistor competes with Zorvane, which Japan's Velmora bought in 2024.",
     ("ACQUIRES", "Quistor", "Zorvane")),
    ("en", "Quistor competes with Zorvane, which Kandor sold to Velmora in April.",
     ("ACQUIRES", "Kandor", "Zorvane")),
    ("fr", "Quistor affronte Zorvane, que Kandor a cédé à Velmora en avril.",
     ("ACQUIRES", "Kandor", "Zorvane")),
    # talks, offers and rumours stay out
    ("en", "Quistor competes with Zorvane, which Japan's Velmora has offered to buy.",
     ("ACQUIRES", "Velmora", "Zorvane")),
    ("en", "Quistor competes with Zorvane, which Kandor is in talks to sell to Velmora.",
     ("ACQUIRES", "Velmora", "Zorvane")),
    ("fr", "Quistor affronte Zorvane, que Kandor envisagerait de céder à Velmora.",
     ("ACQUIRES", "Velmora", "Zorvane")),
    ("en", "Velmora runs Zorvane, which it has offered to buy, as a partner.",
     ("ACQUIRES", "Velmora", "Zorvane")),
    ("en", "Velmora courts Zorvane, which it failed to buy in 2019.",
     ("ACQUIRES", "Velmora", "Zorvane")),
    ("en", "Velmora courts Zorvane, which it did not buy in 2019.",
     ("ACQUIRES", "Velmora", "Zorvane")),
    ("fr", "Velmora courtise Zorvane, qu'il envisagerait de racheter.",
     ("ACQUIRES", "Velmora", "Zorvane")),
    ("fr", "Velmora courtise Zorvane, qu'il n'a pas réussi à racheter en 2019.",
     ("ACQUIRES", "Velmora", "Zorvane")),
    ("en", "Kandor is in talks to sell Zorvane, its cable unit, to Velmora.",
     ("ACQUIRES", "Velmora", "Zorvane")),
    ("en", "Kandor refused to sell Zorvane, its cable unit, to Velmora.",
     ("ACQUIRES", "Velmora", "Zorvane")),
    ("fr", "Kandor pourrait céder Zorvane, sa filiale de câbles, à Velmora.",
     ("ACQUIRES", "Velmora", "Zorvane")),
    ("en", "Kandor agreed to sell Zorvane, its cable unit, to Velmora.",
     ("ACQUIRES", "Kandor", "Zorvane")),
    # the seller and the buyer are not each other's roles
    ("en", "Velmora bought Zorvane from Kandor in 2022. The seller also owns 30% of Quistor.",
     ("INVESTS_IN", "Velmora", "Quistor")),
    ("fr", "Velmora a racheté Zorvane à Kandor en 2022. Le vendeur détient aussi 30 % de "
     "Quistor.", ("INVESTS_IN", "Velmora", "Quistor")),
    ("en", "Zorvane was bought by Velmora in 2022. The buyer also owns 30% of Quistor.",
     ("INVESTS_IN", "Zorvane", "Quistor")),
    ("fr", "Zorvane a été racheté par Velmora en 2022. L'acheteur détient aussi 30 % de "
     "Quistor.", ("INVESTS_IN", "Zorvane", "Quistor")),
    ("en", "Zorvane was bought by Velmora in 2022. The parent company also owns 30% of "
     "Quistor.", ("INVESTS_IN", "Zorvane", "Quistor")),
    ("fr", "Zorvane a été racheté par Velmora en 2022. La maison mère détient aussi 30 % de "
     "Quistor.", ("INVESTS_IN", "Zorvane", "Quistor")),
    # a seller in a bought-from phrase that is a supply, not a deal: no role
    ("en", "Velmora bought turbines from Kandor in 2022. The seller also owns 30% of Quistor.",
     ("INVESTS_IN", "Velmora", "Quistor")),
]

test_found, test_absent = found_and_absent(FOUND, ABSENT)
