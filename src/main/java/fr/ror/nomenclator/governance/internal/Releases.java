package fr.ror.nomenclator.governance.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.ror.nomenclator.governance.InvalidChangeRequestException;
import fr.ror.nomenclator.governance.ReleasePublished;
import fr.ror.nomenclator.governance.ReleaseScheduled;
import fr.ror.nomenclator.governance.UnknownChangeRequestException;
import fr.ror.nomenclator.governance.WorkflowConflictException;
import fr.ror.nomenclator.governance.directory.GovernanceDirectory;
import fr.ror.nomenclator.governance.directory.Permission;
import fr.ror.nomenclator.governance.directory.WorkingGroup;
import fr.ror.nomenclator.governance.internal.CrashPoints.Step;
import fr.ror.nomenclator.governance.release.Release;
import fr.ror.nomenclator.governance.release.ReleaseStatus;
import fr.ror.nomenclator.governance.release.ReleaseVersion;
import fr.ror.nomenclator.governance.request.Actor;
import fr.ror.nomenclator.governance.request.Authorizer;
import fr.ror.nomenclator.governance.request.ChangeRequest;
import fr.ror.nomenclator.governance.request.ChangeRequestStatus;
import fr.ror.nomenclator.terminology.Changelog;
import fr.ror.nomenclator.terminology.DraftPublication;
import fr.ror.nomenclator.terminology.Publication;
import fr.ror.nomenclator.terminology.PublishedVersion;
import fr.ror.nomenclator.terminology.QualityChecks;
import fr.ror.nomenclator.terminology.QualityFinding;
import fr.ror.nomenclator.terminology.QualityReport;
import fr.ror.nomenclator.terminology.QualityRequest;
import fr.ror.nomenclator.terminology.QualitySeverity;
import fr.ror.nomenclator.terminology.ResourceKind;
import fr.ror.nomenclator.terminology.VersionCatalog;
import fr.ror.nomenclator.terminology.VersionDiff;
import fr.ror.nomenclator.terminology.VersionPublication;
import fr.ror.nomenclator.terminology.VersionSummary;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;

/**
 * The releases' application service: gathers scheduled change requests (and drafts imported as
 * they are) into a release, runs the quality checks on it, and publishes it atomically: the
 * drafts become versions, the release and its requests are marked published and its event is put
 * in the outbox, all in one transaction (docs/releases.md, "Publication").
 */
public class Releases {

    private static final Logger log = LoggerFactory.getLogger(Releases.class);
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

    private final ReleaseRepository repository;
    private final OutboxRepository outbox;
    private final ChangeRequestRepository requests;
    private final ChangeRequests changeRequests;
    private final VersionCatalog catalog;
    private final VersionPublication publication;
    private final VersionDiff diff;
    private final ObjectProvider<QualityChecks> checks;
    private final GovernanceDirectory directory;
    private final Authorizer authorizer;
    private final ReleaseSettings settings;
    private final CrashPoints crashPoints;
    private final WebhookDispatcher dispatcher;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final ObjectMapper json;
    private final ZoneId zone;
    private final DateTimeFormatter versionFormat;
    private final ReleaseNotes notes;
    private final ReleasePackages packages;
    private final ReleaseFeed feed;

    /** What a publication did: the release as published, and how long each step took. */
    public record Published(Release release, Publication publication) {
    }

    Releases(ReleaseRepository repository, OutboxRepository outbox, ChangeRequestRepository requests,
             ChangeRequests changeRequests, VersionCatalog catalog, VersionPublication publication, VersionDiff diff,
             ObjectProvider<QualityChecks> checks, GovernanceDirectory directory, ReleaseSettings settings,
             WebhookDispatcher dispatcher, ApplicationEventPublisher events, Clock clock, ObjectMapper json) {
        this.repository = repository;
        this.outbox = outbox;
        this.requests = requests;
        this.changeRequests = changeRequests;
        this.catalog = catalog;
        this.publication = publication;
        this.diff = diff;
        this.checks = checks;
        this.directory = directory;
        this.authorizer = new Authorizer(directory);
        this.settings = settings;
        this.crashPoints = new CrashPoints(settings.crashAt());
        this.dispatcher = dispatcher;
        this.events = events;
        this.clock = clock;
        this.json = json;
        this.zone = ZoneId.of(settings.zone());
        this.versionFormat = DateTimeFormatter.ofPattern(settings.versionPattern()).withZone(zone);
        this.notes = new ReleaseNotes(zone);
        this.packages = new ReleasePackages(catalog, settings.packageName());
        this.feed = new ReleaseFeed(zone);
    }

