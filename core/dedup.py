"""Exact and near duplicates among records: one record kept of each cluster.

Exact duplicates share the hash of their normalised text (lower case, words only).
Near duplicates are found by MinHash over word shingles of the tokenised text (the
syllables of `text` when a record has no `tokens`), with locality-sensitive hashing
(datasketch's `MinHashLSH`) so that each record is compared only with its candidates;
a candidate joins the record's cluster when their estimated Jaccard similarity reaches
the threshold. Clusters are the connected components of those pairs.

Each cluster keeps the record with the earliest `published` (records without one come
last), then the shortest path, then the first seen; every other member is dropped and
reported with the record it duplicates and their estimated similarity.

The first pass keeps, per record, its signature (`num_perm` 64-bit values) and a few
keys, never its text: memory grows with the number of records, not with their size.
The second pass copies the kept lines through unchanged.
"""

from __future__ import annotations

import hashlib
import re
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

import numpy as np

DEFAULT_THRESHOLD = 0.8
DEFAULT_NUM_PERM = 128
DEFAULT_SHINGLE = 5  # words per shingle
_WORD_RE = re.compile(r"\w+")
LSH_WEIGHTS = (0.02, 0.98)  # (false positives, false negatives): 17 bands of 7 rows at 0.8
SCHEME = "affine32"  # datasketch's permutation scheme (2.x default), named because signatures are reused


@dataclass(slots=True, frozen=True)
class DedupConfig:
    threshold: float = DEFAULT_THRESHOLD
    num_perm: int = DEFAULT_NUM_PERM
    shingle: int = DEFAULT_SHINGLE
    seed: int = 1


@dataclass(slots=True, frozen=True)
class Duplicate:
    """A dropped record and the kept record it duplicates."""

    index: int
    id: str
    path: str
    kept_index: int
    kept_id: str
    kept_path: str
    similarity: float
    kind: str  # "exact" or "near"

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "path": self.path, "duplicate_of": {"id": self.kept_id, "path": self.kept_path},
                "similarity": round(self.similarity, 4), "kind": self.kind}


@dataclass(slots=True)
class _Member:
    id: str
    path: str
    published: str | None


@dataclass
class DedupResult:
    records: int
    duplicates: dict[int, Duplicate] = field(default_factory=dict)  # by dropped record's index
    clusters: int = 0  # clusters of two or more records

    @property
    def kept(self) -> int:
        return self.records - len(self.duplicates)

    def counts(self) -> dict[str, int]:
        exact = sum(1 for d in self.duplicates.values() if d.kind == "exact")
        return {"records": self.records, "kept": self.kept, "dropped": len(self.duplicates),
                "exact": exact, "near": len(self.duplicates) - exact, "clusters": self.clusters}


def record_words(record: dict[str, Any]) -> list[str]:
    """The record's words: its tokens (syllables joined by `_`) when tokenised, else the
    lower-cased words of its text."""
    tokens = record.get("tokens")
    if tokens:
        return [token.lower() for sentence in tokens for token in sentence if _WORD_RE.search(token)]
    return _WORD_RE.findall((record.get("text") or "").lower())


def shingles(words: list[str], size: int) -> set[bytes]:
    """The word shingles themselves (what `shingle_hashes` hashes; for tests and tools)."""
    if len(words) <= size:
        return {" ".join(words).encode("utf-8")} if words else set()
    return {" ".join(words[i : i + size]).encode("utf-8") for i in range(len(words) - size + 1)}


# Odd 64-bit multipliers, one per position in a shingle: a shingle's hash mixes its words'
# CRC-32s by position, in numpy, instead of joining and hashing every shingle's string.
_MIX = np.array([0x9E3779B97F4A7C15, 0xC2B2AE3D27D4EB4F, 0x165667B19E3779F9, 0xD6E8FEB86659FD93,
                 0xFF51AFD7ED558CCD, 0xC4CEB9FE1A85EC53, 0x94D049BB133111EB, 0xBF58476D1CE4E5B9],
                dtype=np.uint64)


@lru_cache(maxsize=1 << 18)  # bounded: a news vocabulary repeats, memory stays flat
def _word_id(word: str) -> int:
    return zlib.crc32(word.encode("utf-8"))


def shingle_hashes(words: list[str], size: int) -> np.ndarray:
    """One 32-bit hash per distinct shingle of `size` consecutive words."""
    if not words:
        return np.empty(0, dtype=np.uint64)
    ids = np.fromiter(map(_word_id, words), dtype=np.uint64, count=len(words))
    size = min(size, len(ids), len(_MIX))
    count = len(ids) - size + 1
    mixed = np.zeros(count, dtype=np.uint64)
    for k in range(size):
        mixed ^= (ids[k : k + count] + np.uint64(k + 1)) * _MIX[k]  # wraps mod 2**64, as intended
    mixed ^= mixed >> np.uint64(29)
    return np.unique(mixed & np.uint64(0xFFFFFFFF))


def text_hash(words: list[str]) -> bytes:
    """The exact-duplicate key: the words, whatever the spacing, case and punctuation."""
    return hashlib.blake2b(" ".join(words).encode("utf-8"), digest_size=16).digest()


