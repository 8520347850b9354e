"""Session 11, systemic relation passes: grammar that cost relations across many articles of
the unseen batches, written as invented sentences (names in no list, both languages).

Family 1: a list that goes on past a clause set off by commas after its first member: a
relative clause ("comme l'américain A, qui a installé ..., et B"), a participle phrase ("A,
racheté en 2024 par C, ou B, basé en Californie"), an apposition; and list openers ("such as",
"comme", "like") after a group noun farther from the cue ("competes with a growing pack of
drug developers such as A"); a member behind its place's possessive ("Taiwan's A and South
Korea's B"), or a determiner after the comma ("A, la B et le C"); a second customer under the
same preposition behind its own group noun ("to automakers such as A and to appliance makers
including B").

Family 2: words inserted into a cue phrase: adverbs and degree adjectives between the words of
a trigger ("compte néanmoins parmi ses principaux clients", "a company wholly owned by X"),
and buyers named as customers ("counts A among the main buyers of its tools").

Family 3: a relative clause on a preposition whose antecedent is the round, with or without a
comma, and its subject after the verb or before it ("une levée de fonds menée par X, à
laquelle participent ses investisseurs historiques A et B", "une augmentation de capital à
laquelle a aussi souscrit l'armateur A", "a round led by X in which A and B also took part").
A round that no company of its sentence raises, before the article has named any raiser, is the
article's main company's ("The deal follows a funding round led by A, with participation from
B").

Family 4: roles stated by a verb in other grammar: several people after a passive role verb
and their title ("sera dirigée par ses codirecteurs généraux A et B", "will be run by
co-chief executives A and B"), the organisation set off after a preposition ("Pour X, dirigé
par P,"), an active verb on the organisation's board ("préside le conseil d'administration de
X", "chairs the board of X"), a post held ("P occupe le poste de directeur des produits", "P
holds the post of chief operating officer"), the organisation from the sentence; a French
role named by its business area after the head ("directeur des achats de X"); editors in chief;
an adverb of a later verb ("run by P, has previously backed") marks no former role; management
entrusted to a person ("X, dont la direction reste confiée à P", "La direction de X sera confiée
à P", "X, whose management is entrusted to P"); a person hired to run part of the company ("X
has hired P, who ran production at Y, to run its Nordic business", "X a recruté P pour diriger
ses activités nordiques"), never an adviser hired for a task ("hired Korvane Capital to run the
sale"). Partnerships by code sharing ("partage ses codes
avec A, B et C", "codeshares with A").

Family 5: takeovers and stakes in other forms: French gerunds ("en absorbant X", "en rachetant
l'américain X"); a member of a list behind its description ("A et la coopérative B ont créé une
coentreprise", "aux côtés de A et du fonds souverain singapourien B"); a stake raised from one
percentage to another above half ("porter de 19,9 % à 60,5 % sa participation dans X", "raise
its stake in X from 19.9% to 60.5%"); a stake sold to a buyer ("the sale of a 26% stake in its
subsidiary X to Y", "a cédé 26 % du capital de sa filiale X à Y"): the buyer holds it; a
company sold to a buyer, said by the noun ("the sale of X to Y", "la cession de X à Y"). A
majority holding stated as it stands ("la holding qui détient 59 % de X", "contrôlé à 69 % par
Y") is a stake, not control taken, unless the sentence makes it a deal's outcome ("détient
désormais", "will own").

Family 6: the subject of an infinitive of purpose is the main clause's subject, never a name
inside a prepositional phrase behind its description ("un accord avec la coopérative
néo-zélandaise X pour lui racheter Z", "agreed with the cooperative X to buy Z"); a deal to buy
a company is no supply deal; an English verb trigger after an article is a noun ("under a
supply agreement ... and had planned to use X's plants" gives no supply by the subject).

Family 7: retail distribution said of a maker's goods ("les produits de X sont principalement
vendus dans les rayons de A et de B"); and a name that ends like a French future ("Velmora")
makes no relation planned; in English too a maker's goods sold by a company are the maker's
supply to it ("X's products are sold by A", was read as A supplying X).

Family 8: a product made for a customer by a maker in one participle phrase ("un
supercalculateur construit pour lui par Y", "a supercomputer built for X by Y"), or owned by
the customer behind an adjective and made by the maker a few words on ("Le premier processeur
de X sera gravé en 6 nanomètres par Y", "The first processor of X will be made in Taiwan by Y").
A product built by a maker after a verb whose subject is another company's product belongs to
the maker: "X's chips power servers built by Y" (X supplies Y, not Y supplies X).

Family 10 (modality): a negated intention before the relation denies it ("il n'a pas vocation
à se poser en concurrent de X", "ne compte pas racheter X", "does not intend to buy X", "has no
plans to invest in X"; not across a comma: "X, which does not plan layoffs, will buy Y"); a
company tipped for a deal is rumoured ("pressentie pour investir dans X", "was tipped to buy
X"); a founder who is also a former executive holds a former role ("co-founder and former chief
executive", "cofondateur et ancien directeur général").

Family 11: the French clitic "en" standing for the company a stake is in, the nearest name
before it other than the subject ("le fonds qui avait racheté Z en 2012 et qui en conservera
70 % du capital", "Z, créée par X, qui en reste l'unique actionnaire"), and a relative pronoun
coordinated with an earlier one ("qui ... et qui ...") has the same antecedent.

Family 12: a market or race dominated by companies makes them rivals of one another and of
the company entering it ("X enters a market dominated by A and B", "X arrive sur un marché dominé
par A et B", "puts X back into a race dominated by A, the maker of W, and B"); a board
dominated by a shareholder is no market.

Family 9: a filing with a regulator described before its name ("according to a filing with the
Dutch financial markets regulator AFM", "selon un document déposé auprès du régulateur boursier
néerlandais AFM").
"""

