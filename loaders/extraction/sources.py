"""REPORTED_BY: the outlets and documents an article cites as its sources.

A publisher is cited when a source cue precedes it ("selon", "according to", "a déclaré à",
"in a post on") or a reporting verb follows it ("Bloomberg avait rapporté", "The Information
had reported"), or it is the agent of one ("dévoilée dimanche par Reuters"). Documents
(filings, notices, registers) and the bodies behind them are found by documents.py. The
article's own publisher and company statements are not sources.

An outlet no list names is recognised from its slot and its form: after a cue that only an
outlet fills ("in an interview with X", "au micro de X"), as the subject of a closing report
(", X reported [, citing people familiar with the matter]."), as the name that cites sources
("X, citing people familiar with the matter, said"), or after an inverted speech verb when its
name has a title's form (", a indiqué Le Progrès", ", a révélé L'Informé"). An outlet whose
name holds a possessive ("Harlan's Ledger") is one name in a source slot. Names found this way
are no party of the sentence's relations (`SourceMatch.covered`).

Words come from `Lexicon` (the language's cue lists) and `Lexicon.sources`
(loaders/data/source_words.json).
"""

from __future__ import annotations

import re
from functools import lru_cache

from loaders.extraction.documents import (
    PUNCT,
    SOURCE_TYPES,
    SourceMatch,
    body_name,
    cue_ending_at,
    document_bodies,
    document_cue,
    joined_cues,
    own_documents,
    possessed_document,
    public_body,
    publisher_named,
    referred_body,
    regulator_follows,
    skip_back,
    surface,
)
from loaders.extraction.insertions import insertion_end
from loaders.extraction.lexicon import Lexicon, load_lexicon, match_at, match_ending_at
from loaders.extraction.resolution import Registry
from loaders.extraction.text import LEGAL_SUFFIXES, ORG_NAME_ENDINGS, fold, name_key
from loaders.extraction.units import SUBJECT_RELATIVES, THAT_RELATIVES, SentenceView
from ontology.records import EntityType

REPORTED_ON = 3
"""Mentions from which a name no list knows is a company the article reports on, never an
outlet it cites (session 24, partners25): "le contrat ... confié à X", "directrice commerciale
de X, citant l'exemple de ..." read X as an outlet and took every relation of the article's
company with it (about 40 misses on read material, in ten articles)."""


def find_sources(
    view: SentenceView, lex: Lexicon, registry: Registry, own_publisher: str | None
) -> list[SourceMatch]:
    """Outlets and documents cited as sources in one sentence."""
    words = view.words
    units = view.units
    own = _own_keys(own_publisher, lex.language) if own_publisher else frozenset()
    out = _composite_sources(view, lex, registry)
    claimed = {e for src in out for e in (src.target, *src.covered)}
    for k, u in enumerate(units):
        if not u.is_mention or any(m.entity in claimed for m in u.mentions):
            continue
        for m in u.mentions:
            if not m.entity or m.kind != "name":
                continue
            rec = registry.records.get(m.entity)
            if rec is None or (own and _is_own(registry, m.entity, own, lex)) \
                    or _credit_line(words, k):
                continue
            lower_body = lex.language == "fr" and public_body(m.text, lex)
            cue = document_cue(words, k, lex, rec.type in SOURCE_TYPES
                               or body_name(m.text, lex) or lower_body) \
                if rec.type != EntityType.PERSON else None
            if cue is not None and u.possessive and regulator_follows(words, k, lex) is not None:
                cue = None  # "a notice filed with Kandoria's antitrust regulator": the
                # possessor is no source, the regulator (named after a comma) is
            if cue is None and rec.type in SOURCE_TYPES:
                cue = _outlet_cue(words, k, lex, (m.outlet or rec.type == EntityType.PUBLISHER
                                                  and rec.known is not None)
                                  and not _company_ending(m.text, lex))  # a listed outlet is
                # titled: "sources citées par L'Usine Nouvelle" (session 17)
            if cue is None and rec.type == EntityType.PUBLISHER and rec.known is not None:
                # ", a indiqué Les Echos."; a listed outlet is one in every slot of a name
                # used once: "according to data gathered by Reuters" (session 18)
                cue = _unknown_outlet_cue(view, k, lex, True, True)
            if cue is None and rec.type == EntityType.PUBLISHER and rec.known is not None:
                cue = _gazette_cue(view, k, lex, rec.name)  # "un avis paru au Bodacc"
            if cue is None and rec.type != EntityType.PERSON and rec.known is None:
                cue = _gazette_cue(view, k, lex, rec.name)  # "un avis d'attribution publié au
                # Bulletin officiel des annonces des marchés publics" (session 25)
            if cue is None and rec.type in SOURCE_TYPES:
                cue = _register_lists(words, k)  # "the X Authority register lists Y"
            if cue is None and rec.type == EntityType.COMPANY \
                    and _after_descriptor(words, k, lex):
                cue = _outlet_cue(words, k, lex)  # "the news agency APA reported": the noun
                if cue is not None:  # types the name, whatever company shares it
                    registry.set_type(m.entity, EntityType.PUBLISHER)
            if cue is None and rec.type in (EntityType.COMPANY, EntityType.PUBLISHER) \
                    and rec.known is None and rec.mentions < REPORTED_ON:
                titled = m.outlet and not _company_ending(m.text, lex) \
                    or _title_form(view, u.first, m.text, lex)
                cue = _unknown_outlet_cue(view, k, lex, titled, rec.mentions <= 1)
                if cue is not None:
                    registry.set_type(m.entity, EntityType.PUBLISHER)
            if cue is None and lower_body and rec.known is None \
                    and rec.type != EntityType.PERSON:
                cue = _unknown_outlet_cue(view, k, lex, True, rec.mentions <= 1)  # "selon
                # l'Autorité de contrôle des péages": a public body named in lower case after
                # its head is cited like a titled outlet (session 20)
            if cue is None and rec.type == EntityType.PERSON and rec.known is None and m.outlet:
                j = skip_back(words, k, lex)  # "In an interview with the Quarnel Herald, X's
                found = cue_ending_at(words, j, lex.outlet_cues, lex)  # CEO": no person's name
                if found is not None:
                    cue = j - len(found)
                    registry.set_type(m.entity, EntityType.PUBLISHER)
            if cue is None and rec.type in (EntityType.PUBLISHER, EntityType.COMPANY):
                cue = _analyst_note(words, k, lex)  # "X analysts wrote in a note"
            if cue is None and rec.type in (EntityType.PUBLISHER, EntityType.COMPANY):
                cue = _note_speech(words, k, lex)  # "X, in a note to investors, said"
            if cue is None and rec.type in (EntityType.PUBLISHER, EntityType.COMPANY):
                cue = _research_cue(words, k, lex)  # "according to research firm X"
            if cue is None and (rec.type == EntityType.PUBLISHER or rec.type == EntityType.COMPANY
                                and rec.known is None and m.outlet):
                cue = _news_piece(words, k, lex)  # "a Kandor Herald report said"
            if cue is None and rec.type in (EntityType.PUBLISHER, EntityType.COMPANY):
                cue = _speech_to_outlet(words, k, lex, (
                    m.outlet or rec.type == EntityType.PUBLISHER and rec.known is not None)
                    and not _company_ending(m.text, lex))  # "a indiqué P au quotidien X"
                if cue is not None and rec.known is None:
                    registry.set_type(m.entity, EntityType.PUBLISHER)
            if cue is None and (rec.type == EntityType.REGULATOR or lower_body
                                or _regulator_name(m.text, lex)):
                cue = _body_speaks(view, k, lex)  # "a précisé X dans une délibération"
            if cue is None and rec.type != EntityType.PERSON and (
                    rec.type == EntityType.REGULATOR or public_body(m.text, lex)
                    or _regulator_name(m.text, lex)):
                cue = _data_source(words, k, lex)  # "selon les derniers chiffres publiés par
                # l'Autorité X": a body's data cite it, however often it is named (session 23)
            if cue is None and rec.type in (EntityType.PUBLISHER, EntityType.COMPANY) \
                    and rec.mentions <= 1 and not u.possessive:
                cue = _named_data(words, k, lex)  # "X data show", "selon les données de X"
            if cue is None and rec.type != EntityType.PERSON and _trade_body(m.text):
                cue = _cited_body_document(words, k, lex)  # "d'après le dernier baromètre de
                # la Fédération X", "according to a survey by the X Association" (session 25)
            if cue is not None and _entrusted(words, k, lex):
                cue = None  # "Y a confié à X la gestion de ses fonds": a service, no citation
            if cue is not None:
                first = units[min(cue, k)].first
                last = units[max(cue, k)].last
                out.append(SourceMatch(m.entity, first, last))
    out.extend(_coordinated_outlets(view, lex, registry, out))
    return [src for src in out if not (own and _is_own(registry, src.target, own, lex))
            and not _bare_head(registry, src.target, lex)]


