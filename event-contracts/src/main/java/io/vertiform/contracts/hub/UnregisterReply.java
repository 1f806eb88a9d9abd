package io.vertiform.contracts.hub;

import io.vertiform.contracts.codec.WireFormat;

/** How many registrations an {@link Unregister} removed (0 when nothing matched). */
public record UnregisterReply(int removed) {

    public static final WireFormat<UnregisterReply> WIRE = WireFormat.of(
            UnregisterReply.class, "vertiform.hub.UnregisterReply", 1,
            (out, v) -> out.int32(v.removed),
            in -> new UnregisterReply(in.int32()));

    public UnregisterReply {
        if (removed < 0) {
            throw new IllegalArgumentException("removed must be >= 0: " + removed);
        }
    }
}
