package nl.botoc.monitor.reporting.api;

import com.fasterxml.jackson.annotation.JsonIgnore;
import nl.botoc.monitor.contract.Approach;
import nl.botoc.monitor.contract.EvidenceLevel;
import nl.botoc.monitor.contract.InterventionScan;
import nl.botoc.monitor.contract.Municipalities;
import nl.botoc.monitor.contract.TargetedFactor;
import nl.botoc.monitor.reporting.domain.ClassificationStep;
import nl.botoc.monitor.reporting.domain.InterventionHistory;
import nl.botoc.monitor.reporting.domain.RecordedEvent;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * One intervention at one moment: its scan (as it stood then), its events on a timeline and how its classification
 * changed over time. The page {@code /interventies/{id}} and the export {@code /api/v1/interventions/{id}} show it.
 *
 * @param scan            the scan now, or rebuilt for the peildatum; null when it was not registered by then
 * @param laterEvents     how many events fall after the peildatum and are left out
 * @param evidenceVersion the evidence version of the scan shown
 * @param logPosition     the lifecycle sequence of the scan shown: how many of its events it reflects
 */
public record InterventionReport(UUID interventionId, String cbsCode, String municipalityName, LocalDate peildatum,
                                 long evidenceVersion, long logPosition, InterventionScan scan,
                                 List<TimelineEntry> events, int laterEvents,
                                 List<ClassificationEntry> classifications,
                                 @JsonIgnore List<FactorEntry> factors, @JsonIgnore List<ThemeEntry> themes,
                                 @JsonIgnore String methodLabel) {

    /** One scan revision: its classification and what changed against the one before. */
    public record ClassificationEntry(long lifecycleSequence, long evidenceVersion, Instant derivedAt,
                                      EvidenceLevel evidenceLevel, Approach approach, List<String> themes,
                                      String primaryTheme, List<ClassificationStep.Aspect> changed,
                                      @JsonIgnore String themeText) {
    }

    /** A factor the scan says the intervention works on, named, with why the scan thinks so. */
    public record FactorEntry(TargetedFactor factor, String label, String viaThemes) {
    }

    public record ThemeEntry(String code, String label, boolean primary) {
    }

    public static InterventionReport of(InterventionHistory history, Optional<InterventionScan> current,
                                        Optional<LocalDate> peildatum, Labels labels) {
        List<RecordedEvent> shown = peildatum.map(history::eventsUntil).orElse(history.events());
        long lastShown = shown.isEmpty() ? 0 : shown.get(shown.size() - 1).sequence();
        InterventionScan scan = peildatum.isPresent()
                ? history.stateAt(peildatum.get()).orElse(null)
                : current.or(() -> history.stateAt(LocalDate.MAX)).orElse(null);
        List<InterventionScan> revisions = history.revisions().stream()
                .filter(revision -> peildatum.isEmpty() || revision.lifecycleSequence() <= lastShown)
                .toList();
        String cbsCode = scan != null ? scan.municipality() : history.municipality();
        return new InterventionReport(history.interventionId(), cbsCode, Municipalities.nameOf(cbsCode),
                peildatum.orElse(null), scan == null ? 0 : scan.evidenceVersion(),
                scan == null ? 0 : scan.lifecycleSequence(), scan,
                shown.stream().map(TimelineEntry::of).toList(), history.events().size() - shown.size(),
                ClassificationStep.of(revisions).stream().map(step -> entry(step, labels)).toList(),
                factors(scan, labels), themes(scan, labels),
                scan == null || scan.classification() == null || scan.classification().method() == null
                        ? null : labels.method(scan.classification().method()));
    }

    private static ClassificationEntry entry(ClassificationStep step, Labels labels) {
        InterventionScan revision = step.revision();
        InterventionScan.Classification classification = revision.classification();
        List<String> themes = classification == null || classification.themes() == null
                ? List.of() : classification.themes();
        return new ClassificationEntry(revision.lifecycleSequence(), revision.evidenceVersion(), revision.derivedAt(),
                classification == null ? null : classification.evidenceLevel(),
                classification == null ? null : classification.approach(), themes,
                classification == null ? null : classification.primaryTheme(), step.changed(),
                String.join(", ", themes.stream().map(labels::theme).toList()));
    }

    private static List<FactorEntry> factors(InterventionScan scan, Labels labels) {
        if (scan == null || scan.classification() == null || scan.classification().targetedFactors() == null) {
            return List.of();
        }
        return scan.classification().targetedFactors().stream().filter(Objects::nonNull)
                .map(factor -> new FactorEntry(factor, labels.factor(factor.code(), factor.kind()),
                        factor.viaThemes() == null ? "" : String.join(", ",
                                factor.viaThemes().stream().map(labels::theme).toList())))
                .toList();
    }

    private static List<ThemeEntry> themes(InterventionScan scan, Labels labels) {
        if (scan == null || scan.classification() == null || scan.classification().themes() == null) {
            return List.of();
        }
        String primary = scan.classification().primaryTheme();
        return scan.classification().themes().stream()
                .map(code -> new ThemeEntry(code, labels.theme(code), code.equals(primary))).toList();
    }

    /** Where the same report is exported. */
    public String apiPath() {
        return "/api/v1/interventions/" + interventionId;
    }

    public String indicatorsPath() {
        return apiPath() + "/indicators";
    }

    public String eventsPath() {
        return apiPath() + "/events";
    }

    public String title() {
        return scan == null ? interventionId.toString() : scan.code() + " " + Objects.toString(scan.name(), "");
    }

    /** The timeline as CSV: one row per event, with the classification of the scan revision after it. */
    public String eventsCsv() {
        Csv csv = Csv.withHeader("interventionId", "sequence", "eventId", "type", "occurred", "occurredPrecision",
                "recordedAt", "lifecyclePartition", "lifecycleOffset", "note", "reason", "changedFields");
        events.forEach(event -> csv.row(interventionId, event.sequence(), event.eventId(), Wire.of(event.type()),
                event.occurred().date(), Wire.of(event.occurred().precision()), event.recordedAt(),
                event.partition(), event.offset(), event.note(), event.reason(), event.changedFields()));
        return csv.text(peildatum, evidenceVersion, logPosition);
    }

    /** How the classification changed over time as CSV: one row per scan revision. */
    public String classificationsCsv() {
        Csv csv = Csv.withHeader("interventionId", "lifecycleSequence", "scanEvidenceVersion", "derivedAt",
                "evidenceLevel", "approach", "themes", "primaryTheme", "changed");
        classifications.forEach(entry -> csv.row(interventionId, entry.lifecycleSequence(), entry.evidenceVersion(),
                entry.derivedAt(), Wire.of(entry.evidenceLevel()), Wire.of(entry.approach()), entry.themes(),
                entry.primaryTheme(), entry.changed()));
        return csv.text(peildatum, evidenceVersion, logPosition);
    }
}
