"""The window, offscreen: models, review, editing with undo, linking text and form, intake."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path

import pytest

pytest.importorskip("PySide6")
pytest.importorskip("pytestqt")

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QTextCursor

from desktop.core.extract import extract_text
from desktop.core.model import ReviewStatus
from desktop.store.db import open_database
from desktop.store.library import Library
from desktop.ui.item_model import ITEM_ROLE
from desktop.ui.library_panel import REPORT_ID
from desktop.ui.session import ReportSession
from desktop.ui.textpos import TextPositions

TEXT = ("Thường trực Huyện ủy làm việc với Đảng ủy xã Tân Mỹ\n\nSáng 12/5, đồng chí Nguyễn Thị Lan, Bí thư Huyện ủy chủ "
        "trì buổi làm việc. Trong 18 chỉ tiêu, có 12 chỉ tiêu đạt, 4 chỉ tiêu đạt trên 80%, 3 chỉ tiêu chưa đạt. "
        "Tỷ lệ che phủ rừng đạt 61,2%. Có 9/11 thôn đạt chuẩn, đạt 81,8%.\n\n"
        "Đồng chí Bí thư yêu cầu Đảng ủy xã tập trung chỉ đạo nhiệm vụ phát triển đảng viên; đẩy nhanh xây dựng "
        "trường học.\n\nĐảng ủy xã đề nghị Thường trực Huyện ủy xem xét: hỗ trợ kinh phí sửa nhà văn hóa; bổ sung "
        "01 biên chế.")


@pytest.fixture
def lib(tmp_path: Path) -> Library:
    return Library(open_database(f"sqlite:///{tmp_path / 'ui.sqlite3'}"))


@pytest.fixture
def session(lib: Library, qtbot) -> Iterator[ReportSession]:
    rid, _ = lib.add_report(extract_text(TEXT, name="tan-my.txt"))
    session = ReportSession(lib.get_report(rid), lib)
    yield session
    session.close()  # (its undo steps go in Qt, as when the window closes a report)


@pytest.fixture
def window(make_window):
    return make_window()


def test_every_model_passes_the_model_tester(session: ReportSession, qtmodeltester) -> None:
    for model in session.models.values():
        qtmodeltester.check(model, force_py=True)
    session.show_parts(session.report.tallies[0])
    qtmodeltester.check(session.parts, force_py=True)


def test_edit_a_cell_saves_and_undo_restores(session: ReportSession, lib: Library) -> None:
    model = session.models["indicators"]
    row = next(k for k, i in enumerate(model.items) if i.value == 61.2)
    col = next(k for k, c in enumerate(model.columns) if c.attr == "value")
    assert model.setData(model.index(row, col), "62,5")
    item = model.items[row]
    assert item.value == 62.5 and model.index(row, col).data() == "62,5"
    assert next(i for i in lib.get_report(session.report.id).indicators if i.id == item.id).value == 62.5
    assert not model.setData(model.index(row, col), "không phải số")  # bad input is refused, nothing changes
    session.undo_stack.undo()
    assert item.value == 61.2
    assert next(i for i in lib.get_report(session.report.id).indicators if i.id == item.id).value == 61.2
    assert [h.field for h in lib.history(item.id)] == ["value", "value"]


def test_fixing_a_wrong_number_clears_the_finding(session: ReportSession, qtbot) -> None:
    assert [f.kind for f in session.findings] == ["sum_mismatch"]  # 12 + 4 + 3 = 19 ≠ 18
    tally = session.report.tallies[0]
    session.show_parts(tally)
    row = next(k for k, p in enumerate(session.parts.items) if p.count == 3)
    with qtbot.waitSignal(session.findingsChanged) as sig:
        session.parts.setData(session.parts.index(row, 0), "2")
    assert sig.args[0] == [] and session.findings == []
    session.undo_stack.undo()
    assert [f.kind for f in session.findings] == ["sum_mismatch"]


def test_review_progress_next_unverified_and_filter(session: ReportSession) -> None:
    verified, total = session.progress()
    assert verified == 0 and total > 10
    first = session.next_unverified()
    session.set_review([first], ReviewStatus.VERIFIED)
    assert session.progress() == (1, total)
    assert session.next_unverified(first) is not first
    session.undo_stack.undo()
    assert session.progress() == (0, total)


def test_window_review_workflow_with_keyboard(window, qtbot) -> None:
    w = window
    total = w.session.progress()[1]
    qtbot.keyClick(w, Qt.Key.Key_F8)
    current = w.article.current
    assert current is not None and current.review == ReviewStatus.UNCHECKED
    w.mark(ReviewStatus.VERIFIED)  # Ctrl+Enter
    assert current.review == ReviewStatus.VERIFIED
    assert w.progress_label.text() == f"1/{total} đã xác minh"
    w.undo()
    assert current.review == ReviewStatus.UNCHECKED
    w.only_unverified.trigger()
    table = w.form.tables["indicators"]
    assert table.model().rowCount() == len(w.session.models["indicators"].items)


def test_history_of_an_item_shows_who_changed_what(window, qtbot) -> None:
    w = window
    ind = w.session.report.indicators[0]
    w.form.select_item(ind)
    w.mark(ReviewStatus.VERIFIED)
    w.form.select_item(ind)
    qtbot.keyClick(w, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier)
    dialog = w.review.history
    assert dialog.isVisible()
    rows = dialog.rows()
    assert rows[-1][2:] == ["sửa", "Kiểm tra", "chưa kiểm tra", "đã xác minh"]
    dialog.reject()


def test_confirming_a_person_offers_the_same_person_in_other_texts_and_undo_takes_it_back(window) -> None:
    w = window
    rid = next(r.id for r in w.library.list_reports() if r.title.startswith("THÔNG BÁO"))
    w.open_report(rid)
    lan = next(p for p in w.session.report.people if p.name == "Nguyễn Thị Lan")
    w.form.select_item(lan)
    w.mark(ReviewStatus.VERIFIED)
    elsewhere = [i for i in w.review.identical]
    assert elsewhere and w.identical_action.isEnabled()
    others = [r for r in w.library.list_reports() if r.id != rid]

    def status_elsewhere() -> set[ReviewStatus]:
        return {p.review for r in others for p in w.library.get_report(r.id).people if p.name == "Nguyễn Thị Lan"}

    assert status_elsewhere() == {ReviewStatus.UNCHECKED}
    w.identical_action.trigger()
    assert status_elsewhere() == {ReviewStatus.VERIFIED} and not w.identical_action.isEnabled()
    w.undo()
    assert status_elsewhere() == {ReviewStatus.UNCHECKED}
    assert lan.review == ReviewStatus.VERIFIED  # the confirmed one stays


def test_linking_text_and_form(window) -> None:
    w = window
    ind = w.session.report.indicators[0]
    w.form.select_item(ind)
    assert w.form.current_table().selected_items() == [ind]
    pos = w.article.positions.to_doc(ind.span[0]) + 1
    assert w.article.item_at(pos) is ind


def test_create_an_item_from_selected_text_and_undo(window) -> None:
    w = window
    text = w.session.report.text
    phrase = "Phát biểu" if "Phát biểu" in text else text.split("\n")[0][:20]
    start = text.index(phrase)
    cur = QTextCursor(w.article.document())
    cur.setPosition(w.article.positions.to_doc(start))
    cur.setPosition(w.article.positions.to_doc(start + len(phrase)), QTextCursor.MoveMode.KeepAnchor)
    w.article.setTextCursor(cur)
    before = len(w.session.report.tasks)
    w.article._create("tasks")
    assert len(w.session.report.tasks) == before + 1
    new = w.session.report.tasks[-1]
    assert new.span == (start, start + len(phrase)) and new.origin.value == "manual" and new.id is not None
    assert w.library.get_report(w.session.report.id).tasks[-1].text == new.text
    w.undo()
    assert len(w.session.report.tasks) == before
    assert len(w.library.get_report(w.session.report.id).tasks) == before


def test_move_an_item_to_other_words_keeps_its_values_and_undo_moves_it_back(window) -> None:
    w = window
    ind = w.session.report.indicators[0]
    w.form.itemSelected.emit(ind)  # as a click on its row does
    assert w.article.current is ind
    old, label = ind.span, ind.label
    start, end = old[0], old[1] + 3  # the clerk widens the highlight by a few characters
    cur = QTextCursor(w.article.document())
    cur.setPosition(w.article.positions.to_doc(start))
    cur.setPosition(w.article.positions.to_doc(end), QTextCursor.MoveMode.KeepAnchor)
    w.article.setTextCursor(cur)
    w.article.reanchor_action.trigger()
    assert ind.span == (start, end) and ind.label == label
    stored = next(i for i in w.library.get_report(w.session.report.id).indicators if i.id == ind.id)
    assert stored.span == (start, end)
    entry = w.library.history(ind.id)[-1]
    assert (entry.field, entry.old_value, entry.new_value) == ("span", f"{old[0]}–{old[1]}", f"{start}–{end}")
    w.undo()
    assert ind.span == old
    assert next(i for i in w.library.get_report(w.session.report.id).indicators if i.id == ind.id).span == old


def test_paste_creates_a_report(window, qtbot) -> None:
    w = window
    QGuiApplication.clipboard().setText(TEXT.replace("Tân Mỹ", "Tân Lập"))
    n = w.library.count()
    w.paste_new()
    assert w.library.count() == n + 1
    assert "Tân Lập" in w.session.report.title


def test_a_text_with_nothing_to_extract_is_marked_so_and_counts_as_reviewed(window, qtbot) -> None:
    w = window
    assert not w.nothing_action.isEnabled()  # the sample text has items to review
    QGuiApplication.clipboard().setText("Lịch tiếp công dân\n\nLịch tiếp công dân tuần tới vẫn như thường lệ.")
    w.paste_new()
    assert w.session.report.items() == [] and w.nothing_action.isEnabled() and not w.nothing_action.isChecked()
    rid = w.session.report.id
    with qtbot.waitSignal(w.library_panel.loaded, timeout=20000):
        w.library_panel.filter.setCurrentIndex(w.library_panel.filter.findData("open"))
    shown = {w.library_panel.model.item(g).child(k).data(REPORT_ID) for g in range(w.library_panel.model.rowCount())
             for k in range(w.library_panel.model.item(g).rowCount())}
    assert rid in shown  # not looked at yet
    w.nothing_action.trigger()
    assert w.nothing_action.isChecked() and w.library.nothing_to_extract(rid)
    with qtbot.waitSignal(w.library_panel.loaded, timeout=20000):
        w.library_panel.filter.setCurrentIndex(w.library_panel.filter.findData("done"))
    shown = {w.library_panel.model.item(g).child(k).data(REPORT_ID) for g in range(w.library_panel.model.rowCount())
             for k in range(w.library_panel.model.item(g).rowCount())}
    assert rid in shown


def test_batch_import_runs_off_the_ui_thread_and_can_be_cancelled(window, qtbot, tmp_path: Path) -> None:
    w = window
    folder = tmp_path / "lo"
    folder.mkdir()
    for k in range(400):
        (folder / f"bc{k}.txt").write_text(TEXT.replace("18 chỉ tiêu", f"{k + 20} chỉ tiêu") * 4, encoding="utf-8")
    before = w.library.count()
    w.import_paths([str(folder)])
    assert w.importing
    gaps = []
    last = time.perf_counter()
    deadline = last + 0.4
    while time.perf_counter() < deadline or w.library.count() == before:  # the event loop keeps turning while
        qtbot.wait(10)                                                       # files are imported (≥ 1 stored)
        now = time.perf_counter()
        gaps.append(now - last)
        last = now
        assert now < deadline + 20, "nothing imported in 20 s"
    w.imports.dialog.canceled.emit()  # what the "Dừng" button does
    qtbot.waitUntil(lambda: not w.importing, timeout=20000)
    imported = w.library.count() - before
    assert 0 < imported < 400
    assert max(gaps) < 0.5


def test_text_positions_map_crlf_and_astral_characters() -> None:
    raw = "a\r\nb😀c\r\nđ"
    tp = TextPositions(raw)
    assert tp.display == "a\nb😀c\nđ"
    for i, ch in enumerate(raw):
        if ch in "\r\n":
            continue
        assert tp.to_raw(tp.to_doc(i)) == i
    assert tp.to_doc(raw.index("c")) == 5  # a, \n, b, two UTF-16 units for the emoji
    assert tp.to_doc(raw.index("đ")) == 7


def test_item_role_gives_the_domain_item(session: ReportSession) -> None:
    model = session.models["tasks"]
    assert model.index(0, 0).data(ITEM_ROLE) is session.report.tasks[0]


def test_installed_qt_binding_keeps_reference_counts(qapp) -> None:
    """PySide6 6.12.0 decremented None on every processEvents(); Python 3.11 aborts after enough calls."""
    import sys

    before = sys.getrefcount(None)
    for _ in range(500):
        qapp.processEvents()
    assert sys.getrefcount(None) >= before - 50


def test_export_from_the_window_runs_off_the_ui_thread(window, qtbot, tmp_path: Path, monkeypatch) -> None:
    from docx import Document

    from desktop.export.organisation import save_organisation
    from desktop.export.profiles import Organisation
    from desktop.ui.export_dialog import ExportDialog

    monkeypatch.setenv("REPORTDESK_HOME", str(tmp_path / "home"))  # an office entered before: no question asked
    save_organisation("party", Organisation(name="ĐẢNG ỦY XÃ NẬM CHÀ", place="Nậm Chà", code="ĐU",
                                            authority="BAN THƯỜNG VỤ", signer_position="BÍ THƯ"))
    dialog = ExportDialog(window)
    qtbot.addWidget(dialog)
    dialog.kind.setCurrentIndex(0)
    dialog.profile.setCurrentIndex(dialog.profile.findData("party"))  # (the office saved above)
    target = tmp_path / "tom-tat.docx"
    dialog.path.setText(str(target))
    with qtbot.waitSignal(dialog.accepted, timeout=20000):
        dialog.start()
    assert target.exists()
    assert any(p.text == "BÁO CÁO" for p in Document(target).paragraphs)


def test_a_unit_written_in_capitals_and_in_running_text_is_one_group(window, qtbot) -> None:
    """A header writes the unit in capitals, a news page in running text: the library shows one group, named as
    running text writes it."""
    w = window
    for k, (unit, title) in enumerate([("HUYỆN ỦY HÒA LÂM", "Thông báo kết luận"), ("Huyện ủy Hòa Lâm", "Tin hội nghị")]):
        report = extract_text(f"{title}\n\nSáng {k + 3}/4, hội nghị thông qua 2 nghị quyết.", name=f"hl{k}.txt")
        report.unit = unit
        w.library.add_report(report)
    with qtbot.waitSignal(w.library_panel.loaded, timeout=20000):
        w.library_panel.reload()
    model = w.library_panel.model
    names = [model.item(g).text() for g in range(model.rowCount())]
    assert [n for n in names if n.casefold() == "huyện ủy hòa lâm"] == ["Huyện ủy Hòa Lâm"]
    group = next(model.item(g) for g in range(model.rowCount()) if model.item(g).text() == "Huyện ủy Hòa Lâm")
    assert group.rowCount() == 2
