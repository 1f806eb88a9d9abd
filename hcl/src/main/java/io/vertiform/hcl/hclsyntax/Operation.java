package io.vertiform.hcl.hclsyntax;

import io.vertiform.cty.CtyType;
import io.vertiform.hcl.function.Function;
import io.vertiform.hcl.function.Operators;

/** An operator: the function implementing it and the type of its result (hclsyntax's {@code Operation}). */
public enum Operation {
    LOGICAL_OR(Operators.OR, CtyType.BOOL),
    LOGICAL_AND(Operators.AND, CtyType.BOOL),
    LOGICAL_NOT(Operators.NOT, CtyType.BOOL),
    EQUAL(Operators.EQUAL, CtyType.BOOL),
    NOT_EQUAL(Operators.NOT_EQUAL, CtyType.BOOL),
    GREATER_THAN(Operators.GREATER_THAN, CtyType.BOOL),
    GREATER_THAN_OR_EQUAL(Operators.GREATER_THAN_OR_EQUAL_TO, CtyType.BOOL),
    LESS_THAN(Operators.LESS_THAN, CtyType.BOOL),
    LESS_THAN_OR_EQUAL(Operators.LESS_THAN_OR_EQUAL_TO, CtyType.BOOL),
    ADD(Operators.ADD, CtyType.NUMBER),
    SUBTRACT(Operators.SUBTRACT, CtyType.NUMBER),
    MULTIPLY(Operators.MULTIPLY, CtyType.NUMBER),
    DIVIDE(Operators.DIVIDE, CtyType.NUMBER),
    MODULO(Operators.MODULO, CtyType.NUMBER),
    NEGATE(Operators.NEGATE, CtyType.NUMBER);

    private final Function impl;
    private final CtyType type;

    Operation(Function impl, CtyType type) {
        this.impl = impl;
        this.type = type;
    }

    public Function impl() {
        return impl;
    }

    public CtyType type() {
        return type;
    }

    /** The binary operators of each precedence level, loosest first (hclsyntax's {@code binaryOps}). */
    static Operation binary(int level, TokenType t) {
        switch (level) {
            case 0:
                return t == TokenType.OR ? LOGICAL_OR : null;
            case 1:
                return t == TokenType.AND ? LOGICAL_AND : null;
            case 2:
                return t == TokenType.EQUAL_OP ? EQUAL : t == TokenType.NOT_EQUAL ? NOT_EQUAL : null;
            case 3:
                switch (t) {
                    case GREATER_THAN: return GREATER_THAN;
                    case GREATER_THAN_EQ: return GREATER_THAN_OR_EQUAL;
                    case LESS_THAN: return LESS_THAN;
                    case LESS_THAN_EQ: return LESS_THAN_OR_EQUAL;
                    default: return null;
                }
            case 4:
                return t == TokenType.PLUS ? ADD : t == TokenType.MINUS ? SUBTRACT : null;
            case 5:
                switch (t) {
                    case STAR: return MULTIPLY;
                    case SLASH: return DIVIDE;
                    case PERCENT: return MODULO;
                    default: return null;
                }
            default:
                return null;
        }
    }

    static final int BINARY_LEVELS = 6;
}
