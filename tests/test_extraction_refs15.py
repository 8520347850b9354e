"""Issue 11, session 21: parties only referred to, fifteenth round (refs15).

A description whose noun the article set beside a company's name ("le verrier normand X",
"l'éditeur musical X", "le fabricant vendéen de charrues X", "la PME savoyarde X") is that
company's when the article later uses the noun alone ("Le verrier", "L'éditeur", "La PME").
Three forms taught nothing:

- a region's adjective between the noun and the name ("normand", "breton", "savoyard"): only
  a city's or a country's adjective was stepped over;
- a plain adjective there ("musical", "pharmaceutique", "ferroviaire", a demonym no table
  has: "finistérien"), at most two, never a word that itself ends a noun of the lexicon ("la
  coopérative X" keeps "coopérative");
- "de" and a lower-case noun after such an adjective ("le fabricant vendéen de charrues X").

And a noun so taught did not reach past the four-sentence window: "La PME" long after "la PME
savoyarde X" went to the nearest subject. It now goes to X when X is the only company the
article set the noun beside, before nearer companies, but not before the article's main
company when that one leads ("du laboratoire" may be the main laboratory's).

A French demonym alone as a clause's subject ("Dans ce créneau, le lyonnais affronte X",
"L'allemand fournit Y") was no mention at all: it is now a description placed so, and
goes to the one company the article or the alias table places there, or to none (two German
companies: "l'allemand" is neither).

Near misses: a generic noun with a plain adjective ("le groupe familial X") teaches nothing;
a description naming another company than the last one ("Le groupe" after "l'éditeur musical
Y" bought by X) stays the buyer's; the main company keeps a noun another company was given
long before.

Every company and person here is made up and in no list.
"""

from __future__ import annotations

from tests.test_extraction_families import found_and_absent

_FILLER_FR = ("Le marché des flacons a progressé de 4 % l'an dernier. "
              "Les prix du verre ont reculé au second semestre. "
              "La demande des hôpitaux reste soutenue. "
              "Les volumes devraient encore croître en 2027. ")

FOUND = [
    # a region's adjective between the noun and the name
    ("fr", "Le verrier normand Velmora Verre a annoncé l'acquisition de Kandor Flacons, un "
     "fabricant lombard de flacons. Kandor Flacons emploie 300 personnes. Le verrier fournit "
     "déjà le laboratoire Quistor Pharma.",
     ("SUPPLIES", "Velmora Verre", "Quistor Pharma")),
    ("fr", "Le chantier breton Tarvel Navale a remporté une commande de six vedettes, et le "
     "groupe Kandor Marine entre à son capital. Kandor Marine emploie 900 personnes. Le "
     "chantier affronte Quistor Yachts sur ce "
     "marché.",
     ("COMPETES_WITH", "Tarvel Navale", "Quistor Yachts")),
    # a plain adjective between the noun and the name
    ("fr", "Le groupe Tarvel a annoncé le rachat de l'éditeur musical Quistor Éditions, basé à "
     "Lille. Tarvel est présent dans douze pays. L'éditeur affronte Brelan Partitions sur le "
     "marché scolaire.",
     ("COMPETES_WITH", "Quistor Éditions", "Brelan Partitions")),
    ("fr", "Le groupe Kandor reprend le fabricant ferroviaire Velmora Rail, a-t-il annoncé. "
     "Kandor emploie 900 personnes. Le fabricant livre la compagnie Quistor Trains depuis "
     "2019.",
     ("SUPPLIES", "Velmora Rail", "Quistor Trains")),
    # "de" and a noun after the adjective
    ("fr", "Le fabricant vendéen de charrues Velmora Agri prend 25 % de Kandor Robotique. "
     "Kandor Robotique emploie 40 personnes. Le fabricant affronte Quistor Landtechnik en "
     "Europe.",
     ("COMPETES_WITH", "Velmora Agri", "Quistor Landtechnik")),
    # a noun taught long before, past the window
    ("fr", "Le groupe Brelan Énergie a choisi la PME savoyarde Velmora Mécanique pour "
     "usiner des brides. " + _FILLER_FR + "Sur ce marché, le groupe Kandor Nuclear "
     "affronte Brelan Énergie. La PME a aussi conclu un partenariat avec Quistor Optique.",
     ("PARTNERS_WITH", "Velmora Mécanique", "Quistor Optique")),
    # a demonym alone as the subject ("le lyonnais", "l'allemand"): the one company so placed
    ("fr", "Le groupe lyonnais Velmora a racheté l'allemand Kandor Chemie. Kandor Chemie "
     "emploie 200 personnes. Dans ce créneau, le lyonnais affronte Quistor Paints.",
     ("COMPETES_WITH", "Velmora", "Quistor Paints")),
    ("fr", "Le groupe lyonnais Velmora a racheté l'allemand Kandor Chemie. L'allemand fournit "
     "Brelan Auto depuis 2019.",
     ("SUPPLIES", "Kandor Chemie", "Brelan Auto")),
    ("fr", "Brelan Santé a signé un contrat avec le suédois Tarvel Medical. Le suédois "
     "fournit déjà Quistor Hôpitaux en scanners.",
     ("SUPPLIES", "Tarvel Medical", "Quistor Hôpitaux")),
    # English: the noun right before the name, as before
    ("en", "Norman glassmaker Velmora Glass agreed to buy Kandor Vials on Monday. Kandor Vials "
     "employs 300 people. The glassmaker already supplies Quistor Pharma.",
     ("SUPPLIES", "Velmora Glass", "Quistor Pharma")),
]

