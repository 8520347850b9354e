"""Implicit parties: a relation cue with one overt party whose other party is left unsaid
because it is the company the article is about.

"L'électrolyseur sera fourni par X", "The vessel will be forged by X": a passive supply cue
whose subject is a plain noun phrase (a thing, no company, no pronoun) and whose agent is
named. The thing is the topic company's, so X supplies the topic. The grammar decides that a
party is missing (no mention can fill the subject slot); the discourse decides which (the
article's main company, `resolution.main_entity`).
"""

from __future__ import annotations

from collections.abc import Container

from loaders.extraction.lexicon import Frame, match_at
from loaders.extraction.mentions import DATIVE_CLITICS, NAME
from loaders.extraction.resolution import SELL_VERBS, STAKE_NOUNS
from loaders.extraction.units import AGENT_PREPS, HARD_BOUNDARIES, TO_WORDS, SentenceView
from ontology.records import RelationType

# auxiliaries, adverbs and modals between a passive's subject and its participle
_FILLERS = frozenset({"will", "would", "be", "is", "are", "was", "were", "been", "being",
                      "also", "now", "to", "should", "could", "may", "might", "must", "then",
                      "sera", "seront", "serait", "seraient", "est", "sont", "ete", "etre",
                      "a", "ont", "aussi", "egalement", "desormais", "va", "vont", "doit",
                      "doivent", "devrait", "devraient", "pourrait", "deja"})
# words that make the subject noun phrase something other than a thing of the topic
# (a purpose or beneficiary complement names whom the thing is for: "l'hydrogène nécessaire à
# l'exploitation", "the power for the new line" may be anyone's)
_NOT_A_THING = frozenset({"qui", "que", "dont", "which", "who", "whose", "et", "and", "or",
                          "ou", "a", "au", "aux", "pour", "for", "to", "destine", "destinee",
                          "destines", "destinees", "necessaire", "necessaires", "needed"})
# things made that are no goods: documents, analyses, plans, deals, awards ("The report was
# produced by X", "L'étude a été réalisée par X" say nothing of a supplier)
_NOT_GOODS = frozenset({
    "report", "reports", "study", "studies", "plan", "plans", "strategy", "analysis", "survey",
    "ranking", "deal", "transaction", "operation", "offer", "bid", "decision", "statement",
    "review", "research", "assessment", "audit", "valuation", "filing", "proposal",
    "agreement", "investigation", "article", "book", "film", "documentary", "prize", "award",
    "law", "bill", "idea", "concept", "index", "list", "letter", "note", "memo", "design",
    "rapport", "rapports", "etude", "etudes", "strategie", "analyse", "enquete", "classement",
    "offre", "accord", "communique", "evaluation", "valorisation",
    "proposition", "loi", "idee", "indice", "liste", "lettre", "prix", "livre",
    "documentaire", "recherche", "reforme", "projet", "project", "projects", "projets"})
# words opening a second clause after a first passive: its subject opens after them
_CLAUSE_OPENERS = frozenset({("tandis", "que"), ("alors", "que")})
_CLAUSE_OPENERS_1 = frozenset({"while", "whereas"})
_AGENT_WORDS = frozenset({"par", "by", "le", "la", "les", "l'", "the", "du", "des"})


# the preposition before the supplier of a first supply clause ("bought from Korea's A",
# "acheté à l'allemand A", "achetées auprès de A"; session 19)
_SUPPLIER_PREPS = AGENT_PREPS | {"from", "a", "au", "aux", "aupres"}


def _agent_at(view: SentenceView, j: int, preps: frozenset[str] = AGENT_PREPS) -> bool:
    """True when the mention at unit j follows "par"/"by" (or another of `preps`; behind a
    determiner and two words at most: a trade noun and a nationality, "par le motoriste
    norvégien A" (session 20), or a country's "'s"): the agent of a passive, which owns none
    of the goods."""
    words = view.words
    for q in range(j - 1, max(-1, j - 5), -1):
        if words[q] in preps and not (words[q] == "aupres" and q + 1 < j
                                      and words[q + 1] not in ("de", "d'", "du", "des")):
            return True
        if words[q] not in _AGENT_WORDS and words[q] != "'s" \
                and (view.units[q].is_mention or q == j - 4):
            return False
    return False


def _bare_plural(words: list[str], start: int, end: int) -> bool:
    """True when the words `start`..`end` are a short noun phrase with no determiner
    ending in a plural ("steel bolts", "les isolants" has its own determiner)."""
    return end - start < 3 and words[end].endswith("s") and not words[start][:1].isdigit() \
        and words[end] not in _PEOPLE


