package io.vertiform.framework.session;

import io.vertiform.contracts.provider.ClientCapabilities;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The plugin session a request belongs to, as the author sees it: the environment and working directory of the
 * terraform/tofu process that launched it, the Terraform version and what the client can handle. Read these
 * here, never through {@code System.getenv()} or {@code user.dir}: one JVM may serve sessions launched from
 * different shells at the same time.
 *
 * @param id                 the session id
 * @param environment        the launching process's environment
 * @param workingDirectory   its working directory, empty when the launcher did not say
 * @param terraformVersion   from ConfigureProvider; empty before the provider is configured
 * @param clientCapabilities what the calling core supports, as sent with the current request
 * @param protocolVersion    plugin protocol major version (5 or 6), 0 when unknown
 */
public record SessionContext(String id, Map<String, String> environment, String workingDirectory,
                             String terraformVersion, ClientCapabilities clientCapabilities, int protocolVersion) {

    public SessionContext {
        Objects.requireNonNull(id, "id");
        environment = Map.copyOf(environment);
        workingDirectory = workingDirectory == null ? "" : workingDirectory;
        terraformVersion = terraformVersion == null ? "" : terraformVersion;
        clientCapabilities = clientCapabilities == null ? ClientCapabilities.NONE : clientCapabilities;
    }

    /** An environment variable of the launching process. */
    public Optional<String> env(String name) {
        return Optional.ofNullable(environment.get(name));
    }

    public SessionContext withClientCapabilities(ClientCapabilities caps) {
        return new SessionContext(id, environment, workingDirectory, terraformVersion, caps, protocolVersion);
    }

    @Override
    public String toString() {
        // The environment holds secrets: never print it.
        return "SessionContext[id=" + id + ", cwd=" + workingDirectory + ", terraform=" + terraformVersion
                + ", protocol=" + protocolVersion + ", env=" + environment.size() + " variables]";
    }
}
