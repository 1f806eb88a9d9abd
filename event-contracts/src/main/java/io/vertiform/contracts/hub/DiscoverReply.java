package io.vertiform.contracts.hub;

import io.vertiform.contracts.codec.WireFormat;
import java.util.List;

/** The registrations matching a {@link DiscoverRequest}, sorted by kind, type name, address and node. */
public record DiscoverReply(List<ComponentRegistration> components) {

    public static final WireFormat<DiscoverReply> WIRE = WireFormat.of(
            DiscoverReply.class, "vertiform.hub.DiscoverReply", 1,
            (out, v) -> out.list(v.components, ComponentRegistration.WIRE),
            in -> new DiscoverReply(in.list(ComponentRegistration.WIRE)));

    public DiscoverReply {
        components = components == null ? List.of() : List.copyOf(components);
    }
}
