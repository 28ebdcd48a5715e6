package app.baton.shell;

import app.baton.security.AccountService;
import app.baton.security.BatonUser;
import app.baton.security.CurrentUser;
import app.baton.security.MembershipInfo;
import app.baton.shared.tenant.TenantWrites;
import app.baton.shared.ui.CountsBeside;
import app.baton.shared.ui.Markup;
import app.baton.shared.ui.NavigationBadge;
import app.baton.shared.ui.StatusBadge;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.Uses;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.SvgIcon;
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
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The frame of every signed-in page: the current company always visible at the top, a side navigation with only
 * what the role may use (from {@code @Menu} entries the person may open), and a user menu to switch company,
 * change language or sign out. On a phone the navigation folds into the drawer.
 */
@Layout
@PermitAll
@Uses(SideNav.class)
@Uses(SideNavItem.class)
@Uses(SvgIcon.class)
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
    private final List<MenuEntry> entries;
    private final Div nav = new Div();
    private final Map<String, Long> counts = new HashMap<>();
    private String navHtml = "";
    private @Nullable AccountPanel accountPanel;
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

        DrawerToggle toggle = new DrawerToggle();
        toggle.setAriaLabel(getTranslation("nav.menu"));
        Span company = new Span(membership == null ? "" : membership.tenantName());
        company.addClassName("navbar-company");
        company.setTitle(getTranslation("nav.currentCompany"));

        Button userMenu = new Button(new Avatar(user.displayName()));
        userMenu.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        userMenu.addClassName("user-menu");
        userMenu.setAriaLabel(getTranslation("nav.account"));
        userMenu.getElement().setAttribute("aria-haspopup", "dialog");
        userMenu.addClickListener(e -> toggleAccountPanel(userMenu, user, accounts, authentication));

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
        entries = MenuConfiguration.getMenuEntries();
        nav.addClassName("main-nav-host");
        writeNavigation();
        // the brand and the company card are texts: sent as HTML, one element kept for both (issue 16)
        Div head = new Div();
        head.addClassName("drawer-head");
        Markup.writeChildren(head, List.of(brand, companyCard));
        addToDrawer(head, new Scroller(nav));
    }

    /** Opens the person's panel below the avatar, or closes it when it is open. */
    private void toggleAccountPanel(
            Button target, BatonUser user, AccountService accounts, AuthenticationContext authentication) {
        if (accountPanel != null) {
            accountPanel.close();
            return;
        }
        AccountPanel panel = new AccountPanel(currentUser, user, accounts, authentication);
        panel.setTarget(target);
        panel.addOpenedChangeListener(e -> {
            if (!e.isOpened()) {
                panel.removeFromParent();
                accountPanel = null;
            }
        });
        accountPanel = panel;
        addToNavbar(panel);
        panel.open();
    }

    /**
     * The side navigation with only what the role may use, and the counts beside it, sent as the HTML of one element
     * ({@link Markup}): Vaadin's side navigation items are links the browser follows without the server, so the
     * server need not keep their forty-odd elements for the page's life (issue 16, decision 017). Written again only
     * when a count changed.
     */
    private void writeNavigation() {
        SideNav sideNav = new SideNav();
        sideNav.addClassName("main-nav");
        for (MenuEntry entry : entries) {
            SideNavItem item = new SideNavItem(getTranslation(entry.title()), entry.path());
            if (entry.icon() != null && entry.icon().startsWith("vaadin:")) {
                // from a small sprite of our own, not Vaadin's icon set: the layout's dependencies load with the
                // sign-in page, and the whole set would add 56 KB to it (issue 16)
                item.setPrefixComponent(new NavIcon(entry.icon().substring("vaadin:".length())));
            }
            long count = counts.getOrDefault(key(entry.path()), 0L);
            if (count > 0) {
                Span pill = new Span(count > 99 ? "99+" : Long.toString(count));
                pill.addClassName("nav-count");
                pill.getElement().setAttribute("aria-label", getTranslation("nav.count", count));
                item.setSuffixComponent(pill);
            }
            sideNav.addItem(item);
        }
        String html = Markup.html(sideNav);
        if (!html.equals(navHtml)) {
            navHtml = Markup.write(nav, html);
        }
    }

    /**
     * A symbol of {@link #NAV_ICONS} as {@code <vaadin-icon src symbol>}: Vaadin's {@code SvgIcon} sets the symbol as a
     * property, which HTML cannot carry; the web component reads the attribute as well.
     */
    @Tag("vaadin-icon")
    private static final class NavIcon extends Component {
        NavIcon(String symbol) {
            getElement().setAttribute("src", NAV_ICONS);
            getElement().setAttribute("symbol", symbol);
        }
    }

    private static String key(String path) {
        return path.replaceFirst("^/", "");
    }

    /** The count beside the entry of {@code path} (without its leading slash), 0 when none is shown. */
    long countBeside(String path) {
        return counts.getOrDefault(path, 0L);
    }

    /** The navigation as it was last sent. */
    String navigationHtml() {
        return navHtml;
    }

    /**
     * Counts beside navigation entries, fresh at every navigation after anything was committed for the company (e.g.
     * approving a request) and otherwise at most {@link #BADGES_KEPT} old: counting them on every navigation was the
     * largest part of a navigation's work (issue 16). A page that lists what an entry counts ({@link CountsBeside})
     * hands its count over: it is not counted twice, and the entry agrees with the page.
     */
    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        if (currentUser.membership().isEmpty()) {
            return;
        }
        // read before counting: a commit while counting makes the next navigation count again
        long version = writes.version();
        Instant now = clock.instant();
        // a count the page itself just worked out is shown as it is, never counted again nor kept older
        CountsBeside page = event.getActiveChain().stream()
                .filter(CountsBeside.class::isInstance)
                .map(CountsBeside.class::cast)
                .findFirst()
                .orElse(null);
        boolean kept = version == badgesVersion && now.isBefore(badgesCounted.plus(BADGES_KEPT));
        if (kept && page == null) {
            return;
        }
        if (!kept) {
            badgesVersion = version;
            badgesCounted = now;
        }
        Map<String, Long> shown = new HashMap<>();
        for (MenuEntry entry : entries) {
            String path = key(entry.path());
            shown.put(path, kept ? counts.getOrDefault(path, 0L) : 0L);
        }
        for (NavigationBadge badge : badges) {
            if (shown.containsKey(badge.path())) {
                // only entries the person sees are counted
                Long known = page == null ? null : page.countBeside(badge.path());
                if (known != null) {
                    shown.put(badge.path(), known);
                } else if (!kept) {
                    shown.put(badge.path(), badge.count());
                }
            }
        }
        if (!shown.equals(counts)) {
            counts.clear();
            counts.putAll(shown);
            writeNavigation();
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
