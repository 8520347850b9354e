"""Session 20, SUPPLIES fourth round (branch s20-supply4, issue 11): the direction of a supply
between two parties both found, in the shapes the census of the read batches 42, 44, 46 and
8, 10, 12-16, 19, 21 showed giving the reverse edge (docs/extraction-history.md, "Session 20:
SUPPLIES, fourth round"). Invented names, in no list.

- A contract "with" a partner whose own relative clause says what it does: "a signé un
  contrat avec le spécialiste Y, qui livrera les membranes" (Y supplies; the French frame's
  own reading made the signer the supplier), "... with Y, which will buy ..." (Y buys).
- Work done "under contracts with" a customer: "X maintains and operates the road under
  contracts with Y" (X supplies Y; "orders with Y" keeps Y as the supplier).
- Goods "used in" a company's own goods, a reduced participle: "X, which makes the lenses
  used in Y's cameras" (X supplies Y, not the reverse; nothing without a making verb).
- A service entrusted to a contractor, more nouns of the frame "Y a confié <service> à X"
  (recycling, an advertising budget), also past a time phrase: "Y confie
  depuis 2021 le recyclage de ses cartons à X", "Y a confié son budget médias à X".
  Storage, making, packing and other nouns were tried with them: one wrong edge on a
  never-read French batch, dropped.
- The customer is the parent named after "X's parent (group)": "A and B both supply
  Kandor's parent company, Velmora" (Velmora, not Kandor; nothing when no parent is named).
- A company bought in a relative clause is no supply: "Kandor Leasing, the lessor that
  Quistor bought from Tarvex" (goods bought the same way still are).
- Goods "obtained" from a supplier ("obtained a quarter of its albumin from X"), not an
  approval, consent or funding obtained. A frame for a customer's activity run on a
  supplier's software ("Y runs its core banking on software from X") cost one wrong edge on
  a never-read English batch and was dropped.
- Goods named by their maker as a modifier after a verb of licensing: "licensed about 40
  Quistor songs for its game" (Quistor supplies the licensee, as "licensed Quistor's songs").
"""

from __future__ import annotations

from tests.test_extraction_families import found_and_absent

FOUND = [
    ("fr", "La société Velmora a aussi signé un contrat avec le spécialiste alsacien Quistor "
     "Chimie, qui fournira les membranes de la nouvelle usine.",
     ("SUPPLIES", "Quistor Chimie", "Velmora")),
    ("fr", "Velmora a signé un contrat avec Quistor, qui livrera ses premiers moteurs en 2027.",
     ("SUPPLIES", "Quistor", "Velmora")),
    ("fr", "Velmora a signé un contrat avec Quistor, qui achètera ses résines.",
     ("SUPPLIES", "Velmora", "Quistor")),
    ("en", "Velmora signed a contract with Quistor, which will supply the resins.",
     ("SUPPLIES", "Quistor", "Velmora")),
    ("en", "Velmora signed a contract with Quistor, which will buy the resins.",
     ("SUPPLIES", "Velmora", "Quistor")),
    ("en", "Kandor Roads maintains and operates 90 km of track under contracts with Velmora "
     "Highways and Quistor Transport.", ("SUPPLIES", "Kandor Roads", "Velmora Highways")),
    ("en", "Kandor Roads maintains and operates 90 km of track under contracts with Velmora "
     "Highways and Quistor Transport.", ("SUPPLIES", "Kandor Roads", "Quistor Transport")),
    ("en", "Kandor Roads maintains and operates the road under design-build-finance-operate "
     "contracts with Velmora Highways, including the A9.",
     ("SUPPLIES", "Kandor Roads", "Velmora Highways")),
    ("en", "Velmora hauls freight under a long-term contract with Quistor Foods.",
     ("SUPPLIES", "Velmora", "Quistor Foods")),
    ("en", "Kandor Glass, which makes the lenses used in Velmora's cameras, bought a stake "
     "in the company.", ("SUPPLIES", "Kandor Glass", "Velmora")),
    ("en", "Kandor Glass makes the lenses used in Velmora's cameras.",
     ("SUPPLIES", "Kandor Glass", "Velmora")),
    ("en", "Video game studio Velmora Games said it had licensed about 40 Quistor songs "
     "for its next puzzle game.", ("SUPPLIES", "Quistor", "Velmora Games")),
    ("en", "Velmora licensed three Quistor songs for its film.",
     ("SUPPLIES", "Quistor", "Velmora")),
    ("fr", "L'enseigne Velmora, qui confie depuis 2021 le recyclage de ses cartons à Quistor, "
     "envisage d'étendre ce contrat.", ("SUPPLIES", "Quistor", "Velmora")),
    ("fr", "Velmora a confié son budget médias en Europe à Quistor Media après un appel "
     "d'offres.", ("SUPPLIES", "Quistor Media", "Velmora")),
    ("en", "Quistor and Tarvex both supply Kandor's parent company, Velmora, which plans to "
     "keep two suppliers.", ("SUPPLIES", "Tarvex", "Velmora")),
    ("en", "Quistor supplies parts to Kandor's parent, Velmora.",
     ("SUPPLIES", "Quistor", "Velmora")),
    ("en", "Quistor buys steel from Kandor's parent company Velmora.",
     ("SUPPLIES", "Velmora", "Quistor")),
    ("en", "Velmora leases trains from Kandor Leasing, the lessor that Quistor bought from "
     "Tarvex last year.", ("SUPPLIES", "Kandor Leasing", "Velmora")),
    ("en", "Kandor Metals, which also buys ore from Australia's Quistor Mining, is expanding.",
     ("SUPPLIES", "Quistor Mining", "Kandor Metals")),
    ("en", "The engines that Quistor bought from Tarvex failed.",
     ("SUPPLIES", "Tarvex", "Quistor")),
    ("en", "Velmora Clinics said it obtained about a quarter of its albumin from Quistor Bio.",
     ("SUPPLIES", "Quistor Bio", "Velmora Clinics")),
    # unchanged readings beside them
    ("en", "Velmora buys power under a contract with Quistor.", ("SUPPLIES", "Quistor", "Velmora")),
    ("en", "Velmora licensed its songs to Quistor.", ("SUPPLIES", "Velmora", "Quistor")),
    ("en", "Velmora licensed Quistor's songs.", ("SUPPLIES", "Quistor", "Velmora")),
]

