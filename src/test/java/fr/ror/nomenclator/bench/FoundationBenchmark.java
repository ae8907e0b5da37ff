package fr.ror.nomenclator.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.ror.nomenclator.NomenclatorApplication;
import fr.ror.nomenclator.loaders.BatchLoader;
import fr.ror.nomenclator.loaders.LoadListener;
import fr.ror.nomenclator.loaders.LoadReport;
import fr.ror.nomenclator.terminology.ContentImport;
import fr.ror.nomenclator.terminology.GraphStatistics;
import fr.ror.nomenclator.terminology.VersionCatalog;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The foundation benchmark (README: "Benchmarks"). Not a test: it prints figures.
 *
 * <ol>
 *   <li>start to ready of the packaged jar on the embedded default, first start (empty data
 *       directory, ships and loads the content) and restart, and resident memory once ready;</li>
 *   <li>loading every TRE, JDV and ASS file of {@code ../shared/nomenclatures} into an empty
 *       graph, then reloading them unchanged;</li>
 *   <li>graph size as the R211 versions are added.</li>
 * </ol>
 * Figures are medians of {@code runs} (default 3), measured side by side in one run.
 */
public final class FoundationBenchmark {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();

    public static void main(String[] args) throws Exception {
        Path jar = Path.of(args.length > 0 ? args[0] : "target/nomenclator.jar").toAbsolutePath();
        Path shared = Path.of(args.length > 1 ? args[1] : "../shared/nomenclatures").toAbsolutePath().normalize();
        int runs = Integer.getInteger("bench.runs", 3);
        Path work = Files.createTempDirectory("nomenclator-bench");

        System.out.println("# Nomenclator foundation benchmark");
        System.out.println(Machine.describe());
        startup(jar, work, runs);
        load(shared, work, runs);
        graphSize(shared, work);
        deleteRecursively(work);
    }

    /** The JVM options the README recommends for java -jar (a small server: serial GC, small initial heap). */
    static final List<String> RECOMMENDED = List.of("-XX:+UseSerialGC", "-Xms32m");

    private static void startup(Path jar, Path work, int runs) throws Exception {
        System.out.println();
        System.out.println("## Start to ready (java -jar from another directory, embedded Neo4j, shipped content)");
        System.out.println("| layout | JVM options | first start, empty data dir (loads content) | restart (content stored) | resident memory once ready |");
        System.out.println("|---|---|---|---|---|");
        // What ./mvnw package lays out beside the jar (src/build/java/ClassDataArchive.java).
        Path extracted = jar.resolveSibling(jar.getFileName().toString().replaceFirst("\\.jar$", ""));
        Path plainJar = extracted.resolve(jar.getFileName());
        Path archive = extracted.resolve("nomenclator.jsa");
        List<Layout> layouts = new ArrayList<>(List.of(new Layout("Spring Boot jar", jar, List.of()),
                new Layout("Spring Boot jar", jar, RECOMMENDED)));
        if (Files.isRegularFile(archive)) {
            layouts.add(new Layout("extracted, no archive", plainJar, RECOMMENDED));
            List<String> shared = new ArrayList<>(RECOMMENDED);
            shared.add("-XX:SharedArchiveFile=" + archive);
            layouts.add(new Layout("extracted + class-data archive", plainJar, shared));
        } else {
            System.out.println("(no " + archive + ": packaged with -Dcds.skip=true; the extracted layouts are not measured)");
        }
        List<List<Long>> first = new ArrayList<>();
        List<List<Long>> restart = new ArrayList<>();
        List<List<Long>> rss = new ArrayList<>();
        layouts.forEach(layout -> {
            first.add(new ArrayList<>());
            restart.add(new ArrayList<>());
            rss.add(new ArrayList<>());
        });
        // Round-robin, so that every layout meets the same moments of a shared machine.
        for (int i = 0; i < runs; i++) {
            for (int l = 0; l < layouts.size(); l++) {
                Layout layout = layouts.get(l);
                Path data = Files.createDirectories(work.resolve("start-" + l + "-" + i));
                first.get(l).add(startToReady(layout.jar(), data, layout.options(), null));
                restart.get(l).add(startToReady(layout.jar(), data, layout.options(), rss.get(l)));
            }
        }
        for (int l = 0; l < layouts.size(); l++) {
            Layout layout = layouts.get(l);
            System.out.printf("| %s | %s | median %,d ms %s | median %,d ms %s | median %,d MB %s |%n", layout.name(),
                    layout.options().isEmpty() ? "JVM defaults" : String.join(" ", layout.options()).replace(
                            extracted.toString(), "target/nomenclator"),
                    median(first.get(l)), first.get(l), median(restart.get(l)), restart.get(l), median(rss.get(l)),
                    rss.get(l));
        }
    }

    private record Layout(String name, Path jar, List<String> options) {
    }

