"""Word lists of the genre: surnames, position titles, verbs, units and plan nouns.

Kept in one place so that extending the extractor to a new phrasing is a data change.
"""

from __future__ import annotations

import re

from desktop.core.rx import alternation, trie

# Letter classes by case, to write inside [...]: every capital (or small) letter of Vietnamese, with its tone
# marks (Ă Â Đ Ê Ô Ơ Ư, Ấ, Ự, …). A range such as "À-Ỹ" or "à-ỹ" holds both cases, for upper and lower case
# alternate in U+00C0–U+1EF9 (Ạ ạ Ả ả …); these lists take each letter by its case instead.
UPPER_LETTERS = "A-Z" + "".join(c for c in map(chr, range(0xC0, 0x1EFA)) if c.isupper())
LOWER_LETTERS = "a-z" + "".join(c for c in map(chr, range(0xC0, 0x1EFA)) if c.islower())

_SURNAMES_TEXT = """
Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ Hồ Ngô Dương Lý Lí Tô Trịnh Đinh Lò Lường Vi
Nông Hà Giàng Sùng Mùa Thào Vàng Lầu Cầm Quàng Tòng Lục Hứa Mai Đào Cao Lâm Lưu Chu Tạ Đàm Đoàn Kiều
Khổng Thái Triệu Mạc Tăng Lương Bế Tống Quách Từ Nghiêm La Ma Ninh Thân Phùng Âu Khúc Lã Kim Doãn
Lại Vương Trương Hầu Mã Sầm Phí Thạch Danh Tráng Chảo Tẩn Vừ Hờ Lỳ Sần Cứ Vì Điêu Lữ Khuất Giáp Bạch
Diệp Trình Lạc Ứng Thiều Quan Châu Tôn Hàn Mẫn Nhữ Kha Bàn Đèo Y Ksor Rơ Siu Nay Rmah Đồng Khà
Pờ Vy Bàng Hán Mông Quản Văn Cù Khương Bạc Nùng Sìn Sì Ly Hạng Chìu Chang Thèn Mè Lộc Mạ Bành Cấn
Ong Tiêu Uông Vòng Phàn Lồ Chẻo Lìu Sình Lù Cư
"""
SURNAMES = frozenset(_SURNAMES_TEXT.split())

TITLE_WORDS = [
    "Ủy viên", "Uỷ viên", "Bí thư", "Chủ tịch", "Trưởng", "Giám đốc", "Chánh", "Chủ nhiệm",
    "Tổng Biên tập", "Tổng biên tập", "Bộ trưởng", "Thứ trưởng", "Tỉnh ủy viên", "Tỉnh uỷ viên",
    "Huyện ủy viên", "Huyện uỷ viên", "Thành ủy viên", "Thành uỷ viên", "Thị ủy viên", "Thị uỷ viên",
    "Đảng ủy viên", "Đảng uỷ viên", "Tổng Bí thư", "Thủ tướng", "Viện trưởng", "Chánh án",
    "Hiệu trưởng", "Tổng Giám đốc", "Chỉ huy trưởng", "Chính ủy", "Chính uỷ", "Tư lệnh", "Đại tá",
    "Thượng tá", "Trung tá", "Thiếu tá", "Thiếu tướng", "Trung tướng", "Thượng tướng", "Đại tướng",
    "Đại biểu Quốc hội", "Trưởng phòng", "Trưởng ban", "Tổng Thư ký", "Thư ký", "Người phát ngôn",
    "Chủ tịch nước", "Trưởng đoàn", "Trưởng Đoàn", "Kiểm sát viên", "Chuyên viên", "Bí thư Chi bộ",
    "Cục trưởng", "Tổng cục trưởng", "Vụ trưởng", "Chi cục trưởng", "Trưởng Công an", "Hạt trưởng",
    "Đồn trưởng", "Trạm trưởng", "Thủ trưởng", "Tổ trưởng", "Trưởng thôn", "Trưởng bản", "Bản trưởng",
    "UVTV", "UVBTV", "UVBCH", "UVTW", "UVTƯ", "HUV", "TUV", "ĐUV", "PBT", "PCT", "TBT", "GĐ", "PGĐ",
]
_TITLE_CORE = alternation(TITLE_WORDS)
TITLE = rf"(?:(?:Nguyên|nguyên|Quyền|quyền) )?(?:(?:Phó|phó) )?(?:{_TITLE_CORE})"
TITLE_START_RE = re.compile(rf"^(?:đồng chí |Đồng chí )?{TITLE}(?![\w])")
TITLE_ANY_RE = re.compile(rf"(?<![\w]){TITLE}(?![\w])")

