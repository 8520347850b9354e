"""Issue 11, second pass: names no list knows, sources without a lead-in, things that are not
companies, and cue families of real business news, in invented sentences (both languages).

Every company, person and outlet here is made up and in no list (the alias table, the listed
companies, the outlets); the sentences are written from the phenomenon, not copied from an
evaluation article.
"""

from __future__ import annotations

from datetime import date

import pytest

from loaders.extraction.gazetteer import default_gazetteer
from loaders.extraction.lexicon import load_lexicon
from loaders.extraction.mentions import NAME, detect_mentions, proper_words
from loaders.extraction.sentences import split_sentences
from loaders.extraction.tokens import tokenize
from ontology.records import Article
from tests.test_extraction_sentences import EXTRACTOR, _extract, _named

_ASSERTED = ("reported", "announced", "planned", "completed")

# Each entry: a relation that must be asserted (type, source name, target name).
FOUND = [
    # lowercase dotted names ("e.l.f."-like) and their short form in a later sentence
    ("en", "v.k.l. Cosmetics has agreed to acquire Zentrix for $1 billion.",
     ("ACQUIRES", "v.k.l. Cosmetics", "Zentrix")),
    ("en", "v.k.l. Cosmetics has agreed to acquire Zentrix. v.k.l. chairman and chief executive "
     "Ana Ruiz said the deal made sense.", ("EXECUTIVE_OF", "Ana Ruiz", "v.k.l. Cosmetics")),
    ("fr", "Le groupe v.k.l. Cosmétiques a racheté Quistor pour 40 millions d'euros.",
     ("ACQUIRES", "v.k.l. Cosmétiques", "Quistor")),
    # names with a web domain
    ("en", "Zentrix competes with India's Quorbit.ai and Velmora in medical imaging.",
     ("COMPETES_WITH", "Zentrix", "Quorbit.ai")),
    ("fr", "Korvane a investi 3 millions d'euros dans Zelbar.io, une start-up lyonnaise.",
     ("INVESTS_IN", "Korvane", "Zelbar.io")),
    # names with digits
    ("en", "Velmora has agreed to buy 42andUp for $300 million.",
     ("ACQUIRES", "Velmora", "42andUp")),
    ("fr", "Korvane a racheté 7QRTi, un fabricant de serveurs, pour 12 millions d'euros.",
     ("ACQUIRES", "Korvane", "7QRTi")),
    ("en", "Zentrix buys its sensors from 9T Sensorik, a Danish maker of lidar.",
     ("SUPPLIES", "9T Sensorik", "Zentrix")),
    # lowercase names in a list with names, after an organisation noun, before a legal form
    ("en", "The deal is a boost for Zentrix, whose rivals Velmora and quorbix have been cutting "
     "prices.", ("COMPETES_WITH", "Zentrix", "quorbix")),
    ("fr", "Korvane affronte Quistor et zelbix sur le marché des capteurs.",
     ("COMPETES_WITH", "Korvane", "zelbix")),
    ("fr", "Nous suivons Korvane. Korvane affronte l'israélien Quistor et l'américaine zelbix.",
     ("COMPETES_WITH", "Korvane", "zelbix")),
    ("en", "The chipmaker quorbix will supply Velmora with power modules.",
     ("SUPPLIES", "quorbix", "Velmora")),
    ("fr", "La start-up zelbix a levé 5 millions d'euros auprès de Korvane.",
     ("INVESTS_IN", "Korvane", "zelbix")),
    # "better known as", "plus connue sous le nom de": one company, named by either name
    ("en", "Velmora Robotics, better known as Velmo, agreed to buy Zentrix.",
     ("ACQUIRES", "Velmora Robotics", "Zentrix")),
    ("en", "Velmora Robotics, better known as Velmo, makes drones. Velmo also owns 10% "
     "of Quistor.", ("INVESTS_IN", "Velmora Robotics", "Quistor")),
    ("fr", "Korvane Industries, plus connue sous le nom de Korva, a racheté Quistor.",
     ("ACQUIRES", "Korvane Industries", "Quistor")),
    # a one-word name opening a sentence, as the subject of a business verb
    ("en", "Velmora completed its purchase of Zentrix on Monday.",
     ("ACQUIRES", "Velmora", "Zentrix")),
    ("fr", "Korvane finalise le rachat de Quistor.", ("ACQUIRES", "Korvane", "Quistor")),
    ("fr", "Korvane noue un partenariat avec Quistor.", ("PARTNERS_WITH", "Korvane", "Quistor")),
    ("en", "Velmora (VLM) agreed to buy Zentrix.", ("ACQUIRES", "Velmora", "Zentrix")),
    ("fr", "Korvane Industrie, premier actionnaire de Quistor, a racheté Zelbar.",
     ("INVESTS_IN", "Korvane Industrie", "Quistor")),
    # a listing gloss after a name goes with it ("(NASDAQ: VLMR)")
    ("fr", "Korvane (Euronext : KORV) a annoncé un partenariat avec Quistor.",
     ("PARTNERS_WITH", "Korvane", "Quistor")),
    ("en", "Velmora (NASDAQ: VLMR) agreed to buy Zentrix (NYSE: ZTX).",
     ("ACQUIRES", "Velmora", "Zentrix")),
    # names made of common words, in an organisation's slot
    ("en", "General Harbor took a 20% stake in Zentrix.",
     ("INVESTS_IN", "General Harbor", "Zentrix")),
    ("en", "Velmora, Open Meadow Partners and Zentrix invested in Quistor.",
     ("INVESTS_IN", "Open Meadow Partners", "Quistor")),
    # a longer name that opens with a known one is another company
    ("en", "Velmora, Zentrix and Silver Lake Commons invested in Quistor.",
     ("INVESTS_IN", "Silver Lake Commons", "Quistor")),
    # a word of a place name is a company when an apposition says so
    ("en", "Velmora has agreed to acquire Dakota, the skincare brand founded by Ana Ruiz.",
     ("ACQUIRES", "Velmora", "Dakota")),
    ("fr", "Korvane a racheté Hampshire, la marque de cosmétiques fondée par Ana Ruiz.",
     ("ACQUIRES", "Korvane", "Hampshire")),
    # a nationality opening a name with no article before it; a country after a comma that
    # is a possessor, not a place apposition
    ("en", "Velmora has agreed to buy Estonian Rail Freight for $200 million.",
     ("ACQUIRES", "Velmora", "Estonian Rail Freight")),
    ("en", "Velmora invested in Zentrix, France's largest drone maker.",
     ("INVESTS_IN", "Velmora", "Zentrix")),
    # outlets no list names, without a lead-in: inverted speech verbs (a title's form), a cue
    # only an outlet fills, a closing report, a name that cites its sources
    ("fr", "L'investissement est estimé à 140 millions d'euros, a indiqué Le Pélican Lorrain.",
     ("REPORTED_BY", "ARTICLE", "Le Pélican Lorrain")),
    ("fr", "Korvane prépare une offre sur Quistor, a révélé L'Informateur Rhénan mardi.",
     ("REPORTED_BY", "ARTICLE", "L'Informateur Rhénan")),
    ("fr", "« Nous doublons nos capacités », a confié au Pélican Lorrain le patron de Korvane.",
     ("REPORTED_BY", "ARTICLE", "Pélican Lorrain")),
    ("fr", "Le patron de Korvane s'est exprimé dans un entretien accordé à Velposten.",
     ("REPORTED_BY", "ARTICLE", "Velposten")),
    ("en", "Velmora is preparing a bid for Zentrix, the Daily Quillon reported.",
     ("REPORTED_BY", "ARTICLE", "Daily Quillon")),
    ("en", "Former Zentrix executive Lars Hed said in an interview with Velposten that the plan "
     "was late.", ("REPORTED_BY", "ARTICLE", "Velposten")),
    ("en", "Velposten, citing people familiar with the matter, said Velmora would buy Zentrix.",
     ("REPORTED_BY", "ARTICLE", "Velposten")),
    ("en", "Velmora is in talks to buy Zentrix, Velposten reported, citing people familiar with "
     "the matter.", ("REPORTED_BY", "ARTICLE", "Velposten")),
    # cue families of business news: retail distribution
    ("en", "Velmora's serums will launch in Quistor stores in North America later this year.",
     ("SUPPLIES", "Velmora", "Quistor")),
    ("en", "Velmora's skincare products are sold at Quistor and Zorbex stores across Europe.",
     ("SUPPLIES", "Velmora", "Zorbex")),
    ("en", "Velmora makes lip balm. Velmora has so far sold its balms only through its own "
     "website, but it will launch in Quistor stores in the United Kingdom later this year.",
     ("SUPPLIES", "Velmora", "Quistor")),
    ("fr", "Korvane distribue ses crèmes chez Quistor et Zelbar.",
     ("SUPPLIES", "Korvane", "Zelbar")),
    ("fr", "Nous suivons Korvane et Quistor. Korvane est distribué chez Quistor depuis 2022.",
     ("SUPPLIES", "Korvane", "Quistor")),
    # a maker's products in a customer's products; contracts and contractors
    ("en", "Velmora's chips power Zentrix's servers.", ("SUPPLIES", "Velmora", "Zentrix")),
    ("en", "Velmora equips Zentrix's trains with brakes.", ("SUPPLIES", "Velmora", "Zentrix")),
    ("en", "Velmora said its chips would power Zentrix's new servers from 2026.",
     ("SUPPLIES", "Velmora", "Zentrix")),
    ("fr", "Les puces de Korvane équipent les serveurs de Quistor.",
     ("SUPPLIES", "Korvane", "Quistor")),
    ("en", "Velmora won a contract from Zentrix to supply radar parts.",
     ("SUPPLIES", "Velmora", "Zentrix")),
    ("en", "Velmora is the main contractor for Zentrix's new plant.",
     ("SUPPLIES", "Velmora", "Zentrix")),
    ("en", "Velmora makes brakes. Velmora has been selected by Zentrix to supply brakes.",
     ("SUPPLIES", "Velmora", "Zentrix")),
    ("en", "Zentrix turned to Velmora for its brakes.", ("SUPPLIES", "Velmora", "Zentrix")),
    ("fr", "Korvane a remporté un contrat auprès de Quistor pour la fourniture de rails.",
     ("SUPPLIES", "Korvane", "Quistor")),
    ("fr", "Korvane est le fournisseur attitré de Quistor.", ("SUPPLIES", "Korvane", "Quistor")),
    ("fr", "Nous suivons Korvane et Quistor. Korvane est maître d'œuvre pour le compte de "
     "Quistor.", ("SUPPLIES", "Korvane", "Quistor")),
    ("fr", "Quistor a retenu Korvane pour construire l'usine.",
     ("SUPPLIES", "Korvane", "Quistor")),
    ("fr", "Quistor fait appel à Korvane pour construire l'usine.",
     ("SUPPLIES", "Korvane", "Quistor")),
    ("fr", "Nous suivons Korvane et Quistor. Korvane a été retenu par Quistor pour construire "
     "l'usine.", ("SUPPLIES", "Korvane", "Quistor")),
    # rivalry
    ("en", "Velmora is vying with Zentrix for the contract.",
     ("COMPETES_WITH", "Velmora", "Zentrix")),
    ("en", "Velmora faces competition from Zentrix and Quistor.",
     ("COMPETES_WITH", "Velmora", "Quistor")),
    ("en", "Velmora faces stiff competition from Zentrix in Europe.",
     ("COMPETES_WITH", "Velmora", "Zentrix")),
    ("en", "Velmora is up against Zentrix in the tender.", ("COMPETES_WITH", "Velmora", "Zentrix")),
    ("fr", "Korvane est le concurrent direct de Quistor.", ("COMPETES_WITH", "Korvane", "Quistor")),
    ("fr", "Korvane, challenger de Quistor sur ce marché, lève 20 millions d'euros.",
     ("COMPETES_WITH", "Korvane", "Quistor")),
    ("fr", "Nous suivons Korvane et Quistor. Korvane est en compétition avec Quistor.",
     ("COMPETES_WITH", "Korvane", "Quistor")),
    ("fr", "Nous suivons Korvane et Quistor. Korvane subit la concurrence de Quistor.",
     ("COMPETES_WITH", "Korvane", "Quistor")),
    ("fr", "Nous suivons Korvane et Quistor. Korvane est concurrencé par Quistor en Europe.",
     ("COMPETES_WITH", "Korvane", "Quistor")),
    # investment phrasings, government investors
    ("en", "Velmora took a 12% stake in Zentrix last year.", ("INVESTS_IN", "Velmora", "Zentrix")),
    ("en", "Zentrix raised $40 million in a round led by Velmora with participation from Quistor "
     "and Zorbex.", ("INVESTS_IN", "Zorbex", "Zentrix")),
    ("en", "Velmora, a portfolio company of Quarnel Capital, raised prices.",
     ("INVESTS_IN", "Quarnel Capital", "Velmora")),
    ("en", "Quarnel-owned Velmora raised prices.", ("ACQUIRES", "Quarnel", "Velmora")),
    ("fr", "Nous suivons Korvane et Quistor. Korvane fait son entrée au capital de Quistor.",
     ("INVESTS_IN", "Korvane", "Quistor")),
    ("fr", "Quistor lève 30 millions d'euros lors d'un tour de table mené par Korvane.",
     ("INVESTS_IN", "Korvane", "Quistor")),
    ("fr", "Korvane, détenu à 40 % par Quistor, rachète Zelbar.",
     ("INVESTS_IN", "Quistor", "Korvane")),
    ("en", "The US government's stake in Zentrix is worth $9 billion.",
     ("INVESTS_IN", "US government", "Zentrix")),
    ("fr", "L'État, actionnaire à 15 % de Quistor, soutient le projet.",
     ("INVESTS_IN", "État", "Quistor")),
    ("en", "The Harlan administration took a 10% stake in Zentrix.",
     ("INVESTS_IN", "Harlan administration", "Zentrix")),
    # acquisitions and partnerships
    ("fr", "Korvane absorbe Quistor.", ("ACQUIRES", "Korvane", "Quistor")),
    ("fr", "Korvane s'empare de Quistor pour 2 milliards d'euros.",
     ("ACQUIRES", "Korvane", "Quistor")),
    ("fr", "Korvane a mis la main sur Quistor.", ("ACQUIRES", "Korvane", "Quistor")),
    ("fr", "Nous suivons Korvane et Quistor. Korvane croque Quistor.",
     ("ACQUIRES", "Korvane", "Quistor")),
    ("en", "Velmora teamed up with Zentrix to build batteries.",
     ("PARTNERS_WITH", "Velmora", "Zentrix")),
    ("fr", "Korvane s'allie à Quistor pour produire des batteries.",
     ("PARTNERS_WITH", "Korvane", "Quistor")),
    # more phrasings: buying into, joining hands, rivals that "include", price wars, suppliers
    # signed up, joining a capital or a round, working together, partners, shareholders
    ("en", "We follow Velmora and Zentrix. Velmora bought into Zentrix last year.",
     ("INVESTS_IN", "Velmora", "Zentrix")),
    ("en", "Velmora joined hands with Zentrix to build batteries.",
     ("PARTNERS_WITH", "Velmora", "Zentrix")),
    ("en", "Velmora's rivals include Zentrix and Quistor.",
     ("COMPETES_WITH", "Velmora", "Quistor")),
    ("en", "Velmora and Zentrix are locked in a price war in Europe.",
     ("COMPETES_WITH", "Velmora", "Zentrix")),
    ("en", "Zentrix signed up Velmora as a supplier.", ("SUPPLIES", "Velmora", "Zentrix")),
    ("en", "Velmora is a long-time partner of Zentrix.", ("PARTNERS_WITH", "Velmora", "Zentrix")),
    ("fr", "Nous suivons Korvane et Quistor. Korvane rejoint le capital de Quistor.",
     ("INVESTS_IN", "Korvane", "Quistor")),
    ("fr", "Korvane a rejoint le tour de table de Quistor.", ("INVESTS_IN", "Korvane", "Quistor")),
    ("fr", "Korvane a souscrit à l'augmentation de capital de Quistor.",
     ("INVESTS_IN", "Korvane", "Quistor")),
    ("fr", "Korvane et Quistor se livrent une guerre des prix.",
     ("COMPETES_WITH", "Korvane", "Quistor")),
    ("fr", "Nous suivons Korvane et Quistor. Korvane rafle Quistor pour 2 milliards d'euros.",
     ("ACQUIRES", "Korvane", "Quistor")),
    ("fr", "Nous suivons Korvane et Quistor. Korvane coopère avec Quistor sur ce projet.",
     ("PARTNERS_WITH", "Korvane", "Quistor")),
    ("fr", "Korvane a décroché une commande de Quistor.", ("SUPPLIES", "Korvane", "Quistor")),
    ("fr", "Korvane est partenaire de Quistor depuis 2019.",
     ("PARTNERS_WITH", "Korvane", "Quistor")),
    ("fr", "Quistor compte Korvane parmi ses actionnaires.", ("INVESTS_IN", "Korvane", "Quistor")),
    ("fr", "Quistor a choisi Korvane comme fournisseur.", ("SUPPLIES", "Korvane", "Quistor")),
    ("fr", "« Nous grandissons », a déclaré Paul Lemoine, président de Korvane, au Journal des "
     "Quarnel.", ("REPORTED_BY", "ARTICLE", "Journal des Quarnel")),
    # orders won (any tense), stakes raised, challengers
    ("en", "Velmora clinches $2 billion order from Zentrix.", ("SUPPLIES", "Velmora", "Zentrix")),
    ("en", "Velmora takes aim at Zentrix with its new chip.",
     ("COMPETES_WITH", "Velmora", "Zentrix")),
    ("fr", "Nous suivons Korvane et Quistor. Korvane se renforce au capital de Quistor.",
     ("INVESTS_IN", "Korvane", "Quistor")),
    ("fr", "Nous suivons Korvane et Quistor. Korvane monte à 30 % du capital de Quistor.",
     ("INVESTS_IN", "Korvane", "Quistor")),
    ("fr", "Nous suivons Korvane et Quistor. Korvane s'attaque à Quistor sur ce marché.",
     ("COMPETES_WITH", "Korvane", "Quistor")),
    ("fr", "Nous suivons Korvane et Quistor. Korvane chasse sur les terres de Quistor.",
     ("COMPETES_WITH", "Korvane", "Quistor")),
    ("fr", "Korvane a signé un contrat avec Quistor pour la fourniture de rails.",
     ("SUPPLIES", "Korvane", "Quistor")),
    ("fr", "Selon L'Informateur Rhénan, Korvane prépare une offre sur Quistor.",
     ("REPORTED_BY", "ARTICLE", "L'Informateur Rhénan")),
    ("en", "According to The Quillon Ledger, Velmora is preparing a bid for Zentrix.",
     ("REPORTED_BY", "ARTICLE", "Quillon Ledger")),
    ("fr", "Korvane prépare une offre sur Quistor, selon des informations du Pélican Lorrain.",
     ("REPORTED_BY", "ARTICLE", "Pélican Lorrain")),
    ("en", "Velmora is preparing a bid for Zentrix, two people familiar with the matter told "
     "Velposten.", ("REPORTED_BY", "ARTICLE", "Velposten")),
    # a document filed with a regulator
    ("fr", "Korvane disposait de 16 millions d'euros, selon son rapport financier semestriel "
     "déposé auprès de la Commission de Quarnel.",
     ("REPORTED_BY", "ARTICLE", "Commission de Quarnel")),
]