# The opening words of an official gazette's name (session 25): "Bulletin officiel des
# annonces des marchés publics", "Journal officiel de X", "the Official Journal of X".
_GAZETTE_OPENINGS = frozenset({("bulletin", "officiel"), ("journal", "officiel"),
                               ("official", "journal"), ("official", "gazette")})


def _gazette_cue(view: SentenceView, k: int, lex: Lexicon, name: str) -> int | None:
    """The preposition before an official gazette's name ("un avis paru au Bodacc", "l'avis
    publié au BALO", "an entry in the Federal Gazette", "an announcement to the Kandor Stock
    Exchange's Regulatory News Service"): a gazette is only named to cite what it published
    (session 18)."""
    key = tuple(name_key(name).split())
    if key not in lex.keys.get("gazettes", ()) and key[:2] not in _GAZETTE_OPENINGS:
        return None
    words = view.words
    j = skip_back(words, k, lex)
    if j > 0 and view.units[j - 1].possessive:
        j = skip_back(words, j - 1, lex)  # its owner's possessive
    return j - 1 if j > 0 and (words[j - 1] in lex.prepositions
                               or words[j - 1] in lex.sources.contracted) else None


_REGISTER_NOUNS = frozenset({"register", "registry", "database", "records", "filings",
                             "documents"})
_LISTS = frozenset({"lists", "listed", "shows", "showed", "show", "names", "named", "records",
                    "recorded"})


def _register_lists(words: list[str], k: int) -> int | None:
    """A regulator's or an outlet's register as the subject of "lists / shows" ("the Kandor
    Authority register lists Y among its lenders", "SEC records show", "Kandor Registry filings
    show"): the body is cited (session 18)."""
    if k + 2 < len(words) and words[k + 1] in _REGISTER_NOUNS and words[k + 2] in _LISTS:
        return k + 1
    return None


def _bare_head(registry: Registry, entity: str, lex: Lexicon) -> bool:
    """True when the source's name is a body's head word alone ("l'Autorité kandorienne de
    la concurrence" cut to "Autorité"): a cut name, no body's (session 16)."""
    rec = registry.records.get(entity)
    key = name_key(rec.name).split() if rec is not None else []
    return len(key) == 1 and (key[0],) in lex.keys.get("body_heads", ())


def _coordinated_outlets(view: SentenceView, lex: Lexicon, registry: Registry,
                         found: list[SourceMatch]) -> list[SourceMatch]:
    """The other outlet of a pair when one is cited (session 15): "X and the Y Daily
    reported", "according to reports by X and the Y Daily", "selon X et Le Y": a name no list
    knows joined by "and / et" to a cited outlet, at the clause's edge on its other side (a
    report verb after the pair when it opens the clause: "Quistor and the Y Daily said" may be
    a company speaking)."""
    units, words = view.units, view.words
    cited = {src.target for src in found}
    at = {m.entity: k for k, u in enumerate(units) for m in u.mentions if m.entity in cited}
    out: list[SourceMatch] = []

    def other(q: int) -> str | None:
        if q < 0 or q >= len(units) or len(units[q].mentions) != 1:
            return None
        m = units[q].mentions[0]
        rec = registry.records.get(m.entity or "")
        if rec is None or m.kind != "name" or rec.id in cited or not (
                rec.type == EntityType.PUBLISHER
                or rec.type == EntityType.COMPANY and rec.known is None):
            return None
        return rec.id

    for k in at.values():
        after = k + 1  # "according to reports by X and the Y Daily."
        if after < len(words) and words[after] in lex.sources.coordinators:
            q = after + 1
            while q < len(words) and words[q] in lex.determiners:
                q += 1
            eid = other(q)
            if eid is not None and (q + 1 >= len(words) or words[q + 1] in PUNCT):
                out.append(SourceMatch(eid, units[k].first, units[q].last))
                cited.add(eid)
        b = k
        while b > 0 and words[b - 1] in lex.determiners:
            b -= 1
        if b > 0 and words[b - 1] in lex.sources.coordinators:
            q = b - 2  # "X and the Y Daily reported"
            eid = other(q)
            reports = match_at(words, k + 1, lex.sources.reported) is not None
            if eid is not None and ((q == 0 or words[q - 1] in PUNCT) and reports or cue_ending_at(
                    words, skip_back(words, q, lex), lex.source_before, lex) is not None):
                out.append(SourceMatch(eid, units[q].first, units[k].last))
                cited.add(eid)
    return out


# Heads of a trade body's name (session 25): a federation, association, union or chamber is
# cited through its document ("d'après le bulletin de la Fédération X").
_TRADE_BODY_HEADS = frozenset({"federation", "association", "syndicat", "confederation", "union",
                               "chambre", "chamber", "institut", "institute", "observatoire",
                               "observatory", "council", "conseil", "comite", "committee"})
_DOCUMENT_ADJECTIVES = frozenset({"dernier", "derniere", "nouveau", "nouvelle", "annuel",
                                  "annuelle", "mensuel", "mensuelle", "trimestriel", "recent",
                                  "latest", "last", "annual", "monthly", "quarterly", "new"})
_STUDIES = frozenset({"survey", "study", "report", "etude", "enquete", "rapport"})


_DATA_NOUNS = frozenset({"data", "figures", "donnees", "chiffres"})  # not "estimates": a guess


def _named_data(words: list[str], k: int, lex: Lexicon) -> int | None:
    """The cue citing the data of a name the article gives once (session 25): "X data show",
    "according to X figures", "selon les données de X", "les chiffres de X montrent"; a
    company the article reports on (named again) gives its own figures, no source."""
    if k + 1 < len(words) and words[k + 1] in _DATA_NOUNS and lex.language == "en":
        if k + 2 < len(words) and words[k + 2] in _SHOW_VERBS:
            return k + 1
        j = skip_back(words, k, lex)
        cue = cue_ending_at(words, j, lex.source_before, lex)
        return j - len(cue) if cue is not None else None
    j = skip_back(words, k, lex)
    if j < 2 or words[j - 1] not in lex.sources.of or words[j - 2] not in _DATA_NOUNS:
        return None
    j -= 2
    while j > 0 and words[j - 1] in lex.determiners:
        j -= 1
    cue = cue_ending_at(words, j, lex.source_before, lex)
    if cue is not None:
        return j - len(cue)
    return k + 1 if j == 0 and k + 1 < len(words) and words[k + 1] in _SHOW_VERBS else None


def _trade_body(name: str) -> bool:
    """True when a name opens or ends with a trade body's head ("Fédération française des X",
    "the X Manufacturers Association")."""
    parts = name.split()
    return len(parts) >= 2 and (fold(parts[0]) in _TRADE_BODY_HEADS
                                or fold(parts[-1]) in _TRADE_BODY_HEADS)


def _cited_body_document(words: list[str], k: int, lex: Lexicon) -> int | None:
    """The source cue before a document of the trade body at unit k: "selon le dernier
    baromètre de la Fédération X", "according to a survey by the X Association"; the
    document alone is no citation ("le bulletin de la Fédération X paraît en mai")."""
    j = skip_back(words, k, lex)
    if j == 0 or words[j - 1] not in (*lex.sources.of, *lex.sources.by):
        return None
    j -= 1
    for p in range(j - 1, max(-1, j - 5), -1):
        if words[p] in _PUBLISHED:  # "a report published in March by X"
            j = p
            break
    noun = match_ending_at(words, j, lex.document_nouns)
    if noun is not None:
        j -= len(noun)
    elif j > 0 and (words[j - 1] in _STUDIES or words[j - 1] in _DATA_NOUNS):
        j -= 1
    else:
        return None
    while j > 0 and (words[j - 1] in lex.determiners or words[j - 1] in _DOCUMENT_ADJECTIVES):
        j -= 1
    cue = cue_ending_at(words, j, lex.source_before, lex)
    return j - len(cue) if cue is not None else None


_CREDITS = frozenset({"reporting", "editing", "writing", "reportage", "redaction", "edition"})


def _credit_line(words: list[str], k: int) -> bool:
    """True for a name in the article's credit line ("(Reporting by X; Editing by Y)",
    "(Reportage X, édition Y)"): its own journalists, no outlet cited (session 25)."""
    b = k - 1 if k > 0 and words[k - 1] in ("by", "par") else k
    return b > 0 and words[b - 1] in _CREDITS and "(" in words[max(0, b - 4):b]


def _is_own(registry: Registry, entity: str, own: frozenset[str], lex: Lexicon) -> bool:
    """True when the entity is the article's publisher, also when its name ran on into one
    more word ("a expliqué à La Tribune des Quarnelles Gwenaëlle Le Bihan": the speaker's
    first name glued to the title) (session 15)."""
    rec = registry.records.get(entity)
    if rec is None:
        return False
    keys = [name_key(rec.name), *(name_key(a) for a in rec.aliases)]
    return any(key in own or len(key.split()) >= 3 and " ".join(key.split()[:-1]) in own
               and len(key.split()[-1]) > 2 and key.split()[-1] not in lex.outlet_words
               and (key.split()[-1],) not in lex.keys.get("edition_words", ())
               for key in keys)  # not "Kandor Times Magazine": another outlet


