"""Generate the shipped example records: the fictional 青石镇机关 and its 2026 study records.

Run `python scripts/make_example_records.py [OUTDIR]` (default: `records/` of the repository).
The script deletes OUTDIR's record folders (units, members, plans, schedules, sessions, essays,
reviews, self-reports), rewrites `studyctl.yaml` and writes every record again. It is
deterministic: one `random.Random` with a fixed seed and a fixed "today", END = 2026-11-27
(never `date.today()`), so running it twice gives the same files.

What it makes (all people, the town and the journals are invented):
- 8 units (站所办) and 50 members: 1 secretary, 5 leaders, 10 middle-level cadres, 34 staff.
  One member joins on 2026-07-06 (xu-ming) and one leaves on 2026-08-14 (zhao-yong, transferred).
- a 2026 study plan for every member; a schedule per month (December's is published already and
  holds the year-end exhibition, which has not taken place yet);
- every week up to END: the whole-staff Friday study day (周五学习日, moved to the last working day
  before Friday when Friday is a holiday, and to the make-up Sunday 01-04 in 2026-W01) and the
  Tuesday exchange (周二交流, moved when Tuesday is a holiday); plus unit study, cadre meetings,
  branch meetings (party members), joint meetings (secretary + leaders), anti-corruption warning
  education and a patriotic session. Hosts rotate among middle-level-and-above cadres so that
  their counts never differ by more than 2; recorders are clerks of 党政办;
- about four essays per member, some tied to a session, a few published in CN-numbered journals;
- the office's quarterly reviews for Q1..Q3. No self-reports yet: the year has not ended.

Q1, Q2 and Q4 up to END are meant to be clean. Q3 (weeks 2026-W27 .. W39) holds one realistic
slip per rule; `studyctl check --year 2026` should report exactly these and no record errors.
The plan and degree lapses are about a member, not a date, so they show in every period.

LAPSES (rule: the slip -- the file it affects; "absent" marks a file that is missing on purpose):
- schedule: the cjb unit study of 08-12 is on no schedule -- sessions/2026/2026-08-12-unit-study-cjb.yaml
- attendance: no entry for tang-jun at the 07-17 study day -- sessions/2026/2026-07-17-study-day.yaml
- attendance: yan-jia on leave without a reason, 09-01 exchange -- sessions/2026/2026-09-01-exchange.yaml
- minutes: one short sentence for the 09-15 exchange -- sessions/2026/2026-09-15-exchange.yaml
- reflections: zheng-li has 2 essays by 09-30, pace 3 -- essays/2026/*-zheng-li-*.md
- notebook: fang-zhiqiang's Q3 review says incomplete -- reviews/2026/Q3/fang-zhiqiang.yaml
- review: no Q3 review of fan-xiaofeng (notebook fires too) -- reviews/2026/Q3/fan-xiaofeng.yaml (absent)
- study-day: none in W32, 08-07 dropped for flood duty -- sessions/2026/2026-08-07-study-day.yaml (absent)
- study-day: W35's on Wed 08-26 though Fri 08-28 was a workday -- sessions/2026/2026-08-26-study-day.yaml
- exchange: none in W31 -- sessions/2026/2026-07-28-exchange.yaml (absent)
- host: staff zhang-wei hosted the jjfzb unit study of 09-09 -- sessions/2026/2026-09-09-unit-study-jjfzb.yaml
- anti-corruption: 7 by 09-30, pace 8; none in Aug and Sep -- sessions/2026/*-anti-corruption.yaml
- plan: feng-tao's plan has no economics item -- plans/2026/feng-tao.yaml
- plan-overdue: yao-fang's item due 2026-08-31 is not done -- plans/2026/yao-fang.yaml
- degree: ding-xiaojun, born 1980, holds a high-school diploma only -- members/ding-xiaojun.yaml
"""

from __future__ import annotations

import datetime as dt
import random
import shutil
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from studyctl.workdays import Calendar  # noqa: E402

try:
    from studyctl.yamlio import dump_yaml
except ImportError:  # pragma: no cover - only while studyctl.yamlio is being written
    import yaml

    def dump_yaml(data: dict) -> str:  # type: ignore[misc]
        return yaml.safe_dump(
            data, allow_unicode=True, sort_keys=False, default_flow_style=False, width=10**6
        )


SEED = 20260101
YEAR = 2026
START = dt.date(2026, 1, 1)
END = dt.date(2026, 11, 27)  # the records' "today"
D = dt.date
CAL = Calendar()
RECORD_FOLDERS = ("units", "members", "plans", "schedules", "sessions", "essays", "reviews", "self-reports")
AREAS = ("politics", "law", "economics", "knowledge")

# --- organization --------------------------------------------------------------------------------

ORGANIZATION = "青石镇机关"

UNITS = [
    ("dzb", "党政办"),
    ("jjfzb", "经济发展办"),
    ("shswb", "社会事务办"),
    ("cjb", "城建办"),
    ("czs", "财政所"),
    ("nyfwzx", "农业服务中心"),
    ("zzb", "综治办"),
    ("wtz", "文体站"),
]
UNIT_NAME = dict(UNITS)

# id, name, unit, role, title (- for none), born, education, party member, office automation, joined
MEMBER_TABLE = """
shen-guohua    沈国华  dzb     secretary  镇党委书记          1970-03-14  master       yes  yes  2019-06-03
lu-jianping    陆建平  dzb     leader     镇长                1973-09-02  bachelor     yes  yes  2020-01-06
gu-xiuying     顾秀英  dzb     leader     宣传委员            1975-11-20  bachelor     yes  yes  2016-03-01
zhou-haiyan    周海燕  dzb     middle     党政办主任          1981-04-08  bachelor     yes  yes  2011-08-15
qian-lijuan    钱丽娟  dzb     staff      -                   1988-07-23  bachelor     yes  yes  2012-09-03
wu-xiaodong    吴晓东  dzb     staff      -                   1992-02-17  bachelor     yes  yes  2016-08-01
xu-jing        徐静    dzb     staff      -                   1995-10-05  bachelor     no   yes  2019-08-12
zhu-wenbin     朱文斌  dzb     staff      -                   1968-05-30  high-school  yes  no   1992-04-01
huang-zhigang  黄志刚  jjfzb   leader     副镇长              1974-08-11  master       yes  yes  2018-02-26
yang-jianjun   杨建军  jjfzb   middle     经济发展办主任      1978-01-29  bachelor     yes  yes  2005-07-01
zhang-wei      张伟    jjfzb   staff      -                   1985-12-03  bachelor     yes  yes  2009-08-03
chen-xiaomin   陈晓敏  jjfzb   staff      -                   1990-06-19  master       yes  yes  2015-08-17
sun-haoran     孙浩然  jjfzb   staff      -                   1993-03-09  bachelor     no   yes  2017-08-07
liu-chunmei    刘春梅  jjfzb   staff      -                   1983-02-14  associate    yes  yes  2006-03-20
xu-ming        许明    jjfzb   staff      -                   1998-09-27  master       yes  yes  2026-07-06
wang-guifang   王桂芳  shswb   leader     副镇长              1972-12-06  bachelor     yes  yes  2017-05-08
li-hongmei     李红梅  shswb   middle     社会事务办主任      1979-10-21  bachelor     yes  yes  2003-09-01
zhao-yong      赵勇    shswb   staff      -                   1984-07-07  associate    yes  yes  2008-04-01
zheng-li       郑丽    shswb   staff      -                   1991-01-25  bachelor     yes  yes  2014-08-04
he-jianhua     何建华  shswb   staff      -                   1969-04-16  secondary    yes  no   1990-10-08
ma-yulan       马玉兰  shswb   staff      -                   1987-08-30  associate    no   yes  2010-06-01
cao-lei        曹磊    shswb   staff      -                   1996-11-11  bachelor     no   yes  2020-08-10
jiang-weidong  蒋卫东  cjb     leader     副镇长              1971-06-25  bachelor     yes  yes  2015-12-01
han-lixin      韩立新  cjb     middle     城建办主任          1977-03-03  bachelor     yes  yes  2002-07-15
feng-tao       冯涛    cjb     staff      -                   1986-05-18  associate    yes  yes  2010-03-01
ding-xiaojun   丁小军  cjb     staff      -                   1980-04-02  high-school  no   yes  2001-05-14
tang-min       唐敏    cjb     staff      -                   1994-09-09  bachelor     yes  yes  2018-08-06
peng-guoqiang  彭国强  cjb     staff      -                   1967-01-12  high-school  yes  no   1989-09-01
yuan-zhihua    袁志华  czs     middle     财政所所长          1976-06-30  bachelor     yes  yes  2004-02-16
pan-yumei      潘玉梅  czs     middle     财政所副所长        1982-12-24  bachelor     yes  yes  2007-07-02
gao-yuhang     高宇航  czs     staff      -                   1989-04-27  bachelor     yes  yes  2013-08-12
luo-ting       罗婷    czs     staff      -                   1992-08-03  master       yes  yes  2018-09-03
song-chunhua   宋春华  czs     staff      -                   1974-02-08  associate    yes  yes  1998-03-02
tian-xiaowen   田晓雯  czs     staff      -                   1997-05-21  bachelor     no   yes  2021-08-09
qiu-yongming   邱永明  nyfwzx  middle     农业服务中心主任    1970-09-15  associate    yes  yes  1994-07-01
dai-jianxin    戴建新  nyfwzx  middle     农业服务中心副主任  1975-03-28  bachelor     yes  yes  1999-08-02
xia-guilan     夏桂兰  nyfwzx  staff      -                   1973-10-10  secondary    yes  no   1995-04-03
fang-zhiqiang  方志强  nyfwzx  staff      -                   1985-06-06  associate    yes  yes  2009-03-16
cheng-liang    程亮    nyfwzx  staff      -                   1990-12-01  bachelor     yes  yes  2014-08-18
yao-fang       姚芳    nyfwzx  staff      -                   1988-03-19  associate    no   yes  2011-07-04
xie-hong       谢宏    nyfwzx  staff      -                   1966-08-22  high-school  yes  no   1988-06-01
xue-haijun     薛海军  zzb     middle     综治办主任          1976-05-13  bachelor     yes  yes  2006-09-01
fan-xiaofeng   范晓峰  zzb     staff      -                   1986-10-29  bachelor     yes  yes  2011-08-08
shi-xiaolei    石晓磊  zzb     staff      -                   1991-07-04  associate    yes  yes  2013-10-08
jin-xiulan     金秀兰  zzb     staff      -                   1979-01-17  associate    yes  yes  2002-03-11
tang-jun       汤俊    zzb     staff      -                   1995-04-12  bachelor     yes  yes  2019-08-05
tao-wen        陶文    wtz     middle     文体站站长          1980-11-02  bachelor     yes  yes  2008-05-05
ge-lihua       葛丽华  wtz     staff      -                   1984-02-26  associate    yes  yes  2007-03-19
yan-jia        严佳    wtz     staff      -                   1996-06-14  bachelor     no   yes  2020-09-01
lu-xiaoyan     卢晓燕  wtz     staff      -                   1989-09-08  associate    yes  yes  2012-04-09
"""


def _members() -> list[tuple]:
    rows = []
    for line in MEMBER_TABLE.strip().splitlines():
        mid, name, unit, role, title, born, edu, party, oa, joined = line.split()
        rows.append(
            (
                mid, name, unit, role, "" if title == "-" else title, dt.date.fromisoformat(born), edu,
                party == "yes", oa == "yes", dt.date.fromisoformat(joined),
            )
        )  # fmt: skip
    return rows


MEMBERS = _members()

# associate holders studying for a bachelor's degree (函授/自考): member -> expected
DEGREE_IN_PROGRESS = {
    "liu-chunmei": D(2027, 7, 1),
    "ma-yulan": D(2027, 1, 15),
    "feng-tao": D(2027, 7, 1),
    "shi-xiaolei": D(2026, 12, 31),
    "lu-xiaoyan": D(2027, 7, 1),
}

PINNED_HOSTS = {"kickoff": "shen-guohua", "results": "gu-xiuying"}  # session note -> host
JOINER, JOIN_DATE = "xu-ming", D(2026, 7, 6)
LEAVER, LEAVE_DATE = "zhao-yong", D(2026, 8, 14)
CLERKS = ("qian-lijuan", "wu-xiaodong", "xu-jing")  # 党政办 clerks who keep the minutes
REVIEWER, REVIEWER_OF_REVIEWER = "qian-lijuan", "wu-xiaodong"

# the lapses (see the docstring)
LAPSE_UNSCHEDULED = D(2026, 8, 12)  # cjb unit study on no schedule
LAPSE_MISSING_ENTRY = (D(2026, 7, 17), "tang-jun")
LAPSE_LEAVE_NO_REASON = (D(2026, 9, 1), "yan-jia")
LAPSE_SHORT_MINUTES = D(2026, 9, 15)
LAPSE_FEW_ESSAYS = "zheng-li"
LAPSE_NOTEBOOK = "fang-zhiqiang"
LAPSE_NO_REVIEW = "fan-xiaofeng"
LAPSE_NO_STUDY_DAY = D(2026, 8, 7)
LAPSE_WEDNESDAY_STUDY = (D(2026, 8, 28), D(2026, 8, 26))
LAPSE_NO_EXCHANGE = D(2026, 7, 28)
LAPSE_STAFF_HOST = (D(2026, 9, 9), "zhang-wei", "yang-jianjun")
LAPSE_PLAN_AREA = ("feng-tao", "economics")
LAPSE_PLAN_OVERDUE = ("yao-fang", D(2026, 8, 31))