def _names(text: str, lang: str) -> set[str]:
    """Every name mention the extractor finds in `text` (used in a relation or not)."""
    lex = load_lexicon(lang)
    tokens = [tokenize(s.text, s.start) for s in split_sentences(text)]
    caps = proper_words(tokens, lex)
    return {m.text for i, toks in enumerate(tokens)
            for m in detect_mentions(i, toks, text, lex, default_gazetteer(), caps)
            if m.kind == NAME}


# Each entry: a name that must not be found, or a relation that must not be asserted.
ABSENT = [
    # digits that are units, amounts and generations, not names
    ("en", "Velmora raised $3M from Zentrix.", "3M"),
    ("en", "Velmora will add 10GW of capacity for Zentrix.", "10GW"),
    ("en", "The 5G network was built by Zentrix.", "5G"),
    # lowercase words next to names that are not names
    ("en", "Zentrix competes with Velmora and others in power chips.", "others"),
    ("en", "Velmora and partners signed the deal with Zentrix.", "partners"),
    ("fr", "Korvane affronte Quistor et ses concurrents asiatiques.", "ses"),
    # adjectives and participles after a French organisation noun, an apposed product
    ("fr", "Le groupe industriel a racheté Quistor.", "industriel"),
    ("fr", "Le fonds détenu par Korvane a investi dans Quistor.", "détenu"),
    ("fr", "Le constructeur franco-italien affronte Quistor.", "franco"),
    ("fr", "Son premier processeur, Zelka1, sera gravé par Korvane.", "processeur"),
    # a company's statement, a person, the publisher itself and "nos informations" are not
    # sources; a cited outlet is no party
    ("fr", "La transaction sera bouclée en juin, a indiqué Korvane.",
     ("REPORTED_BY", "ARTICLE", "Korvane")),
    ("fr", "La transaction sera bouclée en juin, a indiqué Jean Dupont.",
     ("REPORTED_BY", "ARTICLE", "Jean Dupont")),
    ("en", "According to The Quarnel Group, Velmora is preparing a bid for Zentrix.",
     ("REPORTED_BY", "ARTICLE", "Quarnel Group")),
    ("en", "Velmora told Zentrix that it would end the contract.",
     ("REPORTED_BY", "ARTICLE", "Zentrix")),
    ("en", "Velmora is in talks to buy Zentrix, Test Wire reported.",
     ("REPORTED_BY", "ARTICLE", "Test Wire")),
    ("en", "Velposten, citing people familiar with the matter, said Velmora would buy Zentrix.",
     ("ACQUIRES", "Velposten", "Zentrix")),
    # things taken for companies: a town with its region, a disease, a listing venue, a
    # participle or a nationality opening the sentence, a given name that is also a month
    ("fr", "Korvane exploite depuis 2020 à Velzac, dans la Somme, un site accolé à l'usine de "
     "Quistor.", "Velzac"),
    ("en", "Velmora operates a plant in Tarvik, Ohio, next to Zentrix's mill.", "Tarvik"),
    ("fr", "Korvane et Quistor codéveloppent le vaccin contre la maladie de Quarvik.", "Quarvik"),
    ("fr", "Le vaccin contre Quarvik de Korvane entre en phase 3.", "Quarvik"),
    ("en", "Velmora's treatment for Quarvik disease is sold by Zentrix.", "Quarvik"),
    ("fr", "Le titre de Korvane a bondi de 9 % à la Bourse de Quimperlé.", "Bourse de Quimperlé"),
    ("en", "Velmora is listed on the Tarvik Stock Exchange and competes with Zentrix.",
     "Tarvik Stock Exchange"),
    ("fr", "Détenue à 60 % par Korvane, Quistor fabrique des capteurs.", "Détenue"),
    ("fr", "Installée à Lyon, Quistor fournit Korvane.", "Installée"),
    ("en", "Headquartered in Oslo, Zentrix makes sensors for Velmora.", "Headquartered"),
    ("fr", "L'Estonien Korvane a racheté Quistor.", "Estonien Korvane"),
    ("en", "The Estonian Korvane agreed to buy Zentrix.", "Estonian Korvane"),
    ("fr", "Le ministre de l'Économie, Jan Korsvik, a salué l'investissement de Korvane dans "
     "Quistor.", ("INVESTS_IN", "Korsvik", "Quistor")),
    ("fr", "Korvane exploite depuis 2020 à Velzac, dans la Somme, un site accolé à l'usine de "
     "Quistor.", ("SUPPLIES", "Velzac", "Korvane")),
    # cues that must not fire: a company's own products, a contract of another kind, a
    # stake held by the other side
    ("en", "Velmora's chips power its own servers.", ("SUPPLIES", "Velmora", "Velmora")),
    ("fr", "Korvane, détenu à 40 % par Quistor, rachète Zelbar.",
     ("ACQUIRES", "Quistor", "Korvane")),
    ("en", "Velmora faces competition from Zentrix and Quistor.",
     ("COMPETES_WITH", "Quistor", "Zentrix")),
    ("en", "Velmora won an award from Zentrix for its brakes.",
     ("SUPPLIES", "Velmora", "Zentrix")),
    ("en", "We follow Velmora and Zentrix. Velmora bought into Zentrix last year.",
     ("ACQUIRES", "Velmora", "Zentrix")),
    ("en", "Velmora's rivals include Zentrix and Quistor.",
     ("COMPETES_WITH", "Quistor", "Zentrix")),
    ("en", "Zentrix named Velmora as its partner of choice.", ("SUPPLIES", "Velmora", "Zentrix")),
    ("fr", "Korvane n'est plus partenaire de Quistor.", ("PARTNERS_WITH", "Korvane", "Quistor")),
    # a contract sought is not one won, and not the other way round
    ("fr", "Le groupe Korvane vise aussi un contrat auprès de Quistor.",
     ("SUPPLIES", "Quistor", "Korvane")),
    # a maker noun in an apposition does not reach past its comma
    ("en", "Velmora, a maker of drones, agreed to buy Zentrix.",
     ("SUPPLIES", "Velmora", "Zentrix")),
    ("fr", "Korvane, fabricant de drones, a racheté Quistor.", ("SUPPLIES", "Korvane", "Quistor")),
    ("en", "Velmora clinches $2 billion order from Zentrix.", ("SUPPLIES", "Zentrix", "Velmora")),
    ("fr", "Nous suivons Korvane et Quistor. Korvane signe un accord de coopération avec Quistor.",
     ("SUPPLIES", "Korvane", "Quistor")),
    # an outlet cited in the sentence is nobody's employer there
    ("fr", "« Nous accélérons », a expliqué au Pélican Lorrain son directeur général, Karim "
     "Benali.", ("EXECUTIVE_OF", "Karim Benali", "Pélican Lorrain")),
    # customers listed after "to" are no buyer and company bought
    ("en", "Zentrix sells its radios to carriers including Velmora and Quistor.",
     ("ACQUIRES", "Velmora", "Quistor")),
    ("fr", "Korvane vend ses radios à des opérateurs dont Quistor et Zelbar.",
     ("ACQUIRES", "Quistor", "Zelbar")),
    # a joint venture held by its parents is no investment of theirs (parent-to-venture links)
    ("fr", "Quarnel Aero est une coentreprise détenue à parts égales par Korvane et Quistor.",
     ("INVESTS_IN", "Korvane", "Quarnel Aero")),
    ("fr", "La nouvelle structure sera détenue à 51 % par Korvane et à 49 % par Quistor.",
     ("INVESTS_IN", "Korvane", "Quistor")),
    # a name inside the noun phrase of a product is no company ("organic Rankine cycle")
    ("en", "Velmora uses units supplied by Quistor, an Italian maker of organic Zelkar cycle "
     "turbines.", "Zelkar"),
    # assets bought from a company are no supply
    ("en", "Velmora agreed to buy two plants from Zentrix.", ("SUPPLIES", "Zentrix", "Velmora")),
    # a country's full name is a place even when its words alone are not
    ("en", "Velmora will launch in Quistor stores in the United Kingdom.", "United Kingdom"),
    ("fr", "Korvane s'implante en République dominicaine avec Quistor.", "République"),
    # a product named before its product noun
    ("en", "Velmora unveiled the Quarnel Nova smartwatch to rival Zentrix.", "Quarnel Nova"),
    ("fr", "Korvane a dévoilé la montre Quarnel Nova pour concurrencer Quistor.", "Quarnel Nova"),
    # a capitalised participle ends a name
    ("fr", "Nous suivons Korvane. Le titre Korvane Racheté par Quistor a bondi.",
     "Korvane Racheté"),
    ("fr", "Nous suivons Korvane. Le titre Korvane Racheté par Quistor a bondi.", "Racheté"),
    ("en", "Velmora (NASDAQ: VLMR) agreed to buy Zentrix.", "VLMR"),
    # titles of office: the state's institutions are no companies, the holders are people
    ("fr", "Le président de la République, Harlan Teague, a salué l'investissement de Korvane "
     "dans Quistor.", "République"),
    ("fr", "Le président de la République, Harlan Teague, a salué l'investissement de Korvane "
     "dans Quistor.", ("INVESTS_IN", "Harlan Teague", "Quistor")),
    ("en", "\"This is great news,\" said Harlan Teague, the governor of Ohio, after Velmora bought "
     "Zentrix.", ("ACQUIRES", "Harlan Teague", "Zentrix")),
    ("fr", "Korvane Industrie, premier actionnaire de Quistor, a racheté Zelbar.",
     ("EXECUTIVE_OF", "Korvane Industrie", "Quistor")),
    # business terms in capitals are not names
    ("fr", "Korvane a lancé une OPA sur Quistor.", "OPA"),
    ("fr", "La R&D de Korvane séduit Quistor.", "R&D"),
    ("en", "Velmora is preparing its IPO with Zentrix as adviser.", "IPO"),
    ("en", "The SPAC merged with Quistor.", "SPAC"),
    ("fr", "L'ETI Quistor investit dans Korvane.", "ETI Quistor"),
    # "e.g." and "a.k.a." are not names
    ("en", "Velmora buys parts from rivals, e.g. Zentrix.", "e.g."),
]


