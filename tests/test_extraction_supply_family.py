"""Session 13, the supply relation as a whole family of cues, both languages (issue 11).

Written as invented sentences (names in no list) from the census of missed and wrong SUPPLIES
relations of the read sets (dev2, batches 1-7, 9 and 11; see docs/extraction-history.md,
"Session 13: supply family"), before the frames and the grammar were extended. Direction:
supplier -> customer; customer-side statements count ("Y buys from X" is X supplies Y).

Families that already held on invented sentences are kept here as well, so the family stays
whole: orders and contracts, awards and selections, use and reliance, provision, making for a
customer, services, outsourcing, sourcing, customer lists and customer nouns.

New in this pass:
- services through a provider: "X hosts its platform on Y", "processes payments through Y",
  "X héberge ses plateformes chez Y", "traite ses paiements via Y";
- licensing in French ("a acquis la licence de la technologie de Y", "concède sous licence
  sa molécule à Y") and granting a licence in English ("granted a licence ... to Y");
- awards to a supplier in French ("Y a attribué à X le marché", "a notifié à X un contrat",
  "a attribué un contrat de 5 millions d'euros à X") and a contract won from a customer
  named before the contract ("X a remporté auprès de Y un contrat portant sur ...");
- a customer as "one of" its supplier's customers in French ("Y, l'un des premiers clients
  français de X");
- making for a customer with more verbs ("will forge ... for Y", "Y has contracted X to
  make");
- gapped second complements of a supply verb ("sources its drives from A and its vision
  systems from B", "s'approvisionne en diamants auprès de A et en or auprès de B", "relies on
  A for its payments and on B for its cards");
- the French dative clitic ("Y mise sur des équipementiers : X lui fournit les antennes",
  "A compte parmi ses clients B, qui lui a commandé des tubes");
- offtake ("Y agreed to take a share of X's output") and goods with their maker in a
  participle phrase ("Y will buy the steam produced by X", "Y s'est engagé à acheter la
  vapeur produite par X", "utilise des turbines fournies par X");
- industrial goods as the owned noun opening a passive ("Les électrolyseurs de Y seront
  fournis par X");
- the head of "X's rival Y" / "X rival Y" is the clause's subject ("Velmora's rival Tarvex
  buys chips from Quistor": Tarvex buys);
- customer lists with the possessive pronoun and an adjective ("Parmi ses clients
  historiques figure Y"), customers drawn from a French group of companies ("à des
  fabricants de tuyaux, dont A et B"), deliveries taken ("took delivery of four of X's jets",
  "a pris livraison de ses avions auprès de X"), a retailer stocking brands ("which also
  stocks A", "also stocks A" after a relative clause that ends on a name: the comma closes
  the clause and "also" + a verb opens the main predicate, not an apposition);
- English customer and supplier nouns with the other party as the modifier ("X supplier Y",
  "Y, a longtime X supplier,", "Y has been an X customer since 2018"), not when former or
  prospective.

Kept out: a company bought from its seller ("buy Zentrix from Quistor", with or without an
apposition: a company changes hands, the seller supplies nothing), a share or spectrum sold,
money, shares and financing, denied, abandoned, conditional and former relations, and a
rival's purchase attached to the rival.
"""

from __future__ import annotations

import pytest

from tests.test_extraction_families import check_absent, check_found

S = "SUPPLIES"

