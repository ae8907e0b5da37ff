package fr.ror.nomenclator.fhir;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Keeps the answers of the GET terminology operations in the {@link AnswerCache} as the FHIR
 * server renders them, and serves the ones that reach it already kept (under Tomcat,
 * {@link CachedAnswerValve} serves those before the servlet container's dispatch; the filter
 * serves the rest: an answer kept while the request was on its way, or every hit in a container
 * without that valve).
 */
final class AnswerCacheFilter extends OncePerRequestFilter {

    private final AnswerCache cache;

    AnswerCacheFilter(AnswerCache cache) {
        this.cache = cache;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !cache.applies(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String key = AnswerCache.key(request);
        // Read before rendering: an answer rendered while the content changes is kept for the older generation.
        long generation = cache.generation();
        String cacheControl = request.getHeader("Cache-Control");
        AnswerCache.Answer hit = AnswerCache.wantsFresh(cacheControl) ? null : cache.current(key, generation);
        if (hit != null) {
            hit.writeTo(response);
            return;
        }
        ContentCachingResponseWrapper wrapper = new ContentCachingResponseWrapper(response);
        chain.doFilter(request, wrapper);
        if (wrapper.getStatus() == HttpServletResponse.SC_OK && wrapper.getContentType() != null
                && (cacheControl == null || !cacheControl.contains("no-store"))) {
            cache.keep(key, new AnswerCache.Answer(generation, wrapper.getContentType(),
                    wrapper.getHeader("Content-Encoding"), wrapper.getContentAsByteArray()));
        }
        wrapper.copyBodyToResponse();
    }
}
