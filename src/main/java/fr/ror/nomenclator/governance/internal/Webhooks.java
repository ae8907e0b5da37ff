package fr.ror.nomenclator.governance.internal;

import fr.ror.nomenclator.governance.InvalidChangeRequestException;
import fr.ror.nomenclator.governance.UnknownChangeRequestException;
import fr.ror.nomenclator.governance.directory.GovernanceDirectory;
import fr.ror.nomenclator.governance.directory.Permission;
import fr.ror.nomenclator.governance.directory.WorkingGroup;
import fr.ror.nomenclator.governance.request.Actor;
import fr.ror.nomenclator.governance.request.Authorizer;
import fr.ror.nomenclator.governance.webhook.Delivery;
import fr.ror.nomenclator.governance.webhook.Webhook;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The consumers told of releases (the NOS team registers them) and what was delivered to each.
 * Delivery itself is the {@link WebhookDispatcher}'s, from the outbox.
 */
public class Webhooks {

    private static final Set<String> EVENTS = Set.of("release.scheduled", "release.published");

    private final OutboxRepository outbox;
    private final GovernanceDirectory directory;
    private final Authorizer authorizer;
    private final WebhookDispatcher dispatcher;
    private final Clock clock;

    Webhooks(OutboxRepository outbox, GovernanceDirectory directory, WebhookDispatcher dispatcher, Clock clock) {
        this.outbox = outbox;
        this.directory = directory;
        this.authorizer = new Authorizer(directory);
        this.dispatcher = dispatcher;
        this.clock = clock;
    }

    public Webhook register(Actor actor, String url, String secret, List<String> events) {
        require(actor, "register a webhook");
        URI uri;
        try {
            uri = url == null ? null : new URI(url);
        } catch (URISyntaxException e) {
            uri = null;
        }
        if (uri == null || uri.getHost() == null || !("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))) {
            throw new InvalidChangeRequestException("GV130", "url must be an absolute http(s) URL, not '" + url + "'",
                    List.of(), false);
        }
        List<String> wanted = events == null ? List.of() : List.copyOf(events);
        List<String> unknown = wanted.stream().filter(e -> !EVENTS.contains(e)).toList();
        if (!unknown.isEmpty()) {
            throw new InvalidChangeRequestException("GV131", "unknown event type(s) " + unknown + "; the events are "
                    + EVENTS.stream().sorted().toList(), unknown, false);
        }
        String id = UUID.randomUUID().toString();
        outbox.register(id, url, secret == null || secret.isBlank() ? null : secret, wanted, actor.id(), clock.instant());
        return list(actor).stream().filter(w -> w.id().equals(id)).findFirst().orElseThrow();
    }

    public List<Webhook> list(Actor actor) {
        require(actor, "read the webhooks");
        return outbox.webhooks();
    }

    public void remove(Actor actor, String id) {
        require(actor, "remove a webhook");
        if (!outbox.remove(id)) {
            throw new UnknownChangeRequestException("GV431", "no webhook '" + id + "'");
        }
    }

    public List<Delivery> deliveries(Actor actor, String id) {
        require(actor, "read a webhook's deliveries");
        if (outbox.webhooks().stream().noneMatch(w -> w.id().equals(id))) {
            throw new UnknownChangeRequestException("GV431", "no webhook '" + id + "'");
        }
        return outbox.deliveries(id);
    }

    /** Makes a failed delivery due again. */
    public void retry(Actor actor, String deliveryId) {
        require(actor, "retry a delivery");
        if (!outbox.retry(deliveryId, clock.instant())) {
            throw new UnknownChangeRequestException("GV432", "no failed delivery '" + deliveryId + "'");
        }
        dispatcher.wake();
    }

    private void require(Actor actor, String what) {
        if (actor == null) {
            throw new fr.ror.nomenclator.governance.ForbiddenActionException("GV300", "sign in to " + what);
        }
        authorizer.require(actor, Permission.PUBLISH, directory.groups().stream().map(WorkingGroup::id).toList(), what);
    }
}
