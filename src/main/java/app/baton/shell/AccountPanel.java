package app.baton.shell;

import app.baton.security.AccountService;
import app.baton.security.BatonUser;
import app.baton.security.CurrentUser;
import app.baton.security.MembershipInfo;
import app.baton.shared.i18n.Messages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.popover.Popover;
import com.vaadin.flow.component.popover.PopoverPosition;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.List;
import java.util.Locale;

/**
 * The person's panel — who is signed in, the profile, the companies to switch to, the language and signing out —
 * made when the avatar is tapped and dropped when it closes ({@link MainLayout}): the page keeps two elements for it
 * instead of a menu bar's twenty (issue 16). One flat list, no sub-menus to aim at on a phone.
 */
final class AccountPanel extends Popover {

    AccountPanel(
            CurrentUser currentUser, BatonUser user, AccountService accounts, AuthenticationContext authentication) {
        setOpenOnClick(false);
        setPosition(PopoverPosition.BOTTOM_END);
        // a keyboard lands on the first choice; Esc closes and returns to the avatar
        setAutofocus(true);
        setAriaLabel(getTranslation("nav.account"));
        addClassName("account-panel");
        Div list = new Div();
        list.addClassName("account-panel-list");
        Span who = new Span(user.displayName() + " · " + user.email());
        who.addClassName("user-menu-who");
        list.add(
                who,
                entry(
                        getTranslation("nav.profile"),
                        false,
                        () -> UI.getCurrent().navigate("profile")));
        MembershipInfo membership = user.membership();
        List<MembershipInfo> memberships = currentUser.memberships();
        if (memberships.size() > 1) {
            list.add(heading(getTranslation("nav.switchCompany")));
            for (MembershipInfo m : memberships) {
                boolean current = membership != null && m.tenantId() == membership.tenantId();
                list.add(entry(
                        m.tenantName() + " · "
                                + getTranslation("role." + m.role().name()),
                        current,
                        () -> {
                            currentUser.switchTo(m.tenantId());
                            UI.getCurrent().getPage().setLocation("./");
                        }));
            }
        }
        list.add(heading(getTranslation("nav.language")));
        for (Locale locale : Messages.SUPPORTED) {
            String key = locale.getLanguage().equals("en") ? "language.en" : "language.zhTW";
            boolean current = Messages.supported(user.languageTag()).equals(locale);
            list.add(entry(getTranslation(key), current, () -> {
                accounts.updateMyProfile(user.displayName(), locale.toLanguageTag());
                UI.getCurrent().getPage().reload();
            }));
        }
        Button signOut = entry(getTranslation("nav.signOut"), false, authentication::logout);
        signOut.addClassName("account-panel-last");
        list.add(signOut);
        add(list);
    }

    private static Span heading(String text) {
        Span heading = new Span(text);
        heading.addClassName("account-panel-heading");
        return heading;
    }

    /** One choice of the panel; the current company or language is marked (and told to screen readers). */
    private Button entry(String text, boolean current, Runnable action) {
        Button button = new Button(text, e -> {
            close();
            action.run();
        });
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        button.addClassName("account-panel-entry");
        if (current) {
            Span mark = new Span("✓");
            mark.getElement().setAttribute("aria-hidden", "true");
            button.setIcon(mark);
            button.setIconAfterText(true);
            button.addClassName("current");
            button.getElement().setAttribute("aria-current", "true");
        }
        return button;
    }
}
