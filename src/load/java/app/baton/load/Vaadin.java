package app.baton.load;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.bodyString;
import static io.gatling.javaapi.core.CoreDsl.doIf;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.regex;
import static io.gatling.javaapi.core.CoreDsl.responseTimeInMillis;
import static io.gatling.javaapi.core.CoreDsl.substring;
import static io.gatling.javaapi.http.HttpDsl.ByteArrayBodyPart;
import static io.gatling.javaapi.http.HttpDsl.header;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.Session;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The few Gatling steps a Vaadin Flow application needs: open a page (its HTML, then the UI's {@code ?v-r=init}),
 * move through the router, click what a person would click, type into a field, upload a file, sign in through
 * Spring Security's form. Each UIDL request carries the UI's CSRF token and the {@code syncId}/{@code clientId} the
 * server expects; each response is applied to the virtual user's state tree ({@link VaadinClient}). A step whose
 * target is missing (no such button) marks the virtual user failed, so its group counts as KO in the report.
 */
final class Vaadin {

    private static final Logger log = LoggerFactory.getLogger(Vaadin.class);
    private static final String BODY = "vaadinBody";
    private static final String RESPONSE = "vaadinResponse";
    private static final String TIME = "vaadinResponseTime";
    /** What Flow's bootstrap sends about the browser: a phone-sized window, Taipei's time zone. */
    private static final String BROWSER = "&v-sh=844&v-sw=390&v-wh=844&v-ww=390&v-bh=844&v-bw=390&v-curdate=0"
            + "&v-tzo=-480&v-dstd=0&v-rtzo=-480&v-dston=false&v-tzid=Asia%2FTaipei&v-wn=load&v-td=true&v-pr=3"
            + "&v-np=Linux&v-cs=light&v-pv=VISIBLE&v-fs=NOT_FULLSCREEN&v-so=portrait-primary&v-soa=0&v-tn=lumo"
            + "&v-ga=UNSUPPORTED&v-wla=SUPPORTED&v-ws=false";

    private Vaadin() {}

    static VaadinClient client(Session session) {
        return session.get(VaadinClient.KEY);
    }

    /** A full page load of {@code route}, as after typing its address: HTML, a new UI, the first navigation. */
    static ChainBuilder open(String name, String route) {
        return exec(http(name + " (page)")
                        .get("/" + route)
                        .check(status().is(200))
                        .check(regex("<meta name=\"_csrf\" content=\"([^\"]+)\"").optional().saveAs("springCsrf")))
                .exec(http(name + " (init)")
                        .get("/?v-r=init&location=" + route + "&query=" + BROWSER)
                        .check(status().is(200), bodyString().saveAs(RESPONSE)))
                .exec(session -> {
                    VaadinClient client = new VaadinClient();
                    client.init(session.getString(RESPONSE));
                    return session.set(VaadinClient.KEY, client).remove(RESPONSE);
                })
                .exec(send(name, client -> List.of(VaadinClient.navigate(route, ""))));
    }

    /** Through the router, as a click on a link or a menu item does. */
    static ChainBuilder navigate(String name, String route) {
        return send(name, client -> List.of(VaadinClient.navigate(route, "")));
    }

    /** To the first link on the page whose address starts with {@code prefix}; fails the user if there is none. */
    static ChainBuilder followFirst(String name, String prefix) {
        return send(name, client -> client.tree().links(prefix).stream()
                .findFirst()
                .map(href -> List.of(VaadinClient.navigate(href, "")))
                .orElse(null));
    }

    /** Follows the first such link when there is one; otherwise does nothing (an empty list is not an error). */
    static ChainBuilder followFirstIfAny(String name, String prefix) {
        return exec(session -> session.set("vaadinHasLink", !client(session).tree().links(prefix).isEmpty()))
                .doIf("#{vaadinHasLink}")
                .then(followFirst(name, prefix));
    }

    /** A click on the button that says exactly {@code text}. */
    static ChainBuilder click(String name, String text) {
        return send(name, client -> client.tree()
                .button(text)
                .map(button -> List.of(VaadinClient.click(button.id)))
                .orElse(null));
    }

    /** A click on the first button whose words include the session's {@code attribute} (a company's name). */
    static ChainBuilder clickContaining(String name, String attribute) {
        return send(name, (client, session) -> client.tree().find(n -> "vaadin-button".equals(n.tag)
                        && client.tree().textOf(n).contains(session.getString(attribute)))
                .stream()
                .findFirst()
                .map(button -> List.of(VaadinClient.click(button.id)))
                .orElse(null));
    }

    /** Clicks the button that says exactly {@code text} when there is one. */
    static ChainBuilder clickIfAny(String name, String text) {
        return doIf(session -> hasButton(client(session), text)).then(click(name, text));
    }

    /** Types {@code value} into the field labelled {@code label} and leaves it (its value goes to the server). */
    static ChainBuilder type(String name, String label, Function<Session, String> value) {
        return exec(session -> session.set("vaadinTyped", value.apply(session)))
                .exec(send(name, (client, session) -> client.tree()
                        .find(n -> n.tag != null && n.tag.startsWith("vaadin-") && label.equals(n.value("label")))
                        .stream()
                        .findFirst()
                        .map(field -> {
                            List<ObjectNode> rpc = new ArrayList<>();
                            rpc.add(VaadinClient.sync(field.id, "value", session.getString("vaadinTyped")));
                            for (String event : List.of("value-changed", "change")) {
                                if (field.listeners.contains(event)) {
                                    rpc.add(VaadinClient.event(field.id, event));
                                }
                            }
                            return rpc;
                        })
                        .orElse(null)));
    }

    /**
     * Sends a file through the Upload with this class name (to the address in its {@code target}), as the browser's
     * upload does, then asks the server for what changed (the page a successful upload opens).
     */
    static ChainBuilder upload(String name, String uploadClass, String fileName, Function<Session, byte[]> content) {
        return heartbeat().exec(session -> {
                    Optional<String> target = client(session)
                            .tree()
                            .byClass(uploadClass)
                            .map(n -> n.value("target"));
                    if (target.isEmpty()) {
                        log.warn("{}: no upload .{} on the page", name, uploadClass);
                        return session.markAsFailed().set("vaadinUpload", "");
                    }
                    return session.set("vaadinUpload", target.get());
                })
                .doIf(session -> !session.getString("vaadinUpload").isEmpty())
                .then(exec(http(name)
                                .post(session -> "/" + session.getString("vaadinUpload"))
                                .bodyPart(ByteArrayBodyPart("file", content)
                                        .fileName(fileName)
                                        .contentType("text/csv"))
                                .asMultipartForm()
                                .check(status().is(200)))
                        .exec(send(name + " (result)", client -> List.of())));
    }

    /**
     * Checks what the page shows now (the outcome of the last step, such as a request that was really sent); when it
     * does not, the virtual user is marked failed, so its journey's group counts as KO.
     */
    static ChainBuilder expect(String what, java.util.function.Predicate<VaadinClient> shown) {
        return exec(session -> {
            VaadinClient client = client(session);
            if (client != null && shown.test(client)) {
                return session;
            }
            log.warn(
                    "expected {}, but the page does not show it; it says: {}",
                    what,
                    client == null ? "" : client.tree().notices());
            return session.markAsFailed();
        });
    }

    /** True when a button says exactly {@code text}. */
    static boolean hasButton(VaadinClient client, String text) {
        return client.tree().button(text).isPresent();
    }

    /** Spring Security's form sign-in from the sign-in page, then the home page as a new UI. */
    static ChainBuilder signIn() {
        return open("sign-in page", "login")
                .exec(http("sign in")
                        .post("/login")
                        .formParam("_csrf", "#{springCsrf}")
                        .formParam("username", "#{email}")
                        .formParam("password", "#{password}")
                        .disableFollowRedirect()
                        .check(status().is(302))
                        .check(header("Location")
                                .transform(location -> !location.contains("error") && !location.contains("throttled"))
                                .is(true)))
                .exec(open("home", ""));
    }

    static ChainBuilder send(String name, Function<VaadinClient, List<ObjectNode>> rpc) {
        return send(name, (client, session) -> rpc.apply(client));
    }

    /** The tab's heartbeat, when a minute has passed since the last one (the UI's timer). */
    static ChainBuilder heartbeat() {
        return doIf(session -> client(session) != null && client(session).heartbeatDue())
                .then(exec(http("heartbeat")
                        .post(session -> "/?v-r=heartbeat&v-uiId=" + client(session).uiId())
                        .header("Content-Type", "text/plain;charset=utf-8")
                        .check(status().is(200))));
    }

    /** One UIDL round trip; {@code rpc} returns null when what it should act on is not on the page. */
    static ChainBuilder send(String name, java.util.function.BiFunction<VaadinClient, Session, List<ObjectNode>> rpc) {
        return heartbeat().exec(session -> {
                    VaadinClient client = client(session);
                    List<ObjectNode> invocations = client == null ? null : rpc.apply(client, session);
                    if (invocations == null) {
                        log.warn("{}: nothing to act on ({} nodes on the page)", name, client == null ? 0 : client.tree().size());
                        return session.markAsFailed().set(BODY, "");
                    }
                    return session.set(BODY, client.message(invocations));
                })
                .doIf(session -> !session.getString(BODY).isEmpty())
                .then(exec(http(name)
                                .post(session -> "/?v-r=uidl&v-uiId=" + client(session).uiId())
                                .header("Content-Type", "application/json; charset=UTF-8")
                                .body(StringBody(session -> session.getString(BODY)))
                                .check(status().is(200))
                                .check(substring("\"sessionExpired\":true").notExists())
                                .check(substring("\"appError\"").notExists())
                                .check(bodyString().saveAs(RESPONSE))
                                .check(responseTimeInMillis().saveAs(TIME)))
                        .exec(session -> {
                            if (session.contains(TIME)) {
                                UidlTimes.record(session.getInt(TIME));
                            }
                            VaadinClient client = client(session);
                            client.response(session.getString(RESPONSE));
                            Session next = session.remove(RESPONSE).remove(BODY).remove(TIME);
                            if (client.problem() != null) {
                                log.warn("{}: {}", name, client.problem());
                                return next.markAsFailed();
                            }
                            return next;
                        }));
    }
}