# people who "come from" a company without being its goods ("while most engineers come from
# Y": hired, not supplied)
_PEOPLE = frozenset({"customers", "clients", "rivals", "investors", "visitors", "tourists",
                     "students", "staff", "employees", "workers", "engineers", "managers",
                     "executives", "buyers", "passengers", "patients", "users", "members",
                     "recruits", "salaries", "ingenieurs", "cadres", "dirigeants", "employes",
                     "ouvriers", "visiteurs", "utilisateurs", "membres",
                     "passagers", "acheteurs", "investisseurs", "concurrents"})


# definite determiners: "the vessel" is a known thing, "a new plant" may be anyone's
_DEFINITE = frozenset({"le", "la", "l'", "les", "ce", "cet", "cette", "ces", "the", "this",
                       "these", "those"})


_PHRASE_WORDS = 8
"""A thing's subject noun phrase has fewer words than this ("la cuve du réacteur de la
centrale"); its head noun is looked for no further back than this before the verb."""


def thing_subject(frame: Frame, t: int, view: SentenceView, lex_preps: frozenset[str]) -> bool:
    """True when a passive SUPPLIES trigger at unit `t` has for subject a definite noun
    phrase that names no party ("la cuve du réacteur sera forgée par", "the launches will
    be handled by") and opens its sentence or follows a fronted phrase ("Côté industriel,"),
    and is no document, plan or deal (the words before its first preposition `lex_preps`)."""
    if frame.type != RelationType.SUPPLIES or frame.subject != "target" \
            or frame.object is not None or not frame.agent_preps or frame.noun_trigger:
        return False
    if frame.requires_before and not any(
            w in frame.requires_before for w in view.words[max(0, t - _PHRASE_WORDS):t]):
        return False  # "The logistics are handled by Y", not "The interim is handled by Y"
    return _thing_before(t, view, lex_preps, bare=frame.requires_before)


def thing_source_subject(frame: Frame, t: int, view: SentenceView,
                         lex_preps: frozenset[str]) -> bool:
    """True when a SUPPLIES trigger whose customer is the possessor of its subject and whose
    supplier follows a preposition ("X's engines come from Y", "les moteurs de X proviennent
    de Y") has for subject a definite thing no company owns in its sentence ("The engines are
    sourced from Y", "Les coques sont achetées auprès de Y"): the thing is the topic's, as
    for `thing_subject`."""
    if frame.type != RelationType.SUPPLIES or frame.subject != "target" \
            or frame.object != "source" or not frame.subject_possessor_only \
            or frame.noun_trigger:
        return False
    return _thing_before(t, view, lex_preps, _NOT_GOODS_FROM)


# what "comes from" a company without being its goods: money, sales and demand (the company
# is a funder or a customer), rivalry, words and news (session 18, implicit)
_NOT_GOODS_FROM = frozenset({
    "funds", "funding", "money", "cash", "capital", "financing", "finance", "proceeds",
    "revenue", "revenues", "sales", "turnover", "income", "profit", "profits", "growth",
    "demand", "orders", "order", "business", "competition", "pressure", "threat", "challenge",
    "risk", "news", "announcement", "comment", "comments", "criticism", "support",
    "investment", "investments", "stake", "shares", "majority", "bulk", "rest", "half", "share",
    "fonds", "financement", "financements", "argent", "capitaux", "recettes", "revenus",
    "ventes", "chiffre", "benefice", "benefices", "croissance", "demande", "commandes",
    "commande", "activite", "concurrence", "pression", "menace", "risque", "nouvelle",
    "annonce", "critique", "critiques", "soutien", "investissement", "investissements",
    "participation", "actions", "majorite", "moitie", "reste", "part", "essentiel", "plupart",
    "initiative", "impulsion", "information", "informations", "remainder", "balance",
    "solde", "complement", "loan", "loans", "debt", "pret", "prets", "dette"})


