package nl.botoc.monitor.reporting.api;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

class CsvTest {

    static Stream<Arguments> cells() {
        return Stream.of(
                arguments("plain text", "Bon Sjans", "Bon Sjans"),
                arguments("null is empty", null, ""),
                arguments("a separator is quoted", "a;b", "\"a;b\""),
                arguments("a quote is doubled", "het \"Andere\" verhaal", "\"het \"\"Andere\"\" verhaal\""),
                arguments("a line break is quoted", "a\nb", "\"a\nb\""),
                arguments("a list is joined by commas", List.of("gedrag-identiteit", "werk-opleiding"),
                        "gedrag-identiteit,werk-opleiding"),
                arguments("numbers as they are", 62, "62"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cells")
    void writesEachCellSoThatItReadsBack(String rule, Object value, String cell) {
        assertThat(Csv.cell(value)).isEqualTo(cell);
    }

    @Test
    void stampsEveryRowWithWhatItReflects() {
        String text = Csv.withHeader("figure", "originalPlan").row("planned", 62).row("inPractice", 0)
                .text(LocalDate.parse("2020-09-30"), 1, 62);

        assertThat(text).isEqualTo("figure;originalPlan;peildatum;evidenceVersion;logPosition\r\n"
                + "planned;62;2020-09-30;1;62\r\n"
                + "inPractice;0;2020-09-30;1;62\r\n");
    }

    @Test
    void nowHasAnEmptyPeildatum() {
        assertThat(Csv.withHeader("a").row("x").text(null, 2, 130)).endsWith("x;;2;130\r\n");
    }

    @Test
    void refusesARowThatDoesNotFitTheHeader() {
        assertThatThrownBy(() -> Csv.withHeader("a", "b").row("only one"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