# --- topics --------------------------------------------------------------------------------------

# (topic, ASCII slug for essay file names)
TOPICS = {
    "politics": [
        ("马列主义基本原理", "malie-zhuyi"),
        ("毛泽东思想", "maozedong-sixiang"),
        ("邓小平理论", "dengxiaoping-lilun"),
        ("“三个代表”重要思想", "sange-daibiao"),
        ("党的十六大精神", "shiliuda-jingshen"),
        ("《中国共产党章程》", "dangzhang"),
        ("党的路线方针政策", "luxian-fangzhen"),
        ("“两个率先”目标要求", "liangge-shuaixian"),
        ("党的群众路线", "qunzhong-luxian"),
        ("党员先锋模范作用", "xianfeng-mofan"),
    ],
    "law": [
        ("《宪法》", "xianfa"),
        ("《行政许可法》", "xingzheng-xuke"),
        ("《行政处罚法》", "xingzheng-chufa"),
        ("《土地管理法》", "tudi-guanli"),
        ("《安全生产法》", "anquan-shengchan"),
        ("《农村土地承包法》", "tudi-chengbao"),
        ("《村民委员会组织法》", "cunweihui-zuzhifa"),
        ("《信访条例》", "xinfang-tiaoli"),
        ("《环境保护法》", "huanjing-baohu"),
        ("《防洪法》", "fanghong-fa"),
    ],
    "economics": [
        ("市场经济理论", "shichang-jingji"),
        ("市场经济运行规则", "yunxing-guize"),
        ("金融基础知识", "jinrong-zhishi"),
        ("财政税收知识", "caizheng-shuishou"),
        ("乡镇财政预算管理", "yusuan-guanli"),
        ("招商引资政策", "zhaoshang-yinzi"),
        ("农村集体经济发展", "jiti-jingji"),
        ("农民专业合作社发展", "hezuoshe"),
        ("现代企业管理知识", "qiye-guanli"),
    ],
    "knowledge": [
        ("办公自动化操作", "bangong-zidonghua"),
        ("计算机基础知识", "jisuanji-jichu"),
        ("WPS表格数据处理", "wps-biaoge"),
        ("公文写作与处理", "gongwen-xiezuo"),
        ("档案管理业务", "dangan-guanli"),
        ("农业实用技术", "nongye-jishu"),
        ("防汛抗旱业务知识", "fangxun-kanghan"),
        ("网络信息安全知识", "wangluo-anquan"),
        ("应急管理知识", "yingji-guanli"),
        ("新农村建设规划知识", "xinnongcun-guihua"),
    ],
}
TOPIC_SLUG = {t: s for area in TOPICS.values() for t, s in area}
AREA_CN = {
    "politics": "政治理论",
    "law": "法律法规",
    "economics": "经济理论",
    "knowledge": "科学文化和业务知识",
}

# the work of each unit, for discussions and essays
WORK = {
    "dzb": ["公文处理", "会务保障", "信息报送", "机关效能建设", "督查督办"],
    "jjfzb": ["招商引资", "项目推进", "企业服务", "安全生产监管", "工业园区建设"],
    "shswb": ["社会保障", "民政救助", "养老服务", "残疾人帮扶", "医疗保险征缴"],
    "cjb": ["村镇规划", "农房建设管理", "人居环境整治", "建筑工地安全检查", "集镇道路改造"],
    "czs": ["财政预算执行", "惠农补贴发放", "村级“三资”管理", "非税收入管理", "国库集中支付"],
    "nyfwzx": ["农业技术推广", "秸秆禁烧", "防汛抗旱", "高标准农田建设", "新农村建设"],
    "zzb": ["矛盾纠纷调处", "信访稳定", "平安建设", "网格化管理", "社区矫正"],
    "wtz": ["群众文化活动", "全民健身", "农家书屋管理", "文化阵地建设", "非遗保护"],
}

FILMS = [
    "《贪欲之祸》",
    "《底线》",
    "《警钟长鸣》",
    "《失守的防线》",
    "《迷途》",
    "《镜鉴》",
    "《权力的边界》",
    "《初心之问》",
    "《蜕变》",
    "《一念之差》",
]

JOURNALS = {  # invented provincial journals, by area
    "politics": ["《江东党建》CN 32-1561/D"],
    "law": ["《农村法治》CN 32-1820/D", "《基层治理研究》CN 32-1752/D"],
    "economics": ["《江东农村经济》CN 32-1694/F", "《乡镇财政与管理》CN 32-1433/F"],
    "knowledge": ["《基层治理研究》CN 32-1752/D", "《江东农村经济》CN 32-1694/F"],
}


def fresh(value):  # type: ignore[no-untyped-def]
    """A copy sharing no object with anything else: the YAML writer would add anchors."""
    if isinstance(value, dict):
        return {k: fresh(v) for k, v in value.items()}
    if isinstance(value, list):
        return [fresh(v) for v in value]
    if isinstance(value, dt.date):
        return dt.date(value.year, value.month, value.day)
    return value


def dump(data: dict) -> str:
    return dump_yaml(fresh(data))


LEADER_WORK = {
    "shen-guohua": ["全镇党建", "统筹全镇"],
    "lu-jianping": ["全镇经济", "政府日常"],
    "gu-xiuying": ["宣传思想", "精神文明建设"],
}


def member_work(rng: random.Random, m: Member) -> str:
    if m.id in LEADER_WORK:
        return rng.choice(LEADER_WORK[m.id])
    if m.role == "leader":
        return "分管的" + rng.choice(WORK[m.unit][:3])
    return rng.choice(WORK[m.unit])


def cn_date(day: dt.date) -> str:
    return f"{day.month}月{day.day}日"


# --- the generator -------------------------------------------------------------------------------


class Member:
    def __init__(self, row: tuple) -> None:
        (
            self.id,
            self.name,
            self.unit,
            self.role,
            self.title,
            self.born,
            self.education,
            self.party,
            self.oa,
            self.joined,
        ) = row
        self.left = LEAVE_DATE if self.id == LEAVER else None

    def active(self, day: dt.date) -> bool:
        return self.joined <= day and (self.left is None or day < self.left)

    @property
    def hosts(self) -> bool:
        return self.role in ("secretary", "leader", "middle")

    @property
    def label(self) -> str:
        return f"{self.title}{self.name}" if self.title else self.name


class Session:
    def __init__(
        self,
        day: dt.date,
        kind: str,
        units: list[str],
        topic: str,
        area: str,
        participants: str | None = None,
        scheduled: bool = True,
        note: str = "",
    ) -> None:
        self.date, self.kind, self.units, self.topic, self.area = day, kind, units, topic, area
        self.participants = participants  # None, "party" or "leaders"
        self.scheduled = scheduled
        self.note = note
        self.host = ""
        self.planned_host = ""
        self.held = True
        self.expected: list[str] = []
        self.attendance: dict[str, object] = {}
        self.recorder = ""
        self.text = ""

    @property
    def id(self) -> str:
        suffix = f"-{self.units[0]}" if self.kind == "unit-study" else ""
        return f"{self.date.isoformat()}-{self.kind}{suffix}"


