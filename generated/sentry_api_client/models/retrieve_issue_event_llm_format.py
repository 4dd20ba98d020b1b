from typing import Literal

RetrieveIssueEventLlmFormat = Literal["markdown", "xml"]

RETRIEVE_ISSUE_EVENT_LLM_FORMAT_VALUES: set[RetrieveIssueEventLlmFormat] = {
    "markdown",
    "xml",
}


def check_retrieve_issue_event_llm_format(value: str) -> RetrieveIssueEventLlmFormat:
    if value in RETRIEVE_ISSUE_EVENT_LLM_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RETRIEVE_ISSUE_EVENT_LLM_FORMAT_VALUES!r}"
    )
