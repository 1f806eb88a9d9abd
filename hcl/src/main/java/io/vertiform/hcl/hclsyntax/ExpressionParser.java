package io.vertiform.hcl.hclsyntax;

import io.vertiform.cty.CtyValue;
import io.vertiform.hcl.Diagnostic;
import io.vertiform.hcl.Diagnostics;
import io.vertiform.hcl.Range;
import io.vertiform.hcl.Traversal;
import io.vertiform.hcl.Traverser;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Expression parsing: conditionals, binary operators by precedence level, unary operators, traversals (attribute,
 * index, legacy {@code .0} index and splats), and terms. Every method returns a tree even after errors; see
 * {@link Parsed}.
 */
abstract class ExpressionParser extends ParserBase {

    /** A parsed node with the diagnostics produced on the way. */
    record Parsed<T>(T node, Diagnostics diags) {
        static <T> Parsed<T> of(T node) {
            return new Parsed<>(node, new Diagnostics());
        }

        boolean hasErrors() {
            return diags.hasErrors();
        }
    }

    private final ParseOptions options;

    ExpressionParser(List<Token> tokens, ParseOptions options) {
        super(tokens);
        this.options = options;
    }

    abstract TemplateParser.Inner parseTemplateInner(TokenType end, boolean flushHeredoc);

    Parsed<Expr> parseExpression() {
        return parseTernaryConditional();
    }

    private Parsed<Expr> parseTernaryConditional() {
        Range startRange = nextRange();
        Diagnostics diags = new Diagnostics();
        Parsed<Expr> cond = parseBinaryOps(0);
        diags.addAll(cond.diags);
        if (recovery && cond.hasErrors()) {
            return new Parsed<>(cond.node, diags);
        }
        if (peek().type != TokenType.QUESTION) {
            return new Parsed<>(cond.node, diags);
        }
        read();
        Parsed<Expr> t = parseExpression();
        diags.addAll(t.diags);
        if (recovery && t.hasErrors()) {
            return new Parsed<>(cond.node, diags);
        }
        Token colon = peek();
        if (colon.type != TokenType.COLON) {
            diags.add(Diagnostic.error("Missing false expression in conditional",
                    "The conditional operator (...?...:...) requires a false expression, delimited by a colon.",
                    colon.range, Range.between(startRange, colon.range)));
            return new Parsed<>(cond.node, diags);
        }
        read();
        Parsed<Expr> f = parseExpression();
        diags.addAll(f.diags);
        if (recovery && f.hasErrors()) {
            return new Parsed<>(cond.node, diags);
        }
        return new Parsed<>(new ConditionalExpr(cond.node, t.node, f.node, Range.between(startRange, f.node.range())),
                diags);
    }

    /** Operators of precedence {@code level} and tighter, left-associative within a level. */
    private Parsed<Expr> parseBinaryOps(int level) {
        if (level == Operation.BINARY_LEVELS) {
            return parseExpressionWithTraversals();
        }
        Diagnostics diags = new Diagnostics();
        Parsed<Expr> first = parseBinaryOps(level + 1);
        diags.addAll(first.diags);
        Expr lhs = first.node;
        if (recovery && first.hasErrors()) {
            return new Parsed<>(lhs, diags);
        }
        Operation operation = null;
        Expr rhs = null;
        while (true) {
            Operation newOp = Operation.binary(level, peek().type);
            if (newOp == null) {
                break;
            }
            if (operation != null) {
                lhs = new BinaryOpExpr(lhs, operation, rhs, Range.between(lhs.range(), rhs.range()));
            }
            operation = newOp;
            read();
            Parsed<Expr> r = parseBinaryOps(level + 1);
            diags.addAll(r.diags);
            rhs = r.node;
            if (recovery && r.hasErrors()) {
                return new Parsed<>(lhs, diags);
            }
        }
        if (operation == null) {
            return new Parsed<>(lhs, diags);
        }
        return new Parsed<>(new BinaryOpExpr(lhs, operation, rhs, Range.between(lhs.range(), rhs.range())), diags);
    }

    Parsed<Expr> parseExpressionWithTraversals() {
        Parsed<Expr> term = parseExpressionTerm();
        Parsed<Expr> ret = parseExpressionTraversals(term.node);
        return new Parsed<>(ret.node, term.diags.addAll(ret.diags));
    }

