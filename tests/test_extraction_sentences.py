"""The rule extractor on invented sentences: each relation type, each modality, both languages.

None of these sentences comes from the evaluation sets; they check that the cue lexicons and
frames generalise (unknown company names included).
"""

from __future__ import annotations

from datetime import date

import pytest

from loaders.extraction.pipeline import RuleExtractor
from ontology.records import Article, Extraction

EXTRACTOR = RuleExtractor(on_error="raise")


def _extract(text: str, lang: str) -> Extraction:
    return EXTRACTOR.extract(Article(text=text, language=lang, date=date(2025, 6, 2),
                                     publisher="Test Wire"))


def _named(x: Extraction) -> set[tuple[str, str, str, str]]:
    names = {e.id: e.name for e in x.entities}
    return {(str(r.type), names.get(r.source, r.source), names.get(r.target, r.target),
             str(r.status)) for r in x.relations}


ASSERTED = [
    # English
    ("en", "Siemens agreed to acquire Altair Engineering for $10 billion, the German group said.",
     ("ACQUIRES", "Siemens", "Altair Engineering")),
    ("en", "Renault has taken a 15% stake in Zephyr Robotics, a Lyon-based start-up.",
     ("INVESTS_IN", "Renault", "Zephyr Robotics")),
    ("en", "Kestrel Dynamics has poured more than $2 billion into Lumio Labs since 2023.",
     ("INVESTS_IN", "Kestrel Dynamics", "Lumio Labs")),
    ("en", "Samsung Electronics will supply memory chips to Tesla under a multi-year agreement.",
     ("SUPPLIES", "Samsung Electronics", "Tesla")),
    ("en", "BMW buys battery cells from Northvolt for its electric models.",
     ("SUPPLIES", "Northvolt", "BMW")),
    ("en", "Infineon and STMicroelectronics announced a partnership to develop new chips.",
     ("PARTNERS_WITH", "Infineon", "STMicroelectronics")),
    ("en", "Qualcomm competes with MediaTek in smartphone processors.",
     ("COMPETES_WITH", "MediaTek", "Qualcomm")),
    ("en", "Mary Barra, chief executive of General Motors, said demand remained strong.",
     ("EXECUTIVE_OF", "Mary Barra", "General Motors")),
    ("en", "Pfizer completed its $43 billion acquisition of Seagen in December.",
     ("ACQUIRES", "Pfizer", "Seagen")),
    ("en", "Northvolt, a Swedish battery maker backed by Volkswagen and Goldman Sachs, said more.",
     ("INVESTS_IN", "Goldman Sachs", "Northvolt")),
    ("en", "Microsoft-backed OpenAI signed a cloud deal with Oracle.",
     ("INVESTS_IN", "Microsoft", "OpenAI")),
    ("en", "Amazon is a major customer of Nvidia, the chipmaker said.",
     ("SUPPLIES", "Nvidia", "Amazon")),
    ("en", "Kestrel Dynamics was acquired by Lockheed Martin last year.",
     ("ACQUIRES", "Lockheed Martin", "Kestrel Dynamics")),
    ("en", "Vantor Labs raised $200 million from Sequoia Capital and Accel in a funding round.",
     ("INVESTS_IN", "Accel", "Vantor Labs")),
    ("en", "The deal was first reported by the Financial Times on Sunday.",
     ("REPORTED_BY", "ARTICLE", "Financial Times")),
    # French
    ("fr", "Renault a annoncé lundi le rachat de la start-up nantaise Zenpark pour 50 millions "
           "d'euros.", ("ACQUIRES", "Renault", "Zenpark")),
    ("fr", "TotalEnergies va investir 2 milliards d'euros dans la société Hydrogène Vert.",
     ("INVESTS_IN", "TotalEnergies", "Hydrogène Vert")),
    ("fr", "Michelin fournit des pneus à Stellantis depuis 2019.",
     ("SUPPLIES", "Michelin", "Stellantis")),
    ("fr", "Airbus s'approvisionne en titane auprès du groupe américain Howmet Aerospace.",
     ("SUPPLIES", "Howmet Aerospace", "Airbus")),
    ("fr", "Safran et Thales ont signé un accord de partenariat dans l'optronique.",
     ("PARTNERS_WITH", "Safran", "Thales")),
    ("fr", "Patrick Pouyanné, PDG de TotalEnergies, a confirmé l'investissement.",
     ("EXECUTIVE_OF", "Patrick Pouyanné", "TotalEnergies")),
    ("fr", "Dassault Systèmes est client de Capgemini pour ses services informatiques.",
     ("SUPPLIES", "Capgemini", "Dassault Systèmes")),
    ("fr", "BNP Paribas a pris une participation de 10 % au capital de la fintech Qonto.",
     ("INVESTS_IN", "BNP Paribas", "Qonto")),
    ("fr", "Le constructeur Renault est en concurrence avec le chinois BYD sur le marché européen.",
     ("COMPETES_WITH", "BYD", "Renault")),
    ("fr", "Doctolib a levé 500 millions d'euros auprès de General Atlantic et Eurazeo.",
     ("INVESTS_IN", "General Atlantic", "Doctolib")),
    ("fr", "Dans une interview accordée au Figaro, la patronne d'Engie a évoqué le marché.",
     ("REPORTED_BY", "ARTICLE", "Le Figaro")),
    ("fr", "Selon le Wall Street Journal, Apple a racheté la start-up Kestrel pour 1 milliard.",
     ("ACQUIRES", "Apple", "Kestrel")),
    ("en", "Apple also buys processors made by Taiwan Semiconductor Manufacturing Co.",
     ("SUPPLIES", "TSMC", "Apple")),
    ("fr", "Stellantis a publié ses ventes. Face à Renault et Volkswagen, ses principaux "
           "concurrents, le groupe mise sur l'Asie.",
     ("COMPETES_WITH", "Renault", "Stellantis")),
    ("en", "Kestrel Labs said it relies on Amazon, one of its largest investors, for cloud.",
     ("INVESTS_IN", "Amazon", "Kestrel Labs")),
    ("en", "Vela Air placed a record order with Airbus for 80 jets.",
     ("SUPPLIES", "Airbus", "Vela Air")),
    ("en", "Kestrel Dynamics won a $2 billion contract from Lockheed Martin.",
     ("SUPPLIES", "Kestrel Dynamics", "Lockheed Martin")),
    ("fr", "Orion Rail a décroché une commande de 40 trains auprès de la SNCF Voyageurs.",
     ("SUPPLIES", "Orion Rail", "SNCF")),
    ("fr", "Vela Batteries, premier fournisseur de Renault, a annoncé une nouvelle usine.",
     ("SUPPLIES", "Vela Batteries", "Renault")),
    ("en", "Helix Biotech, which counts Sanofi among its largest shareholders, fell 3%.",
     ("INVESTS_IN", "Sanofi", "Helix Biotech")),
    ("fr", "Orion Motors, dont le constructeur Renault détient 30 %, a publié ses résultats.",
     ("INVESTS_IN", "Renault", "Orion Motors")),
]


