"""Issue 11, session 16: French recall on new text, in invented sentences.

Families of French clause structure and cue phrasings the fresh batches (22, 24, 26) missed
at the relation stage, grouped by grammar (English twin where it exists):
- membership of a company's management board or executive committee as a role in an
  apposition ("P, membre du directoire de Q", "P, a member of Q's management board");
- an occupation noun between a passive role verb's agent preposition and the person
  ("Fondée par l'oncologue P, Q", "founded by chemist P");
- joining a company as a role with a time adverbial between the verb and the company ("P a
  rejoint en janvier Q comme directrice générale"); a former role in the apposition before
  ("L'ancienne directrice des opérations, P, a rejoint ...") is not the role taken at Q;
- a letter of intent or a cooperation protocol signed with a partner ("a signé une lettre
  d'intention avec Y", "un protocole de coopération avec Y"; French only: the English "letter
  of intent with Y to sell" would come in with it);
- developing something together: "X met au point avec Y un capteur";
- an appointment to a post at the organisation named before it ("Le groupe a confirmé la
  nomination de P au poste de directrice financière", "X a nommé P comme R", "the
  appointment of P as CFO");
- an outlet named with its noun as the subject of its own estimate ("le quotidien régional X
  l'évalue à 60 millions d'euros", "the regional daily X puts the deal at"): REPORTED_BY;
- a shareholder after "compte à son capital" ("Y compte depuis 2021 à son capital le fonds
  X"). "Y ouvre son capital à X" was tried and left out (one unread wrong edge);
- "quant à lui / elle / eux" inside a pattern ("X entrera quant à lui à hauteur de 15 % au
  capital de Y");
- joining a company where one now runs a business ("P a rejoint X en septembre, où il dirige
  désormais l'activité blé", "P joined X, where he now runs ...").
Every company and person here is made up and in no list.
"""

from __future__ import annotations

from tests.test_extraction_families import found_and_absent

_CTX = "Le groupe Velmora rachète Quistor. "

