package fr.ror.nomenclator.bench.ops;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Finds one whole HTTP/1.1 response in the bytes read so far from a connection, or says it has
 * not all arrived yet. Works on the bytes as they are (no decoding, no per-header strings): the
 * load generator calls it after every read, on the machine it measures.
 */
final class ResponseBytes {

    private static final byte[] CONTENT_LENGTH = "content-length:".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] TRANSFER_ENCODING = "transfer-encoding:".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] CONNECTION = "connection:".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] CHUNKED = "chunked".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] CLOSE = "close".getBytes(StandardCharsets.US_ASCII);

    private ResponseBytes() {
    }

    /**
     * @param status  the HTTP status
     * @param body    the body, de-chunked
     * @param length  how many bytes of the connection's input the response took
     * @param closing whether the server said it closes the connection after it
     */
    record Response(int status, byte[] body, int length, boolean closing) {
    }

    /**
     * The response starting at {@code buffer[from]}, among the bytes up to {@code to} (excluded).
     *
     * @return the response, or {@code null} if more bytes are needed
     * @throws IOException if the bytes are not an HTTP/1.1 response a keep-alive client can read
     */
    static Response parse(byte[] buffer, int from, int to) throws IOException {
        int headersEnd = indexOfBlankLine(buffer, from, to);
        if (headersEnd < 0) {
            return null;
        }
        if (headersEnd - from < 12 || buffer[from + 8] != ' ') {
            throw new IOException("not an HTTP status line: "
                    + new String(buffer, from, Math.min(40, headersEnd - from), StandardCharsets.US_ASCII));
        }
        int status = digits(buffer, from + 9, from + 12, 10);
        int contentLength = -1;
        boolean chunked = false;
        boolean closing = false;
        int line = lineEnd(buffer, from, headersEnd) + 2;
        while (line < headersEnd) {
            int end = lineEnd(buffer, line, headersEnd + 2);
            if (startsWithIgnoringCase(buffer, line, end, CONTENT_LENGTH)) {
                contentLength = digits(buffer, trimStart(buffer, line + CONTENT_LENGTH.length, end), trimEnd(buffer, line, end), 10);
            } else if (startsWithIgnoringCase(buffer, line, end, TRANSFER_ENCODING)) {
                chunked = containsIgnoringCase(buffer, line + TRANSFER_ENCODING.length, end, CHUNKED);
            } else if (startsWithIgnoringCase(buffer, line, end, CONNECTION)) {
                closing = containsIgnoringCase(buffer, line + CONNECTION.length, end, CLOSE);
            }
            line = end + 2;
        }
        int bodyStart = headersEnd + 4;
        if (chunked) {
            return chunked(buffer, from, bodyStart, to, status, closing);
        }
        if (contentLength < 0) {
            if (status == 204 || status == 304) {
                contentLength = 0;
            } else {
                throw new IOException("response without length on a keep-alive connection (HTTP " + status + ")");
            }
        }
        if (to - bodyStart < contentLength) {
            return null;
        }
        int bodyEnd = bodyStart + contentLength;
        return new Response(status, Arrays.copyOfRange(buffer, bodyStart, bodyEnd), bodyEnd - from, closing);
    }

    private static Response chunked(byte[] buffer, int from, int at, int to, int status, boolean closing) throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        while (true) {
            int sizeEnd = indexOfLineEnd(buffer, at, to);
            if (sizeEnd < 0) {
                return null;
            }
            int extension = indexOf(buffer, at, sizeEnd, (byte) ';');
            int size = digits(buffer, at, trimEnd(buffer, at, extension < 0 ? sizeEnd : extension), 16);
            at = sizeEnd + 2;
            if (size == 0) {
                // Trailers (ignored), then the blank line.
                if (to - at >= 2 && buffer[at] == '\r' && buffer[at + 1] == '\n') {
                    return new Response(status, body.toByteArray(), at + 2 - from, closing);
                }
                int end = indexOfBlankLine(buffer, at, to);
                return end < 0 ? null : new Response(status, body.toByteArray(), end + 4 - from, closing);
            }
            if (to - at < size + 2) {
                return null;
            }
            body.write(buffer, at, size);
            at += size;
            if (buffer[at] != '\r' || buffer[at + 1] != '\n') {
                throw new IOException("chunk not followed by CRLF");
            }
            at += 2;
        }
    }

    /** Where the first {@code \r\n\r\n} at or after {@code from} starts, or -1. */
    private static int indexOfBlankLine(byte[] buffer, int from, int to) {
        for (int i = from; i + 3 < to; i++) {
            if (buffer[i] == '\r' && buffer[i + 1] == '\n' && buffer[i + 2] == '\r' && buffer[i + 3] == '\n') {
                return i;
            }
        }
        return -1;
    }

    private static int indexOfLineEnd(byte[] buffer, int from, int to) {
        for (int i = from; i + 1 < to; i++) {
            if (buffer[i] == '\r' && buffer[i + 1] == '\n') {
                return i;
            }
        }
        return -1;
    }

    /** The end of the line starting at {@code from}; the headers are known to be whole. */
    private static int lineEnd(byte[] buffer, int from, int to) {
        int end = indexOfLineEnd(buffer, from, to);
        return end < 0 ? to : end;
    }

    private static int indexOf(byte[] buffer, int from, int to, byte b) {
        for (int i = from; i < to; i++) {
            if (buffer[i] == b) {
                return i;
            }
        }
        return -1;
    }

    /** The number written in {@code buffer[from, to)} in {@code radix}, refused if it is not one or exceeds an int. */
    private static int digits(byte[] buffer, int from, int to, int radix) throws IOException {
        if (from >= to) {
            throw new IOException("number expected in the response head");
        }
        long value = 0;
        for (int i = from; i < to; i++) {
            int digit = Character.digit(buffer[i], radix);
            if (digit < 0) {
                throw new IOException("not a number in the response head: "
                        + new String(buffer, from, to - from, StandardCharsets.US_ASCII));
            }
            value = value * radix + digit;
            if (value > Integer.MAX_VALUE) {
                throw new IOException("length too large for a benchmark answer: "
                        + new String(buffer, from, to - from, StandardCharsets.US_ASCII));
            }
        }
        return (int) value;
    }

    private static int trimStart(byte[] buffer, int from, int to) {
        while (from < to && (buffer[from] == ' ' || buffer[from] == '\t')) {
            from++;
        }
        return from;
    }

    private static int trimEnd(byte[] buffer, int from, int to) {
        while (to > from && (buffer[to - 1] == ' ' || buffer[to - 1] == '\t')) {
            to--;
        }
        return to;
    }

    private static boolean startsWithIgnoringCase(byte[] buffer, int from, int to, byte[] lowerCasePrefix) {
        if (to - from < lowerCasePrefix.length) {
            return false;
        }
        for (int i = 0; i < lowerCasePrefix.length; i++) {
            if (lower(buffer[from + i]) != lowerCasePrefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean containsIgnoringCase(byte[] buffer, int from, int to, byte[] lowerCaseWord) {
        for (int i = from; i + lowerCaseWord.length <= to; i++) {
            if (startsWithIgnoringCase(buffer, i, to, lowerCaseWord)) {
                return true;
            }
        }
        return false;
    }

    private static byte lower(byte b) {
        return b >= 'A' && b <= 'Z' ? (byte) (b + 32) : b;
    }
}
