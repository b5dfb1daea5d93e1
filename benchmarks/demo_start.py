#!/usr/bin/env python3
"""The console's --demo cold start: from launching `infiniti-admin --demo` (offscreen) to the log
line of the users' first rows (`UsersModel shows its first …`, category infiniti.models), for
RUNS runs one after another. Prints one line a run; docs/PERFORMANCE.md has the figures.

    benchmarks/demo_start.py build/src/app/infiniti-admin [RUNS=3]
"""
import os
import subprocess
import sys
import time

exe = sys.argv[1]
runs = int(sys.argv[2]) if len(sys.argv) > 2 else 3
env = dict(os.environ, QT_QPA_PLATFORM="offscreen", LANGUAGE="en",
           QT_LOGGING_RULES="infiniti.models.debug=true", QT_FORCE_STDERR_LOGGING="1")
for run in range(1, runs + 1):
    started = time.monotonic()
    console = subprocess.Popen([exe, "--demo"], stderr=subprocess.PIPE, stdout=subprocess.DEVNULL,
                               env=env, text=True)
    ms = None
    for line in console.stderr:
        if "UsersModel shows its first" in line:
            ms = (time.monotonic() - started) * 1000
            break
    console.kill()
    console.wait()
    print(f"run {run}: first users rows {ms:.0f} ms" if ms is not None
          else f"run {run}: no first rows (is the log line still 'UsersModel shows its first'?)",
          flush=True)
    time.sleep(1)
