package nl.botoc.monitor.reporting.api;

import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.QueryParam;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * What every page takes besides its path: the peildatum and the language. The language is {@code ?lang=} when
 * given (the response then remembers it in a cookie), else the cookie, else Dutch.
 */
public class PageRequest {

    static final String LANGUAGE = "lang";

    @QueryParam(Peildatum.PARAMETER)
    String peildatum;

    @QueryParam(LANGUAGE)
    String lang;

    @CookieParam(LANGUAGE)
    String langCookie;

    public Language language() {
        return Language.of(lang).or(() -> Language.of(langCookie)).orElse(Language.NL);
    }

    /** Whether the request chose the language itself, so that the response should remember it. */
    boolean choosesLanguage() {
        return Language.of(lang).isPresent();
    }

    public Optional<LocalDate> peildatum() {
        try {
            return Peildatum.parse(peildatum);
        } catch (DateTimeParseException e) {
            throw PageProblem.badRequest(language(), msg -> msg.invalidPeildatum(peildatum));
        }
    }
}
