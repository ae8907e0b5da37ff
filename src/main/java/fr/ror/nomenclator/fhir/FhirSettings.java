package fr.ror.nomenclator.fhir;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings of the FHIR endpoint ({@code nomenclator.fhir.*}).
 *
 * @param maxRequestBytes largest request body accepted, checked before parsing (413 beyond)
 * @param defaultPageSize search page size when the client sends no {@code _count}
 * @param maxPageSize     largest {@code _count} honoured
 * @param pagedSearches   how many searches are kept in memory for their next pages
 * @param answerCache     pre-rendered answers of GET terminology operations ({@link AnswerCacheFilter})
 */
@ConfigurationProperties("nomenclator.fhir")
public record FhirSettings(@DefaultValue("50MB") DataSize maxRequestBytes,
                           @DefaultValue("20") int defaultPageSize,
                           @DefaultValue("500") int maxPageSize,
                           @DefaultValue("200") int pagedSearches,
                           @DefaultValue AnswerCache answerCache) {

    /**
     * @param ttl     how long an answer is reused at most (0: no cache)
     * @param maxSize how many bytes of answers (with their keys) are kept
     */
    public record AnswerCache(@DefaultValue("60s") java.time.Duration ttl, @DefaultValue("64MB") DataSize maxSize) {
    }
}