@lru_cache(maxsize=1024)  # publishers of one corpus are few; bounded all the same
def _own_keys(publisher: str, language: str) -> frozenset[str]:
    """Matching keys of the article's publisher, with and without a leading article ("Le
    Journal des Logiciels" is also cited as "au Journal des Logiciels") and without a closing
    edition word ("Quarnel Today" is cited as "told Quarnel"), and without a closing
    parenthesis ("Quarnel Zeitung (English edition)" is cited as "told Quarnel Zeitung",
    session 19), without a closing language and edition word ("Quarnel English Edition" is
    cited as "told Quarnel") and as its closing outlet word alone ("The Quarnel Ledger" is
    cited as "in an interview with the Ledger"; session 25, wrongs26)."""
    lex = load_lexicon(language)
    publisher = re.sub(r"\s*\([^()]*\)\s*$", "", publisher.strip()) or publisher
    bare = re.sub(r"^(?:the|le|la|les|l['’])\s*", "", publisher.strip(), flags=re.IGNORECASE)
    keys = {name_key(publisher), name_key(bare)}
    words = bare.split()
    if len(words) >= 2 and (fold(words[-1]),) in lex.keys.get("edition_words", ()):
        keys.add(name_key(" ".join(words[:-1])))
    if len(words) >= 3 and fold(words[-1]) == "edition":
        keys.add(name_key(" ".join(words[:-2])))  # "X English Edition" is cited as "told X"
    if len(words) >= 2 and fold(words[-1]) in lex.outlet_words and bare != publisher.strip():
        keys.add(name_key(words[-1]))  # "The Quarnel Ledger" is cited as "the Ledger" (not
        # "Financial Times": "The Times" is another paper)
    return frozenset(keys)


def _company_ending(name: str, lex: Lexicon) -> bool:
    """True when a name with an outlet's word ends like a company's ("Kandor Info Services",
    "Kandor News Corp"): no outlet's title form (session 15)."""
    words = name.split()
    last = fold(words[-1]).strip(".,") if words else ""
    return len(words) >= 2 and (last in ORG_NAME_ENDINGS or last in LEGAL_SUFFIXES
                                or (last,) in lex.keys.get("company_title_heads", ()))


def _title_form(view: SentenceView, first: int, name: str, lex: Lexicon) -> bool:
    """True for a name shaped like a title: it opens with a capitalised French article ("Le
    Progrès", "L'Informé"; not "La Banque X", "La Mutuelle X": a company's name) or follows
    a capitalised "The" inside the sentence ("according to The Quillon Ledger")."""
    if name.startswith(lex.sources.title_articles):
        head = fold(re.split(r"[\s'’]+", name, maxsplit=1)[-1].split()[0]) if " " in name \
            or "'" in name or "’" in name else ""
        return head not in lex.org_heads and (head,) not in lex.keys.get("company_title_heads",
                                                                             ())  # "La Banque X"
    last = name_key(name.split()[-1]) if name.split() else ""
    return first >= 2 and view.tokens[first - 1].text == "The" and last not in ORG_NAME_ENDINGS \
        and fold(name.split()[-1]) not in LEGAL_SUFFIXES  # not "The Carlyle Group"


def _unknown_outlet_cue(view: SentenceView, k: int, lex: Lexicon, outlet_form: bool,
                        once: bool = False) -> int | None:
    """The cue that makes the name at unit k an outlet no list names, or None; `once` when
    the article names it nowhere else (a company it reports on is named again)."""
    words = view.words
    if _closing_report(view, k, lex, once):
        return k + 1  # "..., Variety reported last week."
    if _cites_sources(words, k, lex):
        return k + 1  # "Velposten, citing people familiar with the matter, said..."
    slot = _outlet_slot(view, k, lex, once)
    if slot is not None:
        return slot
    tail = _interview_tail(words, k, lex, once)
    if tail is not None:
        return tail
    if k + 2 < len(words) and words[k + 1] in _MASTHEAD_NOUNS \
            and not (k > 0 and words[k - 1] in lex.sources.self):  # not "its X magazine"
        verb = match_at(words, k + 2, lex.source_after)  # "the X newsletter said on Monday"
        if verb is not None and not _about_itself(words, k + 2 + len(verb), lex):
            return k + 2
    j = _past_adjectives(words, skip_back(words, k, lex), lex)
    cue = cue_ending_at(words, j, lex.outlet_cues, lex)  # "in an interview with", "au micro de"
    if cue is not None and _to_come(words, j - len(cue)):
        return None  # "un jeu qui sera publié par X": a work still to come cites nothing
    if cue is not None and not _noun_complement(words, j - len(cue)):
        return j - len(cue)
    if outlet_form and j >= 2 and words[j - 1] in lex.sources.contracted and words[j - 2] == "," \
            and any(match_at(words, q, lex.speech_verbs) for q in range(j - 2)):
        return j - 1  # "a déclaré Paul Lemoine, président de X, au Journal des Entreprises"
    before = cue_ending_at(words, j, lex.source_before, lex) if outlet_form else None
    if before is not None and _to_come(words, j - len(before)):
        return None
    if before is not None:
        return j - len(before)  # "selon Le Progrès"
    attributed = _attribution(words, j, k, lex) if once and k == j else None
    if attributed is not None:
        return attributed  # ", according to Kandorcrunch."
    return _closing_speech_cue(view, j, k, lex) if outlet_form else None


# A future auxiliary before a participle cue (session 20): "qui sera publié par X", "which will
# be published by X": a work still to come, its publisher no source.
_FUTURE_AUX = frozenset({"sera", "seront", "serait", "seraient", "be"})


def _to_come(words: list[str], c: int) -> bool:
    """True when a future auxiliary stands right before the cue starting at c."""
    return c > 0 and words[c - 1] in _FUTURE_AUX \
        and (words[c - 1] != "be" or c > 1 and words[c - 2] in ("will", "would"))


# An outlet's noun after its name (session 16): "the X newsletter said", "the X tabloid wrote"
# (not "agency", "network", "channel": a company's words too).
_MASTHEAD_NOUNS = frozenset({"newspaper", "newsletter", "magazine", "tabloid", "website",
                             "podcast", "publication"})
_EDITION_OWNERS = frozenset({"its", "son", "sa", "their", "leur"})
_EDITION_NOUNS = frozenset({"edition", "editions", "numero", "colonnes"})
_INTERVIEWS = (("in", "an", "interview"), ("dans", "un", "entretien"), ("dans", "une",
                                                                         "interview"))


def _edition_tail(words: list[str], a: int) -> bool:
    """True when an outlet's edition or an interview follows at word a: "in its Monday
    edition", "dans son édition de mardi", "in an interview", "dans un entretien" (session
    16)."""
    if a + 2 < len(words) and tuple(words[a:a + 3]) in _INTERVIEWS:
        return True
    return a + 2 < len(words) and words[a] in ("in", "dans") and words[a + 1] in _EDITION_OWNERS \
        and any(w in _EDITION_NOUNS for w in words[a + 2:a + 5])


def _interview_tail(words: list[str], k: int, lex: Lexicon, once: bool) -> int | None:
    """The cue of a name no list knows that an edition or an interview makes an outlet
    (session 16): ", X wrote / reported in its Monday edition", "told X in an interview" (a
    name the article uses once), "révèle X dans son édition de mardi" (after a comma)."""
    j = skip_back(words, k, lex)
    verb = match_at(words, k + 1, lex.sources.inverted_reports)
    if verb is not None and j > 0 and words[j - 1] == "," \
            and _edition_tail(words, k + 1 + len(verb)):
        return k + 1  # ", X wrote in its Monday edition" (not a company opening its sentence)
    if not _edition_tail(words, k + 1):
        return None
    before = cue_ending_at(words, j, lex.source_before, lex) if once else None
    if before is not None:
        return j - len(before)
    verb = match_ending_at(words, j, lex.sources.inverted_reports)
    if verb is None and tuple(words[k + 1:k + 4]) not in _INTERVIEWS:
        verb = match_ending_at(words, j, lex.speech_verbs)  # ", indique X dans son édition
        # de mardi": an edition is an outlet's, whatever the verb (session 18)
    if verb is not None and j - len(verb) > 0 and words[j - len(verb) - 1] == ",":
        return j - len(verb)
    return None


