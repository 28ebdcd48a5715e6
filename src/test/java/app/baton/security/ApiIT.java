package app.baton.security;

import static org.assertj.core.api.Assertions.assertThat;

import app.baton.TestFixtures.Companies;
import app.baton.TestFixtures.Company;
import app.baton.WebIT;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The REST API under /api/v1: personal tokens, stateless, one company per token. */
class ApiIT extends WebIT {

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
    void only_vendors_create_tokens() {
        Company c = companies.create("api-deny");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> companies.as(c.founder(), () -> tokens.create("nope")))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
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
