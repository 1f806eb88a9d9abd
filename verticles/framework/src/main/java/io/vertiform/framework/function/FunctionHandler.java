package io.vertiform.framework.function;

import io.vertiform.cty.CtyValue;

/**
 * A provider-defined function ({@code provider::<name>::<function>(...)}, Terraform 1.8+). Arguments arrive
 * converted to the declared parameter types and checked for null and unknown as declared; the result is
 * converted to the return type. Report bad input by throwing {@link FunctionException} naming the argument.
 * Functions run without provider configuration, possibly before it; they may block.
 */
public interface FunctionHandler {

    FunctionDefinition definition();

    CtyValue call(FunctionCall call);
}
