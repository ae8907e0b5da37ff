package fr.ror.nomenclator.terminology.internal.graph;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.support.DefaultSingletonBeanRegistry;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.event.ApplicationPreparedEvent;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Starts the graph store on its own thread as soon as the application context is prepared, so
 * the embedded DBMS start, the migrations and the warm-up (about ten seconds on a cold JVM) run
 * while Spring builds the web server, HAPI FHIR and security; the {@code StartedGraph} bean then
 * waits for it. Registered in {@code META-INF/spring.factories}; only for applications whose
 * component scan covers this package (not for slices built in tests), and never when
 * {@code nomenclator.neo4j.early-start=false}.
 */
public final class EarlyGraphStart implements ApplicationListener<ApplicationPreparedEvent>, DisposableBean {

    static final String BEAN_NAME = "earlyGraphStart";

    private final CompletableFuture<StartedGraph> started;
    private volatile boolean handedOver;

    private EarlyGraphStart(CompletableFuture<StartedGraph> started) {
        this.started = started;
    }

    /** For spring.factories. */
    public EarlyGraphStart() {
        this(null);
    }

    @Override
    public void onApplicationEvent(ApplicationPreparedEvent event) {
        ConfigurableApplicationContext context = event.getApplicationContext();
        if (!scansThisPackage(event) || context.getBeanFactory().containsSingleton(BEAN_NAME)) {
            return;
        }
        Binder binder = Binder.get(context.getEnvironment());
        if (!binder.bind("nomenclator.neo4j.early-start", Boolean.class).orElse(true)) {
            return;
        }
        GraphStoreProperties properties = binder.bindOrCreate("nomenclator.neo4j",
                Bindable.of(GraphStoreProperties.class));
        CompletableFuture<StartedGraph> future = new CompletableFuture<>();
        Thread thread = new Thread(() -> {
            try {
                future.complete(StartedGraph.start(properties));
            } catch (Throwable e) {
                future.completeExceptionally(e);
            }
        }, "graph-start");
        thread.setDaemon(true);
        thread.start();
        EarlyGraphStart early = new EarlyGraphStart(future);
        context.getBeanFactory().registerSingleton(BEAN_NAME, early);
        if (context.getBeanFactory() instanceof DefaultSingletonBeanRegistry registry) {
            registry.registerDisposableBean(BEAN_NAME, early);
        }
    }

    /** Waits for the graph started early; its failure is rethrown as it was. */
    StartedGraph await() {
        try {
            StartedGraph graph = started.join();
            handedOver = true;
            return graph;
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw e;
        }
    }

    /** A context that failed before taking the graph still closes what was started for it. */
    @Override
    public void destroy() {
        if (handedOver) {
            return;
        }
        try {
            StartedGraph graph = started.join();
            graph.driver().close();
            graph.server().close();
        } catch (CompletionException failedToStart) {
            // nothing was left running
        }
    }

    private static boolean scansThisPackage(ApplicationPreparedEvent event) {
        String here = EarlyGraphStart.class.getPackageName();
        return event.getSpringApplication().getAllSources().stream()
                .filter(Class.class::isInstance).map(Class.class::cast)
                .filter(type -> type.isAnnotationPresent(SpringBootApplication.class))
                .anyMatch(type -> here.startsWith(type.getPackageName() + "."));
    }
}
