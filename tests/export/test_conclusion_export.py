"""Issue 16, point 5 in the Word file: the draft conclusion names who concludes and the counterpart from the text
(or as the clerk corrected them), in official capitalisation, lists each task once (the "4 rõ" table) and sends
it to the tasks' owners and the Settings list, each once. Invented texts only."""

from __future__ import annotations

from collections import Counter
from datetime import date
from pathlib import Path

from docx import Document

from desktop.core.conclusion_parties import Parties
from desktop.core.model import Report, Task
from desktop.export import export_reports
from desktop.export.profiles import Organisation

SETTINGS_ORG = Organisation(name="HUYỆN ỦY TÂN LẬP", parent="ĐẢNG BỘ TỈNH HÒA LÂM", place="Tân Lập", code="HU",
                            authority="BAN THƯỜNG VỤ", signer_position="BÍ THƯ", signer_name="Hoàng Văn Sình",
                            collective_name="Ban Thường vụ Huyện ủy",
                            recipients=["Thường trực Tỉnh ủy (b/c)", "Ban Tổ chức Tỉnh ủy"],
                            archive="Lưu Văn phòng Huyện ủy")
TITLE = ("THÔNG BÁO kết luận của Ban Thường vụ Tỉnh ủy tại buổi làm việc với Ban Thường vụ Huyện ủy Đông Giang")
TASKS = [Task(text="rà soát quy hoạch cán bộ nhiệm kỳ tới", owner="Ban Tổ chức Tỉnh ủy", deadline="2026-06-30"),
         Task(text="hoàn thành chuyển đổi số cấp xã", owner="Ban Thường vụ Huyện ủy Đông Giang"),
         Task(text="tuyên truyền mô hình dân vận khéo", owner="Ban Tuyên giáo Tỉnh ủy")]


def _report(title: str = TITLE, unit: str | None = "TỈNH ỦY HÒA LÂM") -> Report:
    return Report(source="tb.txt", text=title + "\nNgày 03/4/2026 …", title=title, unit=unit,
                  tasks=[Task(text=t.text, owner=t.owner, deadline=t.deadline) for t in TASKS])


def _texts(doc) -> list[str]:
    out = [p.text for p in doc.paragraphs]
    for t in doc.tables:
        for row in t.rows:
            seen = set()
            for cell in row.cells:
                if id(cell._tc) not in seen:
                    seen.add(id(cell._tc))
                    out += [p.text for p in cell.paragraphs]
    return out


def _export(tmp_path: Path, report: Report, **kw) -> list[str]:
    out = export_reports([report], "docx", "conclusion", tmp_path / "tb.docx", "party", SETTINGS_ORG,
                         date(2026, 4, 5), **kw)
    return _texts(Document(out))


def test_the_text_says_who_concludes_and_tasks_go_down_not_up(tmp_path: Path) -> None:
    texts = _export(tmp_path, _report())
    joined = "\n".join(texts)
    assert ("kết luận của Ban Thường vụ Tỉnh ủy tại buổi làm việc với Ban Thường vụ Huyện ủy Đông Giang"
            in texts)
    assert any(t.startswith("Ban Thường vụ Tỉnh ủy yêu cầu Ban Thường vụ Huyện ủy Đông Giang") for t in texts)
    assert "Ban Thường vụ Huyện ủy yêu cầu" not in joined and "Tỉnh Ủy" not in joined


def test_each_task_is_listed_once_in_the_four_ro_table(tmp_path: Path) -> None:
    texts = _export(tmp_path, _report())
    counts = Counter(t for t in texts for task in TASKS if task.text in t.casefold())
    assert counts and all(n == 1 for n in counts.values()), counts
    assert len(counts) == len(TASKS)


def test_recipients_are_the_owners_and_the_settings_list_each_once(tmp_path: Path) -> None:
    texts = _export(tmp_path, _report())
    lines = [t for t in texts if t.startswith("- ")]
    names = [t[2:].rstrip(",.;") for t in lines]
    for owner in ("Ban Thường vụ Huyện ủy Đông Giang", "Ban Tổ chức Tỉnh ủy", "Ban Tuyên giáo Tỉnh ủy",
                  "Thường trực Tỉnh ủy (b/c)"):
        assert names.count(owner) == 1, (owner, names)


def test_a_header_in_capitals_is_named_in_official_capitalisation(tmp_path: Path) -> None:
    texts = _export(tmp_path, _report(title="BÁO CÁO kết quả 6 tháng đầu năm 2026", unit="HUYỆN ỦY ĐÔNG GIANG"))
    joined = "\n".join(texts)
    assert "làm việc với Huyện ủy Đông Giang" in joined
    assert "Huyện Ủy Đông Giang" not in joined


def test_the_clerks_correction_is_used(tmp_path: Path) -> None:
    texts = _export(tmp_path, _report(), parties=Parties("Thường trực Tỉnh ủy", "Đảng ủy xã Nam Sơn"))
    assert "kết luận của Thường trực Tỉnh ủy tại buổi làm việc với Đảng ủy xã Nam Sơn" in texts
    assert any(t.startswith("Thường trực Tỉnh ủy yêu cầu Đảng ủy xã Nam Sơn") for t in texts)
