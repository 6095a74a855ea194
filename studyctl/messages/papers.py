"""Messages of the filed papers: the Word and PDF documents and the printed spreadsheets."""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    "paper.section.figures": {"zh": "主要指标", "en": "Key figures"},
    "paper.date": {"zh": "{year}年{month_zh}月{day}日", "en": "{day} {month_en} {year}"},
    "paper.xlsx_footer": {"zh": "第 &P 页 共 &N 页", "en": "Page &P of &N"},
    "paper.pdf_page": {"zh": "— {page} —", "en": "— {page} —"},
}
