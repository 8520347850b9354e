"""Article-level inferences over extracted relations (each one general and documented).

Deals with a supplier's rivals: "OpenAI uses Nvidia's chips ... OpenAI a noué des accords avec
des concurrents de Nvidia, notamment AMD, Broadcom et Cerebras". When X is supplied by S and the
same sentence that names S's rivals R says X has agreements/deals with them, the rivals supply
X too (the agreements are of the same kind as S's). Marked by the lexicon-free structure:
COMPETES_WITH(S, R) and an agreement cue in the sentence whose subject is X.
"""

from __future__ import annotations

from ontology.records import Relation, RelationType

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
