package nl.botoc.monitor.reporting;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A TCP relay between the service and the real PostgreSQL that a test can cut, as a restart or a network failure
 * would: every open connection breaks and new ones are refused, until it is restored on the same port.
 */
public final class PostgresProxy {

    private final String targetHost;
    private final int targetPort;
    private final Set<Socket> sockets = ConcurrentHashMap.newKeySet();
    private volatile ServerSocket server;
    private int port;

    public PostgresProxy(String targetHost, int targetPort) {
        this.targetHost = targetHost;
        this.targetPort = targetPort;
    }

    public synchronized int start() {
        try {
            ServerSocket listening = new ServerSocket();
            listening.setReuseAddress(true);
            listening.bind(new InetSocketAddress("127.0.0.1", port));
            port = listening.getLocalPort();
            server = listening;
            Thread acceptor = new Thread(() -> accept(listening), "postgres-proxy-accept");
            acceptor.setDaemon(true);
            acceptor.start();
            return port;
        } catch (IOException e) {
            throw new IllegalStateException("cannot listen on " + port, e);
        }
    }

    /** Breaks every open connection and refuses new ones. */
    public synchronized void cut() {
        close(server);
        server = null;
        sockets.forEach(PostgresProxy::close);
        sockets.clear();
    }

    /** Accepts connections again, on the port it had. */
    public synchronized void restore() {
        if (server == null) {
            start();
        }
    }

    private void accept(ServerSocket listening) {
        while (!listening.isClosed()) {
            try {
                Socket client = listening.accept();
                Socket upstream = new Socket(targetHost, targetPort);
                sockets.add(client);
                sockets.add(upstream);
                pump(client, upstream);
                pump(upstream, client);
            } catch (IOException closed) {
                // cut(): the listening socket was closed
            }
        }
    }

    private void pump(Socket from, Socket to) {
        Thread pump = new Thread(() -> {
            byte[] buffer = new byte[16 * 1024];
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                    out.write(buffer, 0, read);
                    out.flush();
                }
            } catch (IOException broken) {
                // one side closed or was cut
            } finally {
                close(from);
                close(to);
            }
        }, "postgres-proxy-pump");
        pump.setDaemon(true);
        pump.start();
    }

    private static void close(java.io.Closeable closeable) {
        try {
            if (closeable != null) {
                closeable.close();
            }
        } catch (IOException ignored) {
            // closing anyway
        }
    }
}
