package io.vertiform.contracts.hub;

import io.vertiform.contracts.codec.WireFormat;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * One registry entry: a component reachable at {@code address}, of a {@code kind} and {@code typeName}.
 *
 * @param address  event-bus address the component consumes
 * @param kind     component family, see {@link ComponentKinds}
 * @param typeName type within the kind, e.g. {@code "vertiform_file"} for a resource
 * @param metadata free-form string facts (version, description...); kept sorted so equal entries encode equally
 * @param nodeId   cluster node that registered it; null in a request, filled in by the registering node's hub
 */
public record ComponentRegistration(String address, String kind, String typeName, Map<String, String> metadata,
                                    String nodeId) {

    public static final WireFormat<ComponentRegistration> WIRE = WireFormat.of(
            ComponentRegistration.class, "vertiform.hub.ComponentRegistration", 5,
            (out, v) -> out.string(v.address).string(v.kind).string(v.typeName).stringMap(v.metadata).string(v.nodeId),
            in -> new ComponentRegistration(in.string(), in.string(), in.string(), in.stringMap(), in.string()));

    public ComponentRegistration {
        Checks.required(address, "address");
        Checks.required(kind, "kind");
        Checks.required(typeName, "typeName");
        Checks.optional(nodeId, "nodeId");
        TreeMap<String, String> sorted = new TreeMap<>();
        if (metadata != null) {
            metadata.forEach((k, v) -> sorted.put(Objects.requireNonNull(k, "metadata key"),
                    Objects.requireNonNull(v, () -> "metadata value for " + k)));
        }
        metadata = Collections.unmodifiableMap(sorted);
    }

    /** A registration request; the hub that receives it adds its node id. */
    public static ComponentRegistration of(String address, String kind, String typeName, Map<String, String> metadata) {
        return new ComponentRegistration(address, kind, typeName, metadata, null);
    }

    public ComponentRegistration withNodeId(String node) {
        return new ComponentRegistration(address, kind, typeName, metadata, Checks.required(node, "nodeId"));
    }

    /** Identity in the registry: one entry per node, kind, type and address. */
    public String key() {
        return nodeId + '|' + kind + '|' + typeName + '|' + address;
    }
}
