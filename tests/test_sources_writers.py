import gzip
import os

from core.record import Reject
from core.sources import SourceFile, iter_sources, read_source
from core.writers import JsonlWriter

INCLUDE = ("*.txt", "*.txt.gz", "*.html")


def test_walk_is_sorted_skips_hidden_and_survives_symlink_loops(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / "a").mkdir()
    (tmp_path / ".hidden").mkdir()
    (tmp_path / "b" / "2.txt").write_text("x")
    (tmp_path / "a" / "1.txt").write_text("x")
    (tmp_path / "a" / "skip.csv").write_text("x")
    (tmp_path / ".hidden" / "3.txt").write_text("x")
    (tmp_path / ".dot.txt").write_text("x")
    os.symlink(tmp_path, tmp_path / "a" / "loop")
    rels = [s.rel_path for s in iter_sources((str(tmp_path),), INCLUDE, ())]
    assert rels == ["a/1.txt", "b/2.txt"]
    rels = [s.rel_path for s in iter_sources((str(tmp_path),), INCLUDE, ("b/*",))]
    assert rels == ["a/1.txt"]


def test_gzip_is_read_and_id_is_over_file_bytes(tmp_path):
    path = tmp_path / "x.txt.gz"
    path.write_bytes(gzip.compress("Xin chào".encode()))
    doc = read_source(SourceFile(str(path), "x.txt.gz"), 1000)
    assert doc.payload == "Xin chào".encode() and doc.format == "text"
    assert doc.sha256 != "" and len(doc.data) == path.stat().st_size


def test_too_large_broken_gzip_and_unreadable_become_rejects(tmp_path):
    big = tmp_path / "big.txt"
    big.write_bytes(b"a" * 100)
    assert read_source(SourceFile(str(big), "big.txt"), 10).reason == "too_large"
    broken = tmp_path / "b.txt.gz"
    broken.write_bytes(b"\x1f\x8b\x08\x00garbage")
    assert read_source(SourceFile(str(broken), "b.txt.gz"), 1000).reason == "unreadable"
    missing = read_source(SourceFile(str(tmp_path / "nope.txt"), "nope.txt"), 1000)
    assert isinstance(missing, Reject) and missing.reason == "unreadable"


def test_html_is_routed_by_name_or_content(tmp_path):
    page = tmp_path / "page.txt"
    page.write_bytes(b"<!DOCTYPE html><html><body><p>x</p></body></html>")
    assert read_source(SourceFile(str(page), "page.txt"), 1000).format == "html"


def test_writer_is_atomic_and_gzip_is_deterministic(tmp_path):
    target = tmp_path / "out.jsonl"
    writer = JsonlWriter(str(target))
    writer.write({"a": 1})
    assert not target.exists()  # nothing visible before commit
    writer.abort()
    assert not target.exists() and os.listdir(tmp_path) == []
    blobs = []
    for name in ("one.jsonl.gz", "two.jsonl.gz"):
        writer = JsonlWriter(str(tmp_path / name))
        writer.write({"b": "Việt"})
        writer.commit()
        blobs.append((tmp_path / name).read_bytes())
    assert blobs[0] == blobs[1]
    assert gzip.decompress(blobs[0]) == '{"b":"Việt"}\n'.encode()