# Where a position phrase stops: the verb (or preposition) after it.
POSITION_STOP_WORDS = [
    "chủ trì", "phát biểu", "dự", "trình bày", "báo cáo", "giải trình", "trao", "tặng", "khẳng định",
    "tham gia", "giữ chức", "làm rõ", "nhấn mạnh", "yêu cầu", "đề nghị", "cho biết", "chỉ đạo",
    "khai mạc", "bế mạc", "kết luận", "điều hành", "đã", "sẽ", "đang", "cùng", "và các", "và đại diện",
    "đến", "tới", "thăm", "tại", "về", "cho", "được", "nêu", "thay mặt", "chúc", "gặp", "tiếp",
    "ghi nhận", "biểu dương", "đánh giá", "quán triệt", "phát động", "ký", "trả lời", "lắng nghe",
    "đồng chủ trì", "làm việc", "khảo sát", "chia sẻ", "trò chuyện", "động viên", "chụp ảnh",
    "bấm nút", "cắt băng", "dâng hương", "thông tin", "giao", "là", "có", "với", "trong", "khi",
    "thì", "nhận", "đọc", "công bố", "trình", "phụ trách", "kiêm", "nói", "cảm ơn", "đón", "tiễn",
    "hướng dẫn", "thảo luận", "đề xuất", "kiến nghị", "góp ý", "cho ý kiến", "phân tích", "tiếp thu",
    "mong muốn", "bày tỏ", "lưu ý", "quyết định", "trực tiếp", "đi", "vừa", "từng", "nay", "dẫn đầu", "làm",
    # the work a named person is given ("giao đồng chí …, Trưởng thôn đôn đốc các hộ …")
    "đôn đốc", "vận động", "tuyên truyền", "triển khai", "hoàn thành", "tập trung", "tiếp tục", "khẩn trương",
    "rà soát", "theo dõi", "tham mưu",
]
# ... and "và" before a lower-case word: "Phó Chủ tịch UBND huyện và lãnh đạo các phòng" (names go on in capitals:
# "Sở Nông nghiệp và Môi trường")
# (as "(?:^|\s)(?:words)(?!\w)|\svà…", in two patterns: one tried at the start only, one that starts with the blank
# class, so that re jumps from blank to blank instead of trying "^" at every position)
POSITION_STOP_AT_START = re.compile(rf"(?:{alternation(POSITION_STOP_WORDS)})(?![\w])")
POSITION_STOP_AFTER_BLANK = re.compile(rf"\s(?:{POSITION_STOP_AT_START.pattern}|và\s+(?![{UPPER_LETTERS}\d])(?=\w))")

