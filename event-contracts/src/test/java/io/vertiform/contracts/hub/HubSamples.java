package io.vertiform.contracts.hub;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Representative values of every hub record, including edge cases the codec must keep intact. */
final class HubSamples {
    private HubSamples() {
    }

    static ComponentRegistration registration() {
        Map<String, String> metadata = new LinkedHashMap<>();
        metadata.put("version", "1.2.3");
        metadata.put("description", "writes a file \u2014 na\u00efvely \uD83D\uDCC1 e\u0301");
        metadata.put("", "empty key is allowed");
        return new ComponentRegistration("vertiform.provider.local.file", ComponentKinds.RESOURCE,
                "local_file", metadata, "node-\uD834\uDD1E-1");
    }

    static List<Object> all() {
        ComponentRegistration full = registration();
        ComponentRegistration bare = ComponentRegistration.of("a", ComponentKinds.SERVICE, "t", null);
        return List.of(
                full,
                bare,
                new DiscoverRequest(ComponentKinds.RESOURCE, "local_file"),
                DiscoverRequest.ofKind(ComponentKinds.FUNCTION),
                DiscoverRequest.all(),
                new DiscoverReply(List.of(full, bare.withNodeId("n2"))),
                new DiscoverReply(List.of()),
                new Unregister("addr", ComponentKinds.RESOURCE, "local_file"),
                Unregister.address("addr"),
                new UnregisterReply(0),
                new UnregisterReply(Integer.MAX_VALUE),
                new RegistryChange(RegistryChange.Change.ADDED, full),
                new RegistryChange(RegistryChange.Change.REMOVED, bare));
    }
}
