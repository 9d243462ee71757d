package nl.botoc.monitor.reporting.api;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class ThemeLabelsTest {

    @ParameterizedTest(name = "{0} is shown as {1}")
    @CsvSource(delimiter = '|', textBlock = """
            gedrag-identiteit                | Gedrag/identiteit
            werk-opleiding                   | Werk/opleiding
            vroegsignalering                 | Vroegsignalering
            straatcoaches-jongerenwerk       | Straatcoaches/jongerenwerk
            rolmodellen-ervaringsdeskundigen | Rolmodellen/ervaringsdeskundigen
            criminele-families               | Criminele families
            versterken-ouderrol              | Versterken ouderrol
            opsporing-vervolging             | Opsporing/vervolging
            bovenlokale-criminele-netwerken  | Bovenlokale criminele netwerken
            online-leefwereld                | Online leefwereld
            schoolomgeving                   | Schoolomgeving
            deskundigheidsbevordering        | Deskundigheidsbevordering
            een-nieuw-thema                  | een-nieuw-thema
            """)
    void labelsEachThemeInDutchOrByItsCodeWhenUnknown(String code, String label) {
        assertThat(ThemeLabels.labelOf(code)).isEqualTo(label);
    }

    @Test
    void knowsTheTwelveThemesInTheReportsOrder() {
        assertThat(ThemeLabels.codes()).hasSize(12)
                .startsWith("gedrag-identiteit", "werk-opleiding")
                .endsWith("schoolomgeving", "deskundigheidsbevordering");
    }
}
