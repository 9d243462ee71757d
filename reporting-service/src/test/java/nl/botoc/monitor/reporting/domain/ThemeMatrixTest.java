package nl.botoc.monitor.reporting.domain;

import nl.botoc.monitor.contract.InterventionScan;
import nl.botoc.monitor.reporting.domain.ThemeMatrix.Mark;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.stream.Stream;

import static nl.botoc.monitor.contract.Approach.PREVENTIEF;
import static nl.botoc.monitor.contract.EvidenceLevel.GEFUNDEERD;
import static nl.botoc.monitor.contract.LifecycleStatus.CANCELLED;
import static nl.botoc.monitor.contract.LifecycleStatus.STARTED;
import static nl.botoc.monitor.reporting.ScanBuilder.aScan;
import static nl.botoc.monitor.reporting.domain.ThemeMatrix.Mark.NONE;
import static nl.botoc.monitor.reporting.domain.ThemeMatrix.Mark.PRIMARY;
import static nl.botoc.monitor.reporting.domain.ThemeMatrix.Mark.THEME;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

class ThemeMatrixTest {

    private static final List<String> ORDER = List.of("gedrag-identiteit", "werk-opleiding", "vroegsignalering");

    /** Columns come out as EIN1, EIN2, EIN10 (number order), whatever order the scans come in. */
    private static final ThemeMatrix MATRIX = ThemeMatrix.of(List.of(
            aScan().code("EIN10").status(CANCELLED).classified(GEFUNDEERD, PREVENTIEF, "vroegsignalering").build(),
            aScan().code("EIN1").status(STARTED)
                    .classified(GEFUNDEERD, PREVENTIEF, "werk-opleiding", "gedrag-identiteit").primary(null).build(),
            aScan().code("EIN2").status(STARTED).classified(GEFUNDEERD, PREVENTIEF, "gedrag-identiteit").build(),
            aScan().code("EIN3").build()), ORDER);

    static Stream<Arguments> rows() {
        return Stream.of(
                arguments("gedrag-identiteit", List.of(THEME, PRIMARY, NONE, NONE), 2),
                arguments("werk-opleiding", List.of(THEME, NONE, NONE, NONE), 1),
                arguments("vroegsignalering", List.of(NONE, NONE, NONE, PRIMARY), 1));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void marksEachThemeAnInterventionTouchesAndItsPrimaryOne(String theme, List<Mark> marks, int count) {
        assertThat(MATRIX.rows()).filteredOn(row -> row.theme().equals(theme))
                .singleElement()
                .satisfies(row -> {
                    assertThat(row.marks()).isEqualTo(marks);
                    assertThat(row.count()).isEqualTo(count);
                });
    }

    @Test
    void ordersColumnsByCodeNumberAndFlagsCancelledOnes() {
        assertThat(MATRIX.columns()).extracting(ThemeMatrix.Column::code)
                .containsExactly("EIN1", "EIN2", "EIN3", "EIN10");
        assertThat(MATRIX.columns()).extracting(ThemeMatrix.Column::cancelled)
                .containsExactly(false, false, false, true);
    }

    @Test
    void showsEveryThemeOfTheOrderThenOthersByCode() {
        ThemeMatrix matrix = ThemeMatrix.of(List.of(touching("zz-nieuw", "aa-nieuw")), ORDER);

        assertThat(matrix.rows()).extracting(ThemeMatrix.Row::theme)
                .containsExactly("gedrag-identiteit", "werk-opleiding", "vroegsignalering", "aa-nieuw", "zz-nieuw");
    }

    private static InterventionScan touching(String... themes) {
        return aScan().classified(GEFUNDEERD, PREVENTIEF, themes).build();
    }
}
