"""Per-language cue lexicons and relation frames, loaded once from loaders/data/*.json."""

from __future__ import annotations

import gettext
import json
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

import pycountry
from babel import Locale
from babel.core import get_global

from loaders.extraction.insertions import insertion_end
from loaders.extraction.text import fold
from loaders.extraction.tokens import COMBINING_FORMS, tokenize
from ontology.records import RelationType

DATA_DIR = Path(__file__).resolve().parent.parent / "data"
LANGUAGES = ("en", "fr")

Phrase = tuple[str, ...]

BRAND_NOUNS = frozenset({"brand", "brands", "label", "labels", "marque", "marques"})
"""Nouns of a brand, both languages (folded), one family for the mention and relation stages
(session 23 review: four lists had grown apart in mentions.py and relations.py). Readers add
what is theirs: a shop sign ("enseigne") where a brand stands for a chain, the nouns of a line
of goods (`LINE_NOUNS`) where a name is the goods'."""
LINE_NOUNS = frozenset({"range", "line", "grade", "gamme", "qualite"})
"""Nouns of a line or grade of goods named like a brand ("the X pouch range", "en lingots de
qualité X")."""
BRAND_OR_SIGN_NOUNS = BRAND_NOUNS | {"enseigne", "enseignes"}
"""A brand's nouns and a chain's shop sign ("l'enseigne X"), which may stand for the firm."""
OF_WORDS = frozenset({"de", "d'", "du", "des", "of"})
"""The "of" of a complement, both languages (folded): one set for the stages that had five
copies of it (session 23 review 25). Readers needing fewer words use the two below."""
OF_WORDS_NO_DES = frozenset({"de", "d'", "du", "of"})
"""`OF_WORDS` without "des", which is also the plural indefinite article ("des usines")."""
FR_OF_WORDS = frozenset({"de", "d'", "du", "des"})
"""`OF_WORDS` in French only, for French-only shapes (a filing's place, a unit's description)."""


def phrase(text: str) -> Phrase:
    """Folded token tuple of a cue phrase ("s'approvisionne auprès de" -> 4 tokens).

    A phrase ending in an elided article ("au capital d'") keeps it as one token, as in text.
    """
    if text.endswith(("'", "’")):
        return tuple(t.norm for t in tokenize(text + "x"))[:-1]
    out: list[str] = []
    for t in tokenize(text):
        if t.text == "*" and out:
            out[-1] += "*"  # "devoil*": a prefix, matches "dévoilée", "dévoilait"...
        else:
            out.append(t.norm)
    return tuple(out)


def phrases(items: Any) -> tuple[Phrase, ...]:
    """Folded token tuples of several cue phrases, longest first (for greedy matching)."""
    return tuple(sorted({phrase(fold(str(i))) for i in items if str(i).strip()}, key=len,
                        reverse=True))


@dataclass(frozen=True)
class Frame:
    """One relation frame: a trigger and where its arguments are (see frames_*.json)."""

    type: RelationType
    triggers: tuple[Phrase, ...]
    subject: str | None = None
    object: str | None = None
    object_preps: tuple[Phrase, ...] = ()
    direct: bool = False
    window: int = 10
    agent_preps: tuple[Phrase, ...] = ()
    agent_role: str | None = None
    agent_required: bool = False
    possessor: bool = False
    possessor_role: str | None = None
    block_before: tuple[Phrase, ...] = ()
    block_between: frozenset[str] = frozenset()
    requires_between: frozenset[str] = frozenset()
    maker_goods: bool = False  # "Y distribue les vestes de X": only with the maker's goods
    # before its name (relations._maker_goods_sold; a flag since session 22, was read off
    # `requires_between` being "de"/"d'")
    requires_after: frozenset[str] = frozenset()
    block_after: frozenset[str] = frozenset()
    requires_before: frozenset[str] = frozenset()
    list_after: bool = False
    group_pairs: bool = False
    all_pairs: bool = False
    adjacent_left: str | None = None
    adjacent_right: str | None = None
    apposition: bool = False
    subject_possessor_only: bool = False
    possessed_product: bool = False
    possessed_object: bool = False  # "buys X's kaolin": the object is a named possessor
    noun_trigger: bool = False
    subject_direct: bool = False  # "pits X against Y": the direct object is the subject
    block_next: frozenset[str] = frozenset()
    requires_next: frozenset[str] = frozenset()
    status: str | None = None
    opening: bool = False  # the trigger counts only as the sentence's first words: "Face à
    # A et à B, X mise ..." (session 23)
    deverbal_services: bool = False  # a task named by any deverbal noun after a definite
    # article and before its complement counts as a required noun ("confier l'enregistrement
    # des passagers à X"; relations._deverbal_service, session 23)
    owned_goods_only: bool = False  # the subject is goods owned ("les lessives de Y sont
    # achetées à X"), never a name set off before the participle: "Y, achetée à X en 2019" is
    # a company sold (session 24, supply14)


