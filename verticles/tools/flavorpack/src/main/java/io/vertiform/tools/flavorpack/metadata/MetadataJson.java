package io.vertiform.tools.flavorpack.metadata;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vertiform.tools.flavorpack.PackException;
import io.vertiform.tools.flavorpack.format.PspfLayout;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Metadata as JSON: written indented by two spaces with ASCII-only output (like Python's
 * {@code json.dumps(indent=2)}), read strictly (duplicate keys and missing fields are errors), since the bytes
 * are what the signature covers and what the launcher stub parses.
 */
public final class MetadataJson {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(JsonWriteFeature.ESCAPE_NON_ASCII)
            .build();

    private MetadataJson() {
    }

    public static byte[] write(PackageMetadata m) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("format", PspfLayout.FORMAT_NAME);
        root.put("format_version", PspfLayout.METADATA_FORMAT_VERSION);
        ObjectNode pkg = root.putObject("package");
        pkg.put("name", m.name());
        pkg.put("version", m.version());
        pkg.put("description", m.description());
        ArrayNode slots = root.putArray("slots");
        for (SlotEntry s : m.slots()) {
            ObjectNode o = slots.addObject();
            o.put("id", s.id());
            o.put("name", s.name());
            o.put("purpose", s.purpose());
            o.put("lifecycle", s.lifecycle());
            o.put("operations", s.operations());
            o.put("size", s.size());
            o.put("original_size", s.originalSize());
            o.put("checksum", s.checksum());
            o.put("sha256", s.sha256());
            o.put("permissions", s.permissions());
            o.put("target", s.target());
        }
        Execution e = m.execution();
        ObjectNode exec = root.putObject("execution");
        exec.put("primary_slot", e.primarySlot());
        exec.put("command", e.command());
        strings(exec.putArray("argv"), e.argv());
        strings(exec.putArray("default_args"), e.defaultArgs());
        ArrayNode setup = exec.putArray("setup_commands");
        for (SetupCommand c : e.setup()) {
            ObjectNode o = setup.addObject();
            strings(o.putArray("argv"), c.argv());
            o.put("optional", c.optional());
        }
        ObjectNode verification = root.putObject("verification");
        ObjectNode seal = verification.putObject("integrity_seal");
        seal.put("required", true);
        seal.put("algorithm", "ed25519");
        verification.put("signed", true);
        verification.put("require_verification", true);
        BuildInfo b = m.build();
        ObjectNode build = root.putObject("build");
        build.put("os", b.os());
        build.put("arch", b.arch());
        build.put("platform", b.platform());
        build.put("tool", b.tool());
        build.put("tool_version", b.toolVersion());
        build.put("timestamp", b.timestamp());
        build.put("deterministic", b.deterministic());
        build.put("jdk_version", b.jdkVersion());
        build.put("runtime", b.runtime());
        build.put("startup_archive", b.startupArchive());
        LauncherInfo l = m.launcher();
        ObjectNode launcher = root.putObject("launcher");
        launcher.put("tool", l.tool());
        launcher.put("tool_version", l.toolVersion());
        launcher.put("checksum", l.checksum());
        launcher.put("size", l.size());
        launcher.put("linkage", l.linkage());
        strings(launcher.putArray("capabilities"), l.capabilities());
        ObjectNode compat = root.putObject("compatibility");
        compat.put("min_format_version", PspfLayout.METADATA_FORMAT_VERSION);
        strings(compat.putArray("features"), List.of("tar", "gzip", "ed25519"));
        ObjectNode env = root.putObject("runtime").putObject("env").putObject("set");
        e.env().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(en -> env.put(en.getKey(), en.getValue()));
        try {
            DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
            DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                    .withSeparators(Separators.createDefaultInstance()
                            .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                            .withObjectEmptySeparator("")
                            .withArrayEmptySeparator(""));
            printer.indentObjectsWith(indenter);
            printer.indentArraysWith(indenter);
            return MAPPER.writer(printer).writeValueAsString(root).getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException("metadata is plain data", ex);
        }
    }

    /** The raw tree, for {@code inspect --json}. */
    public static JsonNode tree(byte[] json) {
        try {
            return MAPPER.readTree(json);
        } catch (IOException e) {
            throw PackException.malformed("metadata is not JSON: " + e.getMessage());
        }
    }

    public static PackageMetadata read(byte[] json) {
        JsonNode root = tree(json);
        if (!PspfLayout.FORMAT_NAME.equals(text(root, "format"))) {
            throw PackException.malformed("metadata format is not " + PspfLayout.FORMAT_NAME);
        }
        JsonNode pkg = object(root, "package");
        List<SlotEntry> slots = new ArrayList<>();
        for (JsonNode s : array(root, "slots")) {
            slots.add(new SlotEntry(Math.toIntExact(number(s, "id")), text(s, "name"), text(s, "purpose"),
                    text(s, "lifecycle"), text(s, "operations"), number(s, "size"), number(s, "original_size"),
                    text(s, "checksum"), text(s, "sha256"), text(s, "permissions"), text(s, "target")));
        }
        JsonNode exec = object(root, "execution");
        List<SetupCommand> setup = new ArrayList<>();
        for (JsonNode c : array(exec, "setup_commands")) {
            setup.add(new SetupCommand(strings(c, "argv"), bool(c, "optional")));
        }
        Map<String, String> env = new LinkedHashMap<>();
        JsonNode set = object(object(object(root, "runtime"), "env"), "set");
        for (Iterator<Map.Entry<String, JsonNode>> it = set.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> en = it.next();
            if (!en.getValue().isTextual()) {
                throw PackException.malformed("runtime.env.set." + en.getKey() + " is not a string");
            }
            env.put(en.getKey(), en.getValue().asText());
        }
        Execution execution = new Execution(Math.toIntExact(number(exec, "primary_slot")), strings(exec, "argv"),
                strings(exec, "default_args"), env, setup);
        JsonNode b = object(root, "build");
        BuildInfo build = new BuildInfo(text(b, "os"), text(b, "arch"), text(b, "platform"), text(b, "tool"),
                text(b, "tool_version"), text(b, "timestamp"), bool(b, "deterministic"), text(b, "jdk_version"),
                text(b, "runtime"), text(b, "startup_archive"));
        JsonNode l = object(root, "launcher");
        LauncherInfo launcher = new LauncherInfo(text(l, "tool"), text(l, "tool_version"), text(l, "checksum"),
                number(l, "size"), text(l, "linkage"), strings(l, "capabilities"));
        return new PackageMetadata(text(pkg, "name"), text(pkg, "version"), text(pkg, "description"), slots,
                execution, build, launcher);
    }

    private static void strings(ArrayNode array, List<String> values) {
        values.forEach(array::add);
    }

    private static JsonNode field(JsonNode node, String name) {
        JsonNode value = node.get(name);
        if (value == null) {
            throw PackException.malformed("metadata lacks '" + name + "'");
        }
        return value;
    }

    private static String text(JsonNode node, String name) {
        JsonNode v = field(node, name);
        if (!v.isTextual()) {
            throw PackException.malformed("metadata field '" + name + "' is not a string");
        }
        return v.asText();
    }

    private static long number(JsonNode node, String name) {
        JsonNode v = field(node, name);
        if (!v.isIntegralNumber() || !v.canConvertToLong() || v.asLong() < 0) {
            throw PackException.malformed("metadata field '" + name + "' is not a non-negative integer");
        }
        return v.asLong();
    }

    private static boolean bool(JsonNode node, String name) {
        JsonNode v = field(node, name);
        if (!v.isBoolean()) {
            throw PackException.malformed("metadata field '" + name + "' is not a boolean");
        }
        return v.asBoolean();
    }

    private static JsonNode object(JsonNode node, String name) {
        JsonNode v = field(node, name);
        if (!v.isObject()) {
            throw PackException.malformed("metadata field '" + name + "' is not an object");
        }
        return v;
    }

    private static JsonNode array(JsonNode node, String name) {
        JsonNode v = field(node, name);
        if (!v.isArray()) {
            throw PackException.malformed("metadata field '" + name + "' is not an array");
        }
        return v;
    }

    private static List<String> strings(JsonNode node, String name) {
        List<String> out = new ArrayList<>();
        for (JsonNode v : array(node, name)) {
            if (!v.isTextual()) {
                throw PackException.malformed("metadata field '" + name + "' holds a non-string");
            }
            out.add(v.asText());
        }
        return out;
    }
}
