"""Session 11, insertions and second agents: material inserted inside a relation's pattern,
and a second agent or object repeated with its preposition, written as invented sentences
(names in no list, both languages).

Family 1: a bounded insertion between a trigger and its preposition, between the words of a
preposition phrase, or between a preposition and its name: adverbs ("ainsi plus directement",
"largely"), degree phrases ("en grande partie", "in large part"), time phrases ("la semaine
dernière", "l'an dernier", "depuis 2021", "last week", "in 2023"), amounts ("pour 2 milliards
d'euros", "for $2 billion") and "according to ..." parentheticals set off by commas. The
insertion takes none of the frame's reach; it holds no name outside a parenthetical. A
percentage after "à" is no insertion: it belongs to the stake frames ("détenue à 51 % par"),
which keep their own guards (a joint venture held by its parents).

Family 2: second agents and objects under a repeated preposition: "par A et par le groupe B",
"à A et à l'italien B", "to A, to Germany's B and to C", "led by A and by B", "with
participation from A and from B", a contracted French form of the same preposition ("à A et au
groupe B"), and a description whose name is set off by commas in the slot ("au leader du
secteur, A, et à l'espagnol B", "with the market leader, A, and with B").
"""

from __future__ import annotations

import pytest

from tests.test_extraction_families import check_absent, check_found