@pytest.mark.parametrize(("lang", "text", "expected"), FOUND)
def test_found(lang: str, text: str, expected: tuple[str, str, str]) -> None:
    check_found(lang, text, expected)


@pytest.mark.parametrize(("lang", "text", "unwanted"), ABSENT)
def test_absent(lang: str, text: str, unwanted: str | tuple[str, str, str]) -> None:
    check_absent(lang, text, unwanted)


def check_found(lang: str, text: str, expected: tuple[str, str, str]) -> None:
    """The relation is asserted (either way round for a symmetric type)."""
    found = {r[:3] for r in _named(_extract(text, lang)) if r[3] in _ASSERTED}
    flipped = (expected[0], expected[2], expected[1])
    symmetric = expected[0] in ("PARTNERS_WITH", "COMPETES_WITH")
    assert expected in found or (symmetric and flipped in found), found


def check_absent(lang: str, text: str, unwanted: str | tuple[str, str, str]) -> None:
    """The name is no entity, or the relation is not asserted."""
    if isinstance(unwanted, str):
        names = _names(text, lang)
        assert unwanted not in names, names
    else:
        x = _extract(text, lang)
        asserted = {r[:3] for r in _named(x) if r[3] in _ASSERTED}
        assert unwanted not in asserted, _named(x)


@pytest.mark.parametrize(("lang", "text"), [
    ("fr", "Selon nos informations, Korvane va racheter Quistor."),
    ("en", "According to our information, Velmora will buy Zentrix."),
    ("en", "The deal will close in June, Velmora said in a statement."),
])
def test_no_source(lang: str, text: str) -> None:
    assert not [r for r in _named(_extract(text, lang)) if r[0] == "REPORTED_BY"]


def test_the_publisher_itself_is_no_source() -> None:
    text = ("« Nous grandissons », a déclaré Paul Lemoine, président de Korvane, au Journal des "
            "Quarnel.")
    x = EXTRACTOR.extract(Article(text=text, language="fr", date=date(2025, 6, 2),
                                  publisher="Le Journal des Quarnel"))
    assert not [r for r in x.relations if str(r.type) == "REPORTED_BY"], x.relations
