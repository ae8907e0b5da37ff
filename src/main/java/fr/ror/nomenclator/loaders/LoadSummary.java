package fr.ror.nomenclator.loaders;

import java.util.Locale;

/** The closing table of the {@code load} command. */
final class LoadSummary {

    private LoadSummary() {
    }

    static String render(LoadReport report) {
        StringBuilder text = new StringBuilder();
        text.append(row("Files read", report.sourcesRead()));
        text.append(row("Resources created", report.created()));
        text.append(row("Resources unchanged", report.unchanged()));
        text.append(row("Resources replaced", report.replaced()));
        text.append(row("Failed", report.failed()));
        if (!report.skipped().isEmpty()) {
            text.append(row("Skipped (not terminology)", report.skipped().size()));
        }
        text.append(String.format(Locale.ROOT, "%-26s %10.1f s%n", "Time", report.elapsed().toMillis() / 1000.0));
        if (!report.failures().isEmpty()) {
            text.append(String.format("%nFailures:%n"));
            report.failures().forEach(f -> text.append("  ").append(f).append(System.lineSeparator()));
        }
        return text.toString();
    }

    private static String row(String label, int value) {
        return String.format(Locale.ROOT, "%-26s %10d%n", label, value);
    }
}
