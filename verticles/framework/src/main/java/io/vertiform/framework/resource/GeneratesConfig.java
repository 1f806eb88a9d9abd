package io.vertiform.framework.resource;

/**
 * A resource that shapes the configuration {@code terraform plan -generate-config-out} writes for an imported
 * object (GenerateResourceConfig, protocol 5.11/6.11). Without it the framework offers the state minus what a
 * configuration cannot set. Whatever this returns, computed-only and write-only attributes are nulled after it,
 * because Terraform refuses a generated configuration that sets them.
 */
public interface GeneratesConfig<S> {

    /**
     * The configuration for {@code request.state()}, in the state's shape (record, map or
     * {@link io.vertiform.cty.CtyValue}); every value must be known. Return null to keep the framework's default.
     * Diagnostics added to the request (e.g. a warning about a value that cannot be recovered) are shown.
     */
    S generateConfig(GenerateConfigRequest<S> request);
}
