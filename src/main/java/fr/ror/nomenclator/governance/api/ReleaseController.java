package fr.ror.nomenclator.governance.api;

import fr.ror.nomenclator.governance.internal.Releases;
import fr.ror.nomenclator.governance.release.Release;
import fr.ror.nomenclator.governance.security.Actors;
import fr.ror.nomenclator.terminology.Changelog;
import fr.ror.nomenclator.terminology.QualityReport;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Releases over REST (docs/releases.md): the NOS team schedules a release, adds change requests,
 * runs the quality checks and publishes it; anyone reads releases, their notes, their FHIR NPM
 * package and the Atom feed.
 */
@RestController
@RequestMapping(path = "/api/releases", produces = "application/json")
@Tag(name = "Releases", description = "Releases of the nomenclatures: scheduling, quality checks, atomic"
        + " publication, notes, FHIR NPM packages and the Atom feed")
class ReleaseController {

    private final Releases releases;
    private final Actors actors;

    ReleaseController(Releases releases, Actors actors) {
        this.releases = releases;
        this.actors = actors;
    }

    @GetMapping
    @Operation(summary = "List releases, the latest planned first")
    List<Release> list() {
        return releases.list();
    }

    @PostMapping(consumes = "application/json")
    @Operation(summary = "Schedule a release (publisher)", description = "Gathers the change requests scheduled in it"
            + " (or the ones named) and drafts imported as they are; publicationDate and effectiveDate are FHIR"
            + " dates or dateTimes; a release dated in the future is not served before its effectiveDate")
    ResponseEntity<Release> create(@RequestBody ReleaseInput input, Authentication authentication) {
        Release created = releases.create(actors.of(authentication), input.id(), input.title(), input.description(),
                input.publicationDate(), input.effectiveDate(), input.version(), input.changeRequests(),
                input.drafts());
        return ResponseEntity.created(URI.create("/api/releases/" + created.id())).body(created);
    }

    @GetMapping("/{id}")
    @Operation(summary = "Read a release: its requests, the versions it publishes or published, its last check")
    Release read(@PathVariable String id) {
        return releases.get(id);
    }

    @PostMapping(path = "/{id}/change-requests", consumes = "application/json")
    @Operation(summary = "Add change requests scheduled in this release (publisher)")
    Release addRequests(@PathVariable String id, @RequestBody ChangeRequestsInput input, Authentication authentication) {
        return releases.addRequests(actors.of(authentication), id, input.changeRequests());
    }

    @PostMapping("/{id}/checks")
    @Operation(summary = "Run the quality checks on the release candidate (publisher)",
            description = "Judged on the release's effective date; an error finding would block the publication")
    QualityReport check(@PathVariable String id, Authentication authentication) {
        return releases.check(actors.of(authentication), id);
    }

    @PostMapping("/{id}/publish")
    @Operation(summary = "Publish the release, all its versions at once (publisher)",
            description = "409 GV223 with the findings when the quality checks find an error; 409 GV224 when its"
                    + " drafts hold approved changes of requests outside it")
    Releases.Published publish(@PathVariable String id, Authentication authentication) {
        return releases.publish(actors.of(authentication), id);
    }

    @GetMapping("/{id}/changelog")
    @Operation(summary = "What each version of the release changes against the version served before it",
            description = "Between any two versions: GET /api/diff (JSON, CSV, xlsx) or FHIR $changelog")
    List<Changelog> changelog(@PathVariable String id) {
        return releases.changelogs(releases.get(id));
    }

    @GetMapping(path = "/{id}/notes.md", produces = "text/markdown;charset=UTF-8")
    @Operation(summary = "The release notes in Markdown (French)")
    String markdown(@PathVariable String id) {
        return releases.notes(id, true);
    }

    @GetMapping(path = "/{id}/notes.html", produces = "text/html;charset=UTF-8")
    @Operation(summary = "The release notes in HTML (French)")
    String html(@PathVariable String id) {
        return releases.notes(id, false);
    }

    @GetMapping(path = "/{id}/package.tgz", produces = "application/gzip")
    @Operation(summary = "The FHIR NPM package of a published release",
            description = "package/package.json, package/.index.json and one JSON file per version it published")
    ResponseEntity<byte[]> npmPackage(@PathVariable String id) {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("application/gzip"))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("release-" + id + ".tgz", StandardCharsets.UTF_8).build().toString())
                .body(releases.npmPackage(id));
    }

    @GetMapping(path = "/feed.atom", produces = "application/atom+xml;charset=UTF-8")
    @Operation(summary = "The Atom feed of releases, published and scheduled")
    String feed(HttpServletRequest request) {
        return releases.feed(ServletUriComponentsBuilder.fromContextPath(request).build().toUriString());
    }
}
