"""The corpus commands: dedup (and process --dedup), stats, report (in a real headless
browser), export to Parquet (read back by pyarrow and by DuckDB with the README query)."""

import os
import re
import shutil
import subprocess

import orjson
import pytest
from typer.testing import CliRunner

from cli.main import app
from core.dedup import DedupConfig, deduplicate, shingle_hashes
from core.keys import label_key, organizer_key, person_key
from tests.conftest import SAMPLES

runner = CliRunner()


@pytest.fixture(scope="module")
def seed_records(tmp_path_factory):
    out = tmp_path_factory.mktemp("seeds") / "seeds.jsonl"
    result = runner.invoke(app, ["process", str(SAMPLES), "-o", str(out), "--no-tokenize", "-q"])
    assert result.exit_code == 0, result.stderr
    return [orjson.loads(line) for line in out.read_bytes().splitlines()]


def _edited(record, path, published, drop_every=100):
    """A republished copy: another path and date, a few words dropped, a new last line."""
    copy = orjson.loads(orjson.dumps(record))
    words = copy["text"].split(" ")
    copy["text"] = " ".join(w for i, w in enumerate(words) if i % drop_every != drop_every - 1) + "\nNguồn: Cổng thông tin tỉnh"
    copy["source"]["path"] = path
    copy["id"] = f"copy-{path}"
    copy["published"] = published
    return copy


def _write(path, records):
    path.write_bytes(b"".join(orjson.dumps(r) + b"\n" for r in records))


def test_dedup_keeps_the_earliest_and_reports_the_dropped(tmp_path, seed_records):
    base = [r for r in seed_records if r["published"]]
    original = base[0]
    near = _edited(original, "huyen/ban-sao.txt", "2030-01-01")
    earlier = _edited(original, "tinh/ban-som-hon-rat-dai.txt", "2000-01-01")  # earlier: it is the one kept
    exact = dict(orjson.loads(orjson.dumps(original)), id="same", published=None)
    exact["source"] = dict(original["source"], path="x/cung-noi-dung.txt")
    exact["text"] = original["text"].upper().replace(" ", "  ")  # case and spacing do not matter
    records = [*seed_records, near, earlier, exact]
    source, output, clusters = tmp_path / "in.jsonl", tmp_path / "out.jsonl", tmp_path / "clusters.jsonl"
    _write(source, records)
    result = runner.invoke(app, ["dedup", str(source), "-o", str(output), "--clusters", str(clusters)])
    assert result.exit_code == 0, result.stderr
    kept = [orjson.loads(line) for line in output.read_bytes().splitlines()]
    assert len(kept) == len(seed_records)
    assert "tinh/ban-som-hon-rat-dai.txt" in {r["source"]["path"] for r in kept}
    assert original["source"]["path"] not in {r["source"]["path"] for r in kept}
    dropped = {d["path"]: d for d in (orjson.loads(line) for line in clusters.read_bytes().splitlines())}
    assert set(dropped) == {original["source"]["path"], "huyen/ban-sao.txt", "x/cung-noi-dung.txt"}
    for entry in dropped.values():
        assert entry["duplicate_of"]["path"] == "tinh/ban-som-hon-rat-dai.txt"
        assert 0.8 <= entry["similarity"] <= 1.0
    assert dropped["x/cung-noi-dung.txt"]["kind"] == "near"  # same text as the original, near the keeper
    # The other seeds are distinct articles: nothing else is dropped, and output order is kept.
    others = [r["source"]["path"] for r in seed_records if r is not original]
    assert [r["source"]["path"] for r in kept if r["source"]["path"] in others] == others


def test_exact_duplicates_and_threshold(seed_records):
    a = seed_records[1]
    same = dict(orjson.loads(orjson.dumps(a)), source=dict(a["source"], path="copy/" + a["source"]["path"]))
    result = deduplicate([a, same])
    assert result.counts()["exact"] == 1 and result.duplicates[1].similarity == 1.0
    loose = _edited(a, "c.txt", None, drop_every=15)  # one word in 15 gone: about half the shingles
    assert deduplicate([a, loose]).counts()["dropped"] == 0
    assert deduplicate([a, loose], DedupConfig(threshold=0.3)).counts()["dropped"] == 1


