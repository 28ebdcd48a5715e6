package app.baton.security;

import app.baton.shared.DomainException;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinServletResponse;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Component;

/** The signed-in person and their current membership, and switching between memberships. */
@Component
public class CurrentUser {

    private final MembershipDirectory directory;
    private final ApplicationEventPublisher events;
    private final BatonUserDetailsService users;
    private final org.springframework.security.crypto.password.PasswordEncoder passwords;
    private final HttpSessionSecurityContextRepository sessionRepository = new HttpSessionSecurityContextRepository();

    CurrentUser(
            MembershipDirectory directory,
            ApplicationEventPublisher events,
            BatonUserDetailsService users,
            org.springframework.security.crypto.password.PasswordEncoder passwords) {
        this.directory = directory;
        this.events = events;
        this.users = users;
        this.passwords = passwords;
    }

    /**
     * Signs a person in with the address and password they have just set (the end of sign-up, so that a new founder
     * does not type them again): the password is checked as at the sign-in page, the session gets a new id, and the
     * sign-in is recorded like any other. Returns false, signing nobody in, when the password does not match.
     */
    public boolean signInWithPassword(String email, String password) {
        BatonUser user;
        try {
            user = users.loadUserByUsername(email);
        } catch (org.springframework.security.core.userdetails.UsernameNotFoundException e) {
            return false;
        }
        if (!user.isAccountNonLocked() || !passwords.matches(password, user.getPassword())) {
            return false;
        }
        @Nullable VaadinServletRequest request = VaadinServletRequest.getCurrent();
        if (request != null && request.getHttpServletRequest().getSession(false) != null) {
            request.getHttpServletRequest().changeSessionId();
        }
        UsernamePasswordAuthenticationToken authentication =
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
        if (request != null) {
            authentication.setDetails(new org.springframework.security.web.authentication.WebAuthenticationDetails(
                    request.getHttpServletRequest()));
        }
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication);
        SecurityContextHolder.setContext(context);
        saveToSession(context);
        events.publishEvent(
                new org.springframework.security.authentication.event.AuthenticationSuccessEvent(authentication));
        return true;
    }

    public Optional<BatonUser> get() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof BatonUser user) {
            return Optional.of(user);
        }
        return Optional.empty();
    }

    public BatonUser require() {
        return get().orElseThrow(() -> new DomainException("auth.signInRequired"));
    }

    public Optional<MembershipInfo> membership() {
        return get().map(BatonUser::membership);
    }

    public MembershipInfo requireMembership() {
        return membership().orElseThrow(() -> new DomainException("tenant.chooseCompanyFirst"));
    }

    /** All companies the signed-in person belongs to. */
    public java.util.List<MembershipInfo> memberships() {
        return get().map(user -> directory.membershipsOf(user.userId())).orElse(java.util.List.of());
    }

    /**
     * Makes one of the person's own memberships the current one, in the security context and the HTTP session.
     * A tenant the person does not belong to is refused.
     */
    public MembershipInfo switchTo(long tenantId) {
        BatonUser user = require();
        MembershipInfo target = directory.membershipsOf(user.userId()).stream()
                .filter(m -> m.tenantId() == tenantId)
                .findFirst()
                .orElseThrow(() -> new DomainException("tenant.notAMember"));
        replacePrincipal(user.withMembership(target));
        events.publishEvent(new SecurityEvents.SignedIn(target.tenantId(), user.userId(), user.email(), target.role()));
        return target;
    }

    void refreshProfile(String displayName, String languageTag) {
        get().ifPresent(user -> replacePrincipal(user.withProfile(displayName, languageTag)));
    }

    /** Replaces the principal (e.g. a membership changed underneath the session), saving it to the session. */
    void replacePrincipal(BatonUser principal) {
        Authentication previous = SecurityContextHolder.getContext().getAuthentication();
        UsernamePasswordAuthenticationToken authentication =
                UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities());
        if (previous != null) {
            authentication.setDetails(previous.getDetails());
        }
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication);
        SecurityContextHolder.setContext(context);
        saveToSession(context);
    }

    private void saveToSession(SecurityContext context) {
        @Nullable VaadinServletRequest request = VaadinServletRequest.getCurrent();
        @Nullable VaadinServletResponse response = VaadinServletResponse.getCurrent();
        if (request != null && response != null) {
            sessionRepository.saveContext(context, request.getHttpServletRequest(), response.getHttpServletResponse());
        }
    }
}
