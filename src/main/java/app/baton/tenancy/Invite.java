package app.baton.tenancy;

import app.baton.security.Emails;
import app.baton.security.MembershipRole;
import app.baton.shared.TextLimits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * A founder's invitation: whom (an address as typed; stored trimmed and in lower case), as what, and for an agency's
 * person the agency's name. The invitation form is bound to this record ({@code CommandBinder}) and {@link
 * InvitationService#invite} checks the same constraints; that an agency's person needs the name is the service's check,
 * shown beside the agency field.
 */
public record Invite(
        @NotBlank(message = "email.invalid")
        @Size(max = Emails.MAX, message = "email.invalid")
        @Pattern(regexp = Emails.TYPED_SHAPE, message = "email.invalid")
        String email,

        @NotNull(message = "invitation.roleRequired") MembershipRole role,

        @Nullable @Size(max = TextLimits.NAME, message = "invitation.agencyRequired")
        String agencyName) {}
