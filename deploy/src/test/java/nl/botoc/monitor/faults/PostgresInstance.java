package nl.botoc.monitor.faults;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipalLookupService;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * A PostgreSQL server of the fault-injection tests' own, on this machine's PostgreSQL binaries: its data in
 * dataDir, its socket in dataDir-socket and its log in dataDir.log beside it, listening on 127.0.0.1:port only,
 * trust authentication for user postgres, every commit flushed (fsync and synchronous_commit on). As root
 * (initdb and postgres refuse root) the binaries run as user postgres.
 */
public final class PostgresInstance implements AutoCloseable {

    public static final String USER = "postgres";
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(60);

    private final Path bin;
    private final Path dataDir;
    private final Path socketDir;
    private final Path log;
    private final int port;
    private final boolean asPostgresUser;

    private PostgresInstance(Path bin, Path dataDir, int port) throws IOException, InterruptedException {
        this.bin = bin;
        this.dataDir = dataDir.toAbsolutePath();
        this.socketDir = this.dataDir.resolveSibling(this.dataDir.getFileName() + "-socket");
        this.log = this.dataDir.resolveSibling(this.dataDir.getFileName() + ".log");
        this.port = port;
        this.asPostgresUser = isRoot();
    }

    /** A fresh server (initdb on an emptied dataDir), started, with these databases created. */
    public static PostgresInstance start(Path dataDir, int port, List<String> databases)
            throws IOException, InterruptedException {
        PostgresInstance instance = new PostgresInstance(binaries(), dataDir, port);
        instance.stopLeftOver();
        instance.initdb();
        instance.start();
        try (Connection connection = instance.connect("postgres");
             Statement statement = connection.createStatement()) {
            for (String database : databases) {
                statement.execute("CREATE DATABASE " + database);
            }
        } catch (SQLException e) {
            instance.close();
            throw new IllegalStateException("creating the databases failed: " + e.getMessage(), e);
        }
        return instance;
    }

    public String jdbcServerUrl() {
        return "jdbc:postgresql://127.0.0.1:" + port;
    }

    public int port() {
        return port;
    }

    /** A connection to one database, as user postgres; gives up after 5 s when the server does not answer. */
    public Connection connect(String database) throws SQLException {
        return DriverManager.getConnection(jdbcServerUrl() + "/" + database + "?connectTimeout=5", USER, "");
    }

    /** Kills the server without a checkpoint (as a crash would) and starts it again: it recovers from its WAL. */
    void restartImmediate() throws IOException, InterruptedException {
        pgCtl("restart", "-m", "immediate", "-w", "-l", log.toString());
        awaitConnections();
    }

    void stop() throws IOException, InterruptedException {
        pgCtl("stop", "-m", "fast", "-w");
    }

    /** Starts the server on its existing data; returns when it accepts connections. */
    void start() throws IOException, InterruptedException {
        pgCtl("start", "-w", "-l", log.toString());
        awaitConnections();
    }

    /** Stops the server and leaves its data and log. */
    @Override
    public void close() throws IOException, InterruptedException {
        if (Files.exists(dataDir.resolve("postmaster.pid"))) {
            stop();
        }
    }

    String logTail() {
        return TestFiles.tail(log);
    }

    /** The server binaries of the newest PostgreSQL installed under /usr/lib/postgresql, else pg_config's. */
    private static Path binaries() throws IOException, InterruptedException {
        Path installed = Path.of("/usr/lib/postgresql");
        if (Files.isDirectory(installed)) {
            try (Stream<Path> versions = Files.list(installed)) {
                Path newest = versions.filter(version -> Files.isExecutable(version.resolve("bin/initdb")))
                        .max(Comparator.comparing(version -> Integer.parseInt(
                                version.getFileName().toString().replaceAll("\\D", "0"))))
                        .orElse(null);
                if (newest != null) {
                    return newest.resolve("bin");
                }
            }
        }
        Process pgConfig = new ProcessBuilder("pg_config", "--bindir").redirectErrorStream(true).start();
        String bindir = new String(pgConfig.getInputStream().readAllBytes()).trim();
        if (pgConfig.waitFor() != 0 || !Files.isExecutable(Path.of(bindir, "initdb"))) {
            throw new IllegalStateException("no PostgreSQL server binaries (initdb) under /usr/lib/postgresql/*/bin"
                    + " or pg_config --bindir (" + bindir + "): install the postgresql package");
        }
        return Path.of(bindir);
    }

