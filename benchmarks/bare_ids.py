"""How often a random number with no cue is read as a national ID (the price of bare schemes).

Run: ``python benchmarks/bare_ids.py [--samples N]``. For each shape (a digit run of 9-12
digits, the German IdNr grouping 2-3-3-3, the Austrian SV-Nr grouping 4-6), random numbers are
put in a neutral sentence ("Please check … today.") and in a labelled one ("Order no. …"), and
the share classified as ``pii.national_id`` is printed. The neutral figure is the false-positive
rate of the bare rules in ``proxy/classify/detectors/_id_context.py``; the labelled one should
be 0.
"""

from __future__ import annotations

import argparse
import random
import sys
from collections.abc import Callable
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from proxy.classify import Classifier
from proxy.classify.taxonomy import TextPart

SHAPES: dict[str, Callable[[str], str]] = {
    "9 digits": lambda d: d[:9],
    "10 digits": lambda d: d[:10],
    "11 digits": lambda d: d[:11],
    "12 digits": lambda d: d[:12],
    "2-3-3-3": lambda d: f"{d[:2]} {d[2:5]} {d[5:8]} {d[8:11]}",
    "4-6": lambda d: f"{d[:4]} {d[4:10]}",
}
SENTENCES = {"neutral": "Please check {} today.", "labelled": "Order no. {} shipped."}


def main() -> None:
    """Print the share of random numbers read as national IDs, per shape and context."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--samples", type=int, default=20_000)
    parser.add_argument("--seed", type=int, default=3)
    args = parser.parse_args()
    classifier = Classifier()
    rng = random.Random(args.seed)
    for shape, write in SHAPES.items():
        counts = dict.fromkeys(SENTENCES, 0)
        for _ in range(args.samples):
            number = write("".join(rng.choice("0123456789") for _ in range(12)))
            for context, sentence in SENTENCES.items():
                result = classifier.classify([TextPart("t", sentence.format(number))])
                counts[context] += any(f.type == "pii.national_id" for f in result.findings)
        figures = "  ".join(f"{c} {100 * n / args.samples:5.2f} %" for c, n in counts.items())
        print(f"{shape:10s} {figures}")


if __name__ == "__main__":
    main()
