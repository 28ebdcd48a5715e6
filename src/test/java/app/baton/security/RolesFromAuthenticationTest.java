package app.baton.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;

/** The roles a view's {@code @RolesAllowed} is checked against, as Spring Security's request would answer. */
class RolesFromAuthenticationTest {

    @Test
    void a_signed_in_person_holds_the_roles_of_their_authorities_with_or_without_the_prefix() {
        var founder = UsernamePasswordAuthenticationToken.authenticated(
                "founder", null, AuthorityUtils.createAuthorityList("ROLE_FOUNDER", "ROLE_MEMBER"));
        var roles = RolesFromAuthentication.roles(founder);

        assertThat(roles.test("FOUNDER")).isTrue();
        assertThat(roles.test("ROLE_FOUNDER")).isTrue();
        assertThat(roles.test("MEMBER")).isTrue();
        assertThat(roles.test("SUCCESSOR")).isFalse();
        assertThat(roles.test("founder")).as("names are exact").isFalse();
    }

    @Test
    void nobody_signed_in_holds_no_role() {
        var anonymous = new AnonymousAuthenticationToken(
                "key", "anonymousUser", AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS"));

        assertThat(RolesFromAuthentication.roles(anonymous).test("ANONYMOUS")).isFalse();
        assertThat(RolesFromAuthentication.roles(null).test("FOUNDER")).isFalse();
        var withoutAuthorities = UsernamePasswordAuthenticationToken.authenticated("x", null, List.of());
        assertThat(RolesFromAuthentication.roles(withoutAuthorities).test("FOUNDER"))
                .isFalse();
    }
}
