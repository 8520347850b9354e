"""`ikg eval` over several sets: one line of counts per set, pooled scores, and a counts-only
view for held-out sets that nobody may read."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from loaders.evaluation import evaluate, pool, render_summary
from loaders.extractor import get_extractor
from tests.conftest import run_ikg

ARTICLES = {
    "one": ("1_en_vantorel.txt", "en",
            "Vantorel Systems agreed to buy Quibrane Labs for $40 million, Delmoor News "
            "reported on Tuesday. Vantorel Systems competes with Ostrevia.",
            [("ACQUIRES", "vantorel", "quibrane"), ("REPORTED_BY", "ARTICLE", "delmoor"),
             ("COMPETES_WITH", "vantorel", "ostrevia")]),
    "two": ("2_fr_brassac.txt", "fr",
            "Le groupe Brassac Énergie a pris une participation de 30 % dans la société "
            "Melvane SAS. Brassac Énergie fournit des turbines à Corvalis Hydro.",
            [("INVESTS_IN", "brassac", "melvane"), ("SUPPLIES", "brassac", "corvalis"),
             ("PARTNERS_WITH", "brassac", "melvane")]),
}
NAMES = {"vantorel": "Vantorel Systems", "quibrane": "Quibrane Labs", "delmoor": "Delmoor News",
         "ostrevia": "Ostrevia", "brassac": "Brassac Énergie", "melvane": "Melvane SAS",
         "corvalis": "Corvalis Hydro"}


@pytest.fixture(scope="module")
def sets(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    out = []
    for label, (file, lang, text, rels) in ARTICLES.items():
        d = tmp_path_factory.mktemp(label)
        (d / file).write_text(text, encoding="utf-8")
        ids = {i for _, s, t in rels for i in (s, t) if i != "ARTICLE"}
        gold = {"articles": [{
            "file": file, "language": lang,
            "entities": [{"id": i, "type": "ORG", "name": NAMES[i], "aliases": []}
                         for i in sorted(ids)],
            "relations": [{"type": t, "source": s, "target": o, "evidence": text}
                          for t, s, o in rels],
            "hard_negatives": [{"type": "ACQUIRES", "source": sorted(ids)[0],
                                "target": sorted(ids)[-1], "reason": "not stated"}]}]}
        (d / "gold.json").write_text(json.dumps(gold, ensure_ascii=False), encoding="utf-8")
        out.append(d)
    return out


def test_pooled_scores_are_the_sums_of_the_sets(sets: list[Path]) -> None:
    ext = get_extractor("rules")
    reports = [evaluate(d, ext) for d in sets]
    pooled = pool(reports)
    for field in ("tp", "fp", "fn"):
        assert getattr(pooled.micro, field) == sum(getattr(r.micro, field) for r in reports)
    assert pooled.hard_negatives_listed == 2
    assert {s.label for s in pooled.per_language} == {"en", "fr"}
    assert pooled.micro.tp > 0 and pooled.micro.fn > 0  # the sets are neither empty nor solved
    lines = render_summary([(d.name, r) for d, r in zip(sets, reports, strict=True)])
    assert lines.splitlines()[-1].startswith("TOTAL") and len(lines.splitlines()) == 3


def test_cli_pools_several_sets_and_matches_the_library(sets: list[Path]) -> None:
    proc = run_ikg("eval", *map(str, sets), "--json", check=True)
    data = json.loads(proc.stdout)
    assert set(data["sets"]) == {d.name for d in sets}
    assert data["micro"]["tp"] == sum(s["micro"]["tp"] for s in data["sets"].values())
    ext = get_extractor("rules")
    assert data["micro"]["f1"] == round(pool([evaluate(d, ext) for d in sets]).micro.f1, 4)


def test_scores_only_prints_counts_and_never_a_name(sets: list[Path]) -> None:
    text = run_ikg("eval", *map(str, sets), "--scores-only", check=True).stdout
    assert "TOTAL" in text and "Hard negatives predicted:" in text
    for name in (*NAMES, *NAMES.values()):
        assert name not in text
    data = json.loads(run_ikg("eval", *map(str, sets), "--scores-only", "--json",
                              check=True).stdout)
    assert "articles" not in data and "hard_negatives_predicted" not in data
    assert isinstance(data["hard_negatives_predicted_count"], int)
    assert not any(name in json.dumps(data) for name in NAMES.values())


def test_details_and_scores_only_together_is_a_clear_error(sets: list[Path]) -> None:
    proc = run_ikg("eval", str(sets[0]), "--scores-only", "--details")
    assert proc.returncode == 1 and "use one of the two" in proc.stderr


def test_a_missing_set_names_the_file_it_needs(sets: list[Path], tmp_path: Path) -> None:
    proc = run_ikg("eval", str(sets[0]), str(tmp_path / "nowhere"))
    assert proc.returncode != 0 and "gold.json" in proc.stderr and "Traceback" not in proc.stderr


def test_min_f1_applies_to_the_pooled_score(sets: list[Path]) -> None:
    assert run_ikg("eval", *map(str, sets), "--min-f1", "0.0").returncode == 0
    assert run_ikg("eval", *map(str, sets), "--min-f1", "1.01").returncode == 1
