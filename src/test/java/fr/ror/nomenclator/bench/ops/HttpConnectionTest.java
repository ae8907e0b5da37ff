package fr.ror.nomenclator.bench.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class HttpConnectionTest {

    /** Answers each request on a connection with the next canned response; closes after the last. */
    private static Thread serve(ServerSocket server, List<String> responses, AtomicInteger connections) {
        Thread thread = new Thread(() -> {
            try {
                while (!server.isClosed()) {
                    try (Socket socket = server.accept()) {
                        connections.incrementAndGet();
                        BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(),
                                StandardCharsets.US_ASCII));
                        OutputStream out = socket.getOutputStream();
                        for (String response : responses) {
                            for (String line = in.readLine(); line != null && !line.isEmpty(); line = in.readLine()) {
                                // request headers
                            }
                            out.write(response.getBytes(StandardCharsets.UTF_8));
                            out.flush();
                        }
                    }
                }
            } catch (Exception e) {
                // server closed
            }
        });
        thread.setDaemon(true);
        thread.start();
        return thread;
    }

    @Test
    void readsLengthAndChunkedBodiesAndReconnectsWhenTheServerCloses() throws Exception {
        List<String> responses = List.of(
                "HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nhello",
                "HTTP/1.1 404 Not Found\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n4;x=y\r\ndefg\r\n0\r\n\r\n",
                "HTTP/1.1 200 OK\r\nContent-Length: 2\r\nConnection: close\r\n\r\nok");
        AtomicInteger connections = new AtomicInteger();
        try (ServerSocket server = new ServerSocket(0);
             HttpConnection connection = new HttpConnection("localhost", server.getLocalPort(), "")) {
            serve(server, responses, connections);

            assertThat(connection.get("/a").text()).isEqualTo("hello");
            HttpConnection.Response chunked = connection.get("/b");
            assertThat(chunked.status()).isEqualTo(404);
            assertThat(chunked.text()).isEqualTo("abcdefg");
            assertThat(connection.get("/c").text()).isEqualTo("ok");
            assertThat(connection.get("/a").text()).isEqualTo("hello");

            assertThat(connections.get()).isEqualTo(2);
            assertThat(connection.reconnects()).isEqualTo(1);
        }
    }
}
