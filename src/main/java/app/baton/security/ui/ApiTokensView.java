package app.baton.security.ui;

import app.baton.security.ApiTokenService;
import app.baton.security.ApiTokenService.ApiTokenView;
import app.baton.security.CurrentUser;
import app.baton.security.Roles;
import app.baton.shared.Formats;
import app.baton.shared.ui.Refusals;
import app.baton.shared.ui.StatusBadge;
import app.baton.shared.ui.Toasts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.util.List;

/**
 * A person's own API tokens: an agency person's for uploading reports, a founder's or successor's for uploading the
 * company's sales from their shop or accounting system. Create (shown once) and revoke.
 */
@Route("api-tokens")
@Menu(order = 90, icon = "vaadin:key", title = "nav.apiTokens")
@RolesAllowed({Roles.VENDOR, Roles.FOUNDER, Roles.SUCCESSOR})
public class ApiTokensView extends VerticalLayout implements HasDynamicTitle {

    private final ApiTokenService tokens;
    private final Grid<ApiTokenView> grid = new Grid<>();
    private final Paragraph empty = new Paragraph();
    private final TextField name = new TextField();
    private final ZoneId zone;

    private final app.baton.shared.web.BaseUrl baseUrl;

    public ApiTokensView(ApiTokenService tokens, CurrentUser currentUser, app.baton.shared.web.BaseUrl baseUrl) {
        this.baseUrl = baseUrl;
        this.tokens = tokens;
        this.zone = currentUser.requireMembership().zoneId();
        addClassName("page");

        name.setLabel(getTranslation("apiTokens.name"));
        name.setPlaceholder(getTranslation("apiTokens.namePlaceholder"));
        name.setMaxLength(100);
        Button create = new Button(getTranslation("apiTokens.create"), click -> create());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout form = new HorizontalLayout(name, create);
        form.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        form.setWrap(true);

        grid.addColumn(ApiTokenView::name)
                .setHeader(getTranslation("apiTokens.name"))
                .setFlexGrow(2);
        grid.addColumn(ApiTokenView::hint).setHeader(getTranslation("apiTokens.hint"));
        grid.addColumn(t -> Formats.dateTime(t.createdAt(), zone, getLocale()))
                .setHeader(getTranslation("apiTokens.created"));
        grid.addColumn(t -> t.lastUsedAt() == null ? "—" : Formats.dateTime(t.lastUsedAt(), zone, getLocale()))
                .setHeader(getTranslation("apiTokens.lastUsed"));
        grid.addComponentColumn(t -> t.active()
                        ? new StatusBadge(getTranslation("apiTokens.active"), StatusBadge.Tone.SUCCESS)
                        : new StatusBadge(getTranslation("apiTokens.revoked"), StatusBadge.Tone.NEUTRAL))
                .setHeader(getTranslation("apiTokens.state"));
        grid.addComponentColumn(this::revokeButton).setAutoWidth(true);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);

        empty.setText(getTranslation("apiTokens.empty"));
        empty.addClassName("empty-state");
        add(
                new H2(getTranslation("apiTokens.title")),
                new Paragraph(getTranslation("apiTokens.intro")),
                form,
                empty,
                grid);
        refresh();
    }

    private Button revokeButton(ApiTokenView token) {
        Button revoke = new Button(getTranslation("apiTokens.revoke"), click -> confirmRevoke(token));
        revoke.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        revoke.setVisible(token.active());
        return revoke;
    }

    private void create() {
        name.setInvalid(false);
        new Refusals().field(name, Refusals.ANY).run(() -> {
            ApiTokenService.CreatedApiToken created = tokens.create(name.getValue());
            name.clear();
            refresh();
            showOnce(created.token());
        });
    }

    private void showOnce(String token) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("apiTokens.createdTitle"));
        TextArea value = new TextArea();
        value.setValue(token);
        value.setReadOnly(true);
        value.setWidthFull();
        value.addClassName("token-value");
        Paragraph address = new Paragraph(getTranslation("apiTokens.address", baseUrl.get() + "api/v1/"));
        address.addClassNames("api-address", "wrap-text");
        dialog.add(new Paragraph(getTranslation("apiTokens.createdHelp")), value, address);
        Button close = new Button(getTranslation("common.done"), click -> dialog.close());
        close.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new app.baton.shared.ui.CopyButton(token), close);
        dialog.open();
    }

    private void confirmRevoke(ApiTokenView token) {
        ConfirmDialog confirm = new ConfirmDialog(
                getTranslation("apiTokens.revokeTitle"),
                getTranslation("apiTokens.revokeText", token.name()),
                getTranslation("apiTokens.revoke"),
                event -> {
                    new Refusals().run(() -> {
                        tokens.revoke(token.id());
                        Toasts.success("apiTokens.revokedToast");
                    });
                    refresh();
                });
        confirm.setConfirmButtonTheme("error primary");
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("common.cancel"));
        confirm.open();
    }

    private void refresh() {
        List<ApiTokenView> list = tokens.myTokens();
        grid.setItems(list);
        grid.setVisible(!list.isEmpty());
        empty.setVisible(list.isEmpty());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("apiTokens.title");
    }
}
