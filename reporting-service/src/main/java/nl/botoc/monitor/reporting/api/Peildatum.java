package nl.botoc.monitor.reporting.api;

import jakarta.ws.rs.BadRequestException;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** The {@code ?peildatum=2020-09-30} every page and export takes: absent or blank means now. */
final class Peildatum {

    static final String PARAMETER = "peildatum";

    private Peildatum() {
    }

    /** @throws DateTimeParseException when the value is not an ISO date */
    static Optional<LocalDate> parse(String value) {
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(LocalDate.parse(value.strip()));
    }

    /** For the API: a value that is no date is a 400 problem naming the parameter. */
    static Optional<LocalDate> forApi(String value) {
        try {
            return parse(value);
        } catch (DateTimeParseException e) {
            throw new BadRequestException("peildatum must be a date as yyyy-mm-dd, e.g. 2020-09-30; was '"
                    + value + "'");
        }
    }
}
