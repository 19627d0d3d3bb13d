"""The 5 Dec thirtieth round: what audit60 (drawn blind last round, read this round) and audit61 found, each checked
on the 35,440 baomoi articles; the sentences are modelled on baomoi articles', named by their id."""
from tests.conftest import named_people


# The National Assembly's social affairs committee capitalises the `Về` of its official name; the office runs on
# through it to `của Quốc hội` as it does in lower case (22261574, 21512370, 22416350).
def test_a_committee_named_with_a_capital_ve_keeps_its_whole_name() -> None:
    for ve in ("Về", "về"):
        sentence = (f"Tham dự có Ủy viên Thường trực Ủy ban {ve} các vấn đề xã hội của Quốc hội Lê Văn An; Phó cục "
                    "trưởng Cục Quản lý công sản, Bộ Tài chính Trần Văn Bình.")
        assert named_people(sentence)[0] == (
            "Lê Văn An", [f"Ủy viên Thường trực Ủy ban {ve} các vấn đề xã hội của Quốc hội"])
    after = "ĐBQH Lê Thị Hoa, Ủy viên Ủy ban Về các vấn đề xã hội của Quốc hội chia sẻ: “Tôi rất lo.”"
    assert named_people(after) == [("Lê Thị Hoa", ["ĐBQH", "Ủy viên Ủy ban Về các vấn đề xã hội của Quốc hội"])]
    # (a capitalised `Về` after another body opens a glued sentence, as before)
    assert named_people("Ông Lê Văn An, Chủ tịch Hội đồng Về dự án này, ông cho biết.")[0][1] != [
        "Chủ tịch Hội đồng Về dự án này"]
