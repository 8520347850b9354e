"""Names on new text, ninth round (session 18, issue 11): a house named for its family
("Transports Kelvaret ... Hélène Kelvaret ... Kelvaret a commandé": the firm, not the person,
also after "& Fils"); a French name that goes on over "de la / de l'" and a word the article
writes only there ("Volailles de l'Ostravie") or over a capitalised common noun ("Quistors du
Monde"); a Danish legal form written with a slash and a nationality before a legal form
("Quellmark Nordic A/S"); a known name's region of two words ("North America"); a one-word
short name keeps the entity it already stood for when a later name of the same length opens
with it ("Velmora Voyages ... Velmora's ... the Velmora Starling"); a fronted place opening the
sentence ("À Quellac, le groupe ..."); sentence adverbs and a lower-case verb before "à" are
no names ("Surtout, ...", "des fonds servira à"); outlet titles shaped as places after an
outlet noun ("le quotidien Nord Ouest"), a known outlet's title going on with "de / of <Place>"
("La Tribune de Quellac", "the Times of Quellia"), "-et-" in a department's hyphen chain.
Invented sentences and companies in no list (known names are list entries of no evaluation
article's unit), both languages where the form occurs; near misses stay out."""

from __future__ import annotations

from tests.test_extraction_families import found_and_absent

FAMILY_FR = ("Le groupe drômois Transports Kelvaret a signé lundi un accord pour racheter "
             "Zelbar & Fils. « Nous changeons de dimension », a résumé Hélène Kelvaret, "
             "présidente du directoire. Kelvaret a passé en juin une commande de 300 camions "
             "auprès de Quistor Trucks.")
FAMILY_TAIL_FR = ("Le transporteur normand Transports Quellan & Fils a finalisé lundi le rachat de "
                  "Zorvane. « Le camion seul n'a plus d'avenir », résume Édouard Quellan, "
                  "président du directoire. Son père, Gérard Quellan, s'était longtemps opposé à "
                  "toute diversification. Quellan a en revanche signé un protocole d'accord avec "
                  "l'armateur Brenlac pour développer des navettes.")
FAMILY_EN = ("Kelvaret & Sons agreed on Monday to buy Zelbar Logistics. \"We are changing "
             "size without changing trade,\" said chief executive Helen Kelvaret. Kelvaret "
             "ordered 300 electric trucks from Quistor Motors in June.")
SHORT_EN = ("Velmora Voyages Plc, the London-listed cruise operator, agreed to acquire Kandor "
            "Cruises. Velmora's shareholder register is shifting as well. Its newest vessel, "
            "the Velmora Starling, leaves Brenlac's yard next spring. Zelbar, Velmora's most "
            "direct competitor, has been discounting aggressively.")

