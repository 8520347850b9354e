"""Names, third round (session 15, issue 11): who a mention is. A capitalised "Group" ending
a name, an outlet's name followed by the person who spoke to it, a department before a role
title opening a sentence, a descriptor word before "of", region adjectives after an
organisation noun. Invented sentences, companies in no list (a curated name only where the
alias table is the mechanism: the outlets), both languages where the form occurs; near misses
stay out. Subsidiaries named after their parent ("Amazon Web Services", "Airbus Defence and
Space", "Air France") are their own entities of the alias table."""

from __future__ import annotations

import pytest

from tests.test_extraction_families import found_and_absent
from tests.test_extraction_mentions_cues import _names

FOUND = [
    # "X Group" opening a sentence, after "the", before an apposition
    ("en", "Velmora Group agreed to buy Quistor for $20 million.",
     ("ACQUIRES", "Velmora", "Quistor")),
    ("en", "Quistor was bought last year by the Velmora Group.",
     ("ACQUIRES", "Velmora", "Quistor")),
    ("en", "Velmora Group, the Danish toolmaker, has bought Quistor.",
     ("ACQUIRES", "Velmora", "Quistor")),
    ("fr", "Velmora Groupe a racheté Quistor pour 20 millions d'euros.",
     ("ACQUIRES", "Velmora", "Quistor")),
    # the person who spoke to an outlet: the outlet is the source, the person the executive
    ("fr", "« Nous restons prudents », a déclaré à l'AFP Ana Quistel, directrice générale de "
     "Velmora.", ("EXECUTIVE_OF", "Ana Quistel", "Velmora")),
    ("fr", "« Nous restons prudents », a déclaré à Reuters Marie-Laure Quistel, directrice "
     "générale de Velmora.", ("EXECUTIVE_OF", "Marie-Laure Quistel", "Velmora")),
    ("fr", "« Nous restons prudents », a assuré à l'AFP Brunehilde Quistel, directrice générale "
     "de Velmora.", ("REPORTED_BY", "ARTICLE", "Agence France-Presse")),
    # a lower-case name after an organisation noun still comes out (no region adjective)
    ("fr", "La start-up zelbix a levé 10 millions d'euros auprès de Quistor.",
     ("INVESTS_IN", "Quistor", "zelbix")),
    # a bracketed acronym checks a name with lower-case words: letters in another order (the
    # acronym of its translation), function words of other languages
    ("fr", "Korvane a signé un contrat avec l'Agence velmorane des ports (PAV).",
     ("SUPPLIES", "Korvane", "Agence velmorane des ports")),
    ("fr", "Korvane a conclu un partenariat avec la Sociedad Velmorana para la Quistorización "
     "Técnica (SVQT).", ("PARTNERS_WITH", "Korvane",
                         "Sociedad Velmorana para la Quistorización Técnica")),
    ("en", "Korvane signed a partnership with the Istituto velmorano di ricerca navale (IVRN).",
     ("PARTNERS_WITH", "Korvane", "Istituto velmorano di ricerca navale")),
    # a ministry named by its portfolios, an investor or a client
    ("fr", "Le ministère italien de l'Économie et des Finances détient 30 % de Quistor.",
     ("INVESTS_IN", "ministère italien de l'Économie et des Finances", "Quistor")),
    ("fr", "Le ministère de la Défense a commandé dix navires à Quistor.",
     ("SUPPLIES", "Quistor", "ministère de la Défense")),
    ("en", "Italy's Ministry of Economy and Finance owns 30% of Quistor.",
     ("INVESTS_IN", "Ministry of Economy and Finance", "Quistor")),
    ("en", "Quistor signed a contract with the Velmoran Department of Transportation.",
     ("SUPPLIES", "Velmoran Department of Transportation", "Quistor")),
    # a French organisation head, one capitalised adjective, then "de X": one name
    ("fr", "Velmora a noué un partenariat avec la Banque Privée de Korlande, qui distribuera "
     "ses fonds.", ("PARTNERS_WITH", "Velmora", "Banque Privée de Korlande")),
    ("fr", "La Caisse Régionale de Korlande a investi 5 millions d'euros dans Quistor.",
     ("INVESTS_IN", "Caisse Régionale de Korlande", "Quistor")),
    # a first name that is also a month's abbreviation, a capitalised particle: a company
    # after a company noun
    ("fr", "Korvane a racheté le groupe belge Jan De Velmo.",
     ("ACQUIRES", "Korvane", "Jan De Velmo")),
    ("en", "Korvane bought the Belgian group Jan De Velmo.",
     ("ACQUIRES", "Korvane", "Jan De Velmo")),
    ("fr", "« Nous sommes prêts », a déclaré Jan De Velmo, directeur général de Korvane.",
     ("EXECUTIVE_OF", "Jan De Velmo", "Korvane")),
    # a subsidiary named after its parent is its own company in the alias table (curated
    # names: the table is the mechanism)
    ("en", "Korvane picked Amazon Web Services to host its data.",
     ("SUPPLIES", "Amazon Web Services", "Korvane")),
    ("fr", "Korvane a commandé deux satellites à Airbus Defence and Space.",
     ("SUPPLIES", "Airbus Defence and Space", "Korvane")),
    ("en", "Korvane shares codes with Air France and KLM.", ("PARTNERS_WITH", "Korvane", "KLM")),
    ("en", "Air France-KLM bought 20% of Korvane.", ("INVESTS_IN", "Air France-KLM", "Korvane")),
    # "for" after a one-word organisation head, a plural possessive before a plan's head,
    # "and" inside an authority's name after a nationality
    ("en", "Korvane won a contract from Transport for Velmora.",
     ("SUPPLIES", "Korvane", "Transport for Velmora")),
    ("fr", "Korvane a remporté un contrat auprès de Transport for Velmora.",
     ("SUPPLIES", "Korvane", "Transport for Velmora")),
    ("en", "The Alliance for Quistor Research signed a partnership with Korvane.",
     ("PARTNERS_WITH", "Alliance for Quistor Research", "Korvane")),
    ("en", "The Velmora Nurses' Retirement Fund owns 5% of Quistor.",
     ("INVESTS_IN", "Velmora Nurses' Retirement Fund", "Quistor")),
    ("en", "According to a notice published by the Danish Competition and Consumer Authority, "
     "Velmora will buy Quistor.",
     ("REPORTED_BY", "ARTICLE", "Danish Competition and Consumer Authority")),
    ("fr", "Le Fonds européen d'investissement a investi 10 millions d'euros dans Korvane.",
     ("INVESTS_IN", "Fonds européen d'investissement", "Korvane")),
    # a Portuguese, Spanish or Italian link between two capitalised words
    ("fr", "Korvane a racheté Ciclos do Vouguel.", ("ACQUIRES", "Korvane", "Ciclos do Vouguel")),
    ("en", "Korvane bought a stake in Banca della Quistoria.",
     ("INVESTS_IN", "Korvane", "Banca della Quistoria")),
    # a descriptor word opening a name before "of"
    ("en", "Bank of Velmoria invested $10 million in Quistor.",
     ("INVESTS_IN", "Bank of Velmoria", "Quistor")),
]