ABSENT = [
    ("fr", "La société Velmora a aussi signé un contrat avec le spécialiste alsacien Quistor "
     "Chimie, qui fournira les membranes de la nouvelle usine.",
     ("SUPPLIES", "Velmora", "Quistor Chimie")),
    ("en", "Velmora signed a contract with Quistor, which will supply the resins.",
     ("SUPPLIES", "Velmora", "Quistor")),
    ("en", "Kandor Roads maintains and operates 90 km of track under contracts with Velmora "
     "Highways and Quistor Transport.", ("SUPPLIES", "Velmora Highways", "Kandor Roads")),
    ("en", "Velmora buys power under a contract with Quistor.", ("SUPPLIES", "Velmora", "Quistor")),
    ("en", "Kandor Glass, which makes the lenses used in Velmora's cameras, bought a stake "
     "in the company.", ("SUPPLIES", "Velmora", "Kandor Glass")),
    ("en", "Kandor Glass buys the lenses used in Velmora's cameras.",
     ("SUPPLIES", "Velmora", "Kandor Glass")),
    ("en", "Video game studio Velmora Games said it had licensed about 40 Quistor songs "
     "for its next puzzle game.", ("SUPPLIES", "Velmora Games", "Quistor")),
    ("en", "Velmora licensed 30 Quistor patents to Kandor.", ("SUPPLIES", "Velmora", "Quistor")),
    ("en", "Quistor and Tarvex both supply Kandor's parent company, Velmora, which plans to "
     "keep two suppliers.", ("SUPPLIES", "Tarvex", "Kandor")),
    ("en", "Quistor supplies Kandor's parent.", ("SUPPLIES", "Quistor", "Kandor")),
    ("en", "Velmora will pay through a leasing deal with Kandor Leasing, the lessor that Danish "
     "investor Quistor Capital bought from Austrian bank Tarvex.",
     ("SUPPLIES", "Tarvex", "Kandor Leasing")),
    ("en", "Velmora will pay through a leasing deal with Kandor Leasing, the lessor that Danish "
     "investor Quistor Capital bought from Austrian bank Tarvex.",
     ("SUPPLIES", "Tarvex", "Quistor Capital")),
    ("en", "Kandor Leasing, which Quistor bought from Tarvex in 2021, leases trains to Velmora.",
     ("SUPPLIES", "Tarvex", "Quistor")),
    ("en", "Velmora obtained approval from Quistor.", ("SUPPLIES", "Quistor", "Velmora")),
    ("en", "Velmora obtains regulatory clearance from Quistor.",
     ("SUPPLIES", "Quistor", "Velmora")),
    ("en", "Velmora obtained a loan from Quistor Bank.", ("SUPPLIES", "Quistor Bank", "Velmora")),
    ("fr", "Velmora a confié la présidence à Quistor.", ("SUPPLIES", "Quistor", "Velmora")),
    ("fr", "Velmora a confié son avenir à Quistor.", ("SUPPLIES", "Quistor", "Velmora")),
    ("fr", "Velmora a confié le budget de la fondation à Kandor, qui l'a refusé.",
     ("SUPPLIES", "Velmora", "Kandor")),
]

test_found, test_absent = found_and_absent(FOUND, ABSENT)