@pytest.mark.parametrize(("lang", "text", "expected"), ASSERTED)
def test_asserted_relation(lang: str, text: str, expected: tuple[str, str, str]) -> None:
    x = _extract(text, lang)
    edges = {(t, s, o) for t, s, o, status in _named(x)
             if status in ("reported", "announced", "planned", "completed")}
    assert expected in edges, _named(x)


CLAIMS = [
    ("en", "Ford denied reports that it was in talks to buy Rivian.",
     ("ACQUIRES", "Ford", "Rivian", "denied")),
    ("en", "Sony could acquire Kadokawa if the talks succeed.",
     ("ACQUIRES", "Sony", "Kadokawa", "hypothetical")),
    ("en", "Bloomberg reported that Shell is considering a bid for BP.",
     ("ACQUIRES", "Shell", "BP", "in_talks")),
    ("en", "Former Boeing CEO Dave Calhoun joined the board of Acme Aerospace.",
     ("EXECUTIVE_OF", "Dave Calhoun", "Boeing", "former")),
    ("en", "The European Commission blocked Siemens' planned acquisition of Alstom.",
     ("ACQUIRES", "Siemens", "Alstom", "denied")),
    ("en", "Shareholders of Brightline Mining voted down the proposed acquisition of Brightline "
           "Mining by Copperfield.", ("ACQUIRES", "Copperfield", "Brightline Mining", "denied")),
    ("fr", "Selon Les Echos, Carrefour envisagerait de racheter Cora.",
     ("ACQUIRES", "Carrefour", "Cora", "hypothetical")),
    ("fr", "Mistral AI pourrait être rachetée par Apple, selon des rumeurs.",
     ("ACQUIRES", "Apple", "Mistral AI", "rumoured")),
    ("fr", "L'ancien directeur général de Renault, Luca de Meo, a rejoint Kering.",
     ("EXECUTIVE_OF", "Luca de Meo", "Renault", "former")),
    ("fr", "Orange a rejeté l'offre de Bouygues Telecom pour racheter SFR.",
     ("ACQUIRES", "Bouygues Telecom", "SFR", "denied")),
    ("fr", "Nexity n'investira pas dans Kaufman & Broad, a précisé le groupe.",
     ("INVESTS_IN", "Nexity", "Kaufman & Broad", "denied")),
    ("fr", "Safran est en négociations pour racheter Collins Aerospace.",
     ("ACQUIRES", "Safran", "Collins Aerospace", "in_talks")),
]


@pytest.mark.parametrize(("lang", "text", "expected"), CLAIMS)
def test_claim_is_kept_but_not_asserted(lang: str, text: str,
                                        expected: tuple[str, str, str, str]) -> None:
    found = _named(_extract(text, lang))
    assert expected in found, found
    t, s, o, _ = expected
    assert not {f for f in found if f[:3] == (t, s, o)
                and f[3] in ("reported", "announced", "planned", "completed")}, found


def test_planned_and_amount_bounds() -> None:
    x = _extract("Nvidia plans to invest up to $5 billion in Intel, the companies said.", "en")
    [rel] = [r for r in x.relations if str(r.type) == "INVESTS_IN"]
    assert str(rel.status) == "planned"
    assert rel.amount is not None and (rel.amount.value, rel.amount.currency,
                                       rel.amount.bound) == (5e9, "USD", "up_to")


def test_respectively_distributes_amounts() -> None:
    x = _extract("Alpha Corp and Beta Corp will invest $1 billion and $2 billion, respectively, "
                 "in Gamma Corp.", "en")
    amounts = {x.entity(r.source).name: r.amount.value for r in x.relations
               if str(r.type) == "INVESTS_IN" and r.amount}
    assert amounts == {"Alpha": 1e9, "Beta": 2e9}


