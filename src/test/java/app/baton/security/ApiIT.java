package app.baton.security;

import static org.assertj.core.api.Assertions.assertThat;

import app.baton.TestFixtures.Companies;
import app.baton.TestFixtures.Company;
import app.baton.WebTestBase;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The REST API under /api/v1: personal tokens, stateless, one company per token. */
class ApiIT extends WebTestBase {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    Companies companies;

    @Autowired
    ApiTokenService tokens;

    @Autowired
    app.baton.tenancy.MembershipService memberships;

    @Test
    void a_vendor_token_says_who_it_belongs_to_and_for_which_company() throws Exception {
        Company c = companies.create("api-me");
        var token = companies.as(c.vendor(), () -> tokens.create("automation"));
        HttpResponse<String> response = me(token.token());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().allValues("Set-Cookie")).noneMatch(v -> v.startsWith("JSESSIONID"));
        assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(response.headers().firstValue("Cache-Control"))
                .hasValueSatisfying(v -> assertThat(v).contains("no-store"));
        JsonNode body = JSON.readTree(response.body());
        assertThat(body.get("email").asString()).isEqualTo(c.vendor().email());
        assertThat(body.get("role").asString()).isEqualTo("VENDOR");
        assertThat(body.get("company").get("id").asLong()).isEqualTo(c.id());
        assertThat(body.get("company").get("name").asString()).isEqualTo(c.name());
        assertThat(body.get("agency").get("name").asString()).startsWith("Agency ");
        assertThat(companies.as(c.vendor(), () -> tokens.myTokens()).getFirst().lastUsedAt())
                .isNotNull();
    }

    @Test
    void no_token_or_a_wrong_token_is_refused_with_a_json_error() throws Exception {
        HttpResponse<String> none = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(url("/api/v1/me")))
                                .GET()
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(none.statusCode()).isEqualTo(401);
        assertThat(JSON.readTree(none.body()).get("error").asString()).isEqualTo("unauthorized");
        assertThat(me("baton_1_not-a-real-token").statusCode()).isEqualTo(401);
        assertThat(me("garbage").statusCode()).isEqualTo(401);
    }

    @Test
    void a_revoked_token_stops_working() throws Exception {
        Company c = companies.create("api-revoke");
        var token = companies.as(c.vendor(), () -> tokens.create("short-lived"));
        assertThat(me(token.token()).statusCode()).isEqualTo(200);
        companies.run(c.vendor(), () -> tokens.revoke(token.id()));
        assertThat(me(token.token()).statusCode()).isEqualTo(401);
    }

    @Test
    void a_token_stops_working_when_its_membership_is_removed() throws Exception {
        Company c = companies.create("api-removed");
        var token = companies.as(c.vendor(), () -> tokens.create("orphan"));
        companies.run(
                c.founder(), () -> memberships.remove(c.vendor().membership().membershipId()));
        assertThat(me(token.token()).statusCode()).isEqualTo(401);
    }

    @Test
    void a_founders_token_carries_the_founders_role_and_not_an_agencys() throws Exception {
        Company c = companies.create("api-deny");
        var token = companies.as(c.founder(), () -> tokens.create("shop sync"));
        assertThat(me(token.token()).statusCode()).isEqualTo(200);
        // the agencies' report API is theirs alone
        HttpResponse<String> engagements = HttpClient.newHttpClient()
                .send(
                        java.net.http.HttpRequest.newBuilder(java.net.URI.create(url("/api/v1/engagements")))
                                .header("Authorization", "Bearer " + token.token())
                                .GET()
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(engagements.statusCode()).isEqualTo(403);
    }

    @Test
    void twenty_parallel_calls_with_one_token_all_answer() throws Exception {
        Company c = companies.create("api-parallel");
        var token = companies.as(c.vendor(), () -> tokens.create("busy client"));
        java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
        HttpClient client = HttpClient.newHttpClient();
        try (var pool = java.util.concurrent.Executors.newFixedThreadPool(20)) {
            List<java.util.concurrent.Future<HttpResponse<String>>> calls = new java.util.ArrayList<>();
            for (int i = 0; i < 20; i++) {
                calls.add(pool.submit(() -> {
                    start.await();
                    return client.send(
                            HttpRequest.newBuilder(URI.create(url("/api/v1/me")))
                                    .header("Authorization", "Bearer " + token.token())
                                    .GET()
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
                }));
            }
            start.countDown();
            for (var call : calls) {
                HttpResponse<String> response = call.get();
                assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
                assertThat(JSON.readTree(response.body())
                                .get("company")
                                .get("id")
                                .asLong())
                        .isEqualTo(c.id());
            }
        }
        assertThat(companies.as(c.vendor(), () -> tokens.myTokens()).getFirst().lastUsedAt())
                .isNotNull();
    }

    @Test
    void every_error_under_the_api_is_json_never_a_redirect_or_a_page() throws Exception {
        Company c = companies.create("api-errors");
        String token = companies.as(c.vendor(), () -> tokens.create("errors")).token();
        assertJsonError(send("GET", "/api/v1/no-such-thing", token, null), 404, "api.notFound");
        assertJsonError(send("GET", "/api/no-version", token, null), 404, "api.notFound");
        assertJsonError(send("DELETE", "/api/v1/me", token, null), 405, "api.methodNotAllowed");
        assertJsonError(send("GET", "/api/v1/no-such-thing", null, null), 401, "unauthorized");
        assertJsonError(send("GET", "/api/v1/me", "baton_" + c.id() + "_guessed", null), 401, "unauthorized");
        HttpResponse<String> zh = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(url("/api/v1/nothing-here")))
                                .header("Authorization", "Bearer " + token)
                                .header("Accept-Language", "zh-TW")
                                .GET()
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertJsonError(zh, 404, "api.notFound");
        assertThat(JSON.readTree(zh.body()).get("message").asString()).contains("API 沒有這個位址");
    }

    @Test
    void a_body_over_the_limit_is_a_json_413_whether_its_length_is_declared_or_chunked() throws Exception {
        Company c = companies.create("api-413");
        String token =
                companies.as(c.vendor(), () -> tokens.create("big files")).token();
        byte[] big = new byte[30 * 1024 * 1024];
        java.util.Arrays.fill(big, (byte) 'a');
        byte[] body = app.baton.reports.ReportFixtures.multipart("b0undary", "huge.csv", big);
        HttpResponse<String> declared = send("POST", "/api/v1/reports/check?month=2026-10", token, body);
        assertJsonError(declared, 413, null);
        // the same body sent in chunks, without a length the container could refuse up front
        HttpResponse<String> chunked = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(url("/api/v1/reports/check?month=2026-10")))
                                .header("Authorization", "Bearer " + token)
                                .header("Content-Type", "multipart/form-data; boundary=b0undary")
                                .POST(HttpRequest.BodyPublishers.ofInputStream(
                                        () -> new java.io.ByteArrayInputStream(body)))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertJsonError(chunked, 413, null);
    }

    private HttpResponse<String> send(String method, String path, @Nullable String token, byte @Nullable [] multipart)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url(path)))
                .method(
                        method,
                        multipart == null
                                ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofByteArray(multipart));
        if (multipart != null) {
            request.header("Content-Type", "multipart/form-data; boundary=b0undary");
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A JSON error of this status (and code, when given): never a redirect, never HTML. */
    static void assertJsonError(HttpResponse<String> response, int status, @Nullable String code) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
        assertThat(response.headers().firstValue("Location")).isEmpty();
        JsonNode body = JSON.readTree(response.body());
        assertThat(body.get("message").asString()).isNotBlank();
        if (code != null) {
            assertThat(body.get("error").asString()).isEqualTo(code);
        }
    }

    private HttpResponse<String> me(String token) throws Exception {
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(url("/api/v1/me")))
                                .header("Authorization", "Bearer " + token)
                                .GET()
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
    }
}
