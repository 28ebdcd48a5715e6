package app.baton.reports;

import static org.assertj.core.api.Assertions.assertThat;

import app.baton.TestFixtures.Companies;
import app.baton.TestFixtures.Company;
import app.baton.WebTestBase;
import app.baton.security.ApiTokenService;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code POST /api/v1/reports/check}: real HTTP, a vendor token, the sample exports, nothing stored. */
class ReportCheckApiIT extends WebTestBase {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    Companies companies;

    @Autowired
    ApiTokenService tokens;

    @Autowired
    ReportService reports;

    @Autowired
    app.baton.reports.AgencyLayoutService agencyLayouts;

    String token;
    Company c;

    @BeforeEach
    void vendorToken() throws Exception {
        c = companies.create("api-check");
        token = companies.as(c.vendor(), () -> tokens.create("checks")).token();
    }

    @Test
    void a_flagged_google_export_answers_its_format_totals_kpis_and_flags() throws Exception {
        HttpResponse<String> response = check("google-ads-zhtw-flagged.csv", "2026-11", "zh-TW");
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode body = JSON.readTree(response.body());
        assertThat(body.get("format").asString()).isEqualTo("GOOGLE_ADS");
        assertThat(body.get("month").asString()).isEqualTo("2026-11");
        assertThat(body.get("rows").asInt()).isEqualTo(5);
        assertThat(body.get("totals").get("impressions").asLong()).isEqualTo(496_860);
        assertThat(body.get("kpis").get("ctr").asDouble()).isGreaterThan(0);
        assertThat(body.get("flags").toString()).contains("DERIVED_MISMATCH", "DUPLICATE_ROW", "資料列");
    }

    @Test
    void a_clean_export_has_no_warning_and_messages_follow_the_language() throws Exception {
        HttpResponse<String> response = check("baton-template-zhtw-flagged.csv", "2026-11", "en");
        JsonNode body = JSON.readTree(response.body());
        assertThat(body.get("flags").toString()).contains("CONVERSIONS_EXCEED_CLICKS", "data rows 5");
        HttpResponse<String> clean = check("ga4-traffic-acquisition-en.csv", "2026-11", "en");
        assertThat(JSON.readTree(clean.body()).get("flags").size()).isZero();
    }

    @Test
    void files_that_cannot_be_read_answer_422_or_415_with_a_code_and_a_message() throws Exception {
        HttpResponse<String> notAReport = check("not-a-report.csv", "2026-11", "en");
        assertThat(notAReport.statusCode()).isEqualTo(422);
        JsonNode error = JSON.readTree(notAReport.body());
        assertThat(error.get("error").asString()).isEqualTo("report.unrecognised");
        assertThat(error.get("message").asString()).contains("Google Ads", "hello");
        HttpResponse<String> pdf = check("pdf-renamed.xlsx", "2026-11", "zh-TW");
        assertThat(pdf.statusCode()).isEqualTo(415);
        assertThat(JSON.readTree(pdf.body()).get("error").asString()).isEqualTo("report.notSpreadsheet");
        assertThat(check("google-ads-en-campaigns.csv", "November", "en").statusCode())
                .isEqualTo(400);
        // and the server stays healthy
        assertThat(check("google-ads-en-campaigns.csv", "2026-11", "en").statusCode())
                .isEqualTo(200);
    }

    @Test
    void a_file_sent_as_the_body_is_answered_as_the_same_file_sent_as_a_form() throws Exception {
        HttpResponse<String> form = check("google-ads-zhtw-flagged.csv", "2026-11", "en");
        HttpResponse<String> body = checkBody(load("/fixtures/reports/google-ads-zhtw-flagged.csv"), "text/csv", false);
        assertThat(body.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(body.body())).isEqualTo(JSON.readTree(form.body()));
        // the type is told by the content, not by the header: an XLSX sent as octets, a CSV sent in chunks
        HttpResponse<String> xlsx =
                checkBody(load("/fixtures/reports/baton-template-en-clean.xlsx"), "application/octet-stream", false);
        assertThat(JSON.readTree(xlsx.body()).get("format").asString()).isEqualTo("BATON_TEMPLATE");
        assertThat(JSON.readTree(xlsx.body()).get("flags").size()).isZero();
        HttpResponse<String> chunked =
                checkBody(load("/fixtures/reports/google-ads-zhtw-flagged.csv"), "text/csv", true);
        assertThat(JSON.readTree(chunked.body())).isEqualTo(JSON.readTree(form.body()));
        // a PDF sent as a spreadsheet is still refused by its content
        assertThat(checkBody(
                                load("/fixtures/reports/pdf-renamed.xlsx"),
                                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                                false)
                        .statusCode())
                .isEqualTo(415);
    }

    @Test
    void a_body_past_the_limit_or_empty_or_of_a_form_type_is_refused_with_a_code_and_a_message() throws Exception {
        byte[] big = new byte[20 * 1024 * 1024 + 10];
        java.util.Arrays.fill(big, (byte) 'a');
        HttpResponse<String> tooLarge = checkBody(big, "text/csv", true);
        assertThat(tooLarge.statusCode()).isEqualTo(413);
        assertThat(JSON.readTree(tooLarge.body()).get("error").asString()).isEqualTo("file.tooLarge");
        assertThat(JSON.readTree(tooLarge.body()).get("message").asString()).contains("20 MB");
        HttpResponse<String> empty = checkBody(new byte[0], "text/csv", false);
        assertThat(empty.statusCode()).isEqualTo(422);
        assertThat(JSON.readTree(empty.body()).get("error").asString()).isEqualTo("file.empty");
        // curl's --data-binary without a type says form-urlencoded: told which types are taken, the body not read
        HttpResponse<String> form = checkBody(
                load("/fixtures/reports/google-ads-en-campaigns.csv"), "application/x-www-form-urlencoded", false);
        assertThat(form.statusCode()).isEqualTo(415);
        assertThat(JSON.readTree(form.body()).get("error").asString()).isEqualTo("api.unsupportedMediaType");
        // and the server stays healthy
        assertThat(checkBody(load("/fixtures/reports/google-ads-en-campaigns.csv"), "text/csv", false)
                        .statusCode())
                .isEqualTo(200);
    }