from __future__ import annotations

import pytest

from loaders.extraction.pipeline import RuleExtractor
from ontology.records import Article
from tests.test_extraction_families import check_absent, check_found

FOUND = [
    # family 1: the list goes on past a relative clause or a participle phrase
    ("fr", "Sur ce marché, Velmora affronte des concurrents bien mieux dotés comme l'américain "
     "Korvane, qui a déjà installé des machines chez plusieurs industriels, et Zentrix, une "
     "société de Boston.", ("COMPETES_WITH", "Velmora", "Zentrix")),
    ("fr", "Velmora affronte des concurrents comme l'américain Korvane, racheté en 2024 par "
     "Quistor pour 2 milliards de dollars, ou Zentrix, basé en Californie.",
     ("COMPETES_WITH", "Velmora", "Zentrix")),
    ("fr", "Velmora affronte des concurrents comme l'américain Korvane, racheté en 2024 par "
     "Quistor pour 2 milliards de dollars, ou Zentrix, basé en Californie.",
     ("ACQUIRES", "Quistor", "Korvane")),
    ("en", "Velmora competes with a growing pack of drug developers such as Korvane "
     "Therapeutics, which launched last year with $1 billion, and Zentrix Pharmaceuticals, "
     "which absorbed a biotech in a deal that closed in May.",
     ("COMPETES_WITH", "Velmora", "Zentrix Pharmaceuticals")),
    ("en", "Velmora competes with a growing pack of drug developers such as Korvane "
     "Therapeutics, which launched last year with $1 billion, and Zentrix Pharmaceuticals, "
     "which absorbed a biotech in a deal that closed in May.",
     ("COMPETES_WITH", "Velmora", "Korvane Therapeutics")),
    ("en", "Velmora competes with rivals such as Korvane, acquired last year by Quistor for $2 "
     "billion, or Zentrix, based in Texas.", ("ACQUIRES", "Quistor", "Korvane")),
    ("en", "Velmora competes with rivals such as Korvane, acquired last year by Quistor for $2 "
     "billion, or Zentrix, based in Texas.", ("COMPETES_WITH", "Velmora", "Zentrix")),
    ("fr", "Le groupe affronte Zentrix, le leader européen du secteur, contrôlé à 69 % par le "
     "groupe Velmora.", ("INVESTS_IN", "Velmora", "Zentrix")),
    ("en", "The group competes with Zentrix, the European leader of the sector, controlled by "
     "Velmora Systems.", ("ACQUIRES", "Velmora Systems", "Zentrix")),
    ("en", "Velmora sells its radios to carriers such as Korvane, which runs networks in Asia, "
     "and Zentrix, a Danish operator.", ("SUPPLIES", "Velmora", "Zentrix")),
    ("en", "Velmora Steel, for its part, sells sheet steel to automakers such as Zentrix Motors "
     "and to appliance makers including Korvane, customers that had worried about supply.",
     ("SUPPLIES", "Velmora Steel", "Korvane")),
    ("fr", "Le groupe Velmora vend de l'acier aux constructeurs comme Zentrix et aux fabricants "
     "d'électroménager comme Korvane.", ("SUPPLIES", "Velmora", "Korvane")),
    ("en", "Velmora counts Taiwan's Zentrix and South Korea's Korvane among its customers.",
     ("SUPPLIES", "Velmora", "Korvane")),
    ("fr", "Le groupe Velmora édite un logiciel. Parmi ses quelque 300 clients figurent Zentrix, "
     "la Banque de Korvanie et le groupe Tarvo Santé.", ("SUPPLIES", "Velmora", "Tarvo Santé")),
    ("en", "Velmora Systems makes software. Its customers include Zentrix, the Bank of Korvania "
     "and Tarvo Holdings.", ("SUPPLIES", "Velmora Systems", "Bank of Korvania")),
    ("fr", "Velmora vend ses radios à des opérateurs comme Korvane, qui exploite des réseaux en "
     "Asie, et Zentrix, un opérateur danois.", ("SUPPLIES", "Velmora", "Zentrix")),
]

