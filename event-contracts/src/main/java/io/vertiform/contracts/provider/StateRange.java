package io.vertiform.contracts.provider;

/** Byte offsets of one state chunk within the whole state, as the protocol reports them. */
public record StateRange(long start, long end) {
}
