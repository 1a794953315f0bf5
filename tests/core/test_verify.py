"""Verification: unit checks, the incremental engine, the dev corpus and mutation testing."""

from __future__ import annotations

import json
import re
from dataclasses import replace
from pathlib import Path

import pytest

from desktop.core.extract import extract
from desktop.core.intake import read_source
from desktop.core.model import Indicator, Ratio, Report, Severity, Tally, TallyPart
from desktop.core.source import Source, line_blocks
from desktop.core.textnorm import NormText, normalize
from desktop.core.verify import Verifier, verify_report
from desktop.core.vnnum import NUMBER, parse_number
from tests import mutation_oracle
from tests.conftest import GOLD, SHARED, dev_files


def report(**kw) -> Report:
    return Report(source="t", text="", **kw)


def kinds(findings) -> list[str]:
    return [f.kind for f in findings]


def test_sum_mismatch_and_consistent_tally() -> None:
    bad = Tally(total=178, noun="mục tiêu", parts=[TallyPart(count=c, status="") for c in (101, 59, 9, 4)])
    good = Tally(total=22, noun="nhóm chỉ tiêu", parts=[TallyPart(count=c, status="") for c in (8, 5, 9)])
    fs = verify_report(report(tallies=[bad, good]))
    assert [(f.kind, f.values) for f in fs] == [("sum_mismatch", {"total": 178, "sum": 173})]
    assert fs[0].severity == Severity.ERROR and "173" in fs[0].message and "178" in fs[0].message


def test_partial_breakdown_is_not_a_mismatch_but_a_part_over_total_is() -> None:
    partial = Tally(total=20, noun="chỉ tiêu", parts=[TallyPart(count=5, status="vượt kế hoạch")])
    assert verify_report(report(tallies=[partial])) == []
    over = Tally(total=20, noun="chỉ tiêu", parts=[TallyPart(count=25, status="đạt")])
    assert kinds(verify_report(report(tallies=[over]))) == ["part_over_total"]


def test_ratio_over_is_info_for_targets_and_error_for_fixed_populations() -> None:
    fs = verify_report(report(ratios=[Ratio(numerator=641, denominator=500, noun="đảng viên"),
                                      Ratio(numerator=12, denominator=9, noun="xã"),
                                      Ratio(numerator=9, denominator=9, noun="xã")]))
    assert [(f.kind, f.severity) for f in fs] == [("ratio_over", Severity.ERROR), ("ratio_over", Severity.INFO)]


def test_percent_mismatch_respects_rounding_of_the_stated_value() -> None:
    r = Ratio(key="r1", numerator=46, denominator=61, noun="trường")
    ok = Indicator(label="x", value=75.4, unit="%", decimals=1, rel="rate", ref="r1")
    assert verify_report(report(ratios=[r], indicators=[ok])) == []
    rounded = Indicator(label="x", value=75, unit="%", decimals=0, rel="rate", ref="r1")
    assert verify_report(report(ratios=[r], indicators=[rounded])) == []  # 75,41 written as 75
    wrong = Indicator(label="x", value=57.4, unit="%", decimals=1, rel="rate", ref="r1")
    fs = verify_report(report(ratios=[r], indicators=[wrong]))
    assert [(f.kind, f.values) for f in fs] == [("percent_mismatch", {"stated": 57.4, "computed": 75.41})]


def test_a_whole_percent_rounded_the_wrong_way_is_a_warning_not_an_error() -> None:
    r = Ratio(key="r1", numerator=17, denominator=19, noun="chỉ tiêu")  # 89,47 %
    up = Indicator(label="x", value=90, unit="%", decimals=0, rel="rate", ref="r1")
    far = Indicator(label="x", value=80, unit="%", decimals=0, rel="rate", ref="r1")
    close_decimal = Indicator(label="x", value=89.9, unit="%", decimals=1, rel="rate", ref="r1")
    got = [(f.severity, "làm tròn" in f.message)
           for ind in (up, far, close_decimal) for f in verify_report(report(ratios=[r], indicators=[ind]))]
    assert got == [(Severity.WARNING, True), (Severity.ERROR, False), (Severity.ERROR, False)]


