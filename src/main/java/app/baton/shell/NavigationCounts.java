package app.baton.shell;

import app.baton.shared.ui.NavigationBadge;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The navigation's counts, asked on every navigation: all of them in one read-only transaction (each module's count
 * joins it) instead of one transaction each — a connection taken once and three transactions' statements fewer per
 * navigation (issue 16, decision 017).
 */
@Service
public class NavigationCounts {

    private final List<NavigationBadge> badges;

    NavigationCounts(List<NavigationBadge> badges) {
        this.badges = badges;
    }

    /**
     * The count of each badge whose navigation path is among {@code shown} (the entries the signed-in person's
     * navigation has: a badge of a page they may not open is not asked), by path.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Map<String, Long> forMe(Set<String> shown) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (NavigationBadge badge : badges) {
            if (shown.contains(badge.path())) {
                counts.put(badge.path(), badge.count());
            }
        }
        return counts;
    }
}