    @Autowired
    ReportGate gate;

    @Test
    void when_as_many_files_are_being_checked_as_the_server_allows_the_next_is_told_to_come_back() throws Exception {
        java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
        int permits = gate.free();
        try (var busy = java.util.concurrent.Executors.newFixedThreadPool(permits)) {
            for (int i = 0; i < permits; i++) {
                busy.submit(() -> gate.run(() -> {
                    try {
                        release.await();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    return null;
                }));
            }
            while (gate.free() > 0) {
                Thread.onSpinWait();
            }
            HttpResponse<String> refused = check("google-ads-en-campaigns.csv", "2026-11", "zh-TW");
            assertThat(refused.statusCode()).isEqualTo(503);
            assertThat(refused.headers().firstValue("Retry-After")).hasValue("30");
            JsonNode error = JSON.readTree(refused.body());
            assertThat(error.get("error").asString()).isEqualTo("report.busy");
            assertThat(error.get("message").asString()).contains("一分鐘後再試");
            release.countDown();
        }
        // no queue was left behind: the next file is checked at once
        assertThat(check("google-ads-en-campaigns.csv", "2026-11", "en").statusCode())
                .isEqualTo(200);
    }

    @Test
    void utf16_and_big5_files_are_read_and_say_their_encoding_and_another_currency_is_refused() throws Exception {
        HttpResponse<String> utf16 =
                check("google-ads-campaigns-zhtw-unicode-text.txt", "/reports/real/", "2026-11", "en");
        assertThat(utf16.statusCode()).as(utf16.body()).isEqualTo(200);
        assertThat(utf16.body()).contains("\"encoding\":\"UTF_16LE\"", "\"currency\":\"TWD\"");
        HttpResponse<String> big5 = check("baton-template-zhtw-big5.csv", "/reports/real/", "2026-11", "zh-TW");
        assertThat(big5.statusCode()).as(big5.body()).isEqualTo(200);
        assertThat(big5.body()).contains("\"encoding\":\"BIG5\"", "\"rows\":120");
        HttpResponse<String> usd = check("planted-meta-usd.csv", "/reports/real/", "2026-11", "zh-TW");
        assertThat(usd.statusCode()).isEqualTo(422);
        assertThat(usd.body()).contains("report.currencyNotCompany", "USD", "TWD", "幣別");
    }

    @Test
    void the_agencys_own_layout_is_read_by_the_check_as_it_is_on_upload() throws Exception {
        HttpResponse<String> before = check("agency-own-layout-big5.csv", "/reports/real/", "2026-11", "en");
        assertThat(before.statusCode()).isEqualTo(422);
        assertThat(before.body()).contains("report.unrecognised");
        companies.run(
                c.vendor(),
                () -> agencyLayouts.saveMapping(java.util.Map.of(
                        "日期", app.baton.reports.parsing.Field.DATE,
                        "媒體", app.baton.reports.parsing.Field.CHANNEL,
                        "活動名稱", app.baton.reports.parsing.Field.CAMPAIGN,
                        "曝光數", app.baton.reports.parsing.Field.IMPRESSIONS,
                        "點擊數", app.baton.reports.parsing.Field.CLICKS,
                        "花費(元)", app.baton.reports.parsing.Field.COST,
                        "訂單數", app.baton.reports.parsing.Field.CONVERSIONS)));
        HttpResponse<String> after = check("agency-own-layout-big5.csv", "/reports/real/", "2026-11", "en");
        assertThat(after.statusCode()).as(after.body()).isEqualTo(200);
        assertThat(after.body()).contains("\"format\":\"VENDOR_MAPPING\"", "\"encoding\":\"BIG5\"", "\"rows\":90");
    }

    @Test
    void without_a_token_the_check_is_refused() throws Exception {
        token = "baton_1_not-a-real-token";
        assertThat(check("google-ads-en-campaigns.csv", "2026-11", "en").statusCode())
                .isEqualTo(401);
    }

    private HttpResponse<String> check(String fixture, String month, String language) throws Exception {
        return check(fixture, "/fixtures/reports/", month, language);
    }

    private HttpResponse<String> check(String fixture, String folder, String month, String language) throws Exception {
        String boundary = "baton-" + System.nanoTime();
        byte[] body = ReportFixtures.multipart(boundary, fixture, load(folder + fixture));
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(url("/api/v1/reports/check?month=" + month)))
                                .header("Authorization", "Bearer " + token)
                                .header("Accept-Language", language)
                                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> checkBody(byte[] content, String type, boolean chunked) throws Exception {
        HttpRequest.BodyPublisher body = chunked
                ? HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(content))
                : HttpRequest.BodyPublishers.ofByteArray(content);
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(url("/api/v1/reports/check?month=2026-11")))
                                .header("Authorization", "Bearer " + token)
                                .header("Accept-Language", "en")
                                .header("Content-Type", type)
                                .POST(body)
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
    }

    private static byte[] load(String name) throws IOException {
        try (InputStream in = ReportCheckApiIT.class.getResourceAsStream(name)) {
            return in.readAllBytes();
        }
    }
}