def test_excess_percentage_is_compared_with_the_excess() -> None:
    r = Ratio(key="r1", numerator=9846, denominator=8750, noun="tỷ đồng")
    ok = Indicator(label="vượt dự toán", value=12.5, unit="%", decimals=1, rel="excess", ref="r1")
    assert kinds(verify_report(report(ratios=[r], indicators=[ok]))) == ["ratio_over"]


def test_table_row_rate_and_shares_and_enumeration() -> None:
    row = [Indicator(label="Bán lẻ (kế hoạch)", value=1860, unit="tỷ đồng", rel="row-plan", ref="t0r7", group="7"),
           Indicator(label="Bán lẻ (thực hiện)", value=978.4, unit="tỷ đồng", rel="row-actual", ref="t0r7"),
           Indicator(label="Bán lẻ (tỷ lệ)", value=56.2, unit="%", decimals=1, rel="row-rate", ref="t0r7", group="7")]
    shares = [Indicator(label=str(v), value=v, unit="%", rel="share", ref="s1") for v in (61.2, 32.5, 5.8)]
    enum = Tally(total=20, noun="chỉ tiêu chủ yếu", enumerated=19)
    fs = verify_report(report(indicators=row + shares, tallies=[enum]))
    got = {(f.kind, tuple(sorted(f.values.items()))) for f in fs}
    assert got == {("percent_mismatch", (("computed", 52.6), ("stated", 56.2))),
                   ("share_sum", (("sum", 99.5),)), ("enumeration_count", (("counted", 19), ("stated", 20)))}


def test_rate_over_100_only_for_coverage_rates() -> None:
    fs = verify_report(report(indicators=[
        Indicator(label="Tỷ lệ che phủ rừng", value=104, unit="%"),
        Indicator(label="Tỷ lệ giải ngân so với kế hoạch", value=104, unit="%"),
        Indicator(label="Thu ngân sách", value=112.3, unit="%")]))
    assert [(f.kind, f.severity) for f in fs] == [("rate_over_100", Severity.WARNING)]


def test_incremental_verifier_reruns_only_the_edited_group(monkeypatch) -> None:
    tallies = [Tally(key=f"t{k}", total=10, noun="việc", parts=[TallyPart(count=5, status=""),
                                                                  TallyPart(count=5, status="")]) for k in range(50)]
    v = Verifier(report(tallies=tallies))
    assert v.findings() == []
    calls = []
    import desktop.core.verify as verify_mod

    original = verify_mod.check_tally
    monkeypatch.setattr(verify_mod, "check_tally", lambda t: calls.append(t) or original(t))
    part = tallies[7].parts[0]
    part.count = 6  # the clerk fixes a number
    v.invalidate([part])
    fs = v.findings()
    assert calls == [tallies[7]]
    assert [(f.kind, f.values) for f in fs] == [("sum_mismatch", {"total": 10, "sum": 11})]
    part.count = 5
    v.invalidate([part])
    assert v.findings() == []


# --- the dev corpus ---------------------------------------------------------------------------

def _finding_key(kind: str, values: dict) -> tuple:
    return kind, tuple(sorted((k, round(float(v), 1)) for k, v in values.items() if k != "severity"))


def test_dev_corpus_findings_match_gold_exactly(dev_reports) -> None:
    for stem, (_path, r) in dev_reports.items():
        gold = json.loads((GOLD / f"{stem}.json").read_text(encoding="utf-8"))["findings"]
        want = sorted(_finding_key(f["kind"], f["values"]) for f in gold)
        got = sorted(_finding_key(f.kind, f.values) for f in r.findings)
        assert got == want, stem


def test_no_false_errors_on_unmodified_dev_texts(dev_reports) -> None:
    for stem, (_path, r) in dev_reports.items():
        gold = {_finding_key(f["kind"], f["values"])
                for f in json.loads((GOLD / f"{stem}.json").read_text(encoding="utf-8"))["findings"]}
        for f in r.findings:
            if f.severity == Severity.ERROR:
                assert _finding_key(f.kind, f.values) in gold, (stem, f.message)


# --- mutation testing ---------------------------------------------------------------------------

_NUM = re.compile(rf"(?<![\w])(?:{NUMBER})")


