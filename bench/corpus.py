"""A synthetic corpus of news-like articles in French and English, for benchmarks and tests.

Deterministic for a given seed. Articles are about 250 words: a few relation sentences
(investment, supply, partnership, rivalry, acquisition, executives, cited outlets) in wire
style, padded with market commentary. Company names are invented combinations, so the corpus
also exercises entities the alias table does not know.
"""

from __future__ import annotations

import argparse
import json
import random
from pathlib import Path

NAME_PREFIXES = [
    "Nova",
    "Helio",
    "Quanta",
    "Vertex",
    "Lumen",
    "Astra",
    "Boreal",
    "Cobalt",
    "Delta",
    "Ember",
    "Fusion",
    "Granite",
    "Horizon",
    "Iris",
    "Juno",
    "Kepler",
    "Lyra",
    "Meridian",
    "Nimbus",
    "Orion",
    "Pulsar",
    "Quartz",
    "Radian",
    "Sirius",
    "Tessel",
    "Umbra",
]
NAME_SUFFIXES = [
    "Systems",
    "Semiconductors",
    "Robotics",
    "Energy",
    "Motors",
    "Networks",
    "Labs",
    "Dynamics",
    "Logistics",
    "Materials",
    "Analytics",
    "Aerospace",
    "Pharma",
    "Cloud",
]
FIRST_NAMES = [
    "Claire",
    "Marc",
    "Sophie",
    "Julien",
    "Anna",
    "David",
    "Laura",
    "Thomas",
    "Emma",
    "Lucas",
    "Sarah",
    "Paul",
    "Nadia",
    "Victor",
    "Chloé",
    "Hugo",
]
LAST_NAMES = [
    "Martin",
    "Bernard",
    "Dubois",
    "Moreau",
    "Laurent",
    "Simon",
    "Michel",
    "Garcia",
    "Walker",
    "Chen",
    "Patel",
    "Kim",
    "Novak",
    "Rossi",
    "Schmidt",
    "Okafor",
]
_OUTLETS = [
    "Reuters",
    "Bloomberg",
    "Les Échos",
    "Le Monde",
    "Financial Times",
    "CNBC",
    "The Wall Street Journal",
    "La Tribune",
]

_EN = {
    "invest": "{a} said on {day} it would invest {amount} in {b}, the {sector} start-up.",
    "supply": "{b} uses {a}'s chips in its data centres, the company said.",
    "supply2": "{a} will supply {b} with batteries under a multiyear agreement.",
    "partner": "{a} and {b} announced a partnership to develop new {sector} products.",
    "rival": "{a} competes with {b} and {c} in the {sector} market.",
    "acquire": "{a} agreed to acquire {b} for {amount}, according to {outlet}.",
    "exec": "{person}, the chief executive of {a}, said demand remained strong.",
    "deny": "{a} denied a report that it was in talks to buy {b}.",
    "outlet": "{outlet} reported that the deal could close next year.",
}
_FR = {
    "invest": "{a} a annoncé {day} qu'il allait investir {amount} dans {b}, la start-up spécialisée dans le secteur {sector}.",
    "supply": "{b} s'approvisionne auprès de {a} pour ses composants, a indiqué le groupe.",
    "supply2": "{a} fournira des batteries à {b} dans le cadre d'un contrat pluriannuel.",
    "partner": "{a} et {b} ont noué un partenariat pour développer de nouveaux produits.",
    "rival": "{a} est en concurrence avec {b} et {c} sur le marché {sector}.",
    "acquire": "{a} va racheter {b} pour {amount}, selon {outlet}.",
    "exec": "{person}, le PDG de {a}, a déclaré que la demande restait forte.",
    "deny": "{a} a démenti être en négociation pour racheter {b}.",
    "outlet": "Selon {outlet}, l'opération pourrait être finalisée l'an prochain.",
}
_FILLER_EN = [
    "Shares of the company rose {pct} percent in early trading on the news.",
    "Analysts said the move reflected growing demand for computing capacity across the industry.",
    "The company reported quarterly revenue above expectations, driven by strong orders from cloud customers.",
    "Investors have been watching closely how the sector adapts to higher interest rates and tighter supply chains.",
    "Executives told analysts on a conference call that margins should improve in the second half of the year.",
    "The announcement comes as regulators in Europe and the United States scrutinise large technology deals.",
    "Market participants expect further consolidation as smaller players struggle to finance their growth.",
]
_FILLER_FR = [
    "L'action a progressé de {pct} % en début de séance après cette annonce.",
    "Selon les analystes, cette décision reflète la demande croissante de puissance de calcul dans tout le secteur.",
    "Le groupe a publié un chiffre d'affaires trimestriel supérieur aux attentes, porté par les commandes de ses clients.",
    "Les investisseurs observent de près la manière dont le secteur s'adapte à la hausse des taux et aux tensions sur les chaînes d'approvisionnement.",
    "La direction a indiqué aux analystes que les marges devraient s'améliorer au second semestre.",
    "Cette annonce intervient alors que les régulateurs européens et américains examinent de près les grandes opérations.",
    "Les observateurs du marché s'attendent à de nouvelles consolidations dans les prochains mois.",
]
_DAYS_EN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]
_DAYS_FR = ["lundi", "mardi", "mercredi", "jeudi", "vendredi"]
_SECTORS = ["battery", "semiconductor", "cloud", "robotics", "biotech", "aerospace"]


