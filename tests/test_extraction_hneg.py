"""Issue 11, session 18: hard negatives and wrong edges on new text, in invented sentences.

Families: the press's conditional after an attribution ("selon X, Y s'apprêterait à...") and
a conditional a light adverb stands in ("s'apprêterait aussi à"); debt facilities that are no
stake; founders who handed over ("took over in 2022 from X's founder P") or retire ("P prend
sa retraite"); supply contracts lost ("had lost its supply contract with Y", "a perdu son
contrat"); goods named between a noun and their maker ("les navettes X de Y") or "under the X
name". Each has near misses that must stay asserted. Every company here is made up.
"""

from __future__ import annotations

from tests.test_extraction_families import found_and_absent

FOUND = [
    # a reported future stays planned; a present "s'apprête" stays asserted
    ("fr", "Korvane a indiqué qu'il investirait 10 millions d'euros dans Quistor.",
     ("INVESTS_IN", "Korvane", "Quistor")),
    ("fr", "Selon son président, Korvane investira 10 millions d'euros dans Quistor.",
     ("INVESTS_IN", "Korvane", "Quistor")),
    ("fr", "Korvane s'apprête aussi à racheter Quistor.", ("ACQUIRES", "Korvane", "Quistor")),
    ("en", "Velmora said it would buy Quistor.", ("ACQUIRES", "Velmora", "Quistor")),
    # equity raised beside a plant or a site word after the investor stays a stake
    ("en", "Velmora raised $50 million in funding from Quistor Ventures to build a new facility.",
     ("INVESTS_IN", "Quistor Ventures", "Velmora")),
    ("fr", "Korvane a levé 20 millions d'euros auprès de Quistor Capital pour financer une "
     "nouvelle usine.", ("INVESTS_IN", "Quistor Capital", "Korvane")),
    # a founder who stays, a successor's own move, a contract won
    ("en", "Zentrix's founder, Arjun Pillai, took over from Velmora's Dana Kraus in 2022.",
     ("EXECUTIVE_OF", "Arjun Pillai", "Zentrix")),
    ("fr", "Gilles Fabre, fondateur de Quistor, a succédé en 2022 à Korvane comme fournisseur "
     "de Zelbar.", ("EXECUTIVE_OF", "Gilles Fabre", "Quistor")),
    ("en", "Velmora won the contract to supply Quistor.", ("SUPPLIES", "Velmora", "Quistor")),
    ("fr", "Korvane a remporté le contrat de fourniture de Quistor.",
     ("SUPPLIES", "Korvane", "Quistor")),
    # the maker of goods named between a noun and "de" supplies; a subsidiary stays a company
    ("fr", "Quistor, fabricant lyonnais de robots, emploie 300 personnes. Korvane exploite "
     "depuis 2023 les navettes Zorbix de Quistor dans son entrepôt de Melun.",
     ("SUPPLIES", "Quistor", "Korvane")),
    ("fr", "Quistor emploie 300 personnes. Korvane a racheté la filiale Zentrix de Quistor.",
     ("ACQUIRES", "Korvane", "Zentrix")),
    ("en", "Velmora will keep buying the board it resells under the Quendral Max name from "
     "Zentrix's mill at Cowie.", ("SUPPLIES", "Zentrix", "Velmora")),
    # a company after a possessive and a noun of companies or a pre-nominal adjective
    ("fr", "Sa filiale italienne Zentrix fournit Korvane.", ("SUPPLIES", "Zentrix", "Korvane")),
    ("fr", "Korvane emploie 300 personnes. Ses panneaux sont vendus par son distributeur exclusif "
     "Tarvola.", ("SUPPLIES", "Korvane", "Tarvola")),
]

