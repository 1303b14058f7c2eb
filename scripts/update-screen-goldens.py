#!/usr/bin/env python3
"""Rewrites the golden screens, Tests/GuideUITests/Goldens/NAME.txt (the text) and NAME.style.txt (the
style layer, one letter per cell) for each screen fixture, from the screens the views draw now. Files of fixtures that no longer exist are removed.

Run it after a deliberate change of a screen, then read the diff (git diff) and look at the
screen in tmux at 80x24 before committing: the goldens are the product's screens. A change to one
screen shows in that screen's file alone.
Usage: scripts/update-screen-goldens.py
"""
import os, re, subprocess, sys, tempfile

root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
goldens = os.path.join(root, "Tests/GuideUITests/Goldens")
dump = os.path.join(tempfile.mkdtemp(prefix="oinp-screens-"), "screens.txt")
env = dict(os.environ, DUMP_SCREENS=dump)
# The dump test is enabled only when DUMP_SCREENS is set; it fails if a screen is malformed.
subprocess.run(["swift", "test", "--filter", "dumpScreens"], cwd=root, env=env, check=True,
               stdout=subprocess.DEVNULL)
if not os.path.exists(dump):
    sys.exit("update-screen-goldens: the dumpScreens test wrote nothing. Check that it ran (swift test --filter dumpScreens).")
text = open(dump, encoding="utf-8").read()
parts = re.split(r"^== (\S+)\n", text, flags=re.M)[1:]
os.makedirs(goldens, exist_ok=True)
names = parts[::2]
for name, body in zip(names, parts[1::2]):
    rows = body.split("\n")
    for suffix, mark in ((".txt", "|"), (".style.txt", "~")):
        lines = [l[1:] for l in rows if l.startswith(mark)]
        with open(os.path.join(goldens, name + suffix), "w", encoding="utf-8") as f:
            f.write("".join(l + "\n" for l in lines))
def fixture(f):
    return f[:-len(".style.txt")] if f.endswith(".style.txt") else f[:-len(".txt")]
stale = [f for f in os.listdir(goldens) if f.endswith(".txt") and fixture(f) not in names]
for f in stale:
    os.remove(os.path.join(goldens, f))
print("wrote", len(names), "screens" + (f", removed {len(stale)} stale" if stale else ""))
