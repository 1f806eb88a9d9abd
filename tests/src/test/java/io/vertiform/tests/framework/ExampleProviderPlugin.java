package io.vertiform.tests.framework;

import io.vertiform.framework.registry.ComponentRegistry;
import io.vertiform.framework.server.FrameworkOptions;
import io.vertiform.framework.server.ProviderServer;
import io.vertiform.rpc.process.ComponentDeployer;
import io.vertiform.rpc.process.ProviderProcess;
import io.vertiform.testkit.provider.example.CredentialEphemeral;
import io.vertiform.testkit.provider.example.ExampleProvider;
import io.vertiform.testkit.provider.example.FileInfoDataSource;
import io.vertiform.testkit.provider.example.FileResource;
import io.vertiform.testkit.provider.example.NoteResource;
import io.vertiform.testkit.provider.example.Sha256Function;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.util.List;
import java.util.Map;

/**
 * The testkit's example provider as a real plugin process: the framework's components behind the RPC layer, the
 * way {@code vertiform provider} serves its own. Launched by {@link ExampleProviderOracleTest} with the test
 * class path.
 */
public final class ExampleProviderPlugin {

    private ExampleProviderPlugin() {
    }

    public static void main(String[] args) {
        ComponentRegistry registry = ComponentRegistry.builder()
                .add(ExampleProvider.class)
                .add(FileResource.class)
                .add(FileInfoDataSource.class)
                .add(Sha256Function.class)
                .add(CredentialEphemeral.class)
                .add(NoteResource.class)
                .build();
        ComponentDeployer example = new ComponentDeployer() {
            @Override
            public String name() {
                return "example provider";
            }

            @Override
            public Future<?> deploy(Vertx vertx, Map<String, String> environment) {
                return ProviderServer.deploy(vertx, registry, FrameworkOptions.DEFAULT.withRegisterInHub(false));
            }
        };
        System.exit(ProviderProcess.run(System.getenv(), List.of(example)));
    }
}
