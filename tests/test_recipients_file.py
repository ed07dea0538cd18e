"""Uploaded recipient lists: .txt, .csv, .xlsx, and files that are not what they claim."""

import io
import zipfile

import pytest

from bot.panel.numbers import RejectReason
from bot.panel.recipients_file import (
    MAX_FILE_BYTES,
    FileTooLargeError,
    RefusalReason,
    UnsupportedFileError,
    UploadLimits,
    UploadRefused,
    read_recipients_file,
)
from tests.upload_files import bomb_xlsx, flag_entries, lying_zip, ods, xls, xlsb, xlsx

A, B, C = "09121234567", "09351234567", "09901112233"
PNG = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4
EXE = b"MZ\x90\x00\x03\x00\x00\x00" + bytes(500)


def rejected_of(result):
    return [(item.token, item.reason) for item in result.rejected]


# --- .txt -------------------------------------------------------------------------------


def test_txt_with_mixed_separators_and_duplicates():
    data = "09121234567\n+989351234567, 0990 111 2233\n۰۹۱۲۱۲۳۴۵۶۷\nsalam\n".encode()
    result = read_recipients_file("list.txt", data)
    assert result.valid == [A, B, C]
    assert result.duplicates == 1
    assert rejected_of(result) == [("salam", RejectReason.NOT_A_NUMBER)]


@pytest.mark.parametrize(
    "encode",
    [
        lambda text: b"\xef\xbb\xbf" + text.encode("utf-8"),
        lambda text: text.encode("utf-16"),  # with a BOM
        lambda text: text.encode("utf-16-le"),  # without a BOM
        lambda text: text.encode("cp1256"),  # Windows Arabic, as old Persian Windows writes
    ],
    ids=["utf8-bom", "utf16-bom", "utf16le", "cp1256"],
)
def test_txt_encodings(encode):
    text = "علي 0912-123-4567\r\nرضا 09351234567\r\n"  # cp1256: no Persian yeh or digits
    result = read_recipients_file("LIST.TXT", encode(text))
    assert result.valid == [A, B]
    assert result.rejected == []  # names beside numbers are ignored


@pytest.mark.parametrize(
    ("filename", "data"),
    [("empty.txt", b""), ("blank.csv", b" \n\n"), ("empty.xlsx", None)],
)
def test_an_empty_file_is_refused_as_empty(filename, data):
    data = xlsx([]) if data is None else data
    with pytest.raises(UploadRefused) as caught:
        read_recipients_file(filename, data)
    assert caught.value.reason is RefusalReason.EMPTY


# --- .csv -------------------------------------------------------------------------------


def test_csv_reads_only_the_number_column():
    data = "name;mobile;national id\nعلی;0912 123 4567;0012345678\nرضا;9351234567;0023456789\n"
    result = read_recipients_file("contacts.csv", data.encode("utf-16"))
    assert result.valid == [A, B]
    assert result.rejected == []  # names and national ids are not read


def test_csv_with_quotes_and_pipe_delimiter():
    data = '"id"|"phone"\n"1"|"0912-123-4567"\n"2"|"+98 935 123 4567"\n"3"|"02188881234"\n'
    result = read_recipients_file("x.csv", data.encode())
    assert result.valid == [A, B]
    assert rejected_of(result) == [("02188881234", RejectReason.NOT_MOBILE)]


def test_csv_without_a_number_column_scans_every_cell():
    data = "note,other\ncall 09121234567 soon,x\nfoo,09351234567 or 123\n"
    result = read_recipients_file("notes.csv", data.encode())
    assert result.valid == [A, B]
    # words beside a number are ignored; digits that are no number are rejected
    assert rejected_of(result) == [("123", RejectReason.TOO_SHORT)]


# --- .xlsx ------------------------------------------------------------------------------


def test_xlsx_numbers_in_an_unusual_column_as_ints_strings_and_floats():
    rows = [
        ["ردیف", "نام", "کد ملی", "شماره موبایل"],
        [1, "علی", "0012345678", 9121234567],
        [2, "رضا", "0023456789", "۰۹۳۵۱۲۳۴۵۶۷"],
        [3, "مریم", "0034567890", 9901112233.0],
        [4, "سارا", "0045678901", 989121234567.0],
        [5, "نیما", "0056789012", 9.12e9],
        [6, "کیان", "0067890123", "9121234567.0"],
    ]
    result = read_recipients_file("list.xlsx", xlsx(rows))
    assert result.valid == [A, B, C, "09120000000"]
    assert result.duplicates == 2
    assert result.rejected == []


