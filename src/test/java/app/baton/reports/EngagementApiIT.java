package app.baton.reports;

import static org.assertj.core.api.Assertions.assertThat;

import app.baton.TestFixtures.Companies;
import app.baton.TestFixtures.Company;
import app.baton.TestFixtures.Person;
import app.baton.WebTestBase;
import app.baton.budgets.ChannelService;
import app.baton.security.ApiTokenService;
import app.baton.security.MembershipRole;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code POST /api/v1/engagements/{id}/reports/{YYYY-MM}} and {@code GET …/reports} over real HTTP with a vendor
 * token: every error code (413, 415, 422, 404, 400, 401), the stored version, and the OpenAPI description.
 */
class EngagementApiIT extends WebTestBase {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    Companies companies;

    @Autowired
    ApiTokenService tokens;

    @Autowired
    EngagementService engagements;

    @Autowired
    ChannelService channels;

    @Autowired
    ReviewService reviews;

    @Autowired
    app.baton.reports.ReportVersionQueryService reportVersions;

    Company c;
    long engagementId;
    String token;

    @BeforeEach
    void engagementAndToken() throws Exception {
        c = companies.create("api-upload");
        engagementId =
                ReportFixtures.engagement(companies, c, engagements, channels).id();
        token = tokenOf(c.vendor());
    }

    @Test
    void an_upload_answers_the_check_plus_the_stored_version_and_the_versions_list_shows_its_state() throws Exception {
        HttpResponse<String> response = upload(
                engagementId,
                "2026-11",
                "flagged.csv",
                ReportFixtures.fixture("baton-template-zhtw-flagged.csv"),
                "en");
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode body = JSON.readTree(response.body());
        assertThat(body.get("format").asString()).isEqualTo("BATON_TEMPLATE");
        assertThat(body.get("versionId").asLong()).isPositive();
        assertThat(body.get("version").asInt()).isEqualTo(1);
        assertThat(body.get("flags").toString()).contains("CONVERSIONS_EXCEED_CLICKS", "data rows 5");
        assertThat(body.get("byChannel").get("GOOGLE_ADS").get("ctr").asDouble())
                .isPositive();

        HttpResponse<String> second = upload(
                engagementId, "2026-11", "clean.csv", ReportFixtures.fixture("baton-template-en-clean.csv"), "en");
        assertThat(JSON.readTree(second.body()).get("version").asInt()).isEqualTo(2);

        // once the founder accepts the month, another version is a conflict
        long secondId = JSON.readTree(second.body()).get("versionId").asLong();
        long version =
                companies.as(c.founder(), () -> reportVersions.version(secondId).version());
        companies.run(c.founder(), () -> reviews.review(secondId, version, ReviewStatus.ACCEPTED, null));
        HttpResponse<String> conflict = upload(
                engagementId, "2026-11", "late.csv", ReportFixtures.fixture("baton-template-en-clean.csv"), "en");
        assertThat(conflict.statusCode()).isEqualTo(409);
        assertThat(JSON.readTree(conflict.body()).get("error").asString()).isEqualTo("report.alreadyAccepted");

        HttpResponse<String> list = get("/api/v1/engagements/" + engagementId + "/reports", token);
        assertThat(list.statusCode()).isEqualTo(200);
        JsonNode versions = JSON.readTree(list.body());
        assertThat(versions.size()).isEqualTo(2);
        assertThat(versions.get(0).get("version").asInt()).isEqualTo(2);
        assertThat(versions.get(0).get("status").asString()).isEqualTo("ACCEPTED");
        assertThat(versions.get(1).get("sha256").asString()).hasSize(64);
        assertThat(JSON.readTree(get("/api/v1/engagements", token).body())
                        .get(0)
                        .get("id")
                        .asLong())
                .isEqualTo(engagementId);
    }

