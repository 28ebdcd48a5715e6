package app.baton.notifications;

import app.baton.notifications.internal.LinePreferenceEntity;
import app.baton.notifications.internal.LinePreferenceRepository;
import app.baton.security.CurrentUser;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.Set;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each person's LINE settings, as for e-mail: which kinds reach them in LINE, right away or as one daily digest, and
 * the quiet hours (Asia/Taipei) during which messages wait until morning. Quiet from and until the same time means
 * never quiet.
 */
@Service
public class LineSettingsService {

    private final LinePreferenceRepository preferences;
    private final CurrentUser currentUser;

    LineSettingsService(LinePreferenceRepository preferences, CurrentUser currentUser) {
        this.preferences = preferences;
        this.currentUser = currentUser;
    }

    /** The settings as shown. */
    public record Settings(Set<MailKind> enabled, boolean digest, LocalTime quietFrom, LocalTime quietUntil) {}

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Settings mine() {
        return preferences
                .findById(currentUser.require().userId())
                .map(LineSettingsService::view)
                .orElse(new Settings(
                        EnumSet.allOf(MailKind.class),
                        false,
                        LinePreferenceEntity.QUIET_FROM,
                        LinePreferenceEntity.QUIET_UNTIL));
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional
    public Settings save(Set<MailKind> enabled, boolean digest, LocalTime quietFrom, LocalTime quietUntil) {
        long me = currentUser.require().userId();
        LinePreferenceEntity entity = preferences.findById(me).orElseGet(() -> new LinePreferenceEntity(me));
        entity.update(
                MailKind.namesOfAllBut(enabled),
                digest,
                quietFrom.withSecond(0).withNano(0),
                quietUntil.withSecond(0).withNano(0));
        return view(preferences.saveAndFlush(entity));
    }

    /** Whether {@code time} falls in the quiet hours from {@code from} until {@code until} (over midnight too). */
    static boolean quiet(LocalTime time, LocalTime from, LocalTime until) {
        if (from.equals(until)) {
            return false;
        }
        return from.isBefore(until)
                ? !time.isBefore(from) && time.isBefore(until)
                : !time.isBefore(from) || time.isBefore(until);
    }

    static Settings view(LinePreferenceEntity entity) {
        Set<MailKind> on = EnumSet.allOf(MailKind.class);
        on.removeAll(MailKind.named(entity.disabledKinds()));
        return new Settings(on, entity.digest(), entity.quietFrom(), entity.quietUntil());
    }
}
