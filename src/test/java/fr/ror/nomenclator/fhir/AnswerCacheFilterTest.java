package fr.ror.nomenclator.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import fr.ror.nomenclator.terminology.GraphStatistics;
import fr.ror.nomenclator.terminology.ResourceKind;
import fr.ror.nomenclator.terminology.VersionCatalog;
import fr.ror.nomenclator.terminology.VersionSummary;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.FilterChain;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class AnswerCacheFilterTest {

    final Catalog catalog = new Catalog();
    final AtomicInteger rendered = new AtomicInteger();
    AnswerCache cache;
    final FilterChain server = (request, response) -> {
        rendered.incrementAndGet();
        HttpServletResponse http = (HttpServletResponse) response;
        http.setStatus("oops".equals(request.getParameter("code")) ? 400 : 200);
        http.setContentType("application/fhir+json;charset=UTF-8");
        http.getWriter().write("{\"resourceType\":\"Parameters\",\"n\":" + rendered.get() + "}");
    };

    @Test
    void theSameQueryInAnyOrderIsAnsweredFromTheFirstRendering() throws Exception {
        AnswerCacheFilter filter = filter(Duration.ofMinutes(1), 1 << 20);
        MockHttpServletResponse first = call(filter, "url=J17&system=R211&code=001");
        MockHttpServletResponse second = call(filter, "code=001&url=J17&system=R211");
        call(filter, "system=R211&code=001&url=J17&");
        assertThat(rendered).as("the order of the parameters does not matter").hasValue(1);
        assertThat(second.getContentAsString()).isEqualTo(first.getContentAsString());
        assertThat(second.getHeader(AnswerCache.STATUS_HEADER)).isEqualTo("cached");
        assertThat(second.getContentType()).startsWith("application/fhir+json");
    }

    /** Parameters are compared as sent: one parameter whose value holds an encoded '&' is not two parameters. */
    @Test
    void parametersAreComparedAsSent() throws Exception {
        AnswerCacheFilter filter = filter(Duration.ofMinutes(1), 1 << 20);
        call(filter, "code=001&system=R211");
        call(filter, "code=001%26system%3DR211");
        call(filter, "code=0%301&system=R211");
        assertThat(rendered).hasValue(3);
        // Repeated parameters keep their order (an operation may answer in that order).
        call(filter, "code=001&property=a&property=b");
        call(filter, "code=001&property=b&property=a");
        call(filter, "property=a&code=001&property=b");
        assertThat(rendered).hasValue(5);
    }

    @Test
    void aChangeOfTheStoredContentDropsEveryAnswer() throws Exception {
        AnswerCacheFilter filter = filter(Duration.ofMinutes(1), 1 << 20);
        call(filter, "url=J17&code=001");
        catalog.generation++;
        MockHttpServletResponse after = call(filter, "url=J17&code=001");
        assertThat(rendered).hasValue(2);
        assertThat(after.getContentAsString()).contains("\"n\":2");
    }

    @Test
    void answersExpireAndErrorsAreNeverKept() throws Exception {
        AnswerCacheFilter expiring = filter(Duration.ofMillis(1), 1 << 20);
        call(expiring, "url=J17&code=001");
        Thread.sleep(5);
        call(expiring, "url=J17&code=001");
        assertThat(rendered).hasValue(2);

        AnswerCacheFilter filter = filter(Duration.ofMinutes(1), 1 << 20);
        call(filter, "url=J17&code=oops");
        MockHttpServletResponse again = call(filter, "url=J17&code=oops");
        assertThat(again.getStatus()).isEqualTo(400);
        assertThat(rendered).hasValue(4);
        assertThat(cache.size()).isZero();
    }

    @Test
    void noCacheRendersAFreshAnswerAndNoStoreKeepsNone() throws Exception {
        AnswerCacheFilter filter = filter(Duration.ofMinutes(1), 1 << 20);
        call(filter, "url=J17&code=001");
        MockHttpServletRequest noCache = request("url=J17&code=001");
        noCache.addHeader("Cache-Control", "no-cache");
        MockHttpServletResponse fresh = new MockHttpServletResponse();
        filter.doFilter(noCache, fresh, server);
        assertThat(rendered).hasValue(2);
        assertThat(fresh.getHeader(AnswerCache.STATUS_HEADER)).isNull();
        assertThat(call(filter, "url=J17&code=001").getContentAsString()).as("the fresh answer is kept")
                .contains("\"n\":2");

        MockHttpServletRequest noStore = request("url=J17&code=002");
        noStore.addHeader("Cache-Control", "no-store");
        filter.doFilter(noStore, new MockHttpServletResponse(), server);
        call(filter, "url=J17&code=002");
        assertThat(rendered).hasValue(4);
    }

    /** An authenticated request may name a draft: its answer is neither served from nor kept for anyone. */
    @Test
    void authenticatedRequestsAreNeverCached() throws Exception {
        AnswerCacheFilter filter = filter(Duration.ofMinutes(1), 1 << 20);
        for (int i = 0; i < 2; i++) {
            MockHttpServletRequest signed = request("url=J17&code=001");
            signed.addHeader("Authorization", "Basic bXMtbWVtYmVyOm5vbWVuY2xhdG9yLWRlbW8=");
            MockHttpServletResponse answer = new MockHttpServletResponse();
            filter.doFilter(signed, answer, server);
            assertThat(answer.getHeader(AnswerCache.STATUS_HEADER)).isNull();
        }
        assertThat(rendered).hasValue(2);
        call(filter, "url=J17&code=001");
        assertThat(rendered).as("nothing was kept for anonymous users").hasValue(3);
    }

    @Test
    void anotherFormatOrLanguageIsAnotherAnswer() throws Exception {
        AnswerCacheFilter filter = filter(Duration.ofMinutes(1), 1 << 20);
        call(filter, "url=J17&code=001");
        MockHttpServletRequest german = request("url=J17&code=001");
        german.addHeader("Accept-Language", "de");
        filter.doFilter(german, new MockHttpServletResponse(), server);
        assertThat(rendered).hasValue(2);
    }

    @Test
    void onlyGetOperationsAreCachedAndTheBoundHolds() throws Exception {
        // Room for about two answers of this size (body, key, overhead), not five.
        AnswerCacheFilter filter = filter(Duration.ofMinutes(1), 2 * 400);
        for (int i = 0; i < 5; i++) {
            call(filter, "url=J17&code=00" + i);
        }
        assertThat(cache.size()).isBetween(1L, 2L);
        MockHttpServletRequest post = request("url=J17&code=001");
        post.setMethod("POST");
        filter.doFilter(post, new MockHttpServletResponse(), server);
        filter.doFilter(post, new MockHttpServletResponse(), server);
        MockHttpServletRequest read = new MockHttpServletRequest("GET", "/fhir/ValueSet/J17");
        filter.doFilter(read, new MockHttpServletResponse(), server);
        filter.doFilter(read, new MockHttpServletResponse(), server);
        assertThat(rendered).hasValue(9);
    }

    /** A filter over a new cache, which {@link #cache} then names. */
    private AnswerCacheFilter filter(Duration ttl, long maxBytes) {
        cache = new AnswerCache(catalog, ttl, maxBytes);
        return new AnswerCacheFilter(cache);
    }

    private MockHttpServletResponse call(AnswerCacheFilter filter, String query) throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        filter.doFilter(request(query), response, server);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        return response;
    }

    private static MockHttpServletRequest request(String query) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/fhir/ValueSet/$validate-code");
        request.setQueryString(query);
        for (String pair : query.split("&")) {
            String[] kv = pair.split("=");
            request.addParameter(kv[0], kv[1]);
        }
        return request;
    }

    static final class Catalog implements VersionCatalog {
        long generation;

        @Override
        public List<VersionSummary> versions() {
            return List.of();
        }

        @Override
        public List<VersionSummary> versions(ResourceKind kind) {
            return List.of();
        }

        @Override
        public Optional<VersionSummary> find(ResourceKind kind, String id) {
            return Optional.empty();
        }

        @Override
        public List<VersionSummary> versionsOf(ResourceKind kind, String url) {
            return List.of();
        }

        @Override
        public Optional<VersionSummary> latest(ResourceKind kind, String url) {
            return Optional.empty();
        }

        @Override
        public Optional<ObjectNode> resource(ResourceKind kind, String id) {
            return Optional.empty();
        }

        @Override
        public long generation() {
            return generation;
        }

        @Override
        public GraphStatistics statistics() {
            return new GraphStatistics(0, 0, Map.of(), Map.of());
        }
    }
}
