package app.baton.notifications;

import app.baton.shared.secrets.SecretBox;
import com.linecorp.bot.parser.LineSignatureValidator;
import com.linecorp.bot.parser.WebhookParseException;
import com.linecorp.bot.parser.WebhookParser;
import com.linecorp.bot.webhook.model.CallbackRequest;
import com.linecorp.bot.webhook.model.Event;
import com.linecorp.bot.webhook.model.MessageEvent;
import com.linecorp.bot.webhook.model.TextMessageContent;
import com.linecorp.bot.webhook.model.UnfollowEvent;
import com.linecorp.bot.webhook.model.UserSource;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /line/webhook/<key>}: where LINE sends a company's Official Account events. Open to anyone, as LINE
 * calls it without a session, and trusted only with a valid {@code x-line-signature} (the body's HMAC-SHA256 under
 * that company's channel secret, checked by LINE's SDK). It answers 200 at once and keeps only linking codes and
 * unfollows in a queue; every other message (the account's customers chatting, say) is neither stored nor answered.
 * A wrong signature is 401, an unknown address 404; neither says more.
 */
@RestController
class LineWebhook {

    private static final Logger log = LoggerFactory.getLogger(LineWebhook.class);
    static final int MAX_BYTES = 1024 * 1024;

    private final LineStore store;
    private final SecretBox secrets;
    private final LineJobs jobs;
    private final Executor executor;
    private final Clock clock;
    private final boolean atOnce;

    LineWebhook(
            LineStore store,
            SecretBox secrets,
            LineJobs jobs,
            @Qualifier("applicationTaskExecutor") Executor executor,
            Clock clock,
            @Value("${baton.line.webhook-at-once:true}") boolean atOnce) {
        this.store = store;
        this.secrets = secrets;
        this.jobs = jobs;
        this.executor = executor;
        this.clock = clock;
        this.atOnce = atOnce;
    }

    @PostMapping(path = "/line/webhook/{key}")
    ResponseEntity<Void> receive(
            @PathVariable("key") String key,
            @RequestHeader(name = WebhookParser.SIGNATURE_HEADER_NAME, required = false) @Nullable String signature,
            @RequestBody(required = false) byte @Nullable [] body) {
        if (key.length() > 40 || body == null || body.length > MAX_BYTES) {
            return ResponseEntity.status(HttpStatus.NOT_FOUND).build();
        }
        Optional<LineStore.Channel> channel = store.byWebhookKey(key);
        if (channel.isEmpty()) {
            return ResponseEntity.status(HttpStatus.NOT_FOUND).build();
        }
        long tenant = channel.get().tenantId();
        CallbackRequest request;
        try {
            byte[] secret = secrets.open(channel.get().secretSealed()).getBytes(StandardCharsets.UTF_8);
            request = new WebhookParser(new LineSignatureValidator(secret)).handle(signature, body);
        } catch (WebhookParseException | IOException e) {
            log.warn(
                    "LINE webhook of company {} refused: {}",
                    tenant,
                    e.getClass().getSimpleName());
            return ResponseEntity.status(HttpStatus.UNAUTHORIZED).build();
        }
        List<LineStore.QueuedEvent> work = new ArrayList<>();
        for (Event event : request.events() == null ? List.<Event>of() : request.events()) {
            if (!(event.source() instanceof UserSource user)
                    || user.userId() == null
                    || event.webhookEventId() == null) {
                continue;
            }
            if (event instanceof UnfollowEvent) {
                work.add(new LineStore.QueuedEvent(
                        0, tenant, event.webhookEventId(), "UNLINK", user.userId(), null, null));
            } else if (event instanceof MessageEvent message
                    && message.message() instanceof TextMessageContent text
                    && text.text() != null) {
                String code = LineLinkService.codeIn(text.text());
                if (code != null) {
                    work.add(new LineStore.QueuedEvent(
                            0, tenant, event.webhookEventId(), "LINK", user.userId(), code, message.replyToken()));
                }
            }
        }
        if (!work.isEmpty() && store.queue(tenant, work, clock.instant()) > 0 && atOnce) {
            executor.execute(jobs::processWebhook);
        }
        return ResponseEntity.ok().build();
    }
}
