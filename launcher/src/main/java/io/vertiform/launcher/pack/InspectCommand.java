package io.vertiform.launcher.pack;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vertiform.foundation.error.VertiformException;
import io.vertiform.launcher.config.CliFailures;
import io.vertiform.tools.flavorpack.format.Digests;
import io.vertiform.tools.flavorpack.format.IndexBlock;
import io.vertiform.tools.flavorpack.format.IndexCodec;
import io.vertiform.tools.flavorpack.format.OperationChain;
import io.vertiform.tools.flavorpack.format.SlotDescriptor;
import io.vertiform.tools.flavorpack.format.SlotNames;
import io.vertiform.tools.flavorpack.io.PackageReader;
import io.vertiform.tools.flavorpack.metadata.MetadataJson;
import io.vertiform.tools.flavorpack.metadata.PackageMetadata;
import io.vertiform.tools.flavorpack.sign.Ed25519;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code vertiform inspect FILE [--json]}: index, metadata and slots. Inspecting does not verify slot contents
 * (use {@code verify}); it does say whether the metadata signature holds, which is cheap.
 */
@Command(name = "inspect", mixinStandardHelpOptions = true,
        description = "Show a packed provider's index, metadata and slots.")
public final class InspectCommand implements Callable<Integer> {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "The package.")
    Path file;

    @Option(names = "--json", description = "Machine-readable output.")
    boolean json;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (PackageReader reader = PackageReader.open(file)) {
            IndexBlock index = reader.index();
            byte[] metadataJson = reader.metadataJson();
            boolean signatureValid = Ed25519.verify(index.publicKey(), metadataJson, index.signature());
            PackageMetadata metadata = MetadataJson.read(metadataJson);
            List<SlotDescriptor> slots = reader.descriptors();
            if (json) {
                out.println(JSON.writerWithDefaultPrettyPrinter().writeValueAsString(
                        asJson(reader, index, signatureValid, slots, metadataJson)));
            } else {
                table(out, reader, index, signatureValid, metadata, slots);
            }
            out.flush();
            return 0;
        } catch (VertiformException e) {
            return CliFailures.report(spec.commandLine().getErr(), e);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("inspection output is plain data", e);
        }
    }

    private void table(PrintWriter out, PackageReader reader, IndexBlock index, boolean signatureValid,
                       PackageMetadata m, List<SlotDescriptor> slots) {
        out.printf("package     %s %s (%s)%n", m.name(), m.version(), m.build().platform());
        out.printf("file        %s, %s%n", file, Sizes.bytes(reader.fileSize()));
        out.printf("format      PSPF/2025 0x%08x, index checksum %08x (%s)%n", index.formatVersion(),
                index.checksum(), IndexCodec.checksumOf(reader.indexBytes()) == index.checksum() ? "ok" : "MISMATCH");
        out.printf("signature   ed25519, key %s, %s%n", Ed25519.fingerprint(index.publicKey()),
                signatureValid ? "valid" : "INVALID");
        out.printf("launcher    %s %s, %s, %s%n", m.launcher().tool(), m.launcher().toolVersion(),
                m.launcher().linkage(), Sizes.bytes(index.launcherSize()));
        out.printf("built       %s with %s %s, JDK %s, runtime %s, start-up archive %s%n", m.build().timestamp(),
                m.build().tool(), m.build().toolVersion(), m.build().jdkVersion(), m.build().runtime(),
                m.build().startupArchive());
        out.printf("command     %s%n", m.execution().command());
        out.printf("default     %s%n", String.join(" ", m.execution().defaultArgs()));
        out.println();
        out.printf("%-3s %-16s %-7s %-8s %-7s %12s %12s  %-16s %s%n", "id", "name", "purpose", "lifecycle", "ops",
                "stored", "original", "checksum", "target");
        for (int i = 0; i < slots.size(); i++) {
            SlotDescriptor d = slots.get(i);
            String name = i < m.slots().size() ? m.slots().get(i).name() : "?";
            String target = i < m.slots().size() ? m.slots().get(i).target() : "?";
            out.printf("%-3d %-16s %-7s %-8s %-7s %12d %12d  %-16s %s%n", d.id(), name,
                    SlotNames.purposeName(d.purpose()), SlotNames.lifecycleName(d.lifecycle()), ops(d), d.size(),
                    d.originalSize(), Digests.hex16(d.checksum()), target);
        }
    }

    private ObjectNode asJson(PackageReader reader, IndexBlock index, boolean signatureValid,
                              List<SlotDescriptor> slots, byte[] metadataJson) {
        ObjectNode root = JSON.createObjectNode();
        root.put("file", file.toString());
        root.put("size", reader.fileSize());
        ObjectNode i = root.putObject("index");
        i.put("format_version", String.format("0x%08x", index.formatVersion()));
        i.put("checksum", String.format("%08x", index.checksum()));
        i.put("checksum_valid", IndexCodec.checksumOf(reader.indexBytes()) == index.checksum());
        i.put("package_size", index.packageSize());
        i.put("launcher_size", index.launcherSize());
        i.put("metadata_offset", index.metadataOffset());
        i.put("metadata_size", index.metadataSize());
        i.put("slot_table_offset", index.slotTableOffset());
        i.put("slot_count", index.slotCount());
        i.put("flags", index.flags());
        i.put("public_key", Digests.hex(index.publicKey()));
        i.put("key_fingerprint", Ed25519.fingerprint(index.publicKey()));
        i.put("metadata_checksum", Digests.hex(index.metadataChecksum()));
        i.put("signature_valid", signatureValid);
        ArrayNode s = root.putArray("slots");
        for (SlotDescriptor d : slots) {
            ObjectNode o = s.addObject();
            o.put("id", d.id());
            o.put("offset", d.offset());
            o.put("size", d.size());
            o.put("original_size", d.originalSize());
            o.put("operations", ops(d));
            o.put("checksum", Digests.hex16(d.checksum()));
            o.put("purpose", SlotNames.purposeName(d.purpose()));
            o.put("lifecycle", SlotNames.lifecycleName(d.lifecycle()));
            o.put("permissions", String.format("%04o", d.permissions()));
        }
        root.set("metadata", MetadataJson.tree(metadataJson));
        return root;
    }

    private static String ops(SlotDescriptor d) {
        try {
            return OperationChain.unpack(d.operations()).label();
        } catch (IllegalArgumentException e) {
            return String.format("0x%x", d.operations());
        }
    }
}