def _thing_before(t: int, view: SentenceView, lex_preps: frozenset[str],
                  not_goods: frozenset[str] = frozenset(),
                  bare: frozenset[str] = frozenset()) -> bool:
    """True when the words before unit `t` (behind auxiliaries) are a definite noun phrase
    naming no party that opens its clause, and no document, plan or deal; a service noun of
    `bare` in its first two words needs no determiner ("Maintenance of the fleet",
    "Boiler upgrades")."""
    words = view.words
    k = t - 1
    while k >= 0:
        if words[k] in _FILLERS:
            k -= 1
        elif words[k] in DATIVE_CLITICS and k + 1 < t:
            k -= 1  # "Les moteurs lui sont fournis par Y": the clitic stands for the
            # company the passage is about (session 25, supply16)
        else:
            break
    if k < 0:
        return False
    end = k
    opener = False
    while k >= 0 and words[k] != "," and words[k] not in HARD_BOUNDARIES:
        if k >= 1 and (words[k - 1], words[k]) in _CLAUSE_OPENERS \
                or words[k] in _CLAUSE_OPENERS_1:
            opener = True  # "..., tandis que les flotteurs seront fabriqués par Y"
            k -= 1 if words[k] in _CLAUSE_OPENERS_1 else 2
            break
        if view.units[k].is_mention or words[k] in _NOT_A_THING or words[k] == ".":
            return False
        k -= 1
    start = k + (3 if opener and words[k + 1] not in _CLAUSE_OPENERS_1 else 2 if opener else 1)
    if start > end or words[start] not in _DEFINITE and not any(
            w in bare for w in words[start:min(start + 2, end + 1)]) and not (
            opener and _bare_plural(words, start, end)):
        return False  # "while steel bolts come from Y": a bare plural after the opener
    if any(view.units[j].is_mention and not (opener and _agent_at(view, j, _SUPPLIER_PREPS))
           for j in range(0, start)):
        return False  # a company earlier in the sentence may own the thing, unless it is
        # the agent or the supplier of the clause before ("X sera fourni par A, tandis
        # que ...", "The resin is bought from Korea's A, while ...")
    for w in words[start + 1:end + 1]:
        if w in lex_preps:
            break
        if w in _NOT_GOODS or w in not_goods:
            return False
    return end - start < _PHRASE_WORDS


# "X will keep a 10% holding", "X conservera une participation de 10 %": a stake verb and
# noun with no company it is in
_STAKE_VERBS = frozenset({
    "keep", "keeps", "kept", "keeping", "retain", "retains", "retained", "retaining", "hold",
    "holds", "holding", "take", "takes", "took", "taking",
    "conserve", "conservera", "conserveront", "conservent", "conserver", "conservait", "garde",
    "gardera", "garderont", "gardent", "garder", "detient", "detiendra", "detiendront",
    "detiennent", "prend", "prendra", "prendront", "prennent"})
_STAKE_FILLERS = frozenset({"will", "would", "also", "still", "to", "a", "an", "its", "their",
                            "the", "une", "sa", "leur", "la", "minority", "majority", "small",
                            "residual", "remaining", "minoritaire", "majoritaire", "residuelle",
                            "%", "per", "cent", "percent", "de", "d'", "egalement", "aussi"})
# what may follow a stake with no company: the end of the clause or a time phrase
_STAKE_ENDS = frozenset({".", ",", ";", "and", "et", "after", "apres", "once", "until",
                         "jusqu'", "for", "pour", "following", "when", "lorsque"})


def implicit_stake(view: SentenceView) -> tuple[int, int, int] | None:
    """(holder unit, verb unit, end unit) when the sentence opens with a company that keeps or
    takes a stake in no named company: "Quelvane will keep a 10% holding."; None otherwise."""
    words, units = view.words, view.units
    if not units or not units[0].is_mention or units[0].possessive:
        return None
    k = 1
    if k < len(words) and words[k] == ",":  # "X, the parent of Y, will keep ..."
        k += 1
        while k < len(words) and words[k] != ",":
            if words[k] in HARD_BOUNDARIES or words[k] == ".":
                return None
            k += 1
        k += 1
    while k < len(words) and words[k] in ("will", "would", "also", "still", "egalement",
                                          "aussi", "va", "vont", "doit"):
        k += 1
    if k >= len(words) or words[k] not in _STAKE_VERBS:
        return None
    verb = k
    k += 1
    while k < len(words) and (words[k] in _STAKE_FILLERS or words[k][:1].isdigit()) \
            and words[k] not in STAKE_NOUNS:
        k += 1
    if k >= len(words) or words[k] not in STAKE_NOUNS:
        return None
    end = k + 1
    while end < len(words) and (words[end] in ("de", "d'", "%", "minoritaire", "majoritaire")
                                or words[end][:1].isdigit()):
        end += 1  # "une participation de 10 %"
    if end < len(words) and words[end] not in _STAKE_ENDS:
        return None
    if any(units[j].is_mention for j in range(verb, end)):
        return None
    return 0, verb, end


