package fr.ror.nomenclator.fhir;

import fr.ror.nomenclator.terminology.VersionCatalog;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Pre-rendered answers for the GET terminology operations editors repeat all day
 * ({@code ValueSet/$validate-code?url=J17&system=R211&code=001}): the first answer is rendered by
 * the FHIR server, later identical requests get its bytes without parsing, resolving or encoding.
 *
 * <p>An answer is reused only while it is still right: for the same query (parameters in any
 * order), the same negotiated format and languages, the same stored content (the catalogue's
 * generation: any import, release or replaced draft drops every answer) and at most
 * {@code ttl} old, because a validation without a {@code date} is made on today's date and NOS
 * validity is temporal. Requests that carry their own resources are POSTs and never cached.
 * Bounded in entries and bytes; least recently used first out.
 */
final class AnswerCacheFilter extends OncePerRequestFilter {

    static final Set<String> OPERATIONS = Set.of("/fhir/ValueSet/$validate-code", "/fhir/ValueSet/$expand",
            "/fhir/CodeSystem/$validate-code", "/fhir/CodeSystem/$lookup", "/fhir/CodeSystem/$subsumes",
            "/fhir/ConceptMap/$translate");
    static final String STATUS_HEADER = "X-Nomenclator-Answer";

    private record Answer(long generation, long renderedAt, String contentType, String contentEncoding, byte[] body) {
    }

    private final VersionCatalog catalog;
    private final long ttlNanos;
    private final long maxBytes;
    private final int maxAnswerBytes;
    private final Map<String, Answer> answers;
    private long bytes;

    AnswerCacheFilter(VersionCatalog catalog, long ttlMillis, int maxEntries, long maxBytes) {
        this.catalog = catalog;
        this.ttlNanos = ttlMillis * 1_000_000L;
        this.maxBytes = maxBytes;
        this.maxAnswerBytes = (int) Math.min(Integer.MAX_VALUE, Math.max(1, maxBytes / 16));
        this.answers = new LinkedHashMap<>(256, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Answer> eldest) {
                if (size() > maxEntries || bytes > AnswerCacheFilter.this.maxBytes) {
                    bytes -= eldest.getValue().body().length;
                    return true;
                }
                return false;
            }
        };
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        if (!"GET".equals(request.getMethod()) || ttlNanos <= 0) {
            return true;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return !OPERATIONS.contains(path);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String key = key(request);
        long generation = catalog.generation();
        Answer hit;
        synchronized (answers) {
            hit = answers.get(key);
        }
        long now = System.nanoTime();
        if (hit != null && hit.generation() == generation && now - hit.renderedAt() < ttlNanos) {
            response.setStatus(HttpServletResponse.SC_OK);
            response.setContentType(hit.contentType());
            if (hit.contentEncoding() != null) {
                response.setHeader("Content-Encoding", hit.contentEncoding());
            }
            response.setContentLength(hit.body().length);
            response.setHeader(STATUS_HEADER, "cached");
            response.getOutputStream().write(hit.body());
            return;
        }
        ContentCachingResponseWrapper wrapper = new ContentCachingResponseWrapper(response);
        chain.doFilter(request, wrapper);
        byte[] body = wrapper.getContentAsByteArray();
        if (wrapper.getStatus() == HttpServletResponse.SC_OK && body.length <= maxAnswerBytes
                && wrapper.getContentType() != null) {
            Answer answer = new Answer(generation, now, wrapper.getContentType(), wrapper.getHeader("Content-Encoding"),
                    body);
            synchronized (answers) {
                Answer previous = answers.put(key, answer);
                bytes += body.length - (previous == null ? 0 : previous.body().length);
            }
        }
        wrapper.copyBodyToResponse();
    }

    /** The operation, its parameters sorted (so their order does not matter), and what negotiates the answer. */
    static String key(HttpServletRequest request) {
        List<String> pairs = new ArrayList<>();
        String query = request.getQueryString();
        if (query != null) {
            for (String pair : query.split("&")) {
                if (!pair.isEmpty()) {
                    pairs.add(URLDecoder.decode(pair, StandardCharsets.UTF_8));
                }
            }
        }
        Collections.sort(pairs);
        return request.getRequestURI() + '?' + String.join("&", pairs) + '\n' + header(request, "Accept") + '\n'
                + header(request, "Accept-Language") + '\n' + header(request, "Accept-Encoding") + '\n'
                + header(request, "Prefer");
    }

    private static String header(HttpServletRequest request, String name) {
        String value = request.getHeader(name);
        return value == null ? "" : value;
    }

    int size() {
        synchronized (answers) {
            return answers.size();
        }
    }
}
