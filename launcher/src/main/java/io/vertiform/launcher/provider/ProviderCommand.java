package io.vertiform.launcher.provider;

import io.vertiform.rpc.echo.EchoResource;
import io.vertiform.rpc.process.ComponentDeployer;
import io.vertiform.rpc.process.ProviderProcess;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code vertiform provider}: what Terraform/OpenTofu executes. Serves the go-plugin handshake and the plugin
 * protocol (5 or 6) until the host shuts it down; stdout carries the handshake line and nothing else.
 */
@Command(name = "provider",
        mixinStandardHelpOptions = true,
        description = {"Run as a Terraform/OpenTofu provider plugin (started by terraform or tofu, not by hand).",
                "Transport: a unix socket, or TCP on 127.0.0.1 with VERTIFORM_PLUGIN_TRANSPORT=tcp."})
public final class ProviderCommand implements Callable<Integer> {

    @Option(names = "--echo-resource", paramLabel = "TYPE",
            description = "Also serve a transport-test resource TYPE that plans what is proposed and applies what"
                    + " was planned (conformance tests and benchmarks).")
    List<String> echoResources = new ArrayList<>();

    @Override
    public Integer call() {
        List<ComponentDeployer> components = new ArrayList<>();
        ServiceLoader.load(ComponentDeployer.class).forEach(components::add);
        for (String type : echoResources) {
            components.add(EchoResource.deployer(type));
        }
        return ProviderProcess.run(System.getenv(), components);
    }
}