    /**
     * Schedules a release. Without {@code changeRequestIds} nor {@code draftIds}, it gathers the
     * change requests scheduled in it ({@code release} = its id); each request must be scheduled
     * in it, each draft ({@code CodeSystem/<id>}…) must be a stored draft.
     */
    public Release create(Actor actor, String id, String title, String description, String publicationDate,
                          String effectiveDate, String version, List<String> changeRequestIds, List<String> draftIds) {
        requirePermission(actor, Permission.SCHEDULE, "schedule a release");
        if (id == null || !ID.matcher(id).matches()) {
            throw new InvalidChangeRequestException("GV121", "id is required: letters, digits, '.', '_' or '-'"
                    + " (e.g. 2027-01), at most 64");
        }
        if (title == null || title.isBlank()) {
            throw new InvalidChangeRequestException("GV122", "title is required");
        }
        String planned = requireDate("publicationDate", publicationDate, true);
        String effective = effectiveDate == null ? planned : requireDate("effectiveDate", effectiveDate, true);
        if (version != null && version.isBlank()) {
            version = null;
        }
        if (repository.exists(id)) {
            throw new WorkflowConflictException("GV221", "release " + id + " exists already");
        }
        List<String> crIds = changeRequestIds == null && draftIds == null ? requests.scheduledIn(id)
                : changeRequestIds == null ? List.of() : List.copyOf(changeRequestIds);
        Set<String> drafts = new LinkedHashSet<>();
        List<String> problems = new ArrayList<>();
        for (String crId : crIds) {
            ChangeRequest request = changeRequests.get(crId);
            if (request.status() != ChangeRequestStatus.SCHEDULED || !id.equals(request.release())) {
                problems.add("change request " + crId + " is " + request.status().id()
                        + (request.release() == null ? "" : " in release " + request.release())
                        + ", not scheduled in release " + id);
            }
            drafts.addAll(request.drafts());
        }
        if (draftIds != null) {
            drafts.addAll(draftIds);
        }
        List<ReleaseVersion> versions = new ArrayList<>();
        for (String draft : drafts) {
            versionOf(draft, problems).ifPresent(versions::add);
        }
        if (versions.isEmpty() && problems.isEmpty()) {
            problems.add("release " + id + " publishes nothing: no change request is scheduled in it and no draft"
                    + " is named (changeRequests, drafts)");
        }
        if (!problems.isEmpty()) {
            throw new InvalidChangeRequestException("GV123", problems.size() == 1 ? problems.get(0)
                    : problems.size() + " problems: " + String.join("; ", problems), problems, false);
        }
        Instant now = clock.instant();
        Release release = new Release(id, title, description, ReleaseStatus.SCHEDULED, planned, effective, version,
                crIds, versions, actor.id(), now, null, null, null);
        String eventId = UUID.randomUUID().toString();
        repository.write(tx -> {
            repository.create(tx, release);
            outbox.enqueue(tx, eventId, "release.scheduled", id, payload(eventId, "release.scheduled", release, now), now);
            return null;
        });
        events.publishEvent(new ReleaseScheduled(id, planned, effective));
        dispatcher.wake();
        return get(id);
    }

