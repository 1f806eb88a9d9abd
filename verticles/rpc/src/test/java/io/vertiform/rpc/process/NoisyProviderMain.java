package io.vertiform.rpc.process;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.util.List;
import java.util.Map;

/**
 * A provider process whose only component writes to System.out and System.err while deploying, the way careless
 * user code would; run as a subprocess by {@link ProviderProcessTest}.
 */
public final class NoisyProviderMain {

    private NoisyProviderMain() {
    }

    public static void main(String[] args) {
        ComponentDeployer noisy = new ComponentDeployer() {
            @Override
            public String name() {
                return "noisy";
            }

            @Override
            public Future<?> deploy(Vertx vertx, Map<String, String> environment) {
                System.out.println("user code wrote to stdout");
                System.err.println("user code wrote to stderr");
                return Future.succeededFuture();
            }
        };
        System.exit(ProviderProcess.run(System.getenv(), List.of(noisy)));
    }
}
