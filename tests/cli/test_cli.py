import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import CORPUS, ROOT


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "desktop.cli", *args], capture_output=True, text=True,
                          encoding="utf-8", cwd=ROOT, timeout=120)


def test_extract_json_one_file_is_an_object(tmp_path: Path) -> None:
    f = tmp_path / "tin.txt"
    f.write_text("Tin ngắn\n\nChiều 3/4, đồng chí Vũ Thị Hạnh, Bí thư Huyện ủy chủ trì hội nghị. "
                 "Có 5/7 xã đạt chuẩn.", encoding="utf-8")
    out = run("extract", str(f), "--json")
    assert out.returncode == 0, out.stderr
    data = json.loads(out.stdout)
    assert data["schema"] == "reportdesk.extraction/1" and data["source"] == "tin.txt"
    for key in ("title", "meeting", "body", "documents", "people", "indicators", "ratios", "tallies", "tasks",
                "proposals", "findings"):
        assert key in data
    assert data["meeting"]["chair"] == "Vũ Thị Hạnh"
    assert data["ratios"][0]["numerator"] == 5 and data["ratios"][0]["span"]


def test_extract_several_files_is_an_array_and_text_summary(tmp_path: Path) -> None:
    files = []
    for k in range(2):
        f = tmp_path / f"t{k}.txt"
        f.write_text(f"Tiêu đề {k}\n\nThu ngân sách đạt {k + 1},5 tỷ đồng.", encoding="utf-8")
        files.append(str(f))
    out = run("extract", *files, "--json")
    assert out.returncode == 0
    assert [d["source"] for d in json.loads(out.stdout)] == ["t0.txt", "t1.txt"]
    text = run("extract", files[0])
    assert "Tiêu đề: Tiêu đề 0" in text.stdout and "1,5 tỷ đồng" in text.stdout


def test_unreadable_input_exits_2_with_message(tmp_path: Path) -> None:
    f = tmp_path / "rong.txt"
    f.write_bytes(b"")
    out = run("extract", str(f), "--json")
    assert out.returncode == 2
    assert "rong.txt" in out.stderr and "rỗng" in out.stderr


def test_version() -> None:
    out = run("--version")
    assert out.returncode == 0 and "ReportDesk" in out.stdout


def test_dev_file_through_the_cli() -> None:
    f = CORPUS / "tp-sonla-so-ket.txt"
    if not f.exists():
        pytest.skip("dev corpus not available")
    data = json.loads(run("extract", str(f), "--json").stdout)
    assert data["meeting"]["chair"] == "Nguyễn Hữu Đông"


def test_core_does_not_import_qt() -> None:
    code = ("import sys, desktop.core.extract, desktop.core.serialize, desktop.cli; "
            "from desktop.core.extract import extract_text; extract_text('Tin\\n\\nđạt 5%'); "
            "bad = [m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))]; "
            "sys.exit(1 if bad else 0)")
    assert subprocess.run([sys.executable, "-c", code], cwd=ROOT, timeout=60).returncode == 0


def test_check_exit_codes_and_messages(tmp_path: Path) -> None:
    bad = tmp_path / "sai.txt"
    bad.write_text("Tin\n\nTrong 20 chỉ tiêu, có 12 chỉ tiêu đạt, 5 chỉ tiêu đạt trên 80%, 2 chỉ tiêu chưa đạt.",
                   encoding="utf-8")
    good = tmp_path / "dung.txt"
    good.write_text("Tin\n\nTrong 20 chỉ tiêu, có 13 chỉ tiêu đạt, 5 chỉ tiêu đạt trên 80%, 2 chỉ tiêu chưa đạt.",
                    encoding="utf-8")
    out = run("check", str(bad))
    assert out.returncode == 1
    assert "[lỗi]" in out.stdout and "19" in out.stdout and "20" in out.stdout
    out = run("check", str(good))
    assert out.returncode == 0 and "Không phát hiện" in out.stdout
    data = json.loads(run("check", str(bad), "--json").stdout)
    assert data["findings"][0]["kind"] == "sum_mismatch"
    assert data["findings"][0]["values"] == {"total": 20, "sum": 19}
