"""vnmeet core: files → documents → stages → records. Never imports cli/, rich or typer."""

__version__ = "0.1.0"
SCHEMA_VERSION = "1"
