"""Server settings: ``config/sovproxy.yaml`` plus ``SOVPROXY_*`` environment variables.

One ``Settings`` model, validated at startup; the process refuses to start on an error and the
message names the file, the line and the key. Environment variables override the file
(``SOVPROXY_LISTEN__PORT=9000``). Nothing else in sovproxy reads the environment for configuration.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path
from typing import Any, Literal

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    SecretStr,
    ValidationError,
    field_validator,
    model_validator,
)
from pydantic_settings import BaseSettings, PydanticBaseSettingsSource, SettingsConfigDict

from proxy.backends import countries
from proxy.backends.model import EU_EEA, Hop
from proxy.fleet.schema import ClientKey, KeysDoc, LimitSpec, TenantSpec
from proxy.pattern_cache import default_directory
from proxy.yamlio import ConfigFileError, YamlDoc, dotted, load_yaml, validation_message

_FROZEN = ConfigDict(extra="forbid", frozen=True)


class Listen(BaseModel):
    """Where the proxy listens."""

    model_config = _FROZEN
    host: str = "127.0.0.1"
    port: int = Field(default=8080, ge=0, le=65535)


class SelfHop(BaseModel):
    """Hop 0: who operates this proxy (its legal name, shown in reports) and where it runs.

    Hops in ``backends.yaml`` marked ``self_operated: true`` (or ``operator: self``) are operated
    by this same organisation.
    """

    model_config = _FROZEN
    operator: str = Field(default="self", min_length=1)
    operator_hq: str = Field(default="DE", min_length=2, max_length=2)
    parent_hq: str | None = None
    location: str = Field(default="DE", min_length=2, max_length=2)

    @field_validator("operator_hq", "parent_hq")
    @classmethod
    def _country(cls, value: str | None) -> str | None:
        return countries.country(value)

    @field_validator("location")
    @classmethod
    def _location(cls, value: str) -> str:
        return countries.location(value)

    def hop(self) -> Hop:
        """This proxy as the first hop of every pipe (self-operated by definition)."""
        return Hop(
            role="proxy",
            operator=self.operator,
            self_operated=True,
            operator_hq=self.operator_hq,
            parent_hq=self.parent_hq,
            location=self.location,
        )


class Auth(KeysDoc):
    """Client authentication: keys inline (``keys``, ``tenants``, ``org``) or in a hot-reloaded
    keys file (``keys_file``, relative to this file) — one place or the other, not both."""

    keys_file: Path | None = None
    #: how often the keys file is checked for changes (omitted: 1 s, 0.5 s with Redis); SIGHUP
    #: reloads it at once whatever this is
    poll_interval_s: float | None = Field(default=None, gt=0)

    @model_validator(mode="after")
    def _one_place(self) -> Auth:
        if self.keys_file is None and not self.keys:
            raise ValueError("give keys (at least one) or keys_file")
        if self.keys_file is not None and (self.keys or self.tenants or self.org):
            raise ValueError("with keys_file, declare keys, tenants and org in that file only")
        return self


class State(BaseModel):
    """Where limits are counted. ``redis_url``: in Redis, shared by every replica and worker
    (``on_unavailable`` says what a request gets when Redis does not answer); omitted: in this
    process (one worker)."""

    model_config = _FROZEN
    redis_url: SecretStr | None = None
    on_unavailable: Literal["fail_closed", "fail_open"] = "fail_closed"
    #: the most output tokens reserved per request before its real usage is known
    output_reserve_tokens: int = Field(default=1024, ge=0)

    @field_validator("redis_url")
    @classmethod
    def _redis_url(cls, value: SecretStr | None) -> SecretStr | None:
        if value is not None:
            scheme = value.get_secret_value().partition("://")[0]
            if scheme not in ("redis", "rediss", "unix"):
                raise ValueError(
                    "redis_url must start with redis://, rediss:// (TLS) or unix:// "
                    "(e.g. redis://127.0.0.1:6379/0)"
                )
        return value


class AuditSettings(BaseModel):
    """The audit log: where, how durably, and what to do when it cannot be written."""

    model_config = _FROZEN
    path: Path | None = Path("audit.jsonl")
    fsync: Literal["always", "interval", "never"] = "interval"
    max_bytes: int = Field(default=100 * 1024 * 1024, gt=0)
    on_failure: Literal["fail_closed", "continue"] = "fail_closed"
    #: the Ed25519 key (``sovproxy audit keygen``) that signs checkpoints of the chain
    signing_key: Path | None = None
    checkpoint_interval_s: float = Field(default=60.0, gt=0)
    #: ``strict``: a decision record is written before forwarding (nothing unrecorded is sent)
    mode: Literal["standard", "strict"] = "standard"


class RedactionSettings(BaseModel):
    """Pseudonymisation (``redact_then_route``): the secret that keys every pseudonym."""

    model_config = _FROZEN
    #: At least 16 characters; the same on every replica, so a value gets the same pseudonym
    #: everywhere. Unset: a random key per process (pseudonyms change on restart).
    key: SecretStr | None = None

    @field_validator("key")
    @classmethod
    def _long_enough(cls, value: SecretStr | None) -> SecretStr | None:
        if value is not None and len(value.get_secret_value()) < 16:
            raise ValueError("the redaction key must be at least 16 characters")
        return value


class DrainSettings(BaseModel):
    """How ``serve`` stops on SIGTERM/SIGINT (``--drain-delay`` / ``--grace`` override these)."""

    model_config = _FROZEN
    #: /readyz answers 503 at once; the port keeps accepting this long, then closes
    delay_s: float = Field(default=0.0, ge=0)
    #: then requests and streams in flight get this long to finish
    grace_s: float = Field(default=60.0, ge=0)


class Limits(BaseModel):
    """Request limits."""

    model_config = _FROZEN
    max_body_bytes: int = Field(default=10 * 1024 * 1024, gt=0)
    classify_max_chars: int = Field(default=8_000_000, gt=0)


class ClassifierSettings(BaseModel):
    """Where the compiled pattern databases are kept (``proxy.pattern_cache``): a start loads
    them in milliseconds instead of compiling for seconds. ``null`` (or an empty
    ``SOVPROXY_CLASSIFIER__CACHE_DIR``) compiles at every start."""

    model_config = _FROZEN
    cache_dir: Path | None = Field(default_factory=default_directory)

    @field_validator("cache_dir", mode="before")
    @classmethod
    def _empty_is_none(cls, value: object) -> object:
        return None if value == "" else value


class Routing(BaseModel):
    """Routing runtime knobs."""

    model_config = _FROZEN
    fastest_first: bool = False
    breaker_failures: int = Field(default=5, ge=1)  # consecutive 5xx/transport failures
    breaker_reset_s: float = Field(default=30.0, gt=0)  # first ejection; doubles on each next
    breaker_max_ejection_s: float = Field(default=300.0, gt=0)
    max_retry_wait_s: float = Field(default=10.0, ge=0)
    deadline_s: float | None = Field(default=300.0, gt=0)  # until the answer starts
    client_retries: Literal["defer", "add"] = "defer"  # SDKs that retry: no same-target retry
    health_check_interval_s: float | None = Field(default=None, gt=0)


class Telemetry(BaseModel):
    """Logging and tracing switches (OTLP itself is configured by the standard OTEL_* variables)."""

    model_config = _FROZEN
    log_level: Literal["debug", "info", "warning", "error"] = "info"
    console_traces: bool = False


class Settings(BaseSettings):
    """Everything ``sovproxy serve`` needs, validated before the first request."""

    model_config = SettingsConfigDict(
        env_prefix="SOVPROXY_",
        env_nested_delimiter="__",
        extra="forbid",
        frozen=True,
        populate_by_name=True,
    )

    listen: Listen = Listen()
    self_hop: SelfHop = Field(default=SelfHop(), alias="self")
    auth: Auth | Literal["none"] = "none"
    state: State = State()
    backends: Path | dict[str, Any] = Path("backends.yaml")
    policy: Path | None = None
    audit: AuditSettings = AuditSettings()
    redaction: RedactionSettings = RedactionSettings()
    drain: DrainSettings = DrainSettings()
    limits: Limits = Limits()
    classifier: ClassifierSettings = Field(default_factory=ClassifierSettings)
    routing: Routing = Routing()
    telemetry: Telemetry = Telemetry()
    trusted_jurisdictions: frozenset[str] = EU_EEA
    config_dir: Path = Path(".")

    @classmethod
    def settings_customise_sources(
        cls,
        settings_cls: type[BaseSettings],
        init_settings: PydanticBaseSettingsSource,
        env_settings: PydanticBaseSettingsSource,
        dotenv_settings: PydanticBaseSettingsSource,
        file_secret_settings: PydanticBaseSettingsSource,
    ) -> tuple[PydanticBaseSettingsSource, ...]:
        """Environment variables override values read from the YAML file (passed as init)."""
        return env_settings, init_settings

    def resolve(self, path: Path) -> Path:
        """A path from the config file, relative to the file's directory."""
        return path if path.is_absolute() else self.config_dir / path


