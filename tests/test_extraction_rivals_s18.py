"""Issue 11, session 18, rivals on new text (COMPETES_WITH): a list opener a few words after
an indefinite rival noun with a described first member ("des concurrents bien établis, à
commencer par le nantais A et le suédois B", "bigger competitors such as the Philippines' A"),
the French openers "au premier rang desquels" and "en tête desquels", the rival noun as the
subject of a plural French copula ("les grands concurrents de X restent A et B"), the idiom
"croiser le fer avec" / "cross swords with", "take on" with the rival right after it, a market
shared ("A, B et C se partagent le marché", "X shares the market with Y"), market share taken
from a rival ("prend des parts de marché à Y"), a list going on after "mais aussi" / "as well
as" with a described member ("mais aussi le spécialiste de la paie C"), an arena of up
to ten words before the French preposition ("se mesure sur le marché des vélos électriques de
ville à A"), "racing against" rivals.
Invented sentences, names in no list. Absent cases keep out: the rivals' pairing with one
another when a rival noun is set off after them as the object of a rivalry ("X affronte A et
B, deux concurrents de taille mondiale"), customers listed after the rivals' verb ("les
concurrents de X ont perdu des clients, comme Y"), "took on Y as a client", "take on Y's
staff", "raced to sign a deal with Y", "face à" (tried and dropped)."""

from __future__ import annotations

from tests.test_extraction_families import found_and_absent

C = "COMPETES_WITH"
S = "SUPPLIES"

_FR_LIST = ("Quelvane Industries se mesurera à des concurrents bien établis, à commencer par le "
            "nantais Dortiva et le suédois Brennika-Sho.")
_EN_LIST = ("Quelvane Industries will face bigger competitors such as the Philippines' Dortiva "
            "and Canadian tooling group Brennika Corp in that market.")
_FR_RANK = ("Quelvane Industries affronte des rivaux bien plus gros, au premier rang desquels "
            "Dortiva et le groupe Brennika.")
_FR_ARENA = ("Quelvane Industries se mesure sur le marché des vélos électriques de ville à "
             "Dortiva, la marque grand public de Solvareth, et à Brennika, filiale de Mirtaxo.")

FOUND = [
    # a list opener after an indefinite rival noun and a few words, members described
    ("fr", _FR_LIST, (C, "Quelvane Industries", "Dortiva")),
    ("fr", _FR_LIST, (C, "Quelvane Industries", "Brennika-Sho")),
    ("fr", "Quelvane Industries affronte des concurrents, à commencer par l'italien Dortiva.",
     (C, "Quelvane Industries", "Dortiva")),
    ("en", _EN_LIST, (C, "Quelvane Industries", "Dortiva")),
    ("en", _EN_LIST, (C, "Quelvane Industries", "Brennika")),
    ("en", "Quelvane Industries competes with bigger rivals, starting with Germany's Dortiva.",
     (C, "Quelvane Industries", "Dortiva")),
    # "au premier rang desquels", "en tête desquels"
    ("fr", _FR_RANK, (C, "Quelvane Industries", "Dortiva")),
    ("fr", _FR_RANK, (C, "Quelvane Industries", "Brennika")),
    ("fr", "Quelvane Industries affronte des rivaux redoutables, en tête desquels Dortiva.",
     (C, "Quelvane Industries", "Dortiva")),
    # a plural French copula after the possessed rival noun
    ("fr", "En Espagne, les grands concurrents de Quelvane Industries restent Dortiva et "
     "l'allemand Brennika Technik.", (C, "Quelvane Industries", "Brennika Technik")),
    ("fr", "Les concurrents directs de Quelvane Industries demeurent Dortiva et Brennika.",
     (C, "Quelvane Industries", "Dortiva")),
    # "croiser le fer avec", "cross swords with"
    ("fr", "Dans les turbines, Quelvane Industries croise le fer avec le suédois Dortiva et le "
     "danois Brennika.", (C, "Quelvane Industries", "Brennika")),
    ("fr", "Quelvane Industries croisera le fer avec Dortiva sur les appels d'offres.",
     (C, "Quelvane Industries", "Dortiva")),
    ("en", "Quelvane Industries regularly crosses swords with Dortiva in tenders.",
     (C, "Quelvane Industries", "Dortiva")),
    # "take on" with the rival right after it
    ("en", "Quelvane Industries will take on Dortiva in the tender.",
     (C, "Quelvane Industries", "Dortiva")),
    ("en", "Quelvane Industries will take on Dortiva, the bus unit of Solvareth, as well as "
     "Brennika Group, in the Polish tender.", (C, "Quelvane Industries", "Brennika")),
    # a market shared, market share taken
    ("en", "Quelvane Industries, Dortiva and Brennika share the market for pumps.",
     (C, "Dortiva", "Brennika")),
    ("en", "Quelvane Industries shares the market with Dortiva.",
     (C, "Quelvane Industries", "Dortiva")),
    ("fr", "Quelvane Industries, Dortiva et Brennika se partagent le marché des pompes.",
     (C, "Quelvane Industries", "Brennika")),
    ("fr", "Quelvane Industries prend des parts de marché à Dortiva et à Brennika.",
     (C, "Quelvane Industries", "Brennika")),
    # the list goes on after "mais aussi" / "as well as" with a described member
    ("fr", "Quelvane Industries affronte des éditeurs comme Dortiva, mais aussi le spécialiste "
     "de la paie Brennika.", (C, "Quelvane Industries", "Brennika")),
    ("en", "Quelvane Industries competes with Dortiva, as well as the regional water utility "
     "Brennika.", (C, "Quelvane Industries", "Brennika")),
    # an arena phrase of up to ten words before the French preposition
    ("fr", _FR_ARENA, (C, "Quelvane Industries", "Brennika")),
    # racing against rivals
    ("en", "Quelvane Lithium is racing against other brine producers such as Dortiva and "
     "Brennika to supply carmakers.", (C, "Quelvane Lithium", "Brennika")),
]