class Generator:
    def __init__(self) -> None:
        self.rng = random.Random(SEED)
        self.members = [Member(row) for row in MEMBERS]
        self.by_id = {m.id: m for m in self.members}
        self.sessions: list[Session] = []
        self.planned: list[Session] = []  # on a schedule but not held (or not yet)
        self.essays: list[dict] = []
        self.used_minutes: set[str] = set()

    # --- calendar --------------------------------------------------------------------------------

    @staticmethod
    def weeks() -> list[dt.date]:
        """Mondays of the ISO weeks of 2026 whose Thursday is in 2026, up to END."""
        monday = D(2025, 12, 29)
        out = []
        while monday <= END:
            out.append(monday)
            monday += dt.timedelta(days=7)
        return out

    # --- sessions --------------------------------------------------------------------------------

    def build_sessions(self) -> None:
        rng = self.rng
        area_cycle = 0
        topic_pos = {a: rng.randrange(len(TOPICS[a])) for a in AREAS}
        last_area = "politics"
        last_topic = "“三个代表”重要思想"

        def next_topic(area: str) -> str:
            topic_pos[area] = (topic_pos[area] + 1) % len(TOPICS[area])
            return TOPICS[area][topic_pos[area]][0]

        for monday in self.weeks():
            days = [monday + dt.timedelta(days=i) for i in range(7)]
            work = [d for d in days if CAL.is_workday(d)]
            if not work:
                continue
            # study day: Friday, or the last working day before it; W01: the make-up Sunday
            friday = days[4]
            if CAL.is_workday(friday):
                study = friday
            else:
                before = [d for d in work if d < friday and d.year == YEAR]
                study = before[-1] if before else next(d for d in work if d.year == YEAR)
            tuesday = days[1]
            if CAL.is_workday(tuesday) and tuesday.year == YEAR:
                exchange = tuesday
            else:
                later = [d for d in work if d > tuesday and d.year == YEAR and d != study]
                exchange = later[0] if later else study
            area = AREAS[area_cycle % 4]
            area_cycle += 1
            # the exchange shares what was studied the week before
            ex = Session(exchange, "exchange", ["all"], f"交流学习{last_topic}的心得体会", last_area)
            topic = next_topic(area)
            sd = Session(study, "study-day", ["all"], f"学习{topic}", area)
            for s in (ex, sd):
                s.base_topic = last_topic if s is ex else topic
            if study == LAPSE_WEDNESDAY_STUDY[0]:
                sd.date = LAPSE_WEDNESDAY_STUDY[1]
                sd.note = "wednesday"
            if exchange == LAPSE_NO_EXCHANGE:
                ex.held = False
            if study == LAPSE_NO_STUDY_DAY:
                sd.held = False
            self.sessions += [ex, sd]
            last_area, last_topic = area, topic

        extra = [
            Session(
                D(2026, 1, 7), "cadre-meeting", ["all"], "创建学习型机关动员大会", "politics", note="kickoff"
            ),
            Session(
                D(2026, 7, 8),
                "cadre-meeting",
                ["all"],
                "上半年学习型机关创建工作总结推进会",
                "politics",
                note="midyear",
            ),
            Session(
                D(2026, 10, 29),
                "cadre-meeting",
                ["all"],
                "通报前三季度学习考评结果",
                "politics",
                note="results",
            ),
            Session(
                D(2026, 3, 26),
                "branch-meeting",
                ["all"],
                "学习《中国共产党章程》，开展批评与自我批评",
                "politics",
                "party",
            ),
            Session(
                D(2026, 6, 25),
                "branch-meeting",
                ["all"],
                "重温入党誓词，学习“三个代表”重要思想",
                "politics",
                "party",
            ),
            Session(
                D(2026, 9, 23),
                "branch-meeting",
                ["all"],
                "学习党的十六大精神，讨论党员先锋模范作用",
                "politics",
                "party",
            ),
            Session(
                D(2026, 11, 26),
                "branch-meeting",
                ["all"],
                "开展党员民主评议，部署年终述学",
                "politics",
                "party",
            ),
            Session(
                D(2026, 2, 11),
                "joint-meeting",
                ["all"],
                "研究部署年度创建学习型机关工作",
                "politics",
                "leaders",
                note="plan",
            ),
            Session(
                D(2026, 6, 17),
                "joint-meeting",
                ["all"],
                "督促检查上半年学习制度落实情况",
                "politics",
                "leaders",
                note="check",
            ),
            Session(
                D(2026, 7, 1), "patriotic", ["all"], "参观县革命烈士纪念馆，开展爱国主义教育", "politics"
            ),
        ]
        anti = [
            D(2026, 1, 21),
            D(2026, 2, 12),
            D(2026, 3, 18),
            D(2026, 4, 15),
            D(2026, 5, 27),
            D(2026, 6, 24),
            D(2026, 7, 22),
            D(2026, 10, 22),
            D(2026, 11, 12),
            D(2026, 11, 25),
        ]
        for day, film in zip(anti, FILMS, strict=True):
            extra.append(Session(day, "anti-corruption", ["all"], f"观看反腐倡廉警示教育片{film}", "law"))
        unit_study = [
            ("dzb", D(2026, 3, 11), "学习《公文处理办法》，规范公文格式", "knowledge"),
            ("dzb", D(2026, 10, 21), "学习办公自动化新系统操作", "knowledge"),
            ("jjfzb", D(2026, 4, 8), "学习招商引资政策和项目代办流程", "economics"),
            ("jjfzb", D(2026, 9, 9), "学习市场经济运行规则与企业服务", "economics"),
            ("shswb", D(2026, 3, 25), "学习城乡居民社会保障政策", "law"),
            ("shswb", D(2026, 11, 11), "学习《社会救助暂行办法》", "law"),
            ("cjb", D(2026, 4, 22), "学习《土地管理法》和农房审批规定", "law"),
            ("cjb", D(2026, 8, 12), "学习《安全生产法》，通报建筑工地安全检查情况", "law"),
            ("cjb", D(2026, 11, 18), "学习新农村建设规划知识", "knowledge"),
            ("czs", D(2026, 5, 13), "学习乡镇财政预算管理和财务制度", "economics"),
            ("czs", D(2026, 10, 28), "学习财政税收知识和惠农补贴发放规定", "economics"),
            ("nyfwzx", D(2026, 6, 10), "学习防汛抗旱业务知识", "knowledge"),
            ("nyfwzx", D(2026, 9, 16), "学习秸秆禁烧和综合利用政策", "law"),
            ("zzb", D(2026, 5, 20), "学习《信访条例》和矛盾纠纷调处方法", "law"),
            ("zzb", D(2026, 10, 14), "学习《人民调解法》", "law"),
            ("wtz", D(2026, 6, 3), "学习公共文化服务相关政策", "knowledge"),
            ("wtz", D(2026, 11, 4), "学习农家书屋管理和全民健身知识", "knowledge"),
        ]
        for unit, day, topic, area in unit_study:
            s = Session(day, "unit-study", [unit], topic, area, scheduled=day != LAPSE_UNSCHEDULED)
            s.base_topic = topic
            extra.append(s)
        for s in extra:
            if not hasattr(s, "base_topic"):
                s.base_topic = s.topic
        self.sessions += extra
        self.sessions.sort(key=lambda s: (s.date, s.kind))
        for s in self.sessions:
            assert CAL.is_workday(s.date), s.id
            assert START <= s.date <= END, s.id

        # the December schedule (published 11-25): planned, not held yet
        for day in (D(2026, 12, 1), D(2026, 12, 8), D(2026, 12, 15), D(2026, 12, 22), D(2026, 12, 29)):
            self.planned.append(Session(day, "exchange", ["all"], "交流本周学习心得体会", "politics"))
        dec_topics = [
            "学习《宪法》，开展宪法宣传日学习",
            "学习财政税收知识",
            "学习公文写作与处理",
            "学习党的十六大精神",
        ]
        dec_areas = ["law", "economics", "knowledge", "politics"]
        for day, topic, area in zip(
            (D(2026, 12, 4), D(2026, 12, 11), D(2026, 12, 18), D(2026, 12, 25)),
            dec_topics,
            dec_areas,
            strict=True,
        ):
            self.planned.append(Session(day, "study-day", ["all"], topic, area))
        self.planned.append(
            Session(D(2026, 12, 9), "anti-corruption", ["all"], "观看反腐倡廉警示教育片《清风》", "law")
        )
        self.planned.append(
            Session(D(2026, 12, 23), "exhibition", ["all"], "年度学习交流和学习展评", "knowledge")
        )
        self.planned.append(
            Session(D(2026, 12, 30), "cadre-meeting", ["all"], "干部年终述学大会", "politics")
        )

    def expected_of(self, s: Session) -> list[str]:
        if s.participants == "party":
            return [m.id for m in self.members if m.party and m.active(s.date)]
        if s.participants == "leaders":
            return [m.id for m in self.members if m.role in ("secretary", "leader") and m.active(s.date)]
        return [m.id for m in self.members if m.active(s.date) and ("all" in s.units or m.unit in s.units)]

    def assign_hosts(self) -> None:
        hosts = [m for m in self.members if m.hosts]
        count = {m.id: 0 for m in hosts}
        # the round starts with the middle-level cadres; the secretary opens the campaign himself
        first = sorted(hosts, key=lambda m: (m.role != "middle", m.role == "secretary"))
        last = {m.id: i - len(hosts) for i, m in enumerate(first)}
        seq = 0
        for s in self.sessions + self.planned:
            if s.kind == "unit-study":
                eligible = [m for m in hosts if m.unit == s.units[0]]
            elif s.kind in ("cadre-meeting", "branch-meeting", "joint-meeting"):
                eligible = [m for m in hosts if m.role in ("secretary", "leader")]
            else:
                eligible = hosts
            if s.kind == "unit-study" and s.date == LAPSE_STAFF_HOST[0]:
                pick = self.by_id[LAPSE_STAFF_HOST[2]]
            elif s.note in PINNED_HOSTS:
                pick = self.by_id[PINNED_HOSTS[s.note]]
            else:
                pick = min(eligible, key=lambda m: (count[m.id], last[m.id]))
            s.planned_host = pick.id
            s.host = pick.id
            if s.kind == "unit-study" and s.date == LAPSE_STAFF_HOST[0]:
                s.host = LAPSE_STAFF_HOST[1]  # the unit head was away; a staff member stood in
            elif s.held:  # held, or planned for December
                count[pick.id] += 1
                last[pick.id] = seq
                seq += 1
        # host balance at every day (the rule compares the counts of the year so far)
        held = [s for s in self.sessions if s.held]
        for day in (START + dt.timedelta(days=i) for i in range((END - START).days + 1)):
            c = {m.id: 0 for m in hosts}
            for s in held:
                if s.date <= day and s.host in c:
                    c[s.host] += 1
            assert max(c.values()) - min(c.values()) <= 2, (day, c)

    def assign_attendance(self) -> None:
        rng = self.rng
        for s in self.sessions:
            if not s.held:
                continue
            s.expected = self.expected_of(s)
            weights = [0.55, 0.3, 0.15]
            s.recorder = rng.choices(CLERKS, weights)[0]
            if not self.by_id[s.recorder].active(s.date):
                s.recorder = CLERKS[0]
            for mid in s.expected:
                s.attendance[mid] = self.status(s, mid)
            for fixed in (s.host, s.recorder):
                if fixed in s.attendance:
                    s.attendance[fixed] = "present"
            if s.date == LAPSE_STAFF_HOST[0] and s.kind == "unit-study":
                s.attendance[LAPSE_STAFF_HOST[2]] = {"status": "leave", "reason": "外出招商"}
            if s.kind == "study-day" and s.date == LAPSE_MISSING_ENTRY[0]:
                del s.attendance[LAPSE_MISSING_ENTRY[1]]
            if s.kind == "exchange" and s.date == LAPSE_LEAVE_NO_REASON[0]:
                s.attendance[LAPSE_LEAVE_NO_REASON[1]] = "leave"

    def status(self, s: Session, mid: str) -> object:
        rng = self.rng
        r = rng.random()
        if r < 0.895:
            return "present"
        if r < 0.93:
            return "late"
        if r < 0.997:
            reasons = [
                "病假",
                "事假",
                "事假",
                "外出培训",
                "下村督查",
                "参加县里会议",
                "年休假",
                "陪护家人住院",
            ]
            m = self.by_id[mid]
            if 6 <= s.date.month <= 9:
                reasons += ["防汛值班", "防汛值班", "下村检查防汛工作"]
            if s.date.month in (5, 6, 10, 11):
                reasons += ["秸秆禁烧巡查", "秸秆禁烧巡查"]
            if m.unit == "jjfzb":
                reasons += ["外出招商", "陪同客商考察项目"]
            if m.unit == "zzb":
                reasons += ["处理来访群众诉求", "到村调处纠纷"]
            if m.unit == "czs":
                reasons += ["到县财政局报送报表"]
            if m.unit == "nyfwzx":
                reasons += ["下田指导农技"]
            if m.unit == "cjb":
                reasons += ["工地安全检查"]
            if m.id in DEGREE_IN_PROGRESS:
                reasons += ["参加函授面授"]
            return {"status": "leave", "reason": rng.choice(reasons)}
        return {
            "status": "absent",
            "reason": rng.choice(
                [
                    "临时到村处理突发纠纷，未及时请假",
                    "在县里办事未赶回，事后说明情况",
                    "忘记学习时间，已作检讨",
                ]
            ),
        }

    # --- minutes ---------------------------------------------------------------------------------

    def write_minutes(self) -> None:
        for s in self.sessions:
            if not s.held:
                continue
            if s.kind == "exchange" and s.date == LAPSE_SHORT_MINUTES:
                s.text = "学习了文件精神，大家进行了讨论。"
                continue
            for _ in range(200):
                text = self.minutes_text(s)
                if 80 <= len(text) <= 300 and text not in self.used_minutes:
                    break
            else:  # pragma: no cover
                raise RuntimeError(f"no minutes for {s.id}")
            self.used_minutes.add(text)
            s.text = text

    def speakers(self, s: Session, n: int) -> list[Member]:
        present = [mid for mid, st in s.attendance.items() if st in ("present", "late") and mid != s.host]
        picks = self.rng.sample(present, min(n, len(present)))
        return [self.by_id[p] for p in picks]

    def minutes_text(self, s: Session) -> str:
        rng = self.rng
        h = self.by_id[s.host]
        hl = h.label
        d = cn_date(s.date)
        n_exp = len(s.attendance)
        n_leave = sum(1 for v in s.attendance.values() if isinstance(v, dict) and v["status"] == "leave")
        n_absent = sum(1 for v in s.attendance.values() if isinstance(v, dict) and v["status"] == "absent")
        n_late = sum(1 for v in s.attendance.values() if v == "late")
        topic = s.base_topic
        sp = self.speakers(s, 3)
        work = {m.id: member_work(rng, m) for m in sp}

        def roll_call() -> str:
            forms = [
                f"应到{n_exp}人，实到{n_exp - n_leave - n_absent}人。",
                f"本次应参加{n_exp}人，请假{n_leave}人。" if n_leave else f"应到{n_exp}人，全部到会。",
                f"到会{n_exp - n_leave - n_absent}人，迟到{n_late}人。" if n_late else "",
                "",
                "",
            ]
            return rng.choice(forms)

        parts: list[str] = []
        if s.kind == "study-day":
            opener = rng.choice(
                [
                    f"{d}上午，周五学习日集中学习{topic}，由{hl}主持。",
                    f"{d}上午在三楼会议室开展周五学习日活动，{hl}主持，全体干部职工学习{topic}。",
                    f"按照本月学习安排，{d}上午组织机关全体人员学习{topic}，{hl}主持。",
                    f"本周学习日安排在{d}上午，学习内容为{topic}，由{hl}主持并领学。",
                    f"{d}上午，机关干部职工集中学习{topic}。{hl}主持。",
                ]
            )
            if s.note == "wednesday":
                opener = (
                    f"因周五全镇集中开展防汛检查，本周学习日调整到{d}（周三）上午，{hl}主持，学习{topic}。"
                )
            if s.date.weekday() != 4 and s.note != "wednesday":
                opener = f"{d}上午，周五学习日因节假日提前举行，{hl}主持，全体人员学习{topic}。"
            if s.date == D(2026, 1, 4):
                opener = f"{d}（调休上班日）上午，开展新年第一次周五学习日活动，{hl}主持，学习{topic}。"
            parts.append(opener)
            notes = [n for n in TOPIC_NOTES.get(topic, []) if "我" not in n]
            if notes:
                note = rng.choice(notes)
                lead = (
                    ""
                    if note.startswith("学习")
                    else rng.choice(["主持人讲解了重点内容：", "领学中指出，", "", ""])
                )
                parts.append(lead + note)
                parts += rng.sample(STUDY_POINTS[s.area], 1)
            else:
                parts += rng.sample(STUDY_POINTS[s.area], 2)
            if sp:
                parts.append(self.discussion(sp, work, topic))
            parts.append(roll_call())
            parts.append(rng.choice(CLOSINGS).format(h=h.name))
        elif s.kind == "exchange":
            opener = rng.choice(
                [
                    f"{d}下午，机关干部职工开展周二学习心得交流，{hl}主持。",
                    f"{d}下午，按周学习制度组织交流学习心得，围绕上周所学{topic}展开，{hl}主持。",
                    f"{d}，周二交流会在二楼小会议室召开，{hl}主持，交流学习{topic}的体会。",
                    f"{d}下午召开学习心得交流会，主题是交流学习{topic}的收获，由{hl}主持。",
                ]
            )
            if s.date.weekday() != 1:
                opener = f"本周二为节假日，心得交流改在{d}进行，{hl}主持，交流学习{topic}的体会。"
            parts.append(opener)
            for m in sp[: rng.choice([2, 3])]:
                parts.append(rng.choice(EXCHANGE_LINES).format(n=m.name, w=work[m.id], t=topic))
            parts.append(rng.choice(EXCHANGE_WRAP).format(h=h.name))
            parts.append(roll_call())
        elif s.kind == "unit-study":
            unit = UNIT_NAME[s.units[0]]
            if s.host != s.planned_host:
                parts.append(
                    f"{d}，{unit}组织本办人员集中学习，原定主持人{self.by_id[s.planned_host].name}外出招商，由{h.name}代为主持。"
                )
                parts.append(f"学习了{topic[2:]}，大家结合走访企业了解到的情况进行了讨论。")
            else:
                parts.append(
                    rng.choice(
                        [
                            f"{d}下午，{unit}开展站所办学习，{hl}主持，{topic}。",
                            f"{d}，{unit}全体人员集中学习，由{hl}主持，内容：{topic}。",
                        ]
                    )
                )
                parts += rng.sample(UNIT_POINTS[s.units[0]], 2)
            if sp:
                parts.append(self.discussion(sp[:2], work, topic))
            parts.append(rng.choice(UNIT_WRAP).format(h=h.name))
        elif s.kind == "anti-corruption":
            film = topic[topic.index("《") :]
            parts.append(
                rng.choice(
                    [
                        f"{d}下午，组织机关全体党员干部在会议室观看反腐倡廉警示教育片{film}，{hl}主持。",
                        f"{d}，开展反腐倡廉警示教育，集中观看警示片{film}，由{hl}主持。",
                        f"按照党风廉政建设工作安排，{d}组织干部职工观看警示教育片{film}，{hl}主持。",
                    ]
                )
            )
            parts += rng.sample(ANTI_POINTS, 2)
            if sp:
                parts.append(f"{sp[0].name}结合{work[sp[0].id]}工作谈了观后感。")
            parts.append(rng.choice(ANTI_WRAP).format(h=h.name))
            parts.append(roll_call())
        elif s.kind == "cadre-meeting":
            parts.append(CADRE_TEXT[s.note].format(d=d, h=hl))
            parts.append(roll_call())
            if sp:
                parts.append(f"{sp[0].name}代表{UNIT_NAME[sp[0].unit]}作了表态发言。")
        elif s.kind == "branch-meeting":
            parts.append(
                rng.choice(
                    [
                        f"{d}，镇机关党支部召开支部大会，{hl}主持，全体党员参加。",
                        f"{d}下午召开机关党支部大会，由{hl}主持。",
                    ]
                )
            )
            parts.append(BRANCH_TEXT[s.date.month])
            if sp:
                parts.append(f"{'、'.join(m.name for m in sp[:2])}等同志作了发言。")
            parts.append(roll_call())
        elif s.kind == "joint-meeting":
            parts.append(f"{d}，召开创建学习型机关联席会议，{hl}主持，镇领导班子成员参加。")
            parts.append(JOINT_TEXT[s.note])
        elif s.kind == "patriotic":
            parts.append(f"{d}（建党纪念日），{hl}带领机关干部职工参观县革命烈士纪念馆，开展爱国主义教育。")
            parts.append(
                "大家在烈士纪念碑前敬献花篮，重温入党誓词，参观了革命斗争史陈列。讲解员介绍了本县革命先烈的事迹。"
            )
            if sp:
                parts.append(f"{sp[0].name}说，要把先烈的精神带到{work[sp[0].id]}工作中去。")
            parts.append("活动后要求每人撰写一篇观后体会，纳入本季度学习检查。")
        return "".join(p for p in parts if p)

    def discussion(self, sp: list[Member], work: dict, topic: str) -> str:
        rng = self.rng
        a = sp[0]
        if len(sp) >= 2 and rng.random() < 0.6:
            b = sp[1]
            return rng.choice(
                [
                    f"{a.name}、{b.name}分别结合{work[a.id]}和{work[b.id]}工作谈了学习体会。",
                    f"讨论中，{a.name}谈到{work[a.id]}工作中的实际问题，{b.name}作了补充。",
                    f"{a.name}和{b.name}先后发言，联系{work[a.id]}工作谈了认识。",
                ]
            )
        return rng.choice(
            [
                f"{a.name}结合{work[a.id]}工作谈了学习体会。",
                f"讨论中，{a.name}提出要把所学用到{work[a.id]}工作中。",
                f"{a.name}联系自己负责的{work[a.id]}工作作了发言。",
            ]
        )

    # --- essays ----------------------------------------------------------------------------------

    def build_essays(self) -> None:
        rng = self.rng
        windows = {
            1: (D(2026, 2, 2), D(2026, 3, 27)),
            2: (D(2026, 4, 7), D(2026, 6, 26)),
            3: (D(2026, 7, 7), D(2026, 9, 25)),
            4: (D(2026, 10, 12), D(2026, 11, 26)),
        }
        titles_used: set[str] = set()
        for m in self.members:
            if m.id == LAPSE_FEW_ESSAYS:
                quarters = [1, 2, 4, 4]
            elif m.id == JOINER:
                quarters = [3, 3, 3, 4]
            elif m.id == LEAVER:
                quarters = [1, 2, 3]
            else:
                quarters = [1, 2, 3, 4]
                if rng.random() < 0.15:
                    quarters.append(rng.choice([1, 2, 3, 4]))
            areas = list(AREAS)
            rng.shuffle(areas)
            dates: list[dt.date] = []
            for q in sorted(quarters):
                lo, hi = windows[q]
                if m.id == JOINER and q == 3:
                    lo = D(2026, 7, 20)
                if m.id == LEAVER and q == 3:
                    hi = LEAVE_DATE - dt.timedelta(days=3)
                choices = [lo + dt.timedelta(days=i) for i in range((hi - lo).days + 1)]
                choices = [
                    c
                    for c in choices
                    if CAL.is_workday(c)
                    and c not in dates
                    and m.active(c)
                    and all(abs((c - o).days) > 12 for o in dates)
                ]
                dates.append(rng.choice(choices))
            used_topics: set[str] = set()
            for i, day in enumerate(sorted(dates)):
                area = areas[i % 4]
                essay = self.essay(m, day, area, used_topics, titles_used)
                self.essays.append(essay)
        # a few essays grew into papers in CN-numbered journals
        candidates = [
            e
            for e in self.essays
            if e["suggestions"] >= 1
            and e["session"] is None
            and self.by_id[e["author"]].education in ("bachelor", "master")
            and e["date"] <= D(2026, 10, 15)
        ]
        for e in rng.sample(candidates, 5):
            e["published_in"] = rng.choice(JOURNALS[e["area"]])

    def essay(self, m: Member, day: dt.date, area: str, used: set[str], titles: set[str]) -> dict:
        rng = self.rng
        # an essay on a session the author attended in the three weeks before
        session = None
        if rng.random() < 0.45:
            recent = [
                s
                for s in self.sessions
                if s.held
                and s.area == area
                and dt.timedelta(days=2) <= day - s.date <= dt.timedelta(days=21)
                and s.attendance.get(m.id) in ("present", "late")
                and s.kind in ("study-day", "anti-corruption", "unit-study", "patriotic")
            ]
            if recent:
                session = rng.choice(recent)
        if session is not None and session.kind == "anti-corruption":
            topic = session.topic[session.topic.index("《") :]
            slug = (
                "jingshi-"
                + {
                    "《贪欲之祸》": "tanyu",
                    "《底线》": "dixian",
                    "《警钟长鸣》": "jingzhong",
                    "《失守的防线》": "fangxian",
                    "《迷途》": "mitu",
                    "《镜鉴》": "jingjian",
                    "《权力的边界》": "quanli",
                    "《初心之问》": "chuxin",
                    "《蜕变》": "tuibian",
                    "《一念之差》": "yinian",
                }[topic]
            )
        elif session is not None and session.kind == "patriotic":
            topic, slug = "革命先烈事迹", "aiguo-jiaoyu"
        elif session is not None and session.kind == "study-day":
            topic = session.base_topic
            slug = TOPIC_SLUG[topic]
        else:
            if session is not None:  # unit study: write on the area's general topics instead
                session = None
            options = [t for t in TOPICS[area] if t[0] not in used]
            topic, slug = rng.choice(options)
        used.add(topic)
        work = member_work(rng, m)
        sugg = rng.choices([0, 1, 2, 3], [0.74, 0.18, 0.06, 0.02])[0]
        title = self.essay_title(area, topic, work, session, titles, sugg)
        body = self.essay_body(m, area, topic, work.removeprefix("分管的"), session, sugg)
        return {
            "author": m.id,
            "date": day,
            "title": title,
            "area": area,
            "session": session.id if session else None,
            "published_in": None,
            "suggestions": sugg,
            "slug": slug,
            "body": body,
        }

    def essay_title(
        self, area: str, topic: str, work: str, session, titles: set[str], suggestions: int
    ) -> str:
        rng = self.rng
        if session is not None and session.kind == "anti-corruption":
            forms = [
                f"观看警示片{topic}有感",
                f"警钟常鸣 守住底线——观看{topic}的体会",
                f"以案为鉴 廉洁从政——{topic}观后感",
            ]
        elif session is not None and session.kind == "patriotic":
            forms = [
                "参观县革命烈士纪念馆有感",
                "缅怀先烈 立足岗位——爱国主义教育体会",
                "接受红色洗礼的几点感受",
            ]
        else:
            forms = [
                f"学习{topic}的几点体会",
                f"学习{topic}心得",
                f"浅谈{topic}与{work}工作",
                f"学{topic}，促{work}",
                f"联系{work}工作学习{topic}的思考",
                f"读{topic}有感" if topic.startswith("《") else f"对{topic}的再认识",
                f"把{topic}落实到{work}中去",
            ]
            if area == "economics":
                forms += [f"用{topic}指导{work}工作的几点思考"]
            if suggestions >= 2:
                forms = [
                    f"关于{work}工作的几点建议——学习{topic}后的思考",
                    f"学习{topic}后对{work}工作的几点建议",
                ]
            if area == "knowledge":
                forms += [f"学习{topic}的收获", f"提高{topic}水平 服务{work}工作"]
            if area == "law":
                forms += [f"依法行政从我做起——学习{topic}体会", f"学法懂法用法——{topic}学习心得"]
            if area == "politics":
                forms += [f"坚持与时俱进——学习{topic}的体会", f"学习{topic}，争当学习型干部"]
        options = [f for f in forms if f not in titles] or [forms[0] + "（二）"]
        title = rng.choice(options)
        titles.add(title)
        return title

    def essay_body(self, m: Member, area: str, topic: str, work: str, session, suggestions: int) -> str:
        rng = self.rng
        unit = UNIT_NAME[m.unit]
        practice = LEADER_PRACTICE if m.role in ("secretary", "leader") else WORK_PRACTICE[m.unit]
        for _ in range(200):
            paras: list[str] = []
            if session is not None and session.kind == "anti-corruption":
                paras.append(rng.choice(ANTI_OPEN).format(t=topic, d=cn_date(session.date)))
                paras.append("".join(rng.sample(ANTI_BODY, 3)))
                lines = [a for a in ANTI_WORK if m.role == "staff" or "普通干部" not in a]
                paras.append(rng.choice(lines).format(u=unit, w=work))
            elif session is not None and session.kind == "patriotic":
                paras.append(
                    f"{cn_date(session.date)}，镇机关组织我们参观了县革命烈士纪念馆。"
                    + rng.choice(PATRIOTIC_OPEN)
                )
                paras.append("".join(rng.sample(PATRIOTIC_BODY, 3)))
            else:
                if session is not None:
                    paras.append(rng.choice(SESSION_OPEN).format(t=topic, d=cn_date(session.date)))
                else:
                    paras.append(rng.choice(OPENINGS).format(t=topic, a=AREA_CN[area]))
                notes = rng.sample(TOPIC_NOTES[topic], rng.choice([2, 2, 3]))
                paras.append(rng.choice(NOTES_LEAD) + "".join(notes))
                points = rng.sample(ESSAY_POINTS[area], rng.choice([2, 3]))
                if rng.random() < 0.6:
                    paras.append(
                        rng.choice(["我的体会是：", "几点体会：", "结合学习，我有以下几点体会。", ""])
                        + "".join(f"{n}是{p}" for n, p in zip("一二三", points, strict=False))
                    )
                else:
                    paras.append("".join(points))
                link = "".join(p.format(w=work) for p in rng.sample(practice, 2))
                link += rng.choice(WORK_LINKS).format(u=unit, w=work, t=topic)
                if rng.random() < 0.4:
                    link += rng.choice(SELF_CRITIC)
                paras.append(link)
            if suggestions:
                ideas = rng.sample(SUGGESTIONS[m.unit], suggestions)
                if suggestions == 1:
                    paras.append(
                        rng.choice(["结合工作实际，建议", "为此建议", "就此提一点建议："]) + ideas[0] + "。"
                    )
                else:
                    paras.append(
                        rng.choice(["为此，结合本职工作提出几点建议：", "对改进工作，我有几点建议："])
                        + "；".join(f"{n}是{i}" for n, i in zip("一二三", ideas, strict=False))
                        + "。"
                    )
            paras.append(rng.choice(ESSAY_CLOSINGS).format(w=work, t=topic))
            fillers = rng.sample(GENERIC_POINTS, 3)
            while sum(map(len, paras)) + 2 * len(paras) < 310 and fillers:
                paras.insert(-1, fillers.pop())
            body = "\n\n".join(paras)
            if 300 <= len(body) <= 700:
                return body + "\n"
        raise RuntimeError(f"essay body for {m.id}")

    # --- plans -----------------------------------------------------------------------------------

    def build_plans(self) -> list[dict]:
        rng = self.rng
        plans = []
        dues = [
            D(2026, 3, 31),
            D(2026, 4, 30),
            D(2026, 5, 31),
            D(2026, 6, 30),
            D(2026, 7, 31),
            D(2026, 8, 31),
            D(2026, 9, 30),
            D(2026, 10, 31),
            D(2026, 11, 20),
            D(2026, 11, 30),
            D(2026, 12, 15),
            D(2026, 12, 31),
        ]
        for m in self.members:
            areas = list(AREAS)
            if m.id == LAPSE_PLAN_AREA[0]:
                areas.remove(LAPSE_PLAN_AREA[1])
                areas += ["law", "knowledge"]
            extra = rng.choice([0, 1, 2]) if m.id != LAPSE_PLAN_AREA[0] else 0
            areas += rng.sample(AREAS, extra)
            rng.shuffle(areas)
            pool = [d for d in dues if d > m.joined + dt.timedelta(days=30)]
            if m.id == LEAVER:
                pool = [d for d in dues if d < LEAVE_DATE or d > END]
            if m.id == LAPSE_PLAN_OVERDUE[0]:
                chosen = sorted(
                    [
                        *rng.sample([d for d in pool if d != LAPSE_PLAN_OVERDUE[1]], len(areas) - 1),
                        LAPSE_PLAN_OVERDUE[1],
                    ]
                )
            else:
                step = len(pool) / len(areas)
                chosen = sorted(
                    pool[min(len(pool) - 1, int(i * step + rng.random() * step))] for i in range(len(areas))
                )
            items = []
            used: set[str] = set()
            for area, due in zip(areas, chosen, strict=True):
                content = self.plan_content(m, area, used)
                done = None
                if due <= END:
                    lo = max(due - dt.timedelta(days=35), m.joined + dt.timedelta(days=14), D(2026, 1, 12))
                    days = [lo + dt.timedelta(days=i) for i in range((due - lo).days + 1)]
                    days = [d for d in days if CAL.is_workday(d) and d <= END] or [due]
                    done = rng.choice(days[-12:])
                elif rng.random() < 0.15:
                    done = rng.choice([D(2026, 11, 13), D(2026, 11, 19), D(2026, 11, 24)])
                if m.id == LAPSE_PLAN_OVERDUE[0] and due == LAPSE_PLAN_OVERDUE[1]:
                    done = None
                    content = "参加县农业农村局农技推广专业培训并取得结业证书"
                if m.id == LEAVER and due > END:
                    done = None
                items.append({"area": area, "content": content, "due": due, "done": done})
            if m.id == LAPSE_PLAN_OVERDUE[0]:
                late = next(i for i in items if i["due"] == LAPSE_PLAN_OVERDUE[1])
                other = next(i for i in items if i["area"] == "knowledge")
                late["area"], other["area"] = "knowledge", late["area"]
                other["content"] = self.plan_content(m, other["area"], used)
            plans.append(
                {
                    "member": m.id,
                    "year": YEAR,
                    "goals": self.plan_goals(m),
                    "essays_target": 4,
                    "items": items,
                }
            )
        return plans

    def plan_goals(self, m: Member) -> str:
        rng = self.rng
        goals = [
            "提高政治理论水平和依法行政能力，全年撰写学习心得不少于四篇",
            f"围绕{rng.choice(WORK[m.unit])}工作，提升服务经济建设和服务群众的能力",
            "坚持周五学习日和周二交流，系统学习“四学”内容，做到学有所得",
            "增强学习力，做学习型、钻研型干部，全年心得不少于四篇",
            f"学用结合，提高{rng.choice(WORK[m.unit])}业务水平",
        ]
        if m.id in DEGREE_IN_PROGRESS:
            goals.append("完成本科学历教育当年课程，提升学历层次")
        if m.role in ("secretary", "leader"):
            goals = [
                "带头学习，当好第一责任人，推动学习型机关创建",
                "带头学理论、学法律，提高驾驭全局和依法行政的能力",
            ]
        if m.id == JOINER:
            goals = ["尽快熟悉乡镇工作，学习经济发展和招商引资业务，下半年撰写心得不少于四篇"]
        return rng.choice(goals)

    def plan_content(self, m: Member, area: str, used: set[str]) -> str:
        rng = self.rng
        forms = {
            "politics": [
                "系统学习{t}，做好读书笔记",
                "学习{t}并撰写心得体会一篇",
                "参加机关党支部组织的{t}专题学习",
            ],
            "law": ["学习{t}，掌握与本岗位相关的条款", "学习{t}并撰写心得体会一篇", "结合工作实际学习{t}"],
            "economics": [
                "学习{t}，提高服务经济建设的能力",
                "系统学习{t}并撰写心得一篇",
                "学习{t}，掌握基本知识",
            ],
            "knowledge": ["学习{t}，提高业务水平", "掌握{t}，能独立操作", "参加{t}培训"],
        }
        if area == "knowledge" and m.id in DEGREE_IN_PROGRESS and "degree" not in used:
            used.add("degree")
            return "参加本科函授学习，完成本学年课程考试"
        if area == "knowledge" and not m.oa and "oa" not in used:
            used.add("oa")
            return "参加计算机培训，熟练掌握办公自动化操作技能"
        options = [t for t, _ in TOPICS[area] if t not in used]
        topic = rng.choice(options)
        used.add(topic)
        return rng.choice(forms[area]).format(t=topic)

    # --- reviews ---------------------------------------------------------------------------------

    def build_reviews(self) -> list[tuple[int, dict]]:
        rng = self.rng
        out = []
        diligence = {
            m.id: rng.choices(["excellent", "good", "fair"], [0.3, 0.62, 0.08])[0] for m in self.members
        }
        for q in (1, 2, 3):
            start = D(YEAR, 3 * q - 2, 1)
            last = D(YEAR, 3 * q + 1, 1) - dt.timedelta(days=1)
            for m in self.members:
                if not m.active(last):
                    continue
                if q == 3 and m.id == LAPSE_NO_REVIEW:
                    continue
                essays = sum(1 for e in self.essays if e["author"] == m.id and start <= e["date"] <= last)
                leaves = sum(
                    1
                    for s in self.sessions
                    if s.held and start <= s.date <= last and isinstance(s.attendance.get(m.id), dict)
                )
                base = diligence[m.id]
                attitude = self.jitter(base)
                if leaves >= 4 and attitude == "excellent":
                    attitude = "good"
                content = self.jitter(base)
                results = self.jitter(base)
                if essays == 0:  # no essay this quarter: the check says so
                    attitude, results = "fair", "fair"
                notebook = "kept"
                notes = self.review_note(m, q, essays, leaves, attitude)
                if q == 3 and m.id == LAPSE_NOTEBOOK:
                    notebook = "incomplete"
                    notes = "专用笔记8月以后记录不全，只有零星摘抄，已当面提醒补记。"
                    attitude = "fair"
                out.append(
                    (
                        q,
                        {
                            "member": m.id,
                            "quarter": f"{YEAR}Q{q}",
                            "reviewer": REVIEWER if m.id != REVIEWER else REVIEWER_OF_REVIEWER,
                            "attitude": attitude,
                            "content": content,
                            "results": results,
                            "notebook": notebook,
                            "notes": notes,
                        },
                    )
                )
        return out

    def jitter(self, grade: str) -> str:
        grades = ["excellent", "good", "fair"]
        i = grades.index(grade) + self.rng.choice([-1, 0, 0, 0, 0, 1])
        return grades[max(0, min(2, i))]

    def review_note(self, m: Member, q: int, essays: int, leaves: int, attitude: str) -> str:
        rng = self.rng
        num = "一两三四五"[max(0, essays - 1)] if essays else "零"
        parts = []
        if essays == 0:
            parts.append("本季度未交心得")
        elif essays >= 2:
            parts.append(rng.choice([f"本季度交心得{num}篇", f"心得{num}篇，超过进度"]))
        else:
            parts.append(rng.choice(["心得按时上交", "本季度心得一篇", "按进度完成心得"]))
        parts.append(
            rng.choice(
                [
                    "笔记记录完整",
                    "专用笔记记录认真",
                    "笔记较完整",
                    "笔记整洁，有摘录有体会",
                    "笔记内容较充实",
                    "笔记记录规范",
                ]
            )
        )
        if essays == 0:
            parts = ["本季度未交心得，已提醒按计划补写", parts[1]]
        elif leaves >= 3:
            parts.append("因工作请假较多，需补学")
        elif attitude == "excellent":
            parts.append(
                rng.choice(["学习主动，交流发言积极", "能结合工作思考问题", "学习态度端正，带头作用明显"])
            )
        elif attitude == "fair":
            parts.append(rng.choice(["交流发言较少", "学习主动性有待提高", "心得内容偏简单"]))
        if m.id == JOINER:
            parts = ["新调入，7月起参加学习", "心得按时上交", "笔记记录完整"]
        return "，".join(parts) + "。"

    # --- schedules -------------------------------------------------------------------------------

    def build_schedules(self) -> list[tuple[str, dict]]:
        rng = self.rng
        by_month: dict[int, list[Session]] = {}
        for s in self.sessions + self.planned:
            if s.scheduled:
                by_month.setdefault(s.date.month, []).append(s)
        out = []
        for month in sorted(by_month):
            first = D(YEAR, month, 1)
            window = [first - dt.timedelta(days=n) for n in range(3, 7)]
            published = rng.choice([d for d in window if CAL.is_workday(d)] or window)
            if month == 12:
                published = D(2026, 11, 25)
            entries = []
            for s in sorted(by_month[month], key=lambda s: (s.date, s.kind)):
                entries.append(
                    {
                        "date": s.date,
                        "kind": s.kind,
                        "units": s.units,
                        "topic": s.topic,
                        "host": s.planned_host,
                    }
                )
            out.append((f"{YEAR}-{month:02d}", {"published": published, "entries": entries}))
        return out

    # --- writing ---------------------------------------------------------------------------------

    def write(self, out: Path) -> dict[str, int]:
        self.build_sessions()
        self.assign_hosts()
        self.assign_attendance()
        self.write_minutes()
        self.build_essays()
        plans = self.build_plans()
        reviews = self.build_reviews()
        schedules = self.build_schedules()

        out.mkdir(parents=True, exist_ok=True)
        for folder in RECORD_FOLDERS:
            shutil.rmtree(out / folder, ignore_errors=True)
        (out / "studyctl.yaml").unlink(missing_ok=True)
        counts: dict[str, int] = {}

        def put(rel: str, text: str) -> None:
            path = out / rel
            path.parent.mkdir(parents=True, exist_ok=True)
            assert not path.exists(), rel
            path.write_text(text, encoding="utf-8", newline="\n")
            top = rel.split("/")[0]
            counts[top] = counts.get(top, 0) + 1

        put(
            "studyctl.yaml",
            dump(
                {
                    "organization": ORGANIZATION,
                    "campaign_start": START,
                    "language": "zh",
                    "rules": {
                        "essays_per_year": 4,
                        "anti_corruption_per_year": 10,
                        "study_day": "friday",
                        "exchange_day": "tuesday",
                        "minutes_min_chars": 50,
                        "degree_min": "associate",
                        "degree_age_limit": 50,
                        "degree_deadline_years": 3,
                        "degree_rate_target": 0.85,
                    },
                }
            ),
        )
        for uid, name in UNITS:
            put(f"units/{uid}.yaml", dump({"id": uid, "name": name}))
        for m in self.members:
            data = {
                "id": m.id,
                "name": m.name,
                "unit": m.unit,
                "role": m.role,
                "born": m.born,
                "education": m.education,
            }
            if m.id in DEGREE_IN_PROGRESS:
                data["degree_in_progress"] = {"level": "bachelor", "expected": DEGREE_IN_PROGRESS[m.id]}
            data |= {"party_member": m.party, "office_automation": m.oa, "joined": m.joined, "left": m.left}
            put(f"members/{m.id}.yaml", dump(data))
        for plan in plans:
            put(f"plans/{YEAR}/{plan['member']}.yaml", dump(plan))
        for name, schedule in schedules:
            put(f"schedules/{YEAR}/{name}.yaml", dump(schedule))
        for s in self.sessions:
            if not s.held:
                continue
            data = {
                "date": s.date,
                "kind": s.kind,
                "units": s.units,
                "participants": s.expected if s.participants else [],
                "host": s.host,
                "topic": s.topic,
                "area": s.area,
                "minutes": {"recorder": s.recorder, "text": s.text + "\n"},
                "attendance": s.attendance,
            }
            put(f"sessions/{YEAR}/{s.id}.yaml", dump(data))
        for e in self.essays:
            front = {
                k: e[k] for k in ("author", "date", "title", "area", "session", "published_in", "suggestions")
            }
            put(
                f"essays/{YEAR}/{e['date'].isoformat()}-{e['author']}-{e['slug']}.md",
                "---\n" + dump(front) + "---\n" + e["body"],
            )
        for q, review in reviews:
            put(f"reviews/{YEAR}/Q{q}/{review['member']}.yaml", dump(review))
        return counts


