package fr.ror.nomenclator.fhir;

import jakarta.servlet.ServletException;
import java.io.IOException;
import java.util.concurrent.atomic.LongAdder;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ValveBase;

/**
 * Serves kept answers ({@link AnswerCache}) from Tomcat's engine pipeline, the first stage after
 * the connector has parsed and mapped the request: a hit skips the host, context and wrapper
 * valves (error pages, authenticator, class loader binding), the building of the filter chain and
 * the servlet request wrappers, about a tenth of the server's CPU per cached answer (profiled at
 * 70-90k cached {@code ValueSet/$validate-code} a second on 2 cores). Everything else, misses
 * included, goes on down the pipeline unchanged.
 */
final class CachedAnswerValve extends ValveBase {

    private final AnswerCache cache;
    private final LongAdder served = new LongAdder();

    CachedAnswerValve(AnswerCache cache) {
        super(true);
        this.cache = cache;
    }

    @Override
    public void invoke(Request request, Response response) throws IOException, ServletException {
        if (cache.applies(request) && !AnswerCache.wantsFresh(request.getHeader("Cache-Control"))) {
            AnswerCache.Answer hit = cache.hit(request);
            if (hit != null) {
                hit.writeTo(response);
                served.increment();
                return;
            }
        }
        getNext().invoke(request, response);
    }

    /** How many answers this valve served (a monitoring and test figure). */
    long served() {
        return served.sum();
    }
}
