"""The generated half of sentry-api: models, per-operation metadata and typed namespaces.

Rendered from templates/package_init.py.jinja; do not edit. Use it through ``sentry_api``
(``SentryClient``); the subpackages are:

* ``models`` - an attrs class per schema of Sentry Web API (sentry-api subset).
* ``resources`` - the typed namespaces (``client.issues.list(...)``), sync and async.
* ``resources.bodies`` - a ``TypedDict`` per request body.
* ``_operations`` - each operation's method, path, parameters and scopes.
"""

__all__: list[str] = []
