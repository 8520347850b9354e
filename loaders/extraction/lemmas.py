"""Inflected forms of the cue words, from simplemma's form -> lemma dictionaries.

The lexicons and frames list cue words by hand ("investit", "investira", "rachetée"); any
tense, person, gender or number nobody listed was missed. At load time each listed word is
expanded to the other forms of its lemma, read from simplemma's dictionary (inverted once per
process). Only words whose lemma is attested by two different listed forms of the same list
are expanded ("investit" and "investira" both give "investir": the author meant the verb), so
a lone noun ("part") does not open the paradigm of a verb it folds into, and a form whose
lemma in simplemma is another word ("mesure" for the noun) is never added to a verb's list.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache

from simplemma.strategies import DEFAULT_DICTIONARY_FACTORY

from loaders.extraction.text import fold

Paradigms = tuple[dict[str, frozenset[str]], dict[str, frozenset[str]]]

_MIN_EVIDENCE = 2
"""Listed forms of one lemma needed before its other forms are added."""


_AUXILIARIES = frozenset({
    "has", "have", "had", "will", "would", "could", "can", "may", "might", "should", "to", "is",
    "are", "was", "were", "be", "been", "a", "ont", "avait", "avaient", "aura", "auront", "est",
    "sont", "etait", "etaient", "sera", "seront", "va", "vont", "de", "d'"})
"""Words after which a listed form is kept as it is: the auxiliary or preposition fixes it
("has chosen", "a cédé", "à investir")."""

_ACCENTS = str.maketrans("àâäáãåéèêëíìîïóòôöõúùûüçñýÿ’", "aaaaaaeeeeiiiiooooouuuucnyy'")


def _fold(form: str) -> str:
    return form if form.isascii() else fold(form.translate(_ACCENTS))


@cache
def paradigms(language: str) -> Paradigms:
    """(folded form -> folded lemmas, folded lemma -> folded forms) for 'fr' or 'en'.

    A form folds with its accents dropped ("cédé", "cède" -> "cede"), so one folded form may
    have several lemmas. The lemma itself counts as one of its forms. Capitalised entries
    (names) are left out.
    """
    table = DEFAULT_DICTIONARY_FACTORY.get_dictionary(language)
    by_lemma: dict[str, list[str]] = {}
    for form, lemma in table.items():
        if form.islower() and lemma.islower():
            by_lemma.setdefault(lemma, []).append(form)
    lemmas: dict[str, set[str]] = {}
    forms: dict[str, frozenset[str]] = {}
    for lemma, fs in by_lemma.items():
        lem = _fold(lemma)
        folded = frozenset(_fold(f) for f in fs) | {lem}
        forms[lem] = forms.get(lem, frozenset()) | folded
        for f in folded:
            lemmas.setdefault(f, set()).add(lem)
    return {k: frozenset(v) for k, v in lemmas.items()}, forms


def lemmas_of(word: str, language: str) -> frozenset[str]:
    """Folded lemmas a folded word may be a form of (empty when simplemma does not know it)."""
    return paradigms(language)[0].get(word, frozenset())


def expand_words(words: Iterable[str], language: str,
                 skip: frozenset[str] = frozenset()) -> frozenset[str]:
    """The folded words plus every form of each lemma two or more of them share."""
    return frozenset(w for p in expand_phrases([(w,) for w in words], language, skip)
                     for w in p)


def expand_phrases(items: Iterable[tuple[str, ...]], language: str,
                   skip: frozenset[str] = frozenset()) -> set[tuple[str, ...]]:
    """Phrases plus their variants with one word replaced by another form of its lemma.

    The evidence is pooled over the whole list: a lemma is expanded when two different words
    of the list's phrases are forms of it ("investit", "investira dans"). Words of `skip`
    (function words) and words of three letters or less are left as they are.
    """
    phrases = [p for p in items if p]
    out = set(phrases)
    support: dict[str, set[str]] = {}
    for p in phrases:
        for w in p:
            if len(w) > 3 and w not in skip and not w.endswith("*"):
                for lem in lemmas_of(w, language):
                    support.setdefault(lem, set()).add(w)
    forms = paradigms(language)[1]
    wide = {lem for lem, seen in support.items() if len(seen) >= _MIN_EVIDENCE}
    if not wide:
        return out
    for p in phrases:
        for k, w in enumerate(p):
            if len(w) <= 3 or w in skip or (k and p[k - 1] in _AUXILIARIES):
                continue
            for lem in lemmas_of(w, language) & wide:
                for f in forms[lem]:
                    if len(f) > 3:
                        out.add(p[:k] + (f,) + p[k + 1:])
    return out