FOUND = [
    # a seat on the management board or the executive committee
    ("fr", "Felix Brandor, membre du directoire de Quistor, a présenté le projet.",
     ("EXECUTIVE_OF", "Felix Brandor", "Quistor")),
    ("fr", "Le projet est piloté par Felix Brandor, membre du directoire de Quistor chargé "
     "des céréales, qui y voit un raccourci.", ("EXECUTIVE_OF", "Felix Brandor", "Quistor")),
    ("fr", "Selon Hélène Varnier, membre du comité exécutif de Kandor, la demande reste forte.",
     ("EXECUTIVE_OF", "Hélène Varnier", "Kandor")),
    ("fr", "Hélène Varnier, membre du comité de direction de Kandor, quittera ses fonctions.",
     ("EXECUTIVE_OF", "Hélène Varnier", "Kandor")),
    ("en", "Felix Brandor, a member of the management board of Quistor, presented the plan.",
     ("EXECUTIVE_OF", "Felix Brandor", "Quistor")),
    ("en", "Quistor management board member Felix Brandor presented the plan.",
     ("EXECUTIVE_OF", "Felix Brandor", "Quistor")),
    ("en", "Helen Varner, an executive committee member at Kandor, said demand held up.",
     ("EXECUTIVE_OF", "Helen Varner", "Kandor")),
    # an occupation noun before the agent of a passive role verb
    ("fr", "Fondée en 2014 par l'oncologue Marion Castel, qui en est toujours la directrice "
     "générale, Quistor a conduit 61 essais.", ("EXECUTIVE_OF", "Marion Castel", "Quistor")),
    ("fr", "Fondée en 2014 par l'ingénieure Marion Castel, Quistor a conduit 61 essais.",
     ("EXECUTIVE_OF", "Marion Castel", "Quistor")),
    ("fr", "Quistor, fondée par le chimiste Marc Dulac, exporte la moitié de ses enzymes.",
     ("EXECUTIVE_OF", "Marc Dulac", "Quistor")),
    ("fr", "Kandor, dirigée par le médecin Paul Ferrand, ouvre deux cliniques.",
     ("EXECUTIVE_OF", "Paul Ferrand", "Kandor")),
    ("en", "Founded in 2014 by oncologist Marion Castel, Quistor has run 61 trials.",
     ("EXECUTIVE_OF", "Marion Castel", "Quistor")),
    ("en", "Quistor, founded by chemist Marc Dulac, exports half of its enzymes.",
     ("EXECUTIVE_OF", "Marc Dulac", "Quistor")),
    # joining as a role, a time adverbial before the company
    ("fr", "Inès Marvel a rejoint en janvier Quistor Research comme directrice générale pour "
     "la France.", ("EXECUTIVE_OF", "Inès Marvel", "Quistor Research")),
    ("fr", "L'ancienne directrice des opérations, Inès Marvel, a rejoint en janvier Quistor "
     "Research comme directrice générale.", ("EXECUTIVE_OF", "Inès Marvel", "Quistor Research")),
    ("fr", "Marc Dulac rejoindra en septembre Kandor en tant que directeur financier.",
     ("EXECUTIVE_OF", "Marc Dulac", "Kandor")),
    ("fr", "Marc Dulac a rejoint le mois dernier le comité exécutif de Quistor.",
     ("EXECUTIVE_OF", "Marc Dulac", "Quistor")),
    ("en", "Ines Marvel joined Quistor Research in January as chief executive for France.",
     ("EXECUTIVE_OF", "Ines Marvel", "Quistor Research")),
    # a letter of intent, a cooperation protocol
    ("fr", "Quistor a signé une lettre d'intention avec Kandor.",
     ("PARTNERS_WITH", "Quistor", "Kandor")),
    ("fr", "Quistor a en outre signé une lettre d'intention avec l'opérateur Kandor pour bâtir "
     "un autocar électrique.", ("PARTNERS_WITH", "Quistor", "Kandor")),
    ("fr", "Quistor a signé une lettre d'intention avec la société d'économie mixte Kandor "
     "Énergies pour y bâtir une base logistique.", ("PARTNERS_WITH", "Quistor", "Kandor Énergies")),
    ("fr", "Quistor a signé un protocole de coopération avec l'école d'ingénieurs Tarvex "
     "Bretagne sur la formation des équipages.", ("PARTNERS_WITH", "Quistor", "Tarvex Bretagne")),
    # developing something together
    ("fr", "Quistor met au point avec Kandor un algorithme de réduction du bruit.",
     ("PARTNERS_WITH", "Quistor", "Kandor")),
    ("fr", "Quistor a mis au point avec l'Institut Kandor un nouveau capteur.",
     ("PARTNERS_WITH", "Quistor", "Institut Kandor")),
    ("en", "Quistor is developing a noise-reduction algorithm with Kandor.",
     ("PARTNERS_WITH", "Quistor", "Kandor")),
    # an appointment to a post
    ("fr", _CTX + "Le groupe a également confirmé la nomination de Nadia Vernoux au poste de "
     "directrice financière, en remplacement de Paul Ferrand.",
     ("EXECUTIVE_OF", "Nadia Vernoux", "Velmora")),
    ("fr", "Quistor a confirmé la nomination de Nadia Vernoux au poste de directrice financière.",
     ("EXECUTIVE_OF", "Nadia Vernoux", "Quistor")),
    ("fr", "Le groupe Quistor a annoncé la nomination de Nadia Vernoux comme directrice "
     "financière.", ("EXECUTIVE_OF", "Nadia Vernoux", "Quistor")),
    ("fr", "Quistor a nommé Nadia Vernoux au poste de directrice financière.",
     ("EXECUTIVE_OF", "Nadia Vernoux", "Quistor")),
    ("en", "Quistor announced the appointment of Nadia Vernoux as chief financial officer.",
     ("EXECUTIVE_OF", "Nadia Vernoux", "Quistor")),
]

ABSENT = [
    # a board seat that is no management role; an occupation with no role verb
    ("fr", "Felix Brandor, membre du conseil d'administration de Quistor, a voté contre.",
     ("EXECUTIVE_OF", "Felix Brandor", "Quistor")),
    ("fr", "Le vaccin de Quistor a été testé par l'oncologue Marion Castel.",
     ("EXECUTIVE_OF", "Marion Castel", "Quistor")),
    # joining with no role named
    ("fr", "Inès Marvel a rejoint en janvier Quistor Research.",
     ("EXECUTIVE_OF", "Inès Marvel", "Quistor Research")),
    # a letter of intent to sell or to buy a company is no partnership
    ("fr", "Quistor a signé une lettre d'intention avec Kandor pour lui céder son usine.",
     ("PARTNERS_WITH", "Quistor", "Kandor")),
    ("fr", "Quistor a signé une lettre d'intention avec Kandor pour racheter sa filiale.",
     ("PARTNERS_WITH", "Quistor", "Kandor")),
    # developing a product from another company's parts; a maker who speaks
    ("fr", "Quistor met au point un capteur avec les puces de Kandor.",
     ("PARTNERS_WITH", "Quistor", "Kandor")),
    ("fr", "Quistor a mis au point un vaccin, a indiqué Kandor.",
     ("PARTNERS_WITH", "Quistor", "Kandor")),
]

