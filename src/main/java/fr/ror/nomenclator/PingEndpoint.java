package fr.ror.nomenclator;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * {@code GET /ping} answers {@code ok}: the cheapest answer the server can give, through the same
 * Tomcat connector and filter chain (security included) as every other request. Load balancers
 * can use it as a plain TCP-and-HTTP check; the operations benchmark uses it as the ceiling of
 * the HTTP stack. Readiness, with the store's health, is {@code /actuator/health/readiness}.
 */
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@Configuration(proxyBeanMethods = false)
class PingEndpoint {

    static final String PATH = "/ping";
    private static final byte[] OK = "ok".getBytes(StandardCharsets.US_ASCII);

    @Bean
    ServletRegistrationBean<HttpServlet> pingServlet() {
        ServletRegistrationBean<HttpServlet> registration = new ServletRegistrationBean<>(new Ping(), PATH);
        registration.setName("ping");
        return registration;
    }

    private static final class Ping extends HttpServlet {

        @Override
        protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
            response.setContentType("text/plain;charset=US-ASCII");
            response.setContentLength(OK.length);
            response.setHeader("Cache-Control", "no-store");
            response.getOutputStream().write(OK);
        }
    }
}
