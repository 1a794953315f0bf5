"""The one background-work helper (issue 18, item 4): the task runs in another thread, its progress and its result
come back on the UI thread in order, a failure reads in Vietnamese, a cancel reaches the task, a forgotten job
delivers nothing."""

from __future__ import annotations

import threading

import pytest

pytest.importorskip("PySide6")
pytest.importorskip("pytestqt")

from desktop.store.errors import StoreError
from desktop.ui import background
from desktop.ui.background import Job, run_in_background


def test_the_task_runs_off_the_ui_thread_and_everything_it_sends_arrives_on_it_in_order(qtbot) -> None:
    ui = threading.get_ident()
    seen: list[tuple[str, object, bool]] = []

    def task(job: Job) -> int:
        assert threading.get_ident() != ui
        for k in range(5):
            job.progress(k)
        return 42

    run_in_background(task, lambda r: seen.append(("done", r, threading.get_ident() == ui)),
                      on_progress=lambda k: seen.append(("step", k, threading.get_ident() == ui)))
    qtbot.waitUntil(lambda: any(s[0] == "done" for s in seen), timeout=5000)
    assert seen == [("step", k, True) for k in range(5)] + [("done", 42, True)]


@pytest.mark.parametrize(("error", "expected"), [
    (StoreError("Thư viện đang bị khóa."), "Thư viện đang bị khóa."),  # the store's own words
    (PermissionError(13, "Permission denied"), "không có quyền đọc hoặc ghi tệp"),
])
def test_a_failure_reaches_the_ui_thread_as_a_vietnamese_sentence(qtbot, error: Exception, expected: str) -> None:
    messages: list[str] = []

    def task(_job: Job) -> None:
        raise error

    run_in_background(task, lambda _r: messages.append("done?!"), on_failed=messages.append)
    qtbot.waitUntil(lambda: bool(messages), timeout=5000)
    assert messages == [expected]
    assert "Error" not in messages[0]


def test_without_a_failure_handler_the_message_is_shown_to_the_clerk(qtbot, monkeypatch) -> None:
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr("desktop.ui.dialogs.warn", lambda _parent, title, text: shown.append((title, text)))

    def task(_job: Job) -> None:
        raise OSError(28, "No space left on device")

    run_in_background(task, title="Không lưu được")
    qtbot.waitUntil(lambda: bool(shown), timeout=5000)
    assert shown == [("Không lưu được", "đĩa đã đầy, không ghi được")]


def test_a_cancel_reaches_the_task_and_a_forgotten_job_delivers_nothing(qtbot) -> None:
    started, release = threading.Event(), threading.Event()
    results: list[object] = []

    def task(job: Job) -> str:
        started.set()
        release.wait(5)
        job.progress("late")
        return "cancelled" if job.cancelled else "ran on"

    job = run_in_background(task, results.append, on_progress=results.append)
    assert started.wait(5)
    job.cancel()
    release.set()
    qtbot.waitUntil(lambda: "cancelled" in results or "ran on" in results, timeout=5000)
    assert results == ["late", "cancelled"]

    started.clear()
    release.clear()
    gone: list[object] = []
    job = run_in_background(task, gone.append, on_progress=gone.append, on_failed=gone.append)
    assert started.wait(5)
    job.forget()
    release.set()
    assert job.wait(5)
    qtbot.wait(50)  # (anything queued would have arrived)
    assert gone == [] and not job.running


def test_one_pool_serves_the_whole_app(qtbot) -> None:
    """Imports, exports, backups and loads share one small pool (not a thread per call)."""
    names: list[str] = []
    for _ in range(6):
        run_in_background(lambda _j: threading.current_thread().name, names.append)
    qtbot.waitUntil(lambda: len(names) == 6, timeout=5000)
    assert all(n.startswith("reportdesk-bg") for n in names)
    assert len(set(names)) <= background.WORKERS


def test_nothing_is_delivered_to_an_owner_that_was_destroyed(qtbot) -> None:
    """A window closed while its list was loading: the answer must not reach its deleted widgets."""
    from PySide6.QtWidgets import QWidget

    owner = QWidget()
    release = threading.Event()
    got: list[object] = []
    job = run_in_background(lambda _j: release.wait(5), got.append, on_failed=got.append, parent=owner)
    owner.deleteLater()
    qtbot.waitUntil(lambda: not job.wanted, timeout=5000)  # (deleted on this turn of the event loop)
    release.set()
    assert job.wait(5)
    qtbot.wait(50)
    assert got == []


def test_cyclic_garbage_is_collected_on_the_ui_thread_only(qtbot) -> None:
    """A collection started in a worker thread may free a Qt object there and crash the process (seen: a
    segfault while a background job read the register): collection runs on the UI thread's timer."""
    import gc

    run_in_background(lambda _j: None)
    assert not gc.isenabled()
    for _ in range(gc.get_threshold()[0] * 2):
        a: list = []
        a.append(a)  # (a cycle only the collector frees)
    assert gc.get_count()[0] > gc.get_threshold()[0]
    qtbot.waitUntil(lambda: gc.get_count()[0] <= gc.get_threshold()[0], timeout=3000)  # the timer collected