# "X, actionnaire de référence, ...", "X, the largest shareholder, ...": a shareholder
# apposition with no company it holds
_HOLDER_NOUNS = frozenset({"actionnaire", "shareholder", "stockholder", "investisseur", "investor",
                           "backer"})
_SINCE = frozenset({"depuis", "since"})  # "X, actionnaire minoritaire depuis 2023,"
_HOLDER_WORDS = frozenset({"le", "la", "l'", "un", "the", "a", "principal", "premier", "plus",
                           "gros", "grand", "largest", "biggest", "main", "major",
                           "historique", "majoritaire", "minoritaire", "majority", "minority",
                           "anchor", "longtime", "long", "-", "time", "reference",
                           "controlling", "single", "prive", "private", "early", "existing",
                           "an", "une", "historical", "financier", "financial", "strategique",
                           "strategic"})


def implicit_holders(view: SentenceView) -> list[tuple[int, int]]:
    """(holder unit, noun unit) of each apposition that makes a company a shareholder of no
    named company: "Dravon, actionnaire de référence, a soutenu", "Dravon Capital, the largest
    shareholder, backed"."""
    words, units = view.words, view.units
    out = []
    for k in range(len(units) - 2):
        if not units[k].is_mention or units[k].possessive or words[k + 1] != ",":
            continue
        j, noun, since = k + 2, -1, False
        while j < len(words) and words[j] not in (",", "."):
            w = words[j]
            if since and not (units[j].is_mention and units[j].mentions[0].kind == NAME) \
                    and w not in HARD_BOUNDARIES:
                pass  # "depuis la création de la société en 2022": a date phrase
            elif w in _HOLDER_NOUNS and noun < 0:
                noun = j
            elif w in _SINCE and noun >= 0:
                since = True
            elif w == "de" and j + 1 < len(words) and words[j + 1] in ("reference", "controle"):
                pass
            elif w not in _HOLDER_WORDS or units[j].is_mention:
                noun = -2
                break
            j += 1
        if noun >= 0 and j < len(words):
            out.append((k, noun))
    return out


# a rival noun opening a sentence with no possessor: "Rival Quistor cut prices", "Le
# concurrent allemand Quistor a ouvert", "Its" / "Son" are possessors and go elsewhere
RIVAL_NOUNS = frozenset({"rival", "rivals", "competitor", "competitors", "concurrent",
                         "concurrente", "concurrents", "concurrentes", "rivale", "rivaux",
                         "rivales"})
"""Nouns of a rival, both languages (also pipeline.py's `_rival_in_deal` and relations.py's
"le rival de X, Y")."""
_RIVAL_OPENERS = frozenset({"the", "le", "la", "les", "l'"})
_RIVAL_ADJECTIVES = frozenset({"main", "closest", "biggest", "largest", "bigger", "larger",
                               "nearest", "direct", "smaller", "grand", "grands", "principal",
                               "principale", "directe", "plus", "petit", "gros",
                               "domestic", "local", "european", "americain", "americaine",
                               "-"})


def implicit_rival(view: SentenceView, nationalities: Container[str]) -> int | None:
    """The unit of the company named right after a rival noun that opens its sentence with no
    possessor ("Rival Quistor opened a plant", "Le concurrent allemand Quistor a ouvert"): a
    rival of the company the passage is about. None when a word other than an article, an
    adjective or a nationality comes first, when the name is a possessive ("Rival Quistor's
    chief"), or when a comma or a second name follows it (a list, an apposition)."""
    words, units = view.words, view.units
    k = 0
    if k < len(words) and words[k] in _RIVAL_OPENERS:
        k += 1
    while k < len(words) and words[k] in _RIVAL_ADJECTIVES:
        k += 1  # "Le grand rival", "The closest rival"
    if k >= len(words) or words[k] not in RIVAL_NOUNS:
        return None
    k += 1
    while k < len(words) and not units[k].is_mention and (
            words[k] in _RIVAL_ADJECTIVES or words[k] in nationalities
            or words[k] in _NATIONALITY_PREFIXES and words[k + 1:k + 2] == ["-"]):
        k += 1  # "Le grand rival italo-suisse Y"
    if k >= len(words) or not units[k].is_mention or units[k].possessive \
            or units[k].mentions[0].kind != NAME:
        return None
    if k + 1 < len(words) and words[k + 1] == "," and _apposition_closed(view, k + 2):
        return k  # "Le grand rival allemand Y, premier armateur mondial, avait ..."
    if k + 1 >= len(words) or words[k + 1] in (",", "and", "et", "(", "ou", "or") \
            or words[k + 1] in HARD_BOUNDARIES:
        return None
    return k


