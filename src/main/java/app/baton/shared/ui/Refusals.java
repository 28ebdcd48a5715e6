package app.baton.shared.ui;

import app.baton.shared.DomainException;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * The one way a screen shows a refusal ({@link DomainException}): beside the field it is about, in the field's own
 * error message, or else as a notification. A form names its fields once with the message keys (or key prefixes
 * ending in ".") that belong to each; every action then runs through {@link #run} or {@link #call}.
 *
 * <pre>{@code
 * Refusals refusals = new Refusals().field(email, "email.").field(name, "account.displayNameRequired");
 * save.addClickListener(click -> refusals.run(() -> service.save(email.getValue(), name.getValue())));
 * }</pre>
 */
public final class Refusals {

    /** Every refusal no other field is named for (a form whose one field every refusal is about). */
    public static final String ANY = "*";

    private record Binding(HasValidation field, List<String> keys) {}

    private final List<Binding> bindings = new ArrayList<>();
    private Consumer<DomainException> then = e -> {};

    /**
     * Shows refusals with these message keys beside {@code field}; a key ending in "." stands for every key that
     * starts with it, and {@link #ANY} for every key no other field takes.
     */
    public Refusals field(HasValidation field, String... keys) {
        bindings.add(new Binding(field, List.of(keys)));
        return this;
    }

    /**
     * What happens after a refusal is shown, e.g. the page reads the item again when someone changed it meanwhile.
     */
    public Refusals then(Consumer<DomainException> afterRefusal) {
        this.then = afterRefusal;
        return this;
    }

    /** Runs the action; a refusal is shown, and the fields' earlier errors are cleared first. */
    public boolean run(Runnable action) {
        return call(() -> {
                    action.run();
                    return Boolean.TRUE;
                })
                .isPresent();
    }

    /** Runs the action and gives its result, or nothing after showing its refusal. */
    public <T> Optional<T> call(Supplier<T> action) {
        clear();
        try {
            return Optional.of(action.get());
        } catch (DomainException e) {
            show(e);
            then.accept(e);
            return Optional.empty();
        }
    }

    /** Shows a refusal beside its field (each, when several share the key), or as a notification when none is named. */
    public void show(DomainException e) {
        List<HasValidation> fields = fieldsFor(e.messageKey());
        if (fields.isEmpty()) {
            Toasts.error(e);
            return;
        }
        for (HasValidation field : fields) {
            field.setErrorMessage(((Component) field).getTranslation(e.messageKey(), e.arguments()));
            field.setInvalid(true);
        }
    }

    /** Clears the errors this shows on its fields. */
    public void clear() {
        bindings.forEach(b -> b.field().setInvalid(false));
    }

    /** The fields named for a message key: those with the exact key, else those with the longest prefix. */
    List<HasValidation> fieldsFor(String key) {
        List<HasValidation> best = new ArrayList<>();
        int bestLength = -1;
        for (Binding binding : bindings) {
            for (String k : binding.keys()) {
                boolean prefix = k.endsWith(".") || k.equals(ANY);
                boolean matches = k.equals(ANY) || (prefix ? key.startsWith(k) : key.equals(k));
                int length = k.equals(ANY) ? 0 : prefix ? k.length() : Integer.MAX_VALUE;
                if (matches && length > bestLength) {
                    best.clear();
                    bestLength = length;
                }
                if (matches && length == bestLength && !best.contains(binding.field())) {
                    best.add(binding.field());
                }
            }
        }
        return best;
    }

    /** The first of {@link #fieldsFor}, or null when a notification shows the refusal. */
    @Nullable
    HasValidation fieldFor(String key) {
        List<HasValidation> fields = fieldsFor(key);
        return fields.isEmpty() ? null : fields.getFirst();
    }
}