def _amounts(x: Extraction, rtype: str = "INVESTS_IN") -> dict[tuple[str, str], float | None]:
    return {(x.entity(r.source).name, x.entity(r.target).name): r.amount.value if r.amount
            else None for r in x.relations if str(r.type) == rtype}


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Orvane Systems will invest up to $3 billion and Kestrel Dynamics up to $7 billion "
           "in Lumio Labs, the companies said."),
    ("en", "Orvane Systems invested $3 billion, and Kestrel Dynamics $7 billion, into Lumio Labs."),
    ("fr", "Orvane Systems investira jusqu'à 3 milliards de dollars et Kestrel Dynamics "
           "7 milliards de dollars dans Lumio Labs, ont indiqué les deux groupes."),
])
def test_gapped_coordination_gives_each_investor_its_own_amount(lang: str, text: str) -> None:
    found = _amounts(_extract(text, lang))
    assert found == {("Orvane Systems", "Lumio Labs"): 3e9, ("Kestrel Dynamics", "Lumio Labs"): 7e9}


@pytest.mark.parametrize(("lang", "text", "expected"), [
    # two objects, each with its own preposition: each investor its own object and amount
    ("en", "Orvane Systems invested $3 billion in Lumio Labs and Kestrel Dynamics $7 billion "
           "in Brisa Robotics.", {("Orvane Systems", "Lumio Labs"): 3e9,
                                  ("Kestrel Dynamics", "Brisa Robotics"): 7e9}),
    # the second name is the subject of its own verb
    ("en", "Orvane Systems invested $3 billion in Lumio Labs, and Kestrel Dynamics shares rose "
           "4% on the news.", {("Orvane Systems", "Lumio Labs"): 3e9}),
])
def test_no_gapping_without_the_shape(lang: str, text: str,
                                      expected: dict[tuple[str, str], float]) -> None:
    assert _amounts(_extract(text, lang)) == expected


def test_event_date_from_weekday() -> None:
    x = _extract("Renault a annoncé mardi le rachat de Zenpark.", "fr")
    [rel] = [r for r in x.relations if str(r.type) == "ACQUIRES"]
    assert rel.event_date == date(2025, 5, 27)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Orbital Pumps said on Friday it had completed its acquisition of Tidewell."),
        ("fr", "Orbital Pumps a annoncé vendredi avoir finalisé le rachat de Tidewell."),
    ],
)
def test_completion_outranks_the_announcement_of_it(lang: str, text: str) -> None:
    found = _named(_extract(text, lang))
    assert ("ACQUIRES", "Orbital Pumps", "Tidewell", "completed") in found, found


def test_a_plan_to_complete_stays_planned() -> None:
    x = _extract("Orbital Pumps plans to complete its acquisition of Tidewell next year.", "en")
    statuses = {str(r.status) for r in x.relations if str(r.type) == "ACQUIRES"}
    assert statuses == {"planned"}, _named(x)


@pytest.mark.parametrize("text", [
    "Kestrel Dynamics put pressure on Lumio Labs to move production into India.",
    "Kestrel Dynamics put its robotics unit into a new holding company, Brisa Robotics.",
])
def test_money_verbs_need_money(text: str) -> None:
    assert not [r for r in _extract(text, "en").relations if str(r.type) == "INVESTS_IN"]