ABSENT = [
    # the press's conditional after "selon" / "according to" is a hedge, not a reported future
    ("fr", "Selon Les Échos, Korvane s'apprêterait aussi à créer une coentreprise avec le "
     "singapourien Quistor Photonics pour attaquer le marché asiatique.",
     ("PARTNERS_WITH", "Korvane", "Quistor Photonics")),
    ("fr", "Selon Les Échos, Korvane s'apprêterait à racheter Quistor.",
     ("ACQUIRES", "Korvane", "Quistor")),
    ("fr", "D'après La Tribune, Korvane prendrait bientôt une participation dans Quistor.",
     ("INVESTS_IN", "Korvane", "Quistor")),
    ("en", "According to Velmo Ledger, Velmora would buy Quistor.",
     ("ACQUIRES", "Velmora", "Quistor")),
    # a light adverb between the conditional and what it governs
    ("fr", "Korvane s'apprêterait également à signer un accord de distribution avec Quistor.",
     ("SUPPLIES", "Korvane", "Quistor")),
    ("fr", "Korvane s'apprêterait aussi à créer une coentreprise avec Quistor.",
     ("PARTNERS_WITH", "Korvane", "Quistor")),
    # debt facilities are no stake
    ("en", "Separately, Velmora secured a 150 million pound warehouse facility from Quistor Bank "
     "to fund the loans it extends to shoppers.", ("INVESTS_IN", "Quistor Bank", "Velmora")),
    ("en", "Velmora raised $40 million through a revolving facility from Quistor Bank.",
     ("INVESTS_IN", "Quistor Bank", "Velmora")),
    ("fr", "Korvane a obtenu une facilité de 20 millions d'euros auprès de la banque Quistor.",
     ("INVESTS_IN", "Quistor", "Korvane")),
    # a founder who handed over or retires holds no role
    ("en", "Wong took over in 2022 from Zentrix's founder, Arjun Pillai, who remains an adviser.",
     ("EXECUTIVE_OF", "Arjun Pillai", "Zentrix")),
    ("en", "Wong succeeded Zentrix founder Arjun Pillai in 2022.",
     ("EXECUTIVE_OF", "Arjun Pillai", "Zentrix")),
    ("en", "Zentrix's founder, Arjun Pillai, is retiring after selling his stake.",
     ("EXECUTIVE_OF", "Arjun Pillai", "Zentrix")),
    ("fr", "Marie Dubois a succédé en 2022 au fondateur de Quistor, Gilles Fabre.",
     ("EXECUTIVE_OF", "Gilles Fabre", "Quistor")),
    ("fr", "Le directeur technique supervisera l'intégration de Quistor, dont le fondateur, "
     "Gilles Fabre, prend sa retraite après avoir cédé ses parts.",
     ("EXECUTIVE_OF", "Gilles Fabre", "Quistor")),
    # a supply contract lost is a former relation
    ("en", "Trade paper Velmo Ledger reported last month that Zentrix had lost its supply "
     "contract with Quistor over quality concerns.", ("SUPPLIES", "Quistor", "Zentrix")),
    ("en", "Trade paper Velmo Ledger reported last month that Zentrix had lost its supply "
     "contract with Quistor over quality concerns.", ("SUPPLIES", "Zentrix", "Quistor")),
    ("en", "Velmora lost the contract to supply Quistor.", ("SUPPLIES", "Velmora", "Quistor")),
    ("fr", "Korvane a perdu le contrat de fourniture de Quistor.",
     ("SUPPLIES", "Korvane", "Quistor")),
    ("fr", "Korvane a perdu son contrat d'approvisionnement avec Quistor.",
     ("SUPPLIES", "Quistor", "Korvane")),
    # goods named like a company
    ("fr", "Quistor, fabricant lyonnais de robots, emploie 300 personnes. Korvane exploite "
     "depuis 2023 les navettes Zorbix de Quistor dans son entrepôt de Melun.",
     ("SUPPLIES", "Zorbix", "Korvane")),
    ("fr", "Quistor emploie 300 personnes. Korvane utilise depuis 2021 les capsules Vantrel de "
     "Quistor.",
     ("SUPPLIES", "Vantrel", "Korvane")),
    ("en", "Velmora will keep buying the board it resells under the Quendral Max name from "
     "Zentrix's mill at Cowie.", ("SUPPLIES", "Quendral Max", "Velmora")),
    ("fr", "Son panneau isolant Velbrix, fabriqué à Épinal, est distribué en exclusivité par le "
     "réseau de négoces Tarvola.", ("SUPPLIES", "Velbrix", "Tarvola")),
]

test_found, test_absent = found_and_absent(FOUND, ABSENT)
