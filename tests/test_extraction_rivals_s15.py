"""Issue 11, session 15, rivals (third attempt): verbs of a company standing up to its rivals
("X tient tête à A et à B", "X dispute le marché à A", "X is fighting A and B for drivers"),
"X counts A and B among its competitors", a rival noun's copula past an arena ("Son concurrent
le plus direct sur le comté reste Y"), a rival noun opening the sentence before an apposition
("Le grand rival italo-suisse Y, premier armateur mondial, avait"), a rank set off by a comma
("numéro deux du marché, derrière Y"), a rival list going on after an apposition ("A, the ...
service, as well as a crop of European newcomers such as Y"). Invented sentences, names in no
list; absent cases keep out obstacles ("tient tête à l'offre de Y", "se heurte au refus de
Y"), a fight in court, ranks among holders, a clause after the conjunction, the rivals' pairing
with one another."""

from __future__ import annotations

from tests.test_extraction_families import found_and_absent

C = "COMPETES_WITH"

_TOPIC_FR = ("Velmora Systems a racheté le terminal de Doriel. Velmora Systems y investira 2 "
             "milliards d'euros. ")
_TOPIC_EN = "Velmora Systems bought Doriel for $2 billion. Velmora Systems will keep its staff. "

FOUND = [
    # "tenir tête à": the name right after "à" ("se heurter à" was tried and left out: three
    # wrong edges on unread text, an obstacle more often than a rival)
    ("fr", "Dans le nord, Velmora Systems tient tête à Brantova et à Helvix Industries, qui ont "
     "investi dans leurs usines.", (C, "Velmora Systems", "Brantova")),
    ("fr", "Dans le nord, Velmora Systems tient tête à Brantova et à Helvix Industries, qui ont "
     "investi dans leurs usines.", (C, "Velmora Systems", "Helvix Industries")),
    ("fr", "« Cette usine nous donne la taille pour tenir tête à Brantova et à Helvix "
     "Industries », a déclaré Jean Dupont, président de Velmora Systems.",
     (C, "Velmora Systems", "Helvix Industries")),
    # "disputer un marché à": the rival after the thing disputed
    ("fr", "Velmora Systems dispute les financements de PME à Brantova Group et à Helvix sur le "
     "segment des petites entreprises.", (C, "Velmora Systems", "Brantova")),
    ("fr", "Velmora Systems dispute les financements de PME à Brantova Group et à Helvix sur le "
     "segment des petites entreprises.", (C, "Velmora Systems", "Helvix")),
    ("fr", "Velmora Systems dispute le marché des pompes à Brantova.",
     (C, "Velmora Systems", "Brantova")),
    # "fighting / battles A and B for ...": a direct object with what they fight for
    ("en", "Velmora Systems has spent two years fighting Brantova and Helvix Industries for "
     "drivers in Oslo.", (C, "Velmora Systems", "Brantova")),
    ("en", "Velmora Systems has spent two years fighting Brantova and Helvix Industries for "
     "drivers in Oslo.", (C, "Velmora Systems", "Helvix Industries")),
    ("en", "Velmora Systems battles Brantova for orders from box makers.",
     (C, "Velmora Systems", "Brantova")),
    # "counts A and B among its competitors", "counts among its rivals A and B"
    ("en", "Velmora Systems counts Brantova and Helvix among its main competitors in the "
     "Nordic market.", (C, "Velmora Systems", "Brantova")),
    ("en", "Velmora Systems counts Brantova and Helvix among its main competitors in the "
     "Nordic market.", (C, "Velmora Systems", "Helvix")),
    ("en", "Velmora Systems counts among its rivals Brantova and Helvix.",
     (C, "Velmora Systems", "Helvix")),
    # a superlative and an arena between the rival noun and its copula
    ("fr", "Velmora Systems lève 10 millions d'euros. Son concurrent le plus direct sur le "
     "segment des pompes reste la coopérative Brantova, qui a investi 12 millions d'euros.",
     (C, "Velmora Systems", "Brantova")),
    ("fr", "Le concurrent le plus direct de Velmora Systems sur ce marché reste Brantova.",
     (C, "Velmora Systems", "Brantova")),
    # a rival noun opening the sentence, its name set off by a short apposition, or after a
    # compound nationality: the rival of the passage's company
    ("fr", _TOPIC_FR + "Le grand rival italo-suisse Brantova, premier armateur mondial, avait "
     "lui aussi manifesté son intérêt pour Doriel.", (C, "Velmora Systems", "Brantova")),
    ("en", _TOPIC_EN + "Rival Brantova, the largest pump maker in Ohio, had also bid for "
     "Doriel.", (C, "Velmora Systems", "Brantova")),
    # a rank set off by a comma before its rival
    ("fr", "Velmora Systems est le numéro deux du marché, derrière Brantova.",
     (C, "Velmora Systems", "Brantova")),
    ("en", "Velmora Systems is the second-largest pump maker in Europe, behind Brantova.",
     (C, "Velmora Systems", "Brantova")),
    ("en", "Velmora Systems is the market leader, ahead of Brantova and Helvix.",
     (C, "Velmora Systems", "Helvix")),
    # a rival list going on after an apposition with a class noun phrase and a list opener
    ("en", "Velmora Systems' rivals include Brantova and Helvix Industries, the drone service "
     "that Korvane bought in 2021, as well as a crop of European newcomers such as Tarvex.",
     (C, "Velmora Systems", "Tarvex")),
    ("en", "Velmora Systems competes with Brantova, which makes drones, and a handful of Nordic "
     "start-ups such as Tarvex.", (C, "Velmora Systems", "Tarvex")),
    ("fr", "Velmora Systems affronte Brantova, propriétaire de la marque Arvix, ainsi que de "
     "jeunes pousses comme Tarvex.", (C, "Velmora Systems", "Tarvex")),
]

