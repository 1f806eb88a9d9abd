package io.vertiform.components.resource;

import io.vertiform.components.provider.VertiformProvider;
import io.vertiform.testkit.provider.ProviderClient;
import io.vertiform.testkit.provider.ProviderTest;
import java.nio.file.Path;

/**
 * The provider with every resource component (the list of {@link ResourceComponents#ALL}, repeated here because
 * annotation values must be constants), booted for each test of a subclass and driven over real gRPC with
 * protocol 5 and then 6. The session has a private-state secret and a fresh working directory.
 */
@ProviderTest(components = {VertiformProvider.class, FileContentResource.class, LocalDirectoryResource.class,
        TimedTokenResource.class, PrivateStateVerifierResource.class, WarningExampleResource.class,
        SecretNoteResource.class, NestedResourceTestResource.class},
        env = "VERTIFORM_PRIVATE_STATE_SECRET=" + ResourceTestBase.SECRET, protocols = {5, 6})
abstract class ResourceTestBase {

    static final String SECRET = "resource-tests-secret";

    static Path cwd(ProviderClient client) {
        return Path.of(client.workingDirectory());
    }
}
