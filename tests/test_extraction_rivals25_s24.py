"""Session 24, rivals25 (COMPETES_WITH): a sentence opening on the rivals its subject faces
when that subject is a description ("Face à A et à B, qui ..., la PME joue ...", "Face à ses
deux concurrents, A et B, la société mise ..."); a list of rivals set off after a class noun
by a comma (no longer read as a gapped clause) or by a colon ("se mesure à des poids lourds :
le leader français A, qui ..., et le groupe B"); a list member whose apposition opens on a bare
noun or a place's possessive ("A, propriétaire de la marque L, et B", "A, Austria's largest
builder, and B"); "l'a emporté" after a relative clause ("L'entreprise, qui ... des géants A et
B, l'a emporté face à C": no apposition of B); tender rivals ("bids against A and B", "beat A
and B for the contract"); a list that closes on a class phrase with an example ("A, B and
smaller players such as C", "A ainsi que des indépendants comme B").
Invented names only; the near misses stay out."""

from __future__ import annotations

from tests.test_extraction_families import found_and_absent

_QV = ("COMPETES_WITH", "Zentrix", "Quistor")
_VV = ("COMPETES_WITH", "Zentrix", "Velmora")
_KV = ("COMPETES_WITH", "Zentrix", "Korvane")
_QK = ("COMPETES_WITH", "Korvane", "Quistor")
_VT = ("COMPETES_WITH", "Tarvo", "Velmora")
_FR = "Le groupe Zentrix fabrique des volets. "
_EN = "Zentrix makes shutters. "

FOUND = [
    # a rival opening with a description for subject
    ("fr", _FR + "Face à Quistor, Velmora et Korvane, qui dominent le marché mondial, la PME "
     "joue la carte du service.", _KV),
    ("fr", _FR + "Face à ses deux grands concurrents suisses, Quistor et Velmora, la société "
     "mise sur un calibre automatique.", _VV),
    ("fr", _FR + "Face à ses deux grands concurrents suisses, Quistor et Velmora, Zentrix "
     "mise sur un calibre automatique.", _QV),
    ("fr", _FR + "Face à ses deux principaux concurrents, Quistor, propriétaire de la marque "
     "Helvane, et l'américain Velmora, la PME mise sur la réactivité.", _VV),
    ("en", _EN + "Up against Quistor and Velmora, which dominate the market, the company is "
     "betting on service.", _VV),
    # a list announced by a colon after a class noun
    ("fr", _FR + "Sur son marché, la PME se mesure à des poids lourds : le leader français "
     "Quistor, qui pèse 4 milliards d'euros, et le groupe Velmora, très implanté dans "
     "l'Ouest.", _VV),
    ("fr", _FR + "Zentrix se mesure à des poids lourds : Quistor et Velmora.", _QV),
    # a list member after an apposition opened by a bare noun or a place's possessive
    ("fr", _FR + "Zentrix affronte Quistor, propriétaire de la marque Helvane, et Velmora.",
     _VV),
    ("en", _EN + "Across the region, Zentrix bids against Quistor, Austria's largest "
     "construction group, and Velmora for state resurfacing work.", _VV),
    # ... and a relative clause after the last member tells of it alone, unless it says
    # "both"
    ("fr", _FR + "Sur ce segment, Zentrix se retrouvera face aux géants Quistor, propriétaire "
     "de la marque Zolbo, et Velmora, qui commercialise les sachets de Korvane.",
     ("SUPPLIES", "Korvane", "Velmora")),
    ("fr", _FR + "Zentrix affronte Quistor, la filiale de Tarvo, et Velmora, qui ont toutes "
     "deux racheté Korvane.", ("ACQUIRES", "Quistor", "Korvane")),
    # a possessive name's venture set off in a list keeps its partners
    ("en", _EN + "Zentrix ships cathode material to Quistor Cells, Korvane's joint venture "
     "with Tarvo Energy, and to Velmora, people said.",
     ("PARTNERS_WITH", "Korvane", "Tarvo Energy")),
    # a list that closes on a class phrase with an example
    ("fr", _FR + "Zentrix affronte Quistor ainsi que des indépendants comme Velmora.", _VV),
    ("fr", _FR + "Sur son marché, Zentrix affronte l'américain Quistor, propriétaire de la "
     "famille Helvar, ainsi que des indépendants comme la Fonderie Velmora, installée à Paris.",
     ("COMPETES_WITH", "Zentrix", "Fonderie Velmora")),
    ("en", _EN + "Zentrix vies for urban projects with Austria's Quistor, France's Velmora "
     "and, increasingly, smaller European players such as Korvane, which won a contract.",
     _KV),
    ("en", _EN + "Zentrix vies for urban projects with Austria's Quistor, France's Velmora "
     "and, increasingly, smaller European players such as Korvane, which won a contract.",
     _VV),
    ("en", _EN + "Zentrix supplies Quistor and carmakers such as Velmora.",
     ("SUPPLIES", "Zentrix", "Velmora")),
    # "l'a emporté" after a relative clause naming other rivals
    ("fr", _FR + "L'entreprise, qui se présente comme le seul concurrent français des géants "
     "Korvane et Tarvo, l'a emporté face au suisse Quistor et à l'allemand Velmora, a précisé "
     "le client.", _VV),
    # tender rivals
    ("en", _EN + "For large dredging jobs, Zentrix still bids against the sector's two Dutch "
     "heavyweights, Quistor and Velmora.", _QV),
    ("en", _EN + "Zentrix is bidding against Quistor for the asset.", _QV),
    ("en", _EN + "Zentrix beat Quistor and Velmora for the contract, according to people "
     "familiar with the bidding.", _VV),
    ("en", _EN + "Zentrix beat Quistor and Velmora, its two main rivals, to the work.", _QV),
]

