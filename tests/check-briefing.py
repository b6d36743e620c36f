#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Reads back what Tianshan exported, with readers Tianshan did not write:
# openpyxl and the XML in the zip for workbooks, Python's csv module for CSV.
#
#   check-briefing.py full FILE.xlsx        the fixture (tests/data/export-fixture.json)
#   check-briefing.py filtered FILE.xlsx    the fixture, "baysalov", meetings, from 2023
#   check-briefing.py map FILE.xlsx         the cover's map picture
#   check-briefing.py timeline FILE.xlsx    the cover's timeline picture
#   check-briefing.py created FILE.xlsx ISO the document's creation time
#   check-briefing.py creator FILE.xlsx [NAME] the document names NAME as its
#                                           author, or nobody
#   check-briefing.py large FILE.xlsx N     N synthetic records
#   check-briefing.py language FILE.xlsx L  the fixture's briefing in language L
#                                           (ru or zh_CN)
#   check-briefing.py csv-language FILE.csv L  the fixture's meetings as CSV in
#                                           language L: their titles translated
#   check-briefing.py link-limit FILE.xlsx N  N sources: Excel's 65 530 links
#                                           on their sheet, the rest as text
#   check-briefing.py date-set FILE.xlsx    the fixture with a meeting on one of
#                                           two days and a figure's publisher
#   check-briefing.py csv FILE.csv          the fixture's meetings as CSV
#   check-briefing.py dossier FILE.xlsx     the fixture's dossier of its railway
#
# Exit status 77 when openpyxl is missing (the test then skips).

import csv
import datetime
import io
import json
import math
import os
import re
import sys
import zipfile

try:
    import openpyxl
    from openpyxl.utils import get_column_letter
except ImportError:
    print("python3-openpyxl is not installed", file=sys.stderr)
    sys.exit(77)

TYPE_SHEETS = ["Meetings", "Agreements", "Projects", "People", "Organizations",
               "Places", "Sources", "Figures"]
SHEETS = ["Cover"] + TYPE_SHEETS + ["Definitions"]

# What a reader wants first, printed; then the rest, grouped and collapsed.
MEETING_HEADERS = [
    "Date", "Title", "Place", "Participants", "Level", "Summary", "Sources", "Scope",
    "Source 1", "Source 2", "ID", "Date precision", "End date", "Format", "Place ID", "Part of",
    "Part of ID", "Participant IDs", "Organizations", "Organization IDs", "Topics",
    "Agreements signed", "Agreement IDs", "Projects discussed", "Project IDs", "Notes", "Tags",
    "Confidence", "Source IDs", "Created", "Modified",
]
READER_HEADERS = {
    "Meetings": MEETING_HEADERS[:8],
    "Agreements": ["Date signed", "Title", "Kind", "Parties", "Status", "Summary", "Sources",
                   "Scope"],
    "Projects": ["Title", "Status", "Sector", "Places", "Milestones", "Value (USD)", "Summary",
                 "Sources", "Scope"],
    "People": ["Name", "Country", "Positions", "Summary", "Sources", "Scope"],
    "Organizations": ["Name", "Kind", "Country", "Parent", "Summary", "Sources", "Scope"],
    "Places": ["Name", "Kind", "Country", "Parent", "Summary", "Sources", "Scope"],
    "Sources": ["Date published", "Headline", "Publisher", "Language", "Reliability", "URL",
                "Excerpt", "Scope"],
    "Figures": ["Indicator", "Period", "Value", "Unit", "Change (%)", "Publisher", "Sources",
                "Scope"],
}
SOURCE_HEADERS_START = READER_HEADERS["Sources"] + ["ID", "Date precision"]

FIXTURE_COUNTS = {"Meetings": 7, "Agreements": 1, "Projects": 1, "People": 3,
                  "Organizations": 2, "Places": 5, "Sources": 2, "Figures": 3}

FORMULA_TEXTS = ["=1+2", "+SUM(A1:A3)", "@cmd|' /C calc'!A0", "-2+3 consultations"]


def fail(message):
    print("FAIL: " + message, file=sys.stderr)
    sys.exit(1)


def check(condition, message):
    if not condition:
        fail(message)


def utf16_units(text):
    return len(text.encode("utf-16-le")) // 2


def table_of(ws):
    check(len(ws.tables) == 1, f"{ws.title}: {len(ws.tables)} tables, expected 1")
    return list(ws.tables.values())[0]


def headers_of(ws):
    return [column.name for column in table_of(ws).tableColumns]


def rows_by_id(ws):
    """The data rows of a record sheet, by the ID column, as {header: cell}."""
    headers = headers_of(ws)
    id_col = headers.index("ID")
    rows = {}
    for row in ws.iter_rows(min_row=2):
        if row[id_col].value is None:
            continue
        rows[row[id_col].value] = {headers[i]: row[i] for i in range(len(headers))}
    return rows


def check_no_formulas(path):
    with zipfile.ZipFile(path) as archive:
        for name in archive.namelist():
            if name.startswith("xl/worksheets/sheet"):
                xml = archive.read(name).decode("utf-8")
                check("<f>" not in xml and "<f " not in xml, f"{name} holds a formula")


def check_sheets(wb):
    check(wb.sheetnames == SHEETS, f"sheets are {wb.sheetnames}")


def column_dimensions(ws):
    """{column number: ColumnDimension}, the ranges openpyxl keeps expanded."""
    columns = {}
    for dim in ws.column_dimensions.values():
        if dim.min is None:
            continue
        for n in range(dim.min, dim.max + 1):
            columns[n] = dim
    return columns