    /**
     * Adds change requests scheduled in a release that is not published yet, with their drafts.
     */
    public Release addRequests(Actor actor, String id, List<String> changeRequestIds) {
        requirePermission(actor, Permission.SCHEDULE, "add change requests to release " + id);
        Release release = get(id);
        if (release.status() == ReleaseStatus.PUBLISHED) {
            throw new WorkflowConflictException("GV222", "release " + id + " is published: schedule the requests in"
                    + " a later release");
        }
        if (changeRequestIds == null || changeRequestIds.isEmpty()) {
            throw InvalidChangeRequestException.malformed("GV125", "changeRequests: name at least one change request");
        }
        List<String> problems = new ArrayList<>();
        Set<String> ids = new LinkedHashSet<>(release.changeRequests());
        Set<String> drafts = new LinkedHashSet<>();
        release.versions().forEach(v -> drafts.add(v.resourceType() + "/" + v.draftId()));
        for (String crId : changeRequestIds) {
            ChangeRequest request = changeRequests.get(crId);
            if (request.status() != ChangeRequestStatus.SCHEDULED || !id.equals(request.release())) {
                problems.add("change request " + crId + " is " + request.status().id()
                        + (request.release() == null ? "" : " in release " + request.release())
                        + ", not scheduled in release " + id);
            }
            ids.add(crId);
            drafts.addAll(request.drafts());
        }
        List<ReleaseVersion> versions = new ArrayList<>();
        for (String draft : drafts) {
            versionOf(draft, problems).ifPresent(versions::add);
        }
        if (!problems.isEmpty()) {
            throw new InvalidChangeRequestException("GV123", problems.size() == 1 ? problems.get(0)
                    : problems.size() + " problems: " + String.join("; ", problems), problems, false);
        }
        repository.updateContent(id, List.copyOf(ids), versions);
        return get(id);
    }

    /** The release notes in Markdown ({@code markdown}) or HTML. */
    public String notes(String id, boolean markdown) {
        Release release = get(id);
        List<Changelog> logs = changelogs(release);
        return markdown ? notes.markdown(release, logs) : notes.html(release, logs);
    }

    /** The FHIR NPM package of a published release: every version it published. */
    public byte[] npmPackage(String id) {
        Release release = get(id);
        if (release.status() != ReleaseStatus.PUBLISHED) {
            throw new WorkflowConflictException("GV227", "release " + id + " is not published yet: its package is"
                    + " made from the versions it publishes");
        }
        return packages.write(release);
    }

    /** The Atom feed of every release, published and scheduled. */
    public String feed(String baseUrl) {
        String base = settings.publicUrl().isBlank() ? baseUrl : settings.publicUrl();
        return feed.write(repository.list(), base.replaceAll("/+$", ""));
    }

    public Release get(String id) {
        return repository.find(id).orElseThrow(() -> new UnknownChangeRequestException("GV421",
                "no release '" + id + "'"));
    }

    public List<Release> list() {
        return repository.list();
    }

    /** Runs the quality checks on the release's drafts as they are now, judged on its effective date. */
    public QualityReport check(Actor actor, String id) {
        requirePermission(actor, Permission.SCHEDULE, "check release " + id);
        Release release = get(id);
        if (release.status() == ReleaseStatus.PUBLISHED) {
            throw new WorkflowConflictException("GV222", "release " + id + " is published: check its versions on"
                    + " demand instead");
        }
        return runChecks(release);
    }

