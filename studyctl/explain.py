"""The explanations of the check rules, as data: each rule's group and severity, and an example —
a record that fails, and the same record mended — taken from the shipped example office (records/).

What `studyctl explain RULE` says in words (what the rule checks, the campaign sentence it comes
from, how to fix it) is in the message catalogue (`studyctl/messages/explain.py`); the finding each
example gives is in `studyctl/messages/explain_findings.py`, written from real runs of the check by
tests/test_explain.py (STUDYCTL_REGEN_DOCS=1 rewrites it) and compared with them on every test run.
The records of an example are data, the same in either language, as records are.
"""

# ruff: noqa: E501  (records are quoted line for line, as the office wrote them)
from __future__ import annotations

from dataclasses import dataclass, field

from studyctl.messages import has_message, t

# the groups in the order `check` reports them, and the rules of each in that order
GROUPS: dict[str, tuple[str, ...]] = {
    "records": ("yaml", "schema", "reference", "duplicate", "location"),
    "five-haves": ("schedule", "attendance", "minutes", "reflections", "notebook"),
    "rhythm": ("study-day", "exchange", "host", "anti-corruption", "calendar"),
    "members": ("plan", "plan-overdue", "review", "degree", "self-report", "exhibition"),
    "audit": ("sealed", "seal-signature", "uncommitted", "temp-file", "audit-skipped"),
}


@dataclass(frozen=True)
class Example:
    """A failing state of the example office and the mended one, checked as `check` would.

    `bad` and `good` map a path in the records folder to its text, or to None: no such file.
    `git` says how the folder is kept: "" not in git; "uncommitted": the shipped records
    committed, then `bad` written and left uncommitted, `good` written and committed;
    "sealed": the shipped records committed and 2026Q2 sealed, then `bad` committed, then `good`."""

    period: str  # 2026Q2 or 2026
    today: str
    bad: dict[str, str | None]
    good: dict[str, str | None] = field(default_factory=dict)
    git: str = ""
    show_good: bool = True

    @property
    def check_command(self) -> str:
        """The command that checks the example: `studyctl check` with its quarter or year."""
        option = "--year" if len(self.period) == 4 else "--quarter"
        return f"studyctl check {option} {self.period}"


# the severities a rule's findings have (RULES.md): "both" is an error or a warning, by case
SEVERITY: dict[str, str] = {
    **dict.fromkeys(("yaml", "schema", "reference", "duplicate", "location"), "error"),
    **dict.fromkeys(("schedule", "attendance", "minutes", "notebook", "plan", "review"), "error"),
    **dict.fromkeys(("self-report", "exhibition", "sealed", "seal-signature"), "error"),
    **dict.fromkeys(("reflections", "exchange", "anti-corruption", "calendar", "plan-overdue"), "warning"),
    **dict.fromkeys(("uncommitted", "temp-file", "audit-skipped"), "warning"),
    **dict.fromkeys(("study-day", "host", "degree"), "both"),
}


def title(rule: str, lang: str) -> str:
    """The rule's name as `check` heads its findings (有考勤), or the explanation's own."""
    for key in (f"check.rule.{rule}", f"explain.{rule}.name"):
        if has_message(key):
            return t(key, lang)
    return rule


def group_of(rule: str) -> str | None:
    """The group `rule` is listed under, or None for a rule of no group."""
    for group, rules in GROUPS.items():
        if rule in rules:
            return group
    return None


def find_rule(name: str, known: list[str]) -> str | None:
    """The rule named by its id or by its name in either language (有考勤, attendance)."""
    wanted = name.strip().casefold()
    for rule in known:
        names = [rule, *(title(rule, lang) for lang in ("zh", "en"))]
        if wanted in (n.casefold() for n in names):
            return rule
    return None


def explained(registered: list[str]) -> list[str]:
    """The rules `explain` knows: those of this build, and those explained ahead of their code."""
    order = [rule for rules in GROUPS.values() for rule in rules]
    known = [r for r in order if r in registered or has_message(f"explain.{r}.summary")]
    return known + [r for r in registered if r not in known]


def all_rules(registered: list[str]) -> list[str]:
    """The rules of this build, grouped and ordered as `check` shows them."""
    order = [rule for rules in GROUPS.values() for rule in rules]
    return [r for r in order if r in registered] + [r for r in registered if r not in order]


# --- the example office's records the examples change ----------------------------------------