class Deduplicator:
    """Feed records with `add`, then `result()` decides which ones are dropped."""

    def __init__(self, config: DedupConfig | None = None) -> None:
        from datasketch import MinHash, MinHashLSH  # only dedup runs pay for the import

        self.config = config or DedupConfig()
        self._minhash = MinHash
        # Shingles are hashed by `shingle_hashes` (CRC-32 of words, mixed by position):
        # deterministic across runs and machines, and many times faster than hashing each
        # shingle's string with datasketch's default SHA-1.
        self._template = MinHash(num_perm=self.config.num_perm, seed=self.config.seed, scheme=SCHEME, hashfunc=int)
        # Bands and rows chosen for recall: every candidate is checked against its signature,
        # so a false positive costs one comparison while a false negative is a duplicate kept.
        self._lsh = MinHashLSH(threshold=self.config.threshold, num_perm=self.config.num_perm, weights=LSH_WEIGHTS)
        self._members: list[_Member] = []
        self._signatures: dict[int, np.ndarray] = {}  # only records that entered the index
        self._exact: dict[bytes, int] = {}
        self._parent: list[int] = []
        self._pairs: dict[int, tuple[int, float, str]] = {}  # record → (neighbour, similarity, kind)
        self._same_text: dict[int, int] = {}  # an exact duplicate → the first record with its text

    def add(self, record: dict[str, Any]) -> None:
        index = len(self._members)
        source = record.get("source") or {}
        self._members.append(_Member(str(record.get("id", "")), str(source.get("path", "")),
                                     record.get("published")))
        self._parent.append(index)
        words = record_words(record)
        key = text_hash(words)
        first = self._exact.get(key)
        if first is not None:
            self._same_text[index] = first
            self._union(index, first, 1.0, "exact")
            return
        self._exact[key] = index
        signature = self._signature(words)
        if signature is None:
            return  # no words: nothing to compare
        probe = self._minhash(num_perm=self.config.num_perm, seed=self.config.seed, scheme=SCHEME,
                              hashvalues=signature, permutations=self._template.permutations)
        for other in self._lsh.query(probe):
            similarity = float(np.count_nonzero(self._signatures[other] == signature)) / len(signature)
            if similarity >= self.config.threshold:
                self._union(index, other, similarity, "near")
        self._lsh.insert(index, probe, check_duplication=False)
        self._signatures[index] = signature

    def _signature(self, words: list[str]) -> np.ndarray | None:
        hashes = shingle_hashes(words, self.config.shingle)
        if not len(hashes):
            return None
        # The shingles arrive hashed: datasketch's hash function is then the identity.
        minhash = self._minhash(num_perm=self.config.num_perm, seed=self.config.seed, scheme=SCHEME,
                                permutations=self._template.permutations, hashfunc=int)
        minhash.update_batch(hashes.tolist())
        values: np.ndarray = minhash.hashvalues.copy()
        return values

    def _find(self, index: int) -> int:
        while self._parent[index] != index:
            self._parent[index] = self._parent[self._parent[index]]
            index = self._parent[index]
        return index

    def _union(self, a: int, b: int, similarity: float, kind: str) -> None:
        # Remember the best pair each record took part in, for the report.
        for x, y in ((a, b), (b, a)):
            if x not in self._pairs or similarity > self._pairs[x][1]:
                self._pairs[x] = (y, similarity, kind)
        ra, rb = self._find(a), self._find(b)
        if ra != rb:
            self._parent[max(ra, rb)] = min(ra, rb)

    def _rank(self, index: int) -> tuple[int, str, int, str, int]:
        member = self._members[index]
        published = member.published or ""
        return (0 if published else 1, published, len(member.path), member.path, index)

    def result(self) -> DedupResult:
        groups: dict[int, list[int]] = {}
        for index in range(len(self._members)):
            groups.setdefault(self._find(index), []).append(index)
        result = DedupResult(records=len(self._members))
        for members in groups.values():
            if len(members) < 2:
                continue
            result.clusters += 1
            keeper = min(members, key=self._rank)
            kept = self._members[keeper]
            for index in members:
                if index == keeper:
                    continue
                similarity, kind = self._similarity(index, keeper)
                member = self._members[index]
                result.duplicates[index] = Duplicate(index, member.id, member.path, keeper, kept.id, kept.path,
                                                     similarity, kind)
        return result

    def _similarity(self, index: int, keeper: int) -> tuple[float, str]:
        """Estimated Jaccard similarity with the kept record (1.0 for the same text)."""
        a, b = self._canonical(index), self._canonical(keeper)
        if a == b:
            return 1.0, "exact"
        sa, sb = self._signatures.get(a), self._signatures.get(b)
        if sa is None or sb is None:
            pair = self._pairs.get(index)
            return (pair[1], pair[2]) if pair else (0.0, "near")
        return float(np.count_nonzero(sa == sb)) / len(sa), "near"

    def _canonical(self, index: int) -> int:
        """The first record with the same text (the one whose signature is kept)."""
        return self._same_text.get(index, index)


def deduplicate(records: Iterable[dict[str, Any]], config: DedupConfig | None = None) -> DedupResult:
    dedup = Deduplicator(config)
    for record in records:
        dedup.add(record)
    return dedup.result()


def kept_lines(lines: Iterable[bytes], result: DedupResult) -> Iterator[bytes]:
    """The second pass: the lines of the records that stay, in their order."""
    for index, line in enumerate(lines):
        if index not in result.duplicates:
            yield line


def dedup_file(source: str, output: str, config: DedupConfig | None = None,
               clusters: str | None = None) -> DedupResult:
    """Read records from `source` (file or sharded folder) twice: signatures first, then
    the kept lines to `output` (written atomically, so `output` may be `source`), and the
    dropped ones to `clusters`."""
    from core.records_io import iter_lines, iter_records
    from core.writers import JsonlWriter

    result = deduplicate(iter_records(source), config)
    writer = JsonlWriter(output)
    try:
        for line in kept_lines(iter_lines(source), result):
            writer.write_line(line)
        if clusters:
            report = JsonlWriter(clusters)
            try:
                for index in sorted(result.duplicates):
                    report.write(result.duplicates[index].to_dict())
                report.commit()
            except BaseException:
                report.abort()
                raise
        writer.commit()
    except BaseException:
        writer.abort()
        raise
    return result
