package io.vertiform.tools.flavorpack.format;

import java.util.Arrays;

/**
 * The informational part of the index block (bytes 640..864): hints no reader relies on, kept so a written
 * block is byte-compatible with Python/Rust ({@code capabilities..protocol_version} at 832, not Go's 840).
 */
public record IndexHints(int accessMode, int cacheStrategy, int pageSize, long maxMemory, long minMemory,
                         long cpuFeatures, long gpuRequirements, long numaHints, int streamChunkSize,
                         long buildTimestamp, byte[] buildMachine, byte[] sourceHash, byte[] dependencyHash,
                         byte[] licenseId, byte[] provenanceUri, long capabilities, long requirements,
                         long extensions, int compatibility, int protocolVersion) {

    public IndexHints {
        buildMachine = fixed(buildMachine, 32, "buildMachine");
        sourceHash = fixed(sourceHash, 32, "sourceHash");
        dependencyHash = fixed(dependencyHash, 32, "dependencyHash");
        licenseId = fixed(licenseId, 16, "licenseId");
        provenanceUri = fixed(provenanceUri, 8, "provenanceUri");
    }

    /** The Python writer's defaults: 4 KiB pages, 128/8 MiB memory hints, 64 KiB chunks, MMAP|SIGNED. */
    public static IndexHints defaults(long buildTimestamp) {
        return new IndexHints(0, 0, 4096, 128L << 20, 8L << 20, 0, 0, 0, 64 << 10, buildTimestamp,
                null, null, null, null, null, IndexFlags.MMAP | IndexFlags.SIGNED, 0, 0,
                PspfLayout.FORMAT_VERSION, 1);
    }

    private static byte[] fixed(byte[] value, int size, String name) {
        if (value == null) {
            return new byte[size];
        }
        if (value.length != size) {
            throw new IllegalArgumentException(name + " must be " + size + " bytes, got " + value.length);
        }
        return value.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof IndexHints h && accessMode == h.accessMode && cacheStrategy == h.cacheStrategy
                && pageSize == h.pageSize && maxMemory == h.maxMemory && minMemory == h.minMemory
                && cpuFeatures == h.cpuFeatures && gpuRequirements == h.gpuRequirements && numaHints == h.numaHints
                && streamChunkSize == h.streamChunkSize && buildTimestamp == h.buildTimestamp
                && Arrays.equals(buildMachine, h.buildMachine) && Arrays.equals(sourceHash, h.sourceHash)
                && Arrays.equals(dependencyHash, h.dependencyHash) && Arrays.equals(licenseId, h.licenseId)
                && Arrays.equals(provenanceUri, h.provenanceUri) && capabilities == h.capabilities
                && requirements == h.requirements && extensions == h.extensions
                && compatibility == h.compatibility && protocolVersion == h.protocolVersion;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(buildTimestamp) * 31 + Arrays.hashCode(sourceHash);
    }
}