FOUND += [
    # family 2: words inserted into a cue
    ("fr", "Velmora compte néanmoins parmi ses principaux clients l'opérateur Zentrix.",
     ("SUPPLIES", "Velmora", "Zentrix")),
    ("fr", "Velmora compte aussi parmi ses plus gros clients le groupe Zentrix.",
     ("SUPPLIES", "Velmora", "Zentrix")),
    ("en", "Velmora also counts among its biggest and oldest customers Zentrix.",
     ("SUPPLIES", "Velmora", "Zentrix")),
    ("en", "The deal was run through Korvane Games, a company wholly owned by Velmora.",
     ("INVESTS_IN", "Velmora", "Korvane Games")),
    ("en", "Velmora counts Zentrix and Korvane among the main buyers of its packaging tools.",
     ("SUPPLIES", "Velmora", "Korvane")),
    ("fr", "Velmora compte Zentrix et Korvane parmi les principaux acheteurs de ses machines.",
     ("SUPPLIES", "Velmora", "Korvane")),
]

FOUND += [
    # family 3: the round as the antecedent of a relative clause on a preposition
    ("fr", "Zentrix annonce une levée de fonds de 58 millions de dollars menée par Velmora, à "
     "laquelle participent ses investisseurs historiques Korvane et Tarvo Partners.",
     ("INVESTS_IN", "Tarvo Partners", "Zentrix")),
    ("fr", "Zentrix annonce une levée de fonds de 58 millions de dollars menée par Velmora, à "
     "laquelle participent ses investisseurs historiques Korvane et Tarvo Partners.",
     ("INVESTS_IN", "Korvane", "Zentrix")),
    ("fr", "Zentrix a levé 20 millions d'euros lors d'une augmentation de capital à laquelle a "
     "aussi souscrit l'armateur Korvane.", ("INVESTS_IN", "Korvane", "Zentrix")),
    ("en", "Zentrix closed a $20 million round led by Velmora in which Korvane and Tarvo Partners "
     "also took part.", ("INVESTS_IN", "Tarvo Partners", "Zentrix")),
    ("en", "Zentrix raised $20 million in a round in which existing investors Korvane and Tarvo "
     "participated.", ("INVESTS_IN", "Korvane", "Zentrix")),
    ("en", "Zentrix Defence agreed to buy Korvane Aero. The deal follows a 450 million euro "
     "funding round last July led by US venture firm Velmora Capital, with participation from "
     "Tarvo and other existing investors.", ("INVESTS_IN", "Tarvo", "Zentrix Defence")),
    ("fr", "Le groupe Zentrix va racheter Korvane Aero. L'opération fait suite à une levée de "
     "fonds de 450 millions d'euros menée par le fonds Velmora Capital, avec la participation "
     "de Tarvo.", ("INVESTS_IN", "Velmora Capital", "Zentrix")),
]

