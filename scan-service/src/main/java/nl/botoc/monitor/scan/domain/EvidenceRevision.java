package nl.botoc.monitor.scan.domain;

import nl.botoc.monitor.contract.evidence.EvidenceBase;
import nl.botoc.monitor.contract.evidence.EvidenceChange;
import nl.botoc.monitor.contract.evidence.RecognisedMethod;
import nl.botoc.monitor.contract.evidence.RiskFactor;
import nl.botoc.monitor.contract.evidence.Theme;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Stream;

/** Applies a researcher's change to the evidence base, giving the next version. Pure. */
public final class EvidenceRevision {

    private EvidenceRevision() {
    }

    /** The evidence base after {@code change}, one version higher; refuses a change that does not fit. */
    public static EvidenceBase apply(EvidenceBase current, EvidenceChange change) {
        List<Theme> themes = current.themes();
        List<RiskFactor> riskFactors = current.riskFactors();
        var protectiveFactors = current.protectiveFactors();
        List<RecognisedMethod> methods = current.recognisedMethods();
        if (change instanceof EvidenceChange.FactorReclassified reclassified) {
            requireKnown("factor", reclassified.factor(), current.riskFactor(reclassified.factor()).isPresent());
            riskFactors = replace(riskFactors, f -> f.code().equals(reclassified.factor()),
                    f -> f.withEvidenceClass(reclassified.evidenceClass()));
        } else if (change instanceof EvidenceChange.RiskFactorAdded added) {
            requireNew("factor.code", added.factor().code(), current);
            riskFactors = append(riskFactors, added.factor());
        } else if (change instanceof EvidenceChange.ProtectiveFactorAdded added) {
            requireNew("factor.code", added.factor().code(), current);
            protectiveFactors = append(protectiveFactors, added.factor());
        } else if (change instanceof EvidenceChange.MethodRecognised recognised) {
            methods = Stream.concat(methods.stream().filter(m -> !m.code().equals(recognised.method().code())),
                    Stream.of(recognised.method())).toList();
        } else if (change instanceof EvidenceChange.MethodRecognitionWithdrawn withdrawn) {
            requireKnown("method", withdrawn.method(), current.method(withdrawn.method()).isPresent());
            methods = replace(methods, m -> m.code().equals(withdrawn.method()),
                    m -> m.withdrawnFrom(withdrawn.validUntil()));
        } else if (change instanceof EvidenceChange.ThemeFactorsChanged changed) {
            requireKnown("theme", changed.theme(), current.theme(changed.theme()).isPresent());
            changed.riskFactors().forEach(code ->
                    requireKnown("riskFactors", code, current.riskFactor(code).isPresent()));
            changed.protectiveFactors().forEach(code ->
                    requireKnown("protectiveFactors", code, current.protectiveFactor(code).isPresent()));
            themes = replace(themes, t -> t.code().equals(changed.theme()), t -> new Theme(t.code(), t.nl(),
                    t.en(), t.repressive(), changed.riskFactors(), changed.protectiveFactors()));
        } else {
            // Java 17 has no exhaustive switch over a sealed type; the baseline is the only other kind.
            throw new InvalidEvidenceChange("type", "the baseline is loaded once, not applied as a change");
        }
        return new EvidenceBase(current.version() + 1, current.name(), current.source(), current.notes(), themes,
                current.riskFactorGroups(), riskFactors, protectiveFactors, methods);
    }

    private static <T> List<T> replace(List<T> items, Predicate<T> which, Function<T, T> change) {
        return items.stream().map(item -> which.test(item) ? change.apply(item) : item).toList();
    }

    private static <T> List<T> append(List<T> items, T item) {
        List<T> longer = new ArrayList<>(items);
        longer.add(item);
        return longer;
    }

    private static void requireKnown(String field, String code, boolean known) {
        if (!known) {
            throw new InvalidEvidenceChange(field, "unknown code '" + code + "'");
        }
    }

    private static void requireNew(String field, String code, EvidenceBase current) {
        if (current.riskFactor(code).isPresent() || current.protectiveFactor(code).isPresent()) {
            throw new InvalidEvidenceChange(field, "code '" + code + "' is already in use");
        }
    }

    /** A change that does not fit the current evidence base; names the field that is wrong. */
    public static final class InvalidEvidenceChange extends RuntimeException {
        private final String field;

        public InvalidEvidenceChange(String field, String message) {
            super(message);
            this.field = field;
        }

        public String field() {
            return field;
        }
    }
}
