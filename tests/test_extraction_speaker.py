"""Issue 11, session 14: the speaker's organisation, in invented sentences (both languages).

First-person words of a quotation ("we", "us", "our", "nous", "notre", "nos") and the relation
nouns they govern ("our rivals A and B", "nos concurrents A et B", "nos clients") stand for the
organisation of whoever speaks. The family is the speech tag around the quotation:

1. every speech verb, French and English, in a compound tense, the present or inverted
   ("a fait valoir", "a résumé", "a martelé", "reconnaît", "a-t-elle ajouté", "noted",
   "acknowledged", "told analysts");
2. material after the speaker ("dans un entretien au Figaro", "lors d'une conférence de
   presse", "in an interview with X", "on a call with analysts", "citée par X");
3. the speaker named before the quotation ("P, directrice générale de X, a déclaré : « ... »",
   "Selon P, directrice générale de X, « ... »", "Pour P, ..., « ... »", "According to P, ...");
4. where the speaker's organisation comes from: a role apposition ("P, directrice générale de
   X"), a possessive role ("sa présidente, P", "its chief executive, P": the company the passage
   is about, never a name inside the quotation), a role given earlier in the article, "the
   company's chief executive P", a person described by a role of a company ("un cadre de X",
   "a spokeswoman for X"), or a person described by a role alone ("la dirigeante", "the
   executive": the last person the article gave a role);
5. a relation noun with no owner after a copula ("« X est un concurrent sérieux »", "\"X is a
   formidable competitor\""): the speaker's organisation owns it, as "nos"/"our" would say;
6. a dislocated subject: "« Nos vrais concurrents, ce sont A et B »".

Kept out: a reference after a quotation never goes to a name only the quotation holds ("« ...
face à X ou à Y », a expliqué sa présidente, P" gives no role at Y), nor to a company a
quotation that says "nous"/"we" names ("« ... X nous offre ... », a commenté P, présidente de
l'entreprise": not X, who is a third party to "nous"); a speaker
with no organisation gives "nous" no company; a speech verb's outlet ("a déclaré au Figaro")
is no speaker; a relation noun with a party of its own ("un concurrent sérieux pour X") is
not the speaker's. Every company here is made up and in no list.
"""

from __future__ import annotations

from tests.test_extraction_families import found_and_absent

_FR_LEAD = "Kermadec a racheté Outilor en mars. "
_EN_LEAD = "Velmora bought Stargol in March. "
_FR_ROLE = "Anne Roux, directrice générale de Kermadec"
_EN_ROLE = "Claire Vintrac, chief executive of Velmora"
_FR_TOPIC = ("Kermadec a lancé une augmentation de capital de 300 millions d'euros. Kermadec "
             "veut renforcer son bilan. Outilor en devient le deuxième actionnaire. ")
_EN_TOPIC = ("Velmora launched a $300 million share sale. Velmora wants to cut its debt. "
             "Quistor becomes its second-largest shareholder. ")
_FR_THIRD = ("Kermadec a annoncé le rachat d'Outilor. Outilor fournit Bricomax depuis 2015. "
             "« Nous cherchions un acheteur solide, et Kermadec nous offre cette profondeur », ")
_EN_THIRD = ("Velmora agreed to buy Stargol. Stargol supplies Quistor. \"We needed a strong "
             "owner, and Velmora gives us that depth,\" ")
_FR_RIVALS = "« Nos concurrents Bricomax et Saronel ont augmenté leurs prix », "
_EN_RIVALS = "\"Our rivals Quistor and Zentrix have raised prices,\" "

