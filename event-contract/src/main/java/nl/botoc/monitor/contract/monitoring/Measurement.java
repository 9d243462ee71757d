package nl.botoc.monitor.contract.monitoring;

import java.math.BigDecimal;

/**
 * A measured value of one of the intervention's indicators over one period.
 *
 * @param indicator the {@link Indicator#code()} it measures
 * @param unit      repeated from the indicator so that a value in the wrong unit is refused, not misread
 */
public record Measurement(String indicator, Period period, BigDecimal value, String unit) {
}
