package nl.botoc.monitor.reporting.api;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A table as CSV: UTF-8, ';' between cells (the separator Dutch spreadsheets expect), a header row, CRLF line ends,
 * a cell quoted when it holds a ';', a quote or a line break. Every row ends with the same three provenance cells,
 * {@code peildatum;evidenceVersion;logPosition}, so that a figure copied from any row still says what it reflects.
 */
public final class Csv {

    private static final String SEPARATOR = ";";
    private static final String LINE_END = "\r\n";
    private static final List<String> PROVENANCE = List.of("peildatum", "evidenceVersion", "logPosition");

    private final List<String> header;
    private final List<List<?>> rows = new ArrayList<>();

    private Csv(List<String> header) {
        this.header = List.copyOf(header);
    }

    public static Csv withHeader(List<String> header) {
        return new Csv(header);
    }

    public static Csv withHeader(String... header) {
        return new Csv(List.of(header));
    }

    /** A row, one cell per header column: null is an empty cell, a collection is its items joined by ','. */
    public Csv row(List<?> cells) {
        if (cells.size() != header.size()) {
            throw new IllegalArgumentException("a row of " + cells.size() + " cells under " + header.size()
                    + " columns");
        }
        rows.add(cells);
        return this;
    }

    public Csv row(Object... cells) {
        return row(Arrays.asList(cells));
    }

    /** The text, each row stamped with the peildatum (empty for now), evidence version and log position. */
    public String text(LocalDate peildatum, long evidenceVersion, long logPosition) {
        List<Object> stamp = Arrays.asList(peildatum, evidenceVersion, logPosition);
        StringBuilder out = new StringBuilder();
        line(out, concat(header, PROVENANCE));
        rows.forEach(row -> line(out, concat(row, stamp)));
        return out.toString();
    }

    private static List<Object> concat(List<?> first, List<?> second) {
        List<Object> all = new ArrayList<>(first);
        all.addAll(second);
        return all;
    }

    private static void line(StringBuilder out, List<?> cells) {
        out.append(cells.stream().map(Csv::cell).collect(Collectors.joining(SEPARATOR))).append(LINE_END);
    }

    static String cell(Object value) {
        String text = value instanceof Collection<?> items
                ? items.stream().map(Objects::toString).collect(Collectors.joining(","))
                : Objects.toString(value, "");
        if (text.contains(SEPARATOR) || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            return "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }
}