def text_lines(text, width):
    """The fewest lines @text can take wrapped in a column @width characters
    wide: each character at least 0.75 of a "0" (Calibri's narrowest running
    text is 0.79), CJK ones two, and every line break."""
    lines = 0
    for paragraph in text.split("\n"):
        units = sum(2.0 if ord(c) >= 0x2E80 else 0.75 for c in paragraph)
        lines += max(1, math.ceil(units / width))
    return lines


def print_area_of(ws):
    """The sheet's print area as "A1:G8", without the sheet's name or "$"."""
    area = ws.print_area
    if isinstance(area, (list, tuple)):
        area = area[0] if area else None
    return (area or "").replace("$", "").split("!")[-1]


def check_reader_layout(ws, reader, title, scope):
    """The reader's columns lead, wrapped, printed one page wide in
    landscape with the header row on every page, the briefing's title and
    scope in the page header; the others are grouped, hidden and not
    printed; rows are as tall as their wrapped text."""
    name = ws.title
    headers = headers_of(ws)
    n = len(reader)
    check(headers[:n] == reader, f"{name}: reader's columns {headers[:n]}, expected {reader}")
    dims = column_dimensions(ws)
    for col in range(1, n + 1):
        dim = dims.get(col)
        check(dim is not None and not dim.hidden and not dim.outlineLevel,
              f"{name}: reader's column {headers[col - 1]} is hidden or grouped")
    for col in range(n + 1, len(headers) + 1):
        dim = dims.get(col)
        check(dim is not None and dim.hidden and dim.outlineLevel == 1,
              f"{name}: column {headers[col - 1]} is not grouped and hidden")
    # The button that opens the group, collapsed.
    after = dims.get(len(headers) + 1)
    check(after is not None and after.collapsed, f"{name}: the group is not collapsed")
    for machine in ("ID", "Created", "Modified", "Date precision", "Source IDs"):
        if machine in headers:
            check(headers.index(machine) >= n, f"{name}: {machine} among the reader's")

    last = get_column_letter(n)
    area = print_area_of(ws)
    check(re.fullmatch(rf"A1:{last}\d+", area),
          f"{name}: print area {ws.print_area!r}, expected A1:{last}…")
    check(ws.page_setup.paperSize in (9, "9"), f"{name}: paper {ws.page_setup.paperSize}")
    header = ws.oddHeader
    check(title in (header.left.text or "") and scope in (header.right.text or ""),
          f"{name}: page header {header.left.text!r} / {header.right.text!r}")

    # Every row is at least as tall as the text of its reader's cells.
    for row in ws.iter_rows(min_row=2, max_col=n):
        height = ws.row_dimensions[row[0].row].height or 15
        for cell in row:
            if isinstance(cell.value, str):
                width = dims[cell.column].width
                lines = text_lines(cell.value, width)
                check(cell.alignment.wrap_text, f"{name}!{cell.coordinate} does not wrap")
                # Excel's rows are at most 409 points tall.
                check(height >= min(409, 12 * lines),
                      f"{name}!{cell.coordinate}: row {height} pt for {lines} lines "
                      f"of {cell.value[:40]!r}")


def check_record_sheet_layout(wb, title="China–Kyrgyzstan relations", scope="All records"):
    for name in TYPE_SHEETS:
        if name not in wb.sheetnames:
            continue
        ws = wb[name]
        check_reader_layout(ws, READER_HEADERS[name], title, scope)
        table = table_of(ws)
        check(table.ref.startswith("A1:"), f"{name}: table at {table.ref}")
        check(table.autoFilter is not None, f"{name}: no autofilter")
        check(table.tableStyleInfo.showRowStripes, f"{name}: rows not banded")
        check(ws.freeze_panes == "B2", f"{name}: frozen at {ws.freeze_panes}")
        # The table writes its own header row: the cells hold the header names.
        header_cells = [c.value for c in ws[1]][:len(table.tableColumns)]
        check(header_cells == headers_of(ws), f"{name}: header cells {header_cells}")
        check(ws.page_setup.orientation == "landscape", f"{name}: not landscape")
        check(ws.sheet_properties.pageSetUpPr.fitToPage, f"{name}: not fit to page")
        check(ws.page_setup.fitToWidth in (1, None) and ws.page_setup.fitToHeight == 0,
              f"{name}: fit {ws.page_setup.fitToWidth}×{ws.page_setup.fitToHeight}")
        check(ws.print_title_rows in ("1:1", "$1:$1"), f"{name}: titles {ws.print_title_rows}")
        footer = ws.oddFooter.right.text or ""
        check("&P" in footer and "&N" in footer, f"{name}: footer {footer!r}")
        widths = [ws.column_dimensions[c].width for c in "ABC"]
        check(all(w and w > 8 for w in widths), f"{name}: column widths {widths}")


