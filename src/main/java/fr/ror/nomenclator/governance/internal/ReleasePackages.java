package fr.ror.nomenclator.governance.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.ror.nomenclator.governance.release.Release;
import fr.ror.nomenclator.governance.release.ReleaseVersion;
import fr.ror.nomenclator.terminology.ResourceKind;
import fr.ror.nomenclator.terminology.VersionCatalog;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorOutputStream;

/**
 * The FHIR NPM package of a published release ({@code .tgz}): {@code package/package.json}, the
 * {@code package/.index.json} FHIR tools read to find resources without parsing them, and one
 * {@code package/<Type>-<id>.json} per version the release published, as stored. The loaders read
 * it back ({@code POST /api/imports}, {@code load}), so a consumer can mirror a release.
 */
final class ReleasePackages {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final VersionCatalog catalog;
    private final String name;

    ReleasePackages(VersionCatalog catalog, String name) {
        this.catalog = catalog;
        this.name = name;
    }

    byte[] write(Release release) {
        ObjectNode manifest = JSON.createObjectNode();
        manifest.put("name", name + "." + release.id().toLowerCase(java.util.Locale.ROOT));
        manifest.put("version", release.version());
        manifest.put("title", release.title());
        manifest.put("description", release.description() == null ? release.title() : release.description());
        manifest.put("type", "fhir.ig");
        manifest.putArray("fhirVersions").add("4.0.1");
        manifest.put("date", release.effectiveDate());
        manifest.putObject("dependencies").put("hl7.fhir.r4.core", "4.0.1");
        ObjectNode index = JSON.createObjectNode().put("index-version", 1);
        ArrayNode files = index.putArray("files");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (TarArchiveOutputStream tar = new TarArchiveOutputStream(new GzipCompressorOutputStream(bytes))) {
            tar.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
            Date at = Date.from(release.publishedAt());
            add(tar, "package/package.json", manifest, at);
            for (ReleaseVersion v : release.versions()) {
                ResourceKind kind = ResourceKind.ofFhirType(v.resourceType()).orElseThrow();
                ObjectNode resource = catalog.resource(kind, v.id()).orElseThrow(() -> new IllegalStateException(
                        "release " + release.id() + " published " + v.resourceType() + "/" + v.id()
                                + ", which is no longer stored"));
                resource.put("id", v.id());
                String file = v.resourceType() + "-" + v.id() + ".json";
                files.addObject().put("filename", file).put("resourceType", v.resourceType()).put("id", v.id())
                        .put("url", v.url()).put("version", v.version());
                add(tar, "package/" + file, resource, at);
            }
            add(tar, "package/.index.json", index, at);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static void add(TarArchiveOutputStream tar, String path, ObjectNode json, Date at) throws IOException {
        byte[] content = json.toString().getBytes(StandardCharsets.UTF_8);
        TarArchiveEntry entry = new TarArchiveEntry(path);
        entry.setSize(content.length);
        entry.setModTime(at);
        tar.putArchiveEntry(entry);
        tar.write(content);
        tar.closeArchiveEntry();
    }
}