@dataclass(frozen=True)
class SourceWords:
    """The words of source cues (loaders/data/source_words.json), read by sources.py (outlets)
    and documents.py (filings, notices, registers). French and English are in one list each:
    an article in one language cites outlets named in the other ("La Gazette de X" in English
    text), so both modules match both."""

    by: frozenset[str]  # "par", "by": an agent's preposition
    reported: tuple[Phrase, ...]  # a reporting verb after the name: "X reported"
    citing: frozenset[str]  # "citing", "citant"
    title_articles: tuple[str, ...]  # a title's capitalised article: "Le Progrès", "L'Informé"
    speaker: frozenset[str]  # "said it": the speaker speaking of itself
    newsroom: frozenset[str]  # what a newsroom says it did: "seen", "vu", "obtenu"
    citing_any: frozenset[str]  # every form of "cite"
    source_people: frozenset[str]  # who is cited: "people", "sources", "personnes"
    counts: frozenset[str]  # "two", "several", "plusieurs" people
    contracted: dict[str, str]  # contracted articles read as their preposition: "au" -> "a"
    regulator_heads: frozenset[str]  # a regulator's description: "regulator", "gendarme"
    auxiliaries: frozenset[str]  # "had", "avait": before a report's participle
    perfect_reports: tuple[Phrase, ...]
    """Participles of reporting after an auxiliary ("avait évoqué", "had revealed"); a
    statement's verbs ("a précisé", "has said") stay out: a regulator's statement is no source."""
    report_verbs: tuple[Phrase, ...]  # after a possessive name: "Harlan's Ledger reported"
    possessive_cues: tuple[Phrase, ...]  # "according to", "selon" before such a name
    name_end: frozenset[str]  # what may follow a name: punctuation, "and", "last"
    of: frozenset[str]  # "de", "du", "of": a complement
    news_objects: frozenset[str]
    """What a report is about ("first reported the talks", "a révélé l'opération", "reported
    that"), unlike what a company reports ("reported a loss", "a dévoilé un nouveau modèle")."""
    reporting: tuple[Phrase, ...]  # report verbs that bear on news
    strong_reports: frozenset[Phrase]
    """Report verbs only an outlet uses of a deal; "revealed the plans" may be a company's own."""
    journalism: frozenset[str]  # news objects of any report verb: "talks", "news", "that"
    inverted_reports: tuple[Phrase, ...]  # ", writes X.", ", révélait X"
    relative_subjects: frozenset[str]  # "which", "that", "qui"
    data_nouns: tuple[Phrase, ...]
    """What an outlet or a data provider publishes; not estimates (an analyst's opinion)."""
    data_links: tuple[Phrase, ...]  # "data from X", "compiled by X", "les données de X"
    results: frozenset[str]  # a company's results: "sales", "ventes" (its own report)
    self: frozenset[str]  # "its", "son": a report about its speaker
    to: frozenset[str]  # "au", "à": "a indiqué P au quotidien X"
    that: frozenset[str]  # "that", "que": a reported clause
    date_preps: frozenset[str]  # "on", "le" before a weekday: "said on Friday"
    time_preps: frozenset[str]  # "on", "in", "le", "en" before a date
    past_auxiliaries: frozenset[str]  # "had", "avait": "had reported" is an outlet's report
    relatives: frozenset[str]  # "qui", "which", "who" after a name: "X, qui cite des sources"
    filed: frozenset[str]  # "filed", "déposé": "a statement it filed confidentially with"
    coordinators: frozenset[str]  # "and", "et": "a report published by X and Y"
    agent_reports: tuple[Phrase, ...]  # "estimé à 900 millions par le quotidien X"
    own_documents: tuple[Phrase, ...]  # "according to its annual report", "selon son prospectus"
    document_adjectives: frozenset[str]  # "latest", "dernière": "la dernière note de X"
    document_in: tuple[Phrase, ...]  # "said in its quarterly report", "published with its"


