package io.vertiform.launcher.demo.client;

import io.vertiform.contracts.diag.Diagnostic;
import io.vertiform.contracts.provider.ApplyResourceChange;
import io.vertiform.contracts.provider.ConfigureProvider;
import io.vertiform.contracts.provider.GetProviderSchema;
import io.vertiform.contracts.provider.PlanResourceChange;
import io.vertiform.contracts.provider.ReadResource;
import io.vertiform.contracts.provider.Schema;
import io.vertiform.contracts.provider.ValidateProviderConfig;
import io.vertiform.contracts.provider.ValidateResourceConfig;
import io.vertiform.rpc.client.PluginClient;
import io.vertiform.rpc.client.PluginClientOptions;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.StringJoiner;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * One launch of the provider executable, as one Terraform command makes it: {@link PluginClient#launch} (magic
 * cookie, protocol versions 5 and 6, AutoMTLS client certificate, the handshake line on stdout), then blocking
 * calls. The plugin's stderr (hclog JSON) goes to a log file, as Terraform keeps it out of sight unless
 * {@code TF_LOG} is set.
 */
public final class ProviderSession implements AutoCloseable {

    private static final Duration CALL_TIMEOUT = Duration.ofMinutes(2);

    private final PluginClient client;
    private final PrintWriter log;
    private GetProviderSchema.Response schema;

    private ProviderSession(PluginClient client, PrintWriter log) {
        this.client = client;
        this.log = log;
    }

    public static ProviderSession launch(Vertx vertx, List<String> command, Path workingDirectory, Path logFile) {
        PrintWriter log;
        try {
            log = new PrintWriter(Files.newBufferedWriter(logFile, StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND), true);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the provider log " + logFile, e);
        }
        PluginClientOptions options = PluginClientOptions.of(command).withWorkingDirectory(workingDirectory)
                .withStderr(line -> {
                    synchronized (log) {
                        log.println(line);
                    }
                });
        try {
            return new ProviderSession(await(PluginClient.launch(vertx, options), "launch " + command.get(0)), log);
        } catch (RuntimeException e) {
            log.close();
            throw e;
        }
    }

    /** The negotiated plugin protocol (5 or 6). */
    public int protocol() {
        return client.protocol();
    }

    public long pid() {
        return client.process().map(Process::pid).orElse(-1L);
    }

    public GetProviderSchema.Response schema() {
        if (schema == null) {
            schema = await(client.getProviderSchema(new GetProviderSchema.Request()), "GetProviderSchema");
            failOnErrors("GetProviderSchema", schema.diagnostics());
        }
        return schema;
    }

    public Schema resourceSchema(String type) {
        Schema s = schema().resourceSchemas().get(type);
        if (s == null) {
            throw new DemoFailure("the provider has no resource type " + type + "; it offers "
                    + schema().resourceSchemas().keySet());
        }
        return s;
    }

    public ValidateProviderConfig.Response validateProvider(ValidateProviderConfig.Request q) {
        return await(client.validateProviderConfig(q), "ValidateProviderConfig");
    }

    public ConfigureProvider.Response configure(ConfigureProvider.Request q) {
        return await(client.configureProvider(q), "ConfigureProvider");
    }

    public ValidateResourceConfig.Response validateResource(ValidateResourceConfig.Request q) {
        return await(client.validateResourceConfig(q), "ValidateResourceConfig");
    }

    public ReadResource.Response read(ReadResource.Request q) {
        return await(client.readResource(q), "ReadResource");
    }

    public PlanResourceChange.Response plan(PlanResourceChange.Request q) {
        return await(client.planResourceChange(q), "PlanResourceChange");
    }

    public ApplyResourceChange.Response apply(ApplyResourceChange.Request q) {
        return await(client.applyResourceChange(q), "ApplyResourceChange");
    }

    /** Shutdown over GRPCController, as go-plugin ends every plugin; waits for the process to exit. */
    @Override
    public void close() {
        try {
            await(client.close(), "shutdown");
        } finally {
            log.close();
        }
    }

    /** Errors fail the step (Terraform stops there too); warnings are printed by the caller. */
    public static void failOnErrors(String what, List<Diagnostic> diagnostics) {
        StringJoiner errors = new StringJoiner("\n  ");
        for (Diagnostic d : diagnostics) {
            if (d.isError()) {
                errors.add(DiagnosticText.of(d));
            }
        }
        if (errors.length() > 0) {
            throw new DemoFailure(what + " failed:\n  " + errors);
        }
    }

    private static <T> T await(Future<T> future, String what) {
        try {
            return future.toCompletionStage().toCompletableFuture().get(CALL_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            throw new DemoFailure(what + " failed: " + e.getCause().getMessage(), e.getCause());
        } catch (TimeoutException e) {
            throw new DemoFailure(what + " did not answer within " + CALL_TIMEOUT.toSeconds() + " s", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DemoFailure(what + " interrupted", e);
        }
    }
}
