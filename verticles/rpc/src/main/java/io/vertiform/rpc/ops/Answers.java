package io.vertiform.rpc.ops;

import io.vertiform.contracts.diag.Diagnostic;
import io.vertiform.contracts.provider.ProviderAddresses;
import io.vertiform.rpc.bus.BusFailure;
import io.vertiform.rpc.bus.CancelReason;
import io.vertiform.rpc.mapping.Responses;
import io.vertx.core.Future;
import java.util.List;
import java.util.function.Supplier;

/** The diagnostics the RPC layer answers with when no component does. */
public final class Answers {

    private Answers() {
    }

    public static Diagnostic unsupported(ProviderAddresses.Family family, String typeName, String address) {
        String kind = family.displayName();
        return Diagnostic.error("Unsupported " + kind,
                "This provider does not implement the " + kind + " \"" + typeName + "\" (no component answers on "
                        + address + ").");
    }

    public static Diagnostic invalidName(ProviderAddresses.Family family, String typeName) {
        return Diagnostic.error("Invalid " + family.displayName() + " name",
                "\"" + typeName + "\" is not a valid " + family.displayName() + " name: it must start with a letter or"
                        + " underscore and contain only letters, digits, underscores and dashes.");
    }

    public static Diagnostic stopped() {
        return Diagnostic.error("Request cancelled", "Terraform asked the provider to stop; this request was abandoned.");
    }

    /** Turns a bus failure into a response; cancellations other than Stop stay failures for the gRPC layer. */
    public static <R extends Record> Future<R> recover(Throwable failure, Class<R> responseType,
                                                       Supplier<Future<R>> noHandler) {
        if (!(failure instanceof BusFailure bus)) {
            return Future.succeededFuture(Responses.withDiagnostics(responseType, List.of(Diagnostic.error(
                    "Provider internal error", String.valueOf(failure.getMessage())))));
        }
        Diagnostic diagnostic = switch (bus.kind()) {
            case NO_HANDLER -> null;
            case TIMEOUT -> Diagnostic.error("Provider component did not answer in time", bus.getMessage());
            case COMPONENT_FAILED -> Diagnostic.error("Provider component failed",
                    bus.address() + ": " + bus.getMessage());
            case WRONG_REPLY -> Diagnostic.error("Provider component answered with the wrong message", bus.getMessage());
            case CANCELLED -> bus.cancelReason() == CancelReason.STOPPED ? stopped() : null;
        };
        if (bus.kind() == BusFailure.Kind.NO_HANDLER) {
            return noHandler.get();
        }
        if (diagnostic == null) {
            return Future.failedFuture(bus);
        }
        return Future.succeededFuture(Responses.withDiagnostics(responseType, List.of(diagnostic)));
    }

    /** A response of {@code type} carrying one error diagnostic. */
    public static <R extends Record> Future<R> error(Class<R> type, Diagnostic diagnostic) {
        return Future.succeededFuture(Responses.withDiagnostics(type, List.of(diagnostic)));
    }
}
