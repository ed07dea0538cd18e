"""A small streaming `.xlsx` writer for one table of text cells (the delivery report export).

openpyxl's write_only mode builds an element per cell and needs about 6 s for 100,000 rows of
three cells on our 2-core machines; the report goal is 1 s. This writer formats each row with one
string template straight into the zip member, every text in the shared-strings table (repeated
statuses are stored once), one bold frozen header row, optionally right-to-left. The output is a
plain SpreadsheetML workbook that Excel, LibreOffice and openpyxl read.
"""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Iterable, Sequence
from xml.sax.saxutils import escape

ROWS_PER_CHUNK = 2_000

_MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
_REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_PKG_REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships"
_XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
_CT = "application/vnd.openxmlformats-officedocument.spreadsheetml"
# XML 1.0 refuses these control characters even escaped; the rest needs escaping.
_NEEDS_CARE = re.compile("[&<>\x00-\x08\x0b\x0c\x0e-\x1f]")
_FORBIDDEN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f]")

_CONTENT_TYPES = (
    _XML_HEAD + '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
    'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
    f'<Override PartName="/xl/workbook.xml" ContentType="{_CT}.sheet.main+xml"/>'
    f'<Override PartName="/xl/worksheets/sheet1.xml" ContentType="{_CT}.worksheet+xml"/>'
    f'<Override PartName="/xl/sharedStrings.xml" ContentType="{_CT}.sharedStrings+xml"/>'
    f'<Override PartName="/xl/styles.xml" ContentType="{_CT}.styles+xml"/></Types>'
)
_ROOT_RELS = (
    _XML_HEAD + f'<Relationships xmlns="{_PKG_REL_NS}"><Relationship Id="rId1" '
    f'Type="{_REL_NS}/officeDocument" Target="xl/workbook.xml"/></Relationships>'
)
_WORKBOOK_RELS = (
    _XML_HEAD + f'<Relationships xmlns="{_PKG_REL_NS}">'
    f'<Relationship Id="rId1" Type="{_REL_NS}/worksheet" Target="worksheets/sheet1.xml"/>'
    f'<Relationship Id="rId2" Type="{_REL_NS}/styles" Target="styles.xml"/>'
    f'<Relationship Id="rId3" Type="{_REL_NS}/sharedStrings" Target="sharedStrings.xml"/>'
    "</Relationships>"
)
_STYLES = (
    _XML_HEAD + f'<styleSheet xmlns="{_MAIN_NS}">'
    '<fonts count="2"><font><sz val="11"/><name val="Calibri"/></font>'
    '<font><b/><sz val="11"/><name val="Calibri"/></font></fonts>'
    '<fills count="2"><fill><patternFill patternType="none"/></fill>'
    '<fill><patternFill patternType="gray125"/></fill></fills>'
    '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>'
    '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
    '<cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'
    '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/></cellXfs>'
    '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>'
    "</styleSheet>"
)


def cell_text(value: str) -> str:
    """`value` made safe inside an XML text node (forbidden control characters dropped)."""
    if _NEEDS_CARE.search(value) is None:
        return value
    return escape(_FORBIDDEN.sub("", value))


def _workbook(sheet_name: str) -> str:
    name = escape(sheet_name[:31], {'"': "&quot;"})
    return (
        _XML_HEAD + f'<workbook xmlns="{_MAIN_NS}" xmlns:r="{_REL_NS}"><sheets>'
        f'<sheet name="{name}" sheetId="1" r:id="rId1"/></sheets></workbook>'
    )


def _sheet_head(widths: Sequence[float], right_to_left: bool) -> str:
    direction = ' rightToLeft="1"' if right_to_left else ""
    cols = "".join(
        f'<col min="{i}" max="{i}" width="{width}" customWidth="1"/>'
        for i, width in enumerate(widths, start=1)
    )
    return (
        _XML_HEAD + f'<worksheet xmlns="{_MAIN_NS}"><sheetViews>'
        f'<sheetView workbookViewId="0"{direction}>'
        '<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>'
        "</sheetView></sheetViews>" + (f"<cols>{cols}</cols>" if cols else "") + "<sheetData>"
    )


class _SharedStrings(dict[str, int]):
    """The workbook's table of distinct texts: `table[text]` is its index, added on first use."""

    def __missing__(self, value: str) -> int:
        index = self[value] = len(self)
        return index

    def xml(self) -> bytes:
        items = "".join(
            f'<si><t xml:space="preserve">{cell_text(value)}</t></si>' for value in self
        )
        head = f'<sst xmlns="{_MAIN_NS}" count="{len(self)}" uniqueCount="{len(self)}">'
        return (_XML_HEAD + head + items + "</sst>").encode()


def _row_template(columns: int, style: str = "") -> str:
    """A `str.format` template of one row: its number, then one shared-string index per cell."""
    cell = f'<c t="s"{style}><v>{{}}</v></c>'
    return '<row r="{}">' + cell * columns + "</row>"


def _body_chunks(
    rows: Iterable[Sequence[str]], columns: int, strings: _SharedStrings
) -> Iterable[bytes]:
    """Row XML, `ROWS_PER_CHUNK` rows per piece (rows are numbered from 2)."""
    template = _row_template(columns).format
    index = strings.__getitem__
    chunk: list[str] = []
    for number, values in enumerate(rows, start=2):
        chunk.append(template(number, *map(index, values)))
        if len(chunk) >= ROWS_PER_CHUNK:
            yield "".join(chunk).encode()
            chunk = []
    if chunk:
        yield "".join(chunk).encode()


def write_table(
    headers: Sequence[str],
    rows: Iterable[Sequence[str]],
    *,
    sheet_name: str = "Sheet1",
    widths: Sequence[float] = (),
    right_to_left: bool = False,
) -> bytes:
    """An `.xlsx` file with one sheet: a bold, frozen header row, then `rows` of text cells
    (every row as long as `headers`)."""
    strings = _SharedStrings()
    header = _row_template(len(headers), ' s="1"').format(1, *map(strings.__getitem__, headers))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as archive:
        archive.writestr("[Content_Types].xml", _CONTENT_TYPES)
        archive.writestr("_rels/.rels", _ROOT_RELS)
        archive.writestr("xl/workbook.xml", _workbook(sheet_name))
        archive.writestr("xl/_rels/workbook.xml.rels", _WORKBOOK_RELS)
        archive.writestr("xl/styles.xml", _STYLES)
        with archive.open("xl/worksheets/sheet1.xml", "w") as sheet:
            sheet.write(_sheet_head(widths, right_to_left).encode())
            sheet.write(header.encode())
            for chunk in _body_chunks(rows, len(headers), strings):
                sheet.write(chunk)
            sheet.write(b"</sheetData></worksheet>")
        archive.writestr("xl/sharedStrings.xml", strings.xml())
    return buffer.getvalue()
