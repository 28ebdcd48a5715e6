package app.baton.shared.ui;

import app.baton.shared.DomainException;
import app.baton.shared.Formats;
import app.baton.shared.Money;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.textfield.TextFieldVariant;
import com.vaadin.flow.data.binder.Result;
import com.vaadin.flow.data.converter.Converter;
import java.math.BigDecimal;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * An amount field: accepts what people type (thousands separators, NT$, full-width digits), shows the amount with
 * the currency and separators once they leave it, right-aligned, and says next to itself what is wrong.
 */
public class MoneyField extends TextField {

    private final String currency;

    public MoneyField(String label, String currency) {
        super(label);
        this.currency = currency;
        addThemeVariants(TextFieldVariant.LUMO_ALIGN_RIGHT);
        setValueChangeMode(com.vaadin.flow.data.value.ValueChangeMode.LAZY);
        setValueChangeTimeout(300);
        addBlurListener(e -> amount().ifPresent(this::setAmount));
        setHelperText(null);
    }

    /** The amount typed, if it reads as one; marks the field invalid with a translated message otherwise. */
    public Optional<BigDecimal> amount() {
        String text = getValue();
        if (text == null || text.isBlank()) {
            setInvalid(false);
            return Optional.empty();
        }
        try {
            BigDecimal amount = Money.parse(text, currency);
            setInvalid(false);
            return Optional.of(amount);
        } catch (DomainException e) {
            setErrorMessage(getTranslation(e.messageKey(), e.arguments()));
            setInvalid(true);
            return Optional.empty();
        }
    }

    /** The amount, or a translated "required" error on the field. */
    public Optional<BigDecimal> requiredAmount() {
        Optional<BigDecimal> amount = amount();
        if (amount.isEmpty() && !isInvalid()) {
            setErrorMessage(getTranslation("money.required"));
            setInvalid(true);
        }
        return amount;
    }

    /**
     * Reads the text as an amount for a {@code Binder}; what is wrong is said beside the field, translated. An empty
     * field is {@code whenEmpty}: a zero limit, or {@code null} for "no maximum" (a required field is refused by its
     * binding's {@code asRequired} before it gets here).
     */
    public Converter<String, BigDecimal> converter(@Nullable BigDecimal whenEmpty) {
        return Converter.from(
                text -> {
                    if (text == null || text.isBlank()) {
                        return Result.ok(whenEmpty);
                    }
                    try {
                        return Result.ok(Money.parse(text, currency));
                    } catch (DomainException e) {
                        return Result.error(getTranslation(e.messageKey(), e.arguments()));
                    }
                },
                amount -> amount == null ? "" : Formats.money(amount, currency, getLocale()));
    }

    public void setAmount(@Nullable BigDecimal amount) {
        setValue(amount == null ? "" : Formats.money(amount, currency, getLocale()));
    }
}
