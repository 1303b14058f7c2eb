#!/usr/bin/env python3
"""Runs oinp-guide and a C curses baseline (whiptail or dialog) in pseudo-terminals and compares them.

Called by bench/run.sh, which builds the binary and installs the baseline; stdlib only.
A metric is a function (target, args) -> {name: value}; add one to METRICS to report more.
"""
import argparse
import sys
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
import tempfile
import termios
import time

ROWS, COLS = 24, 80
ESC = b"\x1b"
QUIT_GRACE = 2.0  # seconds a program gets to exit after its quit key before it is killed
STEPS = ["Check the criteria", "Choose the stream", "OINP e-filing", "PR application"]


class Target:
    """How to start one program, recognise its first screen and make it quit."""

    def __init__(self, name, argv, markers, quit_key, fresh_data_dir=False):
        self.name, self.argv, self.markers, self.quit_key = name, argv, markers, quit_key
        self.fresh_data_dir = fresh_data_dir

    def spawn(self, wrap=()):
        # Each run of ours gets an empty --data-dir so every run draws the same first screen.
        data_dir = tempfile.mkdtemp(prefix="oinp-bench-") if self.fresh_data_dir else None
        argv = list(wrap) + self.argv + (["--data-dir", data_dir] if data_dir else [])
        return Pty(argv, data_dir)


