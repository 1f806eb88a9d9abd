package io.vertiform.contracts.hub;

import io.vertiform.contracts.codec.ContractFormats;
import io.vertiform.contracts.codec.WireFormat;
import java.util.List;

/** Wire formats of the hub messages, found by {@link io.vertiform.contracts.codec.MessageCodecs}. */
public final class HubContractFormats implements ContractFormats {
    @Override
    public List<WireFormat<?>> formats() {
        return List.of(ComponentRegistration.WIRE, DiscoverRequest.WIRE, DiscoverReply.WIRE,
                Unregister.WIRE, UnregisterReply.WIRE, RegistryChange.WIRE);
    }
}