WTZ_SESSION = "sessions/2026/2026-06-03-unit-study-wtz.yaml"
WTZ = """\
date: 2026-06-03
kind: unit-study
units:
  - wtz
participants: []
host: tao-wen
topic: 学习公共文化服务相关政策
area: knowledge
minutes:
  recorder: qian-lijuan
  text: |
    6月3日下午，文体站开展站所办学习，文体站站长陶文主持，学习公共文化服务相关政策。会上检查了农家书屋的借阅登记情况。学习中明确了文化阵地管理的责任。讨论中，严佳提出要把所学用到农家书屋管理工作中。会后要求每人整理学习笔记。
attendance:
  tao-wen: present
  ge-lihua:
    status: leave
    reason: 事假
  yan-jia: present
  lu-xiaoyan: late
"""
WTZ_CHANGED = WTZ.replace("lu-xiaoyan: late", "lu-xiaoyan: present")
WTZ_THURSDAY = WTZ.replace("2026-06-03", "2026-06-04").replace("6月3日", "6月4日")
WTZ_SCHEDULE = """\
published: 2026-06-01
entries:
  - date: 2026-06-04
    kind: unit-study
    units:
      - wtz
    topic: 学习公共文化服务相关政策
    host: tao-wen
"""

YAN_JIA_PLAN = """\
member: yan-jia
year: 2026
goals: 坚持周五学习日和周二交流，系统学习“四学”内容，做到学有所得
essays_target: 4
items:
  - area: economics
    content: 系统学习金融基础知识并撰写心得一篇
    due: 2026-03-31
    done: 2026-03-16
  - area: law
    content: 学习《环境保护法》并撰写心得体会一篇
    due: 2026-06-30
    done: 2026-06-22
  - area: politics
    content: 系统学习“两个率先”目标要求，做好读书笔记
    due: 2026-09-30
    done: 2026-09-21
  - area: knowledge
    content: 掌握网络信息安全知识，能独立操作
    due: 2026-12-31
    done: null
"""
YAN_JIA_PLAN_NO_ECONOMICS = YAN_JIA_PLAN.replace(
    "  - area: economics\n    content: 系统学习金融基础知识并撰写心得一篇\n    due: 2026-03-31\n    done: 2026-03-16\n",
    "",
)

YAN_JIA = """\
id: yan-jia
name: 严佳
unit: wtz
role: staff
born: 1996-06-14
education: bachelor
party_member: false
office_automation: true
joined: 2020-09-01
left: null
"""

YAN_JIA_SELF_REPORT = """\
---
member: yan-jia
year: 2026
self_rating: good
---
对照年度学习计划，今年我坚持参加周五学习日和周二交流，写学习心得 4 篇，学习了《环境保护法》和金融基础知识，计划中的网络信息安全知识还需继续学习。今后要提高学习的系统性，把所学用到文化阵地建设中。
"""

CONFIG = """\
organization: 青石镇机关
campaign_start: 2026-01-01
language: zh
rules:
  essays_per_year: 4
  anti_corruption_per_year: 10
  study_day: friday
  exchange_day: tuesday
  minutes_min_chars: 50
  degree_min: associate
  degree_age_limit: 50
  degree_deadline_years: 3
  degree_rate_target: 0.85
"""
CONFIG_2027 = (
    CONFIG
    + """\
calendar:
  holidays: [2027-01-01, 2027-02-05, 2027-02-08, 2027-02-09, 2027-02-10, 2027-02-11]
  workdays: [2027-02-06]
"""
)

STUDY_DAY_0612 = """\
date: 2026-06-12
kind: study-day
units:
  - all
participants: []
host: dai-jianxin
topic: 学习市场经济运行规则
area: economics
minutes:
  recorder: qian-lijuan
  text: |
    本周学习日安排在6月12日上午，学习内容为市场经济运行规则，由农业服务中心副主任戴建新主持并领学。市场经济是法治经济，也是信用经济，公平竞争、诚实守信是基本规则。学习中结合全镇招商引资项目，讨论了如何优化服务、留住企业。方志强、沈国华分别结合高标准农田建设和全镇党建工作谈了学习体会。
attendance:
  shen-guohua: present
  lu-jianping: present
  gu-xiuying: present
  zhou-haiyan:
    status: leave
    reason: 陪护家人住院
  qian-lijuan: present
  wu-xiaodong: present
  xu-jing: present
  zhu-wenbin: present
  huang-zhigang: present
  yang-jianjun: present
  zhang-wei: present
  chen-xiaomin: present
  sun-haoran: present
  liu-chunmei: present
  wang-guifang: present
  li-hongmei: present
  zhao-yong: present
  zheng-li: late
  he-jianhua: present
  ma-yulan: present
  cao-lei: present
  jiang-weidong: present
  han-lixin: present
  feng-tao: present
  ding-xiaojun: present
  tang-min: present
  peng-guoqiang: present
  yuan-zhihua: present
  pan-yumei: present
  gao-yuhang:
    status: leave
    reason: 防汛值班
  luo-ting: present
  song-chunhua: present
  tian-xiaowen: present
  qiu-yongming: present
  dai-jianxin: present
  xia-guilan: present
  fang-zhiqiang: present
  cheng-liang: present
  yao-fang: present
  xie-hong: present
  xue-haijun: present
  fan-xiaofeng: present
  shi-xiaolei: present
  jin-xiulan: present
  tang-jun:
    status: leave
    reason: 事假
  tao-wen: present
  ge-lihua: present
  yan-jia: present
  lu-xiaoyan: present
"""