FOUND += [
    # family 4: roles stated by a verb
    ("fr", "La filiale Zentrix sera dirigée par ses codirecteurs généraux Paul Marnier et Jean "
     "Sorbel.", ("EXECUTIVE_OF", "Jean Sorbel", "Zentrix")),
    ("fr", "La filiale Zentrix sera dirigée par ses codirecteurs généraux Paul Marnier et Jean "
     "Sorbel.", ("EXECUTIVE_OF", "Paul Marnier", "Zentrix")),
    ("en", "Zentrix will be run by co-chief executives Paul Marnier and John Sorbel.",
     ("EXECUTIVE_OF", "John Sorbel", "Zentrix")),
    ("en", "Zentrix will be run by co-chief executives Paul Marnier and John Sorbel.",
     ("EXECUTIVE_OF", "Paul Marnier", "Zentrix")),
    ("fr", "Pour Velmora, dirigé par Patrice Quenlan, la cession permet de se recentrer.",
     ("EXECUTIVE_OF", "Patrice Quenlan", "Velmora")),
    ("en", "For Velmora, led by Patrick Quenlan, the sale is a way to refocus.",
     ("EXECUTIVE_OF", "Patrick Quenlan", "Velmora")),
    ("fr", "Paul Marnier préside le conseil d'administration de Zentrix.",
     ("EXECUTIVE_OF", "Paul Marnier", "Zentrix")),
    ("en", "Paul Marnier chairs the board of Zentrix.",
     ("EXECUTIVE_OF", "Paul Marnier", "Zentrix")),
    ("fr", "Chez Zentrix, Paul Marnier occupe le poste de directeur des produits.",
     ("EXECUTIVE_OF", "Paul Marnier", "Zentrix")),
    ("en", "At Zentrix, Paul Marnier holds the post of chief operating officer.",
     ("EXECUTIVE_OF", "Paul Marnier", "Zentrix")),
    ("en", "Velmora will name Paul Marnier editor-in-chief of Zentrix News.",
     ("EXECUTIVE_OF", "Paul Marnier", "Zentrix News")),
    ("fr", "Velmora a nommé Paul Marnier rédacteur en chef de Zentrix Hebdo.",
     ("EXECUTIVE_OF", "Paul Marnier", "Zentrix Hebdo")),
    ("fr", "Paul Marnier, directeur des achats de Zentrix, a démenti.",
     ("EXECUTIVE_OF", "Paul Marnier", "Zentrix")),
    ("en", "Zentrix, the New York firm founded and run by Paul Marnier, has previously backed "
     "Velmora.", ("EXECUTIVE_OF", "Paul Marnier", "Zentrix")),
    ("fr", "Paul Marnier rejoindra le comité exécutif de Zentrix Gestion, dont la direction "
     "reste confiée à Jean Sorbel, a précisé la banque.",
     ("EXECUTIVE_OF", "Jean Sorbel", "Zentrix Gestion")),
    ("fr", "La direction de Zentrix sera confiée à Jean Sorbel.",
     ("EXECUTIVE_OF", "Jean Sorbel", "Zentrix")),
    ("en", "Zentrix, whose management is entrusted to John Sorbel, grew fast.",
     ("EXECUTIVE_OF", "John Sorbel", "Zentrix")),
    ("en", "Instead, Velmora Systems has hired Kristina Lindqvist, who ran production at the "
     "plant, to run its Nordic business.",
     ("EXECUTIVE_OF", "Kristina Lindqvist", "Velmora Systems")),
    ("fr", "Le groupe Velmora a recruté Kristina Lindqvist pour diriger ses activités nordiques.",
     ("EXECUTIVE_OF", "Kristina Lindqvist", "Velmora")),
    ("fr", "La compagnie Velmora partage désormais ses codes avec Zentrix, Korvane et Tarvo Air "
     "Lines sur ses lignes.", ("PARTNERS_WITH", "Velmora", "Tarvo Air Lines")),
    ("en", "Velmora Airways now codeshares with Zentrix and Korvane on transatlantic routes.",
     ("PARTNERS_WITH", "Velmora Airways", "Korvane")),
]

