package io.vertiform.contracts.hub;

import io.vertiform.contracts.codec.ContractCodecException;
import io.vertiform.contracts.codec.WireFormat;
import java.util.Objects;

/** Published on {@link HubAddresses#CHANGES} when a hub adds or removes a registry entry. */
public record RegistryChange(Change change, ComponentRegistration registration) {

    public enum Change { ADDED, REMOVED }

    public static final WireFormat<RegistryChange> WIRE = WireFormat.of(
            RegistryChange.class, "vertiform.hub.RegistryChange", 2,
            (out, v) -> out.string(v.change.name()).record(v.registration, ComponentRegistration.WIRE),
            in -> new RegistryChange(change(in.string()), in.record(ComponentRegistration.WIRE)));

    public RegistryChange {
        Objects.requireNonNull(change, "change");
        Objects.requireNonNull(registration, "registration");
    }

    private static Change change(String name) {
        try {
            return Change.valueOf(name);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new ContractCodecException("unknown registry change " + name, e);
        }
    }
}
