package nl.botoc.monitor.contract.monitoring;

import java.util.List;

/**
 * How progress towards a goal is measured.
 *
 * @param code        the municipality's key for it, unique within the intervention; progress reports name it
 * @param unit        what is counted, e.g. "jongeren" or "%"; a measured value must be in the same unit
 * @param baseline    where it stood before, when known
 * @param targets     what it should reach, per period
 * @param measurement how and by whom it is measured
 */
public record Indicator(
        String code,
        String name,
        String unit,
        Direction direction,
        Baseline baseline,
        List<Target> targets,
        String measurement) {
}
