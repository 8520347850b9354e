"""Session 16, leftovers of session 15: resolution and cue grammar seen on invented sentences
and read sets and left alone then. Every company here is made up and in no list; each family
has near misses that must stay out.
"""

from __future__ import annotations

from tests.test_extraction_families import found_and_absent

FOUND = [
    # an object pronoun after a relative clause set off behind the subject: the company the
    # relative clause names ("Quistor, which owned Kandor, sold it": it = Kandor)
    ("en", "Quistor, which owned Kandor, sold it to Velmora in 2024.",
     ("ACQUIRES", "Velmora", "Kandor")),
    ("en", "Quistor, which had bought Kandor in 2019, sold it to Velmora last year.",
     ("ACQUIRES", "Velmora", "Kandor")),
    ("en", "Quistor, which bought Kandor in 2019, will sell it to Velmora.",
     ("ACQUIRES", "Velmora", "Kandor")),
    # a relation noun opening the sentence before "de"/"of" and a name is no part of the name:
    # the clause's subject is the other party
    ("fr", "Concurrent de Velmora, Quistor a levé 20 millions d'euros.",
     ("COMPETES_WITH", "Quistor", "Velmora")),
    ("fr", "Partenaire de Velmora, Quistor a levé 20 millions d'euros.",
     ("PARTNERS_WITH", "Quistor", "Velmora")),
    ("fr", "Concurrente de Velmora, la société Quistor a ouvert une usine à Lyon.",
     ("COMPETES_WITH", "Quistor", "Velmora")),
    ("en", "Rival of Velmora, Quistor raised $20 million.",
     ("COMPETES_WITH", "Quistor", "Velmora")),
    ("en", "Partner of Velmora since 2020, Quistor raised $20 million.",
     ("PARTNERS_WITH", "Quistor", "Velmora")),
    # a role "until" a year after the article's (2025) with no future verb is current
    ("en", "Anna Brell, chief executive of Velmora until 2029, said the deal was done.",
     ("EXECUTIVE_OF", "Anna Brell", "Velmora")),
    ("fr", "Anna Brell, directrice générale de Velmora jusqu'en 2029, a salué l'accord.",
     ("EXECUTIVE_OF", "Anna Brell", "Velmora")),
    # an adviser's client is the buyer: "X a conseillé Y sur le rachat de Z" (Y buys Z)
    ("fr", "Kandor a conseillé Velmora sur le rachat de Quistor.",
     ("ACQUIRES", "Velmora", "Quistor")),
    ("fr", "Kandor a accompagné Velmora dans l'acquisition de Quistor.",
     ("ACQUIRES", "Velmora", "Quistor")),
    ("en", "Kandor advised Velmora on the acquisition of Quistor.",
     ("ACQUIRES", "Velmora", "Quistor")),
    # a subsidiary passing under control: the subsidiary, not its parent, is bought (the
    # present tense "passe" is the main verb, not the participle of an apposition)
    ("fr", "Kandor, filiale de Quistor, passe sous le contrôle de Velmora.",
     ("ACQUIRES", "Velmora", "Kandor")),
    ("fr", "Kandor, une filiale de Quistor, passe sous le contrôle de Velmora.",
     ("ACQUIRES", "Velmora", "Kandor")),
    ("en", "Kandor, a subsidiary of Quistor, will come under the control of Velmora.",
     ("ACQUIRES", "Velmora", "Kandor")),
    # an accepted offer: the bidder after the noun buys the subject
    ("fr", "Quistor a accepté l'offre de rachat de Velmora.", ("ACQUIRES", "Velmora", "Quistor")),
    # a licence taken on another company's technology: that company supplies
    ("en", "Velmora licensed Quistor's technology.", ("SUPPLIES", "Quistor", "Velmora")),
    ("en", "Velmora has licensed Quistor's battery technology for its trucks.",
     ("SUPPLIES", "Quistor", "Velmora")),
    ("en", "Velmora licensed its technology to Quistor.", ("SUPPLIES", "Velmora", "Quistor")),
    ("en", "Quistor sells packaging to Velmora.", ("SUPPLIES", "Quistor", "Velmora")),
    # a technology licensed from a trade firm called a "house" is a supply, not a fashion
    # house's brand licence
    ("en", "Velmora licenses its routing engine from software house Quistor.",
     ("SUPPLIES", "Quistor", "Velmora")),
    ("en", "Velmora licenses its core calculation engine from Dutch software house Quistor BV.",
     ("SUPPLIES", "Quistor", "Velmora")),
    # "Both companies" opening a sentence is a plural description of the last two companies
    ("en", "Velmora and Kandor run payroll bureaus. Both companies buy their calculation "
     "engine from Quistor.", ("SUPPLIES", "Quistor", "Kandor")),
    ("en", "Velmora and Kandor run payroll bureaus. Both companies buy their calculation "
     "engine from Quistor.", ("SUPPLIES", "Quistor", "Velmora")),
    # a one-word listed name (a common-word alias) opening the sentence right before a
    # relation verb is the company, as an unknown name would be
    ("en", "Bechtle agreed to buy Velmora for $2 billion.", ("ACQUIRES", "Bechtle", "Velmora")),
    ("en", "Befesa supplies zinc oxide to Velmora.", ("SUPPLIES", "Befesa", "Velmora")),
    ("fr", "Aixtron a racheté la start-up Velmora.", ("ACQUIRES", "Aixtron", "Velmora")),
    # the possessor of a verb's object ("uses the company's trucks") in a clause led by another
    # company continues the previous sentence's lead, not the article's main company
    ("en", "Velmora makes chips and employs 300 people in Lyon. Velmora opened a plant in Lyon. "
     "Velmora is growing. Quistor, founded in 1994, runs 300 trucks. Brask uses the company's "
     "trucks to move parcels.", ("SUPPLIES", "Quistor", "Brask")),
    ("en", "Velmora makes chips. Quistor sells vans to Kandor. Brask uses the company's trucks.",
     ("SUPPLIES", "Quistor", "Brask")),
    # deal roles: "la cible" / "the target" is the company the last buying verb names, "le
    # vendeur" / "the seller" the subject of the last selling verb
    ("fr", "Velmora va racheter Quistor. La cible fournit des pièces à Kandor.",
     ("SUPPLIES", "Quistor", "Kandor")),
    ("en", "Velmora agreed to buy Quistor. The target supplies parts to Kandor.",
     ("SUPPLIES", "Quistor", "Kandor")),
    ("en", "Kandor sold Quistor to Velmora. The seller also supplies Velmora with steel.",
     ("SUPPLIES", "Kandor", "Velmora")),
    ("fr", "Kandor a cédé Quistor à Velmora. Le vendeur fournit aussi de l'acier à Velmora.",
     ("SUPPLIES", "Kandor", "Velmora")),
    # shareholders named after "ses actionnaires" / "its shareholders"
    ("fr", "Quistor s'appuie sur ses actionnaires, Velmora et Kandor.",
     ("INVESTS_IN", "Kandor", "Quistor")),
    ("en", "Quistor relies on its shareholders, Velmora and Kandor.",
     ("INVESTS_IN", "Velmora", "Quistor")),
]

