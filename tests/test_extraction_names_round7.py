"""Names on new text, seventh round (session 17, issue 11): a place no list has ends a French
name ("Laiterie d'Ostravie", "Clinique Saint-Roch de Vellerac") when the article writes that
word only after the name; a department or region of ISO 3166-2 (pycountry) after "de / d'"
ends a name of one or two words ("Congelados de Navarra", "Kandor Mutuelle d'Ille-et-Vilaine");
a geographic noun goes on with its complement ("Cuisines du Val de Quistoire"); a state's
"Direction générale de l'X"; a department ending in "-ée" is no capitalised participle ("Kandor
de Vendée pour ..."); a fronted possessive phrase leaves the sentence's subject to the name after
the comma ("Sur l'Afrique, son premier marché, Velmora ..."); a founder who hands over the reins
holds a former role; an outlet's title opening a sentence with a lexicon word ("Financial
News reported") or ending in a lower-case French adjective ("le Journal de la Pêche
maritime"); "de la <Region>" and a firm's tail after the complement ("Placements du Quistorin
& Cie"); a capitalised French month inside a sentence opening a name ("Mars Petcare");
"l'Hexagone" as a place; a place before "-based" and "à Saint-X" are no parties;
"Co-founder P" at a sentence's start; a nationality opening a joint body's name ("the
European Payments Consortium").
Invented sentences, companies and places in no list, both languages where the form occurs; near
misses stay out."""

from __future__ import annotations

from loaders.extraction.pipeline import RuleExtractor
from ontology.records import Article
from tests.test_extraction_families import check_absent, found_and_absent

FOUND = [
    # a word the article writes only after "<Name> de / d' / du": a place ending the name
    ("fr", "Le fromager savoyard Laiterie d'Ostravie a racheté Quistor. Laiterie d'Ostravie "
     "emploie 300 personnes.", ("ACQUIRES", "Laiterie d'Ostravie", "Quistor")),
    ("fr", "Velmora s'approvisionne chez Fonderie de Kelmark depuis 2019.",
     ("SUPPLIES", "Fonderie de Kelmark", "Velmora")),
    ("fr", "Velmora fournit la Clinique Saint-Roch de Vellerac depuis 2020.",
     ("SUPPLIES", "Velmora", "Clinique Saint-Roch de Vellerac")),
    # ... going on after a geographic noun ("Val de X", "Pays de X")
    ("fr", "Le groupe Velmora a finalisé le rachat de Cuisines du Val de Quistoire, un "
     "spécialiste des repas.", ("ACQUIRES", "Velmora", "Cuisines du Val de Quistoire")),
    ("fr", "Velmora a racheté les Vergers du Pays de Brenlac pour 12 millions d'euros.",
     ("ACQUIRES", "Velmora", "Vergers du Pays de Brenlac")),
    # a department or region of ISO 3166-2 after a name of one or two words
    ("fr", "Velmora rivalise avec l'espagnol Congelados de Navarra.",
     ("COMPETES_WITH", "Congelados de Navarra", "Velmora")),
    ("en", "Velmora competes with Spanish rival Congelados de Navarra.",
     ("COMPETES_WITH", "Congelados de Navarra", "Velmora")),
    ("fr", "Kandor Mutuelle d'Ille-et-Vilaine a pris une participation de 10 % dans Velmora.",
     ("INVESTS_IN", "Kandor Mutuelle d'Ille-et-Vilaine", "Velmora")),
    # "de la <Region>"; a firm's tail ("& Cie", "& Associés") after "de X" keeps it whole
    ("fr", "Le groupe Velmora va racheter Chaudières & Radiateurs de la Loire, une entreprise "
     "familiale.", ("ACQUIRES", "Velmora", "Chaudières & Radiateurs de la Loire")),
    ("fr", "Velmora a levé 20 millions d'euros auprès du fonds Placements du Quistorin & Cie, "
     "qui devient actionnaire.", ("INVESTS_IN", "Placements du Quistorin & Cie", "Velmora")),
    ("fr", "Velmora achète ses piles à la PME Piles de la Drôme & Associés.",
     ("SUPPLIES", "Piles de la Drôme & Associés", "Velmora")),
    # a capitalised French month inside a sentence opens a name ("Mars Petcare")
    ("fr", "Velmora doit résister à ses deux grands concurrents, Quistor et Mars Petcare, qui "
     "dominent le rayon.", ("COMPETES_WITH", "Mars Petcare", "Velmora")),
    # a department ending like a participle ("-ée") before a preposition stays in the name
    ("fr", "Velmora a racheté Kandor de Vendée pour 20 millions d'euros.",
     ("ACQUIRES", "Velmora", "Kandor de Vendée")),
    # a state's "Direction générale de l'X"
    ("fr", "Velmora et la Direction générale de l'aviation ont signé un accord de partenariat.",
     ("PARTNERS_WITH", "Velmora", "Direction générale de l'aviation")),
    # a fronted possessive phrase: the subject is the name after the comma
    ("fr", "Velmora vend des satellites. Le luxembourgeois Brenlac en détient 20 %. Sur "
     "l'Afrique, son premier marché, Velmora affronte Zelbar. Kandor et Quistor ont déjà signé "
     "comme clients de lancement.", ("SUPPLIES", "Velmora", "Kandor")),
    ("en", "Velmora sells satellites. Luxembourg's Brenlac owns 20% of it. In Africa, its main "
     "market, Velmora faces Zelbar. Kandor and Quistor have signed up as launch customers.",
     ("SUPPLIES", "Velmora", "Kandor")),
    # an outlet's title opening a sentence with a lexicon word ("Financial", "Mining") before
    # its outlet word; a French title ending in a lower-case adjective
    ("en", "Financial Review reported last month that Velmora had held talks with Quistor.",
     ("REPORTED_BY", "ARTICLE", "Financial Review")),
    ("en", "Velmora said so. Mining Weekly reported that Velmora had held talks with Quistor.",
     ("REPORTED_BY", "ARTICLE", "Mining Weekly")),
    ("en", "Energy News earlier reported that Velmora had held talks with Quistor.",
     ("REPORTED_BY", "ARTICLE", "Energy News")),
    ("fr", "Le coût, estimé à 40 millions d'euros par le Journal de la Pêche maritime, sera "
     "couvert par Velmora.", ("REPORTED_BY", "ARTICLE", "Journal de la Pêche maritime")),
    # a hyphenated title opening the sentence is no part of the person's name
    ("en", "Velmora was sold. Co-founder Till Quernbach, who is Velmora's managing director, "
     "will keep 25 percent.", ("EXECUTIVE_OF", "Till Quernbach", "Velmora")),
    # a nationality opens a joint body's name ("Initiative", "Consortium", "Alliance")
    ("en", "Velmora has entered a partnership with the European Payments Consortium to offer a "
     "wallet.", ("PARTNERS_WITH", "European Payments Consortium", "Velmora")),
    # a company whose name opens with "Saint-" after "à" stays a company
    ("fr", "Velmora vend ses pompes à Saint-Quellain Industries depuis 2019.",
     ("SUPPLIES", "Velmora", "Saint-Quellain Industries")),
    # near misses that must still work: a role's company after "de"
    ("fr", "Le PDG de Kelmark, Jean Morel, a confirmé la vente.",
     ("EXECUTIVE_OF", "Jean Morel", "Kelmark")),
]