def check_full(path):
    wb = openpyxl.load_workbook(path)
    check_sheets(wb)
    check_record_sheet_layout(wb)
    check_no_formulas(path)

    # A reader's country is a name; its ISO code follows, grouped.
    for name in ("People", "Organizations", "Places"):
        for id_, row in rows_by_id(wb[name]).items():
            code = row["Country code"].value
            country = row["Country"].value
            check((code is None) == (country is None) and
                  (code is None or (len(country) > 2 and country != code)),
                  f"{name}: {id_} is in {country!r} ({code!r})")

    # Every record type: the table's rows are the records.
    for name, count in FIXTURE_COUNTS.items():
        rows = rows_by_id(wb[name])
        check(len(rows) == count, f"{name}: {len(rows)} rows, expected {count}")

    meetings = wb["Meetings"]
    check(headers_of(meetings) == MEETING_HEADERS, f"meeting headers {headers_of(meetings)}")
    check(headers_of(wb["Sources"])[:len(SOURCE_HEADERS_START)] == SOURCE_HEADERS_START,
          f"source headers {headers_of(wb['Sources'])}")
    rows = rows_by_id(meetings)

    # Real dates, shown with the precision they have.
    xian = rows["meeting/2023-05-18-xian-summit"]
    check(xian["Date"].is_date and xian["Date"].value == datetime.datetime(2023, 5, 18),
          f"date {xian['Date'].value!r}")
    check(xian["Date"].number_format == "yyyy-mm-dd", f"format {xian['Date'].number_format}")
    check(xian["Date precision"].value is None, "a day has no precision note")
    check(xian["End date"].value == datetime.datetime(2023, 5, 19), "end date")
    month = rows["meeting/2024-05-baisalov-beijing"]
    check(month["Date"].is_date and month["Date"].value == datetime.datetime(2024, 5, 1),
          f"month date {month['Date'].value!r}")
    check(month["Date"].number_format == "yyyy-mm", f"month format {month['Date'].number_format}")
    check(month["Date precision"].value == "month", f"precision {month['Date precision'].value}")
    about = rows["meeting/2022-formula"]
    check(about["Date"].is_date and about["Date"].number_format == 'yyyy"~"',
          f"about-year format {about['Date'].number_format}")
    check(about["Date precision"].value == "about · year", "about-year precision")

    # Linked records by name, their ids beside.
    check(xian["Place"].value == "Xi'an" and xian["Place ID"].value == "place/xian", "place")
    check(xian["Participants"].value ==
          "Xi Jinping (President, CN); Sadyr Japarov (President, KG)",
          f"participants {xian['Participants'].value!r}")
    check(xian["Agreements signed"].value ==
          "Joint statement on a comprehensive strategic partnership", "outcomes")
    check(xian["Level"].value == "Head of state" and xian["Format"].value == "State visit",
          "vocabulary labels")

    # Source citations link to their rows on the Sources sheet.
    sources = wb["Sources"]
    for header in ("Source 1", "Source 2"):
        cell = xian[header]
        check(cell.hyperlink is not None and cell.hyperlink.location,
              f"{header} is not an internal link")
        match = re.fullmatch(r"'?Sources'?!A(\d+)", cell.hyperlink.location)
        check(match, f"{header} links to {cell.hyperlink.location}")
        target_row = int(match.group(1))
        headline_col = headers_of(sources).index("Headline") + 1
        check(sources.cell(row=target_row, column=headline_col).value == cell.value,
              f"{header} {cell.value!r} points at row {target_row}")
    check(xian["Source IDs"].value == "source/xinhua-2023-05-18; source/akipress-2023-05-19",
          "source ids")
    # The headlines, one a line, for the reader; links in the group.
    check(xian["Sources"].value == "Xi holds talks with Kyrgyz president\nJaparov returns from "
          "Xi'an", f"sources {xian['Sources'].value!r}")

    # URLs are hyperlinks.
    source_rows = rows_by_id(sources)
    url = source_rows["source/xinhua-2023-05-18"]["URL"]
    check(url.hyperlink is not None
          and url.hyperlink.target == "https://english.news.cn/20230518/example.html",
          "https URL is not a hyperlink")
    url = source_rows["source/akipress-2023-05-19"]["URL"]
    check(url.hyperlink is not None and url.hyperlink.target.startswith("http://akipress.com/"),
          "http URL is not a hyperlink")
    check(source_rows["source/akipress-2023-05-19"]["Reliability"].value ==
          "C — fairly reliable", "reliability label")

    # Formula payloads stay text.
    texts = set()
    for row in meetings.iter_rows(min_row=2):
        for cell in row:
            if isinstance(cell.value, str):
                check(cell.data_type == "s", f"{cell.coordinate} has type {cell.data_type}")
                texts.add(cell.value)
    for payload in FORMULA_TEXTS:
        check(payload in texts, f"{payload!r} was not kept as text")

    # Over-long text is cut with a marker; invalid UTF-8 is made valid.
    summary = rows["meeting/2021-03-long-text"]["Summary"].value
    check(summary.endswith("… [truncated]"), "long text has no marker")
    check(32700 < utf16_units(summary) <= 32767, f"long text is {utf16_units(summary)} units")
    invalid = rows["meeting/2021-04-invalid-utf8"]
    check(invalid["Title"].value.startswith("Bad ") and "\ufffd" in invalid["Title"].value,
          f"invalid title {invalid['Title'].value!r}")
    check("\ufffd" in invalid["Notes"].value, f"invalid notes {invalid['Notes'].value!r}")

    # Figures: numbers and real dates.
    figures = rows_by_id(wb["Figures"])
    trade = figures["figure/trade-2022"]
    check(trade["Value"].value == 15500000000 and trade["Change (%)"].value == 106.7, "figure")
    check(trade["Period"].is_date and trade["Period"].number_format == "yyyy", "period format")
    check(rows_by_id(wb["Projects"])["project/cku-railway"]["Value (USD)"].value == 4700000000,
          "project value")

    check_cover(wb, path)
    check_definitions(wb)
    check_properties(wb)


def cover_texts(ws):
    return [c.value for row in ws.iter_rows() for c in row if isinstance(c.value, str)]


