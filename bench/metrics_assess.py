#!/usr/bin/env python3
"""Batch-assessment throughput: `oinp-guide assess DIR --format json` in profiles per second, beside a floor
measured in the same run: python3 reading and writing the same JSON files (json.load + json.dumps).

Stdlib only; importing this module does nothing. Use:

    from metrics_assess import measure_assess
    rows = measure_assess(".build/release/oinp-guide", "/tmp/assess-bench")
    # [(metric, ours, baseline_name, baseline, ratio), ...]; ratio = ours / baseline (higher is better)

or run it: `python3 bench/metrics_assess.py BINARY [WORKDIR] [--profiles N] [--runs R]`.

`measure_what_if` times, inside the process (hidden `assess --time-what-if RUNS`), one profile's full assessment
and its what-if set (every candidate change scored by the CRS engine, with its standing); the budget for the
what-if set is 5 ms a profile. `measure_assess` appends its rows.
"""
import copy
import json
import os
import random
import statistics
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
EXAMPLE = os.path.join(HERE, "..", "docs", "examples", "profile-example.json")
AS_OF = "2026-03-01"  # HCP still open: every rule (criteria, FSW, CEC, CRS, streams, fees) is exercised
BASELINE_NAME = "python3 json.load+json.dumps"
BASELINE_CODE = (
    "import glob,json,os,sys\n"
    "w=sys.stdout.write\n"
    "for f in sorted(glob.glob(os.path.join(sys.argv[1],'*.json'))):\n"
    "    with open(f) as h: w(json.dumps(json.load(h),separators=(',',':'))+'\\n')\n"
)


def _ielts(rng):
    return {a: rng.choice([5.0, 5.5, 6.0, 6.5, 7.0, 7.5, 8.0, 8.5, 9.0])
            for a in ("reading", "writing", "listening", "speaking")}


def vary(base, i, rng):
    """Profile number i: the example with its answers moved within their allowed values."""
    p = copy.deepcopy(base)
    p["dateOfBirth"] = "%04d-%02d-%02d" % (rng.randint(1966, 2006), rng.randint(1, 12), rng.randint(1, 28))
    p["maritalStatus"] = rng.choice(["single", "married", "commonLaw", "divorced"])
    p["numberOfChildren"] = rng.randint(0, 4)
    p["spouse"]["accompanying"] = rng.random() < 0.7
    p["spouse"]["canadianCitizenOrPR"] = rng.random() < 0.1
    p["spouse"]["educationLevel"] = rng.choice(["secondary", "twoYear", "bachelorOrThreeYear", "mastersOrProfessional"])
    p["spouse"]["canadianWorkYears"] = rng.randint(0, 3)
    p["spouse"]["languageTests"][0]["scores"] = _ielts(rng)
    e = p["education"]
    e["level"] = rng.choice(["secondary", "oneYear", "twoYear", "bachelorOrThreeYear", "twoOrMoreOneThreeYear",
                             "mastersOrProfessional", "doctoral"])
    e["isCanadian"] = rng.random() < 0.2
    e["ecaIssueDate"] = "%04d-%02d-15" % (rng.randint(2020, 2025), rng.randint(1, 12))
    e["canadianCredential"] = rng.choice(["none", "none", "oneOrTwoYear", "threeYearOrMore"])
    e["studiedInCanadaTwoYears"] = rng.random() < 0.2
    p["languageTests"][0]["scores"] = _ielts(rng)
    if rng.random() < 0.25:
        p["languageTests"].append({"type": "tefCanada", "testDate": "2025-06-14", "resultDate": "2025-06-30",
                                   "scores": {"reading": rng.randint(150, 300), "writing": rng.randint(200, 450),
                                              "listening": rng.randint(180, 360), "speaking": rng.randint(200, 450)}})
    for j, job in enumerate(p["workExperience"]):
        job["hoursPerWeek"] = rng.choice([20, 30, 37.5, 40, 45])
        job["inCanada"] = rng.random() < 0.3
        job["country"] = "CA" if job["inCanada"] else "IN"
    p["workExperience"][0]["startDate"] = "%04d-%02d-01" % (rng.randint(2012, 2021), rng.randint(1, 12))
    p["jobOffer"] = rng.choice([{"hasOffer": False},
                                {"hasOffer": True, "nocCode": "21231", "lmiaOrExempt": True, "inOntario": True,
                                 "fullTimePermanent": True, "currentlyAuthorizedToWork": rng.random() < 0.5}])
    p["siblingInCanada"] = rng.random() < 0.15
    p["provincialNominationAccepted"] = rng.random() < 0.05
    p["settlementFundsCAD"] = rng.randint(5, 60) * 1000
    p["legalStatusInCanada"] = rng.choice(["none", "none", "worker", "student", "visitor"])
    p["federalProgram"] = rng.choice(["fswp", "cec", "undecided"])
    return p


def write_profiles(workdir, n, seed=20260301):
    """Writes n varied profiles into workdir/profiles (emptied first); returns that directory."""
    d = os.path.join(workdir, "profiles")
    os.makedirs(d, exist_ok=True)
    for f in os.listdir(d):
        if f.endswith(".json"):
            os.remove(os.path.join(d, f))
    with open(EXAMPLE) as h:
        base = json.load(h)
    rng = random.Random(seed)
    for i in range(n):
        with open(os.path.join(d, "p%05d.json" % i), "w") as h:
            json.dump(vary(base, i, rng), h, indent=2)
    return d


