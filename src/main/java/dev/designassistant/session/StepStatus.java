package dev.designassistant.session;

/** Where one exchange of a session stands. */
public enum StepStatus {
    /** Waiting to be run. */
    PENDING,
    /** Claimed by an instance that is asking the LLM. */
    RUNNING,
    /** Answered and stored. */
    DONE,
    /** The LLM call failed after its retries; can be resumed. */
    FAILED
}
