package app.baton.load;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * One virtual user's side of Vaadin Flow's protocol, kept in the Gatling session: the UI id, the UI's CSRF token
 * ({@code Vaadin-Security-Key}), the last {@code syncId} the server sent, the {@code clientId} it expects next, and
 * the state tree. It builds the RPC messages a browser would send and applies each response the way Flow's client
 * does, so a virtual user can find what to click by what it says.
 */
final class VaadinClient {

    static final String KEY = "vaadin";
    private static final ObjectMapper JSON = new ObjectMapper();

    private int uiId;
    private String csrfToken;
    private int syncId = -1;
    private int clientId;
    private UiTree tree = new UiTree();
    private String problem;
    private long lastHeartbeat = System.nanoTime();

    int uiId() {
        return uiId;
    }

    UiTree tree() {
        return tree;
    }

    /** What went wrong with the last response (session expired, an error shown, out of sync), or null. */
    String problem() {
        return problem;
    }

    /**
     * True once a minute (the server's {@code heartbeatInterval}): a browser's tab sends a heartbeat on a timer, and
     * the server closes a UI that missed three, whatever else it sent.
     */
    boolean heartbeatDue() {
        long now = System.nanoTime();
        if (now - lastHeartbeat < java.util.concurrent.TimeUnit.SECONDS.toNanos(HEARTBEAT_SECONDS)) {
            return false;
        }
        lastHeartbeat = now;
        return true;
    }

    static final int HEARTBEAT_SECONDS = 60;

    /** The answer to {@code ?v-r=init}: a new UI. */
    void init(String body) {
        JsonNode config = read(body).path("appConfig");
        uiId = config.path("v-uiId").asInt();
        JsonNode uidl = config.path("uidl");
        csrfToken = uidl.path("Vaadin-Security-Key").asText();
        tree = new UiTree();
        lastHeartbeat = System.nanoTime();
        syncId = -1;
        clientId = 0;
        apply(uidl);
    }

    /** The answer to a UIDL request. */
    void response(String body) {
        String text = body.startsWith("for(;;);") ? body.substring(8) : body;
        JsonNode uidl = read(text);
        if (uidl.isArray() && !uidl.isEmpty()) {
            uidl = uidl.get(0);
        }
        apply(uidl);
    }

    private void apply(JsonNode uidl) {
        problem = null;
        if (uidl.has("syncId")) {
            syncId = uidl.get("syncId").asInt();
        }
        if (uidl.has("clientId")) {
            clientId = uidl.get("clientId").asInt();
        }
        JsonNode meta = uidl.path("meta");
        if (meta.path("sessionExpired").asBoolean(false)) {
            problem = "session expired";
        } else if (meta.has("appError")) {
            problem = "error: " + meta.get("appError");
        } else if (uidl.path("resynchronize").asBoolean(false) || meta.path("resynchronize").asBoolean(false)) {
            problem = "out of sync";
        }
        tree.apply(uidl.get("changes"));
    }

    /** The request body for these RPC invocations; counts the message as sent. */
    String message(List<ObjectNode> rpc) {
        ObjectNode message = JSON.createObjectNode();
        message.put("csrfToken", csrfToken);
        ArrayNode invocations = message.putArray("rpc");
        rpc.forEach(invocations::add);
        message.put("syncId", syncId);
        message.put("clientId", clientId);
        return message.toString();
    }

    /** Vaadin's router moving to {@code route} (as a click on a link does). */
    static ObjectNode navigate(String route, String query) {
        ObjectNode event = event(1, "ui-navigate");
        ObjectNode data = (ObjectNode) event.get("data");
        data.put("route", route);
        data.put("query", query);
        data.put("appShellTitle", "");
        data.putNull("historyState");
        data.put("trigger", "");
        return event;
    }

    /** A mouse click on the node, with the event data a browser sends. */
    static ObjectNode click(int node) {
        ObjectNode event = event(node, "click");
        ObjectNode data = (ObjectNode) event.get("data");
        for (String flag : List.of("shiftKey", "metaKey", "ctrlKey", "altKey")) {
            data.put("event." + flag, false);
        }
        for (String number : List.of("clientX", "clientY", "screenX", "screenY", "button")) {
            data.put("event." + number, 0);
        }
        data.put("event.detail", 1);
        return event;
    }

    /** A property the client synchronises (a field's {@code value}). */
    static ObjectNode sync(int node, String property, String value) {
        ObjectNode sync = JSON.createObjectNode();
        sync.put("type", "mSync");
        sync.put("node", node);
        sync.put("feature", 1);
        sync.put("property", property);
        sync.put("value", value);
        return sync;
    }

    static ObjectNode event(int node, String name) {
        ObjectNode event = JSON.createObjectNode();
        event.put("type", "event");
        event.put("node", node);
        event.put("event", name);
        event.putObject("data");
        return event;
    }

    private static JsonNode read(String body) {
        try {
            return JSON.readTree(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("not a Vaadin response: " + body.substring(0, Math.min(200, body.length())), e);
        }
    }
}