ABSENT = [
    # a department before a role title is no company
    ("en", "Finance chief Ana Ruiz said the deal would lift margins.",
     ("EXECUTIVE_OF", "Ana Ruiz", "Finance")),
    ("en", "Marketing director Ana Ruiz said sales of Quistor grew.",
     ("EXECUTIVE_OF", "Ana Ruiz", "Marketing")),
    # a region adjective after an organisation noun describes it
    ("fr", "Le groupe saxon a racheté Quistor.", ("ACQUIRES", "saxon", "Quistor")),
    ("fr", "Le laboratoire breton compte parmi ses clients Quistor.",
     ("SUPPLIES", "breton", "Quistor")),
    ("fr", "L'industriel normand a noué un partenariat avec Quistor.",
     ("PARTNERS_WITH", "normand", "Quistor")),
    # a bare "and" after a ministry joins a portfolio, not another party
    ("en", "The Department of Energy and Quistor signed a partnership.",
     ("PARTNERS_WITH", "Department of Energy and Quistor", "Velmora")),
    # a name of its own after the head keeps the place out ("la Banque Quistor de Lyon")
    ("fr", "Velmora a racheté la Banque Quistor de Lyon.",
     ("ACQUIRES", "Velmora", "Banque Quistor de Lyon")),
    ("fr", "Korvane a racheté le groupe belge Jan De Velmo.", ("ACQUIRES", "Korvane", "Velmo")),
    ("en", "Korvane picked Amazon Web Services to host its data.",
     ("SUPPLIES", "Amazon", "Korvane")),
    ("en", "Korvane shares codes with Air France and KLM.",
     ("PARTNERS_WITH", "Korvane", "Air France-KLM")),
    # "for" after a company's name, "and" between two names after a nationality
    ("en", "Korvane bought Quistor Capital for Velmora.",
     ("ACQUIRES", "Korvane", "Quistor Capital for Velmora")),
    ("en", "Quistor sold the Danish Korvane and Velmora Capital units to Zelbar.",
     ("ACQUIRES", "Zelbar", "Korvane and Velmora Capital")),
    # the outlet and the person stay two
    ("fr", "« Nous restons prudents », a déclaré à l'AFP Ana Quistel, directrice générale de "
     "Velmora.", ("EXECUTIVE_OF", "AFP Ana Quistel", "Velmora")),
]