ABSENT = [
    # one party alone before the opening comma may be a customer
    ("fr", _FR + "Face à Quistor, qui réclamait une baisse de prix, la société a cédé.", _QV),
    # "Face à" with no rivals: an offer, a crisis
    ("fr", _FR + "Face à l'offre de Quistor, la société a cédé.", _QV),
    # "l'a emporté" keeps the relative clause's rivals apart from the winner's
    ("fr", _FR + "L'entreprise, qui se présente comme le seul concurrent français des géants "
     "Korvane et Tarvo, l'a emporté face au suisse Quistor et à l'allemand Velmora, a précisé "
     "le client.", _VT),
    ("fr", _FR + "L'entreprise, qui se présente comme le seul concurrent français des géants "
     "Korvane et Tarvo, l'a emporté face au suisse Quistor et à l'allemand Velmora, a précisé "
     "le client.", _QK),
    ("fr", _FR + "Sur ce segment, Zentrix se retrouvera face aux géants Quistor, propriétaire "
     "de la marque Zolbo, et Velmora, qui commercialise les sachets de Korvane.",
     ("SUPPLIES", "Korvane", "Quistor")),
    # a relative clause after the example tells of the example alone
    ("en", _EN + "Zentrix vies for urban projects with Austria's Quistor, France's Velmora "
     "and, increasingly, smaller European players such as Korvane, which last month supplied "
     "a gondola to Tarvo.", ("SUPPLIES", "Velmora", "Tarvo")),
    # a class phrase whose example opens a clause of its own
    ("en", _EN + "Zentrix bought Quistor and rivals such as Velmora are worried.",
     ("ACQUIRES", "Zentrix", "Velmora")),
    ("fr", _FR + "Zentrix a racheté Quistor et des concurrents comme Velmora s'inquiètent.",
     ("ACQUIRES", "Zentrix", "Velmora")),
    # a colon with no names after the class noun
    ("fr", _FR + "Zentrix affronte deux concurrents : la crise et la hausse des prix chez "
     "Quistor.", _QV),
    # the noun "bid", a vote against a bid, a beaten forecast
    ("en", _EN + "Zentrix launched a hostile bid against Quistor last week.", _QV),
    ("en", _EN + "Shareholders of Zentrix voted against the bid from Quistor.", _QV),
    ("en", _EN + "Zentrix's bid against Quistor failed.", _QV),
    ("en", _EN + "Zentrix beat Quistor's forecasts for the quarter.", _QV),
    ("en", _EN + "Zentrix beat expectations, Quistor said of the contract.", _QV),
]

test_found, test_absent = found_and_absent(FOUND, ABSENT)
