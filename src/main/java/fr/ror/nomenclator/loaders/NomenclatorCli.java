package fr.ror.nomenclator.loaders;

import java.io.PrintWriter;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine;

/**
 * The command-line face of the jar: {@code java -jar nomenclator.jar load PATH...}. The
 * arguments are checked before the application starts, and then it starts without its web
 * server (and without loading the shipped content unless asked), runs the command and stops.
 */
public final class NomenclatorCli {

    private NomenclatorCli() {
    }

    /** Whether the arguments name a command rather than server options. */
    public static boolean isCommand(String[] args) {
        return args.length > 0 && LoadCommand.NAME.equals(args[0]);
    }

    /**
     * Runs the command the arguments name, in an application context of {@code application}.
     *
     * @return the process exit code
     */
    public static int run(Class<?> application, String[] args) {
        AtomicReference<ConfigurableApplicationContext> context = new AtomicReference<>();
        LoadCommand.LoaderFactory loaders = withShipped -> {
            ConfigurableApplicationContext started = new SpringApplicationBuilder(application)
                    .web(WebApplicationType.NONE)
                    .properties("nomenclator.loaders.load-shipped-content=" + withShipped,
                            "spring.main.log-startup-info=false",
                            "logging.level.root=WARN")
                    .run();
            context.set(started);
            return started.getBean(BatchLoader.class);
        };
        PrintWriter out = new PrintWriter(System.out, true);
        PrintWriter err = new PrintWriter(System.err, true);
        try {
            LoadCommand command = new LoadCommand(loaders, out, err, System.console() != null);
            return commandLine(command).execute(Arrays.copyOfRange(args, 1, args.length));
        } finally {
            if (context.get() != null) {
                SpringApplication.exit(context.get());
            }
        }
    }

    /** The picocli command line of a command, printing to the command's writers. */
    static CommandLine commandLine(LoadCommand command) {
        return new CommandLine(command).setOut(command.out()).setErr(command.err());
    }
}
