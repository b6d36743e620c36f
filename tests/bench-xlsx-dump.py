#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Not a test: the input of tests/bench-xlsx-anchor.c in `make bench`.

bench-xlsx-dump.py BRIEFING.xlsx DIR

Reads a workbook Tianshan wrote (`tianshan --database STORE --export
BRIEFING.xlsx`) and writes into DIR what plain libxlsxwriter needs to write
the same workbook again: formats.tsv (one line per cell format of the
workbook's styles), sheets.tsv (the sheets in order) and one file per sheet
listing its cells (numbers, strings, blanks, links with their text), column
widths and formats, row heights, frozen panes, merged ranges, tables and
pictures (the PNG files copied beside). Runs outside the timing; the Python
standard library only (openpyxl keeps every cell of 100 000 records as an
object, and gigabytes with it).

Lines are tab-separated; in text, backslash, tab, newline and carriage
return are written \\\\, \\t, \\n and \\r.

bench-xlsx-dump.py --compare DIR DIR says whether two dumps hold the same
workbook (the runner checks the anchor's that way)."""

import os
import re
import struct
import sys
import xml.etree.ElementTree as ET
import zipfile
from posixpath import dirname, join, normpath
from xml.sax.saxutils import unescape

MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
REL = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
PKG_REL = "{http://schemas.openxmlformats.org/package/2006/relationships}"
XDR = "{http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing}"
A = "{http://schemas.openxmlformats.org/drawingml/2006/main}"
EMU_PER_PIXEL = 9525


def escape(text):
    return (text.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n")
            .replace("\r", "\\r"))


def rels_of(archive, part):
    """The relationships of @part: id -> (type, target part)."""
    path = join(dirname(part), "_rels", part.rsplit("/", 1)[-1] + ".rels")
    if path not in archive.namelist():
        return {}
    rels = {}
    for rel in ET.fromstring(archive.read(path)).iter(PKG_REL + "Relationship"):
        target = rel.get("Target")
        if rel.get("TargetMode") != "External":
            target = normpath(join(dirname(part), target)) if not target.startswith("/") \
                else target[1:]
        rels[rel.get("Id")] = (rel.get("Type").rsplit("/", 1)[-1], target)
    return rels


def cell_ref(ref):
    """"AB12" -> (11, 27): row and column from 0."""
    match = re.fullmatch(r"([A-Z]+)([0-9]+)", ref.replace("$", ""))
    col = 0
    for letter in match.group(1):
        col = col * 26 + ord(letter) - ord("A") + 1
    return int(match.group(2)) - 1, col - 1


def range_ref(ref):
    first, _, last = ref.partition(":")
    return cell_ref(first) + cell_ref(last or first)


def text_of(element):
    """The text of a shared or inline string, rich runs joined."""
    return "".join(t.text or "" for t in element.iter(MAIN + "t"))


def dump_formats(archive, out):
    styles = ET.fromstring(archive.read("xl/styles.xml"))
    codes = {int(f.get("numFmtId")): f.get("formatCode")
             for f in styles.iter(MAIN + "numFmt")}
    fonts = []
    for font in styles.find(MAIN + "fonts"):
        color = font.find(MAIN + "color")
        size = font.find(MAIN + "sz")
        fonts.append((int(font.find(MAIN + "b") is not None),
                      int(font.find(MAIN + "i") is not None),
                      int(font.find(MAIN + "u") is not None),
                      color.get("rgb", "")[-6:] if color is not None else "",
                      size.get("val") if size is not None else ""))
    borders = []
    for border in styles.find(MAIN + "borders"):
        bottom = border.find(MAIN + "bottom")
        borders.append(bottom.get("style", "") if bottom is not None else "")
    for index, xf in enumerate(styles.find(MAIN + "cellXfs")):
        number = int(xf.get("numFmtId", "0"))
        font = fonts[int(xf.get("fontId", "0"))]
        alignment = xf.find(MAIN + "alignment")
        alignment = alignment if alignment is not None else ET.Element("alignment")
        out.write("\t".join(map(str, (
            index, number, escape(codes.get(number, "")), *font,
            int(alignment.get("wrapText") == "1"), alignment.get("horizontal", ""),
            alignment.get("vertical", ""), borders[int(xf.get("borderId", "0"))]))) + "\n")


def dump_table(archive, part, out):
    table = ET.fromstring(archive.read(part))
    style = table.find(MAIN + "tableStyleInfo")
    headers = [escape(column.get("name")) for column in table.iter(MAIN + "tableColumn")]
    out.write("\t".join(["t", *map(str, range_ref(table.get("ref"))), table.get("name"),
                         style.get("name", "") if style is not None else "", *headers]) + "\n")


def png_size(data):
    if data[:8] != b"\x89PNG\r\n\x1a\n":
        return None
    return struct.unpack(">II", data[16:24])


def dump_drawing(archive, part, directory, out):
    rels = rels_of(archive, part)
    drawing = ET.fromstring(archive.read(part))
    for anchor in list(drawing):
        blip = anchor.find(".//" + A + "blip")
        start = anchor.find(XDR + "from")
        if blip is None or start is None:
            continue  # a chart, not a picture
        image = rels[blip.get(REL + "embed")][1]
        data = archive.read(image)
        name = image.rsplit("/", 1)[-1]
        with open(os.path.join(directory, name), "wb") as png:
            png.write(data)
        ext = anchor.find(".//" + A + "ext")
        size = png_size(data)
        x_scale = y_scale = 1.0
        if ext is not None and size is not None:
            x_scale = int(ext.get("cx")) / (size[0] * EMU_PER_PIXEL)
            y_scale = int(ext.get("cy")) / (size[1] * EMU_PER_PIXEL)
        out.write("\t".join(map(str, (
            "i", start.findtext(XDR + "row"), start.findtext(XDR + "col"),
            int(start.findtext(XDR + "colOff")) // EMU_PER_PIXEL,
            int(start.findtext(XDR + "rowOff")) // EMU_PER_PIXEL,
            f"{x_scale:.6f}", f"{y_scale:.6f}", name))) + "\n")


def dump_sheet(archive, part, strings, directory, out):
    rels = rels_of(archive, part)
    raw = archive.read(part)
    # The links follow the cells: read them first, from the end of the sheet.
    links = {}
    tail = raw.rfind(b"<hyperlinks>")
    if tail >= 0:
        for attributes in re.findall(rb"<hyperlink ([^>]*?)/?>", raw[tail:]):
            attrs = {key.decode(): unescape(value.decode(), {"&quot;": '"', "&apos;": "'"})
                     for key, value in re.findall(rb'(\S+?)="([^"]*)"', attributes)}
            if "r:id" in attrs:
                url = rels[attrs["r:id"]][1]
            else:
                url = "internal:" + attrs.get("location", "")
            links[cell_ref(attrs["ref"])] = url

    for event, element in ET.iterparse(_Bytes(raw), events=("end",)):
        tag = element.tag
        if tag == MAIN + "c":
            row, col = cell_ref(element.get("r"))
            style = element.get("s", "0")
            kind = element.get("t", "n")
            value = element.findtext(MAIN + "v")
            if kind == "s":
                kind, value = "s", strings[int(value)]
            elif kind == "inlineStr":
                kind, value = "s", text_of(element.find(MAIN + "is"))
            elif kind in ("str", "e"):
                kind, value = "s", value or ""
            elif kind == "b":
                kind = "n"
            elif value is None:
                kind, value = "b", ""
            else:
                kind = "n"
            url = links.get((row, col))
            if url is not None:
                out.write(f"u\t{row}\t{col}\t{style}\t{escape(url)}\t{escape(value)}\n")
            else:
                out.write(f"c\t{row}\t{col}\t{style}\t{kind}\t{escape(value)}\n")
        elif tag == MAIN + "row":
            if element.get("customHeight") == "1" and element.get("ht"):
                out.write(f"h\t{int(element.get('r')) - 1}\t{element.get('ht')}\n")
            element.clear()
        elif tag == MAIN + "col":
            width = float(element.get("width", "0"))
            # libxlsxwriter adds a character's padding to the width asked for.
            width = width - 0.7109375 if width > 1 else width
            out.write(f"w\t{int(element.get('min')) - 1}\t{int(element.get('max')) - 1}"
                      f"\t{width:.4f}\t{element.get('style', '0')}\n")
        elif tag == MAIN + "pane" and element.get("state") == "frozen":
            out.write(f"f\t{int(float(element.get('ySplit', '0')))}"
                      f"\t{int(float(element.get('xSplit', '0')))}\n")
        elif tag == MAIN + "mergeCell":
            out.write("m\t" + "\t".join(map(str, range_ref(element.get("ref")))) + "\n")
        elif tag == MAIN + "tablePart":
            dump_table(archive, rels[element.get(REL + "id")][1], out)
        elif tag == MAIN + "drawing":
            dump_drawing(archive, rels[element.get(REL + "id")][1], directory, out)


class _Bytes:
    """A file over bytes already read, for iterparse."""

    def __init__(self, data):
        self.data = memoryview(data)
        self.offset = 0

    def read(self, size=-1):
        if size < 0:
            size = len(self.data) - self.offset
        chunk = self.data[self.offset:self.offset + size]
        self.offset += len(chunk)
        return bytes(chunk)


def load_dump(directory):
    """A dump's lines by sheet name, sorted, each format index replaced by
    the format itself (libxlsxwriter numbers formats as they are used)."""
    formats = {}
    with open(os.path.join(directory, "formats.tsv"), encoding="utf-8") as lines:
        for line in lines:
            fields = line.rstrip("\n").split("\t")
            formats[fields[0]] = "\t".join(fields[1:])
    sheets = {}
    with open(os.path.join(directory, "sheets.tsv"), encoding="utf-8") as lines:
        for line in lines:
            name, file = line.rstrip("\n").split("\t")
            resolved = []
            with open(os.path.join(directory, file), encoding="utf-8") as sheet:
                for entry in sheet:
                    fields = entry.rstrip("\n").split("\t")
                    if fields[0] in "cu":
                        fields[3] = formats[fields[3]]
                    elif fields[0] == "w":
                        fields[4] = formats[fields[4]]
                    resolved.append("\t".join(fields))
            sheets[name] = sorted(resolved)
    return sheets


def compare(first, second):
    """Whether two dumps hold the same sheets, cells, formats, links, tables
    and pictures: prints the differences, the first few of each sheet."""
    a, b = load_dump(first), load_dump(second)
    same = list(a) == list(b)
    if not same:
        print(f"sheets: {list(a)} against {list(b)}")
    for name in a:
        only_a = sorted(set(a[name]) - set(b.get(name, [])))
        only_b = sorted(set(b.get(name, [])) - set(a[name]))
        if only_a or only_b:
            same = False
            print(f"{name}: {len(only_a)} lines only in {first}, {len(only_b)} only in {second}")
            for line in only_a[:3]:
                print(f"  < {line[:160]}")
            for line in only_b[:3]:
                print(f"  > {line[:160]}")
    return same


def main():
    if len(sys.argv) == 4 and sys.argv[1] == "--compare":
        same = compare(sys.argv[2], sys.argv[3])
        print("the same sheets, cells, formats, links, tables and pictures" if same
              else "the workbooks differ")
        sys.exit(0 if same else 1)
    if len(sys.argv) != 3:
        sys.exit(f"usage: {sys.argv[0]} BRIEFING.xlsx DIR\n"
                 f"       {sys.argv[0]} --compare DIR DIR")
    path, directory = sys.argv[1:]
    os.makedirs(directory, exist_ok=True)
    with zipfile.ZipFile(path) as archive:
        strings = []
        if "xl/sharedStrings.xml" in archive.namelist():
            for event, element in ET.iterparse(archive.open("xl/sharedStrings.xml")):
                if element.tag == MAIN + "si":
                    strings.append(text_of(element))
                    element.clear()
        with open(os.path.join(directory, "formats.tsv"), "w", encoding="utf-8") as out:
            dump_formats(archive, out)
        workbook = ET.fromstring(archive.read("xl/workbook.xml"))
        workbook_rels = rels_of(archive, "xl/workbook.xml")
        n_cells = 0
        with open(os.path.join(directory, "sheets.tsv"), "w", encoding="utf-8") as sheets:
            for number, sheet in enumerate(workbook.iter(MAIN + "sheet")):
                name = f"sheet{number + 1}.tsv"
                sheets.write(f"{escape(sheet.get('name'))}\t{name}\n")
                with open(os.path.join(directory, name), "w", encoding="utf-8") as out:
                    dump_sheet(archive, workbook_rels[sheet.get(REL + "id")][1], strings,
                               directory, out)
                with open(os.path.join(directory, name), encoding="utf-8") as written:
                    n_cells += sum(1 for line in written if line[0] in "cu")
    print(f"{path}: {n_cells} cells in {number + 1} sheets dumped into {directory}")


if __name__ == "__main__":
    main()
