package io.vertiform.rpc.client;

import io.vertiform.rpc.echo.EchoResource;
import io.vertiform.rpc.process.ProviderProcess;
import java.util.List;

/**
 * Plugin executables for {@link PluginClientLaunchTest}, run with {@code java -cp <test class path>}: a real
 * provider process serving the echo resource, or plugins that misbehave before the handshake.
 */
public final class ClientTestPluginMain {

    private ClientTestPluginMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        switch (args[0]) {
            case "echo" -> {
                System.err.println("echo plugin starting");
                System.exit(ProviderProcess.run(System.getenv(), List.of(EchoResource.deployer("vf_echo"))));
            }
            case "garbage" -> {
                System.out.println("Picked up JAVA_TOOL_OPTIONS: -Xmx1g");
                System.out.flush();
                Thread.sleep(60_000);
            }
            case "exit" -> {
                System.err.println("cannot read configuration");
                System.exit(3);
            }
            case "silent" -> Thread.sleep(60_000);
            default -> throw new IllegalArgumentException(args[0]);
        }
    }
}