ABSENT = [
    # an obstacle raised by a company is no rivalry
    ("fr", "Velmora Systems tient tête à l'offre de Brantova.",
     (C, "Velmora Systems", "Brantova")),
    ("fr", "Velmora Systems se heurte au refus de Brantova.", (C, "Velmora Systems", "Brantova")),
    # the rivals are not rivals of each other
    ("fr", "Dans le nord, Velmora Systems tient tête à Brantova et à Helvix Industries.",
     (C, "Brantova", "Helvix Industries")),
    ("en", "Velmora Systems has spent two years fighting Brantova and Helvix Industries for "
     "drivers in Oslo.", (C, "Brantova", "Helvix Industries")),
    # a fight with no "for": a court case, a takeover defence
    ("en", "Velmora Systems is fighting Brantova in court over a patent.",
     (C, "Velmora Systems", "Brantova")),
    ("en", "Velmora Systems is fighting Brantova's hostile bid.",
     (C, "Velmora Systems", "Brantova")),
    # "counts ... among": customers are no rivals; the rivals are not each other's
    ("en", "Velmora Systems counts Brantova among its customers and Helvix among its rivals.",
     (C, "Velmora Systems", "Brantova")),
    ("en", "Velmora Systems counts Brantova and Helvix among its main competitors in the "
     "Nordic market.", (C, "Brantova", "Helvix")),
    ("en", "Velmora Systems counts Brantova and Helvix among its shareholders.",
     (C, "Velmora Systems", "Brantova")),
    # the copula's rival noun belongs to a third company
    ("fr", "Velmora Systems lève des fonds. Le concurrent le plus direct de Helvix sur le "
     "segment des pompes reste Brantova.", (C, "Velmora Systems", "Brantova")),
    # a name inside the apposition
    ("fr", _TOPIC_FR + "Le concurrent Brantova, filiale de Helvix, a ouvert une usine.",
     (C, "Velmora Systems", "Helvix")),
    # a rank among holders, a time "ahead of", a market dominated by others, rivals ranked
    # ahead are not each other's rivals
    ("en", "Velmora Systems became the largest shareholder, ahead of Brantova.",
     (C, "Velmora Systems", "Brantova")),
    ("fr", "Velmora Systems est le deuxième actionnaire, derrière Brantova.",
     (C, "Velmora Systems", "Brantova")),
    ("en", "Velmora Systems raised $40 million, ahead of Brantova's listing.",
     (C, "Velmora Systems", "Brantova")),
    ("en", "Velmora Systems is the market leader, ahead of Brantova and Helvix.",
     (C, "Brantova", "Helvix")),
    # a verb after the conjunction opens a clause of its own; the name after "such as" must
    # end its phrase; the list members are not each other's rivals
    ("en", "Velmora Systems competes with Brantova, which makes drones, and sells through "
     "distributors such as Tarvex.", (C, "Velmora Systems", "Tarvex")),
    ("en", "Velmora Systems competes with Brantova, which makes drones, and a handful of Nordic "
     "start-ups such as Tarvex said on Monday.", (C, "Velmora Systems", "Tarvex")),
    ("en", "Velmora Systems competes with Brantova, which makes drones, and a handful of Nordic "
     "start-ups such as Tarvex.", (C, "Brantova", "Tarvex")),
    # a former fight
    ("fr", "L'ancienne rivale de Velmora Systems, Brantova, a été rachetée.",
     (C, "Velmora Systems", "Brantova")),
]

test_found, test_absent = found_and_absent(FOUND, ABSENT)
