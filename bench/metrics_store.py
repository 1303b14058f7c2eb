#!/usr/bin/env python3
"""Session store metrics: listing 10,000 sessions and save latency, each beside a SQLite baseline
measured in the same run on the same disk. Stdlib only; importing this module does nothing.

    measure_store(binary, workdir) -> [(metric, ours, baseline_name, baseline, ratio), ...]

ratio = ours / baseline (above 1: we take longer). Standalone: python3 bench/metrics_store.py --bin PATH
"""
import json
import os
import shutil
import sqlite3
import statistics
import subprocess
import tempfile
import time

# A realistic answered profile (step 3, deadlines) so each row and each save carries a real-size JSON.
PROFILE = {
    "dateOfBirth": "1991-02-28", "maritalStatus": "married", "numberOfChildren": 1,
    "spouse": {"accompanying": True, "canadianCitizenOrPR": False, "educationLevel": "bachelorOrThreeYear"},
    "education": {"level": "mastersOrProfessional", "isCanadian": False, "hasECA": True, "ecaIssueDate": "2024-05-02", "isDegree": True},
    "languageTests": [{"type": "ieltsGeneral", "testDate": "2025-06-01",
                       "scores": {"reading": 8, "writing": 7, "listening": 8.5, "speaking": 7.5}}],
    "workExperience": [{"nocCode": "21231", "title": "Software engineer", "startDate": "2019-01-07", "hoursPerWeek": 37.5,
                        "country": "BR", "paid": True, "inCanada": False}],
    "settlementFundsCAD": 31234.56, "legalStatusInCanada": "none", "intendsToLiveInOntario": True, "federalProgram": "fswp",
    "expressEntryProfileDate": "2025-11-03", "noiDate": "2025-12-15",
    "filing": {"receivedNOI": True, "expressEntryProfileNumber": "E001234567"},
}

# The SELECT `sessions list` runs (SessionStore.list: the summary columns in the store's order).
LIST_SQL = ("SELECT id, name, step, updatedAt, nextDeadline, nextDeadlineLabel, fileNumber, uci, tags "
            "FROM session ORDER BY updatedAt DESC, name, id")


def _median(xs):
    return statistics.median(xs) if xs else float("nan")