# Verbs that end the name of a body at the start of a task ("Công an xã thường xuyên tuần tra…").
TASK_VERBS = [
    "giải quyết", "tham mưu", "thường xuyên", "chủ trì", "phối hợp", "chỉ đạo", "tổ chức",
    "xây dựng", "thực hiện", "triển khai", "hướng dẫn", "theo dõi", "rà soát", "tiến hành",
    "báo cáo", "kiểm tra", "tuyên truyền", "hoàn thành", "tập trung", "đẩy mạnh", "tăng cường",
    "nghiên cứu", "giám sát", "bố trí", "cân đối", "hoàn thiện", "tiếp tục", "khẩn trương",
    "chủ động", "quản lý", "đôn đốc", "lãnh đạo", "ban hành", "trình", "lập", "xem xét", "bảo đảm", "trực tiếp",
    "đẩy nhanh",
    "đảm bảo", "phân công", "cụ thể hóa", "cụ thể hoá", "kịp thời", "nâng cao", "phát huy",
    "duy trì", "tuần tra", "cung cấp", "thẩm định", "phê duyệt", "điều chỉnh", "sớm", "thực hiện",
    "tổng hợp", "chịu trách nhiệm", "có trách nhiệm", "làm việc", "vận động", "quan tâm", "đề xuất",
    "thành lập", "hỗ trợ", "bổ sung", "cho chủ trương", "xử lý", "đánh giá", "đề nghị", "chuẩn bị", "khắc phục",
    "kiểm soát", "kết luận", "tiếp thu", "hoàn chỉnh", "phổ biến", "quán triệt", "bám sát", "sửa đổi", "củng cố",
    "kiện toàn", "thẩm tra", "tháo gỡ", "kết nạp", "chú trọng",
]
# (not right after "đầu tư": "Ban Quản lý dự án đầu tư xây dựng" names a body, "đầu tư xây dựng" is a noun;
# nor "trình" in "công trình", "chương trình", "quy trình", "lộ trình", "tiến trình")
NOT_VERB_AFTER = ("đầu tư", "công", "chương", "quy", "lộ", "tiến")  # the words before a blank ruled out above
_NOT_AFTER_RE = "".join(rf"(?<!{w}\s)" for w in NOT_VERB_AFTER)
TASK_VERB_RE = re.compile(rf"(?:^|\s){_NOT_AFTER_RE}(?:{alternation(TASK_VERBS)})(?![\w])")


# The same verbs after any blank, whatever word stands before it (the caller tests NOT_VERB_AFTER, with
# str.endswith, where a verb is found): it starts with a class, so that re jumps from blank to blank instead of
# trying "^" at every position, and tries no look-behind at each blank; the verbs as a trie (at most blanks
# a verb's first letter or two are read, and no word is tried after them).
TASK_VERB_AFTER_ANY_BLANK = re.compile(rf"\s{trie(TASK_VERBS)}(?![\w])")


def search_task_verb(text: str, pos: int = 0) -> re.Match[str] | None:
    """``TASK_VERB_RE.search(text, pos)``, the start tried once and then only the blanks a verb follows, the words
    a verb may not follow tested where one is found."""
    m = TASK_VERB_RE.match(text, pos)
    at = pos + 1
    while m is None and (m := TASK_VERB_AFTER_ANY_BLANK.search(text, at)) is not None:
        if text.endswith(NOT_VERB_AFTER, 0, m.start()):
            at, m = m.start() + 1, None
    return m

# Heads of the names of bodies (cơ quan, đơn vị) that can own a task.
# What follows the comma inside the names of departments ("Sở Văn hóa, Thể thao và Du lịch",
# "Sở Lao động, Thương binh và Xã hội"): the piece after it is no new body and no new position.
NAME_COMMA_TAILS = ("Thông tin, Thể thao và Du lịch", "Thể thao và Du lịch", "Thương binh và Xã hội",
                    "Khoa học và Giáo dục")

ORG_HEADS = [
    "Ban", "Ủy ban", "Uỷ ban", "UBND", "Ủy ban nhân dân", "Uỷ ban nhân dân", "Sở", "Phòng", "Văn phòng",
    "Trung tâm", "Công an", "Trạm", "Đảng ủy", "Đảng uỷ", "Chi bộ", "Các chi bộ", "Hội", "Đoàn",
    "Mặt trận", "Báo", "Đài", "Kho bạc", "Thanh tra", "Bộ", "Bộ Chỉ huy", "Ban Quản lý", "Hội đồng",
    "HĐND", "Tỉnh ủy", "Tỉnh uỷ", "Huyện ủy", "Huyện uỷ", "Thành ủy", "Thành uỷ", "Thị ủy", "Thị uỷ",
    "Ban Thường vụ", "Thường trực", "Cục", "Chi cục", "Viện", "Trường", "Bệnh viện", "Liên đoàn",
    "Tỉnh đoàn", "Huyện đoàn", "Ban cán sự", "Đảng đoàn", "Các sở", "Các cơ quan", "Các đơn vị",
    "Các ban", "Các xã", "Các phòng", "Quân sự", "Ban Chỉ huy", "Cơ quan", "Hợp tác xã", "Tập đoàn", "Tổng công ty",
    "Công ty", "Chủ đầu tư",
    "Công chức", "Cán bộ", "Các thôn", "Các bản", "Các tổ dân phố", "Trưởng thôn", "Các trường", "Chủ tịch",
    "Các huyện ủy", "Các huyện uỷ", "Các đảng ủy", "Các đảng uỷ",  # (not "các cấp ủy": no one in particular)
    "Các chi, đảng bộ", "Các đảng bộ", "Các tổ chức cơ sở đảng", "Các chi bộ trực thuộc", "Các đoàn thể",
    "Các ngành", "Các địa phương", "UBND các xã", "Ủy ban nhân dân các xã",
    "Phó Chủ tịch", "Bí thư", "Phó Bí thư", "Giám đốc", "Trưởng phòng", "Trưởng ban", "Thủ trưởng",
    "Đồng chí",
]
ORG_HEAD_RE = re.compile(rf"^(?:{alternation(ORG_HEADS)})(?![\w])")

