package io.vertiform.hcl;

/** A parsed configuration file: its body and the source bytes it came from. */
public record File(Body body, byte[] bytes) {
}
