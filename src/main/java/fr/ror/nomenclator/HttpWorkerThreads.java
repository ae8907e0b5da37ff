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
 * woke another idle thread (its queue hands work to the longest-waiting one), and the switches
 * cost a quarter of a cached answer: about 31 µs of server CPU per cached {@code $validate-code}
 * with 200 threads, 26 with 4, 22 with 2 (wrk, servers side by side; README "Operations benchmark").
 * The default, twice the cores and at least 4, keeps threads for the requests that do wait on
 * the graph (governance, imports, the first build of an old version's snapshot) without paying
 * for a pool sized for blocking. Idle keep-alive connections hold no thread (NIO connector).
 */
@Component
class HttpWorkerThreads implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

    private final int threads;

    HttpWorkerThreads(@Value("${nomenclator.http.threads:0}") int configured) {
        if (configured < 0) {
            throw new IllegalArgumentException("nomenclator.http.threads must be 0 (twice the cores, at least 4) or a positive number: "
                    + configured);
        }
        this.threads = configured > 0 ? configured : defaultThreads(Runtime.getRuntime().availableProcessors());
    }

    static int defaultThreads(int cores) {
        return Math.max(4, 2 * cores);
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
