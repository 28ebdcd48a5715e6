package app.baton.security;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** What escapes an API request becomes the API's JSON error, not a container page or a redirect. */
class ApiErrorFilterTest {

    private final ApiErrorFilter filter = new ApiErrorFilter(messages());

    @Test
    void an_exception_that_escapes_is_a_json_500_in_the_callers_language() throws Exception {
        MockHttpServletResponse response = run("/api/v1/me", (req, res) -> {
            throw new IllegalStateException("database gone");
        });
        assertThat(response.getStatus()).isEqualTo(500);
        assertThat(response.getContentType()).startsWith("application/json");
        assertThat(response.getContentAsString())
                .contains("\"error\":\"api.internalError\"")
                .contains("系統發生錯誤")
                .doesNotContain("database gone");
    }

    @Test
    void send_error_is_written_as_json_at_once() throws Exception {
        MockHttpServletResponse response =
                run("/api/v1/nothing", (req, res) -> ((HttpServletResponse) res).sendError(404, "<html>"));
        assertThat(response.getStatus()).isEqualTo(404);
        assertThat(response.getContentAsString()).contains("\"error\":\"api.notFound\"");
        assertThat(response.getErrorMessage()).isNull();
    }

    @Test
    void a_size_limit_deep_in_the_causes_is_a_413() throws Exception {
        MockHttpServletResponse response = run("/api/v1/reports/check", (req, res) -> {
            throw new IllegalStateException(new org.apache.tomcat.util.http.fileupload.impl.SizeLimitExceededException(
                    "too big", 30_000_000, 22_000_000));
        });
        assertThat(response.getStatus()).isEqualTo(413);
        assertThat(response.getContentAsString()).contains("\"error\":\"api.tooLarge\"");
    }

    @Test
    void pages_outside_the_api_are_left_alone() throws Exception {
        MockHttpServletResponse response =
                run("/engagements", (req, res) -> ((HttpServletResponse) res).sendError(404));
        assertThat(response.getStatus()).isEqualTo(404);
        assertThat(response.getContentAsString()).isEmpty();
    }

    private MockHttpServletResponse run(String path, jakarta.servlet.FilterChain chain) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
        request.addPreferredLocale(Locale.TAIWAN);
        MockHttpServletResponse response = new MockHttpServletResponse();
        filter.doFilter(request, response, chain);
        return response;
    }

    private static StaticMessageSource messages() {
        StaticMessageSource messages = new StaticMessageSource();
        messages.addMessage("api.internalError", Locale.TAIWAN, "系統發生錯誤，沒有任何資料被變更");
        messages.addMessage("api.notFound", Locale.TAIWAN, "API 沒有這個位址");
        messages.addMessage("api.tooLarge", Locale.TAIWAN, "請求內容太大");
        return messages;
    }
}
