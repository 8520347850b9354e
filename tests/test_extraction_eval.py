"""The extractor against the evaluation sets, and the evaluation module against score.py."""

from __future__ import annotations

import json
import logging
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


FLOORS: dict[str, tuple[Path, float, float, float, int]] = {
    # set: (directory, micro F1, French F1, English F1, hard negatives predicted at most).
    # Each floor sits just under the score measured when it was last raised (rules/26,
    # session 25), so a change that loses relations shows at once; raise them with the
    # extractor. First runs, the honest scores (docs/extraction.md has the log):
    #   dev2 0.63 (rules/4); batch1 0.73 (rules/5); batch2 0.583, batch3 0.448, batch4 0.500
    #   (rules/6; batch4 0.523 with rules/7, unread until then); batch5 0.436 (rules/8);
    #   batch6 0.603 (rules/8) and 0.620 (rules/11, unread until then); batch7 0.610
    #   (rules/11 and rules/12, unread until session 12); batch8 0.591, batch9 0.551,
    #   batch10 0.584 (rules/12); batch8 and batch10 were never read: 0.616 and 0.589 with
    #   rules/13. Session 13: batch11 0.438, batch12 0.578, batch13 0.607 (rules/13); batch12
    #   and batch13 were never read. Session 14: batch14 0.554, batch15 0.594, batch16 0.687
    #   (rules/14), never read. Session 15: batch17 0.606, batch18 0.695, batch19 0.571,
    #   batch20 0.585, batch21 0.543 (rules/15); batch19 and batch21 never read. Session 16:
    #   batch22 0.639, batch23 0.561, batch24 0.766, batch25 0.729, batch26 0.563 (rules/16);
    #   batch23 and batch25 never read. Session 17: batch27 0.618, batch28 0.739, batch29
    #   0.634, batch30 0.590, batch31 0.734 (rules/17); batch28 and batch30 never read.
    #   Session 18: batch32 0.611, batch33 0.714, batch34 0.633, batch35 0.660, batch36 0.704
    #   (rules/18); batch33 and batch35 never read. Session 19: batch37 0.653, batch38 0.677,
    #   batch39 0.603, batch40 0.586, batch41 0.741 (rules/19); batch38 and batch40 never read.
    #   End of session 19: batch42 0.633, batch43 0.724, batch44 0.762, batch45 0.748, batch46
    #   0.734 (rules/20; rules/19 on the same text 0.706 together); batch43 and batch45 never read.
    #   Session 20: batch47 0.743, batch48 0.725, batch49 0.705, batch50 0.639, batch51 0.746,
    #   batch52 0.726 (rules/20), never read: they judge session 20's merges. Batches 8, 10,
    #   12-16, 19 and 21 (judged for three sessions or more) became material in session 20.
    #   End of session 20: batch53 0.711, batch54 0.611, batch55 0.769, batch56 0.820, batch57
    #   0.745 (rules/21; rules/20 on the same text 0.717 together), seen by no pass, never read.
    #   Session 21: batch58 0.646, batch59 0.780, batch60 0.689 (rules/21), never read: with
    #   53-57 they judge session 21's merges. Batches 23, 25, 28, 30, 33 and 35 (judged for
    #   five sessions or more) became material in session 21.
    #   End of session 21: batch61 0.770, batch62 0.605, batch63 0.725, batch64 0.717, batch65
    #   0.744 (rules/22; rules/21 on the same text 0.712 together), seen by no pass, never read.
    #   Session 22: batches 38, 40, 43, 45 and 47-52 became material; 53-65 judged its merges.
    #   Batches 66-70 (written at its start) and 71-73 (written during it), seen by no pass:
    #   first run with rules/22 0.642, 0.569, 0.616, 0.617, 0.571, 0.700, 0.583, 0.766 (0.634
    #   together); rules/23 on the same text 0.650 together. Never read.
    #   Session 23: batches 53-65 became material; 66-73 judged its merges (rules/23 0.650,
    #   rules/24 0.660). Batches 74-81, written at its start and seen by no pass: first run
    #   with rules/23 0.721, 0.657, 0.582, 0.552, 0.676, 0.664, 0.683, 0.688 (0.654
    #   together); rules/24 on the same text 0.663 together. Never read.
    #   Session 24: batches 66-73 became material; 74-81 judged its merges (rules/24 0.663,
    #   rules/25 0.674). Batches 82-89, written at its start and seen by no pass: first run
    #   with rules/24 0.704, 0.634, 0.632, 0.726, 0.675, 0.721, 0.633, 0.731 (0.682
    #   together); rules/25 on the same text 0.691 together. Never read.
    #   Session 25: batches 74-81 became material; 82-89 judged its merges (rules/25 0.691,
    #   rules/26 0.697). Batches 90-97, written at its start and seen by no pass: first run
    #   with rules/25 0.726, 0.724, 0.643, 0.667, 0.607, 0.685, 0.809, 0.807 (0.711
    #   together); rules/26 on the same text 0.712 together. Never read.
    # Every other set was read while the rules were improved (general mechanisms only), so
    # its score is optimistic; a new batch scored once is the honest measure.
    "dev": (EVAL / "dev", 0.985, 0.995, 0.975, 0),
    "seed": (EVAL / "seed", 0.995, 0.995, 0.995, 0),
    "dev2": (EVAL / "dev2", 0.965, 0.970, 0.960, 0),
    "batch1": (UNSEEN / "batch1", 0.980, 0.995, 0.965, 0),
    "batch2": (UNSEEN / "batch2", 0.880, 0.895, 0.865, 1),
    "batch3": (UNSEEN / "batch3", 0.885, 0.850, 0.920, 0),
    "batch4": (UNSEEN / "batch4", 0.895, 0.915, 0.875, 0),
    "batch5": (UNSEEN / "batch5", 0.945, 0.910, 0.975, 0),
    "batch6": (UNSEEN / "batch6", 0.905, 0.865, 0.935, 0),
    "batch7": (UNSEEN / "batch7", 0.850, 0.835, 0.865, 1),
    "batch8": (UNSEEN / "batch8", 0.790, 0.700, 0.865, 0),
    "batch9": (UNSEEN / "batch9", 0.915, 0.905, 0.920, 0),
    "batch10": (UNSEEN / "batch10", 0.840, 0.855, 0.830, 1),
    "batch11": (UNSEEN / "batch11", 0.840, 0.820, 0.855, 0),
    "batch12": (UNSEEN / "batch12", 0.750, 0.770, 0.730, 1),
    "batch13": (UNSEEN / "batch13", 0.780, 0.885, 0.680, 0),
    "batch14": (UNSEEN / "batch14", 0.810, 0.815, 0.810, 1),
    "batch15": (UNSEEN / "batch15", 0.835, 0.850, 0.820, 0),
    "batch16": (UNSEEN / "batch16", 0.815, 0.800, 0.830, 0),
    "batch17": (UNSEEN / "batch17", 0.920, 0.920, 0.920, 0),
    "batch18": (UNSEEN / "batch18", 0.915, 0.930, 0.900, 0),
    "batch19": (UNSEEN / "batch19", 0.835, 0.825, 0.840, 0),
    "batch20": (UNSEEN / "batch20", 0.890, 0.880, 0.900, 0),
    "batch21": (UNSEEN / "batch21", 0.865, 0.840, 0.885, 0),
    "batch22": (UNSEEN / "batch22", 0.890, 0.795, 0.970, 0),
    "batch23": (UNSEEN / "batch23", 0.695, 0.710, 0.680, 0),
    "batch24": (UNSEEN / "batch24", 0.940, 0.960, 0.925, 0),
    "batch25": (UNSEEN / "batch25", 0.895, 0.895, 0.900, 0),
    "batch26": (UNSEEN / "batch26", 0.875, 0.865, 0.885, 0),
    "batch27": (UNSEEN / "batch27", 0.865, 0.825, 0.900, 0),
    "batch28": (UNSEEN / "batch28", 0.875, 0.845, 0.905, 0),
    "batch29": (UNSEEN / "batch29", 0.860, 0.845, 0.870, 0),
    "batch30": (UNSEEN / "batch30", 0.785, 0.755, 0.815, 0),
    "batch31": (UNSEEN / "batch31", 0.920, 0.885, 0.955, 0),
    "batch32": (UNSEEN / "batch32", 0.915, 0.925, 0.900, 0),
    "batch33": (UNSEEN / "batch33", 0.805, 0.755, 0.860, 0),
    "batch34": (UNSEEN / "batch34", 0.865, 0.890, 0.845, 1),
    "batch35": (UNSEEN / "batch35", 0.860, 0.835, 0.885, 0),
    "batch36": (UNSEEN / "batch36", 0.815, 0.805, 0.825, 1),
    "batch37": (UNSEEN / "batch37", 0.835, 0.850, 0.820, 0),
    "batch38": (UNSEEN / "batch38", 0.805, 0.765, 0.845, 0),
    "batch39": (UNSEEN / "batch39", 0.865, 0.845, 0.880, 0),
    "batch40": (UNSEEN / "batch40", 0.730, 0.680, 0.775, 0),
    "batch41": (UNSEEN / "batch41", 0.855, 0.840, 0.870, 0),
    "batch42": (UNSEEN / "batch42", 0.805, 0.795, 0.820, 0),
    "batch43": (UNSEEN / "batch43", 0.805, 0.685, 0.925, 0),
    "batch44": (UNSEEN / "batch44", 0.880, 0.860, 0.900, 0),
    "batch45": (UNSEEN / "batch45", 0.855, 0.845, 0.860, 0),
    "batch46": (UNSEEN / "batch46", 0.800, 0.825, 0.780, 0),
    "batch47": (UNSEEN / "batch47", 0.890, 0.925, 0.855, 0),
    "batch48": (UNSEEN / "batch48", 0.870, 0.855, 0.885, 0),
    "batch49": (UNSEEN / "batch49", 0.785, 0.745, 0.820, 1),
    "batch50": (UNSEEN / "batch50", 0.800, 0.735, 0.860, 0),
    "batch51": (UNSEEN / "batch51", 0.810, 0.755, 0.865, 0),
    "batch52": (UNSEEN / "batch52", 0.865, 0.875, 0.855, 0),
    "batch53": (UNSEEN / "batch53", 0.775, 0.830, 0.720, 0),
    "batch54": (UNSEEN / "batch54", 0.780, 0.685, 0.860, 2),
    "batch55": (UNSEEN / "batch55", 0.825, 0.880, 0.770, 0),
    "batch56": (UNSEEN / "batch56", 0.915, 0.905, 0.920, 1),
    "batch57": (UNSEEN / "batch57", 0.815, 0.870, 0.765, 0),
    "batch58": (UNSEEN / "batch58", 0.870, 0.895, 0.845, 0),
    "batch59": (UNSEEN / "batch59", 0.855, 0.855, 0.860, 0),
    "batch60": (UNSEEN / "batch60", 0.785, 0.740, 0.830, 0),
    "batch61": (UNSEEN / "batch61", 0.830, 0.755, 0.895, 2),
    "batch62": (UNSEEN / "batch62", 0.805, 0.830, 0.785, 0),
    "batch63": (UNSEEN / "batch63", 0.830, 0.850, 0.815, 0),
    "batch64": (UNSEEN / "batch64", 0.795, 0.835, 0.760, 0),
    "batch65": (UNSEEN / "batch65", 0.865, 0.855, 0.870, 2),
    "batch66": (UNSEEN / "batch66", 0.720, 0.775, 0.665, 0),
    "batch67": (UNSEEN / "batch67", 0.680, 0.625, 0.735, 0),
    "batch68": (UNSEEN / "batch68", 0.685, 0.690, 0.675, 0),
    "batch69": (UNSEEN / "batch69", 0.750, 0.710, 0.790, 1),
    "batch70": (UNSEEN / "batch70", 0.680, 0.670, 0.685, 0),
    "batch71": (UNSEEN / "batch71", 0.775, 0.735, 0.810, 0),
    "batch72": (UNSEEN / "batch72", 0.815, 0.735, 0.880, 0),
    "batch73": (UNSEEN / "batch73", 0.825, 0.760, 0.885, 1),
    "batch74": (UNSEEN / "batch74", 0.775, 0.810, 0.740, 0),
    "batch75": (UNSEEN / "batch75", 0.795, 0.750, 0.830, 0),
    "batch76": (UNSEEN / "batch76", 0.700, 0.695, 0.710, 0),
    "batch77": (UNSEEN / "batch77", 0.695, 0.640, 0.745, 1),
    "batch78": (UNSEEN / "batch78", 0.750, 0.690, 0.810, 1),
    "batch79": (UNSEEN / "batch79", 0.755, 0.755, 0.760, 2),
    "batch80": (UNSEEN / "batch80", 0.735, 0.640, 0.825, 1),
    "batch81": (UNSEEN / "batch81", 0.830, 0.855, 0.805, 0),
    "batch82": (UNSEEN / "batch82", 0.705, 0.735, 0.675, 2),
    "batch83": (UNSEEN / "batch83", 0.645, 0.495, 0.790, 1),
    "batch84": (UNSEEN / "batch84", 0.675, 0.685, 0.665, 2),
    "batch85": (UNSEEN / "batch85", 0.735, 0.770, 0.700, 1),
    "batch86": (UNSEEN / "batch86", 0.680, 0.645, 0.715, 3),
    "batch87": (UNSEEN / "batch87", 0.715, 0.640, 0.780, 0),
    "batch88": (UNSEEN / "batch88", 0.635, 0.615, 0.650, 0),
    "batch89": (UNSEEN / "batch89", 0.745, 0.630, 0.840, 2),
    "batch90": (UNSEEN / "batch90", 0.720, 0.765, 0.680, 2),
    "batch91": (UNSEEN / "batch91", 0.725, 0.755, 0.695, 1),
    "batch92": (UNSEEN / "batch92", 0.635, 0.670, 0.605, 1),
    "batch93": (UNSEEN / "batch93", 0.660, 0.640, 0.675, 0),
    "batch94": (UNSEEN / "batch94", 0.615, 0.570, 0.655, 1),
    "batch95": (UNSEEN / "batch95", 0.680, 0.575, 0.785, 0),
    "batch96": (UNSEEN / "batch96", 0.805, 0.790, 0.815, 2),
    "batch97": (UNSEEN / "batch97", 0.800, 0.805, 0.800, 0),
}