# --- text pools ----------------------------------------------------------------------------------

STUDY_POINTS = {
    "politics": [
        "主持人领读了有关章节，逐段讲解了核心要义。",
        "会上重温了“四结合”的创建要求，强调要把学习理论与服务群众结合起来。",
        "学习中强调要坚持解放思想、与时俱进，确立正确的世界观、人生观、价值观。",
        "大家围绕如何在“两个率先”中发挥党员先锋模范作用进行了讨论。",
        "会议指出，理论学习要联系全镇经济工作重点，不能就学习谈学习。",
        "主持人结合全镇招商引资和新农村建设的实际作了辅导。",
        "学习采取领学加讨论的形式，每个站所办推荐一人发言。",
        "学习中联系了基层党组织建设的实际，查找了服务群众方面的差距。",
        "会上宣读了上级有关学习要求，布置了本月理论学习篇目。",
        "主持人要求党员干部把理论学习的成果体现在为民办实事上。",
        "会上观看了辅导录像，随后进行了交流。",
    ],
    "law": [
        "主持人逐条解读了重点条款，并结合本镇案例进行了说明。",
        "学习中结合行政审批和执法中的常见问题，强调依法办事、依法行政。",
        "会上通报了一起因程序不当引发行政复议的案例，引起大家重视。",
        "大家对照条文查找了本岗位在执法程序、文书规范方面的薄弱环节。",
        "学习中邀请县司法局同志作了专题辅导，讲解了条文的适用要点。",
        "会议要求各站所办对照法律规定梳理一遍本单位的办事流程。",
        "学习中结合土地、环保、安全生产等方面的执法检查进行了讨论。",
        "主持人强调，干部要带头学法、尊法、守法，增强法制观念。",
        "会上发放了条文汇编，要求个人自学并做好笔记。",
        "大家就征地拆迁、信访处理中如何做到程序合法交换了意见。",
    ],
    "economics": [
        "主持人讲解了市场经济运行的基本规则，分析了全镇经济运行情况。",
        "学习中结合全镇招商引资项目，讨论了如何优化服务、留住企业。",
        "会上介绍了财政收支和税收征管的基本知识，帮助大家看懂财政报表。",
        "大家围绕发展农村集体经济、壮大村级收入提出了想法。",
        "学习中分析了本地小微企业融资难的原因，介绍了有关金融扶持政策。",
        "会上财政所同志讲解了预算编制和资金管理的规定。",
        "学习中结合工业园区建设讨论了项目管理和成本控制。",
        "会议要求大家掌握与市场经济相关的金融、财政和管理知识，提高服务经济建设的能力。",
        "大家结合农民专业合作社的发展情况，讨论了如何帮助农民增收。",
        "会上通报了前一阶段主要经济指标完成情况，分析了存在的问题。",
    ],
    "knowledge": [
        "学习采取讲解加现场演示的方式进行，大家边听边记。",
        "会议要求50岁以下的同志抓紧学历教育，三年内取得专科以上学历。",
        "会上发放了学习资料，要求个人结合岗位自学并做好笔记。",
        "学习中穿插了提问和现场答疑，气氛较好。",
        "主持人结合近期工作中出现的问题作了讲解。",
        "学习中请业务骨干作了辅导，讲得具体实用。",
        "大家对照资料逐项练习，有问题当场提出解答。",
        "会议强调，干部职工要熟练掌握办公自动化等业务技能。",
    ],
}

