#!/usr/bin/env python3
"""Re-reads a run's report.xlsx with the standard library (zipfile + XML) and
checks its numbers against the CSVs of the same folder.

Usage: check_xlsx.py REPORT_DIR

Checks, by sheet position (names depend on the report language):
  1 summary         each headline figure equals summary.csv's row for `all`
                    (indicator and measure in columns E and F; gross and net
                    with effect total, or the wide row with no effect/basis)
  3 all figures     every row equals summary.csv's row, in order
  4 by year         every value equals annual.csv's, in order
  5 impacts         every row equals impacts.csv's non-zero rows, in order,
                    sector names included
Prints the sheet names, the creation date of docProps/core.xml and what was
compared; exits 1 on the first mismatch.
"""
import csv
import re
import sys
import xml.etree.ElementTree as ET
import zipfile

NS = {"m": "http://schemas.openxmlformats.org/spreadsheetml/2006/main",
      "r": "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
      "p": "http://schemas.openxmlformats.org/package/2006/relationships"}


def column_index(ref):
    letters = re.match(r"[A-Z]+", ref).group(0)
    index = 0
    for letter in letters:
        index = index * 26 + ord(letter) - ord("A") + 1
    return index - 1


def read_sheets(path):
    """[(name, rows)] in workbook order; rows = {row number: {column: value}}."""
    with zipfile.ZipFile(path) as book:
        strings = []
        if "xl/sharedStrings.xml" in book.namelist():
            for item in ET.fromstring(book.read("xl/sharedStrings.xml")).findall("m:si", NS):
                strings.append("".join(t.text or "" for t in item.iter("{%s}t" % NS["m"])))
        targets = {rel.get("Id"): rel.get("Target") for rel in
                   ET.fromstring(book.read("xl/_rels/workbook.xml.rels")).findall("p:Relationship", NS)}
        sheets = []
        for sheet in ET.fromstring(book.read("xl/workbook.xml")).find("m:sheets", NS):
            target = targets[sheet.get("{%s}id" % NS["r"])]
            rows = {}
            for cell in ET.fromstring(book.read("xl/" + target)).iter("{%s}c" % NS["m"]):
                value = cell.find("m:v", NS)
                if value is None:
                    continue
                kind = cell.get("t")
                number = int(re.search(r"\d+", cell.get("r")).group(0))
                text = strings[int(value.text)] if kind == "s" else value.text
                rows.setdefault(number, {})[column_index(cell.get("r"))] = (
                    text if kind in ("s", "str", "inlineStr") else float(value.text))
            sheets.append((sheet.get("name"), rows))
        created = re.search(r"<dcterms:created[^>]*>([^<]*)<",
                            book.read("docProps/core.xml").decode("utf-8"))
        return sheets, created.group(1) if created else ""


def read_csv(path):
    with open(path, encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def same(a, b):
    return abs(a - b) <= max(1e-9, 1e-11 * abs(b))


def fail(message):
    print("check_xlsx: " + message)
    sys.exit(1)


def check_summary(rows, summary):
    header = next(n for n, r in sorted(rows.items()) if "summary.csv" in str(r.get(4, "")))
    compared = 0
    for number in sorted(n for n in rows if n > header):
        row = rows[number]
        if 4 not in row:
            continue
        wide = 2 not in row
        for column, basis in ((1, "gross"), (2, "net")):
            if column not in row:
                continue
            key = (row[4], "" if wide else "total", "" if wide else basis, row[5])
            match = [s for s in summary if s["intervention"] == "all" and
                     (s["indicator"], s["effect"], s["basis"], s["measure"]) == key]
            if len(match) != 1 or not same(row[column], float(match[0]["value"])):
                fail("summary sheet row %d %s: %r, summary.csv %r" % (number, key, row[column],
                                                                       match))
            compared += 1
    return compared


def check_long(rows, table, value_column, value_field, text_fields, what):
    data = [rows[n] for n in sorted(rows) if n > 1]
    if len(data) != len(table):
        fail("%s: %d rows, the CSV %d" % (what, len(data), len(table)))
    for i, (row, expected) in enumerate(zip(data, table)):
        text = expected[value_field]
        if text == "" and value_column in row or text != "" and not same(row.get(value_column, float("nan")), float(text)):
            fail("%s row %d: %r, the CSV %r" % (what, i + 2, row.get(value_column), text))
        for column, field in text_fields:
            if str(row.get(column, "")) != expected[field]:
                fail("%s row %d column %d: %r, the CSV %r" % (what, i + 2, column, row.get(column),
                                                              expected[field]))
    return len(data)


def main():
    folder = sys.argv[1]
    sheets, created = read_sheets(folder + "/report.xlsx")
    summary = read_csv(folder + "/summary.csv")
    annual = read_csv(folder + "/annual.csv")
    impacts = [r for r in read_csv(folder + "/impacts.csv") if float(r["value"]) != 0]
    print("sheets: " + " | ".join(name for name, _ in sheets))
    print("created: " + created)
    headline = check_summary(sheets[0][1], summary)
    figures = check_long(sheets[2][1], summary, 5, "value", [(0, "intervention"), (1, "indicator"),
                                                           (4, "measure"), (6, "unit")], "all figures")
    years = check_long(sheets[3][1], annual, 5, "value", [(1, "intervention"), (2, "indicator")],
                       "by year")
    cells = check_long(sheets[4][1], impacts, 7, "value", [(1, "intervention"), (5, "sector"),
                                                           (6, "sector_label")], "impacts")
    if headline == 0:
        fail("no headline figure found in the summary sheet")
    print("ok: %d headline figures, %d summary rows, %d annual rows, %d impact rows equal the CSVs"
          % (headline, figures, years, cells))


if __name__ == "__main__":
    main()
