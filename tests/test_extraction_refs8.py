"""Issue 11, session 18: which company a description refers to, places the article gives (refs8).

A description with a town ("the Zelbach firm", "The Zelbach company", "le transporteur
morvallais") goes to the one company the article placed in that town, before a nearer company
it did not place. Three ways of placing a company were not read: "based in" / "basé à" far in
a long apposition ("X, a family-controlled maker of lenses and optics based in Zelbach,"),
"installé près de Y" / "near Y", and "the Zelbach-based laser developer X" (the place before a
sector phrase); and a town no table lists, written before the description's noun ("the Zelbach
firm"), was no place. Kept out: when two companies are placed in the town, or none is, the
description keeps its usual ranking. A region's adjective after an apposition's noun ("X, une
PME girondine spécialisée ...") no longer ends the apposition, so "la PME" later goes to X.
Every company and town here is made up and in no list.
"""

from __future__ import annotations

from tests.test_extraction_families import found_and_absent

# "based in" far in a long apposition, the town before the description's noun
_FAR_EN = ("Velmora Optik, a family-controlled maker of precision lenses and beam-shaping "
           "optics based in Zelbach, is buying Kandor Photonics. Quistor Lasers has agreed to "
           "sell its Ohio plant. The Zelbach firm supplies beam expanders to Trelmor Systems.")
# "installé près de", a demonym of a town no table lists
_FAR_FR = ("Velmora Optique, un fabricant familial de lentilles de précision et d'optiques de "
           "mise en forme installé près de Morvalle, rachète Kandor Photonique. Quistor Lasers "
           "a annoncé la fermeture de son usine. Le fabricant morvallais fournit des lentilles "
           "à Trelmor Systèmes.")
# "the Zelbach-based <sector> X": the place before a sector phrase
_BASED_EN = ("Velmora Optik is buying Zelbach-based laser developer Kandor Photonics. Velmora "
             "Optik already sells lenses in Asia. The Zelbach company has a research "
             "partnership with Trelmor Institute.")
_BASED_FR = ("Velmora Transports rachète Kandor Frigo, un spécialiste du transport frigorifique "
             "installé près de Morvalle. Velmora Transports exploite déjà 900 camions. Le "
             "transporteur morvallais fournit Trelmor Distribution.")
# near misses: two companies in the town, or none placed there: the usual ranking
_TWO_EN = ("Velmora Optik, a maker of lenses based in Zelbach, is buying Kandor Photonics. "
           "Quistor Lasers, also based in Zelbach, has agreed to sell its Ohio plant. The "
           "Zelbach firm supplies beam expanders to Trelmor Systems.")
_NONE_EN = ("Velmora Optik is buying Kandor Photonics. Quistor Lasers has agreed to sell its "
            "Ohio plant. The Zelbach firm supplies beam expanders to Trelmor Systems.")

# a region's adjective inside the apposition that gives the company its noun
_PME_FR = ("Le fabricant Velmora a annoncé le rachat de Kandor Croquettes, une PME girondine "
           "spécialisée dans les croquettes sans céréales. « C'est une belle marque », a "
           "expliqué Claire Morin, présidente de Velmora. Hugo Lasserre, qui a fondé la PME en "
           "2014, en reste le directeur général.")
_PME_SUPPLIES_FR = ("Le fabricant Velmora a annoncé le rachat de Kandor Croquettes, une PME "
                    "bretonne spécialisée dans les croquettes. « C'est une belle marque », a "
                    "expliqué Claire Morin, présidente de Velmora. Le caviste Zorbex "
                    "s'approvisionne auprès de la PME depuis 2019.")

FOUND = [
    ("fr", _PME_FR, ("EXECUTIVE_OF", "Hugo Lasserre", "Kandor Croquettes")),
    ("fr", _PME_SUPPLIES_FR, ("SUPPLIES", "Kandor Croquettes", "Zorbex")),
    ("en", _FAR_EN, ("SUPPLIES", "Velmora Optik", "Trelmor Systems")),
    ("fr", _FAR_FR, ("SUPPLIES", "Velmora Optique", "Trelmor Systèmes")),
    ("en", _BASED_EN, ("PARTNERS_WITH", "Kandor Photonics", "Trelmor Institute")),
    ("fr", _BASED_FR, ("SUPPLIES", "Kandor Frigo", "Trelmor Distribution")),
]

ABSENT = [
    ("fr", _PME_FR, ("EXECUTIVE_OF", "Hugo Lasserre", "Velmora")),
    ("fr", _PME_SUPPLIES_FR, ("SUPPLIES", "Velmora", "Zorbex")),
    ("en", _FAR_EN, ("SUPPLIES", "Quistor Lasers", "Trelmor Systems")),
    ("fr", _FAR_FR, ("SUPPLIES", "Quistor Lasers", "Trelmor Systèmes")),
    ("en", _BASED_EN, ("PARTNERS_WITH", "Velmora Optik", "Trelmor Institute")),
    ("fr", _BASED_FR, ("SUPPLIES", "Velmora Transports", "Trelmor Distribution")),
    ("en", _TWO_EN, ("SUPPLIES", "Velmora Optik", "Trelmor Systems")),
    ("en", _NONE_EN, ("SUPPLIES", "Velmora Optik", "Trelmor Systems")),
]

test_found, test_absent = found_and_absent(FOUND, ABSENT)
