package fr.ror.nomenclator.loaders;

import fr.ror.nomenclator.terminology.VersionDiff;
import java.io.PrintWriter;
import java.util.Arrays;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine;

/**
 * The command-line face of the jar: {@code java -jar nomenclator.jar load|export|diff ...}. The
 * arguments are checked before the application starts, and then it starts without its web
 * server (and without loading the shipped content unless asked), runs the command and stops.
 */
public final class NomenclatorCli {

    static final Set<String> COMMANDS = Set.of(LoadCommand.NAME, ExportCommand.NAME, DiffCommand.NAME);

    private NomenclatorCli() {
    }

    /** Whether the arguments name a command rather than server options. */
    public static boolean isCommand(String[] args) {
        return args.length > 0 && COMMANDS.contains(args[0]);
    }

    /**
     * Runs the command the arguments name, in an application context of {@code application}.
     *
     * @return the process exit code
     */
    public static int run(Class<?> application, String[] args) {
        AtomicReference<ConfigurableApplicationContext> context = new AtomicReference<>();
        LoadCommand.LoaderFactory loaders = withShipped -> start(application, context, withShipped)
                .getBean(BatchLoader.class);
        StoreAccess.Factory store = () -> {
            ConfigurableApplicationContext started = start(application, context, false);
            return new StoreAccess() {
                @Override
                public VersionExports exports() {
                    return started.getBean(VersionExports.class);
                }

                @Override
                public VersionDiff diff() {
                    return started.getBean(VersionDiff.class);
                }

                @Override
                public ContentReader reader() {
                    return started.getBean(ContentReader.class);
                }
            };
        };
        PrintWriter out = new PrintWriter(System.out, true);
        PrintWriter err = new PrintWriter(System.err, true);
        boolean interactive = System.console() != null;
        try {
            CommandLine command = switch (args[0]) {
                case ExportCommand.NAME -> commandLine(new ExportCommand(store, out, err, interactive), out, err);
                case DiffCommand.NAME -> commandLine(new DiffCommand(store, out, err, interactive), out, err);
                default -> commandLine(new LoadCommand(loaders, out, err, interactive), out, err);
            };
            return command.execute(Arrays.copyOfRange(args, 1, args.length));
        } finally {
            if (context.get() != null) {
                SpringApplication.exit(context.get());
            }
        }
    }

    private static ConfigurableApplicationContext start(Class<?> application,
                                                        AtomicReference<ConfigurableApplicationContext> context,
                                                        boolean withShipped) {
        ConfigurableApplicationContext started = new SpringApplicationBuilder(application)
                .web(WebApplicationType.NONE)
                .properties("nomenclator.loaders.load-shipped-content=" + withShipped,
                        "spring.main.log-startup-info=false",
                        "logging.level.root=WARN")
                .run();
        context.set(started);
        return started;
    }

    /** The picocli command line of a command, printing to the command's writers. */
    static CommandLine commandLine(LoadCommand command) {
        return commandLine(command, command.out(), command.err());
    }

    static CommandLine commandLine(Object command, PrintWriter out, PrintWriter err) {
        return new CommandLine(command).setOut(out).setErr(err);
    }
}
