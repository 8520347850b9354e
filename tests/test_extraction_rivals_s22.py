"""Session 22, rivals (COMPETES_WITH, PARTNERS_WITH, ACQUIRES between two named parties): a
lower-case legal form in a list of rivals ("A plc and B"), "Bhd." with its period; a possessed
rival noun inside a phrase ("puts X on a footing with its rivals") that makes no rival of the
clause subject; "Pour X, l'opération doit ..." opening no apposition; a fronted "Face à ses
concurrents A et B, ..., X" looking ahead to X; "se heurte surtout à"; list openers "chiefly",
"in particular", "principalement" with a place before the member; "X's challenge to A"; an
arena phrase before "deux poids lourds, A et B"; a class list going on with "ainsi que C";
"ACRONYM (Name)"; "teams with"; a list set off by "ses deux principaux rivaux" after "dominé
par"; "a par ailleurs mis fin à"; "and Ohio-based Y bought Z" opening its own clause.
Invented names only; the near misses stay out."""

from __future__ import annotations

from tests.test_extraction_families import found_and_absent

_QV = ("COMPETES_WITH", "Zentrix", "Quistor")
_VV = ("COMPETES_WITH", "Zentrix", "Velmora")

FOUND = [
    # a lower-case "plc" and "Bhd." with its period end a name inside the list
    ("en", "Zentrix competes with Quistor plc and Velmora.", _VV),
    ("en", "Zentrix competes with Quistor Corp., Velmora Holdings Bhd. and Korvane Bhd., "
     "which together control half of supply.", ("COMPETES_WITH", "Zentrix", "Korvane Bhd.")),
    ("en", "Analysts said the sale would leave Zentrix better placed against domestic rivals "
     "Quistor plc and Velmora Rugs.", ("COMPETES_WITH", "Zentrix", "Velmora Rugs")),
    # "Pour X, l'opération doit ...": the comma closes the opening phrase
    ("fr", "Korvane a racheté Stargol. Pour Zentrix, le rachat doit consolider sa place "
     "face à ses deux grands rivaux, le belge Quistor et le danois Velmora, qui "
     "tiennent le segment.", _VV),
    ("fr", "Korvane a racheté Stargol. Pour Zentrix, le rachat doit consolider sa place "
     "face à ses deux grands rivaux, le belge Quistor et le danois Velmora.", _QV),
    # a fronted rivals phrase with a possessive: the main clause's subject
    ("fr", "Korvane vend des voitures. Face à ses concurrents Quistor et Velmora, qui dominent "
     "le marché, Zentrix mise sur un service de maintenance.", _QV),
    ("en", "Korvane sells cars. Facing its rivals Quistor and Velmora, which dominate the "
     "market, Zentrix is betting on service.", _VV),
    # an adverb between "se heurte" and its preposition
    ("fr", "Sur ce marché, Zentrix se heurte surtout à Quistor et à Velmora, deux concurrents "
     "qui ont multiplié les rachats.", _VV),
    ("fr", "Zentrix se heurte désormais à Quistor sur les appels d'offres.", _QV),
    # list openers and a place told before a member
    ("en", "In garden tools the company Zentrix competes with far bigger groups, chiefly "
     "Austria's Quistor and Spain's Velmora, which share half the market.", _VV),
    ("en", "Zentrix competes with larger groups, in particular Quistor and Velmora.", _QV),
    ("en", "Zentrix competes with much larger players, such as Ohio-based Quistor.", _QV),
    ("fr", "Zentrix affronte des groupes plus gros, principalement Quistor et Velmora.", _VV),
    # "X's challenge to A"
    ("en", "The acquisition sharpens Zentrix's challenge to larger rivals Quistor and Velmora, "
     "which hold a third of the market.", _VV),
    ("en", "The deal strengthens Zentrix's challenge to Quistor.", _QV),
    # an arena phrase before the class noun
    ("fr", "Zentrix fabrique des biscuits. Le groupe affronte sur les rayons des grandes surfaces "
     "deux poids lourds, Quistor et Velmora, qui pèsent la moitié des ventes.", _QV),
    ("fr", "Zentrix fabrique des lits. Le groupe affronte dans ses régions les deux poids "
     "lourds de la filière, Quistor et Velmora.", _VV),
    # the class list goes on after its closing comma
    ("fr", "Zentrix affronte deux poids lourds, Quistor et Velmora, ainsi que le réseau "
     "mutualiste Korvane.", ("COMPETES_WITH", "Zentrix", "Korvane")),
    ("en", "Zentrix supplies several carmakers, including Quistor and Velmora, as well as "
     "Korvane.", ("SUPPLIES", "Zentrix", "Korvane")),
    # "ACRONYM (Name)": the bracket no longer cuts the acronym off its verb
    ("fr", "Le loueur lyonnais ZTX (Zentrix Transports Xaintrailles) a finalisé le rachat de "
     "Quistor, spécialiste nantais du coffrage.", ("ACQUIRES", "ZTX", "Quistor")),
    ("en", "ZTW (Zentrix Trefil Works) agreed to buy Quistor.", ("ACQUIRES", "ZTW", "Quistor")),
    # "teams with"
    ("en", "Zentrix teams with Quistor to build batteries.", ("PARTNERS_WITH", "Zentrix",
                                                             "Quistor")),
    # a place told before the second clause's subject
    ("en", "Quistor bought Velmora in 2024 and Ohio-based Zentrix bought Korvane last year.",
     ("ACQUIRES", "Zentrix", "Korvane")),
    ("en", "Quistor bought Velmora in 2024, while Norway's Zentrix bought Korvane.",
     ("ACQUIRES", "Zentrix", "Korvane")),
    ("fr", "Quistor a racheté Velmora en 2024 et le lyonnais Zentrix a racheté Korvane.",
     ("ACQUIRES", "Zentrix", "Korvane")),
]

