"""The issuing organisation of exports, one for Party documents and one for State documents (issue 16,
point 4). Asked for on the first Word export that needs it and editable in Settings; saved at once.
Nothing is prefilled but what the clerk entered before: exports never invent an organisation."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from desktop.export.organisation import (
    PREFIXES,
    conflicts,
    missing_fields,
    save_organisation,
    saved_organisation,
)
from desktop.export.profiles import Organisation
from desktop.ui.button_row import button_row

# the line edits; hints show the form of an entry, never a unit's name
TEXT_FIELDS = ("name", "parent", "place", "code", "signer_position", "signer_name", "collective_name", "archive")


class OrganisationDialog(QDialog):
    def __init__(self, profile: str, org: Organisation | None = None, parent: QWidget | None = None,
                 first_export: bool = False) -> None:
        super().__init__(parent)
        self.profile = profile
        party = profile == "party"
        self.setWindowTitle(self.tr("Cơ quan ban hành — thể thức Đảng") if party
                            else self.tr("Cơ quan ban hành — thể thức Nhà nước"))
        org = org or Organisation()
        self.edits: dict[str, QLineEdit] = {a: QLineEdit(str(getattr(org, a))) for a in TEXT_FIELDS}
        self.authority = QLineEdit(org.authority)
        self.prefix = QComboBox()
        for p in PREFIXES[profile]:
            self.prefix.addItem(p, p)
        self.prefix.setCurrentIndex(max(0, self.prefix.findData(org.authority_prefix)))
        self.recipients = QPlainTextEdit("\n".join(org.recipients))
        self.recipients.setFixedHeight(80)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020")
        self._hints(party)
        self._layout(party, first_export)
        self.setMinimumWidth(560)

    def _hints(self, party: bool) -> None:
        hints = {"name": self.tr("CHỮ IN HOA, ví dụ HUYỆN ỦY …") if party
                 else self.tr("CHỮ IN HOA, ví dụ ỦY BAN NHÂN DÂN XÃ …"),
                 "parent": self.tr("ĐẢNG BỘ TỈNH … (để trống nếu không có)") if party
                 else self.tr("để trống nếu không có"),
                 "code": "HU, TU, ĐU…" if party else "UBND…",
                 "signer_position": self.tr("BÍ THƯ, PHÓ BÍ THƯ…") if party else self.tr("CHỦ TỊCH, PHÓ CHỦ TỊCH…"),
                 "collective_name": self.tr("Ban Thường vụ Huyện ủy…") if party else self.tr("Ủy ban nhân dân xã…"),
                 "archive": self.tr("Lưu Văn phòng …") if party else "Lưu: VT, …"}
        for attr, hint in hints.items():
            self.edits[attr].setPlaceholderText(hint)
        self.authority.setPlaceholderText(self.tr("BAN THƯỜNG VỤ…") if party else self.tr("ỦY BAN NHÂN DÂN…"))
        self.recipients.setPlaceholderText(self.tr("Mỗi nơi nhận một dòng"))

    def _layout(self, party: bool, first_export: bool) -> None:
        form = QFormLayout(self)
        if first_export:
            intro = QLabel(self.tr("Văn bản xuất cần tên cơ quan ban hành và người ký của đơn vị bạn; ứng dụng "
                                   "không dùng tên cơ quan mẫu. Thông tin được lưu trong Thiết lập cho các lần "
                                   "xuất sau."))
            intro.setWordWrap(True)
            form.addRow(intro)
        e = self.edits
        form.addRow(self.tr("Tên cơ quan ban hành *"), e["name"])
        form.addRow(self.tr("Cơ quan cấp trên trực tiếp"), e["parent"])
        form.addRow(self.tr("Địa danh *"), e["place"])
        form.addRow(self.tr("Ký hiệu của cơ quan *"), e["code"])
        row = QHBoxLayout()
        row.addWidget(self.prefix)
        row.addWidget(self.authority, 1)
        form.addRow(self.tr("Thẩm quyền ký *"), row)
        form.addRow(self.tr("Chức vụ người ký *"), e["signer_position"])
        form.addRow(self.tr("Họ tên người ký"), e["signer_name"])
        form.addRow(self.tr("Tên gọi trong nội dung"), e["collective_name"])
        form.addRow(self.tr("Nơi nhận"), self.recipients)
        form.addRow(self.tr("Dòng lưu"), e["archive"])
        form.addRow(self.error)
        accept = self.tr("Lưu") if not first_export else self.tr("Lưu và xuất")
        form.addRow(button_row(self, accept, self.tr("Hủy"))[0])

    def organisation(self) -> Organisation:
        org = Organisation()
        for attr in TEXT_FIELDS:
            setattr(org, attr, self.edits[attr].text().strip())
        org.authority = self.authority.text().strip()
        org.authority_prefix = str(self.prefix.currentData() or "")
        org.recipients = [x.strip() for x in self.recipients.toPlainText().splitlines() if x.strip()]
        return org

    def accept(self) -> None:
        """Saved only when complete and of the right kind; otherwise the dialog says what is wrong."""
        org = self.organisation()
        labels = {"name": self.tr("tên cơ quan ban hành"), "place": self.tr("địa danh"),
                  "code": self.tr("ký hiệu của cơ quan"), "authority": self.tr("thẩm quyền ký"),
                  "signer_position": self.tr("chức vụ người ký")}
        missing = missing_fields(org)
        if missing:
            self.error.setText(self.tr("Cần nhập: {0}.").format(", ".join(labels[a] for a in missing)))
            return
        wrong = conflicts(org, self.profile)
        if wrong:
            self.error.setText("; ".join(wrong) + ".")
            return
        save_organisation(self.profile, org)
        super().accept()


def usable(org: Organisation | None, profile: str) -> bool:
    return org is not None and not missing_fields(org) and not conflicts(org, profile)


def ask_organisation(parent: QWidget | None, profile: str) -> Organisation | None:
    """The saved organisation for ``profile``; if there is none usable, the clerk is asked for it (and it is
    saved). None when the clerk cancels."""
    org = saved_organisation(profile)
    if usable(org, profile):
        return org
    dialog = OrganisationDialog(profile, org, parent, first_export=True)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.organisation()


def organisation_button(parent: QWidget, profile: str) -> QPushButton:
    """A Settings button showing the saved organisation of ``profile``; a click edits it."""
    button = QPushButton()

    def show() -> None:
        org = saved_organisation(profile)
        button.setText(org.name if org is not None and org.name else
                       QCoreApplication.translate("OrganisationDialog", "Chưa nhập — bấm để nhập…"))

    def edit() -> None:
        if OrganisationDialog(profile, saved_organisation(profile), parent).exec() == QDialog.DialogCode.Accepted:
            show()

    button.clicked.connect(edit)
    show()
    return button