def test_shingle_hashes_are_stable_across_processes():
    words = "ủy ban nhân dân huyện tổ chức hội nghị tổng kết năm 2023".split()
    here = shingle_hashes(words, 5).tolist()
    code = ("from core.dedup import shingle_hashes;"
            f"print(shingle_hashes({words!r}, 5).tolist())")
    there = subprocess.run(["python", "-c", code], capture_output=True, text=True, check=True,
                           env={**os.environ, "PYTHONHASHSEED": "123"}).stdout.strip()
    assert str(here) == there and len(here) == len(words) - 4


def test_process_dedup_and_sharded_input(tmp_path):
    folder = tmp_path / "dumps"
    folder.mkdir()
    for path in SAMPLES.glob("*.txt"):
        shutil.copy(path, folder / path.name)
    shutil.copy(SAMPLES / "002_5006d74ba01a891b.txt", folder / "z_republished.txt")
    out = tmp_path / "out.jsonl"
    result = runner.invoke(app, ["process", str(folder), "-o", str(out), "--no-tokenize", "-q", "--dedup",
                                 "--clusters", str(tmp_path / "c.jsonl"), "--summary-json", str(tmp_path / "s.json")])
    assert result.exit_code == 0, result.stderr
    assert len(out.read_bytes().splitlines()) == 5
    assert orjson.loads((tmp_path / "s.json").read_bytes())["dedup"]["exact"] == 1
    refused = runner.invoke(app, ["process", str(folder), "-o", str(tmp_path / "shards") + "/", "--dedup", "-q"])
    assert refused.exit_code == 2
    shards = tmp_path / "shards"
    assert runner.invoke(app, ["process", str(folder), "-o", f"{shards}/", "--no-tokenize", "-q",
                               "--shard-records", "2"]).exit_code == 0
    result = runner.invoke(app, ["dedup", str(shards), "-o", str(tmp_path / "from-shards.jsonl.gz"), "-q"])
    assert result.exit_code == 0, result.stderr
    import gzip

    assert len(gzip.decompress((tmp_path / "from-shards.jsonl.gz").read_bytes()).splitlines()) == 5
    assert runner.invoke(app, ["dedup", str(tmp_path / "missing.jsonl"), "-o", str(out)]).exit_code == 2


def test_stats_tables_and_json(tmp_path, seed_records):
    source = tmp_path / "in.jsonl"
    _write(source, seed_records)
    rejects = tmp_path / "rejects.jsonl"
    rejects.write_bytes(b'{"path": "x.txt", "reason": "empty", "detail": ""}\n')
    result = runner.invoke(app, ["stats", str(source), "--json", "--rejects", str(rejects)])
    assert result.exit_code == 0, result.stderr
    figures = orjson.loads(result.stdout)
    assert figures["records"] == 5 and figures["rejects"] == {"total": 1, "by_reason": {"empty": 1}}
    assert figures["meetings"]["total"] == sum(1 for r in seed_records if r["meeting"])
    assert figures["statistics"]["total"] == sum(len(r["statistics"]) for r in seed_records)
    assert figures["meetings"]["by_month"]["2023-01"] >= 1
    assert figures["meetings"]["top_chairs"][0]["title"]
    assert figures["warnings"]["mojibake"] == 1  # seed 000's weather widget (`Đ?ẩm`)
    table = runner.invoke(app, ["stats", str(source)])
    assert table.exit_code == 0 and "top organizers" in table.stdout and "officials by meetings chaired" in table.stdout


# Spellings of one body as baomoi articles write them, and a body of another level.
SPELLINGS = ["UBND TP.HCM", "UBND TPHCM", "Ủy ban nhân dân Thành phố Hồ Chí Minh", "UBND TP.HCM"]


def _respelled(seed_records):
    """Copies of a seed with a meeting, its organizer written as other articles write it,
    its chair's name spaced and toned otherwise, one copy keyless (written by an older
    version) and one of another body; dated months apart, leaving months without meetings."""
    base = next(r for r in seed_records if r["meeting"])
    copies = []
    for i, organizer in enumerate([*SPELLINGS, "UBND huyện Củ Chi"]):
        copy = orjson.loads(orjson.dumps(base))
        copy["id"], copy["source"]["path"] = f"copy{i}", f"copy/{i}.txt"
        name = "Nguyễn  Thị Hoà" if i % 2 else "Nguyễn Thị Hòa"
        label = ["tỉ lệ giải quyết hồ sơ đúng hạn", "tỷ lệ giải quyết hồ sơ đúng hạn năm 2022 đạt"][i % 2]
        copy["meeting"].update(organizer=organizer, organizer_key=organizer_key(organizer), date=["2022-01-15", "2022-04-15", "2022-07-15", "2022-10-15", "2023-01-15"][i],
                               chairs=[{"name": name, "titles": ["Chủ tịch"], "key": person_key(name)}])
        copy["statistics"] = [{"text": "98%", "value": 90 + i, "kind": "percent", "unit": "%", "of": None, "qualifier": None,
                               "label": label, "label_key": label_key(label), "sentence": 0}]
        copies.append(copy)
    keyless = copies[1]
    keyless["meeting"].pop("organizer_key", None)
    for person in keyless["meeting"]["chairs"]:
        person.pop("key", None)
    return copies