def load_settings(path: Path | None, env: Mapping[str, str] | None = None) -> Settings:
    """Load and validate settings from ``path`` (or defaults) plus the environment.

    Raises :class:`ConfigFileError` naming the file, line and key of the first problem.
    """
    env = os.environ if env is None else env
    doc = load_yaml(path, env) if path is not None else None
    data: dict[str, Any] = {}
    if doc is not None:
        if doc.data is not None and not isinstance(doc.data, dict):
            raise doc.error((), "expected a mapping")
        data = dict(doc.data or {})
        data["config_dir"] = path.parent if path is not None else Path(".")
        if data.get("auth") is None and "auth" in data:
            data["auth"] = "none"
    try:
        return Settings(**data)
    except ValidationError as exc:
        raise _config_error(exc, doc, path) from None


def _config_error(exc: ValidationError, doc: YamlDoc | None, path: Path | None) -> ConfigFileError:
    """Every problem, one line each; a value that came from a ``SOVPROXY_*`` variable is blamed
    on the variable, not on the file."""
    lines: list[str] = []
    seen_unions: set[str | int] = set()
    for error in exc.errors():
        # Drop union-member tags pydantic adds to locations (``Auth``, ``literal['none']``);
        # of a union's failed alternatives, report the first only.
        raw = tuple(error["loc"])
        loc = tuple(p for p in raw if isinstance(p, int) or not (p[:1].isupper() or "[" in p))
        if loc != raw:
            if loc[:1] and loc[0] in seen_unions:
                continue
            seen_unions.update(loc[:1])
        message = validation_message(error, _known_keys())
        variable = _env_variable(loc)
        if variable is not None:
            lines.append(f"environment variable {variable}: {message}")
        elif doc is not None:
            lines.append(str(doc.error(loc, message)))
        else:
            lines.append(f"{path or 'settings'}: {dotted(loc)}: {message}")
    return ConfigFileError("\n".join(dict.fromkeys(lines)))


def _known_keys() -> set[str]:
    """Every key the file may use, for "did you mean" on a typo."""
    models: list[type[BaseModel]] = [Listen, SelfHop, ClientKey, Auth, AuditSettings, Limits]
    models += [Routing, Telemetry, RedactionSettings, State, LimitSpec, TenantSpec]
    return {"self", *Settings.model_fields, *(key for m in models for key in m.model_fields)}


def _env_variable(loc: tuple[str | int, ...]) -> str | None:
    """The ``SOVPROXY_*`` variable that set ``loc`` or a key enclosing it, if one did."""
    for end in range(len(loc), 0, -1):
        name = "SOVPROXY_" + "__".join(str(p) for p in loc[:end]).upper()
        if name in os.environ:
            return name
    return None
