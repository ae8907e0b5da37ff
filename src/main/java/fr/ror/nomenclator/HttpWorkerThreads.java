package fr.ror.nomenclator;

import org.apache.coyote.AbstractProtocol;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;

/**
 * Sizes Tomcat's request threads for a server whose busiest work, the terminology operations,
 * never waits: answers come from in-memory snapshots or from the answer cache. Tomcat's 200
 * threads suit servlets that block; here, with 16 keep-alive connections on 2 cores, each answer
 * woke another idle thread (its queue hands work to the longest-waiting one) and runnable threads
 * outnumbered the cores, and the switches cost up to half of a cached answer. Side by side with
 * wrk, cached {@code ValueSet/$validate-code} on 2 cores: 200 threads 42-43k req/s and about
 * 31 µs of server CPU per answer; 4 threads 51-52k, 25 µs; 2 threads 66-75k, 16-18 µs (README
 * "Operations benchmark"). Hence one thread per core by default (at least 2). The requests that
 * hold a thread longer (imports, exports, a release's publication, the first snapshot of an old
 * version) are rare and mostly use a core themselves; other requests wait in the connector's
 * queue meanwhile, none is refused; idle keep-alive connections hold no thread (NIO connector). A
 * deployment that runs such work often while it serves raises {@code nomenclator.http.threads}.
 */
@Component
class HttpWorkerThreads implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

    private final int threads;

    HttpWorkerThreads(@Value("${nomenclator.http.threads:0}") int configured) {
        if (configured < 0) {
            throw new IllegalArgumentException("nomenclator.http.threads must be 0 (one per core, at least 2) or a positive number: "
                    + configured);
        }
        this.threads = configured > 0 ? configured : defaultThreads(Runtime.getRuntime().availableProcessors());
    }

    static int defaultThreads(int cores) {
        return Math.max(2, cores);
    }

    int threads() {
        return threads;
    }

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        factory.addConnectorCustomizers(connector -> {
            if (connector.getProtocolHandler() instanceof AbstractProtocol<?> protocol) {
                protocol.setMaxThreads(threads);
                protocol.setMinSpareThreads(threads);
            }
        });
    }

    /** After Spring Boot's own customizer, whose {@code server.tomcat.threads.*} this replaces. */
    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
