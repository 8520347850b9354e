"""Session 18, SUPPLIES on new text (issue 11): families from the census of supply misses and
wrong supply edges on the read sets (fresh batches 32, 34, 36 first, then 27, 29, 31;
docs/extraction-history.md, "Session 18: SUPPLIES on new text"), written as invented sentences
with names in no list, both languages where the family exists in both.

Families:
- a service entrusted to a contractor, the service named after it: transport, waste
  collection, repairs ("Y confie à X l'acheminement de ses colis", "l'enlèvement de ses
  déchets", "la révision de ses moteurs"; "Y entrusts X with the transport of its parcels");
- a contract signed "with which" / "avec lequel" a supplier the main clause names ("les pièces
  achetées auprès de X, avec lequel Y a signé un contrat"): X supplies Y, not the reverse;
- the supplier noun as what a company bought ("Velmora a racheté le fournisseur de Quistor",
  "Velmora bought the supplier of Quistor"): no supply between the buyer and Quistor;
- the second of two parallel supply clauses whose possessive pronoun would resolve to the
  supplier of the first ("Les cadres de X viennent de A, alors que ses roues viennent de B"):
  no supply from B to A.

- a distributor or a licensee named with its maker ("Velmora, a Quistor distributor",
  "Velmora, a Quistor licensee", "the exclusive distributor of Quistor"), English only: the
  French twin ("Velmora, distributeur de Quistor") cost two wrong edges on never-read French
  text and was dropped;
- a supply deal signed with a partner named before the deal noun ("Velmora signed with Quistor
  a deal to supply batteries"): a supply, and no partnership (nor in French: "a signé avec Y
  un accord de fourniture");
- services and goods: a thing a company owns that runs on goods a maker made ("X's fleet runs
  on trucks made by Y", "sa flotte roule sur des camions fabriqués par Y"), a product offered
  by a retailer, customers counted after a service ("handles payments for 9,000 merchants,
  among them A"), hauling and overhauling for a customer, goods installed or deployed from
  their maker ("Y will deploy chargers from X").

Kept out: an honour, an office or a fate entrusted ("confie à X la présidence", "entrusted its
future to X"), a contract signed with a company that is not named as a supplier before ("Y a
signé un contrat avec X": the frame's own direction), a supplier that became one by itself
("Velmora est devenu le premier fournisseur de Quistor", "X, qui a racheté Z, est devenu ...").
"""

from __future__ import annotations

from tests.test_extraction_families import found_and_absent

