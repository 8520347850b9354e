"""Persons found from context, not from first-name lists (session 19, pass "people").

Invented sentences and names: a hyphenated given name whose second syllable is lower case
("Ji-ho Varn", "Varn Jae-won"), a surname alone after an honorific ("Mr Varnhout",
"M. Varnhout", "Mme Quarnier"), "hired / nommé P as / comme <role>" (the post says P is a
person, no contractor), a capitalised particle or "al-" inside a name said to be a person
("Gwenaëlle Le Brannec, directrice", "Khalid bin Rashid al-Quorani"), "run by / dirigée par P",
an honorific between a role's apposition and its person ("clinical director, Dr P,"). A
family name alone later in the article stays the company's when a company is named by it.
Near misses stay out: a firm hired as a contractor still supplies, a
one-letter prefix ("E-commerce") is no given name."""

from __future__ import annotations

from tests.test_extraction_families import found_and_absent

FOUND = [
    ("en", "Ji-ho Varn, chief executive of Velmora, said the plant would open next year.",
     ("EXECUTIVE_OF", "Ji-ho Varn", "Velmora")),
    ("fr", "Ji-ho Varn, directeur général de Velmora, a annoncé l'ouverture d'une usine.",
     ("EXECUTIVE_OF", "Ji-ho Varn", "Velmora")),
    ("en", "Velmora chief executive Varn Jae-won said the plant would open.",
     ("EXECUTIVE_OF", "Varn Jae-won", "Velmora")),
    ("en", "Velmora said Mr Varnhout, its chief executive, would retire in June.",
     ("EXECUTIVE_OF", "Varnhout", "Velmora")),
    ("en", "Mr Varnhout, chief executive of Velmora, said sales rose.",
     ("EXECUTIVE_OF", "Varnhout", "Velmora")),
    ("fr", "M. Varnhout, président de Velmora, a confirmé la vente.",
     ("EXECUTIVE_OF", "Varnhout", "Velmora")),
    ("fr", "Mme Quarnier, directrice générale de Velmora, a confirmé la vente.",
     ("EXECUTIVE_OF", "Quarnier", "Velmora")),
    ("fr", "« Nous restons », explique Gwenaëlle Le Brannec, directrice générale de Velmora.",
     ("EXECUTIVE_OF", "Gwenaëlle Le Brannec", "Velmora")),
    ("en", "Anouk De Varsel, chief executive of Velmora, said sales rose.",
     ("EXECUTIVE_OF", "Anouk De Varsel", "Velmora")),
    ("en", "Khalid bin Rashid al-Quorani, chairman of Velmora, said the deal was done.",
     ("EXECUTIVE_OF", "Khalid bin Rashid al-Quorani", "Velmora")),
    ("en", "Quistor, which is run by Oduya Tralenko, bought Velmora in 2023.",
     ("EXECUTIVE_OF", "Oduya Tralenko", "Quistor")),
    ("en", "Quistor's clinical director, Dr Ilse Varnhout, said the pump trials went well.",
     ("EXECUTIVE_OF", "Ilse Varnhout", "Quistor")),
    ("en", "Velmora said its finance director, Mr Torsk Halvani, would retire.",
     ("EXECUTIVE_OF", "Torsk Halvani", "Velmora")),
    ("en", "Velmora has hired Brenlac Engineering as contractor for the new plant.",
     ("SUPPLIES", "Brenlac Engineering", "Velmora")),
]

ABSENT = [
    ("en", "Velmora hired Oduya Mbeki as chief executive after it fired Torsk Halvani.",
     ("SUPPLIES", "Oduya Mbeki", "Velmora")),
    ("en", "Velmora appointed Tsegaye Alemu as chief financial officer last week.",
     ("SUPPLIES", "Tsegaye Alemu", "Velmora")),
    ("fr", "Velmora a recruté Oduya Mbeki comme directeur financier.",
     ("SUPPLIES", "Oduya Mbeki", "Velmora")),
    ("en", "Dr Varnhout said Velmora would supply Quistor.",
     ("SUPPLIES", "Varnhout", "Quistor")),
    ("fr", "Velmora Le Mans a signé un contrat avec Quistor.",
     ("SUPPLIES", "Velmora Le Mans", "Quistor")),
    ("en", "The fund, run by Kandor Capital, bought Velmora.",
     ("EXECUTIVE_OF", "Kandor Capital", "Velmora")),
    ("en", "Quistor bought Tralenko Kessel & Co from Velmora. Oduya Tralenko, its founder, "
           "will stay. Tralenko supplies Brenlac.",
     ("SUPPLIES", "Oduya Tralenko", "Brenlac")),
    ("en", "E-commerce group Velmora said Quistor would supply it.",
     ("SUPPLIES", "E-commerce", "Velmora")),
]

test_found, test_absent = found_and_absent(FOUND, ABSENT)
