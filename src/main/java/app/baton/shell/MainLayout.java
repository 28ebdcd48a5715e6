package app.baton.shell;

import app.baton.security.AccountService;
import app.baton.security.BatonUser;
import app.baton.security.CurrentUser;
import app.baton.security.MembershipInfo;
import app.baton.shared.i18n.Messages;
import app.baton.shared.tenant.TenantWrites;
import app.baton.shared.ui.NavigationBadge;
import app.baton.shared.ui.StatusBadge;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.contextmenu.SubMenu;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.SvgIcon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.orderedlayout.Scroller;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The frame of every signed-in page: the current company always visible at the top, a side navigation with only
 * what the role may use (from {@code @Menu} entries the person may open), and a user menu to switch company,
 * change language or sign out. On a phone the navigation folds into the drawer.
 */
@Layout
@PermitAll
public class MainLayout extends AppLayout implements BeforeEnterObserver, AfterNavigationObserver {

    /** The navigation icons ({@code @Menu(icon = "vaadin:…")}), one symbol each: {@code META-INF/resources/icons}. */
    static final String NAV_ICONS = "icons/nav.svg";

    /**
     * How long the counts beside the menu are kept when nothing was committed for the company on this replica: what
     * another replica committed shows after at most this long.
     */
    static final Duration BADGES_KEPT = Duration.ofSeconds(30);

    private final CurrentUser currentUser;
    private final List<NavigationBadge> badges;
    private final TenantWrites writes;
    private final Clock clock;
    private final Map<String, SideNavItem> items = new HashMap<>();
    private long badgesVersion = -1;
    private Instant badgesCounted = Instant.MIN;

    public MainLayout(
            CurrentUser currentUser,
            AccountService accounts,
            AuthenticationContext authentication,
            List<NavigationBadge> badges,
            TenantWrites writes,
            Clock clock) {
        this.currentUser = currentUser;
        this.badges = badges;
        this.writes = writes;
        this.clock = clock;
        setPrimarySection(Section.DRAWER);
        BatonUser user = currentUser.require();
        MembershipInfo membership = user.membership();
        List<MembershipInfo> memberships = currentUser.memberships();

        DrawerToggle toggle = new DrawerToggle();
        toggle.setAriaLabel(getTranslation("nav.menu"));
        Span company = new Span(membership == null ? "" : membership.tenantName());
        company.addClassName("navbar-company");
        company.setTitle(getTranslation("nav.currentCompany"));

        MenuBar userMenu = new MenuBar();
        userMenu.addThemeVariants(MenuBarVariant.LUMO_TERTIARY_INLINE);
        userMenu.addClassName("user-menu");
        Avatar avatar = new Avatar(user.displayName());
        MenuItem root = userMenu.addItem(avatar);
        root.setAriaLabel(getTranslation("nav.account"));
        SubMenu sub = root.getSubMenu();
        Span who = new Span(user.displayName() + " · " + user.email());
        who.addClassName("user-menu-who");
        sub.addItem(who).setEnabled(false);
        sub.addItem(getTranslation("nav.profile"), e -> UI.getCurrent().navigate("profile"));
        if (memberships.size() > 1) {
            SubMenu switchMenu =
                    sub.addItem(getTranslation("nav.switchCompany")).getSubMenu();
            for (MembershipInfo m : memberships) {
                MenuItem item = switchMenu.addItem(
                        m.tenantName() + " · "
                                + getTranslation("role." + m.role().name()),
                        e -> {
                            currentUser.switchTo(m.tenantId());
                            UI.getCurrent().getPage().setLocation("./");
                        });
                item.setCheckable(true);
                item.setChecked(membership != null && m.tenantId() == membership.tenantId());
            }
        }
        SubMenu languages = sub.addItem(getTranslation("nav.language")).getSubMenu();
        for (Locale locale : Messages.SUPPORTED) {
            String key = locale.getLanguage().equals("en") ? "language.en" : "language.zhTW";
            MenuItem item = languages.addItem(getTranslation(key), e -> {
                accounts.updateMyProfile(user.displayName(), locale.toLanguageTag());
                UI.getCurrent().getPage().reload();
            });
            item.setCheckable(true);
            item.setChecked(Messages.supported(user.languageTag()).equals(locale));
        }
        sub.addItem(getTranslation("nav.signOut"), e -> authentication.logout());

        Div navbar = new Div(toggle, company, userMenu);
        navbar.addClassName("navbar");
        addToNavbar(true, navbar);

        Span brand = new Span(getTranslation("app.name"));
        brand.addClassName("drawer-brand");
        Div companyCard = new Div();
        companyCard.addClassName("drawer-company");
        if (membership != null) {
            Span name = new Span(membership.tenantName());
            name.addClassName("company-name");
            companyCard.add(
                    name,
                    new StatusBadge(getTranslation("role." + membership.role().name()), StatusBadge.Tone.INFO));
        }
        SideNav nav = new SideNav();
        nav.addClassName("main-nav");
        for (MenuEntry entry : MenuConfiguration.getMenuEntries()) {
            SideNavItem item = new SideNavItem(getTranslation(entry.title()), entry.path());
            if (entry.icon() != null && entry.icon().startsWith("vaadin:")) {
                // from a small sprite of our own, not Vaadin's icon set: the layout's dependencies load with the
                // sign-in page, and the whole set would add 56 KB to it (issue 16)
                item.setPrefixComponent(new SvgIcon(NAV_ICONS, entry.icon().substring("vaadin:".length())));
            }
            nav.addItem(item);
            items.put(entry.path().replaceFirst("^/", ""), item);
        }
        addToDrawer(brand, companyCard, new Scroller(nav));
    }

    /**
     * Counts beside navigation entries, fresh at every navigation after anything was committed for the company (e.g.
     * approving a request) and otherwise at most {@link #BADGES_KEPT} old: counting them on every navigation was the
     * largest part of a navigation's work (issue 16).
     */
    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        if (currentUser.membership().isEmpty()) {
            return;
        }
        // read before counting: a commit while counting makes the next navigation count again
        long version = writes.version();
        Instant now = clock.instant();
        if (version == badgesVersion && now.isBefore(badgesCounted.plus(BADGES_KEPT))) {
            return;
        }
        badgesVersion = version;
        badgesCounted = now;
        for (NavigationBadge badge : badges) {
            SideNavItem item = items.get(badge.path());
            if (item == null) {
                continue;
            }
            long count = badge.count();
            if (count == 0) {
                item.setSuffixComponent(null);
            } else {
                Span pill = new Span(count > 99 ? "99+" : Long.toString(count));
                pill.addClassName("nav-count");
                pill.getElement().setAttribute("aria-label", getTranslation("nav.count", count));
                item.setSuffixComponent(pill);
            }
        }
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        // a person who has not chosen a company yet (several memberships, or none) chooses first
        if (currentUser.membership().isEmpty()) {
            event.forwardTo("select-company");
        }
    }
}
