"""The monthly briefing (月度党建工作简报): a month or a quarter as of its last day, as a
PDF for the county committee's meeting (period.py, content.py, charts.py, render.py)."""
