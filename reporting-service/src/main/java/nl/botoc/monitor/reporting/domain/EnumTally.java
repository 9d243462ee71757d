package nl.botoc.monitor.reporting.domain;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** How often each constant of an enum occurs among some values; a constant that never occurs counts 0. */
final class EnumTally<E extends Enum<E>> {

    private final Map<E, Long> counts;

    private EnumTally(Map<E, Long> counts) {
        this.counts = counts;
    }

    /** Null values are left out: a scan that does not say (yet) counts under no constant. */
    static <E extends Enum<E>> EnumTally<E> of(Stream<E> values, Class<E> type) {
        return new EnumTally<>(values.filter(Objects::nonNull).collect(Collectors.groupingBy(
                value -> value, () -> new EnumMap<>(type), Collectors.counting())));
    }

    int count(E constant) {
        return counts.getOrDefault(constant, 0L).intValue();
    }

    int count(Predicate<E> which) {
        return counts.entrySet().stream()
                .filter(entry -> which.test(entry.getKey()))
                .mapToInt(entry -> entry.getValue().intValue())
                .sum();
    }
}
