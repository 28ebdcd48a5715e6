package app.baton.sales.ui;

import app.baton.budgets.ChannelService;
import app.baton.sales.SalesQueryService;
import app.baton.sales.SalesService;
import app.baton.sales.SalesSettingsService;
import app.baton.security.CurrentUser;
import app.baton.security.MembershipRole;
import app.baton.security.Roles;
import app.baton.shared.Formats;
import app.baton.shared.ui.StoredFileDownload;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Locale;

/**
 * The company's own sales (自家銷售資料): upload the shop's order export or the daily totals, read what is kept (and
 * what is not: no e-mail, phone or name), compare a month's orders with what the agencies claim, and see every upload.
 */
@Route("sales")
@Menu(order = 15, icon = "vaadin:cart", title = "nav.sales")
@RolesAllowed({Roles.FOUNDER, Roles.SUCCESSOR})
class SalesView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    private final SalesService sales;
    private final String currency;
    private final ZoneId zone;
    private final Div uploads = new Div();
    private final ComparisonPanel comparison;

    public SalesView(
            SalesService sales,
            SalesQueryService queries,
            SalesSettingsService settings,
            ChannelService channels,
            CurrentUser currentUser,
            java.time.Clock clock) {
        this.sales = sales;
        addClassNames("page", "sales-page");
        var membership = currentUser.requireMembership();
        currency = membership.currency();
        zone = membership.zoneId();
        YearMonth lastMonth =
                YearMonth.from(LocalDate.now(clock.withZone(zone))).minusMonths(1);
        comparison = new ComparisonPanel(queries, currency, lastMonth);
        Paragraph intro = new Paragraph(getTranslation("sales.intro"));
        intro.addClassName("wrap-text");
        Div privacy = new Div(
                new H3(getTranslation("sales.privacy.title")), new Paragraph(getTranslation("sales.privacy.text")));
        privacy.addClassNames("notice", "sales-privacy");
        add(
                new H2(getTranslation("sales.title")),
                intro,
                new SalesUploadPanel(sales, uploaded -> {
                    comparison.show(YearMonth.from(uploaded.to()));
                    refresh();
                }),
                comparison,
                privacy,
                new H3(getTranslation("sales.uploads.title")),
                uploads,
                new SalesSettingsPanel(settings, channels, membership.role() == MembershipRole.FOUNDER));
        uploads.addClassName("card-grid");
        refresh();
    }

    /** {@code ?month=2026-10} opens the comparison at that month (a reconciliation flag links here). */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getLocation().getQueryParameters().getSingleParameter("month").ifPresent(text -> {
            try {
                comparison.show(YearMonth.parse(text));
            } catch (java.time.format.DateTimeParseException ignored) {
                // a mistyped link shows the default month
            }
        });
    }

    private void refresh() {
        uploads.removeAll();
        var list = sales.uploads();
        if (list.isEmpty()) {
            Div empty = new Div(new Paragraph(getTranslation("sales.uploads.empty")));
            empty.addClassName("empty-state");
            uploads.add(empty);
            return;
        }
        Locale locale = getLocale();
        for (SalesService.UploadView u : list) {
            Div card = new Div();
            card.addClassNames("waiting-card", "sales-upload");
            Span title = new Span(getTranslation("sales.upload.version", u.version(), u.fileName()));
            title.addClassName("item-title");
            Anchor file = new Anchor(
                    StoredFileDownload.of(() -> sales.openFile(u.id())), getTranslation("sales.upload.download"));
            card.add(
                    title,
                    meta(getTranslation(
                            "sales.upload.period",
                            Formats.date(u.from(), locale),
                            Formats.date(u.to(), locale),
                            getTranslation("sales.layout." + u.layout()))),
                    meta(getTranslation(
                            "sales.upload.figures",
                            Formats.number(u.orders(), locale),
                            Formats.money(u.revenue(), currency, locale),
                            Formats.number(u.newCustomers(), locale),
                            Formats.number(u.cancelled(), locale))),
                    meta(getTranslation(
                            "sales.upload.kept",
                            Formats.dateTime(u.uploadedAt(), zone, locale),
                            getTranslation("report.encoding." + (u.encoding() == null ? "workbook" : u.encoding())),
                            u.sha256().substring(0, 12))),
                    file,
                    reread(u));
            if (u.totalsMismatch() > 0) {
                Span warning = new Span(getTranslation(
                        "sales.upload.totalsMismatch",
                        u.totalsMismatch(),
                        String.join(
                                "、",
                                u.mismatchLines().stream().map(String::valueOf).toList())));
                warning.addClassNames("error-text", "wrap-text");
                card.add(warning);
            }
            uploads.add(card);
        }
    }

    /** Reads the kept file again with today's column mapping and coupon codes, as a new version. */
    private com.vaadin.flow.component.button.Button reread(SalesService.UploadView u) {
        com.vaadin.flow.component.button.Button button =
                new com.vaadin.flow.component.button.Button(getTranslation("sales.upload.reread"), click -> {
                    try {
                        SalesService.UploadView again = sales.reread(u.id());
                        app.baton.shared.ui.Toasts.success("sales.upload.reread.done");
                        comparison.show(YearMonth.from(again.to()));
                        refresh();
                    } catch (app.baton.shared.DomainException e) {
                        app.baton.shared.ui.Toasts.error(e);
                    }
                });
        button.addThemeVariants(
                com.vaadin.flow.component.button.ButtonVariant.LUMO_TERTIARY,
                com.vaadin.flow.component.button.ButtonVariant.LUMO_SMALL);
        button.addClassName("sales-reread");
        button.setTooltipText(getTranslation("sales.upload.reread.hint"));
        return button;
    }

    private static Span meta(String text) {
        Span span = new Span(text);
        span.addClassNames("item-meta", "wrap-text");
        return span;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("sales.title");
    }
}
