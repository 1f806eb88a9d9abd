package io.vertiform.launcher.hub;

import io.vertiform.contracts.hub.ComponentRegistration;
import io.vertiform.contracts.hub.HubAddresses;
import io.vertiform.contracts.hub.RegistryChange;
import io.vertiform.foundation.config.ConfigKeys;
import io.vertiform.foundation.config.VertiformConfig;
import io.vertiform.foundation.error.ErrorCategory;
import io.vertiform.foundation.error.ErrorMapping;
import io.vertiform.foundation.error.HubException;
import io.vertiform.foundation.error.VertiformException;
import io.vertiform.foundation.hub.HubNode;
import io.vertiform.foundation.log.ErrorText;
import io.vertiform.foundation.log.Logs;
import io.vertiform.foundation.log.VertiformLogger;
import io.vertiform.launcher.config.CliFailures;
import io.vertiform.launcher.config.ConfigInputsFactory;
import io.vertx.core.Future;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code vertiform hub}: starts a node with the hub registry and the foundation's services, prints the
 * registry (stdout, a table for humans; logs go to stderr) and, unless {@code --once}, keeps running and
 * prints registry changes until SIGINT or SIGTERM.
 */
@Command(name = "hub",
        mixinStandardHelpOptions = true,
        description = {"Start a hub node (the component registry) and print the registered components.",
                "Local by default; --cluster joins or forms a Hazelcast cluster on 127.0.0.1 (TCP-IP join only)."})
public final class HubCommand implements Callable<Integer> {
    /** Cold Hazelcast start plus join on a busy 2-core machine takes a few seconds; this is the give-up point. */
    private static final Duration START_TIMEOUT = Duration.ofSeconds(60);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(30);
    private static final VertiformLogger LOG = Logs.logger("launcher.hub");

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--cluster", description = "Join or form a clustered hub (Hazelcast on loopback).")
    boolean cluster;

    @Option(names = "--member", paramLabel = "HOST:PORT",
            description = "Cluster member to contact (repeatable); implies --cluster.")
    List<String> members = new ArrayList<>();

    @Option(names = "--cluster-name", paramLabel = "NAME", description = "Hazelcast cluster name (hub.cluster_name).")
    String clusterName;

    @Option(names = "--port", paramLabel = "PORT", description = "First Hazelcast port to bind (hub.port).")
    Integer port;

    @Option(names = "--once", description = "Print the registry after start-up, then stop the node and exit.")
    boolean once;

    private final ConfigInputsFactory inputs;

    public HubCommand() {
        this(ConfigInputsFactory.process());
    }

    HubCommand(ConfigInputsFactory inputs) {
        this.inputs = inputs;
    }

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        HubNode node;
        try {
            VertiformConfig config = VertiformConfig.loadSync(inputs.inputs(flags()));
            Logs.configure(config.log().toSettings(System.getenv()));
            node = await(HubNode.start(config), START_TIMEOUT);
        } catch (VertiformException e) {
            return CliFailures.report(err, e);
        }
        // Registered before the registry is printed: a caller that signals as soon as it sees the table must
        // find the hook in place, or the JVM refuses it ("Shutdown in progress") and the node is not stopped.
        CountDownLatch stopped = new CountDownLatch(1);
        if (!once) {
            String self = node.nodeId();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                LOG.info("stopping the hub node", "node", self);
                stop(node);
                stopped.countDown();
            }, "vertiform-hub-shutdown"));
        }
        try {
            List<ComponentRegistration> entries = await(node.hub().list(), START_TIMEOUT);
            out.print(header(node, entries.size()));
            out.print(RegistryTable.render(entries, node.nodeId()));
            out.flush();
            if (once) {
                return 0;
            }
            return runUntilSignalled(node, out, stopped);
        } catch (VertiformException e) {
            return CliFailures.report(err, e);
        } finally {
            if (once) {
                stop(node);
            }
        }
    }

    private int runUntilSignalled(HubNode node, PrintWriter out, CountDownLatch stopped) throws InterruptedException {
        String self = node.nodeId();
        node.vertx().eventBus().<RegistryChange>consumer(HubAddresses.CHANGES, message -> {
            synchronized (out) {
                out.println(RegistryTable.change(message.body(), self));
                out.flush();
            }
        });
        LOG.info("hub node running; stop with Ctrl-C", "node", self);
        stopped.await();
        return 0;
    }

    private Map<String, Object> flags() {
        Map<String, Object> flags = new LinkedHashMap<>();
        if (cluster || !members.isEmpty()) {
            flags.put(ConfigKeys.HUB_CLUSTER, true);
        }
        if (!members.isEmpty()) {
            flags.put(ConfigKeys.HUB_MEMBERS, String.join(",", members));
        }
        if (clusterName != null) {
            flags.put(ConfigKeys.HUB_CLUSTER_NAME, clusterName);
        }
        if (port != null) {
            flags.put(ConfigKeys.HUB_PORT, port);
        }
        return flags;
    }

    private static String header(HubNode node, int count) {
        String mode = node.clustered()
                ? "clustered, cluster '" + node.cluster().clusterName() + "' on " + node.cluster().host()
                : "local";
        return "Vertiform hub node " + node.nodeId() + " (" + mode + "): " + count
                + (count == 1 ? " component" : " components") + "\n";
    }

    private static void stop(HubNode node) {
        try {
            await(node.close(), STOP_TIMEOUT);
        } catch (VertiformException e) {
            LOG.warn("the hub node did not stop cleanly", "error", e);
        }
    }

    /** Blocks the CLI thread (never an event loop) and turns every failure into a Vertiform error. */
    private static <T> T await(Future<T> future, Duration timeout) {
        try {
            return future.toCompletionStage().toCompletableFuture().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            Throwable cause = ErrorMapping.unwrap(e.getCause());
            if (cause instanceof VertiformException v) {
                throw v;
            }
            throw new HubException(ErrorCategory.UNAVAILABLE, HubException.CLUSTER, "The hub node failed",
                    ErrorText.of(cause), null, cause);
        } catch (TimeoutException e) {
            throw new HubException(ErrorCategory.TIMEOUT, HubException.TIMEOUT,
                    "The hub node did not answer within " + timeout.toSeconds() + " s");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new HubException(ErrorCategory.UNAVAILABLE, HubException.CLUSTER,
                    "Interrupted while waiting for the hub node");
        }
    }
}
