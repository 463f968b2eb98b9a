package analytics.reports;

import java.util.concurrent.Semaphore;
import org.jboss.logging.Logger;

public class ReportBulkhead {

    private static final Logger log = Logger.getLogger(ReportBulkhead.class);

    private final Semaphore permits = new Semaphore(8);
    private final ReportEngine engine;

    public ReportBulkhead(ReportEngine engine) {
        this.engine = engine;
    }

    public Report run(ReportRequest request) throws InterruptedException {
        permits.acquire();
        log.debugf("running report %s, %d permits left", request.id(), permits.availablePermits());
        Report report = engine.render(request);
        permits.release();
        return report;
    }
}