def check_cover(wb, path):
    cover = wb["Cover"]
    texts = cover_texts(cover)
    check(cover["A1"].value == "China–Kyrgyzstan relations", f"title {cover['A1'].value!r}")
    check("All records" in texts, "scope")
    check("Key developments" in texts, "no key developments")
    check("Activity over time" in texts, "no activity chart heading")
    check("China–Kyrgyzstan trade (USD)" in texts, "no figures chart heading")

    # Contents: a link to every other sheet, with the count of its records.
    links = {}
    for row in cover.iter_rows():
        for cell in row:
            if cell.hyperlink is not None and cell.hyperlink.location:
                links[cell.value] = (cell.hyperlink.location, cell.offset(column=1).value)
    for name in TYPE_SHEETS + ["Definitions"]:
        check(name in links, f"no link to {name}")
        check(links[name][0] in (f"'{name}'!A1", f"{name}!A1"), f"link {links[name][0]}")
    for name, count in FIXTURE_COUNTS.items():
        check(links[name][1] == count, f"cover count of {name}: {links[name][1]}")

    # Key developments, newest first, dated for people with a real date
    # beside to sort by.
    row = next(c.row for r in cover.iter_rows() for c in r if c.value == "Key developments")
    first = cover.cell(row=row + 2, column=1)
    check(first.value == "27 Dec 2024", f"latest development {first.value!r}")
    sortable = cover.cell(row=row + 2, column=2)
    check(sortable.is_date and sortable.value == datetime.datetime(2024, 12, 27),
          f"latest development's date {sortable.value!r}")
    check("Construction begins" in cover.cell(row=row + 2, column=3).value,
          "latest development text")
    check(cover.cell(row=row + 2, column=3).value.startswith("Project milestone · "),
          "the development's kind")
    written = [cover.cell(row=r, column=1).value for r in range(row + 2, row + 14)]
    check("May 2024" in written or any(re.fullmatch(r"[A-Z][a-z]{2} \d{4}", w or "")
                                       for w in written),
          f"no month written short: {written}")
    check(not any(re.match(r"\d{4}-", w or "") for w in written), f"ISO dates: {written}")
    # A development that wraps has a row tall enough for its lines.
    for r in range(row + 2, row + 14):
        text = cover.cell(row=r, column=3).value or ""
        if len(text) > 90:
            height = cover.row_dimensions[r].height
            check(height is not None and height >= 15 * 2,
                  f"row {r} is {height} points high for {len(text)} characters")

    # Two charts on the cover: meetings by level (a series per level), trade.
    with zipfile.ZipFile(path) as archive:
        charts = sorted(n for n in archive.namelist() if n.startswith("xl/charts/chart"))
        check(len(charts) == 2, f"charts {charts}")
        rels = archive.read("xl/worksheets/_rels/sheet1.xml.rels").decode()
        check("drawing" in rels, "the cover has no drawing")
        drawing = [n for n in archive.namelist() if n.startswith("xl/drawings/_rels/")]
        check(any(archive.read(n).decode().count("../charts/chart") == 2 for n in drawing),
              "the charts are not on the cover's drawing")
        activity = archive.read(charts[0]).decode()
        check("barChart" in activity and 'val="stacked"' in activity,
              "activity chart is not stacked columns")
        # Meetings, signings and milestones; the fixture spans 2021–2024,
        # with dates of a year only: per year.
        check(activity.count("<c:ser>") == 3, "a series per kind of event")
        check("Meetings, signings and milestones per year" in activity, "chart title")
        check("Cover!$E$" in activity or "'Cover'!$E$" in activity,
              "chart data is not on the cover")
    series = cover_rows_at(cover, "Year")
    check(series == ["Meetings", "Signings", "Project milestones"], f"series {series}")
    check(any("Map" in t for t in texts), "no place for the map")


def cover_rows_at(ws, header):
    """The headers right of the cell holding @header on the cover."""
    for row in ws.iter_rows():
        for cell in row:
            if cell.value == header:
                out = []
                c = cell.offset(column=1)
                while c.value is not None:
                    out.append(c.value)
                    c = c.offset(column=1)
                return out
    return None


def check_definitions(wb):
    ws = wb["Definitions"]
    check(wb.sheetnames[-1] == "Definitions", "Definitions is not the last sheet")
    # Not printed: a print area of one empty cell.
    area = print_area_of(ws)
    check(re.fullmatch(r"[A-Z]+\d+(:[A-Z]+\d+)?", area) and
          ws[area.split(":")[0]].value is None, f"Definitions print area {ws.print_area!r}")
    check(len(ws.tables) == 4, f"definitions tables {list(ws.tables)}")
    texts = cover_texts(ws)
    for needle in ("Date precision", "head_of_state", "Head of state", "A — completely reliable",
                   "F — reliability cannot be judged", "2023-05~"):
        check(needle in texts, f"definitions lack {needle!r}")


def check_properties(wb):
    p = wb.properties
    check(p.title == "China–Kyrgyzstan relations", f"title {p.title!r}")
    check(p.subject == "All records", f"subject {p.subject!r}")
    # Nobody is named unless the user set a name.
    check(not p.creator, f"author {p.creator!r}")
    check(not p.lastModifiedBy, f"last modified by {p.lastModifiedBy!r}")
    check(p.keywords and "Kyrgyzstan" in p.keywords, f"keywords {p.keywords!r}")


def cover_pictures(archive):
    """The cover's pictures: {alternative text: PNG bytes}."""
    drawing = archive.read("xl/drawings/drawing1.xml").decode()
    rels = archive.read("xl/drawings/_rels/drawing1.xml.rels").decode()
    targets = dict(re.findall(r'Id="(rId\d+)"[^>]*Target="\.\./media/([^"]+)"', rels))
    targets.update((i, t) for t, i in
                   re.findall(r'Target="\.\./media/([^"]+)"[^>]*Id="(rId\d+)"', rels))
    pictures = {}
    for pic in re.findall(r"<xdr:pic>.*?</xdr:pic>", drawing, re.S):
        descr = re.search(r'descr="([^"]*)"', pic)
        embed = re.search(r'r:embed="(rId\d+)"', pic)
        if descr and embed and embed.group(1) in targets:
            pictures[descr.group(1)] = archive.read("xl/media/" + targets[embed.group(1)])
    return pictures


