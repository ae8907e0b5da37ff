package fr.ror.nomenclator.loaders;

import java.io.PrintWriter;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.DelegatingProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * A progress bar over the steps of one command ({@code export}, {@code diff}), naming the current
 * step; redrawn on a terminal, plain lines elsewhere, as the {@code load} bar does.
 */
final class StepProgress implements AutoCloseable {

    private final ProgressBar bar;
    private final PrintWriter err;

    StepProgress(String task, int steps, PrintWriter err, boolean interactive) {
        this.err = err;
        ProgressBarBuilder builder = new ProgressBarBuilder().setTaskName(task).setInitialMax(steps).setUnit(" steps", 1);
        if (interactive) {
            builder.setConsumer(new ConsoleProgressBarConsumer(System.err));
        } else {
            builder.setStyle(ProgressBarStyle.ASCII).setUpdateIntervalMillis(5_000)
                    .setConsumer(new DelegatingProgressBarConsumer(line -> {
                        err.println(line.strip());
                        err.flush();
                    }, 100));
        }
        bar = builder.build();
    }

    void step(String done) {
        bar.setExtraMessage(done);
        bar.step();
    }

    @Override
    public void close() {
        bar.setExtraMessage("");
        bar.close();
        err.flush();
    }
}
