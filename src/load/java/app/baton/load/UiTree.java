package app.baton.load;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.HashSet;
import java.util.function.Predicate;

/**
 * A small mirror of Vaadin Flow's state tree on the client: enough of each node (tag, text, properties, attributes,
 * children, class names, listened events) to find "the button that says 核准" or "the first link to a request" the
 * way a person would, and to send the event a browser would send. It applies the {@code changes} of every UIDL
 * response, as Flow's own client does; features it does not need are ignored.
 */
final class UiTree {

    /** Flow's node feature ids (com.vaadin.flow.internal.nodefeature.NodeFeatureRegistry). */
    private static final int ELEMENT_DATA = 0;
    private static final int PROPERTIES = 1;
    private static final int CHILDREN = 2;
    private static final int ATTRIBUTES = 3;
    private static final int LISTENERS = 4;
    private static final int TEXT = 7;
    private static final int CLASS_LIST = 11;
    private static final int VIRTUAL_CHILDREN = 24;

    static final class Node {
        final int id;
        String tag;
        String text;
        final Map<String, JsonNode> properties = new HashMap<>();
        final Map<String, JsonNode> attributes = new HashMap<>();
        final List<Integer> children = new ArrayList<>();
        /** Attached elsewhere by Flow (dialogs, notifications): listed after the children. */
        final List<Integer> virtualChildren = new ArrayList<>();
        final List<String> classes = new ArrayList<>();
        final Set<String> listeners = new HashSet<>();

        Node(int id) {
            this.id = id;
        }

        List<Integer> all() {
            if (virtualChildren.isEmpty()) {
                return children;
            }
            List<Integer> all = new ArrayList<>(children);
            all.addAll(virtualChildren);
            return all;
        }

        /** A property or attribute as text, or null. */
        String value(String name) {
            JsonNode value = properties.containsKey(name) ? properties.get(name) : attributes.get(name);
            if (value == null || value.isNull()) {
                return null;
            }
            if (value.isObject() && value.has("uri")) {
                return value.get("uri").asText();
            }
            return value.isValueNode() ? value.asText() : value.toString();
        }
    }

    private final Map<Integer, Node> nodes = new LinkedHashMap<>();

    void apply(JsonNode changes) {
        if (changes == null) {
            return;
        }
        for (JsonNode change : changes) {
            int id = change.get("node").asInt();
            String type = change.get("type").asText();
            if ("detach".equals(type)) {
                nodes.remove(id);
                continue;
            }
            Node node = nodes.computeIfAbsent(id, Node::new);
            int feature = change.path("feat").asInt(-1);
            switch (type) {
                case "put" -> put(node, feature, change);
                case "remove" -> remove(node, feature, change.path("key").asText());
                case "splice" -> splice(node, feature, change);
                case "clear" -> clear(node, feature);
                default -> {
                    // "attach" only says the node exists
                }
            }
        }
    }

    private static void put(Node node, int feature, JsonNode change) {
        String key = change.path("key").asText();
        JsonNode value = change.has("value") ? change.get("value") : change.get("nodeValue");
        switch (feature) {
            case ELEMENT_DATA -> {
                if ("tag".equals(key)) {
                    node.tag = value.asText();
                }
            }
            case PROPERTIES -> node.properties.put(key, value);
            case ATTRIBUTES -> node.attributes.put(key, value);
            case LISTENERS -> node.listeners.add(key);
            case TEXT -> node.text = value.asText();
            default -> {}
        }
    }

    private static void remove(Node node, int feature, String key) {
        switch (feature) {
            case PROPERTIES -> node.properties.remove(key);
            case ATTRIBUTES -> node.attributes.remove(key);
            case LISTENERS -> node.listeners.remove(key);
            default -> {}
        }
    }

    private static void splice(Node node, int feature, JsonNode change) {
        if (feature == CHILDREN || feature == VIRTUAL_CHILDREN) {
            List<Integer> list = feature == CHILDREN ? node.children : node.virtualChildren;
            int index = Math.min(change.path("index").asInt(), list.size());
            int remove = change.path("remove").asInt(0);
            for (int i = 0; i < remove && index < list.size(); i++) {
                list.remove(index);
            }
            List<Integer> added = new ArrayList<>();
            change.path("addNodes").forEach(n -> added.add(n.asInt()));
            list.addAll(index, added);
        } else if (feature == CLASS_LIST) {
            int index = Math.min(change.path("index").asInt(), node.classes.size());
            int remove = change.path("remove").asInt(0);
            for (int i = 0; i < remove && index < node.classes.size(); i++) {
                node.classes.remove(index);
            }
            List<String> added = new ArrayList<>();
            change.path("add").forEach(n -> added.add(n.asText()));
            node.classes.addAll(index, added);
        }
    }