@dataclass(frozen=True)
class Lexicon:
    """Everything language-specific the extractor reads: word lists, cues and frames."""

    language: str
    function_words: frozenset[str]
    prepositions: frozenset[str]
    determiners: frozenset[str]
    relative_pronouns: frozenset[str]
    complementizers: frozenset[str]
    subject_pronouns: dict[str, str]
    possessive_pronouns: dict[str, str]
    conjunctions: tuple[Phrase, ...]
    list_openers: tuple[Phrase, ...]
    scope_breakers: tuple[Phrase, ...]
    speech_verbs: tuple[Phrase, ...]
    modality: dict[str, tuple[Phrase, ...]]
    roles: dict[Phrase, str]
    role_connectors: frozenset[str]
    role_of: frozenset[str]
    role_areas: frozenset[str]  # "procurement", "sales": a business area before a role head
    role_area_heads: frozenset[str]  # "director", "chief": a role once an area precedes it
    role_verbs: dict[Phrase, str]
    role_verbs_active: dict[Phrase, str]
    descriptors: dict[Phrase, tuple[str, ...]]
    plural_anaphors: dict[Phrase, int]
    sector_words: dict[Phrase, str]
    nationalities: dict[str, str]
    based_suffix: tuple[Phrase, ...]
    platform_cues: tuple[Phrase, ...]
    outlet_words: frozenset[str]
    outlet_descriptors: tuple[Phrase, ...]
    document_nouns: tuple[Phrase, ...]
    document_preps: tuple[Phrase, ...]
    source_before: tuple[Phrase, ...]
    source_after: tuple[Phrase, ...]
    amount_scales: dict[str, float]
    amount_bounds: dict[Phrase, str]
    respectively: frozenset[str]
    frames: tuple[Frame, ...]
    title_words: frozenset[str]
    org_heads: frozenset[str]
    group_nouns: frozenset[str]
    product_nouns: frozenset[str]
    calendar: frozenset[str]
    alias_cues: tuple[Phrase, ...]
    sources: SourceWords
    role_words: frozenset[str] = field(default=frozenset())
    facility_nouns: frozenset[str] = field(default=frozenset())
    """Nouns of a site ("facility", "plant", "usine"): "the Quellport facility", "son usine de
    Quellport" name a place, not a company."""
    name_verbs: tuple[Phrase, ...] = ()
    """Verbs whose subject is an organisation ("completed", "finalise", "noue"): a lone
    capitalised first word before one is a name."""
    not_names: frozenset[str] = frozenset()
    """Lower-case words often written next to names that are never names ("others", "more")."""
    common_acronyms: frozenset[str] = frozenset()
    """Business terms written in capitals that are never names ("IPO", "OPA", "EBITDA", "PME")."""
    outlet_cues: tuple[Phrase, ...] = ()
    """Source cues whose object is a news outlet even when no list names it ("in an interview
    with X", "au micro de X"), unlike "according to X" which may cite a company."""
    inserts: frozenset[str] = frozenset()
    """Adverbs and degree adjectives that may stand between the words of a frame trigger
    ("compte néanmoins parmi ses principaux clients", "counts among its biggest customers")."""
    clause_prepositions: frozenset[str] = frozenset()
    guarded_descriptors: frozenset[str] = frozenset()
    """Description heads with a common reading that is no company ("the unit cost", "the arm
    of the law", "la branche professionnelle", "le cabinet du ministre"): a description only
    where its verb, punctuation or a nationality follows (see mentions._guarded)."""
    """Prepositions that also open a clause ("after", "since"): a name right after one, with
    its verb next, is that clause's subject ("after Korvane took a stake in Y")."""
    triggers: dict[str, tuple[tuple[Frame, Phrase], ...]] = field(default_factory=dict)
    """Frame triggers by first word (prefix triggers under '*'), for one lookup per word."""
    descriptor_ends: frozenset[str] = frozenset()
    """The last words of the descriptors: a descriptor can end only on one of them."""
    trigger_words: dict[Phrase, frozenset[str]] = field(default_factory=dict)
    """The exact (non-prefix) words of each frame trigger: a trigger can match a sentence only
    when all of them are among its words, whatever insertions stand between them."""
    keys: dict[str, tuple[Phrase, ...]] = field(default_factory=dict)
    """Stable, longest-first key tuples of the phrase dictionaries (for match_at)."""


def _load_json(name: str) -> dict[str, Any]:
    with (DATA_DIR / name).open(encoding="utf-8") as fh:
        data: dict[str, Any] = json.load(fh)
    return data


def _fr_futures(triggers: tuple[Phrase, ...]) -> tuple[Phrase, ...]:
    """The future of French first-group verbs listed in the present and the infinitive:
    "affronte" and "affronter" give "affrontera" and "affronteront" ("se mesure" / "se mesurer":
    "se mesurera"). Only the future: the conditional reports a hypothesis, the imperfect may
    report a former state."""
    listed = set(triggers)
    out: list[Phrase] = []
    for trig in triggers:
        head = trig[-1]
        if not head.endswith("e") or (*trig[:-1], head + "r") not in listed:
            continue
        for ending in ("ra", "ront"):
            form = (*trig[:-1], head + ending)
            if form not in listed:
                out.append(form)
                listed.add(form)
    return triggers + tuple(out)