FOUND = [
    # 1. every speech verb
    *[("fr", _FR_RIVALS + f"{verb} {_FR_ROLE}.", ("COMPETES_WITH", "Kermadec", "Saronel"))
      for verb in ("a fait valoir", "a résumé", "a martelé", "a insisté", "a reconnu",
                   "a assuré", "a commenté", "a rappelé", "a justifié", "a tranché",
                   "reconnaît", "souligne", "explique", "martèle", "insiste")],
    ("fr", "Anne Roux dirige Kermadec depuis 2019. « Nos clients Bricomax et Saronel ont doublé "
     "leurs commandes », a-t-elle ajouté.", ("SUPPLIES", "Kermadec", "Saronel")),
    ("fr", "Marc Fautrier dirige Kermadec depuis 2019. « Nous livrons nos moteurs à Bricomax », "
     "a-t-il précisé.", ("SUPPLIES", "Kermadec", "Bricomax")),
    *[("en", _EN_RIVALS + f"{verb} {_EN_ROLE}.", ("COMPETES_WITH", "Velmora", "Zentrix"))
      for verb in ("said", "added", "noted", "acknowledged", "commented", "stressed",
                   "explained", "admitted", "recalled")],
    ("en", _EN_RIVALS + f"{_EN_ROLE}, told analysts.", ("COMPETES_WITH", "Velmora", "Quistor")),
    ("en", "Claire Vintrac runs Velmora. \"Our customers Quistor and Zentrix doubled their "
     "orders,\" she added.", ("SUPPLIES", "Velmora", "Zentrix")),
    # 2. material after the speaker
    ("fr", _FR_RIVALS + f"a fait valoir {_FR_ROLE}, dans un entretien au Phare de Lorient.",
     ("COMPETES_WITH", "Kermadec", "Bricomax")),
    ("fr", _FR_RIVALS + f"a déclaré {_FR_ROLE}, lors d'une conférence de presse.",
     ("COMPETES_WITH", "Kermadec", "Bricomax")),
    ("fr", "« Nos clients Bricomax et Saronel ont doublé leurs commandes », a précisé "
     f"{_FR_ROLE}, citée par Le Courrier de Vannes.", ("SUPPLIES", "Kermadec", "Bricomax")),
    ("en", _EN_RIVALS + f"said {_EN_ROLE}, in an interview with the Harlow Ledger.",
     ("COMPETES_WITH", "Velmora", "Quistor")),
    ("en", _EN_RIVALS + f"{_EN_ROLE}, said on a call with analysts.",
     ("COMPETES_WITH", "Velmora", "Quistor")),
    # 3. the speaker before the quotation
    ("fr", f"{_FR_ROLE}, a déclaré : « Nos concurrents Bricomax et Saronel ont augmenté leurs "
     "prix. »", ("COMPETES_WITH", "Kermadec", "Bricomax")),
    ("fr", f"Selon {_FR_ROLE}, « nos concurrents Bricomax et Saronel ont augmenté leurs prix ».",
     ("COMPETES_WITH", "Kermadec", "Bricomax")),
    ("fr", f"Pour {_FR_ROLE}, « nos concurrents Bricomax et Saronel ont augmenté leurs prix ».",
     ("COMPETES_WITH", "Kermadec", "Saronel")),
    ("en", f"According to {_EN_ROLE}, \"our rivals Quistor and Zentrix have raised prices.\"",
     ("COMPETES_WITH", "Velmora", "Zentrix")),
    ("en", f"{_EN_ROLE}, said: \"Our customers Quistor and Zentrix doubled their orders.\"",
     ("SUPPLIES", "Velmora", "Quistor")),
    # 4. where the speaker's organisation comes from
    ("fr", _FR_LEAD + _FR_RIVALS + "a expliqué sa présidente, Anne Roux.",
     ("COMPETES_WITH", "Kermadec", "Bricomax")),
    ("fr", _FR_LEAD + _FR_RIVALS + "a expliqué sa présidente, Anne Roux.",
     ("EXECUTIVE_OF", "Anne Roux", "Kermadec")),
    ("fr", _FR_LEAD + _FR_RIVALS + "a expliqué la dirigeante, citée par Le Courrier de Vannes.",
     ("COMPETES_WITH", "Kermadec", "Saronel")),
    ("fr", "Anne Roux dirige Kermadec depuis 2019. " + _FR_RIVALS + "a résumé la dirigeante.",
     ("COMPETES_WITH", "Kermadec", "Saronel")),
    ("fr", _FR_RIVALS + "reconnaît un cadre de Kermadec.",
     ("COMPETES_WITH", "Kermadec", "Bricomax")),
    ("en", _EN_LEAD + _EN_RIVALS + "the company's chief executive Claire Vintrac said.",
     ("COMPETES_WITH", "Velmora", "Quistor")),
    ("en", _EN_LEAD + _EN_RIVALS + "its chief executive, Claire Vintrac, said.",
     ("EXECUTIVE_OF", "Claire Vintrac", "Velmora")),
    ("en", _EN_LEAD + _EN_RIVALS + "the executive said.", ("COMPETES_WITH", "Velmora", "Quistor")),
    ("en", _EN_RIVALS + "a spokeswoman for Velmora said.", ("COMPETES_WITH", "Velmora", "Quistor")),
    ("en", "Claire Vintrac became chief executive of Velmora in 2021. " + _EN_RIVALS
     + "Vintrac said.", ("COMPETES_WITH", "Velmora", "Zentrix")),
    # 5. a relation noun with no owner after a copula: the speaker's organisation owns it
    ("fr", f"« Saronel est un concurrent sérieux », a déclaré {_FR_ROLE}.",
     ("COMPETES_WITH", "Kermadec", "Saronel")),
    ("fr", _FR_LEAD + "« Bricomax reste un client fidèle », a souligné sa présidente, Anne Roux.",
     ("SUPPLIES", "Kermadec", "Bricomax")),
    ("en", f"\"Quistor is a formidable competitor,\" said {_EN_ROLE}.",
     ("COMPETES_WITH", "Velmora", "Quistor")),
    # a dislocated subject ("nos vrais concurrents, ce sont A et B"), quoted or not
    ("fr", "« Nos vrais concurrents, ce sont Bricomax et Saronel », reconnaît un cadre de "
     "Kermadec.", ("COMPETES_WITH", "Kermadec", "Saronel")),
    ("fr", "Le principal concurrent de Kermadec, c'est Bricomax.",
     ("COMPETES_WITH", "Kermadec", "Bricomax")),
    # a role of a description with a contracted "de" ("PDG du groupe"): the company the
    # description stands for, and the speaker's
    ("fr", "Le cimentier Kermadec a racheté Outilor. « Cette acquisition nous donne accès à "
     "Bricomax », a déclaré Anne Roux, PDG du groupe, citée dans un communiqué.",
     ("EXECUTIVE_OF", "Anne Roux", "Kermadec")),
    ("fr", "Le cimentier Kermadec a racheté Outilor. « Nos clients Bricomax et Saronel sont "
     "ravis », a déclaré Anne Roux, PDG du groupe.", ("SUPPLIES", "Kermadec", "Saronel")),
    # an English role with lower-case complements before its organisation
    ("en", "\"Quistor gives us a platform in Europe,\" said Claire Vintrac, head of "
     "international business at Velmora.", ("EXECUTIVE_OF", "Claire Vintrac", "Velmora")),
    ("en", "Claire Vintrac, head of international business at Velmora, said the deal was done.",
     ("EXECUTIVE_OF", "Claire Vintrac", "Velmora")),
    # a speaker's role with no organisation after the speech verb: the company the article is
    # about, not the subject of the sentence before
    ("fr", _FR_TOPIC + "« Cette opération nous permet de nous concentrer sur nos métiers », "
     "a déclaré le directeur général Anne Roux.", ("EXECUTIVE_OF", "Anne Roux", "Kermadec")),
    ("en", _EN_TOPIC + "\"This lets us focus on our core business,\" said chief executive "
     "Claire Vintrac.", ("EXECUTIVE_OF", "Claire Vintrac", "Velmora")),
    # a speaker's role apposed with no organisation ("P, directrice financière", "P, nommée
    # directrice financière en mars", "P, the chief financial officer")
    ("fr", "Le cimentier Kermadec a racheté Outilor. « Nous financerons l'acquisition sur notre "
     "trésorerie », a précisé Anne Roux, nommée directrice financière en mars.",
     ("EXECUTIVE_OF", "Anne Roux", "Kermadec")),
    ("en", _EN_LEAD + "\"We will fund the deal from our cash,\" said Claire Vintrac, the chief "
     "financial officer.", ("EXECUTIVE_OF", "Claire Vintrac", "Velmora")),
    # inverted present tenses, "on ... chez X", a spokesperson, the management
    ("fr", _FR_RIVALS + "explique-t-on chez Kermadec.", ("COMPETES_WITH", "Kermadec", "Saronel")),
    ("fr", _FR_RIVALS + "a-t-on indiqué chez Kermadec.",
     ("COMPETES_WITH", "Kermadec", "Bricomax")),
    ("fr", _FR_RIVALS + "a indiqué un porte-parole de Kermadec.",
     ("COMPETES_WITH", "Kermadec", "Saronel")),
    ("fr", _FR_RIVALS + "a réagi la direction de Kermadec.",
     ("COMPETES_WITH", "Kermadec", "Bricomax")),
    ("fr", _FR_RIVALS + f"glisse {_FR_ROLE}.", ("COMPETES_WITH", "Kermadec", "Bricomax")),
    ("fr", "Anne Roux dirige Kermadec. " + _FR_RIVALS + "explique-t-elle.",
     ("COMPETES_WITH", "Kermadec", "Saronel")),
    ("en", _EN_RIVALS + "according to a Velmora spokesperson.",
     ("COMPETES_WITH", "Velmora", "Quistor")),
    ("en", f"{_EN_ROLE}, said on Tuesday in an interview: \"Our rivals Quistor and Zentrix have "
     "raised prices.\"", ("COMPETES_WITH", "Velmora", "Zentrix")),
    # a quotation that says "nous" and names a company: the speaker's is another one
    ("fr", _FR_THIRD + "a commenté Anne Roux, présidente et fondatrice de l'entreprise.",
     ("EXECUTIVE_OF", "Anne Roux", "Outilor")),
    ("en", _EN_THIRD + "said Claire Vintrac, the company's founder and chief executive.",
     ("EXECUTIVE_OF", "Claire Vintrac", "Stargol")),
    # ... and a quotation with no "nous" may name the speaker's own company
    ("fr", "Kermadec a annoncé le rachat d'Outilor. « Kermadec restera indépendante », a "
     "déclaré son PDG, Anne Roux.", ("EXECUTIVE_OF", "Anne Roux", "Kermadec")),
]