EXCHANGE_0609 = """\
date: 2026-06-09
kind: exchange
units:
  - all
participants: []
host: jiang-weidong
topic: 交流学习《村民委员会组织法》的心得体会
area: law
minutes:
  recorder: qian-lijuan
  text: |
    6月9日下午召开学习心得交流会，主题是交流学习《村民委员会组织法》的收获，由副镇长蒋卫东主持。范晓峰谈了在社区矫正工作中运用所学知识的一个例子。周海燕就会务保障工作提出了一点建议，大家进行了讨论。最后蒋卫东小结，肯定了大家的学习成果。
attendance:
  shen-guohua: present
  lu-jianping: present
  gu-xiuying: present
  zhou-haiyan: present
  qian-lijuan: present
  wu-xiaodong: late
  xu-jing: present
  zhu-wenbin: present
  huang-zhigang: present
  yang-jianjun: present
  zhang-wei: present
  chen-xiaomin: late
  sun-haoran: late
  liu-chunmei:
    status: leave
    reason: 参加函授面授
  wang-guifang: present
  li-hongmei: present
  zhao-yong: present
  zheng-li: late
  he-jianhua: present
  ma-yulan: present
  cao-lei: present
  jiang-weidong: present
  han-lixin: present
  feng-tao: present
  ding-xiaojun: present
  tang-min: present
  peng-guoqiang: present
  yuan-zhihua: present
  pan-yumei: present
  gao-yuhang: present
  luo-ting: present
  song-chunhua: present
  tian-xiaowen: present
  qiu-yongming: late
  dai-jianxin: present
  xia-guilan: present
  fang-zhiqiang: present
  cheng-liang: present
  yao-fang: present
  xie-hong: present
  xue-haijun: late
  fan-xiaofeng: present
  shi-xiaolei:
    status: leave
    reason: 下村检查防汛工作
  jin-xiulan: present
  tang-jun: present
  tao-wen: present
  ge-lihua: present
  yan-jia: present
  lu-xiaoyan: present
"""

ANTI_CORRUPTION_0318 = """\
date: 2026-03-18
kind: anti-corruption
units:
  - all
participants: []
host: xue-haijun
topic: 观看反腐倡廉警示教育片《警钟长鸣》
area: law
minutes:
  recorder: qian-lijuan
  text: |
    3月18日下午，组织机关全体党员干部在会议室观看反腐倡廉警示教育片《警钟长鸣》，综治办主任薛海军主持。会上强调，要提高党员干部遵守党风廉政建设有关规定的自觉性。大家表示要以案为鉴，筑牢拒腐防变的思想防线。冯涛结合建筑工地安全检查工作谈了观后感。薛海军要求党员干部常怀敬畏之心，廉洁用权。
attendance:
  shen-guohua: present
  lu-jianping: present
  gu-xiuying: present
  zhou-haiyan: present
  qian-lijuan: present
  wu-xiaodong: present
  xu-jing: present
  zhu-wenbin: present
  huang-zhigang: present
  yang-jianjun: present
  zhang-wei: present
  chen-xiaomin: present
  sun-haoran: present
  liu-chunmei: present
  wang-guifang: present
  li-hongmei: late
  zhao-yong: present
  zheng-li: present
  he-jianhua: present
  ma-yulan: present
  cao-lei: present
  jiang-weidong: present
  han-lixin: present
  feng-tao: present
  ding-xiaojun:
    status: leave
    reason: 下村督查
  tang-min: present
  peng-guoqiang: present
  yuan-zhihua: present
  pan-yumei:
    status: leave
    reason: 事假
  gao-yuhang: present
  luo-ting: present
  song-chunhua: present
  tian-xiaowen: present
  qiu-yongming: present
  dai-jianxin: present
  xia-guilan: present
  fang-zhiqiang: present
  cheng-liang: present
  yao-fang: present
  xie-hong: present
  xue-haijun: present
  fan-xiaofeng: present
  shi-xiaolei: present
  jin-xiulan: present
  tang-jun: present
  tao-wen: present
  ge-lihua: present
  yan-jia: present
  lu-xiaoyan: present
"""

