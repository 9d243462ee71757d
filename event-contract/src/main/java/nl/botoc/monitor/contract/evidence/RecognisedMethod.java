package nl.botoc.monitor.contract.evidence;

import java.time.LocalDate;

/**
 * A method with its recognition: by which body, at which level, from when until when (null: still valid).
 * Recognition belongs to the method; an intervention uses a method.
 */
public record RecognisedMethod(String code, String nl, String body, String level,
                               LocalDate validFrom, LocalDate validUntil) {

    public boolean recognisedOn(LocalDate date) {
        return (validFrom == null || !date.isBefore(validFrom)) && (validUntil == null || date.isBefore(validUntil));
    }

    public RecognisedMethod withdrawnFrom(LocalDate date) {
        return new RecognisedMethod(code, nl, body, level, validFrom, date);
    }
}
