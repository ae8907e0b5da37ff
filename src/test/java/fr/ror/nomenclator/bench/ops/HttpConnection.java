package fr.ror.nomenclator.bench.ops;

import java.io.Closeable;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * One blocking keep-alive HTTP/1.1 connection doing GETs, for the requests outside the measured
 * windows (the preflight of each scenario): no pool, request bytes built once per path. When the
 * server closes the connection (Tomcat does after {@code maxKeepAliveRequests}, 100 by default)
 * the next request reconnects.
 */
final class HttpConnection implements Closeable {

    private static final int CONNECT_TIMEOUT_MS = 5_000;
    private static final int READ_TIMEOUT_MS = 60_000;

    private final String host;
    private final int port;
    private final String headers;
    private final Map<String, byte[]> requests = new HashMap<>();
    private byte[] input = new byte[64 * 1024];
    private Socket socket;
    private InputStream in;
    private OutputStream out;
    private int reconnects;

    /** @param headers extra header lines, each ending with CRLF (or empty) */
    HttpConnection(String host, int port, String headers) {
        this.host = host;
        this.port = port;
        this.headers = headers;
    }

    record Response(int status, byte[] body) {

        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    Response get(String pathAndQuery) throws IOException {
        if (socket == null) {
            connect();
        }
        out.write(requests.computeIfAbsent(pathAndQuery, path -> request(host, port, path, headers)));
        out.flush();
        try {
            return read();
        } catch (IOException e) {
            close();
            throw e;
        }
    }

    /** How many times the connection had to be opened again after the server closed it. */
    int reconnects() {
        return reconnects;
    }

    /** The bytes of a GET, with {@code headers} (lines each ending with CRLF, or empty). */
    static byte[] request(String host, int port, String pathAndQuery, String headers) {
        return ("GET " + pathAndQuery + " HTTP/1.1\r\nHost: " + host + ":" + port
                + "\r\nAccept: application/fhir+json, application/json\r\nUser-Agent: nomenclator-bench\r\n" + headers + "\r\n")
                .getBytes(StandardCharsets.US_ASCII);
    }

    private void connect() throws IOException {
        if (in != null) {
            reconnects++;
        }
        socket = new Socket();
        socket.setTcpNoDelay(true);
        socket.setSoTimeout(READ_TIMEOUT_MS);
        socket.connect(new InetSocketAddress(host, port), CONNECT_TIMEOUT_MS);
        in = socket.getInputStream();
        out = socket.getOutputStream();
    }

    private Response read() throws IOException {
        int filled = 0;
        while (true) {
            ResponseBytes.Response response = ResponseBytes.parse(input, 0, filled);
            if (response != null) {
                if (response.closing()) {
                    close();
                }
                return new Response(response.status(), response.body());
            }
            if (filled == input.length) {
                input = Arrays.copyOf(input, input.length * 2);
            }
            int read = in.read(input, filled, input.length - filled);
            if (read < 0) {
                throw new EOFException("connection closed by the server");
            }
            filled += read;
        }
    }

    @Override
    public void close() {
        if (socket != null) {
            try {
                socket.close();
            } catch (IOException ignored) {
                // closing anyway
            }
            socket = null;
        }
    }
}