    /**
     * Publishes the release (docs/releases.md, "Publication"): refuses drafts that hold changes of
     * requests outside it and blocking quality findings; then one transaction publishes every draft,
     * marks the release and its requests published and puts {@code release.published} in the outbox;
     * then the served state swaps and the outbox is dispatched.
     */
    public Published publish(Actor actor, String id) {
        requirePermission(actor, Permission.PUBLISH, "publish release " + id);
        Release release = get(id);
        if (release.status() == ReleaseStatus.PUBLISHED) {
            throw new WorkflowConflictException("GV222", "release " + id + " was published on " + release.publishedAt());
        }
        List<String> drafts = release.versions().stream().map(v -> v.resourceType() + "/" + v.draftId()).toList();
        List<String> outside = requests.holdingDrafts(drafts).stream()
                .filter(r -> !release.changeRequests().contains(r[0]))
                .map(r -> r[0] + " (" + r[1].toLowerCase(java.util.Locale.ROOT)
                        + (r[2] == null ? "" : " in release " + r[2]) + ")").toList();
        if (!outside.isEmpty()) {
            throw new WorkflowConflictException("GV224", "the drafts of release " + id + " also hold the approved"
                    + " changes of " + String.join(", ", outside) + ": schedule them in this release (a draft is"
                    + " published whole) or publish them later", outside);
        }
        List<DraftPublication> plan = new ArrayList<>();
        for (ReleaseVersion draft : release.versions()) {
            ResourceKind kind = ResourceKind.ofFhirType(draft.resourceType()).orElseThrow();
            VersionSummary stored = catalog.find(kind, draft.draftId()).filter(v -> "draft".equals(v.status()))
                    .orElseThrow(() -> new WorkflowConflictException("GV225", "the draft " + draft.resourceType() + "/"
                            + draft.draftId() + " of release " + id + " is no longer stored as a draft"));
            plan.add(new DraftPublication(kind, draft.draftId(), stored.contentHash(), "pending", "pending", null));
        }
        QualityReport report = runChecks(release);
        if (report.blocksPublication()) {
            List<String> errors = report.findings().stream().filter(f -> f.severity() == QualitySeverity.ERROR)
                    .map(Releases::describe).toList();
            throw new WorkflowConflictException("GV223", "release " + id + " cannot be published: the quality checks"
                    + " found " + errors.size() + " error(s): " + String.join("; ", errors.subList(0,
                    Math.min(5, errors.size()))) + (errors.size() > 5 ? "…" : ""), errors);
        }
        crashPoints.reached(Step.CHECKED);
        ChangeRequests.Publishing publishing = changeRequests.publishing(actor, release.changeRequests(), id);
        Instant at = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        String version = release.version() != null ? release.version() : versionFormat.format(at);
        String date = OffsetDateTime.ofInstant(at, zone).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        String effectiveFrom = dateTime(release.effectiveDate());
        List<DraftPublication> drafted = plan.stream().map(p -> new DraftPublication(p.kind(), p.draftId(),
                p.draftContentHash(), version, date, effectiveFrom)).toList();
        String eventId = UUID.randomUUID().toString();
        Publication done = publication.publish(drafted, (tx, versions) -> {
            List<ReleaseVersion> published = versions.stream().map(Releases::releaseVersion).toList();
            repository.markPublished(tx, id, version, published, actor.id(), at);
            publishing.write(tx);
            Release after = new Release(release.id(), release.title(), release.description(), ReleaseStatus.PUBLISHED,
                    release.publicationDate(), release.effectiveDate(), version, release.changeRequests(), published,
                    release.createdBy(), release.createdAt(), actor.id(), at, release.lastCheck());
            outbox.enqueue(tx, eventId, "release.published", id, payload(eventId, "release.published", after, at), at);
            crashPoints.reached(Step.IN_TRANSACTION);
        }, () -> crashPoints.reached(Step.COMMITTED));
        crashPoints.reached(Step.SWAPPED);
        log.info("Release {} published: {} versions {} (in force from {})", id, done.versions().size(), version,
                release.effectiveDate());
        events.publishEvent(new ReleasePublished(id, release.effectiveDate(), done.versions().stream()
                .map(PublishedVersion::id).toList()));
        dispatcher.wake();
        return new Published(get(id), done);
    }

    /**
     * The changelog of each version of the release against the version served before it (while
     * scheduled: the draft against the version served now).
     */
    public List<Changelog> changelogs(Release release) {
        List<Changelog> logs = new ArrayList<>();
        for (ReleaseVersion v : release.versions()) {
            ResourceKind kind = ResourceKind.ofFhirType(v.resourceType()).orElseThrow();
            String from = release.status() == ReleaseStatus.PUBLISHED ? v.previousVersion()
                    : catalog.latest(kind, v.url()).filter(s -> !"draft".equals(s.status())).map(VersionSummary::version)
                    .orElse(null);
            String to = release.status() == ReleaseStatus.PUBLISHED ? v.version()
                    : catalog.find(kind, v.draftId()).map(VersionSummary::version).orElse(v.version());
            if (from != null && catalog.versionsOf(kind, v.url()).stream().anyMatch(s -> s.version().equals(to))) {
                logs.add(diff.between(kind, v.url(), from, to));
            }
        }
        return logs;
    }

