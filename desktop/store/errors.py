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


def describe_error(exc: BaseException, where: str = "") -> StoreError:
    """A Vietnamese message for a database failure."""
    msg = str(getattr(exc, "orig", exc) or exc).lower()
    place = f" ({where})" if where else ""
    if "database is locked" in msg or "database table is locked" in msg:
        return StoreError("Cơ sở dữ liệu đang bị một chương trình khác khóa" + place +
                          ". Hãy đóng các cửa sổ ReportDesk khác rồi thử lại; dữ liệu không bị thay đổi.")
    if "file is not a database" in msg or "malformed" in msg or "corrupt" in msg:
        return StoreError("Tệp cơ sở dữ liệu bị hỏng" + place + ". Tệp được giữ nguyên; hãy khôi phục từ bản sao "
                          "lưu (thư mục backups) hoặc mở một tệp khác.")
    if "disk is full" in msg or "database or disk is full" in msg or "no space" in msg:
        return StoreError("Ổ đĩa đã đầy, không lưu được" + place + ". Lần lưu này không được ghi; dữ liệu cũ vẫn "
                          "nguyên vẹn. Hãy giải phóng dung lượng rồi lưu lại.")
    if "readonly" in msg or "read-only" in msg or "permission" in msg or "unable to open" in msg:
        return StoreError("Không có quyền ghi vào thư mục hoặc tệp cơ sở dữ liệu" + place +
                          ". Hãy chọn thư mục khác hoặc nhờ quản trị cấp quyền ghi.")
    if "could not connect" in msg or "connection refused" in msg or "password authentication" in msg:
        return StoreError("Không kết nối được máy chủ cơ sở dữ liệu dùng chung" + place +
                          ". Kiểm tra địa chỉ, tài khoản và mạng nội bộ.")
    return StoreError(f"Lỗi cơ sở dữ liệu{place}: {getattr(exc, 'orig', exc)}")


class DetailsConflict(StoreError):
    """Someone else saved the report's details (or another change to the report) since it was opened; nothing
    was overwritten. ``version`` is the report's version now."""

    def __init__(self, version: int) -> None:
        self.version = version
        super().__init__("Thông tin chung của văn bản này vừa được người khác sửa và lưu trước bạn. Thay đổi của "
                         "bạn chưa được lưu và không mất: đã hiện giá trị mới, hãy sửa lại nếu vẫn cần.")