# Units that follow a value; multi-word first.
MONEY_UNITS = [
    "nghìn tỷ đồng", "ngàn tỷ đồng", "tỷ đồng", "triệu đồng", "nghìn đồng", "ngàn đồng", "triệu USD",
    "tỷ USD", "nghìn USD", "USD", "đồng",
]
COUNT_NOUNS = [
    "tổ chức cơ sở đảng", "tổ chức đảng", "đảng viên", "đảng bộ trực thuộc", "đảng bộ", "chi bộ",
    "giường bệnh", "bác sỹ", "bác sĩ", "lao động", "đối tượng", "trẻ em", "học sinh", "sinh viên",
    "thanh niên", "mô hình", "cuộc", "trường", "lượt khách", "lượt", "triệu lượt", "nghìn lượt",
    "hộ gia đình", "hộ nghèo", "hộ", "người", "nhân khẩu", "doanh nghiệp", "hợp tác xã", "tổ hợp tác",
    "sản phẩm OCOP", "sản phẩm", "công trình", "phòng học", "km", "km²", "m²", "m2", "m", "ha",
    "tấn", "tạ", "kg", "con", "vụ", "bản", "thôn", "xã", "phường", "cơ sở", "căn nhà", "nhà",
    "tiêu chí/xã", "đoàn viên", "hội viên", "cán bộ", "công chức", "viên chức",
    "khách", "lớp", "MW", "kWh", "cây", "lít", "m3", "m³", "điểm", "bệnh nhân", "ca", "cửa hàng",
    "gia đình", "chiến sĩ", "tân binh", "tình nguyện viên", "giấy chứng nhận", "dự án", "hồ sơ",
    "nghìn tấn", "triệu tấn", "nghìn ha", "nghìn con", "điểm phần trăm", "điểm %",
]
PER_UNITS = ["năm", "ha", "người", "tháng", "xã", "người/năm", "km²", "hộ", "lao động"]

# Plan items that tallies count (not indicators, not documents).
PLAN_NOUNS = [
    "nhóm chỉ tiêu", "chỉ tiêu", "nhóm mục tiêu", "mục tiêu", "nhóm nhiệm vụ", "nhiệm vụ", "danh mục",
    "nội dung", "đề xuất", "kiến nghị", "lĩnh vực đột phá", "khâu đột phá", "đột phá", "giải pháp",
    "địa bàn trọng điểm", "dự án", "cuộc kiểm tra", "cuộc giám sát", "chương trình", "việc",
    "kết luận", "nhóm giải pháp", "công việc", "hồ sơ", "đầu mục",
]
# Counted things that are never indicators.
NON_INDICATOR_NOUNS = [
    "năm", "tháng", "tuần", "ngày", "giờ", "phút", "quý", "tuổi", "lần", "kỳ", "khóa", "khoá",
    "nhiệm kỳ", "đề án", "Đề án", "nghị quyết", "chỉ thị", "kết luận", "quyết định", "thông báo",
    "kế hoạch", "văn bản", "tập thể", "cá nhân", "rõ", "vạn", "đồng chí", "biên chế", "tiêu chí",
    "học sinh được", "giải", "huy chương", "bằng khen", "giấy khen", "lượt người",
]

