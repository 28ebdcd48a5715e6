package app.baton.reports;

import app.baton.reports.internal.AgencyLayoutEntity;
import app.baton.reports.internal.AgencyLayoutRepository;
import app.baton.reports.internal.ReportVersionEntity;
import app.baton.reports.parsing.ColumnMapping;
import app.baton.reports.parsing.Field;
import app.baton.security.CurrentUser;
import app.baton.security.MembershipInfo;
import app.baton.shared.DomainException;
import app.baton.shared.TextLimits;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An agency's saved column layout: the header → field mapping its own people save for its files, versioned, used in
 * every company it serves; a stored report keeps the layout version it was read with (decision 014). Split from
 * {@code ReportService} (decision 019).
 */
@Service
public class AgencyLayoutService {

    private final AgencyLayoutRepository layouts;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    AgencyLayoutService(
            AgencyLayoutRepository layouts, CurrentUser currentUser, ApplicationEventPublisher events, Clock clock) {
        this.layouts = layouts;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    /** The signed-in agency's saved mapping, header → field, or an empty map. */
    @PreAuthorize("hasRole('VENDOR')")
    @Transactional(readOnly = true)
    public Map<String, Field> savedMapping() {
        ColumnMapping mapping = mapping(layoutOf(currentUser.requireMembership().vendorOrganisationId()));
        return mapping == null ? Map.of() : mapping.columns();
    }

    /**
     * Saves the signed-in agency's column mapping (header → field) as its next layout version, used for its files in
     * every company it serves from now on; report versions already stored keep the reading they were given. Only the
     * agency's own people reach this (a client company can only propose a person, whom the agency accepts first).
     * Audited. Refusals: {@code mapping.incomplete}, {@code mapping.duplicateField}, {@code mapping.tooLong}.
     */
    @PreAuthorize("hasRole('VENDOR')")
    @Transactional
    public Map<String, Field> saveMapping(Map<String, Field> columns) {
        long agency = Objects.requireNonNull(currentUser.requireMembership().vendorOrganisationId());
        ColumnMapping mapping = new ColumnMapping(columns);
        String text = mapping.columns().entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .map(e -> e.getValue().name() + "=" + e.getKey().replace("\n", " "))
                .collect(Collectors.joining("\n"));
        if (text.length() > TextLimits.LONG_TEXT) {
            throw new DomainException("mapping.tooLong");
        }
        long me = currentUser.require().userId();
        AgencyLayoutEntity current = layoutOf(agency);
        if (current != null && current.mapping().equals(text)) {
            return mapping.columns();
        }
        int next = current == null ? 1 : current.layoutVersion() + 1;
        try {
            layouts.saveAndFlush(new AgencyLayoutEntity(agency, next, text, me, clock.instant()));
        } catch (org.springframework.dao.DataIntegrityViolationException e) {
            // someone of the agency saved a version at the same moment: theirs stands, this one is not lost silently
            throw new DomainException("mapping.savedConcurrently");
        }
        MembershipInfo membership = currentUser.requireMembership();
        events.publishEvent(new ReportEvents.AgencyLayoutSaved(
                membership.tenantId(),
                me,
                membership.role().name(),
                agency,
                next,
                mapping.columns().size()));
        return mapping.columns();
    }

    /** The version of its agency's layout a stored report was read with, if it was read by one. */
    @Nullable
    Integer layoutVersionOf(ReportVersionEntity version) {
        Long layoutId = version.layoutId();
        return layoutId == null
                ? null
                : layouts.findById(layoutId)
                        .map(AgencyLayoutEntity::layoutVersion)
                        .orElse(null);
    }

    /** The agency's layout in force (its latest version), if it saved one. */
    @Nullable
    AgencyLayoutEntity layoutOf(@Nullable Long agencyId) {
        return agencyId == null
                ? null
                : layouts.findFirstByVendorOrganisationIdOrderByLayoutVersionDesc(agencyId)
                        .orElse(null);
    }

    /** The saved layout as the parser reads it. */
    static @Nullable ColumnMapping mapping(@Nullable AgencyLayoutEntity layout) {
        if (layout == null) {
            return null;
        }
        Map<String, Field> columns = new LinkedHashMap<>();
        for (String line : layout.mapping().split("\n")) {
            int eq = line.indexOf('=');
            if (eq > 0) {
                columns.put(line.substring(eq + 1), Field.valueOf(line.substring(0, eq)));
            }
        }
        return new ColumnMapping(columns);
    }
}
