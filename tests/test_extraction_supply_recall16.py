"""Session 16, SUPPLIES recall on new text (issue 11): families from the census of supply
misses at stage no-relation and other-type/status on the fresh batches 22, 24, 26
(docs/extraction-history.md, "Session 16: SUPPLIES recall"), written as invented sentences
with names in no list, both languages where the family exists in both.

Families, by who is subject and where the other party sits:
- the customer as subject, its own goods equipped with the maker's ("Y equips its fleet with
  X's engines", "Y a équipé ses restaurants des balances de la start-up X");
- the maker as subject of "outfits" ("a maker that also outfits Y hotels");
- an account as a customer, only with a degree adjective ("X counts Y among its largest
  accounts", "X's largest account is Y");
- vessels chartered: by the customer as agent, after the operator's goods noun set off by a
  comma ("X operates four vessels, chartered by A and by B", "X exploite quatre navires,
  affrétés par A"), the customer chartering from the operator ("Y chartered two vessels from
  X");
- data hosted on a provider's cloud ("Y héberge ses données sur le cloud de X");
- private label for a retailer with a verb no frame knows ("X écoule des vins sous marque de
  distributeur pour Y");
- work done for the account of customers ("X a conduit 61 essais pour le compte de
  laboratoires comme A ou B");
- a counted relation noun with a kind word ("4 200 entreprises clientes", "900 corporate
  customers"), a description as the counting subject ("Le groupe revendique ..."), members
  with a descriptor ("parmi lesquelles la chaîne de boulangeries A et le transporteur B");
- a contract won to serve what the customer owns ("X has won a ten-year contract to maintain
  the lifts of Y", "X a décroché un contrat pour entretenir les ascenseurs de Y");
- the maker's goods at work in the customer's ("X's machines run in Y's plants", "les
  machines de X tournent dans les usines de Y"), a goods noun required;
- a supplier named as such after "passe par" ("Y passe par le grossiste X").

Kept out: a bare "account" (a bank account, a story), "Y outfits its fleet" read with Y as
maker, help from a shareholder ("avec l'aide de X"), "Y héberge X" (Y is the host), a rival
beaten for a contract ("ahead of X", "face à X"), approvals, loans and takeovers won ("won
approval to buy the assets of X", "a obtenu un prêt pour financer le rachat de X"), counts of
what is no relation noun ("4 200 salariés, parmi lesquels ...").

Tried and dropped: a service named before the contractor ("Y a confié l'entretien de son linge
à X"): one wrong edge more on unread French text, none fewer.
"""

from __future__ import annotations

from tests.test_extraction_families import found_and_absent

FOUND = [
    # the customer equips its own goods with the maker's
    ("en", "Quistor equips its fleet with Velmora's engines.", ("SUPPLIES", "Velmora", "Quistor")),
    ("en", "Last year Quistor outfitted its stores with Velmora scanners.",
     ("SUPPLIES", "Velmora", "Quistor")),
    ("fr", "Quistor a équipé ses 230 restaurants des balances connectées de la start-up Velmora.",
     ("SUPPLIES", "Velmora", "Quistor")),
    # the maker outfits the customer
    ("en", "Quistor buys its mattresses from Velmora, a Danish maker that also outfits Zentrix "
     "hotels.", ("SUPPLIES", "Velmora", "Zentrix")),
    ("en", "Velmora outfits Zentrix with cabin seats.", ("SUPPLIES", "Velmora", "Zentrix")),
    # an account with a degree adjective
    ("en", "Velmora counts Quistor among its largest accounts.",
     ("SUPPLIES", "Velmora", "Quistor")),
    ("en", "Velmora's largest account is Quistor.", ("SUPPLIES", "Velmora", "Quistor")),
    ("en", "Quistor is Velmora's biggest account.", ("SUPPLIES", "Velmora", "Quistor")),
    # vessels chartered
    ("en", "Velmora operates four vessels, chartered by Quistor and by Zentrix.",
     ("SUPPLIES", "Velmora", "Zentrix")),
    ("en", "Velmora operates four vessels, chartered by Quistor and by Zentrix.",
     ("SUPPLIES", "Velmora", "Quistor")),
    ("en", "Velmora's two jack-ups, Nord Giant and Sud Giant, are chartered by Quistor for its "
     "wind farm.", ("SUPPLIES", "Velmora", "Quistor")),
    ("en", "Quistor chartered two tankers from Velmora.", ("SUPPLIES", "Velmora", "Quistor")),
    ("fr", "Velmora exploite quatre navires de soutien, affrétés notamment par Quistor et par "
     "Zentrix.", ("SUPPLIES", "Velmora", "Zentrix")),
    ("fr", "Le groupe Velmora possède trois navires, affrétés par Quistor pour ses parcs.",
     ("SUPPLIES", "Velmora", "Quistor")),
    # hosting on a provider's cloud
    ("fr", "Quistor héberge depuis 2022 l'ensemble de ses données sur le cloud de Velmora.",
     ("SUPPLIES", "Velmora", "Quistor")),
    ("fr", "Quistor héberge ses applications dans les centres de données de Velmora.",
     ("SUPPLIES", "Velmora", "Quistor")),
    # private label
    ("fr", "Velmora écoule chaque année des vins sous marque de distributeur pour Quistor.",
     ("SUPPLIES", "Velmora", "Quistor")),
    # work for the account of customers
    ("fr", "Velmora a conduit 61 essais pour le compte de Quistor.",
     ("SUPPLIES", "Velmora", "Quistor")),
    ("fr", "Velmora a conduit l'an dernier 61 essais pour le compte de laboratoires comme Quistor "
     "ou l'américain Zentrix.", ("SUPPLIES", "Velmora", "Zentrix")),
    # counted relation nouns
    ("fr", "Velmora revendique 4 200 entreprises clientes, parmi lesquelles Quistor et Zentrix.",
     ("SUPPLIES", "Velmora", "Zentrix")),
    ("fr", "Velmora revendique 4 200 entreprises clientes, parmi lesquelles la chaîne de "
     "boulangeries Quistor et le transporteur Zentrix.", ("SUPPLIES", "Velmora", "Quistor")),
    ("fr", "Velmora revendique 4 200 entreprises clientes, parmi lesquelles la chaîne de "
     "boulangeries Quistor et le transporteur Zentrix.", ("SUPPLIES", "Velmora", "Zentrix")),
    ("fr", "Velmora a été fondée en 2011. Le groupe revendique 4 200 clients, parmi lesquels "
     "Quistor.", ("SUPPLIES", "Velmora", "Quistor")),
    ("en", "Velmora has 900 corporate customers, including Quistor and Zentrix.",
     ("SUPPLIES", "Velmora", "Zentrix")),
    # a contract won to serve what the customer owns
    ("en", "Velmora has won a 10-year contract to feed patients across the 42 hospitals of "
     "Quistor.", ("SUPPLIES", "Velmora", "Quistor")),
    ("en", "Velmora landed a contract to build the new headquarters of Quistor.",
     ("SUPPLIES", "Velmora", "Quistor")),
    ("fr", "Velmora a décroché un contrat de 10 ans pour nourrir les patients des hôpitaux de "
     "Quistor.", ("SUPPLIES", "Velmora", "Quistor")),
    ("fr", "Velmora a remporté le contrat pour la construction du siège de Quistor.",
     ("SUPPLIES", "Velmora", "Quistor")),
    # the maker's goods at work in the customer's
    ("en", "Quistor's machines run in Zentrix's plants.", ("SUPPLIES", "Quistor", "Zentrix")),
    ("en", "Quistor's turbines are installed in Zentrix's wind farms.",
     ("SUPPLIES", "Quistor", "Zentrix")),
    ("fr", "Les machines de Quistor tournent dans les usines de Zentrix.",
     ("SUPPLIES", "Quistor", "Zentrix")),
    # a supplier named as such after "passe par"
    ("fr", "Pour ses approvisionnements, Quistor passe par le grossiste Velmora.",
     ("SUPPLIES", "Velmora", "Quistor")),
    ("fr", "Quistor passe par le distributeur Velmora pour ses pièces.",
     ("SUPPLIES", "Velmora", "Quistor")),
]