class Pty:
    """One program on its own 80x24 pseudo-terminal; keeps every byte it writes."""

    def __init__(self, argv, data_dir=None):
        self.data_dir = data_dir
        self.out = bytearray()
        self.master, slave = os.openpty()
        fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", ROWS, COLS, 0, 0))
        env = dict(os.environ, TERM="xterm-256color", LANG="C.UTF-8")
        for var in ("LC_ALL", "LC_CTYPE", "NO_COLOR", "ESCDELAY"):  # keep both programs on the same defaults
            env.pop(var, None)
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
                raise RuntimeError(f"{self.proc.args[0]}: no first screen after {timeout}s "
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

    def close(self, quit_key):
        """Sends the quit key and waits; kills the program if it is still there after QUIT_GRACE s."""
        try:
            self.send(quit_key)
        except OSError:
            pass
        end = time.perf_counter() + QUIT_GRACE
        # Keep draining output: a full pty buffer would block the program's goodbye writes.
        while self.proc.poll() is None and time.perf_counter() < end:
            self.read(0.02)
        killed = self.proc.poll() is None
        if killed:  # the whole group: under /usr/bin/time the program is a grandchild
            os.killpg(self.proc.pid, signal.SIGKILL)
        self.proc.wait()
        os.close(self.master)
        if self.data_dir:
            shutil.rmtree(self.data_dir, ignore_errors=True)
        return killed


def percentile(values, p):
    """Nearest-rank percentile: no interpolation, so it is always a time that was measured."""
    s = sorted(values)
    return s[max(0, -(-len(s) * p // 100) - 1)]


# --- metrics: each returns {metric name: value} for one target -------------------------------

def first_screen(t, args):
    """Spawn to first full screen, in ms; one discarded warm-up so both start with warm caches."""
    times = []
    for i in range(args.runs + 1):
        p = t.spawn()
        try:
            ms = p.wait_for(t.markers) * 1000
        finally:
            p.close(t.quit_key)
        if i:
            times.append(ms)
    return {"first screen median (ms)": statistics.median(times),
            "first screen p90 (ms)": percentile(times, 90)}


def arrow(p, letter, mode):
    """An arrow key as a terminal sends it. In `auto`, like xterm: ESC O x once the program has turned on
    application cursor keys (DECCKM, which ncurses' keypad() does), ESC [ x otherwise."""
    if mode == "auto":
        mode = "ss3" if p.out.rfind(b"\x1b[?1h") > p.out.rfind(b"\x1b[?1l") else "csi"
    return (b"\x1bO" if mode == "ss3" else b"\x1b[") + letter


def bytes_per_key(t, args):
    """Mean bytes written per navigation key, each key followed by a wait for output to settle."""
    # updown never reaches an end of the 4-item list, where whiptail stops but we wrap around.
    letters = b"B" * args.keys if args.key_pattern == "down" else b"BBBAAA" * (args.keys // 6 + 1)
    p = t.spawn()
    try:
        p.wait_for(t.markers)
        p.settle()
        counts = []
        for letter in letters[:args.keys]:
            p.send(arrow(p, bytes([letter]), args.arrows))
            counts.append(p.settle())
            if p.proc.poll() is not None:  # a figure from a program that has quit would mean nothing
                raise RuntimeError(f"{t.name} exited (status {p.proc.returncode}) after navigation key "
                                   f"{len(counts)}; last output: {bytes(p.out[-200:])!r}")
    finally:
        p.close(t.quit_key)
    return {"bytes per key (mean)": statistics.mean(counts)}


def peak_rss(t, args):
    """Max RSS in KiB over: start, first screen, quit."""
    gnu_time = shutil.which("time", path="/usr/bin")
    if gnu_time:
        with tempfile.NamedTemporaryFile(mode="r", suffix=".rss") as f:
            p = t.spawn(wrap=[gnu_time, "-o", f.name, "-f", "%M"])
            p.wait_for(t.markers)
            p.settle()
            p.close(t.quit_key)
            return {"peak RSS (KiB)": int(f.read().split()[-1])}
    p = t.spawn()
    try:
        p.wait_for(t.markers)
        p.settle()
        with open(f"/proc/{p.proc.pid}/status") as status:
            hwm = next(line for line in status if line.startswith("VmHWM:"))
        return {"peak RSS (KiB)": int(hwm.split()[1])}
    finally:
        p.close(t.quit_key)


METRICS = [first_screen, bytes_per_key, peak_rss]


def baseline_target(tool):
    """A four-item menu like our first screen; `menu text` is the menu's prompt."""
    items = [x for i, s in enumerate(STEPS, 1) for x in (str(i), s)]
    argv = {"whiptail": ["whiptail", "--title", "oinp-guide bench"],
            "dialog": ["dialog", "--title", "oinp-guide bench"]}[tool]
    return Target(tool, argv + ["--menu", "Choose a step", "15", "60", "4"] + items,
                  [b"Choose a step"], ESC)


def main():
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--bin", required=True, help="the oinp-guide binary")
    ap.add_argument("--runs", type=int, default=20, help="spawns for the first-screen metric")
    ap.add_argument("--keys", type=int, default=200, help="keys for the bytes-per-key metric")
    ap.add_argument("--key-pattern", choices=["updown", "down"], default="updown",
                    help="updown: Down x3, Up x3, repeated (every key moves); down: Down only")
    ap.add_argument("--arrows", choices=["auto", "csi", "ss3"], default="auto",
                    help="arrow key bytes: auto follows the program's cursor-key mode, as xterm does")
    ap.add_argument("--baseline", default="whiptail", choices=["whiptail", "dialog", "none"])
    ap.add_argument("--tui-only", action="store_true", help="skip the store and assessment metrics")
    ap.add_argument("--json", default=os.path.join(os.path.dirname(__file__), "out", "latest.json"))
    args = ap.parse_args()

    ours = Target("oinp-guide", [os.path.abspath(args.bin)],
                  [b"Four steps", b"A saved session was found"], b"q", fresh_data_dir=True)
    base = baseline_target(args.baseline) if args.baseline != "none" and shutil.which(args.baseline) else None

    rows = []
    for metric in METRICS:
        mine = metric(ours, args)
        theirs = metric(base, args) if base else {}
        for name, value in mine.items():
            b = theirs.get(name)
            rows.append({"metric": name, "oinp-guide": value, "baseline_name": base.name if base else None, "baseline": b,
                         "ratio": value / b if b else None})

    # Metrics that run the command line rather than the screen, each with its own baseline.
    if not args.tui_only:
        sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
        from metrics_store import measure_store
        from metrics_assess import measure_assess
        with tempfile.TemporaryDirectory(prefix="oinp-bench-") as work:
            for sub in ("store", "assess"):
                os.makedirs(os.path.join(work, sub))
            extra = measure_store(args.bin, os.path.join(work, "store")) + measure_assess(args.bin, os.path.join(work, "assess"))
        for name, value, bname, b, ratio in extra:
            rows.append({"metric": name, "oinp-guide": value, "baseline_name": bname, "baseline": b, "ratio": ratio})

    machine = {"nproc": os.cpu_count(), "kernel": os.uname().release,
               "date": datetime.datetime.now().astimezone().isoformat(timespec="seconds")}
    report = {"machine": machine, "binary": args.bin, "baseline_tool": base.name if base else None,
              "runs": args.runs, "keys": args.keys, "key_pattern": args.key_pattern, "arrows": args.arrows, "terminal": f"{COLS}x{ROWS}",
              "metrics": rows}

    fmt = lambda v: "-" if v is None else f"{v:.2f}" if isinstance(v, float) else str(v)
    header = ["metric", "oinp-guide", "baseline", "baseline value", "ratio"]
    table = [header] + [[r["metric"], fmt(r["oinp-guide"]), r["baseline_name"] or "-", fmt(r["baseline"]), fmt(r["ratio"])] for r in rows]
    widths = [max(len(row[i]) for row in table) for i in range(5)]
    print(f"machine: nproc={machine['nproc']} kernel={machine['kernel']}  date: {machine['date']}")
    print(f"runs={args.runs} keys={args.keys} ({args.key_pattern}, arrows {args.arrows}) terminal={COLS}x{ROWS} binary={args.bin}")
    for row in table:
        print(" | ".join(c.ljust(w) for c, w in zip(row, widths)).rstrip())

    os.makedirs(os.path.dirname(args.json), exist_ok=True)
    with open(args.json, "w") as f:
        json.dump(report, f, indent=2)
        f.write("\n")


if __name__ == "__main__":
    main()
