package fr.ror.nomenclator.bench.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ResponseBytesTest {

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** Feeds the bytes one more at a time, as reads may split them anywhere: only the last one completes. */
    private static ResponseBytes.Response parseArrivingByteByByte(byte[] response) throws IOException {
        for (int arrived = 0; arrived < response.length; arrived++) {
            assertThat(ResponseBytes.parse(response, 0, arrived)).as("after %d of %d bytes", arrived, response.length).isNull();
        }
        return ResponseBytes.parse(response, 0, response.length);
    }

    @Test
    void aLengthDelimitedResponseIsWholeOnlyOnceItsLastByteArrived() throws IOException {
        byte[] wire = bytes("HTTP/1.1 200 OK\r\ncontent-type: application/fhir+json\r\nContent-Length:  8 \r\n\r\n{\"é\":1}");

        ResponseBytes.Response response = parseArrivingByteByByte(wire);

        assertThat(response.status()).isEqualTo(200);
        assertThat(new String(response.body(), StandardCharsets.UTF_8)).isEqualTo("{\"é\":1}");
        assertThat(response.length()).isEqualTo(wire.length);
        assertThat(response.closing()).isFalse();
    }

    @Test
    void aChunkedResponseIsJoinedWithExtensionsAndTrailersSkipped() throws IOException {
        byte[] wire = bytes("HTTP/1.1 404 Not Found\r\nTRANSFER-ENCODING: Chunked\r\nConnection: close\r\n\r\n"
                + "3\r\nabc\r\n4;x=y\r\ndefg\r\n0\r\nX-Trailer: 1\r\n\r\n");

        ResponseBytes.Response response = parseArrivingByteByByte(wire);

        assertThat(response.status()).isEqualTo(404);
        assertThat(new String(response.body(), StandardCharsets.US_ASCII)).isEqualTo("abcdefg");
        assertThat(response.length()).isEqualTo(wire.length);
        assertThat(response.closing()).isTrue();
    }

    @Test
    void theResponseEndsWhereTheNextStarts() throws IOException {
        byte[] wire = bytes("xxHTTP/1.1 204 No Content\r\n\r\nHTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok");

        ResponseBytes.Response first = ResponseBytes.parse(wire, 2, wire.length);
        ResponseBytes.Response second = ResponseBytes.parse(wire, 2 + first.length(), wire.length);

        assertThat(first.status()).isEqualTo(204);
        assertThat(first.body()).isEmpty();
        assertThat(second.status()).isEqualTo(200);
        assertThat(2 + first.length() + second.length()).isEqualTo(wire.length);
    }

    @Test
    void whatIsNotAKeepAliveResponseIsRefused() {
        byte[] notHttp = bytes("SSH-2.0-OpenSSH_9.2\r\n\r\n");
        byte[] noLength = bytes("HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\n\r\nforever");
        byte[] badLength = bytes("HTTP/1.1 200 OK\r\nContent-Length: 1x\r\n\r\nforever");

        assertThatThrownBy(() -> ResponseBytes.parse(notHttp, 0, notHttp.length)).isInstanceOf(IOException.class)
                .hasMessageContaining("not an HTTP status line");
        assertThatThrownBy(() -> ResponseBytes.parse(noLength, 0, noLength.length)).isInstanceOf(IOException.class)
                .hasMessageContaining("without length");
        assertThatThrownBy(() -> ResponseBytes.parse(badLength, 0, badLength.length)).isInstanceOf(IOException.class)
                .hasMessageContaining("not a number");
    }
}