_NATIONALITY_PREFIXES = frozenset({"italo", "franco", "germano", "anglo", "sino", "hispano",
                                   "nippo", "belgo", "americano", "russo", "luso", "austro",
                                   "helvetico", "indo", "euro", "turco", "greco", "dano"})
"""First halves of compound nationality adjectives ("italo-suisse", "franco-allemand")."""

_APPOSITION_REACH = 8


def _apposition_closed(view: SentenceView, start: int) -> bool:
    """True when the words from `start` are a short apposition of plain words (no name, no
    conjunction, at most eight words) closed by a comma after which no name nor conjunction
    comes: "Y, premier armateur mondial, avait ...", not a list "Y, Z and W"."""
    words, units = view.words, view.units
    for k in range(start, min(len(words) - 1, start + _APPOSITION_REACH + 1)):
        if units[k].is_mention or words[k] in HARD_BOUNDARIES or words[k] in (
                "and", "et", "or", "ou", "."):
            return False
        if words[k] == ",":
            return k > start and not units[k + 1].is_mention \
                and words[k + 1] not in ("and", "et", "or", "ou")
    return False


# "A et B ont signé comme clients de lancement", "A has signed up as a launch customer"
_SIGN_VERBS = frozenset({"signed", "signe", "signes", "signee", "signees"})
_SIGN_FILLERS = frozenset({"up", "on", "already", "deja", "aussi", "also", "egalement"})
_AS = frozenset({"as", "comme"})
_CUSTOMER_WORDS = frozenset({"a", "an", "the", "un", "une", "des", "les", "le", "la", "first",
                             "premier", "premiers", "premiere", "premieres", "launch", "anchor",
                             "early", "de", "lancement", "reference"})
_SUBJECT_BREAKERS = frozenset({"avec", "with", "de", "d'", "du", "of", "par", "by", "pour", "for",
                               "a", "au", "aux", "to", "chez", "selon", "according", "from",
                               "que", "than", "comme", "like"})
_CUSTOMER_HEADS = frozenset({"client", "clients", "cliente", "clientes", "customer",
                             "customers"})


def signed_customers(view: SentenceView) -> list[int]:
    """The units of the companies that open a sentence and "signed (up) as customers" of no
    company the sentence names ("A et B ont déjà signé comme clients de lancement", "A has
    signed up as a launch customer"): customers of the company the passage is about. Empty
    when a company follows the noun ("as a customer of Y", "comme client de Y") or a
    preposition stands before a company of the subject ("avec A")."""
    words, units = view.words, view.units
    v = next((k for k, w in enumerate(words) if w in _SIGN_VERBS), -1)
    if v < 1:
        return []
    k = v + 1
    while k < len(words) and words[k] in _SIGN_FILLERS:
        k += 1
    if k >= len(words) or words[k] not in _AS:
        return []
    k += 1
    while k < len(words) and words[k] in _CUSTOMER_WORDS:
        k += 1
    if k >= len(words) or words[k] not in _CUSTOMER_HEADS:
        return []
    for q in range(k + 1, len(words)):
        if words[q] in (",", ".", ";") or words[q] in HARD_BOUNDARIES:
            break
        if units[q].is_mention:
            return []  # "comme client de Y": the frames' own
    out = []
    for q in range(v):
        u = units[q]
        if not u.is_mention or u.possessive or u.mentions[0].kind != NAME \
                or u.mentions[0].person:
            continue
        seg = view.segment_of(q)
        if seg is not None and seg.kind == "relative":
            continue
        b = q - 1
        while b >= 0 and words[b] not in (",", "et", "and") and not units[b].is_mention:
            if words[b] in _SUBJECT_BREAKERS:
                return []  # "avec A", "selon A", "chez A": no subject
            b -= 1
        out.append(q)
    return out


# participles of choosing a supplier ("Y a été retenu pour", "Y was selected to")
SELECTED = frozenset({"retenu", "retenue", "retenus", "retenues", "selectionne",
                      "selectionnee", "selectionnes", "selectionnees", "choisi", "choisie",
                      "choisis", "choisies", "mandate", "mandatee", "selected", "chosen",
                      "picked", "retained", "tapped", "commissioned", "contracted"})
