"""Every refusal of the cadre service in Chinese, by reason code (DOMAIN.md's words:
民主推荐、考察、任前公示、廉洁意见, 双培工程, 大学生村官 …). The rules name their code where
they refuse; the kernel words its own codes (field conversion, tokens, scope) behind
this catalogue."""

from __future__ import annotations

from frontline.kernel.wording import Wording

REFUSALS_ZH = Wording(
    domain="frontline.cadre",
    kinds={
        "cadre": "干部",
        "appointment procedure": "选拔任用程序",
        "academic upgrade": "学历提升记录",
        "training": "培训记录",
        "org unit": "党组织",
    },
    # Stages, posts and the like are named by the API (service.py: proto_terms).
    terms={
        "not a student official": "不是大学生村官",
        # What a township-year summary counts (small_groups.require_enough_people).
        "pay records": "报酬记录",
        "evaluations": "考核结果",
    },
    reasons={
        # Registry (personal data sealed per person)
        "CADRE_EXISTS": "干部 {cadre_id} 已经登记",
        "PERSON_REGISTERED": "此人已经登记为干部",
        # As vague as the English: naming where the person is registered would tell the
        # caller someone exists outside its scope (no existence oracles, DESIGN.md §6).
        "REGISTRATION_ELSEWHERE": "此项登记不能在此办理",
        "NOT_AN_ID_NUMBER": "居民身份证号码为 18 位：17 位数字加一位数字或 X",
        "ID_NUMBER_BIRTH_DATE": "身份证号码中的出生日期不是日历上存在的日期",
        "ID_NUMBER_CHECK_CHARACTER": "身份证号码的校验位不符，号码可能输错了",
        "NOT_A_PHONE": "不是有效的电话号码",
        "AGE_OUT_OF_RANGE": "干部年龄须在 16 至 100 岁之间",
        "PERSONAL_DATA_ERASED": "该干部的个人信息已删除，不能再办理此事",
        "ALREADY_ERASED": "个人信息已经删除",
        # Appointment (选拔任用): 民主推荐 → 考察 → 任前公示 → 任职
        "PROCEDURE_EXISTS": "选拔任用程序 {procedure_id} 已经存在",
        "PROCEDURE_IN_PROGRESS": "该职务已有正在进行的选拔任用程序",
        "PROCEDURE_STAGE": "该选拔任用程序当前为“{stage}”，不能办理这一步",
        "POST_ALREADY_HELD": "该干部已担任“{post}”",
        "POST_NOT_HELD": "该干部在此党组织未担任“{post}”",
        "ONE_SHOULDER_POST": "只有书记可以兼任村委会主任（一肩挑）",
        "TERM_END": "任期结束日须晚于开始日（{starts_on}）",
        "INTEGRITY_OBJECTION": "廉洁意见有异议，请撤回该任用",
        "CALENDAR_UNKNOWN": "公示期所在年份的法定节假日安排尚未导入，暂不能任职",
        "NOTICE_RUNNING": "任前公示期到 {ends_on} 才结束",
        # 任前公示期间反映问题: the appointment waits until the objection is checked
        "OBJECTION_OPEN": "任前公示期间反映的问题正在核查，须先核查办结",
        "NO_OPEN_OBJECTION": "没有正在核查的任前公示反映问题",
        "OUTSIDE_NOTICE": "任前公示期为 {starts_on} 至 {ends_on}，反映问题的日期须在此期间",
        "BEFORE_OBJECTION": "早于反映问题的日期（{reported_on}）",
        "IN_THE_FUTURE": "不能是将来的日期",
        "LEFT_BEFORE_TAKING_POST": "早于该干部任职日期（{since}）",
        "UNKNOWN_ORG_UNIT": "没有这个党组织",
        "ORG_UNIT_DISSOLVED": "该党组织已于 {dissolved_on} 撤销",
        # Double Training (双培工程) and evaluation (实绩考核)
        "UPGRADE_EXISTS": "学历提升记录 {upgrade_id} 已经存在",
        "NOT_AN_UPGRADE": "该干部已有“{level}”学历，不是学历提升",
        "ALREADY_ENROLLED": "该干部已在读",
        "ALREADY_GRADUATED": "已经毕业",
        "TRAINING_EXISTS": "培训记录 {training_id} 已经存在",
        "ALREADY_COMPLETED": "培训已经完成",
        "HOURS": "学时须大于 0 且不超过 {most}",
        "ALREADY_EVALUATED": "该干部 {year} 年度已经考核",
        "YEAR_NOT_STARTED": "年度开始后才能考核该年度",
        "ACHIEVEMENTS_REQUIRED": "评为优秀须列出实绩（用实绩说话）",
        # University-student village officials (大学生村官)
        "SERVICE_TERM": "服务期为 {years} 年",
        "NOT_A_VILLAGE_CODE": "村（社区）的行政区划代码为 12 位",
        "ALREADY_ASSIGNED": "该干部已被选派为大学生村官",
        "NOT_SERVING": "该大学生村官{status}",
        "EVALUATION_REQUIRED": "转任须有最近一次称职或优秀的考核",
        # Township-year summaries of pay (收入增长计划) and grades (实绩考核): at least 5
        # people, published once, corrected only when as many records changed
        "NOT_A_TOWNSHIP_CODE": "乡镇（街道）的行政区划代码为 9 位",
        "TOO_FEW_PEOPLE": "{year} 年度汇总至少需要 {least} 名干部的{what}，现有 {people} 名",
        "ALREADY_PUBLISHED": (
            "该乡镇本年度汇总已于 {published_on} 公布；更正须与每个已公布版本相比"
            "至少 {least} 条记录有变动，现有 {changed} 条"
        ),
        "PUBLISHED_UNCORRECTABLE": "该汇总在统计更正之前已公布（最近一次 {published_on}），不能更正",
    },
)
