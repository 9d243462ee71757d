package nl.botoc.monitor.devjwt;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;

/**
 * The local development key pair (RSA 2048) in one folder as PEM: {@value #PUBLIC_KEY} (X.509, what the services'
 * {@code local} profile verifies with) and {@value #PRIVATE_KEY} (PKCS#8, readable by its owner only, what this tool
 * and reporting's local login sign with). It is made on this machine and trusted nowhere else.
 */
public record DevKeys(PublicKey publicKey, PrivateKey privateKey) {

    public static final String PUBLIC_KEY = "public-key.pem";
    public static final String PRIVATE_KEY = "private-key.pem";

    private static final Base64.Encoder PEM_BODY = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII));

    /** The pair in {@code folder}, made there first when there is none, so a second {@code botoc up} keeps it. */
    public static DevKeys createIfAbsent(Path folder) throws IOException {
        if (Files.exists(folder.resolve(PRIVATE_KEY)) && Files.exists(folder.resolve(PUBLIC_KEY))) {
            return read(folder);
        }
        DevKeys keys = generate();
        Files.createDirectories(folder);
        writeOwnerOnly(folder.resolve(PRIVATE_KEY), pem("PRIVATE KEY", keys.privateKey().getEncoded()));
        Files.writeString(folder.resolve(PUBLIC_KEY), pem("PUBLIC KEY", keys.publicKey().getEncoded()));
        return keys;
    }

    public static DevKeys read(Path folder) throws IOException {
        try {
            KeyFactory rsa = KeyFactory.getInstance("RSA");
            return new DevKeys(
                    rsa.generatePublic(new X509EncodedKeySpec(der(folder.resolve(PUBLIC_KEY)))),
                    rsa.generatePrivate(new PKCS8EncodedKeySpec(der(folder.resolve(PRIVATE_KEY)))));
        } catch (GeneralSecurityException e) {
            throw new IOException("no RSA key pair in " + folder + ": " + e.getMessage(), e);
        }
    }

    /** A new pair, kept in memory only. */
    public static DevKeys generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair pair = generator.generateKeyPair();
            return new DevKeys(pair.getPublic(), pair.getPrivate());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK cannot make RSA keys", e);
        }
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n" + PEM_BODY.encodeToString(der) + "\n-----END " + type + "-----\n";
    }

    private static byte[] der(Path pem) throws IOException {
        String body = Files.readString(pem, StandardCharsets.US_ASCII)
                .replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        return Base64.getDecoder().decode(body);
    }

    /** Created with its permissions, so the private key is never readable by others, not even for a moment. */
    private static void writeOwnerOnly(Path file, String content) throws IOException {
        Files.deleteIfExists(file);
        try {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException notPosix) {
            Files.createFile(file);
        }
        Files.writeString(file, content);
    }
}
