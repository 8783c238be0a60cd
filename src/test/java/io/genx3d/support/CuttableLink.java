package io.genx3d.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A TCP link on loopback that a test can cut and heal: it forwards 127.0.0.1:{@link #port()} to 127.0.0.1:target.
 * A data-grid member that advertises this port as its public address is reached only through the link, so cutting
 * it cuts the member off from the others while its HTTP port keeps serving, as a network partition would.
 */
public final class CuttableLink implements AutoCloseable {

    private final int port;
    private final int target;
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private final ExecutorService pumps = Executors.newCachedThreadPool(task -> {
        Thread thread = new Thread(task, "cuttable-link");
        thread.setDaemon(true);
        return thread;
    });
    private volatile ServerSocket listening;

    private CuttableLink(int port, int target) {
        this.port = port;
        this.target = target;
    }

    public static CuttableLink to(int target) throws IOException {
        CuttableLink link = new CuttableLink(RunningJar.freePort(), target);
        link.heal();
        return link;
    }

    public int port() {
        return port;
    }

    /** Closes every connection through the link and refuses new ones. */
    public synchronized void cut() throws IOException {
        if (listening != null) {
            listening.close();
            listening = null;
        }
        for (Socket socket : open) {
            socket.close();
        }
        open.clear();
    }

    /** Accepts connections again. */
    public synchronized void heal() throws IOException {
        if (listening != null) {
            return;
        }
        ServerSocket server = new ServerSocket();
        server.setReuseAddress(true);
        server.bind(new InetSocketAddress("127.0.0.1", port));
        listening = server;
        pumps.execute(() -> accept(server));
    }

    private void accept(ServerSocket server) {
        while (!server.isClosed()) {
            try {
                Socket inbound = server.accept();
                open.add(inbound);
                Socket outbound = connectOrClose(inbound);
                open.add(outbound);
                pumps.execute(() -> pump(inbound, outbound));
                pumps.execute(() -> pump(outbound, inbound));
            } catch (IOException closedOrRefused) {
                // The link was cut, or the member behind it is not listening: the caller sees a closed connection.
            }
        }
    }

    private Socket connectOrClose(Socket inbound) throws IOException {
        try {
            return new Socket("127.0.0.1", target);
        } catch (IOException refused) {
            closeQuietly(inbound);
            throw refused;
        }
    }

    private void pump(Socket from, Socket to) {
        try (InputStream in = from.getInputStream();
                OutputStream out = to.getOutputStream()) {
            in.transferTo(out);
        } catch (IOException closed) {
            // Either end went away; closing both below tells the other end.
        } finally {
            closeQuietly(from);
            closeQuietly(to);
        }
    }

    private void closeQuietly(Socket socket) {
        open.remove(socket);
        try {
            socket.close();
        } catch (IOException alreadyClosed) {
            // nothing left to close
        }
    }

    @Override
    public void close() throws IOException {
        cut();
        pumps.shutdownNow();
    }
}
