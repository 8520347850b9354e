"""Session 17, second sources pass: registries and state bodies as sources, and a legal form
after a known name. Invented sentences (companies and bodies in no list, except known names
where the family is about a known name), both languages.

Family 1: a state body's name opened by a field's title word ("Financial", "Technology",
"Operating") and ending in a body's head or "Service" is one name ("the Financial Supervisory
Service", not "Supervisory Service"); a person's title stays a title ("Chief Financial Officer
Anna Velmor").

Family 2: a country's possessive between a document's preposition and a body's name ("a
filing with Kandoria's Federal Cartel Office", "South Korea's ..."): the body is the source. A
company after the possessive is none ("a filing with Japan's Quistor Bank", "a supply
agreement with Germany's Quistor").

Family 3: a register no name gives after a document's noun and "in / with / at": a nationality
and one or two lower-case modifiers before "register / registry" ("filings in the German
company register", "accounts filed in the national trade registry on Monday"); not "the
register" alone, not a register followed by a verb or a conjunction.

Family 4: a known name followed by a legal form that matching keys keep (cleanco's list less
the scorer's suffixes: "KGaA", "Oyj" is not kept) names a company of its own, with the form
("Siemens KGaA"), not the listed one; a form the keys drop leaves the listed name ("Siemens AG").
French: the registers that already worked stay ("selon le registre du commerce", "au greffe
du tribunal de commerce de X").
"""

from __future__ import annotations

from tests.test_extraction_families import found_and_absent

_R = "REPORTED_BY"

FOUND = [
    # family 1 and 2: a body opened by a field's title word, after a country's possessive
    ("en", "In a filing with Finland's Financial Supervisory Service, Velmora said it would "
     "invest in Quistor.", (_R, "ARTICLE", "Financial Supervisory Service")),
    ("en", "In a filing with Finland's Financial Supervisory Service, Velmora said it would "
     "invest in Quistor.", ("INVESTS_IN", "Velmora", "Quistor")),
    ("en", "Velmora will invest in Quistor, according to a filing with South Korea's Financial "
     "Supervisory Service.", (_R, "ARTICLE", "Financial Supervisory Service")),
    ("en", "In a filing with the Financial Supervisory Service, Velmora said it would invest in "
     "Quistor.", (_R, "ARTICLE", "Financial Supervisory Service")),
    ("en", "Velmora will invest in Quistor, according to a filing with Germany's Kandor Agency.",
     (_R, "ARTICLE", "Kandor Agency")),
    ("en", "Velmora will invest in Quistor, according to a filing with Britain's Kandor "
     "Competition Office.", (_R, "ARTICLE", "Kandor Competition Office")),
    ("en", "Chief Financial Officer Anna Velmor left Quistor.",
     ("EXECUTIVE_OF", "Anna Velmor", "Quistor")),
    # family 3: an unnamed register
    ("en", "Velmora and Quistor are among Kandor's biggest customers, according to filings in "
     "the German company register.", (_R, "ARTICLE", "German company register")),
    ("en", "Velmora bought Quistor in 2020, according to accounts filed in the national trade "
     "registry on Monday.", (_R, "ARTICLE", "national trade registry")),
    ("en", "Velmora bought Quistor in 2020, according to accounts filed in the national trade "
     "registry on Monday.", ("ACQUIRES", "Velmora", "Quistor")),
    ("fr", "Velmora a racheté Quistor, selon le registre du commerce.",
     (_R, "ARTICLE", "registre du commerce")),
    ("fr", "Velmora a pris 20 % de Quistor, selon un document déposé au greffe du tribunal de "
     "commerce de Lyon.", (_R, "ARTICLE", "greffe du tribunal de commerce de Lyon")),
    # family 4: a known name and a legal form the keys keep
    ("en", "Siemens KGaA has agreed to buy Quistor.", ("ACQUIRES", "Siemens KGaA", "Quistor")),
    ("en", "Quistor's healthcare unit is led by Danny Velmor, said Siemens KGaA.",
     ("EXECUTIVE_OF", "Danny Velmor", "Quistor")),
    ("fr", "Siemens KGaA va racheter Quistor.", ("ACQUIRES", "Siemens KGaA", "Quistor")),
    ("en", "Velmora will supply Siemens AG with turbines.", ("SUPPLIES", "Velmora", "Siemens")),
    ("en", "Siemens has agreed to buy Quistor.", ("ACQUIRES", "Siemens", "Quistor")),
]

ABSENT = [
    # a company after a country's possessive is no source
    ("en", "Velmora will invest in Quistor, according to a filing with Japan's Quistor Bank.",
     (_R, "ARTICLE", "Quistor Bank")),
    ("en", "Velmora signed a supply agreement with Germany's Quistor last year.",
     (_R, "ARTICLE", "Quistor")),
    ("en", "Velmora sent a letter to France's Quistor, offering to buy its stake.",
     (_R, "ARTICLE", "Quistor")),
    # the body is not cut, nor taken as a party
    ("en", "In a filing with Finland's Financial Supervisory Service, Velmora said it would "
     "invest in Quistor.", ("INVESTS_IN", "Supervisory Service", "Quistor")),
    ("en", "In a filing with Finland's Financial Supervisory Service, Velmora said it would "
     "invest in Quistor.", (_R, "ARTICLE", "Supervisory Service")),
    # registers that are no source
    ("en", "Velmora bought Quistor, according to filings in the register.",
     (_R, "ARTICLE", "register")),
    ("en", "Velmora filed its accounts in the company register and bought Quistor.",
     (_R, "ARTICLE", "company register")),
    ("en", "Velmora will enter the company register next year.",
     (_R, "ARTICLE", "company register")),
    # a known name with a legal form of its own is not the listed company
    ("en", "Siemens KGaA has agreed to buy Quistor.", ("ACQUIRES", "Siemens", "Quistor")),
]

test_found, test_absent = found_and_absent(FOUND, ABSENT)
