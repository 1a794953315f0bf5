"""Undo on a shared library (issue 18, point 3): two clerks, two sessions on one library (one SQLite file, or
one PostgreSQL database when ``REPORTDESK_TEST_PG`` is set). A change the library refuses because the other
clerk saved the item first leaves the refusing clerk's undo stack as it was (its steps, its redo), and an
undo never creates what was not deleted nor writes over the other clerk's values."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

pytest.importorskip("PySide6")
pytest.importorskip("pytestqt")

from desktop.core.extract import extract_text
from desktop.core.model import Indicator, Item, ReviewStatus
from desktop.store.convert import search_text
from desktop.store.db import Database, open_database
from desktop.store.library import Library
from desktop.ui.delete_key import delete_items
from desktop.ui.session import ReportSession
from tests.conftest import empty_library_url

TEXT = ("Thường trực Huyện ủy làm việc với Đảng ủy xã Tân Mỹ\n\nSáng 12/5, đồng chí Nguyễn Thị Lan, Bí thư Huyện ủy chủ "
        "trì buổi làm việc. Trong 18 chỉ tiêu, có 12 chỉ tiêu đạt, 4 chỉ tiêu đạt trên 80%, 3 chỉ tiêu chưa đạt. "
        "Tỷ lệ che phủ rừng đạt 61,2%. Tỷ lệ hộ nghèo giảm còn 3,5%. Có 9/11 thôn đạt chuẩn, đạt 81,8%.\n\n"
        "Đồng chí Bí thư yêu cầu Đảng ủy xã tập trung chỉ đạo nhiệm vụ phát triển đảng viên; đẩy nhanh xây dựng "
        "trường học.")
CONFLICT = "người khác"  # the store's Vietnamese sentence: "Mục này vừa được người khác sửa và lưu trước bạn…"


class Clerk:
    """One clerk's window on the shared library: a session of their own, and the messages it showed."""

    def __init__(self, db: Database, rid: int) -> None:
        self.lib = Library(db)
        self.session = ReportSession(self.lib.get_report(rid), self.lib)
        self.messages: list[str] = []
        self.session.saveFailed.connect(self.messages.append)

    def indicator(self, value: float) -> Indicator:
        return next(i for i in self.session.report.indicators if i.value == value)

    def stack(self) -> tuple[int, int, bool, bool]:
        s = self.session.undo_stack
        return s.count(), s.index(), s.canUndo(), s.canRedo()


@pytest.fixture(params=["sqlite", "postgresql"])
def clerks(request, tmp_path: Path, qtbot) -> Iterator[tuple[Clerk, Clerk]]:
    url = empty_library_url(request.param, tmp_path, "shared.sqlite3")
    db_a = open_database(url)
    db_b = open_database(url)  # the other clerk: another connection, as from another computer
    rid, _ = Library(db_a).add_report(extract_text(TEXT, name="tan-my.txt"))
    a, b = Clerk(db_a, rid), Clerk(db_b, rid)
    yield a, b
    a.session.close()
    b.session.close()
    db_a.close()
    db_b.close()


def stored(clerk: Clerk) -> list[tuple[int | None, str, object]]:
    """What the library holds for the report, read afresh: (id, type, value or text) per item."""
    r = clerk.lib.get_report(clerk.session.report.id)
    return sorted((i.id, type(i).__name__, str(getattr(i, "value", None) or search_text(i))) for i in r.items())


def test_a_refused_delete_leaves_the_stack_and_undo_creates_nothing(clerks: tuple[Clerk, Clerk]) -> None:
    a, b = clerks
    a.session.edit(a.indicator(3.5), "value", 3.4)  # one step of A's own
    a.session.undo_stack.undo()  # … undone: A can redo it
    a.session.edit(a.indicator(81.8), "value", 81.9)  # and another, kept
    before = a.stack()
    assert before == (1, 1, True, False)
    a.session.undo_stack.undo()
    before = a.stack()
    assert before == (1, 0, False, True)

    b.session.edit(b.indicator(61.2), "value", 62.0)  # B edits the forest cover; A has not seen it
    items = stored(a)
    forest = a.indicator(61.2)
    a.session.remove("indicators", forest)

    assert a.messages and CONFLICT in a.messages[-1]  # refused, said in Vietnamese
    assert a.stack() == before  # no step added, A's redo kept
    assert stored(a) == items  # nothing deleted
    assert forest in a.session.models["indicators"].items and forest.value == 62.0  # A now sees B's value
    assert a.session.report.indicators.count(forest) == 1

    a.session.undo_stack.redo()  # A's own step comes back …
    a.session.undo_stack.undo()  # … and goes again; nothing else happens
    assert stored(a) == items
    ids = [i.id for i in a.session.report.indicators]
    assert len(ids) == len(set(ids))  # no item twice


def test_undo_after_a_refused_delete_never_stores_a_duplicate(clerks: tuple[Clerk, Clerk]) -> None:
    a, b = clerks
    b.session.edit(b.indicator(61.2), "value", 62.0)
    items = stored(a)
    a.session.remove("indicators", a.indicator(61.2))
    assert a.messages and CONFLICT in a.messages[-1]
    a.session.undo_stack.undo()
    assert stored(a) == items  # the item once, with B's value
    assert sum(1 for i in a.session.report.indicators if i.value == 62.0) == 1
    assert a.stack() == (0, 0, False, False)


