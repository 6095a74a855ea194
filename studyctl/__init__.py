"""studyctl: keep, check and report the study records of a learning-oriented office (学习型机关)."""

__version__ = "0.1.0"
