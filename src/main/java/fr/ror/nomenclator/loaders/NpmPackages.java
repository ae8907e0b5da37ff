package fr.ror.nomenclator.loaders;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorInputStream;

/**
 * Reads the terminology resources of a FHIR NPM package ({@code .tgz}): the {@code .json} files
 * directly under {@code package/}, except {@code package.json} and {@code .index.json}. Other
 * folders (examples, other/, openapi/…) and resources of other types are skipped and reported.
 *
 * <p>Nothing is extracted to disk, yet entry names that would escape their folder (absolute,
 * {@code ..}, backslashes, drive letters) make the whole archive refused: such an archive is
 * hostile or broken. Entry count and total uncompressed size are capped.
 */
final class NpmPackages {

    private static final JsonFactory JSON = new JsonFactory();

    private final long maxEntryBytes;
    private final long maxTotalBytes;
    private final int maxEntries;

    NpmPackages(long maxEntryBytes, long maxTotalBytes, int maxEntries) {
        this.maxEntryBytes = maxEntryBytes;
        this.maxTotalBytes = maxTotalBytes;
        this.maxEntries = maxEntries;
    }

    ContentSources.Expansion read(Path archive) {
        String name = archive.toString();
        List<LoadSource> sources = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        long total = 0;
        int count = 0;
        try (InputStream file = new BufferedInputStream(Files.newInputStream(archive));
             TarArchiveInputStream tar = new TarArchiveInputStream(new GzipCompressorInputStream(file))) {
            TarArchiveEntry entry;
            while ((entry = tar.getNextEntry()) != null) {
                if (++count > maxEntries) {
                    throw new LoadException(LoadError.TOO_LARGE, name, "more than " + maxEntries + " entries in the archive");
                }
                String entryName = entry.getName();
                checkSafe(name, entryName);
                if (!entry.isFile() || !isResourceEntry(entryName)) {
                    continue;
                }
                String sourceName = name + "!" + entryName;
                byte[] content = tar.readNBytes((int) Math.min(maxEntryBytes + 1, maxTotalBytes - total + 1));
                total += content.length;
                if (total > maxTotalBytes) {
                    throw new LoadException(LoadError.TOO_LARGE, name, "more than " + FhirResourceReader.humanSize(maxTotalBytes)
                            + " uncompressed in the archive");
                }
                if (content.length > maxEntryBytes) {
                    throw new LoadException(LoadError.TOO_LARGE, sourceName, "content larger than the limit of "
                            + FhirResourceReader.humanSize(maxEntryBytes));
                }
                Optional<String> type = resourceType(content);
                if (type.isPresent() && !FhirResourceReader.TERMINOLOGY_TYPES.contains(type.get())) {
                    skipped.add(sourceName + " (" + type.get() + ")");
                } else {
                    sources.add(LoadSource.of(sourceName, content));
                }
            }
        } catch (IOException e) {
            throw new LoadException(LoadError.MALFORMED, name, "not a readable FHIR NPM package (.tgz): " + e.getMessage(), e);
        }
        return new ContentSources.Expansion(sources, skipped);
    }

    private static void checkSafe(String archive, String entryName) {
        boolean unsafe = entryName.startsWith("/")
                || entryName.contains("\\")
                || entryName.matches("^[A-Za-z]:.*")
                || entryName.indexOf('\0') >= 0
                || List.of(entryName.split("/")).contains("..");
        if (unsafe) {
            throw new LoadException(LoadError.UNSAFE_ARCHIVE, archive, "entry '" + entryName + "' escapes the archive folder"
                    + " (absolute path, '..' segment or backslash): the archive is refused");
        }
    }

    private static boolean isResourceEntry(String entryName) {
        if (!entryName.startsWith("package/") || !entryName.endsWith(".json")) {
            return false;
        }
        String file = entryName.substring("package/".length());
        return !file.contains("/") && !file.equals("package.json") && !file.equals(".index.json");
    }

    /** The top-level resourceType, when the entry is JSON that says so; anything else goes to the reader. */
    private static Optional<String> resourceType(byte[] content) {
        try (JsonParser json = JSON.createParser(content)) {
            if (json.nextToken() != JsonToken.START_OBJECT) {
                return Optional.empty();
            }
            while (json.nextToken() == JsonToken.FIELD_NAME) {
                String field = json.currentName();
                JsonToken value = json.nextToken();
                if ("resourceType".equals(field)) {
                    return value == JsonToken.VALUE_STRING ? Optional.of(json.getText()) : Optional.empty();
                }
                json.skipChildren();
            }
            return Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
