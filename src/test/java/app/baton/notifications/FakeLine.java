package app.baton.notifications;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A fake LINE Messaging API for tests: an in-test HTTP server (the JDK's) on the port {@code application-test}
 * points {@code baton.line.api-base} at. It answers the account's details, its quota, pushes and replies, records
 * every request, and answers pushes with the statuses queued ({@link #answerPushesWith}), else 200.
 */
public final class FakeLine {

    public static final int PORT = 3027;
    /** A token the fake refuses (401), as LINE refuses a revoked one. */
    public static final String REFUSED_TOKEN = "refusedTokenAAAAAAAAAAAAAAAAAAAA";

    private static FakeLine instance;
    private static final java.util.concurrent.atomic.AtomicInteger SEQ =
            new java.util.concurrent.atomic.AtomicInteger();

    /** One request LINE received: method, path, headers (lower-case names) and body. */
    public record Request(String method, String path, Map<String, String> headers, String body) {}

    private final List<Request> requests = new CopyOnWriteArrayList<>();
    private final Deque<Integer> pushStatuses = new ArrayDeque<>();
    private volatile long quota = 200;

    private FakeLine() throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", PORT), 50);
        server.createContext("/", this::handle);
        server.setExecutor(java.util.concurrent.Executors.newFixedThreadPool(4, r -> {
            Thread t = new Thread(r, "fake-line");
            t.setDaemon(true);
            return t;
        }));
        server.start();
    }

    /** The one fake of this test run, started on first use. */
    public static synchronized FakeLine start() {
        if (instance == null) {
            try {
                instance = new FakeLine();
            } catch (IOException e) {
                throw new IllegalStateException("fake LINE could not listen on " + PORT, e);
            }
        }
        return instance;
    }

    public synchronized void reset() {
        requests.clear();
        pushStatuses.clear();
        quota = 200;
    }

    public synchronized void answerPushesWith(Integer... statuses) {
        pushStatuses.addAll(List.of(statuses));
    }

    public void quota(long value) {
        this.quota = value;
    }

    public List<Request> requests() {
        return List.copyOf(requests);
    }

    /** The pushes made to one LINE user, in order. */
    public List<Request> pushesTo(String lineUserId) {
        return requests.stream()
                .filter(r -> r.path().equals("/v2/bot/message/push") && r.body().contains("\"" + lineUserId + "\""))
                .toList();
    }

    public List<Request> replies() {
        return requests.stream()
                .filter(r -> r.path().equals("/v2/bot/message/reply"))
                .toList();
    }

    private synchronized int nextPushStatus() {
        Integer next = pushStatuses.poll();
        return next == null ? 200 : next;
    }

    private void handle(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        Map<String, String> headers = new HashMap<>();
        exchange.getRequestHeaders().forEach((k, v) -> headers.put(k.toLowerCase(Locale.ROOT), String.join(",", v)));
        String path = exchange.getRequestURI().getPath();
        requests.add(new Request(exchange.getRequestMethod(), path, headers, body));
        boolean refused = ("Bearer " + REFUSED_TOKEN).equals(headers.get("authorization"));
        if (refused) {
            answer(exchange, 401, "{\"message\":\"Authentication failed\"}");
            return;
        }
        switch (path) {
            case "/v2/bot/info" ->
                answer(
                        exchange,
                        200,
                        "{\"userId\":\"Ubot\",\"basicId\":\"@baton-test\",\"displayName\":\"Baton 測試帳號\","
                                + "\"chatMode\":\"bot\",\"markAsReadMode\":\"auto\"}");
            case "/v2/bot/message/quota" -> answer(exchange, 200, "{\"type\":\"limited\",\"value\":" + quota + "}");
            case "/v2/bot/message/push" -> {
                int status = nextPushStatus();
                answer(
                        exchange,
                        status,
                        status == 200
                                ? "{\"sentMessages\":[{\"id\":\"1\",\"quoteToken\":\"q\"}]}"
                                : "{\"message\":\"status " + status + "\"}");
            }
            case "/v2/bot/message/reply" -> answer(exchange, 200, "{\"sentMessages\":[]}");
            default -> answer(exchange, 404, "{\"message\":\"Not found\"}");
        }
    }

    private static void answer(HttpExchange exchange, int status, String json) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.getResponseHeaders().add("x-line-request-id", "req-1");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    /** The {@code x-line-signature} LINE would send with this body: HMAC-SHA256 under the channel secret, Base64. */
    public static String sign(String channelSecret, String json) {
        byte[] mac = new com.linecorp.bot.parser.LineSignatureValidator(channelSecret.getBytes(StandardCharsets.UTF_8))
                .generateSignature(json.getBytes(StandardCharsets.UTF_8));
        return java.util.Base64.getEncoder().encodeToString(mac);
    }

    /** A webhook body with one text message from a LINE user (a new event ID each time). */
    public static String textMessageEvent(String lineUserId, String text) {
        int n = SEQ.incrementAndGet();
        return "{\"destination\":\"Ubot\",\"events\":[{\"type\":\"message\",\"mode\":\"active\",\"timestamp\":1,"
                + "\"source\":{\"type\":\"user\",\"userId\":\"" + lineUserId + "\"},\"webhookEventId\":\"ev" + n
                + "\",\"deliveryContext\":{\"isRedelivery\":false},\"replyToken\":\"rt" + n
                + "\",\"message\":{\"type\":\"text\",\"id\":\"m" + n + "\",\"text\":\"" + text
                + "\",\"quoteToken\":\"q\"}}]}";
    }

    /** A webhook body saying a LINE user blocked the account. */
    public static String unfollowEvent(String lineUserId) {
        return "{\"destination\":\"Ubot\",\"events\":[{\"type\":\"unfollow\",\"mode\":\"active\",\"timestamp\":1,"
                + "\"source\":{\"type\":\"user\",\"userId\":\"" + lineUserId + "\"},\"webhookEventId\":\"ev"
                + SEQ.incrementAndGet() + "\",\"deliveryContext\":{\"isRedelivery\":false}}]}";
    }
}
