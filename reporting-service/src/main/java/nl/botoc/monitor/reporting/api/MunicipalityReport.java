package nl.botoc.monitor.reporting.api;

import com.fasterxml.jackson.annotation.JsonIgnore;
import nl.botoc.monitor.contract.Municipalities;
import nl.botoc.monitor.reporting.domain.CodeOrder;
import nl.botoc.monitor.reporting.domain.Figures;
import nl.botoc.monitor.reporting.domain.InterventionSummary;
import nl.botoc.monitor.reporting.domain.Provenance;
import nl.botoc.monitor.reporting.domain.Snapshot;
import nl.botoc.monitor.reporting.domain.ThemeMatrix;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * One municipality at one moment: its figures, its theme × intervention matrix (appendix 2) and its interventions.
 * The page and the export {@code /api/v1/municipalities/{cbsCode}} show the same record.
 *
 * @param peildatum null for now
 * @param figures   over all its interventions, original and added
 */
public record MunicipalityReport(String cbsCode, String name, LocalDate peildatum, long evidenceVersion,
                                 long logPosition, Figures figures, List<ThemeMatrix.Column> columns,
                                 List<MatrixRow> matrix, List<InterventionSummary> interventions) {

    /** One theme's row of the matrix: a mark per column, in column order. */
    public record MatrixRow(String theme, String label, int count, List<ThemeMatrix.Mark> marks,
                            @JsonIgnore List<Cell> cells) {
    }

    /** A mark with its column's state, for the page, which shows a cancelled intervention's column lighter. */
    public record Cell(ThemeMatrix.Mark mark, boolean cancelled) {
    }

    /** @param snapshot the moment, with only this municipality's interventions */
    public static MunicipalityReport of(String cbsCode, Snapshot snapshot, Labels labels) {
        ThemeMatrix matrix = ThemeMatrix.of(snapshot.scans(), labels.themeOrder());
        Provenance provenance = snapshot.provenance();
        return new MunicipalityReport(cbsCode, Municipalities.nameOf(cbsCode), snapshot.peildatum(),
                provenance.evidenceVersion(), provenance.logPosition(), Figures.ofPortfolio(snapshot.scans()),
                matrix.columns(), matrix.rows().stream().map(row -> matrixRow(row, matrix.columns(), labels)).toList(),
                snapshot.scans().stream().sorted(CodeOrder.INTERVENTIONS).map(InterventionSummary::of).toList());
    }

    private static MatrixRow matrixRow(ThemeMatrix.Row row, List<ThemeMatrix.Column> columns, Labels labels) {
        List<Cell> cells = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
            cells.add(new Cell(row.marks().get(i), columns.get(i).cancelled()));
        }
        return new MatrixRow(row.theme(), labels.theme(row.theme()), row.count(), row.marks(), cells);
    }

    /** Where the same report is exported. */
    public String apiPath() {
        return "/api/v1/municipalities/" + cbsCode;
    }

    public String monitoringPath() {
        return apiPath() + "/monitoring";
    }

    public String attentionPath() {
        return monitoringPath() + "/attention";
    }

    public String iatiPath() {
        return apiPath() + "/iati";
    }

    public boolean empty() {
        return interventions.isEmpty();
    }

    /** The interventions as CSV, one row each. */
    public String csv() {
        Csv csv = Csv.withHeader("cbsCode", "code", "name", "interventionId", "status", "origin", "adjusted",
                "evidenceLevel", "approach", "themes", "primaryTheme", "lastOccurred", "lastOccurredPrecision",
                "lifecycleSequence", "scanEvidenceVersion");
        for (InterventionSummary item : interventions) {
            csv.row(cbsCode, item.code(), item.name(), item.interventionId(), Wire.of(item.status()),
                    Wire.of(item.origin()), item.adjusted(), Wire.of(item.evidenceLevel()), Wire.of(item.approach()),
                    item.themes(), item.primaryTheme(), item.lastOccurred() == null ? null : item.lastOccurred().date(),
                    item.lastOccurred() == null ? null : Wire.of(item.lastOccurred().precision()),
                    item.lifecycleSequence(), item.evidenceVersion());
        }
        return csv.text(peildatum, evidenceVersion, logPosition);
    }
}