def test_a_refused_edit_stays_off_the_stack_and_undo_never_overwrites_the_other_clerk(
        clerks: tuple[Clerk, Clerk]) -> None:
    a, b = clerks
    a.session.edit(a.indicator(3.5), "value", 3.4)  # A's own step, kept
    b.session.edit(b.indicator(61.2), "value", 62.0)
    a.session.edit(a.indicator(61.2), "value", 65.0)  # A (stale) edits the same item
    assert a.messages and CONFLICT in a.messages[-1] and "65" in a.messages[-1]  # A's value kept in the message
    assert a.stack() == (1, 1, True, False)
    assert a.session.undo_stack.undoText() != ""  # (the step on top is A's first edit)
    a.session.undo_stack.undo()  # undoes A's own edit only
    values = [v for _, t, v in stored(a) if t == "Indicator"]
    assert "62.0" in values and "61.2" not in values and "3.5" in values


def test_a_batch_delete_with_one_item_refused_deletes_nothing(clerks: tuple[Clerk, Clerk]) -> None:
    """All or nothing: one item of the selection changed by the other clerk, none is deleted."""
    a, b = clerks
    b.session.edit(b.indicator(61.2), "value", 62.0)
    items = stored(a)
    chosen: list[Item] = [a.indicator(3.5), a.indicator(61.2), a.indicator(81.8)]
    delete_items(a.session, chosen)
    assert a.messages and CONFLICT in a.messages[-1]
    assert a.stack() == (0, 0, False, False)
    assert stored(a) == items
    assert all(i in a.session.models["indicators"].items for i in chosen)
    a.session.undo_stack.undo()
    assert stored(a) == items


def test_a_batch_delete_saved_is_one_step_and_undo_gives_back_exactly_those(clerks: tuple[Clerk, Clerk]) -> None:
    a, _b = clerks
    items = stored(a)
    chosen: list[Item] = [a.indicator(3.5), a.indicator(81.8)]
    delete_items(a.session, chosen)
    assert a.stack() == (1, 1, True, False)
    assert len(stored(a)) == len(items) - 2
    a.session.undo_stack.undo()
    assert sorted((t, v) for _, t, v in stored(a)) == sorted((t, v) for _, t, v in items)
    a.session.undo_stack.redo()
    assert len(stored(a)) == len(items) - 2


def test_an_add_refused_leaves_the_stack(clerks: tuple[Clerk, Clerk]) -> None:
    a, b = clerks
    a.session.edit(a.indicator(3.5), "value", 3.4)
    a.session.undo_stack.undo()
    b.lib.delete_report(b.session.report.id)  # B deletes the whole report meanwhile
    a.session.add("indicators", Indicator(label="Chỉ tiêu mới", value=1.0, unit="%"))
    assert a.messages
    assert a.stack() == (1, 0, False, True)


def test_a_batch_review_refused_for_one_item_marks_the_others_and_undo_gives_back_only_those(
        clerks: tuple[Clerk, Clerk]) -> None:
    """Marking several items: the ones the other clerk changed are left as they saved them (said), the others
    are marked, as one step; undoing it never touches the refused item."""
    a, b = clerks
    b.session.edit(b.indicator(61.2), "value", 62.0)
    forest, poor = a.indicator(61.2), a.indicator(3.5)
    a.session.set_review([forest, poor], ReviewStatus.VERIFIED)
    assert a.messages and CONFLICT in a.messages[-1]
    assert a.stack() == (1, 1, True, False)
    fresh = {i.id: i for i in a.lib.get_report(a.session.report.id).items()}
    assert fresh[poor.id].review == ReviewStatus.VERIFIED and fresh[forest.id].review == ReviewStatus.UNCHECKED
    assert fresh[forest.id].value == 62.0
    b.session.set_review([b.indicator(62.0)], ReviewStatus.REJECTED)  # B goes on with the refused item
    a.session.undo_stack.undo()
    fresh = {i.id: i for i in a.lib.get_report(a.session.report.id).items()}
    assert fresh[poor.id].review == ReviewStatus.UNCHECKED and fresh[forest.id].review == ReviewStatus.REJECTED


def test_an_undo_refused_drops_its_step_and_redo_never_overwrites_the_other_clerk(
        clerks: tuple[Clerk, Clerk]) -> None:
    a, b = clerks
    a.session.edit(a.indicator(61.2), "value", 62.0)  # saved
    b = Clerk(b.lib.db, a.session.report.id)  # B opens the report afterwards …
    b.session.edit(b.indicator(62.0), "value", 63.0)  # … and edits the same item
    a.session.undo_stack.undo()  # A's undo would write 61.2 over B's 63: refused
    assert a.messages and CONFLICT in a.messages[-1]
    assert a.stack() == (0, 0, False, False)  # the step is gone: nothing to redo over B's value either
    values = [v for _, t, v in stored(a) if t == "Indicator"]
    assert "63.0" in values and "61.2" not in values and "62.0" not in values


def test_an_item_the_other_clerk_deleted_is_not_deleted_again_nor_brought_back(clerks: tuple[Clerk, Clerk]) -> None:
    a, b = clerks
    b.session.remove("indicators", b.indicator(61.2))  # B deletes it first
    items = stored(a)
    a.session.remove("indicators", a.indicator(61.2))
    assert a.messages and "không còn" in a.messages[-1]
    assert a.stack() == (0, 0, False, False)
    a.session.undo_stack.undo()
    assert stored(a) == items  # A's undo never brings back what B deleted