FOUND = [
    # a house named for its family: the bare surname after the firm and a person of the family
    ("fr", FAMILY_FR, ("SUPPLIES", "Quistor Trucks", "Transports Kelvaret")),
    ("fr", FAMILY_FR, ("EXECUTIVE_OF", "Hélène Kelvaret", "Transports Kelvaret")),
    ("fr", FAMILY_TAIL_FR, ("PARTNERS_WITH", "Brenlac", "Transports Quellan & Fils")),
    ("en", FAMILY_EN, ("SUPPLIES", "Quistor Motors", "Kelvaret & Sons")),
    # "de la / de l'" and a word the article writes only after the name (French)
    ("fr", "Le volailler breton Kandor a annoncé jeudi un accord pour acquérir 70 % du capital "
     "de Volailles de l'Ostravie, un abatteur landais. Volailles de l'Ostravie fournit "
     "notamment les restaurants Zelbar en filets de poulet.",
     ("ACQUIRES", "Kandor", "Volailles de l'Ostravie")),
    ("fr", "Le volailler breton Kandor a annoncé jeudi un accord pour acquérir 70 % du capital "
     "de Volailles de l'Ostravie, un abatteur landais. Volailles de l'Ostravie fournit "
     "notamment les restaurants Zelbar en filets de poulet.",
     ("SUPPLIES", "Volailles de l'Ostravie", "Zelbar")),
    ("fr", "Kandor a racheté Fromages de la Quellière pour 20 millions d'euros. Fromages de la "
     "Quellière emploie 80 personnes.", ("ACQUIRES", "Kandor", "Fromages de la Quellière")),
    # a capitalised common noun after the link (French)
    ("fr", "Kandor a racheté Ostrels de la Terre pour 20 millions d'euros.",
     ("ACQUIRES", "Kandor", "Ostrels de la Terre")),
    ("fr", "Kandor fournit ses coussins au distributeur de meubles Quistors du Monde depuis 2020.",
     ("SUPPLIES", "Kandor", "Quistors du Monde")),
    # a legal form written with a slash; a nationality before a legal form
    ("en", "Velmora buys its enzymes from Quellmark Nordic A/S, a Danish producer.",
     ("SUPPLIES", "Quellmark Nordic A/S", "Velmora")),
    ("en", "Its spores are produced for Velmora under a long-term contract by Quellmark A/S at a "
     "plant in Kalundborg.", ("SUPPLIES", "Quellmark A/S", "Velmora")),
    ("fr", "Velmora achète ses enzymes à Quellmark Nordic A/S depuis 2019.",
     ("SUPPLIES", "Quellmark Nordic A/S", "Velmora")),
    # a known name's unit named by a region of two words
    ("en", "Velmora runs a fleet of tractors bought from Daimler Truck North America.",
     ("SUPPLIES", "Daimler Truck North America", "Velmora")),
    # the short name keeps the entity it already stood for
    ("en", SHORT_EN, ("COMPETES_WITH", "Velmora Voyages", "Zelbar")),
    ("en", SHORT_EN, ("ACQUIRES", "Velmora Voyages", "Kandor Cruises")),
    # outlet titles
    ("fr", "Kandor va racheter Zelbar, selon le quotidien Nord Ouest.",
     ("REPORTED_BY", "ARTICLE", "Nord Ouest")),
    ("en", "Kandor will buy Zelbar, the daily Western Cape reported.",
     ("REPORTED_BY", "ARTICLE", "Western Cape")),
    ("fr", "Kandor va racheter Zelbar, selon La Tribune de Quellac.",
     ("REPORTED_BY", "ARTICLE", "La Tribune de Quellac")),
    ("en", "Kandor will buy Zelbar, the Times of Quellia reported.",
     ("REPORTED_BY", "ARTICLE", "Times of Quellia")),
    ("fr", "Kandor va racheter Zelbar, selon Le Journal de Saône-et-Loire.",
     ("REPORTED_BY", "ARTICLE", "Le Journal de Saône-et-Loire")),
    # a French title's lower-case complement, closed by punctuation
    ("fr", "Selon Le Journal des entreprises, Kandor va racheter Zelbar.",
     ("REPORTED_BY", "ARTICLE", "Le Journal des entreprises")),
    ("fr", "Kandor va racheter Zelbar, a rapporté Le Moniteur des travaux publics.",
     ("REPORTED_BY", "ARTICLE", "Le Moniteur des travaux publics")),
    # "Co-op" opens a name
    ("en", "Kandor, whose rivals include Dignity and Co-op Quellcare, has made four "
     "acquisitions.", ("COMPETES_WITH", "Co-op Quellcare", "Kandor")),
]

