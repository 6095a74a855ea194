"""`init`: a new records folder with every setting written out and explained."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from studyctl import git
from studyctl.errors import StudyctlError
from studyctl.fsio import atomic_write
from studyctl.messages import t
from studyctl.records import CONFIG_FILE, FLAT_FOLDERS, YEAR_FOLDERS
from studyctl.yamlio import dump_yaml

GITATTRIBUTES = "* text=auto eol=lf\n*.yaml text eol=lf\n*.md text eol=lf\n"
GITIGNORE = "# studyctl's own lock and cache\n.studyctl/\n"

# (key, default, comment key) in the order they are written
_RULE_SETTINGS = (
    ("essays_per_year", 4),
    ("anti_corruption_per_year", 10),
    ("study_day", "friday"),
    ("exchange_day", "tuesday"),
    ("minutes_min_chars", 50),
    ("degree_min", "associate"),
    ("degree_age_limit", 50),
    ("degree_deadline_years", 3),
    ("degree_rate_target", 0.85),
)


def config_text(organization: str, campaign_start: str, lang: str) -> str:
    """studyctl.yaml with every default written out, each line explained in `lang`."""
    head = dump_yaml({"organization": organization}).rstrip("\n")
    lines = [
        f"# {t('init.config.title', lang)}",
        f"{head:<40} # {t('init.config.organization', lang)}",
        f"{'campaign_start: ' + campaign_start:<40} # {t('init.config.campaign_start', lang)}",
        f"{'language: ' + lang:<40} # {t('init.config.language', lang)}",
        f"rules:{'':<34} # {t('init.config.rules', lang)}",
    ]
    for key, value in _RULE_SETTINGS:
        lines.append(f"  {f'{key}: {value}':<38} # {t('init.config.' + key, lang)}")
    lines += [
        f"calendar:{'':<31} # {t('init.config.calendar', lang)}",
        f"  {'holidays: []':<38} # {t('init.config.holidays', lang)}",
        f"  {'workdays: []':<38} # {t('init.config.workdays', lang)}",
    ]
    return "\n".join(lines) + "\n"


@dataclass
class InitResult:
    path: Path
    git: str  # "committed" | "inside" | "failed" | "none"
    git_detail: str = ""


def init_records(folder: Path, organization: str, campaign_start: str, lang: str) -> InitResult:
    folder = folder.resolve()
    if (folder / CONFIG_FILE).exists():
        raise StudyctlError("init.exists", path=str(folder))
    for parent in folder.parents:
        if (parent / CONFIG_FILE).is_file():
            raise StudyctlError("init.inside", path=str(folder), root=str(parent))
    was_tracked = git.inside_work_tree(folder) if folder.exists() else False
    written = [".gitattributes", ".gitignore"]
    for name in (*FLAT_FOLDERS, *YEAR_FOLDERS):
        atomic_write(folder / name / ".gitkeep", b"", f"{name}/.gitkeep")
        written.append(f"{name}/.gitkeep")
    atomic_write(folder / ".gitattributes", GITATTRIBUTES.encode(), ".gitattributes")
    atomic_write(folder / ".gitignore", GITIGNORE.encode(), ".gitignore")
    # the config last: a folder is a records folder only once it is complete
    atomic_write(folder / CONFIG_FILE, config_text(organization, campaign_start, lang).encode(), CONFIG_FILE)
    written.append(CONFIG_FILE)
    if was_tracked:
        return InitResult(folder, "inside")
    if not git.available():
        return InitResult(folder, "none")
    started = git.init(folder)
    if not started.ok:
        return InitResult(folder, "failed", started.output)
    committed = git.commit_paths(folder, written, t("init.commit_message", lang))
    if not committed.ok:
        return InitResult(folder, "failed", committed.output)
    return InitResult(folder, "committed")
