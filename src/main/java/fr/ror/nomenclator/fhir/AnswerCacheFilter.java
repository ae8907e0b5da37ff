package fr.ror.nomenclator.fhir;

import fr.ror.nomenclator.terminology.VersionCatalog;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
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
 * validity is temporal. Requests that carry their own resources are POSTs and never cached, nor
 * are authenticated ones (an {@code Authorization} header: every chain is stateless), which may
 * name drafts that anonymous users must not see. A
 * request with {@code Cache-Control: no-cache} gets an answer rendered for it (and kept for the
 * next ones); with {@code no-store}, one that is not kept either.
 * Bounded in bytes (Caffeine's size-based eviction: the answers least likely to be asked again
 * go first); reads take no lock.
 */
final class AnswerCacheFilter extends OncePerRequestFilter {

    static final Set<String> OPERATIONS = Set.of("/fhir/ValueSet/$validate-code", "/fhir/ValueSet/$expand",
            "/fhir/CodeSystem/$validate-code", "/fhir/CodeSystem/$lookup", "/fhir/CodeSystem/$subsumes",
            "/fhir/ConceptMap/$translate");
    static final String STATUS_HEADER = "X-Nomenclator-Answer";
    /** What an entry costs beyond its body and key: the record, the entry, the strings' headers. */
    private static final int ENTRY_OVERHEAD = 160;

    private record Answer(long generation, String contentType, String contentEncoding, byte[] body) {
    }

    private final VersionCatalog catalog;
    private final boolean enabled;
    private final int maxAnswerBytes;
    private final Cache<String, Answer> answers;

    AnswerCacheFilter(VersionCatalog catalog, Duration ttl, long maxBytes) {
        this.catalog = catalog;
        this.enabled = !ttl.isNegative() && !ttl.isZero() && maxBytes > 0;
        this.maxAnswerBytes = (int) Math.min(Integer.MAX_VALUE, Math.max(1, maxBytes / 16));
        this.answers = Caffeine.newBuilder()
                .expireAfterWrite(enabled ? ttl : Duration.ofNanos(1))
                .maximumWeight(Math.max(1, maxBytes))
                .<String, Answer>weigher((key, answer) -> ENTRY_OVERHEAD + 2 * key.length() + answer.body().length)
                // Evict on the calling thread: the bound holds as soon as put returns.
                .executor(Runnable::run)
                .build();
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        if (!enabled || !"GET".equals(request.getMethod()) || request.getHeader("Authorization") != null) {
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
        String cacheControl = request.getHeader("Cache-Control");
        boolean fresh = cacheControl != null && (cacheControl.contains("no-cache") || cacheControl.contains("no-store"));
        Answer hit = fresh ? null : answers.getIfPresent(key);
        if (hit != null && hit.generation() == generation) {
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
                && wrapper.getContentType() != null && (cacheControl == null || !cacheControl.contains("no-store"))) {
            answers.put(key, new Answer(generation, wrapper.getContentType(), wrapper.getHeader("Content-Encoding"),
                    body));
        }
        wrapper.copyBodyToResponse();
    }

    /** The operation, its parameters sorted (so their order does not matter), and what negotiates the answer. */
    static String key(HttpServletRequest request) {
        StringBuilder key = new StringBuilder(256).append(request.getRequestURI()).append('?');
        String query = request.getQueryString();
        if (query != null && !query.isEmpty()) {
            String[] pairs = query.split("&");
            boolean sorted = true;
            for (int i = 0; i < pairs.length; i++) {
                if (pairs[i].indexOf('%') >= 0 || pairs[i].indexOf('+') >= 0) {
                    pairs[i] = URLDecoder.decode(pairs[i], StandardCharsets.UTF_8);
                }
                sorted &= i == 0 || pairs[i - 1].compareTo(pairs[i]) <= 0;
            }
            if (!sorted) {
                Arrays.sort(pairs);
            }
            for (String pair : pairs) {
                if (!pair.isEmpty()) {
                    key.append(pair).append('&');
                }
            }
        }
        for (String header : NEGOTIATING_HEADERS) {
            String value = request.getHeader(header);
            key.append('\n').append(value == null ? "" : value);
        }
        return key.toString();
    }

    private static final String[] NEGOTIATING_HEADERS = {"Accept", "Accept-Language", "Accept-Encoding", "Prefer"};

    long size() {
        answers.cleanUp();
        return answers.estimatedSize();
    }
}
