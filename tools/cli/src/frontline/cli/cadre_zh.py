"""Chinese of `frontline cadre …`: registry, 选拔任用, 双培工程, 大学生村官, 收入增长计划."""

from __future__ import annotations

TEXTS: dict[str, str] = {
    # Registry
    "Register a cadre; the same ID number twice is refused.": "登记干部；同一身份证号不能重复登记。",
    "Correct a cadre's name, phone or birth date.": "更正干部的姓名、电话或出生日期。",
    "Erase a cadre's personal data for good (the key is destroyed).": (
        "永久删除干部的个人信息（销毁其密钥）。"
    ),
    "One cadre, with personal fields when your role may see them.": (
        "查看一名干部；您的角色有权查看时显示个人信息。"
    ),
    "Cadres registered under a division code.": "列出某行政区划下登记的干部。",
    "Annual evaluation (实绩考核): one grade per year, excellent names achievements.": (
        "年度实绩考核：每年一个等次，评为优秀须列出实绩。"
    ),
    "female or male": "性别：female 女 或 male 男",
    "Date of birth": "出生日期",
    "primary … college, bachelor, postgraduate": (
        "学历：primary 小学 …… college 大专、bachelor 本科、postgraduate 研究生"
    ),
    "Resident ID number (only its hash is kept)": "居民身份证号（只保存其哈希值）",
    "excellent, competent, basically_competent, …": (
        "等次：excellent 优秀、competent 称职、basically_competent 基本称职、incompetent 不称职"
    ),
    "Repeat for each": "每项实绩一个，可重复",
    "Calendar year": "年度",
    "Erase the personal data of {id}? This cannot be undone": "删除 {id} 的个人信息？此操作无法撤销",
    "updated": "已更正",
    "evaluated": "已记录考核",
    "cadres": "干部",
    "full name": "姓名",
    "birth date": "出生日期",
    "phone": "电话",
    "gender": "性别",
    "age": "年龄段",
    "age band": "年龄段",
    "education": "学历",
    "party member": "党员",
    "posts": "职务",
    "{post} @ {unit} since {day}": "{post}（{unit}，{day} 起）",
    "evaluations": "年度考核",
    "student official": "大学生村官",
    # Appointments (选拔任用)
    "Appointments: 推荐 → 考察 → 公示 → 任职": "选拔任用：推荐 → 考察 → 公示 → 任职",
    "Open an appointment procedure (民主推荐).": "启动选拔任用程序（民主推荐）。",
    "Record the inspection (考察); the discipline service answers with the integrity opinion (廉洁意见), which the public notice waits for.": (
        "记录考察情况；纪检监察机关随后出具廉洁意见，任前公示须等候该意见。"
    ),
    "Publish the pre-appointment notice (任前公示, ≥ 5 working days).": (
        "发布任前公示（不少于 5 个工作日）。"
    ),
    "Withdraw an appointment at any open step.": "在任一未结束的环节撤回任用。",
    "Appoint to an elected post from an election result.": "按选举结果任职。",
    "Record a cadre leaving a post.": "记录干部离任。",
    "Appointment procedures in progress.": "列出正在进行的选拔任用程序。",
    "Posts held now in an org unit.": "列出某党组织现有的职务。",
    "Appointment procedure id": "选拔任用程序编号",
    "secretary, deputy_secretary, committee_member, …": (
        "职务：secretary 书记、deputy_secretary 副书记、committee_member 委员 等"
    ),
    "Last day of the term": "任期最后一天",
    # 任前公示期间反映问题: the appointment is held until the objection is checked
    "Record an objection reported during the notice (任前公示期间反映问题): the appointment is"
    " held until the objection is checked.": ("登记任前公示期间反映的问题：核查办结前暂缓任职。"),
    "held until the objection is checked": "已暂缓任职，待核查所反映的问题",
    "Record the check of the open objection: cleared → appointed, upheld → withdrawn.": (
        "登记对所反映问题的核查结论：问题不成立 → 任职，问题属实 → 撤回任用。"
    ),
    "cleared (appoint) or upheld (withdraw)": (
        "核查结论：cleared 问题不成立（任职）或 upheld 问题属实（撤回任用）"
    ),
    "appointed when the notice ends": "公示期满后任职",
    "{stage} (objection {objection})": "{stage}（反映问题：{objection}）",
    "Election reference": "选举记录编号",
    "term_end, resignation, transfer, dismissal": (
        "离任原因：term_end 任期届满、resignation 辞职、transfer 调动、dismissal 因处分免职"
    ),
    "Also finished ones": "包括已结束的程序",
    "inspected; waiting for the discipline service's integrity opinion": (
        "已记录考察，等候纪检监察机关的廉洁意见"
    ),
    " (provisional: calendar year not loaded)": "（临时：该年度法定节假日尚未导入）",
    "notice until {day}{note}; appointed automatically after": "公示至 {day}{note}；期满后自动任职",
    "withdrawn": "已撤回",
    "appointed": "已任职",
    "left": "已离任",
    "appointment procedures": "选拔任用程序",
    "post": "职务",
    "stage": "环节",
    "notice until": "公示截止",
    "posts in {unit}": "{unit} 的职务",
    "since": "任职日期",
    "term end": "任期届满",
    "via": "产生方式",
    # Double Training (双培工程), student officials, pay
    "Double Training (双培)": "双培工程",
    "Enrol a cadre in an academic upgrade (学历提升).": "干部学历提升入学。",
    "Record graduation; the cadre's education level rises.": "记录毕业，干部学历随之提升。",
    "Start a professional training course (专业培训).": "开始专业培训。",
    "Record a completed training course.": "记录完成的培训。",
    "A cadre's academic upgrades and training.": "查看干部的学历提升和培训记录。",
    "Target education level": "目标学历",
    "party_building, rural_governance, agriculture, …": (
        "培训主题：party_building 党的建设、rural_governance 乡村治理、agriculture 农业技术 等"
    ),
    "Planned hours": "计划学时",
    "Hours attended": "实际学时",
    "education now {level}": "现学历：{level}",
    "academic upgrades": "学历提升",
    "target level": "目标学历",
    "institution": "学校",
    "enrolled": "入学日期",
    "graduated": "毕业日期",
    "training": "培训",
    "hours": "学时",
    "Student village officials": "大学生村官",
    "Assign a university-student village official (大学生村官).": "选派大学生村官。",
    "Convert a well-evaluated student official into a village cadre (转任).": (
        "考核合格的大学生村官转任村干部。"
    ),
    "Record a student official leaving.": "记录大学生村官离岗。",
    "Student village officials by township.": "按乡镇列出大学生村官。",
    "Village code (12 digits)": "村行政区划代码（12 位）",
    "Service term: 2 or 3 years": "服务期：2 或 3 年",
    "term_end, resignation, other": "离岗原因：term_end 服务期满、resignation 辞职、other 其他",
    "serving until {day}": "服务至 {day}",
    "converted": "已转任",
    "departed": "已离岗",
    "student village officials": "大学生村官",
    "village": "村",
    "from": "起",
    "to": "止",
    "grade": "考核等次",
    "Income growth plan: pay, summaries": "收入增长计划：报酬、汇总",
    "Record a cadre's pay for a year (kept inside the cadre service).": (
        "记录干部年度报酬（只保存在干部服务内）。"
    ),
    "Publish a township's yearly pay summary: count, average (to 100 yuan), growth. At least"
    " 5 cadres; once per township-year (a correction only when at least 5 pay records"
    " changed).": (
        "发布乡镇年度报酬汇总：人数、平均数（取整到百元）、增长。至少 5 名干部；"
        "每个乡镇每年只发布一次（至少 5 条报酬记录有变动时才可更正）。"
    ),
    "Annual evaluation: township counts per grade": "实绩考核：各乡镇按等次统计人数",
    "Publish a township's yearly counts per grade (实绩考核); no one's own grade. At least 5"
    " cadres; once per township-year (a correction only when at least 5 grades changed).": (
        "发布乡镇年度实绩考核各等次人数，不公布任何个人的等次。至少 5 名干部；"
        "每个乡镇每年只发布一次（至少 5 个等次有变动时才可更正）。"
    ),
    "Yearly pay in yuan": "年度报酬（元）",
    "Township code (9 digits)": "乡镇行政区划代码（9 位）",
    "recorded": "已记录",
}