    private Parsed<Expr> parseExpressionTraversals(Expr from) {
        Diagnostics diags = new Diagnostics();
        Expr ret = from;
        traversal:
        while (true) {
            Token next = peek();
            switch (next.type) {
                case DOT: {
                    Token dot = read();
                    Token attrTok = peek();
                    switch (attrTok.type) {
                        case IDENT: {
                            attrTok = read();
                            Range rng = Range.between(dot.range, attrTok.range);
                            ret = makeRelativeTraversal(ret, new Traverser.Attr(attrTok.text(), rng), rng);
                            break;
                        }
                        case NUMBER_LIT: {
                            // HIL's legacy index syntax: foo.0 means foo[0].
                            Token numTok = read();
                            int dotIdx = indexOfDot(numTok);
                            Range rng = Range.between(dot.range, numTok.range);
                            if (dotIdx >= 0) {
                                diags.add(Diagnostic.error("Invalid legacy index syntax", "When using the legacy "
                                        + "index syntax, chaining two indexes together is not permitted. Use the "
                                        + "proper index syntax instead, like [" + numPart(numTok, 0, dotIdx) + "]["
                                        + numPart(numTok, dotIdx + 1, numTok.length()) + "].", numTok.range));
                                ret = makeRelativeTraversal(ret, new Traverser.Index(CtyValue.DYNAMIC_VAL, rng), rng);
                                break;
                            }
                            Parsed<CtyValue> num = numberLitValue(numTok);
                            diags.addAll(num.diags);
                            ret = makeRelativeTraversal(ret, new Traverser.Index(num.node, rng), rng);
                            break;
                        }
                        case STAR: {
                            Parsed<Expr> splat = attributeOnlySplat(from, ret, dot, attrTok);
                            diags.addAll(splat.diags);
                            if (splat.node == null) {
                                continue traversal;
                            }
                            ret = splat.node;
                            break;
                        }
                        default:
                            diags.add(Diagnostic.error("Invalid attribute name", "An attribute name is required after "
                                    + "a dot.", attrTok.range));
                            // The peeker is left somewhere unhelpful; later items will resync as they can.
                            setRecovery();
                    }
                    break;
                }
                case O_BRACK: {
                    Token open = read();
                    if (peek().type == TokenType.STAR) {
                        // A full splat: the rest of the traversal applies to each element.
                        read();
                        Token close = read();
                        if (close.type != TokenType.C_BRACK && !recovery) {
                            close = recover(TokenType.C_BRACK);
                            // hclsyntax points the subject at its variable, which recovery has just updated.
                            diags.add(Diagnostic.error("Missing close bracket on splat index", "The star for a full "
                                    + "splat operator must be immediately followed by a closing bracket (\"]\").",
                                    close.range));
                        }
                        AnonSymbolExpr item = new AnonSymbolExpr(Range.between(open.range, close.range));
                        Parsed<Expr> trav = parseExpressionTraversals(item);
                        diags.addAll(trav.diags);
                        ret = new SplatExpr(ret, trav.node, item, Range.between(from.range(), trav.node.range()),
                                Range.between(open.range, close.range));
                        break;
                    }
                    Token close;
                    pushIncludeNewlines(false);
                    Parsed<Expr> key = parseExpression();
                    diags.addAll(key.diags);
                    if (recovery && key.hasErrors()) {
                        close = recover(TokenType.C_BRACK);
                    } else {
                        close = read();
                        if (close.type != TokenType.C_BRACK && !recovery) {
                            close = recover(TokenType.C_BRACK);
                            // As above: the subject is the token recovery ended at.
                            diags.add(Diagnostic.error("Missing close bracket on index",
                                    "The index operator must end with a closing bracket (\"]\").", close.range));
                        }
                    }
                    popIncludeNewlines();
                    Range rng = Range.between(open.range, close.range);
                    if (key.node instanceof LiteralValueExpr lit) {
                        ret = makeRelativeTraversal(ret, new Traverser.Index(lit.val(), rng), rng);
                    } else if (key.node instanceof TemplateExpr tmpl && tmpl.isStringLiteral()) {
                        ret = makeRelativeTraversal(ret, new Traverser.Index(tmpl.value(null).value(), rng), rng);
                    } else {
                        ret = new IndexExpr(ret, key.node, Range.between(from.range(), rng), open.range, rng);
                    }
                    break;
                }
                default:
                    break traversal;
            }
        }
        return new Parsed<>(ret, diags);
    }

