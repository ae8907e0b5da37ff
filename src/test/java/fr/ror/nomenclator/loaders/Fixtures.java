package fr.ror.nomenclator.loaders;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorOutputStream;

/** Test content: small real NOS files copied to src/test/resources, and archives built on the fly. */
final class Fixtures {

    static final String TRE_R227 = "TRE_R227_ChampActivite.json";
    static final String JDV_J20 = "JDV_J20-ChampActivite-ROR-FHIR.json";
    static final String TRE_A00_XML = "TRE_A00-ProducteurDocNonPS-FHIR.xml";
    static final String TRE_R227_URL = "https://mos.esante.gouv.fr/NOS/TRE_R227-ChampActivite/FHIR/TRE-R227-ChampActivite";
    static final String JDV_J20_URL = "https://mos.esante.gouv.fr/NOS/JDV_J20-ChampActivite-ROR/FHIR/JDV-J20-ChampActivite-ROR";

    private Fixtures() {
    }

    static byte[] bytes(String fixture) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/fixtures/loaders/" + fixture)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + fixture);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path copy(String fixture, Path dir, String name) throws IOException {
        return Files.write(dir.resolve(name), bytes(fixture));
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** A .tgz with the given entries, names kept exactly as given (absolute ones included). */
    static Path tgz(Path file, Map<String, byte[]> entries) throws IOException {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        try (OutputStream gz = new GzipCompressorOutputStream(buffer);
             TarArchiveOutputStream tar = new TarArchiveOutputStream(gz)) {
            tar.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                TarArchiveEntry tarEntry = new TarArchiveEntry(entry.getKey(), true);
                tarEntry.setSize(entry.getValue().length);
                tar.putArchiveEntry(tarEntry);
                tar.write(entry.getValue());
                tar.closeArchiveEntry();
            }
        }
        return Files.write(file, buffer.toByteArray());
    }
}