CLOSINGS = [
    "{h}要求大家认真做好专用笔记，按时上交学习心得。",
    "最后，{h}对下阶段学习作了布置。",
    "会议要求各站所办把学习内容落实到本周工作中。",
    "{h}强调，周五学习日从不间断，有事须提前请假。",
    "会议最后布置了下周二的交流题目。",
    "{h}要求请假同志会后补学，并在笔记中注明。",
    "学习结束后，{h}对近期重点工作作了简要安排。",
    "会议要求大家联系本职工作写好心得体会。",
    "{h}对本次学习作了小结，要求学以致用。",
    "",
]

EXCHANGE_LINES = [
    "{n}谈到，学习{t}后对做好{w}工作有了新的认识。",
    "{n}结合{w}工作，交流了自己的学习方法和体会。",
    "{n}说，以前学习不够主动，现在每周坚持记笔记，{w}工作也更有思路了。",
    "{n}联系{w}中遇到的实际问题，谈了学以致用的想法。",
    "{n}交流了学习{t}的笔记，提出在{w}方面的一条改进意见。",
    "{n}认为学习要和{w}工作结合起来，不能为学习而学习。",
    "{n}谈了在{w}工作中运用所学知识的一个例子。",
    "{n}就{w}工作提出了一点建议，大家进行了讨论。",
]

