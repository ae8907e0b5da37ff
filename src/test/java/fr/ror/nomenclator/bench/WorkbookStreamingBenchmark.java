package fr.ror.nomenclator.bench;

import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.ror.nomenclator.loaders.FhirResourceReader;
import fr.ror.nomenclator.loaders.sheets.ConceptRow;
import fr.ror.nomenclator.loaders.sheets.Mappings;
import fr.ror.nomenclator.loaders.sheets.SheetMapping;
import fr.ror.nomenclator.loaders.sheets.SpreadsheetImport;
import fr.ror.nomenclator.loaders.sheets.WorkbookLimits;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The spreadsheet streaming benchmark (loaders/README.md, "Large workbooks"). Not a test: it
 * prints figures. A 100,000-row sheet in the working-group layout is read
 * <ol>
 *   <li>in streaming mode into typed concept rows (what every import does first);</li>
 *   <li>all the way to the FHIR CodeSystem the store would take;</li>
 *   <li>for contrast, by POI's ordinary API ({@code XSSFWorkbook}, the whole sheet as objects);</li>
 * </ol>
 * with the time (median of {@code bench.runs}) and the peak heap in use (sampled every 2 ms,
 * garbage included) of each, then each of the first and third again in a child JVM with a small
 * heap ({@code -Dbench.smallHeap}, default 128m) to show which one needs the sheet in memory.
 *
 * <pre>./mvnw -Pbench verify -DskipTests -Dbench.main=fr.ror.nomenclator.bench.WorkbookStreamingBenchmark</pre>
 */
public final class WorkbookStreamingBenchmark {

    static final int ROWS = 100_000;
    private static final MemoryMXBean MEMORY = ManagementFactory.getMemoryMXBean();

