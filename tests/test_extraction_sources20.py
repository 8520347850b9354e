"""Session 20, fifth sources pass: REPORTED_BY cues a few words away from the source.
Invented sentences (outlets, companies and bodies in no list; a listed regulator only where
the family is about a listed one), both languages where the shape exists in both.

Family 1: an outlet no list names, used once, as the subject of a report verb only a newsroom
uses of news ("first reported", "broke", "had reported", "avait révélé") with journalism as
its object ("the talks", "the news", "les négociations"): cited with no "that". A company
reporting its own deal or its sales is not.

Family 2: a closing report set off by commas inside the sentence (", X reported, but ...",
", a rapporté X, mais ...") for a name used once; not after a company's results ("sales rose
4%, X reported, and ...").

Family 3: a regulator described after a known country's possessive before its name ("a filing
with Portugal's securities regulator X"); a company after a country's possessive stays none.

Family 4: a body referred back to by its head in a possessive before its document ("according
to the authority's public deals register", "according to the agency's database"): the one
body of the sentence is cited; a company's own report, an agency that is a party, and a
body's decision that is not cited are not.

Family 5: words between a cue and its source: an insertion inside a document's participle
phrase ("une décision mise en ligne lundi par l'Autorité"), "at the time" inside an outlet's
cue ("according to a report at the time in X"), a firm's field before its research noun
("according to data compiled by aviation analytics firm X"), a study as data ("selon une étude
de X" for a name used once). A company putting a video online, a firm hired or bought, a
study ordered from a firm are not sources.

Family 6: listed outlets, gazettes and bodies the alias table lacked (aliases.tsv: national
dailies and weeklies of Germany, Belgium, the Netherlands, Ireland, Norway, Sweden, Brazil,
Crain's; the Journal officiel as a gazette; "Federal Cartel Office" for the Bundeskartellamt,
Spain's CNMV, the Dutch AFM, the CRE, the ART, the Cour des comptes): cited in a source slot,
parties when bought, no source when they decide.

"""

from __future__ import annotations

from tests.test_extraction_families import found_and_absent

_R = "REPORTED_BY"