    /**
     * {@code .*} followed by attribute (or legacy numeric index) steps, which apply to each element. Returns a null
     * node when it had to give up (recovery is set then).
     */
    private Parsed<Expr> attributeOnlySplat(Expr from, Expr ret, Token dot, Token attrTok) {
        Diagnostics diags = new Diagnostics();
        Token marker = read();
        List<Traverser> trav = new ArrayList<>();
        Range firstRange = nextRange();
        Range lastRange = marker.range;
        while (peek().type == TokenType.DOT) {
            Token stepDot = read();
            if (peek().type == TokenType.NUMBER_LIT) {
                Token numTok = read();
                Range rng = Range.between(stepDot.range, numTok.range);
                int dotIdx = indexOfDot(numTok);
                if (dotIdx >= 0) {
                    // hclsyntax points this one at the star, not at the number.
                    diags.add(Diagnostic.error("Invalid legacy index syntax", "When using the legacy index syntax, "
                            + "chaining two indexes together is not permitted. Use the proper index syntax with a full "
                            + "splat expression [*] instead, like [" + numPart(numTok, 0, dotIdx) + "]["
                            + numPart(numTok, dotIdx + 1, numTok.length()) + "].", attrTok.range));
                    trav.add(new Traverser.Index(CtyValue.DYNAMIC_VAL, rng));
                    lastRange = numTok.range;
                    continue;
                }
                Parsed<CtyValue> num = numberLitValue(numTok);
                diags.addAll(num.diags);
                trav.add(new Traverser.Index(num.node, rng));
                lastRange = numTok.range;
                continue;
            }
            if (peek().type != TokenType.IDENT) {
                if (!recovery) {
                    if (peek().type == TokenType.STAR) {
                        diags.add(Diagnostic.error("Nested splat expression not allowed", "A splat expression (*) "
                                + "cannot be used inside another attribute-only splat expression.", peek().range));
                    } else {
                        diags.add(Diagnostic.error("Invalid attribute name", "An attribute name is required after a "
                                + "dot.", attrTok.range));
                    }
                }
                setRecovery();
                return new Parsed<>(null, diags);
            }
            Token name = read();
            trav.add(new Traverser.Attr(name.text(), Range.between(stepDot.range, name.range)));
            lastRange = name.range;
        }
        AnonSymbolExpr item = new AnonSymbolExpr(Range.between(dot.range, marker.range));
        Expr each = trav.isEmpty() ? item
                : new RelativeTraversalExpr(item, new Traversal(trav), Range.between(firstRange, lastRange));
        return new Parsed<>(new SplatExpr(ret, each, item, Range.between(from.range(), lastRange),
                Range.between(dot.range, marker.range)), diags);
    }

    /** Extends a traversal expression in place, or wraps any other expression in a relative traversal. */
    private static Expr makeRelativeTraversal(Expr expr, Traverser next, Range rng) {
        if (expr instanceof ScopeTraversalExpr t) {
            t.append(next, rng);
            return t;
        }
        if (expr instanceof RelativeTraversalExpr t) {
            t.append(next, rng);
            return t;
        }
        return new RelativeTraversalExpr(expr, Traversal.of(next), Range.between(expr.range(), rng));
    }

    private static int indexOfDot(Token tok) {
        for (int i = 0; i < tok.length(); i++) {
            if (tok.byteAt(i) == '.') {
                return i;
            }
        }
        return -1;
    }

    private static String numPart(Token tok, int from, int to) {
        return new String(tok.src, tok.from + from, to - from, StandardCharsets.UTF_8);
    }