def _names(lang: str, text: str) -> set[str]:
    """Every name mention the whole pipeline finds in `text` (the article-wide lists too)."""
    doc, _ = RuleExtractor(on_error="raise").analyse(Article(text=text, language=lang))
    return {m.text for ms in doc.mentions for m in ms if m.kind == "name"}


def _check_absent(lang: str, text: str, unwanted: object) -> None:
    if isinstance(unwanted, str):
        assert unwanted not in _names(lang, text)
        return
    check_absent(lang, text, unwanted)


ABSENT = [
    # a part or a product of the company after "de" is no name with it
    ("fr", "Velmora a racheté la division Nutrition de Kelmark.", "Nutrition de Kelmark"),
    ("fr", "La marque Ostral de Kelmark est vendue par Velmora.", "Ostral de Kelmark"),
    # a word the article also writes alone is an entity of its own, not a place
    ("fr", "La filiale Quistor de Kelmark vend des pompes. Kelmark a publié ses résultats.",
     "Quistor de Kelmark"),
    # a city stays out of the name (the region rule takes no city: "de Lyon", "de Paris")
    ("fr", "Velmora, qui vend à Zelbar & Cie de Paris, a grandi.", "Zelbar & Cie de Paris"),
    # a sentence-opening adverb or time word is no part of an outlet's title
    ("en", "Separately News reported that Velmora had held talks.", "Separately News"),
    ("en", "Yesterday News Corp said it would buy Velmora.", "Yesterday News Corp"),
    # a nationality before a name with no body's head stays out of it
    ("en", "Velmora sells pumps to the German Quistor Pumps unit.", "German Quistor Pumps"),
    # a month after a number is a date; "l'Hexagone" is France
    ("fr", "Velmora a publié ses comptes le 3 Mars Quistor a suivi.", "Mars Quistor"),
    ("fr", "Velmora fournit les installateurs de l'Hexagone depuis 2020.", "Hexagone"),
    # a place before "-based" and a saint's town after "à" are no parties
    ("en", "According to Kandor-Zeitung, the Quellburg-based bank is paying 140 million euros "
     "for Velmora.", "Quellburg"),
    ("fr", "Les données seront hébergées dans le centre de Velmora à Saint-Quellain, qui vient "
     "d'obtenir la certification.", "Saint-Quellain"),
    # a past participle after the title is no part of it
    ("fr", "Le coût a été révélé par le Courrier du Port publié hier.",
     "Courrier du Port publié"),
    # a founder who hands over the reins keeps no current role
    ("fr", "Le fondateur de Velmora, Jean Morel, cède les rênes à Claire Dufour.",
     ("EXECUTIVE_OF", "Jean Morel", "Velmora")),
    ("en", "Velmora's founder, John Marlow, hands over the reins to Clara Duff.",
     ("EXECUTIVE_OF", "John Marlow", "Velmora")),
]


test_found, test_absent = found_and_absent(FOUND, ABSENT, check_absent=_check_absent)
