"""Session 17, roles (second wave): who holds a role when the sentence says it around other
words. A founder set off by a description before the company that "still runs it"; a role
taken elsewhere by someone who left ("a quitté X pour devenir R de O", "left to become R at O",
"partie prendre la direction de O"); a role kept ("continuera d'être dirigée par", plural
"resteront dirigés par leur gérant historique, P", "stays on as O's R"); a partner of a firm;
an incoming title. Every company and person here is made up and in no list; each family has
near misses that must stay out.
"""

from __future__ import annotations

from tests.test_extraction_families import found_and_absent

FOUND = [
    # a sentence-opening participle whose agent has a description of their own: the subject
    # after the description, not the company inside it
    ("fr", "Fondée en 2016 par Lison Vardel, une ancienne ingénieure de Quistor qui en reste la "
           "présidente, la start-up Velmora emploie 85 personnes.",
     ("EXECUTIVE_OF", "Lison Vardel", "Velmora")),
    ("fr", "Kandor rachète Velmora. Fondée en 2016 par Marc Tobrel, un ancien ingénieur de "
           "Quistor qui la dirige toujours, Velmora fabrique des pompes.",
     ("EXECUTIVE_OF", "Marc Tobrel", "Velmora")),
    ("fr", "Kandor rachète Velmora. Fondée en 2016 par Marc Tobrel, un ancien ingénieur de "
           "Quistor, Velmora fabrique des pompes.", ("EXECUTIVE_OF", "Marc Tobrel", "Velmora")),
    # ... and a former title of another employer set off after the agent of "founded by"
    ("en", "Velmora was founded in 2009 by Alice Brandvik, a former managing director at Quistor "
           "who remains its chief executive, and makes pumps.",
     ("EXECUTIVE_OF", "Alice Brandvik", "Velmora")),
    ("en", "Velmora is run by Alice Brandvik, the former chief executive of Quistor.",
     ("EXECUTIVE_OF", "Alice Brandvik", "Velmora")),
    ("fr", "Velmora est dirigée par Alice Brandvik, ancienne directrice générale de Quistor.",
     ("EXECUTIVE_OF", "Alice Brandvik", "Velmora")),
    # a role taken elsewhere by someone who left an employer for it
    ("fr", "Marc Tobrel a quitté Velmora en 2024 pour devenir directeur des achats de Quistor.",
     ("EXECUTIVE_OF", "Marc Tobrel", "Quistor")),
    ("fr", "Le prédécesseur de Lison Vardel, Marc Tobrel, avait quitté la coopérative en 2024 "
           "pour devenir directeur des achats de Quistor.",
     ("EXECUTIVE_OF", "Marc Tobrel", "Quistor")),
    ("fr", "Il a succédé en septembre à Lison Vardel, partie prendre la direction financière de "
           "Quistor.", ("EXECUTIVE_OF", "Lison Vardel", "Quistor")),
    ("fr", "Lison Vardel est partie prendre la direction de Quistor.",
     ("EXECUTIVE_OF", "Lison Vardel", "Quistor")),
    ("fr", "Marc Tobrel a quitté Velmora pour prendre la tête de Quistor.",
     ("EXECUTIVE_OF", "Marc Tobrel", "Quistor")),
    ("en", "Stefan Albers left Velmora last year to become chief executive of Quistor.",
     ("EXECUTIVE_OF", "Stefan Albers", "Quistor")),
    ("en", "Stefan Albers, who designed the prototype, left in 2024 to become chief executive "
           "of Quistor.", ("EXECUTIVE_OF", "Stefan Albers", "Quistor")),
    ("en", "Stefan Albers, Velmora's former chief technology officer, who designed the "
           "prototype, left in 2024 to become head of engineering at Quistor.",
     ("EXECUTIVE_OF", "Stefan Albers", "Quistor")),
    # a role kept: plural passives, a title set off before the name, "stays on as"
    ("fr", "Kandor rachète les Ateliers Velmora. Les Ateliers Velmora resteront dirigés par "
           "leur gérant historique, Marc Tobrel.", ("EXECUTIVE_OF", "Marc Tobrel",
                                                    "Ateliers Velmora")),
    ("fr", "Kandor rachète les Ateliers Velmora. Les Ateliers Velmora resteront dirigés par "
           "Marc Tobrel.", ("EXECUTIVE_OF", "Marc Tobrel", "Ateliers Velmora")),
    ("fr", "Kandor rachète Velmora. Velmora continuera d'être dirigée par Lison Vardel.",
     ("EXECUTIVE_OF", "Lison Vardel", "Velmora")),
    ("en", "Velmora, run by its longtime chief executive, Lars Vardel, makes pumps.",
     ("EXECUTIVE_OF", "Lars Vardel", "Velmora")),
    ("en", "Javier Tobrel stays on as Velmora's managing director.",
     ("EXECUTIVE_OF", "Javier Tobrel", "Velmora")),
    ("en", "Javier Tobrel will stay on as chief executive of Velmora.",
     ("EXECUTIVE_OF", "Javier Tobrel", "Velmora")),
    ("en", "Javier Tobrel, whose family will keep the remaining 40 per cent, stays on as "
           "Velmora's managing director.", ("EXECUTIVE_OF", "Javier Tobrel", "Velmora")),
    # a partner of a firm (a name typed as a person), an announced role ("incoming")
    ("en", "Lars Vardel, a partner at Velmora Capital, said the fund would invest.",
     ("EXECUTIVE_OF", "Lars Vardel", "Velmora Capital")),
    ("en", "Velmora Capital partner Lars Vardel will join the board.",
     ("EXECUTIVE_OF", "Lars Vardel", "Velmora Capital")),
    ("fr", "Lars Vardel, associé chez Velmora Partenaires, a signé.",
     ("EXECUTIVE_OF", "Lars Vardel", "Velmora Partenaires")),
    ("en", "Lars Vardel, incoming chief executive of Velmora, said the deal was fair.",
     ("EXECUTIVE_OF", "Lars Vardel", "Velmora")),
    ("fr", "Lison Vardel, future directrice générale de Velmora, a signé.",
     ("EXECUTIVE_OF", "Lison Vardel", "Velmora")),
]