def _mutated(src: Source, raw_pos: int) -> Source:
    """The same source with the leading digit of the number at ``raw_pos`` changed (same length)."""
    raw = src.norm.raw
    d = int(raw[raw_pos])
    new = str(d + 1 if d < 9 else d - 1)
    raw2 = raw[:raw_pos] + new + raw[raw_pos + 1 :]
    if src.norm.anchors is None:
        return replace(src, norm=NormText(raw2, raw2))
    norm = normalize(raw2)
    return replace(src, norm=norm, blocks=line_blocks(norm.text))


def _number_at(text: str, span: tuple[int, int], value: float) -> int | None:
    """Raw offset of the first digit of the number equal to ``value`` inside ``span``."""
    for m in _NUM.finditer(text, span[0], span[1] + 12):
        if abs(parse_number(m.group()) - value) < 1e-9:
            return m.start()
    return None


def _flagged(r: Report, span: tuple[int, int] | None) -> bool:
    """The item already has a finding: changing one of its numbers may just as well fix it."""
    return span is not None and any(s[0] < span[1] and span[0] < s[1] for f in r.findings for s in f.spans)


def _targets(r: Report) -> list[tuple[int, frozenset[str]]]:
    """(raw offset of a number, finding kinds that must appear when it changes), for consistent items."""
    out: list[tuple[int, set[str]]] = []
    tally_kinds = {"sum_mismatch", "part_over_total", "enumeration_count"}
    for t in r.tallies:
        if _flagged(r, t.span):
            continue
        if len(t.parts) >= 2:
            out.append((_number_at(r.text, t.span, t.total), tally_kinds))
            out += [(_number_at(r.text, p.span, p.count), tally_kinds) for p in t.parts]
        if t.enumerated is not None:
            out.append((_number_at(r.text, t.span, t.total), tally_kinds))
    stated = {i.ref for i in r.indicators if i.rel in ("rate", "excess")}
    for x in r.ratios:
        if x.key in stated and not _flagged(r, x.span):
            out.append((_number_at(r.text, x.span, x.numerator), {"percent_mismatch", "ratio_over"}))
            out.append((_number_at(r.text, (x.span[0] + 1, x.span[1]), x.denominator),
                        {"percent_mismatch", "ratio_over"}))
    rows: dict[str, set[str]] = {}
    for i in r.indicators:
        if i.rel and i.rel.startswith("row-"):
            rows.setdefault(i.ref, set()).add(i.rel)
    for i in r.indicators:
        if _flagged(r, i.span):
            continue
        if i.rel in ("rate", "excess") or (i.rel and i.rel.startswith("row-") and len(rows[i.ref]) == 3):
            out.append((_number_at(r.text, i.span, i.value), {"percent_mismatch"}))
        elif i.rel == "share":
            out.append((_number_at(r.text, i.span, i.value), {"share_sum"}))
    return [(pos, frozenset(k)) for pos, k in out if pos is not None]


def test_mutations_of_checked_numbers_are_detected() -> None:
    files = dev_files()
    if not files:
        pytest.skip("dev corpus not available")
    tried = detected = 0
    missed = []
    for path in files:
        src = read_source(path)
        base = extract(src)
        before = {_finding_key(f.kind, f.values) for f in base.findings}
        for pos, expected in dict.fromkeys(_targets(base)):
            mutant = extract(_mutated(src, pos))
            new = {_finding_key(f.kind, f.values) for f in mutant.findings} - before
            tried += 1
            if any(k[0] in expected for k in new):
                detected += 1
            else:
                missed.append(f"{path.name}@{pos}: {base.text[pos:pos + 12]!r}")
    assert tried >= 100
    rate = detected / tried
    print(f"mutation detection: {detected}/{tried} = {rate:.1%}; missed: {missed}")
    assert rate >= 0.95, missed


def test_rate_stated_as_dat_ty_le_belongs_to_its_ratio() -> None:
    from desktop.core.extract import extract_text

    wrong = extract_text("Tin\n\nToàn xã có 6/8 thôn đạt chuẩn nông thôn mới kiểu mẫu, đạt tỷ lệ 80%.")
    assert [(f.kind, f.values["stated"], f.values["computed"]) for f in wrong.findings] == [
        ("percent_mismatch", 80, 75)]
    other = extract_text("Tin\n\nToàn xã có 6/8 thôn đạt chuẩn nông thôn mới, tỷ lệ hộ nghèo còn 8%.")
    assert other.findings == []