test_found, test_absent = found_and_absent(FOUND, ABSENT)

WHOLE = [
    ("en", "Velmora Group agreed to buy Quistor.", "Velmora Group"),
    ("en", "Velmora chief executive Ana Ruiz said Quistor would grow.", "Velmora"),
    ("en", "Reuters Breakingviews said Velmora had bought Quistor.", "Reuters Breakingviews"),
    ("fr", "L'Agence velmorane des ports (PAV) a choisi Quistor.", "Agence velmorane des ports"),
    ("en", "The Department of Energy and Quistor signed a partnership.", "Department of Energy"),
    # a French institution's head, a lower-case nationality and one complement
    ("fr", "Korvane a obtenu un prêt de la Banque européenne d'investissement.",
     "Banque européenne d'investissement"),
    ("fr", "L'Agence spatiale européenne a choisi Korvane.", "Agence spatiale européenne"),
    ("fr", "Korvane a déposé une demande auprès du Fonds européen pour l'innovation.",
     "Fonds européen pour l'innovation"),
]

KEPT = [
    ("en", "Finance chief Ana Ruiz said the deal would lift margins.", "Finance"),
    # an acronym whose letters are not the words' initials, a product's acronym, a lone noun
    ("fr", "Korvane vend des vélos (VAE) à Quistor.", "vélos"),
    ("fr", "L'Agence velmorane des ports (AVT) a choisi Quistor.", "Agence velmorane des ports"),
    ("en", "The Department of Energy and Quistor signed a partnership.",
     "Department of Energy and Quistor"),
    ("fr", "Le ministère a commandé dix navires à Quistor.", "ministère"),
    ("fr", "La Banque velmorane a prêté 10 millions d'euros à Korvane.", "Banque velmorane"),
    ("fr", "Korvane a signé avec la Banque européenne, qui finance Quistor.",
     "Banque européenne, qui"),
    ("en", "Quistor sold the Danish Korvane and Velmora Capital units.",
     "Korvane and Velmora Capital"),
    ("en", "Korvane paid Quistor for Velmora.", "Quistor for Velmora"),
    ("en", "Why do Velmora and Quistor compete?", "Why do Velmora"),
    ("en", "The group said it had bought Korvane.", "The group"),
    ("fr", "Le groupe saxon a racheté Quistor.", "saxon"),
    ("fr", "Le laboratoire breton compte parmi ses clients Quistor.", "breton"),
    ("fr", "« Nous restons prudents », a déclaré à l'AFP Ana Quistel, directrice générale de "
     "Velmora.", "AFP Ana Quistel"),
    ("fr", "« Nous restons prudents », a assuré à l'AFP Brunehilde Quistel, directrice générale "
     "de Velmora.", "AFP Brunehilde Quistel"),
]


@pytest.mark.parametrize(("lang", "text", "name", "kept_out"),
                         [(*w, False) for w in WHOLE] + [(*k, True) for k in KEPT])
def test_name_whole_or_kept_out(lang: str, text: str, name: str, kept_out: bool) -> None:
    """A WHOLE name is one mention of the sentence; a KEPT near miss is none."""
    assert (name not in _names(text, lang)) == kept_out, _names(text, lang)
