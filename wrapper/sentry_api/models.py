"""Turning response JSON into the generated models: checked up front, built lazily.

``sentry_api_client``'s generated ``from_dict`` methods are correct but slow (tens of
microseconds per issue: every call re-runs a dozen function-level imports and builds every
nested object) and lenient (a string where an int belongs passes straight through). Parsing a
100,000-issue list with them would cost more than fetching it. So a response is handled in two
steps:

1. **Check** (:func:`parse`), all the way down: required keys present, values of the
   documented JSON types, dates that parse, nested objects and list items likewise - by a
   checker compiled once per model class from its attrs fields and type hints. A mismatch
   makes the call fail with a message naming the field (``project.slug: expected string, got
   integer``), so a malformed answer never reaches the caller as data. Objects of one list are
   nearly always alike, so each model's checker remembers the *shapes* (keys and value types)
   it has passed and skips straight to the nested fields for the next object of that shape.
2. **Build lazily**: the caller gets an instance of the model class (``isinstance(x, Issue)`` is
   true) whose fields are filled on first access. Plain fields (strings, numbers, booleans,
   dates, lists of those) are read straight from the JSON; touching any other field builds the
   whole object once with the generated ``from_dict`` (which the check has vetted), after
   which it is an ordinary model. ``to_dict()`` of an untouched instance returns (a copy of)
   the JSON exactly as received.

Models are imported only when first needed, one module at a time, so ``import sentry_api``
stays cheap.
"""

from __future__ import annotations

import datetime
import importlib
import importlib.util
import re
import sys
import types
import typing
from collections.abc import Callable, Iterable
from itertools import repeat
from operator import contains
from pathlib import Path
from typing import Any, Literal, Union

import attrs

from sentry_api.once import locked_cache

__all__ = ["ShapeError", "lazy_instance", "load_model", "parse", "raw_json", "shape_error"]

_PACKAGE = "sentry_api_client.models"
_MISSING = object()
_ISO_DATETIME = re.compile(
    r"\d{4}-\d{2}-\d{2}([T ]\d{2}(:?\d{2}(:?\d{2}([.,]\d+)?)?)?)?(Z|[+-]\d{2}(:?\d{2})?)?",
    re.ASCII,
)
# `x = d.pop("wireName")`, `_x = d.pop("wireName", UNSET)`, `x = Model.from_dict(d.pop("k"))`,
# `x = cast(list[str], d.pop("k"))`, and the same wrapped over up to three lines by the formatter.
_POP = re.compile(
    r'^[ \t]+_?(\w+) = (?:[^\n=]*\n){0,2}?[^\n=]*?\bd\.pop\(\s*"([^"\\]+)"', re.MULTILINE
)


class ShapeError(ValueError):
    """The JSON does not match the model; ``path`` is the dotted field path ("" = the root)."""

    def __init__(self, path: str, message: str) -> None:
        super().__init__(f"{path}: {message}" if path else message)
        self.path = path
        self.message = message


# --------------------------------------------------------------------------- loading


@locked_cache
def load_model(ref: str) -> type:
    """Import ``"package.module:ClassName"`` (the metadata's model reference)."""
    module_name, _, class_name = ref.partition(":")
    cls = getattr(importlib.import_module(module_name), class_name)
    if not isinstance(cls, type):
        raise TypeError(f"{ref} is not a class")
    return cls


@locked_cache
def _model_index() -> dict[str, str]:
    """Class name -> module. The generated models package keeps this map and imports lazily."""
    from sentry_api_client.models import _MODULE_OF

    return {name: f"{_PACKAGE}.{module}" for name, module in _MODULE_OF.items()}


class _ModelNamespace(dict[str, Any]):
    """Resolves the model names in generated annotations by importing just that model."""

    def __missing__(self, name: str) -> Any:
        module = _model_index().get(name)
        if module is None:
            raise KeyError(name)
        value = getattr(importlib.import_module(module), name)
        self[name] = value
        return value


_NAMESPACE = _ModelNamespace()


@locked_cache
def _wire_keys(cls: type) -> dict[str, str]:
    """attrs field name -> JSON key, read from the generated ``from_dict`` source."""
    module = sys.modules[cls.__module__]
    try:
        text = Path(module.__file__ or "").read_text(encoding="utf-8")
    except OSError:
        return {}
    return {name: key for name, key in _POP.findall(text)}