def test_xlsx_junk_in_the_number_column_is_reported():
    rows = [
        ["mobile"],
        [9121234567],
        ["abc"],
        ["02188881234"],
        [912123456.7],
        [9351234567],
        [None],
        ["+44 20 7946 0958"],
    ]
    result = read_recipients_file("list.xlsx", xlsx(rows))
    assert result.valid == [A, B]
    assert rejected_of(result) == [
        ("abc", RejectReason.NOT_A_NUMBER),
        ("02188881234", RejectReason.NOT_MOBILE),
        ("912123456.7", RejectReason.INVALID_CHARS),
        ("+44 20 7946 0958", RejectReason.FOREIGN),
    ]


def test_xlsx_mostly_junk_column_found_by_its_header():
    rows = [["name", "Mobile"], ["a", "0912"], ["b", "x"], ["c", 9121234567]]
    result = read_recipients_file("list.xlsx", xlsx(rows))
    assert result.valid == [A]
    assert rejected_of(result) == [
        ("0912", RejectReason.TOO_SHORT),
        ("x", RejectReason.NOT_A_NUMBER),
    ]


def test_xlsx_scattered_numbers_and_every_sheet():
    first = [["a", "b"], ["Ali", "x 0912 123 4567"], [None, "nothing"]]
    second = [["note"], ["call 09351234567"], ["x"], ["y"]]
    result = read_recipients_file("book.xlsx", xlsx(first, second))
    assert result.valid == [A, B]
    assert rejected_of(result) == []  # words beside the numbers are ignored


CONTENT_TYPES = (
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/xl/workbook.xml" ContentType="application/'
    'vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/></Types>'
)


ROOT_RELS = (
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Target="xl/workbook.xml" Type="http://schemas.openxmlformats.org/'
    'officeDocument/2006/relationships/officeDocument"/></Relationships>'
)


def handmade_xlsx(sheet_xml: str, shared_xml: str) -> bytes:
    """An .xlsx as other writers make it (Excel: shared strings; .NET SDK: ``x:`` prefix)."""
    ns = 'xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
    rel_ns = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    rels = (
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        f'<Relationship Id="rId1" Type="{rel_ns}/worksheet" Target="worksheets/sheet1.xml"/>'
        f'<Relationship Id="rId2" Type="{rel_ns}/sharedStrings" Target="/xl/sharedStrings.xml"/>'
        "</Relationships>"
    )
    workbook = (
        f'<x:workbook {ns} xmlns:r="{rel_ns}"><x:sheets>'
        '<x:sheet name="S" sheetId="1" r:id="rId1"/></x:sheets></x:workbook>'
    )
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("[Content_Types].xml", CONTENT_TYPES)
        archive.writestr("_rels/.rels", ROOT_RELS)
        archive.writestr("xl/_rels/workbook.xml.rels", rels)
        archive.writestr("xl/workbook.xml", workbook)
        archive.writestr("xl/worksheets/sheet1.xml", f"<x:worksheet {ns}>{sheet_xml}</x:worksheet>")
        archive.writestr("xl/sharedStrings.xml", f"<x:sst {ns}>{shared_xml}</x:sst>")
    return buffer.getvalue()


def test_xlsx_with_shared_strings_prefixes_and_odd_attribute_order():
    shared = (
        "<x:si><x:t>mobile</x:t></x:si>"
        "<x:si><x:t>0912 123 4567</x:t></x:si>"
        "<x:si><x:r><x:t>0935</x:t></x:r><x:r><x:rPr/><x:t>1234567</x:t></x:r></x:si>"
    )
    sheet = (
        '<x:cols><x:col min="1" max="2"/></x:cols><x:sheetData>'
        '<x:row r="1"><x:c r="B1" t="s"><x:v>0</x:v></x:c></x:row>'
        '<x:row r="2"><x:c t="s" r="B2"><x:v>1</x:v></x:c></x:row>'
        "<x:row r='3'><x:c s='1' t='s' r='B3'>\n  <x:v>2</x:v>\n</x:c></x:row>"
        '<x:row r="4"><x:c r="A4" t="inlineStr"><x:is><x:t>علی</x:t></x:is></x:c>'
        '<x:c r="B4"><x:f>A1</x:f><x:v>9901112233</x:v></x:c></x:row>'
        '<x:row r="5"><x:c r="B5" t="inlineStr"><x:is>'
        '<x:t xml:space="preserve"> 0912&#45;123&#45;4567 </x:t></x:is></x:c></x:row>'
        "</x:sheetData>"
    )
    result = read_recipients_file("excel.xlsx", handmade_xlsx(sheet, shared))
    assert result.valid == [A, B, C]
    assert result.duplicates == 1
    assert result.rejected == []