FOUND += [
    ("fr", "Le montant n'a pas été dévoilé, mais le quotidien régional Le Courrier Vosgien "
     "l'évalue à une soixantaine de millions d'euros.",
     ("REPORTED_BY", "ARTICLE", "Le Courrier Vosgien")),
    ("fr", "Le site spécialisé Rail Hebdo chiffre l'opération à 60 millions d'euros.",
     ("REPORTED_BY", "ARTICLE", "Rail Hebdo")),
    ("en", "The regional daily Harlow Courier puts the deal at about 60 million euros.",
     ("REPORTED_BY", "ARTICLE", "Harlow Courier")),
    ("fr", "Quistor compte à son capital le holding belge Tarvex.",
     ("INVESTS_IN", "Tarvex", "Quistor")),
    ("fr", "Quistor compte depuis 2021 à son capital le fonds Tarvex, qui détient 22 % des parts.",
     ("INVESTS_IN", "Tarvex", "Quistor")),
]

FOUND += [
    ("fr", "Le fonds régional Tarvex Capital entrera quant à lui à hauteur de 15 % au capital "
     "de Quistor.", ("INVESTS_IN", "Tarvex Capital", "Quistor")),
    ("fr", "Les deux banques Tarvex et Kandor entreront quant à elles au capital de Quistor.",
     ("INVESTS_IN", "Kandor", "Quistor")),
    ("fr", "Ancien directeur de la recherche de Velmora, Marc Vidor a rejoint Quistor en "
     "septembre, où il dirige désormais l'activité blé.",
     ("EXECUTIVE_OF", "Marc Vidor", "Quistor")),
    ("fr", "Inès Marvel a rejoint Kandor, où elle pilote les ventes.",
     ("EXECUTIVE_OF", "Inès Marvel", "Kandor")),
    ("en", "Mark Vidor joined Quistor in September, where he now runs the wheat business.",
     ("EXECUTIVE_OF", "Mark Vidor", "Quistor")),
]

ABSENT += [
    # joining where one did something else
    ("fr", "Marc Vidor a rejoint Quistor en septembre, où il a vendu des semences.",
     ("EXECUTIVE_OF", "Marc Vidor", "Quistor")),
    ("en", "Mark Vidor joined Quistor in September, where he sold seeds.",
     ("EXECUTIVE_OF", "Mark Vidor", "Quistor")),
    # an estimate by a firm, or with no outlet noun; a shareholder no longer there
    ("fr", "Le cabinet Tarvex évalue l'opération à 60 millions d'euros.",
     ("REPORTED_BY", "ARTICLE", "Tarvex")),
    ("en", "The consultancy Tarvex values the deal at 60 million euros.",
     ("REPORTED_BY", "ARTICLE", "Tarvex")),
    ("fr", "Quistor ne compte plus à son capital le fonds Tarvex.",
     ("INVESTS_IN", "Tarvex", "Quistor")),
]

# an appointment to another body's post, or to a post outside a company
ABSENT += [
    ("fr", "Quistor a salué la nomination de Nadia Vernoux au poste de directrice financière "
     "de Kandor.", ("EXECUTIVE_OF", "Nadia Vernoux", "Quistor")),
    ("fr", "Quistor a salué la nomination de Nadia Vernoux à la tête du ministère.",
     ("EXECUTIVE_OF", "Nadia Vernoux", "Quistor")),
    ("fr", _CTX + "Le groupe a confirmé la nomination de Nadia Vernoux au poste de directrice "
     "financière, en remplacement de Paul Ferrand.", ("EXECUTIVE_OF", "Paul Ferrand", "Velmora")),
    ("en", "Quistor welcomed the appointment of Nadia Vernoux as finance minister.",
     ("EXECUTIVE_OF", "Nadia Vernoux", "Quistor")),
]

test_found, test_absent = found_and_absent(FOUND, ABSENT)
