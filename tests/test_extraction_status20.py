"""Issue 11, session 20, status of found edges: a rivalry stated in a noun phrase whose owner is
named ("X's main rival Y", "Y, X's larger rival", "Y, concurrente directe de X", "Y, un rival
de X") is a fact of the noun phrase: the status of the clause around it (a denial, a rumour,
talks, a wish, a former purchase) bears on that clause's own relation, not on the rivalry.
Invented sentences, names in no list. Absent cases keep the clause's own relation out, and a
rivalry that is itself the predicate ("denied being X's rival"), or whose noun is marked
former, would-be or potential ("X's former rival Y"), keeps the clause's status."""

from __future__ import annotations

from tests.test_extraction_families import found_and_absent

C = "COMPETES_WITH"

FOUND = [
    # a former purchase from a company described as another's rival
    ("en", "Brevanto Farms used to buy its feed from Quistor Mills, Velmora's main rival in "
     "the region, but ended that contract in May.", (C, "Quistor Mills", "Velmora")),
    ("fr", "Brevanto Farms achetait autrefois ses aliments à Quistor Mills, principal "
     "concurrent de Velmora dans la région, mais a mis fin au contrat en mai.",
     (C, "Quistor Mills", "Velmora")),
    # a denied offer for a company described as another's rival
    ("fr", "Kandor Média a démenti avoir fait une offre sur l'agence Quistor Lantern, "
     "concurrente directe de Velmora Data en Espagne.", (C, "Quistor Lantern", "Velmora Data")),
    ("en", "Kandor Media denied a report that it had bid for Velmora Data's main rival, "
     "Quistor Lantern.", (C, "Quistor Lantern", "Velmora Data")),
    # a wish or a readiness bearing on buying, the rivals named by a possessive
    ("en", "The minister said governments were ready to buy from newcomers rather than only "
     "from Velmora's larger rivals Quistor Space and Drennic Orbital.",
     (C, "Velmora", "Quistor Space")),
    ("en", "Kandor said it might also source parts from Velmora's closest rival, Quistor "
     "Dynamics.", (C, "Velmora", "Quistor Dynamics")),
    # rumoured talks with a company described as another's rival
    # near misses of the status fixes: a relation stated beside them stays
    ("fr", "Kandor Transports, qui n'a jamais caché ses ambitions, a retenu Velmora Bus pour "
     "livrer ses autocars.", ("SUPPLIES", "Velmora Bus", "Kandor Transports")),
    ("en", "Kandor Foods held a 20% stake in Velmora Dairy at the end of June.",
     ("INVESTS_IN", "Kandor Foods", "Velmora Dairy")),
    ("en", "Kandor Build bought Velmora Plant after it looked at the market for a year.",
     ("ACQUIRES", "Kandor Build", "Velmora Plant")),
    # a deal with a rival through an adjective, or the deal noun after the rival's name
    ("en", "Kandor Pumps explored a combination with larger rival Velmora Hydraulics last "
     "year, but those talks ended without an agreement.", (C, "Kandor Pumps",
                                                           "Velmora Hydraulics")),
    ("en", "Two years ago Kandor Pumps approached Swiss rival Velmora Hydraulics about a "
     "merger, but its owners rebuffed the offer.", (C, "Kandor Pumps", "Velmora Hydraulics")),
    ("fr", "Kandor Pompes a approché son concurrent suisse Velmora Hydraulique en vue d'un "
     "rapprochement, mais ses actionnaires ont repoussé l'offre.",
     (C, "Kandor Pompes", "Velmora Hydraulique")),
    ("fr", "Kandor Pompes a étudié une fusion avec son grand concurrent Velmora Hydraulique, "
     "mais les discussions ont échoué.", (C, "Kandor Pompes", "Velmora Hydraulique")),
    ("fr", "Selon des rumeurs, Kandor Industrie discuterait avec Quistor Verre, le grand rival "
     "de Velmora Glas, d'un contrat de fourniture.", (C, "Quistor Verre", "Velmora Glas")),
]

