package app.baton.shared.i18n;

/** A signed-in principal's chosen language. */
public interface LanguagePreference {

    /** A BCP 47 tag such as {@code zh-TW} or {@code en}. */
    String languageTag();
}
