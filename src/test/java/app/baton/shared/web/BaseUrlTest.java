package app.baton.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** Links start with BATON_BASE_URL when it is set, else with the address the person is using; never a dead host. */
class BaseUrlTest {

    @Test
    void the_configured_address_wins_and_ends_in_a_slash() {
        assertThat(new BaseUrl("https://baton.example").get()).isEqualTo("https://baton.example/");
    }

    @Test
    void without_one_the_requests_own_host_is_used_and_never_remembered_for_anyone_else() {
        BaseUrl base = new BaseUrl("");
        assertThat(base.get()).isEqualTo(BaseUrl.FALLBACK);
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setScheme("https");
        request.setServerName("lin.baton.tw");
        request.setServerPort(443);
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
        try {
            assertThat(base.get()).isEqualTo("https://lin.baton.tw/");
        } finally {
            RequestContextHolder.resetRequestAttributes();
        }
        // outside a request (a scheduled mail), a forged Host header of an earlier request must not steer the links
        assertThat(base.get()).isEqualTo(BaseUrl.FALLBACK);
    }

    @Test
    void a_port_other_than_the_default_and_a_context_path_are_kept() {
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setScheme("http");
        request.setServerName("10.0.0.5");
        request.setServerPort(8080);
        request.setContextPath("/baton");
        assertThat(BaseUrl.of(request)).isEqualTo("http://10.0.0.5:8080/baton/");
    }
}
