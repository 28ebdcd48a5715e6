package app.baton.shared.ui;

import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.PropertyDefinition;
import com.vaadin.flow.data.binder.ValidationException;
import com.vaadin.flow.data.validator.BeanValidator;
import com.vaadin.flow.i18n.I18NProvider;
import jakarta.validation.ConstraintViolation;
import java.util.Locale;
import java.util.Optional;

/**
 * A form bound to a command record. Each field is bound to the record component of the same name ({@code
 * bind("title")}), and is checked against that component's Jakarta Bean Validation constraints as the person types:
 * the constraint's {@code message} is a message key ({@code @Size(max = TextLimits.NAME, message =
 * "experiment.titleRequired")}), shown translated beside the field, with the constraint's {@code max} as its argument.
 * {@link #write()} gives the record once every field is valid; the service checks the same constraints again
 * ({@code CommandCheck}) and refuses with the same keys, which {@link Refusals} shows beside the same fields.
 *
 * <p>Fields whose text is read into another type (an amount, a chosen item's id) are bound with a converter whose
 * error is translated too (e.g. {@code MoneyField.converter}).
 */
public class CommandBinder<R extends Record> extends Binder<R> {

    private final Class<R> type;

    public CommandBinder(Class<R> type) {
        super(type);
        this.type = type;
    }

    @Override
    protected BindingBuilder<R, ?> configureBinding(BindingBuilder<R, ?> binding, PropertyDefinition<R, ?> definition) {
        return binding.withValidator(new KeyedConstraints(type, definition.getName()));
    }

    /** The record, or empty with every invalid field saying why beside itself. */
    public Optional<R> write() {
        try {
            return Optional.of(writeRecord());
        } catch (ValidationException invalid) {
            return Optional.empty();
        }
    }

    /** The record component's constraints, their message keys translated in the reader's language. */
    static final class KeyedConstraints extends BeanValidator {

        KeyedConstraints(Class<?> type, String property) {
            super(type, property);
        }

        @Override
        protected String getMessage(ConstraintViolation<?> violation, Locale locale) {
            Object max = violation.getConstraintDescriptor().getAttributes().get("max");
            String key = violation.getMessageTemplate();
            return max == null ? I18NProvider.translate(locale, key) : I18NProvider.translate(locale, key, max);
        }
    }
}
