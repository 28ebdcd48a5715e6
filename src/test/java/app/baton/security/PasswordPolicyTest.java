package app.baton.security;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.baton.shared.DomainException;
import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    private final PasswordPolicy policy = PasswordPolicy.withBundledList();

    @Test
    void a_long_uncommon_password_passes() {
        assertThatCode(() -> policy.check("tea-harvest-in-alishan", "chen@example.com"))
                .doesNotThrowAnyException();
    }

    @Test
    void eleven_characters_are_too_short() {
        assertThatThrownBy(() -> policy.check("abcdefghij1", "a@example.com"))
                .isInstanceOf(DomainException.class)
                .hasMessage("password.tooShort");
    }

    @Test
    void a_common_password_is_refused_whatever_its_case() {
        assertThatThrownBy(() -> policy.check("Password1234", "a@example.com"))
                .isInstanceOf(DomainException.class)
                .hasMessage("password.tooCommon");
        assertThatThrownBy(() -> policy.check("QWERTYUIOP123", "a@example.com")).hasMessage("password.tooCommon");
    }

    @Test
    void a_repeated_character_is_refused() {
        assertThatThrownBy(() -> policy.check("zzzzzzzzzzzzzz", "a@example.com"))
                .hasMessage("password.tooCommon");
    }

    @Test
    void the_email_address_is_refused_as_password() {
        assertThatThrownBy(() -> policy.check("someone.long@example.com", "someone.long@example.com"))
                .hasMessage("password.sameAsEmail");
    }

    @Test
    void the_demo_password_is_allowed() {
        assertThatCode(() -> policy.check("baton-demo-2026", "founder@linfoods.example"))
                .doesNotThrowAnyException();
    }
}