FOUND = [
    # family 1: a newsroom's verb of news, no "that"
    ("en", "Velmora bought Quistor last year, and the Kandor Courier first reported the talks "
     "in September.", (_R, "ARTICLE", "Kandor Courier")),
    ("en", "The Kandor Courier first reported the talks between Velmora and Quistor in August.",
     (_R, "ARTICLE", "Kandor Courier")),
    ("en", "Kandor Courier had reported the talks between Velmora and Quistor in December.",
     (_R, "ARTICLE", "Kandor Courier")),
    ("en", "Kandorpost first reported the negotiations between Velmora and Quistor in August.",
     (_R, "ARTICLE", "Kandorpost")),
    ("en", "Velmora held talks with Quistor, and Kandorpost broke the news last month.",
     (_R, "ARTICLE", "Kandorpost")),
    ("fr", "Kandorpost avait révélé les négociations entre Velmora et Quistor en août.",
     (_R, "ARTICLE", "Kandorpost")),
    ("fr", "Velmora a racheté Quistor, et Kandorpost avait révélé les discussions en mai.",
     (_R, "ARTICLE", "Kandorpost")),
    # family 2: a report set off by commas before "but / and"
    ("en", "Velmora had held talks with Quistor about a merger last year, Kandorcrunch "
     "reported, but the talks ended without an agreement.", (_R, "ARTICLE", "Kandorcrunch")),
    ("fr", "Velmora a discuté avec Quistor d'une fusion l'an dernier, a rapporté Kandorcrunch, "
     "mais les discussions ont échoué.", (_R, "ARTICLE", "Kandorcrunch")),
    # family 3: a country's possessive before a regulator's description
    ("en", "Velmora supplies Zentrix, according to a filing with Portugal's securities regulator "
     "KSMV.", (_R, "ARTICLE", "KSMV")),
    ("en", "Velmora supplies Zentrix, according to a filing with South Korea's financial "
     "regulator KFSX.", (_R, "ARTICLE", "KFSX")),
    # family 4: the body's head in a possessive before its document
    ("en", "Velmora's takeover of Quistor was notified to the Kandorian Competition Office on "
     "Monday, according to the authority's public deals register.",
     (_R, "ARTICLE", "Kandorian Competition Office")),
    ("en", "Velmora's takeover of Quistor was notified to the Kandorian Competition Office, "
     "according to the regulator's merger register.",
     (_R, "ARTICLE", "Kandorian Competition Office")),
    ("en", "Velmora's Quiztrax scanner was cleared by the European Medicines Agency in 2023, "
     "according to the agency's database.", (_R, "ARTICLE", "European Medicines Agency")),
    ("en", "Velmora's Quiztrax scanner was cleared by the European Medicines Agency in 2023, "
     "according to the agency's B2(x) database.",
     (_R, "ARTICLE", "European Medicines Agency")),
    ("en", "Velmora's jet was certified by the Federal Aviation Administration in 2023, "
     "according to the agency's online database.",
     (_R, "ARTICLE", "Federal Aviation Administration")),
    # family 5: words between the cue and the source
    ("fr", "L'opération a été autorisée, comme l'indique une décision mise en ligne lundi par "
     "l'Autorité de la concurrence.", (_R, "ARTICLE", "Autorité de la concurrence")),
    ("fr", "Le rachat de Quistor par Velmora a été autorisé, selon une décision mise en ligne "
     "par l'Autorité de la concurrence.", (_R, "ARTICLE", "Autorité de la concurrence")),
    ("en", "Velmora held talks to buy Zentrix in 2023, according to a report at the time in "
     "the Kandor Herald.", (_R, "ARTICLE", "Kandor Herald")),
    ("en", "Velmora held talks to buy Zentrix in 2023, according to a report at the time by "
     "Kandorpost.", (_R, "ARTICLE", "Kandorpost")),
    ("en", "Passenger numbers at Velmora rose 14% last year, according to data compiled by "
     "aviation analytics firm Quistor.", (_R, "ARTICLE", "Quistor")),
    ("en", "Velmora's output rose 14% last year, according to data compiled by energy "
     "analytics firm Quistor.", (_R, "ARTICLE", "Quistor")),
    ("fr", "Selon une étude de Kandoxa, le marché français des protections de Velmora a "
     "progressé de 6 % par an.", (_R, "ARTICLE", "Kandoxa")),
    ("fr", "D'après une étude de Kandoxa, Velmora domine le marché face à Quistor.",
     (_R, "ARTICLE", "Kandoxa")),
    # family 6: listed outlets, gazettes and bodies
    ("en", "Velmora's takeover of Quistor was cleared on Monday, and Die Welt first reported the "
     "talks in August.", (_R, "ARTICLE", "Die Welt")),
    ("en", "Velmora bought Quistor for $90 million, according to the Irish Times.",
     (_R, "ARTICLE", "The Irish Times")),
    ("fr", "Velmora paierait entre 120 et 150 millions d'euros pour Quistor, selon le quotidien "
     "flamand De Tijd.", (_R, "ARTICLE", "De Tijd")),
    ("fr", "Velmora a réservé ses sillons auprès de Quistor, selon l'Autorité de régulation des "
     "transports.", (_R, "ARTICLE", "Autorité de régulation des transports")),
    ("fr", "Selon un rapport de la Cour des comptes publié en octobre, l'Etat a versé 2 "
     "milliards d'euros à Velmora.", (_R, "ARTICLE", "Cour des comptes")),
    ("fr", "Velmora a été désigné concessionnaire, selon un arrêté publié lundi au Journal "
     "officiel.", (_R, "ARTICLE", "Journal officiel")),
    ("en", "Quistor's bonds will be listed in Amsterdam next year, the Netherlands Authority "
     "for the Financial Markets said on Tuesday.",
     (_R, "ARTICLE", "AFM")),
    ("en", "Velmora's takeover of Quistor was notified to the Federal Cartel Office, according "
     "to the authority's public deals register.", (_R, "ARTICLE", "Bundeskartellamt")),
    ("en", "Velmora sold its stake in Quistor to Zentrix, Crain's Chicago Business reported.",
     (_R, "ARTICLE", "Crain's Chicago Business")),
]