def _frame(raw: dict[str, Any], language: str = "en") -> Frame:
    def words(key: str) -> frozenset[str]:
        return frozenset(fold(w) for w in raw.get(key, []))

    triggers = phrases(raw["triggers"])
    return Frame(
        type=RelationType(raw["type"]),
        triggers=_fr_futures(triggers) if language == "fr" else triggers,
        subject=raw.get("subject"),
        object=raw.get("object"),
        object_preps=phrases(raw.get("object_preps", [])),
        direct=bool(raw.get("direct", False)),
        window=int(raw.get("window", 10)),
        agent_preps=phrases(raw.get("agent_preps", [])),
        agent_role=raw.get("agent_role"),
        agent_required=bool(raw.get("agent_required", False)),
        possessor=bool(raw.get("possessor", False)),
        possessor_role=raw.get("possessor_role"),
        block_before=phrases(raw.get("block_before", [])),
        block_between=words("block_between"),
        requires_between=words("requires_between"),
        maker_goods=bool(raw.get("maker_goods", False)),
        requires_after=words("requires_after"),
        block_after=words("block_after"),
        requires_before=words("requires_before"),
        list_after=bool(raw.get("list_after", False)),
        group_pairs=bool(raw.get("group_pairs", False)),
        all_pairs=bool(raw.get("all_pairs", False)),
        adjacent_left=raw.get("adjacent_left"),
        adjacent_right=raw.get("adjacent_right"),
        apposition=bool(raw.get("apposition", False)),
        subject_possessor_only=bool(raw.get("subject_possessor_only", False)),
        possessed_product=bool(raw.get("possessed_product", False)),
        possessed_object=bool(raw.get("possessed_object", False)),
        noun_trigger=bool(raw.get("noun_trigger", False)),
        subject_direct=bool(raw.get("subject_direct", False)),
        block_next=words("block_next"),
        requires_next=words("requires_next"),
        status=raw.get("status"),
        opening=bool(raw.get("opening", False)),
        deverbal_services=bool(raw.get("deverbal_services", False)),
        owned_goods_only=bool(raw.get("owned_goods_only", False)),
    )


_NOT_PLACE_WORDS = frozenset({"and", "of", "the", "et", "de", "du", "la", "le", "les", "des", "d",
                              "l", "&", "st", "sar", "rae", "(", ")", "-", "islands", "island",
                              "iles", "ile", "republic", "republique", "federation", "kingdom"})


_EXTRA_PLACE_NAMES = ("Great Britain", "Northern Ireland", "Grande-Bretagne", "pays de Galles",
                      "Irlande du Nord", "Emirats arabes unis", "EAU", "New York City")
# Cities of CLDR's time zones that are also words, names of people or of companies: no places.
_ZONE_CITY_NOT_PLACES = frozenset({
    "bougainville", "casey", "chatham", "creston", "darwin", "davis", "halifax", "lindeman",
    "macquarie", "mawson", "menominee", "midway", "nome", "oral", "palmer", "phoenix", "regina",
    "resolute", "rothera", "showa", "stanley", "thule", "troll", "vostok", "wake", "kirov",
    "denver", "madeira", "madere", "cayenne", "samara", "tahiti", "gaza", "chita", "juba",
    "kamchatka", "kamtchatka", "sakhalin", "sakhaline", "galapagos", "chagos", "faroes",
    "kerguelen", "efate", "mahe", "marigot", "louisville", "merida", "cordoba"})


def _territory_names(lang: str) -> list[str]:
    return [name for code, name in Locale(lang).territories.items()
            if code.isalpha() and len(code) == 2]


@cache
def zone_cities() -> tuple[str, ...]:
    """The exemplar cities of CLDR's time zones (Babel), in English and French: a systematic
    list of the world's large cities ("Winnipeg", "Almaty", "Ho Chi Minh City", "Le Caire")."""
    cities: list[str] = []
    for lang in ("en", "fr"):
        names = Locale(lang).time_zones
        for zone in sorted(get_global("zone_territories")):
            if "/" in zone and not zone.startswith("Etc/"):
                city = names.get(zone, {}).get("city") or zone.rsplit("/", 1)[1].replace("_", " ")
                cities.append(city.split(",")[0].split(" (")[0].split(" [")[0])
    return tuple(cities)


@cache
def place_words() -> frozenset[str]:
    """Folded words of place names: places.txt, the country and territory names of Babel's CLDR
    data in English and French ("Saudi Arabia", "Arabie saoudite") and its one-word time-zone
    cities ("Winnipeg", "Almaty"; not those that are also common names: "Phoenix")."""
    words: set[str] = set()
    for lang in ("en", "fr"):
        for name in _territory_names(lang):
            words.update(fold(w) for w in name.replace("-", " ").split())
    for city in zone_cities():
        if " " not in city and "-" not in city and fold(city) not in _ZONE_CITY_NOT_PLACES:
            words.add(fold(city))
    words |= word_list("places.txt")
    return frozenset(w for w in words if w not in _NOT_PLACE_WORDS and (len(w) > 2 or w == "uk"))


