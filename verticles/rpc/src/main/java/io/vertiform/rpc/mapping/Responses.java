package io.vertiform.rpc.mapping;

import io.vertiform.contracts.diag.Diagnostic;
import io.vertiform.contracts.provider.FunctionError;
import io.vertiform.contracts.provider.wire.RecordShape;
import java.util.List;

/** Builds any neutral response record that carries nothing but diagnostics (the RPC layer's own answers). */
public final class Responses {

    private Responses() {
    }

    /**
     * A {@code type} whose diagnostics are {@code diagnostics} and whose other fields are absent. Responses
     * without a diagnostics list report through their error field instead: {@link FunctionError} for function
     * calls, the error string of StopProvider.
     */
    public static <R extends Record> R withDiagnostics(Class<R> type, List<Diagnostic> diagnostics) {
        RecordShape<R> shape = RecordShape.of(type);
        Object[] values = new Object[shape.components().size()];
        boolean placed = false;
        for (RecordShape.Component c : shape.components()) {
            Object value = ProtoRecords.defaultFor(c.type());
            if (c.type() == List.class && c.name().equals("diagnostics")) {
                value = diagnostics;
                placed = true;
            } else if (c.type() == FunctionError.class) {
                value = new FunctionError(text(diagnostics), null);
                placed = true;
            } else if (c.type() == String.class && c.name().equals("error")) {
                value = text(diagnostics);
                placed = true;
            }
            values[c.index()] = value;
        }
        if (!placed) {
            throw new IllegalArgumentException(type.getName() + " has no place for diagnostics");
        }
        return shape.construct(values);
    }

    /** Diagnostics as one line each, for fields that only take text. */
    public static String text(List<Diagnostic> diagnostics) {
        StringBuilder out = new StringBuilder();
        for (Diagnostic d : diagnostics) {
            if (out.length() > 0) {
                out.append('\n');
            }
            out.append(d.summary());
            if (!d.detail().isEmpty()) {
                out.append(": ").append(d.detail());
            }
        }
        return out.toString();
    }
}