ESSAY_YAN_JIA_0626 = """\
---
author: yan-jia
date: 2026-06-26
title: 学《中国共产党章程》，促文化阵地建设
area: politics
session: null
published_in: null
suggestions: 0
---
为提高自身素质，我按照镇机关的学习安排，认真学习了《中国共产党章程》，并在周二交流时谈了初步体会。现将学习心得整理如下。

学习中我重点把握了以下内容。党章是党的根本大法，是全党必须遵循的总规矩。学习党章要经常学、对照学，把党章的要求落实到日常言行中。

一是要确立正确的世界观、人生观、价值观，时刻把群众利益放在第一位。二是要自觉学习党的路线方针政策，在思想上、行动上与党组织保持一致。

农家书屋图书更新慢、借阅率不高，是需要解决的问题。在文化阵地建设中，我发现群众对文化活动的需求越来越多样。联系文化阵地建设工作实际，我打算从规范流程、提高效率两方面入手，把学到的知识用到实处。同时也要看到，自己在学习的系统性上还有欠缺，有时满足于完成任务。

以上是我学习的一点粗浅体会，不当之处请同志们批评指正。
"""

REVIEW_YAN_JIA_Q2 = """\
member: yan-jia
quarter: 2026Q2
reviewer: qian-lijuan
attitude: excellent
content: excellent
results: excellent
notebook: kept
notes: 心得按时上交，笔记整洁，有摘录有体会，学习态度端正，带头作用明显。
"""

EXHIBITION_1218 = """\
date: 2026-12-18
kind: exhibition
units:
  - all
participants: []
host: shen-guohua
topic: 2026 年度学习交流和学习展评
area: politics
minutes:
  recorder: qian-lijuan
  text: |
    12月18日上午，在机关会议室举办年度学习交流和学习展评，镇党委书记沈国华主持。会上展出了全体干部的学习笔记和学习心得，各站所办推选代表交流了一年来的学习体会，并对学习笔记进行了评比。
attendance:
  shen-guohua: present
  lu-jianping: present
  gu-xiuying: present
  zhou-haiyan: present
  qian-lijuan: present
  wu-xiaodong: present
  xu-jing: present
  zhu-wenbin: present
  huang-zhigang: present
  yang-jianjun: present
  zhang-wei: present
  chen-xiaomin: present
  sun-haoran: present
  liu-chunmei: present
  wang-guifang: present
  li-hongmei: present
  zheng-li: present
  he-jianhua: present
  ma-yulan: present
  cao-lei: present
  jiang-weidong: present
  han-lixin: present
  feng-tao: present
  ding-xiaojun: present
  tang-min: present
  peng-guoqiang: present
  yuan-zhihua: present
  pan-yumei: present
  gao-yuhang: present
  luo-ting: present
  song-chunhua: present
  tian-xiaowen: present
  qiu-yongming: present
  dai-jianxin: present
  xia-guilan: present
  fang-zhiqiang: present
  cheng-liang: present
  yao-fang: present
  xie-hong: present
  xue-haijun: present
  fan-xiaofeng: present
  shi-xiaolei: present
  jin-xiulan: present
  tang-jun: present
  tao-wen: present
  ge-lihua: present
  yan-jia: present
  lu-xiaoyan: present
"""

Q2, AFTER = "2026Q2", "2026-11-27"
STUDY_DAY = "sessions/2026/2026-06-12-study-day.yaml"
EXCHANGE = "sessions/2026/2026-06-09-exchange.yaml"
ANTI_CORRUPTION = "sessions/2026/2026-03-18-anti-corruption.yaml"
ESSAY = "essays/2026/2026-06-26-yan-jia-dangzhang.md"
REVIEW = "reviews/2026/Q2/yan-jia.yaml"
PLAN = "plans/2026/yan-jia.yaml"
MEMBER = "members/yan-jia.yaml"
EXHIBITION = "sessions/2026/2026-12-18-exhibition.yaml"
TEMP = "sessions/2026/.2026-06-03-unit-study-wtz.yaml.tmp-k3v9q1"
TOPIC = "topic: 学习公共文化服务相关政策"