def png_size(png):
    check(png.startswith(b"\x89PNG\r\n\x1a\n"), "a picture is not a PNG")
    return int.from_bytes(png[16:20], "big"), int.from_bytes(png[20:24], "big")


def check_map(path):
    """The cover shows the map and the timeline as pictures, with
    alternative text."""
    with zipfile.ZipFile(path) as archive:
        media = [n for n in archive.namelist() if n.startswith("xl/media/")]
        check(len(media) == 2 and all(m.endswith(".png") for m in media), f"pictures {media}")
        pictures = cover_pictures(archive)
        check("Map of the places in scope" in pictures, f"no map among {list(pictures)}")
        width, height = png_size(pictures["Map of the places in scope"])
        check(width > 1000 and height > 600, f"map of {width}×{height}")
        drawing = archive.read("xl/drawings/drawing1.xml").decode()
        check(drawing.count("<xdr:twoCellAnchor") + drawing.count("<xdr:oneCellAnchor") == 4,
              "two charts, the map and the timeline on the cover")
    texts = cover_texts(openpyxl.load_workbook(path)["Cover"])
    check(not any("could not be drawn" in t for t in texts), "the map was not drawn")


def check_timeline(path):
    """The cover shows the timeline of its scope, under its heading, drawn
    for print, with alternative text."""
    with zipfile.ZipFile(path) as archive:
        pictures = cover_pictures(archive)
    alt = "Timeline of the meetings, signings and project milestones in scope"
    check(alt in pictures, f"no timeline among {list(pictures)}")
    width, height = png_size(pictures[alt])
    check(width >= 1800 and 600 <= height < width, f"timeline of {width}×{height}")
    texts = cover_texts(openpyxl.load_workbook(path)["Cover"])
    check("Timeline" in texts, "no timeline heading")
    check(not any("timeline could not be drawn" in t for t in texts), "the timeline was not drawn")


def scope_of(ws):
    """The Scope column of a record sheet: {id: "Matched" or "Linked"}."""
    return {id_: row["Scope"].value for id_, row in rows_by_id(ws).items()}


def check_filtered(path):
    wb = openpyxl.load_workbook(path)
    # Only the types with records in the briefing have a sheet, and a line
    # in the contents: the meetings in scope and their linked context.
    check(wb.sheetnames == ["Cover", "Meetings", "People", "Places",
                            "Sources", "Definitions"], f"sheets are {wb.sheetnames}")
    contents = [c.value for row in wb["Cover"].iter_rows() for c in row
                if c.hyperlink is not None and c.hyperlink.location]
    check(contents == wb.sheetnames[1:], f"contents {contents}")
    meetings = scope_of(wb["Meetings"])
    check(meetings == {"meeting/2023-10-25-baisalov-shandong": "Matched",
                       "meeting/2024-05-baisalov-beijing": "Matched"},
          f"filtered meetings {meetings}")
    # The linked context: whom and where the meetings name, each marked.
    people = scope_of(wb["People"])
    check(people.get("person/edil-baisalov") == "Linked", f"linked people {people}")
    places = scope_of(wb["Places"])
    check(places.get("place/bishkek") == "Linked" and places.get("place/beijing") == "Linked",
          f"linked places {places}")
    check(set(places.values()) == {"Linked"}, f"places {places}")
    # The sources those meetings cite, so their citations resolve, and
    # those the linked records cite: all linked.
    sources = scope_of(wb["Sources"])
    check({"source/akipress-2023-05-19", "source/xinhua-2023-05-18"} <= set(sources),
          f"cited sources {sorted(sources)}")
    check(set(sources.values()) == {"Linked"}, f"sources {sources}")
    cover = cover_texts(wb["Cover"])
    check_record_sheet_layout(wb, scope="baysalov")
    check(not any(t == "All records" for t in cover), "scope says all records")
    check(any("baysalov" in t for t in cover), f"scope not described: {cover[:6]}")
    check(wb.properties.subject != "All records", "subject")
    # The counts say both.
    n_linked = len(people) + len(places) + len(sources)
    check(f"2 in scope, {n_linked} linked" in cover, f"counts: {cover[:12]}")
    contents = cover_rows(wb["Cover"])
    check(contents["People"][1:] == [0, len(people)], f"people counts {contents['People']}")
    check(contents["Meetings"][1:] == [2, 0], f"meeting counts {contents['Meetings']}")


def cover_rows(ws):
    """The cover's rows by their first cell's text: [A, B, C] values."""
    rows = {}
    for row in ws.iter_rows(max_col=3):
        if isinstance(row[0].value, str):
            rows.setdefault(row[0].value, [c.value for c in row])
    return rows