ABSENT = [
    # a business partner is no person holding a title
    ("en", "Velmora and its partner, Kandor Labs, will build a plant.",
     ("EXECUTIVE_OF", "Kandor Labs", "Velmora")),
    ("fr", "Velmora et son associé Kandor construiront une usine.",
     ("EXECUTIVE_OF", "Kandor", "Velmora")),
    ("fr", "Velmora, associée à Kandor, construira une usine.",
     ("EXECUTIVE_OF", "Velmora", "Kandor")),
    ("en", "Velmora's partner Lars Vardel said the deal was good.",
     ("EXECUTIVE_OF", "Lars Vardel", "Velmora")),
    ("fr", "Lison Vardel, associée de Kandor dans la coentreprise, a signé.",
     ("EXECUTIVE_OF", "Lison Vardel", "Kandor")),

    # the company inside the agent's description is not the subject of the participle
    ("fr", "Fondée en 2016 par Lison Vardel, une ancienne ingénieure de Quistor qui en reste la "
           "présidente, la start-up Velmora emploie 85 personnes.",
     ("EXECUTIVE_OF", "Lison Vardel", "Quistor")),
    ("fr", "Kandor rachète Velmora. Fondée en 2016 par Marc Tobrel, un ancien ingénieur de "
           "Quistor qui la dirige toujours, Velmora fabrique des pompes.",
     ("EXECUTIVE_OF", "Marc Tobrel", "Quistor")),
    # the employer left is no role held now, nor a thing said in another sentence shape
    ("fr", "Marc Tobrel a quitté Velmora en 2024 pour devenir directeur des achats de Quistor.",
     ("EXECUTIVE_OF", "Marc Tobrel", "Velmora")),
    ("en", "Stefan Albers left Velmora last year to become chief executive of Quistor.",
     ("EXECUTIVE_OF", "Stefan Albers", "Velmora")),
    ("en", "Stefan Albers wants Velmora to become the leader of Quistor's market.",
     ("EXECUTIVE_OF", "Stefan Albers", "Quistor")),
    ("fr", "Marc Tobrel a quitté Velmora pour devenir consultant.",
     ("EXECUTIVE_OF", "Marc Tobrel", "Velmora")),
    ("fr", "Kandor a quitté Velmora pour prendre la tête du marché de Quistor.",
     ("EXECUTIVE_OF", "Kandor", "Quistor")),
    # staying on as something else than a title
    ("en", "Javier Tobrel will stay on as a consultant to Velmora.",
     ("EXECUTIVE_OF", "Javier Tobrel", "Velmora")),
    ("en", "Velmora said Javier Tobrel would stay on the board of Quistor as an adviser.",
     ("EXECUTIVE_OF", "Javier Tobrel", "Velmora")),
]

test_found, test_absent = found_and_absent(FOUND, ABSENT)
