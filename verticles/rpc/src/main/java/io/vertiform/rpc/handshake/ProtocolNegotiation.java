package io.vertiform.rpc.handshake;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Picks the plugin protocol major version: the highest one both sides know. With no common version (or an
 * old host that lists none) the lowest supported one is offered, as go-plugin's server does, and the host
 * decides; it rejects it with its own "incompatible API version" error if it must.
 */
public final class ProtocolNegotiation {

    /** Versions this server implements. */
    public static final Set<Integer> SUPPORTED = Set.of(5, 6);

    private ProtocolNegotiation() {
    }

    /** The version to announce, and whether the host actually listed it. */
    public record Outcome(int version, boolean agreed) {
    }

    public static Outcome negotiate(List<Integer> offeredByHost, Set<Integer> supported) {
        if (supported.isEmpty()) {
            throw new IllegalArgumentException("no supported protocol versions");
        }
        TreeSet<Integer> common = new TreeSet<>(supported);
        common.retainAll(offeredByHost);
        if (!common.isEmpty()) {
            return new Outcome(common.last(), true);
        }
        return new Outcome(new TreeSet<>(supported).first(), false);
    }
}
