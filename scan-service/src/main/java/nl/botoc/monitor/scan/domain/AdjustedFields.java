package nl.botoc.monitor.scan.domain;

import nl.botoc.monitor.contract.InterventionDetails;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Which fields of an intervention's details an adjustment changed, by their JSON names (e.g. "name"). */
final class AdjustedFields {

    /** Read once: the JDK builds new component objects on every call, which re-deriving many scans would feel. */
    private static final List<RecordComponent> FIELDS = List.of(InterventionDetails.class.getRecordComponents());

    private AdjustedFields() {
    }

    /**
     * The fields {@code changes} sets to a value other than the current one, in the order of the record.
     * Read from the record's components so that a field added to the contract is covered without a change here.
     */
    static List<String> changedBy(InterventionDetails current, InterventionDetails changes) {
        List<String> changed = new ArrayList<>();
        for (RecordComponent field : FIELDS) {
            Object change = valueOf(field, changes);
            if (change != null && !Objects.equals(change, valueOf(field, current))) {
                changed.add(field.getName());
            }
        }
        return changed;
    }

    /** The union of both lists, in the order of the record. */
    static List<String> union(List<String> some, List<String> more) {
        List<String> union = new ArrayList<>();
        for (RecordComponent field : FIELDS) {
            if (some.contains(field.getName()) || more.contains(field.getName())) {
                union.add(field.getName());
            }
        }
        return List.copyOf(union);
    }

    private static Object valueOf(RecordComponent field, InterventionDetails details) {
        try {
            return field.getAccessor().invoke(details);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + field.getName() + " of InterventionDetails", e);
        }
    }
}