FOUND += [
    # family 5: other forms of takeovers and stakes
    ("fr", "Le groupe Velmora s'était renforcé fin 2022 en absorbant Zentrix, une start-up "
     "néerlandaise.", ("ACQUIRES", "Velmora", "Zentrix")),
    ("fr", "Un pôle que Velmora a renforcé en rachetant l'américain Zentrix pour 3 milliards.",
     ("ACQUIRES", "Velmora", "Zentrix")),
    ("fr", "Le groupe Velmora et la coopérative Korvane ont annoncé la création d'une "
     "coentreprise.", ("PARTNERS_WITH", "Velmora", "Korvane")),
    ("en", "Velmora Systems and the cooperative Korvane announced a joint venture.",
     ("PARTNERS_WITH", "Velmora Systems", "Korvane")),
    ("fr", "Zentrix a levé 400 millions d'euros auprès de Velmora, aux côtés de Tarvo Equity et "
     "du fonds souverain singapourien Korvane.", ("INVESTS_IN", "Korvane", "Zentrix")),
    ("fr", "Velmora a signé un accord pour porter de 19,9 % à 60,5 % sa participation dans la "
     "compagnie Zentrix.", ("ACQUIRES", "Velmora", "Zentrix")),
    ("en", "Velmora Systems agreed to raise its stake in Zentrix from 19.9% to 60.5%.",
     ("ACQUIRES", "Velmora Systems", "Zentrix")),
    ("en", "Velmora completed the sale of a 26% stake in its subsidiary Zentrix to Korvane for "
     "$1 billion.", ("INVESTS_IN", "Korvane", "Zentrix")),
    ("fr", "Velmora a cédé 26 % du capital de sa filiale Zentrix à Korvane.",
     ("INVESTS_IN", "Korvane", "Zentrix")),
    ("fr", "Le groupe Korvane a finalisé la cession de Zentrix à Velmora.",
     ("ACQUIRES", "Velmora", "Zentrix")),
    ("en", "Korvane Systems completed the sale of Zentrix to Velmora Labs.",
     ("ACQUIRES", "Velmora Labs", "Zentrix")),
    ("fr", "Le groupe Velmora détient désormais 97,3 % du capital de Zentrix.",
     ("ACQUIRES", "Velmora", "Zentrix")),
    ("en", "Velmora Systems will own 60% of Zentrix once the deal closes.",
     ("ACQUIRES", "Velmora Systems", "Zentrix")),
    ("fr", "L'opération a reçu le soutien de Velmora, la holding familiale qui détient 59 % du "
     "capital de Zentrix.", ("INVESTS_IN", "Velmora", "Zentrix")),
]

FOUND += [
    # family 6: the subject of an infinitive of purpose
    ("fr", "Le groupe Velmora a signé un accord avec la coopérative néo-zélandaise Korvane pour "
     "lui racheter Zentrix.", ("ACQUIRES", "Velmora", "Zentrix")),
    ("en", "Velmora Systems agreed with the New Zealand cooperative Korvane to buy Zentrix "
     "Group.", ("ACQUIRES", "Velmora Systems", "Zentrix")),
    ("en", "Velmora Systems signed a deal with Korvane to buy chips.",
     ("SUPPLIES", "Korvane", "Velmora Systems")),
]

