"""Response JSON as the generated models, built lazily and tolerantly.

``sentry_api_client``'s generated ``from_dict`` methods build every nested object up front (tens
of microseconds per issue) and fail outright on a body that lacks a documented field. The
wrapper instead gives the caller an instance of the model class (``isinstance(x, Issue)`` is
true) backed by the JSON as received, whose fields are filled on first access:

* a field absent from the JSON reads as ``UNSET``; a value of another type than documented is
  handed over as it is (the validator has already listed the difference in
  ``Result.warnings``, or refused it in strict mode);
* nested objects become lazy instances of their model, lists of them lists of lazy instances,
  date-time strings ``datetime`` objects;
* ``additional_properties`` holds the keys the spec does not document;
* ``to_dict()`` returns the JSON as received (a copy), unknown fields included, with any field
  the caller set or changed written back.

What the wrapper needs to know of each model - attribute name, JSON key, required or not, and
how a value is converted - is class data the generator writes (``_sentry_fields``,
``templates/model.py.jinja``); nothing here reads generated source. Models are imported only
when first needed, so ``import sentry_api`` stays cheap. Every cache here is filled under a lock
and holds only finished objects, so the first calls may come from many threads at once.
"""

from __future__ import annotations

import datetime
import functools
import importlib
import re
from collections.abc import Callable
from typing import Any

from sentry_api.once import locked_cache

__all__ = ["json_keys", "lazy_instance", "load_model", "parse_datetime", "raw_json", "wrap"]

_PACKAGE = "sentry_api_client.models"
_ISO_DATETIME = re.compile(
    r"\d{4}-\d{2}-\d{2}([T ]\d{2}(:?\d{2}(:?\d{2}([.,]\d+)?)?)?)?(Z|[+-]\d{2}(:?\d{2})?)?",
    re.ASCII,
)
Convert = Callable[[Any], Any]


# --------------------------------------------------------------------------- loading


@functools.cache
def load_model(ref: str) -> type:
    """Import ``"package.module:ClassName"`` (the metadata's model reference)."""
    module_name, _, class_name = ref.partition(":")
    cls = getattr(importlib.import_module(module_name), class_name)
    if not isinstance(cls, type):
        raise TypeError(f"{ref} is not a class")
    return cls


# The generated models read dates with datetime.fromisoformat. Python 3.11 reads every form
# Sentry sends ("2025-06-02T06:12:02.123Z"); 3.10 does not read the "Z", so there (and for rare
# ISO 8601 forms) dates go through dateutil's isoparse instead.
_fromisoformat = datetime.datetime.fromisoformat


def parse_datetime(value: str) -> datetime.datetime:
    """An ISO 8601 date-time as the generated models read it; ``ValueError`` if it is not one."""
    try:
        return _fromisoformat(value)  # C: well under a microsecond
    except ValueError:
        if not _ISO_DATETIME.fullmatch(value):
            raise
    from dateutil.parser import isoparse  # type: ignore[import-untyped]

    try:
        parsed: datetime.datetime = isoparse(value)
    except OverflowError as exc:
        raise ValueError(str(exc)) from exc
    return parsed


# --------------------------------------------------------------------------- converters


def _datetime(value: Any) -> Any:
    if type(value) is str:
        try:
            return parse_datetime(value)
        except ValueError:
            pass
    return value  # not a date-time: handed over as sent (the warnings say so)


def _date(value: Any) -> Any:
    if type(value) is str:
        try:
            return datetime.date.fromisoformat(value)
        except ValueError:
            pass
    return value


def _model_converter(ref: str) -> Convert:
    module, _, name = ref.partition(":")
    full_ref = f"{_PACKAGE}.{module}:{name}"

    def convert(value: Any) -> Any:
        if type(value) is not dict:
            return value
        return lazy_instance(load_model(full_ref), value)

    return convert


def _list_converter(item: Convert) -> Convert:
    def convert(value: Any) -> Any:
        if type(value) is not list:
            return value
        return [item(v) for v in value]

    return convert


# Which JSON type each kind of converter takes; a value of another type passes through.
_TAKES: dict[str, type] = {"model": dict, "list": list, "datetime": str, "date": str}


