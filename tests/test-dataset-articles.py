#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""The shipped dataset says what its five articles say, and no more.

Reads data/dataset/tianshan.json and the articles it is curated from, kept
verbatim in tests/data/articles/ (one file per source record, named by the
source id's slug), and checks:

- every statement the articles hold is in the dataset, with its speaker, date
  and citation (tests/data/articles/statements.tsv lists them, one line each:
  removing a statement from the dataset fails), and every statement of the
  dataset is in that list;
- every statement's citation excerpt is in its article word for word, and its
  words are the article's (a quote's words between the article's quotation
  marks);
- no record cites an article that does not mention it: a person, organization
  or place cited to an article has one of its names or aliases in that
  article's text or the source's excerpt; any other record has its title
  there, or the phrase of the article that mentions it is listed in
  tests/data/articles/mentions.tsv (and is in the article);
- a record citing no article is one of the documented outside-knowledge
  records (tests/data/articles/outside-knowledge.tsv, each with why).
"""

import json
import os
import re
import sys

results = []


def check(what, ok, detail=""):
    results.append((what, bool(ok), detail))


def fold(text):
    """Case, apostrophes, dashes and spacing folded, for name matching."""
    text = text.replace("\u2019", "'").replace("\u2018", "'")
    text = re.sub("[\u2010-\u2015]", "-", text)
    return " ".join(text.split()).casefold()


def read_tsv(path):
    """Lines of tab-separated fields, without comments (#) and blank lines."""
    rows = []
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            rows.append((n, line.split("\t")))
    return rows


def cited_sources(record):
    """The source ids a record cites: sources, citations, milestones."""
    cited = list(record.get("sources", []))
    cited += [c.get("source") for c in record.get("citations", [])]
    cited += [m.get("source") for m in record.get("milestones", []) if m.get("source")]
    return [s for s in dict.fromkeys(cited) if s]


def names_of(record):
    names = [record.get("title", "")]
    names += list(record.get("names", {}).values())
    names += record.get("aliases", [])
    return [n for n in names if n]


def main():
    src = os.environ.get("TS_SOURCE_ROOT", os.path.join(os.path.dirname(__file__), ".."))
    articles_dir = os.path.join(src, "tests", "data", "articles")
    with open(os.path.join(src, "data", "dataset", "tianshan.json"), encoding="utf-8") as f:
        dataset = json.load(f)
    records = {r["id"]: r for r in dataset["records"]}

    # The articles, one per source record.
    articles = {}
    for rid, r in records.items():
        if r["type"] != "source":
            continue
        path = os.path.join(articles_dir, rid.split("/", 1)[1] + ".txt")
        ok = os.path.isfile(path)
        check("%s has its article in tests/data/articles" % rid, ok, path)
        if ok:
            with open(path, encoding="utf-8") as f:
                articles[rid] = f.read()
            excerpt = r.get("excerpt")
            if excerpt:
                check("%s: its excerpt is in the article" % rid, excerpt in articles[rid], excerpt)
    check("five articles", len(articles) == 5, sorted(articles))
    folded = {sid: fold(text) for sid, text in articles.items()}

    # Every curated statement is there, with speaker, date and citation.
    statements = [r for r in dataset["records"] if r["type"] == "statement"]
    matched = set()
    listed = read_tsv(os.path.join(articles_dir, "statements.tsv"))
    for n, row in listed:
        if len(row) != 5:
            check("statements.tsv line %d has 5 fields" % n, False, row)
            continue
        speaker, date, source, kind, phrase = row
        found = [s for s in statements
                 if s.get("speaker") == speaker and s.get("date") == date
                 and s.get("kind") == kind
                 and source in [c.get("source") for c in s.get("citations", [])]
                 and fold(phrase) in fold(s.get("words", ""))]
        check("statement of %s on %s (%s) citing %s: “%s”" % (speaker, date, kind, source, phrase),
              len(found) == 1, "found %s" % [s["id"] for s in found])
        matched.update(s["id"] for s in found)
    for s in statements:
        check("%s is listed in statements.tsv" % s["id"], s["id"] in matched)

    # Each statement's citations and words are its articles'.
    for s in statements:
        sid = s["id"]
        check("%s has a speaker, a date and a citation" % sid,
              s.get("speaker") in records and s.get("date") and s.get("citations"))
        if s.get("at"):
            check("%s: its meeting exists" % sid, s["at"] in records)
        texts = []
        for c in s.get("citations", []):
            article = articles.get(c.get("source"))
            excerpt = c.get("excerpt", "")
            check("%s: its excerpt is in %s word for word" % (sid, c.get("source")),
                  article is not None and excerpt and excerpt in article, excerpt)
            texts.append(excerpt)
        words = s.get("words", "")
        spaced = " ".join(" ".join(t.split()) for t in texts)
        check("%s: its words are in its excerpts" % sid, words and words in spaced, words)
        if s.get("kind") == "quote":
            quoted = any(re.search(r'["\u201c]' + re.escape(words) + r'[,.]?["\u201d]',
                                   articles.get(c.get("source"), ""))
                         for c in s.get("citations", []))
            check("%s: a quote's words are between the article's quotation marks" % sid, quoted, words)

    # No record cites an article that does not mention it.
    mentions = {}
    for n, row in read_tsv(os.path.join(articles_dir, "mentions.tsv")):
        if len(row) != 3:
            check("mentions.tsv line %d has 3 fields" % n, False, row)
            continue
        rid, sid, phrase = row
        check("mentions.tsv line %d: %s cites %s" % (n, rid, sid),
              rid in records and sid in cited_sources(records[rid]))
        check("mentions.tsv line %d: the phrase is in %s word for word" % (n, sid),
              phrase in articles.get(sid, ""), phrase)
        mentions.setdefault((rid, sid), []).append(phrase)

    outside = {}
    for n, row in read_tsv(os.path.join(articles_dir, "outside-knowledge.tsv")):
        check("outside-knowledge.tsv line %d: a record and why" % n,
              len(row) == 2 and row[0] in records and row[1].strip(), row)
        if len(row) == 2:
            outside[row[0]] = row[1]

    n_pairs = 0
    for rid, r in records.items():
        if r["type"] == "source":
            continue
        cited = cited_sources(r)
        if not cited:
            check("%s cites no article: it is a documented outside-knowledge record" % rid,
                  rid in outside)
            continue
        for sid in cited:
            n_pairs += 1
            if sid not in articles:
                check("%s cites %s, which has no article" % (rid, sid), False)
                continue
            haystack = folded[sid] + "\n" + fold(records[sid].get("excerpt", ""))
            if r["type"] == "statement":
                excerpts = [c.get("excerpt", "") for c in r.get("citations", [])
                            if c.get("source") == sid]
                ok = (excerpts and all(e and e in articles[sid] for e in excerpts)) \
                     or bool(mentions.get((rid, sid)))
            elif r["type"] in ("person", "organization", "place"):
                ok = any(fold(name) in haystack for name in names_of(r)) \
                     or bool(mentions.get((rid, sid)))
            else:
                ok = fold(r.get("title", "")) in haystack or bool(mentions.get((rid, sid)))
            check("%s is mentioned in %s, which it cites" % (rid, sid), ok,
                  "names: %s" % names_of(r) if r["type"] in ("person", "organization", "place") else "")
    check("records cite the articles", n_pairs > 100, n_pairs)

    failed = [r for r in results if not r[1]]
    print("1..%d" % len(results))
    for i, (what, ok, detail) in enumerate(results, 1):
        print("%s %d %s" % ("ok" if ok else "not ok", i, what))
        if not ok and detail != "":
            print("# %s" % str(detail).replace("\n", "\n# "))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