# the passive auxiliary that must stand right before the participle
BE_BEFORE_PARTICIPLE = frozenset({"ete", "been", "be", "was", "were", "is", "are", "est",
                                  "sont", "sera", "seront", "etait", "etaient"})
"""Forms of "be" / "être" before a passive participle ("was awarded", "a été retenu")."""
# the supply jobs a chosen company is chosen for ("pour concevoir", "to supply")
_SUPPLY_JOBS = frozenset({
    "supply", "build", "design", "deliver", "provide", "install", "manufacture", "construct",
    "engineer", "equip", "make", "produce", "maintain", "fit", "assemble", "erect",
    "fournir", "construire", "concevoir", "livrer", "installer", "fabriquer", "realiser",
    "equiper", "produire", "entretenir", "assembler", "batir", "maintenir"})


def selected_for_work(t: int, end: int, view: SentenceView) -> bool:
    """True when the participle at unit `t` is a passive ("a été retenu", "was selected") and
    is followed by a supply job ("pour concevoir l'usine", "to supply the engines"), so the
    subject is a supplier chosen by a customer the sentence leaves unsaid (session 18)."""
    words = view.words
    if t < 1 or words[t - 1] not in BE_BEFORE_PARTICIPLE or end + 1 >= len(words):
        return False
    return words[end] in ("pour", "to") and words[end + 1] in _SUPPLY_JOBS


# participles of awarding a contract, and the contract nouns they need in their subject
AWARDED = frozenset({"attribue", "attribuee", "attribues", "attribuees", "adjuge", "adjugee",
                     "adjuges", "adjugees", "notifie", "notifiee", "awarded"})
_CONTRACTS = frozenset({"contrat", "contrats", "marche", "marches", "commande", "commandes",
                        "lot", "lots", "contract", "contracts", "order", "orders", "tender"})


_RECIPIENT_REACH = 4
"""How many units after "à / au / to" `awarded_at` reads for the recipient's name: a
determiner and a description of two words ("au groupe lyonnais Y")."""


def awarded_at(view: SentenceView, lex_preps: frozenset[str]) -> list[tuple[int, int]]:
    """(participle unit, recipient unit) of each agentless passive award whose subject is a
    definite contract noun phrase opening its clause: "Le contrat de fourniture a été attribué
    au groupe Y", "The supply contract was awarded to Y" (session 18). The recipient is the
    first mention after "à"/"au"/"to", behind a few plain words."""
    words, units = view.words, view.units
    out = []
    for t, w in enumerate(words):
        if w not in AWARDED or t < 2 or words[t - 1] not in BE_BEFORE_PARTICIPLE \
                or t + 1 >= len(words) or words[t + 1] not in ("a", "au", "aux", "to"):
            continue
        if not _thing_before(t, view, lex_preps) or not any(
                x in _CONTRACTS for x in words[max(0, t - _PHRASE_WORDS):t]):
            continue
        for k in range(t + 2, min(len(words), t + 2 + _RECIPIENT_REACH)):
            if units[k].is_mention:
                out.append((t, k))
                break
            if words[k] in HARD_BOUNDARIES or words[k] in (",", ".", "par", "by"):
                break
    return out


# "Velmora, qui avait pris 25 % du capital en 2022, a réinvesti", "Velmora, which owns
# about 14%, stays on", "Velmora is taking a 10% stake", "Velmora rachètera 60 % du
# capital": a company holding a share of no named company (session 19, zero)
KEEP_VERBS = frozenset({"keep", "keeps", "kept", "keeping", "retain", "retains", "retained",
                        "retaining", "conserve", "conservera", "conserveront", "conservent",
                        "conservait", "garde", "gardera", "garderont", "gardent"})
"""Verbs of a share kept: after a sale, the seller's share of the company sold."""
_HELD_VERBS = KEEP_VERBS | frozenset({
    "take", "takes", "took", "taken", "taking", "hold", "holds", "held", "holding", "own",
    "owns", "owned", "owning", "acquire", "acquires", "acquired", "acquiring", "buy", "buys",
    "bought", "buying",
    "prend", "prendra", "prendront", "prennent", "prenait", "pris", "prise", "detient",
    "detiendra", "detiendront", "detiennent", "detenait", "possede", "possedera", "possedent",
    "possedait", "acquiert", "acquerra", "acquis", "rachete",
    "rachetera", "racheteront", "rachetent", "rachetait", "reprend", "reprendra", "repris"})