    private QualityReport runChecks(Release release) {
        QualityChecks quality = checks.getIfAvailable();
        if (quality == null) {
            throw new WorkflowConflictException("GV226", "no quality checks are installed in this server (no"
                    + " QualityChecks bean): a release is neither checked nor published without them");
        }
        LocalDate asOf = dateTime(release.effectiveDate()) == null ? LocalDate.now(clock)
                : OffsetDateTime.parse(dateTime(release.effectiveDate())).toLocalDate();
        QualityReport report = quality.check(new QualityRequest(release.versions().stream()
                .map(ReleaseVersion::draftId).toList(), Set.copyOf(settings.replacementRequired()), asOf));
        repository.saveCheck(release.id(), new Release.QualitySummary(report.checkedAt(),
                report.count(QualitySeverity.ERROR), report.count(QualitySeverity.WARNING),
                report.count(QualitySeverity.INFORMATION), report.blocksPublication()));
        return report;
    }

    private java.util.Optional<ReleaseVersion> versionOf(String reference, List<String> problems) {
        int slash = reference == null ? -1 : reference.indexOf('/');
        ResourceKind kind = slash < 0 ? null : ResourceKind.ofFhirType(reference.substring(0, slash)).orElse(null);
        if (kind == null) {
            problems.add("'" + reference + "' does not name a draft as CodeSystem/<id>, ValueSet/<id> or ConceptMap/<id>");
            return java.util.Optional.empty();
        }
        String versionId = reference.substring(slash + 1);
        VersionSummary draft = catalog.find(kind, versionId).orElse(null);
        if (draft == null || !"draft".equals(draft.status())) {
            problems.add(reference + (draft == null ? " is not stored" : " is " + draft.status() + ", not a draft"));
            return java.util.Optional.empty();
        }
        String previous = catalog.latest(kind, draft.url()).filter(v -> !"draft".equals(v.status()))
                .map(VersionSummary::version).orElse(null);
        return java.util.Optional.of(new ReleaseVersion(kind.fhirType(), draft.canonicalKey(), draft.url(), draft.id(),
                draft.version(), previous, draft.id()));
    }

    private static ReleaseVersion releaseVersion(PublishedVersion v) {
        return new ReleaseVersion(v.kind().fhirType(), v.nomenclature(), v.url(), v.id(), v.version(),
                v.previousVersion(), v.draftId());
    }

    private void requirePermission(Actor actor, Permission permission, String what) {
        if (actor == null) {
            throw new fr.ror.nomenclator.governance.ForbiddenActionException("GV300", "sign in to " + what);
        }
        authorizer.require(actor, permission, directory.groups().stream().map(WorkingGroup::id).toList(), what);
    }

    /** A FHIR date or dateTime, checked; a date alone is completed to its first instant in French time. */
    private String requireDate(String field, String value, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                throw new InvalidChangeRequestException("GV124", field + " is required (yyyy-MM-dd, or a date-time"
                        + " with its offset)");
            }
            return null;
        }
        if (dateTime(value) == null) {
            throw new InvalidChangeRequestException("GV124", field + " '" + value + "' is not a date (yyyy-MM-dd) nor"
                    + " a date-time with its offset (2027-01-15T12:00:00+01:00)");
        }
        return value;
    }

    /** The FHIR dateTime of a date or dateTime, or null when unreadable. */
    String dateTime(String value) {
        if (value == null) {
            return null;
        }
        try {
            return value.length() == 10 ? LocalDate.parse(value).atStartOfDay(zone).toOffsetDateTime()
                    .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME)
                    : OffsetDateTime.parse(value).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static String describe(QualityFinding f) {
        return f.rule() + " " + f.kind().fhirType() + " " + f.url() + "|" + f.version()
                + (f.code() == null ? "" : " " + f.code()) + ": " + f.message();
    }

    /** The webhook body of an event: what happened, the release, and where to read more. */
    private String payload(String eventId, String type, Release release, Instant at) {
        ObjectNode body = json.createObjectNode();
        body.put("id", eventId);
        body.put("type", type);
        body.put("occurredAt", at.toString());
        body.set("release", json.valueToTree(release));
        String base = settings.publicUrl().replaceAll("/+$", "") + "/api/releases/" + release.id();
        ObjectNode links = body.putObject("links");
        links.put("release", base);
        links.put("notes", base + "/notes.html");
        links.put("package", base + "/package.tgz");
        links.put("feed", settings.publicUrl().replaceAll("/+$", "") + "/api/releases/feed.atom");
        return body.toString();
    }
}
