package nl.botoc.monitor.devjwt;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import static org.assertj.core.api.Assertions.assertThat;

class DevKeysTest {

    @TempDir
    Path folder;

    @Test
    void createsAPemPairWithAPrivateKeyOnlyItsOwnerReads() throws Exception {
        DevKeys.createIfAbsent(folder);

        assertThat(Files.readString(folder.resolve("public-key.pem"))).startsWith("-----BEGIN PUBLIC KEY-----\n")
                .endsWith("-----END PUBLIC KEY-----\n");
        assertThat(Files.readString(folder.resolve("private-key.pem"))).startsWith("-----BEGIN PRIVATE KEY-----\n");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(folder.resolve("private-key.pem"))))
                .isEqualTo("rw-------");
    }

    @Test
    void aSecondCallKeepsThePairTheServicesAlreadyTrust() throws Exception {
        DevKeys first = DevKeys.createIfAbsent(folder);

        DevKeys second = DevKeys.createIfAbsent(folder);

        assertThat(second.publicKey()).isEqualTo(first.publicKey());
        assertThat(second.privateKey()).isEqualTo(first.privateKey());
    }
}