FOUND = [
    # family 1: insertions
    ("fr", "L'augmentation de capital de Velmora, souscrite en grande partie par Korvane, "
     "Zentrix et le fonds Quistor, doit renforcer son bilan.", ("INVESTS_IN", "Quistor",
                                                                  "Velmora")),
    ("fr", "L'augmentation de capital de Velmora, souscrite en grande partie par Korvane, "
     "Zentrix et le fonds Quistor, doit renforcer son bilan.", ("INVESTS_IN", "Korvane",
                                                                  "Velmora")),
    ("fr", "Zentrix, rachetée la semaine dernière par Velmora, emploie 300 personnes.",
     ("ACQUIRES", "Velmora", "Zentrix")),
    ("fr", "Zentrix a été rachetée l'an dernier pour 2 milliards d'euros par Velmora.",
     ("ACQUIRES", "Velmora", "Zentrix")),
    ("fr", "Zentrix est détenue à 40 % depuis 2021 par Velmora.",
     ("INVESTS_IN", "Velmora", "Zentrix")),
    ("fr", "Velmora se mesurera ainsi plus directement à Korvane.",
     ("COMPETES_WITH", "Velmora", "Korvane")),
    ("fr", "Velmora a investi, selon nos informations, dans Zentrix.",
     ("INVESTS_IN", "Velmora", "Zentrix")),
    ("en", "Zentrix, backed in large part by Velmora, makes drones.",
     ("INVESTS_IN", "Velmora", "Zentrix")),
    ("en", "Zentrix was bought in 2023 for $2 billion by Velmora.",
     ("ACQUIRES", "Velmora", "Zentrix")),
    ("en", "Zentrix's round is led, according to two people familiar with the matter, by "
     "Velmora Capital.", ("INVESTS_IN", "Velmora Capital", "Zentrix")),
    ("en", "Zentrix is owned, according to people familiar with the matter, by Velmora.",
     ("ACQUIRES", "Velmora", "Zentrix")),  # plain ownership is control (session 13)
    ("en", "Velmora will thus compete more directly with Korvane.",
     ("COMPETES_WITH", "Velmora", "Korvane")),
    ("en", "Velmora has invested, according to a regulatory filing, in Zentrix.",
     ("INVESTS_IN", "Velmora", "Zentrix")),
    # family 2: second agents and objects
    ("fr", "L'augmentation de capital de Velmora sera souscrite par Korvane et par le groupe "
     "Zentrix.", ("INVESTS_IN", "Zentrix", "Velmora")),
    ("fr", "Velmora vend ses puces à Korvane, à l'allemand Zentrix et au groupe Quistor.",
     ("SUPPLIES", "Velmora", "Zentrix")),
    ("fr", "Velmora vend ses puces à Korvane, à l'allemand Zentrix et au groupe Quistor.",
     ("SUPPLIES", "Velmora", "Quistor")),
    ("fr", "Velmora se mesurera ainsi plus directement au leader du secteur, Korvane, et à "
     "l'espagnol Zentrix.", ("COMPETES_WITH", "Velmora", "Korvane")),
    ("fr", "Velmora se mesurera ainsi plus directement au leader du secteur, Korvane, et à "
     "l'espagnol Zentrix.", ("COMPETES_WITH", "Velmora", "Zentrix")),
    ("fr", "Velmora est concurrencée par Korvane et par l'américain Zentrix.",
     ("COMPETES_WITH", "Velmora", "Zentrix")),
    ("en", "Velmora sells its chips to Korvane, to Germany's Zentrix and to Quistor.",
     ("SUPPLIES", "Velmora", "Zentrix")),
    ("en", "Velmora will compete more directly with the market leader, Korvane, and with "
     "Spain's Zentrix.", ("COMPETES_WITH", "Velmora", "Korvane")),
    ("en", "Velmora will compete more directly with the market leader, Korvane, and with "
     "Spain's Zentrix.", ("COMPETES_WITH", "Velmora", "Zentrix")),
    ("en", "Zentrix's round was led by Velmora and by Belgium's Quistor.",
     ("INVESTS_IN", "Quistor", "Zentrix")),
    ("en", "Zentrix's funding round was led by Velmora, with participation from Korvane and "
     "from Quistor.", ("INVESTS_IN", "Quistor", "Zentrix")),
    ("fr", "Velmora lève 40 millions d'euros lors d'un tour de table mené par Korvane, avec la "
     "participation d'Orvane et du fonds japonais Zentrix Growth.",
     ("INVESTS_IN", "Orvane", "Velmora")),
    ("fr", "Velmora lève 40 millions d'euros lors d'un tour de table mené par Korvane, avec la "
     "participation d'Orvane et du fonds japonais Zentrix Growth.",
     ("INVESTS_IN", "Zentrix Growth", "Velmora")),
    ("fr", "Velmora lève 40 millions d'euros auprès de Korvane et de l'américain Zentrix.",
     ("INVESTS_IN", "Zentrix", "Velmora")),
    ("fr", "Korvane a investi 10 millions d'euros dans Velmora, aux côtés du groupe indien "
     "Quistor, premier actionnaire privé, de l'armateur Tarvo et du fonds Zentrix.",
     ("INVESTS_IN", "Tarvo", "Velmora")),
    ("fr", "Korvane a investi 10 millions d'euros dans Velmora, aux côtés du groupe indien "
     "Quistor, premier actionnaire privé, de l'armateur Tarvo et du fonds Zentrix.",
     ("INVESTS_IN", "Zentrix", "Velmora")),
    ("en", "Korvane invested $10 million in Velmora, alongside India's Quistor, its largest "
     "private shareholder, and the fund Zentrix.", ("INVESTS_IN", "Zentrix", "Velmora")),
    ("fr", "Velmora fait face à la concurrence du néerlandais Korvane et de l'italien Zentrix.",
     ("COMPETES_WITH", "Velmora", "Zentrix")),
    ("en", "Korvane sells its engines mainly to Zentrix and, since 2021, to Quistor.",
     ("SUPPLIES", "Korvane", "Quistor")),
    ("fr", "Velmora a levé 20 millions d'euros. Son financement a reposé sur une augmentation "
     "de capital souscrite par Korvane et par le groupe fluvial et maritime Zentrix, "
     "actionnaire de la première heure.", ("INVESTS_IN", "Zentrix", "Velmora")),
    ("fr", "Velmora a levé 40 millions d'euros. Le tour de table est mené par Korvane, avec la "
     "participation d'Orvane et du fonds japonais Zentrix Growth.",
     ("INVESTS_IN", "Zentrix Growth", "Velmora")),
    ("fr", "Velmora se retrouvera en concurrence frontale avec Korvane, le leader européen du "
     "secteur, contrôlé à 69 % par le groupe Tarvo, ainsi qu'avec Zentrix Investment Managers, "
     "le pôle de gestion du groupe Quistor.", ("COMPETES_WITH", "Velmora",
                                               "Zentrix Investment Managers")),
    ("en", "Velmora will compete head-on with Korvane, the European leader of the sector, "
     "controlled by the Tarvo group, as well as with Zentrix, the asset management arm of "
     "Quistor.", ("COMPETES_WITH", "Velmora", "Zentrix")),
    ("fr", "L'augmentation de capital de Velmora a été souscrite à hauteur de 200 millions "
     "d'euros par Korvane et par le fonds Zentrix.", ("INVESTS_IN", "Zentrix", "Velmora")),
    ("fr", "Velmora vend ses puces à Korvane pour 2 millions d'euros et à Zentrix.",
     ("SUPPLIES", "Velmora", "Zentrix")),
    # additive conjunctions before the repeated preposition
    ("en", "Zentrix's round was led by Velmora, as well as by Korvane.",
     ("INVESTS_IN", "Korvane", "Zentrix")),
    ("fr", "Velmora fournit des puces à Korvane ainsi qu'à Zentrix.",
     ("SUPPLIES", "Velmora", "Zentrix")),
    ("fr", "Zentrix a été soutenue par Velmora ainsi que par Korvane.",
     ("INVESTS_IN", "Korvane", "Zentrix")),
    ("fr", "Velmora est concurrencée par Korvane mais aussi par Zentrix.",
     ("COMPETES_WITH", "Velmora", "Zentrix")),
    ("en", "Velmora competes not only with Korvane but also with Zentrix.",
     ("COMPETES_WITH", "Velmora", "Zentrix")),
    # an insertion between a source cue and its outlet
    ("fr", "Velmora va racheter Zentrix, comme l'a révélé mardi le quotidien Le Phare de "
     "Korvanie.", ("REPORTED_BY", "ARTICLE", "Le Phare de Korvanie")),
    ("en", "The deal was first reported on Tuesday by the Korvane Herald.",
     ("REPORTED_BY", "ARTICLE", "Korvane Herald")),
    # a time phrase between a lone first word and its verb ("Korvane last month invested")
    ("en", "Korvane last month invested about $30 million in Zentrix.",
     ("INVESTS_IN", "Korvane", "Zentrix")),
]

