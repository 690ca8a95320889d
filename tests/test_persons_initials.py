"""A foreign given name, a middle initial and a family name is one person, the given name listed or not; the same
name written without the initial is that person (corpus sentences)."""

from kg.extraction import extract
from kg.model import Article


def persons(text: str) -> set[str]:
    return {p.name for p in extract(Article("t", "", text)).persons}


def test_unlisted_given_name_before_a_middle_initial() -> None:
    # corpus_dev dantri-unc-news_health_258, _entertainment_027
    assert persons("Giám đốc CDC, Tiến sĩ Rochelle P. Walensky cho biết.") == {"Rochelle P. Walensky"}
    assert persons("Taraji P. Henson quyến rũ tại Oscar 2018") == {"Taraji P. Henson"}


def test_family_name_that_is_a_place_after_a_cue() -> None:
    # corpus_dev dantri-unc-news_entertainment_172
    assert persons("Nam diễn viên Michael B. Jordan khoe hình thể săn chắc.") == {"Michael B. Jordan"}


def test_no_name_without_the_shape() -> None:
    assert persons("Juventus hòa thất vọng trước Fiorentina ở vòng 33 Serie A. Trận hòa như thua này") == set()


def test_name_without_its_initial_is_the_same_person() -> None:
    # corpus_dev vntc-test-XH_VNE_T_(6585)
    text = ("\"Người dân Việt Nam coi chúng tôi như bạn\", Grant Coates, cựu chiến binh Mỹ từng tham chiến ở Việt Nam, "
            "nói.\nCảm nghĩ của ông Grant T. Coates cũng là cảm nghĩ chung.")
    assert persons(text) == {"Grant T. Coates"}
