package nl.botoc.monitor.scan.domain;

import nl.botoc.monitor.contract.evidence.EvidenceBase;
import nl.botoc.monitor.contract.evidence.EvidenceChange;
import nl.botoc.monitor.contract.evidence.ProtectiveFactor;
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

    /**
     * The evidence base after {@code change}, one version higher; refuses a change that does not fit, naming
     * the field (as the change's JSON names it) that is missing or wrong.
     */
    public static EvidenceBase apply(EvidenceBase current, EvidenceChange change) {
        requireText("reason", change.reason());
        List<Theme> themes = current.themes();
        List<RiskFactor> riskFactors = current.riskFactors();
        List<ProtectiveFactor> protectiveFactors = current.protectiveFactors();
        List<RecognisedMethod> methods = current.recognisedMethods();
        if (change instanceof EvidenceChange.FactorReclassified reclassified) {
            requireKnown("factor", reclassified.factor(), current.riskFactor(reclassified.factor()).isPresent());
            require("evidenceClass", reclassified.evidenceClass() != null, "is missing");
            riskFactors = replace(riskFactors, f -> f.code().equals(reclassified.factor()),
                    f -> f.withEvidenceClass(reclassified.evidenceClass()));
        } else if (change instanceof EvidenceChange.RiskFactorAdded added) {
            requireComplete(added.factor(), current);
            riskFactors = append(riskFactors, added.factor());
        } else if (change instanceof EvidenceChange.ProtectiveFactorAdded added) {
            require("factor", added.factor() != null, "is missing");
            requireNew("factor.code", added.factor().code(), current);
            requireText("factor.nl", added.factor().nl());
            protectiveFactors = append(protectiveFactors, added.factor());
        } else if (change instanceof EvidenceChange.MethodRecognised recognised) {
            requireComplete(recognised.method());
            methods = Stream.concat(methods.stream().filter(m -> !m.code().equals(recognised.method().code())),
                    Stream.of(recognised.method())).toList();
        } else if (change instanceof EvidenceChange.MethodRecognitionWithdrawn withdrawn) {
            requireKnown("method", withdrawn.method(), current.method(withdrawn.method()).isPresent());
            require("validUntil", withdrawn.validUntil() != null, "is missing");
            methods = replace(methods, m -> m.code().equals(withdrawn.method()),
                    m -> m.withdrawnFrom(withdrawn.validUntil()));
        } else if (change instanceof EvidenceChange.ThemeFactorsChanged changed) {
            requireKnownCodes(changed, current);
            themes = replace(themes, t -> t.code().equals(changed.theme()), t -> new Theme(t.code(), t.nl(),
                    t.en(), t.repressive(), changed.riskFactors(), changed.protectiveFactors()));
        } else {
            // Java 17 has no exhaustive switch over a sealed type; the baseline is the only other kind.
            throw new InvalidEvidenceChange("type", "the baseline is loaded once, not applied as a change");
        }
        return new EvidenceBase(current.version() + 1, current.name(), current.source(), current.notes(), themes,
                current.riskFactorGroups(), riskFactors, protectiveFactors, methods);
    }

    private static void requireComplete(RiskFactor factor, EvidenceBase current) {
        require("factor", factor != null, "is missing");
        requireNew("factor.code", factor.code(), current);
        requireText("factor.nl", factor.nl());
        require("factor.evidenceClass", factor.evidenceClass() != null, "is missing");
        require("factor.group", current.riskFactorGroups().stream().anyMatch(g -> g.code().equals(factor.group())),
                "is not a known group: '" + factor.group() + "'");
    }

    private static void requireComplete(RecognisedMethod method) {
        require("method", method != null, "is missing");
        requireText("method.code", method.code());
        requireText("method.nl", method.nl());
        require("method.validUntil", method.validFrom() == null || method.validUntil() == null
                || method.validUntil().isAfter(method.validFrom()), "must lie after validFrom");
    }

    private static void requireKnownCodes(EvidenceChange.ThemeFactorsChanged changed, EvidenceBase current) {
        requireKnown("theme", changed.theme(), current.theme(changed.theme()).isPresent());
        require("riskFactors", changed.riskFactors() != null, "is missing (send [] for none)");
        require("protectiveFactors", changed.protectiveFactors() != null, "is missing (send [] for none)");
        changed.riskFactors().forEach(code ->
                requireKnown("riskFactors", code, current.riskFactor(code).isPresent()));
        changed.protectiveFactors().forEach(code ->
                requireKnown("protectiveFactors", code, current.protectiveFactor(code).isPresent()));
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
        requireText(field, code);
        require(field, known, "is an unknown code: '" + code + "'");
    }

    private static void requireNew(String field, String code, EvidenceBase current) {
        requireText(field, code);
        require(field, current.riskFactor(code).isEmpty() && current.protectiveFactor(code).isEmpty(),
                "is already in use: '" + code + "'");
    }

    private static void requireText(String field, String text) {
        require(field, text != null && !text.isBlank(), "is missing");
    }

    private static void require(String field, boolean holds, String otherwise) {
        if (!holds) {
            throw new InvalidEvidenceChange(field, otherwise);
        }
    }

    /** A change that does not fit the current evidence base; names the field that is wrong. */
    public static final class InvalidEvidenceChange extends RuntimeException {
        private final String field;

        public InvalidEvidenceChange(String field, String message) {
            super(field + " " + message);
            this.field = field;
        }

        public String field() {
            return field;
        }
    }
}
