package app.baton.notifications;

import app.baton.notifications.internal.LineChannelEntity;
import app.baton.notifications.internal.LineChannelRepository;
import app.baton.notifications.internal.LineLinkCodeEntity;
import app.baton.notifications.internal.LineLinkCodeRepository;
import app.baton.notifications.internal.LineLinkEntity;
import app.baton.notifications.internal.LineLinkRepository;
import app.baton.security.CurrentUser;
import app.baton.security.MembershipInfo;
import app.baton.shared.DomainException;
import app.baton.shared.Tokens;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each person links their own LINE to the company's Official Account (decision 022): Baton shows a one-time code (and
 * a QR code of the message that carries it); the person sends it to the account; the webhook links that LINE user to
 * that person in that company. Unlinking here, or blocking the account in LINE, stops messages at once.
 */
@Service
public class LineLinkService {

    /** The message a person sends: "Baton 12345678" (spaces, case and full-width digits do not matter). */
    static final Pattern MESSAGE = Pattern.compile("^\\s*baton\\s*[:：]?\\s*(\\d{4})\\s*[- ]?\\s*(\\d{4})\\s*$");

    private static final SecureRandom RANDOM = new SecureRandom();

    private final LineChannelRepository channels;
    private final LineLinkRepository links;
    private final LineLinkCodeRepository codes;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final Duration validFor;

    LineLinkService(
            LineChannelRepository channels,
            LineLinkRepository links,
            LineLinkCodeRepository codes,
            CurrentUser currentUser,
            ApplicationEventPublisher events,
            Clock clock,
            @Value("${baton.line.code-valid-for}") Duration validFor) {
        this.channels = channels;
        this.links = links;
        this.codes = codes;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
        this.validFor = validFor;
    }

    /**
     * Where the signed-in person stands with LINE in this company.
     *
     * @param accountName the Official Account's name; null when the company has not connected one
     * @param linkedAt when they linked; null when they have not
     */
    public record Status(
            @Nullable String accountName,
            @Nullable String basicId,
            @Nullable Instant linkedAt) {

        public boolean connected() {
            return accountName != null;
        }

        public boolean linked() {
            return linkedAt != null;
        }
    }

    /**
     * A new linking code: the message to send, the LINE address that opens a chat with the account with that message
     * typed in (also the QR code's content), the account's add-friend address, and when the code expires.
     */
    public record Code(String message, String chatUrl, String addFriendUrl, Instant expiresAt) {}

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Status status() {
        long me = currentUser.requireMembership().userId();
        Optional<LineChannelEntity> channel = channels.findFirstByOrderByIdAsc();
        return new Status(
                channel.map(LineChannelEntity::displayName).orElse(null),
                channel.map(LineChannelEntity::basicId).orElse(null),
                channel.flatMap(c -> links.findByUserId(me))
                        .map(LineLinkEntity::linkedAt)
                        .orElse(null));
    }

    /** A fresh one-time code for the signed-in person (an earlier one stops working). */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public Code newCode() {
        MembershipInfo me = currentUser.requireMembership();
        LineChannelEntity channel =
                channels.findFirstByOrderByIdAsc().orElseThrow(() -> new DomainException("line.link.notConnected"));
        String digits = String.format(Locale.ROOT, "%08d", RANDOM.nextInt(100_000_000));
        Instant expires = clock.instant().plus(validFor);
        LineLinkCodeEntity code = codes.findByUserId(me.userId()).orElseGet(() -> new LineLinkCodeEntity(me.userId()));
        code.renew(hash(me.tenantId(), digits), expires);
        codes.saveAndFlush(code);
        String message = "Baton " + digits.substring(0, 4) + " " + digits.substring(4);
        String basic = channel.basicId();
        return new Code(
                message,
                "https://line.me/R/oaMessage/" + URLEncoder.encode(basic, StandardCharsets.UTF_8) + "/?"
                        + URLEncoder.encode(message, StandardCharsets.UTF_8).replace("+", "%20"),
                "https://line.me/R/ti/p/" + URLEncoder.encode(basic, StandardCharsets.UTF_8),
                expires);
    }

    /** Unlinks the signed-in person's LINE in this company: Baton forgets their LINE user ID. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void unlink() {
        MembershipInfo me = currentUser.requireMembership();
        links.findByUserId(me.userId()).ifPresent(link -> {
            links.delete(link);
            events.publishEvent(new LineEvents.LineChanged(
                    me.tenantId(),
                    me.userId(),
                    me.role().name(),
                    LineEvents.LineAction.UNLINKED,
                    me.userId(),
                    "#" + me.userId()));
        });
        codes.findByUserId(me.userId()).ifPresent(codes::delete);
    }

    /** The eight digits of a linking message, or null when the text is not one (any other chat is ignored). */
    static @Nullable String codeIn(String text) {
        StringBuilder normal = new StringBuilder();
        text.codePoints().forEach(c -> {
            int digit = Character.isDigit(c) ? Character.digit(c, 10) : -1;
            if (digit >= 0) {
                normal.append((char) ('0' + digit));
            } else if (c == 0x3000) {
                normal.append(' ');
            } else {
                normal.appendCodePoint(Character.toLowerCase(c));
            }
        });
        Matcher m = MESSAGE.matcher(normal);
        return m.matches() ? m.group(1) + m.group(2) : null;
    }

    static String hash(long tenantId, String digits) {
        return Tokens.sha256("line-link:" + tenantId + ":" + digits);
    }
}
