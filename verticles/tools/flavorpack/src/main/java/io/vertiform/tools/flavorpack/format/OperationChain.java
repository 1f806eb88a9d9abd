package io.vertiform.tools.flavorpack.format;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The operations applied to a slot on build, packed LSB-first into a u64 (first zero byte ends the chain) and
 * named as flavorpack names chains in metadata ({@code raw}, {@code tar}, {@code gzip}, {@code tar.gz}, ...).
 * Extraction applies them in reverse.
 */
public record OperationChain(List<Operation> operations) {

    public static final OperationChain RAW = new OperationChain(List.of());
    public static final OperationChain TAR = new OperationChain(List.of(Operation.TAR));
    public static final OperationChain TAR_GZ = new OperationChain(List.of(Operation.TAR, Operation.GZIP));

    public OperationChain {
        if (operations.size() > 8) {
            throw new IllegalArgumentException("at most 8 operations fit a chain");
        }
        operations = List.copyOf(operations);
    }

    public long packed() {
        long value = 0;
        for (int i = 0; i < operations.size(); i++) {
            value |= ((long) operations.get(i).code()) << (8 * i);
        }
        return value;
    }

    /** @throws IllegalArgumentException for an opcode this reader does not know */
    public static OperationChain unpack(long packed) {
        List<Operation> ops = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            int code = (int) ((packed >>> (8 * i)) & 0xFF);
            if (code == 0) {
                break;
            }
            Operation op = Operation.ofCode(code);
            if (op == null) {
                throw new IllegalArgumentException(String.format("unknown operation opcode 0x%02x", code));
            }
            ops.add(op);
        }
        return new OperationChain(ops);
    }

    /** Parses a chain name ({@code tar.gz}, {@code tgz}, {@code tar}, {@code gzip}, {@code raw}, ...). */
    public static OperationChain parse(String name) {
        String n = name.trim().toLowerCase(Locale.ROOT);
        switch (n) {
            case "raw":
            case "none":
            case "":
                return RAW;
            case "tgz":
                return TAR_GZ;
            case "tbz2":
                return new OperationChain(List.of(Operation.TAR, Operation.BZIP2));
            case "txz":
                return new OperationChain(List.of(Operation.TAR, Operation.XZ));
            case "tar.zst":
                return new OperationChain(List.of(Operation.TAR, Operation.ZSTD));
            default:
                break;
        }
        List<Operation> ops = new ArrayList<>();
        for (String part : n.split("\\.")) {
            Operation found = null;
            for (Operation op : Operation.values()) {
                if (op.label().equals(part) || (op == Operation.GZIP && part.equals("gz"))
                        || (op == Operation.BZIP2 && part.equals("bz2")) || (op == Operation.ZSTD && part.equals("zst"))) {
                    found = op;
                }
            }
            if (found == null) {
                throw new IllegalArgumentException("unknown operation chain: " + name);
            }
            ops.add(found);
        }
        return new OperationChain(ops);
    }

    /** The flavorpack name: {@code raw}, {@code tar}, {@code gzip}, {@code tar.gz}, ... */
    public String label() {
        if (operations.isEmpty()) {
            return "raw";
        }
        if (operations.equals(TAR_GZ.operations)) {
            return "tar.gz";
        }
        StringBuilder sb = new StringBuilder();
        for (Operation op : operations) {
            if (sb.length() > 0) {
                sb.append('.');
            }
            sb.append(op.label());
        }
        return sb.toString();
    }

    public boolean supported() {
        return operations.stream().allMatch(Operation::supported);
    }

    public boolean contains(Operation op) {
        return operations.contains(op);
    }
}