@cache
def country_codes() -> dict[str, str]:
    """Folded English names of countries and territories (Babel's CLDR data, as token norms
    joined by spaces: "italy", "south korea", "united kingdom") and the short names news uses
    ("britain", "america") -> ISO 3166 code: the country of "Italy's X", "South Korea's X"."""
    out = {" ".join(t.norm for t in tokenize(name)): code
           for code, name in Locale("en").territories.items()
           if code.isalpha() and len(code) == 2 and code not in ("EU", "EZ", "UN", "QO")}
    out.update({"britain": "GB", "great britain": "GB", "america": "US", "the us": "US"})
    return out


_SUBDIVISION_LEVELS = (
    ("FR", ("Metropolitan department", "Metropolitan region")), ("DE", ("Land",)),
    ("US", ("State",)), ("ES", ("Autonomous community",)), ("IT", ("Region",)),
    ("CA", ("Province", "Territory")), ("CH", ("Canton",)), ("AT", ("State",)),
    ("BE", ("Region",)))
"""First-level subdivisions that news about companies names as places: French departments and
regions, German Länder, US states, Spanish and Italian regions, Canadian provinces, Swiss
cantons, Austrian states and Belgian regions (provinces, counties and boroughs below them share
too many names with common words: British "Reading", "Bury", Italian "Como" stay out)."""


@cache
def subdivision_names() -> tuple[str, ...]:
    """Names of the subdivisions of _SUBDIVISION_LEVELS in ISO 3166-2 (pycountry's data), in the
    country's language ("Gard", "Bas-Rhin", "Occitanie", "Bayern", "Ohio") and in French from
    pycountry's gettext catalogue ("Bavière", "Basse-Saxe", "Rhénanie-Palatinat", "Styrie";
    about 5 ms more, once per process)."""
    french = gettext.translation("iso3166-2", pycountry.LOCALES_DIR, languages=["fr"],
                                 fallback=True)
    names: list[str] = []
    levels_of = dict(_SUBDIVISION_LEVELS)
    for sub in pycountry.subdivisions:
        if sub.type in levels_of.get(sub.country_code, ()):
            name = sub.name.split(" [")[0].split(", ")[0].replace("\u2019", "'")
            if name[:1].isupper():  # "Asturias, Principado de" -> "Asturias"
                names.append(name)
            translated = french.gettext(sub.name).replace("\u2019", "'")
            if translated != sub.name and ", " not in translated:  # not "Flamande, Région"
                names.append(translated)
    return tuple(names)


@cache
def place_names() -> frozenset[str]:
    """Folded full names of countries, territories and several-word cities (Babel's CLDR data,
    English and French): "united kingdom", "royaume-uni", "republique tcheque", "addis ababa"
    (whose words alone are not places)."""
    names: set[str] = set()
    cities = [c for c in zone_cities() if " " in c or "-" in c]
    for name in _territory_names("en") + _territory_names("fr") + cities \
            + list(_EXTRA_PLACE_NAMES) + list(subdivision_names()):
        names.add(" ".join(t.norm for t in tokenize(name)))
    return frozenset(names)


_FR_FEMININE = (("ien", "ienne"), ("een", "eenne"), ("on", "onne"), ("e", "e"))


def _fr_forms(masculine: str, feminine: str | None) -> tuple[str, ...]:
    """The four forms of a French nationality adjective: "italien" -> italienne, italiens,
    italiennes; "français" -> française, français, françaises; "belge" -> belges."""
    if feminine is None:
        feminine = next((masculine[: -len(m)] + f for m, f in _FR_FEMININE
                         if masculine.endswith(m)), masculine + "e")
    plural = masculine if masculine.endswith(("s", "x")) else masculine + "s"
    return masculine, feminine, plural, feminine + "s"


@cache
def demonyms(language: str) -> dict[str, str]:
    """Folded nationality adjectives of data/demonyms.tsv -> country code, in `language`
    (French ones in their four forms)."""
    out: dict[str, str] = {}
    for line in (DATA_DIR / "demonyms.tsv").read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        cols = line.split("\t") + [""]
        code, english, french, feminines = cols[0], cols[1], cols[2], cols[3]
        if language == "en":
            out.update((fold(w.strip()), code) for w in english.split(","))
            continue
        fem = [f.strip() for f in feminines.split(",") if f.strip()]
        for n, masc in enumerate(w.strip() for w in french.split(",")):
            out.update((fold(f), code) for f in _fr_forms(masc, fem[n] if n < len(fem) else None))
    simple = list(out) + (["us", "uk", "eu"] if language == "en" else [])
    for first in COMBINING_FORMS:  # "sino-americain", "anglo-dutch": of no single country
        out.update((f"{first}-{word}", "EU") for word in simple)
    return out