def _attribution(words: list[str], j: int, k: int, lex: Lexicon) -> int | None:
    """", according to X." / "Selon X, ..." for a name the article uses once: a clause of
    its own that only attributes (session 15); a company cited as it speaks is named again
    in its article, or described after it (", according to X, which advises the seller")."""
    cue = match_ending_at(words, j, lex.keys.get("attribution_cues", ()))
    if cue is None:
        return None
    c = j - len(cue)
    if c > 0 and words[c - 1] not in (",", ";", ":", "(") or k + 1 >= len(words):
        return None
    ends = (".", ";", ")", ",") if c == 0 else (".", ";", ")")  # not ", according to X,
    if words[k + 1] in ends:  # which advises the seller": X speaks
        return c
    return c if _rates_after(words, k + 1, lex) else None


_RATES = frozenset({"rates", "rated", "affirmed", "downgraded", "upgraded", "note", "notait",
                    "abaisse", "degrade", "rehausse", "confirme"})
"""Verbs of a rating agency's relative clause (session 23): "according to X, which rates the
company's debt B", "selon X, qui a abaissé la note de Y"; what X does there is rate, which
makes the attribution a citation of the agency (an adviser's "which advises" is no source)."""


def _rates_after(words: list[str], c: int, lex: Lexicon) -> bool:
    """True when a comma at c opens a relative clause whose verb rates ("X, which rates",
    "X, which last week affirmed", "X, qui a abaissé")."""
    if c + 2 >= len(words) or words[c] != "," or words[c + 1] not in lex.sources.relative_subjects:
        return False
    e = insertion_end(words, c + 2, lex.calendar, parenthesis=False)
    if e < len(words) and words[e] in lex.sources.auxiliaries:
        e += 1
    return e < len(words) and words[e] in _RATES


def _closing_speech_cue(view: SentenceView, j: int, last: int, lex: Lexicon) -> int | None:
    """The speech verb ending at word j after a comma when the clause ends after unit `last`
    (", a indiqué Le Progrès.", ", said the Quillon Herald."), or None."""
    words = view.words
    verb = match_ending_at(words, j, joined_cues(lex, "speech", lex.speech_verbs,
                                             lex.source_after))
    if verb is not None and j - len(verb) > 0 and words[j - len(verb) - 1] == "," \
            and _clause_ends(view, last + 1):
        return j - len(verb)
    return None


_CONFIDED_AUXILIARIES = frozenset({"a", "avait", "ont", "avaient", "aurait", "auraient", "t-il",
                                   "t-elle", "-t-il", "-t-elle", "il", "elle"})
"""Words before a bare "confié à X" that make it the active verb of speech ("a confié à X",
"a-t-il confié à X"); any other word before it makes the participle a passive of entrusting."""


def _entrusted(words: list[str], k: int, lex: Lexicon) -> bool:
    """True when "confié à X" goes on with what was entrusted (a determiner, or a date and
    then one): "a confié à X la gestion de ses fonds", "a confié à X en 2020 un mandat";
    "a confié à X que ..." / "a-t-il confié à X." stay citations (session 15)."""
    j = skip_back(words, k, lex)
    cue = cue_ending_at(words, j, lex.source_before, lex)
    if cue is None or len(cue) < 2 or cue[-2] not in ("confie", "confiee"):
        return False
    c = j - len(cue)
    if len(cue) == 2 and c > 0 and words[c - 1] not in _CONFIDED_AUXILIARIES \
            and words[c - 1] not in (",", "»", "”", "\""):
        return True  # "le contrat d'entretien confié à X", "L'aménagement est confié à X":
        # a passive of entrusting, never a citation (session 24, wrongs25)
    if c > 0 and words[c - 1] in (",", "»", "”", "\"") and any(
            w in ("»", "”", "\"") for w in words[:c]):
        return False  # "« ... », a confié à X le directeur": a quotation's speaker
    after = k + 1
    if after < len(words) and words[after] == "en" and after + 1 < len(words) \
            and words[after + 1][:1].isdigit():
        after += 2
    return after < len(words) and words[after] in lex.determiners \
        and words[after] not in ("que", "qu'")


def _noun_complement(words: list[str], c: int) -> bool:
    """True when the cue starting at c is the complement of a noun before it, not a citation:
    "directrice des systèmes d'information de X" is a role, "les informations de X" a source."""
    return c > 0 and words[c - 1] in ("d'", "d", "de")


def _clause_ends(view: SentenceView, k: int) -> bool:
    """True when nothing but punctuation, a date or a short adjunct follows unit k up to the
    end of the clause (no other name, no verb of its own)."""
    rest = view.units[k:]
    stop = next((q for q, u in enumerate(rest) if u.norm in (",", ";", ".", ":")), len(rest))
    return stop <= 4 and not any(u.is_mention for u in rest[:stop])


def _cites_sources(words: list[str], k: int, lex: Lexicon) -> bool:
    """True when the name at k goes on with "citing ..." (after a comma or a report verb), or
    with a speech verb, its time and a citing of people or sources ("X said on Friday, citing
    two people familiar with the matter", "X, qui cite des sources proches du dossier"; not
    "citing weak demand": a company's own reason)."""
    after = k + 1
    if after < len(words) and words[after] == ",":
        after += 1
    if after < len(words) and match_at(words, after, lex.sources.reported):
        after += len(match_at(words, after, lex.sources.reported) or ())
        if after < len(words) and words[after] == ",":
            after += 1
    if after < len(words) and words[after] in lex.sources.citing:
        return True
    if after < len(words) and words[after] in lex.sources.relatives:
        after += 1  # "X, qui cite des sources"
    else:
        verb = match_at(words, after, lex.speech_verbs)
        if verb is None:
            return False
        after = insertion_end(words, after + len(verb), lex.calendar, parenthesis=False)
        if after + 1 < len(words) and words[after] in lex.sources.date_preps \
                and words[after + 1] in lex.calendar:
            after += 2  # "said on Friday"
        if after < len(words) and words[after] == ",":
            after += 1
    if after >= len(words) or words[after] not in lex.sources.citing_any:
        return False
    rest = [w for w in words[after + 1:after + 4] if w not in lex.determiners]
    people = lex.sources.source_people
    return bool(rest) and (rest[0] in people or rest[0] in lex.sources.counts and len(rest) > 1
                           and rest[1] in people)


def _about_itself(words: list[str], i: int, lex: Lexicon) -> bool:
    """True when what follows a speech verb at i is about its speaker: "said (that) it / we",
    "a indiqué qu'il / qu'elle", "said on Monday it"."""
    i = insertion_end(words, i, lex.calendar, parenthesis=False)
    if i + 1 < len(words) and words[i] in lex.sources.date_preps and words[i + 1] in lex.calendar:
        i = insertion_end(words, i + 2, lex.calendar, parenthesis=False)
    if i < len(words) and words[i] in lex.sources.that:
        i += 1
    return i < len(words) and words[i] in lex.sources.speaker \
        and not any(w in lex.sources.newsroom for w in words[i + 1:i + 6])


def _closing_report(view: SentenceView, k: int, lex: Lexicon, once: bool = False) -> bool:
    """True for a closing attribution: ", [the] X reported [last week]." - a comma before the
    name, a reporting verb after it and no other name up to the end of the sentence (or only a
    "citing ..." phrase); for a name used `once`, also before a comma and "but / and" that go
    on with the reported clause (session 20: "Velmora held talks with Quistor last year, X
    reported, but the talks ended")."""
    words = view.words
    j = k
    while j > 0 and words[j - 1] in lex.determiners:
        j -= 1
    if j == 0 or words[j - 1] != ",":
        return False
    verb = match_at(words, k + 1, lex.sources.reported)
    if verb is None:
        return False
    e = k + 1 + len(verb)
    if e + 1 < len(words) and words[e] in lex.sources.time_preps and words[e + 1] in lex.calendar:
        e += 2  # "X reported on Tuesday, citing ..."
    rest = view.units[e:]
    if len(rest) > 1 and rest[0].norm == "," and rest[1].norm in lex.sources.citing:
        return True
    if once and len(rest) > 1 and rest[0].norm == "," and rest[1].norm in _GOES_ON:
        return not any(w in lex.sources.results for w in words[:j])  # not "sales rose 4%,
        # X reported, but": a company's own results
    return len(rest) <= 4 and not any(u.is_mention for u in rest)


_GOES_ON = frozenset({"but", "and", "mais", "et"})
"""Coordinators after a report set off by commas inside a sentence (`_closing_report`)."""


def _after_descriptor(words: list[str], k: int, lex: Lexicon) -> bool:
    """True when an outlet noun stands right before the name at k, after at most two
    nationality words ("the news agency APA", "l'agence de presse autrichienne APA")."""
    j = k
    while j > 0 and k - j < 2 and words[j - 1] in lex.nationalities:
        j -= 1
    return match_ending_at(words, j, lex.outlet_descriptors) is not None


