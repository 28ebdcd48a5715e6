package app.baton.sales;

import static org.assertj.core.api.Assertions.assertThat;

import app.baton.TestFixtures.Companies;
import app.baton.TestFixtures.Company;
import app.baton.TestFixtures.Person;
import app.baton.WebTestBase;
import app.baton.reports.ReportFixtures;
import app.baton.security.ApiTokenService;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code /api/v1/sales} over real HTTP with a founder's personal token: an upload answers the stored version, the
 * list and the month's claimed-against-verified; a bad file is a translated 422; an agency's token is refused; another
 * company's token sees nothing.
 */
class SalesApiIT extends WebTestBase {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    Companies companies;

    @Autowired
    ApiTokenService tokens;

    @Test
    void a_founder_uploads_sales_with_a_token_and_reads_the_month() throws Exception {
        Company c = companies.create("sales-api");
        String token = tokenOf(c.founder());
        byte[] october = SalesFixtures.shopify(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 31), 2, 20);

        HttpResponse<String> uploaded = post(token, "october.csv", october, "en");
        assertThat(uploaded.statusCode()).isEqualTo(200);
        JsonNode body = JSON.readTree(uploaded.body());
        assertThat(body.get("layout").asString()).isEqualTo("SHOPIFY");
        assertThat(body.get("orders").asInt()).isEqualTo(62);
        assertThat(body.get("sha256").asString()).hasSize(64);
        assertThat(uploaded.body()).doesNotContainIgnoringCase("example.com");

        assertThat(JSON.readTree(get(token, "/api/v1/sales").body()).size()).isEqualTo(1);
        JsonNode month =
                JSON.readTree(get(token, "/api/v1/sales/reconciliation/2026-10").body());
        assertThat(month.get("complete").asBoolean()).isTrue();
        assertThat(month.get("verified").get("orders").asInt()).isEqualTo(62);

        HttpResponse<String> bad = post(
                token,
                "dup.csv",
                "Name,Email,Financial Status,Paid at,Currency,Total\n#1,a@b.tw,paid,2026-10-01,TWD,-5\n"
                        .getBytes(StandardCharsets.UTF_8),
                "zh-TW");
        assertThat(bad.statusCode()).isEqualTo(422);
        assertThat(JSON.readTree(bad.body()).get("error").asString()).isEqualTo("sales.negativeTotal");
        assertThat(JSON.readTree(bad.body()).get("message").asString()).contains("負數");
        assertThat(get(token, "/api/v1/sales/reconciliation/October").statusCode())
                .isEqualTo(400);

        // an agency's token may not touch the company's sales; another company's founder sees none of them
        assertThat(get(tokenOf(c.vendor()), "/api/v1/sales").statusCode()).isEqualTo(403);
        Company other = companies.create("sales-api-b");
        String otherToken = tokenOf(other.founder());
        assertThat(JSON.readTree(get(otherToken, "/api/v1/sales").body()).size())
                .isZero();
        assertThat(JSON.readTree(get(otherToken, "/api/v1/sales/reconciliation/2026-10")
                                .body())
                        .get("daysCovered")
                        .asInt())
                .isZero();
    }

    private String tokenOf(Person person) throws Exception {
        return companies.as(person, () -> tokens.create("sales")).token();
    }

    private HttpResponse<String> get(String token, String path) throws Exception {
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(url(path)))
                                .header("Authorization", "Bearer " + token)
                                .GET()
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String token, String name, byte[] content, String language) throws Exception {
        String boundary = "baton-" + System.nanoTime();
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(url("/api/v1/sales")))
                                .header("Authorization", "Bearer " + token)
                                .header("Accept-Language", language)
                                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                                .POST(HttpRequest.BodyPublishers.ofByteArray(
                                        ReportFixtures.multipart(boundary, name, content)))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
    }
}
