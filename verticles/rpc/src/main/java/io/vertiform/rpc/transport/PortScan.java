package io.vertiform.rpc.transport;

import io.vertiform.rpc.handshake.HandshakeException;
import java.util.random.RandomGenerator;

/**
 * The TCP ports a session tries, in order: any free port (0) when the host gives no range; otherwise every port of
 * {@code PLUGIN_MIN_PORT..PLUGIN_MAX_PORT} (open ends 1024 and 65535) from a random one, wrapping around, so that
 * provider instances started together do not all race for the first port.
 */
record PortScan(int min, int span, int offset, boolean anyPort) {

    static PortScan of(ListenPlan plan, RandomGenerator random) {
        if (plan.minPort() == 0 && plan.maxPort() == 0) {
            return new PortScan(0, 1, 0, true);
        }
        int min = plan.minPort() == 0 ? 1024 : plan.minPort();
        int max = plan.maxPort() == 0 ? 65535 : plan.maxPort();
        int span = max - min + 1;
        return new PortScan(min, span, random.nextInt(span), false);
    }

    /** How many ports to try. */
    int size() {
        return span;
    }

    /** The {@code i}-th port to try, {@code 0 <= i < size()}. */
    int port(int i) {
        return min + (offset + i) % span;
    }

    /** The error once every port was taken. */
    HandshakeException exhausted() {
        return new HandshakeException(anyPort ? "no free TCP port on 127.0.0.1"
                : "no free TCP port on 127.0.0.1 in " + min + ".." + (min + span - 1));
    }
}