NEVER_READ = {
    "batch82", "batch83", "batch84", "batch85", "batch86", "batch87", "batch88", "batch89",
    "batch90", "batch91", "batch92", "batch93", "batch94", "batch95", "batch96", "batch97",
}
"""Held-out sets nobody has read: a failing floor prints their scores, not their misses, so
that a regression does not turn them into material."""


class _SkipCounter(logging.Handler):
    """Counts the sentences the extractor skipped because a stage raised, and keeps nothing
    else: the log lines name the article, which a never-read set must not show."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.skipped = 0

    def emit(self, record: logging.LogRecord) -> None:
        self.skipped += "extraction skipped a sentence" in record.getMessage()


@pytest.mark.parametrize("name", list(FLOORS))
def test_score_floor(extractor, name: str) -> None:
    directory, micro, fr, en, hard = FLOORS[name]
    # The extractor skips a sentence whose stages raise (its error policy), so a broken rule
    # (a NameError after a merge) only lowers scores a little; count the skips instead, with
    # the log kept from pytest's report.
    logger, counter = logging.getLogger("loaders.extraction.pipeline"), _SkipCounter()
    logger.addHandler(counter)
    logger.propagate = False
    try:
        report = evaluate(directory, extractor)
    finally:
        logger.removeHandler(counter)
        logger.propagate = True
    assert counter.skipped == 0, (f"{counter.skipped} sentence(s) of {name} raised in the "
                                  "extractor; run `ikg eval` on a read set to see the error")
    text = render_report(report, verbose=True, scores_only=name in NEVER_READ)
    # Plain numbers only in the assertions: pytest prints the parts of a failing expression,
    # and the report's repr would show a never-read set's relations.
    f1 = report.micro.f1
    scores = {lang.label: lang.f1 for lang in report.per_language}
    fr_f1, en_f1 = scores.get("fr", 1.0), scores.get("en", 1.0)
    hard_predicted = len(report.hard_negatives)
    del report
    assert f1 >= micro, text
    assert fr_f1 >= fr and en_f1 >= en, text
    assert hard_predicted <= hard, text


@pytest.mark.parametrize("name", list(FLOORS))
def test_scores_agree_with_score_py(extractor, name: str, tmp_path: Path) -> None:
    directory = FLOORS[name][0]
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
    # Plain values only (see test_score_floor): never-read sets show no relations on failure.
    our_f1, our_hard = round(ours.micro.f1, 4), str(len(ours.hard_negatives))
    del ours, gold, predictions
    hard = [line for line in run.stdout.splitlines() if line.startswith("Hard negatives")]
    their_hard = hard[0].split(":")[1].split()[0] if hard else "missing"
    shown = "(never-read set: score.py's output withheld)" if name in NEVER_READ else run.stdout
    assert our_f1 == pytest.approx(theirs, abs=1e-4), shown
    assert our_hard == their_hard, shown


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


def test_a_never_read_report_shows_counts_not_relations() -> None:
    gold = {"articles": [{"file": "a.txt", "language": "en", "entities": [
        {"id": "x", "name": "Xandor", "aliases": []}, {"id": "y", "name": "Yvel", "aliases": []}],
        "relations": [{"type": "SUPPLIES", "source": "y", "target": "x"}],
        "hard_negatives": [
            {"type": "ACQUIRES", "source": "x", "target": "y", "reason": "denied"}]}]}
    preds = {"articles": [{"file": "a.txt", "relations": [
        {"type": "ACQUIRES", "source": "Xandor", "target": "Yvel"}]}]}
    report = score_predictions(gold, preds)
    full = render_report(report, verbose=True)
    assert "ACQUIRES(x, y) -- denied" in full and "FN SUPPLIES(y, x)" in full
    counts = render_report(report, verbose=True, scores_only=True)
    assert "Hard negatives predicted: 1 (of 1 listed)" in counts
    assert "(x, y)" not in counts and "(y, x)" not in counts and "denied" not in counts


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
