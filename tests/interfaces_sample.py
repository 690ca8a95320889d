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

from kg.model import Article, ArticleFacts, EventFact, Evidence, HoldingFact, PersonFact

REPO = Path(__file__).resolve().parents[1]
MAI = "Trương Thị Mai"
TESTER = "Nguyễn Văn Thử"  # the person of the article that carries the payloads
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
    lam_dong = "Đồng chí Trần Đức Quận - Bí thư Tỉnh ủy Lâm Đồng chủ trì hội nghị tại điểm cầu Lâm Đồng."
    third = Article("iface-3", "Hội nghị Ban Chấp hành Đảng bộ tỉnh Lâm Đồng", "", "2021-06-10",
                    "https://example.org/tin/3", "Báo Lâm Đồng online")
    fourth = Article("iface-4", "Thường trực Ban Bí thư dự lễ kỷ niệm tại Hà Giang", "", "2023-05-02",
                     "https://example.org/tin/4", "Báo Hà Giang")
    ha_giang = "Đồng chí Trương Thị Mai, Thường trực Ban Bí thư dự lễ kỷ niệm ngày thành lập tỉnh Hà Giang."
    payload = Article("iface-2", PAYLOAD_HEADLINE, "", "2023-06-01", PAYLOAD_URL, "Báo thử")
    return [
        ArticleFacts(first, [PersonFact(MAI, [], _ev(MAI_SENTENCE)), PersonFact("Trần Đức Quận", [], _ev(lam_dong))],
                     [HoldingFact(MAI, "Trưởng Ban Tổ chức Trung ương", "Trưởng ban", "Ban Tổ chức Trung ương", "",
                                  False, _ev(MAI_SENTENCE)),
                      HoldingFact("Trần Đức Quận", "Bí thư Tỉnh ủy Lâm Đồng", "Bí thư", "Tỉnh ủy", "Lâm Đồng", False,
                                  _ev(lam_dong))],
                     [EventFact("2022-01-13", "Hội nghị tổng kết công tác tổ chức xây dựng Đảng năm 2021",
                                "conference", ["Lâm Đồng"], [MAI, "Trần Đức Quận"], [], _ev(MAI_SENTENCE))]),
        ArticleFacts(third, [PersonFact("Trần Đức Quận", [], _ev(lam_dong))],
                     [HoldingFact("Trần Đức Quận", "Bí thư Tỉnh ủy Lâm Đồng", "Bí thư", "Tỉnh ủy", "Lâm Đồng", False,
                                  _ev(lam_dong))], []),
        ArticleFacts(fourth, [PersonFact(MAI, [], _ev(ha_giang))],
                     [HoldingFact(MAI, "Thường trực Ban Bí thư", "Thường trực", "Ban Bí thư", "", False,
                                  _ev(ha_giang))],
                     [EventFact("2023-05-02", "Lễ kỷ niệm ngày thành lập tỉnh Hà Giang", "ceremony", ["Hà Giang"],
                                [], [MAI], _ev(ha_giang))]),
        ArticleFacts(payload, [PersonFact(TESTER, [], _ev(PAYLOAD_SENTENCE))],
                     [HoldingFact(TESTER, "Chủ tịch UBND tỉnh Hà Giang", "Chủ tịch", "UBND", "Hà Giang", False,
                                  _ev(PAYLOAD_SENTENCE))], []),
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


def synthetic(n_people: int = 2500, n_events: int = 2000, n_posts: int = 500):  # -> ExplorerGraph
    """A graph of 5,000 nodes shaped like the real one: people holding posts and attending events."""
    import random

    from kg.explorer.data import Article as ArticleInfo
    from kg.explorer.data import ExplorerGraph, Link, Node, Source

    rng = random.Random(3)
    nodes: dict[str, Node] = {}
    for kind, count in (("Person", n_people), ("Event", n_events), ("Post", n_posts)):
        for i in range(count):
            iri = f"https://w3id.org/vnpolkg/id/{kind.lower()}/{i}"
            nodes[iri] = Node(iri, kind, f"{kind} {i} Nguyễn Văn", date="2020-01-01" if kind == "Event" else None)
    articles = {f"a{i}": ArticleInfo(f"a{i}", f"Tin {i}", "2020-01-01", "https://example.org") for i in range(300)}
    links = []
    for i in range(n_people):
        person = f"https://w3id.org/vnpolkg/id/person/{i}"
        for target in (f"https://w3id.org/vnpolkg/id/post/{rng.randrange(n_posts)}",
                       f"https://w3id.org/vnpolkg/id/event/{rng.randrange(n_events)}",
                       f"https://w3id.org/vnpolkg/id/event/{rng.randrange(n_events)}"):
            relation = "holdsPost" if "/post/" in target else "attended"
            links.append(Link(person, target, relation, [Source(f"a{rng.randrange(300)}", ["Câu."])], {"2020-01-01"}))
    return ExplorerGraph(nodes, links, articles)