def _table_report(tmp_path, rows):
    from desktop.core.extract import extract_file
    from tests.builders import docx_with_table

    before = ["BÁO CÁO TÓM TẮT", "Kết quả thực hiện các chỉ tiêu chủ yếu năm 2025"]
    return extract_file(docx_with_table(tmp_path / "bang.docx", before, rows))


def test_table_with_last_year_and_two_rate_columns(tmp_path) -> None:
    header = ["TT", "Chỉ tiêu", "ĐVT", "Thực hiện 2024", "Nghị quyết giao 2025", "Ước TH 2025", "So với NQ (%)",
              "So với cùng kỳ (%)"]
    good = ["1", "Thu ngân sách nhà nước", "Tỷ đồng", "110", "120", "131,5", "109,6", "119,5"]
    r = _table_report(tmp_path, [header, good])
    assert r.findings == []
    assert {i.unit for i in r.indicators} == {"tỷ đồng", "%"}
    bad = [*good[:6], "112,6", "119,5"]
    r = _table_report(tmp_path, [header, bad])
    assert [(f.kind, f.values["stated"], f.values["computed"]) for f in r.findings] == [
        ("percent_mismatch", 112.6, 109.58)]


def test_percent_stated_for_a_tally_part_is_checked_against_part_over_total() -> None:
    from desktop.core.extract import extract_text

    wrong = extract_text("Tin\n\nToàn huyện có 120 thôn, trong đó 96 thôn đạt chuẩn văn hóa, chiếm 82%.")
    assert [(f.kind, f.values) for f in wrong.findings] == [("percent_mismatch", {"stated": 82, "computed": 80})]
    right = extract_text("Tin\n\nThực hiện 15 nhiệm vụ: 10 nhiệm vụ hoàn thành (66,7%), 5 nhiệm vụ đang triển khai "
                         "(33,3%).")
    assert right.findings == [] and {i.rel for i in right.indicators} == {"part-rate"}
    against_plan = extract_text("Tin\n\nToàn huyện có 120 thôn, trong đó 96 thôn đạt chuẩn văn hóa, đạt 82% kế hoạch.")
    assert against_plan.findings == []


def test_editing_a_tally_part_rechecks_its_stated_percent() -> None:
    from desktop.core.extract import extract_text
    from desktop.core.verify import Verifier

    r = extract_text("Tin\n\nToàn huyện có 120 thôn, trong đó 96 thôn đạt chuẩn văn hóa, chiếm 80%.")
    v = Verifier(r)
    assert v.findings() == []
    part = r.tallies[0].parts[0]
    part.count = 90
    v.invalidate([part])
    assert [f.values["computed"] for f in v.findings()] == [75]


def test_breakdown_after_a_ratio_counts_its_numerator_not_its_total() -> None:
    from desktop.core.extract import extract_text

    ok = extract_text("Tin\n\nHuyện đã giải quyết 1.250/1.268 hồ sơ, đạt 98,6%, trong đó 1.200 hồ sơ giải quyết đúng "
                      "hạn, 50 hồ sơ quá hạn.")
    assert ok.findings == []
    assert [(t.total, [(p.count, p.status) for p in t.parts]) for t in ok.tallies] == [
        (1250, [(1200, "giải quyết đúng hạn"), (50, "quá hạn")])]
    wrong = extract_text("Tin\n\nHuyện đã giải quyết 1.250/1.268 hồ sơ, đạt 98,6%, trong đó 1.200 hồ sơ giải quyết "
                         "đúng hạn, 40 hồ sơ quá hạn.")
    assert [(f.kind, f.values) for f in wrong.findings] == [("sum_mismatch", {"total": 1250, "sum": 1240})]


def test_a_subset_after_a_ratio_is_not_a_missing_part() -> None:
    from desktop.core.extract import extract_text

    subset = extract_text("Tin\n\nToàn huyện có 18/21 xã đạt chuẩn nông thôn mới (chiếm 85,7%), 5 xã đạt chuẩn nâng "
                          "cao.")
    assert subset.findings == []
    rest = extract_text("Tin\n\nToàn huyện có 18/21 xã đạt chuẩn nông thôn mới, 4 xã chưa đạt chuẩn.")
    assert [(f.kind, f.values) for f in rest.findings] == [("sum_mismatch", {"total": 21, "sum": 22})]


