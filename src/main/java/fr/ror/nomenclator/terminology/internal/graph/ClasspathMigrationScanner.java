package fr.ror.nomenclator.terminology.internal.graph;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;

import ac.simons.neo4j.migrations.core.ClasspathResourceScanner;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Finds migration scripts with Spring's resolver rather than neo4j-migrations' ClassGraph scan:
 * it reads nested jars of the executable jar and only looks under the given folders, where
 * ClassGraph would open every jar of the classpath.
 */
final class ClasspathMigrationScanner implements ClasspathResourceScanner {

    private final PathMatchingResourcePatternResolver resolver;

    ClasspathMigrationScanner(ClassLoader classLoader) {
        this.resolver = new PathMatchingResourcePatternResolver(classLoader);
    }

    @Override
    public List<URL> scan(List<String> locations) {
        List<URL> found = new ArrayList<>();
        for (String location : locations) {
            String folder = location.replaceFirst("^classpath:", "").replaceAll("^/+|/+$", "");
            try {
                for (Resource resource : resolver.getResources("classpath*:" + folder + "/**/*.cypher")) {
                    if (resource.isReadable()) {
                        found.add(resource.getURL());
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot list migrations under classpath:" + folder, e);
            }
        }
        return found;
    }
}