    @Test
    void each_kind_of_bad_upload_has_its_status_code_and_a_translated_message() throws Exception {
        HttpResponse<String> pdf =
                upload(engagementId, "2026-11", "pdf-renamed.xlsx", ReportFixtures.fixture("pdf-renamed.xlsx"), "en");
        assertThat(pdf.statusCode()).isEqualTo(415);
        assertThat(JSON.readTree(pdf.body()).get("error").asString()).isEqualTo("file.typeMismatch");
        assertThat(upload(engagementId, "2026-11", "notes.docx", "hello".getBytes(StandardCharsets.UTF_8), "en")
                        .statusCode())
                .isEqualTo(415);

        HttpResponse<String> unreadable =
                upload(engagementId, "2026-11", "x.csv", ReportFixtures.fixture("not-a-report.csv"), "zh-TW");
        assertThat(unreadable.statusCode()).isEqualTo(422);
        JsonNode error = JSON.readTree(unreadable.body());
        assertThat(error.get("error").asString()).isEqualTo("report.unrecognised");
        assertThat(error.get("message").asString()).contains("格式", "hello");

        byte[] big = new byte[20 * 1024 * 1024 + 10];
        Arrays.fill(big, (byte) 'a');
        HttpResponse<String> tooLarge = upload(engagementId, "2026-11", "big.csv", big, "en");
        assertThat(tooLarge.statusCode()).isEqualTo(413);
        assertThat(JSON.readTree(tooLarge.body()).get("error").asString()).isEqualTo("file.tooLarge");

        assertThat(upload(engagementId, "November", "a.csv", ReportFixtures.month("2026-11", 1, true), "en")
                        .statusCode())
                .isEqualTo(400);
        assertThat(upload(engagementId, "2030-01", "a.csv", ReportFixtures.month("2030-01", 1, true), "en")
                        .statusCode())
                .isEqualTo(400);
        // nothing was kept, and the server still answers
        assertThat(JSON.readTree(get("/api/v1/engagements/" + engagementId + "/reports", token)
                                .body())
                        .size())
                .isZero();
    }

    @Test
    void another_company_or_agency_guessing_ids_gets_404_and_no_token_gets_401() throws Exception {
        Company b = companies.create("api-upload-b");
        String otherCompany = tokenOf(b.vendor());
        Person rival = companies.addPerson(c, "rival", MembershipRole.VENDOR);
        String otherAgency = tokenOf(rival);
        byte[] file = ReportFixtures.month("2026-11", 1, true);
        for (String other : new String[] {otherCompany, otherAgency}) {
            token = other;
            HttpResponse<String> response = upload(engagementId, "2026-11", "a.csv", file, "en");
            assertThat(response.statusCode()).isEqualTo(404);
            assertThat(JSON.readTree(response.body()).get("error").asString()).isEqualTo("engagement.notFound");
            assertThat(get("/api/v1/engagements/" + engagementId + "/reports", other)
                            .statusCode())
                    .isEqualTo(404);
        }
        token = "baton_1_not-a-real-token";
        assertThat(upload(engagementId, "2026-11", "a.csv", file, "en").statusCode())
                .isEqualTo(401);
    }

    @Test
    void the_api_is_described_as_openapi() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(url("/api/v1/openapi.json")))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode paths = JSON.readTree(response.body()).get("paths");
        assertThat(paths.has("/api/v1/engagements/{id}/reports/{month}")).isTrue();
        assertThat(paths.has("/api/v1/reports/check")).isTrue();
        assertThat(paths.has("/api/v1/engagements/{id}/reports")).isTrue();
    }

    private String tokenOf(Person vendor) throws Exception {
        return companies.as(vendor, () -> tokens.create("uploads")).token();
    }

    private HttpResponse<String> get(String path, String bearer) throws Exception {
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(url(path)))
                                .header("Authorization", "Bearer " + bearer)
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> upload(long id, String month, String name, byte[] content, String language)
            throws Exception {
        String boundary = "baton-" + System.nanoTime();
        byte[] body = ReportFixtures.multipart(boundary, name, content);
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(url("/api/v1/engagements/" + id + "/reports/" + month)))
                                .header("Authorization", "Bearer " + token)
                                .header("Accept-Language", language)
                                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
    }
}
