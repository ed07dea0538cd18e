"""Spreadsheet files the tests upload, each made by a writer library (or patched honestly)."""

from __future__ import annotations

import io
import zipfile

from openpyxl import Workbook

A = "09121234567"


def xlsx(*sheets: list[list[object]]) -> bytes:
    """An .xlsx written by openpyxl, one sheet per list of rows."""
    workbook = Workbook()
    workbook.remove(workbook.active)
    for number, rows in enumerate(sheets):
        sheet = workbook.create_sheet(f"Sheet{number + 1}")
        for row in rows:
            sheet.append(row)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def xls(*sheets: list[list[object]]) -> bytes:
    import xlwt

    book = xlwt.Workbook()
    for number, rows in enumerate(sheets):
        sheet = book.add_sheet(f"Sheet{number + 1}")
        for r, row in enumerate(rows):
            for c, value in enumerate(row):
                sheet.write(r, c, value)
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def xlsb(tmp_path, *sheets: list[list[object]]) -> bytes:
    from pyxlsbwriter import XlsbWriter

    path = tmp_path / "book.xlsb"
    with XlsbWriter(str(path)) as writer:
        for number, rows in enumerate(sheets):
            writer.add_sheet(f"Sheet{number + 1}")
            writer.write_sheet(rows)
    return path.read_bytes()


def ods(*sheets: list[list[object]]) -> bytes:
    from odf.opendocument import OpenDocumentSpreadsheet
    from odf.table import Table, TableCell, TableRow
    from odf.text import P

    document = OpenDocumentSpreadsheet()
    for number, rows in enumerate(sheets):
        table = Table(name=f"Sheet{number + 1}")
        for row in rows:
            table_row = TableRow()
            for value in row:
                if isinstance(value, str):
                    cell = TableCell(valuetype="string")
                    cell.addElement(P(text=value))
                else:
                    cell = TableCell(valuetype="float", value=value)
                table_row.addElement(cell)
            table.addElement(table_row)
        document.spreadsheet.addElement(table)
    buffer = io.BytesIO()
    document.write(buffer)
    return buffer.getvalue()


def bomb_xlsx(inflated_mib: int) -> bytes:
    """A valid .xlsx whose one sheet inflates to ``inflated_mib`` MiB (blank padding)."""
    padding = " " * (1024 * 1024)
    sheet = io.BytesIO()
    with zipfile.ZipFile(sheet, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        base = zipfile.ZipFile(io.BytesIO(xlsx([[A]])))
        for name in base.namelist():
            if name != "xl/worksheets/sheet1.xml":
                archive.writestr(name, base.read(name))
        with archive.open("xl/worksheets/sheet1.xml", "w") as part:
            part.write(
                b'<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
            )
            for _ in range(inflated_mib):
                part.write(padding.encode())
            part.write(b"<sheetData/></worksheet>")
    return sheet.getvalue()


def lying_zip(data: bytes, entry: str) -> bytes:
    """``data`` with ``entry``'s declared uncompressed size set to 1 byte everywhere."""
    archive = zipfile.ZipFile(io.BytesIO(data))
    info = archive.getinfo(entry)
    patched = bytearray(data)
    patched[info.header_offset + 22 : info.header_offset + 26] = (1).to_bytes(4, "little")
    central = patched.find(b"PK\x01\x02")
    while central >= 0:
        name_length = int.from_bytes(patched[central + 28 : central + 30], "little")
        if patched[central + 46 : central + 46 + name_length] == entry.encode():
            patched[central + 24 : central + 28] = (1).to_bytes(4, "little")
            break
        central = patched.find(b"PK\x01\x02", central + 4)
    return bytes(patched)


def flag_entries(data: bytes, *, flag: int = 0, method: int | None = None) -> bytes:
    """Set a general-purpose flag bit or the compression method on every entry's headers."""
    patched = bytearray(data)
    for signature, flag_at, method_at in ((b"PK\x03\x04", 6, 8), (b"PK\x01\x02", 8, 10)):
        position = patched.find(signature)
        while position >= 0:
            flags = int.from_bytes(patched[position + flag_at : position + flag_at + 2], "little")
            patched[position + flag_at : position + flag_at + 2] = (flags | flag).to_bytes(
                2, "little"
            )
            if method is not None:
                patched[position + method_at : position + method_at + 2] = method.to_bytes(
                    2, "little"
                )
            position = patched.find(signature, position + 4)
    return bytes(patched)
