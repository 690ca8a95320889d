"""Readers over files and folders: every format, every kind of bad input, legacy encodings."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

from kg.errors import InputProblem, KgError
from kg.model import Article
from kg.reading import InputNotice, iter_inputs
from kg.reading.legacy import encode_cp1258, encode_tcvn3, encode_vni

REPO = Path(__file__).resolve().parents[1]
SEED = REPO / "corpus" / "000_afdb58c3525a2a02.txt"
SEED_TEXT = SEED.read_text(encoding="utf-8")
VI = "Sáng 13/1, đồng chí Trần Đức Quận, Bí thư Tỉnh ủy Lâm Đồng, chủ trì hội nghị tổng kết công tác xây dựng Đảng."
EN = "The provincial party secretary chaired the conference on Thursday morning in the capital city."


def record(i: int, text: str = VI, **extra: object) -> str:
    return json.dumps({"id": f"r{i}", "title": f"Tin {i}", "text": text, **extra}, ensure_ascii=False)


def items(*paths: Path) -> list:
    return list(iter_inputs(paths))


def problems(found: list) -> list[tuple[str, int | None, str]]:
    return [(Path(p.path).name, p.line, p.reason) for p in found if isinstance(p, InputProblem)]


def test_jsonl_records_and_bad_lines(tmp_path: Path) -> None:
    f = tmp_path / "a.jsonl"
    lines = [record(1, date="2021-04-30", url="https://dantri.com.vn/x.htm", source="Dân trí"),
             "{not json",
             "",
             json.dumps({"id": "r3", "title": "x"}),
             record(4, text=EN),
             "[1, 2]",
             record(6, text="(Dân trí) - " + VI),
             record(7, source="VNTC/Người Lao Động (nld.com.vn)"),
             record(8, source="ViMs (CLC-HCMUS)")]
    f.write_text("\n".join(lines) + "\n", encoding="utf-8")
    found = items(f)
    arts = [a for a in found if isinstance(a, Article)]
    assert [a.id for a in arts] == ["r1", "r6", "r7", "r8"]
    assert arts[0].published == "2021-04-30" and arts[0].url.startswith("https://") and arts[0].line == 1
    assert arts[1].source == "Dân trí"  # from the lede tag when the record has none
    assert arts[2].source == "Người Lao Động"  # a known outlet by its name
    assert arts[3].source == "ViMs (CLC-HCMUS)"  # otherwise as given
    assert problems(found) == [
        ("a.jsonl", 2, problems(found)[0][2]),
        ("a.jsonl", 4, "record without text"),
        ("a.jsonl", 5, "not Vietnamese (article in another language)"),
        ("a.jsonl", 6, "malformed JSON: a line must hold one object"),
    ]
    assert problems(found)[0][2].startswith("malformed JSON")


def test_gzip_and_truncated_gzip(tmp_path: Path) -> None:
    data = gzip.compress(("\n".join(record(i) for i in range(200)) + "\n").encode("utf-8"))
    (tmp_path / "ok.jsonl.gz").write_bytes(data)
    (tmp_path / "cut.jsonl.gz").write_bytes(data[: len(data) // 2])
    (tmp_path / "fake.jsonl.gz").write_text("not gzip at all\n")
    ok = items(tmp_path / "ok.jsonl.gz")
    assert len(ok) == 200 and all(isinstance(a, Article) for a in ok)
    cut = items(tmp_path / "cut.jsonl.gz")
    read = [a for a in cut if isinstance(a, Article)]
    assert 0 < len(read) < 200
    [(name, line, reason)] = problems(cut)
    assert name == "cut.jsonl.gz" and reason.startswith("truncated gzip") and line == len(read) + 1
    [(_, _, reason)] = problems(items(tmp_path / "fake.jsonl.gz"))
    assert reason.startswith("corrupt gzip")


def test_empty_binary_unsupported_and_huge(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "empty.txt").write_text(" \n\n")
    (tmp_path / "empty.jsonl").write_text("")
    (tmp_path / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    (tmp_path / "image.jsonl").write_bytes(b"\x00\x01\x02{}\n" * 10)
    (tmp_path / "notes.pdf").write_bytes(b"%PDF-1.4")
    (tmp_path / "huge.txt").write_text(VI * 100, encoding="utf-8")
    monkeypatch.setenv("KG_MAX_ARTICLE_BYTES", "5000")
    (tmp_path / "huge.jsonl").write_text(record(1, VI * 100) + "\n" + record(2) + "\n", encoding="utf-8")
    found = {name: (line, reason) for name, line, reason in problems(items(*sorted(tmp_path.iterdir())))}
    assert found["empty.txt"] == (None, "empty file")
    assert found["empty.jsonl"] == (None, "empty file")
    assert found["image.txt"] == (None, "binary file")
    assert found["image.jsonl"] == (None, "binary file")
    assert found["notes.pdf"][1].startswith("unsupported file type")
    assert found["huge.txt"][1].startswith("huge file")
    assert found["huge.jsonl"][0] == 1 and found["huge.jsonl"][1].startswith("huge record")
    assert [a.id for a in items(tmp_path / "huge.jsonl") if isinstance(a, Article)] == ["r2"]


def test_missing_input_is_a_usage_error(tmp_path: Path) -> None:
    with pytest.raises(KgError, match="input not found"):
        iter_inputs([SEED, tmp_path / "nope"])


def test_folders_are_searched_recursively_in_order(tmp_path: Path) -> None:
    (tmp_path / "b" / "c").mkdir(parents=True)
    (tmp_path / "b" / "c" / "z.txt").write_text(SEED_TEXT, encoding="utf-8")
    (tmp_path / "a.jsonl").write_text(record(1) + "\n", encoding="utf-8")
    (tmp_path / "README.md").write_text("not an input")
    (tmp_path / ".hidden.txt").write_text("x")
    assert [a.id for a in items(tmp_path)] == ["r1", "z"]


@pytest.mark.parametrize("name, encode", [
    ("TCVN3 (ABC)", encode_tcvn3), ("VNI-Windows", encode_vni), ("Windows-1258", encode_cp1258),
    ("UTF-16", lambda t: t.encode("utf-16")), ("UTF-16", lambda t: t.encode("utf-16-le")),
])
def test_legacy_encodings_are_converted_and_said(tmp_path: Path, name: str, encode) -> None:
    text = SEED_TEXT.replace("\xa0", " ").replace("“", '"').replace("”", '"').replace("–", "-").replace("…", "...")
    path = tmp_path / "old.txt"
    path.write_bytes(encode(text))
    notice, article = items(path)
    assert isinstance(notice, InputNotice) and notice.message == f"converted from {name} to UTF-8"
    assert article.text == text
    assert article.title == "Tổng kết toàn quốc công tác xây dựng Đảng" and article.byline == "NGUYỆT THU"


def test_markup_is_not_a_language(tmp_path: Path) -> None:
    table = "<TABLE borderColor=#000000 cellSpacing=0 cellPadding=0 width=100 align=left>" * 60
    path = tmp_path / "crawled.jsonl"
    path.write_text(record(1, text=f"<p class=title>BỘ CHÍNH TRỊ</p>{table}<P>{VI}</P>") + "\n", encoding="utf-8")
    assert [type(a).__name__ for a in items(path)] == ["Article"]


def test_undecodable_and_foreign_text(tmp_path: Path) -> None:
    (tmp_path / "latin1.txt").write_bytes("Ça va très bien, merci à vous, à bientôt.".encode("cp1252"))
    (tmp_path / "english.txt").write_text("Headline\n" + EN, encoding="utf-8")
    (tmp_path / "broken.txt").write_bytes(SEED_TEXT.encode("utf-8")[:500] + b"\xff\xfe\xfa" + b"abc")
    found = {name: reason for name, _, reason in problems(items(*sorted(tmp_path.iterdir())))}
    assert found["latin1.txt"].startswith("undecodable bytes")
    assert found["english.txt"] == "not Vietnamese (article in another language)"
    assert found["broken.txt"].startswith("undecodable bytes") and "line" in found["broken.txt"]


HTML = """<!doctype html><html lang="vi"><head><meta charset="utf-8">
<title>Tổng kết công tác xây dựng Đảng - Báo Lâm Đồng</title>
<meta property="og:title" content="Tổng kết toàn quốc công tác xây dựng Đảng">
<meta property="og:url" content="https://baolamdong.vn/chinh-tri/tong-ket-1234.html">
<meta property="og:site_name" content="Báo Lâm Đồng">
<meta property="article:published_time" content="2022-01-13T11:01:00+07:00">
</head><body>
<nav><ul><li><a href="/">Trang chủ</a></li><li><a href="/chinh-tri">Chính trị</a></li>
<li><a href="/kinh-te">Kinh tế</a></li><li><a href="/xa-hoi">Xã hội</a></li></ul></nav>
<article><h1>Tổng kết toàn quốc công tác xây dựng Đảng</h1>
<p>(LĐ online) - Sáng 13/1, dưới sự chủ trì của đồng chí Trương Thị Mai - Ủy viên Bộ Chính trị, Bí thư Trung
ương Đảng, Trưởng Ban Tổ chức Trung ương, hội nghị trực tuyến toàn quốc về tổng kết công tác tổ chức xây dựng
Đảng năm 2021 được tổ chức.</p>
<p>Tại điểm cầu Lâm Đồng, tham dự và chủ trì có đồng chí Trần Đức Quận - Ủy viên Ban Chấp hành Trung ương Đảng,
Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh, đồng chí Nguyễn Trọng Ánh Đông - Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng
Ban Tổ chức Tỉnh ủy.</p>
<p>Năm 2021, năm đầu triển khai Nghị quyết Đại hội XIII của Đảng, toàn ngành tổ chức xây dựng Đảng đã tham
mưu hoàn thành tốt các nhiệm vụ được giao.</p>
</article>
<section class="comments"><h3>Bình luận</h3><div class="comment"><p>Bạn đọc Minh Anh: bài viết rất hay,
cảm ơn tòa soạn đã đưa tin kịp thời.</p></div></section>
<footer><p>Bản quyền thuộc về Báo Lâm Đồng. Địa chỉ: 38 Quang Trung, Đà Lạt.</p></footer>
</body></html>"""


def test_html_page(tmp_path: Path) -> None:
    path = tmp_path / "tong-ket.html"
    path.write_text(HTML, encoding="utf-8")
    [article] = items(path)
    assert article.id == "tong-ket"
    assert article.title == "Tổng kết toàn quốc công tác xây dựng Đảng"
    assert article.published == "2022-01-13T11:01:00+07:00"
    assert article.url == "https://baolamdong.vn/chinh-tri/tong-ket-1234.html"
    assert article.source == "Báo Lâm Đồng online"
    assert "Trần Đức Quận" in article.text and "Nghị quyết Đại hội XIII" in article.text
    for boilerplate in ("Trang chủ", "Bình luận", "Minh Anh", "Bản quyền"):
        assert boilerplate not in article.text


def test_html_without_article(tmp_path: Path) -> None:
    path = tmp_path / "menu.htm"
    path.write_text("<html><body><nav><a href='/'>Trang chủ</a></nav></body></html>", encoding="utf-8")
    assert problems(items(path)) == [("menu.htm", None, "no article text found in the HTML page")]


@pytest.mark.parametrize("name, to_latin", [
    ("TCVN3 (ABC)", lambda t: encode_tcvn3(t).decode("latin-1")),
    ("VNI-Windows", lambda t: encode_vni(t).decode("cp1252")),
])
def test_legacy_fonts_typed_into_utf8(tmp_path: Path, name: str, to_latin) -> None:
    text = "Tổng kết công tác xây dựng Đảng\n" + VI + "\n"
    path = tmp_path / "font.txt"
    path.write_text(to_latin(text), encoding="utf-8")  # 'Tæng kÕt ...': legacy font bytes saved as UTF-8
    notice, article = items(path)
    assert notice.message == f"converted from {name} written as Latin-1 letters to UTF-8"
    assert article.text == text


def test_jsonl_line_in_a_legacy_encoding(tmp_path: Path) -> None:
    path = tmp_path / "mixed.jsonl"
    path.write_bytes((record(1) + "\n").encode("utf-8") + encode_cp1258(record(2)) + b"\n")
    first, notice, second = items(path)
    assert isinstance(notice, InputNotice) and notice.line == 2 and "Windows-1258" in notice.message
    assert first.text == second.text == VI and second.line == 2
