"""The column featurizer must make exactly underthesea_core's attribute lists."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from core.crf_features import accepts, compile_templates, parse_template

underthesea_core = pytest.importorskip("underthesea_core")


def _model_files() -> tuple[list[str], set[str]]:
    import joblib
    import underthesea.pipeline.word_tokenize as ws

    (features,) = sorted(Path(ws.__file__).parent.glob("models/ws_crf_*/features.bin"))
    return list(joblib.load(features)), joblib.load(features.with_name("dictionary.bin"))


TEMPLATES, DICTIONARY = _model_files()
SMALL_DICTIONARY = {"hà nội", "hà", "việt nam", "bí thư", "σ", "1", "ủy ban nhân dân"}


def theirs(templates: list[str], dictionary: set[str], tokens: list[str]) -> list[list[str]]:
    featurizer = underthesea_core.CRFFeaturizer(templates, dictionary)
    result: list[list[str]] = featurizer.process([[[token] for token in tokens]])[0]
    return result


def ours(templates: list[str], dictionary: set[str], tokens: list[str]) -> list[list[str]]:
    featurize = compile_templates(templates, dictionary)
    assert featurize is not None
    return [list(row) for row in featurize(tokens)]


def test_template_language():
    assert parse_template("T[-1,0].lower") == parse_template("T[-1,0].lower")
    t = parse_template("T[-2,0].is_in_dict")
    assert t is not None and (t.first, t.last, t.width, t.function) == (-2, 0, 3, "is_in_dict")
    assert parse_template("T[0]").function is None  # type: ignore[union-attr]
    for unknown in ("T[0].upper", "W[0]", "T[1,0]", "T[0][1]", "T[0]x"):
        assert parse_template(unknown) is None, unknown
    assert compile_templates(["T[0]", "T[0].suffix3"], set()) is None


def test_the_word_segmentation_model_templates_on_the_samples():
    from underthesea.pipeline.word_tokenize import regex_tokenize

    from tests.conftest import SAMPLES

    checked = 0
    for path in sorted(SAMPLES.glob("*.txt")):
        for paragraph in path.read_text(encoding="utf-8").splitlines():
            tokens = [m.group(0) for m in regex_tokenize.patterns.finditer(paragraph)]
            if tokens:
                assert ours(TEMPLATES, DICTIONARY, tokens) == theirs(TEMPLATES, DICTIONARY, tokens)
                checked += len(tokens)
    assert checked > 1000


def test_sentence_edges_and_short_sentences():
    for n in range(1, 7):
        tokens = ["Hà", "Nội", "12", "-3", "việt", "Nam"][:n]
        assert ours(TEMPLATES, SMALL_DICTIONARY, tokens) == theirs(TEMPLATES, SMALL_DICTIONARY, tokens)
    assert ours(TEMPLATES, SMALL_DICTIONARY, []) == []
    wide = ["T[-3,1]", "T[2,4].lower", "T[5]", "T[-6].istitle", "T[0,3].is_in_dict", "T[1,2].isdigit"]
    tokens = ["Ủy", "ban", "nhân", "dân", "tỉnh", "Hà", "Giang"]
    assert ours(wide, SMALL_DICTIONARY, tokens) == theirs(wide, SMALL_DICTIONARY, tokens)


_TOKEN = st.one_of(
    st.text(alphabet=st.sampled_from(list("aAhHnNộỘiIσΣßİǅ19+-., %/")), min_size=1, max_size=12),
    st.sampled_from(["Hà", "nội", "Hà Nội", "việt", "Nam", "bí thư", "2147483647", "-2147483649"]),
)


@settings(max_examples=300, deadline=None)
@given(st.lists(_TOKEN, min_size=1, max_size=12))
def test_same_attributes_as_underthesea_core(tokens):
    if not accepts(tokens):  # underthesea_core fails on these; the tokenizer uses its path
        return
    assert ours(TEMPLATES, SMALL_DICTIONARY, tokens) == theirs(TEMPLATES, SMALL_DICTIONARY, tokens)


def test_tokenizer_uses_the_column_featurizer():
    import underthesea.pipeline.word_tokenize as ws

    from core.tokenize import Tokenizer, _column_featurizer

    Tokenizer().load()
    assert _column_featurizer(ws, ws.word_tokenize_model) is not None
