package io.vertiform.contracts.provider.wire;

import io.vertiform.contracts.codec.ContractCodecException;
import io.vertiform.contracts.codec.WireFormat;
import io.vertiform.contracts.diag.AttributePath;
import java.util.List;

/**
 * Wire form of {@link AttributePath}: a list of steps, each {@code [kind, name-or-key, index]} with kind 0 for an
 * attribute name, 1 for a string key and 2 for an integer index (its steps are a sealed interface, which the
 * record-derived formats cannot describe).
 */
final class AttributePathWire {

    private record Step(int kind, String text, long index) {
    }

    private static final WireFormat<Step> STEP = WireFormat.of(Step.class, "vertiform.contracts.diag.AttributePath.Step", 3,
            (out, s) -> out.int32(s.kind).string(s.text).int64(s.index),
            in -> new Step(in.int32(), in.string(), in.int64()));

    static final WireFormat<AttributePath> FORMAT = WireFormat.of(AttributePath.class,
            "vertiform.contracts.diag.AttributePath", 1,
            (out, path) -> out.list(path.steps().stream().map(AttributePathWire::toStep).toList(), STEP),
            in -> {
                List<Step> steps = in.list(STEP);
                AttributePath path = AttributePath.EMPTY;
                for (Step s : steps == null ? List.<Step>of() : steps) {
                    path = switch (s.kind) {
                        case 0 -> path.attribute(s.text);
                        case 1 -> path.key(s.text);
                        case 2 -> path.index(s.index);
                        default -> throw new ContractCodecException("AttributePath: unknown step kind " + s.kind);
                    };
                }
                return path;
            });

    private AttributePathWire() {
    }

    private static Step toStep(AttributePath.Step step) {
        if (step instanceof AttributePath.AttributeName a) {
            return new Step(0, a.name(), 0);
        }
        if (step instanceof AttributePath.ElementKeyString k) {
            return new Step(1, k.key(), 0);
        }
        return new Step(2, null, ((AttributePath.ElementKeyInt) step).index());
    }
}
