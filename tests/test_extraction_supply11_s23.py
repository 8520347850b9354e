"""Session 23, SUPPLIES eleventh round (branch s23-supply11): attachment of a supply cue to
the right pair (written up in /work/notes/s23/hist_supply11.md for docs/extraction-history.md).
Invented names, in no list.

- "X équipe les pylônes de A, et B lui a commandé des antennes": a French dative clitic in a
  clause coordinated by ", et" stands for the first clause's company (the name or description
  opening the sentence, or the owner of the goods that open it), not for the nearest name.
- "X mise sur des batteries que lui fournit Y": an object relative whose subject follows its
  verb; Y supplies the company the clitic stands for.
- "X fabrique ses sachets à partir de fibres livrées par Y", "X makes its pouches from fibres
  supplied by Y": goods made from a material whose maker a participle names.
- "X tresse ses cordages à partir de fibres Z, fournies par Y", "sous la marque Z, distribuée
  par Y": a name right after a bare goods noun is the goods' name; the clause's subject is
  their user (or seller), not Z.
- "X s'approvisionne en lingots de qualité Z auprès de Y": the goods' name before "auprès de"
  is no company bought.
- "X fournit des robots à des cliniques, dont A et B": the plural of a company noun the
  lexicon knows opens a list of customers.
"""

from __future__ import annotations

from tests.test_extraction_families import found_and_absent

FOUND = [
    # a dative clitic in a coordinated clause
    ("fr", "Quorrin équipe les pylônes de Halvex, et Brovenna lui a commandé l'an dernier "
     "4 000 antennes.", ("SUPPLIES", "Quorrin", "Brovenna")),
    ("fr", "L'entreprise bretonne Quorrin équipe les pylônes de Halvex avec ses antennes, et "
     "Brovenna lui a commandé 4 000 antennes.", ("SUPPLIES", "Quorrin", "Brovenna")),
    ("fr", "Quorrin produit de l'huile. Les bouteilles du groupe sont référencées chez Halvex, "
     "et Brovenna lui achète en outre une huile.", ("SUPPLIES", "Quorrin", "Brovenna")),
    ("fr", "Les bouteilles de Quorrin sont vendues chez Halvex, et Brovenna lui achète une "
     "huile.", ("SUPPLIES", "Quorrin", "Brovenna")),
    # an inverted subject after "que lui"
    ("fr", "L'entreprise choletaise Quorrin mise sur des batteries lithium-ion que lui fournit "
     "Brovenna.", ("SUPPLIES", "Brovenna", "Quorrin")),
    ("fr", "Quorrin mise sur des batteries que lui fournit le groupe japonais Brovenna, dont "
     "elle est devenue l'un des premiers clients.", ("SUPPLIES", "Brovenna", "Quorrin")),
    ("fr", "Quorrin utilise les antennes que lui a fournies Brovenna.",
     ("SUPPLIES", "Brovenna", "Quorrin")),
    # goods made from a supplied material
    ("fr", "Quorrin fabrique ses sachets à partir de fibres de cellulose livrées par le "
     "papetier Brovenna.", ("SUPPLIES", "Brovenna", "Quorrin")),
    ("en", "Quorrin makes its pouches from cellulose fibres supplied by the Finnish paper maker "
     "Brovenna.", ("SUPPLIES", "Brovenna", "Quorrin")),
    ("en", "Quorrin makes pouches from components supplied by Brovenna.",
     ("SUPPLIES", "Brovenna", "Quorrin")),
    # a goods' name before a set-off participle or "auprès de"
    ("fr", "Quorrin tresse ses cordages à partir de fibres Zelbar, fournies par Brovenna.",
     ("SUPPLIES", "Brovenna", "Quorrin")),
    ("fr", "Quorrin tresse ses cordages à partir de fibres de polyéthylène Zelbar, fournies par "
     "l'américain Brovenna, et de polyester recyclé.", ("SUPPLIES", "Brovenna", "Quorrin")),
    ("fr", "Quorrin commercialise ses violoncelles sous la marque Zelbar, distribuée au Japon "
     "par l'enseigne Brovenna.", ("SUPPLIES", "Quorrin", "Brovenna")),
    ("fr", "Quorrin s'approvisionne en lingots de qualité Zelbar auprès de Brovenna.",
     ("SUPPLIES", "Brovenna", "Quorrin")),
    ("fr", "Quorrin se fournit en terminaux de paiement sans contact Zelbar auprès de "
     "l'israélien Brovenna.", ("SUPPLIES", "Brovenna", "Quorrin")),
    # a plural company noun before a list of customers
    ("fr", "Quorrin fournit des robots à des cliniques, dont Brovenna et Halvex.",
     ("SUPPLIES", "Quorrin", "Halvex")),
    ("en", "Quorrin supplies kits to clubs, among them Brovenna.",
     ("SUPPLIES", "Quorrin", "Brovenna")),
]

ABSENT = [
    # the clitic is not the nearest name, and a colon keeps the older reading
    ("fr", "Quorrin équipe les pylônes de Halvex, et Brovenna lui a commandé l'an dernier "
     "4 000 antennes.", ("SUPPLIES", "Halvex", "Brovenna")),
    ("fr", "Les bouteilles de Quorrin sont vendues chez Halvex, et Brovenna lui achète une "
     "huile.", ("SUPPLIES", "Halvex", "Brovenna")),
    ("fr", "Les clients de Quorrin sont des exploitants : Halvex lui commande des relevés, et "
     "Brovenna lui a confié la cartographie de ses canalisations.",
     ("SUPPLIES", "Halvex", "Brovenna")),
    # no clitic, or a company handed over, is no inverted supplier
    ("fr", "Quorrin a racheté Halvex, que lui a cédé Brovenna.",
     ("SUPPLIES", "Brovenna", "Quorrin")),
    ("fr", "Quorrin mise sur des batteries lithium-ion que lui fournit Brovenna.",
     ("SUPPLIES", "Quorrin", "Brovenna")),
    # the goods' name is no party
    ("fr", "Quorrin tresse ses cordages à partir de fibres Zelbar, fournies par Brovenna.",
     ("SUPPLIES", "Brovenna", "Zelbar")),
    ("fr", "Quorrin commercialise ses violoncelles sous la marque Zelbar, distribuée au Japon "
     "par l'enseigne Brovenna.", ("SUPPLIES", "Zelbar", "Brovenna")),
    # a company described before the participle stays the participle's subject
    ("fr", "Quorrin travaille avec l'américain Halvex, fourni par Brovenna.",
     ("SUPPLIES", "Brovenna", "Quorrin")),
    ("fr", "Quorrin affronte le groupe Halvex, racheté par Brovenna.",
     ("SUPPLIES", "Brovenna", "Quorrin")),
    # a company named before "auprès de" is still a company bought
    ("fr", "Quorrin achète la société Zelbar auprès de Brovenna.",
     ("SUPPLIES", "Brovenna", "Quorrin")),
    ("fr", "Quorrin se mesure à des poids lourds comme Halvex et Brovenna.",
     ("SUPPLIES", "Brovenna", "Quorrin")),
    # money made from something is no goods
    ("en", "Quorrin makes a profit from parts supplied by Brovenna.",
     ("SUPPLIES", "Brovenna", "Quorrin")),
    # products, not companies, before a list
    ("fr", "Quorrin vend ses modèles, comme Brovenna.", ("SUPPLIES", "Quorrin", "Brovenna")),
]

test_found, test_absent = found_and_absent(FOUND, ABSENT)
