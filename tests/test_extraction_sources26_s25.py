"""Session 25, sources26 (REPORTED_BY, 26th round): outlets and documents cited in forms the
cues did not read. Invented names only; the near misses stay out.

1. A trade body cited through its document after a source cue: "d'après le dernier baromètre
   de la Fédération X", "selon les chiffres du Comité X", "according to a survey by the X
   Association", "a report published in March by the X Association"; not the document alone.
2. French "publication" as an outlet noun ("selon la publication espagnole spécialisée X") and
   "base" as a data noun ("selon la base X").
3. A town's "-based" before a cited outlet ("according to the Marvik-based X Gazette");
   "reports in the X", "un article paru dans le X".
4. The data or figures of a name the article gives once ("X data show", "according to X
   data", "selon les données de X"); a company named again gives its own figures.
5. Foreign press words ("Jornal", "Diario") make an outlet's name that joins over "de".
6. Official gazettes by the opening of their names ("un avis publié au Bulletin officiel des
   annonces de X").
7. "contrairement à ce qu'affirmait [en décembre] le site spécialisé X": an outlet-shaped name
   only, never a company's claim.
8. "first detailed by the X"; French plural participles ("révélées par").
9. Names in the article's credit line ("(Reporting by X; Editing by Y)") are no outlet.
"""

from __future__ import annotations

from tests.test_extraction_families import found_and_absent

_R = "REPORTED_BY"
_A = "ARTICLE"

FOUND = [
    # 1. a trade body's document
    ("fr", "D'après le dernier baromètre de la Fédération nationale des zelbariculteurs, le prix "
     "a augmenté de 15 % sur un an.", (_R, _A, "Fédération nationale des zelbariculteurs")),
    ("fr", "Selon le bulletin de la Fédération française des quistoriers, le prix de gros a "
     "reculé.", (_R, _A, "Fédération française des quistoriers")),
    ("fr", "Selon les chiffres du Comité national de la zelbariculture (CNZ), la production a "
     "reculé de 12 % en 2025.", (_R, _A, "Comité national de la zelbariculture")),
    ("en", "Rates rose 19%, according to a survey by the National Zelbar Growers Association.",
     (_R, _A, "National Zelbar Growers Association")),
    ("en", "Rates rose 19%, according to a report published in March by the National Zelbar "
     "Growers Association.", (_R, _A, "National Zelbar Growers Association")),
    # 2. French outlet and data nouns
    ("fr", "Velmora a racheté Quistor. Le montant avoisinerait 11 millions d'euros, selon la "
     "publication espagnole spécialisée Korvane.", (_R, _A, "Korvane")),
    ("fr", "Velmora a racheté Quistor. Selon la base Korvane, la société a réalisé un chiffre "
     "d'affaires de 31 millions d'euros.", (_R, _A, "Korvane")),
    # 3. a town's "-based"; reports in, an article in
    ("en", "The contract, worth about £9m according to the Marvik-based Korvane Gazette, covers "
     "all turbines.", (_R, _A, "Korvane Gazette")),
    ("en", "Reports in the Marvik Post last spring that Velmora was exploring a sale were wide "
     "of the mark.", (_R, _A, "Marvik Post")),
    ("fr", "Velmora a racheté Quistor pour 3 millions d'euros, selon un article paru dans le "
     "Korvane Matin.", (_R, _A, "Korvane Matin")),
    # 4. a name's data
    ("en", "Velmora's revenue tripled last year, and Korvane data show the company was valued "
     "at $260 million.", (_R, _A, "Korvane")),
    ("en", "Velmora was valued at $260 million, according to Korvane data.", (_R, _A, "Korvane")),
    ("fr", "Velmora est valorisée 260 millions d'euros, selon les données de Korvane.",
     (_R, _A, "Korvane")),
    ("fr", "Les chiffres de Korvane montrent que Velmora a triplé ses ventes.",
     (_R, _A, "Korvane")),
    # 5. foreign press words
    ("en", "Jornal de Korvane reported on Tuesday that Velmora had looked at Quistor before "
     "Zelbar invested.", (_R, _A, "Jornal de Korvane")),
    ("en", "Diario de Korvane reported on Tuesday that Velmora had looked at Quistor.",
     (_R, _A, "Diario de Korvane")),
    # 6. official gazettes
    ("fr", "Velmora a été retenue pour équiper les abonnés de la régie Quistor, selon l'avis "
     "d'attribution publié au Bulletin officiel des annonces de Korvanie.",
     (_R, _A, "Bulletin officiel des annonces de Korvanie")),
    # 7. what an outlet claimed
    ("fr", "La direction dément avoir été approchée par Velmora, contrairement à ce "
     "qu'affirmait en décembre la lettre spécialisée Korvane Insider.",
     (_R, _A, "Korvane Insider")),
    ("fr", "Velmora a démenti avoir confié la production à Quistor, contrairement à ce "
     "qu'affirmait le site spécialisé Korvane News.", (_R, _A, "Korvane News")),
    # 8. first detailed by
    ("en", "Velmora will work with Quistor, a cooperation first detailed by the Korvane "
     "Allgemeine Zeitung.", (_R, _A, "Korvane Allgemeine Zeitung")),
]

ABSENT = [
    # 1. the document alone, no cue
    ("fr", "Le bulletin de la Fédération nationale des zelbariculteurs paraît en mai.",
     (_R, _A, "Fédération nationale des zelbariculteurs")),
    # 2./4. a company named again gives its own figures
    ("en", "Velmora data show the company was valued at $260 million. Velmora sells shoes.",
     (_R, _A, "Velmora")),
    ("en", "Quistor's data show that it supplies Velmora.", (_R, _A, "Quistor")),
    # 3. a company after "-based" is no outlet
    ("en", "The contract was signed, according to the Marvik-based Velmora Holdings.",
     (_R, _A, "Velmora Holdings")),
    # 7. a company's claim
    ("fr", "Velmora a démenti, contrairement à ce qu'affirmait Quistor, son concurrent.",
     (_R, _A, "Quistor")),
    # 8. a person detailing a plan
    ("en", "The plan was detailed by Quistor chief Ann Tolberg. Quistor sells shoes.",
     (_R, _A, "Ann Tolberg")),
    # 9. the credit line
    ("en", "Velmora will buy Quistor for $40 million.\n\n(Reporting by Ann Tolberg; Editing by "
     "Dana Kettering)", (_R, _A, "Ann Tolberg")),
]

test_found, test_absent = found_and_absent(FOUND, ABSENT)
