package app.baton.shared.ui;

import app.baton.shared.DomainException;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

/** Short translated messages after an action. Errors that concern one field go next to that field instead. */
public final class Toasts {

    private Toasts() {}

    public static void success(String key, Object... args) {
        show(UI.getCurrent().getTranslation(key, args), NotificationVariant.LUMO_SUCCESS, 3000);
    }

    public static void error(DomainException e) {
        show(UI.getCurrent().getTranslation(e.messageKey(), e.arguments()), NotificationVariant.LUMO_ERROR, 6000);
    }

    public static void errorKey(String key, Object... args) {
        show(UI.getCurrent().getTranslation(key, args), NotificationVariant.LUMO_ERROR, 6000);
    }

    private static void show(String text, NotificationVariant variant, int millis) {
        Notification notification = Notification.show(text, millis, Notification.Position.TOP_CENTER);
        notification.addThemeVariants(variant);
    }
}
