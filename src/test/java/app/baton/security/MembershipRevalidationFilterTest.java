package app.baton.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/** A session's role follows the membership as it is now, not as it was at sign-in. */
class MembershipRevalidationFilterTest {

    private static final MembershipInfo FOUNDER =
            new MembershipInfo(7, 3, 11, "林記食品", MembershipRole.FOUNDER, null, null, "TWD", "Asia/Taipei");

    @AfterEach
    void clear() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void a_demoted_founder_loses_the_founder_role_on_the_next_request() throws Exception {
        signedInWith(FOUNDER);
        MembershipInfo demoted =
                new MembershipInfo(7, 3, 11, "林記食品", MembershipRole.SUCCESSOR, null, null, "TWD", "Asia/Taipei");
        run(new FixedDirectory(Optional.of(demoted)));
        assertThat(authorities()).containsExactly("ROLE_SUCCESSOR");
    }

    @Test
    void a_removed_member_keeps_no_role_and_no_company() throws Exception {
        signedInWith(FOUNDER);
        run(new FixedDirectory(Optional.empty()));
        assertThat(authorities()).isEmpty();
        BatonUser user = (BatonUser)
                SecurityContextHolder.getContext().getAuthentication().getPrincipal();
        assertThat(user.currentTenantId()).isNull();
    }

    @Test
    void an_unchanged_membership_keeps_its_role() throws Exception {
        signedInWith(FOUNDER);
        run(new FixedDirectory(Optional.of(FOUNDER)));
        assertThat(authorities()).containsExactly("ROLE_FOUNDER");
    }

    @Test
    void a_download_link_under_vaadin_is_checked_too_but_static_bundles_are_not() throws Exception {
        signedInWith(FOUNDER);
        run(new FixedDirectory(Optional.empty()), "/VAADIN/build/bundle-abc.js");
        assertThat(authorities()).containsExactly("ROLE_FOUNDER");
        run(new FixedDirectory(Optional.empty()), "/VAADIN/dynamic/resource/0/4f1c/report.csv");
        assertThat(authorities()).isEmpty();
    }

    private static void signedInWith(MembershipInfo membership) {
        BatonUser user = new BatonUser(3, "a@test.example", "A", "zh-TW", null, true, membership);
        SecurityContextHolder.getContext()
                .setAuthentication(
                        UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }

    private static void run(MembershipDirectory directory) throws Exception {
        run(directory, "/members");
    }

    private static void run(MembershipDirectory directory, String path) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
        new MembershipRevalidationFilter(directory, userId -> Optional.empty(), new app.baton.MutableClock())
                .doFilter(request, new MockHttpServletResponse(), new MockFilterChain());
    }

    private static List<String> authorities() {
        return SecurityContextHolder.getContext().getAuthentication().getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .toList();
    }

    private record FixedDirectory(Optional<MembershipInfo> answer) implements MembershipDirectory {
        @Override
        public List<MembershipInfo> membershipsOf(long userId) {
            return answer.stream().toList();
        }

        @Override
        public Optional<MembershipInfo> membership(long membershipId) {
            return answer;
        }
    }
}