ABSENT = [
    # family 1: a company's own deal or results, a name used again
    ("en", "Zentrix first reported the deal with Velmora in March.", (_R, "ARTICLE", "Zentrix")),
    ("en", "Zentrix reported the talks with Velmora to the regulator.",
     (_R, "ARTICLE", "Zentrix")),
    ("en", "Zentrix had reported sales of $4 million before Velmora bought it.",
     (_R, "ARTICLE", "Zentrix")),
    ("en", "Zentrix had reported the talks to Velmora, and Zentrix later sold the unit.",
     (_R, "ARTICLE", "Zentrix")),
    ("fr", "Zentrix avait révélé son chiffre d'affaires avant le rachat par Velmora.",
     (_R, "ARTICLE", "Zentrix")),
    # family 2: a company's results before the comma
    ("en", "Sales rose 4% at Zentrix, Velmora reported, and Quistor lost money.",
     (_R, "ARTICLE", "Velmora")),
    ("en", "Velmora's sales rose 4% last year, Velmora reported, but margins at Quistor fell.",
     (_R, "ARTICLE", "Velmora")),
    # family 3: a company after a country's possessive
    ("en", "Velmora sold its stake to Spain's Quistor, according to a filing with the "
     "regulator.", (_R, "ARTICLE", "Quistor")),
    ("en", "Velmora signed a supply contract with Spain's Quistor Bank last year.",
     (_R, "ARTICLE", "Quistor Bank")),
    # family 4: a company's own report, an agency that is a party, a decision not cited
    ("en", "Velmora bought Quistor, according to the company's annual report.",
     (_R, "ARTICLE", "Velmora")),
    ("en", "Velmora bought Quistor from Zentrix Agency, according to the agency's website.",
     (_R, "ARTICLE", "Zentrix Agency")),
    ("en", "Velmora's takeover of Quistor was cleared by the Kandorian Competition Office, and "
     "the authority's decision was welcomed by Zentrix.",
     (_R, "ARTICLE", "Kandorian Competition Office")),
    ("en", "The Kandorian Competition Office and the Zelmar Trade Commission cleared the deal, "
     "according to the authority's database.", (_R, "ARTICLE", "Zelmar Trade Commission")),
    # family 5: a company's own video or statement, a firm hired or bought, a study ordered
    ("fr", "Une vidéo mise en ligne lundi par Velmora montre l'usine de Quistor.",
     (_R, "ARTICLE", "Velmora")),
    ("fr", "Un communiqué mis en ligne lundi par Velmora annonce le rachat de Quistor.",
     (_R, "ARTICLE", "Velmora")),
    ("en", "Velmora hired aviation analytics firm Quistor last year.",
     (_R, "ARTICLE", "Quistor")),
    ("en", "Velmora bought aviation analytics firm Quistor last year.",
     (_R, "ARTICLE", "Quistor")),
    ("fr", "Velmora a commandé une étude de marché à Quistor.", (_R, "ARTICLE", "Quistor")),
    # family 6: a listed outlet bought, a body deciding
    ("en", "Velmora agreed to buy Die Welt from Quistor for $200 million.",
     (_R, "ARTICLE", "Die Welt")),
    ("fr", "Velmora a racheté le quotidien De Tijd à Quistor.", (_R, "ARTICLE", "De Tijd")),
    ("en", "The Federal Cartel Office cleared Velmora's takeover of Quistor on Monday.",
     (_R, "ARTICLE", "Bundeskartellamt")),
    ("fr", "La Cour des comptes a critiqué les aides versées à Velmora.",
     (_R, "ARTICLE", "Cour des comptes")),
]

test_found, test_absent = found_and_absent(FOUND, ABSENT)