def _past_adjectives(words: list[str], j: int, lex: Lexicon) -> int:
    """Index before adjectives that follow an outlet noun, with the noun and its determiner
    ("le magazine spécialisé X", "by Danish business daily X"), else j itself."""
    for _ in range(3):
        if match_ending_at(words, j, lex.source_before) is not None or (
                j > 0 and words[j - 1] in lex.sources.by) or j == 0:
            break
        w = words[j - 1]
        if not w.isalpha() or w in lex.function_words or w in lex.prepositions:
            break
        back = skip_back(words, j - 1, lex)
        if back == j - 1 and j > 2 and _plain_word(words[j - 2], lex) \
                and match_ending_at(words, j - 2, lex.outlet_descriptors) is not None:
            back = skip_back(words, j - 2, lex)  # two adjectives after the outlet noun: "le
            # quotidien économique flamand X" (session 20)
        if back == j - 1:
            break  # no determiner, nationality or outlet word before the adjective
        j = back
    return j


def _plain_word(w: str, lex: Lexicon) -> bool:
    """A lower-case word that is no function word, preposition or determiner."""
    return w.isalpha() and w not in lex.function_words and w not in lex.prepositions \
        and w not in lex.determiners


def _outlet_cue(words: list[str], k: int, lex: Lexicon, titled: bool = False) -> int | None:
    """The cue that cites the outlet at unit k, or None; `titled` when its name has an
    outlet's word ("estimée à 340 millions d'euros par le Journal de la X": the agent of a
    report or estimate participle needs no outlet noun before it, session 16)."""
    j = _past_adjectives(words, skip_back(words, k, lex), lex)
    cue = cue_ending_at(words, j, lex.source_before, lex)
    if cue is None:  # "comme l'a révélé mardi le quotidien X": an insertion after the cue
        for i in range(j - 1, max(0, j - 8), -1):
            if insertion_end(words, i, lex.calendar, parenthesis=False) == j:
                cue = cue_ending_at(words, i, lex.source_before, lex)
                if cue is not None:
                    return i - len(cue)
    if cue is not None:
        return j - len(cue)
    after = k + 1
    if after < len(words) and words[after] == ",":
        for s in range(after + 1, min(len(words), after + 8)):  # "Reuters, citing sources, said"
            if words[s] == ",":
                after = s + 1
                break
    if after == k + 1 and after + 1 < len(words) and words[after] in _REPORT_ADVERBS \
            and match_at(words, after + 1, lex.sources.reporting):
        return after  # "the X Journal earlier reported the award", "X a déjà révélé"
    if after == k + 1 and after + 2 < len(words) and words[after] in lex.sources.auxiliaries \
            and words[after + 1] in _REPORT_ADVERBS \
            and match_at(words, after + 2, lex.sources.perfect_reports):
        return after  # "X had previously reported", "X avait déjà révélé"
    verb = match_at(words, after, lex.source_after)
    if verb is not None and _about_itself(words, after + len(verb), lex):
        return None  # "Bloomberg said it had agreed to buy X": a party speaking, not a source
    if verb is not None or (
            after == k + 1 and after < len(words) and words[after] in lex.sources.auxiliaries
            and match_at(words, after + 1, lex.sources.perfect_reports)):
        return after  # "Reuters reported", "le quotidien L'Ardoise avait évoqué" (right after)
    if titled and j > 0 and words[j - 1] in THAT_RELATIVES \
            and match_at(words, k + 1, lex.sources.reporting):
        return k + 1  # "the purchase, which X broke on Tuesday" (session 23)
    if _estimate_after(words, after) and (titled or any(
            match_ending_at(words, x, lex.outlet_descriptors) for x in range(j + 1, k + 1))):
        return k + 1  # "le quotidien régional X l'évalue à 45 millions d'euros"; a listed
        # outlet needs no noun: "un prix que Le Figaro estime à" (session 18)
    if j > 0 and words[j - 1] in lex.sources.by:
        for s in range(max(0, j - 5), j - 1):
            if match_at(words, s, lex.source_after):
                return s
        # a title's name must end the clause: not "le Journal de la Marine marchande" (a
        # title cut before its lower-case word)
        whole = k + 1 >= len(words) or words[k + 1] in PUNCT
        if titled and whole or any(match_ending_at(words, x, lex.outlet_descriptors)
                                   for x in range(j + 1, k + 1)):
            return _agent_report(words, j - 1, lex)  # an outlet noun before the name: "un
    return None  # marché estimé à 900 millions de dollars par le quotidien X"


# Adverbs between an outlet and its report verb (session 16): "X earlier reported", "X had
# previously reported", "X a déjà révélé", "X avait également rapporté".
_REPORT_ADVERBS = frozenset({"earlier", "previously", "also", "originally", "recently", "initially",
                             "deja", "egalement", "aussi", "recemment", "initialement"})
_ESTIMATES = frozenset({"evalue", "evaluait", "estime", "estimait", "chiffre", "chiffrait",
                        "valorise", "valorisait", "evaluent", "evaluaient", "estiment",
                        "estimaient", "chiffrent", "valorisent", "estimates", "estimated",
                        "values", "valued", "puts", "put", "pegged", "pegs"})
_OBJECT_PRONOUNS = frozenset({"l'", "la", "le", "les"})
_AT = frozenset({"a", "au", "aux", "at"})


def _estimate_after(words: list[str], a: int) -> bool:
    """True when an estimate verb with its amount follows the name whose next word is at `a`
    (session 16): "le quotidien X l'évalue à 45 millions d'euros", "le site X chiffre
    l'opération à", "the daily X puts the deal at $60 million": the outlet's own figure. The
    amount's "à / at" is required within eight words of the clause ("X estime que" is speech,
    found elsewhere)."""
    if a < len(words) and words[a] in _REPORT_ADVERBS:
        a += 1  # "the X Journal earlier put the value at" (session 23)
    if a < len(words) and words[a] in _OBJECT_PRONOUNS:
        a += 1
    if a >= len(words) or words[a] not in _ESTIMATES:
        return False
    for q in range(a + 1, min(len(words), a + 9)):
        if words[q] in PUNCT:
            return False
        if words[q] in _AT:
            return True
    return False


def _agent_report(words: list[str], by: int, lex: Lexicon) -> int | None:
    """The report or estimate participle whose agent starts after `by` ("évoqué la semaine
    dernière par", "estimé à près de 900 millions de dollars par", "first mentioned last week
    by"), in the same clause and at most twelve words before, else None."""
    for s in range(by - 1, max(-1, by - 13), -1):
        if words[s] in PUNCT or words[s] in lex.sources.coordinators or words[s] in lex.sources.by:
            return None  # another clause or agent: "reported by X and cleared by the FTC"
        if match_at(words, s, lex.sources.agent_reports):
            return s
    return None


def _composite_sources(view: SentenceView, lex: Lexicon, registry: Registry) -> list[SourceMatch]:
    """Sources whose name is not one mention, or whose cue is a document: an outlet's name
    with a possessive, the body whose register or notice is cited, the body after a
    document's preposition (with an insertion, a title's lower-case words, a registry noun)."""
    out: list[SourceMatch] = []
    for k in range(len(view.units)):
        if not view.units[k].mentions:
            continue  # each of the three starts on a mention
        found = _possessive_outlet(view, k, lex, registry) \
            or possessed_document(view, k, lex, registry) \
            or _title_with_place(view, k, lex, registry)
        if found is not None:
            out.append(found)
    out.extend(document_bodies(view, lex, registry))
    out.extend(referred_body(view, lex, registry))
    out.extend(own_documents(view, lex, registry))
    unique: dict[str, SourceMatch] = {}
    for src in out:
        unique.setdefault(src.target, src)
    inside = {e for src in out for e in src.covered}  # "selon le rapport annuel de X": X
    return [src for src in unique.values() if src.target not in inside]  # names the document


def _one_name(view: SentenceView, k: int, registry: Registry) -> str | None:
    """The entity of unit k when it is one name mention of a company or outlet no list
    names (not a person), else None."""
    if k >= len(view.units) or len(view.units[k].mentions) != 1:
        return None
    m = view.units[k].mentions[0]
    rec = registry.records.get(m.entity) if m.entity and m.kind == "name" else None
    if rec is None or rec.known is not None or rec.type == EntityType.PERSON:
        return None
    return rec.id


def _report_verb_at(words: list[str], i: int, lex: Lexicon) -> bool:
    return match_at(words, i, lex.sources.report_verbs) is not None


def _possessive_outlet(
    view: SentenceView, k: int, lex: Lexicon, registry: Registry
) -> SourceMatch | None:
    """ "first reported by Harlan's Ledger", "which Tanner's Trade Daily first reported": two
    names no list knows joined by a possessive, in a slot only an outlet fills, are one
    outlet's name (not a possessor and its property: "Velmora's Zentrix unit said")."""
    units, words = view.units, view.words
    if not units[k].possessive:
        return None
    a, b = _one_name(view, k, registry), _one_name(view, k + 1, registry)
    if a is None or b is None or units[k].last != units[k + 1].first:
        return None
    after = k + 2
    if after < len(words) and words[after] not in lex.sources.name_end \
            and not _report_verb_at(words, after, lex):
        return None  # "Velmora's Zentrix unit": the possessor's property
    j = skip_back(words, k, lex)
    cues = joined_cues(lex, "outlet_cues", lex.outlet_cues, lex.sources.possessive_cues)
    cue = cue_ending_at(words, j, cues, lex)
    if cue is not None:
        first = j - len(cue)
    elif _report_verb_at(words, after, lex):
        first = after
    else:
        return None
    eid = publisher_named(registry, surface(view, k, k + 2))
    return SourceMatch(eid, units[min(first, k)].first, units[max(first, k + 1)].last, (a, b))