def test_ratio_with_a_plain_part_that_completes_it_is_a_tally() -> None:
    from desktop.core.extract import extract_text

    r = extract_text("Tin\n\nĐảng bộ có 15 chi bộ trực thuộc. Xếp loại năm 2024: 13/15 chi bộ hoàn thành tốt nhiệm vụ "
                     "trở lên, 2 chi bộ hoàn thành nhiệm vụ.")
    assert r.findings == []
    assert [(t.total, [p.count for p in t.parts]) for t in r.tallies if t.parts] == [(15, [13, 2])]
    nested = extract_text("Tin\n\nĐảng bộ có 15 chi bộ trực thuộc, trong đó 9 chi bộ thôn, 6 chi bộ cơ quan.")
    assert [(t.total, t.noun) for t in nested.tallies] == [(15, "chi bộ trực thuộc")]


def test_every_sibling_part_after_a_ratio_is_counted_in_the_sum() -> None:
    from desktop.core.extract import extract_text

    r = extract_text("Tin\n\nCó 12/25 chủ đầu tư giải ngân trên 70%; 8 chủ đầu tư giải ngân từ 50% đến 70%; 6 chủ đầu "
                     "tư dưới 50%.")
    assert [(f.kind, f.values) for f in r.findings] == [("sum_mismatch", {"total": 25, "sum": 26})]


def test_stated_count_checked_against_a_dash_list() -> None:
    from desktop.core.extract import extract_text

    short = extract_text("Tin\n\nHội nghị thống nhất 4 nhiệm vụ trọng tâm năm 2026:\n- Đẩy mạnh cải cách hành chính.\n"
                         "- Phát triển du lịch.\n- Xây dựng nông thôn mới.\n\nHội nghị bế mạc.")
    assert [(f.kind, f.values) for f in short.findings] == [("enumeration_count", {"stated": 4, "counted": 3})]
    nested = extract_text("Tin\n\nHội nghị thống nhất 2 nhiệm vụ trọng tâm năm 2026:\n1. Đẩy mạnh cải cách hành "
                          "chính:\n- Rà soát thủ tục.\n- Số hóa hồ sơ.\n2. Phát triển du lịch.\n")
    assert nested.findings == []


def test_status_then_number_parts_without_a_noun() -> None:
    from desktop.core.extract import extract_text

    ok = extract_text("Tin\n\nKế hoạch có 18 nhiệm vụ với 40 đầu việc; đến nay đã hoàn thành 25, đang thực hiện 12, "
                      "chưa thực hiện 3.")
    assert [(t.total, t.noun, [p.count for p in t.parts]) for t in ok.tallies] == [(40, "đầu việc", [25, 12, 3])]
    assert ok.findings == []
    wrong = extract_text("Tin\n\nNăm 2025 có 20 chỉ tiêu. Kết quả: đạt và vượt 15, không đạt 6.")
    assert [(f.kind, f.values) for f in wrong.findings] == [("sum_mismatch", {"total": 20, "sum": 21})]


def test_target_table_with_a_two_row_header(tmp_path) -> None:
    import docx

    from desktop.core.extract import extract_file

    d = docx.Document()
    d.add_paragraph("BÁO CÁO")
    d.add_paragraph("Kết quả thực hiện các chỉ tiêu")
    t = d.add_table(rows=4, cols=6)
    for i, v in enumerate(["TT", "Chỉ tiêu", "ĐVT", "", "", "Tỷ lệ (%)"]):
        t.cell(0, i).text = v
    t.cell(1, 3).text, t.cell(1, 4).text = "Kế hoạch", "Thực hiện"
    t.cell(0, 3).merge(t.cell(0, 4)).text = "Năm 2025"
    for c in (0, 1, 2, 5):
        t.cell(0, c).merge(t.cell(1, c))
    for r, row in enumerate([["1", "Thu ngân sách", "Tỷ đồng", "120", "131,5", "109,6"],
                             ["2", "Trồng rừng mới", "ha", "500", "450", "95"]]):
        for c, v in enumerate(row):
            t.cell(r + 2, c).text = v
    f = tmp_path / "bang.docx"
    d.save(str(f))
    r = extract_file(f)
    assert {(i.label, i.rel, i.year) for i in r.indicators if i.value == 450} == {
        ("Trồng rừng mới (thực hiện)", "row-actual", 2025)}
    assert [(f.kind, f.values["computed"]) for f in r.findings] == [("percent_mismatch", 90)]


