package app.baton.reports;

import static app.baton.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import app.baton.DatabaseTestBase;
import app.baton.TestFixtures.Companies;
import app.baton.TestFixtures.Company;
import app.baton.budgets.ChannelService;
import app.baton.reports.checks.Severity;
import app.baton.reports.internal.ReportVersionRepository;
import app.baton.reports.parsing.ReportRow;
import app.baton.shared.tables.TextEncoding;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Exports as agencies save them, uploaded for real (issue 13): the encoding recorded per version and shown to the
 * reviewer, daily and broken-down rows kept with their breakdown, a file in another currency refused with nothing
 * kept, and Meta's attribution setting compared with the last accepted month.
 */
class AgencyExportsIT extends DatabaseTestBase {

    static final YearMonth OCTOBER = YearMonth.of(2026, 10);
    static final YearMonth NOVEMBER = YearMonth.of(2026, 11);

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
    app.baton.reports.ReportVersionQueryService reportVersions;

    @Autowired
    ChannelService channels;

    @Autowired
    ReportVersionRepository versions;

    Company c;
    EngagementView engagement;

    @BeforeEach
    void engagement() throws Exception {
        c = companies.create("exports");
        engagement = ReportFixtures.engagement(companies, c, engagements, channels);
    }

    @Test
    void a_big5_daily_export_is_read_recorded_as_big5_and_raises_no_false_duplicate() throws Exception {
        ReportService.Submitted s =
                upload(NOVEMBER, "google-ads-daily-zhtw-big5.csv", corpus("google-ads-daily-zhtw-big5.csv"));
        assertThat(s.report().rows()).hasSize(40);
        assertThat(s.flags()).noneMatch(f -> f.severity() != Severity.INFO);
        VersionDetail detail = companies.as(c.founder(), () -> reportVersions.version(s.versionId()));
        assertThat(detail.encoding()).isEqualTo(TextEncoding.BIG5);
        assertThat(detail.encodingDetected()).isTrue();
        // the names came through in Traditional Chinese, as stored rows read back
        List<ReportRow> stored = companies.as(c.founder(), () -> reportFiles.rows(s.versionId()));
        assertThat(stored).extracting(ReportRow::campaign).contains("品牌字-台北", "冬季茶禮盒");
        assertThat(stored.get(0).date()).isEqualTo(NOVEMBER.atDay(1));
    }

    @Test
    void breakdowns_are_kept_with_each_row_and_utf16_is_recorded() throws Exception {
        ReportService.Submitted adGroups =
                upload(NOVEMBER, "adgroups.csv", corpus("google-ads-daily-adgroup-zhtw.csv"));
        assertThat(adGroups.flags()).noneMatch(f -> f.code().equals("DUPLICATE_ROW"));
        List<ReportRow> stored = companies.as(c.founder(), () -> reportFiles.rows(adGroups.versionId()));
        assertThat(stored).extracting(ReportRow::breakdown).containsOnly("高山茶", "禮盒組");

        ReportService.Submitted editor = upload(NOVEMBER, "editor.csv", corpus("google-ads-editor-export.csv"));
        assertThat(companies.as(c.founder(), () -> reportVersions.version(editor.versionId())))
                .satisfies(d -> {
                    assertThat(d.encoding()).isEqualTo(TextEncoding.UTF_16LE);
                    assertThat(d.encodingDetected()).isFalse();
                });
        ReportService.Submitted text = upload(NOVEMBER, "unicode.txt", corpus("baton-template-zhtw-unicode-text.txt"));
        assertThat(text.report().rows()).hasSize(60);
    }

    @Test
    void a_file_in_another_currency_is_refused_and_nothing_is_kept() throws Exception {
        int before = versions.findByEngagementIdOrderByReportMonthDescVersionNumberDesc(engagement.id())
                .size();
        assertRefused(() -> upload(NOVEMBER, "usd.csv", corpus("planted-meta-usd.csv")), "report.currencyNotCompany");
        assertThat(versions.findByEngagementIdOrderByReportMonthDescVersionNumberDesc(engagement.id()))
                .hasSize(before);
    }

    @Test
    void a_changed_attribution_setting_is_flagged_with_both_values_and_shown_on_the_version() throws Exception {
        String november = new String(corpus("meta-campaigns-en.csv"), StandardCharsets.UTF_8);
        String october = november.replace("2026-11-01", "2026-10-01").replace("2026-11-30", "2026-10-31");
        ReportService.Submitted first = upload(OCTOBER, "october.csv", october.getBytes(StandardCharsets.UTF_8));
        long version = companies.as(
                c.founder(), () -> reportVersions.version(first.versionId()).version());
        companies.run(c.founder(), () -> reviews.review(first.versionId(), version, ReviewStatus.ACCEPTED, null));

        String changed = november.replace("7-day click or 1-day view", "1-day click");
        ReportService.Submitted second = upload(NOVEMBER, "november.csv", changed.getBytes(StandardCharsets.UTF_8));
        assertThat(second.flags())
                .filteredOn(f -> f.code().equals("DEFINITION_CHANGED"))
                .singleElement()
                .satisfies(f -> {
                    assertThat(String.valueOf(f.arguments().get(0))).contains("attribution: 7-day click or 1-day view");
                    assertThat(String.valueOf(f.arguments().get(1))).contains("attribution: 1-day click");
                });
        VersionDetail detail = companies.as(c.founder(), () -> reportVersions.version(second.versionId()));
        assertThat(detail.definitions())
                .contains("attribution: 1-day click", "conversion: actions:offsite_conversion.fb_pixel_purchase");
        assertThat(detail.encoding()).isEqualTo(TextEncoding.UTF_8);
    }

    private ReportService.Submitted upload(YearMonth month, String name, byte[] content) throws Exception {
        return companies.as(
                c.vendor(),
                () -> reports.upload(engagement.id(), month, name, new ByteArrayInputStream(content), null, List.of()));
    }

    static byte[] corpus(String name) throws IOException {
        try (InputStream in =
                Objects.requireNonNull(AgencyExportsIT.class.getResourceAsStream("/reports/real/" + name))) {
            return in.readAllBytes();
        }
    }
}
