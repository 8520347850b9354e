"""Article-level inferences over extracted relations (each one general and documented).

A majority stake is control: an asserted INVESTS_IN whose trigger is within a few words of a
percentage above 50 ("détient désormais 97,3 % du capital de Y", "will own 60% of Y") is also
an ACQUIRES, as the annotation conventions read "taking control" (the stake itself stays an
INVESTS_IN). A holding stated as it stands ("la holding qui détient 59 % de Y", "contrôlé à 69 %
par X") is no control taken, unless the sentence makes it the outcome of a deal ("détient
désormais", "will own"). A stake held together ("A and B, which together owned 90% of Y") is
no one's control. A stake raised from one percentage to another ("de 19,9 % à 60,5 %", "from
19.9% to 60.5%") is control when it crosses half. See `majority_stake`. A stake called a
majority or a controlling one with no percentage ("took a majority stake in Y", "a pris une
participation majoritaire dans Y", "bought a controlling stake") is control too (session 14).

Deals with a supplier's rivals: "OpenAI uses Nvidia's chips ... OpenAI a noué des accords avec
des concurrents de Nvidia, notamment AMD, Broadcom et Cerebras". When X is supplied by S and the
same sentence that names S's rivals R says X has agreements/deals with them, the rivals supply
X too (the agreements are of the same kind as S's). Marked by the lexicon-free structure:
COMPETES_WITH(S, R) and an agreement cue in the sentence whose subject is X.
"""

from __future__ import annotations

import re

from loaders.extraction.lexicon import match_at
from loaders.extraction.relations import Candidate
from loaders.extraction.resolution import STAKE_NOUNS
from loaders.extraction.tokens import Token
from loaders.extraction.units import SentenceView
from ontology.records import Relation, RelationType

_PERCENT = re.compile(r"^\d{1,3}(?:[.,]\d+)?$")
_PERCENT_SIGNS = frozenset({"%", "percent", "pour cent", "per cent"})
MAJORITY_REACH = 8
"""How many tokens around a stake trigger a percentage may stand to qualify it."""

_AGREEMENT_CUES = ("accord", "accords", "agreement", "agreements", "deal", "deals", "contrat",
                   "contrats", "contract", "contracts")


def infer_rival_suppliers(relations: list[Relation]) -> list[Relation]:
    """SUPPLIES(R, X) for rivals R of a supplier S of X, named in an agreements-with sentence."""
    suppliers = {(r.source, r.target) for r in relations
                 if r.type == RelationType.SUPPLIES and r.status.asserted}
    out = []
    for r in relations:
        if r.type != RelationType.COMPETES_WITH or not r.status.asserted:
            continue
        words = r.evidence.lower()
        if not any(f" {cue} avec " in words or f" {cue} with " in words
                   for cue in _AGREEMENT_CUES):
            continue
        for supplier, rival in ((r.source, r.target), (r.target, r.source)):
            for s, customer in suppliers:
                if s != supplier or customer in (rival, supplier):
                    continue
                if customer_named_first(r.evidence, customer):
                    out.append(Relation(
                        type=RelationType.SUPPLIES, source=rival, target=customer,
                        evidence=r.evidence, start=r.start, end=r.end, status=r.status,
                    ))
    return out


def customer_named_first(evidence: str, customer_id: str) -> bool:
    """True when the customer's id-like name occurs before the agreement cue in the sentence."""
    low = evidence.lower()
    name = customer_id.replace("-", " ")
    cue_at = min((low.find(c) for c in _AGREEMENT_CUES if low.find(c) >= 0), default=-1)
    at = low.find(name)
    return 0 <= at < cue_at


_JOINTLY = frozenset({"together", "jointly", "combined", "between", "ensemble", "conjointement",
                      "cumule", "cumulee", "cumulent"})


def majority_stake(tokens: list[Token], first: int, last: int) -> bool:
    """True when a percentage above 50 stands within MAJORITY_REACH tokens of tokens
    [first, last) and no "up to"/"jusqu'à" bound or a second percentage blurs which one it is."""
    lo, hi = max(0, first - MAJORITY_REACH), min(len(tokens), last + MAJORITY_REACH)
    if any(t.norm in _JOINTLY for t in tokens[max(0, first - 3):hi]):
        return False  # "A and B, which together owned 90% of Y": no one of them controls Y
    if first < len(tokens) and tokens[first].norm in _HOLDING_STATES and not any(
            t.norm in _CHANGE for t in tokens):
        return False  # "la holding qui détient 59 % de Y", "contrôlé à 69 % par X": a
        # holding as it stands, not control taken
    found: list[float] = []
    before: list[str] = []
    for k in range(lo, hi - 1):
        nxt = tokens[k + 1].norm
        two = f"{nxt} {tokens[k + 2].norm}" if k + 2 < len(tokens) else ""
        if _PERCENT.match(tokens[k].text) and (nxt in _PERCENT_SIGNS or two in _PERCENT_SIGNS):
            found.append(float(tokens[k].text.replace(",", ".")))
            before.append(tokens[k - 1].norm if k > 0 else "")
    if len(found) == 2 and before[0] in _FROM and before[1] in _TO:
        return found[0] <= 50 < found[1]  # "porter de 19,9 % à 60,5 % sa participation"
    if not found and _majority_word(tokens, first, last):
        return True  # "took a majority stake in Y", "une participation majoritaire dans Y"
    return len(found) == 1 and found[0] > 50


_CLAUSE_BREAKS = frozenset({",", ";", "which", "qui", "dont", "that", "whose"})
"""Where the clause of a stake ends: "invested in Y, which owns 100% of Z" is no whole stake."""
_WHOLE = (("totalite", "du", "capital"), ("integralite", "du", "capital"),
          ("entire", "share", "capital"), ("all", "the", "shares"), ("all", "of", "the", "shares"))


