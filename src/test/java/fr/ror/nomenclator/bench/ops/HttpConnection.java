package fr.ror.nomenclator.bench.ops;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * One keep-alive HTTP/1.1 connection doing GETs, the way a load generator needs it: no pool, no
 * async machinery, request bytes built once per path. When the server closes the connection
 * (Tomcat does after {@code maxKeepAliveRequests}, 100 by default) the next request reconnects.
 */
final class HttpConnection implements Closeable {

    private static final int CONNECT_TIMEOUT_MS = 5_000;
    private static final int READ_TIMEOUT_MS = 60_000;

    private final String host;
    private final int port;
    private final String headers;
    private final Map<String, byte[]> requests = new HashMap<>();
    private final ByteArrayOutputStream body = new ByteArrayOutputStream(64 * 1024);
    private final StringBuilder line = new StringBuilder(256);
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
        out.write(requests.computeIfAbsent(pathAndQuery, this::request));
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

    private byte[] request(String pathAndQuery) {
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
        in = new BufferedInputStream(socket.getInputStream(), 64 * 1024);
        out = socket.getOutputStream();
    }

    private Response read() throws IOException {
        String status = readLine();
        int code = Integer.parseInt(status.substring(9, 12));
        long length = -1;
        boolean chunked = false;
        boolean closing = false;
        for (String header = readLine(); !header.isEmpty(); header = readLine()) {
            int colon = header.indexOf(':');
            String name = header.substring(0, colon).trim().toLowerCase(Locale.ROOT);
            String value = header.substring(colon + 1).trim();
            switch (name) {
                case "content-length" -> length = Long.parseLong(value);
                case "transfer-encoding" -> chunked = value.toLowerCase(Locale.ROOT).contains("chunked");
                case "connection" -> closing = value.equalsIgnoreCase("close");
                default -> { }
            }
        }
        body.reset();
        if (chunked) {
            for (long size = chunkSize(); size > 0; size = chunkSize()) {
                copy(size);
                readLine();
            }
            for (String trailer = readLine(); !trailer.isEmpty(); trailer = readLine()) {
                // trailers are ignored
            }
        } else if (length >= 0) {
            copy(length);
        } else {
            throw new IOException("response without length on a keep-alive connection");
        }
        Response response = new Response(code, body.toByteArray());
        if (closing) {
            close();
        }
        return response;
    }

    private long chunkSize() throws IOException {
        String size = readLine();
        int extension = size.indexOf(';');
        return Long.parseLong((extension < 0 ? size : size.substring(0, extension)).trim(), 16);
    }

    private void copy(long length) throws IOException {
        byte[] buffer = new byte[8192];
        long left = length;
        while (left > 0) {
            int read = in.read(buffer, 0, (int) Math.min(buffer.length, left));
            if (read < 0) {
                throw new EOFException("connection closed in the middle of a body");
            }
            body.write(buffer, 0, read);
            left -= read;
        }
    }

    private String readLine() throws IOException {
        line.setLength(0);
        for (int c = in.read(); c != '\n'; c = in.read()) {
            if (c < 0) {
                throw new EOFException("connection closed by the server");
            }
            if (c != '\r') {
                line.append((char) c);
            }
        }
        return line.toString();
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
