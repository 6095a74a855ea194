"""Rendering: findings and report data to text (terminal, JSON, CSV, HTML, office files)."""
