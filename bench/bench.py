#!/usr/bin/env python3
"""Runs oinp-guide beside baselines measured in the same run and prints each figure with its goal.

Called by bench/run.sh, which builds the binary and installs the baselines; stdlib only.
A metric is a function (ours, base, args) -> [Row]; `base` is the baseline Target or None. Add one to METRICS.
"""
import argparse
import datetime
import fcntl
import json
import os
import select
import shutil
import signal
import statistics
import struct
import subprocess
import sys
import tempfile
import termios
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

ROWS, COLS = 24, 80
ESC = b"\x1b"
CTRL_C = b"\x03"
BACKSPACE = b"\x7f"
QUIT_GRACE = 2.0  # seconds a program gets to exit after its quit key before it is killed
STEPS = ["Check the criteria", "Choose the stream", "OINP e-filing", "PR application"]
FIRST_SCREEN = [b"Four steps", b"A saved session was found"]
RESUME_SCREEN = [b"A saved session was found"]
DATE_FIELD = [b"date of birth"]
MIB = 1024  # KiB


class Target:
    """How to start one program, recognise its first screen and make it quit.
    data: None (a baseline), "fresh" (an empty data folder each run) or a folder copied anew for each run.
    data_option: the folder is given with --data-dir; otherwise through XDG_DATA_HOME (the folder is
    XDG_DATA_HOME/oinp-guide), so the program runs with no arguments, as people start it."""

    def __init__(self, name, argv, markers, quit_key, data=None, data_option=False):
        self.name, self.argv, self.markers, self.quit_key, self.data = name, argv, markers, quit_key, data
        self.data_option = data_option

    def spawn(self, wrap=(), extra=()):
        data_dir, root, env = None, None, {}
        if self.data:
            root = tempfile.mkdtemp(prefix="oinp-bench-")
            data_dir = root if self.data_option else os.path.join(root, "oinp-guide")
            if self.data == "fresh":
                os.makedirs(data_dir, exist_ok=True)
            else:
                if os.path.exists(data_dir):
                    shutil.rmtree(data_dir)
                shutil.copytree(self.data, data_dir)
            if not self.data_option:
                env["XDG_DATA_HOME"] = root
        argv = list(wrap) + self.argv + list(extra) + (["--data-dir", data_dir] if data_dir and self.data_option else [])
        return Pty(argv, root, env)

    def variant(self, name, argv=None, markers=None, quit_key=None, data=None, data_option=None):
        return Target(name, argv or self.argv, markers or self.markers, quit_key or self.quit_key,
                      self.data if data is None else data, self.data_option if data_option is None else data_option)