def _union_converter(options: list[tuple[type, Convert]]) -> Convert:
    def convert(value: Any) -> Any:
        kind = type(value)
        for takes, option in options:
            if kind is takes:
                return option(value)
        return value

    return convert


def converter(kind: Any) -> Convert | None:
    """The converter for a field kind of ``_sentry_fields`` (``None``: the JSON value as is)."""
    if kind is None:
        return None
    if kind == "datetime":
        return _datetime
    if kind == "date":
        return _date
    tag, arg = kind
    if tag == "model":
        return _model_converter(arg)
    if tag == "list":
        item = converter(arg)
        return None if item is None else _list_converter(item)
    if tag == "union":
        options: list[tuple[type, Convert]] = []
        for option in arg:
            convert = converter(option)
            if convert is not None:
                takes = _TAKES[option if isinstance(option, str) else option[0]]
                options.append((takes, convert))
        return _union_converter(options) if options else None
    raise ValueError(f"unknown field kind {kind!r}")


def _holds_containers(kind: Any) -> bool:
    """Whether a converted value may hold models the caller can change in place."""
    if kind is None or isinstance(kind, str):
        return False
    tag, arg = kind
    if tag == "union":
        return any(_holds_containers(option) for option in arg)
    return True


# --------------------------------------------------------------------------- lazy instances


def _copy_json(value: Any) -> Any:
    if type(value) is dict:
        return {k: _copy_json(v) for k, v in value.items()}
    if type(value) is list:
        return [_copy_json(v) for v in value]
    return value


def _jsonable(value: Any) -> Any:
    """A field's Python value back as JSON (the reverse of the converters)."""
    to_dict = getattr(value, "to_dict", None)
    if callable(to_dict) and not isinstance(value, type):
        return to_dict()
    if isinstance(value, list):
        return [_jsonable(v) for v in value]
    if isinstance(value, dict):
        return {k: _jsonable(v) for k, v in value.items()}
    if isinstance(value, (datetime.datetime, datetime.date)):
        return value.isoformat()
    return value


class _Lazy:
    """What the lazy subclass of one model needs, built once per model class."""

    def __init__(self, cls: type) -> None:
        from sentry_api_client.types import UNSET

        fields: tuple[tuple[str, str, bool, Any], ...] = getattr(cls, "_sentry_fields", ())
        self.getters: dict[str, tuple[str, Convert | None, bool]] = {
            name: (key, converter(kind), _holds_containers(kind))
            for name, key, _required, kind in fields
        }
        self.key_of = {name: key for name, key, _required, _kind in fields}
        self.known_keys = frozenset(self.key_of.values())
        self.extra = converter(getattr(cls, "_sentry_extra", None))
        self.field_names = frozenset(f.name for f in cls.__attrs_attrs__)  # type: ignore[attr-defined]
        self.unset = UNSET
        self.lazy_cls, self.set_raw = _lazy_subclass(cls, self)