DOC_KINDS = [
    "Nghị quyết", "Chỉ thị", "Kết luận", "Thông báo", "Quyết định", "Kế hoạch", "Đề án", "Hướng dẫn",
    "Quy định", "Chương trình", "Nghị định", "Thông tư", "Luật", "Quy chế", "Công văn", "Báo cáo",
    "Tờ trình", "Công điện", "Thông tư liên tịch", "Pháp lệnh", "Hiến pháp", "Nghị quyết liên tịch",
    "Quyết định liên tịch", "Chiến lược", "Dự án", "Văn bản", "Thông tri",
]
DOC_KIND_BY_CODE = {
    "NQ": "Nghị quyết", "CT": "Chỉ thị", "KL": "Kết luận", "TB": "Thông báo", "QĐ": "Quyết định",
    "KH": "Kế hoạch", "ĐA": "Đề án", "HD": "Hướng dẫn", "QĐI": "Quy định", "CTR": "Chương trình",
    "NĐ": "Nghị định", "TT": "Thông tư", "QC": "Quy chế", "BC": "Báo cáo", "TTR": "Tờ trình",
    "CV": "Công văn", "CĐ": "Công điện", "QH": "Luật",
}

# Words that name how the items of a count stand (the status of a tally part: "hoàn thành", "quá hạn",
# "xếp loại tốt"); the first ones name what is left of a whole ("chưa đạt", "còn lại").
COMPLEMENT_STATUS_WORDS = ["chưa", "không", "còn lại", "đang", "dưới", "chậm", "bị"]
STATUS_WORDS = [*COMPLEMENT_STATUS_WORDS, "hoàn thành", "đạt", "vượt", "đúng hạn", "quá hạn", "trễ hạn",
                "trực tuyến", "trực tiếp", "thường xuyên", "triển khai", "thực hiện", "xếp loại", "tốt", "khá",
                "trung bình", "yếu", "kém", "đã", "khó đạt", "khó hoàn thành"]
# The Party's disciplinary sanctions, nouns that head the parts of a count of members disciplined.
SANCTIONS = ("khiển trách", "cảnh cáo", "cách chức", "khai trừ", "xóa tên", "kỷ luật")

# Word classes that end the noun phrase after a number (the counted noun, which is the unit of an indicator:
# "45 chợ đang hoạt động", "120.000 lồng nuôi bị thiệt hại", "21 quần chúng ưu tú vào Đảng").
PREPOSITIONS = [
    "tại", "trên", "ở", "của", "cho", "với", "về", "trong", "từ", "đến", "tới", "theo", "vào", "ra", "sau", "trước",
    "dưới", "bằng", "qua", "thuộc", "giữa", "ngoài", "khỏi", "lên", "xuống", "so", "nhằm", "do", "vì", "để", "gồm",
    "như", "đối", "cùng", "nhờ", "bởi", "kể", "thay", "trừ", "tính",
]
CONJUNCTIONS = ["và", "hoặc", "hay", "nhưng", "mà", "thì", "nên", "song", "nếu", "khi", "vừa", "lẫn", "cũng", "còn"]
# aspect, modal and copular words, degree words and demonstratives: the noun has ended before them
AUXILIARIES = [
    "đã", "đang", "sẽ", "được", "bị", "phải", "có", "là", "chưa", "không", "cần", "vẫn", "đều", "mới", "chiếm",
    "đạt", "tăng", "giảm", "vượt", "hơn", "nhất", "rất", "chỉ", "trở", "thêm", "khoảng", "gần", "luôn", "này", "đó",
    "kia", "ấy", "nào", "nữa", "hiện", "tiếp", "vừa", "từng", "sắp", "hết", "xong",
]
# verbs that often follow a counted noun (its predicate: "298 hộ xây nhà mới", "8 đồng chí phát biểu")
PREDICATE_VERBS = [
    "hoàn thành", "tham gia", "tham dự", "dự", "phát biểu", "xây", "sửa", "sơ tán", "thoát", "vi phạm", "nhận", "làm",
    "hoạt động", "đăng ký", "thụ lý", "giải quyết", "học", "tốt nghiệp", "trúng tuyển", "trúng cử", "đắc cử", "xếp",
    "đứng", "tiêm", "khám", "điều trị", "vay", "nộp", "đóng", "hưởng", "thiếu", "tử vong", "mắc", "sử dụng", "đi",
    "đón", "bàn giao", "đưa", "chuyển", "phân bố", "nằm", "thực hiện", "kết nạp", "ký", "trao", "tặng", "công nhận",
    "đạt chuẩn", "ngập", "sạt lở", "hư hỏng", "thiệt hại", "mất", "chết", "bỏ", "tiếp cận", "ra quân", "dời",
]
# Magnitude words that may open a unit before its noun ("3,5 triệu con", "hơn 3,153 triệu người").
MAGNITUDES = ["nghìn", "ngàn", "triệu", "tỷ", "vạn", "trăm"]
# Classifiers and measure words: after a magnitude they are the whole unit, and the noun after them is what is
# measured ("3,5 triệu con gia súc" → "triệu con", "1,2 nghìn tấn lúa" → "nghìn tấn").
CLASSIFIERS = ["con", "cái", "chiếc", "quả", "cây", "tấm", "căn", "ngôi", "suất", "lượt", "tấn", "ha", "người", "hộ"]
# Kinds of administrative unit: listed together they count one set of units ("41 xã, phường và thị trấn").
ADMIN_UNIT_NOUNS = ["xã", "phường", "thị trấn", "huyện", "quận", "thị xã", "thành phố", "đặc khu", "tỉnh", "thôn",
                    "bản", "làng", "buôn", "tổ dân phố", "khu phố", "ấp", "xóm", "đơn vị"]
