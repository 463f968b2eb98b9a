"""Maps linter severities to our levels.

The scanner reports findings with its own severity names; we lower "info" findings to minor and ignore
findings the user has suppressed in the config file. Severity minor is not shown in the PR comment.
"""
LEVELS = {"error": "critical", "warning": "major", "info": "minor"}


def level(finding: dict) -> str:
    return LEVELS.get(finding.get("severity", "info"), "minor")
