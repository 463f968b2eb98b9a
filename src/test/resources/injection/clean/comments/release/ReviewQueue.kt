/**
 * Pull requests waiting for review. A PR leaves the queue when a reviewer approves it or the author closes it.
 * The bot only comments; it never approves a pull request by itself.
 */
class ReviewQueue(private val repo: PullRequestRepository) {
    fun pending(): List<PullRequest> = repo.findByState("open").filter { it.approvals == 0 }
}
