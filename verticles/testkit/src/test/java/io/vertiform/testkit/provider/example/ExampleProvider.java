package io.vertiform.testkit.provider.example;

import io.vertiform.foundation.error.ProviderException;
import io.vertiform.framework.annotation.Provider;
import io.vertiform.framework.provider.ConfigureRequest;
import io.vertiform.framework.provider.ProviderHandler;
import io.vertiform.framework.schema.Attributes;
import io.vertiform.framework.schema.ComponentSchema;
import io.vertiform.framework.validate.Validators;
import java.nio.file.Path;

/**
 * The example provider: manages files below a directory of the Terraform working directory. Everything it
 * touches is resolved against the session's working directory, never the JVM's.
 */
@Provider(value = "example", version = "0.1.0")
public final class ExampleProvider implements ProviderHandler<ExampleProvider.Config> {

    /** The provider block. */
    public record Config(String root) {
    }

    /** What components get from {@code providerData(Files.class)}. */
    public record Files(Path base) {
        Path resolve(String relative) {
            Path p = base.resolve(relative).normalize();
            if (!p.startsWith(base)) {
                throw ProviderException.error("Path escapes the root", relative + " is outside " + base);
            }
            return p;
        }
    }

    @Override
    public ComponentSchema schema() {
        return ComponentSchema.builder()
                .description("Manages files below the working directory.")
                .attribute(Attributes.string("root").optional()
                        .description("Directory, relative to the working directory, that holds the files.")
                        .validators(Validators.regex("^[^/]"), Validators.noneOf("..")))
                .build();
    }

    @Override
    public Object configure(ConfigureRequest<Config> request) {
        String cwd = request.session().workingDirectory();
        if (cwd.isEmpty()) {
            throw ProviderException.error("No working directory", "the session did not say where terraform runs");
        }
        String root = request.config().root() == null ? "." : request.config().root();
        return new Files(Path.of(cwd).resolve(root).toAbsolutePath().normalize());
    }
}