def _p99(xs):
    """Nearest-rank 99th percentile."""
    if not xs:
        return float("nan")
    s = sorted(xs)
    return s[max(0, -(-99 * len(s) // 100) - 1)]


def _ratio(ours, base):
    return ours / base if base and base == base and ours == ours else None


def ensure_sqlite3():
    """The sqlite3 CLI, installed with apt-get (as root, non-interactive) when missing; None if impossible."""
    path = shutil.which("sqlite3")
    if path or os.geteuid() != 0:
        return path
    env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
    for cmd in (["apt-get", "install", "-y", "-qq", "sqlite3"], ["apt-get", "update", "-qq"],
                ["apt-get", "install", "-y", "-qq", "sqlite3"]):
        subprocess.run(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        path = shutil.which("sqlite3")
        if path:
            return path
    return None


def _wall(argv, runs):
    """Median wall time (ms) of `runs` spawns of argv, after one discarded warm-up; output discarded."""
    times = []
    for i in range(runs + 1):
        t0 = time.perf_counter()
        subprocess.run(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
        if i:
            times.append((time.perf_counter() - t0) * 1000)
    return _median(times)


def _wall_alternating(a, b, runs):
    """Median wall times (ms) of `runs` spawns each of argv a and argv b, alternating run by run (a shared
    machine's slow moments fall on both), after one discarded pair; output discarded."""
    ta, tb = [], []
    for i in range(runs + 1):
        for argv, times in ((a, ta), (b, tb)):
            t0 = time.perf_counter()
            subprocess.run(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
            if i:
                times.append((time.perf_counter() - t0) * 1000)
    return _median(ta), _median(tb)


def seed(binary, data, workdir, count):
    """Fills the store in `data` with `count` sessions holding PROFILE (the hidden `sessions seed`)."""
    profile = os.path.join(workdir, "store-profile.json")
    with open(profile, "w") as f:
        json.dump(PROFILE, f)
    subprocess.run([binary, "sessions", "seed", "--count", str(count), "--profile", profile, "--data-dir", data],
                   stdout=subprocess.DEVNULL, check=True)


def _baseline_saves(db_path, session_id, saves, synchronous="EXTRA"):
    """The same single-row UPDATE as a save (new profile JSON, position, date, revision, deadline columns),
    each in its own BEGIN IMMEDIATE ... COMMIT, through libsqlite3 (python's sqlite3), journal and fsync
    settings as ours (rollback journal, synchronous=EXTRA: the folder is synced after the journal is
    deleted). With synchronous="FULL" it shows what that last fsync costs. Milliseconds per save."""
    con = sqlite3.connect(db_path, isolation_level=None)
    con.execute("PRAGMA synchronous = %s" % synchronous)
    (profile, revision) = con.execute("SELECT profile, revision FROM session WHERE id = ?", (session_id,)).fetchone()
    doc = json.loads(profile)
    times = []
    for i in range(saves):
        doc["settlementFundsCAD"] = float(i)
        text = json.dumps(doc, sort_keys=True, separators=(",", ":"))
        t0 = time.perf_counter()
        con.execute("BEGIN IMMEDIATE")
        cur = con.execute("UPDATE session SET name = ?, profile = ?, step = ?, questionID = ?, updatedAt = ?, revision = ?, "
                          "nextDeadline = ?, nextDeadlineLabel = ? WHERE id = ? AND revision = ?",
                          ("Client 1", text, "oinp", "q%d" % i, time.strftime("%Y-%m-%d %H:%M:%S.000"), revision + 1,
                           "2026-01-29", "OINP must receive your application by", session_id, revision))
        assert cur.rowcount == 1
        con.execute("COMMIT")
        times.append((time.perf_counter() - t0) * 1000)
        revision += 1
    con.close()
    return times


def measure_store(binary, workdir, sessions=10_000, saves=300, list_runs=11):
    """Returns [(metric, ours, baseline_name, baseline, ratio)]; baseline and ratio are None without sqlite3."""
    binary = os.path.abspath(binary)
    results = []
    sqlite_cli = ensure_sqlite3()

    # 1. Listing: `oinp-guide sessions list` (a process: start, open, migrate check, read, print a table)
    #    against the sqlite3 CLI running the same SELECT on the same file (also a process).
    data = tempfile.mkdtemp(prefix="store-list-", dir=workdir)
    seed(binary, data, workdir, sessions)
    argv = [binary, "sessions", "list", "--data-dir", data]
    if sqlite_cli:
        ours, base = _wall_alternating(argv, [sqlite_cli, os.path.join(data, "sessions.sqlite"), LIST_SQL], list_runs)
    else:
        ours, base = _wall(argv, list_runs), None
    results.append((f"list {sessions} sessions (ms, median of {list_runs}, alternating)", ours, "sqlite3 CLI SELECT", base, _ratio(ours, base)))

    # 2. Save latency: `sessions stress` times each save in-process (encode, deadline, lock check, UPDATE, COMMIT),
    #    against the bare UPDATE + COMMIT through libsqlite3 on another store of the same shape.
    data = tempfile.mkdtemp(prefix="store-save-", dir=workdir)
    seed(binary, data, workdir, 1)
    listed = json.loads(subprocess.run([binary, "sessions", "list", "--format", "json", "--data-dir", data],
                                       capture_output=True, text=True, check=True).stdout)
    sid = listed[0]["id"]
    out = subprocess.run([binary, "sessions", "stress", "--data-dir", data, "--session", sid, "--count", str(saves)],
                         capture_output=True, text=True, check=True).stdout
    ours_ms = [int(line.split()[3]) / 1000 for line in out.splitlines() if line.startswith("ACK ")]
    base_dir = tempfile.mkdtemp(prefix="store-save-base-", dir=workdir)
    seed(binary, base_dir, workdir, 1)
    base_id = json.loads(subprocess.run([binary, "sessions", "list", "--format", "json", "--data-dir", base_dir],
                                        capture_output=True, text=True, check=True).stdout)[0]["id"]
    base_ms = _baseline_saves(os.path.join(base_dir, "sessions.sqlite"), base_id, saves)
    name = "libsqlite3 UPDATE+COMMIT, EXTRA"
    for label, f in (("median", _median), ("p99", _p99)):
        o, b = f(ours_ms), f(base_ms)
        results.append((f"save latency {label} (ms, {saves} saves)", o, name, b, _ratio(o, b)))
    # 3. The cost of durability: the same baseline saves with synchronous=EXTRA (ours) against FULL (which
    #    leaves the journal's deletion unsynced: a power cut just after a commit can roll it back).
    full_ms = _baseline_saves(os.path.join(base_dir, "sessions.sqlite"), base_id, saves, synchronous="FULL")
    e, f_ = _median(base_ms), _median(full_ms)
    results.append((f"baseline save median, EXTRA (ms, {saves} saves)", e, "same, synchronous=FULL", f_, _ratio(e, f_)))
    return results


if __name__ == "__main__":
    import argparse
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--bin", required=True)
    ap.add_argument("--sessions", type=int, default=10_000)
    ap.add_argument("--saves", type=int, default=300)
    ap.add_argument("--list-runs", type=int, default=11)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory(prefix="oinp-bench-store-") as wd:
        rows = measure_store(args.bin, wd, sessions=args.sessions, saves=args.saves, list_runs=args.list_runs)
    for metric, ours, bname, base, ratio in rows:
        b = "-" if base is None else f"{base:.3f}"
        r = "-" if ratio is None else f"{ratio:.2f}"
        print(f"{metric} | {ours:.3f} | {b} ({bname}) | {r}")
