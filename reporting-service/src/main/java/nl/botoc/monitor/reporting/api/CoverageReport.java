package nl.botoc.monitor.reporting.api;

import nl.botoc.monitor.contract.Municipalities;
import nl.botoc.monitor.contract.TargetedFactor.Kind;
import nl.botoc.monitor.reporting.domain.Coverage;
import nl.botoc.monitor.reporting.domain.Provenance;
import nl.botoc.monitor.reporting.domain.Snapshot;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Founded risk factors and protective factors × municipalities, counting interventions in practice (see
 * {@link Coverage}); the page {@code /dekking} and the export {@code /api/v1/coverage} show the same record.
 *
 * @param evidenceVersion     the highest evidence version of the scans counted
 * @param evidenceBaseVersion the evidence base that says which factors are founded and changeable, and names them
 */
public record CoverageReport(LocalDate peildatum, long evidenceVersion, long logPosition, long evidenceBaseVersion,
                             int inPractice, List<MunicipalityColumn> municipalities, List<FactorLine> foundedRisk,
                             List<FactorLine> unchangeable, List<FactorLine> protective) {

    public record MunicipalityColumn(String cbsCode, String name) {
    }

    /** @param cells one per municipality, in column order; {@code gap}: no intervention in practice anywhere */
    public record FactorLine(String code, Kind kind, String label, boolean changeable, List<Cell> cells, int total,
                             boolean gap) {
    }

    public record Cell(String cbsCode, int count) {
        public boolean gap() {
            return count == 0;
        }
    }

    public static CoverageReport of(Snapshot snapshot, Coverage coverage, Labels labels) {
        Provenance provenance = snapshot.provenance();
        return new CoverageReport(snapshot.peildatum(), provenance.evidenceVersion(), provenance.logPosition(),
                coverage.evidenceVersion(), coverage.inPractice(),
                coverage.municipalities().stream()
                        .map(code -> new MunicipalityColumn(code, Municipalities.nameOf(code))).toList(),
                lines(coverage.foundedRisk(), true, coverage, labels),
                lines(coverage.unchangeable(), false, coverage, labels),
                lines(coverage.protective(), true, coverage, labels));
    }

    private static List<FactorLine> lines(List<Coverage.FactorRow> rows, boolean changeable, Coverage coverage,
                                          Labels labels) {
        return rows.stream().map(row -> {
            List<Cell> cells = new ArrayList<>();
            for (int i = 0; i < coverage.municipalities().size(); i++) {
                cells.add(new Cell(coverage.municipalities().get(i), row.counts().get(i)));
            }
            return new FactorLine(row.code(), row.kind(), labels.factor(row.code(), row.kind()), changeable, cells,
                    row.total(), row.gap());
        }).toList();
    }

    public boolean evidenceKnown() {
        return evidenceBaseVersion > 0;
    }

    /** Every factor as CSV: one row each, a column per municipality (its CBS code) and the total. */
    public String csv() {
        List<String> header = new ArrayList<>(List.of("factor", "kind", "label", "changeable"));
        municipalities.forEach(municipality -> header.add(municipality.cbsCode()));
        header.addAll(List.of("total", "gap", "evidenceBaseVersion"));
        Csv csv = Csv.withHeader(header);
        Stream.of(foundedRisk, unchangeable, protective).flatMap(List::stream).forEach(line -> {
            List<Object> cells = new ArrayList<>(List.of(line.code(), Wire.of(line.kind()), line.label(),
                    line.changeable()));
            line.cells().forEach(cell -> cells.add(cell.count()));
            cells.addAll(List.of(line.total(), line.gap(), evidenceBaseVersion));
            csv.row(cells);
        });
        return csv.text(peildatum, evidenceVersion, logPosition);
    }
}
