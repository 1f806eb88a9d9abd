package io.vertiform.contracts.provider;

import java.util.List;

/**
 * Calls a provider-defined function; sent to {@code vertiform.provider.function.<name>.call}.
 */
public final class CallFunction {

    public record Request(String name, List<DynamicValue> arguments) {
        public Request {
            name = Values.text(name);
            arguments = Values.list(arguments);
        }
    }

    /**
     * @param error null on success
     */
    public record Response(DynamicValue result, FunctionError error) {
    }

    private CallFunction() {
    }
}