    private Parsed<Expr> parseExpressionTerm() {
        Token start = peek();
        switch (start.type) {
            case O_PAREN: {
                Token oParen = read();
                pushIncludeNewlines(false);
                Parsed<Expr> expr = parseExpression();
                Diagnostics diags = expr.diags;
                if (diags.hasErrors()) {
                    // Try to land after our closing paren so the next parser has a chance.
                    recover(TokenType.C_PAREN);
                    popIncludeNewlines();
                    return expr;
                }
                Token close = peek();
                if (close.type != TokenType.C_PAREN) {
                    diags.add(Diagnostic.error("Unbalanced parentheses",
                            "Expected a closing parenthesis to terminate the expression.", close.range,
                            Range.between(start.range, close.range)));
                    setRecovery();
                }
                Token cParen = read();
                popIncludeNewlines();
                return new Parsed<>(new ParenthesesExpr(expr.node, Range.between(oParen.range, cParen.range)), diags);
            }
            case NUMBER_LIT: {
                Token tok = read();
                Parsed<CtyValue> num = numberLitValue(tok);
                return new Parsed<>(new LiteralValueExpr(num.node, tok.range), num.diags);
            }
            case IDENT: {
                Token tok = read();
                if (peek().type == TokenType.O_PAREN || atNamespaceSeparator()) {
                    return finishParsingFunctionCall(tok);
                }
                if (tok.textEquals("true")) {
                    return Parsed.of(new LiteralValueExpr(CtyValue.TRUE, tok.range));
                }
                if (tok.textEquals("false")) {
                    return Parsed.of(new LiteralValueExpr(CtyValue.FALSE, tok.range));
                }
                if (tok.textEquals("null")) {
                    return Parsed.of(new LiteralValueExpr(CtyValue.nullVal(io.vertiform.cty.CtyType.DYNAMIC),
                            tok.range));
                }
                return Parsed.of(new ScopeTraversalExpr(Traversal.of(new Traverser.Root(tok.text(), tok.range)),
                        tok.range));
            }
            case O_QUOTE, O_HEREDOC: {
                Token open = read();
                TokenType closer = oppositeBracket(open.type);
                boolean flush = open.type == TokenType.O_HEREDOC && open.length() > 2 && open.byteAt(2) == '-';
                TemplateParser.Inner inner = parseTemplateInner(closer, flush);
                Range closeRange = prevRange();
                Range rng = Range.between(open.range, closeRange);
                if (inner.passthru()) {
                    return new Parsed<>(new TemplateWrapExpr(inner.exprs().get(0), rng), inner.diags());
                }
                return new Parsed<>(new TemplateExpr(inner.exprs(), rng), inner.diags());
            }
            case MINUS, BANG: {
                Token tok = read();
                // Only the term and its traversals: -46+5 is (-46)+5.
                Parsed<Expr> operand = parseExpressionWithTraversals();
                Operation op = start.type == TokenType.MINUS ? Operation.NEGATE : Operation.LOGICAL_NOT;
                return new Parsed<>(new UnaryOpExpr(op, operand.node, Range.between(tok.range, operand.node.range()),
                        tok.range), operand.diags);
            }
            case O_BRACK:
                return parseTupleCons();
            case O_BRACE:
                return parseObjectCons();
            default: {
                Diagnostics diags = new Diagnostics();
                if (!recovery) {
                    if (start.type == TokenType.EOF) {
                        diags.add(Diagnostic.error("Missing expression",
                                "Expected the start of an expression, but found the end of the file.", start.range));
                    } else {
                        diags.add(Diagnostic.error("Invalid expression", "Expected the start of an expression, but "
                                + "found an invalid expression token.", start.range));
                    }
                }
                setRecovery();
                // A placeholder keeps the tree structurally sound.
                return new Parsed<>(new LiteralValueExpr(CtyValue.DYNAMIC_VAL, start.range), diags);
            }
        }
    }

    static Parsed<CtyValue> numberLitValue(Token tok) {
        try {
            return Parsed.of(CtyValue.parseNumberVal(tok.text()));
        } catch (NumberFormatException e) {
            return new Parsed<>(CtyValue.unknownVal(io.vertiform.cty.CtyType.NUMBER), new Diagnostics().add(
                    Diagnostic.error("Invalid number literal", "Failed to recognize the value of this number literal.",
                            tok.range)));
        }
    }

    /** {@code ::} of a namespaced function name, when the options allow them. */
    private boolean atNamespaceSeparator() {
        return options.functionNamespaces() && atDoubleColon();
    }

