package fr.ror.nomenclator.tx;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * Does the server answer at all? TxTester's client retries a request that gets no answer, and
 * its first requests again before each test, so a run against a server that is down or went
 * down would take one to ten seconds a test; the runner asks this instead and gives up early.
 * Any HTTP answer to {@code GET [base]/metadata} counts.
 */
final class ServerProbe {

    private final URI metadata;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    ServerProbe(String fhirBase) {
        this.metadata = URI.create(fhirBase.replaceAll("/+$", "") + "/metadata");
    }

    /** Null when the server answered, else why not. */
    String noAnswer() {
        try {
            http.send(HttpRequest.newBuilder(metadata).timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.discarding());
            return null;
        } catch (IOException | IllegalArgumentException e) {
            return "no answer from " + metadata + " (" + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()) + ")";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted while asking " + metadata;
        }
    }
}
