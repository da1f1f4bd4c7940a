"""``make bench`` (``python -m bench``): every measurement of issue 8 in one run, each beside its
baseline, as medians of several runs; prints a table and writes ``bench/results.json``.

Options: ``--runs N`` (default 3), ``--sizes kota,tengah,provinsi``, ``--folder`` for the
generated files (default: a folder under the system's temporary directory, reused).
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

from bench.start import ROOT, browser_missing, seconds_to_first_page
from bench.synthetic import SIZES, build
from bench.uploads import time_small_upload, time_uploads

RESULTS = ROOT / "bench" / "results.json"
START_RUNS = 5  # starts vary more than page runs: at least this many of each
UPLOAD_RUNS = 5  # the upload and calamine, each about 1 s: at least this many (pandas, 15 s, only --runs)


def _pages(db: Path, tree: Path, runs: int) -> dict:
    done = subprocess.run(
        [sys.executable, "-m", "bench.pages", str(db), str(tree), str(runs)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    if done.returncode != 0:
        raise RuntimeError(f"page timings failed for {db.name}:\n{done.stderr[-3000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def measure(runs: int, sizes: list[str], folder: Path) -> dict:
    """Run every measurement; returns the results as written to ``bench/results.json``."""
    folder.mkdir(parents=True, exist_ok=True)
    print("Unggahan 100.000 baris …")
    upload_runs = [time_uploads(folder, with_pandas=run < runs) for run in range(max(runs, UPLOAD_RUNS))]
    results: dict = {
        key: round(statistics.median(run[key] for run in upload_runs if key in run), 3) for key in upload_runs[0]
    }
    results.update({"pages": {}, "empty_page_ms": {}, "rss_mb": {}, "observations": {}, "upload_small_s": {}})
    for name in sizes:
        print(f"Halaman pada ukuran {name} …")
        db, tree, count = build(SIZES[name], folder)
        timed = _pages(db, tree, runs)
        results["observations"][name] = count
        results["pages"][name] = timed["pages"]
        results["empty_page_ms"][name] = timed["empty_page_ms"]
        results["rss_mb"][name] = timed["rss_mb"]
        small = [time_small_upload(db, tree, folder) for _ in range(runs)]
        results["upload_small_s"][name] = round(statistics.median(small), 3)
    print("Waktu mulai …")
    kota_db = folder / "kota.duckdb"
    if not kota_db.exists():
        build(SIZES["kota"], folder)
    results.update(_start_times(max(runs, START_RUNS), kota_db))
    return results


def _start_times(runs: int, kota_db: Path) -> dict[str, float]:
    """Median start of the dashboard and of hello world, started in turns (so that a slower
    or busier moment of the machine falls on both alike), after one start of each that is not
    counted (it reads every file from the disk into the system's cache). ``make bench`` has
    compiled the project's modules to byte code first, as ``make run`` does."""
    apps = {
        "start_s": (ROOT / "dashboard.py", {"KLA_DB": str(kota_db)}),
        "start_hello_s": (ROOT / "bench" / "hello_app.py", {}),
    }
    times: dict[str, list[float]] = {key: [] for key in apps}
    for round_number in range(runs + 1):
        for key, (script, env) in apps.items():
            seconds = seconds_to_first_page(script, env)
            if round_number:
                times[key].append(seconds)
    return {key: round(statistics.median(values), 3) for key, values in times.items()}


def verdicts(results: dict) -> list[tuple[str, str, bool]]:
    """Each goal of issue 8: what it says, the measured figure, and whether it holds."""
    rows = [
        (
            "ingest_s <= 1,5 × calamine_read_s",
            f"{results['ingest_s']:.2f} s vs {results['calamine_read_s']:.2f} s",
            results["ingest_s"] <= 1.5 * results["calamine_read_s"],
        ),
        (
            "pandas_openpyxl_s >= 5 × ingest_s",
            f"{results['pandas_openpyxl_s']:.2f} s vs {results['ingest_s']:.2f} s",
            results["pandas_openpyxl_s"] >= 5 * results["ingest_s"],
        ),
    ]
    pages = results["pages"]
    if "kota" in pages:
        floor = results["empty_page_ms"]["kota"]
        slowest = max(pages["kota"].items(), key=lambda item: item[1]["warm_ms"])
        rows.append(
            (
                "kota warm <= 3 × halaman kosong",
                f"{slowest[0]} {slowest[1]['warm_ms']:.0f} ms vs {floor:.0f} ms",
                slowest[1]["warm_ms"] <= 3 * floor,
            )
        )
    if "provinsi" in pages:
        warm = max(pages["provinsi"].items(), key=lambda item: item[1]["warm_ms"])
        cold = max(pages["provinsi"].items(), key=lambda item: item[1]["cold_ms"])
        rows.append(("provinsi warm <= 500 ms", f"{warm[0]} {warm[1]['warm_ms']:.0f} ms", warm[1]["warm_ms"] <= 500))
        rows.append(("provinsi cold <= 3 s", f"{cold[0]} {cold[1]['cold_ms']:.0f} ms", cold[1]["cold_ms"] <= 3000))
        rows.append(
            ("RSS provinsi <= 1,5 GB", f"{results['rss_mb']['provinsi']:.0f} MB", results["rss_mb"]["provinsi"] <= 1536)
        )
    rows.append(
        (
            "start <= 1,5 × hello world",
            f"{results['start_s']:.2f} s vs {results['start_hello_s']:.2f} s",
            results["start_s"] <= 1.5 * results["start_hello_s"],
        )
    )
    return rows


def print_table(results: dict) -> None:
    """The page times per size, then each goal with its figure and verdict."""
    sizes = list(results["pages"])
    print(f"\n{'halaman':<14}" + "".join(f"{size + ' hangat':>16}{size + ' dingin':>16}" for size in sizes))
    for page in results["pages"][sizes[0]] if sizes else []:
        cells = "".join(
            f"{results['pages'][size][page]['warm_ms']:>13.0f} ms{results['pages'][size][page]['cold_ms']:>13.0f} ms"
            for size in sizes
        )
        print(f"{page:<14}{cells}")
    print(f"{'kosong':<14}" + "".join(f"{results['empty_page_ms'][size]:>13.0f} ms{'':>16}" for size in sizes))
    print(f"{'unggah kecil':<14}" + "".join(f"{results['upload_small_s'][size]:>14.2f} s{'':>16}" for size in sizes))
    print()
    for goal, figure, holds in verdicts(results):
        print(f"{'TERCAPAI' if holds else 'BELUM':<9} {goal:<38} {figure}")


def main() -> int:
    """Measure, print and write the results."""
    parser = argparse.ArgumentParser(prog="python -m bench")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--sizes", default="kota,tengah,provinsi")
    parser.add_argument("--folder", type=Path, default=Path(tempfile.gettempdir()) / "kla-bench")
    args = parser.parse_args()
    if problem := browser_missing():
        print(problem, file=sys.stderr)
        return 2
    results = measure(args.runs, [size for size in args.sizes.split(",") if size], args.folder)
    RESULTS.write_text(json.dumps(results, indent=2), encoding="utf-8")
    print_table(results)
    print(f"\nHasil: {RESULTS.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
