package app.baton.shell;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.SynchronizedRequestHandler.ResponseWriter;
import com.vaadin.flow.server.UIInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.communication.ServerRpcHandler;
import com.vaadin.flow.server.communication.UidlRequestHandler;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Optional;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.InflaterInputStream;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Keeps what a signed-in session holds on the server small (issue 16, decision 017), in two ways Vaadin does not by
 * itself:
 *
 * <ul>
 *   <li><b>The sign-in page's UI is closed when its person has signed in.</b> Signing in is a page load, so the
 *       sign-in page's UI would otherwise stay in the session until its heartbeats stop (three missed, 3 minutes). A
 *       UI made for a signed-in request closes the session's UIs made before sign-in; UIs of other signed-in tabs are
 *       left alone.
 *   <li><b>Each UI's last answer is kept compressed.</b> Vaadin keeps the last answer it sent each page, to send it
 *       again if the page resends its last message because the answer was lost on the way. The dashboard's answer is
 *       about 200 KB of text, held as long as the tab stays open. Answers above {@value #KEEP_AS_TEXT} characters are
 *       kept deflated (about a tenth of the size) and turned back into text only for such a resend, so the page gets
 *       exactly the answer it missed.
 * </ul>
 *
 * The handler is added before Vaadin's own and answers every page's requests ({@code v-r=uidl}) in its place; Vaadin
 * reverses the handlers' order at start-up, so one added at service initialisation is asked first.
 */
@Component
class LightSessions implements VaadinServiceInitListener {

    /** Answers shorter than this are kept as Vaadin keeps them: compressing them would save little. */
    static final int KEEP_AS_TEXT = 4096;

    private static final String SIGNED_OUT = LightSessions.class.getName() + ".signedOut";

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addRequestHandler(new CompactLastAnswer());
        event.getSource().addUIInitListener(LightSessions::closeSignInPages);
    }

    private static void closeSignInPages(UIInitEvent event) {
        VaadinRequest request = VaadinRequest.getCurrent();
        UI ui = event.getUI();
        closeSignInPages(
                ui,
                request != null && request.getUserPrincipal() != null,
                ui.getSession().getUIs());
    }

    /**
     * Marks a UI made before sign-in; for a UI made after it, closes the session's marked ones (Vaadin removes a
     * closed UI at the end of the request).
     */
    static void closeSignInPages(UI ui, boolean signedIn, Collection<UI> sessionUis) {
        if (!signedIn) {
            ComponentUtil.setData(ui, SIGNED_OUT, Boolean.TRUE);
            return;
        }
        for (UI other : sessionUis) {
            if (other != ui && ComponentUtil.getData(other, SIGNED_OUT) != null) {
                other.close();
            }
        }
    }

    /** The deflated UTF-8 of a UI's last answer. */
    record Packed(byte[] deflated) implements Serializable {

        static Packed of(String text) {
            var out = new ByteArrayOutputStream(text.length() / 8);
            var deflater = new Deflater(Deflater.BEST_SPEED);
            try (var stream = new DeflaterOutputStream(out, deflater)) {
                stream.write(text.getBytes(StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } finally {
                deflater.end();
            }
            return new Packed(out.toByteArray());
        }

        String text() {
            try (var stream = new InflaterInputStream(new java.io.ByteArrayInputStream(deflated))) {
                return new String(stream.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** After each answer, packs it; when the page resends its last message, unpacks it for Vaadin to send again. */
    static final class CompactLastAnswer extends UidlRequestHandler {

        @Override
        protected ServerRpcHandler createRpcHandler() {
            return new ServerRpcHandler() {
                @Override
                public void handleRpc(UI ui, String message, VaadinRequest request)
                        throws InvalidUIDLSecurityKeyException, MessageIdSyncException {
                    try {
                        super.handleRpc(ui, message, request);
                    } catch (ClientResentPayloadException resent) {
                        unpack(ui);
                        throw resent;
                    }
                }
            };
        }

        @Override
        public Optional<ResponseWriter> synchronizedHandleRequest(
                VaadinSession session, VaadinRequest request, VaadinResponse response, String requestBody)
                throws IOException {
            // the UI is looked up before the request runs: the request may end the session (signing out), after
            // which the session can no longer be asked for it
            UI ui = session.getService().findUI(request);
            Optional<ResponseWriter> answer = super.synchronizedHandleRequest(session, request, response, requestBody);
            if (ui != null) {
                pack(ui);
            }
            return answer;
        }

        static void pack(UI ui) {
            @Nullable String last = ui.getInternals().getLastRequestResponse();
            if (last == null) {
                return;
            }
            if (last.length() < KEEP_AS_TEXT) {
                ComponentUtil.setData(ui, Packed.class, null);
                return;
            }
            ComponentUtil.setData(ui, Packed.class, Packed.of(last));
            ui.getInternals().setLastRequestResponse(null);
        }

        static void unpack(UI ui) {
            Packed packed = ComponentUtil.getData(ui, Packed.class);
            if (packed != null) {
                ui.getInternals().setLastRequestResponse(packed.text());
            }
        }
    }
}
