"""Errors of the store, each with a sentence a clerk can act on."""

from __future__ import annotations


class StoreError(Exception):
    """The database cannot do what was asked; ``str(err)`` is Vietnamese and says what to do."""


class ConflictError(StoreError):
    """Someone else saved the same item first. Nothing was overwritten; ``current`` has their values."""

    def __init__(self, item_id: int, current: dict[str, object], mine: dict[str, object]) -> None:
        self.item_id = item_id
        self.current = current
        self.mine = mine
        super().__init__(
            "Mục này vừa được người khác sửa và lưu trước bạn. Thay đổi của bạn chưa bị mất: "
            "hãy xem giá trị mới, rồi lưu lại nếu vẫn muốn sửa."
        )
