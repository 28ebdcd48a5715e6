package app.baton.shared.i18n;

import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ResourceBundleMessageSource;

/** The two message bundles, {@code messages_zh_TW} (default) and {@code messages_en}. */
@Configuration(proxyBeanMethods = false)
public class Messages {

    public static final Locale ZH_TW = Locale.TAIWAN;
    public static final Locale EN = Locale.ENGLISH;
    public static final List<Locale> SUPPORTED = List.of(ZH_TW, EN);

    @Bean
    public MessageSource messageSource() {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasename("messages");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        source.setDefaultLocale(ZH_TW);
        source.setUseCodeAsDefaultMessage(true);
        return source;
    }

    /** Maps a stored language tag (or anything else) onto one of the supported locales. */
    public static Locale supported(@Nullable String languageTag) {
        if (languageTag != null && languageTag.toLowerCase(Locale.ROOT).startsWith("en")) {
            return EN;
        }
        return ZH_TW;
    }

    public static Locale supported(@Nullable Locale locale) {
        return supported(locale == null ? null : locale.toLanguageTag());
    }
}
