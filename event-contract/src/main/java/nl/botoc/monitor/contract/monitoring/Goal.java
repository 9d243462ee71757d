package nl.botoc.monitor.contract.monitoring;

/** One goal of an intervention at one level, with the indicator that measures it. */
public record Goal(GoalLevel level, String description, Indicator indicator) {
}
