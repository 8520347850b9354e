"""Session 25, partners26 (PARTNERS_WITH: partners whose names were cut, facilities shared,
alliances named before the verb that signed them): a capitalised title word ("Technology",
"Financial") ends or goes on with a name when no role word follows it ("the Institute of
Chemical Technology in Mumbai", not "Chief Technology Officer"); French research and training
bodies named in lower case after their head ("le Centre technique du papier", "l'École
nationale supérieure d'arts et métiers", "le Parc naturel régional des Volcans d'Auvergne",
"le Musée des Arts décoratifs") when a clause boundary follows; a field named by a title word
inside an institute's name ("Institute for Manufacturing Technology and Advanced Materials");
the number of a city's university ("l'Université Claude-Bernard Lyon 1"); "outre-Rhin" names
no company; a facility or its costs shared with a partner ("shares collection routes with Y",
"partage un laboratoire commun avec Y"); a French co-branding agreement ("accord de
co-marquage avec Y"); an alliance named before the verb that signed it with the partner
("under an alliance X signed in 2022 with Y").
Invented names only; the near misses stay out."""

from __future__ import annotations

from tests.test_extraction_families import found_and_absent

_EN = "Quarvel makes ropes in Plymouth. Quarvel sells to ports in Europe.\n\n"
_FR = "Quarvel fabrique des colles à Annecy. Quarvel exporte au Canada.\n\n"


def _pw(a: str, b: str) -> tuple[str, str, str]:
    return ("PARTNERS_WITH", a, b)


FOUND = [
    # a title word that ends a name
    ("en", _EN + "Quarvel is also working with the Brellvik Institute of Chemical Technology "
     "on recycled fibres.", _pw("Quarvel", "Brellvik Institute of Chemical Technology")),
    ("en", _EN + "Quarvel is developing coatings together with the Institute of Chemical "
     "Technology in Ostiran, which holds two joint patents with the company.",
     _pw("Quarvel", "Institute of Chemical Technology")),
    ("en", _EN + "Quarvel has partnered with Tavolen Financial on payments.",
     _pw("Quarvel", "Tavolen Financial")),
    # French research and training bodies in lower case after their head
    ("fr", _FR + "Quarvel s'est en outre associé au Centre technique du papier, à Grenoble, "
     "pour tester des colles sans solvant.", _pw("Quarvel", "Centre technique du papier")),
    ("fr", _FR + "Quarvel collabore avec l'École nationale supérieure d'arts et métiers sur "
     "des résines.", _pw("Quarvel", "École nationale supérieure d'arts et métiers")),
    ("fr", _FR + "Quarvel a signé une convention avec le Parc naturel régional des Volcans "
     "d'Auvergne, qui encadre les pratiques agricoles.",
     _pw("Quarvel", "Parc naturel régional des Volcans d'Auvergne")),
    ("fr", _FR + "Quarvel s'appuie sur une convention avec l'Institut des sciences de la "
     "vigne et du vin, à Bordeaux.",
     _pw("Quarvel", "Institut des sciences de la vigne et du vin")),
    ("en", _EN + "Quarvel also works with the Brellvik Institute for Manufacturing Technology "
     "and Advanced Materials on bio-based additives.",
     _pw("Quarvel", "Brellvik Institute for Manufacturing Technology and Advanced Materials")),
    ("fr", _FR + "Quarvel collabore avec le Musée des Arts décoratifs, à Paris, pour une "
     "collection de cartes.", _pw("Quarvel", "Musée des Arts décoratifs")),
    # the number of a university of a city
    ("fr", _FR + "Quarvel a signé un accord de partenariat avec l'Université Ostiran-Brellvik "
     "Lyon 1 pour développer des réactifs.",
     _pw("Quarvel", "Université Ostiran-Brellvik Lyon 1")),
    # a facility or its costs shared with a partner
    ("en", _EN + "In Ohio, Quarvel already shares collection routes with Brellvik "
     "Environmental Services, a waste hauler, under an alliance signed in 2024.",
     _pw("Quarvel", "Brellvik Environmental Services")),
    ("en", _EN + "Quarvel also shares a distribution depot in Fulda with Tavolen-Brauerei, a "
     "neighbouring brewer.", _pw("Quarvel", "Tavolen-Brauerei")),
    ("fr", _FR + "Quarvel partage depuis 2023 un laboratoire commun avec la société Morvane "
     "Chimie.", _pw("Quarvel", "Morvane Chimie")),
    # a French co-branding agreement
    ("fr", _FR + "Quarvel a conclu un accord de co-marquage avec la maison d'épices "
     "parisienne Drelgon & Saulnac, qui commercialisera un coffret.",
     _pw("Quarvel", "Drelgon & Saulnac")),
    # an alliance named before the verb that signed it
    ("en", _EN + "The ropes are laid under an alliance Quarvel signed in 2022 with Dutch marine "
     "contractor Morvane, whose vessels install the lines.", _pw("Quarvel", "Morvane")),
]

ABSENT = [
    # a title, not the end of a name
    ("en", _EN + "Ana Ruiz, Quarvel's Chief Technology Officer, said Quarvel will buy "
     "Ostiran.", ("EXECUTIVE_OF", "Ana Ruiz", "Quarvel Chief Technology")),
    # "outre-Rhin" is a place, no partner
    ("fr", _FR + "Quarvel réalise un tiers de ses ventes outre-Rhin grâce à un partenariat "
     "noué avec la chaîne Ostiran.", _pw("Rhin", "Ostiran")),
    # a head followed by a verb keeps no lower-case complement
    ("fr", _FR + "Quarvel travaille avec le Centre technique du papier teste des colles.",
     _pw("Quarvel", "Centre technique du papier teste des colles")),
    # a number after a name that is no university's
    ("fr", _FR + "Quarvel a signé un partenariat avec Morvane Chimie 2 ans après son rachat.",
     _pw("Quarvel", "Morvane Chimie 2")),
    # things shared that are no facility
    ("en", _EN + "Quarvel shared its data with Ostiran Labs.", _pw("Quarvel", "Ostiran Labs")),
    ("en", _EN + "Quarvel shares its views on pricing with Ostiran Labs.",
     _pw("Quarvel", "Ostiran Labs")),
    ("fr", _FR + "Quarvel partage ses données avec la société Morvane Chimie.",
     _pw("Quarvel", "Morvane Chimie")),
    # a supply contract signed is no alliance
    ("en", _EN + "Quarvel signed a supply contract with Ostiran Marine.",
     _pw("Quarvel", "Ostiran Marine")),
    ("fr", _FR + "Quarvel a signé un contrat de fourniture avec la société Morvane Chimie.",
     _pw("Quarvel", "Morvane Chimie")),
]

test_found, test_absent = found_and_absent(FOUND, ABSENT)