# Issue 11: mechanisms that must hold on names in no list, both languages. Each entry is a
# relation that must be asserted (type, source name, target name).
GENERAL_FOUND = [
    # a common-word alias at the end of a longer name ("Capital" is also a magazine)
    ("fr", "Le fonds Korvane Ace Capital a finalisé le rachat de Zorbel.",
     ("ACQUIRES", "Korvane Ace Capital", "Zorbel")),
    ("en", "Zentrix makes drones. Zentrix raised $40 million in a round led by Q Capital.",
     ("INVESTS_IN", "Q Capital", "Zentrix")),
    # people whose first name is in no list, typed by the role before them
    ("en", "Zorbex chief executive Jens H. Lund said the plant would open in May.",
     ("EXECUTIVE_OF", "Jens H. Lund", "Zorbex")),
    ("en", "Velmora co-founder and chief executive officer Jan van de Wetering said so.",
     ("EXECUTIVE_OF", "Jan van de Wetering", "Velmora")),
    ("en", "Quarnel president and chief executive officer (CEO) Tavish Omundo said sales rose.",
     ("EXECUTIVE_OF", "Tavish Omundo", "Quarnel")),
    ("fr", "Le président-directeur général (PDG) de Brelandis, Ouarda Tiskaoui, a confirmé.",
     ("EXECUTIVE_OF", "Ouarda Tiskaoui", "Brelandis")),
    # a description with no clue of its own ("la société", "the company") goes to the
    # article's main company rather than to the last one named
    ("fr", "Brelandis a été racheté par le fonds Korvane. Brelandis fabrique des capteurs et "
     "Brelandis emploie 300 personnes. Selon Korvane, la transaction sera bouclée en juin. "
     "La société affronte notamment l'allemand Quistor.",
     ("COMPETES_WITH", "Brelandis", "Quistor")),
    ("en", "Velmora was bought by Quarnel Partners last year. Velmora makes sensors, and Velmora "
     "employs 300 people. According to Quarnel Partners, the deal closes in June. The company "
     "competes with Zentrix Robotics in Europe.", ("COMPETES_WITH", "Velmora", "Zentrix Robotics")),
    # buying shares is an investment, not a takeover
    ("en", "The Quarnel Investment Authority bought new Zentrix shares worth $50 million.",
     ("INVESTS_IN", "Quarnel Investment Authority", "Zentrix")),
    # rivals: adjectives between the noun and the names, a possessive apposition, a copula
    ("fr", "Korvane affronte sur les appels d'offres solaires ses concurrents français "
     "Brelandis et Quistor.", ("COMPETES_WITH", "Korvane", "Quistor")),
    ("en", "Velmora, Zentrix's main rival in drones, will buy parts from Quistor.",
     ("COMPETES_WITH", "Velmora", "Zentrix")),
    ("en", "Velmora, Zentrix's main rival in drones, will buy parts from Quistor.",
     ("SUPPLIES", "Quistor", "Velmora")),
    ("en", "Velmora's closest rival in drones is Zentrix Robotics, a Boston-based company.",
     ("COMPETES_WITH", "Velmora", "Zentrix Robotics")),
    ("en", "The deal strengthens Velmora against its main rivals, Switzerland's Zentrix and "
     "Quistor Group.", ("COMPETES_WITH", "Velmora", "Quistor")),
    # a product noun that qualifies a company noun does not make the name a product
    ("en", "Velmora said it had completed its $9 billion acquisition of Quistrel, the "
     "cybersecurity and observability software company.", ("ACQUIRES", "Velmora", "Quistrel")),
    ("en", "Zorbex agreed to buy Quistrel, a data storage software maker, for $2 billion.",
     ("ACQUIRES", "Zorbex", "Quistrel")),
    # partnership cues: collaborations, co-development, working with, jointly
    ("en", "Velmora has research collaborations with Zentrix Sciences and Quistor.",
     ("PARTNERS_WITH", "Velmora", "Quistor")),
    ("en", "Velmora already co-develops and co-markets the drug Zelkany with Quistor.",
     ("PARTNERS_WITH", "Velmora", "Quistor")),
    ("en", "Velmora has worked with Quistor since 2021 to develop new turbines.",
     ("PARTNERS_WITH", "Velmora", "Quistor")),
    ("en", "Velmora and Quistor will jointly develop the hardware.",
     ("PARTNERS_WITH", "Velmora", "Quistor")),
    ("fr", "Korvane est par ailleurs associé à Velmora et à Quistor au sein du groupement.",
     ("PARTNERS_WITH", "Korvane", "Quistor")),
    ("fr", "Korvane et Quistor codéveloppent depuis 2020 le vaccin Zelkany.",
     ("PARTNERS_WITH", "Korvane", "Quistor")),
    # supply cues: "for" a customer, a possessor's products made by X, contracts won with a
    # customer, capacity for a customer, a contractor hired, a customer's choice of products
    ("en", "Velmora makes chiplets for servers. Its most advanced chiplets are manufactured by "
     "Quistor Semiconductor on a 3-nanometre process.",
     ("SUPPLIES", "Quistor Semiconductor", "Velmora")),
    ("en", "Velmora, which supplies the chips for Zentrix' data centres, joined the round.",
     ("SUPPLIES", "Velmora", "Zentrix")),
    ("en", "Velmora has won contracts with Zentrix and Quistor.",
     ("SUPPLIES", "Velmora", "Quistor")),
    ("en", "Velmora will double its production capacity for Zentrix next year.",
     ("SUPPLIES", "Velmora", "Zentrix")),
    ("en", "Velmora has hired engineering group Quistor to manage construction of the plant.",
     ("SUPPLIES", "Quistor", "Velmora")),
    ("fr", "Le spécialiste Korvane a déjà choisi les processeurs de Quistor pour équiper un "
     "supercalculateur.", ("SUPPLIES", "Quistor", "Korvane")),
    ("fr", "Korvane fournit des pièces forgées pour les moteurs de Quistor.",
     ("SUPPLIES", "Korvane", "Quistor")),
    ("fr", "Korvane a confié la construction de l'usine à Quistor.",
     ("SUPPLIES", "Quistor", "Korvane")),
    ("fr", "Korvane a remporté des contrats avec Quistor et Velmora.",
     ("SUPPLIES", "Korvane", "Velmora")),
    # a national government is an investor like any organisation
    ("fr", "L'État allemand, deuxième actionnaire de Quistor avec 12 % du capital, reste opposé "
     "à un rapprochement.", ("INVESTS_IN", "État allemand", "Quistor")),
    ("en", "Velmora raised $100 million from the German government and Quistor.",
     ("INVESTS_IN", "German government", "Velmora")),
    # an outlet named as a party is one
    ("en", "Velmora has agreed to buy Semafor, the online news outlet, for $150 million.",
     ("ACQUIRES", "Velmora", "Semafor")),
    ("fr", "Korvane a finalisé le rachat de La Tribune pour 20 millions d'euros.",
     ("ACQUIRES", "Korvane", "La Tribune")),
    # capital stakes given by a percentage; a majority stake is also control
    ("fr", "Korvane va prendre 30 % du capital de Quistor pour 1,7 milliard d'euros.",
     ("INVESTS_IN", "Korvane", "Quistor")),
    ("fr", "Korvane, qui avait pris en 2022 une participation de 8,1 % dans Quistor, en reste "
     "l'un des principaux actionnaires.", ("INVESTS_IN", "Korvane", "Quistor")),
    ("fr", "Korvane, qui était entré au capital de Quistor en 2021, a suivi l'opération.",
     ("INVESTS_IN", "Korvane", "Quistor")),
    ("en", "Velmora will take more than 20% of the capital of Zentrix.",
     ("INVESTS_IN", "Velmora", "Zentrix")),
    ("fr", "Le canadien Korvane détient désormais 97,3 % du capital de Quistor.",
     ("ACQUIRES", "Korvane", "Quistor")),
    ("en", "Velmora now owns 97% of Zentrix after the tender offer.",
     ("ACQUIRES", "Velmora", "Zentrix")),
    # names from their form: a legal suffix (cleanco's list), camelCase, a descriptor before
    ("fr", "Pierre Durand SAS a racheté Quistor.", ("ACQUIRES", "Pierre Durand", "Quistor")),
    ("en", "Zorbex Technologies GmbH agreed to buy Quistor.",
     ("ACQUIRES", "Zorbex Technologies", "Quistor")),
    ("en", "Quistor has invested in iZorbex, a maker of drones.",
     ("INVESTS_IN", "Quistor", "iZorbex")),
    ("en", "Startup Zorbex raised $10 million from Quistor Ventures.",
     ("INVESTS_IN", "Quistor Ventures", "Zorbex")),
    # sources: adjectives between the outlet noun and an unknown outlet's name, "reviewed by",
    # a closing ", X reported"
    ("fr", "Selon le magazine spécialisé Quotidor, Korvane prépare une offre sur Quistor.",
     ("REPORTED_BY", "ARTICLE", "Quotidor")),
    ("fr", "Selon le quotidien économique italien Il Sole 24 Ore, la valorisation a fait débat.",
     ("REPORTED_BY", "ARTICLE", "Il Sole 24 Ore")),
    ("en", "The takeover was first reported by Danish business daily Velposten in September.",
     ("REPORTED_BY", "ARTICLE", "Velposten")),
    ("en", "Velmora's chief executive wrote in a memo that was reviewed by Reuters that costs "
     "would fall.", ("REPORTED_BY", "ARTICLE", "Reuters")),
    ("en", "Velmora has approached Zentrix about a takeover, but the board rejected its offer, "
     "Quillbrook reported last week.", ("REPORTED_BY", "ARTICLE", "Quillbrook")),
    # a group named by its members acts as each of them; a descriptor inside a list
    ("fr", "Le consortium formé par Velmora, Quistor et le fonds Korvane Ace Capital a finalisé "
     "le rachat de Zorbel.", ("ACQUIRES", "Korvane Ace Capital", "Zorbel")),
    ("fr", "Le consortium formé par Velmora, Quistor et le fonds Korvane Ace Capital a finalisé "
     "le rachat de Zorbel.", ("ACQUIRES", "Velmora", "Zorbel")),
    ("fr", "Le consortium formé par Velmora, Quistor et le fonds Korvane Ace Capital a finalisé "
     "le rachat de Zorbel.", ("PARTNERS_WITH", "Velmora", "Quistor")),
    ("en", "A consortium led by Velmora and Quistor Partners agreed to buy Zentrix.",
     ("ACQUIRES", "Quistor Partners", "Zentrix")),
    # co-investors named after "alongside" / "aux côtés de"; a private placement
    ("en", "Velmora, which supplies the chips for Zentrix' data centres, joined a $700 million "
     "private placement in the company in December alongside venture firm Quistor.",
     ("INVESTS_IN", "Quistor", "Zentrix")),
    ("en", "Velmora, which supplies the chips for Zentrix' data centres, joined a $700 million "
     "private placement in the company in December alongside venture firm Quistor.",
     ("INVESTS_IN", "Velmora", "Zentrix")),
    ("fr", "Korvane a investi 20 millions d'euros dans Quistor aux côtés du fonds Velmora.",
     ("INVESTS_IN", "Velmora", "Quistor")),
    # platform distribution; a possessive maker of a product is a company and a supplier
    ("en", "Zentrix has added Velmora's models to its Copilot platform.",
     ("SUPPLIES", "Velmora", "Zentrix")),
    ("fr", "Korvane a intégré les modèles de Quistor à sa plateforme cloud.",
     ("SUPPLIES", "Quistor", "Korvane")),
    ("en", "Zentrix buys Velmora's chips for its servers.", ("SUPPLIES", "Velmora", "Zentrix")),
    # a subsidiary named after its parent is the party
    ("fr", "Korvane a racheté la filiale de Quistor, Zelbar, pour 200 millions d'euros.",
     ("ACQUIRES", "Korvane", "Zelbar")),
    ("fr", "Korvane va investir 50 millions d'euros dans la filiale française de Quistor, "
     "Zelbar.", ("INVESTS_IN", "Korvane", "Zelbar")),
    ("en", "Velmora agreed to buy Zentrix's subsidiary Quorbis for $2 billion.",
     ("ACQUIRES", "Velmora", "Quorbis")),
    ("en", "Velmora agreed to buy the Zentrix unit Quorbis for $2 billion.",
     ("ACQUIRES", "Velmora", "Quorbis")),
    # a name after an organisation noun is an organisation, even with a given name in it
    ("fr", "Le groupe belge Jean Martinot a finalisé le rachat de Quistor. « Nous créons un "
     "acteur européen », s'est félicité Bernard Serin, président de Jean Martinot.",
     ("EXECUTIVE_OF", "Bernard Serin", "Jean Martinot")),
    # customers after "pour" far from the verb, a second one under the same preposition;
    # a supplier named by a possessive after "has been"
    ("fr", "Korvane fournit notamment des pièces forgées en titane et en alliages à haute "
     "performance pour les structures des avions de Quistor et pour les moteurs de Zelbar.",
     ("SUPPLIES", "Korvane", "Zelbar")),
    ("en", "Velmora, which builds most of the parts of the 737 jet, has been Zentrix's largest "
     "supplier since it became independent in 2005.", ("SUPPLIES", "Velmora", "Zentrix")),
    # rounds led, backing, lists after "include", retail distribution
    ("en", "Velmora makes drones. Velmora led Zentrix's $50 million Series B round.",
     ("INVESTS_IN", "Velmora", "Zentrix")),
    ("fr", "Korvane a mené la levée de fonds de Quistor.", ("INVESTS_IN", "Korvane", "Quistor")),
    ("en", "Zentrix's investors include Velmora and Quistor Capital.",
     ("INVESTS_IN", "Quistor Capital", "Zentrix")),
    ("en", "Velmora makes drones. Velmora backs Zentrix, a maker of drones.",
     ("INVESTS_IN", "Velmora", "Zentrix")),
    ("en", "Velmora makes drones. Velmora's products are stocked by retailers including Quistor "
     "and Zorbex.", ("SUPPLIES", "Velmora", "Zorbex")),
    # a sale of a company: the buyer acquires it
    ("en", "Velmora makes drones. Velmora has agreed to sell Zentrix to Quistor for $2 billion.",
     ("ACQUIRES", "Quistor", "Zentrix")),
    ("fr", "Korvane a cédé sa filiale Zelbar à Quistor pour 200 millions d'euros.",
     ("ACQUIRES", "Quistor", "Zelbar")),
    ("en", "Velmora makes drones. Velmora sells chips to Quistor.",
     ("SUPPLIES", "Velmora", "Quistor")),
    # "se mesurer à" is a rivalry; a blocking word in an earlier clause does not block
    ("fr", "Sur ce marché, Korvane se mesure notamment à Quistor et à Zelbar.",
     ("COMPETES_WITH", "Korvane", "Zelbar")),
    ("fr", "Sur le marché de l'hydrogène, Korvane affronte Quistor.",
     ("COMPETES_WITH", "Korvane", "Quistor")),
    # "la PME" refers back to a company
    ("fr", "Korvane, une PME de Tulle, fabrique des vannes. Pour ses aciers, la PME "
     "s'approvisionne auprès de Quistor.", ("SUPPLIES", "Quistor", "Korvane")),
    # taking part in a round, a customer of the possessor's product, joint laboratories, charters
    ("en", "Quarnel Development Fund also took part in Zentrix's round.",
     ("INVESTS_IN", "Quarnel Development Fund", "Zentrix")),
    ("en", "Zentrix's software is used by Velmora.", ("SUPPLIES", "Zentrix", "Velmora")),
    ("en", "Zentrix will open a joint research laboratory with Velmora in Oslo.",
     ("PARTNERS_WITH", "Zentrix", "Velmora")),
    ("fr", "Korvane va ouvrir un laboratoire commun avec Quistor à Grenoble.",
     ("PARTNERS_WITH", "Korvane", "Quistor")),
    ("en", "Velmora already charters Zentrix's vessels for its wind farms.",
     ("SUPPLIES", "Zentrix", "Velmora")),
    # the owner of a product named after it ("les turbines de X") is the customer of a passive
    ("fr", "Les turbines de Korvane seront fournies par le fabricant allemand Quistor.",
     ("SUPPLIES", "Quistor", "Korvane")),
    ("en", "The turbines of Zentrix are made by Velmora.", ("SUPPLIES", "Velmora", "Zentrix")),
    # "compte parmi ses clients", "counts ... among its customers"
    ("fr", "Korvane, qui emploie 200 personnes, compte parmi ses clients Quistor et Zelbar.",
     ("SUPPLIES", "Korvane", "Quistor")),
    ("fr", "Korvane compte Quistor parmi ses clients.", ("SUPPLIES", "Korvane", "Quistor")),
    ("en", "Zentrix counts Velmora among its customers.", ("SUPPLIES", "Zentrix", "Velmora")),
    ("en", "Zentrix counts among its customers Velmora and Quistor.",
     ("SUPPLIES", "Zentrix", "Quistor")),
    # a capitalised nationality at the head of an institution's name is part of it
    ("en", "The European Quarnel Council Fund invested in Zentrix.",
     ("INVESTS_IN", "European Quarnel Council Fund", "Zentrix")),
    # joining a round with a co-investor: both invest in the round's owner
    ("en", "Velmora joined Zentrix's $40 million round alongside Quistor.",
     ("INVESTS_IN", "Quistor", "Zentrix")),
    ("fr", "Le fonds Quarnel a participé à la levée de fonds de Zentrix, aux côtés de Velmora.",
     ("INVESTS_IN", "Velmora", "Zentrix")),
    # a list goes on after an apposition: "A, la filiale de B, et C"
    ("fr", "Sur ce marché, Korvane se mesure notamment à Quistor, la filiale de Brelandis, et à "
     "Zelbar.", ("COMPETES_WITH", "Korvane", "Zelbar")),
    ("en", "Zentrix competes with Velmora, a unit of Quarnel, and Quistor.",
     ("COMPETES_WITH", "Zentrix", "Quistor")),
    # a long name glossed by its acronym keeps its lower-case and function words
    ("fr", "La Compagnie Fluviale de la Vézère et du Lot (CFVL) a signé un partenariat avec "
     "Korvane.", ("PARTNERS_WITH", "Compagnie Fluviale de la Vézère et du Lot", "Korvane")),
    ("fr", "Korvane a noué un partenariat avec l'Office régional d'études des matériaux avancés "
     "(Oréma).", ("PARTNERS_WITH", "Korvane", "Office régional d'études des matériaux avancés")),
    ("en", "Velmora will supply pumps to the Regional Board of Water and Transit (RBWT).",
     ("SUPPLIES", "Velmora", "Regional Board of Water and Transit")),
    ("fr", "La Compagnie Fluviale de la Vézère et du Lot (CFVL) exploite des barges. Le directeur "
     "général de la CFVL, Anselme Brézac, a parlé.",
     ("EXECUTIVE_OF", "Anselme Brézac", "Compagnie Fluviale de la Vézère et du Lot")),
]

