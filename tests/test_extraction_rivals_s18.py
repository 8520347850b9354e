"""Issue 11, session 18, rivals on new text (COMPETES_WITH): a list opener a few words after
an indefinite rival noun with a described first member ("se mesurer à des concurrents
solidement installés, à commencer par le nantais A et le japonais B", "run into larger rivals
such as the Netherlands' A and B"), the French openers "au premier rang desquels" and "en tête
desquels", the rival noun as the subject of a plural French copula ("les principaux concurrents
de X restent A et B"), the idiom "croiser le fer avec" / "cross swords with", "take on" with
the rival right after it, a market shared ("A, B et C se partagent le marché", "X shares the
market with Y"), market share taken from a rival ("prend des parts de marché à Y"), a list
going on after "mais aussi" / "as well as" with a described member ("mais aussi le spécialiste
du secteur public C"), an arena of up to ten words before the French preposition ("se mesure
sur le segment des cognacs haut de gamme à A").
Invented sentences, names in no list. Absent cases keep out: the rivals' pairing with one
another when a rival noun is set off after them as the object of a rivalry ("X affronte A et
B, deux concurrents bien plus gros"), customers listed after the rivals' verb ("les concurrents
de X ont perdu des clients, comme Y"), "took on Y as a client", "take on Y's staff", a copula
after a customer noun giving no rivalry."""

from __future__ import annotations

from tests.test_extraction_families import found_and_absent

C = "COMPETES_WITH"
S = "SUPPLIES"

FOUND = [
    # a list opener after an indefinite rival noun and a few words, members described
    ("fr", "Quelvane Industries se mesurera à des concurrents solidement installés, à commencer "
     "par le nantais Dortiva et le japonais Brennika-Sho.", (C, "Quelvane Industries", "Dortiva")),
    ("fr", "Quelvane Industries se mesurera à des concurrents solidement installés, à commencer "
     "par le nantais Dortiva et le japonais Brennika-Sho.",
     (C, "Quelvane Industries", "Brennika-Sho")),
    ("fr", "Quelvane Industries affronte des concurrents, à commencer par l'italien Dortiva.",
     (C, "Quelvane Industries", "Dortiva")),
    ("en", "Quelvane Industries will run into larger rivals such as the Netherlands' Dortiva and "
     "U.S. seeds group Brennika Corp, both of which have grown.",
     (C, "Quelvane Industries", "Dortiva")),
    ("en", "Quelvane Industries will run into larger rivals such as the Netherlands' Dortiva and "
     "U.S. seeds group Brennika Corp, both of which have grown.",
     (C, "Quelvane Industries", "Brennika")),
    ("en", "Quelvane Industries competes with bigger rivals, starting with Germany's Dortiva.",
     (C, "Quelvane Industries", "Dortiva")),
    # "au premier rang desquels", "en tête desquels"
    ("fr", "Quelvane Industries se retrouvera face à des concurrents autrement plus puissants, au "
     "premier rang desquels Dortiva et le groupe Brennika.", (C, "Quelvane Industries", "Dortiva")),
    ("fr", "Quelvane Industries se retrouvera face à des concurrents autrement plus puissants, au "
     "premier rang desquels Dortiva et le groupe Brennika.",
     (C, "Quelvane Industries", "Brennika")),
    ("fr", "Quelvane Industries affronte des rivaux redoutables, en tête desquels Dortiva.",
     (C, "Quelvane Industries", "Dortiva")),
    # a plural French copula after the possessed rival noun
    ("fr", "Sur le marché français, les principaux concurrents de Quelvane Industries restent "
     "Dortiva et l'allemand Brennika Technik.", (C, "Quelvane Industries", "Brennika Technik")),
    ("fr", "Les concurrents directs de Quelvane Industries demeurent Dortiva et Brennika.",
     (C, "Quelvane Industries", "Dortiva")),
    # "croiser le fer avec", "cross swords with"
    ("fr", "Sur le segment des lasers, Quelvane Industries croise le fer avec l'américain Dortiva "
     "et l'allemand Brennika.", (C, "Quelvane Industries", "Brennika")),
    ("fr", "Quelvane Industries croisera le fer avec Dortiva sur les appels d'offres.",
     (C, "Quelvane Industries", "Dortiva")),
    ("en", "Quelvane Industries regularly crosses swords with Dortiva in tenders.",
     (C, "Quelvane Industries", "Dortiva")),
    # "take on" with the rival right after it
    ("en", "Quelvane Industries will take on Dortiva in the tender.",
     (C, "Quelvane Industries", "Dortiva")),
    ("en", "Quelvane Industries will take on Dortiva, the freight arm of Solvareth, as well as "
     "Brennika Group.", (C, "Quelvane Industries", "Brennika")),
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
    ("fr", "Sur ce marché, Quelvane Industries affronte des acteurs installés comme Dortiva, mais "
     "aussi le spécialiste du secteur public Brennika-Lavaud.",
     (C, "Quelvane Industries", "Brennika-Lavaud")),
    ("en", "Quelvane Industries competes with Dortiva, as well as the regional water utility "
     "Brennika.", (C, "Quelvane Industries", "Brennika")),
    # an arena phrase of up to ten words before the French preposition
    ("fr", "Quelvane Industries se mesure sur le segment des cognacs haut de gamme à Dortiva, la "
     "marque phare de Solvareth, et à Brennika, filiale de Mirtaxo.",
     (C, "Quelvane Industries", "Brennika")),
]

ABSENT = [
    # a rival noun set off after the object of a rivalry: the subject's rivals, not each other's
    ("fr", "Quelvane Industries se mesure à Dortiva et à Brennika, deux concurrents bien plus "
     "gros.", (C, "Dortiva", "Brennika")),
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
    # the apposition's owner is no rival ("la marque phare de Solvareth")
    ("fr", "Quelvane Industries se mesure sur le segment des cognacs haut de gamme à Dortiva, la "
     "marque phare de Solvareth, et à Brennika, filiale de Mirtaxo.",
     (C, "Quelvane Industries", "Solvareth")),
    # a plural copula after a customer noun: customers, no rivals
    ("fr", "Les principaux clients de Quelvane Industries restent Dortiva et Brennika.",
     (C, "Quelvane Industries", "Dortiva")),
]

test_found, test_absent = found_and_absent(FOUND, ABSENT)

# the rivals of a company named together with it stay each other's rivals only when the
# apposition is about the clause subject: "A et B, deux concurrents directs, ont fusionné"
KEPT = [
    ("fr", "Dortiva et Brennika, deux concurrents directs, ont annoncé leur fusion.",
     (C, "Dortiva", "Brennika")),
    ("en", "Dortiva and Brennika, two fierce rivals, agreed to merge.", (C, "Dortiva", "Brennika")),
    ("fr", "Quelvane Industries vend des pompes. Ses principaux clients restent Dortiva et "
     "Brennika.", (S, "Quelvane Industries", "Dortiva")),
]

test_kept, _unused = found_and_absent(KEPT, [])