# auxiliaries and adverbs between a holder and its verb ("qui avait pris", "is taking",
# "y avait aussi souscrit et possède désormais")
_HOLDER_GAP = frozenset({
    "will", "would", "has", "have", "had", "is", "are", "was", "were", "be", "been", "being",
    "also", "still", "now", "already", "currently", "a", "ont", "avait", "avaient", "aura",
    "va", "vont", "doit", "y", "en", "egalement", "aussi", "desormais", "deja", "toujours",
    "encore", "actuellement"})
# words between a verb and its percentage ("owns about 14%", "détient désormais 12 %")
_ABOUT = frozenset({
    "roughly", "about", "around", "nearly", "almost", "some", "just", "over", "more", "than",
    "less", "under", "up", "to", "a", "an", "the", "its", "their", "environ", "pres", "de",
    "d'", "quelque", "plus", "moins", "un", "une", "sa", "leur", "desormais", "deja", "now",
    "already", "still", "encore", "toujours", "also", "egalement", "aussi", "further",
    "additional", "new", "nouvelle", "nouveau"})
_PERCENT_WORDS = (("%",), ("per", "cent"), ("percent",), ("pour", "cent"))
# what may follow the share: words of a stake, then its capital ("du capital", "of the
# shares"); a market share, a vote or any other noun says no stake
_SHARE_WORDS = frozenset({"stake", "holding", "shareholding", "interest", "participation",
                          "minority", "majority", "minoritaire", "majoritaire", "blocking",
                          "equity"})
_CAPITAL_AFTER = (("du", "capital"), ("of", "the", "capital"), ("of", "the", "shares"),
                  ("des", "actions"), ("des", "parts"), ("of", "the", "equity"),
                  ("de", "son", "capital"), ("de", "leur", "capital"))
# ("de son capital", session 22: "au fonds Y, qui acquiert 15 % de son capital": "son" cannot be
# Y itself, so it is the company the passage is about, as "du capital")
_ALONGSIDE = (("alongside",), ("aux", "cotes", "de"), ("aux", "cotes", "du"),
              ("aux", "cotes", "des"))
"""Co-holders named after a share ("15 % du capital aux côtés des fondateurs X"): no company
the share is in."""
_AFTER_SHARE = frozenset({"in", "dans", "since", "depuis", "en", "at", "a", "au", "on", "by",
                          "par", "through", "via", "this", "last", "cette", "ce"})
_RELATIVES = frozenset({"qui", "which", "who"})
_ENTERED = frozenset({"entre", "entree", "entres", "entrees"})
_NO_SUBJECT_BEFORE = frozenset({"from", "by", "with", "to", "of", "de", "d'", "du", "des",
                                "par", "avec", "a", "au", "aux", "chez", "pour", "for"})


def _percent_at(words: list[str], k: int) -> int | None:
    """The unit after a percentage starting at `k` ("11 %", "24,9 per cent"), else None."""
    if k >= len(words) or not words[k][:1].isdigit():
        return None
    for phrase in _PERCENT_WORDS:
        if tuple(words[k + 1:k + 1 + len(phrase)]) == phrase:
            return k + 1 + len(phrase)
    return None


def _share_end(view: SentenceView, k: int) -> int | None:
    """The unit after the share a stake verb at `k - 1` takes when it is a percentage of no
    named company ("about 14%", "a 10% stake", "25 % du capital", "une participation de
    12 %"), else None. Nothing but the end of the clause, a date or a plain complement may
    follow; no mention may stand in the rest of the clause."""
    words, units = view.words, view.units
    end = None
    while k < len(words) and not units[k].is_mention:
        end = _percent_at(words, k)
        if end is not None or words[k] not in _ABOUT and words[k] not in _SHARE_WORDS \
                and not (words[k] == "of" and k > 0 and words[k - 1] in _SHARE_WORDS):
            break  # "a minority stake of about 18 percent" (session 25, stakes26)
        k += 1
    if end is None:
        return None
    while end < len(words) and words[end] in _SHARE_WORDS:
        end += 1  # "a 10% stake", "24,9 % minoritaire"
    for phrase in _CAPITAL_AFTER:
        if tuple(words[end:end + len(phrase)]) == phrase:
            end += len(phrase)
            break
    if end < len(words) and words[end] not in _STAKE_ENDS and words[end] not in _AFTER_SHARE:
        return None  # "30 % du marché", "11% of the vote", "10% de parts de marché"
    for q in range(end, len(words)):
        if words[q] in (",", ".", ";") or words[q] in HARD_BOUNDARIES \
                or match_at(words, q, _ALONGSIDE) is not None:
            break
        if units[q].is_mention:
            return None  # "a 20% stake in the converter": that company's
    return end