def _lazy_subclass(cls: type, info: _Lazy) -> tuple[type, Callable[[Any, Any], None]]:
    base_getattribute = object.__getattribute__
    base_setattr = object.__setattr__
    generated_to_dict = cls.to_dict  # type: ignore[attr-defined]
    getters = info.getters
    field_names = info.field_names
    unset = info.unset
    ref = f"{cls.__module__}:{cls.__name__}"

    def __getattr__(self: Any, name: str) -> Any:
        if name in ("_sentry_raw", "_sentry_changed"):  # built by attrs.evolve() etc.
            return None
        raw = self._sentry_raw
        if raw is None or name not in field_names:
            raise AttributeError(f"{cls.__name__!r} object has no attribute {name!r}")
        getter = getters.get(name)
        if getter is None:  # additional_properties: the keys the spec does not document
            convert = info.extra
            value: Any = {
                k: (v if convert is None else convert(v))
                for k, v in raw.items()
                if k not in info.known_keys
            }
            _changed(self).add(name)  # a dict the caller may change in place
        else:
            key, convert, containers = getter
            value = raw.get(key, unset)
            if convert is not None and value is not unset:
                value = convert(value)
                if containers:  # nested models may be changed in place: to_dict asks them
                    _changed(self).add(name)
        base_setattr(self, name, value)
        return value

    def _changed(self: Any) -> set[str]:
        changed = self._sentry_changed
        if changed is None:
            changed = set()
            base_setattr(self, "_sentry_changed", changed)
        return changed  # type: ignore[no-any-return]

    def __setattr__(self: Any, name: str, value: Any) -> None:
        if name in field_names and self._sentry_raw is not None:
            _changed(self).add(name)
        base_setattr(self, name, value)

    def to_dict(self: Any) -> dict[str, Any]:
        raw = self._sentry_raw
        if raw is None:
            return dict(generated_to_dict(self))
        out: dict[str, Any] = _copy_json(raw)
        changed = self._sentry_changed
        if changed:
            for name in tuple(changed):  # a copy: another thread may read a field meanwhile
                value = base_getattribute(self, name)
                if name == "additional_properties":
                    for key in [k for k in out if k not in info.known_keys]:
                        del out[key]
                    out.update(_jsonable(value))
                    continue
                key = info.key_of[name]
                if value is unset:
                    out.pop(key, None)
                else:
                    out[key] = _jsonable(value)
        return out

    def __eq__(self: Any, other: object) -> bool:
        if not isinstance(other, cls):
            return NotImplemented
        return all(getattr(self, n) == getattr(other, n) for n in field_names)

    def __ne__(self: Any, other: object) -> bool:
        equal = __eq__(self, other)
        return NotImplemented if equal is NotImplemented else not equal

    def __reduce__(self: Any) -> tuple[Any, ...]:
        return (_rebuild, (ref, to_dict(self)))

    namespace = {
        "__slots__": ("_sentry_raw", "_sentry_changed"),
        "__module__": cls.__module__,
        "__qualname__": cls.__qualname__,
        "__doc__": cls.__doc__,
        "__getattr__": __getattr__,
        "__setattr__": __setattr__,
        "__eq__": __eq__,
        "__ne__": __ne__,
        "__hash__": None,
        "__reduce__": __reduce__,
        "to_dict": to_dict,
    }
    lazy = type(cls.__name__, (cls,), namespace)
    return lazy, lazy.__dict__["_sentry_raw"].__set__


@locked_cache  # built completely, under the lock, before another thread can see it
def _info(cls: type) -> _Lazy:
    return _Lazy(cls)


def json_keys(ref: str) -> frozenset[str]:
    """The JSON keys the spec documents for the model ``ref`` (generated class data)."""
    return _info(load_model(ref)).known_keys


def lazy_instance(cls: type, raw: dict[str, Any]) -> Any:
    """An instance of ``cls`` backed by the JSON object ``raw``."""
    info = _info(cls)
    obj: Any = object.__new__(info.lazy_cls)
    info.set_raw(obj, raw)
    return obj


def _rebuild(ref: str, raw: dict[str, Any]) -> Any:
    return lazy_instance(load_model(ref), raw)


def wrap(ref: str, payload: Any, many: bool) -> Any:
    """``payload`` (an object, or a list of objects with ``many``) as lazy ``ref`` instances.

    Anything that is not a JSON object (an item of another type in a list) is handed over as
    it is: the top-level kind has been checked already, and the warnings name the rest.
    """
    info = _info(load_model(ref))
    lazy, set_raw = info.lazy_cls, info.set_raw
    new = object.__new__
    if not many:
        if type(payload) is not dict:
            return payload
        obj: Any = new(lazy)
        set_raw(obj, payload)
        return obj
    items: list[Any] = []
    append = items.append
    for raw in payload:
        if type(raw) is dict:
            obj = new(lazy)
            set_raw(obj, raw)
            append(obj)
        else:
            append(raw)
    return items


def raw_json(obj: Any) -> Any:
    """The JSON a lazily built model came from (no copy) if untouched, else ``obj.to_dict()``.

    For read-only use inside this package (the seed actions), where re-serialising a model
    would only reformat what the server sent.
    """
    if hasattr(type(obj), "_sentry_raw"):
        raw = getattr(obj, "_sentry_raw", None)
        if isinstance(raw, dict) and not getattr(obj, "_sentry_changed", None):
            return raw
    to_dict = getattr(obj, "to_dict", None)
    return to_dict() if callable(to_dict) else obj