EXAMPLES: dict[str, Example] = {
    "yaml": Example(
        Q2,
        AFTER,
        {WTZ_SESSION: WTZ.replace(TOPIC, "topic: 学习: 公共文化服务相关政策")},
        {WTZ_SESSION: WTZ.replace(TOPIC, 'topic: "学习: 公共文化服务相关政策"')},
    ),
    "schema": Example(
        Q2, AFTER, {WTZ_SESSION: WTZ.replace("lu-xiaoyan: late", "lu-xiaoyan: 迟到")}, {WTZ_SESSION: WTZ}
    ),
    "reference": Example(
        Q2, AFTER, {WTZ_SESSION: WTZ.replace("host: tao-wen", "host: taowen")}, {WTZ_SESSION: WTZ}
    ),
    "duplicate": Example(
        Q2, AFTER, {"plans/2026/yan-jia-2.yaml": YAN_JIA_PLAN}, {"plans/2026/yan-jia-2.yaml": None}
    ),
    "location": Example(
        Q2, AFTER, {WTZ_SESSION: WTZ.replace("date: 2026-06-03", "date: 2026-06-04")}, {WTZ_SESSION: WTZ}
    ),
    "schedule": Example(
        Q2,
        AFTER,
        {"sessions/2026/2026-06-04-unit-study-wtz.yaml": WTZ_THURSDAY},
        {
            "sessions/2026/2026-06-04-unit-study-wtz.yaml": WTZ_THURSDAY,
            "schedules/2026/2026-06-wtz.yaml": WTZ_SCHEDULE,
        },
    ),
    "attendance": Example(
        Q2, AFTER, {WTZ_SESSION: WTZ.replace("  yan-jia: present\n", "")}, {WTZ_SESSION: WTZ}
    ),
    "minutes": Example(
        Q2,
        AFTER,
        {
            WTZ_SESSION: WTZ.split("  text: |\n")[0]
            + "  text: |\n    学习了公共文化服务相关政策。\n"
            + "attendance:"
            + WTZ.split("attendance:")[1]
        },
        {WTZ_SESSION: WTZ},
    ),
    "reflections": Example(Q2, AFTER, {ESSAY: None}, {ESSAY: ESSAY_YAN_JIA_0626}),
    "notebook": Example(
        Q2,
        AFTER,
        {REVIEW: REVIEW_YAN_JIA_Q2.replace("notebook: kept", "notebook: incomplete")},
        {REVIEW: REVIEW_YAN_JIA_Q2},
    ),
    "study-day": Example(Q2, AFTER, {STUDY_DAY: None}, {STUDY_DAY: STUDY_DAY_0612}),
    "exchange": Example(Q2, AFTER, {EXCHANGE: None}, {EXCHANGE: EXCHANGE_0609}),
    "host": Example(
        Q2, AFTER, {WTZ_SESSION: WTZ.replace("host: tao-wen", "host: yan-jia")}, {WTZ_SESSION: WTZ}
    ),
    "anti-corruption": Example(
        "2026Q1", AFTER, {ANTI_CORRUPTION: None}, {ANTI_CORRUPTION: ANTI_CORRUPTION_0318}
    ),
    "calendar": Example("2027Q1", "2027-01-15", {"studyctl.yaml": CONFIG}, {"studyctl.yaml": CONFIG_2027}),
    "plan": Example(Q2, AFTER, {PLAN: YAN_JIA_PLAN_NO_ECONOMICS}, {PLAN: YAN_JIA_PLAN}),
    "plan-overdue": Example(
        Q2, AFTER, {PLAN: YAN_JIA_PLAN.replace("done: 2026-06-22", "done: null")}, {PLAN: YAN_JIA_PLAN}
    ),
    "review": Example(Q2, AFTER, {REVIEW: None}, {REVIEW: REVIEW_YAN_JIA_Q2}),
    "degree": Example(
        Q2,
        AFTER,
        {MEMBER: YAN_JIA.replace("education: bachelor", "education: high-school")},
        {MEMBER: YAN_JIA},
    ),
    "self-report": Example(
        "2026",
        "2027-01-15",
        {"self-reports/2026/yan-jia.md": None},
        {"self-reports/2026/yan-jia.md": YAN_JIA_SELF_REPORT},
    ),
    "exhibition": Example("2026", "2027-01-15", {EXHIBITION: None}, {EXHIBITION: EXHIBITION_1218}),
    "sealed": Example(Q2, AFTER, {WTZ_SESSION: WTZ_CHANGED}, {WTZ_SESSION: WTZ}, git="sealed"),
    "uncommitted": Example(
        Q2, AFTER, {WTZ_SESSION: WTZ_CHANGED}, {WTZ_SESSION: WTZ_CHANGED}, git="uncommitted", show_good=False
    ),
    "temp-file": Example(Q2, AFTER, {TEMP: WTZ[:120]}, {TEMP: None}, show_good=False),
}