@cache
def word_list(name: str) -> frozenset[str]:
    """Folded words of a whitespace-separated data file ('#' starts a comment line)."""
    words: set[str] = set()
    for line in (DATA_DIR / name).read_text(encoding="utf-8").splitlines():
        if not line.startswith("#"):
            words.update(fold(w) for w in line.split())
    return frozenset(words)


def has_trade_word(words: list[str]) -> bool:
    """True when a folded word of a capitalised name, or a part of a hyphenated one, is a
    sector or trade noun (`data/trade_words.txt`: "Brelmoor Coachworks", "Ceramica Quistelli",
    "Quistor Schiffbau-Gesellschaft"): the name is a company's, never a person's (session 20)."""
    trade = word_list("trade_words.txt")
    return any(w in trade or "-" in w and any(p in trade for p in w.split("-"))
               or _trade_shaped(w) for w in words)


_TRADE_SUFFIXES = (("erei", 7), ("ereien", 9), ("erie", 8), ("eries", 9))
"""Endings of a trade's or a works' noun with the shortest such word: German "-erei"
("Käserei", "Druckerei"), French "-erie" ("Horlogerie", "Biscuiterie"); a first name with the
ending ("Valérie") stays out."""
_COMPOUND_TRADES = ("werk", "werke", "logistik", "technik")
"""German trade nouns that end compounds ("Farbwerk", "Kranlogistik", "Messtechnik")."""


def _trade_shaped(word: str) -> bool:
    """True when a folded word has the shape of a trade's noun (`_TRADE_SUFFIXES`,
    `_COMPOUND_TRADES` after at least three letters): "Käserei Velden", "Horlogerie Quistor",
    "Farbwerk Velden" are companies, never people."""
    if not word.isalpha():
        return False
    if any(word.endswith(end) and len(word) >= size for end, size in _TRADE_SUFFIXES):
        return word not in word_list("first_names.txt")
    return any(word.endswith(end) and len(word) >= len(end) + 3 for end in _COMPOUND_TRADES)


@cache
def source_words() -> SourceWords:
    """The source cue words of data/source_words.json (one object, shared by both lexicons)."""
    raw = _load_json("source_words.json")

    def words(key: str) -> frozenset[str]:
        return frozenset(raw[key])

    def phrase_list(key: str) -> tuple[Phrase, ...]:
        return tuple(tuple(p.split(" ")) for p in raw[key])  # in the file's order

    return SourceWords(
        by=words("by"), reported=phrase_list("reported"), citing=words("citing"),
        title_articles=tuple(raw["title_articles"]), speaker=words("speaker"),
        newsroom=words("newsroom"), citing_any=words("citing_any"),
        source_people=words("source_people"), counts=words("counts"),
        contracted=dict(raw["contracted"]), regulator_heads=words("regulator_heads"),
        auxiliaries=words("auxiliaries"), perfect_reports=phrase_list("perfect_reports"),
        report_verbs=phrase_list("report_verbs"), possessive_cues=phrase_list("possessive_cues"),
        name_end=words("name_end"), of=words("of"), news_objects=words("news_objects"),
        reporting=phrase_list("reporting"), strong_reports=frozenset(phrase_list("strong_reports")),
        journalism=words("journalism"), inverted_reports=phrase_list("inverted_reports"),
        relative_subjects=words("relative_subjects"), data_nouns=phrase_list("data_nouns"),
        data_links=phrase_list("data_links"), results=words("results"), self=words("self"),
        to=words("to"), that=words("that"), date_preps=words("date_preps"),
        time_preps=words("time_preps"), past_auxiliaries=words("past_auxiliaries"),
        relatives=words("relatives"), agent_reports=phrases(raw["agent_reports"]),
        coordinators=words("coordinators"), filed=words("filed"),
        own_documents=phrases(raw["own_documents"]),
        document_adjectives=words("document_adjectives"), document_in=phrases(raw["document_in"]))