    private Parsed<Expr> finishParsingFunctionCall(Token name) {
        Diagnostics diags = new Diagnostics();
        // A namespaced name (hcl 2.20+): the segments joined with "::" make the function's name, as upstream keeps it.
        StringBuilder fullName = new StringBuilder(name.text());
        Range nameRange = name.range;
        while (atNamespaceSeparator()) {
            read();
            read();
            Token segment = read();
            if (segment.type != TokenType.IDENT) {
                diags.add(Diagnostic.error("Missing function name", "Function scope resolution symbol :: must be "
                        + "followed by a function name in this scope.", segment.range,
                        Range.between(name.range, segment.range)));
                Token close = segment.type == TokenType.O_PAREN ? recover(TokenType.C_PAREN) : segment;
                return new Parsed<>(new LiteralValueExpr(CtyValue.DYNAMIC_VAL, Range.between(name.range, close.range)),
                        diags);
            }
            fullName.append("::").append(segment.text());
            nameRange = Range.between(name.range, segment.range);
        }
        if (peek().type != TokenType.O_PAREN) {
            Token next = read();
            diags.add(Diagnostic.error("Missing open parenthesis", "Function selector must be followed by an open "
                    + "parenthesis to begin the function call.", next.range, Range.between(name.range, next.range)));
            setRecovery();
            return new Parsed<>(new LiteralValueExpr(CtyValue.DYNAMIC_VAL, Range.between(name.range, next.range)),
                    diags);
        }
        Token openTok = read();
        List<Expr> args = new ArrayList<>();
        boolean expandFinal = false;
        Token closeTok;
        pushIncludeNewlines(false);
        while (true) {
            if (peek().type == TokenType.C_PAREN) {
                closeTok = read();
                break;
            }
            Parsed<Expr> arg = parseExpression();
            args.add(arg.node);
            diags.addAll(arg.diags);
            if (recovery && arg.hasErrors()) {
                // Probably lost in the token stream: give up on the remaining arguments.
                closeTok = recover(TokenType.C_PAREN);
                break;
            }
            Token sep = read();
            if (sep.type == TokenType.C_PAREN) {
                closeTok = sep;
                break;
            }
            if (sep.type == TokenType.ELLIPSIS) {
                expandFinal = true;
                if (peek().type != TokenType.C_PAREN) {
                    if (!recovery) {
                        diags.add(Diagnostic.error("Missing closing parenthesis", "An expanded function argument "
                                + "(with ...) must be immediately followed by closing parentheses.", sep.range,
                                Range.between(name.range, sep.range)));
                    }
                    closeTok = recover(TokenType.C_PAREN);
                } else {
                    closeTok = read();
                }
                break;
            }
            if (sep.type != TokenType.COMMA) {
                if (sep.type == TokenType.EOF) {
                    diags.add(Diagnostic.error("Unterminated function call", "There is no closing parenthesis for "
                            + "this function call before the end of the file. This may be caused by incorrect "
                            + "parethesis nesting elsewhere in this file.", Range.between(name.range, openTok.range)));
                } else {
                    diags.add(Diagnostic.error("Missing argument separator", "A comma is required to separate each "
                            + "function argument from the next.", sep.range, Range.between(name.range, sep.range)));
                }
                closeTok = recover(TokenType.C_PAREN);
                break;
            }
            if (peek().type == TokenType.C_PAREN) {
                // A trailing comma after the last argument.
                closeTok = read();
                break;
            }
        }
        popIncludeNewlines();
        return new Parsed<>(new FunctionCallExpr(fullName.toString(), args, expandFinal, nameRange, openTok.range,
                closeTok.range), diags);
    }

    private Parsed<Expr> parseTupleCons() {
        Token open = read();
        pushIncludeNewlines(false);
        try {
            if (isKeyword(peek(), "for")) {
                return finishParsingForExpr(open);
            }
            Token close;
            Diagnostics diags = new Diagnostics();
            List<Expr> exprs = new ArrayList<>();
            while (true) {
                Token next = peek();
                if (next.type == TokenType.C_BRACK) {
                    close = read();
                    break;
                }
                Parsed<Expr> expr = parseExpression();
                exprs.add(expr.node);
                diags.addAll(expr.diags);
                if (recovery && expr.hasErrors()) {
                    close = recover(TokenType.C_BRACK);
                    break;
                }
                next = peek();
                if (next.type == TokenType.C_BRACK) {
                    close = read();
                    break;
                }
                if (next.type != TokenType.COMMA) {
                    if (!recovery) {
                        if (next.type == TokenType.EOF) {
                            diags.add(Diagnostic.error("Unterminated tuple constructor expression", "There is no "
                                    + "corresponding closing bracket before the end of the file. This may be caused "
                                    + "by incorrect bracket nesting elsewhere in this file.", open.range));
                        } else {
                            diags.add(Diagnostic.error("Missing item separator",
                                    "Expected a comma to mark the beginning of the next item.", next.range,
                                    Range.between(open.range, next.range)));
                        }
                    }
                    close = recover(TokenType.C_BRACK);
                    break;
                }
                read();
            }
            return new Parsed<>(new TupleConsExpr(exprs, Range.between(open.range, close.range), open.range), diags);
        } finally {
            popIncludeNewlines();
        }
    }