@locked_cache
def _hints(cls: type) -> dict[str, Any]:
    module = sys.modules[cls.__module__]
    return typing.get_type_hints(cls, globalns=dict(vars(module)), localns=_NAMESPACE)


def _unset_type() -> type:
    from sentry_api_client.types import Unset

    return Unset


# --------------------------------------------------------------------------- checking

Error = tuple[str, str]  # (dotted path, message)
Check = Callable[[Any], "Error | None"]


@attrs.frozen(slots=True)
class _Spec:
    """How to check one value: JSON types accepted as they are, plus a deeper check.

    A value whose exact type is in ``allowed`` passes at once (the common case, kept free of
    function calls); otherwise ``check`` decides, or, without one, it is a type mismatch.
    Arrays and maps of scalars only have their container type checked: their elements are
    passed through untouched by ``from_dict`` too, and checking every point of an issue's
    stats timelines would cost more than the rest of the issue.
    """

    allowed: frozenset[type]
    check: Check | None
    expected: str
    any: bool = False


_ANY = _Spec(frozenset(), None, "anything", any=True)
_JSON_TYPES = frozenset({str, int, float, bool, type(None), list, dict})
_SHAPE_CACHE_SIZE = 256  # per model class
_SCALAR_NAMES: dict[Any, str] = {
    str: "string",
    int: "integer",
    float: "number",
    bool: "boolean",
    type(None): "null",
}