@cache
def load_lexicon(language: str) -> Lexicon:
    """The lexicon of `language` ('fr' or 'en'; anything else falls back to English)."""
    lang = language if language in LANGUAGES else "en"
    raw = _load_json(f"lexicon_{lang}.json")
    frames = tuple(_frame(f, lang) for f in _load_json(f"frames_{lang}.json")["frames"])
    mod = {k: phrases(v) for k, v in raw["modality"].items()}
    roles = {phrase(fold(k)): v for k, v in raw["roles"].items()}
    role_words = frozenset(w for p in roles for w in p)
    amount = raw["amount"]
    descriptors = {phrase(fold(k)): tuple(v) for k, v in raw["descriptors"].items()}
    lexicon = Lexicon(
        language=lang,
        function_words=frozenset(fold(w) for w in raw["function_words"]),
        prepositions=frozenset(fold(w) for w in raw["prepositions"]),
        determiners=frozenset(fold(w) for w in raw["determiners"]),
        relative_pronouns=frozenset(fold(w) for w in raw["relative_pronouns"]),
        complementizers=frozenset(fold(w) for w in raw["complementizers"]),
        subject_pronouns={fold(k): v for k, v in raw["subject_pronouns"].items()},
        possessive_pronouns={fold(k): v for k, v in raw["possessive_pronouns"].items()},
        conjunctions=phrases(raw["conjunctions"]),
        list_openers=phrases(raw["list_openers"]),
        scope_breakers=phrases(raw["scope_breakers"]),
        speech_verbs=phrases(raw["speech_verbs"]),
        modality=mod,
        roles=roles,
        role_connectors=frozenset(fold(w) for w in raw["role_connectors"]),
        role_of=frozenset(fold(w) for w in raw["role_of"]),
        role_areas=frozenset(fold(w) for w in raw.get("role_areas", ())),
        role_area_heads=frozenset(fold(w) for w in raw.get("role_area_heads", ())),
        role_verbs={phrase(fold(k)): v for k, v in raw["role_verbs"].items()},
        role_verbs_active={phrase(fold(k)): v for k, v in raw["role_verbs_active"].items()},
        descriptors=descriptors,
        descriptor_ends=frozenset(key[-1] for key in descriptors if key),
        plural_anaphors={phrase(fold(k)): int(v) for k, v in raw["plural_anaphors"].items()},
        sector_words={phrase(fold(k)): v for k, v in raw["sector_words"].items()},
        nationalities=demonyms(lang) | {fold(k): v for k, v in raw["nationalities"].items()},
        based_suffix=phrases(raw["based_suffix"]),
        platform_cues=phrases(raw["platform_cues"]),
        outlet_words=frozenset(fold(w) for w in raw["outlet_words"]),
        outlet_descriptors=phrases(raw["outlet_descriptors"]),
        document_nouns=phrases(raw["document_nouns"]),
        document_preps=phrases(raw["document_preps"]),
        source_before=phrases(raw["source_cues"]["before"]),
        source_after=phrases(raw["source_cues"]["after"]),
        amount_scales={fold(k): float(v) for k, v in amount["scales"].items()},
        amount_bounds={phrase(fold(k)): v for k, v in amount["bounds"].items()},
        respectively=frozenset(fold(w) for w in raw["respectively"]),
        frames=frames,
        title_words=frozenset(fold(w) for w in raw["title_words"]),
        org_heads=frozenset(fold(w) for w in raw["org_heads"]),
        group_nouns=frozenset(fold(w) for w in raw["group_nouns"]),
        product_nouns=frozenset(fold(w) for w in raw["product_nouns"]),
        facility_nouns=frozenset(fold(w) for w in raw.get("facility_nouns", [])),
        calendar=frozenset(fold(w) for w in raw["calendar"]),
        alias_cues=phrases(raw["alias_cues"]),
        sources=source_words(),
        role_words=role_words,
        name_verbs=phrases(raw.get("name_verbs", [])),
        not_names=frozenset(fold(w) for w in raw.get("not_names", [])),
        outlet_cues=phrases(raw.get("outlet_cues", [])),
        common_acronyms=frozenset(fold(w) for w in raw.get("common_acronyms", [])),
        inserts=frozenset(fold(w) for w in raw.get("inserts", [])),
        clause_prepositions=frozenset(fold(w) for w in raw.get("clause_prepositions", [])),
        guarded_descriptors=frozenset(fold(w) for w in raw.get("guarded_descriptors", [])),
    )
    by_word: dict[str, list[tuple[Frame, Phrase]]] = {}
    for frame in frames:
        for trig in frame.triggers:
            key = "*" if trig[0].endswith("*") and len(trig[0]) > 1 else trig[0]
            by_word.setdefault(key, []).append((frame, trig))
    lexicon.triggers.update({k: tuple(v) for k, v in by_word.items()})
    lexicon.trigger_words.update(
        {trig: frozenset(w for w in trig if not (w.endswith("*") and len(w) > 1))
         for entries in by_word.values() for _, trig in entries})
    for name in ("descriptors", "plural_anaphors", "sector_words", "roles", "role_verbs",
                 "role_verbs_active", "amount_bounds"):
        table = getattr(lexicon, name)
        lexicon.keys[name] = tuple(sorted(table, key=len, reverse=True))
    for name in ("notice_nouns", "body_heads", "title_heads", "edition_words", "regulator_heads",
                 "investor_words", "analyst_nouns", "analyst_notes", "naming_verbs",
                 "naming_roles", "naming_hedges", "research_descriptors", "research_links",
                 "research_estimates", "news_nouns", "attribution_cues", "gazettes",
                 "company_title_heads", "body_statements"):
        lexicon.keys[name] = phrases(raw.get(name, []))  # sources.py (outlets), documents.py
    # one tuple built once, so match_at indexes it once (mentions._lower_name_context)
    lexicon.keys["speech_and_name_verbs"] = lexicon.speech_verbs + lexicon.name_verbs
    return lexicon