ABSENT = [
    # the rivals of a possessed noun inside a phrase: the deal's subject is no rival
    ("en", "Korvane bought a stake in Zentrix last year. The purchase puts Zentrix on a par "
     "with its bigger rivals.", ("COMPETES_WITH", "Korvane", "Zentrix")),
    ("fr", "Korvane a pris une participation dans Zentrix. L'opération place Zentrix à égalité "
     "face à ses concurrents.", ("COMPETES_WITH", "Korvane", "Zentrix")),
    # the opening phrase's deal is not the buyer's rivalry
    ("fr", "Korvane a racheté Stargol. Pour Zentrix, le rachat doit consolider sa place "
     "face à ses deux grands rivaux, le belge Quistor et le danois Velmora.",
     ("COMPETES_WITH", "Korvane", "Zentrix")),
    # an obstacle after the adverb is no rival
    ("fr", "Zentrix se heurte surtout au refus de Quistor.", _QV),
    ("fr", "Zentrix se heurte aussi aux exigences de Quistor.", _QV),
    # a legal challenge, or one to a bid or a patent, names no rival
    ("en", "Zentrix's legal challenge to Quistor failed.", _QV),
    ("en", "Zentrix's challenge to Quistor's takeover failed.", _QV),
    ("en", "Zentrix's challenge to Quistor's patent failed.", _QV),
    ("en", "Zentrix filed a challenge to Quistor in court.", _QV),
    # "ACRONYM (Name)" that the acronym does not spell stays two parties
    ("en", "ZTW (Quistor Holdings) agreed to buy Velmora.", ("ACQUIRES", "ZTW", "Velmora")),
    # the plural noun "teams" names no partner
    ("en", "Zentrix competes with much larger consultancies such as Quistor and Velmora, which "
     "have each grown large teams by acquisition.",
     ("PARTNERS_WITH", "Quistor", "Velmora")),
    # listed rivals set off as the subject's rivals are not each other's
    ("fr", "Zentrix évolue sur un marché dominé par Quistor et Velmora, ses deux principaux "
     "rivaux, qui raflent les deux tiers des commandes.",
     ("COMPETES_WITH", "Quistor", "Velmora")),
    ("en", "Zentrix operates in a market dominated by Quistor and Velmora, its two main rivals.",
     ("COMPETES_WITH", "Quistor", "Velmora")),
    # a partnership ended with words between "a" and "mis fin" is no current one
    ("fr", "Zentrix vend des enceintes. Elle a par ailleurs mis fin au printemps à son partenariat "
     "avec Quistor, jugé trop coûteux.", ("PARTNERS_WITH", "Zentrix", "Quistor")),
    # the first clause's buyer does not buy the second clause's target
    ("en", "Quistor bought Velmora in 2024 and Ohio-based Zentrix bought Korvane last year.",
     ("ACQUIRES", "Quistor", "Korvane")),
    ("fr", "Quistor a racheté Velmora en 2024 et le lyonnais Zentrix a racheté Korvane.",
     ("ACQUIRES", "Quistor", "Korvane")),
]

test_found, test_absent = found_and_absent(FOUND, ABSENT)
