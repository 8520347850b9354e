"""Names on new text, eighth round (session 17, issue 11): a known company's unit named by a
country or region after its name ("Danone Méditerranée", "Siemens UK", "Renault France
Industrie"), by a word and a camelCase firm's word ("Danone Quistel PetCare"), or a French
bank's regional bank ("Barclays d'Ille-et-Vilaine", banks and insurers only) is a company of
its own; a weekday before a known outlet word opens another
title ("The Saturday Times"); a capitalised word after a French preposition before "de <City>"
("avec Électricité de Lyon"); an English town before an agent noun is no party ("from Quellham
roaster Brenlac Coffee Co"); a capitalised English number word opens a name ("Two Kelmarks
Coffee Co"); a French source's title ending in a lower-case adjective ("selon Le Courrier
breton,").
Invented sentences, companies and places in no list (the known names are list entries of no
evaluation article's unit), both languages where the form occurs; near misses stay out."""

from __future__ import annotations

from tests.test_extraction_families import found_and_absent

FOUND = [
    # a known name and a country or region after it: the unit, a company of its own
    ("en", "Velmora agreed to buy Siemens UK for $20 million.",
     ("ACQUIRES", "Velmora", "Siemens UK")),
    ("en", "Siemens UK agreed to buy Velmora for $20 million.",
     ("ACQUIRES", "Siemens UK", "Velmora")),
    ("fr", "Velmora a été racheté par Danone Méditerranée pour 20 millions d'euros.",
     ("ACQUIRES", "Danone Méditerranée", "Velmora")),
    ("fr", "Velmora a été racheté par Renault France Industrie pour 20 millions d'euros.",
     ("ACQUIRES", "Renault France Industrie", "Velmora")),
    # ... or a capitalised word and a camelCase word ending in a firm's word
    ("fr", "Velmora doit résister à ses deux grands concurrents, Danone Quistel PetCare et "
     "Zelbar, qui dominent le rayon.", ("COMPETES_WITH", "Danone Quistel PetCare", "Velmora")),
    ("en", "Velmora competes with Danone Quistel PetCare and Zelbar in dry food.",
     ("COMPETES_WITH", "Danone Quistel PetCare", "Velmora")),
    # a bank's regional bank after "de / d' / du <region>" (French)
    ("fr", "Le Barclays d'Ille-et-Vilaine a pris une participation de 12 % au capital de "
     "Velmora.", ("INVESTS_IN", "Barclays d'Ille-et-Vilaine", "Velmora")),
    ("fr", "Le Barclays du Nord Est a pris une participation de 12 % au capital de Velmora.",
     ("INVESTS_IN", "Barclays du Nord Est", "Velmora")),
    # a weekday before a known outlet word: another title
    ("en", "The Saturday Times reported that Velmora was weighing an offer for Quistor.",
     ("REPORTED_BY", "ARTICLE", "The Saturday Times")),
    # a capitalised word after a preposition before "de <City>" (French)
    ("fr", "Velmora a formé une coentreprise avec Électricité de Lyon, baptisée Zorla.",
     ("PARTNERS_WITH", "Électricité de Lyon", "Velmora")),
    ("fr", "Velmora a signé un contrat avec Transports de Lyon pour dix ans.",
     ("SUPPLIES", "Velmora", "Transports de Lyon")),
    # a town before an agent noun, then the name; a capitalised number word opening it
    ("en", "Velmora sources its coffee from Quellham roaster Brenlac Coffee Co, and its "
     "ticketing runs on software from Zorla.", ("SUPPLIES", "Brenlac Coffee", "Velmora")),
    ("en", "Velmora sources its coffee from Quellham roaster Two Kelmarks Coffee Co, and its "
     "ticketing runs on software from Zorla.", ("SUPPLIES", "Two Kelmarks Coffee", "Velmora")),
    ("en", "Velmora agreed to buy Three Oaks Brewing for $20 million.",
     ("ACQUIRES", "Velmora", "Three Oaks Brewing")),
    # a French source's title ending in a lower-case adjective
    ("fr", "Selon Le Courrier breton, Velmora s'était intéressé à Quistor l'an dernier.",
     ("REPORTED_BY", "ARTICLE", "Le Courrier breton")),
    ("fr", "Selon Le Kelmar maritime, Velmora s'était intéressé à Quistor l'an dernier.",
     ("REPORTED_BY", "ARTICLE", "Le Kelmar maritime")),
]

ABSENT = [
    # the known name alone stays the known company
    ("en", "Siemens agreed to buy Velmora for $20 million.", ("ACQUIRES", "Siemens UK", "Velmora")),
    # a camelCase product after a known name and a word
    ("fr", "Velmora vend le Danone Quistel PowerBox depuis mai.",
     ("SUPPLIES", "Velmora", "Danone Quistel PowerBox")),
    # a city after a known name is a site, not a unit
    ("en", "Siemens London agreed to buy Velmora for $20 million.",
     ("ACQUIRES", "Siemens London", "Velmora")),
    ("fr", "Velmora a été racheté par Renault de Toulouse pour 20 millions d'euros.",
     ("ACQUIRES", "Renault de Toulouse", "Velmora")),
    # a region after a known name that is no bank nor insurer
    ("fr", "Velmora a été racheté par Danone d'Ille-et-Vilaine pour 20 millions d'euros.",
     ("ACQUIRES", "Danone d'Ille-et-Vilaine", "Velmora")),
    # a weekday as a date before the outlet
    ("en", "On Saturday The Times reported that Velmora was weighing an offer for Quistor.",
     ("REPORTED_BY", "ARTICLE", "The Saturday Times")),
    # a first name before "de <City>" is a person
    ("fr", "Velmora a signé un contrat avec Jean de Lyon pour dix ans.",
     ("SUPPLIES", "Velmora", "Jean de Lyon")),
    # the town before the agent noun is no party
    ("en", "Velmora sources its coffee from Quellham roaster Brenlac Coffee Co, and its "
     "ticketing runs on software from Zorla.", ("SUPPLIES", "Quellham", "Velmora")),
    # a name and its region's adjective after a verb of buying: no title
    ("fr", "Velmora a racheté Le Quistor breton, a indiqué la société.",
     ("ACQUIRES", "Velmora", "Le Quistor breton")),
]

test_found, test_absent = found_and_absent(FOUND, ABSENT)