class Pty:
    """One program on its own 80x24 pseudo-terminal; keeps every byte it writes."""

    def __init__(self, argv, data_dir=None, extra_env=None):
        self.data_dir = data_dir
        self.out = bytearray()
        self.master, slave = os.openpty()
        fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", ROWS, COLS, 0, 0))
        env = dict(os.environ, TERM="xterm-256color", LANG="C.UTF-8")
        for var in ("LC_ALL", "LC_CTYPE", "NO_COLOR", "ESCDELAY", "XDG_DATA_HOME"):  # every program on the same defaults
            env.pop(var, None)
        env.update(extra_env or {})
        self.t0 = time.perf_counter()
        # The pty becomes the controlling terminal (new session + TIOCSCTTY), as in a real terminal.
        self.proc = subprocess.Popen(argv, stdin=slave, stdout=slave, stderr=slave, env=env,
                                     start_new_session=True, close_fds=True,
                                     preexec_fn=lambda: fcntl.ioctl(0, termios.TIOCSCTTY, 0))
        os.close(slave)

    def read(self, timeout):
        """Reads what arrives within `timeout` s; returns the byte count, or -1 once the program has gone."""
        if not select.select([self.master], [], [], max(timeout, 0))[0]:
            return 0
        try:
            data = os.read(self.master, 65536)
        except OSError:  # EIO: every slave fd is closed
            return -1
        self.out += data
        return len(data) if data else -1

    def wait_for(self, markers, timeout=10.0):
        """Seconds from spawn until one of `markers` has been written."""
        deadline = time.perf_counter() + timeout
        while not any(m in self.out for m in markers):
            if self.read(deadline - time.perf_counter()) < 0 or time.perf_counter() > deadline:
                tail = bytes(self.out[-300:])
                raise RuntimeError(f"{self.proc.args[0]}: no {markers[0]!r} after {timeout}s "
                                   f"(exit status {self.proc.poll()}, {len(self.out)} bytes, last: {tail!r})")
        return time.perf_counter() - self.t0

    def settle(self, quiet=0.05, limit=1.0):
        """Reads until the program has been silent for `quiet` s (at most `limit` s); returns bytes read."""
        total, end = 0, time.perf_counter() + limit
        while time.perf_counter() < end:
            n = self.read(quiet)
            if n <= 0:
                break
            total += n
        return total

    def send(self, data):
        os.write(self.master, data)

    def close(self, quit_key, grace=QUIT_GRACE):
        """Sends the quit key and waits; kills the program if it is still there after `grace` s."""
        try:
            self.send(quit_key)
        except OSError:
            pass
        end = time.perf_counter() + grace
        # Keep draining output: a full pty buffer would block the program's goodbye writes.
        while self.proc.poll() is None and time.perf_counter() < end:
            self.read(0.02)
        killed = self.proc.poll() is None
        if killed:  # the whole group: under /usr/bin/time or valgrind the program may be a grandchild
            os.killpg(self.proc.pid, signal.SIGKILL)
        self.proc.wait()
        os.close(self.master)
        if self.data_dir:
            shutil.rmtree(self.data_dir, ignore_errors=True)
        return killed


