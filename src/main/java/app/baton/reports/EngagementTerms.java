package app.baton.reports;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An engagement's terms for its page: every version, newest first; the agreed one in force (null while none was
 * agreed through Baton: the engagement's own terms, set by the company, hold); the proposal waiting (null if none);
 * and what the reader may do: propose a change, accept the proposal for their side.
 */
public record EngagementTerms(
        List<TermsVersion> versions,
        @Nullable TermsVersion inForce,
        @Nullable TermsVersion pending,
        boolean mayPropose,
        boolean mayAccept) {}