def _reports_news(words: list[str], i: int, lex: Lexicon, relative: bool = False) -> bool:
    """True when a report verb at i (an auxiliary before it allowed) bears on news: a news
    object, "that" / "que" (not about the subject itself or its results: "reported that its
    sales rose", "reported that sales fell"; after a relative pronoun only with a verb only an
    outlet uses: "which first reported that"), or nothing ("..., which first reported, ...")."""
    strong = i < len(words) and words[i] in lex.sources.past_auxiliaries  # "had reported"
    if i < len(words) and words[i] in lex.sources.auxiliaries:
        i += 1
    verb = match_at(words, i, lex.sources.reporting)
    if verb is None:
        return False
    sw = lex.sources
    objects = sw.news_objects if strong or verb in sw.strong_reports else sw.journalism
    e = insertion_end(words, i + len(verb), lex.calendar, parenthesis=False)
    if e + 1 < len(words) and words[e] in lex.sources.time_preps and words[e + 1] in lex.calendar:
        e = insertion_end(words, e + 2, lex.calendar, parenthesis=False)  # "on Monday"
    if e >= len(words) or words[e] in (",", ".", ";"):
        return True
    if words[e] == "the" and e + 2 < len(words) and words[e + 1] == "news":
        return True  # "broke the news"
    if words[e] in lex.sources.that:
        if relative and objects is lex.sources.journalism:
            return False  # "Velmora, which reported that sales fell": a company's results
        rest = [w for w in words[e + 1:e + 4] if w not in lex.determiners]
        return not rest or rest[0] not in lex.sources.self and rest[0] not in lex.sources.results
    while e < len(words) and words[e] in lex.determiners:
        e += 1
    return e < len(words) and words[e] in objects


# Verbs that make data their subject's source (session 17): "data from X show", "les chiffres
# de X montrent" (not "X's figures show": a company's own figures are its statement).
_FINDINGS = frozenset({"show", "shows", "showed", "found", "finds", "put", "puts", "montrent",
                       "montre", "montraient", "indiquent", "revelent", "creditent", "credite",
                       "pointe", "pointent", "releve", "relevent", "souligne", "soulignent"})
"""Verbs of data or a report that opens its sentence ("data from X show", "les chiffres de X
montrent", "un rapport de X a pointé"), finite or after an auxiliary (source_words.json,
"auxiliaries")."""
_PUBLISHED = frozenset({"publie", "publiee", "publies", "publiees", "published", "released"})


def _data_source(words: list[str], k: int, lex: Lexicon) -> int | None:
    """The cue that cites the provider at unit k of data or a report (sessions 17, 23):
    "according to (the latest) data from X", "selon les derniers chiffres publiés par X",
    "d'après le dernier baromètre de X", or the data opening the sentence with a finding's
    verb after the provider ("Data from X show", "Un rapport de X (ACR) a pointé ..."); not
    data a clause owns ("Velmora sells data from X")."""
    j = skip_back(words, k, lex)
    if j > 1 and words[j - 1] in lex.sources.by and words[j - 2] in _PUBLISHED:
        d = j - 2  # "les chiffres publiés par X", "figures published by X"
    else:
        link = match_ending_at(words, j, lex.sources.data_links)
        if link is None:
            return None
        d = j - len(link)
    data = match_ending_at(words, d, lex.sources.data_nouns)
    if data is None:
        return None
    b = d - len(data)
    while b > 0 and (words[b - 1] in lex.determiners
                     or words[b - 1] in lex.sources.document_adjectives):
        b -= 1  # "les derniers chiffres", "the latest figures"
    cue = cue_ending_at(words, b, lex.source_before, lex)
    return b - len(cue) if cue is not None else _finding_after(words, k, lex)


def _finding_after(words: list[str], k: int, lex: Lexicon) -> int | None:
    """The finding's verb after the provider at k, past its acronym in parentheses and a
    publication participle with its date ("X (ACR) publié en avril a relevé")."""
    n = len(words)
    e = k + 1
    if e + 2 < n and words[e] == "(" and words[e + 2] == ")":
        e += 3
    if e < n and words[e] in _PUBLISHED:
        e = insertion_end(words, e + 1, lex.calendar)
    if e < n and words[e] in lex.sources.auxiliaries:
        e += 1
    return e if e < n and words[e] in _FINDINGS else None


def _outlet_slot(view: SentenceView, k: int, lex: Lexicon, once: bool) -> int | None:
    """The cue of an outlet no list names, from its slot: a relative clause that reports
    ("X, which first reported the talks"), an outlet noun in its apposition ("X, a trade
    newsletter, reported") or after it ("the X newsletter reported"), an inverted report verb
    ending the clause (", writes X.", ", révélait X la semaine dernière", ", écrit le site
    spécialisé X"), data it provides ("according to X data", "selon les données de X", "data
    from X show") and,
    for a name used once in the article, "X reported that" / "X a révélé que"."""
    words, n = view.words, len(view.words)
    if k + 3 < n and words[k + 1] == "," and words[k + 2] in lex.sources.relative_subjects \
            and _reports_news(words, k + 3, lex, relative=True):
        return k + 3
    if k + 1 < n and words[k + 1] == ",":
        for c in range(k + 2, min(n, k + 9)):
            if words[c] in (",", ".", ";"):
                apposed = words[k + 2] in lex.determiners \
                    and not any(view.units[q].is_mention for q in range(k + 2, c)) \
                    and any(match_at(words, q, lex.outlet_descriptors) for q in range(k + 2, c))
                if apposed and words[c] == "," and _reports_news(words, c + 1, lex):
                    return c + 1  # "X, a trade newsletter, reported" (not "said it was sold")
                if apposed and _inverted_report(view, k, lex):
                    return _inverted_report(view, k, lex)  # ", a rapporté X, une lettre ..."
                break
    noun = match_at(words, k + 1, lex.outlet_descriptors)
    if noun and _reports_news(words, k + 1 + len(noun), lex):
        return k + 1  # "the X newsletter reported"
    inverted = _inverted_report(view, k, lex)
    if inverted is not None:
        return inverted
    j = skip_back(words, k, lex)
    before = cue_ending_at(words, j, lex.source_before, lex)
    if once and before is not None and match_at(words, k + 1, lex.sources.data_nouns):
        return j - len(before)  # "according to X data"
    data = _data_source(words, k, lex) if once else None
    if data is not None:
        return data
    named = _names_as(words, k, lex) if once else None
    if named is not None:
        return named
    if once and (k == 0 or words[k - 1] not in lex.prepositions) \
            and _reports_news(words, k + 1, lex) \
            and (any(w in lex.sources.that for w in words[k + 2:k + 6])
                 or _broke_news(words, k + 1, lex)):
        return k + 1  # "but X reported that ...", "X a révélé que ...", "X first reported
        # the talks" (session 20)
    return None


def _broke_news(words: list[str], i: int, lex: Lexicon) -> bool:
    """True when the report verb at i is one only a newsroom uses of news ("first reported",
    "broke", "had reported", "avait révélé") and its object is journalism ("the talks", "the
    news", "les négociations") (session 20): "X first reported the talks in September" cites
    X with no "that"; "X reported sales", "X reported the deal" (a company's own) do not."""
    strong = i < len(words) and words[i] in lex.sources.past_auxiliaries
    if i < len(words) and words[i] in lex.sources.auxiliaries:
        i += 1
    verb = match_at(words, i, lex.sources.reporting)
    if verb is None or not (strong or verb in lex.sources.strong_reports):
        return False
    e = i + len(verb)
    while e < len(words) and words[e] in lex.determiners:
        e += 1
    return e < len(words) and words[e] in lex.sources.journalism and words[e] not in \
        lex.sources.that


def _names_as(words: list[str], k: int, lex: Lexicon) -> int | None:
    """", which X named in March as a possible suitor", ", que X citait parmi les
    prétendants": a relative pronoun for the object after a comma, the name, a naming verb
    and, in the next words, a hedge and a deal's role ("as a possible suitor", "parmi les
    prétendants"); not ", which X named as its preferred bidder": a seller's choice
    (session 15)."""
    j = k
    while j > 0 and words[j - 1] in lex.determiners:
        j -= 1
    if j < 2 or words[j - 1] not in ("which", "that", "whom", "que", "qu'") \
            or words[j - 2] != ",":
        return None
    verb = match_at(words, k + 1, lex.keys.get("naming_verbs", ()))
    if verb is None:
        return None
    roles, hedges = lex.keys.get("naming_roles", ()), lex.keys.get("naming_hedges", ())
    hedged = False
    for q in range(k + 1 + len(verb), min(len(words), k + 10 + len(verb))):
        if words[q] in (",", ";", "."):
            return None
        hedged = hedged or match_at(words, q, hedges) is not None
        if match_at(words, q, roles):
            return k + 1 if hedged else None
    return None