def company(rng: random.Random) -> str:
    """An invented company name such as 'Quanta Robotics'."""
    return f"{rng.choice(NAME_PREFIXES)} {rng.choice(NAME_SUFFIXES)}"


def article(rng: random.Random, n: int, words: int = 250) -> dict[str, str]:
    """One synthetic article record (JSON article fields), French or English."""
    lang = "fr" if n % 2 else "en"
    tpl, filler = (_FR, _FILLER_FR) if lang == "fr" else (_EN, _FILLER_EN)
    a, b, c = company(rng), company(rng), company(rng)
    amount = (
        f"{rng.randint(1, 900)} millions d'euros"
        if lang == "fr"
        else f"${rng.randint(1, 900)} million"
    )
    values = {
        "a": a,
        "b": b,
        "c": c,
        "amount": amount,
        "outlet": rng.choice(_OUTLETS),
        "person": f"{rng.choice(FIRST_NAMES)} {rng.choice(LAST_NAMES)}",
        "day": rng.choice(_DAYS_FR if lang == "fr" else _DAYS_EN),
        "sector": rng.choice(_SECTORS),
    }
    keys = rng.sample(sorted(tpl), k=4)
    sentences = [tpl[k].format(**values) for k in keys]
    body: list[str] = []
    count = 0
    while count < words:
        s = (
            sentences.pop(0)
            if sentences and rng.random() < 0.5
            else rng.choice(filler).format(pct=rng.randint(1, 9))
        )
        body.append(s)
        count += len(s.split())
    body.extend(sentences)
    title = f"{a} / {b}: {'accord' if lang == 'fr' else 'deal'} #{n}"
    return {
        "id": f"synthetic-{n}",
        "title": title,
        "date": f"2025-{1 + n % 12:02d}-{1 + n % 28:02d}",
        "language": lang,
        "publisher": "Synthetic Wire",
        "text": " ".join(body),
    }


def write_corpus(directory: Path, count: int, seed: int = 7, *, per_file: int = 1) -> list[Path]:
    """Write `count` articles as .txt files (per_file=1) or JSONL files; return the paths."""
    rng = random.Random(seed)
    directory.mkdir(parents=True, exist_ok=True)
    paths = []
    records = [article(rng, n) for n in range(count)]
    if per_file == 1:
        for rec in records:
            path = directory / f"{rec['id']}.txt"
            header = "".join(
                f"{k.capitalize()}: {rec[k]}\n"
                for k in ("id", "title", "date", "language", "publisher")
            )
            path.write_text(header + "\n" + rec["text"] + "\n", encoding="utf-8")
            paths.append(path)
    else:
        for start in range(0, count, per_file):
            path = directory / f"synthetic-{start:06d}.jsonl"
            lines = (json.dumps(r, ensure_ascii=False) for r in records[start : start + per_file])
            path.write_text("\n".join(lines) + "\n", encoding="utf-8")
            paths.append(path)
    return paths


def main() -> None:
    """Write a corpus: `python -m bench.corpus DIR --count 2000`."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("directory", type=Path)
    parser.add_argument("--count", type=int, default=2000)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    paths = write_corpus(args.directory, args.count, args.seed)
    print(f"wrote {len(paths)} files to {args.directory}")


if __name__ == "__main__":
    main()