ABSENT = [
    # a percentage after "à" is the stake frame's, with its joint-venture guard
    ("fr", "Baptisée Tarvo, la nouvelle structure sera détenue à 51 % par Velmora et à 49 % "
     "par Korvane.", ("INVESTS_IN", "Velmora", "Tarvo")),
    # the name after a description set off by commas is the slot's only when it ends its
    # phrase: the later name is no rival
    ("fr", "Velmora affronte le leader du secteur, Korvane, qui a racheté Zentrix.",
     ("COMPETES_WITH", "Velmora", "Zentrix")),
    # a list under a repeated preposition needs the preposition again: a place is no customer,
    # nor a company named after another preposition
    ("fr", "Velmora vend ses puces à Korvane, à Lyon et à Paris, avec l'aide de Zentrix.",
     ("SUPPLIES", "Velmora", "Zentrix")),
    ("en", "Velmora sells its chips to Korvane, at a discount, with help from Zentrix.",
     ("SUPPLIES", "Velmora", "Zentrix")),
    # an insertion is bounded: a clause is no insertion
    ("en", "Zentrix was acquired in 2019, when its founders sold their shares to investors led "
     "by Velmora.", ("ACQUIRES", "Velmora", "Zentrix")),
    ("fr", "Zentrix a été rachetée en 2019, après que ses fondateurs ont cédé leurs parts à des "
     "investisseurs menés par Velmora.", ("ACQUIRES", "Velmora", "Zentrix")),
]

ABSENT += [
    # "a" after a relative pronoun is the verb, not the preposition of "affronter à"
    ("fr", "Velmora affronte Korvane, qui a racheté Zentrix.", ("COMPETES_WITH", "Velmora",
                                                                "Zentrix")),
    # a noun's complement never follows a comma: "de B" is the next member of the list
    ("fr", "Korvane a investi 10 millions d'euros dans Velmora, aux côtés du groupe indien "
     "Quistor, premier actionnaire privé, de l'armateur Tarvo et du fonds Zentrix.",
     ("INVESTS_IN", "Quistor", "Tarvo")),
]

ABSENT += [
    # the far conjunction needs the same preposition again
    ("fr", "Velmora est en concurrence avec Korvane, le leader du secteur, contrôlé par le "
     "groupe Tarvo, et Zentrix a annoncé une hausse de ses ventes.",
     ("COMPETES_WITH", "Velmora", "Zentrix")),
    # nor may another clause or the same preposition stand in between
    ("fr", "Velmora est en concurrence avec Korvane, mais a signé un partenariat avec Tarvo, et "
     "avec Zentrix.", ("COMPETES_WITH", "Velmora", "Zentrix")),
    ("en", "Velmora competes with Korvane, but it signed a partnership with Tarvo, and with "
     "Zentrix.", ("COMPETES_WITH", "Velmora", "Zentrix")),
    ("en", "Velmora competes with Korvane and also signed a deal with Zentrix.",
     ("COMPETES_WITH", "Velmora", "Zentrix")),
]

CASES = [(*case, True) for case in FOUND] + [(*case, False) for case in ABSENT]


@pytest.mark.parametrize(("lang", "text", "relation", "asserted"), CASES)
def test_family(lang: str, text: str, relation: tuple[str, str, str], asserted: bool) -> None:
    """Each FOUND relation is asserted; no ABSENT one is."""
    (check_found if asserted else check_absent)(lang, text, relation)
