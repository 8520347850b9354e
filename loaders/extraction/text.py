"""Text normalisation shared by the extraction modules (folding for matching, never for output)."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from cleanco.clean import prepare_default_terms

_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "`": "'", "\u00b4": "'"})
_NON_WORD = re.compile(r"[\W_]+")

CORPORATE_SUFFIXES = frozenset({
    "inc", "incorporated", "corp", "corporation", "co", "company", "ltd", "limited", "llc",
    "plc", "sa", "se", "ag", "nv", "bv", "gmbh", "spa", "sas", "ab", "oyj", "asa", "kk",
    "group", "groupe", "holding", "holdings", "lp", "pbc", "sarl", "srl",
})

_NOT_LEGAL_FORMS = frozenset({"uk", "eu", "us", "at", "as", "et", "ok", "ca", "pt", "pc", "etat",
                              "private", "unlimited", "ent", "ec", "ee", "ep", "sd", "ss", "ps",
                              "ud", "ba", "da", "ad", "bl", "mb", "cv", "sf", "sp", "sc"})


_JOINT_STOCK_FORMS = frozenset({"jsc", "pjsc", "ojsc", "cjsc"})
"""Joint-stock companies' initials (Vietnam, Russia, Kazakhstan: "Quellan Spices JSC"), which
cleanco's one-word list lacks (session 23)."""


def _legal_forms() -> frozenset[str]:
    """One-word legal forms from the maintained `cleanco` term list (GmbH, KGaA, Oyj, SAS,
    S.p.A. as "spa"...), less the ones that are also ordinary capitalised words here."""
    terms = {t[0] for _, t in prepare_default_terms() if len(t) == 1}
    return frozenset(t for t in terms if t.replace("/", "").isalpha()
                     and t not in _NOT_LEGAL_FORMS) | CORPORATE_SUFFIXES | _JOINT_STOCK_FORMS


LEGAL_SUFFIXES = _legal_forms()
"""Legal-form words that end a company name (cleanco's list plus CORPORATE_SUFFIXES); used to
find and type names. Matching keys keep to CORPORATE_SUFFIXES, which mirrors the scorer."""

ORG_NAME_ENDINGS = frozenset({
    "group", "company", "partners", "capital", "holdings", "fund", "bank", "ventures",
    "investments", "corporation", "lab", "labs", "systems", "technologies", "energy", "industries",
    "management", "advisors", "advisers", "securities", "international", "associates", "conseil",
    "research", "investment", "authority", "trust", "foundation", "fonds", "partenaires",
})
"""Head words that end an organisation's name without being a legal form ("Magnetar Capital",
"Fidelity Management & Research"): such a name is never shaped like a person's."""


@lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """Lowercase, accent-free form of a token or phrase with apostrophes unified.

    >>> fold("Société’s")
    "societe's"
    """
    decomposed = unicodedata.normalize("NFKD", text.translate(_APOSTROPHES))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()


def name_key(name: str) -> str:
    """Matching key of an entity name: folded, punctuation dropped, "the" and suffixes removed.

    Mirrors the evaluation scorer's normalisation, so two names with the same key are the
    same entity for scoring.

    >>> name_key("The Taiwan Semiconductor Manufacturing Co., Ltd.")
    'taiwan semiconductor manufacturing'
    """
    s = fold(name).replace("&", " and ")
    s = re.sub(r"[.']", "", s)
    toks = _NON_WORD.sub(" ", s).split()
    while len(toks) > 1 and toks[0] == "the":
        toks.pop(0)
    while len(toks) > 1 and toks[-1] in CORPORATE_SUFFIXES:
        toks.pop()
    return " ".join(toks)


def strip_suffix(name: str) -> str:
    """The name without trailing corporate suffixes ("Core Scientific, Inc." -> "Core Scientific").

    >>> strip_suffix("Nvidia Corp.")
    'Nvidia'
    """
    words = name.strip().split()
    while len(words) > 1 and fold(words[-1]).strip(",").replace(".", "") in CORPORATE_SUFFIXES:
        words.pop()
    return " ".join(words).rstrip(" ,")
