package io.vertiform.contracts.hub;

import io.vertiform.contracts.codec.WireFormat;

/**
 * Removes this node's registrations at {@code address}; a null kind or type name matches any, so a
 * verticle can drop everything it registered at its address in one request.
 */
public record Unregister(String address, String kind, String typeName) {

    public static final WireFormat<Unregister> WIRE = WireFormat.of(
            Unregister.class, "vertiform.hub.Unregister", 3,
            (out, v) -> out.string(v.address).string(v.kind).string(v.typeName),
            in -> new Unregister(in.string(), in.string(), in.string()));

    public Unregister {
        Checks.required(address, "address");
        Checks.optional(kind, "kind");
        Checks.optional(typeName, "typeName");
    }

    public static Unregister address(String address) {
        return new Unregister(address, null, null);
    }

    public boolean matches(ComponentRegistration registration) {
        return address.equals(registration.address())
                && (kind == null || kind.equals(registration.kind()))
                && (typeName == null || typeName.equals(registration.typeName()));
    }
}
