"""A bare `Chủ tịch` / `Phó Chủ tịch` before a living Vietnamese name takes the one people's committee or trade union
federation named before it in its sentence, else in the sentence before, else in the headline; and one post written
with and without its rank ("Phó Chủ tịch Thường trực") is one holding. Sentences from real corpus articles outside
the gold sets."""

from extracted import all_holdings as holdings


def test_vice_chairman_of_the_committee_of_the_sentence_before():
    # vntc-test-XH_VNE_T_(36)
    text = ("Hôm qua, UBND tỉnh Long An đã tổ chức cuộc họp khẩn cấp về tình hình dịch bệnh. Phó chủ tịch Nguyễn "
            "Thanh Nguyên thông báo, bệnh không chỉ xảy ra ở thị xã Tân An và huyện Châu Thành.")
    assert holdings(text) == {("Nguyễn Thanh Nguyên", "Phó chủ tịch Ủy ban nhân dân tỉnh Long An")}


def test_chairman_of_the_union_leading_the_delegation():
    # vntc-train-XH_NLD_(4753)
    text = ("Chiều 8-2, đoàn LĐLĐ TPHCM do Chủ tịch Nguyễn Huy Cận dẫn đầu đã đi thăm, tặng quà, chúc tết các CNLĐ "
            "đang làm việc tại Công ty Truyền tải Điện 4.")
    assert holdings(text) == {("Nguyễn Huy Cận", "Chủ tịch LĐLĐ thành phố Hồ Chí Minh")}


def test_the_committee_signing_names_the_vice_chairman():
    # vntc-test-XH_VNE_T_(9151)
    text = ("Tại Quyết định số 807 ngày 2/4/2004/QĐUB của UBND thành phố Hải Phòng do ông Phó chủ tịch Vũ Chí Thanh "
            "ký, 62 hộ \"dân\" đã được cấp từ 60 đến 300 m2 đất ở khu du lịch Vụng Hương.")
    assert holdings(text) == {("Vũ Chí Thanh", "Phó chủ tịch Ủy ban nhân dân thành phố Hải Phòng")}


def test_a_committee_after_the_title_is_what_the_chairman_acts_on():
    text = "TP.HCM cấm gia cầm. Chủ tịch Lê Thanh Hải chỉ đạo UBND quận Bình Thạnh phải kiểm tra."
    assert holdings(text) == set()


def test_committees_in_the_plural_name_no_body():
    text = ("Theo đó, chỉ đạo cho UBND các quận huyện phối hợp với các ngành chức năng. Chủ tịch Lê Thanh Hải cũng "
            "yêu cầu đình chỉ các hoạt động tham quan chim cảnh.")
    assert holdings(text) == set()


def test_a_historical_chairman_takes_no_committee():
    # vntc-train-XH_NLD_(4005)
    text = ("Sáng 29-3, tại đình Bình Đông, quận 8, Quận ủy-HĐND-UBND - Ủy ban MTTQ quận 8 đã tổ chức lễ tưởng niệm. "
            "Các đại biểu dâng hương trước tượng đài Chủ tịch Tôn Đức Thắng.")
    assert holdings(text) == set()


def test_the_name_after_a_committee_is_no_part_of_it():
    # vntc-test-XH_NLD_T_(9276): "UBND TP | Lê Thanh Hải": the committee stops at the name
    text = ("Chủ tịch UBND TP Lê Thanh Hải đã cảm ơn sự quan tâm của các tân đại sứ. Chủ tịch Lê Thanh Hải cho biết "
            "sắp tới sẽ thường xuyên thông tin về nhu cầu phát triển của TP.")
    assert {position for _, position in holdings(text)} == {"Chủ tịch Ủy ban nhân dân thành phố"}


def test_a_post_with_and_without_its_rank_is_one_holding():
    # gold vntc-train-XH_NLD_(5105): "Phó Chủ tịch Thường trực UBND TP HCM Nguyễn Thiện Nhân", then "Phó Chủ tịch
    # Nguyễn Thiện Nhân" beside the city's committee
    text = ("Sáng 3-3, Phó Chủ tịch Thường trực UBND TP HCM Nguyễn Thiện Nhân đã làm việc với Sở Nông nghiệp. Tại "
            "buổi làm việc với UBND TP HCM, Phó Chủ tịch Nguyễn Thiện Nhân cũng yêu cầu ngành nông nghiệp sớm trình "
            "quy hoạch.")
    assert holdings(text) == {("Nguyễn Thiện Nhân", "Phó Chủ tịch Thường trực Ủy ban nhân dân thành phố Hồ Chí Minh")}


def test_deputy_director_of_the_factory_referred_back_to():
    # vntc-train-XH_NLD_(4753): "Phó Giám đốc nhà máy" points back to the factory named before it
    text = ("Tại Nhà máy Nước Thủ Đức, ông Nguyễn Phước Giao, Phó Giám đốc nhà máy, cho biết, mỗi ngày đơn vị cung cấp "
            "khoảng 750.000 m3 nước sạch cho nhân dân TP.")
    assert holdings(text) == {("Nguyễn Phước Giao", "Phó Giám đốc Nhà máy Nước Thủ Đức")}


def test_a_centre_name_cut_short_is_not_taken():
    # vntc-train-XH_NLD_(4265): "Trung tâm Dạy | nghề (TTDN) huyện Thạnh Trị": no centre rather than a cut one
    text = ("Trung tâm Dạy nghề (TTDN) huyện Thạnh Trị mua nhiều thiết bị. Ông Lê Văn Sang, phó giám đốc trung tâm, "
            "tỉnh bơ trả lời.")
    assert holdings(text) == set()
