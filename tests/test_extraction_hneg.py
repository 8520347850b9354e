"""Issue 11, session 18: hard negatives and wrong edges on new text, in invented sentences.

Families: the press's conditional after an attribution ("selon X, Y s'apprêterait à...") and
a conditional a light adverb stands in ("s'apprêterait aussi à"); debt facilities and loans
that are no stake ("backed X with a loan"); founders who handed over ("took over in May from
X's co-founder P") or retire ("P prend sa retraite"); supply contracts lost ("had lost its
distribution contract with Y", "a perdu son contrat"); goods named between a noun and their
maker ("les chariots X de Y") or "under the X name"; talks ("close to a deal", "une offre pour
racheter Y"), hopes ("espère conclure"); roles closed by a range of years ("from 2015 to
2020"). Each has near misses that must stay asserted. Every company and person here is made
up.
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
    ("en", "Zentrix's founder, Tomas Berg, took over from Velmora's Dana Kraus in 2022.",
     ("EXECUTIVE_OF", "Tomas Berg", "Zentrix")),
    ("fr", "Yves Marchal, fondateur de Quistor, a succédé en 2022 à Korvane comme fournisseur "
     "de Zelbar.", ("EXECUTIVE_OF", "Yves Marchal", "Quistor")),
    ("en", "Velmora won the contract to supply Quistor.", ("SUPPLIES", "Velmora", "Quistor")),
    ("fr", "Korvane a remporté le contrat de fourniture de Quistor.",
     ("SUPPLIES", "Korvane", "Quistor")),
    # the maker of goods named between a noun and "de" supplies; a subsidiary stays a company
    ("fr", "Quistor, fabricant lyonnais de robots, emploie 300 personnes. Korvane utilise "
     "depuis 2023 les chariots Zorbix de Quistor dans ses entrepôts.",
     ("SUPPLIES", "Quistor", "Korvane")),
    ("fr", "Quistor emploie 300 personnes. Korvane a racheté la filiale Zentrix de Quistor.",
     ("ACQUIRES", "Korvane", "Zentrix")),
    ("en", "Velmora buys the insulation it resells under the Quendral Max name from Zentrix's "
     "plant in Leeds.", ("SUPPLIES", "Zentrix", "Velmora")),
    # a company after a possessive and a noun of companies or a pre-nominal adjective
    ("fr", "Sa filiale italienne Zentrix fournit Korvane.", ("SUPPLIES", "Zentrix", "Korvane")),
    ("fr", "Korvane emploie 300 personnes. Ses panneaux sont vendus par son distributeur exclusif "
     "Tarvola.", ("SUPPLIES", "Korvane", "Tarvola")),
    # a role whose range of years still runs; equity brought in stays a stake
    ("fr", "Marie Dubois, directrice générale de Quistor de 2015 à 2030, rejoint le conseil de "
     "Korvane.", ("EXECUTIVE_OF", "Marie Dubois", "Quistor")),
    ("en", "Dana Kraus, Zentrix's chief executive since 2015, joined Velmora's board.",
     ("EXECUTIVE_OF", "Dana Kraus", "Zentrix")),
    ("fr", "Quistor apporte 20 millions d'euros au capital de Korvane.",
     ("INVESTS_IN", "Quistor", "Korvane")),
    # a hope beside a deal done
    ("fr", "Korvane a conclu un partenariat avec Quistor et espère signer d'autres accords.",
     ("PARTNERS_WITH", "Korvane", "Quistor")),
    # money given as equity or an investment after "backed ... with"
    ("en", "Quistor Partners backed Velmora with $50 million in equity.",
     ("INVESTS_IN", "Quistor Partners", "Velmora")),
    ("en", "Quistor Partners backed Velmora with a $50 million investment.",
     ("INVESTS_IN", "Quistor Partners", "Velmora")),
    ("en", "Quistor took a 20% stake in Velmora with a bank loan.",
     ("INVESTS_IN", "Quistor", "Velmora")),
    # an offer completed
    ("fr", "Korvane a bouclé avec succès son offre publique d'achat sur Quistor, dont il détient "
     "désormais 90 % du capital.", ("ACQUIRES", "Korvane", "Quistor")),
]

ABSENT = [
    # the press's conditional after "selon" / "according to" is a hedge, not a reported future
    ("fr", "D'après Le Journal des Flandres, Korvane s'apprêterait aussi à fonder une société "
     "commune avec le coréen Quistor Optics pour vendre en Europe.",
     ("PARTNERS_WITH", "Korvane", "Quistor Optics")),
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
    ("en", "Velmora secured a $75 million asset-backed facility from Quistor Bank in June.",
     ("INVESTS_IN", "Quistor Bank", "Velmora")),
    ("en", "Velmora raised $40 million through a revolving facility from Quistor Bank.",
     ("INVESTS_IN", "Quistor Bank", "Velmora")),
    ("fr", "Korvane a obtenu une facilité de 20 millions d'euros auprès de la banque Quistor.",
     ("INVESTS_IN", "Quistor", "Korvane")),
    ("en", "Quistor Partners backed Velmora with a $50 million loan.",
     ("INVESTS_IN", "Quistor Partners", "Velmora")),
    ("en", "Quistor Capital supported Velmora through a revolving credit facility.",
     ("INVESTS_IN", "Quistor Capital", "Velmora")),
    # a founder who handed over or retires holds no role
    ("en", "Lena Ortiz took over in 2021 from Zentrix's co-founder, Tomas Berg, who now sits on "
     "the board.", ("EXECUTIVE_OF", "Tomas Berg", "Zentrix")),
    ("en", "Lena Ortiz succeeded Zentrix founder Tomas Berg in 2022.",
     ("EXECUTIVE_OF", "Tomas Berg", "Zentrix")),
    ("en", "Zentrix's founder, Tomas Berg, is retiring after selling his stake.",
     ("EXECUTIVE_OF", "Tomas Berg", "Zentrix")),
    ("fr", "Marie Dubois a succédé en 2022 au fondateur de Quistor, Yves Marchal.",
     ("EXECUTIVE_OF", "Yves Marchal", "Quistor")),
    ("fr", "La nouvelle équipe pilotera Quistor, dont le fondateur, Yves Marchal, prend sa "
     "retraite cette année.", ("EXECUTIVE_OF", "Yves Marchal", "Quistor")),
    # a supply contract lost is a former relation
    ("en", "The Velmo Ledger newsletter said in March that Zentrix had lost its distribution "
     "contract with Quistor.", ("SUPPLIES", "Quistor", "Zentrix")),
    ("en", "The Velmo Ledger newsletter said in March that Zentrix had lost its distribution "
     "contract with Quistor.", ("SUPPLIES", "Zentrix", "Quistor")),
    ("en", "Velmora lost the contract to supply Quistor.", ("SUPPLIES", "Velmora", "Quistor")),
    ("fr", "Korvane a perdu le contrat de fourniture de Quistor.",
     ("SUPPLIES", "Korvane", "Quistor")),
    ("fr", "Korvane a perdu son contrat d'approvisionnement avec Quistor.",
     ("SUPPLIES", "Quistor", "Korvane")),
    # close to a deal is talks
    ("en", "Velmora is close to a deal to buy Quistor.", ("ACQUIRES", "Velmora", "Quistor")),
    ("en", "Velmora is nearing a deal to supply chips to Quistor.",
     ("SUPPLIES", "Velmora", "Quistor")),
    ("fr", "Korvane est proche d'un accord pour racheter Quistor.",
     ("ACQUIRES", "Korvane", "Quistor")),
    # a hope is no deal
    ("fr", "Korvane espère conclure un partenariat avec Quistor d'ici juin.",
     ("PARTNERS_WITH", "Korvane", "Quistor")),
    # what an offer proposes is talks
    ("en", "Velmora made an offer to buy Quistor.", ("ACQUIRES", "Velmora", "Quistor")),
    ("en", "Velmora launched an unsolicited bid to acquire Quistor.",
     ("ACQUIRES", "Velmora", "Quistor")),
    ("fr", "Korvane a déposé une offre de rachat sur Quistor.",
     ("ACQUIRES", "Korvane", "Quistor")),
    ("fr", "Korvane a fait une offre pour racheter Quistor.", ("ACQUIRES", "Korvane", "Quistor")),
    # a role closed by a range of years
    ("fr", "Marie Dubois, directrice générale de Quistor de 2015 à 2020, rejoint le conseil de "
     "Korvane.", ("EXECUTIVE_OF", "Marie Dubois", "Quistor")),
    ("en", "Dana Kraus, Zentrix's chief executive from 2015 to 2020, joined Velmora's board.",
     ("EXECUTIVE_OF", "Dana Kraus", "Zentrix")),
    ("en", "Dana Kraus, chief executive of Zentrix between 2012 and 2018, joined Velmora's board.",
     ("EXECUTIVE_OF", "Dana Kraus", "Zentrix")),
    # debt brought in is no stake
    ("fr", "Quistor a apporté 20 millions d'euros de dette à Korvane.",
     ("INVESTS_IN", "Quistor", "Korvane")),
    # goods named like a company
    ("fr", "Quistor, fabricant lyonnais de robots, emploie 300 personnes. Korvane utilise "
     "depuis 2023 les chariots Zorbix de Quistor dans ses entrepôts.",
     ("SUPPLIES", "Zorbix", "Korvane")),
    ("fr", "Quistor emploie 300 personnes. Korvane utilise depuis 2021 les capsules Vantrel de "
     "Quistor.",
     ("SUPPLIES", "Vantrel", "Korvane")),
    ("en", "Velmora buys the insulation it resells under the Quendral Max name from Zentrix's "
     "plant in Leeds.", ("SUPPLIES", "Quendral Max", "Velmora")),
    ("fr", "Korvane fabrique des colles. Sa colle rapide Velbrix est vendue par la chaîne de "
     "bricolage Tarvola.", ("SUPPLIES", "Velbrix", "Tarvola")),
]

test_found, test_absent = found_and_absent(FOUND, ABSENT)
