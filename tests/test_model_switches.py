"""A bad value of a learned model's switch stops the command with one line naming the variable, before any article."""

from __future__ import annotations

import pytest
from conftest import run_kg


@pytest.mark.parametrize("variable", ["KG_PARTICIPATION_MODEL", "KG_HOLDING_MODEL", "KG_POST_EXTENT_MODEL"])
def test_a_bad_switch_is_one_error(variable: str, tmp_path, monkeypatch: pytest.MonkeyPatch) -> None:
    article = tmp_path / "a.txt"
    article.write_text("Hà Nội, 13/1/2022\nÔng Nguyễn Văn A - Bí thư Tỉnh ủy Lâm Đồng dự hội nghị.\n", encoding="utf-8")
    monkeypatch.setenv(variable, "maybe")
    done = run_kg("extract", article)
    assert done.returncode == 2
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and variable in lines[0] and "maybe" in lines[0]
    assert done.stdout == ""
