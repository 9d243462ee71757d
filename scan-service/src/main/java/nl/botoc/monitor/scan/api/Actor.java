package nl.botoc.monitor.scan.api;

/**
 * Who makes a change to the evidence base. For now the client names itself in a header; when the API gets
 * authentication, the token's subject takes its place here, and only here.
 */
final class Actor {

    static final String HEADER = "X-Actor";
    static final String UNKNOWN = "onbekend";

    private Actor() {
    }

    static String of(String header) {
        return header == null || header.isBlank() ? UNKNOWN : header.strip();
    }
}
