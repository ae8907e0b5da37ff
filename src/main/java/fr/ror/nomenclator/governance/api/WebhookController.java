package fr.ror.nomenclator.governance.api;

import fr.ror.nomenclator.governance.internal.Webhooks;
import fr.ror.nomenclator.governance.security.Actors;
import fr.ror.nomenclator.governance.webhook.Delivery;
import fr.ror.nomenclator.governance.webhook.Webhook;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The consumers told of releases by webhook (publisher role). Deliveries are at least once:
 * a consumer deduplicates on {@code X-Nomenclator-Event-Id} (docs/releases.md, "Webhooks").
 */
@RestController
@RequestMapping(path = "/api/webhooks", produces = "application/json")
@Tag(name = "Webhooks", description = "Consumers told of scheduled and published releases, at least once")
class WebhookController {

    private final Webhooks webhooks;
    private final Actors actors;

    WebhookController(Webhooks webhooks, Actors actors) {
        this.webhooks = webhooks;
        this.actors = actors;
    }

    @GetMapping
    @Operation(summary = "List the registered consumers")
    List<Webhook> list(Authentication authentication) {
        return webhooks.list(actors.of(authentication));
    }

    @PostMapping(consumes = "application/json")
    @Operation(summary = "Register a consumer", description = "Events are POSTed as JSON with headers"
            + " X-Nomenclator-Event, X-Nomenclator-Event-Id (the idempotency key) and, with a secret,"
            + " X-Nomenclator-Signature")
    ResponseEntity<Webhook> register(@RequestBody WebhookInput input, Authentication authentication) {
        Webhook created = webhooks.register(actors.of(authentication), input.url(), input.secret(), input.events());
        return ResponseEntity.created(URI.create("/api/webhooks/" + created.id())).body(created);
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Remove a consumer; its pending deliveries are cancelled")
    ResponseEntity<Void> remove(@PathVariable String id, Authentication authentication) {
        webhooks.remove(actors.of(authentication), id);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/{id}/deliveries")
    @Operation(summary = "What was delivered to a consumer, attempts and last errors")
    List<Delivery> deliveries(@PathVariable String id, Authentication authentication) {
        return webhooks.deliveries(actors.of(authentication), id);
    }

    @PostMapping("/deliveries/{deliveryId}/retry")
    @Operation(summary = "Make a failed delivery due again")
    ResponseEntity<Void> retry(@PathVariable String deliveryId, Authentication authentication) {
        webhooks.retry(actors.of(authentication), deliveryId);
        return ResponseEntity.accepted().build();
    }
}