ABSENT = [
    # the relative clause's company, not the subject, is what the pronoun stands for
    ("en", "Quistor, which owned Kandor, sold it to Velmora in 2024.",
     ("ACQUIRES", "Velmora", "Quistor")),
    # the subject of a later clause is the pronoun's antecedent ("said it would"): no change
    ("en", "Quistor, which owned Kandor, said it would sell Brask to Velmora.",
     ("ACQUIRES", "Velmora", "Kandor")),
    # a role that ended before the article's year stays former
    ("en", "Anna Brell, chief executive of Velmora until 2019, said the deal was done.",
     ("EXECUTIVE_OF", "Anna Brell", "Velmora")),
    ("fr", "Anna Brell, directrice générale de Velmora jusqu'en 2021, a salué l'accord.",
     ("EXECUTIVE_OF", "Anna Brell", "Velmora")),
    # an adviser is no buyer
    ("fr", "Kandor a conseillé Velmora sur le rachat de Quistor.",
     ("ACQUIRES", "Kandor", "Quistor")),
    ("en", "Kandor advised Velmora on the acquisition of Quistor.",
     ("ACQUIRES", "Kandor", "Quistor")),
    # the subject of a deal noun it announced is still the buyer
    ("fr", "Kandor a annoncé le rachat de Quistor.", ("ACQUIRES", "Quistor", "Kandor")),
    # the parent of a subsidiary passing under control is not bought
    ("fr", "Kandor, filiale de Quistor, passe sous le contrôle de Velmora.",
     ("ACQUIRES", "Velmora", "Quistor")),
    # the company accepting an offer is no buyer
    ("fr", "Quistor a accepté l'offre de rachat de Velmora.", ("ACQUIRES", "Quistor", "Velmora")),
    # a licence taken is no supply by the licensee
    ("en", "Velmora licensed Quistor's technology.", ("SUPPLIES", "Velmora", "Quistor")),
    # a unit sold is a company changing hands, never a supply
    ("en", "Quistor will sell its packaging unit to Velmora.",
     ("SUPPLIES", "Quistor", "Velmora")),
    ("en", "Quistor sold its software arm to Velmora last year.",
     ("SUPPLIES", "Quistor", "Velmora")),
    ("fr", "Quistor va céder sa division emballage à Velmora.",
     ("SUPPLIES", "Quistor", "Velmora")),
    # a fashion house's brand licence stays a partnership, no supply
    ("en", "Velmora took the fragrance licence of fashion house Quistor.",
     ("SUPPLIES", "Quistor", "Velmora")),
    # ... and not the article's main company
    ("en", "Velmora makes chips and employs 300 people in Lyon. Velmora opened a plant in Lyon. "
     "Velmora is growing. Quistor, founded in 1994, runs 300 trucks. Brask uses the company's "
     "trucks to move parcels.", ("SUPPLIES", "Velmora", "Brask")),
    # a target that is no deal's stands for no company; a deal role is never the buyer
    ("en", "Velmora raised its sales target. The target supplies parts to Kandor.",
     ("SUPPLIES", "Velmora", "Kandor")),
    ("fr", "Velmora a relevé sa cible de ventes. La cible fournit des pièces à Kandor.",
     ("SUPPLIES", "Velmora", "Kandor")),
    ("fr", "Velmora va racheter Quistor. La cible fournit des pièces à Kandor.",
     ("SUPPLIES", "Velmora", "Kandor")),
    ("en", "Velmora agreed to buy Quistor. The seller supplies Velmora with steel.",
     ("SUPPLIES", "Quistor", "Velmora")),
    # a relation noun before "de" still opens no list of partners of the wrong company
    ("fr", "Concurrent de Velmora, Quistor a levé 20 millions d'euros.",
     ("PARTNERS_WITH", "Quistor", "Velmora")),
]

test_found, test_absent = found_and_absent(FOUND, ABSENT)
