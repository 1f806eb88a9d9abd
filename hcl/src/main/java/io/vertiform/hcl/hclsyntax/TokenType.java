package io.vertiform.hcl.hclsyntax;

/**
 * Token kinds of the native syntax scanner. {@link #goName()} is hclsyntax's {@code TokenType.String()}, which the
 * differential tests compare.
 */
public enum TokenType {
    O_BRACE("TokenOBrace"),
    C_BRACE("TokenCBrace"),
    O_BRACK("TokenOBrack"),
    C_BRACK("TokenCBrack"),
    O_PAREN("TokenOParen"),
    C_PAREN("TokenCParen"),
    O_QUOTE("TokenOQuote"),
    C_QUOTE("TokenCQuote"),
    O_HEREDOC("TokenOHeredoc"),
    C_HEREDOC("TokenCHeredoc"),

    STAR("TokenStar"),
    SLASH("TokenSlash"),
    PLUS("TokenPlus"),
    MINUS("TokenMinus"),
    PERCENT("TokenPercent"),

    EQUAL("TokenEqual"),
    EQUAL_OP("TokenEqualOp"),
    NOT_EQUAL("TokenNotEqual"),
    LESS_THAN("TokenLessThan"),
    LESS_THAN_EQ("TokenLessThanEq"),
    GREATER_THAN("TokenGreaterThan"),
    GREATER_THAN_EQ("TokenGreaterThanEq"),

    AND("TokenAnd"),
    OR("TokenOr"),
    BANG("TokenBang"),

    DOT("TokenDot"),
    COMMA("TokenComma"),

    ELLIPSIS("TokenEllipsis"),
    FAT_ARROW("TokenFatArrow"),

    QUESTION("TokenQuestion"),
    COLON("TokenColon"),

    TEMPLATE_INTERP("TokenTemplateInterp"),
    TEMPLATE_CONTROL("TokenTemplateControl"),
    TEMPLATE_SEQ_END("TokenTemplateSeqEnd"),

    /** A quoted string fragment; may contain backslash escapes. */
    QUOTED_LIT("TokenQuotedLit"),
    /** A heredoc or bare template fragment; backslashes are literal. */
    STRING_LIT("TokenStringLit"),
    NUMBER_LIT("TokenNumberLit"),
    IDENT("TokenIdent"),

    COMMENT("TokenComment"),

    NEWLINE("TokenNewline"),
    EOF("TokenEOF"),

    // Recognized only to produce helpful diagnostics.
    BITWISE_AND("TokenBitwiseAnd"),
    BITWISE_OR("TokenBitwiseOr"),
    BITWISE_NOT("TokenBitwiseNot"),
    BITWISE_XOR("TokenBitwiseXor"),
    APOSTROPHE("TokenApostrophe"),
    BACKTICK("TokenBacktick"),
    SEMICOLON("TokenSemicolon"),
    INVALID("TokenInvalid"),
    BAD_UTF8("TokenBadUTF8"),
    QUOTED_NEWLINE("TokenQuotedNewline"),

    /** Placeholder where a token is required but none exists; the scanner never produces it. */
    NIL("TokenNil");

    private static final TokenType[] SELF = new TokenType[128];

    static {
        SELF['['] = O_BRACK;
        SELF[']'] = C_BRACK;
        SELF['('] = O_PAREN;
        SELF[')'] = C_PAREN;
        SELF['.'] = DOT;
        SELF[','] = COMMA;
        SELF['*'] = STAR;
        SELF['/'] = SLASH;
        SELF['%'] = PERCENT;
        SELF['+'] = PLUS;
        SELF['-'] = MINUS;
        SELF['='] = EQUAL;
        SELF['<'] = LESS_THAN;
        SELF['>'] = GREATER_THAN;
        SELF['!'] = BANG;
        SELF['?'] = QUESTION;
        SELF[':'] = COLON;
        SELF['\n'] = NEWLINE;
        SELF['&'] = BITWISE_AND;
        SELF['|'] = BITWISE_OR;
        SELF['~'] = BITWISE_NOT;
        SELF['^'] = BITWISE_XOR;
        SELF[';'] = SEMICOLON;
        SELF['`'] = BACKTICK;
        SELF['\''] = APOSTROPHE;
    }

    private final String goName;

    TokenType(String goName) {
        this.goName = goName;
    }

    public String goName() {
        return goName;
    }

    /** The single-character token a byte stands for in the main scanner state, or null. */
    static TokenType selfToken(int b) {
        return b >= 0 && b < 128 ? SELF[b] : null;
    }
}
