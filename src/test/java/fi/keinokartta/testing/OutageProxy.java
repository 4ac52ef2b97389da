package fi.keinokartta.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A TCP relay between the service and the search engine that a test can cut and restore, to see how
 * the service behaves while the engine is unreachable and how it recovers, without stopping the engine.
 */
public final class OutageProxy implements AutoCloseable {

    private final ServerSocket server;
    private final String targetHost;
    private final int targetPort;
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private volatile boolean cut;
    private volatile boolean silent;
    private final java.util.concurrent.atomic.AtomicBoolean damageNextSearch = new java.util.concurrent.atomic.AtomicBoolean();

    public OutageProxy(String target) throws IOException {
        String[] hostAndPort = target.split(":");
        this.targetHost = hostAndPort[0];
        this.targetPort = Integer.parseInt(hostAndPort[1]);
        this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread acceptor = new Thread(this::acceptLoop, "outage-proxy");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    public String address() {
        return "127.0.0.1:" + server.getLocalPort();
    }

    /** From now on every connection is dropped, as if the engine had gone away. */
    public void cut() {
        cut = true;
        open.forEach(OutageProxy::closeQuietly);
        open.clear();
    }

    /**
     * From now on nothing reaches the engine, yet connections stay open: the engine seems frozen (a long pause,
     * a stopped machine, a network that drops packets). {@link #restore()} ends it (and the connections).
     */
    public void silence() {
        silent = true;
    }

    public void restore() {
        if (silent) {
            silent = false;
            open.forEach(OutageProxy::closeQuietly); // what was swallowed would break those streams
            open.clear();
        }
        cut = false;
    }

    /**
     * Damages the body of the next search sent to the engine: one character of its JSON becomes a line
     * break, as when a node dies while a request is sent to it and the rest of the body reaches another node.
     */
    public void damageNextSearch() {
        damageNextSearch.set(true);
    }

    private static final byte[] QUERY_KEY = "\"query\":".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    private void acceptLoop() {
        while (!server.isClosed()) {
            try {
                Socket client = server.accept();
                if (cut) {
                    closeQuietly(client);
                    continue;
                }
                Socket upstream = new Socket(targetHost, targetPort);
                open.add(client);
                open.add(upstream);
                pump(client, upstream, true);
                pump(upstream, client, false);
            } catch (IOException e) {
                // the server socket was closed, or the engine refused: try the next connection
            }
        }
    }

    private void pump(Socket from, Socket to, boolean towardsEngine) {
        Thread thread = new Thread(() -> {
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                byte[] buffer = new byte[16384];
                for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                    if (silent) {
                        continue; // swallowed: no answer will come
                    }
                    if (towardsEngine && damageNextSearch.get()) {
                        int at = indexOf(buffer, read, QUERY_KEY);
                        if (at >= 0 && damageNextSearch.compareAndSet(true, false)) {
                            buffer[at + 3] = '\n'; // "query" becomes "qu\nry": same length, broken JSON
                        }
                    }
                    out.write(buffer, 0, read);
                    out.flush();
                }
            } catch (IOException e) {
                // connection ended
            } finally {
                closeQuietly(from);
                closeQuietly(to);
                open.remove(from);
                open.remove(to);
            }
        }, "outage-proxy-pump");
        thread.setDaemon(true);
        thread.start();
    }

    private static int indexOf(byte[] buffer, int length, byte[] wanted) {
        for (int i = 0; i + wanted.length <= length; i++) {
            int j = 0;
            while (j < wanted.length && buffer[i + j] == wanted[j]) {
                j++;
            }
            if (j == wanted.length) {
                return i;
            }
        }
        return -1;
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException e) {
            // already closed
        }
    }

    @Override
    public void close() throws IOException {
        cut();
        server.close();
    }
}
