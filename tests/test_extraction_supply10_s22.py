"""Session 22, SUPPLIES tenth round (branch s22-supply10): goods offered by a company and
used or sold by another, whatever the goods' noun (written up in
/work/notes/s22/hist_supply10.md for docs/extraction-history.md). Invented names, in no list.

- "X sells / supplies / develops <goods> that are used by A", "X fournit <goods> utilisée par
  A": the object of an offering verb is the subject's goods, and its user buys from X; a
  company between the verb and the participle, or a sale of the past ("sold the plant used
  by A"), stays out.
- "X a remporté une commande de <goods> passée par A": the order placed by A, like English
  "won an order ... placed by A"; "après être passé par A" (went through A) stays out.
- "Les bouchons de Y sont fabriqués à partir de <matière> fournie par X": the compound
  preposition "à partir de" takes no more of a supply frame's window than English "from";
  "selon X" after the material stays out.
- "Y runs its reservations on software from X": a company's own thing run on goods from
  their maker; money from X ("runs on a budget ... from X") and people from X stay out.
- "X counts A as its largest tenant", "A is X's largest tenant": a tenant is a landlord's
  customer (English only: the one French case on material went to a wrong reference); a
  "tenant farmer" stays out.
"""

from __future__ import annotations

from tests.test_extraction_families import found_and_absent

FOUND = [
    ("en", "Quorrin sells formal-verification tools that are used by Brovenna and several "
     "chip designers.", ("SUPPLIES", "Quorrin", "Brovenna")),
    ("en", "Quorrin develops scheduling software that is used by Brovenna.",
     ("SUPPLIES", "Quorrin", "Brovenna")),
    ("en", "Quorrin supplies the brine used by Brovenna at its soda ash plant.",
     ("SUPPLIES", "Quorrin", "Brovenna")),
    ("fr", "La société Quorrin fournit depuis plus de vingt ans la saumure utilisée par "
     "Brovenna dans son usine.", ("SUPPLIES", "Quorrin", "Brovenna")),
    ("fr", "Quorrin vend des enduits qui sont utilisés par Brovenna sur ses chantiers.",
     ("SUPPLIES", "Quorrin", "Brovenna")),
    ("fr", "Le chantier Quorrin a remporté une commande de deux ferries hybrides passée par "
     "Brovenna, pour 310 millions d'euros.", ("SUPPLIES", "Quorrin", "Brovenna")),
    ("en", "Brovenna runs its reservations on software from Quorrin.",
     ("SUPPLIES", "Quorrin", "Brovenna")),
    ("en", "Brovenna buys its linen from Halvex, the French group, and runs its booking system "
     "on software from Quorrin.", ("SUPPLIES", "Quorrin", "Brovenna")),
    ("en", "Brovenna runs its core banking on a system from Quorrin and relies on Halvex "
     "to operate its cash machines.", ("SUPPLIES", "Quorrin", "Brovenna")),
    ("en", "In the UK, Quorrin counts US cloud provider Brovenna as its largest tenant.",
     ("SUPPLIES", "Quorrin", "Brovenna")),
    ("en", "Quorrin counts Brovenna and Halvex among its tenants.",
     ("SUPPLIES", "Quorrin", "Halvex")),
    ("en", "Brovenna is Quorrin's largest tenant.", ("SUPPLIES", "Quorrin", "Brovenna")),
    ("fr", "Les bouchons de Brovenna sont fabriqués à partir de silicones médicaux fournis par "
     "Quorrin.", ("SUPPLIES", "Quorrin", "Brovenna")),
    ("fr", "Brovenna conçoit des bouchons. Ses bouchons sont fabriqués à partir de silicones "
     "médicaux fournis par Quorrin, dont l'usine est proche.",
     ("SUPPLIES", "Quorrin", "Brovenna")),
    ("fr", "Quorrin a décroché une commande de 40 rames passée par l'opérateur Brovenna.",
     ("SUPPLIES", "Quorrin", "Brovenna")),
]

ABSENT = [
    ("en", "Quorrin supplies Halvex, the bank used by Brovenna.",
     ("SUPPLIES", "Quorrin", "Brovenna")),
    ("en", "Quorrin sold the plant used by Brovenna in 2019.",
     ("SUPPLIES", "Quorrin", "Brovenna")),
    ("fr", "Quorrin fournit à Halvex la saumure utilisée par Brovenna.",
     ("SUPPLIES", "Quorrin", "Brovenna")),
    ("en", "Quorrin sells tools, which are used by Brovenna's rivals.",
     ("SUPPLIES", "Quorrin", "Brovenna")),
    ("fr", "Les bouchons de Brovenna sont fabriqués à partir de résine recyclée, selon "
     "Quorrin.", ("SUPPLIES", "Quorrin", "Brovenna")),
    ("en", "Brovenna runs on a budget of $5 million from Quorrin.",
     ("SUPPLIES", "Quorrin", "Brovenna")),
    ("en", "Brovenna runs its plant on Sundays, analysts from Quorrin said.",
     ("SUPPLIES", "Quorrin", "Brovenna")),
    ("en", "The tenant farmers of Quorrin protested against Brovenna.",
     ("SUPPLIES", "Quorrin", "Brovenna")),
    ("fr", "Quorrin a remporté le contrat après être passé par Brovenna.",
     ("SUPPLIES", "Quorrin", "Brovenna")),
    ("fr", "Quorrin a remporté une commande de deux ferries, passée par Halvex pour Brovenna.",
     ("SUPPLIES", "Quorrin", "Brovenna")),
]

test_found, test_absent = found_and_absent(FOUND, ABSENT)