ABSENT = [
    # a rival noun set off after the object of a rivalry: the subject's rivals, not each other's
    ("fr", "Quelvane Industries se mesure à Dortiva et à Brennika, deux concurrents de taille "
     "mondiale.", (C, "Dortiva", "Brennika")),
    ("en", "Quelvane Industries competes with Dortiva and Brennika, two much larger rivals.",
     (C, "Dortiva", "Brennika")),
    # customers after the rivals' verb are no rivals
    ("fr", "Les concurrents de Quelvane Industries ont perdu des clients importants, comme "
     "Dortiva.", (C, "Quelvane Industries", "Dortiva")),
    ("en", "Quelvane Industries's rivals lost customers such as Dortiva.",
     (C, "Quelvane Industries", "Dortiva")),
    # the opener too far from the rival noun, after a verb
    ("fr", "Les concurrents de Quelvane Industries ont perdu des contrats, à commencer par "
     "l'italien Dortiva.", (C, "Quelvane Industries", "Dortiva")),
    # "take on" that is no rivalry
    ("en", "Quelvane Industries took on Dortiva as a client in 2021.",
     (C, "Quelvane Industries", "Dortiva")),
    ("en", "Quelvane Industries will take on Dortiva's staff.",
     (C, "Quelvane Industries", "Dortiva")),
    # the apposition's owner is no rival
    ("fr", _FR_ARENA, (C, "Quelvane Industries", "Solvareth")),
    # "face à" stays no cue: tried with a word of size before it ("une petite société face à
    # A ou à B"), one more wrong edge on read text and nothing gained (session 18)
    ("fr", "Quelvane Turbo reste indépendant face à ses actionnaires Dortiva et Brennika.",
     (C, "Quelvane Turbo", "Dortiva")),
    # racing to do something with a company is no rivalry
    ("en", "Quelvane Lithium raced to sign a deal with Dortiva.",
     (C, "Quelvane Lithium", "Dortiva")),
    # a plural copula after a customer noun: customers, no rivals
    ("fr", "Les principaux clients de Quelvane Industries restent Dortiva et Brennika.",
     (C, "Quelvane Industries", "Dortiva")),
]

test_found, test_absent = found_and_absent(FOUND, ABSENT)

# the rivals of a company named together with it stay each other's rivals when the apposition
# is about the clause subject ("A et B, deux concurrents directs, ont fusionné"); a plural
# copula after a customer noun still gives the customers
KEPT = [
    ("fr", "Dortiva et Brennika, deux concurrents directs, ont annoncé leur fusion.",
     (C, "Dortiva", "Brennika")),
    ("en", "Dortiva and Brennika, two fierce rivals, agreed to merge.", (C, "Dortiva", "Brennika")),
    ("fr", "Quelvane Industries vend des pompes. Ses principaux clients restent Dortiva et "
     "Brennika.", (S, "Quelvane Industries", "Dortiva")),
]

test_kept, _unused = found_and_absent(KEPT, [])