EXCHANGE_WRAP = [
    "{h}对大家的发言作了点评。",
    "{h}要求把交流中提出的意见整理上报。",
    "最后{h}小结，肯定了大家的学习成果。",
    "{h}要求发言内容整理后放入学习档案。",
    "交流气氛活跃，{h}要求下次交流每个站所办至少一人发言。",
    "{h}提醒大家按计划推进个人学习进度。",
]

UNIT_POINTS = {
    "dzb": [
        "大家对照规定检查了近期发文中存在的格式问题。",
        "学习中统一了文件编号和归档的做法。",
        "会上明确了会务保障和信息报送的分工。",
        "学习中演示了新系统的收发文操作。",
    ],
    "jjfzb": [
        "学习中梳理了在谈项目的服务需求。",
        "会上讨论了如何提高项目代办效率。",
        "大家交流了走访企业中了解到的问题。",
        "学习中结合园区企业情况分析了服务短板。",
    ],
    "shswb": [
        "学习中逐项对照了低保、医保的办理条件。",
        "会上讨论了困难群众救助的审核程序。",
        "大家交流了入户走访中群众反映的问题。",
        "学习中明确了政策解释的口径。",
    ],
    "cjb": [
        "学习中对照规定检查了农房审批的办理程序。",
        "会上通报了近期工地安全检查发现的隐患。",
        "大家讨论了集镇规划实施中的难点。",
        "学习中明确了违法建设巡查的责任分工。",
    ],
    "czs": [
        "学习中对照制度检查了报账和审批手续。",
        "会上讨论了村级“三资”管理中的问题。",
        "大家交流了惠农补贴发放的核对方法。",
        "学习中明确了预算执行的时间节点。",
    ],
    "nyfwzx": [
        "学习中结合天气情况研究了防汛值班安排。",
        "会上讨论了秸秆禁烧巡查和综合利用的措施。",
        "大家交流了下村指导农事的做法。",
        "学习中明确了农技推广的重点任务。",
    ],
    "zzb": [
        "学习中结合近期来访案例讨论了处理程序。",
        "会上梳理了重点矛盾纠纷的调处进度。",
        "大家交流了网格化管理中的经验。",
        "学习中明确了信访事项的办理时限。",
    ],
    "wtz": [
        "学习中讨论了下半年群众文化活动安排。",
        "会上检查了农家书屋的借阅登记情况。",
        "大家交流了组织全民健身活动的经验。",
        "学习中明确了文化阵地管理的责任。",
    ],
}

UNIT_WRAP = [
    "{h}要求大家把学习内容用到日常工作中。",
    "会后要求每人整理学习笔记。",
    "{h}对本办下阶段工作作了安排。",
    "{h}要求对照学习内容查漏补缺。",
]

ANTI_POINTS = [
    "片中以真实案例揭示了个别干部从小节失守到违法犯罪的过程，发人深省。",
    "警示片剖析了案件发生的思想根源和制度漏洞，具有很强的警示作用。",
    "观看后，大家结合自身岗位查找廉政风险点。",
    "会上还通报了近期查处的几起违反中央八项规定精神的典型问题。",
    "大家表示要以案为鉴，筑牢拒腐防变的思想防线。",
    "片中当事人的忏悔让大家深受触动。",
    "观看后组织了简短讨论，谈对“小节不保、大节难保”的认识。",
    "会上强调，要提高党员干部遵守党风廉政建设有关规定的自觉性。",
]

ANTI_WRAP = [
    "{h}要求大家写好观后感，纳入季度学习检查。",
    "{h}强调，手握权力的岗位要管住自己、管好身边人。",
    "{h}要求各站所办开展一次廉政风险点自查。",
    "{h}要求党员干部常怀敬畏之心，廉洁用权。",
]

CADRE_TEXT = {
    "kickoff": (
        "{d}召开镇机关创建学习型机关动员大会，{h}主持。会议宣读了《关于开展建设学习型机关活动的意见》，"
        "明确了“四学、三要、五有”的具体要求，要求每名干部职工制定年度学习计划，全年撰写心得不少于四篇，"
        "坚持周五学习日和周二交流制度。"
    ),
    "midyear": (
        "{d}召开干部大会，{h}主持，总结上半年学习型机关创建工作。会议通报了上半年周五学习日、心得撰写和季度检查情况，"
        "点评了学习中存在的不主动、笔记不规范等问题，部署了下半年学习安排。"
    ),
    "results": (
        "{d}召开干部大会，{h}主持，公布前三季度学习考评结果。党政办通报了考勤、心得和专用笔记检查情况，"
        "对个别同志心得进度滞后、笔记记录不全的情况提出批评，要求年底前整改到位。会议还部署了年终述学和学习展评准备工作。"
    ),
}

BRANCH_TEXT = {
    3: (
        "会议学习了《中国共产党章程》有关章节，党员对照党章查找差距，开展了批评与自我批评，"
        "并讨论了本年度党员学习计划。"
    ),
    6: (
        "全体党员重温入党誓词，学习了“三个代表”重要思想的有关论述，通报了上半年党员学习情况，"
        "表扬了按进度完成心得的同志。"
    ),
    9: (
        "会议学习了党的十六大精神，围绕在“两个率先”中发挥党员先锋模范作用进行讨论，"
        "通报了三季度党员学习检查情况。"
    ),
    11: "会议开展了党员民主评议，对照年初学习计划逐人作了简要述评，布置了年终个人述学的要求和时间安排。",
}

JOINT_TEXT = {
    "plan": (
        "会议研究了年度创建学习型机关工作方案，明确镇党委书记为第一责任人，班子成员分片联系站所办学习，"
        "由党政办专人负责考勤、记录和季度考评，定期公布考评结果。"
    ),
    "check": (
        "会议听取了党政办关于上半年学习制度落实情况的汇报，分析了个别站所办学习不够主动、心得质量不高等问题，"
        "研究了下半年加强督促检查的措施，决定二季度检查结果在干部大会上通报。"
    ),
}

OPENINGS = [
    "按照本人年度学习计划，近期我认真学习了{t}。通过集中学习和个人自学，对其中的内容有了更深的理解，也发现了自身在{a}方面的不足。",
    "{t}是我今年学习计划中的重要内容。在周五学习日集中学习的基础上，我利用业余时间又反复研读了有关内容，做了专门笔记。",
    "最近一段时间，我结合工作实际系统学习了{t}。学习过程中，我一边读一边想，对照自己的岗位找差距，收获较大。",
    "开展创建学习型机关活动以来，我把{t}作为学习的重点之一。经过这段时间的学习，感受很深。",
    "为提高自身素质，我按照镇机关的学习安排，认真学习了{t}，并在周二交流时谈了初步体会。现将学习心得整理如下。",
    "学习{t}，对我这样在基层工作的同志来说很有必要。过去对这方面的知识了解不多，这次通过系统学习，补上了一课。",
]

SESSION_OPEN = [
    "{d}的周五学习日，镇机关集中学习了{t}。会后我又找来有关材料进行了自学，对照工作实际作了思考。",
    "在{d}的集中学习中，我们学习了{t}。主持人的讲解深入浅出，使我对这部分内容有了新的理解。",
    "{d}上午，机关组织学习{t}，我认真听讲并做了笔记。结合这段时间的工作，谈几点体会。",
]

