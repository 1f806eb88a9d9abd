package io.vertiform.contracts.provider;

import java.util.Map;

/**
 * Stored state in the shape a previous schema version wrote it, to be upgraded: JSON (current Terraform) or the
 * legacy flatmap of SDKv1 states.
 */
public record RawState(byte[] json, Map<String, String> flatmap) {
    public RawState {
        json = Values.bytes(json);
        flatmap = Values.map(flatmap);
    }
}