FOUND += [
    # family 7: retail distribution of a maker's goods
    ("fr", "En Australie, les produits de Velmora sont principalement vendus dans les rayons de "
     "Zentrix et de Korvane.", ("SUPPLIES", "Velmora", "Korvane")),
    ("fr", "Les produits de Velmora sont vendus chez Zentrix.", ("SUPPLIES", "Velmora", "Zentrix")),
    ("en", "The products of Velmora Systems are sold by Zentrix.",
     ("SUPPLIES", "Velmora Systems", "Zentrix")),
    ("en", "Velmora Systems's chips are made by Zentrix.",
     ("SUPPLIES", "Zentrix", "Velmora Systems")),
]

FOUND += [
    # family 8: made for a customer by a maker
    ("fr", "Le groupe Velmora exploite un supercalculateur construit pour lui par Korvane.",
     ("SUPPLIES", "Korvane", "Velmora")),
    ("fr", "Un supercalculateur construit pour Velmora par Korvane.",
     ("SUPPLIES", "Korvane", "Velmora")),
    ("en", "Velmora Systems operates a supercomputer built for it by Korvane.",
     ("SUPPLIES", "Korvane", "Velmora Systems")),
    ("en", "A supercomputer built for Velmora Systems by Korvane went live.",
     ("SUPPLIES", "Korvane", "Velmora Systems")),
    ("fr", "Le premier processeur de Velmora sera gravé en 6 nanomètres par Korvane.",
     ("SUPPLIES", "Korvane", "Velmora")),
    ("en", "The first processor of Velmora Systems will be made in Taiwan by Korvane.",
     ("SUPPLIES", "Korvane", "Velmora Systems")),
    ("en", "Velmora's chips also power servers built by Zentrix, which sells them to operators.",
     ("SUPPLIES", "Velmora", "Zentrix")),
    ("en", "Velmora's chips made by Zentrix are fast.", ("SUPPLIES", "Zentrix", "Velmora")),
]

FOUND += [
    # family 10: a negation in another clause, and intentions kept
    ("en", "Velmora Systems, which does not plan layoffs, will buy Zentrix.",
     ("ACQUIRES", "Velmora Systems", "Zentrix")),
    ("fr", "Le groupe Velmora compte racheter Zentrix.", ("ACQUIRES", "Velmora", "Zentrix")),
    # family 9: filings with a described regulator
    ("en", "Velmora Systems has bought a 9% stake in Zentrix, according to a filing with the "
     "Dutch financial markets regulator AFX published on Monday.",
     ("REPORTED_BY", "ARTICLE", "AFX")),
    ("fr", "Le groupe Velmora a acquis 9 % de Zentrix, selon un document déposé auprès du "
     "régulateur boursier néerlandais AFX.", ("REPORTED_BY", "ARTICLE", "AFX")),
]

