package io.vertiform.hcl.function;

import io.vertiform.cty.CtyArithmetic;
import io.vertiform.cty.CtyType;
import io.vertiform.cty.CtyValue;

import java.util.List;
import java.util.function.BinaryOperator;

/** go-cty's stdlib functions behind HCL's operators (bool.go, general.go and number.go in go-cty's stdlib). */
public final class Operators {
    private Operators() {
    }

    public static final Function NOT = new Function("Applies the logical NOT operation to the given boolean value.",
            List.of(bool("val")), null, Function.staticReturnType(CtyType.BOOL), (args, ret) -> args.get(0).not());

    public static final Function AND = new Function("Applies the logical AND operation to the given boolean values.",
            List.of(bool("a"), bool("b")), null, Function.staticReturnType(CtyType.BOOL),
            (args, ret) -> args.get(0).and(args.get(1)));

    public static final Function OR = new Function("Applies the logical OR operation to the given boolean values.",
            List.of(bool("a"), bool("b")), null, Function.staticReturnType(CtyType.BOOL),
            (args, ret) -> args.get(0).or(args.get(1)));

    public static final Function EQUAL = new Function(
            "Returns true if the two given values are equal, or false otherwise.",
            List.of(anyValue("a"), anyValue("b")), null, Function.staticReturnType(CtyType.BOOL),
            (args, ret) -> args.get(0).ctyEquals(args.get(1)));

    public static final Function NOT_EQUAL = new Function(
            "Returns false if the two given values are equal, or true otherwise.",
            List.of(anyValue("a"), anyValue("b")), null, Function.staticReturnType(CtyType.BOOL),
            (args, ret) -> args.get(0).ctyEquals(args.get(1)).not());

    public static final Function GREATER_THAN = comparison(
            "Returns true if and only if the second number is greater than the first.", CtyValue::greaterThan);
    public static final Function GREATER_THAN_OR_EQUAL_TO = comparison(
            "Returns true if and only if the second number is greater than or equal to the first.",
            CtyValue::greaterThanOrEqualTo);
    public static final Function LESS_THAN = comparison(
            "Returns true if and only if the second number is less than the first.", CtyValue::lessThan);
    public static final Function LESS_THAN_OR_EQUAL_TO = comparison(
            "Returns true if and only if the second number is less than or equal to the first.",
            CtyValue::lessThanOrEqualTo);

    public static final Function ADD = arithmetic("Returns the sum of the two given numbers.",
            CtyArithmetic::add, "can't compute sum of opposing infinities");
    public static final Function SUBTRACT = arithmetic("Returns the difference between the two given numbers.",
            CtyArithmetic::subtract, "can't subtract infinity from itself");
    public static final Function MULTIPLY = arithmetic("Returns the product of the two given numbers.",
            CtyArithmetic::multiply, "can't multiply zero by infinity");
    public static final Function DIVIDE = arithmetic("Divides the first given number by the second.",
            CtyArithmetic::divide, "can't divide zero by zero or infinity by infinity");
    public static final Function MODULO = arithmetic(
            "Divides the first given number by the second and then returns the remainder.",
            CtyArithmetic::modulo, "can't use modulo with zero and infinity");

    public static final Function NEGATE = new Function("Multiplies the given number by -1.",
            List.of(Parameter.of("num", CtyType.NUMBER).allowingDynamicType().allowingMarked()), null,
            Function.staticReturnType(CtyType.NUMBER), (args, ret) -> CtyArithmetic.negate(args.get(0)));

    private static Parameter bool(String name) {
        return Parameter.of(name, CtyType.BOOL).allowingDynamicType().allowingMarked();
    }

    private static Parameter anyValue(String name) {
        return Parameter.of(name, CtyType.DYNAMIC).allowingUnknown().allowingDynamicType().allowingNull();
    }

    private static Function comparison(String description, BinaryOperator<CtyValue> op) {
        Parameter a = Parameter.of("a", CtyType.NUMBER).allowingDynamicType().allowingMarked();
        Parameter b = Parameter.of("b", CtyType.NUMBER).allowingDynamicType().allowingMarked();
        return new Function(description, List.of(a, b), null, Function.staticReturnType(CtyType.BOOL),
                (args, ret) -> op.apply(args.get(0), args.get(1)));
    }

    // go-cty's arithmetic functions turn Go's big.ErrNaN panic into an error with a fixed message.
    private static Function arithmetic(String description, BinaryOperator<CtyValue> op, String nanMessage) {
        Parameter a = Parameter.of("a", CtyType.NUMBER).allowingDynamicType();
        Parameter b = Parameter.of("b", CtyType.NUMBER).allowingDynamicType();
        return new Function(description, List.of(a, b), null, Function.staticReturnType(CtyType.NUMBER),
                (args, ret) -> {
                    try {
                        return op.apply(args.get(0), args.get(1));
                    } catch (ArithmeticException e) {
                        throw new FunctionException(nanMessage);
                    }
                });
    }
}
