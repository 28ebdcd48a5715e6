package app.baton.experiments.ui;

import app.baton.budgets.ChannelService;
import app.baton.experiments.TrackRecord;
import app.baton.experiments.TrackRecordService;
import app.baton.security.CurrentUser;
import app.baton.security.MembershipInfo;
import app.baton.security.MembershipRole;
import app.baton.shared.ui.PageSection;
import com.vaadin.flow.component.Component;
import java.util.List;
import java.util.Optional;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The track records beside the delegated-limit guardrail (everyone's) and on a proposer's profile (their own). */
@Configuration(proxyBeanMethods = false)
class TrackRecordSections {

    @Bean
    PageSection trackRecordsOnGuardrails(
            TrackRecordService experiments, ChannelService channels, CurrentUser currentUser) {
        return section("budget/guardrails", currentUser, experiments::trackRecords, channels);
    }

    @Bean
    PageSection trackRecordOnProfile(TrackRecordService experiments, ChannelService channels, CurrentUser currentUser) {
        return section(
                "profile",
                currentUser,
                () -> List.of(experiments.trackRecord(currentUser.require().userId())).stream()
                        .filter(r -> r.concluded() > 0
                                || currentUser.requireMembership().role() == MembershipRole.SUCCESSOR)
                        .toList(),
                channels);
    }

    private static PageSection section(
            String page,
            CurrentUser currentUser,
            java.util.function.Supplier<List<TrackRecord>> records,
            ChannelService channels) {
        return new PageSection() {
            @Override
            public String page() {
                return page;
            }

            @Override
            public Optional<Component> create() {
                MembershipInfo membership = currentUser.membership().orElse(null);
                if (membership == null || membership.role() == MembershipRole.VENDOR) {
                    return Optional.empty();
                }
                List<TrackRecord> shown = records.get();
                if (shown.isEmpty()) {
                    return Optional.empty();
                }
                TrackRecordCards cards = new TrackRecordCards(
                        shown,
                        new ExperimentLabels(
                                new com.vaadin.flow.component.html.Div(), channels.channels(), membership.currency()));
                return Optional.of(cards);
            }
        };
    }
}
