package app.baton.shared.validation;

import app.baton.shared.DomainException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.Comparator;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Checks a command record's Jakarta Bean Validation constraints (their {@code message} is a message key, e.g.
 * {@code @Size(max = TextLimits.NAME, message = "experiment.titleRequired")}) and refuses the first broken one, in
 * the order of the record's fields, as a {@link DomainException} with that key: the same refusal a hand-written check
 * gave, shown beside its field by {@code Refusals}. A constraint's {@code max} is the message's argument.
 */
@Component
public class CommandCheck {

    private final Validator validator;

    public CommandCheck(Validator validator) {
        this.validator = validator;
    }

    /** The command, or a refusal of its first broken constraint. */
    public <T> T check(T command) {
        var broken = validator.validate(command).stream()
                .min(Comparator.comparingInt((ConstraintViolation<T> v) -> order(command, v))
                        .thenComparing(v -> v.getMessageTemplate()))
                .orElse(null);
        if (broken == null) {
            return command;
        }
        Map<String, Object> attributes = broken.getConstraintDescriptor().getAttributes();
        Object max = attributes.get("max");
        throw max == null
                ? new DomainException(broken.getMessageTemplate())
                : new DomainException(broken.getMessageTemplate(), max);
    }

    /** The position of the violated field among the record's components (the form's order). */
    private static int order(Object command, ConstraintViolation<?> violation) {
        String field = violation.getPropertyPath().iterator().next().getName();
        var components = command.getClass().getRecordComponents();
        if (components == null) {
            return 0;
        }
        for (int i = 0; i < components.length; i++) {
            if (components[i].getName().equals(field)) {
                return i;
            }
        }
        return components.length;
    }
}
