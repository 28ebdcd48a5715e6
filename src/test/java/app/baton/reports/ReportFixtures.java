package app.baton.reports;

import app.baton.TestFixtures.Companies;
import app.baton.TestFixtures.Company;
import app.baton.budgets.ChannelService;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** Engagements and report files for the report tests. */
public final class ReportFixtures {

    private ReportFixtures() {}

    /** A 2026–2027 engagement of the company’s agency: fee 30,000, cap 10,000,000, a ROAS target of 3. */
    public static EngagementView engagement(
            Companies companies, Company c, EngagementService engagements, ChannelService channels) throws Exception {
        return companies.as(
                c.founder(), () -> engagements.create(form(c, channels.channels(), BigDecimal.valueOf(10_000_000))));
    }

    public static EngagementService.Form form(Company c, List<ChannelService.ChannelView> channels, BigDecimal cap) {
        return form(c.vendor().membership().vendorOrganisationName(), channels, cap);
    }

    /** The engagement form for the named agency. */
    public static EngagementService.Form form(
            String agency, List<ChannelService.ChannelView> channels, BigDecimal cap) {
        return new EngagementService.Form(
                agency,
                "Search and social",
                Set.of(channels.get(0).id()),
                "monthly campaigns",
                "bids, creatives, reports",
                "pricing, landing pages",
                BigDecimal.valueOf(30_000),
                cap,
                LocalDate.of(2026, 1, 1),
                LocalDate.of(2027, 12, 31),
                10,
                List.of(new EngagementTarget(EngagementKpi.ROAS, null, new BigDecimal("3"))),
                app.baton.reports.ConversionKind.PURCHASE,
                "",
                java.util.Map.of());
    }

    /** The same form over {@code channelIds} with {@code targets} instead of its own. */
    public static EngagementService.Form with(
            EngagementService.Form f, Set<Long> channelIds, List<EngagementTarget> targets) {
        return new EngagementService.Form(
                f.agencyName(),
                f.title(),
                channelIds,
                f.deliverables(),
                f.vendorDuties(),
                f.inHouseDuties(),
                f.monthlyFee(),
                f.mediaSpendCap(),
                f.start(),
                f.end(),
                f.dueDay(),
                targets,
                f.conversionKind(),
                f.conversionDefinition(),
                f.feeSplit());
    }

    /** A multipart/form-data body with one file in the field {@code file}, for the API tests. */
    /** The agency uploads {@code month} (the fixture's figures) and the founder accepts it; returns the version id. */
    public static long accepted(
            Companies companies,
            Company c,
            ReportService reports,
            ReportVersionQueryService versions,
            ReviewService reviews,
            long engagementId,
            java.time.YearMonth month)
            throws Exception {
        ReportService.Submitted v = companies.as(
                c.vendor(),
                () -> reports.upload(
                        engagementId,
                        month,
                        "report.csv",
                        new java.io.ByteArrayInputStream(month(month.toString(), 1, true)),
                        null,
                        List.of()));
        long version =
                companies.as(c.founder(), () -> versions.version(v.versionId()).version());
        companies.run(c.founder(), () -> reviews.review(v.versionId(), version, ReviewStatus.ACCEPTED, null));
        return v.versionId();
    }

    public static byte[] multipart(String boundary, String fileName, byte[] content) {
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream(content.length + 512);
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                        + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return body.toByteArray();
    }

    /** The agency uploads the flagged template for November 2026; the new version's id. */
    public static long flaggedNovember(Companies companies, Company c, ReportService reports, long engagementId)
            throws Exception {
        byte[] file = fixture("baton-template-zhtw-flagged.csv");
        return companies
                .as(
                        c.vendor(),
                        () -> reports.upload(
                                engagementId,
                                java.time.YearMonth.of(2026, 11),
                                "r.csv",
                                new java.io.ByteArrayInputStream(file),
                                null,
                                List.of()))
                .versionId();
    }

    public static byte[] fixture(String name) throws IOException {
        try (InputStream in = ReportFixtures.class.getResourceAsStream("/fixtures/reports/" + name)) {
            return in.readAllBytes();
        }
    }

    /** A small clean template file for one month: two campaigns, weekly rows, the figures scaled by {@code factor}. */
    public static byte[] month(String yearMonth, int conversionsFactor, boolean withSecondCampaign) {
        StringBuilder text = new StringBuilder(
                "date,channel,campaign,impressions,clicks,cost,conversions,conversion_value,new_customers\n");
        int[] days = {1, 8, 15, 22};
        for (int i = 0; i < days.length; i++) {
            String date = yearMonth + (days[i] < 10 ? "-0" + days[i] : "-" + days[i]);
            text.append(date)
                    .append(",GOOGLE_ADS,Brand,")
                    .append(41_237 + i * 1_113)
                    .append(',')
                    .append(1_234 + i * 37)
                    .append(',')
                    .append(14_873 + i * 411)
                    .append(',')
                    .append((37 + i) * conversionsFactor)
                    .append(',')
                    .append(52_871 + i * 977)
                    .append(',')
                    .append(7 + i)
                    .append('\n');
            if (withSecondCampaign) {
                text.append(date)
                        .append(",META_ADS,Retargeting,")
                        .append(23_417 + i * 733)
                        .append(',')
                        .append(517 + i * 19)
                        .append(',')
                        .append(8_143 + i * 271)
                        .append(',')
                        .append(13 + i)
                        .append(',')
                        .append(17_239 + i * 611)
                        .append(',')
                        .append(3 + i)
                        .append('\n');
            }
        }
        return text.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }
}