    private WorkbookStreamingBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 2 && args[0].startsWith("child-")) {
            child(args[0], Path.of(args[1]));
            return;
        }
        int runs = Integer.getInteger("bench.runs", 3);
        String smallHeap = System.getProperty("bench.smallHeap", "128m");
        WorkbookLimits.DEFAULTS.apply();
        Path dir = Files.createTempDirectory("nomenclator-workbook-bench");
        Path file = dir.resolve("hundred-thousand-rows.xlsx");

        System.out.println("# Nomenclator spreadsheet streaming benchmark");
        System.out.println(Machine.describe());
        System.out.println("max heap " + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MB, " + runs + " runs");
        long t = System.nanoTime();
        write(file);
        System.out.printf(Locale.ROOT, "workbook: %,d concept rows, %.1f MB on disk, written in %.1f s (SXSSF)%n", ROWS,
                Files.size(file) / 1e6, (System.nanoTime() - t) / 1e9);

        SheetMapping mapping = Mappings.shipped().resolve(Mappings.DEFAULT);
        SpreadsheetImport sheets = new SpreadsheetImport(SpreadsheetImport.DEFAULT_MAX_ROWS);
        FhirResourceReader fhir = FhirResourceReader.withDefaults();
        System.out.println();
        System.out.println("| Read | Median time | Peak heap in use | Result |");
        System.out.println("|---|---|---|---|");
        measure("streaming (SAX) to typed rows", runs, () -> {
            List<ConceptRow> rows = sheets.xlsxRows(file.toString(), file, mapping);
            return rows.size() + " rows";
        });
        measure("streaming, to the FHIR CodeSystem", runs, () -> {
            ObjectNode cs = fhir.normalise("bench", sheets.xlsx(file.toString(), file, mapping,
                    Map.of(SheetMapping.HeaderField.URL, "https://example.org/bench", SheetMapping.HeaderField.VERSION, "1")));
            return cs.path("concept").size() + " concepts";
        });
        measure("POI XSSFWorkbook (whole sheet in memory)", runs, () -> {
            try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
                 XSSFWorkbook wb = new XSSFWorkbook(pkg)) {
                return wb.getSheet("Concepts").getLastRowNum() - 1 + " rows";
            }
        });

        System.out.println();
        System.out.println("Child JVM with -Xmx" + smallHeap + ":");
        System.out.println("  streaming to typed rows: " + inChild("child-stream", file, smallHeap));
        System.out.println("  POI XSSFWorkbook:        " + inChild("child-dom", file, smallHeap));
        Files.deleteIfExists(file);
        Files.deleteIfExists(dir);
    }

    private static void measure(String what, int runs, Callable<String> read) throws Exception {
        read.call(); // warm-up
        List<Long> times = new ArrayList<>();
        long peak = 0;
        String result = "";
        for (int i = 0; i < runs; i++) {
            System.gc();
            long baseline = MEMORY.getHeapMemoryUsage().getUsed();
            AtomicLong max = new AtomicLong(baseline);
            Thread sampler = new Thread(() -> {
                while (!Thread.currentThread().isInterrupted()) {
                    max.accumulateAndGet(MEMORY.getHeapMemoryUsage().getUsed(), Math::max);
                    try {
                        Thread.sleep(2);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            });
            sampler.setDaemon(true);
            sampler.start();
            long start = System.nanoTime();
            result = read.call();
            times.add(System.nanoTime() - start);
            sampler.interrupt();
            sampler.join();
            peak = Math.max(peak, max.get() - baseline);
        }
        times.sort(Long::compare);
        System.out.printf(Locale.ROOT, "| %s | %.2f s | %,d MB | %s |%n", what, times.get(times.size() / 2) / 1e9,
                peak / (1024 * 1024), result);
    }

    private static String inChild(String mode, Path file, String heap) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + heap, "-cp", System.getProperty("java.class.path"), WorkbookStreamingBenchmark.class.getName(),
                mode, file.toString()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        int exit = process.waitFor();
        String last = output.lines().filter(l -> l.startsWith("RESULT ") || l.contains("OutOfMemoryError"))
                .reduce((a, b) -> b).orElse("exit " + exit);
        return last.startsWith("RESULT ") ? last.substring("RESULT ".length()) : "failed: " + last.strip();
    }

    private static void child(String mode, Path file) throws Exception {
        WorkbookLimits.DEFAULTS.apply();
        long start = System.nanoTime();
        String result;
        if (mode.equals("child-stream")) {
            result = new SpreadsheetImport(SpreadsheetImport.DEFAULT_MAX_ROWS)
                    .xlsxRows(file.toString(), file, Mappings.shipped().resolve(Mappings.DEFAULT)).size() + " rows";
        } else {
            try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
                 XSSFWorkbook wb = new XSSFWorkbook(pkg)) {
                result = wb.getSheet("Concepts").getLastRowNum() - 1 + " rows";
            }
        }
        System.out.printf(Locale.ROOT, "RESULT ok, %s in %.1f s%n", result, (System.nanoTime() - start) / 1e9);
    }

    /** The working-group layout: banner, header row, 100,000 concepts with labels, a date and a status. */
    static void write(Path file) throws IOException {
        List<String> header = List.of("Code", "Libellé", "Libellé court", "Libellé adapté", "Définition", "Code parent",
                "Date de début de validité", "Date de fin de validité", "Date de mise à jour", "Statut", "Remplacé par",
                "Commentaire");
        try (SXSSFWorkbook wb = new SXSSFWorkbook(100); OutputStream out = Files.newOutputStream(file)) {
            var date = wb.createCellStyle();
            date.setDataFormat(wb.createDataFormat().getFormat("yyyy-mm-dd"));
            var sheet = wb.createSheet("Concepts");
            sheet.createRow(0).createCell(0).setCellValue("Nomenclature de 100 000 concepts");
            var titles = sheet.createRow(1);
            for (int c = 0; c < header.size(); c++) {
                titles.createCell(c).setCellValue(header.get(c));
            }
            LocalDateTime day = LocalDateTime.of(2024, 1, 15, 0, 0);
            for (int i = 0; i < ROWS; i++) {
                var row = sheet.createRow(i + 2);
                row.createCell(0).setCellValue(String.format("C%06d", i));
                row.createCell(1).setCellValue("Activité opérationnelle numéro " + i);
                row.createCell(2).setCellValue("Activité " + i);
                row.createCell(3).setCellValue("Activité opérationnelle adaptée " + i);
                row.createCell(4).setCellValue("Définition de l'activité " + i + ", avec des accents : é à ç");
                if (i > 0) {
                    row.createCell(5).setCellValue(String.format("C%06d", i / 10));
                }
                var valid = row.createCell(6);
                valid.setCellValue(day);
                valid.setCellStyle(date);
                var updated = row.createCell(8);
                updated.setCellValue(day);
                updated.setCellStyle(date);
                row.createCell(9).setCellValue("actif");
            }
            wb.write(out);
            wb.dispose();
        }
    }
}
