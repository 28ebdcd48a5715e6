package app.baton.tenancy.ui;

import app.baton.security.CurrentUser;
import app.baton.security.MembershipRole;
import app.baton.security.Roles;
import app.baton.shared.Formats;
import app.baton.shared.ui.Refusals;
import app.baton.shared.ui.StatusBadge;
import app.baton.shared.ui.Toasts;
import app.baton.tenancy.AgencyService;
import app.baton.tenancy.InvitationService;
import app.baton.tenancy.InvitationService.PendingInvitation;
import app.baton.tenancy.MembershipService;
import app.baton.tenancy.MembershipService.MemberView;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.util.List;

/** A founder's list of the company's people and open invitations: invite, change a role, remove. */
@Route("members")
@Menu(order = 50, icon = "vaadin:users", title = "nav.members")
@RolesAllowed(Roles.FOUNDER)
public class MembersView extends VerticalLayout implements HasDynamicTitle {

    private final MembershipService memberships;
    private final InvitationService invitations;
    private final Grid<MemberView> members = new Grid<>();
    private final Grid<PendingInvitation> pending = new Grid<>();
    private final Paragraph noPending = new Paragraph();
    private final Div waiting = new Div();
    private final AgencyService agency;
    private final ZoneId zone;

    public MembersView(
            MembershipService memberships,
            InvitationService invitations,
            AgencyService agency,
            CurrentUser currentUser,
            app.baton.shared.web.BaseUrl baseUrl) {
        this.memberships = memberships;
        this.invitations = invitations;
        this.agency = agency;
        this.zone = currentUser.requireMembership().zoneId();
        addClassName("page");

        Button invite = new Button(
                getTranslation("members.invite.button"),
                VaadinIcon.PLUS.create(),
                click -> new InviteDialog(invitations, baseUrl.get(), link -> refresh()).open());
        invite.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout header = new HorizontalLayout(new H2(getTranslation("members.title")), invite);
        header.setWidthFull();
        header.setJustifyContentMode(JustifyContentMode.BETWEEN);
        header.setAlignItems(Alignment.CENTER);
        header.setWrap(true);

        members.addComponentColumn(this::person)
                .setHeader(getTranslation("members.person"))
                .setFlexGrow(3);
        members.addComponentColumn(this::roleCell)
                .setHeader(getTranslation("members.role"))
                .setFlexGrow(2);
        members.addComponentColumn(this::removeButton).setAutoWidth(true).setFlexGrow(0);
        members.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        members.setAllRowsVisible(true);

        pending.addColumn(PendingInvitation::email)
                .setHeader(getTranslation("members.invite.email"))
                .setFlexGrow(3);
        pending.addColumn(i -> getTranslation("role.short." + i.role().name())
                        + (i.agencyName() == null ? "" : " · " + i.agencyName()))
                .setHeader(getTranslation("members.role"))
                .setFlexGrow(2);
        pending.addColumn(i -> Formats.date(i.expiresAt(), zone, getLocale()))
                .setHeader(getTranslation("members.expires"));
        pending.addComponentColumn(this::revokeButton).setAutoWidth(true).setFlexGrow(0);
        pending.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        pending.setAllRowsVisible(true);
        noPending.setText(getTranslation("members.noPending"));
        noPending.addClassName("empty-state");

        add(header, members, new H3(getTranslation("members.pendingTitle")), noPending, pending, waiting);
        refresh();
    }

    private Component person(MemberView member) {
        Span name = new Span(member.displayName() + (member.you() ? " " + getTranslation("members.you") : ""));
        name.addClassName("member-name");
        Span email = new Span(member.email());
        email.addClassName("member-email");
        Span since = new Span(getTranslation("members.sinceDate", Formats.date(member.since(), zone, getLocale())));
        since.addClassName("member-email");
        Div cell = new Div(name, email, since);
        cell.addClassName("member-cell");
        if (member.vendorOrganisationName() != null) {
            Span agency = new Span(member.vendorOrganisationName());
            agency.addClassName("member-email");
            cell.add(agency);
        }
        return cell;
    }

    private Component roleCell(MemberView member) {
        if (member.role() == MembershipRole.VENDOR) {
            return new StatusBadge(getTranslation("role.short.VENDOR"), StatusBadge.Tone.NEUTRAL);
        }
        Select<MembershipRole> select = new Select<>();
        select.setItems(MembershipRole.FOUNDER, MembershipRole.SUCCESSOR);
        select.setItemLabelGenerator(r -> getTranslation("role.short." + r.name()));
        select.setWidthFull();
        select.setValue(member.role());
        select.setAriaLabel(getTranslation("members.role"));
        select.addValueChangeListener(event -> {
            if (!event.isFromClient() || event.getValue() == null) {
                return;
            }
            new Refusals().run(() -> {
                memberships.changeRole(member.membershipId(), event.getValue());
                Toasts.success("members.roleChanged");
            });
            refresh();
        });
        return select;
    }

    private Button removeButton(MemberView member) {
        Button remove = new Button(getTranslation("members.remove"), click -> {
            ConfirmDialog confirm = new ConfirmDialog(
                    getTranslation("members.removeTitle"),
                    getTranslation("members.removeText", member.displayName()),
                    getTranslation("members.remove"),
                    event -> {
                        new Refusals().run(() -> {
                            memberships.remove(member.membershipId());
                            Toasts.success("members.removed");
                        });
                        refresh();
                    });
            confirm.setConfirmButtonTheme("error primary");
            confirm.setCancelable(true);
            confirm.setCancelText(getTranslation("common.cancel"));
            confirm.open();
        });
        remove.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        return remove;
    }

    private Button revokeButton(PendingInvitation invitation) {
        Button revoke = new Button(getTranslation("members.revokeInvitation"), click -> {
            new Refusals().run(() -> {
                invitations.revoke(invitation.invitationId());
                Toasts.success("members.invitationRevoked");
            });
            refresh();
        });
        revoke.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        return revoke;
    }

    private void refresh() {
        members.setItems(memberships.members());
        waiting.removeAll();
        for (AgencyService.Waiting w : agency.waitingForAgencies()) {
            waiting.add(new Paragraph(getTranslation(
                    "members.waitingForAgency",
                    w.displayName(),
                    w.email(),
                    w.agencyName(),
                    Formats.date(w.at(), zone, getLocale()))));
        }
        List<PendingInvitation> open = invitations.pending();
        pending.setItems(open);
        pending.setVisible(!open.isEmpty());
        noPending.setVisible(open.isEmpty());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("members.title");
    }
}