# --- refused files ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("filename", "data", "kind"),
    [
        ("list.xlsx", EXE, "exe"),
        ("list.xlsx", PNG, "png"),
        ("list.txt", PNG, "png"),
        ("list.csv", EXE, "exe"),
        ("list.xlsx", b"09121234567\n", "text"),
        ("list.txt", bytes(range(256)) * 8, "binary"),
        ("list.pdf", b"%PDF-1.4", "pdf"),
        ("list.xls", PNG, "png"),
        ("list.ods", b"09121234567\n", "text"),
        ("list", b"09121234567", "unknown"),
    ],
)
def test_files_that_are_not_lists_are_refused(filename, data, kind):
    with pytest.raises(UnsupportedFileError) as caught:
        read_recipients_file(filename, data)
    assert caught.value.kind == kind


def test_a_zip_that_is_not_a_workbook_is_refused_as_broken():
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("word/document.xml", "<w:document/>")
    with pytest.raises(UploadRefused) as caught:
        read_recipients_file("renamed.xlsx", buffer.getvalue())
    assert caught.value.reason is RefusalReason.BROKEN


def test_too_large_is_refused_before_parsing():
    # The bytes would be refused as an image if they were parsed at all.
    with pytest.raises(FileTooLargeError) as caught:
        read_recipients_file("big.txt", PNG + bytes(MAX_FILE_BYTES))
    assert caught.value.limit_bytes == MAX_FILE_BYTES
    with pytest.raises(FileTooLargeError):
        read_recipients_file("big.xlsx", EXE, limit_bytes=100)


def test_a_file_at_the_limit_is_read():
    data = b"09121234567\n" * 10
    result = read_recipients_file("ok.txt", data, limit_bytes=len(data))
    assert (result.valid, result.duplicates) == ([A], 9)


# --- cells the old hand-written reader lost ----------------------------------------------


def test_rich_text_phonetic_runs_and_cdata_are_read_as_spreadsheet_programs_show_them():
    shared = (
        "<x:si><x:t>mobile</x:t></x:si>"
        # inline rich text: a coloured run, then the rest of the number
        '<x:si><x:r><x:rPr><x:color rgb="FFFF0000"/></x:rPr><x:t>0912</x:t></x:r>'
        "<x:r><x:t>1234567</x:t></x:r></x:si>"
        # a phonetic run (furigana) is not part of the value
        "<x:si><x:t>09351234567</x:t><x:rPh sb='0' eb='1'><x:t>x</x:t></x:rPh></x:si>"
    )
    sheet = (
        "<x:sheetData>"
        '<x:row r="1"><x:c r="A1" t="s"><x:v>0</x:v></x:c></x:row>'
        '<x:row r="2"><x:c r="A2" t="inlineStr"><x:is><x:r><x:rPr><x:color rgb="FF00FF00"/>'
        "</x:rPr><x:t>0990</x:t></x:r><x:r><x:t>1112233</x:t></x:r></x:is></x:c></x:row>"
        '<x:row r="3"><x:c r="A3" t="s"><x:v>1</x:v></x:c></x:row>'
        '<x:row r="4"><x:c r="A4" t="s"><x:v>2</x:v></x:c></x:row>'
        '<x:row r="5"><x:c r="A5" t="inlineStr"><x:is><x:t><![CDATA[09121112233]]></x:t>'
        "</x:is></x:c></x:row>"
        "</x:sheetData>"
    )
    result = read_recipients_file("colours.xlsx", handmade_xlsx(sheet, shared))
    assert result.valid == [C, A, B, "09121112233"]
    assert result.rejected == []


# --- other workbook formats, each made by a writer library --------------------------------