def test_counts_side_by_side_or_after_a_semicolon_are_no_breakdown() -> None:
    from desktop.core.extract import extract_text

    accidents = extract_text("Tin\n\nTrong 9 tháng xảy ra 25 vụ tai nạn giao thông, làm chết 18 người, bị thương 12 "
                             "người; so với cùng kỳ giảm 5 vụ, giảm 3 người chết.")
    assert accidents.findings == []
    poor = extract_text("Tin\n\nToàn huyện có 2.350 hộ nghèo, trong đó 1.200 hộ nghèo dân tộc thiểu số; 980 hộ cận "
                        "nghèo.")
    assert poor.findings == []
    files = extract_text("Tin\n\nTiếp nhận 271 hồ sơ, 268 hồ sơ đúng hạn, 4 hồ sơ quá hạn.")
    assert [(f.kind, f.values) for f in files.findings] == [("sum_mismatch", {"total": 271, "sum": 272})]


def _text_findings(body: str) -> list[str]:
    from desktop.core.extract import extract_text

    return [f.message for f in extract_text("Tin\n\n" + body).findings if f.kind == "percent_mismatch"]


def test_a_rate_against_a_plan_written_in_a_sentence_is_checked() -> None:
    assert _text_findings("Thu ngân sách đạt 215,4 tỷ đồng, bằng 86,5% dự toán (dự toán giao 260 tỷ đồng).") == [
        "Thu ngân sách: 215,4/260 tỷ đồng = 82,85% dự toán, nhưng văn bản ghi 86,5%."]
    assert _text_findings("Thu ngân sách đạt 215,4 tỷ đồng, bằng 82,8% dự toán (dự toán giao 260 tỷ đồng).") == []
    assert len(_text_findings("Kế hoạch giao 200 hộ, đã di dời 125 hộ, đạt 72,5%.")) == 1
    assert _text_findings("Kế hoạch giao 200 hộ, đã di dời 125 hộ, đạt 62,5%.") == []
    # the plan of another clause is not this rate's plan
    assert _text_findings("Thu ngân sách đạt 215 tỷ đồng, bằng 86% dự toán; chi ngân sách 180 tỷ đồng, "
                          "dự toán 250 tỷ đồng.") == []


def _kinds(body: str) -> list[tuple[str, dict]]:
    from desktop.core.extract import extract_text

    return [(f.kind, f.values) for f in extract_text("Tin\n\n" + body).findings]


def test_an_amount_and_its_parts_after_trong_do_are_checked() -> None:
    whole = "Tổng vốn đầu tư toàn xã hội ước đạt 1.250 tỷ đồng; trong đó "
    assert _kinds(whole + "vốn ngân sách 450 tỷ đồng, chiếm 36%; vốn doanh nghiệp và dân cư 800 tỷ đồng, chiếm 64%.") == []
    assert _kinds(whole + "vốn ngân sách 450 tỷ đồng, chiếm 38%; vốn doanh nghiệp và dân cư 800 tỷ đồng, chiếm 62%.") == [
        ("percent_mismatch", {"stated": 38, "computed": 36}), ("percent_mismatch", {"stated": 62, "computed": 64})]
    assert _kinds(whole + "vốn ngân sách 450 tỷ đồng, vốn doanh nghiệp và dân cư 850 tỷ đồng.") == [
        ("sum_mismatch", {"total": 1250, "sum": 1300})]
    # a partial list (less than the whole) is no mistake
    assert _kinds(whole + "vốn ngân sách 450 tỷ đồng, vốn doanh nghiệp 600 tỷ đồng.") == []


def test_row_label_drops_only_the_column_a_cell_adds() -> None:
    from desktop.core.model import Indicator

    def row(label: str) -> str:
        return Indicator(label=label, value=1, unit="%").row_label()

    assert row("Trồng rừng mới (tỷ lệ (%))") == "Trồng rừng mới"
    assert row("Tốc độ tăng trưởng (GRDP) (kế hoạch năm 2025)") == "Tốc độ tăng trưởng (GRDP)"
    assert row("Thu ngân sách") == "Thu ngân sách" and row("(x)") == "(x)"