FOUND = [
    # orders and contracts (held before; the family kept whole)
    ("fr", "Velmora a commandé 40 satellites à Quistor.", (S, "Quistor", "Velmora")),
    ("fr", "Velmora a passé commande de 40 satellites auprès de Quistor.",
     (S, "Quistor", "Velmora")),
    ("en", "Velmora placed an order with Quistor for 40 satellites.", (S, "Quistor", "Velmora")),
    ("en", "Velmora ordered 40 satellites from Quistor.", (S, "Quistor", "Velmora")),
    ("en", "Quistor won a contract from Velmora to supply tubes.", (S, "Quistor", "Velmora")),
    ("fr", "Quistor a remporté un contrat auprès de Velmora.", (S, "Quistor", "Velmora")),
    # a contract won from a customer named before the contract (new)
    ("fr", "Quistor a remporté auprès de Velmora un contrat portant sur la fourniture de tubes.",
     (S, "Quistor", "Velmora")),
    ("fr", "Quistor a décroché auprès de l'opérateur Velmora une commande de 30 rames.",
     (S, "Quistor", "Velmora")),
    # awards and selections
    ("en", "Velmora awarded Quistor a contract to build the plant.", (S, "Quistor", "Velmora")),
    ("en", "Velmora picked Quistor as its supplier of cells.", (S, "Quistor", "Velmora")),
    ("en", "Velmora tapped Quistor to build its plant.", (S, "Quistor", "Velmora")),
    ("en", "Quistor was selected by Velmora to supply the turbines.", (S, "Quistor", "Velmora")),
    ("fr", "Velmora a choisi Quistor comme fournisseur de cellules.", (S, "Quistor", "Velmora")),
    ("fr", "Velmora a attribué à Quistor le marché de la maintenance.",
     (S, "Quistor", "Velmora")),
    ("fr", "Velmora a notifié à Quistor un contrat d'études de 6 millions d'euros.",
     (S, "Quistor", "Velmora")),
    ("fr", "Velmora a attribué un contrat de 5 millions d'euros à Quistor.",
     (S, "Quistor", "Velmora")),
    # use, reliance, and the gapped second complement (new)
    ("en", "Velmora relies on Quistor for its payments and on Tarvex for its cards.",
     (S, "Tarvex", "Velmora")),
    ("fr", "Velmora s'appuie sur Quistor pour l'émission de ses cartes et sur Tarvex pour ses "
     "paiements.", (S, "Tarvex", "Velmora")),
    ("fr", "Velmora s'appuie sur le façonnier italien Quistor, qui lui fournit ses cuirs, ainsi "
     "que sur l'atelier portugais Tarvex.", (S, "Tarvex", "Velmora")),
    # sourcing, with a gapped second object (new)
    ("en", "Velmora sources its drives from Quistor and its vision systems from Tarvex.",
     (S, "Tarvex", "Velmora")),
    ("en", "Velmora sources its drives from Quistor and its vision systems from Tarvex.",
     (S, "Quistor", "Velmora")),
    ("fr", "Velmora s'approvisionne en diamants auprès de Quistor et en or auprès de Tarvex.",
     (S, "Tarvex", "Velmora")),
    ("fr", "Velmora s'approvisionne en diamants auprès de Quistor et en or auprès de Tarvex.",
     (S, "Quistor", "Velmora")),
    ("en", "Velmora sells cheese to Quistor and its milk to Tarvex.", (S, "Velmora", "Tarvex")),
    # provision, with the French dative clitic (new)
    ("fr", "Quistor mise sur des équipementiers : la start-up Velmora lui fournit les antennes.",
     (S, "Velmora", "Quistor")),
    ("fr", "Pour sa production, Quistor s'appuie sur le façonnier Velmora, qui lui fournit ses "
     "cuirs.", (S, "Velmora", "Quistor")),
    ("fr", "Quistor, dont Tarvex est actionnaire, achète des antennes à Velmora, qui lui livre "
     "aussi des écrans.", (S, "Velmora", "Quistor")),
    # making for a customer
    ("fr", "Velmora construit pour Quistor l'atterrisseur lunaire.", (S, "Velmora", "Quistor")),
    ("fr", "Velmora équipe plusieurs lignes de métro pour le compte de Quistor.",
     (S, "Velmora", "Quistor")),
    ("fr", "Velmora fait fabriquer ses cartouches par Quistor.", (S, "Quistor", "Velmora")),
    ("en", "Velmora will forge the pressure vessels for Quistor's first units.",
     (S, "Velmora", "Quistor")),
    ("en", "Quistor has contracted Velmora to make magnets for its motors.",
     (S, "Velmora", "Quistor")),
    ("fr", "La cuve de Quistor sera forgée par Velmora.", (S, "Velmora", "Quistor")),
    ("fr", "Les électrolyseurs de Quistor seront fournis par le fabricant allemand Velmora.",
     (S, "Velmora", "Quistor")),
    ("en", "Quistor's electrolysers will be supplied by German maker Velmora.",
     (S, "Velmora", "Quistor")),
    # services through a provider (new)
    ("en", "Velmora hosts its platform on Quistor.", (S, "Quistor", "Velmora")),
    ("en", "Velmora processes payments through Quistor and hosts its platform on Tarvex.",
     (S, "Quistor", "Velmora")),
    ("en", "Velmora processes payments through Quistor and hosts its platform on Tarvex.",
     (S, "Tarvex", "Velmora")),
    ("en", "Velmora runs its platform on Quistor under a multiyear contract.",
     (S, "Quistor", "Velmora")),
    ("en", "Velmora stores data on Quistor's cloud.", (S, "Quistor", "Velmora")),
    ("fr", "Velmora héberge ses plateformes chez Quistor.", (S, "Quistor", "Velmora")),
    ("fr", "Velmora héberge ses données chez Quistor depuis 2020.", (S, "Quistor", "Velmora")),
    ("fr", "Velmora traite ses paiements via Quistor.", (S, "Quistor", "Velmora")),
    # licensing (French new; English held)
    ("en", "Velmora licenses its catalog from Quistor and Tarvex.", (S, "Tarvex", "Velmora")),
    ("en", "Velmora licensed its compound to Quistor in 2023.", (S, "Velmora", "Quistor")),
    ("en", "Velmora granted a licence for its compound to Quistor.", (S, "Velmora", "Quistor")),
    ("fr", "Velmora a acquis la licence de la technologie de Quistor.",
     (S, "Quistor", "Velmora")),
    ("fr", "Velmora fabrique sous licence de Quistor des moteurs.", (S, "Quistor", "Velmora")),
    ("fr", "Velmora concède sous licence sa technologie à Quistor.", (S, "Velmora", "Quistor")),
    # customer lists and customer nouns
    ("fr", "Parmi les clients de Quistor figurent Velmora et Tarvex.", (S, "Quistor", "Tarvex")),
    ("fr", "Quistor compte parmi ses clients le chimiste catalan Velmora.",
     (S, "Quistor", "Velmora")),
    ("en", "Quistor, whose customers include Velmora and Tarvex, raised money.",
     (S, "Quistor", "Tarvex")),
    ("en", "Quistor counts Velmora and Tarvex among its customers.", (S, "Quistor", "Tarvex")),
    ("en", "Velmora, one of Quistor's first customers, signed.", (S, "Quistor", "Velmora")),
    ("en", "Velmora, the grocery distributor that was one of Quistor's first customers, signed.",
     (S, "Quistor", "Velmora")),
    ("fr", "Velmora est cliente de Quistor depuis 2018.", (S, "Quistor", "Velmora")),
    ("fr", "La coopérative Velmora, l'un des premiers clients français de Quistor, a commandé "
     "des machines.", (S, "Quistor", "Velmora")),
    ("fr", "Velmora, l'un des principaux clients de Quistor, a signé.",
     (S, "Quistor", "Velmora")),
    ("fr", "Velmora, l'un des premiers distributeurs de Quistor en France, a signé.",
     (S, "Quistor", "Velmora")),
    ("fr", "Quistor compte parmi ses clients Velmora, qui lui a commandé des tubes.",
     (S, "Quistor", "Velmora")),
    # customer lists with the possessive pronoun, an adjective before the verb (new)
    ("fr", "Quistor vend des antennes. Parmi ses clients figure Velmora.",
     (S, "Quistor", "Velmora")),
    ("fr", "Quistor vend des antennes. Parmi ses clients historiques figure Velmora, qui utilise "
     "ses terminaux.", (S, "Quistor", "Velmora")),
    ("fr", "Quistor vend des puces. Parmi ses clients actuels figurent Velmora et Tarvex.",
     (S, "Quistor", "Tarvex")),
    ("en", "Quistor sells chips. Its biggest customers include Velmora.",
     (S, "Quistor", "Velmora")),
    # customers drawn from a group of companies (new in French)
    ("fr", "Quistor vend l'essentiel de sa production à des fabricants de tuyaux, dont Velmora "
     "et Tarvex.", (S, "Quistor", "Tarvex")),
    ("fr", "Quistor vend des fromages à plusieurs chaînes, dont Velmora.",
     (S, "Quistor", "Velmora")),
    ("en", "Quistor sells most of its output to pipe makers, including Velmora and Tarvex.",
     (S, "Quistor", "Tarvex")),
    # deliveries taken by the customer (new)
    ("en", "Velmora took delivery of four of Quistor's jets.", (S, "Quistor", "Velmora")),
    ("en", "Velmora took delivery of its first jets from Quistor.", (S, "Quistor", "Velmora")),
    ("fr", "Velmora a pris livraison de ses premiers avions auprès de Quistor.",
     (S, "Quistor", "Velmora")),
    # a retailer stocking brands, also after a relative clause that ends on a name (new)
    ("en", "Tarvex, which runs 14 stores including a flagship in the Velmora Arcade, also stocks "
     "Zentrix and Quistor.", (S, "Quistor", "Tarvex")),
    ("en", "Tarvex, which runs 14 stores including a flagship in the Velmora Arcade, also buys "
     "chips from Quistor.", (S, "Quistor", "Tarvex")),
    ("en", "Quistor, whose platform is also used by Velmora and Tarvex, raised money.",
     (S, "Quistor", "Tarvex")),
    # English customer and supplier nouns with the other party as the modifier (new)
    ("en", "Quistor supplier Velmora raised prices.", (S, "Velmora", "Quistor")),
    ("en", "Velmora, a longtime Quistor supplier, raised prices.", (S, "Velmora", "Quistor")),
    ("en", "Velmora, the Quistor contractor, signed.", (S, "Velmora", "Quistor")),
    ("en", "Quistor customer Velmora signed.", (S, "Quistor", "Velmora")),
    ("en", "Velmora, a major Quistor customer, signed.", (S, "Quistor", "Velmora")),
    ("en", "Velmora has been a Quistor customer since 2018.", (S, "Quistor", "Velmora")),
    # passives and possessed goods
    ("en", "Velmora, whose movements are supplied by Quistor, was approached.",
     (S, "Quistor", "Velmora")),
    ("en", "Velmora has agreed to buy up to 12 of Quistor's reactors.",
     (S, "Quistor", "Velmora")),
    ("en", "Velmora signed a contract to supply Quistor with milk.", (S, "Velmora", "Quistor")),
    # offtake, and goods with their maker in a participle phrase (new)
    ("en", "Velmora has agreed to take a share of Quistor's output under an offtake contract.",
     (S, "Quistor", "Velmora")),
    ("en", "Velmora will buy most of Quistor's output.", (S, "Quistor", "Velmora")),
    ("en", "Velmora buys the steam produced by Quistor.", (S, "Quistor", "Velmora")),
    ("en", "Velmora makes power using turbines supplied by Quistor.", (S, "Quistor", "Velmora")),
    ("fr", "Velmora s'est engagé à acheter la vapeur produite par Quistor pendant quinze ans.",
     (S, "Quistor", "Velmora")),
    ("fr", "Velmora utilise des turbines fournies par Quistor.", (S, "Quistor", "Velmora")),
    # the head of "X's rival Y" is the buyer (new)
    ("en", "Velmora's rival Tarvex buys chips from Quistor.", (S, "Quistor", "Tarvex")),
    ("en", "Velmora rival Tarvex buys chips from Quistor.", (S, "Quistor", "Tarvex")),
]

