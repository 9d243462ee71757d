package nl.botoc.monitor.registry.domain;

import nl.botoc.monitor.contract.InterventionDetails;
import nl.botoc.monitor.contract.TargetGroup;
import nl.botoc.monitor.contract.monitoring.Goal;

import java.util.Arrays;
import java.util.List;

/** Intervention details with only the fields a test is about; combine them with {@link InterventionDetails#with}. */
final class Details {

    static final InterventionDetails NONE = InterventionDetails.named(null, null);

    private Details() {
    }

    /** Arrays.asList, not List.of: a test may list a null code. */
    static InterventionDetails themes(String... codes) {
        return new InterventionDetails(null, null, null, Arrays.asList(codes), null, null, null, null, null, null, null, null);
    }

    static InterventionDetails themes(List<String> codes, String primaryTheme) {
        return new InterventionDetails(null, null, null, codes, primaryTheme, null, null, null, null, null, null, null);
    }

    static InterventionDetails primaryTheme(String code) {
        return themes(null, code);
    }

    static InterventionDetails riskFactors(String... codes) {
        return new InterventionDetails(null, null, null, null, null, Arrays.asList(codes), null, null, null, null, null, null);
    }

    static InterventionDetails protectiveFactors(String... codes) {
        return new InterventionDetails(null, null, null, null, null, null, Arrays.asList(codes), null, null, null, null, null);
    }

    static InterventionDetails method(String code) {
        return new InterventionDetails(null, null, null, null, null, null, null, code, null, null, null, null);
    }

    static InterventionDetails ages(Integer minAge, Integer maxAge) {
        return new InterventionDetails(null, null, null, null, null, null, null, null, null,
                new TargetGroup(minAge, maxAge, "Jongeren"), null, null);
    }

    static InterventionDetails measurableGoals(Goal... goals) {
        return new InterventionDetails(null, null, null, null, null, null, null, null, null, null, null, List.of(goals));
    }
}
