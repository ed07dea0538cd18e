"""Cell values of every sheet of a workbook (.xlsx, .xlsm, .xls, .xlsb, .ods), via calamine.

python-calamine (Rust) reads shared, inline and rich-text strings, phonetic runs and CDATA the
way spreadsheet programs do, and is faster than a hand-written reader (bench/recipients_xlsx.py).
Values are plain Python: str, int, float; dates, booleans and errors are left to the caller to
skip. Zip-based workbooks must pass bot.panel.zip_guard first (real inflated bytes).
"""

from __future__ import annotations

import io

from python_calamine import CalamineWorkbook, PasswordError

__all__ = ["SpreadsheetError", "TooManyRowsError", "read_sheets"]

Rows = list[list[object]]


class SpreadsheetError(ValueError):
    """Not a readable workbook (damaged, truncated, password protected …)."""

    def __init__(self, *, protected: bool = False) -> None:
        super().__init__("password protected" if protected else "unreadable workbook")
        self.protected = protected


class TooManyRowsError(ValueError):
    def __init__(self, limit_rows: int) -> None:
        super().__init__(f"more than {limit_rows} rows")
        self.limit_rows = limit_rows


def read_sheets(data: bytes, *, max_rows: int) -> list[Rows]:
    """Every sheet's rows, in workbook order; the row count is checked before conversion."""
    try:
        workbook = CalamineWorkbook.from_filelike(io.BytesIO(data))
        sheets = [workbook.get_sheet_by_index(i) for i in range(len(workbook.sheet_names))]
        if sum(sheet.height for sheet in sheets) > max_rows:
            raise TooManyRowsError(max_rows)
        return [sheet.to_python(skip_empty_area=False) for sheet in sheets]
    except TooManyRowsError:
        raise
    except PasswordError as error:
        raise SpreadsheetError(protected=True) from error
    except Exception as error:  # calamine's errors, and odd values it reports as ValueError
        raise SpreadsheetError from error
