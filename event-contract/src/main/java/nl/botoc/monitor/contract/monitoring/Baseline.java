package nl.botoc.monitor.contract.monitoring;

import java.math.BigDecimal;
import java.time.LocalDate;

/** Where an indicator stood before the intervention, and when that was measured. */
public record Baseline(BigDecimal value, LocalDate date) {
}