ABSENT = [
    # the deal itself stays out
    ("en", "Two years ago Kandor Pumps approached Swiss rival Velmora Hydraulics about a "
     "merger, but its owners rebuffed the offer.", ("ACQUIRES", "Kandor Pumps",
                                                   "Velmora Hydraulics")),
    ("en", "Kandor Pumps explored a combination with larger rival Velmora Hydraulics last "
     "year, but those talks ended without an agreement.", ("ACQUIRES", "Kandor Pumps",
                                                           "Velmora Hydraulics")),
    # a would-be rival in a deal keeps the deal's status
    ("en", "Kandor Pumps explored a combination with would-be rival Velmora Hydraulics, but "
     "those talks ended without an agreement.", (C, "Kandor Pumps", "Velmora Hydraulics")),
    # the clause's own relation keeps its status
    ("en", "Brevanto Farms used to buy its feed from Quistor Mills, Velmora's main rival in "
     "the region, but ended that contract in May.", ("SUPPLIES", "Quistor Mills",
                                                     "Brevanto Farms")),
    ("en", "Kandor Media denied a report that it had bid for Quistor Lantern, a direct rival "
     "of Velmora Data in Spain.", ("ACQUIRES", "Kandor Media", "Quistor Lantern")),
    # the rivalry itself is the predicate: the denial bears on it
    ("en", "Kandor Media denied that it was Velmora Data's main rival in Spain.",
     (C, "Kandor Media", "Velmora Data")),
    ("fr", "Kandor Média a démenti être le concurrent direct de Velmora Data en Espagne.",
     (C, "Kandor Média", "Velmora Data")),
    # a negation whose "ne" stands before an inserted adverb ("n'a toutefois pas retenu")
    ("fr", "Kandor Transports n'a toutefois pas retenu l'offre de Velmora Bus pour son "
     "appel d'offres.", ("SUPPLIES", "Velmora Bus", "Kandor Transports")),
    ("fr", "Kandor Transports n'a toutefois pas retenu Velmora Bus pour livrer ses "
     "autocars.", ("SUPPLIES", "Velmora Bus", "Kandor Transports")),
    # talks whose verb is itself a holding verb ("held talks about taking a stake")
    ("en", "Kandor Foods held talks about taking a stake in Velmora Dairy, but the two "
     "sides failed to agree.", ("INVESTS_IN", "Kandor Foods",
                                                  "Velmora Dairy")),
    ("en", "Kandor Foods has held talks about taking a stake in Velmora Dairy.",
     ("INVESTS_IN", "Kandor Foods", "Velmora Dairy")),
    # "looked at buying": considered, no deal
    ("en", "Kandor Build had also looked at buying Velmora Plant, but said it was in no such "
     "talks.", ("ACQUIRES", "Kandor Build", "Velmora Plant")),
    ("en", "Kandor Build is looking at acquiring Velmora Plant.",
     ("ACQUIRES", "Kandor Build", "Velmora Plant")),
    ("en", "Kandor Build had looked at investing in Velmora Plant last year.",
     ("INVESTS_IN", "Kandor Build", "Velmora Plant")),
    ("en", "Kandor Build is looking at merging with Velmora Plant.",
     ("PARTNERS_WITH", "Kandor Build", "Velmora Plant")),
    # a plural candidate noun
    ("fr", "Kandor Rail, un temps cité parmi les candidats à une prise de participation dans "
     "Velmora Train, a démenti tout intérêt.", ("INVESTS_IN", "Kandor Rail", "Velmora Train")),
    # the rival noun marked former, would-be or potential keeps its own status
    ("en", "Brevanto Farms used to buy its feed from Quistor Mills, Velmora's former rival "
     "in the region.", (C, "Quistor Mills", "Velmora")),
    ("fr", "Brevanto Farms achetait ses aliments à Quistor Mills, ancien concurrent de "
     "Velmora dans la région.", (C, "Quistor Mills", "Velmora")),
    ("en", "Kandor said it might buy from Quistor Dynamics, Velmora's would-be rival in "
     "drones.", (C, "Velmora", "Quistor Dynamics")),
    ("en", "Kandor said it might buy from Quistor Dynamics, a potential rival of Velmora in "
     "drones.", (C, "Velmora", "Quistor Dynamics")),
]

test_found, test_absent = found_and_absent(FOUND, ABSENT)