def check_dossier(path):
    """A dossier of the railway (project/cku-railway), one link around."""
    wb = openpyxl.load_workbook(path)
    # No figure is the railway's: no Figures sheet.
    check(wb.sheetnames == [s for s in SHEETS if s != "Figures"], f"sheets are {wb.sheetnames}")
    # The scope: the railway, what it names and what names it.
    check(scope_of(wb["Projects"]) == {"project/cku-railway": "Matched"}, "the project")
    meetings = scope_of(wb["Meetings"])
    check(meetings == {"meeting/2023-05-18-xian-summit": "Matched"}, f"meetings {meetings}")
    agreements = scope_of(wb["Agreements"])
    check(agreements == {"agreement/2023-05-18-joint-statement": "Matched"},
          f"agreements {agreements}")
    places = scope_of(wb["Places"])
    check(places.get("place/bishkek") == "Matched", f"places {places}")
    # The summit's participants come in as linked.
    people = scope_of(wb["People"])
    check(people.get("person/xi-jinping") == "Linked", f"people {people}")

    cover = wb["Cover"]
    texts = cover_texts(cover)
    check(cover["A2"].value == "Dossier", f"subtitle {cover['A2'].value!r}")
    scope = cover_rows(cover)["Scope"][1]
    check(scope == "“China–Kyrgyzstan–Uzbekistan railway” and the records linked to it",
          f"scope {scope!r}")
    # It leads with the record: its heading and summary, before the contents.
    heading = next(c for r in cover.iter_rows(max_col=1) for c in r
                   if isinstance(c.value, str) and c.value.startswith("China–Kyrgyzstan–Uzbekistan"))
    contents_row = next(c.row for r in cover.iter_rows(max_col=1) for c in r if c.value == "Contents")
    check(heading.row < contents_row, "the record does not lead the cover")
    check(heading.value == "China–Kyrgyzstan–Uzbekistan railway (Project)", heading.value)
    summary = cover.cell(row=heading.row + 1, column=1).value
    check(isinstance(summary, str) and "railway" in summary.lower(), f"summary {summary!r}")
    # Its dated events, oldest first, dates for people beside real ones.
    events_row = next(c.row for r in cover.iter_rows(max_col=1) for c in r
                      if c.value == "Dated events")
    events = []
    r = events_row + 2
    while cover.cell(row=r, column=3).value:
        events.append((cover.cell(row=r, column=1).value, cover.cell(row=r, column=2).value,
                       cover.cell(row=r, column=3).value))
        r += 1
    check(len(events) >= 3, f"events {events}")
    dates = [e[1] for e in events]
    check(all(isinstance(d, datetime.datetime) for d in dates), f"sortable dates {dates}")
    check(dates == sorted(dates), f"not in order: {dates}")
    check(("18 May 2023", datetime.datetime(2023, 5, 18)) in [(e[0], e[1]) for e in events],
          f"the summit {events}")
    kinds = {e[2].split(" · ")[0] for e in events}
    check({"Meeting", "Signing", "Project milestone"} <= kinds, f"kinds {kinds}")
    # Its people and organizations.
    people_row = next((c.row for r in cover.iter_rows(max_col=1) for c in r
                       if c.value == "People"), None)
    check(people_row is not None and people_row < contents_row, "no people on the cover")
    names = cover.cell(row=people_row + 1, column=1).value
    check("Xi Jinping (CN)" in names and "Sadyr Japarov (KG)" in names, f"people {names!r}")
    check("Key developments" not in texts, "a dossier lists its events instead")


def check_date_set(path):
    wb = openpyxl.load_workbook(path)
    meeting = rows_by_id(wb["Meetings"])["meeting/set"]
    check(meeting["Date"].value == "7 or 8 Sep 2023",
          f"the set of days reads {meeting['Date'].value!r}")
    check(meeting["Date precision"].value == "one of these days",
          f"its precision reads {meeting['Date precision'].value!r}")
    figure = rows_by_id(wb["Figures"])["figure/set"]
    check(figure["Publisher"].value == "National Statistical Committee",
          f"the figure's publisher reads {figure['Publisher'].value!r}")


def check_created(path, expected):
    wb = openpyxl.load_workbook(path)
    created = wb.properties.created
    check(created == datetime.datetime.fromisoformat(expected),
          f"created {created!r}, expected {expected}")
    generated = None
    for row in wb["Cover"].iter_rows():
        if row[0].value == "Generated":
            generated = row[1]
    check(generated is not None and generated.is_date, "no generated date")
    check(generated.value.date() == datetime.datetime.fromisoformat(expected).date(),
          f"generated {generated.value!r}")


def check_creator(path, expected):
    """docProps/core.xml names @expected as author and last editor, or
    nobody; the login name is never there unless it was asked for."""
    import getpass
    import xml.etree.ElementTree as ET

    with zipfile.ZipFile(path) as archive:
        core = archive.read("docProps/core.xml").decode()
    root = ET.fromstring(core)
    ns = {"dc": "http://purl.org/dc/elements/1.1/",
          "cp": "http://schemas.openxmlformats.org/package/2006/metadata/core-properties"}
    for tag in ("dc:creator", "cp:lastModifiedBy"):
        element = root.find(tag, ns)
        text = element.text if element is not None else None
        check((text or None) == expected, f"{tag} is {text!r}, expected {expected!r}")
    if expected is None:
        for name in {getpass.getuser(), "root"}:
            check(f">{name}<" not in core, f"core.xml names {name!r}: {core}")
    print(f"author {expected!r}")


def check_large(path, expected):
    wb = openpyxl.load_workbook(path, read_only=True)
    names = wb.sheetnames
    check(names[0] == "Cover" and names[-1] == "Definitions"
          and all(n in TYPE_SHEETS for n in names[1:-1]), f"sheets are {names}")
    total = 0
    for name in names[1:-1]:
        ws = wb[name]
        check(ws.max_row > 1, f"{name} is empty")
        rows = ws.iter_rows(values_only=True)
        id_col = list(next(rows)).index("ID")
        n = sum(1 for row in rows if row[id_col] is not None)
        total += n
    check(total == int(expected), f"{total} records, expected {expected}")
    print(f"{total} records read back")