GENERAL_ABSENT = [
    ("en", "Velmora makes drones. Velmora has agreed to sell Zentrix to Quistor for $2 billion.",
     ("SUPPLIES", "Velmora", "Quistor")),
    ("fr", "Korvane a cédé sa participation dans Zelbar à Quistor.",
     ("ACQUIRES", "Quistor", "Zelbar")),
    ("en", "Velmora makes drones. Velmora led Zentrix's $50 million Series B round.", "Series B"),
    ("en", "Velmora makes drones. Velmora backed Zentrix's bid for Quistor.",
     ("INVESTS_IN", "Velmora", "Zentrix")),
    ("fr", "Korvane fournit les moteurs de l'A320neo et du 737 MAX via Quistor International, sa "
     "coentreprise avec Zelbar.", "MAX"),
    ("fr", "Korvane a racheté la filiale de Quistor, Zelbar, pour 200 millions d'euros.",
     ("ACQUIRES", "Korvane", "Quistor")),
    ("fr", "Korvane a racheté la filiale de Quistor, Zelbar, pour 200 millions d'euros.",
     ("INVESTS_IN", "Korvane", "Zelbar")),
    ("en", "Velmora agreed to buy Zentrix's subsidiary Quorbis for $2 billion.",
     ("ACQUIRES", "Velmora", "Zentrix")),
    ("en", "Zentrix buys Velmora's chips for its servers.", ("ACQUIRES", "Zentrix", "Velmora")),
    # a country's name (Babel's CLDR names, both languages) is a place, not a company
    ("en", "Saudi Arabia's Quarnel Fund, Velmora's largest shareholder, has put $8 billion into "
     "the company.", "Arabia"),
    ("fr", "Le fonds Korvane, basé en Arabie saoudite, a investi dans Quistor.", "Arabie"),
    # the French verb "a" is not the preposition "à"
    ("fr", "Le consortium formé par Velmora, Quistor et le fonds Korvane Ace Capital a finalisé "
     "le rachat de Zorbel.", ("PARTNERS_WITH", "Velmora", "Zorbel")),
    # a cited outlet is a source, not a party
    ("fr", "Selon le magazine spécialisé Quotidor, l'intégration de Quistor sera longue.",
     ("ACQUIRES", "Quotidor", "Quistor")),
    ("en", "Startup Zorbex raised $10 million from Quistor Ventures.", "Startup Zorbex"),
    ("fr", "Korvane va prendre 30 % du capital de Quistor.", ("ACQUIRES", "Korvane", "Quistor")),
    # buying a stake from a seller is not a supply
    ("en", "Velmora agreed to buy a 41% stake in Zentrix Airways from the Italian government.",
     ("SUPPLIES", "Italian government", "Velmora")),
    # a name whose apposition is a product noun is a product
    ("fr", "Korvane a choisi les processeurs de Quistor pour équiper une partie de Zelbar, le "
     "premier supercalculateur exascale européen.", "Zelbar"),

    # a name right after a product noun is a product
    ("en", "Velmora already co-develops and co-markets the drug Zelkany with Quistor.", "Zelkany"),
    ("fr", "Korvane et Quistor codéveloppent depuis 2020 le vaccin Zelkany.", "Zelkany"),
    # negation by "sans"/"without" over an infinitive clause; a withdrawn offer
    ("fr", "Renvia, qui détient 13 % de Quistor, a suivi l'opération sans chercher à prendre le "
     "contrôle de Quistor.", ("ACQUIRES", "Renvia", "Quistor")),
    ("en", "Velmora joined the share sale without seeking to take control of Zentrix.",
     ("ACQUIRES", "Velmora", "Zentrix")),
    ("fr", "Brelandis a annoncé mardi le retrait de son offre publique d'échange sur Quistor.",
     ("ACQUIRES", "Brelandis", "Quistor")),
    # a part of a company (a unit, plants, a licence, shares) is not the company
    ("fr", "Korvane a finalisé le rachat du pôle médias de Brelandis.",
     ("ACQUIRES", "Korvane", "Brelandis")),
    ("fr", "Les cœurs sont conçus par Quistor, dont Brelandis a acquis la licence.",
     ("ACQUIRES", "Brelandis", "Quistor")),
    ("en", "Velmora also took over the Zentrix plants in Ohio and Wales.",
     ("ACQUIRES", "Velmora", "Zentrix")),
    ("en", "The Quarnel Investment Authority bought new Zentrix shares worth $50 million.",
     ("ACQUIRES", "Quarnel Investment Authority", "Zentrix")),
    ("en", "Velmora has agreed to buy the nickel that the miner Zentrix produces in Ohio.",
     ("ACQUIRES", "Velmora", "Zentrix")),
    # a sentence-initial adverb or gerund is not a company
    ("en", "Separately, Zorbex said it had hired Quelline Partners.", "Separately"),
    ("en", "Bringing Velmora back in house was the right call, Zorbex said.", "Bringing Velmora"),
    # the noun "la concurrence" is not a rivalry
    ("fr", "Korvane a signé avec Quistor malgré la concurrence de Zelbar.",
     ("COMPETES_WITH", "Korvane", "Quistor")),
    # a possessed thing that is not a product has no customer; talks are not a round
    ("en", "Zentrix's argument was used by Velmora in court.", ("SUPPLIES", "Zentrix", "Velmora")),
    ("en", "Velmora took part in the talks with Zentrix.", ("INVESTS_IN", "Velmora", "Zentrix")),
    ("fr", "Les dirigeants de Korvane ont été reçus par Quistor.",
     ("SUPPLIES", "Quistor", "Korvane")),
    ("fr", "Korvane compte Quistor parmi ses actionnaires.", ("SUPPLIES", "Korvane", "Quistor")),
    ("en", "Zentrix counts Velmora among its shareholders.", ("SUPPLIES", "Zentrix", "Velmora")),
    # an investor that joins a round is not the company raising it
    ("en", "The Quarnel Fund also took part in the round, alongside existing investor Velmora.",
     ("INVESTS_IN", "Velmora", "Quarnel Fund")),
    ("fr", "Le fonds Quarnel a également participé au tour de table, aux côtés de Velmora.",
     ("INVESTS_IN", "Velmora", "Quarnel")),
    ("en", "Zentrix competes with Velmora, a unit of Quarnel, and Quistor.",
     ("COMPETES_WITH", "Zentrix", "Quarnel")),
    ("fr", "Korvane a racheté Quistor, la filiale de Brelandis, et a annoncé un plan social.",
     ("ACQUIRES", "Korvane", "Brelandis")),
    # initials that do not spell the acronym do not join two names
    ("en", "Velmora and Quistor Bank (QB) signed a partnership.", "Velmora and Quistor Bank"),
    # a title of office is not a post in a company
    ("en", "Zorbex welcomed the stake. The deal was praised by United States President "
     "Harlan Teague.", ("EXECUTIVE_OF", "Harlan Teague", "Zorbex")),
]


