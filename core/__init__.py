"""vnmeet core: files → documents → stages → records. Never imports cli/, rich or typer."""

__version__ = "0.1.0"
SCHEMA_VERSION = "1"


def compiled_extractor() -> bool:
    """True when the extraction modules run as compiled by mypyc (`make fast`, setup.py)."""
    from core.extract import people

    return not str(people.__file__).endswith(".py")
