"""Generate a records folder of format v1 at benchmark scale: S, M or L, deterministic from a seed.

    python bench/generate.py L bench/out/L [--seed 1]

| size | members | units | years       |
|------|---------|-------|-------------|
| S    | 60      | 6     | 2025        |
| M    | 300     | 20    | 2021..2025  |
| L    | 2,000   | 50    | 2016..2025  |
| C    | 60      | 6     | 2021..2025  |  (one office of the county: 40 of them in bench/county.py)

Every unit holds its own Friday study day (周五学习日) and Tuesday exchange (周二交流) each week
that has a working day, moved to another working day of the week around holidays, with the full
attendance list of the unit and minutes of 300-800 Chinese characters; each unit publishes a
schedule per month before the month starts. Every member has a plan per year (four areas), one
essay of about 1,000 characters per quarter, a quarterly review and a year-end self-report.
Each year some staff leave on 1 January and as many new ones join. The archive ends with the
last complete year, 2025, so that no record lies in the future whatever the day it is run.

Sessions are held per unit (`units: [<unit>]`), so the `study-day` rule, which asks for one
whole-staff study day a week, reports every week: a county does not gather 2,000 cadres in one
room. Besides that, the last year's second quarter holds three lapses, so that a check has
something to say and a file with a finding is read on every run:
- a schema error: an essay dated 2025-04-31 (essays/2025/2025-04-31-<member>-xinde-q2.md);
- attendance: the first member of the first unit has no entry in its first study day of May;
- minutes: the first unit's first exchange of June has one short sentence as minutes.

The same size and seed always give byte-identical files. The folder is written under a hidden
temporary name and renamed when complete, so an interrupted run never leaves a folder that looks
finished; `.bench-stamp` in it records what was generated.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import random
import shutil
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from studyctl.workdays import Calendar  # noqa: E402

GENERATOR_VERSION = 1
STAMP = ".bench-stamp"
LAST_YEAR = 2025


@dataclass(frozen=True)
class Size:
    name: str
    members: int
    units: int
    years: int

    @property
    def first_year(self) -> int:
        return LAST_YEAR - self.years + 1


SIZES = {
    "S": Size("S", 60, 6, 1),
    "M": Size("M", 300, 20, 5),
    "L": Size("L", 2000, 50, 10),
    # one office of the county benchmark (bench/county.py): 40 of them, each with its own seed
    "C": Size("C", 60, 6, 5),
}

# a county's departments: (id, name)
UNITS = [
    ("xwb", "县委办"), ("zfb", "县政府办"), ("zzb", "组织部"), ("xcb", "宣传部"), ("tzb", "统战部"),
    ("zfw", "政法委"), ("jjw", "纪委监委"), ("fgj", "发改局"), ("jyj", "教育局"), ("kjj", "科技局"),
    ("gxj", "工信局"), ("mzj", "民政局"), ("sfj", "司法局"), ("czj", "财政局"), ("rsj", "人社局"),
    ("zrzyj", "自然资源局"), ("sthjj", "生态环境局"), ("zjj", "住建局"), ("jtj", "交通运输局"),
    ("slj", "水利局"), ("nyncj", "农业农村局"), ("swj", "商务局"), ("wlj", "文旅局"), ("wjj", "卫健局"),
    ("tyjrj", "退役军人事务局"), ("yjj", "应急管理局"), ("sjj", "审计局"), ("scjgj", "市场监管局"),
    ("tjj", "统计局"), ("ybj", "医保局"), ("lyj", "林业局"), ("cgj", "城管局"), ("xfj", "信访局"),
    ("dag", "档案馆"), ("jgswj", "机关事务局"), ("rmtzx", "融媒体中心"), ("zwfwzx", "政务服务中心"),
    ("zgh", "总工会"), ("txw", "团县委"), ("fl", "妇联"), ("kx", "科协"), ("cl", "残联"),
    ("gsl", "工商联"), ("gxs", "供销社"), ("xzsp", "行政审批局"), ("qxj", "气象局"), ("dfzb", "地方志办"),
    ("gzw", "国资办"), ("jrb", "金融办"), ("zsj", "招商局"),
]  # fmt: skip

SURNAMES = [
    ("zhang", "张"), ("wang", "王"), ("li", "李"), ("zhao", "赵"), ("liu", "刘"), ("chen", "陈"),
    ("yang", "杨"), ("huang", "黄"), ("zhou", "周"), ("wu", "吴"), ("xu", "徐"), ("sun", "孙"),
    ("hu", "胡"), ("zhu", "朱"), ("gao", "高"), ("lin", "林"), ("he", "何"), ("guo", "郭"),
    ("ma", "马"), ("luo", "罗"), ("liang", "梁"), ("song", "宋"), ("zheng", "郑"), ("xie", "谢"),
    ("han", "韩"), ("tang", "唐"), ("feng", "冯"), ("yu", "于"), ("dong", "董"), ("xiao", "萧"),
    ("cheng", "程"), ("cao", "曹"), ("yuan", "袁"), ("deng", "邓"), ("fu", "傅"), ("shen", "沈"),
    ("peng", "彭"), ("lu", "陆"), ("jiang", "蒋"), ("cai", "蔡"), ("ouyang", "欧阳"), ("situ", "司徒"),
]  # fmt: skip
GIVEN = [
    ("wei", "伟"), ("fang", "芳"), ("min", "敏"), ("jing", "静"), ("li", "丽"), ("qiang", "强"),
    ("lei", "磊"), ("jun", "军"), ("yang", "洋"), ("yong", "勇"), ("yan", "艳"), ("jie", "杰"),
    ("juan", "娟"), ("tao", "涛"), ("ming", "明"), ("chao", "超"), ("xiu", "秀"), ("hua", "华"),
    ("hui", "慧"), ("ping", "平"), ("gang", "刚"), ("gui", "桂"), ("ying", "英"), ("hong", "红"),
    ("jian", "建"), ("guo", "国"), ("xin", "新"), ("lan", "兰"), ("dong", "东"), ("hai", "海"),
    ("chun", "春"), ("mei", "梅"), ("wen", "文"), ("bin", "斌"), ("yu", "宇"), ("hao", "浩"),
    ("zhi", "志"), ("xiao", "晓"), ("ning", "宁"), ("rui", "瑞"), ("kai", "凯"), ("lin", "琳"),
]  # fmt: skip

AREAS = ("politics", "law", "economics", "knowledge")
TOPICS = {
    "politics": [
        "学习党的路线方针政策",
        "学习《中国共产党章程》",
        "学习党的群众路线",
        "学习党员先锋模范作用",
    ],
    "law": ["学习《宪法》", "学习《行政许可法》", "学习《行政处罚法》", "学习《安全生产法》"],
    "economics": ["学习市场经济基本知识", "学习财政税收政策", "学习现代管理知识", "学习县域经济发展"],
    "knowledge": ["学习办公自动化技能", "学习公文写作规范", "学习信息化基础知识", "学习应急管理常识"],
}
AREA_SLUG = {"politics": "zhengzhi", "law": "falv", "economics": "jingji", "knowledge": "yewu"}
SENTENCES = [
    "会议传达学习了上级有关文件精神，与会同志结合各自岗位谈了认识和体会。",
    "主持人领学了相关条文，并结合本单位工作实际作了解读。",
    "大家一致认为，学习要联系实际，做到学以致用、用以促学。",
    "会议要求每位干部做好学习笔记，按时撰写学习心得体会。",
    "讨论中，有的同志提出要加强业务培训，提高为民服务的本领。",
    "会议强调，要把学习成效体现到推动发展、服务群众的具体工作中。",
    "与会人员围绕依法行政、廉洁自律等内容进行了深入交流。",
    "会议通报了上一阶段学习情况，指出了存在的不足和改进措施。",
    "要坚持周五学习日制度，做到时间、人员、内容、效果四落实。",
    "有的同志结合典型案例谈了警示教育的体会，进一步增强了纪律意识。",
    "会议明确了下一阶段的学习安排，要求各科室认真组织落实。",
    "大家表示，要把理论学习与业务学习结合起来，努力提高综合素质。",
    "会议指出，学习不能流于形式，要在学懂弄通做实上下功夫。",
    "交流中，几位同志介绍了运用办公自动化提高工作效率的做法。",
    "会议要求党员干部发挥带头作用，营造比学赶超的良好氛围。",
    "主持人对本次学习进行了小结，并对学习心得的撰写提出了要求。",
]
ESSAY_SENTENCES = [
    "通过这次学习，我对有关内容有了更加深入的理解。",
    "结合自身工作实际，我认识到学习是提高能力的根本途径。",
    "在今后的工作中，我将坚持理论联系实际，把学到的知识运用到具体工作中去。",
    "学习中我也发现了自己在业务知识方面的不足，需要进一步加强。",
    "作为一名基层干部，必须树立终身学习的理念，不断更新知识结构。",
    "我体会到，依法行政是做好各项工作的前提和基础。",
    "只有把群众的利益放在首位，才能真正做好服务群众的工作。",
    "今后我将按照年度学习计划，认真完成各项学习任务。",
    "本单位在学习中注重交流互动，大家相互启发、共同提高。",
    "我建议进一步完善学习考核办法，把学习成效与工作实绩结合起来。",
    "这次学习使我进一步增强了责任意识和服务意识。",
    "在学习过程中，我坚持做好笔记，并对照检查自己的工作。",
]
REASONS = ["病假", "事假", "公出", "外出培训", "下乡督查"]
PARAGRAPH = 120  # characters per line of minutes, as a clerk types them


@dataclass
class Member:
    id: str
    name: str
    unit: str
    role: str
    born: dt.date
    education: str
    party_member: bool
    joined: dt.date
    left: dt.date | None = None

    def active_on(self, day: dt.date) -> bool:
        return self.joined <= day and (self.left is None or day < self.left)

    def active_during(self, start: dt.date, end: dt.date) -> bool:
        return self.joined < end and (self.left is None or self.left > start)


@dataclass
class Planned:
    """A session of a unit: the date, kind and the host and recorder taking their turn."""

    day: dt.date
    kind: str
    unit: str
    host: str
    recorder: str
    area: str
    topic: str


@dataclass
class Office:
    size: Size
    rng: random.Random
    calendar: Calendar = field(default_factory=Calendar)
    members: list[Member] = field(default_factory=list)
    units: list[tuple[str, str]] = field(default_factory=list)
    by_unit: dict[str, list[Member]] = field(default_factory=dict)
    used_ids: set[str] = field(default_factory=set)


def generate(size_name: str, out: Path, seed: int = 1) -> Path:
    """Write the records folder of `size_name` to `out` (replaced if it exists) and return it."""
    size = SIZES[size_name]
    tmp = out.with_name(f".{out.name}.tmp")
    if tmp.exists():
        shutil.rmtree(tmp)
    tmp.mkdir(parents=True)
    office = Office(size, random.Random(f"{size.name}-{seed}"))
    _people(office)
    writer = _Writer(tmp)
    writer.text("studyctl.yaml", _config(size))
    for unit_id, name in office.units:
        writer.text(f"units/{unit_id}.yaml", f"id: {unit_id}\nname: {name}\n")
    for year in range(size.first_year, LAST_YEAR + 1):
        _year(office, writer, year)
    for member in office.members:  # after the years: leaving dates are set while they run
        writer.text(f"members/{member.id}.yaml", _member_text(member))
    stamp = {"size": size.name, "seed": seed, "generator": GENERATOR_VERSION, "files": writer.count}
    writer.text(STAMP, json.dumps(stamp) + "\n")
    if out.exists():
        shutil.rmtree(out)
    os.replace(tmp, out)
    return out


def stamp_of(folder: Path) -> dict[str, object] | None:
    """What generated `folder`, or None if it is not a complete generated folder."""
    try:
        loaded: dict[str, object] = json.loads((folder / STAMP).read_text())
    except (OSError, ValueError):
        return None
    return loaded


def is_current(folder: Path, size_name: str, seed: int) -> bool:
    stamp = stamp_of(folder)
    return stamp is not None and (stamp.get("size"), stamp.get("seed"), stamp.get("generator")) == (
        size_name,
        seed,
        GENERATOR_VERSION,
    )


class _Writer:
    def __init__(self, root: Path) -> None:
        self.root = root
        self.folders: set[str] = set()
        self.count = 0

    def text(self, rel: str, text: str) -> None:
        folder = rel.rpartition("/")[0]
        if folder and folder not in self.folders:
            os.makedirs(self.root / folder, exist_ok=True)
            self.folders.add(folder)
        with open(self.root / rel, "wb") as handle:
            handle.write(text.encode())
        self.count += rel != STAMP


# --- people --------------------------------------------------------------------------------------


def _config(size: Size) -> str:
    return (
        "organization: 示范县机关\n"
        f"campaign_start: {size.first_year}-01-01\n"
        "language: zh\n"
        "rules:\n"
        "  essays_per_year: 4\n"
        "  anti_corruption_per_year: 0\n"
    )


def _units(count: int) -> list[tuple[str, str]]:
    return UNITS[:count]


def _new_member(office: Office, unit: str, role: str, joined: dt.date) -> Member:
    rng = office.rng
    surname_py, surname = rng.choice(SURNAMES)
    given = [rng.choice(GIVEN) for _ in range(rng.choice((1, 2, 2)))]
    base = f"{surname_py}-{''.join(g[0] for g in given)}"
    member_id, suffix = base, 2
    while member_id in office.used_ids:
        member_id, suffix = f"{base}-{suffix}", suffix + 1
    office.used_ids.add(member_id)
    # older cadres may hold a high-school diploma; everyone under the age limit has a degree
    born = dt.date(rng.randint(1966, 1999), rng.randint(1, 12), rng.randint(1, 28))
    campaign_age = office.size.first_year - born.year
    levels = ("high-school", "associate", "bachelor") if campaign_age > 52 else ("associate", "bachelor")
    education = rng.choice((*levels, "bachelor", "master"))
    member = Member(
        member_id,
        surname + "".join(g[1] for g in given),
        unit,
        role,
        born,
        education,
        rng.random() < 0.7,
        joined,
    )
    office.members.append(member)
    office.by_unit.setdefault(unit, []).append(member)
    return member


def _people(office: Office) -> None:
    size = office.size
    office.units = _units(size.units)
    per_unit = size.members // size.units
    hosts = max(2, per_unit // 5)
    first = dt.date(size.first_year, 1, 1)
    for index, (unit_id, _) in enumerate(office.units):
        for position in range(per_unit):
            if index == 0 and position == 0:
                role = "secretary"
            elif position == 0:
                role = "leader"
            elif position < hosts:
                role = "middle"
            else:
                role = "staff"
            joined = dt.date(office.rng.randint(1990, size.first_year - 1), office.rng.randint(1, 12), 1)
            _new_member(office, unit_id, role, min(joined, first))


def _turnover(office: Office, year: int) -> None:
    """Some staff leave on 1 January and as many join; hosts and recorders stay."""
    new_year = dt.date(year, 1, 1)
    for unit_id, _ in office.units:
        staff = [m for m in office.by_unit[unit_id] if m.role == "staff" and m.active_on(new_year)]
        movable = staff[2:]  # the first two staff keep the minutes: they stay
        for member in office.rng.sample(movable, k=len(movable) // 20):
            member.left = new_year
            _new_member(office, unit_id, "staff", new_year)


def _member_text(member: Member) -> str:
    return (
        f"id: {member.id}\nname: {member.name}\nunit: {member.unit}\nrole: {member.role}\n"
        f"born: {member.born.isoformat()}\neducation: {member.education}\n"
        f"party_member: {'true' if member.party_member else 'false'}\noffice_automation: true\n"
        f"joined: {member.joined.isoformat()}\nleft: {member.left.isoformat() if member.left else 'null'}\n"
    )


# --- one year ------------------------------------------------------------------------------------


def _year(office: Office, writer: _Writer, year: int) -> None:
    if year > office.size.first_year:
        _turnover(office, year)
    sessions = list(_sessions_of(office, year))
    _schedules(office, writer, year, sessions)
    lapses = year == LAST_YEAR
    for planned in sessions:
        writer.text(*_session(office, planned, lapses))
    start, end = dt.date(year, 1, 1), dt.date(year + 1, 1, 1)
    for member in office.members:
        if not member.active_during(start, end):
            continue
        writer.text(f"plans/{year}/{member.id}.yaml", _plan(office, member, year))
        for quarter in range(1, 5):
            q_start = dt.date(year, 3 * quarter - 2, 1)
            q_end = dt.date(year + 1, 1, 1) if quarter == 4 else dt.date(year, 3 * quarter + 1, 1)
            if not member.active_during(q_start, q_end):
                continue
            writer.text(*_essay(office, member, year, quarter, q_start, lapses))
            writer.text(f"reviews/{year}/Q{quarter}/{member.id}.yaml", _review(office, member, year, quarter))
        writer.text(f"self-reports/{year}/{member.id}.md", _self_report(office, member, year))


def _weeks(year: int) -> Iterator[list[dt.date]]:
    """The days of each ISO week whose Thursday lies in `year`."""
    monday = dt.date.fromisocalendar(year, 1, 1)
    while (monday + dt.timedelta(days=3)).year == year:
        yield [monday + dt.timedelta(days=offset) for offset in range(7)]
        monday += dt.timedelta(days=7)


def _pick_day(calendar: Calendar, week: list[dt.date], preferred: int) -> dt.date | None:
    """The preferred weekday if it is a working day, else the nearest working day of the week."""
    workdays = [day for day in week if calendar.is_workday(day)]
    if not workdays:
        return None
    return min(workdays, key=lambda day: (abs(day.weekday() - preferred), -day.weekday()))


def _sessions_of(office: Office, year: int) -> Iterator[Planned]:
    turns: dict[str, int] = {}
    for week in _weeks(year):
        study_day = _pick_day(office.calendar, week, 4)
        exchange_day = _pick_day(office.calendar, week, 1)
        if study_day is None or exchange_day is None:
            continue
        for unit_id, _ in office.units:
            staff = office.by_unit[unit_id]
            hosts = [m for m in staff if m.role != "staff" and m.active_on(study_day)]
            recorders = [m for m in staff if m.role == "staff"][:2]
            for day, kind in ((exchange_day, "exchange"), (study_day, "study-day")):
                turn = turns.get(unit_id, 0)
                turns[unit_id] = turn + 1
                area = AREAS[turn % 4]
                yield Planned(
                    day,
                    kind,
                    unit_id,
                    hosts[turn % len(hosts)].id,
                    recorders[turn % 2].id,
                    area,
                    office.rng.choice(TOPICS[area]),
                )


def _schedules(office: Office, writer: _Writer, year: int, sessions: list[Planned]) -> None:
    by_month: dict[tuple[int, str], list[Planned]] = {}
    for planned in sessions:
        # the days of the year's first and last ISO weeks that lie in the next or previous year
        # go with its January or December, in this year's folder
        month = 1 if planned.day.year < year else 12 if planned.day.year > year else planned.day.month
        by_month.setdefault((month, planned.unit), []).append(planned)
    for (month, unit), entries in by_month.items():
        first = min(dt.date(year, month, 1), *(p.day for p in entries))
        published = first - dt.timedelta(days=5)
        lines = [f"published: {published.isoformat()}", "entries:"]
        for planned in sorted(entries, key=lambda p: p.day):
            lines += [
                f"  - date: {planned.day.isoformat()}",
                f"    kind: {planned.kind}",
                f"    units: [{unit}]",
                f"    topic: {planned.topic}",
                f"    host: {planned.host}",
            ]
        writer.text(f"schedules/{year}/{year}-{month:02d}-{unit}.yaml", "\n".join(lines) + "\n")


def _text(rng: random.Random, pool: list[str], low: int, high: int) -> str:
    target = rng.randint(low, high)
    parts: list[str] = []
    length = 0
    while length < target:
        sentence = rng.choice(pool)
        parts.append(sentence)
        length += len(sentence)
    return "".join(parts)


def _wrap(text: str, indent: str) -> str:
    return "\n".join(indent + text[i : i + PARAGRAPH] for i in range(0, len(text), PARAGRAPH))


def _session(office: Office, planned: Planned, lapses: bool) -> tuple[str, str]:
    rng = office.rng
    day = planned.day
    expected = [m for m in office.by_unit[planned.unit] if m.active_on(day)]
    minutes = _text(rng, SENTENCES, 300, 800)
    first_unit = office.units[0][0]
    lapse = lapses and planned.unit == first_unit and day.year == LAST_YEAR
    if lapse and planned.kind == "exchange" and day.month == 6 and day.day <= 7:
        minutes = "传达了文件。"
    if lapse and planned.kind == "study-day" and day.month == 5 and day.day <= 7:
        expected = expected[1:]
    lines = [
        f"date: {day.isoformat()}",
        f"kind: {planned.kind}",
        f"units: [{planned.unit}]",
        "participants: []",
        f"host: {planned.host}",
        f"topic: {planned.topic}",
        f"area: {planned.area}",
        "minutes:",
        f"  recorder: {planned.recorder}",
        "  text: |",
        _wrap(minutes, "    "),
        "attendance:",
    ]
    for member in expected:
        roll = rng.random()
        if roll < 0.9 or member.id in (planned.host, planned.recorder):
            lines.append(f"  {member.id}: present")
        elif roll < 0.94:
            lines.append(f"  {member.id}: late")
        elif roll < 0.99:
            lines.append(f"  {member.id}: {{status: leave, reason: {rng.choice(REASONS)}}}")
        else:
            lines.append(f"  {member.id}: {{status: absent, reason: 未请假}}")
    rel = f"sessions/{day.year}/{day.isoformat()}-{planned.kind}-{planned.unit}.yaml"
    return rel, "\n".join(lines) + "\n"


def _workday_in(office: Office, start: dt.date, days: int) -> dt.date:
    day = start + dt.timedelta(days=office.rng.randrange(days))
    while not office.calendar.is_workday(day):
        day -= dt.timedelta(days=1)
    return max(day, start)


def _plan(office: Office, member: Member, year: int) -> str:
    lines = [
        f"member: {member.id}",
        f"year: {year}",
        f"goals: 按照学习型机关建设要求，全面提高政治理论水平和业务能力（{member.name}）",
        "essays_target: 4",
        "items:",
    ]
    for quarter, area in enumerate(AREAS, start=1):
        due = dt.date(year, 3 * quarter, 28)
        done = due - dt.timedelta(days=office.rng.randint(1, 40))
        lines += [
            f"  - area: {area}",
            f"    content: {office.rng.choice(TOPICS[area])}",
            f"    due: {due.isoformat()}",
            f"    done: {done.isoformat()}",
        ]
    return "\n".join(lines) + "\n"


def _essay(
    office: Office, member: Member, year: int, quarter: int, q_start: dt.date, lapses: bool
) -> tuple[str, str]:
    rng = office.rng
    day = _workday_in(office, q_start, 80)
    area = AREAS[(quarter + len(member.id)) % 4]
    date_text = day.isoformat()
    if lapses and quarter == 2 and member is office.by_unit[office.units[0][0]][1]:
        date_text = f"{year}-04-31"  # the schema lapse: a day April does not have
    slug = f"{AREA_SLUG[area]}-q{quarter}"
    body = _text(rng, ESSAY_SENTENCES, 900, 1100)
    paragraphs = "\n\n".join(body[i : i + 300] for i in range(0, len(body), 300))
    published = "null" if rng.random() > 0.02 else "《县域经济》"
    text = (
        f"---\nauthor: {member.id}\ndate: {date_text}\ntitle: {rng.choice(TOPICS[area])}的体会\n"
        f"area: {area}\npublished_in: {published}\nsuggestions: {rng.randint(0, 2)}\n---\n{paragraphs}\n"
    )
    return f"essays/{year}/{date_text}-{member.id}-{slug}.md", text


def _review(office: Office, member: Member, year: int, quarter: int) -> str:
    rng = office.rng
    reviewer = _reviewer(office)
    ratings = [rng.choice(("excellent", "good", "good", "good", "fair")) for _ in range(3)]
    return (
        f"member: {member.id}\nquarter: {year}Q{quarter}\nreviewer: {reviewer.id}\n"
        f"attitude: {ratings[0]}\ncontent: {ratings[1]}\nresults: {ratings[2]}\n"
        "notebook: kept\nnotes: 学习笔记完整，按时参加学习\n"
    )


def _reviewer(office: Office) -> Member:
    """The office's clerk who checks everyone: the first unit's first recorder, who never leaves."""
    return next(m for m in office.by_unit[office.units[0][0]] if m.role == "staff")


def _self_report(office: Office, member: Member, year: int) -> str:
    body = _text(office.rng, ESSAY_SENTENCES, 400, 600)
    rating = office.rng.choice(("excellent", "good", "good", "fair"))
    return f"---\nmember: {member.id}\nyear: {year}\nself_rating: {rating}\n---\n对照年度学习计划：{body}\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Generate a benchmark records folder.")
    parser.add_argument("size", choices=sorted(SIZES))
    parser.add_argument("out", type=Path)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args(argv)
    folder = generate(args.size, args.out, args.seed)
    stamp = stamp_of(folder) or {}
    print(f"{args.size}: {stamp.get('files')} record files in {folder}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