ESSAY_POINTS = {
    "politics": [
        "要坚持解放思想、实事求是、与时俱进，用科学理论武装头脑，不断提高政策理论水平。",
        "要确立正确的世界观、人生观、价值观，时刻把群众利益放在第一位。",
        "要在“两个率先”中发挥党员先锋模范作用，做到平时看得出来、关键时刻站得出来。",
        "理论学习不能停留在读文件、抄笔记上，而要落实到为群众办实事、解难事上。",
        "要增强学习力，让群众感到可信；增强亲和力，让群众感到可亲。",
        "要自觉学习党的路线方针政策，在思想上、行动上与党组织保持一致。",
        "要把学习理论与提高服务群众的本领结合起来，切实转变工作作风。",
        "基层干部直接面对群众，政治上清醒，工作中才能不走偏、不走样。",
        "要增强凝聚力和战斗力，让群众感到可爱、可靠。",
        "要坚持理论联系实际的学风，带着问题学，针对问题改。",
        "共产党员要时时处处以党员标准要求自己，在急难险重任务面前冲在前面。",
        "要正确处理个人利益与集体利益的关系，甘于奉献，不计较个人得失。",
        "要常学常新，把理论学习当作一种生活态度和工作责任。",
        "学习的目的全在于运用，检验学习成效的标准是工作有没有发展、群众满不满意。",
    ],
    "law": [
        "要增强法制观念，牢固树立依法办事、依法行政、依法管理的意识。",
        "行政机关做事必须有法律依据，法无授权不可为，这一点在基层尤其要牢记。",
        "办理行政许可事项要严格按照法定条件和程序，做到公开、公平、公正、便民。",
        "执法过程中要注重程序合法，告知、听证、送达等环节一个都不能少。",
        "要学会用法律思维分析问题、用法治方式化解矛盾，避免简单粗暴。",
        "基层干部既是执法者，也是普法者，要在执法中宣传法律，引导群众依法表达诉求。",
        "要依法保障农民的土地承包经营权，不能以任何理由随意调整或收回。",
        "安全生产责任重于泰山，对检查中发现的隐患要依法督促整改到位。",
        "宪法是根本大法，干部要带头学习宪法、遵守宪法、维护宪法权威。",
        "处理信访事项要依法按政策办理，及时受理、按时答复，把矛盾化解在基层。",
        "环境保护是法定责任，秸秆禁烧、污水治理都要依法推进、久久为功。",
        "学法要和用法结合，遇到拿不准的问题要多查条文、多请教，不能凭经验办事。",
        "要以廉政教育案例为镜子，时刻警醒自己依法用权、廉洁用权。",
        "对群众反映的问题，要在法律框架内寻找解决办法，既讲情理又守法理。",
    ],
    "economics": [
        "要掌握市场经济运行规则，尊重市场规律，政府做好服务而不是包办代替。",
        "招商引资要注重项目质量，把好环保、安全和产业导向关，不能捡到篮里都是菜。",
        "要了解金融、财政和管理等知识，提高服务经济建设的能力和水平。",
        "发展农村集体经济要因村制宜，盘活闲置资产，增加村级稳定收入。",
        "财政资金要管好用好，每一分钱都要花在刀刃上，做到预算约束、程序规范。",
        "服务企业要主动上门，帮助企业解决用地、用工、融资等实际困难。",
        "农民专业合作社是带动农民增收的有效载体，要在规范运作上多下功夫。",
        "要学会用数据分析问题，看懂经济指标背后的变化。",
        "税收是财政收入的主要来源，要依法组织收入，培植财源，做到应收尽收。",
        "要把市场经济知识运用到新农村建设中，探索多元化投入机制。",
        "优化营商环境要从每一件具体事情做起，减少审批环节，提高办事效率。",
        "要树立成本意识和效益意识，项目建设既要算经济账，也要算社会账。",
        "乡镇干部不懂经济就难以服务发展，这一课必须补上。",
        "要注意防范经济领域的风险，特别是村级债务和非法集资等问题。",
    ],
    "knowledge": [
        "信息时代对干部的能力提出了新要求，熟练掌握办公自动化是做好本职工作的基本功。",
        "要抓好学历教育，提升学历层次，50岁以下的同志更要抓紧时间。",
        "学习计算机知识要多上机操作，边学边用，才能真正掌握。",
        "公文是机关工作的重要载体，格式规范、语言准确是基本要求。",
        "档案工作看似简单，实则关系到工作的可追溯性，必须做到及时归档、分类清楚。",
        "要把科学文化知识转化为工作本领，提高解决实际问题的能力。",
        "学会使用表格处理数据后，统计报表的时间明显缩短，差错也少了。",
        "应急处置讲究程序和时效，平时多学一点，关键时刻就能少慌一点。",
        "网络安全不是小事，要养成良好的使用习惯，不随意下载、不泄露信息。",
        "农业实用技术要下到田头，讲给农民听、做给农民看，才能真正推广开。",
        "防汛工作要熟悉水情雨情和重点险段，做到心中有数、处置有方。",
        "业务知识更新很快，要养成天天学习的习惯，不断充实自己。",
        "要向书本学、向同事学、向群众学，做学习型、钻研型干部。",
        "新农村建设规划要尊重农民意愿，体现地方特色，避免千村一面。",
    ],
}

GENERIC_POINTS = [
    "通过学习，我认识到学习是一个长期的过程，必须持之以恒，不能一曝十寒。",
    "学习中我体会到，只有把学习当成自觉行动，才能真正学有所得、学有所用。",
    "这次学习使我认识到，在工作中学习、在学习中工作，是提高自身素质的有效途径。",
    "学习不能满足于一知半解，要在深入理解上下功夫，在学以致用上见成效。",
    "我深深感到，知识储备不足已经成为制约自己工作的短板，必须抓紧补课。",
    "对照学习内容，我也看到自己过去工作中凭经验办事多、按规定办事少的问题。",
    "周二交流时听了其他同志的发言，我发现同样的内容，大家结合各自岗位有不同的理解，这也拓宽了我的思路。",
    "通过这段时间的学习，我对以往工作中一些似是而非的认识进行了纠正。",
]

WORK_LINKS = [
    "结合我在{u}从事的{w}工作，我认为要把所学内容转化为具体的工作措施，做到学用结合。",
    "联系{w}工作实际，我打算从规范流程、提高效率两方面入手，把学到的知识用到实处。",
    "在{u}工作，{w}是我的主要任务。学习之后，我对照岗位职责重新梳理了工作流程，发现了几处需要改进的地方。",
    "回顾自己负责的{w}工作，过去有时存在重结果、轻过程的问题，今后要按照学习的要求加以改进。",
    "学习{t}对做好{w}工作很有帮助。我准备结合近期工作，就改进{w}提出具体建议。",
    "我在{u}主要负责{w}。这次学习让我认识到，只有不断学习，才能适应新形势下{w}工作的要求。",
    "近期{w}任务较重，我体会到越是工作忙，越要挤时间学习，用学习成果推动工作。",
]

SELF_CRITIC = [
    "同时也要看到，自己在学习的系统性上还有欠缺，有时满足于完成任务。",
    "对照要求，我在学习的主动性上还有差距，今后要加以改进。",
    "过去自己有时以工作忙为由放松学习，这是需要克服的。",
    "我的专用笔记有时记得比较简单，今后要多写体会、少抄原文。",
]

ESSAY_CLOSINGS = [
    "今后，我将继续坚持周五学习日和周二交流制度，按计划完成全年学习任务，努力做一名学习型干部。",
    "总之，学无止境。我要把这次学习作为新的起点，在{w}工作中学以致用，不断提高自身素质。",
    "下一步，我将结合{w}工作继续深入学习，把学习成果体现到工作实绩上。",
    "我决心以这次学习为契机，增强学习的自觉性，在学习中工作，在工作中学习，为全镇经济社会发展尽一份力。",
    "作为一名基层干部，我将以更高的标准要求自己，把所学所得用到服务群众上去。",
    "学习是长期的任务。我将按照年度学习计划，持之以恒地学下去，力争在{w}工作上有新的进步。",
    "以上是我学习的一点粗浅体会，不当之处请同志们批评指正。",
    "学然后知不足。我将把这次学习中发现的差距列入专用笔记，逐项加以改进。",
    "下阶段，我准备围绕{w}中的难点再找些资料深入学习，争取在年终述学时交出一份满意的答卷。",
    "总的来说，这次学习收获不小，但要真正学深学透还需下更大功夫，我将坚持不懈。",
    "我将以这次学习为新的起点，向身边学得好、干得好的同志看齐，在本职岗位上多作贡献。",
    "今后我要把学习与{w}工作结合得更紧一些，让学习成果在工作中看得见、摸得着。",
]

ANTI_OPEN = [
    "{d}，镇机关组织观看了反腐倡廉警示教育片{t}。片中的案例触目惊心，给我上了一堂深刻的廉政教育课。",
    "观看警示片{t}后，我的心情久久不能平静。一个个曾经的领导干部，因为放松了学习和自我要求，最终走上违法犯罪的道路。",
    "{d}下午，我们集中观看了{t}。片中当事人的忏悔，让我深刻认识到廉洁自律的重要性。",
]

ANTI_BODY = [
    "要加强学习，筑牢思想防线。思想上的滑坡是最危险的滑坡，理想信念动摇是最危险的动摇。",
    "要慎独慎微，守住廉洁底线。很多人都是从收一条烟、吃一顿饭开始，一步步陷入泥潭。",
    "要正确对待权力，权力是人民赋予的，只能用来为人民谋利益。",
    "要自觉接受组织和群众的监督，把监督当作一种关心和爱护。",
    "要管好身边人，不让亲属打着自己的旗号办事。",
    "在基层工作，虽然职务不高，但同样面对各种诱惑，尤其是在资金、项目、审批等岗位上更要警惕。",
    "要时常算一算政治账、经济账、家庭账、自由账，做到心中有戒、行有所止。",
    "要严格遵守党风廉政建设有关规定，从小事小节做起，防微杜渐。",
]

PATRIOTIC_OPEN = [
    "在纪念馆里，一件件实物、一段段文字，把我们带回到那段艰苦卓绝的岁月，心灵受到很大震撼。",
    "站在烈士纪念碑前，重温入党誓词，我深深感到今天的幸福生活来之不易。",
]

PATRIOTIC_BODY = [
    "先烈们为了民族独立和人民解放，不惜献出宝贵的生命，这种精神是我们取之不尽的财富。",
    "作为新时期的基层干部，我们没有经历过战火的考验，但同样面临着服务群众、推动发展的考验。",
    "爱国不是空洞的口号，而是体现在每一个岗位、每一件平凡的工作中。",
    "我们要继承和发扬光荣传统，把爱国热情转化为做好本职工作的实际行动。",
    "参观中我注意到，很多革命先烈牺牲时还很年轻，他们的信念和担当令人敬佩。",
    "要把爱国主义教育的成果落实到工作作风上，多为群众办实事、办好事。",
]