def _inverted_report(view: SentenceView, k: int, lex: Lexicon) -> int | None:
    """", writes X.", ", révélait X la semaine dernière.", ", écrit le site spécialisé X.": a
    report verb after a comma and before the name (its outlet noun and adjectives), with the
    clause ending after the name."""
    words = view.words
    j = _past_adjectives(words, skip_back(words, k, lex), lex)
    verb = match_ending_at(words, j, lex.sources.inverted_reports)
    if verb is None:  # "a rapporté vendredi Zabrisk": a time between the verb and the name
        for i in range(j - 1, max(0, j - 5), -1):
            if insertion_end(words, i, lex.calendar, parenthesis=False) == j:
                verb = match_ending_at(words, i, lex.sources.inverted_reports)
                j = i
                break
    if verb is None and _clause_ends(view, k + 1) and _outlet_shaped(view, j, k, lex):
        return _what_was_claimed(words, j)
    if verb is None or j - len(verb) < 1 or words[j - len(verb) - 1] != "," \
            or not _clause_ends(view, k + 1):
        return None
    return j - len(verb)


# Claim verbs after "ce qu'" (session 25): "contrairement à ce qu'affirmait en décembre la
# lettre spécialisée X", "comme l'indiquait X": what an outlet wrote, cited even when denied.
_CLAIMS = frozenset({"affirmait", "affirme", "avancait", "avance", "indiquait", "annoncait",
                     "ecrivait", "rapportait", "assurait", "evoquait", "affirmaient"})


def _outlet_shaped(view: SentenceView, j: int, k: int, lex: Lexicon) -> bool:
    """True when an outlet noun stands between j and the name at unit k ("le site spécialisé
    X") or the name has an outlet's word ("X News"): not a company's claim."""
    names = [m.text for m in view.units[k].mentions]
    words = view.words
    return any(match_ending_at(words, x, lex.outlet_descriptors) for x in range(j + 1, k + 1)) \
        or any(fold(w) in lex.outlet_words for n in names for w in n.split())


def _what_was_claimed(words: list[str], j: int) -> int | None:
    """The "ce qu'" opening "ce qu'affirmait X" (a time may stand before the name), else
    None."""
    for i in range(j, max(2, j - 4), -1):
        if words[i - 1] in _CLAIMS and words[i - 2] in ("qu'", "que") and words[i - 3] == "ce":
            return i - 3
    return None


def _news_piece(words: list[str], k: int, lex: Lexicon) -> int | None:
    """"A X report said", "denied a X story that", "a X analysis of filings shows": an
    outlet's name between "a / an" and a news noun is the outlet of that piece (session 15)."""
    if k == 0 or words[k - 1] not in ("a", "an"):
        return None
    noun = match_at(words, k + 1, lex.keys.get("news_nouns", ()))
    return k + 1 if noun is not None else None


def _research_cue(words: list[str], k: int, lex: Lexicon) -> int | None:
    """The cue that cites the research firm or consultancy at k, named with its noun right
    before it (session 15): "according to market research firm X", "selon le cabinet
    d'études X", after a source cue and a study's link ("according to a report by consultancy
    X", "d'après une étude du cabinet X", "selon les estimations du cabinet X"), or with an
    estimate verb after it ("research firm X estimates"); not the firm alone ("Velmora hired
    consultancy X")."""
    noun = match_ending_at(words, k, lex.keys.get("research_descriptors", ()))
    if noun is None:
        return None
    p = k - len(noun)
    for _ in range(2):  # the firm's field before its noun: "aviation analytics firm X",
        w = words[p - 1] if p > 0 else ""  # "energy data provider X" (session 20)
        if lex.language != "en" or not w.isalpha() or w in lex.function_words \
                or w in lex.prepositions or w in lex.determiners:
            break
        p -= 1
    while p > 0 and words[p - 1] in lex.determiners:
        p -= 1
    cue = cue_ending_at(words, p, lex.source_before, lex)
    if cue is not None and not {"confie", "confiee"} & set(cue):
        return p - len(cue)  # not "a confié au cabinet X une mission": a service
    link = match_ending_at(words, p, lex.keys.get("research_links", ()))
    if link is not None:
        b = p - len(link)
        cue = cue_ending_at(words, b, lex.source_before, lex)
        if cue is None and b == 0 and k + 1 < len(words) and words[k + 1] in _SHOW_VERBS:
            return 0  # the study as the subject: "Data from analytics firm X show that"
        return b - len(cue) if cue is not None else None
    if match_at(words, k + 1, lex.keys.get("research_estimates", ())) is not None:
        return k + 1  # "research firm X estimates"
    return None


# Verbs of a study that opens its sentence (session 20): "Data from research firm X show that",
# "Les chiffres du cabinet X montrent que".
_SHOW_VERBS = frozenset({"show", "shows", "showed", "indicate", "indicates", "indicated",
                         "suggest", "suggests", "suggested", "montrent", "montre", "montraient",
                         "indiquent", "indique", "revelent", "revele"})


_ANALYST_LINKS = frozenset({"at", "from", "of", "de", "d'", "du", "chez"})


def _analyst_note(words: list[str], k: int, lex: Lexicon) -> int | None:
    """The analysts' phrase that makes the name at k the author of a note the article cites
    (session 15): "X analysts wrote in a note", "X's analysts said in a research note",
    "analysts at X wrote in a note to clients", "dans une note, les analystes de X estiment",
    "selon les analystes de X"; a note word near the phrase or a source cue before it. Not
    "X analysts expect" with no note and no cue (an opinion as much as a citation)."""
    analysts = lex.keys.get("analyst_nouns", ())
    noun = match_at(words, k + 1, analysts)
    if noun is not None:
        start, end = k + 1, k + 1 + len(noun)  # "X analysts", "X's analysts"
    else:
        j = k
        while j > 0 and words[j - 1] in lex.determiners:
            j -= 1
        if j == 0 or words[j - 1] not in _ANALYST_LINKS:
            return None
        noun = match_ending_at(words, j - 1, analysts)
        if noun is None:
            return None
        start, end = j - 1 - len(noun), k + 1  # "analysts at X", "les analystes de X"
    b = start
    while b > 0 and words[b - 1] in lex.determiners:
        b -= 1
    if cue_ending_at(words, b, lex.source_before, lex) is not None:
        return b - len(cue_ending_at(words, b, lex.source_before, lex) or ())
    notes = lex.keys.get("analyst_notes", ())
    close = _quote_close(words, end, end + 8)
    lo, hi = max(0, start - 6), min(len(words), max(end + 8, close + 5))
    # a quotation between the phrase and its note counts for nothing: "analysts at X called
    # the price “full but defensible” in a note" (session 19)
    if any(match_at(words, q, notes) for q in range(lo, hi)):
        return start
    return None


_IN = frozenset({"in", "dans"})


def _note_speech(words: list[str], k: int, lex: Lexicon) -> int | None:
    """The note the name at k speaks in, set off by commas before its speech verb ("X, in a
    note to investors on Tuesday, argued the deal ...", "X, dans une note publiée mardi, juge
    que ...") or right after it ("X said in a note to clients that the price ..."), not about
    itself ("X said in a note that it would ...": a company's own statement) (session 19)."""
    notes = lex.keys.get("analyst_notes", ())
    n = len(words)
    if k + 4 < n and words[k + 1] == "," and words[k + 2] in _IN \
            and words[k + 3] in lex.determiners and match_at(words, k + 4, notes):
        c = next((q for q in range(k + 5, min(n, k + 12)) if words[q] in PUNCT), None)
        if c is None or words[c] != ",":
            return None
        verb = match_at(words, c + 1, joined_cues(lex, "speech", lex.speech_verbs,
                                                  lex.source_after))
        if verb is not None and not _about_itself(words, c + 1 + len(verb), lex):
            return k + 2
        return None
    verb = match_at(words, k + 1, lex.speech_verbs)
    if verb is None:
        return None
    a = k + 1 + len(verb)
    if a + 2 < n and words[a] in _IN and words[a + 1] in lex.determiners \
            and match_at(words, a + 2, notes):
        e = a + 2 + len(match_at(words, a + 2, notes) or ())
        while e < n and e - a < 8 and words[e] not in lex.sources.that and words[e] not in PUNCT:
            e += 1  # "to clients", "published on Monday"
        rest = [w for w in words[e + 1:e + 4] if w not in lex.determiners]
        if e < n and words[e] in lex.sources.that and not _about_itself(words, e, lex) \
                and rest and rest[0] not in lex.sources.self \
                and rest[0] not in lex.sources.results:
            return a  # not "said in a note that sales rose": its own results
    return None


