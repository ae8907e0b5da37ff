package fr.ror.nomenclator.fhir;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses request bodies over the configured size with 413 before anything parses them: at once
 * when the declared Content-Length is too big, and while reading when a chunked body runs over
 * (the error then reaches HAPI, which {@link TerminologyErrorInterceptor} turns into a 413).
 */
final class RequestSizeLimitFilter extends OncePerRequestFilter {

    /** Request attribute set when a body ran over the limit while being read: HAPI hides the cause. */
    static final String EXCEEDED = RequestSizeLimitFilter.class.getName() + ".exceeded";

    private final long maxBytes;
    private final OutcomeWriter outcomeWriter;

    RequestSizeLimitFilter(long maxBytes, OutcomeWriter outcomeWriter) {
        this.maxBytes = maxBytes;
        this.outcomeWriter = outcomeWriter;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getContentLengthLong() > maxBytes) {
            outcomeWriter.write(response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE,
                    OperationOutcomes.error(IssueType.TOOLONG, tooLarge()));
            return;
        }
        chain.doFilter(new LimitedRequest(request), response);
    }

    private String tooLarge() {
        return "Request body larger than " + maxBytes + " bytes (nomenclator.fhir.max-request-bytes)";
    }

    /** Thrown while reading a body that turns out to be over the limit. */
    static final class RequestTooLargeException extends IOException {
        RequestTooLargeException(String message) {
            super(message);
        }
    }

    private final class LimitedRequest extends HttpServletRequestWrapper {
        private ServletInputStream stream;

        LimitedRequest(HttpServletRequest request) {
            super(request);
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                stream = new LimitedStream(super.getInputStream(), this);
            }
            return stream;
        }
    }

    private final class LimitedStream extends ServletInputStream {
        private final ServletInputStream delegate;
        private final HttpServletRequest request;
        private long read;

        LimitedStream(ServletInputStream delegate, HttpServletRequest request) {
            this.delegate = delegate;
            this.request = request;
        }

        @Override
        public int read() throws IOException {
            int b = delegate.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = delegate.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) throws RequestTooLargeException {
            read += n;
            if (read > maxBytes) {
                request.setAttribute(EXCEEDED, tooLarge());
                throw new RequestTooLargeException(tooLarge());
            }
        }

        @Override
        public boolean isFinished() {
            return delegate.isFinished();
        }

        @Override
        public boolean isReady() {
            return delegate.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            delegate.setReadListener(listener);
        }
    }
}