FOUND = [
    # a service entrusted, named after the contractor
    ("fr", "Le transporteur Velmora, qui confie à Quistor l'acheminement de ses colis, a "
     "renouvelé son contrat.", ("SUPPLIES", "Quistor", "Velmora")),
    ("fr", "L'enseigne Velmora confie déjà à Quistor l'enlèvement de ses déchets.",
     ("SUPPLIES", "Quistor", "Velmora")),
    ("fr", "Velmora confie à Quistor la révision de ses moteurs.",
     ("SUPPLIES", "Quistor", "Velmora")),
    ("en", "Velmora entrusts Quistor with the transport of its parcels.",
     ("SUPPLIES", "Quistor", "Velmora")),
    ("en", "Velmora, which entrusted Quistor Logistics with its warehousing in 2022, renewed the "
     "deal.", ("SUPPLIES", "Quistor Logistics", "Velmora")),
    # a contract signed with a supplier named as such in the main clause
    ("fr", "Les pièces continuent d'être achetées auprès de l'américain Quistor, avec lequel "
     "Velmora a signé un contrat pluriannuel en 2024.", ("SUPPLIES", "Quistor", "Velmora")),
    ("fr", "Les projecteurs sont fournis par le belge Quistor, avec lequel Velmora a signé un "
     "contrat-cadre en décembre.", ("SUPPLIES", "Quistor", "Velmora")),
    ("en", "The parts are still bought from Quistor, with which Velmora signed a multi-year "
     "contract in 2024.", ("SUPPLIES", "Quistor", "Velmora")),
    # the supplier noun kept where the subject is the supplier
    ("fr", "Velmora, qui a racheté Tarvex l'an dernier, est devenu le premier fournisseur de "
     "Quistor.", ("SUPPLIES", "Velmora", "Quistor")),
    ("en", "Velmora has become the main supplier of Quistor.",
     ("SUPPLIES", "Velmora", "Quistor")),
    ("en", "Velmora acquired Quistor, a supplier of Tarvex, last year.",
     ("SUPPLIES", "Quistor", "Tarvex")),
    # parallel supply clauses whose pronoun is the customer
    ("fr", "Velmora fabrique des vélos. Ses roues viennent de Quistor, alors que ses selles "
     "viennent de Tarvex.", ("SUPPLIES", "Tarvex", "Velmora")),
    ("fr", "Les flacons de Velmora sont produits par Quistor, tandis que ses bouchons sont "
     "fournis par Tarvex.", ("SUPPLIES", "Tarvex", "Velmora")),
    ("en", "Velmora buys its motors from Quistor, while its batteries come from Tarvex.",
     ("SUPPLIES", "Tarvex", "Velmora")),
    # the service named before the contractor
    ("fr", "Velmora a confié l'acheminement de ses colis à Quistor.",
     ("SUPPLIES", "Quistor", "Velmora")),
    # a company's own thing runs on goods a maker made
    ("en", "Velmora's fleet runs on trucks made by Quistor.", ("SUPPLIES", "Quistor", "Velmora")),
    ("en", "Velmora's collection fleet already runs on trucks made by Quistor Trucks, a unit of "
     "Tarvex Group.", ("SUPPLIES", "Quistor Trucks", "Velmora")),
    ("en", "Velmora Ltd collects waste in Leeds. Its fleet runs on gas trucks made by Quistor.",
     ("SUPPLIES", "Quistor", "Velmora")),
    ("fr", "La flotte de Velmora roule sur des camions fabriqués par Quistor.",
     ("SUPPLIES", "Quistor", "Velmora")),
    ("fr", "Velmora SAS collecte les déchets à Lille. Sa flotte roule déjà sur des camions "
     "fabriqués par Quistor.", ("SUPPLIES", "Quistor", "Velmora")),
    # a product offered by a retailer
    ("en", "Velmora Ltd makes payment software. Its software is already offered by electronics "
     "retailer Quistor and by the fashion chain Tarvex.", ("SUPPLIES", "Velmora", "Tarvex")),
    ("fr", "Le logiciel de Velmora est proposé par Quistor.", ("SUPPLIES", "Velmora", "Quistor")),
    # customers counted after "for" / "pour" a service, then named
    ("en", "Velmora handles card and instant payments for about 9,000 merchants, among them the "
     "drugstore chain Quistor and the bakery franchise Tarvex.",
     ("SUPPLIES", "Velmora", "Tarvex")),
    ("fr", "Velmora traite les paiements pour près de 18 000 commerçants, parmi lesquels la "
     "chaîne Quistor et le réseau Tarvex.", ("SUPPLIES", "Velmora", "Quistor")),
    # a service verb that is a supply by itself, the customer after "for"
    ("en", "Velmora hauls refrigerated freight for Quistor Foods and the grocery chain Tarvex.",
     ("SUPPLIES", "Velmora", "Quistor Foods")),
    ("en", "Velmora Engines also overhauls engines for Quistor.",
     ("SUPPLIES", "Velmora Engines", "Quistor")),
    # a distributor or a licensee and its maker
    ("en", "Velmora, a Quistor distributor, opened a shop.", ("SUPPLIES", "Quistor", "Velmora")),
    ("en", "Velmora, a Quistor licensee, opened a shop.", ("SUPPLIES", "Quistor", "Velmora")),
    ("en", "Velmora is the exclusive distributor of Quistor in Spain.",
     ("SUPPLIES", "Quistor", "Velmora")),
    ("en", "Velmora's distributor Quistor opened a shop.", ("SUPPLIES", "Velmora", "Quistor")),
    # a supply deal signed with a partner named before the deal noun
    ("en", "Velmora signed with Quistor a deal to supply batteries.",
     ("SUPPLIES", "Velmora", "Quistor")),
    # goods installed or deployed, their maker after "from"
    ("en", "Velmora will deploy chargers from Quistor across its network.",
     ("SUPPLIES", "Quistor", "Velmora")),
]