def _describe(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return f"integer {value}"
    if isinstance(value, float):
        return f"number {value}"
    if isinstance(value, str):
        shown = value if len(value) <= 40 else value[:37] + "..."
        return f"string {shown!r}"
    if isinstance(value, list):
        return "array"
    if isinstance(value, dict):
        return "object"
    return type(value).__name__


def _join(prefix: str, inner: Error) -> Error:
    path, message = inner
    if not path:
        return prefix, message
    return (f"{prefix}{path}" if path.startswith("[") else f"{prefix}.{path}"), message


def _apply(spec: _Spec, value: Any) -> Error | None:
    if spec.any or type(value) in spec.allowed:
        return None
    if spec.check is None:
        return "", f"expected {spec.expected}, got {_describe(value)}"
    return spec.check(value)


def _an(noun: str) -> str:
    return f"{'an' if noun[:1].lower() in 'aeiou' else 'a'} {noun}"


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


def _check_datetime(value: Any) -> Error | None:
    if type(value) is str:
        try:
            parse_datetime(value)
            return None
        except ValueError:
            pass
    return "", f"expected an ISO 8601 date-time string, got {_describe(value)}"


class _Compiler:
    """Builds (and memoises) a :class:`_Spec` per type; recursive models refer to themselves."""

    def __init__(self) -> None:
        self._models: dict[type, _Spec] = {}

    def spec(self, tp: Any) -> _Spec:
        if tp is Any or tp is object:
            return _ANY
        if tp in _SCALAR_NAMES:
            allowed = {tp, int} if tp is float else {tp}
            return _Spec(frozenset(allowed), None, _SCALAR_NAMES[tp])
        if tp is datetime.datetime or tp is datetime.date:
            return _Spec(frozenset(), _check_datetime, "date-time string")
        origin = typing.get_origin(tp)
        if origin is Union or origin is types.UnionType:
            unset = _unset_type()
            return self._union([self.spec(a) for a in typing.get_args(tp) if a is not unset])
        if origin is Literal:
            return self._literal(typing.get_args(tp))
        if origin is list or origin is dict:
            args = typing.get_args(tp)
            item = self.spec(args[-1]) if args else _ANY
            container: type = list if origin is list else dict
            name = "array" if container is list else "object"
            if item.any or item.check is None:  # elements are plain scalars
                return _Spec(frozenset({container}), None, name)
            return _Spec(frozenset(), self._container(container, name, item), name)
        if isinstance(tp, type) and attrs.has(tp):
            return self.model(tp)
        return _ANY  # File and other non-JSON types: nothing to check

    @staticmethod
    def _union(members: list[_Spec]) -> _Spec:
        if any(m.any for m in members):
            return _ANY
        allowed = frozenset().union(*(m.allowed for m in members))
        deep = [m for m in members if m.check is not None]
        expected = " or ".join(dict.fromkeys(m.expected for m in members))
        if not deep:
            return _Spec(allowed, None, expected)
        if len(deep) == 1:
            only = deep[0]
            assert only.check is not None
            return _Spec(allowed, only.check, expected)
        checks = [m.check for m in deep if m.check is not None]

        def check(value: Any) -> Error | None:
            for sub in checks:
                if sub(value) is None:
                    return None
            return "", f"expected {expected}, got {_describe(value)}"

        return _Spec(allowed, check, expected)

    @staticmethod
    def _literal(values: tuple[Any, ...]) -> _Spec:
        allowed_values = frozenset(values)
        expected = "one of " + ", ".join(sorted(map(repr, allowed_values)))

        def check(value: Any) -> Error | None:
            try:
                if value in allowed_values:
                    return None
            except TypeError:  # unhashable
                pass
            return "", f"expected {expected}, got {_describe(value)}"

        return _Spec(frozenset(), check, expected)

    @staticmethod
    def _container(container: type, name: str, item: _Spec) -> Check:
        def check(value: Any) -> Error | None:
            if type(value) is not container:
                return "", f"expected {name}, got {_describe(value)}"
            data: Any = value
            pairs: Iterable[tuple[Any, Any]] = (
                enumerate(data) if container is list else data.items()
            )
            for key, element in pairs:
                error = _apply(item, element)
                if error is not None:
                    return _join(f"[{key}]" if container is list else str(key), error)
            return None

        return check

    def model(self, cls: type) -> _Spec:
        known = self._models.get(cls)
        if known is not None:
            return known
        # Register a trampoline first so that a self-referencing model compiles.
        slot: list[Check] = []
        name = f"{cls.__name__} object"
        self._models[cls] = _Spec(frozenset(), lambda value: slot[0](value), name)
        compiled = self._compile_model(cls)
        slot.append(compiled)
        self._models[cls] = _Spec(frozenset(), compiled, name)
        return self._models[cls]

    def _compile_model(self, cls: type) -> Check:
        hints = _hints(cls)
        keys = _wire_keys(cls)
        unset = _unset_type()
        fields: list[tuple[str, _Spec]] = []
        required: list[str] = []
        extra = _ANY
        for field in attrs.fields(cls):
            if field.name == "additional_properties":
                args = typing.get_args(hints.get(field.name))
                extra = self.spec(args[1]) if len(args) == 2 else _ANY
                continue
            key = keys.get(field.name)
            if key is None:
                # The generated source did not say which JSON key this is; let from_dict judge.
                return _eager_check(cls)
            tp = hints.get(field.name, Any)
            optional = typing.get_origin(tp) in (
                Union,
                types.UnionType,
            ) and unset in typing.get_args(tp)
            if field.default is attrs.NOTHING and not optional:
                required.append(key)
            fields.append((key, self.spec(tp)))
        required_keys = frozenset(required)
        known_keys = frozenset(key for key, _ in fields)
        label = cls.__name__
        # This runs for every object of every response. The first object of a given *shape*
        # (its keys, in order, and their values' exact types) gets the full treatment: required
        # keys, then one C-level pass testing each value's type against its field's accepted
        # types. The objects of a list are nearly always alike, so that verdict is remembered
        # per shape, together with a "plan": the fields present that need a deeper look
        # (nested objects, lists of objects, dates, unknown keys with a typed map). Every
        # object of a known shape costs two tuples, one dict lookup and its plan.
        outer = {
            key: (_JSON_TYPES if s.check is not None or s.any else s.allowed) for key, s in fields
        }
        deep = {
            key: (s.allowed, s.check, s.check is _check_datetime)
            for key, s in fields
            if s.check is not None
        }
        expected_of = {key: s.expected for key, s in fields}
        outer_get = outer.get
        extra_entry = None
        if not extra.any:
            extra_check = extra.check or _mismatch(extra.expected)
            extra_entry = (extra.allowed, extra_check, extra_check is _check_datetime)
        Plan = tuple[tuple[str, frozenset[type], Check, bool], ...]
        plans: dict[tuple[tuple[str, ...], tuple[type, ...]], Plan] = {}

        def first_look(value: dict[str, Any], value_types: tuple[type, ...]) -> Error | None:
            if not required_keys <= value.keys():
                missing = sorted(required_keys - value.keys())
                also = f" (also missing: {', '.join(missing[1:])})" if len(missing) > 1 else ""
                return missing[0], f"missing required field{also}"
            if not all(map(contains, map(outer_get, value, repeat(_JSON_TYPES)), value_types)):
                for key, element in value.items():
                    if type(element) not in outer_get(key, _JSON_TYPES):
                        return key, f"expected {expected_of.get(key)}, got {_describe(element)}"
            return None

        def plan_for(value: dict[str, Any]) -> Plan:
            plan = []
            for key in value:
                entry = deep.get(key) or (extra_entry if key not in known_keys else None)
                if entry is not None:
                    plan.append((key, *entry))
            return tuple(plan)

        def check(value: Any) -> Error | None:
            if type(value) is not dict:
                return "", f"expected {_an(label)} object, got {_describe(value)}"
            shape = (tuple(value), tuple(map(type, value.values())))
            plan = plans.get(shape)
            if plan is None:
                problem = first_look(value, shape[1])
                if problem is not None:
                    return problem
                plan = plan_for(value)
                if len(plans) >= _SHAPE_CACHE_SIZE:
                    plans.clear()
                plans[shape] = plan
            for key, allowed, sub, is_datetime in plan:
                element = value[key]
                if type(element) in allowed:
                    continue
                if is_datetime and type(element) is str:
                    try:
                        _fromisoformat(element)
                        continue
                    except ValueError:
                        pass
                error = sub(element)
                if error is not None:
                    return _join(key, error)
            return None

        return check


def _mismatch(expected: str) -> Check:
    def check(value: Any) -> Error | None:
        return "", f"expected {expected}, got {_describe(value)}"

    return check


def _eager_check(cls: type) -> Check:
    def check(value: Any) -> Error | None:
        try:
            cls.from_dict(value)  # type: ignore[attr-defined]
        except Exception as exc:  # noqa: BLE001 - any failure means "does not match"
            return "", f"does not match {cls.__name__} ({type(exc).__name__}: {exc})"
        return None

    return check


_COMPILER = _Compiler()


@locked_cache
def _checker(cls: type) -> Check:
    try:
        check = _COMPILER.model(cls).check
    except Exception:  # noqa: BLE001 - unexpected generated code: fall back to from_dict
        return _eager_check(cls)
    assert check is not None
    return check


def shape_error(cls: type, value: Any) -> ShapeError | None:
    """Why ``value`` is not a valid ``cls`` JSON object (all the way down), or ``None``."""
    error = _checker(cls)(value)
    return None if error is None else ShapeError(*error)


# --------------------------------------------------------------------------- lazy instances


def _is_plain(tp: Any, unset: type) -> tuple[bool, bool]:
    """(plain, is_datetime): can the field be read straight from JSON (dates parsed)?"""
    if tp is Any or tp in _SCALAR_NAMES or tp is unset:
        return True, False
    if tp is datetime.datetime:
        return True, True
    origin = typing.get_origin(tp)
    if origin is Union or origin is types.UnionType:
        results = [_is_plain(a, unset) for a in typing.get_args(tp)]
        datetimes = [d for _, d in results]
        return all(p for p, _ in results), any(datetimes)
    if origin in (list, dict):
        results = [_is_plain(a, unset) for a in typing.get_args(tp)]
        # A list of dates would need converting element by element: not plain.
        return all(p and not d for p, d in results), False
    return False, False


def _copy_json(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _copy_json(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_copy_json(v) for v in value]
    return value


@locked_cache
def _lazy_class(cls: type) -> tuple[type, Callable[[Any, Any], None]]:
    """A subclass of ``cls`` whose fields are filled from the raw JSON on first access."""
    from sentry_api_client.types import UNSET

    unset = _unset_type()
    hints = _hints(cls)
    keys = _wire_keys(cls)
    field_names = frozenset(f.name for f in attrs.fields(cls))
    plain: dict[str, tuple[str, bool]] = {}
    for field in attrs.fields(cls):
        key = keys.get(field.name)
        if key is None or field.name == "additional_properties":
            continue
        is_plain, is_datetime = _is_plain(hints.get(field.name, Any), unset)
        if is_plain:
            plain[field.name] = (key, is_datetime)
    base_getattribute = object.__getattribute__
    base_setattr = object.__setattr__
    to_dict = cls.to_dict  # type: ignore[attr-defined]
    from_dict = cls.from_dict  # type: ignore[attr-defined]

    def materialize(self: Any, raw: Any) -> None:
        try:
            full = from_dict(raw)  # vetted by the check in parse(); this is a safety net
        except Exception as exc:
            from sentry_api.errors import InvalidResponseError

            raise InvalidResponseError(f"the response did not match {cls.__name__}: {exc}") from exc
        for name in field_names:
            base_setattr(self, name, base_getattribute(full, name))
        base_setattr(self, "_sentry_raw", None)

    def __getattr__(self: Any, name: str) -> Any:
        if name == "_sentry_raw":  # built by attrs.evolve() etc.: an ordinary instance
            return None
        raw = self._sentry_raw
        if raw is None or name not in field_names:
            raise AttributeError(f"{cls.__name__!r} object has no attribute {name!r}")
        spec = plain.get(name)
        if spec is None:
            materialize(self, raw)
            return base_getattribute(self, name)
        value = raw.get(spec[0], UNSET)
        if spec[1] and isinstance(value, str):
            try:
                value = parse_datetime(value)
            except ValueError as exc:
                from sentry_api.errors import InvalidResponseError

                raise InvalidResponseError(
                    f"the response did not match {cls.__name__}: {spec[0]}: "
                    f"expected an ISO 8601 date-time string, got {value!r}"
                ) from exc
        base_setattr(self, name, value)
        return value

    def __setattr__(self: Any, name: str, value: Any) -> None:
        raw = self._sentry_raw
        if raw is not None and name in field_names:
            materialize(self, raw)
        base_setattr(self, name, value)

    def to_dict_lazy(self: Any) -> dict[str, Any]:
        raw = self._sentry_raw
        if raw is not None:
            return dict(_copy_json(raw))
        return dict(to_dict(self))

    def __eq__(self: Any, other: object) -> bool:
        if not isinstance(other, cls):
            return NotImplemented
        return all(getattr(self, n) == getattr(other, n) for n in field_names)

    def __reduce__(self: Any) -> tuple[Any, ...]:
        return (from_dict, (to_dict_lazy(self),))

    namespace = {
        "__slots__": ("_sentry_raw",),
        "__module__": cls.__module__,
        "__qualname__": cls.__qualname__,
        "__doc__": cls.__doc__,
        "__getattr__": __getattr__,
        "__setattr__": __setattr__,
        "__eq__": __eq__,
        "__ne__": lambda self, other: (
            NotImplemented if (r := __eq__(self, other)) is NotImplemented else not r
        ),
        "__hash__": None,
        "__reduce__": __reduce__,
        "to_dict": to_dict_lazy,
    }
    lazy = type(cls.__name__, (cls,), namespace)
    set_raw = lazy.__dict__["_sentry_raw"].__set__
    return lazy, set_raw


def lazy_instance(cls: type, raw: dict[str, Any]) -> Any:
    """An instance of ``cls`` backed by ``raw`` (which must already have passed the check)."""
    lazy, set_raw = _lazy_class(cls)
    obj: Any = object.__new__(lazy)
    set_raw(obj, raw)
    return obj


def parse(ref: str, payload: Any, many: bool) -> Any:
    """Check ``payload`` (all the way down) against the model ``ref`` and wrap it lazily.

    Raises :class:`ShapeError` naming the first field that does not fit."""
    cls = load_model(ref)
    check = _checker(cls)
    if many:
        if not isinstance(payload, list):
            raise ShapeError(
                "", f"expected a list of {cls.__name__} objects, got {_describe(payload)}"
            )
        lazy, set_raw = _lazy_class(cls)
        new = object.__new__
        items = []
        for index, raw in enumerate(payload):
            error = check(raw)
            if error is not None:
                raise ShapeError(*_join(f"[{index}]", error))
            obj: Any = new(lazy)
            set_raw(obj, raw)
            items.append(obj)
        return items
    error = check(payload)
    if error is not None:
        raise ShapeError(*error)
    return lazy_instance(cls, payload)


def raw_json(obj: Any) -> Any:
    """The JSON an untouched lazily built model came from (no copy), else ``obj.to_dict()``.

    For read-only use inside this package (the seed actions), where re-serialising a model
    would only reformat what the server sent.
    """
    raw = getattr(obj, "_sentry_raw", None) if hasattr(type(obj), "_sentry_raw") else None
    if isinstance(raw, dict):
        return raw
    to_dict = getattr(obj, "to_dict", None)
    return to_dict() if callable(to_dict) else obj
