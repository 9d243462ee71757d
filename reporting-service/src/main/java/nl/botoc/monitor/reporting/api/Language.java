package nl.botoc.monitor.reporting.api;

import io.quarkus.qute.TemplateData;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The languages of the pages: Dutch first, English on request. */
@TemplateData
public enum Language {
    NL(Locale.forLanguageTag("nl-NL")), EN(Locale.forLanguageTag("en-GB"));

    private final Locale locale;

    Language(Locale locale) {
        this.locale = locale;
    }

    /** The code in {@code ?lang=}, the cookie and {@code <html lang>}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public Locale locale() {
        return locale;
    }

    public Language other() {
        return this == NL ? EN : NL;
    }

    public static Optional<Language> of(String code) {
        return Arrays.stream(values()).filter(language -> language.code().equalsIgnoreCase(code)).findFirst();
    }
}