    /** A server an earlier, aborted run left on this data directory would hold the port: stop it. */
    private void stopLeftOver() throws IOException, InterruptedException {
        if (Files.exists(dataDir.resolve("postmaster.pid"))) {
            run(false, command("pg_ctl", "stop", "-D", dataDir.toString(), "-m", "immediate", "-w"));
        }
    }

    private void initdb() throws IOException, InterruptedException {
        String socket = socketDir.resolve(".s.PGSQL." + port).toString();
        if (socket.length() > 107) {
            throw new IllegalStateException("the socket path " + socket + " is longer than a Unix socket may be"
                    + " (107): choose a shorter data directory");
        }
        TestFiles.deleteRecursively(dataDir);
        TestFiles.deleteRecursively(socketDir);
        Files.createDirectories(dataDir);
        Files.createDirectories(socketDir);
        Files.deleteIfExists(log);
        Files.createFile(log);
        if (asPostgresUser) {
            for (Path path : List.of(dataDir, socketDir, log)) {
                giveToPostgres(path);
            }
        }
        Files.setPosixFilePermissions(dataDir, PosixFilePermissions.fromString("rwx------"));
        // --no-sync: an operating-system crash is no fault these tests inject; the server itself fsyncs.
        run(true, command("initdb", "-D", dataDir.toString(), "-U", USER, "--auth=trust", "--encoding=UTF8",
                "--locale=C.UTF-8", "--no-instructions", "--no-sync"));
        Files.writeString(dataDir.resolve("postgresql.conf"), String.join("\n",
                "",
                "# the fault-injection tests' own server",
                "listen_addresses = '127.0.0.1'",
                "port = " + port,
                "unix_socket_directories = '" + socketDir + "'",
                "fsync = on",
                "synchronous_commit = on",
                "max_connections = 200",
                ""), StandardOpenOption.APPEND);
    }

    private void awaitConnections() throws InterruptedException {
        Instant deadline = Instant.now().plus(READY_TIMEOUT);
        SQLException last = null;
        while (Instant.now().isBefore(deadline)) {
            try (Connection connection = connect("postgres")) {
                return;
            } catch (SQLException e) {
                last = e;
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("PostgreSQL on port " + port + " did not accept connections within "
                + READY_TIMEOUT + " (" + (last == null ? "" : last.getMessage()) + "):\n" + logTail());
    }

    private void pgCtl(String action, String... options) throws IOException, InterruptedException {
        List<String> arguments = new ArrayList<>(List.of(action, "-D", dataDir.toString()));
        arguments.addAll(List.of(options));
        run(true, command("pg_ctl", arguments.toArray(String[]::new)));
    }

    /** A command line of one of the server's tools (pgbench, psql, ...), as user postgres when run as root. */
    public List<String> command(String binary, String... arguments) {
        List<String> command = new ArrayList<>();
        if (asPostgresUser) {
            command.addAll(List.of("runuser", "-u", USER, "--"));
        }
        command.add(bin.resolve(binary).toString());
        command.addAll(List.of(arguments));
        return command;
    }

    /** Runs a PostgreSQL tool to its end (pg_ctl -w waits 60 s at most, then gives up by itself). */
    private void run(boolean mustSucceed, List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        if (process.waitFor() != 0 && mustSucceed) {
            throw new IllegalStateException(String.join(" ", command) + " failed (" + process.exitValue() + "):\n"
                    + output + "\n--- server log\n" + logTail());
        }
    }

    private static boolean isRoot() throws IOException, InterruptedException {
        Process id = new ProcessBuilder("id", "-u").start();
        String uid = new String(id.getInputStream().readAllBytes()).trim();
        id.waitFor();
        return "0".equals(uid);
    }

    private static void giveToPostgres(Path path) throws IOException {
        UserPrincipalLookupService users = path.getFileSystem().getUserPrincipalLookupService();
        PosixFileAttributeView attributes = Files.getFileAttributeView(path, PosixFileAttributeView.class);
        attributes.setOwner(users.lookupPrincipalByName(USER));
        attributes.setGroup(users.lookupPrincipalByGroupName(USER));
    }
}