def test_stats_group_by_keys_and_show_the_most_written_form(tmp_path, seed_records):
    source = tmp_path / "in.jsonl"
    _write(source, _respelled(seed_records))
    result = runner.invoke(app, ["stats", str(source), "--json"])
    assert result.exit_code == 0, result.stderr
    meetings = orjson.loads(result.stdout)["meetings"]
    top = meetings["top_organizers"]
    assert top[0] == {"name": "UBND TP.HCM", "key": "ủy ban nhân dân thành phố hồ chí minh", "count": 4, "spellings": 3}
    assert top[1]["key"] == "ủy ban nhân dân huyện củ chi" and top[1]["count"] == 1
    assert meetings["organizers"] == {"strings": 4, "keys": 2}
    assert [(c["key"], c["count"], c["title"]) for c in meetings["top_chairs"]] == [("nguyễn thị hòa", 5, "Chủ tịch")]
    statistics = orjson.loads(result.stdout)["statistics"]
    assert [(i["key"], i["count"]) for i in statistics["top_indicators"]] == [("tỷ lệ giải quyết hồ sơ đúng hạn", 5)]
    table = runner.invoke(app, ["stats", str(source)])
    assert "2 / 4" in table.stdout  # organizers: keys / spellings


def _chromium() -> str | None:
    return shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")


def test_report_is_self_contained_and_draws_in_a_browser(tmp_path, seed_records):
    source, page, shot = tmp_path / "in.jsonl", tmp_path / "report.html", tmp_path / "report.png"
    _write(source, seed_records)
    result = runner.invoke(app, ["report", str(source), "-o", str(page), "--title", "Báo cáo mẫu"])
    assert result.exit_code == 0, result.stderr
    html = page.read_text(encoding="utf-8")
    assert not re.search(r"""(?:src|href)=["']?(?:https?:)?//""", html)  # nothing fetched from a network
    browser = _chromium()
    if browser is None:
        if os.environ.get("CI"):
            pytest.fail("chromium is missing: .ci/run installs it")
        pytest.skip("no chromium here (.ci/run installs Debian's chromium)")
    flags = [browser, "--headless=new", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
             "--virtual-time-budget=5000", "--enable-logging=stderr", "--v=0"]
    dom = subprocess.run([*flags, "--dump-dom", page.as_uri()], capture_output=True, text=True, timeout=120)
    body = re.search(r"<body[^>]*>", dom.stdout)
    assert body, dom.stderr[-2000:]
    attrs = dict(re.findall(r'data-([a-z-]+)="([^"]*)"', body.group(0)))
    meetings = sum(1 for r in seed_records if r["meeting"])
    assert attrs["ready"] == "1" and attrs["errors"] == "0", attrs
    assert attrs["rows"] == str(meetings) and int(attrs["charts"]) >= 3, attrs
    assert attrs["indicator-rows"] == str(sum(1 for r in seed_records for s in r["statistics"]
                                             if s["kind"] == "percent" and s["label"])), attrs
    assert not re.search(r"Uncaught|CONSOLE\(\d+\).*(?:Error|error)", dom.stderr), dom.stderr[-2000:]
    subprocess.run([*flags, "--window-size=1100,1600", f"--screenshot={shot}", page.as_uri()],
                   capture_output=True, timeout=120, check=True)
    png = shot.read_bytes()
    assert png[:8] == b"\x89PNG\r\n\x1a\n" and len(png) > 20_000  # a drawn page, not a blank one