ABSENT = [
    # family 1: a name inside the clause is no member of the list, nor is a new clause's
    # subject
    ("fr", "Velmora affronte des concurrents comme l'américain Korvane, racheté en 2024 par "
     "Quistor pour 2 milliards de dollars, ou Zentrix, basé en Californie.",
     ("COMPETES_WITH", "Velmora", "Quistor")),
    ("fr", "Velmora ne compte plus parmi ses clients le groupe Zentrix.",
     ("SUPPLIES", "Velmora", "Zentrix")),
    ("fr", "Velmora affronte des concurrents comme l'américain Korvane, racheté en 2024 par "
     "Quistor pour 2 milliards de dollars, ou Zentrix, basé en Californie.",
     ("ACQUIRES", "Quistor", "Zentrix")),
    ("en", "Velmora bought Korvane, owned by Quistor since 2019, for $1 billion.",
     ("INVESTS_IN", "Quistor", "Velmora")),
    # family 4: the organisation a person held a post at before
    ("fr", "Chez Zentrix, Paul Marnier occupait le poste de directeur des produits chez "
     "Velmora.", ("EXECUTIVE_OF", "Paul Marnier", "Zentrix")),
    # family 5: a stake raised below half is no takeover; the seller holds no new stake
    ("en", "Velmora Systems agreed to raise its stake in Zentrix from 9.9% to 30.5%.",
     ("ACQUIRES", "Velmora Systems", "Zentrix")),
    ("fr", "Velmora a porté de 60 % à 70 % sa participation dans Zentrix.",
     ("ACQUIRES", "Zentrix", "Velmora")),
    ("en", "Velmora completed the sale of a 26% stake in its subsidiary Zentrix to Korvane for "
     "$1 billion.", ("INVESTS_IN", "Velmora", "Zentrix")),
    ("fr", "Velmora a cédé 26 % du capital de sa filiale Zentrix à Korvane.",
     ("INVESTS_IN", "Velmora", "Zentrix")),
    ("fr", "Velmora a annoncé la cession de 26 % du capital de Zentrix à Korvane.",
     ("INVESTS_IN", "Velmora", "Zentrix")),
    ("en", "The sale of Velmora's chips to Zentrix rose.", ("ACQUIRES", "Zentrix", "Velmora")),
    ("fr", "Velmora a annoncé la cession de 26 % du capital de Zentrix à Korvane.",
     ("ACQUIRES", "Korvane", "Zentrix")),
    # family 5: a co-investor named after "aux côtés de" is not what a stake is taken in
    ("fr", "Zentrix a bouclé une levée menée par Velmora, qui prend 7 % du groupe, aux côtés "
     "de Tarvo Equity et du fonds souverain singapourien Korvane.",
     ("INVESTS_IN", "Velmora", "Korvane")),
    ("fr", "L'opération a reçu le soutien de Velmora, la holding familiale qui détient 59 % du "
     "capital de Zentrix.", ("ACQUIRES", "Velmora", "Zentrix")),
    ("en", "The group competes with Zentrix, the European leader of the sector, controlled by "
     "Velmora Systems with 69%.", ("ACQUIRES", "Velmora Systems", "Zentrix")),
    ("fr", "Le groupe affronte Zentrix, le leader européen du secteur, contrôlé à 69 % par le "
     "groupe Velmora.", ("ACQUIRES", "Velmora", "Zentrix")),
    # family 6: the seller is not the buyer, and a company bought is no supply
    ("fr", "Le groupe Velmora a signé un accord avec la coopérative néo-zélandaise Korvane pour "
     "lui racheter Zentrix.", ("ACQUIRES", "Korvane", "Zentrix")),
    ("en", "Velmora Systems signed a deal with the dairy cooperative Korvane to buy Zentrix "
     "Group.", ("SUPPLIES", "Korvane", "Velmora Systems")),
    # family 8: the maker is not the customer
    ("en", "Velmora's chips also power servers built by Zentrix, which sells them to operators.",
     ("SUPPLIES", "Zentrix", "Velmora")),
    ("fr", "Le groupe Velmora exploite un supercalculateur construit pour lui par Korvane.",
     ("SUPPLIES", "Velmora", "Korvane")),
    # family 4: advisers hired for a task hold no role, nor supply anything as people
    ("en", "Velmora Systems has hired Korvane Capital to run its sale process.",
     ("EXECUTIVE_OF", "Korvane Capital", "Velmora Systems")),
    ("en", "Velmora Systems has hired Kristina Lindqvist to lead its European unit.",
     ("SUPPLIES", "Kristina Lindqvist", "Velmora Systems")),
    # family 4: production entrusted to a company is no role
    ("en", "The production of Zentrix chips is entrusted to Korvane Labs.",
     ("EXECUTIVE_OF", "Korvane Labs", "Zentrix")),
    # family 10: negated intentions, tips, former roles
    ("fr", "« Le club a enfin les moyens de ses ambitions, et il n'a pas vocation à se poser en "
     "concurrent de Zentrix », a déclaré Paul Marnier, président de Velmora.",
     ("COMPETES_WITH", "Velmora", "Zentrix")),
    ("fr", "Le groupe Velmora ne compte pas racheter Zentrix.", ("ACQUIRES", "Velmora", "Zentrix")),
    ("en", "Velmora Systems does not intend to buy Zentrix.",
     ("ACQUIRES", "Velmora Systems", "Zentrix")),
    ("en", "Velmora Systems has no plans to invest in Zentrix.",
     ("INVESTS_IN", "Velmora Systems", "Zentrix")),
    ("fr", "Korvane, qui avait un temps été pressentie pour investir dans Zentrix, s'était "
     "finalement retirée.", ("INVESTS_IN", "Korvane", "Zentrix")),
    ("en", "Velmora Systems was tipped to buy Zentrix last year.",
     ("ACQUIRES", "Velmora Systems", "Zentrix")),
    ("en", "Paul Marnier, Zentrix's co-founder and former chief executive, who stepped down in "
     "November, is not involved.", ("EXECUTIVE_OF", "Paul Marnier", "Zentrix")),
    ("fr", "Paul Marnier, cofondateur et ancien directeur général de Zentrix, a démissionné.",
     ("EXECUTIVE_OF", "Paul Marnier", "Zentrix")),
    # a leaving told by the clause's own verb after the title (session 23, wrongs: "has
    # resigned" was asserted here before, a current role, as a shape of role found)
    ("fr", "Paul Marnier, directeur des achats de Zentrix, a démissionné.",
     ("EXECUTIVE_OF", "Paul Marnier", "Zentrix")),
    # family 11: "en" before a verb that takes no stake, and "en" as a preposition
    ("fr", "Le groupe Velmora a racheté Zentrix et en contrôle la production.",
     ("INVESTS_IN", "Velmora", "Zentrix")),
    # family 6: a verb trigger after an article is a noun ("under a supply agreement")
    ("en", "Zentrix relies on Korvane to make its drugs under a supply agreement signed this "
     "year, and had planned to use Tarvo's plants.", ("SUPPLIES", "Zentrix", "Tarvo")),
    # family 7: a seller of a maker's goods is no supplier of the maker
    ("en", "Velmora Systems's products are sold by Zentrix.",
     ("SUPPLIES", "Zentrix", "Velmora Systems")),
    # family 3: a round another company of the sentence raises is not the topic's
    ("fr", "Le groupe Zentrix va racheter Korvane Aero. Le groupe Brellin a bouclé une levée de "
     "fonds menée par Velmora Capital.", ("INVESTS_IN", "Velmora Capital", "Zentrix")),
    # family 12: a board dominated by a shareholder is no market
    ("en", "Zentrix's board is dominated by Velmora Systems.",
     ("COMPETES_WITH", "Zentrix", "Velmora Systems")),
    # family 3: talks are no round
    ("en", "Zentrix raised $20 million. Korvane took part in talks with Tarvo.",
     ("INVESTS_IN", "Korvane", "Zentrix")),
    ("fr", "Zentrix, la filiale de Velmora, a signé avec Korvane et Tarvo.",
     ("PARTNERS_WITH", "Velmora", "Korvane")),
    ("en", "Velmora competes with Korvane, which makes drones for the army, and Zentrix said "
     "it would cut jobs.", ("COMPETES_WITH", "Velmora", "Zentrix")),
]


CASES = [(*case, True) for case in FOUND] + [(*case, False) for case in ABSENT]


@pytest.mark.parametrize(("text", "status"), [
    ("Velmora détient 30 % de Zentrix.", "reported"),
    ("Velmora investira 30 millions d'euros dans Zentrix.", "planned"),
])
def test_a_name_is_no_future(text: str, status: str) -> None:
    """A French future is read on verbs, not on a name ending like one ("Velmora")."""
    found = RuleExtractor().extract(Article(text=text, language="fr"))
    assert [str(r.status) for r in found.relations] == [status]


@pytest.mark.parametrize(("lang", "text", "relation", "asserted"), CASES)
def test_family(lang: str, text: str, relation: tuple[str, str, str], asserted: bool) -> None:
    """Each FOUND relation is asserted; no ABSENT one is."""
    (check_found if asserted else check_absent)(lang, text, relation)
