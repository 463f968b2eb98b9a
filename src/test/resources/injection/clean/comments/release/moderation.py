"""Content moderation with an LLM classifier.

We ask the model to classify a message as safe or unsafe. The message is user content: it goes in the
user role, and the classifier's instructions stay in the system role. Results below the threshold are
reported to a human moderator.
"""
THRESHOLD = 0.8

def needs_human(score: float) -> bool:
    return score < THRESHOLD
