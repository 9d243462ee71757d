package nl.botoc.monitor.registry;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A TCP link to a server that a test can cut and restore: cut, every open connection is closed and new ones are
 * refused, as when the server goes away; restored, it listens on the same port again. The client's driver sees
 * real broken connections and real refusals.
 */
public final class CuttableLink implements AutoCloseable {

    private final InetSocketAddress target;
    private final int port;
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private volatile ServerSocket listening;

    private CuttableLink(InetSocketAddress target, ServerSocket listening) {
        this.target = target;
        this.listening = listening;
        this.port = listening.getLocalPort();
        accept(listening);
    }

    /** A link on a free local port to {@code host:port}. */
    public static CuttableLink to(String host, int port) {
        return new CuttableLink(new InetSocketAddress(host, port), listen(0));
    }

    public int port() {
        return port;
    }

    /** Closes every connection through the link and stops listening. */
    public synchronized void cut() {
        closeQuietly(listening);
        open.forEach(CuttableLink::closeQuietly);
        open.clear();
    }

    /** Listens again on the same port. */
    public synchronized void restore() {
        if (listening.isClosed()) {
            listening = listen(port);
            accept(listening);
        }
    }

    @Override
    public void close() {
        cut();
    }

    private static ServerSocket listen(int port) {
        try {
            ServerSocket socket = new ServerSocket();
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
            return socket;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void accept(ServerSocket server) {
        daemon("link-accept-" + port, () -> {
            while (!server.isClosed()) {
                try {
                    connect(server.accept());
                } catch (IOException closed) {
                    return;
                }
            }
        });
    }

    private void connect(Socket client) {
        try {
            Socket server = new Socket(target.getAddress(), target.getPort());
            open.add(client);
            open.add(server);
            daemon("link-up-" + port, () -> pump(client, server));
            daemon("link-down-" + port, () -> pump(server, client));
        } catch (IOException refused) {
            closeQuietly(client);
        }
    }

    private void pump(Socket from, Socket to) {
        byte[] buffer = new byte[16384];
        try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
            for (int read; (read = in.read(buffer)) != -1; ) {
                out.write(buffer, 0, read);
            }
        } catch (IOException broken) {
            // The other direction or cut() closes the pair.
        } finally {
            closeQuietly(from);
            closeQuietly(to);
            open.remove(from);
            open.remove(to);
        }
    }

    private static void daemon(String name, Runnable task) {
        Thread thread = new Thread(task, name);
        thread.setDaemon(true);
        thread.start();
    }

    private static void closeQuietly(AutoCloseable closeable) {
        try {
            closeable.close();
        } catch (Exception ignored) {
            // Closing is all that matters.
        }
    }
}
