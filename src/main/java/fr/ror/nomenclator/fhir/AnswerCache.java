package fr.ror.nomenclator.fhir;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import fr.ror.nomenclator.terminology.VersionCatalog;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Set;

/**
 * Pre-rendered answers of the GET terminology operations editors repeat all day
 * ({@code ValueSet/$validate-code?url=J17&system=R211&code=001}): the first answer is rendered by
 * the FHIR server and kept ({@link AnswerCacheFilter}); later identical requests get its bytes
 * without parsing, resolving or encoding, from Tomcat's engine pipeline ({@link CachedAnswerValve})
 * or, without Tomcat, from the filter.
 *
 * <p>An answer is reused only while it is still right: for the same query (parameters with
 * different names in any order), the same negotiated format and languages, the same stored content (the catalogue's
 * generation: any import, release or replaced draft drops every answer) and at most
 * {@code ttl} old, because a validation without a {@code date} is made on today's date and NOS
 * validity is temporal. Requests that carry their own resources are POSTs and never cached, nor
 * are authenticated ones (an {@code Authorization} header: every chain is stateless), which may
 * name drafts that anonymous users must not see. A request with {@code Cache-Control: no-cache}
 * gets an answer rendered for it (and kept for the next ones); with {@code no-store}, one that is
 * not kept either. Bounded in bytes (Caffeine's size-based eviction: the answers least likely to
 * be asked again go first); reads take no lock.
 */
final class AnswerCache {

    private static final Set<String> OPERATIONS = Set.of("/fhir/ValueSet/$validate-code", "/fhir/ValueSet/$expand",
            "/fhir/CodeSystem/$validate-code", "/fhir/CodeSystem/$lookup", "/fhir/CodeSystem/$subsumes",
            "/fhir/ConceptMap/$translate");
    static final String STATUS_HEADER = "X-Nomenclator-Answer";
    /** What an entry costs beyond its body and key: the record, the entry, the strings' headers. */
    private static final int ENTRY_OVERHEAD = 160;
    private static final String[] NEGOTIATING_HEADERS = {"Accept", "Accept-Language", "Accept-Encoding", "Prefer"};

    /** Orders {@code name=value} pairs by name alone. */
    private static final Comparator<String> BY_NAME = (a, b) -> {
        int aEnd = nameEnd(a);
        int bEnd = nameEnd(b);
        int common = Math.min(aEnd, bEnd);
        for (int i = 0; i < common; i++) {
            int difference = a.charAt(i) - b.charAt(i);
            if (difference != 0) {
                return difference;
            }
        }
        return aEnd - bEnd;
    };

    /** A rendered answer, valid for the catalogue generation it was rendered from. */
    record Answer(long generation, String contentType, String contentEncoding, byte[] body) {

        void writeTo(HttpServletResponse response) throws IOException {
            response.setStatus(HttpServletResponse.SC_OK);
            response.setContentType(contentType);
            if (contentEncoding != null) {
                response.setHeader("Content-Encoding", contentEncoding);
            }
            response.setContentLength(body.length);
            response.setHeader(STATUS_HEADER, "cached");
            response.getOutputStream().write(body);
        }
    }

    private final VersionCatalog catalog;
    private final boolean enabled;
    private final int maxAnswerBytes;
    private final Cache<String, Answer> answers;

    AnswerCache(VersionCatalog catalog, Duration ttl, long maxBytes) {
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

    /** Whether the request is one whose answer may be served from, or kept in, the cache. */
    boolean applies(HttpServletRequest request) {
        if (!enabled || !"GET".equals(request.getMethod()) || request.getHeader("Authorization") != null) {
            return false;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return OPERATIONS.contains(path);
    }

    /** {@code Cache-Control: no-cache} or {@code no-store}: the request wants an answer computed for it. */
    static boolean wantsFresh(String cacheControl) {
        return cacheControl != null && (cacheControl.contains("no-cache") || cacheControl.contains("no-store"));
    }

    /** The answer to serve to a request that {@link #applies} and does not {@link #wantsFresh want a fresh one}, if any. */
    Answer hit(HttpServletRequest request) {
        return current(key(request), catalog.generation());
    }

    Answer current(String key, long generation) {
        Answer hit = answers.getIfPresent(key);
        return hit != null && hit.generation() == generation ? hit : null;
    }

    long generation() {
        return catalog.generation();
    }

    /** Keeps a rendered answer unless it is too large for the bound. */
    void keep(String key, Answer answer) {
        if (answer.body().length <= maxAnswerBytes) {
            answers.put(key, answer);
        }
    }

    /**
     * The operation, its parameters in the order of their names, and what negotiates the answer.
     * Parameters are kept as sent, percent-encoding included: decoding would make
     * {@code code=1%26system=x} (one parameter) the same key as {@code code=1&system=x} (two).
     * The sort is stable, so repeated parameters keep their order.
     */
    static String key(HttpServletRequest request) {
        String uri = request.getRequestURI();
        String query = request.getQueryString();
        StringBuilder key = new StringBuilder(uri.length() + (query == null ? 0 : query.length()) + 64)
                .append(uri).append('?');
        if (query != null && !query.isEmpty()) {
            appendInNameOrder(query, key);
        }
        for (String header : NEGOTIATING_HEADERS) {
            String value = request.getHeader(header);
            key.append('\n');
            if (value != null) {
                key.append(value);
            }
        }
        return key.toString();
    }

    /** Empty pairs ({@code a=1&&b=2}, a trailing {@code &}) say nothing and are left out. */
    private static void appendInNameOrder(String query, StringBuilder key) {
        String[] pairs = query.split("&");
        // Stable, and as cheap as checking the order for the few pairs of an operation sent in order.
        Arrays.sort(pairs, BY_NAME);
        for (String pair : pairs) {
            if (!pair.isEmpty()) {
                key.append(pair).append('&');
            }
        }
    }

    private static int nameEnd(String pair) {
        int equals = pair.indexOf('=');
        return equals < 0 ? pair.length() : equals;
    }

    long size() {
        answers.cleanUp();
        return answers.estimatedSize();
    }
}
