"""A small store for the tests of the researchers' interfaces (server, explorer, push, browser).

Built through the real graph side (ArticleFacts → GraphStore.add_facts → finalize), so the tests
see the quads `kg build` writes, with one article whose headline and text carry HTML/script payloads.
"""

from __future__ import annotations

import re
import subprocess
import sys
import urllib.error
import urllib.request
from pathlib import Path
from urllib.parse import urlencode

from conftest import REPO

from kg.model import Article, ArticleFacts, EventFact, Evidence, HoldingFact, PersonFact

MAI = "Trương Thị Mai"
MAI_SENTENCE = ("Sáng 13/1, dưới sự chủ trì của đồng chí Trương Thị Mai - Ủy viên Bộ Chính trị, Bí thư Trung ương "
                "Đảng, Trưởng Ban Tổ chức Trung ương, hội nghị trực tuyến toàn quốc được tổ chức.")
PAYLOAD_HEADLINE = ('Tin <img src=x onerror="window.__pwned=1"> <script>window.__pwned=2</script> '
                    '</script><!-- <b>đậm</b> & "quotes"')
PAYLOAD_SENTENCE = ('Đồng chí Trương Thị Mai dự lễ <script>window.__pwned=3</script>"]}</script><script>'
                    'window.__pwned=4</script> <a href="javascript:window.__pwned=5">bấm</a>.')
PAYLOAD_URL = "javascript:window.__pwned=6"


def _ev(sentence: str, start: int = 0) -> list[Evidence]:
    return [Evidence(sentence, start, start + 14, 0.9)]


def sample_facts() -> list[ArticleFacts]:
    first = Article("iface-1", "Tổng kết toàn quốc công tác xây dựng Đảng", "", "2022-01-13T11:01:00+07:00",
                    "https://example.org/tin/1", "Báo Lâm Đồng online")
    lam_dong = ("Đồng chí Trần Đức Quận - Bí thư Tỉnh ủy Lâm Đồng chủ trì hội nghị tại điểm cầu Lâm Đồng.")
    second = Article("iface-2", PAYLOAD_HEADLINE, "", "2023-05-02", PAYLOAD_URL, "Báo thử")
    third = Article("iface-3", "Hội nghị Ban Chấp hành Đảng bộ tỉnh Lâm Đồng", "", "2021-06-10",
                    "https://example.org/tin/3", "Báo Lâm Đồng online")
    return [
        ArticleFacts(first, [PersonFact(MAI, [], _ev(MAI_SENTENCE)), PersonFact("Trần Đức Quận", [], _ev(lam_dong))],
                     [HoldingFact(MAI, "Trưởng Ban Tổ chức Trung ương", "Trưởng ban", "Ban Tổ chức Trung ương", "",
                                  False, _ev(MAI_SENTENCE)),
                      HoldingFact("Trần Đức Quận", "Bí thư Tỉnh ủy Lâm Đồng", "Bí thư", "Tỉnh ủy", "Lâm Đồng", False,
                                  _ev(lam_dong))],
                     [EventFact("2022-01-13", "Hội nghị tổng kết công tác tổ chức xây dựng Đảng năm 2021",
                                "conference", ["Lâm Đồng"], [MAI, "Trần Đức Quận"], [], _ev(MAI_SENTENCE))]),
        ArticleFacts(second, [PersonFact(MAI, [], _ev(PAYLOAD_SENTENCE))],
                     [HoldingFact(MAI, "Thường trực Ban Bí thư", "Thường trực", "Ban Bí thư", "", False,
                                  _ev(PAYLOAD_SENTENCE))],
                     [EventFact("2023-05-02", "Lễ kỷ niệm ngày thành lập tỉnh Hà Giang", "ceremony", ["Hà Giang"],
                                [], [MAI], _ev(PAYLOAD_SENTENCE))]),
        ArticleFacts(third, [PersonFact("Trần Đức Quận", [], _ev(lam_dong))],
                     [HoldingFact("Trần Đức Quận", "Bí thư Tỉnh ủy Lâm Đồng", "Bí thư", "Tỉnh ủy", "Lâm Đồng", False,
                                  _ev(lam_dong))], []),
    ]


def build_sample_store(path: Path) -> Path:
    from kg.store import GraphStore

    with GraphStore(path) as store:
        store.add_facts(sample_facts())
        store.finalize()
    return path


class Server:
    def __init__(self, store: Path, *flags: str) -> None:
        self.process = subprocess.Popen([sys.executable, "-m", "kg.cli", "serve", "--store", str(store), "--port", "0",
                                         *flags], cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        line = self.process.stdout.readline()
        match = re.search(r"http://[\d.]+:\d+", line)
        if not match:
            self.stop()
            raise RuntimeError(f"kg serve did not start: {line!r} {self.process.stderr.read()}")
        self.url = match.group(0)

    def stop(self) -> None:
        self.process.terminate()
        try:
            self.process.wait(10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        for stream in (self.process.stdout, self.process.stderr):
            stream.close()

    def request(self, path: str, data: bytes | None = None, headers: dict[str, str] | None = None,
                method: str | None = None) -> tuple[int, dict[str, str], bytes]:
        req = urllib.request.Request(self.url + path, data=data, headers=headers or {}, method=method)
        try:
            with urllib.request.urlopen(req, timeout=60) as resp:
                return resp.status, dict(resp.headers), resp.read()
        except urllib.error.HTTPError as err:
            return err.code, dict(err.headers), err.read()

    def query(self, sparql: str, accept: str = "application/sparql-results+json") -> tuple[int, dict, bytes]:
        return self.request("/sparql?" + urlencode({"query": sparql}), headers={"Accept": accept})