ABSENT = [
    # a company changes hands: the seller supplies nothing
    ("en", "Velmora agreed to buy Zentrix from Quistor for $115 million.",
     (S, "Quistor", "Velmora")),
    ("en", "Velmora agreed to buy Zentrix Labs, a maker of locks, from private equity firm "
     "Quistor for $1.35 billion.", (S, "Quistor", "Velmora")),
    ("fr", "Velmora a racheté Zentrix à Quistor pour 100 millions d'euros.",
     (S, "Quistor", "Velmora")),
    # a share, spectrum and other assets are no goods
    ("en", "Quistor agreed to sell its share of the Zentrix alliance to Velmora for 1.5 billion "
     "euros.", (S, "Quistor", "Velmora")),
    ("en", "Velmora has agreed to buy wireless spectrum licences from Quistor for $17 billion.",
     (S, "Quistor", "Velmora")),
    ("en", "Quistor agreed to sell other spectrum licences to Velmora.",
     (S, "Quistor", "Velmora")),
    ("fr", "Quistor a cédé sa part de Zentrix à Velmora.", (S, "Quistor", "Velmora")),
    # a stake of a producer is no offtake
    ("en", "Velmora will take a 20% stake of Quistor's output business.",
     (S, "Quistor", "Velmora")),
    ("en", "Velmora bought shares of Quistor's parent.", (S, "Quistor", "Velmora")),
    # money, shares and financing
    ("en", "Quistor provided financing to Velmora.", (S, "Quistor", "Velmora")),
    ("en", "Quistor supplied $40 million in funding to Velmora.", (S, "Quistor", "Velmora")),
    ("en", "The bank Quistor provides a loan to Velmora.", (S, "Quistor", "Velmora")),
    ("en", "Quistor sold shares to Velmora.", (S, "Quistor", "Velmora")),
    ("fr", "Quistor fournit un financement de 40 millions d'euros à Velmora.",
     (S, "Quistor", "Velmora")),
    ("fr", "Quistor a vendu des actions à Velmora.", (S, "Quistor", "Velmora")),
    ("fr", "Velmora a obtenu une licence bancaire de Quistor.", (S, "Quistor", "Velmora")),
    ("fr", "Velmora a attribué une subvention de 2 millions d'euros à Quistor.",
     (S, "Quistor", "Velmora")),
    # denied, abandoned, conditional, former
    ("en", "Velmora denied that it buys chips from Quistor.", (S, "Quistor", "Velmora")),
    ("en", "Velmora abandoned plans to buy turbines from Quistor.", (S, "Quistor", "Velmora")),
    ("en", "Velmora no longer buys chips from Quistor.", (S, "Quistor", "Velmora")),
    ("en", "Velmora could order jets from Quistor.", (S, "Quistor", "Velmora")),
    ("en", "Velmora, a former customer of Quistor, signed with Tarvex.",
     (S, "Quistor", "Velmora")),
    ("fr", "Velmora, ancien client de Quistor, a signé avec Tarvex.", (S, "Quistor", "Velmora")),
    ("fr", "Velmora a démenti s'approvisionner auprès de Quistor.", (S, "Quistor", "Velmora")),
    ("fr", "Velmora a renoncé à acheter des turbines à Quistor.", (S, "Quistor", "Velmora")),
    ("fr", "Velmora pourrait commander des avions à Quistor.", (S, "Quistor", "Velmora")),
    # attachment: the rival is the buyer, not the company it rivals
    ("en", "Velmora's rival Tarvex buys chips from Quistor.", (S, "Quistor", "Velmora")),
    ("en", "Velmora rival Tarvex buys chips from Quistor.", (S, "Quistor", "Velmora")),
    ("en", "Velmora's long-time supplier Tarvex buys chips from Quistor.",
     (S, "Quistor", "Velmora")),
    ("fr", "Tarvex, concurrent de Velmora, achète ses puces à Quistor.",
     (S, "Quistor", "Velmora")),
    # services: a place is no provider, another's workloads are a service to their owner
    ("en", "Velmora will run the social media giant's workloads at its Quistor campus.",
     (S, "Quistor", "Velmora")),
    ("en", "Velmora hosts its own platform on servers in Quistor.", (S, "Quistor", "Velmora")),
    ("fr", "Velmora héberge sa propre plateforme chez Quistor.", (S, "Quistor", "Velmora")),
    ("fr", "Les salariés de Quistor seront formés par Velmora.", (S, "Velmora", "Quistor")),
    # the place a relative clause ends on is no buyer; an apposition opened by "also" and a
    # noun still describes the name before it
    ("en", "Tarvex, which runs 14 stores including a flagship in the Velmora Arcade, also stocks "
     "Zentrix and Quistor.", (S, "Quistor", "Velmora Arcade")),
    ("en", "Tarvex, which builds plants with Velmora, also a supplier to Quistor, signed.",
     (S, "Tarvex", "Quistor")),
    ("en", "Velmora, a former Quistor customer, signed.", (S, "Quistor", "Velmora")),
    ("en", "Velmora, once one of Quistor's anchor customers, bought a plant.",
     (S, "Quistor", "Velmora")),
    ("en", "Velmora, formerly Quistor's largest customer, bought a plant.",
     (S, "Quistor", "Velmora")),
    ("en", "Velmora, a prospective Quistor supplier, signed.", (S, "Velmora", "Quistor")),
    ("en", "Quistor rival Velmora signed with Tarvex.", (S, "Quistor", "Velmora")),
    # a dative clitic with no supply verb, or outside the clause
    ("fr", "Quistor a rencontré Velmora, qui lui a présenté ses comptes.",
     (S, "Velmora", "Quistor")),
    ("fr", "Quistor, dont Tarvex est actionnaire, achète des antennes à Velmora, qui lui livre "
     "aussi des écrans.", (S, "Velmora", "Tarvex")),
    # the gapped complement stays a goods phrase: a second verb is another clause
    ("en", "Velmora buys chips from Quistor and sells its phones to Tarvex.",
     (S, "Tarvex", "Velmora")),
]


CASES = [(*case, True) for case in FOUND] + [(*case, False) for case in ABSENT]


@pytest.mark.parametrize(("lang", "text", "relation", "asserted"), CASES)
def test_family(lang: str, text: str, relation: tuple[str, str, str], asserted: bool) -> None:
    """Each FOUND relation is asserted; no ABSENT one is."""
    (check_found if asserted else check_absent)(lang, text, relation)