def check_csv(path):
    with open(path, "rb") as f:
        raw = f.read()
    # UTF-8 with a byte-order mark, once: Excel then reads it as UTF-8.
    check(raw.startswith(b"\xef\xbb\xbf"), "no byte-order mark")
    check(raw.count(b"\xef\xbb\xbf") == 1, "more than one byte-order mark")
    check(b"\r\n" in raw and raw.endswith(b"\r\n"), "lines must end with CRLF")
    text = raw[3:].decode("utf-8")
    rows = list(csv.reader(io.StringIO(text, newline="")))
    header = rows[0]
    check(header[:4] == ["Title", "ID", "Date", "Date precision"], f"header {header[:4]}")
    check("Sources" in header and "Source IDs" in header, "sources columns")
    check(all(len(r) == len(header) for r in rows), "ragged rows")
    by_id = {r[1]: dict(zip(header, r)) for r in rows[1:]}
    check(len(by_id) == FIXTURE_COUNTS["Meetings"], f"{len(by_id)} meetings")

    formula = by_id["meeting/2022-formula"]
    check(formula["Title"] == "'=1+2", f"title {formula['Title']!r}")
    check(formula["Summary"] == "'+SUM(A1:A3)", f"summary {formula['Summary']!r}")
    check(formula["Notes"] == "'@cmd|' /C calc'!A0", f"notes {formula['Notes']!r}")
    check(formula["Date"] == "2022~", f"date {formula['Date']!r}")
    check(by_id["meeting/2022-06-minus"]["Title"] == "'-2+3 consultations", "minus")

    xian = by_id["meeting/2023-05-18-xian-summit"]
    check(xian["Date"] == "2023-05-18" and xian["End date"] == "2023-05-19", "dates")
    check(xian["Participants"] == "Xi Jinping (President, CN); Sadyr Japarov (President, KG)",
          "participants, with a comma inside a quoted field")
    check(xian["Title"] == "Xi Jinping and Sadyr Japarov hold talks in Xi'an", "title")
    check(xian["Sources"] == "Xi holds talks with Kyrgyz president; Japarov returns from Xi'an",
          f"sources {xian['Sources']!r}")
    check(by_id["meeting/2024-05-baisalov-beijing"]["Date"] == "2024-05", "month date")
    check("\ufffd" in by_id["meeting/2021-04-invalid-utf8"]["Title"], "invalid UTF-8")
    check(len(by_id["meeting/2021-03-long-text"]["Summary"]) > 39000,
          "CSV cells are not cut")
    check('"' in text, "no quoted field")
    print(f"{len(rows) - 1} CSV rows read back")


LANGUAGES = {
    "ru": {
        "sheets": ["Обложка", "Встречи", "Соглашения", "Проекты", "Персоны", "Организации",
                   "Места", "Источники", "Статистика", "Определения"],
        "meeting_headers": ["Дата", "Название", "Место", "Участники", "Уровень",
                            "Краткое описание", "Источники"],
        "head_of_state": "Глава государства",
        "state_visit": "Государственный визит",
        "japarov": "Садыр Жапаров",
        "xi": "Xi Jinping",
        "city": "Город",
        "high": "Высокая",
    },
    "zh_CN": {
        "sheets": ["封面", "会晤", "协议", "项目", "人物", "机构", "地点", "来源", "数据",
                   "定义"],
        "meeting_headers": ["日期", "标题", "地点", "参加者", "级别", "摘要", "来源"],
        "head_of_state": "国家元首",
        "state_visit": "国事访问",
        "japarov": "Sadyr Japarov",
        "xi": "习近平",
        "city": "城市",
        "high": "高",
    },
}


def check_language(path, language):
    """Sheet tabs, column headers, vocabulary values and the Definitions in
    the briefing's language; people's names in its script where the
    dataset has them, in English otherwise."""
    expected = LANGUAGES[language]
    wb = openpyxl.load_workbook(path)
    check(wb.sheetnames == expected["sheets"], f"sheets are {wb.sheetnames}")
    meetings = wb[expected["sheets"][1]]
    headers = headers_of(meetings)
    check(headers[:7] == expected["meeting_headers"], f"meeting headers {headers[:7]}")
    check(not any(h in MEETING_HEADERS and h != "ID" for h in headers),
          f"English headers in {headers}")
    values = {c.value for row in meetings.iter_rows(min_row=2) for c in row}
    for key in ("head_of_state", "state_visit", "high"):
        check(expected[key] in values, f"no {expected[key]!r} among the meetings")
    check(not {"Head of state", "State visit", "High"} & values, "English vocabulary values")
    participants = [c.value for c in meetings["D"][1:] if c.value]
    check(any(expected["japarov"] in p and expected["xi"] in p for p in participants),
          f"participants {participants}")
    people = wb[expected["sheets"][5 - 1]]
    names = [c.value for c in people["A"][1:]]
    check(expected["japarov"] in names and expected["xi"] in names, f"people {names}")
    # The English name stays, in the group.
    check("Name (English)" not in headers_of(people), "the English header in another language")
    places = wb[expected["sheets"][6]]
    kinds = {c.value for c in places["B"][1:]}
    check(expected["city"] in kinds, f"place kinds {kinds}")
    definitions = wb[expected["sheets"][-1]]
    texts = cover_texts(definitions)
    check(expected["head_of_state"] in texts, "the Definitions' vocabulary is not translated")
    check("One or two sentences on the record" not in texts, "English meanings")
    check_record_text(wb, language)
    print(f"{language}: {wb.sheetnames}")


TRANSLATED_TYPES = ("meeting", "agreement", "project", "statement", "figure")


def fixture_texts(language):
    """{id: (English title, translated title or None, English summary,
    translated summary or None)} of the fixture's records that carry
    translations, and [(English role, translated role)] of its participants,
    for language L (zh_CN is zh)."""
    code = language.split("_")[0]
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "data",
                        "export-fixture.json")
    with open(path, encoding="utf-8") as f:
        records = json.load(f)["records"]
    texts = {}
    roles = []
    for record in records:
        if record["type"] not in TRANSLATED_TYPES:
            continue
        texts[record["id"]] = (record["title"],
                               record.get("title_translations", {}).get(code),
                               record.get("summary"),
                               record.get("summary_translations", {}).get(code))
        for participant in record.get("participants", []):
            if participant.get("role"):
                roles.append((participant["role"],
                              participant.get("role_translations", {}).get(code)))
    return texts, roles


