package app.baton.reports;

import static org.assertj.core.api.Assertions.assertThat;

import app.baton.DatabaseTestBase;
import app.baton.TestFixtures;
import app.baton.TestFixtures.Companies;
import app.baton.TestFixtures.Company;
import app.baton.budgets.ChannelService;
import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Uploads of one engagement's month racing on the real database: each is checked against the same state (none has
 * recorded its version when the others read the month), then all record at once. Every upload is kept, numbered one
 * after another; none is refused for having come at the same moment as another.
 */
class ReportConcurrencyIT extends DatabaseTestBase {

    static final int UPLOADS = 4;

    @Autowired
    Companies companies;

    @Autowired
    EngagementService engagements;

    @Autowired
    ReportService reports;

    @Autowired
    ReportFileService reportFiles;

    @Autowired
    ReviewService reviews;

    @Autowired
    app.baton.reports.ReportStatusQueryService reportStatus;

    @Autowired
    ChannelService channels;

    Company c;
    EngagementView engagement;

    @BeforeEach
    void engagement() throws Exception {
        c = companies.create("upload-race");
        engagement = ReportFixtures.engagement(companies, c, engagements, channels);
    }

    @Test
    void uploads_of_the_same_month_at_the_same_moment_are_all_kept_as_consecutive_versions() throws Exception {
        YearMonth october = YearMonth.of(2026, 10);
        byte[] file = ReportFixtures.month("2026-10", 1, true);
        CyclicBarrier checked = new CyclicBarrier(UPLOADS);
        ExecutorService pool = Executors.newFixedThreadPool(UPLOADS);
        List<Future<ReportService.Submitted>> results = new ArrayList<>();
        try {
            for (int i = 0; i < UPLOADS; i++) {
                results.add(pool.submit(() -> {
                    TestFixtures.signIn(c.vendor());
                    try {
                        return reports.upload(
                                engagement.id(), october, "oct.csv", new MeetAtTheEnd(file, checked), null, List.of());
                    } finally {
                        SecurityContextHolder.clearContext();
                    }
                }));
            }
            List<ReportService.Submitted> kept = new ArrayList<>();
            for (Future<ReportService.Submitted> result : results) {
                kept.add(result.get(60, TimeUnit.SECONDS));
            }
            assertThat(kept).extracting(ReportService.Submitted::versionNumber).containsExactlyInAnyOrder(1, 2, 3, 4);
            // the founder sees the month once, at its newest version; every version is there as uploaded
            long newest = kept.stream()
                    .filter(s -> s.versionNumber() == UPLOADS)
                    .findFirst()
                    .orElseThrow()
                    .versionId();
            assertThat(companies.as(c.founder(), () -> reportStatus.waitingForMe()))
                    .extracting(WaitingReport::versionId)
                    .containsExactly(newest);
            for (ReportService.Submitted s : kept) {
                assertThat(companies.as(c.founder(), () -> reportFiles.rows(s.versionId())))
                        .hasSize(s.report().rows().size());
            }
        } finally {
            pool.shutdown();
        }
    }

    /**
     * The upload's file, which at its end waits until every upload has read its own: by then each has passed the
     * month's checks (read before the file) and none has recorded its version (recorded after the file).
     */
    private static final class MeetAtTheEnd extends FilterInputStream {
        private final CyclicBarrier barrier;
        private boolean met;

        MeetAtTheEnd(byte[] content, CyclicBarrier barrier) {
            super(new ByteArrayInputStream(content));
            this.barrier = barrier;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n < 0 && !met) {
                met = true;
                try {
                    barrier.await(20, TimeUnit.SECONDS);
                } catch (InterruptedException | BrokenBarrierException | TimeoutException e) {
                    throw new IOException(e);
                }
            }
            return n;
        }
    }
}
