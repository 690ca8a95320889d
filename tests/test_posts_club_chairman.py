"""A bare chairman's title before a foreign name ('Chủ tịch Daniel Levy') in football news is the chairman of a club:
the one the article names him the chairman of elsewhere, the one the sentence names before the title, or the one the
article is about; sentences from corpus_dev (dantri sport)."""

from extracted import current_holdings as holdings


def test_the_club_the_article_is_about():
    text = ("HLV Mourinho đã bị CLB Tottenham sa thải vào ngày 19/4 sau 17 tháng ngồi \"ghế nóng\".\n"
            "Chiến lược gia người Bồ Đào Nha phải nói lời chia tay chỉ sáu ngày trước khi họ tiếp Man City.\n"
            "Chủ tịch Daniel Levy không muốn mất đi 10 cầu thủ vào mùa hè này.\n"
            "Tottenham đang tìm HLV mới. Các cầu thủ Tottenham không hài lòng.")
    assert holdings(text) == {("Daniel Levy", "Chủ tịch Tottenham")}


def test_the_club_the_sentence_names_before_the_title():
    text = ("Man City, Man City và Man City đã rút khỏi giải đấu, sau Chelsea.\n"
            "Real Madrid là đội bóng cuối cùng đưa ra cân nhắc có rút khỏi giải đấu hay không, bởi Chủ tịch "
            "Florentino Perez là người đứng đầu European Super League.")
    assert holdings(text) == {("Florentino Perez", "Chủ tịch Real Madrid")}


def test_the_club_the_article_names_him_chairman_of():
    text = ("Ông Bartomeu đã đệ trình dự án này lên Hội đồng quản trị của Barcelona. Sau đó, Chủ tịch Real Madrid, "
            "Florentino Perez là người tích cực nhất.\nBarcelona, Barcelona và Barcelona vẫn ở lại.\n"
            "Các CLB tháo chạy có thể nhận đòn trừng phạt của Chủ tịch Florentino Perez.")
    assert holdings(text) == {("Florentino Perez", "Chủ tịch Real Madrid")}


def test_a_title_shared_by_two_names_takes_no_club():
    text = ("Real Madrid, Real Madrid và Real Madrid vẫn chưa rút lui.\nTrong đó, hai Chủ tịch Florentino Perez và "
            "Andrea Agnelli chính là hai \"kẻ cứng đầu\" đối đầu trực tiếp với UEFA.")
    assert not any(p.startswith("Chủ tịch") for _, p in holdings(text))


def test_no_club_named_leaves_the_title_bare():
    text = "Chủ tịch Daniel Levy không muốn mất đi 10 cầu thủ vào mùa hè này."
    assert holdings(text) == set()