TOPIC_NOTES = {
    "马列主义基本原理": [
        "马列主义基本原理是我们党的理论基础，其中关于实事求是、群众路线的观点，对基层工作仍有很强的指导意义。",
        "学习中我重点读了关于矛盾的普遍性和特殊性的论述，懂得了具体问题具体分析的道理。",
        "马克思主义的立场、观点和方法，归根到底是要我们从实际出发认识问题、解决问题。",
    ],
    "毛泽东思想": [
        "毛泽东思想的活的灵魂是实事求是、群众路线和独立自主。",
        "重读《为人民服务》《反对本本主义》等篇目，深感“没有调查就没有发言权”这句话在今天仍不过时。",
        "毛泽东同志关于密切联系群众的论述，对我们做好农村工作很有启发。",
    ],
    "邓小平理论": [
        "邓小平理论的精髓是解放思想、实事求是。",
        "“发展才是硬道理”，乡镇工作的中心就是发展经济、富民强镇。",
        "“三个有利于”的标准，为我们判断工作得失提供了一把尺子。",
    ],
    "“三个代表”重要思想": [
        "“三个代表”重要思想的本质是立党为公、执政为民。",
        "始终代表最广大人民的根本利益，落到乡镇工作上，就是办好群众最关心的每一件实事。",
        "贯彻“三个代表”重要思想，关键在坚持与时俱进，核心在保持党的先进性。",
    ],
    "党的十六大精神": [
        "党的十六大提出全面建设小康社会的奋斗目标，要求把发展作为执政兴国的第一要务。",
        "十六大报告强调统筹城乡经济社会发展，这正是乡镇工作的着力点。",
        "学习十六大精神，要把思想统一到全面建设小康社会的目标上来。",
    ],
    "《中国共产党章程》": [
        "党章是党的根本大法，是全党必须遵循的总规矩。",
        "重温党章关于党员义务的规定，我感到自己在发挥先锋模范作用方面还有差距。",
        "学习党章要经常学、对照学，把党章的要求落实到日常言行中。",
    ],
    "党的路线方针政策": [
        "党的路线方针政策是做好基层工作的根本遵循。",
        "乡镇干部处在政策落实的最末端，理解不透、执行走样，群众就会有意见。",
        "学习中我对近年来的强农惠农政策作了梳理，对政策的来龙去脉更加清楚。",
    ],
    "“两个率先”目标要求": [
        "“两个率先”即率先全面建成小康社会、率先基本实现现代化，是我们这一地区的奋斗目标。",
        "对照“两个率先”的指标，我镇在农民收入、集体经济等方面还有不少差距。",
        "实现“两个率先”，需要每一名党员干部在本职岗位上争先创优。",
    ],
    "党的群众路线": [
        "群众路线是党的生命线和根本工作路线。",
        "一切为了群众、一切依靠群众，从群众中来、到群众中去，这是基层干部的基本功。",
        "学习中我联想到个别干部门难进、脸难看的现象，深感践行群众路线必须从改进作风做起。",
    ],
    "党员先锋模范作用": [
        "党员的先锋模范作用，体现在平时工作的一点一滴之中。",
        "在防汛抗旱、秸秆禁烧等急难险重任务面前，党员要冲在前、干在先。",
        "创建学习型机关，首先要求党员带头学习、带头创新。",
    ],
    "《宪法》": [
        "宪法规定了国家的根本制度和根本任务，规定了公民的基本权利和义务。",
        "学习中我重点学习了宪法关于国家机构和公民基本权利的规定，明白了一切权力属于人民的深刻含义。",
        "宪法具有最高的法律效力，任何组织和个人都没有超越宪法和法律的特权。",
    ],
    "《行政许可法》": [
        "《行政许可法》确立了许可法定，公开、公平、公正，便民高效等原则。",
        "法律对许可的设定、实施程序和期限都作了明确规定，逾期不作决定是要承担责任的。",
        "行政许可不是管理者手中的权力，而是为申请人服务的一种法定程序。",
    ],
    "《行政处罚法》": [
        "《行政处罚法》规定了处罚的种类、设定、管辖和适用，核心是处罚法定。",
        "作出处罚决定前，要告知当事人事实、理由和依据，并听取陈述和申辩。",
        "对较大数额罚款等处罚，当事人有要求听证的权利，这一程序不能省略。",
    ],
    "《土地管理法》": [
        "《土地管理法》确立了十分珍惜、合理利用土地和切实保护耕地的基本国策。",
        "法律对农用地转为建设用地、宅基地审批等作了严格规定，一户一宅是基本原则。",
        "学习中我了解了土地用途管制制度和耕地占补平衡的要求。",
    ],
    "《安全生产法》": [
        "《安全生产法》坚持安全第一、预防为主、综合治理的方针。",
        "法律明确了生产经营单位的主体责任和政府的监管责任，管行业必须管安全。",
        "对事故隐患要排查治理，重大隐患要挂牌督办、限期整改。",
    ],
    "《农村土地承包法》": [
        "《农村土地承包法》规定农村土地承包采取农村集体经济组织内部的家庭承包方式。",
        "法律保护承包方依法、自愿、有偿流转土地经营权，任何组织和个人不得强迫或阻碍。",
        "承包期内发包方不得收回承包地，也不得随意调整，这是农民最关心的问题。",
    ],
    "《村民委员会组织法》": [
        "村民委员会是村民自我管理、自我教育、自我服务的基层群众性自治组织。",
        "法律对村委会选举、村务公开和民主议事都作了明确规定。",
        "乡镇政府对村委会的工作给予指导、支持和帮助，但不得干预属于村民自治范围的事项。",
    ],
    "《信访条例》": [
        "《信访条例》要求信访工作坚持属地管理、分级负责，谁主管、谁负责。",
        "条例对信访事项的受理、办理、复查、复核都规定了明确的时限。",
        "既要依法维护信访人的合法权益，也要引导群众依法有序表达诉求。",
    ],
    "《环境保护法》": [
        "《环境保护法》确立了保护优先、预防为主、综合治理、公众参与、损害担责的原则。",
        "地方各级政府对本行政区域的环境质量负责，乡镇也负有相应的责任。",
        "法律规定了按日连续处罚等制度，企业的违法成本明显提高。",
    ],
    "《防洪法》": [
        "《防洪法》规定防洪工作实行全面规划、统筹兼顾、预防为主、综合治理的原则。",
        "防汛抗洪实行各级人民政府行政首长负责制，统一指挥、分级分部门负责。",
        "任何单位和个人都有保护防洪工程设施和依法参加防汛抗洪的义务。",
    ],
    "市场经济理论": [
        "市场经济的基本特征是市场在资源配置中发挥基础性作用，价格、供求和竞争机制共同起作用。",
        "政府在市场经济中的职能主要是经济调节、市场监管、社会管理和公共服务。",
        "学习市场经济理论，使我对政府“有所为、有所不为”有了更清楚的认识。",
    ],
    "市场经济运行规则": [
        "市场经济是法治经济，也是信用经济，公平竞争、诚实守信是基本规则。",
        "产权清晰、权责明确是市场主体有效运行的前提。",
        "违背市场规则的行政干预，往往事与愿违，甚至损害企业和群众的利益。",
    ],
    "金融基础知识": [
        "学习中我了解了货币、信贷、利率等基本概念，以及商业银行和农村信用社的主要业务。",
        "农村金融服务是制约农业发展的短板，小额信贷、担保等工具值得研究运用。",
        "非法集资往往以高息为诱饵，基层干部要懂得识别、及早防范。",
    ],
    "财政税收知识": [
        "财政是国家治理的基础，税收是财政收入的主要形式。",
        "学习中了解了增值税、企业所得税等主要税种的基本知识，以及乡镇财政收入的构成。",
        "财政支出要坚持量入为出、保障重点，优先保障民生支出。",
    ],
    "乡镇财政预算管理": [
        "预算是经法定程序批准的年度财政收支计划，一经批准就必须严格执行。",
        "乡镇预算要做到收支平衡、不列赤字，预算调整必须按程序报批。",
        "推行部门预算和国库集中支付，有利于提高资金使用效益，防止资金被截留挪用。",
    ],
    "招商引资政策": [
        "学习中系统了解了县里关于招商引资的扶持政策，包括用地保障、财政奖励和项目代办等内容。",
        "招商引资要坚持招大引强和选商择资相结合，注重项目的投资强度和亩均效益。",
        "优质高效的政务服务，本身就是最好的招商政策。",
    ],
    "农村集体经济发展": [
        "发展壮大村级集体经济，是增强村级组织服务能力的物质基础。",
        "学习中了解了物业经营、土地股份合作、有偿服务等几种集体经济发展模式。",
        "集体资产必须管理规范、公开透明，防止流失。",
    ],
    "农民专业合作社发展": [
        "农民专业合作社是同类农产品的生产经营者自愿联合、民主管理的互助性经济组织。",
        "合作社实行入社自愿、退社自由，成员地位平等，盈余主要按交易量返还。",
        "目前一些合作社有名无实、运作不规范，需要加强指导。",
    ],
    "现代企业管理知识": [
        "现代企业管理强调目标管理、成本控制和质量管理。",
        "学习企业管理知识，有助于我们读懂企业的经营状况，更好地为企业服务。",
        "企业管理中的绩效考核办法，对机关效能建设也有借鉴意义。",
    ],
    "办公自动化操作": [
        "学习中掌握了公文流转系统的收文、发文、审批等操作，以及电子文件的归档方法。",
        "办公自动化减少了纸质文件的传递，提高了效率，也节约了办公成本。",
        "通过上机练习，我已能熟练使用文字处理、电子表格和演示文稿软件。",
    ],
    "计算机基础知识": [
        "学习中了解了计算机的基本组成、操作系统的常用操作和文件管理方法。",
        "掌握了常见故障的简单排除方法，不再一遇到问题就找人帮忙。",
        "学会了用网络检索政策文件和业务资料，学习更加方便。",
    ],
    "WPS表格数据处理": [
        "学习了表格的排序、筛选、分类汇总和常用函数的使用。",
        "运用数据透视表，可以很快完成分村、分项目的统计汇总。",
        "规范的数据录入是统计准确的前提，表头、单位、口径都要统一。",
    ],
    "公文写作与处理": [
        "公文有规定的种类、格式和行文规则，请示与报告不能混用，请示要一文一事。",
        "好的公文要做到观点鲜明、结构清晰、语言简练。",
        "公文处理包括收文、发文、办理、归档等环节，每个环节都有明确的规范。",
    ],
    "档案管理业务": [
        "档案工作要求文件材料及时收集、分类整理、规范归档。",
        "学习中了解了文书档案的整理方法和保管期限的划分。",
        "电子档案的管理对备份和安全提出了新的要求。",
    ],
    "农业实用技术": [
        "学习了水稻、小麦等主要作物的高产栽培技术和病虫害绿色防控方法。",
        "测土配方施肥既能节本增效，又能减少面源污染。",
        "农机农艺结合是提高农业生产效率的重要途径。",
    ],
    "防汛抗旱业务知识": [
        "学习了汛期水情雨情的监测方法和常见险情的识别、处置办法。",
        "防汛要做到预案在前、物资在前、队伍在前。",
        "对低洼地区、危房户要提前排查，必要时及时转移群众。",
    ],
    "网络信息安全知识": [
        "学习中了解了计算机病毒的传播方式和防范措施。",
        "涉密信息不上网，上网信息不涉密，这是必须守住的红线。",
        "密码要定期更换，不随意点击来历不明的链接和附件。",
    ],
    "应急管理知识": [
        "学习了突发事件的分类分级和应急预案的编制要求。",
        "应急处置要坚持统一领导、分级负责、属地为主。",
        "平时多演练，遇事才能少慌乱。",
    ],
    "新农村建设规划知识": [
        "新农村建设要坚持规划先行，做到生产发展、生活宽裕、乡风文明、村容整洁、管理民主。",
        "村庄规划要因地制宜，保留乡村特色，避免大拆大建。",
        "规划编制要充分听取村民意见，让群众参与进来。",
    ],
}

NOTES_LEAD = [
    "通过学习，我对以下几点有了较深的认识。",
    "学习中我重点把握了以下内容。",
    "",
    "",
    "概括起来，主要有这么几点。",
]

LEADER_PRACTICE = [
    "作为班子成员，我深感带头学习的责任，自己学得好不好，直接影响分管站所办的学习风气。",
    "在{w}中，我体会到领导干部的理论水平和政策水平，决定了工作能不能抓到点子上。",
    "今年全镇重点工作多、任务重，越是这样越要沉下心来学习，提高决策的科学性。",
    "下村调研时，群众提出的很多问题都需要我们用政策和法律来回答。",
]

WORK_PRACTICE = {
    "dzb": [
        "党政办是机关运转的枢纽，每天要处理大量来文来电，稍有疏忽就会影响全局。",
        "今年以来我承担了较多的{w}任务，深感业务能力跟不上形势的需要。",
        "在{w}中，各站所办材料报送不及时、格式不统一的问题比较突出。",
        "做好{w}，既要有扎实的文字功底，也要有严谨细致的作风。",
    ],
    "jjfzb": [
        "今年全镇招商引资任务较重，我多次参与接待客商，深感服务意识和专业知识缺一不可。",
        "在{w}中，企业反映最多的是审批环节多、办事时间长。",
        "园区部分企业经营困难，需要我们帮助对接金融机构、解决融资问题。",
        "做好{w}，必须懂政策、懂市场、懂企业。",
    ],
    "shswb": [
        "社会事务办直接面对困难群众，政策解释不到位就容易引起误解。",
        "在{w}中，我常遇到群众对政策条件不清楚、材料准备不齐的情况。",
        "今年低保、医保等政策有所调整，需要及时学习、准确把握。",
        "做好{w}，必须带着感情做工作，把好事办好、实事办实。",
    ],
    "cjb": [
        "城建办的工作涉及群众切身利益，农房审批、规划许可都要依法依规。",
        "在{w}中，我发现个别村存在未批先建、少批多建的现象。",
        "今年集镇改造项目多，施工安全和质量监管的压力较大。",
        "做好{w}，既要讲原则，也要讲方法。",
    ],
    "czs": [
        "财政所管钱管账，每一笔资金都要经得起检查。",
        "在{w}中，我发现个别村报账资料不齐全、手续不规范。",
        "惠农补贴涉及千家万户，核对稍有差错就会影响群众利益。",
        "做好{w}，必须制度严、账目清、手续全。",
    ],
    "nyfwzx": [
        "农业服务中心的工作大多在田间地头，季节性强、任务重。",
        "在{w}中，我深感技术推广的“最后一公里”还没有完全打通。",
        "今年汛期降雨集中，部分圩区排涝压力较大。",
        "秸秆禁烧年年抓，关键是要给秸秆找到出路。",
    ],
    "zzb": [
        "综治办处在化解矛盾的第一线，很多问题处理不及时就可能升级。",
        "在{w}中，我接触到的纠纷大多涉及土地、邻里和婚姻家庭。",
        "部分群众信访不信法，需要我们耐心引导。",
        "做好{w}，既要依法办事，也要讲究群众工作方法。",
    ],
    "wtz": [
        "文体站的工作看似不起眼，却关系到群众的精神文化生活。",
        "在{w}中，我发现群众对文化活动的需求越来越多样。",
        "农家书屋图书更新慢、借阅率不高，是需要解决的问题。",
        "做好{w}，要多听群众意见，办群众喜欢的活动。",
    ],
}

SUGGESTIONS = {
    "dzb": [
        "建立机关公文质量月度通报制度",
        "统一各站所办信息报送的格式和时限",
        "把学习考勤与机关效能考核挂钩",
        "推行会议材料电子化分发",
    ],
    "jjfzb": [
        "对重点项目实行全程代办",
        "建立重点企业挂钩联系制度",
        "编印招商引资政策汇编",
        "定期召开银企对接会",
    ],
    "shswb": [
        "编印社会救助办事指南并在村部公示",
        "建立困难群众动态管理台账",
        "在村便民服务室增设政策咨询点",
        "对高龄、行动不便的老人实行上门办理",
    ],
    "cjb": [
        "推行农房建设“四到场”制度",
        "建立违法建设网格巡查机制",
        "工地安全检查实行清单化管理",
        "在集镇规划中预留公共停车位",
    ],
    "czs": [
        "推行村级报账网上审核",
        "惠农补贴发放前在村组张榜公示",
        "建立村级债务预警机制",
        "对专项资金开展绩效评价",
    ],
    "nyfwzx": [
        "在各村建设秸秆收储点，推进秸秆还田和离田利用",
        "组建村级农技服务小分队",
        "汛前对圩堤涵闸开展拉网式排查",
        "扩大测土配方施肥示范片",
    ],
    "zzb": [
        "建立矛盾纠纷排查月报制度",
        "在各村设立人民调解工作室",
        "对重点信访事项实行领导包案",
        "把网格员队伍建设纳入年度考核",
    ],
    "wtz": [
        "农家书屋实行图书定期轮换",
        "组建村级文艺骨干队伍",
        "利用学校场地在节假日开放全民健身",
        "建立群众文化活动需求征集制度",
    ],
}

ANTI_WORK = [
    "我在{u}负责{w}，这项工作涉及资金、审批或群众利益，更要秉公办事、清白做人。",
    "对照片中的案例，我把自己在{w}工作中可能存在的廉政风险点逐一作了梳理，并写进了专用笔记。",
    "虽然我只是一名普通干部，但在{w}工作中同样要守住底线，不拿群众一针一线。",
    "结合{w}工作，我体会到制度建设很重要，办事程序公开透明，就能减少权力寻租的空间。",
]


def main(argv: list[str]) -> int:
    out = Path(argv[1]) if len(argv) > 1 else REPO / "records"
    counts = Generator().write(out)
    for folder in sorted(counts):
        print(f"{folder}: {counts[folder]}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
