"""A client library for accessing Sentry Web API (sentry-api subset)"""

from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)
