package io.vertiform.launcher.demo.client;

import io.vertiform.cty.CtyValue;
import java.util.Set;

/**
 * What Terraform keeps in its state file for one resource instance: the object, the provider's private data and
 * which attributes are sensitive (so a later destroy, which has no configuration, still hides them).
 */
public record ResourceState(CtyValue value, byte[] privateData, Set<String> sensitive) {

    public ResourceState {
        sensitive = Set.copyOf(sensitive);
    }
}