    /** Starts the jar, polls readiness, returns milliseconds to ready; records RSS when asked. */
    private static long startToReady(Path jar, Path data, List<String> options, List<Long> rss) throws Exception {
        int port = FreePort.find();
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(options);
        command.addAll(List.of("-jar", jar.toString(), "--server.port=" + port));
        // Started in its own directory: the default ./data lands there, and the jar must need nothing else.
        ProcessBuilder builder = new ProcessBuilder(command).directory(data.toFile())
                .redirectErrorStream(true).redirectOutput(data.resolve("server.log").toFile());
        long start = System.nanoTime();
        Process process = builder.start();
        try {
            URI ready = URI.create("http://localhost:" + port + "/actuator/health/readiness");
            while (true) {
                if (!process.isAlive()) {
                    throw new IllegalStateException("server exited with " + process.exitValue() + ", see " + data + "/server.log");
                }
                if (isUp(ready)) {
                    long millis = (System.nanoTime() - start) / 1_000_000;
                    if (rss != null) {
                        Thread.sleep(2000);
                        rss.add(Machine.residentMegabytes(process.pid()));
                    }
                    return millis;
                }
                if (System.nanoTime() - start > Duration.ofMinutes(3).toNanos()) {
                    throw new IllegalStateException("not ready after 3 minutes");
                }
                Thread.sleep(25);
            }
        } finally {
            process.destroy();
            process.waitFor();
        }
    }

    private static boolean isUp(URI uri) {
        try {
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(1)).build(),
                    HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200 && response.body().contains("UP");
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static void load(Path shared, Path work, int runs) throws IOException {
        Path nos = shared.resolve("M-Priour_IG-terminologie-de-sante/input/NOS");
        List<Path> paths = List.of(nos.resolve("TRE"), nos.resolve("JDV"),
                shared.resolve("derived/ConceptMap-ASS-A14-FamilleActivite-ActiviteOperationnelle.json"));
        List<Long> empty = new ArrayList<>();
        List<Long> reload = new ArrayList<>();
        LoadReport last = null;
        GraphStatistics stats = null;
        for (int i = 0; i < runs; i++) {
            try (ConfigurableApplicationContext context = context(work.resolve("load-" + i))) {
                BatchLoader loader = context.getBean(BatchLoader.class);
                last = loader.load(paths, LoadListener.NONE);
                require(last);
                empty.add(last.elapsed().toMillis());
                LoadReport again = loader.load(paths, LoadListener.NONE);
                require(again);
                if (again.created() + again.replaced() != 0) {
                    throw new IllegalStateException("reload changed the store: " + again.summary());
                }
                reload.add(again.elapsed().toMillis());
                stats = context.getBean(VersionCatalog.class).statistics();
            }
        }
        System.out.println();
        System.out.println("## Loading every TRE (473), JDV (39) and ASS_A14 file into an empty graph");
        System.out.printf("into an empty graph:  median %,d ms  (runs %s)  %s%n", median(empty), empty, last.summary());
        System.out.printf("reloading unchanged:  median %,d ms  (runs %s)%n", median(reload), reload);
        System.out.printf("graph after loading:  %,d nodes, %,d relationships%n", stats.nodes(), stats.relationships());
        System.out.println("  nodes:         " + stats.nodesByLabel());
        System.out.println("  relationships: " + stats.relationshipsByType());
    }

    private static void graphSize(Path shared, Path work) throws IOException {
        Path tre = shared.resolve("M-Priour_IG-terminologie-de-sante/input/NOS/TRE");
        ObjectMapper json = new ObjectMapper();
        System.out.println();
        System.out.println("## Graph size per extra R211 version (empty graph, then one version at a time)");
        System.out.println("| step | nodes | relationships | Concept | ConceptRevision | CONTAINS |");
        System.out.println("|---|---|---|---|---|---|");
        try (ConfigurableApplicationContext context = context(work.resolve("size"))) {
            ContentImport store = context.getBean(ContentImport.class);
            VersionCatalog catalog = context.getBean(VersionCatalog.class);
            ObjectNode older = (ObjectNode) json.readTree(tre.resolve("TRE_R211-ActiviteOperationnelle.json").toFile());
            ObjectNode newer = (ObjectNode) json.readTree(tre.resolve("TRE_R211_ActiviteOperationnelle.json").toFile());
            ObjectNode next = newer.deepCopy();
            next.put("version", "20240101120000");
            ((ObjectNode) next.get("concept").get(0)).put("display", "Addictologie comportementale");
            row("empty", catalog.statistics());
            store.importResource("R211 20211029120000 (445 codes, old URL style)", older);
            row("+ R211 20211029120000 (445 codes)", catalog.statistics());
            store.importResource("R211 20230802150000 (533 codes, new URL style)", newer);
            row("+ R211 20230802150000 (533 codes)", catalog.statistics());
            store.importResource("R211 20240101120000 (synthetic: one display changed)", next);
            row("+ synthetic 20240101120000 (1 display changed)", catalog.statistics());
        }
    }

    private static void row(String step, GraphStatistics s) {
        Map<String, Long> n = s.nodesByLabel();
        System.out.printf("| %s | %,d | %,d | %,d | %,d | %,d |%n", step, s.nodes(), s.relationships(),
                n.getOrDefault("Concept", 0L), n.getOrDefault("ConceptRevision", 0L),
                s.relationshipsByType().getOrDefault("CONTAINS", 0L));
    }

    private static ConfigurableApplicationContext context(Path data) {
        return new SpringApplicationBuilder(NomenclatorApplication.class).web(WebApplicationType.NONE)
                .logStartupInfo(false)
                .run("--nomenclator.neo4j.data-dir=" + data, "--nomenclator.loaders.load-shipped-content=false",
                        "--logging.level.root=WARN");
    }

    private static void require(LoadReport report) {
        if (!report.succeeded()) {
            throw new IllegalStateException("load failed: " + report.summary() + " " + report.failures());
        }
    }

    static long median(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }

    private static void deleteRecursively(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
