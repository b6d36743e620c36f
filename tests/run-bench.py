#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""`make bench`: every figure the README's Performance section quotes, in one run.

    tests/run-bench.py [BUILDDIR]        (BUILDDIR: _bench, a release build)

Builds BUILDDIR (set up with --buildtype=release when missing) and the
benchmarks, makes a store of BENCH_RECORDS records (100 000) once with
tests/bench-store and keeps it in BUILDDIR, then runs:

1. Ratios against anchors, side by side: each pair run BENCH_RUNS times (5)
   in turn, ours then the anchor, then the anchor then ours, and so on,
   with the medians compared:
   - open + load: `tianshan --database STORE --import EMPTY.json` (a JSON
     document of no records: the store opened, every record loaded,
     nothing merged, the process ended), against tests/bench-json-anchor
     (SQLite's json_tree over the same records' JSON export);
   - the .xlsx briefing of every record: `tianshan --export F.xlsx`,
     against tests/bench-xlsx-anchor (plain libxlsxwriter writing the same
     cells, dumped once from ours by tests/bench-xlsx-dump.py), time and
     peak memory;
   - CSV writing: our `--type meeting --export F.csv` minus our load
     (the empty import of the same round), and the same export timed
     inside one process after the load (tests/bench-csv: on a busy
     machine the difference of two long runs is mostly noise), against
     tests/bench-csv-anchor.py (Python's csv module writing the same rows);
   - whatever an optional benchmark reports (start-up, clicking Export):
     see OPTIONAL below.
   Whole processes are timed (wall, CPU of every thread, peak resident
   memory from wait4), ours and the anchor alike.
2. The benchmarks that print figures of their own: bench-store (opens of
   the store), bench-import, bench-records, bench-map-view,
   bench-map-render and bench-timeline (the window's under xvfb-run, with
   GSettings' memory backend).
3. The ratios again, as a Markdown table for the README, with the machine.

BENCH_ONLY=load,xlsx,csv,optional,figures runs only those parts; any
benchmark that prints lines `bench-result: WHAT | OURS | ANCHOR | RATIO |
TARGET` adds them to the table. Not a test: nothing here passes or fails
on a timing."""

import csv
import datetime
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

SRCDIR = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BUILDDIR = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else os.path.join(SRCDIR, "_bench"))
RUNS = max(1, int(os.environ.get("BENCH_RUNS", "5")))
N_RECORDS = int(os.environ.get("BENCH_RECORDS", "100000"))


def count(number):
    """100 000, as the README writes numbers."""
    return f"{number:,}".replace(",", " ")


RECORDS = count(N_RECORDS)
ONLY = set(filter(None, os.environ.get("BENCH_ONLY", "").split(",")))
XVFB = ["xvfb-run", "-a", "-s", "-screen 0 1800x1100x24", "dbus-run-session", "--"]

# Benchmarks other engineers add, run when they are there: the title, the
# meson targets or scripts in tests/ (the first found is run), whether it
# needs a display, and its arguments ({store}, {build}, {records} and
# {runs} are replaced). They print their own figures, and `bench-result:`
# lines for the table.
OPTIONAL = [
    # The "startup" branch's tests/bench-startup: its own paired runs of
    # Tianshan and tests/bench-bare-window to their first frames.
    ("start-up to first frame, shipped dataset",
     ["bench-startup"], True, ["--build", "{build}"]),
    # The "briefing" branch's tests/bench-export-window: clicking Export in
    # the window, its own table of figures.
    ("clicking Export at {records} records",
     ["bench-export-window"], True, ["{store}", "{runs}"]),
]

# The benchmarks with figures of their own: target, display, arguments.
FIGURES = [
    ("bench-store", False, ["{records}", "{store}"]),
    ("bench-import", False, ["{json}", "3"]),
    ("bench-records", True, ["{records}"]),
    ("bench-map-view", True, ["{store}"]),
    ("bench-map-render", False, ["{store}"]),
    ("bench-timeline", True, ["{store}"]),
]

results = []  # rows of the summary: what, ours, anchor, ratio, target
# tests/bench-startup's rows: "tianshan", "tianshan, record remembered"
# (wall ms, CPU ms, ratio, CPU ratio) and "bare AdwApplicationWindow"
# (wall ms, CPU ms).
STARTUP_LINE = re.compile(r"\s*(tianshan(?:, record remembered)?|bare)\D*?\s([0-9.]+)\s+([0-9.]+)"
                          r"(?:\s+([0-9.]+)\s+([0-9.]+))?\s*$")


def wanted(part):
    return not ONLY or part in ONLY


def say(text=""):
    print(text, flush=True)


def loadavg():
    with open("/proc/loadavg") as f:
        return " ".join(f.read().split()[:3])


def machine():
    model = "unknown CPU"
    with open("/proc/cpuinfo") as f:
        for line in f:
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    with open("/proc/meminfo") as f:
        memory = int(f.readline().split()[1]) / 1024 / 1024
    return f"{model}, {os.cpu_count()} cores, {memory:.1f} GiB"


def commit():
    try:
        return subprocess.run(["git", "-C", SRCDIR, "describe", "--always", "--dirty"],
                              capture_output=True, text=True, check=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return "unknown"


def environment():
    env = dict(os.environ)
    # The command line as users run it: TIANSHAN_FREE_AT_EXIT (the tests')
    # would free everything before exiting.
    env.pop("TIANSHAN_FREE_AT_EXIT", None)
    env.update({
        "LANG": "C.UTF-8", "LC_ALL": "C.UTF-8", "LANGUAGE": "",
        "GSETTINGS_BACKEND": "memory",
        "GSETTINGS_SCHEMA_DIR": os.path.join(BUILDDIR, "data"),
        "TIANSHAN_LOCALEDIR": os.path.join(BUILDDIR, "po"),
        "GSK_RENDERER": env.get("GSK_RENDERER", "cairo"),
        "NO_AT_BRIDGE": "1",
        # Nothing of the user's read or written (the font cache is kept).
        "XDG_DATA_HOME": os.path.join(BUILDDIR, "bench-run", "xdg", "data"),
        "XDG_CONFIG_HOME": os.path.join(BUILDDIR, "bench-run", "xdg", "config"),
    })
    return env


ENV = None


def timed(command, output=None):
    """Runs @command to its end: wall and CPU seconds, peak MiB, its output."""
    with tempfile.TemporaryFile() as out:
        start = time.perf_counter()
        process = subprocess.Popen(command, stdout=out, stderr=subprocess.STDOUT, env=ENV,
                                   cwd=BUILDDIR)
        _, status, usage = os.wait4(process.pid, 0)
        wall = time.perf_counter() - start
        process.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        text = out.read().decode("utf-8", "replace")
    if process.returncode != 0:
        say(text)
        sys.exit(f"run-bench: {' '.join(command)} failed ({process.returncode})")
    return {"wall": wall, "cpu": usage.ru_utime + usage.ru_stime,
            "mib": usage.ru_maxrss / 1024, "output": text}


def median(runs, key):
    return statistics.median(run[key] for run in runs)


def describe(runs):
    return (f"{median(runs, 'wall'):.3f} s (CPU {median(runs, 'cpu'):.3f} s, "
            f"{median(runs, 'mib'):.0f} MiB)")


def line(run):
    return f"{run['wall']:.3f} s, CPU {run['cpu']:.3f} s, {run['mib']:.0f} MiB"


def paired(name, commands, runs=RUNS):
    """Runs each of @commands (name → argv) @runs times, in turn, the order
    reversed every other round: the runs by name."""
    names = list(commands)
    measured = {n: [] for n in names}
    for round_ in range(runs):
        order = names if round_ % 2 == 0 else names[::-1]
        figures = []
        for n in order:
            command = commands[n]
            run = command() if callable(command) else timed(command)
            measured[n].append(run)
            figures.append(f"{n} {line(run)}" if "mib" in run
                           else f"{n} {run['wall']:.3f} s, CPU {run['cpu']:.3f} s")
        say(f"  {name} {round_ + 1}/{runs} (load {loadavg()}): " + " · ".join(figures))
    return measured


def ratio(ours, anchor):
    return ours / anchor if anchor > 0 else float("inf")


def build():
    if not os.path.exists(os.path.join(BUILDDIR, "build.ninja")):
        subprocess.run(["meson", "setup", BUILDDIR, "--buildtype=release"], cwd=SRCDIR,
                       check=True)
    subprocess.run(["meson", "compile", "-C", BUILDDIR], check=True, stdout=subprocess.DEVNULL)
    targets = json.loads(subprocess.run(["meson", "introspect", "--targets", BUILDDIR],
                                        capture_output=True, text=True, check=True).stdout)
    benches = {t["name"]: t["filename"][0] for t in targets if t["name"].startswith("bench-")}
    subprocess.run(["meson", "compile", "-C", BUILDDIR, *benches], check=True,
                   stdout=subprocess.DEVNULL)
    return benches


def find_optional(candidates, benches):
    for name in candidates:
        if name in benches:
            return [benches[name]]
        script = os.path.join(SRCDIR, "tests", name)
        if os.path.isfile(script) and os.access(script, os.X_OK):
            return [script]
    return None


def stream(title, command, display, timeout=1800):
    """Runs a benchmark that prints its figures, its output indented; the
    `bench-result:` lines it prints join the summary."""
    say(f"\n## {title} (load {loadavg()})\n$ {' '.join(command)}")
    if display:
        command = XVFB + command
    start = time.perf_counter()
    startup = {}
    try:
        process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                                   env=ENV, cwd=BUILDDIR, text=True, errors="replace")
        for text in process.stdout:
            say("  " + text.rstrip("\n"))
            match = re.match(r"\s*bench-result:\s*(.*)", text)
            if match:
                fields = [f.strip() for f in match.group(1).split("|")]
                results.append((fields + [""] * 5)[:5])
            match = STARTUP_LINE.match(text)
            if match:
                startup[match.group(1)] = match.groups()[1:]
        process.wait(timeout=timeout)
    except subprocess.TimeoutExpired:
        process.kill()
        say(f"  (stopped after {timeout} s)")
    say(f"  ({title}: {time.perf_counter() - start:.0f} s, exit {process.returncode})")
    if "bare" in startup:
        # tests/bench-startup's table: wall and CPU ms of each, and ratios.
        bare_wall, bare_cpu = startup["bare"][:2]
        for name, what in (("tianshan", title),
                           ("tianshan, record remembered", title + ", a record remembered")):
            if name not in startup:
                continue
            ours_wall, ours_cpu, ratio, cpu_ratio = startup[name]
            results.append((what, f"{ours_wall} ms (CPU {ours_cpu} ms)",
                            f"{bare_wall} ms (CPU {bare_cpu} ms)",
                            f"{float(ratio):.2f}× (CPU {float(cpu_ratio):.2f}×)", "≤ 1.25×"))


def main():
    global ENV

    say(f"# Tianshan benchmarks: {datetime.datetime.now(datetime.timezone.utc):%Y-%m-%d %H:%M} UTC,"
        f" {commit()}")
    say(f"machine: {machine()}; load average {loadavg()}")
    benches = build()
    ENV = environment()
    tianshan = os.path.join(BUILDDIR, "app", "tianshan")
    work = os.path.join(BUILDDIR, "bench-run")
    os.makedirs(work, exist_ok=True)
    store = os.path.join(BUILDDIR, f"bench-{N_RECORDS}.db")
    empty = os.path.join(work, "empty.json")
    exported = os.path.join(work, "store.json")
    with open(empty, "w") as f:
        f.write('{"format": "tianshan", "version": 1, "records": []}\n')

    if not os.path.exists(store):
        say(f"\nmaking the store of {N_RECORDS} records (once): {store}")
        stream("bench-store (making the store)", [benches["bench-store"], str(N_RECORDS), store],
               False)
    # Untimed: a store made by an older schema is migrated here, and the
    # files are in the page cache for every run alike.
    load_ours = [tianshan, "--database", store, "--import", empty]
    timed(load_ours)
    timed([tianshan, "--database", store, "--export", exported])
    say(f"store: {store} ({RECORDS} records; {os.path.getsize(store) / 1e6:.0f} MB, "
        f"its JSON export {os.path.getsize(exported) / 1e6:.0f} MB)")
    say(f"{RUNS} paired runs each, medians; wall time, CPU time of every thread, peak memory")

    if wanted("load"):
        say(f"\n## open + load {RECORDS} records: an empty --import, against SQLite's "
            "json_tree over the JSON export")
        runs = paired("load", {"ours": load_ours,
                               "anchor": [benches["bench-json-anchor"], exported]})
        say("  anchor: " + runs["anchor"][-1]["output"].strip())
        ours, anchor = runs["ours"], runs["anchor"]
        results.append((f"open + load {RECORDS} records (an empty `--import`)", describe(ours),
                        describe(anchor),
                        f"{ratio(median(ours, 'wall'), median(anchor, 'wall')):.2f}× "
                        f"(CPU {ratio(median(ours, 'cpu'), median(anchor, 'cpu')):.2f}×)",
                        "≤ 2.5×"))

    if wanted("xlsx"):
        say(f"\n## .xlsx briefing of {RECORDS} records, against plain libxlsxwriter")
        xlsx = os.path.join(work, "ours.xlsx")
        dump = os.path.join(work, "xlsx-dump")
        shutil.rmtree(dump, ignore_errors=True)
        briefing = [tianshan, "--database", store, "--export", xlsx]
        # Outside the timing: the cells the anchor writes.
        timed(briefing)
        say("  " + timed(["/usr/bin/python3", os.path.join(SRCDIR, "tests", "bench-xlsx-dump.py"),
                          xlsx, dump])["output"].strip())
        runs = paired("xlsx", {"ours": briefing,
                               "anchor": [benches["bench-xlsx-anchor"], dump,
                                          os.path.join(work, "anchor.xlsx")]})
        say("  anchor: " + runs["anchor"][-1]["output"].strip())
        say(f"  files: ours {os.path.getsize(xlsx) / 1e6:.1f} MB, anchor "
            f"{os.path.getsize(os.path.join(work, 'anchor.xlsx')) / 1e6:.1f} MB")
        # Outside the timing: the anchor wrote what ours did.
        dump_anchor = os.path.join(work, "xlsx-dump-anchor")
        shutil.rmtree(dump_anchor, ignore_errors=True)
        dumper = ["/usr/bin/python3", os.path.join(SRCDIR, "tests", "bench-xlsx-dump.py")]
        subprocess.run(dumper + [os.path.join(work, "anchor.xlsx"), dump_anchor], env=ENV,
                       check=True, stdout=subprocess.DEVNULL)
        compared = subprocess.run(dumper + ["--compare", dump, dump_anchor], env=ENV,
                                  capture_output=True, text=True)
        say("  anchor's workbook against ours: " + compared.stdout.strip().replace("\n", "\n  "))
        ours, anchor = runs["ours"], runs["anchor"]
        results.append((f".xlsx briefing of {RECORDS} records", describe(ours),
                        describe(anchor),
                        f"{ratio(median(ours, 'wall'), median(anchor, 'wall')):.2f}× "
                        f"(CPU {ratio(median(ours, 'cpu'), median(anchor, 'cpu')):.2f}×), "
                        f"memory {ratio(median(ours, 'mib'), median(anchor, 'mib')):.2f}×",
                        "≤ 1.5×, memory ≤ 1.3×"))

    if wanted("csv"):
        say("\n## CSV writing of the meetings: our export minus our load, against Python's csv")
        csv_ours = os.path.join(work, "ours.csv")
        export_csv = [tianshan, "--database", store, "--type", "meeting", "--export", csv_ours]
        timed(export_csv)
        anchor_command = ["/usr/bin/python3", os.path.join(SRCDIR, "tests", "bench-csv-anchor.py"),
                          csv_ours, os.path.join(work, "anchor.csv")]

        def printed(command):
            """The figures a program prints as "name value name value…"."""
            def run():
                figures = dict(re.findall(r"(\w+) ([0-9.]+)", timed(command)["output"]))
                return {"wall": float(figures["wall"]), "cpu": float(figures["cpu"]),
                        "rows": int(figures.get("rows", 0))}
            return run

        in_process = [benches["bench-csv"], store, os.path.join(work, "in-process.csv"), "1"]
        runs = paired("csv", {"export": export_csv, "load": load_ours,
                              "in-process": printed(in_process),
                              "anchor": printed(anchor_command)})
        rounds = list(zip(runs["export"], runs["load"]))
        wall = statistics.median(export["wall"] - load["wall"] for export, load in rounds)
        cpu = statistics.median(export["cpu"] - load["cpu"] for export, load in rounds)
        rows = runs["anchor"][0]["rows"]
        say(f"  ours: export {describe(runs['export'])} minus load {describe(runs['load'])}")
        with open(csv_ours, newline="", encoding="utf-8-sig") as a, \
                open(os.path.join(work, "anchor.csv"), newline="", encoding="utf-8-sig") as b:
            say("  anchor's rows against ours: "
                + ("the same" if list(csv.reader(a)) == list(csv.reader(b)) else "DIFFERENT"))
        results.append((f"CSV writing (export minus load), {count(rows)} meetings",
                        f"{wall:.3f} s (CPU {cpu:.3f} s)",
                        f"{median(runs['anchor'], 'wall'):.3f} s "
                        f"(CPU {median(runs['anchor'], 'cpu'):.3f} s)",
                        f"{ratio(wall, median(runs['anchor'], 'wall')):.2f}× "
                        f"(CPU {ratio(cpu, median(runs['anchor'], 'cpu')):.2f}×)",
                        "≤ 1.5×"))
        inside, anchor = runs["in-process"], runs["anchor"]
        results.append((f"CSV writing in one process (tests/bench-csv), {count(rows)} meetings",
                        f"{median(inside, 'wall'):.3f} s (CPU {median(inside, 'cpu'):.3f} s)",
                        f"{median(anchor, 'wall'):.3f} s (CPU {median(anchor, 'cpu'):.3f} s)",
                        f"{ratio(median(inside, 'wall'), median(anchor, 'wall')):.2f}× "
                        f"(CPU {ratio(median(inside, 'cpu'), median(anchor, 'cpu')):.2f}×)",
                        "≤ 1.5×"))

    values = {"{store}": store, "{build}": BUILDDIR, "{records}": str(N_RECORDS),
              "{json}": exported, "{runs}": str(RUNS)}

    def fill(arguments):
        return [values.get(a, a) for a in arguments]

    if wanted("optional"):
        for title, candidates, display, arguments in OPTIONAL:
            title = title.replace("{records}", RECORDS)
            command = find_optional(candidates, benches)
            if command is None:
                say(f"\n## {title}: not measured ({' or '.join(candidates)} not on this branch)")
                results.append((title, "to be measured", "", "", ""))
                continue
            n_results = len(results)
            stream(title, command + fill(arguments), display)
            if len(results) == n_results:
                results.append((title, "in its output above", "", "", ""))

    if wanted("figures"):
        for name, display, arguments in FIGURES:
            stream(name, [benches[name]] + fill(arguments), display)
        say(f"\n## --import of the {os.path.getsize(exported) / 1e6:.0f} MB JSON export "
            f"into a new database (load {loadavg()})")
        fresh = os.path.join(work, "import.db")
        if os.path.exists(fresh):
            os.remove(fresh)
        say("  " + line(timed([tianshan, "--database", fresh, "--import", exported])))

    say(f"\n## Ratios ({RUNS} paired runs, medians; wall, CPU of every thread, peak memory)\n")
    say(f"{machine()}; load average at the end {loadavg()}; release build of {commit()}\n")
    say("| what | ours | anchor | ratio | target |")
    say("|---|---|---|---|---|")
    for row in results:
        say("| " + " | ".join(row) + " |")


if __name__ == "__main__":
    main()
