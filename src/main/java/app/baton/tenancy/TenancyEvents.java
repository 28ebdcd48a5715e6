package app.baton.tenancy;

import app.baton.security.MembershipRole;
import app.baton.shared.events.AuditFacts;
import app.baton.shared.events.AuditSentence;
import app.baton.shared.events.AuditableEvent;

/**
 * Events of the tenancy module, one record per thing that happened; each is written to the company's audit log, with
 * what the log says derived in {@link TenancyEvent#audit()}.
 */
public final class TenancyEvents {

    private TenancyEvents() {}

    private static final String FOUNDER = MembershipRole.FOUNDER.name();

    /** Something that happened to a company, its invitations, members or agency people. */
    public sealed interface TenancyEvent extends AuditableEvent
            permits CompanyCreated,
                    InvitationCreated,
                    InvitationRevoked,
                    InvitationAccepted,
                    MembershipRoleChanged,
                    MembershipRemoved,
                    AgencyPersonProposed,
                    AgencyPersonDecided {

        @Override
        default AuditFacts audit() {
            return switch (this) {
                case CompanyCreated e ->
                    AuditFacts.of(
                                    e.founderUserId(),
                                    FOUNDER,
                                    "COMPANY_CREATED",
                                    "COMPANY",
                                    e.tenantId(),
                                    "→ " + e.companyName())
                            .saying(AuditSentence.of("company", AuditSentence.text(e.companyName())));
                case InvitationCreated e ->
                    AuditFacts.of(
                                    e.invitedByUserId(),
                                    FOUNDER,
                                    "INVITATION_CREATED",
                                    "INVITATION",
                                    e.invitationId(),
                                    "→ " + e.email() + " (" + e.role() + ")")
                            .saying(invitation(e.email(), e.role()));
                case InvitationRevoked e ->
                    AuditFacts.of(
                            e.revokedByUserId(),
                            FOUNDER,
                            "INVITATION_REVOKED",
                            "INVITATION",
                            e.invitationId(),
                            e.email() + " → ∅");
                case InvitationAccepted e ->
                    AuditFacts.of(
                                    e.userId(),
                                    e.role().name(),
                                    "INVITATION_ACCEPTED",
                                    "MEMBERSHIP",
                                    e.membershipId(),
                                    "→ " + e.email() + " (" + e.role() + ")")
                            .saying(invitation(e.email(), e.role()));
                case MembershipRoleChanged e ->
                    AuditFacts.of(
                                    e.changedByUserId(),
                                    FOUNDER,
                                    "MEMBERSHIP_ROLE_CHANGED",
                                    "MEMBERSHIP",
                                    e.membershipId(),
                                    e.memberEmail() + ": " + e.from() + " → " + e.to())
                            .saying(AuditSentence.of(
                                    "roleChanged",
                                    AuditSentence.text(e.memberEmail()),
                                    AuditSentence.label("role." + e.from()),
                                    AuditSentence.label("role." + e.to())));
                case MembershipRemoved e ->
                    AuditFacts.of(
                                    e.removedByUserId(),
                                    FOUNDER,
                                    "MEMBERSHIP_REMOVED",
                                    "MEMBERSHIP",
                                    e.membershipId(),
                                    e.memberEmail() + " (" + e.role() + ") → ∅")
                            .saying(AuditSentence.of(
                                    "member",
                                    AuditSentence.text(e.memberEmail()),
                                    AuditSentence.label("role." + e.role())));
                case AgencyPersonProposed e ->
                    AuditFacts.of(
                            e.proposedByUserId(),
                            FOUNDER,
                            "AGENCY_PERSON_PROPOSED",
                            "AGENCY",
                            e.agencyId(),
                            e.personEmail() + " → agency #" + e.agencyId() + " (proposal #" + e.proposalId() + ")");
                case AgencyPersonDecided e ->
                    AuditFacts.of(
                            e.decidedByUserId(),
                            MembershipRole.VENDOR.name(),
                            e.accepted() ? "AGENCY_PERSON_ACCEPTED" : "AGENCY_PERSON_REFUSED",
                            "AGENCY",
                            e.agencyId(),
                            e.personEmail() + (e.accepted() ? " ✓" : " ✗") + " (proposal #" + e.proposalId() + ")");
            };
        }

        private static AuditSentence invitation(String email, MembershipRole role) {
            return AuditSentence.of("invitation", AuditSentence.text(email), AuditSentence.label("role." + role));
        }
    }

    public record CompanyCreated(long tenantId, long founderUserId, String companyName) implements TenancyEvent {}

    public record InvitationCreated(
            long tenantId, long invitedByUserId, long invitationId, String email, MembershipRole role)
            implements TenancyEvent {}

    public record InvitationRevoked(long tenantId, long revokedByUserId, long invitationId, String email)
            implements TenancyEvent {}

    public record InvitationAccepted(
            long tenantId, long userId, long invitationId, long membershipId, String email, MembershipRole role)
            implements TenancyEvent {}

    public record MembershipRoleChanged(
            long tenantId,
            long changedByUserId,
            long membershipId,
            String memberEmail,
            MembershipRole from,
            MembershipRole to)
            implements TenancyEvent {}

    public record MembershipRemoved(
            long tenantId, long removedByUserId, long membershipId, String memberEmail, MembershipRole role)
            implements TenancyEvent {}

    /** A founder's invitation made a person a candidate of an agency that has its own people; the agency decides. */
    public record AgencyPersonProposed(
            long tenantId, long proposedByUserId, long proposalId, long agencyId, String personEmail)
            implements TenancyEvent {}

    /**
     * An agency admin answered a company's proposal; recorded in the proposing company's log (and, when the admin is
     * signed in to another company, in that one's too, as the admin's own action).
     */
    public record AgencyPersonDecided(
            long tenantId, long decidedByUserId, long proposalId, long agencyId, String personEmail, boolean accepted)
            implements TenancyEvent {}
}
