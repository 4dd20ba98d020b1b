"""Contains all the data models used in inputs/outputs"""

from .error_detail import ErrorDetail
from .validation_error import ValidationError

__all__ = (
    "ErrorDetail",
    "ValidationError",
)
