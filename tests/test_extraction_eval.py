"""The extractor against the evaluation sets, and the evaluation module against score.py."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from loaders.evaluation import (
    evaluate,
    load_gold,
    normalize_name,
    predict,
    render_report,
    score_predictions,
)
from loaders.extractor import get_extractor

EVAL = Path(__file__).parent / "data" / "eval"
SCORER = EVAL / "score.py"
UNSEEN = Path(__file__).parent / "data" / "extraction_unseen"


@pytest.fixture(scope="module")
def extractor():  # noqa: ANN201 - a fixture
    return get_extractor("rules")


@pytest.mark.parametrize(("name", "bar"), [("dev", 0.80), ("seed", 0.85)])
def test_meets_the_bar(extractor, name: str, bar: float) -> None:
    report = evaluate(EVAL / name, extractor)
    text = render_report(report, verbose=True)
    assert report.micro.f1 >= bar, text
    for lang in report.per_language:
        assert lang.f1 >= 0.75, text
    assert not report.hard_negatives, text


def test_dev2_floor(extractor) -> None:
    """dev2 (24 articles written for issue 11, first run 0.63): a floor against regressions.

    The rules were improved while looking at dev2, by general mechanisms only, so its score
    is optimistic too; the floor sits a little under the measured 0.77 (fr 0.73, en 0.81).
    """
    report = evaluate(EVAL / "dev2", extractor)
    text = render_report(report, verbose=True)
    assert report.micro.f1 >= 0.75, text
    assert report.language("fr").f1 >= 0.70 and report.language("en").f1 >= 0.75, text
    assert len(report.hard_negatives) <= 2, text


def test_unseen_batch1_floor(extractor) -> None:
    """unseen batch1 (tests/data/extraction_unseen, see its README): written and annotated
    before the extractor (rules/5) first ran on it, first run 0.73 (fr 0.65, en 0.79).

    General mechanisms were then fixed while looking at its misses, so it is no longer unseen;
    the floor sits a little under the measured 0.86 (fr 0.90, en 0.83).
    """
    report = evaluate(UNSEEN / "batch1", extractor)
    text = render_report(report, verbose=True)
    assert report.micro.f1 >= 0.83, text
    assert report.language("fr").f1 >= 0.85 and report.language("en").f1 >= 0.78, text
    assert len(report.hard_negatives) <= 1, text


def test_unseen_batch2_floor(extractor) -> None:
    """Batch 2 (real-news style, written after rules/6) scored 0.583 on its first run, 0.637
    after the relation families of the third pass, 0.683 after both round-3 passes (relation
    families; entities, roles and sources; docs/extraction.md).

    The floor sits just under the measured score so that a change that loses relations on
    this kind of text shows at once; it is raised with the extractor.
    """
    report = evaluate(UNSEEN / "batch2", extractor)
    text = render_report(report, verbose=True)
    assert report.micro.f1 >= 0.67, text
    assert report.language("fr").f1 >= 0.62 and report.language("en").f1 >= 0.71, text
    assert len(report.hard_negatives) <= 1, text


def test_unseen_batch3_floor(extractor) -> None:
    """Batch 3 (wire stories and features, written after rules/6) scored 0.448 on its first
    run, 0.588 after both round-3 passes; the floor sits just under the
    current score and is raised with the extractor."""
    report = evaluate(UNSEEN / "batch3", extractor)
    text = render_report(report, verbose=True)
    assert report.micro.f1 >= 0.57, text
    assert report.language("fr").f1 >= 0.51 and report.language("en").f1 >= 0.62, text
    assert len(report.hard_negatives) <= 3, text


def test_unseen_batch4_floor(extractor) -> None:
    """Batch 4, kept unread until rules/7 was final, scored 0.523 (rules/6: 0.500): the
    honest estimate. The floor sits just under it and is raised with the extractor."""
    report = evaluate(UNSEEN / "batch4", extractor)
    text = render_report(report, verbose=True)
    assert report.micro.f1 >= 0.51, text
    assert len(report.hard_negatives) <= 2, text


@pytest.mark.parametrize("directory", [EVAL / "dev", EVAL / "seed", EVAL / "dev2",
                                       UNSEEN / "batch1", UNSEEN / "batch2", UNSEEN / "batch3",
                                       UNSEEN / "batch4"],
                         ids=["dev", "seed", "dev2", "unseen1", "unseen2", "unseen3", "unseen4"])
def test_scores_agree_with_score_py(extractor, directory: Path, tmp_path: Path) -> None:
    gold = load_gold(directory)
    predictions = predict(directory, extractor, [a["file"] for a in gold["articles"]])
    pred_file = tmp_path / "predictions.json"
    pred_file.write_text(json.dumps(predictions, ensure_ascii=False), encoding="utf-8")
    run = subprocess.run(
        [sys.executable, str(SCORER), str(directory / "gold.json"), str(pred_file)],
        capture_output=True, text=True, check=True,
    )
    theirs = float(run.stdout.strip().splitlines()[-1].split()[1])
    ours = score_predictions(gold, predictions)
    assert round(ours.micro.f1, 4) == pytest.approx(theirs, abs=1e-4), run.stdout
    hard = [line for line in run.stdout.splitlines() if line.startswith("Hard negatives")]
    assert hard and hard[0].split(":")[1].split()[0] == str(len(ours.hard_negatives))


def test_claims_are_not_predictions() -> None:
    gold = {"articles": [{"file": "a.txt", "language": "en", "entities": [
        {"id": "x", "name": "X Corp", "aliases": []}, {"id": "y", "name": "Y", "aliases": []}],
        "relations": [{"type": "PARTNERS_WITH", "source": "y", "target": "x"}],
        "hard_negatives": [{"type": "ACQUIRES", "source": "x", "target": "y", "reason": "r"}]}]}
    preds = {"articles": [{"file": "dir/a", "relations": [
        {"type": "partners with", "source": "x corp.", "target": "The Y"},
        {"type": "PARTNERS_WITH", "source": "Y", "target": "X"},
        {"type": "CUSTOMER_OF", "source": "Y", "target": "Nobody"}]}]}
    report = score_predictions(gold, preds)
    assert (report.micro.tp, report.micro.fp, report.micro.fn) == (1, 1, 0)


@pytest.mark.parametrize("name", ["Nvidia Corp.", "The Wall Street Journal", "Société Générale SA",
                                  "AT&T Inc", "L’Oréal", "Pratt & Whitney", "the", ""])
def test_normalize_name_matches_score_py(name: str) -> None:
    sys.path.insert(0, str(EVAL))
    try:
        import score  # type: ignore[import-not-found]
    finally:
        sys.path.pop(0)
    assert normalize_name(name) == score.normalize_name(name)


def test_invented_articles_regression(extractor) -> None:
    """Invented articles (tests/data/extraction_extra, see its README), annotated by hand.

    A floor against regressions, not a target: most of them were unseen when written.
    """
    report = evaluate(Path(__file__).parent / "data" / "extraction_extra", extractor)
    assert report.micro.f1 >= 0.85, render_report(report, verbose=True)
    assert len(report.hard_negatives) <= 1, render_report(report, verbose=True)
