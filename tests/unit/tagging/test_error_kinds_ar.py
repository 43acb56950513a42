"""Arabic: a positive and a hard negative for every error kind of issue 12."""

import pytest
from support.error_kinds import Case, check, covers_every_kind, neg, pos

CASES: list[Case] = [
    # Phrasings
    pos("phrasing", "أعدم مسلحون خمسة قرويين في شمال مالي.", "terror_attack"),
    pos("phrasing", "تلقى رئيس بلدية بغداد تهديدات بالقتل من جماعة مسلحة.", "threat"),
    pos(
        "phrasing",
        "دعا الأمين العام للأمم المتحدة الهند وباكستان إلى خفض التصعيد.",
        "diplomatic_proposal",
    ),
    neg("phrasing", "عرضت الشركة على زبائنها أسعارا جديدة.", "diplomatic_proposal"),
    # Senses
    pos("sense", "تظاهر آلاف الطلاب في الجزائر احتجاجا على ارتفاع الأسعار.", "protest"),
    neg("sense", "أظهر الجيش طائراته المسيرة الجديدة في عرض عسكري.", "protest"),
    # Domains
    pos("domain", "اتهمت الحكومة المصرية إثيوبيا بتهديد أمنها المائي.", "accusation"),
    neg("domain", "انتقد المدرب المهاجم بعد المباراة في الدوري.", "accusation"),
    # Sibling types
    pos(
        "sibling",
        "أحبطت الشرطة المغربية مخططا إرهابيا واعتقلت ثلاثة مشتبه بهم.",
        "terror_plot_foiled",
        absent=("terror_attack",),
    ),
    neg("sibling", "داهمت الشرطة منزل مشتبه به في قضية سرقة.", "military_action", "terror_attack"),
    # Background
    pos("background", "قتل انتحاري عشرة أشخاص في سوق ببغداد يوم الجمعة.", "terror_attack"),
    neg(
        "background",
        "يتناول الكتاب الحرب على الإرهاب منذ عشرين عاما.",
        "terror_attack",
        "military_action",
    ),
    neg("background", "أحيا السكان ذكرى المجزرة التي وقعت قبل ثلاثين عاما.", "terror_attack"),
    # Modality
    pos("modality", "لم يصب أحد بأذى، لكن التفجير دمر مركز الشرطة في كابول.", "terror_attack"),
    neg("modality", "نفت الجماعة أي مسؤولية عن التفجير.", "responsibility_claim"),
]


def test_every_error_kind_has_a_positive_and_a_hard_negative() -> None:
    assert covers_every_kind(CASES) == set()


@pytest.mark.parametrize("case", CASES, ids=lambda c: f"{c.kind}:{c.text[:40]}")
def test_case(types_of, case: Case) -> None:  # type: ignore[no-untyped-def]
    check(types_of(case.text, "ar"), case)