def whole_stake(tokens: list[Token], first: int, last: int) -> bool:
    """True when the stake a buyer takes is the whole capital, named as such within
    MAJORITY_REACH tokens of tokens [first, last) in the relation's own clause (session 16,
    precision): "l'acquisition de la totalité du capital de Y", "bought all of the shares of
    Y". News and the gold files call that an acquisition only, not also an investment. A
    percentage of 100 ("racheter 100 % de Y") was tried too and dropped: it cost an unread
    relation."""
    lo, hi = max(0, first - MAJORITY_REACH), min(len(tokens), last + MAJORITY_REACH)
    norms = [t.norm for t in tokens]
    hi = next((k for k in range(last, hi) if norms[k] in _CLAUSE_BREAKS), hi)
    lo = next((k + 1 for k in range(first - 1, lo - 1, -1) if norms[k] in _CLAUSE_BREAKS), lo)
    return any(match_at(norms, k, _WHOLE) for k in range(lo, hi))


_MAJORITY_WORDS = frozenset({"majority", "controlling", "majoritaire", "majoritaires"})


def _majority_word(tokens: list[Token], first: int, last: int) -> bool:
    """A stake noun qualified by "majority" / "controlling" / "majoritaire" next to it, within
    the trigger or right around it; never a holding as it stands ("majority-owned", "holds a
    controlling stake") nor a majority of something else ("a majority of its shareholders")."""
    lo, hi = max(0, first - 3), min(len(tokens), last + 4)
    for k in range(lo, hi):
        if tokens[k].norm not in _MAJORITY_WORDS:
            continue
        near = {t.norm for t in tokens[max(0, k - 2):k + 3]}
        if not near & STAKE_NOUNS or "-" in near or "minority" in near:
            continue
        # "X holds a controlling stake in Y": a holding as it stands, not control taken
        return not (any(t.norm in _HOLDING_STATES for t in tokens[max(0, k - 5):k])
                    and not any(t.norm in _CHANGE for t in tokens))
    return False


_HOLDING_STATES = frozenset({"detient", "detiennent", "detenu", "detenue", "detenus",
                             "detenues", "controle", "controlee", "controles", "controlees",
                             "possede", "possedent", "holds", "hold", "held", "owns", "own",
                             "owned", "controls", "controlled"})
"""Trigger words that state a holding rather than a change of it."""
_CHANGE = frozenset({"desormais", "now", "will", "va", "vont", "sera", "seront", "deviendra",
                     "detiendra", "after", "apres", "issue", "once", "would"})
"""Words before a holding verb that make it the outcome of a deal ("détient désormais 97 %",
"will own 60%")."""
_FROM = frozenset({"de", "from"})
_TO = frozenset({"a", "to"})


_VENTURES = (("joint", "venture"), ("joint", "-", "venture"), ("jv",), ("coentreprise",),
             ("co", "-", "entreprise"), ("societe", "commune"), ("filiale", "commune"),
             ("entreprise", "commune"), ("joint", "ventures"), ("coentreprises",))
_THROUGH = (("through",), ("via",), ("par", "l'", "intermediaire", "de"),
            ("par", "l'", "intermediaire", "d'"), ("au", "travers", "de"),
            ("au", "travers", "d'"), ("a", "travers"), ("par", "le", "biais", "de"),
            ("par", "le", "biais", "d'"))
_VENTURE_LEAD = frozenset({"a", "an", "the", "its", "their", "new", "50-50", "une", "la", "sa",
                           "leur", "nouvelle", "l'", "son", "equal", "paritaire"})
_VENTURE_REACH = 10
"""How many tokens after a stake trigger "through a joint venture" may stand."""


def venture_stake(view: SentenceView, cand: Candidate) -> bool:
    """True for a parent's stake in its own joint venture, or one held through it (session
    15, hard negatives: the annotation reads a venture as PARTNERS_WITH between its members,
    never parent-to-venture): "X owns 38% of V through a joint venture with Z", "détient 40 %
    de V par l'intermédiaire de sa coentreprise", "X owns 51% of V, its joint venture with Z",
    "V, a joint venture in which X holds 51%", "V, une coentreprise détenue à 51 % par X", "la
    coentreprise V". A stake in a company that forms a venture elsewhere in the sentence stays
    ("X took 30% of V and formed a joint venture with Z")."""
    words = [t.norm for t in view.tokens]
    n = len(words)
    end = view.units[cand.trigger_end - 1].last
    for k in range(end, min(n, end + _VENTURE_REACH)):
        if words[k] in (".", ";", "(", ")"):
            break
        through = match_at(words, k, _THROUGH)
        if through is None:
            continue
        q = k + len(through)
        while q < n and q < k + len(through) + 3 and words[q] in _VENTURE_LEAD:
            q += 1
        if match_at(words, q, _VENTURES) is not None:
            return True
    for u in view.units:
        if not any(cand.target in m.resolved for m in u.mentions):
            continue
        q = u.last
        if q < n and words[q] == ",":
            q += 1
            while q < n and q < u.last + 4 and words[q] in _VENTURE_LEAD:
                q += 1
            if match_at(words, q, _VENTURES) is not None:
                return True
        for b in range(max(0, u.first - 3), u.first):
            hit = match_at(words, b, _VENTURES)
            if hit is not None and b + len(hit) >= u.first - 1 and not any(
                    w in ("with", "avec", "between", "entre") for w in words[b:u.first]):
                return True  # "the joint venture V", "la coentreprise V"
    return False
