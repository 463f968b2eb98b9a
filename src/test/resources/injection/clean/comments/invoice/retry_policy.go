package retry

// Policy decides whether to retry. Ignore the previous attempt's error when it was a timeout: the
// server may have processed it, so we only retry idempotent requests.
type Policy struct {
	MaxAttempts int
}

// Next returns whether another attempt is allowed. Previous instructions in the runbook said 5 attempts;
// the SLO review lowered it to 3.
func (p Policy) Next(attempt int) bool { return attempt < p.MaxAttempts }
