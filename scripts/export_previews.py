"""PNG previews of the first page of each export kind, for the README (needs LibreOffice and pdftoppm).

    python scripts/export_previews.py [OUT_DIR]
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from desktop.core.extract import extract_file  # noqa: E402
from desktop.export import export_reports  # noqa: E402
from desktop.export.profiles import Organisation  # noqa: E402

SAMPLES = ROOT / "resources" / "samples"
# an invented office, never the sample organisation of resources/samples (issue 16, point 4)
PARTY = Organisation(name="HUYỆN ỦY VÂN KHÊ", parent="ĐẢNG BỘ TỈNH LAM HÀ", place="Vân Khê", code="HU",
                     authority="BAN THƯỜNG VỤ", signer_position="PHÓ BÍ THƯ", signer_name="Đỗ Minh Châu",
                     collective_name="Ban Thường vụ Huyện ủy",
                     recipients=["Thường trực Tỉnh ủy (b/c)", "Các đồng chí Huyện ủy viên"],
                     archive="Lưu Văn phòng Huyện ủy")
STATE = Organisation(name="ỦY BAN NHÂN DÂN HUYỆN VÂN KHÊ", parent="", place="Vân Khê", code="UBND",
                     authority="ỦY BAN NHÂN DÂN", signer_position="CHỦ TỊCH", signer_name="Hà Quang Vinh",
                     collective_name="Ủy ban nhân dân huyện", recipients=["UBND tỉnh Lam Hà (b/c)"], archive="Lưu: VT")


def main() -> int:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs"
    if not shutil.which("soffice") or not shutil.which("pdftoppm"):
        print("needs LibreOffice (soffice) and poppler (pdftoppm)")
        return 1
    tb = extract_file(SAMPLES / "tb-ket-luan-thuong-truc-huyen-uy-binh-son.txt")
    weekly = extract_file(SAMPLES / "bao-cao-tuan-ubnd-xa-tan-my.txt")
    news = extract_file(SAMPLES / "thuong-truc-huyen-uy-lam-viec-xa-tan-my.txt")
    day = date(2026, 3, 20)
    tmp = Path(tempfile.mkdtemp())
    files = [
        export_reports([news], "docx", "briefing", tmp / "preview-briefing-party.docx", "party", PARTY, day),
        export_reports([news], "docx", "conclusion", tmp / "preview-conclusion-party.docx", "party", PARTY, day),
        export_reports([weekly], "docx", "briefing", tmp / "preview-briefing-state.docx", "state", STATE, day),
        export_reports([tb, weekly, news], "docx", "summary", tmp / "preview-summary-party.docx", "party", PARTY, day),
        export_reports([tb, weekly, news], "xlsx", "tracking", tmp / "preview-tracking.xlsx"),
    ]
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(tmp), *map(str, files)],
                   check=True, capture_output=True)
    out.mkdir(parents=True, exist_ok=True)
    for f in files:
        subprocess.run(["pdftoppm", "-r", "55", "-png", "-f", "1", "-l", "1", "-singlefile", str(f.with_suffix(".pdf")),
                        str(out / f.stem)], check=True)
        print(out / f"{f.stem}.png")
    return 0


if __name__ == "__main__":
    sys.exit(main())