def sold_stake(view: SentenceView) -> tuple[int, int, int] | None:
    """(buyer unit, verb unit, end unit) when a share of no named company is sold to a named
    company by no named company ("the Harlan family has sold a 25.1% blocking minority to
    Velmora", "la famille a cédé 20 % du capital à Velmora"): the buyer holds a stake in the
    company the passage is about (session 19); None otherwise."""
    words, units = view.words, view.units
    for v, w in enumerate(words):
        if w not in SELL_VERBS or any(_named(view, q) for q in range(v)):
            continue
        k = v + 1
        while k < len(words) and not units[k].is_mention and _percent_at(words, k) is None \
                and (words[k] in _ABOUT or words[k] in _SHARE_WORDS):
            k += 1
        end = _percent_at(words, k)
        if end is None:
            continue
        while end < len(words) and words[end] in _SHARE_WORDS:
            end += 1
        for phrase in _CAPITAL_AFTER:
            if tuple(words[end:end + len(phrase)]) == phrase:
                end += len(phrase)
                break
        if end + 1 < len(words) and words[end] in TO_WORDS and _named(view, end + 1):
            return end + 1, v, end
    return None


def held_stake(view: SentenceView) -> tuple[int, int, int] | None:
    """(holder unit, verb unit, end unit) when a company takes, holds or keeps a percentage of
    no company the sentence names (session 19): the subject opening the sentence ("Velmora
    is taking a 10% stake", "Velmora rachètera 60 % du capital"), the antecedent of a relative
    ("Velmora, qui avait pris 25 % du capital en 2022, a réinvesti", "an investment from
    Velmora, which will take a 24.9% stake"), the subject of a first verb coordinated with the
    stake verb ("Velmora y a participé et détient désormais 12 % du capital"), or a
    participle in apposition ("Velmora, entré au capital en 2022 à hauteur de 30 %,"). The
    holder is a name; None otherwise."""
    words, units = view.words, view.units
    for v, w in enumerate(words):
        entered = w in _ENTERED and words[v + 1:v + 3] == ["au", "capital"]
        if w not in _HELD_VERBS and not entered:
            continue
        if entered:
            if v + 3 < len(words) and words[v + 3] in ("de", "d'", "du", "des", "of"):
                continue  # "entré au capital de Y": the frames' own
            end: int | None = v + 3
            for q in range(v + 3, len(words)):
                if words[q] in (",", ".", ";") or words[q] in HARD_BOUNDARIES:
                    break
                if units[q].is_mention:
                    end = None
                    break
        else:
            end = _share_end(view, v + 1)
        if end is None:
            continue
        holder = _holder_before(view, v, participle=entered)
        if holder is not None:
            return holder, v, end
    return None


def _holder_before(view: SentenceView, v: int, participle: bool) -> int | None:
    """The unit of the named company that is the subject of the verb at `v` (see
    `held_stake`), else None."""
    words, units = view.words, view.units
    k = v - 1
    while k >= 0 and words[k] in _HOLDER_GAP and not units[k].is_mention:
        k -= 1
    if k < 0:
        return None
    if words[k] in _RELATIVES or participle and words[k] == ",":
        k -= 1 if words[k] in _RELATIVES else 0
        if k < 1 or words[k] != ",":
            return None
        k -= 1
        return k if _named(view, k) else None
    if words[k] in ("et", "and"):
        k = next((q for q in range(k) if units[q].is_mention), -1)
        if k < 0 or any(units[q].is_mention for q in range(k + 1, v)) \
                or any(w in HARD_BOUNDARIES or w in _RELATIVES for w in words[k + 1:v]):
            return None
    if words[k] == "," and not participle:  # "Velmora, a state-backed vehicle, is taking"
        head = view.apposition_owner(k)
        if head is None:
            return None
        k = head
    opening = max((q for q in range(k) if words[q] in (":", ";")), default=-1)
    if not _named(view, k) or any(units[q].is_mention for q in range(opening + 1, k)):
        return None
    if k > 0 and words[k - 1] in _NO_SUBJECT_BEFORE:
        return None  # "from Velmora is taking": no subject
    return k


def _named(view: SentenceView, k: int) -> bool:
    unit = view.units[k]
    return unit.is_mention and not unit.possessive and unit.mentions[0].kind == NAME \
        and not unit.mentions[0].person
