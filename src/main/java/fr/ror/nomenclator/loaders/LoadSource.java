package fr.ror.nomenclator.loaders;

import java.io.ByteArrayInputStream;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/** One named piece of content to load: a file, an archive entry, a classpath resource or a request body. */
public interface LoadSource {

    /** The name used in reports and error messages. */
    String name();

    /** Opens the content; the caller closes the stream. */
    InputStream open() throws IOException;

    /** The content's size when known before reading, so oversized content is refused unread. */
    default OptionalLong size() {
        return OptionalLong.empty();
    }

    /** The file the content is in, when it is one (workbooks are read from a file, not a stream). */
    default Optional<Path> path() {
        return Optional.empty();
    }

    /** A file, named by its path as given. */
    static LoadSource of(Path file) {
        Objects.requireNonNull(file, "file");
        return new LoadSource() {
            @Override
            public String name() {
                return file.toString();
            }

            @Override
            public InputStream open() throws IOException {
                return Files.newInputStream(file);
            }

            @Override
            public Optional<Path> path() {
                return Optional.of(file);
            }

            @Override
            public OptionalLong size() {
                try {
                    return OptionalLong.of(Files.size(file));
                } catch (IOException e) {
                    return OptionalLong.empty();
                }
            }

            @Override
            public String toString() {
                return name();
            }
        };
    }

    /** Content already in memory, such as a request body or an archive entry. */
    static LoadSource of(String name, byte[] content) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(content, "content");
        return new LoadSource() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public InputStream open() {
                return new ByteArrayInputStream(content);
            }

            @Override
            public OptionalLong size() {
                return OptionalLong.of(content.length);
            }

            @Override
            public String toString() {
                return name;
            }
        };
    }

    /** A classpath resource, e.g. {@code content/terminology/TRE_R211.json}, named {@code classpath:...}. */
    static LoadSource classpath(String resource, ClassLoader classLoader) {
        Objects.requireNonNull(resource, "resource");
        String name = "classpath:" + resource;
        return new LoadSource() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public InputStream open() throws IOException {
                InputStream in = classLoader.getResourceAsStream(resource);
                if (in == null) {
                    throw new FileNotFoundException("not found on the classpath");
                }
                return in;
            }

            @Override
            public String toString() {
                return name;
            }
        };
    }
}