def test_report_time_axis_keys_and_sorting(tmp_path, seed_records):
    from core.report import collect, render

    records = _respelled(seed_records)
    page = render(collect(records))
    # every month from January to January of the next year has its place; those without a meeting are marked
    months = re.findall(r'class="(bar|zero)" data-month="(\d{4}-\d{2})"', page)
    assert [m for _, m in months] == [f"2022-{m:02d}" for m in range(1, 13)] + ["2023-01"]
    assert {m for kind, m in months if kind == "bar"} == {"2022-01", "2022-04", "2022-07", "2022-10", "2023-01"}
    # one indicator chart, one series per body, named by its most written form
    chart = re.search(r'data-kind="lines"><figcaption>([^<]*)</figcaption>(.*?)</figure>', page, re.DOTALL)
    assert chart and chart.group(1).startswith("tỉ lệ giải quyết hồ sơ đúng hạn (%)")
    assert re.findall(r'class="legend"[^>]*>([^<]*)<', chart.group(2)) == ["UBND TP.HCM", "UBND huyện Củ Chi"]
    assert page.count('class="sortable"') == 4
    browser = _chromium()
    if browser is None:
        pytest.skip("no chromium here")
    html = tmp_path / "r.html"
    html.write_text(page + "<script>document.querySelectorAll('#indicators th')[3].click();"
                    "document.querySelectorAll('#indicators th')[3].click();"
                    "document.body.dataset.sorted=Array.from(document.querySelectorAll('#indicators tbody tr'))"
                    ".map(function(tr){return tr.children[3].textContent;}).join(',');</script>", encoding="utf-8")
    dom = subprocess.run([browser, "--headless=new", "--no-sandbox", "--disable-gpu", "--virtual-time-budget=5000",
                          "--dump-dom", html.as_uri()], capture_output=True, text=True, timeout=120)
    attrs = dict(re.findall(r'data-([a-z-]+)="([^"]*)"', re.search(r"<body[^>]*>", dom.stdout).group(0)))
    assert attrs["sorted"] == "94,93,92,91,90" and attrs["errors"] == "0", attrs


def test_export_parquet_reads_back_and_answers_the_readme_query(tmp_path, seed_records):
    import pyarrow.parquet as pq

    source, folder = tmp_path / "in.jsonl", tmp_path / "parquet"
    _write(source, seed_records)
    result = runner.invoke(app, ["export", str(source), "--to", "parquet", "-o", str(folder)])
    assert result.exit_code == 0, result.stderr
    articles = pq.read_table(folder / "articles.parquet")
    statistics = pq.read_table(folder / "statistics.parquet")
    persons = pq.read_table(folder / "persons.parquet")
    assert articles.num_rows == 5
    assert statistics.num_rows == sum(len(r["statistics"]) for r in seed_records)
    assert persons.num_rows == sum(len((r["meeting"] or {}).get("chairs", [])) + len((r["meeting"] or {}).get("attendees", []))
                                   for r in seed_records)
    assert set(statistics.column_names) >= {"article_id", "organizer", "organizer_key", "date", "value", "unit", "label",
                                            "label_key"}
    assert {"organizer_key"} <= set(articles.column_names) and {"organizer_key", "key"} <= set(persons.column_names)
    by_name = dict(zip(persons.column("name").to_pylist(), persons.column("key").to_pylist(), strict=True))
    assert by_name and all(key == " ".join(name.lower().split()) for name, key in by_name.items())
    duckdb = pytest.importorskip("duckdb")
    query = README_QUERY.replace("out/parquet", str(folder))
    rows = duckdb.sql(query).fetchall()
    assert rows and all(0 <= row[3] <= 100 for row in rows)
    # spellings of one body are one row of the README's query, named by the most written one
    respelled, keyed = tmp_path / "respelled.jsonl", tmp_path / "keyed"
    _write(respelled, _respelled(seed_records))
    assert runner.invoke(app, ["export", str(respelled), "-o", str(keyed)]).exit_code == 0
    rows = duckdb.sql(README_QUERY.replace("out/parquet", str(keyed))).fetchall()
    assert [(r[0], r[1], r[2], r[4]) for r in rows] == [
        ("ủy ban nhân dân huyện củ chi", "UBND huyện Củ Chi", 2023, 1),
        ("ủy ban nhân dân thành phố hồ chí minh", "UBND TP.HCM", 2022, 4)]
    assert rows[1][3] == 91.5
    assert runner.invoke(app, ["export", str(source), "--to", "csv", "-o", str(folder)]).exit_code == 2


def _readme_query() -> str:
    from tests.conftest import ROOT

    text = (ROOT / "README.md").read_text(encoding="utf-8")
    found = re.search(r"```sql\n(.*?)```", text, re.DOTALL)
    assert found, "the README shows a DuckDB query in a ```sql block"
    return found.group(1)


README_QUERY = _readme_query()
