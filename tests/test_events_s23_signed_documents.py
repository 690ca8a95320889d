"""A signing verb after a document noun and "đã" tells the document signed before ("trên cơ sở Hợp đồng đã ký kết"),
an attribute of the document: no signing is reported there, and its date ("văn bản ... ngày 16/04/2021") opens no
event; the people of the report take part in the event its lead opens."""

from kg.extraction import extract
from kg.model import Article


def events(text: str, **kw):
    return extract(Article("t", "", text, **kw)).events


def test_a_contract_signed_before_opens_no_signing():
    # dantri-unc-news_society_216: the press conference of 26/4 on the toll at Bắc Hải Vân
    text = ("Chiều 26/4, Tập đoàn Đèo Cả đã tổ chức họp báo về việc điều chỉnh mức thu phí dịch vụ tại trạm Bắc Hải "
            "Vân.\n"
            "Theo đó, trên cơ sở Hợp đồng đã ký kết, Bộ Giao thông Vận tải đã có văn bản số 2230/BGTVT-ĐTCT, ngày "
            "16/04/2021 đồng ý việc điều chỉnh giá vé tại trạm thu phí Bắc Hải Vân.\n"
            "Ông Nguyễn Quang Huy, Tổng Giám đốc Công ty CP Đầu tư hạ tầng giao thông Đèo Cả chia sẻ thêm: Hiện nay, "
            "các phương tiện có nhiều sự lựa chọn để lưu thông.")
    found = {(e.date, p) for e in events(text, published="2021-04-26") for p in e.attendees}
    assert ("2021-04-26", "Nguyễn Quang Huy") in found
    assert not any(d == "2021-04-16" for d, _ in found)


def test_two_sides_signing_a_contract_is_still_a_signing():
    # the verb with its own subject: "Hai bên đã ký kết hợp đồng" reports the signing
    text = ("Sáng 12/4, tại Hà Nội, ông Nguyễn Văn Bình, Giám đốc Công ty A, và ông Trần Văn Hòa, Giám đốc Công ty B, "
            "đã ký kết hợp đồng hợp tác.")
    people = {p for e in events(text, published="2021-04-12") for p in e.chairs + e.attendees}
    assert {"Nguyễn Văn Bình", "Trần Văn Hòa"} <= people
