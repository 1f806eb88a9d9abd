package io.vertiform.tests.cty;

import io.vertiform.testkit.random.SeededRandom;

import java.util.Arrays;

/** Damages msgpack bytes: truncation, flipped or inserted bytes, trailing garbage (which decoders ignore). */
final class ByteMutator {
    private ByteMutator() {
    }

    static byte[] mutate(SeededRandom r, byte[] bytes) {
        if (bytes.length == 0) {
            return r.bytes(r.intBetween(1, 4));
        }
        switch (r.nextInt(4)) {
            case 0:
                return Arrays.copyOf(bytes, r.nextInt(bytes.length));
            case 1: {
                byte[] out = bytes.clone();
                out[r.nextInt(out.length)] = (byte) r.nextInt(256);
                return out;
            }
            case 2: {
                int at = r.nextInt(bytes.length + 1);
                byte[] out = new byte[bytes.length + 1];
                System.arraycopy(bytes, 0, out, 0, at);
                out[at] = (byte) r.nextInt(256);
                System.arraycopy(bytes, at, out, at + 1, bytes.length - at);
                return out;
            }
            default: {
                byte[] tail = r.bytes(r.intBetween(1, 8));
                byte[] out = Arrays.copyOf(bytes, bytes.length + tail.length);
                System.arraycopy(tail, 0, out, bytes.length, tail.length);
                return out;
            }
        }
    }
}