# --- mutation testing from the gold files of dev and dev2 -----------------------------------------

def _gold_texts() -> list[tuple[Path, Path]]:
    """(text, gold) of every dev and dev2 text."""
    out = []
    for sub in ("dev", "dev2"):
        corpus, gold = SHARED / "corpus" / sub, SHARED / "gold" / sub
        if corpus.is_dir():
            out += [(p, gold / f"{p.stem}.json") for p in sorted(corpus.iterdir())
                    if p.suffix.lower() in (".txt", ".docx", ".html", ".htm") and (gold / f"{p.stem}.json").exists()]
    return out


def test_mutations_of_gold_tallies_ratios_and_percentages_are_reported() -> None:
    """One number of each complete tally (total and parts), each stated list count, each ratio with its stated
    percentage and each percentage of a part, in dev and dev2, changed one at a time (targets from the gold
    file and the text, not from the extractor): ≥ 95% of the changes are reported, and the unchanged texts
    have no error that gold does not list."""
    texts = _gold_texts()
    if not texts:
        pytest.skip("corpus not available")
    tried, missed, false_errors = 0, [], []
    for path, gold_path in texts:
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        src = read_source(path)
        base = extract(src)
        before = {_finding_key(f.kind, f.values) for f in base.findings}
        wanted = {_finding_key(f["kind"], f["values"]) for f in gold["findings"]}
        false_errors += [(path.name, f.message) for f in base.findings
                         if f.severity == Severity.ERROR and _finding_key(f.kind, f.values) not in wanted]
        for pos, expected in mutation_oracle.targets(base.text, gold):
            new = {_finding_key(f.kind, f.values) for f in extract(_mutated(src, pos)).findings} - before
            tried += 1
            if not any(k[0] in expected for k in new):
                missed.append(f"{path.name}@{pos}: {base.text[max(0, pos - 30):pos + 20]!r}")
    rate = 1 - len(missed) / tried
    print(f"\ngold mutation detection (dev + dev2): {tried - len(missed)}/{tried} = {rate:.1%}")
    print("missed:\n  " + "\n  ".join(missed))
    print(f"false errors on unchanged texts: {false_errors}")
    assert tried >= 90  # (the oracle finds its targets: 98 in dev + dev2 today)
    assert not false_errors
    assert rate >= 0.95, missed


def test_a_table_whose_quota_column_says_chi_tieu_is_named_by_its_words_and_done_counts_as_result(tmp_path) -> None:
    """"Thôn | Chỉ tiêu giao | Số đã giao | Tỷ lệ (%)": the "Chỉ tiêu giao" column holds numbers (the quota), so the
    rows are named by the first column of words (Thôn 1, …); "Số đã giao" is what was done, checked against the
    quota: a total row whose rate does not match is reported."""
    import docx

    from desktop.core.extract import extract_file

    d = docx.Document()
    d.add_paragraph("BÁO CÁO")
    d.add_paragraph("Kết quả giao quân năm 2025 của xã Tân Phú")
    rows = [("TT", "Thôn", "Chỉ tiêu giao", "Số đã giao", "Tỷ lệ (%)"), ("1", "Thôn 1", "5", "5", "100"),
            ("2", "Thôn 2", "4", "3", "75"), ("", "Tổng cộng", "9", "9", "88,9")]
    t = d.add_table(rows=len(rows), cols=5)
    for r, row in enumerate(rows):
        for c, v in enumerate(row):
            t.cell(r, c).text = v
    d.save(tmp_path / "giao-quan.docx")
    r = extract_file(tmp_path / "giao-quan.docx")
    assert [(i.label, i.value, i.rel) for i in r.indicators[:3]] == [
        ("Thôn 1 (chỉ tiêu giao)", 5, "row-plan"), ("Thôn 1 (số đã giao)", 5, "row-actual"),
        ("Thôn 1 (tỷ lệ (%))", 100, "row-rate")]
    assert [f.message for f in r.findings] == ["Bảng, Tổng cộng: 9/9 = 100%, nhưng cột tỷ lệ ghi 88,9%."]
