"""An invented follow-up register (fictional units of an invented district), for the register's export tests."""

from __future__ import annotations

from datetime import date

from desktop.core.register import RegisterEntry, TaskStatus

TODAY = date(2026, 6, 30)
LATER = date(2026, 8, 20)  # every open task with a deadline before it is overdue then
NOTICE = {"source_title": "Thông báo kết luận của Ban Thường vụ Huyện ủy Tân Lập về phát triển kinh tế nông thôn",
          "source_number": "27-TB/HU", "source_date": date(2026, 3, 5)}
PLAN = {"source_title": "Kế hoạch chuyển đổi số năm 2026 của xã Tân Mỹ", "source_date": date(2026, 1, 12)}


def register_entries() -> list[RegisterEntry]:
    """Every category at TODAY: 2 overdue for one owner, 1 for another, 1 overdue without an owner."""
    return [
        RegisterEntry(id=1, text="rà soát, bổ sung quy hoạch vùng trồng chè", owner="Phòng Nông nghiệp Tân Lập",
                      partners=["UBND các xã"], deadline="trước ngày 30/4", due=date(2026, 4, 30), **NOTICE),
        RegisterEntry(id=2, text="số hóa hồ sơ địa chính", owner="Phòng Tài nguyên Tân Lập",
                      deadline="trong quý II/2026", due=date(2026, 6, 30), status=TaskStatus.DOING,
                      note="Đã số hóa 70% hồ sơ", **NOTICE),
        RegisterEntry(id=3, text="tổ chức hội nghị xúc tiến đầu tư", owner="Văn phòng UBND Tân Lập",
                      deadline="trong tháng 5/2026", due=date(2026, 5, 31), status=TaskStatus.DONE,
                      done_on=date(2026, 5, 20), product="Báo cáo kết quả hội nghị", **NOTICE),
        RegisterEntry(id=4, text="xây dựng đề án du lịch cộng đồng", owner="Phòng Văn hóa Tân Lập",
                      deadline="trước ngày 15/3", due=date(2026, 3, 15), status=TaskStatus.DONE,
                      done_on=date(2026, 4, 2), **NOTICE),
        RegisterEntry(id=5, text="kiểm tra việc quản lý quỹ đất công", owner="Phòng Nông nghiệp Tân Lập",
                      deadline="trong tháng 6/2026", due=date(2026, 6, 15), **NOTICE),
        RegisterEntry(id=6, text="triển khai dịch vụ công trực tuyến toàn trình", owner="Văn phòng UBND Tân Lập",
                      deadline="trước ngày 5/7/2026", due=date(2026, 7, 5), **PLAN),
        RegisterEntry(id=7, text="cập nhật dữ liệu dân cư", owner="Công an xã Tân Mỹ", deadline="thường xuyên",
                      recurring=True, **PLAN),
        RegisterEntry(id=8, text="bồi dưỡng kỹ năng số cho cán bộ", owner="Trung tâm Chính trị Tân Lập",
                      deadline="trong năm 2026", due=date(2026, 12, 31), **PLAN),
        RegisterEntry(id=9, text="đánh giá tình hình thực hiện kế hoạch", owner="Văn phòng UBND Tân Lập", **PLAN),
        RegisterEntry(id=10, text="sửa chữa nhà văn hóa thôn Khe Mát", owner="Ban Quản lý dự án Tân Lập",
                      deadline="trước ngày 10/6/2026", due=date(2026, 6, 10), status=TaskStatus.DOING, **PLAN),
        RegisterEntry(id=11, text="lắp đặt camera an ninh tại chợ Tân Mỹ", deadline="trong tháng 5/2026",
                      due=date(2026, 5, 31), note="Chưa rõ đơn vị thực hiện"),
        RegisterEntry(id=12, text="trồng cây phân tán dọc tỉnh lộ", owner="Phòng Nông nghiệp Tân Lập",
                      deadline="trong tháng 7/2026", due=date(2026, 7, 31), **PLAN),
    ]
