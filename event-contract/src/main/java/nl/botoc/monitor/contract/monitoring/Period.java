package nl.botoc.monitor.contract.monitoring;

import com.fasterxml.jackson.annotation.JsonIgnore;

import java.time.LocalDate;

/**
 * A reporting period, both days included, e.g. 2021-01-01 to 2021-12-31 for "2021". Targets and measured values
 * each belong to one period. Not checked here: registry-service names the field of a period that ends before it
 * starts.
 */
public record Period(LocalDate start, LocalDate end) {

    public static Period year(int year) {
        return new Period(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }

    @JsonIgnore
    public boolean isOrdered() {
        return start != null && end != null && !end.isBefore(start);
    }
}