    private Parsed<Expr> parseObjectCons() {
        Token open = read();
        // "for" expressions are not newline-sensitive even though object constructors are.
        pushIncludeNewlines(false);
        boolean isFor = isKeyword(peek(), "for");
        popIncludeNewlines();
        if (isFor) {
            return finishParsingForExpr(open);
        }
        pushIncludeNewlines(true);
        try {
            Token close;
            Diagnostics diags = new Diagnostics();
            List<ObjectConsExpr.Item> items = new ArrayList<>();
            while (true) {
                Token next = peek();
                if (next.type == TokenType.NEWLINE) {
                    read();
                    continue;
                }
                if (next.type == TokenType.C_BRACE) {
                    close = read();
                    break;
                }
                // Parentheses force the key to be an expression rather than a literal name.
                boolean forceNonLiteral = peek().type == TokenType.O_PAREN;
                Parsed<Expr> key = parseExpression();
                diags.addAll(key.diags);
                if (recovery && key.hasErrors()) {
                    close = recover(TokenType.C_BRACE);
                    break;
                }
                ObjectConsKeyExpr keyExpr = new ObjectConsKeyExpr(key.node, forceNonLiteral);
                next = peek();
                if (next.type != TokenType.EQUAL && next.type != TokenType.COLON) {
                    if (!recovery) {
                        switch (next.type) {
                            case NEWLINE, COMMA -> diags.add(Diagnostic.error("Missing attribute value",
                                    "Expected an attribute value, introduced by an equals sign (\"=\").", next.range,
                                    Range.between(open.range, next.range)));
                            case IDENT -> diags.add(Diagnostic.error("Missing key/value separator", "Expected an "
                                    + "equals sign (\"=\") to mark the beginning of the attribute value. If you "
                                    + "intended to given an attribute name containing periods or spaces, write the "
                                    + "name in quotes to create a string literal.", next.range,
                                    Range.between(open.range, next.range)));
                            case EOF -> diags.add(Diagnostic.error("Unterminated object constructor expression",
                                    "There is no corresponding closing brace before the end of the file. This may be "
                                            + "caused by incorrect brace nesting elsewhere in this file.", open.range));
                            default -> diags.add(Diagnostic.error("Missing key/value separator", "Expected an equals "
                                    + "sign (\"=\") to mark the beginning of the attribute value.", next.range,
                                    Range.between(open.range, next.range)));
                        }
                    }
                    close = recover(TokenType.C_BRACE);
                    break;
                }
                read();
                Parsed<Expr> value = parseExpression();
                diags.addAll(value.diags);
                if (recovery && value.hasErrors()) {
                    close = recover(TokenType.C_BRACE);
                    break;
                }
                items.add(new ObjectConsExpr.Item(keyExpr, value.node));
                next = peek();
                if (next.type == TokenType.C_BRACE) {
                    close = read();
                    break;
                }
                if (next.type != TokenType.COMMA && next.type != TokenType.NEWLINE) {
                    if (!recovery) {
                        if (next.type == TokenType.EOF) {
                            diags.add(Diagnostic.error("Unterminated object constructor expression", "There is no "
                                    + "corresponding closing brace before the end of the file. This may be caused by "
                                    + "incorrect brace nesting elsewhere in this file.", open.range));
                        } else {
                            diags.add(Diagnostic.error("Missing attribute separator", "Expected a newline or comma to "
                                    + "mark the beginning of the next attribute.", next.range,
                                    Range.between(open.range, next.range)));
                        }
                    }
                    close = recover(TokenType.C_BRACE);
                    break;
                }
                read();
            }
            return new Parsed<>(new ObjectConsExpr(items, Range.between(open.range, close.range), open.range), diags);
        } finally {
            popIncludeNewlines();
        }
    }

