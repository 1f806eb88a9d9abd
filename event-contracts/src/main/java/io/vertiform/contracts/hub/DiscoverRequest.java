package io.vertiform.contracts.hub;

import io.vertiform.contracts.codec.WireFormat;

/**
 * Asks the hub for the components of a kind and type; a null field matches anything.
 *
 * @param kind     component kind, or null for every kind
 * @param typeName type name, or null for every type of the kind
 */
public record DiscoverRequest(String kind, String typeName) {

    public static final WireFormat<DiscoverRequest> WIRE = WireFormat.of(
            DiscoverRequest.class, "vertiform.hub.DiscoverRequest", 2,
            (out, v) -> out.string(v.kind).string(v.typeName),
            in -> new DiscoverRequest(in.string(), in.string()));

    public DiscoverRequest {
        Checks.optional(kind, "kind");
        Checks.optional(typeName, "typeName");
    }

    public static DiscoverRequest all() {
        return new DiscoverRequest(null, null);
    }

    public static DiscoverRequest ofKind(String kind) {
        return new DiscoverRequest(Checks.required(kind, "kind"), null);
    }

    public boolean matches(ComponentRegistration registration) {
        return (kind == null || kind.equals(registration.kind()))
                && (typeName == null || typeName.equals(registration.typeName()));
    }
}