TWO_SHEETS = (
    [["name", "mobile"], ["علی", 9121234567.0], ["سارا", "۰۹۳۵۱۲۳۴۵۶۷"]],
    [[9901112233], ["0912-123-4567"]],
)


@pytest.mark.parametrize("kind", ["xls", "xlsb", "ods", "xlsx", "xlsm"])
def test_every_workbook_format_every_sheet_numbers_as_numbers_or_text(kind, tmp_path):
    makers = {
        "xls": lambda: xls(*TWO_SHEETS),
        "xlsb": lambda: xlsb(tmp_path, *TWO_SHEETS),
        "ods": lambda: ods(*TWO_SHEETS),
        "xlsx": lambda: xlsx(*TWO_SHEETS),
        "xlsm": lambda: xlsx(*TWO_SHEETS),
    }
    result = read_recipients_file(f"list.{kind}", makers[kind]())
    assert result.valid == [A, B, C]
    assert result.duplicates == 1
    assert result.rejected == []


# --- bounded by what the file really costs -----------------------------------------------


def test_a_decompression_bomb_is_refused_by_its_real_inflated_size():
    data = bomb_xlsx(64)
    assert len(data) < 1024 * 1024
    limits = UploadLimits(inflated_bytes=16 * 1024 * 1024)
    with pytest.raises(UploadRefused) as caught:
        read_recipients_file("bomb.xlsx", data, limits=limits)
    assert caught.value.reason is RefusalReason.INFLATES_TOO_MUCH


def test_a_zip_that_lies_about_its_sizes_is_measured_by_inflating_it():
    data = lying_zip(bomb_xlsx(24), "xl/worksheets/sheet1.xml")
    declared = sum(i.file_size for i in zipfile.ZipFile(io.BytesIO(data)).infolist())
    limits = UploadLimits(inflated_bytes=16 * 1024 * 1024)
    assert declared < limits.inflated_bytes  # the old check trusted this
    with pytest.raises(UploadRefused) as caught:
        read_recipients_file("liar.xlsx", data, limits=limits)
    assert caught.value.reason is RefusalReason.INFLATES_TOO_MUCH


def test_rows_are_capped_for_text_and_workbooks():
    limits = UploadLimits(rows=100)
    text = "\n".join(f"0912{i:07d}" for i in range(150)).encode()
    for filename, data in [("l.txt", text), ("l.csv", text), ("l.xls", xls([[A]] * 150))]:
        with pytest.raises(UploadRefused) as caught:
            read_recipients_file(filename, data, limits=limits)
        assert caught.value.reason is RefusalReason.TOO_MANY_ROWS


@pytest.mark.parametrize(
    ("patch", "reason"),
    [
        ({"flag": 0x1}, RefusalReason.ENCRYPTED),  # zipfile: RuntimeError
        ({"method": 9}, RefusalReason.COMPRESSION),  # deflate64, zipfile: NotImplementedError
        ({"method": 14}, RefusalReason.COMPRESSION),  # lzma
    ],
    ids=["encrypted", "deflate64", "lzma"],
)
def test_encrypted_and_odd_compression_entries_are_refused_with_a_reason(patch, reason):
    data = flag_entries(xlsx([[A]]), **patch)
    with pytest.raises(UploadRefused) as caught:
        read_recipients_file("odd.xlsx", data)
    assert caught.value.reason is reason


@pytest.mark.parametrize(
    "data", [b"PK\x03\x04" + b"\x00" * 200, None], ids=["garbage", "truncated"]
)
def test_a_damaged_workbook_is_refused_as_broken(data):
    data = data if data is not None else xlsx([[A]] * 50)[:-300]
    with pytest.raises(UploadRefused) as caught:
        read_recipients_file("damaged.xlsx", data)
    assert caught.value.reason is RefusalReason.BROKEN


def test_a_csv_field_over_128_kib_is_refused_as_a_too_long_cell():
    data = b'mobile\n09121234567\n"' + b"x" * (200 * 1024) + b'"\n'
    with pytest.raises(UploadRefused) as caught:
        read_recipients_file("long.csv", data)
    assert caught.value.reason is RefusalReason.CELL_TOO_LONG


def test_nul_bytes_in_a_text_file_are_dropped():
    result = read_recipients_file("nul.txt", b"09121234567\nab\x00c\n")
    assert result.valid == [A]
    assert [item.token for item in result.rejected] == ["abc"]