    private Parsed<Expr> forError(Token open, TokenType closeType, Diagnostics diags, String detail) {
        if (!recovery) {
            Token at = peek();
            diags.add(Diagnostic.error("Invalid 'for' expression", detail, at.range, Range.between(open.range,
                    at.range)));
        }
        return forPlaceholder(open, closeType, diags);
    }

    private Parsed<Expr> forPlaceholder(Token open, TokenType closeType, Diagnostics diags) {
        Token close = recover(closeType);
        return new Parsed<>(new LiteralValueExpr(CtyValue.DYNAMIC_VAL, Range.between(open.range, close.range)), diags);
    }

    private Parsed<Expr> finishParsingForExpr(Token open) {
        pushIncludeNewlines(false);
        try {
            read(); // "for"
            boolean makeObj = open.type == TokenType.O_BRACE;
            TokenType closeType = makeObj ? TokenType.C_BRACE : TokenType.C_BRACK;
            Diagnostics diags = new Diagnostics();
            String keyName = "";
            if (peek().type != TokenType.IDENT) {
                return forError(open, closeType, diags, "For expression requires variable name after 'for'.");
            }
            String valName = read().text();
            if (peek().type == TokenType.COMMA) {
                keyName = valName;
                read();
                if (peek().type != TokenType.IDENT) {
                    return forError(open, closeType, diags,
                            "For expression requires value variable name after comma.");
                }
                valName = read().text();
            }
            if (!isKeyword(peek(), "in")) {
                return forError(open, closeType, diags,
                        "For expression requires the 'in' keyword after its name declarations.");
            }
            read();
            Parsed<Expr> coll = parseExpression();
            diags.addAll(coll.diags);
            if (recovery && coll.hasErrors()) {
                return forPlaceholder(open, closeType, diags);
            }
            if (peek().type != TokenType.COLON) {
                return forError(open, closeType, diags,
                        "For expression requires a colon after the collection expression.");
            }
            read();
            Parsed<Expr> keyExpr = null;
            Parsed<Expr> valExpr = parseExpression();
            if (peek().type == TokenType.FAT_ARROW) {
                read();
                keyExpr = valExpr;
                valExpr = parseExpression();
            }
            if (keyExpr != null) {
                diags.addAll(keyExpr.diags);
            }
            diags.addAll(valExpr.diags);
            if (recovery && ((keyExpr != null && keyExpr.hasErrors()) || valExpr.hasErrors())) {
                return forPlaceholder(open, closeType, diags);
            }
            boolean group = false;
            Token ellipsis = null;
            if (peek().type == TokenType.ELLIPSIS) {
                ellipsis = read();
                group = true;
            }
            Parsed<Expr> cond = null;
            if (isKeyword(peek(), "if")) {
                read();
                cond = parseExpression();
                diags.addAll(cond.diags);
                if (recovery && cond.hasErrors()) {
                    return forPlaceholder(open, closeType, diags);
                }
            }
            Token close;
            if (peek().type == closeType) {
                close = read();
            } else {
                if (!recovery) {
                    Token at = peek();
                    diags.add(Diagnostic.error("Invalid 'for' expression",
                            "Extra characters after the end of the 'for' expression.", at.range,
                            Range.between(open.range, at.range)));
                }
                close = recover(closeType);
            }
            Range whole = Range.between(open.range, close.range);
            if (!makeObj) {
                if (keyExpr != null) {
                    diags.add(Diagnostic.error("Invalid 'for' expression",
                            "Key expression is not valid when building a tuple.", keyExpr.node.range(), whole));
                }
                if (group) {
                    diags.add(Diagnostic.error("Invalid 'for' expression",
                            "Grouping ellipsis (...) cannot be used when building a tuple.", ellipsis.range, whole));
                }
            } else if (keyExpr == null) {
                diags.add(Diagnostic.error("Invalid 'for' expression",
                        "Key expression is required when building an object.", valExpr.node.range(), whole));
            }
            return new Parsed<>(new ForExpr(keyName, valName, coll.node, keyExpr == null ? null : keyExpr.node,
                    valExpr.node, cond == null ? null : cond.node, group, whole, open.range, close.range), diags);
        } finally {
            popIncludeNewlines();
        }
    }
}
