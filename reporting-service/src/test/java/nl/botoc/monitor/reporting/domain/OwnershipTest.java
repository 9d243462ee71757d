package nl.botoc.monitor.reporting.domain;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class OwnershipTest {

    @Test
    void aNewInterventionMayNameAnyMunicipality() {
        assertThat(Ownership.mismatch(List.of(), "GM0363")).isEmpty();
    }

    @Test
    void theStoredMunicipalityMayGoOn() {
        assertThat(Ownership.mismatch(List.of("GM0363"), "GM0363")).isEmpty();
    }

    @Test
    void anotherMunicipalityIsRefusedWithBothNamed() {
        assertThat(Ownership.mismatch(List.of("GM0363"), "GM0202"))
                .hasValueSatisfying(reason -> assertThat(reason).contains("GM0202", "GM0363"));
    }
}
