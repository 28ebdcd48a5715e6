package app.baton.reports;

import app.baton.budgets.ChannelKind;
import app.baton.budgets.ChannelService;
import app.baton.budgets.TimeToImpact;
import app.baton.shared.ids.EngagementId;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An agency promising fast results on a slow channel (「任何聲稱能提供『快速見效』的網路行銷方案,都應該引起高度警覺」,
 * decision 020): a stage target of an engagement, in a month before the engagement's slow channels (SEO, content,
 * brand) can show their effect — its start month plus their time to impact by the agreed goals. Shown to the family on
 * the engagement's page; a warning, not a refusal.
 */
@Service
public class FastPromises {

    /** One stage target that comes before a slow channel can show its effect. */
    public record FastPromise(
            EngagementKpi kpi, YearMonth month, long channelId, ChannelKind kind, int months, YearMonth judgeFrom) {}

    private final EngagementQueryService engagements;
    private final ChannelService channels;
    private final TimeToImpact timeToImpact;

    FastPromises(EngagementQueryService engagements, ChannelService channels, TimeToImpact timeToImpact) {
        this.engagements = engagements;
        this.channels = channels;
        this.timeToImpact = timeToImpact;
    }

    /** The engagement's stage targets that promise results before its slow channels can show them. */
    @PreAuthorize("hasAnyRole('FOUNDER','SUCCESSOR')")
    @Transactional(readOnly = true)
    public List<FastPromise> of(EngagementId id) {
        EngagementView e = engagements.engagement(id);
        Map<Long, ChannelKind> kinds = channels.channels(e.channelIds()).stream()
                .collect(Collectors.toMap(ChannelService.ChannelView::id, ChannelService.ChannelView::kind));
        return of(e, kinds, timeToImpact::months);
    }

    /** The same from the engagement, its channels' kinds and the months each kind takes from a month on. */
    static List<FastPromise> of(
            EngagementView e, Map<Long, ChannelKind> kinds, BiFunction<ChannelKind, YearMonth, Integer> months) {
        YearMonth start = YearMonth.from(e.start());
        List<FastPromise> found = new ArrayList<>();
        for (long channelId : e.channelIds()) {
            ChannelKind kind = kinds.getOrDefault(channelId, ChannelKind.OTHER);
            if (!kind.slow()) {
                continue;
            }
            int needed = months.apply(kind, start);
            YearMonth judgeFrom = start.plusMonths(needed);
            for (EngagementTarget target : e.targets()) {
                if (target.month() != null && target.month().isBefore(judgeFrom)) {
                    found.add(new FastPromise(target.kpi(), target.month(), channelId, kind, needed, judgeFrom));
                }
            }
        }
        found.sort(Comparator.comparing(FastPromise::month).thenComparing(FastPromise::channelId));
        return List.copyOf(found);
    }
}