ABSENT = [
    # the person keeps what is said of the person; no family firm, no firm for the surname
    ("fr", FAMILY_FR, ("EXECUTIVE_OF", "Hélène Kelvaret", "Zelbar & Fils")),
    ("fr", FAMILY_FR, ("SUPPLIES", "Quistor Trucks", "Hélène Kelvaret")),
    # a part or product noun before "X de la Y"; a word the article writes alone elsewhere
    ("fr", "La marque Quistor de la Kelmarie est vendue par Zorla. Kelmarie a été fondée en "
     "1990.", ("SUPPLIES", "Zorla", "Quistor de la Kelmarie")),
    ("fr", "Le directeur du Monde a quitté Kandor.", ("EXECUTIVE_OF", "Monde", "Kandor")),
    # a nationality before a plain noun is no part of the name
    ("en", "Velmora sells its pumps to Kandor Nordic customers.",
     ("SUPPLIES", "Velmora", "Kandor Nordic")),
    # the later name of the same length is no short form of the group
    ("en", SHORT_EN, ("COMPETES_WITH", "Velmora Starling", "Zelbar")),
    # a fronted place, sentence adverbs, a verb before "à"
    ("fr", "À Quellac, le groupe a par ailleurs monté avec Zelbar une coentreprise, baptisée "
     "Quai Bleu.", ("PARTNERS_WITH", "Quellac", "Zelbar")),
    ("en", "In Tarvik, the group also set up a joint venture with Zelbar.",
     ("PARTNERS_WITH", "Tarvik", "Zelbar")),
    ("fr", "Surtout, le collecteur crée avec Quistor Recyclage une coentreprise qui exploitera "
     "une unité.", ("PARTNERS_WITH", "Quistor Recyclage", "Surtout")),
    ("fr", "Une partie des fonds servira à racheter la start-up bordelaise Kelnora, dont l'outil "
     "analyse les relevés.", ("ACQUIRES", "servira", "Kelnora")),
    # a date after a title is no part of it
    ("fr", "Kandor va racheter Zelbar, selon Le Journal de la semaine dernière.",
     ("REPORTED_BY", "ARTICLE", "Le Journal de la semaine dernière")),
    ("en", "Kandor, whose rivals include Dignity and Co-op Quellcare, has made four "
     "acquisitions.", ("COMPETES_WITH", "Co", "Kandor")),
    # a known title published in a city keeps its own name
    ("en", "Kandor will buy Zelbar, the Financial Times of London reported.",
     ("REPORTED_BY", "ARTICLE", "Financial Times of London")),
]

test_found, test_absent = found_and_absent(FOUND, ABSENT)


def test_a_lower_case_name_before_a_verb_stays_a_name() -> None:
    """The near miss of "servira à": the verb "a" after a lower-case name after a noun."""
    from tests.test_extraction_families import check_found
    check_found("fr", "La start-up zelbix a levé 5 millions d'euros auprès de Kandor.",
                ("INVESTS_IN", "Kandor", "zelbix"))


def test_an_outlet_word_in_the_complement_names_no_outlet() -> None:
    """"Quistors du Monde" is a retailer, "Le Journal du Monde" an outlet: an outlet's word
    after "du" types the name only when its head is an outlet's word too."""
    from tests.test_extraction_sentences import _extract
    x = _extract("Kandor fournit ses coussins au distributeur de meubles Quistors du Monde depuis "
                 "2020. Kandor va racheter Zelbar, selon Le Journal du Monde.", "fr")
    types = {e.name: str(e.type) for e in x.entities}
    assert types.get("Quistors du Monde") == "Company", types
    assert types.get("Le Journal du Monde") == "Publisher", types


def test_an_object_pronoun_between_a_name_and_its_verb() -> None:
    """"Quellavia lui a confié": a sentence's first word before an object pronoun and a verb
    is a name (it was dropped as a capitalised opening word)."""
    from tests.test_extraction_sentences import EXTRACTOR, Article, date
    doc, _ = EXTRACTOR.analyse(Article(
        text="L'atelier Kandor a ouvert un hangar. Quellavia lui a confié la révision de dix "
             "moteurs.", language="fr", date=date(2025, 6, 2), publisher="Test Wire"))
    assert "Quellavia" in [m.text for m in doc.mentions[1]]


MODEL_EN = ("Optronix brings a product line that already feeds Kandor: its Lumira Pro "
            "femtosecond source is built into Kandor heads. The Lumira Pro goes head to head "
            "with Brenlac Conversion's Pharon lasers, and Optronix counts its larger neighbour "
            "as its fiercest competitor.")


def test_a_model_tail_and_a_number_word_opening_the_sentence() -> None:
    """"the Lumira Pro" is a product ("Pro", "Max", "Ultra", "Mini", "Lite" end models, and
    "lasers" is a product noun); "Three Kelmars'" opens its sentence as a name when the article
    writes "Three" capitalised inside a sentence too."""
    from tests.test_extraction_families import check_absent, check_found
    check_absent("en", MODEL_EN, ("COMPETES_WITH", "Lumira Pro", "Optronix"))
    check_absent("en", MODEL_EN, ("COMPETES_WITH", "Optronix", "Pharon"))
    check_found("en", "Kandor agreed to buy Three Kelmars, a hauler. Three Kelmars' president, "
                "Angela Quist, will stay on.", ("EXECUTIVE_OF", "Angela Quist", "Three Kelmars"))