def percentile(values, p):
    """Nearest-rank percentile: no interpolation, so it is always a value that was measured."""
    s = sorted(values)
    return s[max(0, -(-len(s) * p // 100) - 1)]


def row(metric, ours, base=None, base_value=None, goal=None):
    """One table line. goal: (what, op, limit) with what "value" (ours) or "ratio" (ours / baseline)."""
    return {"metric": metric, "oinp-guide": ours, "baseline_name": base, "baseline": base_value,
            "ratio": ours / base_value if ours is not None and base_value else None, "goal": goal}


def judge(r):
    """'yes' / 'NO' / '-' for a row's goal."""
    g = r["goal"]
    if not g:
        return "-"
    what, op, limit = g
    v = r["ratio"] if what == "ratio" else r["oinp-guide"]
    if v is None:
        return "-"
    return "yes" if (v <= limit if op == "<=" else v >= limit) else "NO"


def goal_text(g):
    if not g:
        return "-"
    what, op, limit = g
    op = "≤" if op == "<=" else "≥"
    return f"{op} {limit:g}x baseline" if what == "ratio" else f"{op} {limit:,.0f}" if limit >= 100 else f"{op} {limit:g}"


# --- metrics: each returns [row(...)] ----------------------------------------------------------

def first_screen(ours, base, args):
    """Spawn to first full screen, in ms. Ours and the baseline alternate run by run, so both see the same
    moment of a shared machine; one discarded warm-up pair first."""
    times = {ours.name: [], base.name if base else None: []}
    pairs = []
    for i in range(args.runs + 1):
        pair = {}
        for t in (ours, base):
            if t is None:
                continue
            p = t.spawn()
            try:
                ms = p.wait_for(t.markers) * 1000
            finally:
                p.close(t.quit_key)
            if i:
                times[t.name].append(ms)
                pair[t.name] = ms
        if i and base:
            pairs.append(pair[ours.name] / pair[base.name])
    mine = times[ours.name]
    theirs = times.get(base.name) if base else None
    rows = [row("first screen median (ms)", statistics.median(mine), base and base.name,
                statistics.median(theirs) if theirs else None, ("ratio", "<=", 1.5)),
            row("first screen p90 (ms)", percentile(mine, 90), base and base.name,
                percentile(theirs, 90) if theirs else None)]
    if pairs:  # the ratio of each ours/baseline pair, whose median shrugs off a slow moment of the machine
        rows.append(row("first screen, median of pairwise ratios", statistics.median(pairs), goal=("value", "<=", 1.5)))
    return rows


def first_screen_data_dir(ours, base, args):
    """The same with the folder given as --data-dir (a consultant's start): the argument parser runs."""
    rows = first_screen(ours.variant(ours.name, data_option=True), base, args)
    return [dict(r, metric=r["metric"].replace("first screen", "first screen --data-dir", 1)) for r in rows if "p90" not in r["metric"]]


def callgrind_count(t, keep=None):
    """Instructions (callgrind Ir) from exec to the first screen plus the quit key, one run."""
    valgrind = shutil.which("valgrind")
    if not valgrind:
        return None
    out = keep or tempfile.mktemp(prefix="oinp-bench-", suffix=".callgrind")
    p = t.spawn(wrap=[valgrind, "--tool=callgrind", f"--callgrind-out-file={out}", "--"])
    try:
        p.wait_for(t.markers, timeout=120)
        p.settle(quiet=0.3, limit=10)
    finally:
        killed = p.close(t.quit_key, grace=60)
    if killed:
        raise RuntimeError(f"{t.name} under valgrind did not quit")
    total = None
    with open(out) as f:
        for line in f:
            if line.startswith(("summary:", "totals:")):
                total = int(line.split()[1])
    if not keep:
        os.remove(out)
    return total


def instructions(ours, base, args):
    """The first screen's instruction count: stable on a noisy machine, unlike its time."""
    if args.skip_callgrind or not shutil.which("valgrind"):
        return []
    fresh = callgrind_count(ours)
    theirs = callgrind_count(base) if base else None
    resume = callgrind_count(args.resume_target)
    return [row("first screen instructions (callgrind, M)", fresh / 1e6, base and base.name,
                theirs / 1e6 if theirs else None),
            row("resume screen instructions (callgrind, M)", resume / 1e6, base and base.name,
                theirs / 1e6 if theirs else None)]


def rss_kib(t):
    """Max RSS in KiB over: start, first screen, quit."""
    gnu_time = shutil.which("time", path="/usr/bin")
    if gnu_time:
        with tempfile.NamedTemporaryFile(mode="r", suffix=".rss") as f:
            p = t.spawn(wrap=[gnu_time, "-o", f.name, "-f", "%M"])
            p.wait_for(t.markers)
            p.settle()
            p.close(t.quit_key)
            return int(f.read().split()[-1])
    p = t.spawn()
    try:
        p.wait_for(t.markers)
        p.settle()
        with open(f"/proc/{p.proc.pid}/status") as status:
            hwm = next(line for line in status if line.startswith("VmHWM:"))
        return int(hwm.split()[1])
    finally:
        p.close(t.quit_key)


def peak_rss(ours, base, args):
    """Peak RSS on the fresh (welcome) and the resume screen, median of 3 runs each."""
    med = lambda t: statistics.median(rss_kib(t) for _ in range(3))
    theirs = med(base) if base else None
    name = base and base.name
    return [row("peak RSS, fresh screen (KiB)", med(ours), name, theirs, ("value", "<=", 25 * MIB)),
            row("peak RSS, resume screen (KiB)", med(args.resume_target), name, theirs, ("value", "<=", 25 * MIB))]


def arrow(p, letter, mode):
    """An arrow key as a terminal sends it. In `auto`, like xterm: ESC O x once the program has turned on
    application cursor keys (DECCKM, which ncurses' keypad() does), ESC [ x otherwise."""
    if mode == "auto":
        mode = "ss3" if p.out.rfind(b"\x1b[?1h") > p.out.rfind(b"\x1b[?1l") else "csi"
    return (b"\x1bO" if mode == "ss3" else b"\x1b[") + letter


def keys_bytes(t, prepare, keys, counted):
    """Sends `keys` one by one, each followed by reading until output settles; mean bytes over the keys
    whose index is in `counted` (None: all)."""
    p = t.spawn()
    counts = []
    try:
        prepare(p)
        for i, key in enumerate(keys):
            p.send(key(p) if callable(key) else key)
            n = p.settle()
            if p.proc.poll() is not None:  # a figure from a program that has quit would mean nothing
                raise RuntimeError(f"{t.name} exited (status {p.proc.returncode}) after key {i + 1}; "
                                   f"last output: {bytes(p.out[-200:])!r}")
            if counted is None or counted(i):
                counts.append(n)
    finally:
        p.close(t.quit_key)
    return statistics.fmean(counts)


def bytes_per_move(ours, base, args):
    """Mean bytes written per navigation key in the four-item first list."""
    # updown never reaches an end of the 4-item list, where whiptail stops but we wrap around.
    letters = b"B" * args.keys if args.key_pattern == "down" else (b"BBBAAA" * (args.keys // 6 + 1))[:args.keys]
    keys = [(lambda p, l=bytes([l]): arrow(p, l, args.arrows)) for l in letters]

    def prepare(p, t):
        p.wait_for(t.markers)
        p.settle()
    mine = keys_bytes(ours, lambda p: prepare(p, ours), keys, None)
    theirs = keys_bytes(base, lambda p: prepare(p, base), keys, None) if base else None
    return [row("bytes per move (mean)", mine, base and base.name, theirs, ("ratio", "<=", 1.0))]


def bytes_per_char(ours, base, args):
    """Mean bytes written per character typed into a text field: ours the date-of-birth field (Enter on
    the welcome screen), the baseline an input box. Ten characters, then ten Backspaces (not counted)."""
    text = b"1990-04-17"
    cycle = [bytes([c]) for c in text] + [BACKSPACE] * len(text)
    keys = cycle * max(1, args.keys // len(cycle))
    typed = lambda i: i % len(cycle) < len(text)

    def into_field(p):
        p.wait_for(ours.markers)
        p.settle()
        p.send(b"\r")
        p.wait_for(DATE_FIELD)
        p.settle()
    field = ours.variant("oinp-guide", quit_key=CTRL_C)
    mine = keys_bytes(field, into_field, keys, typed)
    theirs = None
    if base:
        box = Target(base.name, base.argv[:3] + ["--inputbox", "What is your date of birth?", "10", "60"],
                     DATE_FIELD, ESC)

        def ready(p):
            p.wait_for(box.markers)
            p.settle()
        theirs = keys_bytes(box, ready, keys, typed)
    return [row("bytes per typed character (mean)", mine, base and base.name, theirs, ("value", "<=", 2))]


METRICS = [first_screen, first_screen_data_dir, instructions, peak_rss, bytes_per_move, bytes_per_char]


def baseline_target(tool):
    """A four-item menu like our first screen; `menu text` is the menu's prompt."""
    items = [x for i, s in enumerate(STEPS, 1) for x in (str(i), s)]
    argv = {"whiptail": ["whiptail", "--title", "oinp-guide bench"],
            "dialog": ["dialog", "--title", "oinp-guide bench"]}[tool]
    return Target(tool, argv + ["--menu", "Choose a step", "15", "60", "4"] + items,
                  [b"Choose a step"], ESC)


def seeded_folder(binary, work):
    """A data folder holding one saved session, so the program opens on the resume screen."""
    from metrics_store import seed
    d = os.path.join(work, "resume")
    os.makedirs(d)
    seed(binary, d, work, 1)
    return d


def command_line_metrics(args, work):
    """Metrics of the command line and the engine, each with its own baseline (see their modules)."""
    from metrics_store import measure_store
    from metrics_assess import measure_assess, measure_crs
    rows = []
    for sub in ("store", "assess"):
        os.makedirs(os.path.join(work, sub))
    goals = {"list": ("ratio", "<=", 2.0), "assess profiles/s": ("value", ">=", 10_000),
             "CRS assessments/s": ("value", ">=", 1_000_000)}
    extra = measure_store(args.bin, os.path.join(work, "store")) + measure_assess(args.bin, os.path.join(work, "assess"))
    if args.crs_bin:
        extra += measure_crs(args.crs_bin, os.path.join(work, "assess"))
    for name, value, bname, b, _ratio in extra:
        goal = next((g for k, g in goals.items() if name.startswith(k)), None)
        rows.append(row(name, value, bname, b, goal))
    return rows


def main():
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--bin", required=True, help="the oinp-guide binary")
    ap.add_argument("--crs-bin", help="bench/crs/main.swift built against the same release (bench/crs/build.sh)")
    ap.add_argument("--runs", type=int, default=20, help="spawns of each program for the first-screen metric")
    ap.add_argument("--keys", type=int, default=200, help="keys for the bytes-per-key metrics")
    ap.add_argument("--key-pattern", choices=["updown", "down"], default="updown",
                    help="updown: Down x3, Up x3, repeated (every key moves); down: Down only")
    ap.add_argument("--arrows", choices=["auto", "csi", "ss3"], default="auto",
                    help="arrow key bytes: auto follows the program's cursor-key mode, as xterm does")
    ap.add_argument("--baseline", default="whiptail", choices=["whiptail", "dialog", "none"])
    ap.add_argument("--tui-only", action="store_true", help="skip the store, assessment and CRS metrics")
    ap.add_argument("--skip-callgrind", action="store_true", help="skip the instruction counts")
    ap.add_argument("--profile-screen", choices=["fresh", "resume", "data-dir"],
                    help="only run callgrind once on that screen, keeping its output in --callgrind-out")
    ap.add_argument("--callgrind-out", help="with --profile-screen: where the callgrind output goes")
    ap.add_argument("--json", default=os.path.join(HERE, "out", "latest.json"))
    args = ap.parse_args()

    args.bin = os.path.abspath(args.bin)
    ours = Target("oinp-guide", [args.bin], FIRST_SCREEN, b"q", data="fresh")
    base = baseline_target(args.baseline) if args.baseline != "none" and shutil.which(args.baseline) else None

    with tempfile.TemporaryDirectory(prefix="oinp-bench-") as work:
        args.resume_target = ours.variant("oinp-guide (resume)", markers=RESUME_SCREEN, data=seeded_folder(args.bin, work))
        if args.profile_screen:
            t = {"fresh": ours, "resume": args.resume_target,
                 "data-dir": ours.variant("oinp-guide --data-dir", data_option=True)}[args.profile_screen]
            print(callgrind_count(t, keep=os.path.abspath(args.callgrind_out)))
            return
        rows = [r for metric in METRICS for r in metric(ours, base, args)]
        if not args.tui_only:
            rows += command_line_metrics(args, work)

    machine = {"nproc": os.cpu_count(), "kernel": os.uname().release, "load": os.getloadavg()[0],
               "date": datetime.datetime.now().astimezone().isoformat(timespec="seconds")}
    for r in rows:
        r["met"] = judge(r)
    report = {"machine": machine, "binary": args.bin, "baseline_tool": base.name if base else None,
              "runs": args.runs, "keys": args.keys, "key_pattern": args.key_pattern, "arrows": args.arrows,
              "terminal": f"{COLS}x{ROWS}", "metrics": rows}

    fmt = lambda v: "-" if v is None else f"{v:,.2f}" if isinstance(v, float) else f"{v:,}"
    header = ["metric", "oinp-guide", "baseline", "baseline value", "ratio", "goal", "met"]
    table = [header] + [[r["metric"], fmt(r["oinp-guide"]), r["baseline_name"] or "-", fmt(r["baseline"]),
                         fmt(r["ratio"]), goal_text(r["goal"]), r["met"]] for r in rows]
    widths = [max(len(line[i]) for line in table) for i in range(len(header))]
    print(f"machine: nproc={machine['nproc']} kernel={machine['kernel']} load={machine['load']:.1f}  date: {machine['date']}")
    print(f"runs={args.runs} keys={args.keys} ({args.key_pattern}, arrows {args.arrows}) terminal={COLS}x{ROWS} binary={args.bin}")
    for line in table:
        print(" | ".join(c.ljust(w) for c, w in zip(line, widths)).rstrip())

    os.makedirs(os.path.dirname(args.json), exist_ok=True)
    with open(args.json, "w") as f:
        json.dump(report, f, indent=2)
        f.write("\n")


if __name__ == "__main__":
    main()
