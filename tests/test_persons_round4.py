"""Person-name classes of general news found by reading real corpus output (session 5), each tested on corpus
sentences outside the gold sets."""

from kg.extraction import extract
from kg.model import Article


def persons(text: str) -> set[str]:
    return {p.name for p in extract(Article("t", "", text)).persons}


def test_a_foreign_name_with_middle_initials_is_one_person():
    # vntc-test-XH_NLD_T_(9708), dantri-unc-news_world_192: the initial's full stop ended the name
    text = ("Chánh án Jack B. Weinstein tuyên bố chấm dứt phiên tranh tụng. Trước đó, bà từng phục vụ trong chính "
            "quyền của Tổng thống George H. W. Bush (Bush cha). Theo ông Frank C. Cuaso, ông Cuaso sẽ đài thọ.")
    assert persons(text) == {"Jack B. Weinstein", "George H. W. Bush", "Frank C. Cuaso"}


def test_a_name_with_initials_inside_a_ship_airport_or_school_name_is_no_person():
    # dantri-unc-news_world_236, dantri-unc-news_travel_011, dantri-unc-news_science_188
    text = ("Tàu khu trục USS John S. McCain của Mỹ đã đi qua eo biển Đài Loan. Máy bay hạ cánh xuống sân bay quốc tế "
            "Daniel K. Inouye ở Honolulu. Ông là giáo sư tại Trường Kỹ thuật Harvard John A. Paulson.")
    assert persons(text) == set()