def _time(argv, runs):
    """Median wall time of `runs` runs with stdout to /dev/null; raises on a failed run."""
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        r = subprocess.run(argv, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        times.append(time.perf_counter() - t0)
        if r.returncode != 0:
            raise RuntimeError("%s exited %d: %s" % (argv[0], r.returncode, r.stderr.decode(errors="replace")[:2000]))
    return statistics.median(times)


WHAT_IF_AS_OF = "2026-12-01"  # after the last encoded round: the whole 12-month window of rounds is used
WHAT_IF_BUDGET_MS = 5.0


def measure_what_if(binary, workdir, n=20, runs=50, as_of=WHAT_IF_AS_OF):
    """Returns rows for the what-if set beside a single assessment: medians over n varied profiles of the
    in-process medians of `runs` repetitions, and the slowest profile against the 5 ms budget."""
    d = os.path.join(workdir, "what-if")
    os.makedirs(d, exist_ok=True)
    with open(EXAMPLE) as h:
        base = json.load(h)
    rng = random.Random(20261201)
    files = []
    for i in range(n):
        f = os.path.join(d, "w%03d.json" % i)
        with open(f, "w") as h:
            json.dump(base if i == 0 else vary(base, i, rng), h)
        files.append(f)
    r = subprocess.run([binary, "assess", *files, "--as-of", as_of, "--time-what-if", str(runs)],
                       stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    if r.returncode != 0:
        raise RuntimeError("assess --time-what-if exited %d: %s" % (r.returncode, r.stderr.decode(errors="replace")[:2000]))
    rows = [json.loads(line) for line in r.stdout.decode().splitlines() if line.strip()]
    w = [x["whatIfMicros"] / 1000 for x in rows]
    a = [x["assessmentMicros"] / 1000 for x in rows]
    med_w, med_a, worst = statistics.median(w), statistics.median(a), max(w)
    return [
        ("what-if set ms/profile (median of %d profiles)" % len(rows), round(med_w, 3),
         "single assessment ms (incl. what-if)", round(med_a, 3), round(med_w / med_a, 3)),
        ("what-if set ms, slowest profile", round(worst, 3), "budget ms", WHAT_IF_BUDGET_MS, round(worst / WHAT_IF_BUDGET_MS, 3)),
    ]


def measure_assess(binary, workdir, n=2000, runs=3, as_of=AS_OF):
    """Returns [(metric, ours, baseline_name, baseline, ratio)] for batch assessment of n profiles, then the
    what-if rows (`measure_what_if`)."""
    d = write_profiles(workdir, n)
    ours = _time([binary, "assess", d, "--as-of", as_of, "--format", "json"], runs)
    base = _time([sys.executable, "-c", BASELINE_CODE, d], runs)
    ours_pps, base_pps = n / ours, n / base
    return [
        ("assess profiles/s (%d profiles, median of %d)" % (n, runs), round(ours_pps, 1),
         BASELINE_NAME, round(base_pps, 1), round(ours_pps / base_pps, 3)),
        ("assess wall s", round(ours, 3), BASELINE_NAME, round(base, 3), round(ours / base, 3)),
    ] + measure_what_if(binary, workdir)


def measure_crs(crs_bin, workdir, n=200, seconds=2.0, as_of=AS_OF):
    """In-process CRS throughput: bench/crs/main.swift runs CRSRules.total (the number alone, the path the
    what-if set and rankings use) and then CRSRules.assess (breakdown and text) over n varied profiles for
    `seconds` each (after one warm-up pass). No baseline: the goal is absolute (1 M/s)."""
    d = write_profiles(os.path.join(workdir, "crs"), n)
    rows = []
    for mode, name in (("total", "CRS assessments/s"), ("assess", "CRS full assessments/s")):
        out = subprocess.run([crs_bin, d, as_of, str(seconds), mode], capture_output=True, text=True, check=True).stdout
        count, elapsed, _checksum = out.split()
        rate = int(count) / float(elapsed)
        rows += [("%s (CRSRules.%s, in process, %d profiles)" % (name, mode, n), round(rate), None, None, None),
                 ("%s (us each)" % name.replace("/s", ""), round(1e6 / rate, 3), None, None, None)]
    return rows


def main(argv):
    import argparse
    ap = argparse.ArgumentParser(description="Batch-assessment throughput of oinp-guide assess.")
    ap.add_argument("binary")
    ap.add_argument("workdir", nargs="?")
    ap.add_argument("--profiles", type=int, default=2000)
    ap.add_argument("--runs", type=int, default=3)
    a = ap.parse_args(argv)
    import tempfile
    workdir = a.workdir or tempfile.mkdtemp(prefix="oinp-assess-bench-")
    for metric, ours, bname, base, ratio in measure_assess(a.binary, workdir, a.profiles, a.runs):
        print("%-45s ours %10s | %s %10s | ratio %s" % (metric, ours, bname, base, ratio))


if __name__ == "__main__":
    main(sys.argv[1:])
