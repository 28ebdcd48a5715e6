package app.baton.tenancy;

import app.baton.security.MembershipRole;
import app.baton.shared.events.AuditSentence;
import app.baton.shared.events.AuditableEvent;
import org.jspecify.annotations.Nullable;

/** Events of the tenancy module; each is written to the company's audit log. */
public final class TenancyEvents {

    private TenancyEvents() {}

    public record CompanyCreated(long tenantId, long founderUserId, String companyName) implements AuditableEvent {
        @Override
        public Long actorUserId() {
            return founderUserId;
        }

        @Override
        public String actorRole() {
            return MembershipRole.FOUNDER.name();
        }

        @Override
        public String action() {
            return "COMPANY_CREATED";
        }

        @Override
        public String objectType() {
            return "COMPANY";
        }

        @Override
        public String objectId() {
            return Long.toString(tenantId);
        }

        @Override
        public String summary() {
            return "→ " + companyName;
        }

        @Override
        public AuditSentence sentence() {
            return AuditSentence.of("company", AuditSentence.text(companyName));
        }
    }

    public record InvitationCreated(
            long tenantId, long invitedByUserId, long invitationId, String email, MembershipRole role)
            implements AuditableEvent {
        @Override
        public Long actorUserId() {
            return invitedByUserId;
        }

        @Override
        public String actorRole() {
            return MembershipRole.FOUNDER.name();
        }

        @Override
        public String action() {
            return "INVITATION_CREATED";
        }

        @Override
        public String objectType() {
            return "INVITATION";
        }

        @Override
        public String objectId() {
            return Long.toString(invitationId);
        }

        @Override
        public String summary() {
            return "→ " + email + " (" + role + ")";
        }

        @Override
        public AuditSentence sentence() {
            return AuditSentence.of("invitation", AuditSentence.text(email), AuditSentence.label("role." + role));
        }
    }

    public record InvitationRevoked(long tenantId, long revokedByUserId, long invitationId, String email)
            implements AuditableEvent {
        @Override
        public Long actorUserId() {
            return revokedByUserId;
        }

        @Override
        public String actorRole() {
            return MembershipRole.FOUNDER.name();
        }

        @Override
        public String action() {
            return "INVITATION_REVOKED";
        }

        @Override
        public String objectType() {
            return "INVITATION";
        }

        @Override
        public String objectId() {
            return Long.toString(invitationId);
        }

        @Override
        public String summary() {
            return email + " → ∅";
        }
    }

    public record InvitationAccepted(
            long tenantId, long userId, long invitationId, long membershipId, String email, MembershipRole role)
            implements AuditableEvent {
        @Override
        public Long actorUserId() {
            return userId;
        }

        @Override
        public String actorRole() {
            return role.name();
        }

        @Override
        public String action() {
            return "INVITATION_ACCEPTED";
        }

        @Override
        public String objectType() {
            return "MEMBERSHIP";
        }

        @Override
        public String objectId() {
            return Long.toString(membershipId);
        }

        @Override
        public String summary() {
            return "→ " + email + " (" + role + ")";
        }

        @Override
        public AuditSentence sentence() {
            return AuditSentence.of("invitation", AuditSentence.text(email), AuditSentence.label("role." + role));
        }
    }

    public record MembershipRoleChanged(
            long tenantId,
            long changedByUserId,
            long membershipId,
            String memberEmail,
            MembershipRole from,
            MembershipRole to)
            implements AuditableEvent {
        @Override
        public Long actorUserId() {
            return changedByUserId;
        }

        @Override
        public String actorRole() {
            return MembershipRole.FOUNDER.name();
        }

        @Override
        public String action() {
            return "MEMBERSHIP_ROLE_CHANGED";
        }

        @Override
        public String objectType() {
            return "MEMBERSHIP";
        }

        @Override
        public String objectId() {
            return Long.toString(membershipId);
        }

        @Override
        public String summary() {
            return memberEmail + ": " + from + " → " + to;
        }

        @Override
        public AuditSentence sentence() {
            return AuditSentence.of(
                    "roleChanged",
                    AuditSentence.text(memberEmail),
                    AuditSentence.label("role." + from),
                    AuditSentence.label("role." + to));
        }
    }

    public record MembershipRemoved(
            long tenantId, long removedByUserId, long membershipId, String memberEmail, MembershipRole role)
            implements AuditableEvent {
        @Override
        public Long actorUserId() {
            return removedByUserId;
        }

        @Override
        public String actorRole() {
            return MembershipRole.FOUNDER.name();
        }

        @Override
        public String action() {
            return "MEMBERSHIP_REMOVED";
        }

        @Override
        public String objectType() {
            return "MEMBERSHIP";
        }

        @Override
        public String objectId() {
            return Long.toString(membershipId);
        }

        @Override
        public String summary() {
            return memberEmail + " (" + role + ") → ∅";
        }

        @Override
        public AuditSentence sentence() {
            return AuditSentence.of("member", AuditSentence.text(memberEmail), AuditSentence.label("role." + role));
        }

        @Override
        public @Nullable String reason() {
            return null;
        }
    }

    /** A founder's invitation made a person a candidate of an agency that has its own people; the agency decides. */
    public record AgencyPersonProposed(
            long tenantId, long proposedByUserId, long proposalId, long agencyId, String personEmail)
            implements AuditableEvent {
        @Override
        public Long actorUserId() {
            return proposedByUserId;
        }

        @Override
        public String actorRole() {
            return MembershipRole.FOUNDER.name();
        }

        @Override
        public String action() {
            return "AGENCY_PERSON_PROPOSED";
        }

        @Override
        public String objectType() {
            return "AGENCY";
        }

        @Override
        public String objectId() {
            return Long.toString(agencyId);
        }

        @Override
        public String summary() {
            return personEmail + " → agency #" + agencyId + " (proposal #" + proposalId + ")";
        }
    }

    /**
     * An agency admin answered a company's proposal; recorded in the proposing company's log (and, when the admin is
     * signed in to another company, in that one's too, as the admin's own action).
     */
    public record AgencyPersonDecided(
            long tenantId, long decidedByUserId, long proposalId, long agencyId, String personEmail, boolean accepted)
            implements AuditableEvent {
        @Override
        public Long actorUserId() {
            return decidedByUserId;
        }

        @Override
        public String actorRole() {
            return MembershipRole.VENDOR.name();
        }

        @Override
        public String action() {
            return accepted ? "AGENCY_PERSON_ACCEPTED" : "AGENCY_PERSON_REFUSED";
        }

        @Override
        public String objectType() {
            return "AGENCY";
        }

        @Override
        public String objectId() {
            return Long.toString(agencyId);
        }

        @Override
        public String summary() {
            return personEmail + (accepted ? " ✓" : " ✗") + " (proposal #" + proposalId + ")";
        }
    }
}
