"""Foreign names opened by a given name the international list counts rare (`given_names.rare_given_names`): a
person when listed after a full name or named as the one who speaks, never on the given name alone; sentences
from real articles of the corpus."""

from kg.extraction import extract
from kg.extraction.given_names import listed_given_names, rare_given_names
from kg.model import Article


def persons(text: str) -> set[str]:
    return {p.name for p in extract(Article("t", "", text)).persons}


def test_rare_given_names_are_apart_from_the_common_ones():
    assert {"Iker", "Lamberto"} <= rare_given_names()
    assert not rare_given_names() & listed_given_names()


def test_a_rare_given_name_listed_after_a_full_name_opens_a_name():
    text = ("Bên cạnh đó, \"Người đặc biệt\" còn có xích mích với nhiều cầu thủ Real Madrid như Sergio Ramos, "
            "Iker Casillas.")
    assert persons(text) == {"Sergio Ramos", "Iker Casillas"}


def test_a_rare_given_name_named_as_the_speaker_opens_a_name():
    text = ("Đáp lại cảnh báo của Mỹ, người đứng đầu đơn vị cảnh sát chống khủng bố Ý là Lamberto Giannini cho biết "
            "không có \"cảnh báo đặc biệt hoặc chứng cứ nhất định\" nào.")
    assert persons(text) == {"Lamberto Giannini"}


def test_a_rare_given_name_alone_opens_no_name():
    text = ("Một số điểm du lịch mà bạn không thể bỏ qua khi ghé Singapore là các khu sắc tộc (Ấn Độ, Trung Hoa, "
            "Ả Rập), vườn thú đêm Night Safari, vườn chim Jurong, đảo Sentosa.")
    assert persons(text) == set()
    assert persons("India Today cho hay một vụ nổ đã gây cháy ở một khu chứa vũ khí.") == set()