def check_record_text(wb, language):
    """Titles, summaries and participants' roles in the briefing's language
    where the record has them translated, and no English title or summary
    there, in any sheet; English where it has no translation."""
    texts, roles = fixture_texts(language)
    cells = [c.value for ws in wb.worksheets for row in ws.iter_rows() for c in row
             if isinstance(c.value, str)]
    translated = 0
    for record_id, (title, title_tr, summary, summary_tr) in texts.items():
        if title.startswith(("=", "+", "-", "@")):
            continue
        if title_tr is not None:
            translated += 1
            check(title_tr in cells, f"{record_id}: no {title_tr!r} in the {language} briefing")
            english = [c for c in cells if title in c]
            check(not english, f"{record_id}: the English title in the {language} briefing: "
                  f"{english[:3]}")
        else:
            check(any(title in c for c in cells),
                  f"{record_id}: without a translation, its English title is missing")
        if summary_tr is not None:
            check(summary_tr in cells, f"{record_id}: no translated summary")
            check(summary not in cells, f"{record_id}: the English summary in {language}")
        elif summary is not None and not summary.startswith(("=", "+", "-", "@")):
            check(summary in cells, f"{record_id}: the English summary is missing")
    check(translated > 0, f"the fixture has no title in {language}")
    for role, role_tr in roles:
        if role_tr is not None:
            check(any(role_tr in c for c in cells), f"no role {role_tr!r} in {language}")


def check_csv_language(path, language):
    with open(path, "rb") as f:
        text = f.read()[3:].decode("utf-8")
    rows = list(csv.reader(io.StringIO(text, newline="")))
    header = rows[0]
    title_col = 0
    id_col = header.index("ID")
    texts, _ = fixture_texts(language)
    n = 0
    for row in rows[1:]:
        title, title_tr, _, _ = texts[row[id_col]]
        if title_tr is not None:
            check(row[title_col] == title_tr, f"{row[id_col]}: title {row[title_col]!r}")
            n += 1
        elif not title.startswith(("=", "+", "-", "@")):
            check(row[title_col] == title, f"{row[id_col]}: title {row[title_col]!r}")
    check(n > 0, "no translated title in the CSV")
    print(f"{language}: {n} translated titles")


def check_link_limit(path, expected):
    """Excel's 65 530 links on the Sources sheet, the rest of the URLs as
    plain text; nothing lost."""
    expected = int(expected)
    with zipfile.ZipFile(path) as archive:
        workbook = archive.read("xl/workbook.xml").decode()
        rels = archive.read("xl/_rels/workbook.xml.rels").decode()
        sheet_id = re.search(r'<sheet name="Sources" sheetId="\d+" r:id="(rId\d+)"',
                             workbook).group(1)
        target = re.search(rf'Id="{sheet_id}"[^>]*Target="([^"]+)"', rels)
        if target is None:
            target = re.search(rf'Target="([^"]+)"[^>]*Id="{sheet_id}"', rels)
        xml = archive.read("xl/" + target.group(1).lstrip("/").replace("xl/", "")).decode()
    # Read as XML: openpyxl takes long over 65 000 rows.
    n_links = xml.count("<hyperlink ")
    check(n_links == 65530, f"{n_links} links on the Sources sheet")
    header = re.search(r'<row r="1".*?</row>', xml, re.S).group(0)
    n_rows = xml.count("<row ") - 1
    check(n_rows == expected, f"{n_rows} sources, expected {expected}")
    # Every URL is there: a string cell in the URL column of every row.
    with zipfile.ZipFile(path) as archive:
        strings = re.findall(r"<t[^>]*>([^<]*)</t>",
                             archive.read("xl/sharedStrings.xml").decode())
    cells = dict(re.findall(r'<c r="([A-Z]+)1"[^>]*t="s"[^>]*><v>(\d+)</v>', header))
    url_col = next(col for col, i in cells.items() if strings[int(i)] == "URL")
    urls = re.findall(rf'<c r="{url_col}\d+"[^>]*t="s"[^>]*><v>(\d+)</v>', xml)
    check(len(urls) == expected + 1, f"{len(urls) - 1} URLs for {expected} sources")
    check(all(strings[int(i)].startswith("https://") for i in urls[1:]), "a URL is missing")
    linked = set(re.findall(r'<hyperlink ref="([A-Z]+)\d+"', xml))
    check(linked == {url_col}, f"links in columns {linked}")
    print(f"{n_links} links, {len(urls) - 1 - n_links} URLs as text")


def main():
    if len(sys.argv) < 3:
        fail("usage: check-briefing.py MODE FILE [ARG]")
    mode, path = sys.argv[1], sys.argv[2]
    arg = sys.argv[3] if len(sys.argv) > 3 else None
    if mode == "full":
        check_full(path)
    elif mode == "map":
        check_map(path)
    elif mode == "timeline":
        check_timeline(path)
    elif mode == "filtered":
        check_filtered(path)
    elif mode == "created":
        check_created(path, arg)
    elif mode == "creator":
        check_creator(path, arg)
    elif mode == "large":
        check_large(path, arg)
    elif mode == "date-set":
        check_date_set(path)
    elif mode == "csv":
        check_csv(path)
    elif mode == "dossier":
        check_dossier(path)
    elif mode == "language":
        check_language(path, arg)
    elif mode == "csv-language":
        check_csv_language(path, arg)
    elif mode == "link-limit":
        check_link_limit(path, arg)
    else:
        fail(f"unknown mode {mode}")


if __name__ == "__main__":
    main()
