package io.vertiform.testkit.provider;

import io.vertiform.contracts.provider.transport.ProviderTransportFactory;

/**
 * Finds the plugin-protocol transport (vertiform-rpc) for provider tests. The testkit cannot depend on rpc,
 * whose own tests use the testkit, so the implementation arrives through {@link java.util.ServiceLoader}.
 */
final class WireTransports {

    private WireTransports() {
    }

    /** The factory for {@code protocol}; an {@link IllegalStateException} saying what to add when none is found. */
    static ProviderTransportFactory forProtocol(int protocol, ClassLoader loader) {
        return ProviderTransportFactory.find(loader, protocol).orElseThrow(() -> new IllegalStateException(
                "@ProviderTest(protocols = {..., " + protocol + "}) runs tests over real gRPC, which needs the module "
                        + "vertiform-rpc (io.vertiform:vertiform-rpc) on the test class path: add it as a test "
                        + "dependency of this module, or drop protocols to test over the event bus only"));
    }
}