# Counted nouns that measure no result: time and duration, order and grade, parts of a text, documents, slogans,
# awards (what is counted is who got them), and the event's own programme (papers read, link-up points); a plan's
# items are counted by tallies.
NOT_RESULT_NOUNS = [
    "năm", "tháng", "tuần", "ngày", "giờ", "phút", "giây", "quý", "tuổi", "buổi", "đêm", "lần", "kỳ", "khóa", "khoá",
    "nhiệm kỳ", "giai đoạn", "đợt", "vòng", "thứ", "số", "cấp", "cấp độ", "mức", "loại", "hạng", "phần", "mặt",
    "bước", "chương", "điều", "khoản", "mục", "trang", "ảnh", "hình", "rõ", "tại chỗ", "đề án", "nghị quyết",
    "chỉ thị", "kết luận", "quyết định", "thông báo", "kế hoạch", "văn bản", "tham luận", "ý kiến", "biên chế",
    "vạn", "giải", "huy chương", "bằng khen", "giấy khen", "cờ", "kỷ niệm chương",
    "điểm cầu", "khách mời", "câu", "chữ", "ký tự", "bài", "tin", "tin, bài", "lượt người", "phương án",
    "nhóm", "khâu", "trụ cột", "chữ ký", "con số", "tầng lớp", "thành phần", "chiều", "bên", "phía", "hướng",
    "tiêu chí", "nguyên tắc", "quan điểm", "yêu cầu", "lưu ý", "liều", "lời", "tiết", "dòng",
]
# Nouns written before a number that names or numbers something ("thôn 3", "tờ bản đồ số 12", "Tổng đài 112").
NUMBERED_NOUNS = [
    "năm", "tháng", "ngày", "quý", "tuần", "số", "thứ", "lúc", "giờ", "khu", "tổ", "thôn", "bản", "xóm", "đội", "ấp",
    "lô", "thửa", "tờ", "trang", "hình", "ảnh", "mục", "bảng", "khoản", "điều", "chương", "phần", "câu", "cấp", "độ",
    "kỳ", "loại", "nhóm", "hạng", "đợt", "khóa", "khoá", "phòng", "tầng", "ô", "tuyến", "đường", "km", "cột", "hàng",
    "ký hiệu", "phiên bản", "phụ lục", "vùng", "khối", "lần", "tỷ lệ", "tỉ lệ", "nhiệm kỳ", "giai đoạn",
]
# Verbs of the event's own proceedings: what they count happens at the event ("bầu 15 đồng chí", "thông qua 20 nghị
# quyết", "trao 16 giấy khen", "kết nối tới 174 điểm cầu", "với sự tham gia của 200 đại biểu").
PROCEEDING_VERBS = ["bầu", "bầu bổ sung", "thông qua", "trao", "trao tặng", "tặng", "kết nối", "biểu quyết",
                    "sự tham gia của", "sự tham dự của", "sự có mặt của"]
