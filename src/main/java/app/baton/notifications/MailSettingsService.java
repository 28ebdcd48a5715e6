package app.baton.notifications;

import app.baton.notifications.internal.MailPreferenceEntity;
import app.baton.notifications.internal.MailPreferenceRepository;
import app.baton.security.CurrentUser;
import java.util.EnumSet;
import java.util.Set;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Each person's e-mail settings: which kinds they receive, and one daily digest instead of a mail per item. */
@Service
public class MailSettingsService {

    private final MailPreferenceRepository preferences;
    private final CurrentUser currentUser;

    MailSettingsService(MailPreferenceRepository preferences, CurrentUser currentUser) {
        this.preferences = preferences;
        this.currentUser = currentUser;
    }

    /** The settings as shown: the kinds received, and the digest choice. */
    public record Settings(Set<MailKind> enabled, boolean digest) {}

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Settings mine() {
        return preferences
                .findById(currentUser.require().userId())
                .map(MailSettingsService::view)
                .orElse(new Settings(EnumSet.allOf(MailKind.class), false));
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional
    public Settings save(Set<MailKind> enabled, boolean digest) {
        long me = currentUser.require().userId();
        MailPreferenceEntity entity = preferences.findById(me).orElseGet(() -> new MailPreferenceEntity(me));
        entity.update(MailKind.namesOfAllBut(enabled), digest);
        return view(preferences.saveAndFlush(entity));
    }

    static Set<MailKind> disabled(MailPreferenceEntity entity) {
        return MailKind.named(entity.disabledKinds());
    }

    private static Settings view(MailPreferenceEntity entity) {
        Set<MailKind> on = EnumSet.allOf(MailKind.class);
        on.removeAll(disabled(entity));
        return new Settings(on, entity.digest());
    }
}
