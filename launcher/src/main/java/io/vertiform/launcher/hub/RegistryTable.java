package io.vertiform.launcher.hub;

import io.vertiform.contracts.hub.ComponentRegistration;
import io.vertiform.contracts.hub.RegistryChange;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The human table of registry entries that {@code vertiform hub} prints on stdout. */
final class RegistryTable {
    private static final String[] HEADERS = {"KIND", "TYPE", "ADDRESS", "NODE", "METADATA"};
    private static final int NODE_WIDTH = 8;
    private static final String LOCAL_PREFIX = "local-";

    private RegistryTable() {
    }

    static String render(List<ComponentRegistration> entries, String localNode) {
        List<String[]> rows = new ArrayList<>();
        rows.add(HEADERS);
        for (ComponentRegistration r : entries) {
            rows.add(new String[] {r.kind(), r.typeName(), r.address(), node(r.nodeId(), localNode),
                    metadata(r.metadata())});
        }
        int[] widths = new int[HEADERS.length];
        for (String[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                widths[i] = Math.max(widths[i], row[i].codePointCount(0, row[i].length()));
            }
        }
        StringBuilder out = new StringBuilder();
        for (String[] row : rows) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < row.length; i++) {
                line.append(row[i]);
                if (i < row.length - 1) {
                    line.append(" ".repeat(widths[i] - row[i].codePointCount(0, row[i].length()) + 2));
                }
            }
            out.append(line.toString().stripTrailing()).append('\n');
        }
        return out.toString();
    }

    /** One line per live change, for the long-running mode. */
    static String change(RegistryChange change, String localNode) {
        ComponentRegistration r = change.registration();
        String sign = change.change() == RegistryChange.Change.ADDED ? "+" : "-";
        return sign + " " + r.kind() + " " + r.typeName() + " at " + r.address()
                + " (node " + node(r.nodeId(), localNode) + ")";
    }

    /**
     * Node ids are UUIDs (or {@code local-} + UUID); a prefix is enough to tell nodes apart, and "this" marks
     * the local node. The header line prints the full id.
     */
    static String node(String nodeId, String localNode) {
        if (nodeId == null) {
            return "?";
        }
        int keep = (nodeId.startsWith(LOCAL_PREFIX) ? LOCAL_PREFIX.length() : 0) + NODE_WIDTH;
        String shortId = nodeId.length() > keep ? nodeId.substring(0, keep) : nodeId;
        return nodeId.equals(localNode) ? shortId + " (this)" : shortId;
    }

    private static String metadata(Map<String, String> metadata) {
        return metadata.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining(", "));
    }
}
