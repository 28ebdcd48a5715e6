package app.baton.notifications;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.linecorp.bot.client.base.exception.AbstractLineClientException;
import com.linecorp.bot.messaging.client.MessagingApiClient;
import com.linecorp.bot.messaging.model.BotInfoResponse;
import com.linecorp.bot.messaging.model.Message;
import com.linecorp.bot.messaging.model.MessageQuotaResponse;
import com.linecorp.bot.messaging.model.PushMessageRequest;
import com.linecorp.bot.messaging.model.QuotaType;
import com.linecorp.bot.messaging.model.ReplyMessageRequest;
import com.linecorp.bot.messaging.model.TextMessage;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Baton's calls to the LINE Messaging API, through LINE's own SDK (decision 022): a push, a reply to a linking
 * message, the account's details and its plan's monthly quota. Each answer is reduced to what Baton does next. No
 * token, LINE user ID or message text is ever logged.
 */
@Component
class LineApi {

    private static final Logger log = LoggerFactory.getLogger(LineApi.class);
    private static final long WAIT_SECONDS = 20;

    /** What a push came to. */
    enum Outcome {
        /** LINE accepted it (or had accepted it before under the same retry key). */
        SENT,
        /** LINE was busy (429) or failed (5xx), or could not be reached: try again later. */
        RETRY,
        /** LINE cannot reach this person (they blocked the account, or the user ID is not the account's). */
        UNREACHABLE,
        /** LINE refused the company's access token: nothing will go out until a founder enters a new one. */
        REJECTED
    }

    /** The account's name and basic ID (the "@…" people add as a friend). */
    record BotInfo(String basicId, String displayName) {}

    /** LINE refused a call made for a founder (connect, test): the status, for the message shown. */
    static final class Refused extends Exception {

        private final int status;

        Refused(int status) {
            super("LINE answered " + status);
            this.status = status;
        }

        int status() {
            return status;
        }
    }

    private final URI endpoint;
    private final Cache<String, MessagingApiClient> clients = Caffeine.newBuilder()
            .maximumSize(1000)
            .expireAfterAccess(Duration.ofMinutes(30))
            .build();

    LineApi(@Value("${baton.line.api-base}") String endpoint) {
        this.endpoint = URI.create(endpoint);
    }

    Outcome push(String token, String to, UUID retryKey, List<Message> messages) {
        try {
            await(client(token).pushMessage(retryKey, new PushMessageRequest(to, messages, false, null)));
            return Outcome.SENT;
        } catch (Refused e) {
            return switch (e.status()) {
                // the same retry key was accepted before: the message went out once already
                case 409 -> Outcome.SENT;
                case 429 -> Outcome.RETRY;
                case 401, 403 -> Outcome.REJECTED;
                default -> e.status() >= 500 || e.status() <= 0 ? Outcome.RETRY : Outcome.UNREACHABLE;
            };
        }
    }

    BotInfo botInfo(String token) throws Refused {
        BotInfoResponse info = await(client(token).getBotInfo());
        return new BotInfo(
                info.basicId() == null ? "" : info.basicId(), info.displayName() == null ? "" : info.displayName());
    }

    /** The plan's monthly message limit; empty when the plan has none. */
    @Nullable
    Long quota(String token) throws Refused {
        MessageQuotaResponse quota = await(client(token).getMessageQuota());
        return quota.type() == QuotaType.LIMITED ? quota.value() : null;
    }

    /** Answers a message (free of the quota); a failure is only logged: the person sees the result in Baton too. */
    void reply(String token, String replyToken, String text) {
        try {
            await(client(token)
                    .replyMessage(new ReplyMessageRequest(replyToken, List.of(new TextMessage(text)), false)));
        } catch (Refused e) {
            log.info("LINE refused a reply to a linking message ({})", e.status());
        }
    }

    private MessagingApiClient client(String token) {
        return clients.get(token, t -> (MessagingApiClient) MessagingApiClient.builder(t)
                .apiEndPoint(endpoint)
                .connectTimeout(Duration.ofSeconds(5))
                .readTimeout(Duration.ofSeconds(10))
                .build());
    }

    private static <T> T await(CompletableFuture<com.linecorp.bot.client.base.Result<T>> call) throws Refused {
        try {
            return call.get(WAIT_SECONDS, TimeUnit.SECONDS).body();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof AbstractLineClientException refused) {
                throw new Refused(refused.getCode());
            }
            log.info(
                    "LINE could not be reached: {}",
                    e.getCause() == null ? "?" : e.getCause().getClass().getSimpleName());
            throw new Refused(0);
        } catch (TimeoutException e) {
            call.cancel(true);
            log.info("LINE did not answer in {} s", WAIT_SECONDS);
            throw new Refused(0);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Refused(0);
        }
    }
}