ABSENT = [
    # a reference after a quotation is not a name only the quotation holds
    ("fr", "La maison de couture Verlaine Paris a levé 20 millions d'euros. « Nous voulons "
     "rester indépendants face à Bricomax ou à Saronel », a expliqué sa présidente, Anne Roux, "
     "citée par Le Phare.", ("EXECUTIVE_OF", "Anne Roux", "Saronel")),
    ("fr", _FR_LEAD + _FR_RIVALS + "a expliqué sa présidente, Anne Roux.",
     ("EXECUTIVE_OF", "Anne Roux", "Saronel")),
    ("en", _EN_LEAD + _EN_RIVALS + "the company's chief executive Claire Vintrac said.",
     ("EXECUTIVE_OF", "Claire Vintrac", "Zentrix")),
    ("fr", "Kermadec a racheté Outilor. « Bricomax nous a rejoints », a déclaré Anne Roux, "
     "présidente et fondatrice de l'entreprise.", ("EXECUTIVE_OF", "Anne Roux", "Bricomax")),
    # a speaker with no organisation: "nous" is nobody's
    ("fr", _FR_RIVALS + "a fait valoir Anne Roux dans un entretien au Phare de Lorient.",
     ("COMPETES_WITH", "Bricomax", "Saronel")),
    ("en", _EN_RIVALS + "Claire Vintrac said in an interview.",
     ("COMPETES_WITH", "Quistor", "Zentrix")),
    # a name no list knows that gives an interview is a person, not a company speaking
    ("fr", _FR_RIVALS + "a fait valoir Anouk Terbalin-Moussa dans un entretien au Phare.",
     ("COMPETES_WITH", "Anouk Terbalin-Moussa", "Saronel")),
    ("en", _EN_RIVALS + "Anouk Terbalin-Moussa said in an interview.",
     ("COMPETES_WITH", "Anouk Terbalin-Moussa", "Quistor")),
    # a relation noun with an owner or a party of its own, or a speaker with no company
    ("fr", f"« Saronel est un concurrent sérieux pour Bricomax », a déclaré {_FR_ROLE}.",
     ("COMPETES_WITH", "Kermadec", "Saronel")),
    ("en", f"\"Quistor is a key supplier to Zentrix,\" said {_EN_ROLE}.",
     ("SUPPLIES", "Quistor", "Velmora")),
    ("en", "\"Quistor is a formidable competitor,\" said Claire Vintrac.",
     ("COMPETES_WITH", "Claire Vintrac", "Quistor")),
    # a role with no organisation, and a company after a verb, not after the role
    ("fr", "Anne Roux, directrice générale, a vendu ses parts à Kermadec.",
     ("EXECUTIVE_OF", "Anne Roux", "Kermadec")),
    ("en", "Claire Vintrac, chief executive, sold her shares to Velmora.",
     ("EXECUTIVE_OF", "Claire Vintrac", "Velmora")),
    # a speaker's role whose organisation comes after long complements is not the topic's
    ("fr", _FR_LEAD + "« Outilor a un potentiel énorme », a commenté Anne Roux, directrice "
     "générale chargée des projets d'entreprise et des nouveaux investissements de Bricomax.",
     ("EXECUTIVE_OF", "Anne Roux", "Kermadec")),
    # "on" with no company, a name between a far speech verb and the quotation
    ("fr", _FR_RIVALS + "explique-t-on.", ("COMPETES_WITH", "Bricomax", "Saronel")),
    ("en", f"{_EN_ROLE}, said on Tuesday in an interview with Zentrix: \"Our rivals Quistor and "
     "Saronel have raised prices.\"", ("COMPETES_WITH", "Zentrix", "Quistor")),
    ("fr", _FR_THIRD + "a commenté Anne Roux, présidente et fondatrice de l'entreprise.",
     ("EXECUTIVE_OF", "Anne Roux", "Kermadec")),
    ("en", _EN_THIRD + "said Claire Vintrac, the company's founder and chief executive.",
     ("EXECUTIVE_OF", "Claire Vintrac", "Velmora")),
    # an outlet after the speech verb is no speaker
    ("fr", "« Nous livrons nos moteurs à Bricomax », a déclaré au Phare de Lorient Anne Roux.",
     ("SUPPLIES", "Le Phare de Lorient", "Bricomax")),
    ("en", "\"We supply our engines to Quistor,\" told the Harlow Ledger a person familiar with "
     "the matter.", ("SUPPLIES", "Harlow Ledger", "Quistor")),
    # the company a speaker's role names is not the speaker's rival
    ("fr", _FR_RIVALS + f"a fait valoir {_FR_ROLE}.", ("COMPETES_WITH", "Anne Roux", "Saronel")),
    ("fr", _FR_RIVALS + f"a fait valoir {_FR_ROLE}.", ("COMPETES_WITH", "Bricomax", "Saronel")),
]

test_found, test_absent = found_and_absent(FOUND, ABSENT)