ABSENT = [
    # the customer equipping its goods is no maker
    ("en", "Quistor equips its fleet with Velmora's engines.", ("SUPPLIES", "Quistor", "Velmora")),
    ("en", "Quistor outfits its stores with Velmora scanners.", ("SUPPLIES", "Quistor", "Velmora")),
    ("fr", "Quistor a équipé ses usines avec l'aide de Velmora, son actionnaire.",
     ("SUPPLIES", "Velmora", "Quistor")),
    # a bare account is no customer
    ("en", "Velmora's accounts were audited by Quistor.", ("SUPPLIES", "Velmora", "Quistor")),
    ("en", "Velmora's account of the talks was denied by Quistor.",
     ("SUPPLIES", "Velmora", "Quistor")),
    # no vessel of the subject's
    ("en", "Velmora chartered a vessel built by Quistor.", ("SUPPLIES", "Velmora", "Quistor")),
    ("fr", "Velmora a affrété un navire construit par Quistor.",
     ("SUPPLIES", "Velmora", "Quistor")),
    # the host is the supplier
    ("fr", "Velmora héberge Quistor dans ses locaux.", ("SUPPLIES", "Quistor", "Velmora")),
    # contracts: rivals, approvals, loans, takeovers
    ("en", "Velmora won the contract ahead of Quistor to build the bridge.",
     ("SUPPLIES", "Velmora", "Quistor")),
    ("en", "Velmora won approval to buy the assets of Quistor.",
     ("SUPPLIES", "Velmora", "Quistor")),
    ("en", "Velmora secured a deal to take over the retail arm of Quistor.",
     ("SUPPLIES", "Velmora", "Quistor")),
    ("fr", "Velmora a obtenu un prêt pour financer le rachat de Quistor.",
     ("SUPPLIES", "Velmora", "Quistor")),
    ("fr", "Velmora a obtenu 12 millions d'euros pour financer l'expansion de Quistor.",
     ("SUPPLIES", "Velmora", "Quistor")),
    ("fr", "Velmora a remporté le contrat face à Quistor pour construire le pont de Zentrix.",
     ("SUPPLIES", "Velmora", "Quistor")),
    # no goods at work, no supplier noun after "passe par"
    ("en", "Quistor's shares are used in Zentrix's index.", ("SUPPLIES", "Quistor", "Zentrix")),
    ("en", "Quistor's founders run in Zentrix's circles.", ("SUPPLIES", "Quistor", "Zentrix")),
    ("fr", "Les salariés de Quistor tournent dans les usines de Zentrix.",
     ("SUPPLIES", "Quistor", "Zentrix")),
    ("fr", "La croissance de Quistor passe par le rachat de Velmora.",
     ("SUPPLIES", "Velmora", "Quistor")),
    # counts of what is no relation noun
    ("fr", "Velmora emploie 4 200 salariés, parmi lesquels la directrice Anne Quistor.",
     ("SUPPLIES", "Velmora", "Anne Quistor")),
]

test_found, test_absent = found_and_absent(FOUND, ABSENT)