class _PhraseIndex:
    """Phrases grouped by first token (exact) plus the prefix ('*') ones, longest first."""

    __slots__ = ("exact", "prefix", "phrases")

    def __init__(self, phrases: tuple[Phrase, ...]) -> None:
        self.phrases = phrases  # keeps the tuple alive while its id is a cache key
        self.exact: dict[str, list[Phrase]] = {}
        self.prefix: list[Phrase] = []
        for p in phrases:
            if not p:
                continue
            if p[0].endswith("*") and len(p[0]) > 1:
                self.prefix.append(p)
            else:
                self.exact.setdefault(p[0], []).append(p)


_INDEXES: dict[int, _PhraseIndex] = {}


def _index(candidates: tuple[Phrase, ...]) -> _PhraseIndex:
    idx = _INDEXES.get(id(candidates))
    if idx is None or idx.phrases is not candidates:
        if len(_INDEXES) > 512:
            _INDEXES.clear()
        idx = _PhraseIndex(candidates)
        _INDEXES[id(candidates)] = idx
    return idx


def matches(words: list[str], i: int, cand: Phrase) -> bool:
    """True when phrase `cand` matches `words` from index i."""
    n = len(cand)
    if i + n > len(words):
        return False
    for k in range(n):
        c = cand[k]
        w = words[i + k]
        if c == w:
            continue
        if c.endswith("*") and len(c) > 1 and w.startswith(c[:-1]):
            continue
        return False
    return True


MAX_INSERTS = 3


def match_span(words: list[str], i: int, cand: Phrase, inserts: frozenset[str],
               calendar: frozenset[str] | None = None) -> int:
    """The number of words phrase `cand` covers from index i when up to MAX_INSERTS words of
    `inserts` may stand between its words ("compte néanmoins parmi ses principaux clients"
    for "compte parmi ses clients"), and, given the language's `calendar`, one bounded
    insertion phrase of `insertions.insertion_end` (an amount, a share, a date: "va entrer à
    hauteur de 20 % au capital de", "took earlier this year a stake in"); 0 when it does not
    match."""
    if matches(words, i, cand):
        return len(cand)
    if len(cand) < 2 or not (inserts or calendar) or not matches(words, i, cand[:1]):
        return 0
    j = i + 1
    skipped = 0
    phrase_left = calendar is not None  # one insertion phrase at most
    for c in cand[1:]:
        while j < len(words) and not matches(words, j, (c,)):
            if words[j] in inserts and skipped < MAX_INSERTS:
                j += 1
                skipped += 1
                continue
            end = insertion_end(words, j, calendar, parenthesis=False) \
                if phrase_left and calendar is not None else j
            if end == j:
                break
            j, phrase_left = end, False
        if not matches(words, j, (c,)):
            return 0
        j += 1
    return j - i


def match_at(words: list[str], i: int, candidates: tuple[Phrase, ...]) -> Phrase | None:
    """The first (longest) phrase of `candidates` whose tokens match `words` from index i.

    A phrase token ending in '*' matches any word with that prefix. Candidates are indexed by
    first token on first use, so a call costs a dictionary lookup plus the few phrases that
    start with words[i].
    """
    if i < 0 or i >= len(words):
        return None
    idx = _INDEXES.get(id(candidates))  # _index inlined: this is the hottest lookup
    if idx is None or idx.phrases is not candidates:
        idx = _index(candidates)
    exact = idx.exact.get(words[i])
    if exact is None and not idx.prefix:
        return None  # no phrase starts with this word (the usual case)
    best: Phrase | None = None
    for cand in exact or ():
        if len(cand) == 1 or matches(words, i, cand):  # its first word is words[i]
            best = cand
            break
    for cand in idx.prefix:
        if matches(words, i, cand) and (best is None or len(cand) > len(best)):
            best = cand
    return best


def match_ending_at(words: list[str], end: int, candidates: tuple[Phrase, ...]) -> Phrase | None:
    """The longest phrase of `candidates` whose last token is words[end - 1]."""
    idx = _index(candidates)
    for start in range(max(0, end - 8), end):
        size = end - start
        exact = idx.exact.get(words[start], ())
        if not exact and not idx.prefix:
            continue  # no phrase starts with this word
        for cand in (*exact, *idx.prefix):
            if len(cand) == size and matches(words, start, cand):
                found: Phrase = cand
                return found
    return None