_SET_OFF_REACH = 16
"""How many words a relative clause set off by commas between a body and its speech verb may
hold (`_body_speaks`): "X, à laquelle le projet a été soumis, indique" fits."""


def _body_speaks(view: SentenceView, k: int, lex: Lexicon) -> int | None:
    """The speech verb of the public body at unit k when it speaks in one of its texts (a
    statement, a decision, a notice: `body_statements` after "in"/"dans"), before it (", a
    précisé X dans une délibération publiée lundi") or after it, past a relative clause set
    off by commas ("X, à laquelle le projet a été soumis, indique dans un avis que",
    "X, which opened a review, said in a notice"); None otherwise (session 22). A body's text
    is a source of the article, even about the body itself (the review it opened)."""
    words, n = view.words, len(view.words)
    j = skip_back(words, k, lex)
    verb = match_ending_at(words, j, lex.speech_verbs)
    if verb is not None and j - len(verb) > 0 and words[j - len(verb) - 1] == "," \
            and _in_statement(words, k + 1, lex):
        return j - len(verb)  # the verb inverted after a comma, the text after the body
    own = _own_text_after(words, k + 1, lex)
    if own is not None:
        return own
    after = k + 1
    if after + 1 < n and words[after] == "," and (
            words[after + 1] in lex.relative_pronouns or words[after + 1] in SUBJECT_RELATIVES
            or words[after + 1] in lex.prepositions and after + 2 < n
            and words[after + 2] in _WHICH_AFTER_PREP):
        c = next((q for q in range(after + 2, min(n, after + _SET_OFF_REACH))
                  if words[q] in PUNCT), None)
        if c is None or words[c] != ",":
            return None
        after = c + 1
    verb = match_at(words, after, lex.speech_verbs)
    if verb is not None and _in_statement(words, after + len(verb), lex):
        return after
    return None


_WHOSE = frozenset({"whose", "dont"})
_TEXT_REACH = 10
"""How many words `_own_text_after` reads from a body's text to its speech verb: a
participle with its date and place ("publié mardi sur son site") fits, a clause does not."""


def _own_text_after(words: list[str], c: int, lex: Lexicon) -> int | None:
    """The start of a relative clause set off after a body (the comma at c) that cites one of
    its texts (session 23): the text speaking in it ("X, whose merger notice says",
    "X, dont l'avis publié mardi sur son site précise") or the body having published it ("X,
    qui a publié sa décision sur son site", "X, which published its ruling"). Not a text still
    to come ("X, dont la décision est attendue en mai", "X, which will publish its ruling")."""
    n = len(words)
    if c + 2 >= n or words[c] != ",":
        return None
    texts = lex.keys.get("body_statements", ())
    q = c + 2
    if words[c + 1] in _WHOSE:
        while q < n and q - c < 5 and words[q] in lex.determiners:
            q += 1
        if q < n and match_at(words, q, texts) is None and words[q].isalpha() \
                and words[q] not in lex.function_words:
            q += 1  # one field word: "whose merger notice"
        text = match_at(words, q, texts)
        if text is None:
            return None
        for v in range(q + len(text), min(n, q + len(text) + _TEXT_REACH)):
            if words[v] in PUNCT:
                return None
            if match_at(words, v, lex.speech_verbs) is not None or words[v] in _FINDINGS:
                return c + 1
        return None
    if words[c + 1] not in lex.sources.relative_subjects:
        return None
    if q < n and words[q] in lex.sources.auxiliaries:
        q += 1
    if q + 2 < n and words[q] in _PUBLISHED and words[q + 1] in _OWN_TEXT \
            and match_at(words, q + 2, texts) is not None:
        return c + 1
    return None


def _regulator_name(name: str, lex: Lexicon) -> bool:
    """True when a name ends on a regulator's head ("the Kandorian Competition Authority",
    "Kandor Trade Commission")."""
    words = name.split()
    return len(words) >= 2 and fold(words[-1]) in lex.sources.regulator_heads


_WHICH_AFTER_PREP = frozenset({"laquelle", "lequel", "lesquels", "lesquelles", "which", "whom",
                               "qui"})


def _in_statement(words: list[str], i: int, lex: Lexicon) -> bool:
    """True when "in"/"dans" and one of a body's texts start at i ("dans une délibération",
    "in a notice", "dans sa décision")."""
    if i >= len(words) or words[i] not in _IN:
        return False
    q = i + 1
    while q < len(words) and q - i <= 2 and (words[q] in lex.determiners
                                             or words[q] in lex.possessive_pronouns
                                             or words[q] in _OWN_TEXT):
        q += 1
    return match_at(words, q, lex.keys.get("body_statements", ())) is not None


_OWN_TEXT = frozenset({"son", "sa", "ses", "its", "their", "leur"})


_OPEN_QUOTES = frozenset({"«", "“", "\""})
_CLOSE_QUOTES = frozenset({"»", "”", "\""})


def _quote_close(words: list[str], a: int, b: int) -> int:
    """The index of the closing mark of a quotation that opens between words a and b (at most
    12 words long), else 0."""
    for q in range(a, min(b, len(words))):
        if words[q] in _OPEN_QUOTES:
            for c in range(q + 1, min(len(words), q + 14)):
                if words[c] in _CLOSE_QUOTES:
                    return c
            return 0
    return 0


def _speech_to_outlet(words: list[str], k: int, lex: Lexicon, titled: bool = False
                      ) -> int | None:
    """ "a indiqué son directeur général au quotidien X", "a confié P à l'hebdomadaire X": "à /
    au" and an outlet noun before the name, a speech verb earlier in the sentence (French puts
    the speaker between them); `titled` when the name is an outlet's by its words or a list
    and needs no noun ("a déclaré le PDG de X au Journal du Kandor", "a indiqué mardi à l'AFP
    son directeur financier", session 18)."""
    if not any(w in lex.sources.to for w in words[max(0, k - 6):k]):
        return None
    j = _past_adjectives(words, skip_back(words, k, lex), lex)
    if j == 0 or words[j - 1] not in lex.sources.to or not titled \
            and not any(match_at(words, q, lex.outlet_descriptors) for q in range(j, k)):
        return None
    for q in range(j - 2, -1, -1):
        if titled and words[q] in lex.sources.that:
            return None  # "a indiqué qu'elle vendrait ses parts à X": the clause's "à"
        verb = match_at(words, q, lex.speech_verbs)
        if verb is not None:
            between = words[q + len(verb):j - 1]
            if titled and not _speaker_or_time(between, lex):
                return None  # "a annoncé la vente de sa filiale à X": a party
            return j - 1
    return None


def _speaker_or_time(between: list[str], lex: Lexicon) -> bool:
    """True when the words between a speech verb and "à / au" are nothing, a date, or a
    speaker with a role ("son directeur général", "le PDG de X")."""
    roles = lex.keys.get("roles", ())
    return all(w in lex.calendar or w in lex.determiners for w in between) \
        or any(match_at(between, q, roles) for q in range(len(between)))


def _title_with_place(
    view: SentenceView, k: int, lex: Lexicon, registry: Registry
) -> SourceMatch | None:
    """ "selon La Gazette de Quarnel, qui cite ...": an outlet's title and the place its name
    goes on with ("de X") are one outlet, not the outlet and a second name."""
    units, words = view.units, view.words
    if k + 2 >= len(units) or words[k + 1] not in lex.sources.of or len(units[k].mentions) != 1 \
            or len(units[k + 2].mentions) != 1:
        return None
    m = units[k].mentions[0]
    rec = registry.records.get(m.entity or "")
    place = _one_name(view, k + 2, registry)
    if rec is None or place is None or not (
            rec.type == EntityType.PUBLISHER
            or rec.type == EntityType.COMPANY and rec.known is None):
        return None
    found = _outlet_cue(words, k, lex)
    if found is None:  # ", a indiqué La Tribune de Quarnel."
        found = _closing_speech_cue(view, _past_adjectives(words, skip_back(words, k, lex), lex),
                                    k + 2, lex)
    if not _title_form(view, units[k].first, m.text, lex) and not (
            found is not None and k > 0 and words[k - 1] in lex.determiners):
        return None  # a title's article in lower case after a cue: "selon la Revue des X de Y"
    if found is None and not (match_at(words, k + 3, lex.source_after)
                              or _cites_sources(words, k + 2, lex)
                              or _closing_report(view, k + 2, lex)):
        return None
    first = found if found is not None else k + 3
    eid = publisher_named(registry, surface(view, k, k + 3))
    return SourceMatch(eid, units[min(first, k)].first, units[max(first, k + 2)].last,
                       (rec.id, place))
