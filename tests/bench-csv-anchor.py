#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Not a test: the anchor of "CSV writing" in `make bench` (tests/run-bench.py).

bench-csv-anchor.py OURS.csv OUT.csv

Reads the rows of a CSV file Tianshan wrote (`tianshan --database STORE
--type meeting --export OURS.csv`) into memory, outside the timing, then
writes the same rows to OUT.csv with Python's csv module as a spreadsheet
reads them (UTF-8 with a byte-order mark, CRLF, quoted where needed) and
prints the wall and CPU time of the writing alone:

    rows 55000 wall 0.183 cpu 0.180"""

import csv
import sys
import time


def main():
    if len(sys.argv) != 3:
        sys.exit(f"usage: {sys.argv[0]} OURS.csv OUT.csv")
    with open(sys.argv[1], newline="", encoding="utf-8-sig") as ours:
        rows = list(csv.reader(ours))

    wall = time.perf_counter()
    cpu = time.process_time()
    with open(sys.argv[2], "w", newline="", encoding="utf-8-sig") as out:
        csv.writer(out).writerows(rows)
    cpu = time.process_time() - cpu
    wall = time.perf_counter() - wall

    print(f"rows {len(rows)} wall {wall:.4f} cpu {cpu:.4f}")


if __name__ == "__main__":
    main()