ABSENT = [
    # an office or a fate entrusted is no service
    ("fr", "Velmora confie à Quistor la présidence de son conseil.",
     ("SUPPLIES", "Quistor", "Velmora")),
    ("en", "Velmora entrusted its future to Quistor.", ("SUPPLIES", "Quistor", "Velmora")),
    ("en", "Velmora has been entrusted with the maintenance of Quistor's fleet.",
     ("SUPPLIES", "Quistor", "Velmora")),
    # the signer is the customer of the supplier the main clause names
    ("fr", "Les pièces continuent d'être achetées auprès de l'américain Quistor, avec lequel "
     "Velmora a signé un contrat pluriannuel en 2024.", ("SUPPLIES", "Velmora", "Quistor")),
    ("fr", "Les projecteurs sont fournis par le belge Quistor, avec lequel Velmora a signé un "
     "contrat-cadre en décembre.", ("SUPPLIES", "Velmora", "Quistor")),
    # a supplier bought is no supply between the buyer and the supplier's customer
    ("fr", "Velmora a racheté le fournisseur de Quistor en mars.",
     ("SUPPLIES", "Velmora", "Quistor")),
    ("fr", "Velmora a racheté l'un des fournisseurs de Quistor.",
     ("SUPPLIES", "Velmora", "Quistor")),
    ("en", "Velmora bought the supplier of Quistor in March.", ("SUPPLIES", "Velmora", "Quistor")),
    ("en", "Velmora took over a supplier to Quistor.", ("SUPPLIES", "Velmora", "Quistor")),
    ("en", "Velmora acquired Quistor, a supplier of Tarvex, last year.",
     ("SUPPLIES", "Velmora", "Tarvex")),
    # the pronoun of a second parallel clause is not the first clause's supplier
    ("fr", "Les cadres de Velmora viennent de Quistor, alors que ses roues viennent de Tarvex.",
     ("SUPPLIES", "Tarvex", "Quistor")),
    ("fr", "Les cadres de Velmora viennent de l'allemand Quistor, tandis que ses roues sont "
     "fabriquées par Tarvex.", ("SUPPLIES", "Tarvex", "Quistor")),
    ("en", "Velmora's managers come from Quistor, while its wheels come from Tarvex.",
     ("SUPPLIES", "Tarvex", "Quistor")),
    # what a maker's goods serve is its customer's, not its own ("X's chips power Y's
    # servers"), and plans, routes and loans are no goods
    ("en", "Velmora's chips power servers built by Quistor.", ("SUPPLIES", "Quistor", "Velmora")),
    ("en", "Velmora's fleet runs on routes planned by Quistor.",
     ("SUPPLIES", "Quistor", "Velmora")),
    ("en", "Velmora's plan relies on a loan made by Quistor.", ("SUPPLIES", "Quistor", "Velmora")),
    ("en", "Velmora's fleet runs on trucks made by Quistor.", ("SUPPLIES", "Velmora", "Quistor")),
    # shares offered are no product; counts of what are no customers; profits hauled in
    ("en", "Velmora's shares were offered by Quistor in the placement.",
     ("SUPPLIES", "Velmora", "Quistor")),
    ("en", "Velmora has 4,000 employees, including Quistor.", ("SUPPLIES", "Velmora", "Quistor")),
    ("en", "Velmora raised money for 300 merchants, including Quistor.",
     ("SUPPLIES", "Velmora", "Quistor")),
    ("en", "Velmora hauled in record profits for Quistor's shareholders.",
     ("SUPPLIES", "Velmora", "Quistor")),
    # a former distributor, a distributor of goods in a place; a supply deal is no partnership,
    # another deal still is one
    ("en", "Velmora, a former Quistor distributor, opened a shop.",
     ("SUPPLIES", "Quistor", "Velmora")),
    ("en", "Velmora is the largest distributor of electronics in Asia.",
     ("SUPPLIES", "Asia", "Velmora")),
    ("en", "Velmora signed with Quistor a deal to supply batteries.",
     ("PARTNERS_WITH", "Velmora", "Quistor")),
    ("fr", "Velmora a signé avec Quistor un accord de fourniture de batteries.",
     ("PARTNERS_WITH", "Velmora", "Quistor")),
    ("en", "Velmora signed with Quistor a deal to develop batteries.",
     ("SUPPLIES", "Velmora", "Quistor")),
    ("en", "Velmora signed a deal with Quistor to supply batteries.",
     ("SUPPLIES", "Velmora", "Quistor")),
    # what is installed must be goods; people deployed are no supply
    ("en", "Velmora installed a plant from Quistor.", ("SUPPLIES", "Quistor", "Velmora")),
    ("en", "Velmora deployed engineers from Quistor to the site.",
     ("SUPPLIES", "Quistor", "Velmora")),
    # money is no goods
    ("en", "Velmora received an equity injection from Quistor and from Tarvex.",
     ("SUPPLIES", "Quistor", "Velmora")),
    ("en", "Velmora received an equity injection from Quistor and from Tarvex.",
     ("SUPPLIES", "Tarvex", "Velmora")),
]

test_found, test_absent = found_and_absent(FOUND, ABSENT)