@pytest.mark.parametrize(("lang", "text", "expected"), GENERAL_FOUND)
def test_general_mechanism_finds(lang: str, text: str, expected: tuple[str, str, str]) -> None:
    found = {r[:3] for r in _named(_extract(text, lang)) if r[3] != "denied"}
    flipped = (expected[0], expected[2], expected[1])
    symmetric = expected[0] in ("PARTNERS_WITH", "COMPETES_WITH")
    assert expected in found or (symmetric and flipped in found), found


@pytest.mark.parametrize(("lang", "text", "unwanted"), GENERAL_ABSENT)
def test_general_mechanism_rejects(lang: str, text: str,
                                   unwanted: str | tuple[str, str, str]) -> None:
    x = _extract(text, lang)
    if isinstance(unwanted, str):
        assert unwanted not in {e.name for e in x.entities}, x.entities
    else:
        asserted = {r[:3] for r in _named(x)
                    if r[3] in ("reported", "announced", "planned", "completed")}
        assert unwanted not in asserted, _named(x)


def test_listed_companies_come_from_pytickersymbols() -> None:
    """The alias table grows from maintained data: a listed company the hand table does not
    name is known, with its country; the hand table keeps its own entries."""
    from loaders.extraction.gazetteer import ALIASES_FILE, default_gazetteer, parse_aliases

    hand = {e.name for e in parse_aliases(ALIASES_FILE)}
    gaz = default_gazetteer()
    fortum = gaz.lookup_key("Fortum Oyj")
    assert "Fortum" not in hand and fortum is not None and fortum.country == "FI"
    assert dict(fortum.identifiers).get("ticker")
    assert gaz.lookup_key("Nvidia") is not None and gaz.lookup_key("Nvidia").hq  # hand entry


def test_legal_forms_come_from_cleanco() -> None:
    from loaders.extraction.text import LEGAL_SUFFIXES

    assert {"gmbh", "kgaa", "oyj", "sarl", "spa", "sas"} <= LEGAL_SUFFIXES
    assert "uk" not in LEGAL_SUFFIXES and "etat" not in LEGAL_SUFFIXES
