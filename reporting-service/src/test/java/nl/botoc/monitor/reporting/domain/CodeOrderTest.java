package nl.botoc.monitor.reporting.domain;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class CodeOrderTest {

    @ParameterizedTest(name = "{0} before {1}")
    @CsvSource(textBlock = """
            EIN2,   EIN10
            EIN9,   EIN10
            AMS1,   AMS2
            UTR3,   UTR12
            ARN3,   EIN1
            """)
    void readsTheNumberOfACodeAsANumber(String first, String second) {
        assertThat(CodeOrder.CODES.compare(first, second)).isNegative();
        assertThat(CodeOrder.CODES.compare(second, first)).isPositive();
    }
}
