package io.vertiform.contracts.codec;

import java.util.List;

/**
 * Service-provider interface: each contract package lists its wire formats here and names its
 * implementation in {@code META-INF/services/io.vertiform.contracts.codec.ContractFormats}, so
 * {@link MessageCodecs#registerAll} picks up contracts added later without being edited.
 */
public interface ContractFormats {
    List<WireFormat<?>> formats();
}
