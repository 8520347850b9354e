"""Session 22, SUPPLIES ninth round (branch s22-supply9): a service run for a customer and a
task entrusted through a French dative clitic, whatever the service's noun (written up in
/work/notes/s22/hist_supply9.md for docs/extraction-history.md). Invented names, in no list.

- "X handles / runs / operates <any service> for Y": the service noun needs no list; a sale,
  the company's own business and a person's work stay out.
- "Y lui confie <any task>": the company the clitic stands for supplies Y; a role or a stake
  entrusted is no supply, nor what one confides (worries, hopes), and without the clitic
  the listed service nouns are still required.
- "Y's bottles are filled under contract by X", "Y's claims are processed by X", "Y's frames
  are welded by X": making and packing participles join the possessor's goods made by X; an
  application, a request or a bid processed stays out.
- Two clauses each with a dative clitic ("A lui commande ..., et B lui a confié ..."): both
  clitics stand for the company named before, not for the first clause's subject.
"""

from __future__ import annotations

from tests.test_extraction_families import found_and_absent

FOUND = [
    # a service for a customer, any noun
    ("en", "Brovenna handles interfacility transfers for Tessalyn, the regional hospital group.",
     ("SUPPLIES", "Brovenna", "Tessalyn")),
    ("en", "Founded in 2004, Brovenna runs car parks for the retail landlord Tessalyn.",
     ("SUPPLIES", "Brovenna", "Tessalyn")),
    ("en", "Brovenna operates ferry crossings for Tessalyn under a ten-year agreement.",
     ("SUPPLIES", "Brovenna", "Tessalyn")),
    # making and packing participles
    ("en", "Tessalyn's jars are currently filled under contract by Brovenna, a Leeds packer.",
     ("SUPPLIES", "Brovenna", "Tessalyn")),
    ("en", "Tessalyn's insurance claims are processed by Brovenna under a five-year contract.",
     ("SUPPLIES", "Brovenna", "Tessalyn")),
    ("en", "Tessalyn designs the scooters; Tessalyn's steel frames are welded by Brovenna.",
     ("SUPPLIES", "Brovenna", "Tessalyn")),
    # a task entrusted through a dative clitic, any noun
    ("fr", "Parmi les références de Brovenna figure la société Tessalyn, qui lui confie la "
     "dératisation de ses entrepôts depuis 2021.", ("SUPPLIES", "Brovenna", "Tessalyn")),
    ("fr", "Brovenna compte de grands clients : Marquell lui a confié l'auscultation de ses ponts.",
     ("SUPPLIES", "Brovenna", "Marquell")),
    ("fr", "Les clients de Brovenna sont des exploitants de réseaux : Dunorak lui commande des "
     "relevés, et Tessalyn lui a confié la cartographie de ses canalisations.",
     ("SUPPLIES", "Brovenna", "Tessalyn")),
]

ABSENT = [
    # a sale or the company's own business is no service for a customer
    ("en", "Brovenna handles the sale of its stake for Tessalyn.",
     ("SUPPLIES", "Brovenna", "Tessalyn")),
    ("en", "Brovenna runs its own fleet for Tessalyn's rival routes.",
     ("SUPPLIES", "Brovenna", "Tessalyn")),
    ("en", "Maren Holtby, a former banker, manages the treasury for Tessalyn.",
     ("SUPPLIES", "Maren Holtby", "Tessalyn")),
    # an application or a bid processed is no service
    ("en", "Tessalyn's licence application was processed by Brovenna within a month.",
     ("SUPPLIES", "Brovenna", "Tessalyn")),
    ("en", "Tessalyn's takeover bid was filled out by Brovenna.",
     ("SUPPLIES", "Brovenna", "Tessalyn")),
    # a role or a stake entrusted is no supply; nor what one confides
    ("fr", "Brovenna a ouvert une agence près de Tessalyn, qui lui confie ses doutes sur la "
     "conjoncture.", ("SUPPLIES", "Brovenna", "Tessalyn")),
    ("fr", "Tessalyn lui a confié la direction de sa filiale Brovenna.",
     ("SUPPLIES", "Brovenna", "Tessalyn")),
    ("fr", "Le fondateur de Brovenna a cédé ses titres à Marquell, et Tessalyn lui a confié la "
     "présidence de son conseil.", ("SUPPLIES", "Marquell", "Tessalyn")),
    # without the clitic, an unlisted noun stays out (and a citation is no task)
    ("fr", "Tessalyn a confié la revente de ses bateaux au courtier Brovenna.",
     ("SUPPLIES", "Brovenna", "Tessalyn")),
    ("fr", "Tessalyn a confié à l'hebdomadaire Brovenna viser quatre usines d'ici 2030.",
     ("SUPPLIES", "Brovenna", "Tessalyn")),
    # the first clause's subject is no antecedent of the second clitic
    ("fr", "Les clients de Brovenna sont des exploitants de réseaux : Dunorak lui commande des "
     "relevés, et Tessalyn lui a confié la cartographie de ses canalisations.",
     ("SUPPLIES", "Dunorak", "Tessalyn")),
]

test_found, test_absent = found_and_absent(FOUND, ABSENT)
