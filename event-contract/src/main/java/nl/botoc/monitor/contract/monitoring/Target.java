package nl.botoc.monitor.contract.monitoring;

import java.math.BigDecimal;

/** The value an indicator should reach in one period. */
public record Target(Period period, BigDecimal value) {
}
