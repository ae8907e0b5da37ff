package fr.ror.nomenclator.loaders;

import fr.ror.nomenclator.terminology.ImportOutcome;
import java.io.PrintWriter;
import java.util.List;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.DelegatingProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarConsumer;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * A progress bar over the sources, naming the current one. On a terminal it is redrawn in
 * place; elsewhere (CI logs, pipes) it writes a plain line every few seconds and at the end,
 * and never asks for the terminal's width.
 */
final class ProgressListener implements LoadListener, AutoCloseable {

    private static final int NON_INTERACTIVE_WIDTH = 100;
    private static final int NON_INTERACTIVE_INTERVAL_MILLIS = 5_000;

    private final PrintWriter err;
    private final boolean interactive;
    private ProgressBar bar;

    ProgressListener(PrintWriter err, boolean interactive) {
        this.err = err;
        this.interactive = interactive;
    }

    @Override
    public void started(int sourceCount) {
        ProgressBarBuilder builder = new ProgressBarBuilder()
                .setTaskName("Loading")
                .setInitialMax(sourceCount)
                .setUnit(" files", 1)
                .setConsumer(consumer());
        if (!interactive) {
            builder.setStyle(ProgressBarStyle.ASCII).setUpdateIntervalMillis(NON_INTERACTIVE_INTERVAL_MILLIS);
        }
        bar = builder.build();
    }

    private ProgressBarConsumer consumer() {
        if (interactive) {
            // Redrawing in place needs the terminal itself; interactive means stderr is one.
            return new ConsoleProgressBarConsumer(System.err);
        }
        return new DelegatingProgressBarConsumer(line -> {
            err.println(line.strip());
            err.flush();
        }, NON_INTERACTIVE_WIDTH);
    }

    @Override
    public void sourceStarted(String source) {
        if (bar != null) {
            bar.setExtraMessage(shortName(source));
        }
    }

    @Override
    public void sourceFinished(String source, List<ImportOutcome> outcomes, List<LoadFailure> failures) {
        if (bar != null) {
            bar.step();
        }
    }

    @Override
    public void close() {
        if (bar != null) {
            bar.setExtraMessage("");
            bar.close();
            err.flush();
        }
    }

    private static String shortName(String source) {
        int slash = Math.max(source.lastIndexOf('/'), Math.max(source.lastIndexOf('\\'), source.lastIndexOf('!')));
        return source.substring(slash + 1);
    }
}