    private static void clear(Node node, int feature) {
        if (feature == CHILDREN) {
            node.children.clear();
        } else if (feature == VIRTUAL_CHILDREN) {
            node.virtualChildren.clear();
        } else if (feature == CLASS_LIST) {
            node.classes.clear();
        }
    }

    /** The text a person reads inside the node: its own text and its descendants', in order. */
    String textOf(Node node) {
        StringBuilder text = new StringBuilder();
        appendText(node, text, 0);
        return text.toString().trim();
    }

    private void appendText(Node node, StringBuilder text, int depth) {
        if (depth > 64) {
            return;
        }
        if (node.text != null) {
            text.append(node.text).append(' ');
        }
        for (int child : node.all()) {
            Node c = nodes.get(child);
            if (c != null) {
                appendText(c, text, depth + 1);
            }
        }
    }

    /** A dialog or notification that is not open: a person cannot see or click what is in it. */
    private static boolean closed(Node node) {
        JsonNode opened = node.properties.get("opened");
        return node.tag != null && node.tag.endsWith("-dialog") && opened != null && !opened.asBoolean();
    }

    /** Nodes reachable from the root (node 1), in document order, that match. */
    List<Node> find(Predicate<Node> wanted) {
        List<Node> found = new ArrayList<>();
        Node root = nodes.get(1);
        if (root != null) {
            walk(root, wanted, found, 0);
        }
        return found;
    }

    private void walk(Node node, Predicate<Node> wanted, List<Node> found, int depth) {
        if (depth > 256 || closed(node)) {
            return;
        }
        if (wanted.test(node)) {
            found.add(node);
        }
        for (int child : node.all()) {
            Node c = nodes.get(child);
            if (c != null) {
                walk(c, wanted, found, depth + 1);
            }
        }
    }

    /** The first button that says exactly {@code text}. */
    Optional<Node> button(String text) {
        return find(n -> "vaadin-button".equals(n.tag) && text.equals(textOf(n))).stream().findFirst();
    }

    /** The first element with this class name. */
    Optional<Node> byClass(String className) {
        return find(n -> n.classes.contains(className)).stream().findFirst();
    }

    /** The {@code href} of every link (or router link) that starts with {@code prefix}. */
    List<String> links(String prefix) {
        return find(n -> {
                    String href = n.value("href");
                    return href != null && href.startsWith(prefix);
                })
                .stream()
                .map(n -> n.value("href"))
                .distinct()
                .toList();
    }

    /**
     * What the page shows of the outcome, for the log when a journey goes wrong: its heading, the field errors, then
     * the notifications newest first (the harness never closes a toast, so older ones from earlier steps are still
     * there: the first one listed is the last step's).
     */
    String notices() {
        StringBuilder text = new StringBuilder();
        find(n -> "h1".equals(n.tag) || "h2".equals(n.tag)).stream()
                .findFirst()
                .ifPresent(h -> text.append("page: ").append(textOf(h)).append(" | "));
        for (Node node : find(UiTree::showsError)) {
            text.append(node.value("label")).append(": ").append(node.value("errorMessage")).append(" | ");
        }
        List<Node> toasts = new ArrayList<>(find(n -> n.tag != null && n.tag.contains("notification")));
        toasts.sort((a, b) -> Integer.compare(b.id, a.id));
        for (Node node : toasts) {
            text.append(textOf(node)).append(node.value("text") == null ? "" : node.value("text")).append(" | ");
        }
        return text.length() > 600 ? text.substring(0, 600) : text.toString();
    }

    /** What the newest notification on the page says (the last step's), or nothing. */
    String newestNotice() {
        return find(n -> n.tag != null && n.tag.contains("notification")).stream()
                .max((a, b) -> Integer.compare(a.id, b.id))
                .map(n -> textOf(n) + (n.value("text") == null ? "" : n.value("text")))
                .orElse("");
    }

    /** A field marked invalid with its error message shown. */
    private static boolean showsError(Node node) {
        JsonNode invalid = node.properties.get("invalid");
        String error = node.value("errorMessage");
        return invalid != null && invalid.asBoolean() && error != null && !error.isBlank();
    }

    int size() {
        return nodes.size();
    }
}
