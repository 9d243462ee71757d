package nl.botoc.monitor.reporting.api;

import nl.botoc.monitor.contract.InterventionScan;
import nl.botoc.monitor.reporting.TestEvidence;
import nl.botoc.monitor.reporting.domain.Overview;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static nl.botoc.monitor.contract.Approach.PREVENTIEF;
import static nl.botoc.monitor.contract.EvidenceLevel.GEFUNDEERD;
import static nl.botoc.monitor.reporting.ScanBuilder.aScan;
import static org.assertj.core.api.Assertions.assertThat;

class ThemeRowTest {

    private final Overview overview = Overview.of(List.of(
            touching("schoolomgeving", "zz-nieuw"),
            aScan().added().classified(GEFUNDEERD, PREVENTIEF, "schoolomgeving", "aa-nieuw").build()));

    @Test
    void listsEveryThemeOfTheEvidenceBaseInItsOrderThenUnknownOnesByCode() {
        List<ThemeRow> rows = ThemeRow.of(overview, Labels.of(Optional.of(TestEvidence.base()), Language.NL));

        assertThat(rows).extracting(ThemeRow::code)
                .startsWith("gedrag-identiteit", "werk-opleiding")
                .endsWith("deskundigheidsbevordering", "aa-nieuw", "zz-nieuw")
                .hasSize(14);
        assertThat(rows).contains(
                new ThemeRow("schoolomgeving", "Schoolomgeving", 1, 2),
                new ThemeRow("gedrag-identiteit", "Gedrag/identiteit", 0, 0),
                new ThemeRow("aa-nieuw", "aa-nieuw", 0, 1));
    }

    @Test
    void labelsThemesInEnglishFromTheEvidenceBase() {
        List<ThemeRow> rows = ThemeRow.of(overview, Labels.of(Optional.of(TestEvidence.base()), Language.EN));

        assertThat(rows).contains(new ThemeRow("gedrag-identiteit", "Behaviour/identity", 0, 0));
    }

    @Test
    void withoutAnEvidenceBaseShowsTheCodesTheScansName() {
        List<ThemeRow> rows = ThemeRow.of(overview, Labels.of(Optional.empty(), Language.NL));

        assertThat(rows).extracting(ThemeRow::label).containsExactly("aa-nieuw", "schoolomgeving", "zz-nieuw");
    }

    private static InterventionScan touching(String... themes) {
        return aScan().classified(GEFUNDEERD, PREVENTIEF, themes).build();
    }
}
