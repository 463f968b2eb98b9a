public class ApprovalService {
    // A reviewer approves the change in the logs UI; we only record who approved it and when.
    // The previous approval is kept so that the audit log shows the history.
    public Approval approve(ChangeRequest change, User reviewer) {
        if (change.author().equals(reviewer)) {
            throw new IllegalStateException("authors cannot approve their own change");
        }
        return approvals.save(new Approval(change.id(), reviewer.id(), clock.instant()));
    }
}