ABSENT = [
    # a description naming another company than the last one: the buyer keeps "le groupe"
    ("fr", "Le groupe Tarvel a annoncé le rachat de l'éditeur musical Quistor Éditions, basé à "
     "Lille. Le groupe affronte Brelan Média sur le marché de la télévision.",
     ("COMPETES_WITH", "Quistor Éditions", "Brelan Média")),
    # a generic noun with a plain adjective teaches nothing: "Le groupe" stays the subject's
    ("fr", "Le groupe familial Velmora Bois a vendu sa scierie à Kandor Holz. "
     "Le groupe affronte Quistor Panneaux en Allemagne.",
     ("COMPETES_WITH", "Kandor Holz", "Quistor Panneaux")),
    # the main company, named in the last sentences, keeps a noun given long before
    ("fr", "Le laboratoire Velmora Santé rachète Kandor Injectables. Le site pourrait "
     "travailler pour le laboratoire belge Tarvel Pharma. " + _FILLER_FR + "Velmora Santé "
     "vise 500 millions d'euros de ventes. Velmora Santé se mesure à Brelan Génériques. "
     "Le directeur financier du laboratoire, Paul Drevet, table sur une hausse des ventes.",
     ("EXECUTIVE_OF", "Paul Drevet", "Tarvel Pharma")),
]

ABSENT += [
    # two companies placed alike: "l'allemand" is neither
    ("fr", "Velmora a racheté l'allemand Kandor Chemie et l'allemand Quistor Farben. "
     "L'allemand fournit Brelan Auto depuis 2019.",
     ("SUPPLIES", "Quistor Farben", "Brelan Auto")),
    ("fr", "Velmora a racheté l'allemand Kandor Chemie et l'allemand Quistor Farben. "
     "L'allemand fournit Brelan Auto depuis 2019.",
     ("SUPPLIES", "Kandor Chemie", "Brelan Auto")),
    # the language, not a company; a demonym before a name is an apposition
    ("fr", "Le groupe allemand Kandor Chemie a racheté Velmora. Velmora enseigne "
     "l'allemand à ses cadres et fournit Brelan Auto.",
     ("SUPPLIES", "Kandor Chemie", "Brelan Auto")),
    ("fr", "Le groupe allemand Kandor Chemie a racheté Velmora. Selon Velmora, l'allemand "
     "Quistor Farben fournit Brelan Auto.",
     ("SUPPLIES", "Kandor Chemie", "Brelan Auto")),
]

test_found, test_absent = found_and_absent(FOUND, ABSENT)
