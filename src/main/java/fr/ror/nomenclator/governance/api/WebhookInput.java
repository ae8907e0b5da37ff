package fr.ror.nomenclator.governance.api;

import java.util.List;

/**
 * A consumer to tell of releases.
 *
 * @param secret when set, each delivery carries {@code X-Nomenclator-Signature: sha256=<HMAC of the body>}
 * @param events {@code release.scheduled}, {@code release.published}; empty or absent: all
 */
record WebhookInput(String url, String secret, List<String> events) {
}
