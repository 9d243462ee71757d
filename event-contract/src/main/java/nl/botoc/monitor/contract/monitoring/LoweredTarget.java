package nl.botoc.monitor.contract.monitoring;

import java.math.BigDecimal;

/**
 * A target asking less than the original plan did (report 2.2: ambitious goals "een stuk laagdrempeliger
 * bijgesteld"). A target dropped altogether is lowered to null.
 *
 * @param indicator     the indicator's code
 * @param original      the target in the plan the intervention was registered with
 * @param current       the target now, or null when it was dropped
 */
public record LoweredTarget(String indicator, Period period, BigDecimal original, BigDecimal current) {
}
