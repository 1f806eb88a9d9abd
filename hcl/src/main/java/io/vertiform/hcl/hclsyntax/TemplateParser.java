package io.vertiform.hcl.hclsyntax;

import io.vertiform.cty.CtyValue;
import io.vertiform.hcl.Diagnostic;
import io.vertiform.hcl.Diagnostics;
import io.vertiform.hcl.Range;
import io.vertiform.hcl.Result;
import io.vertiform.hcl.text.GoUnicode;
import io.vertiform.hcl.text.Levenshtein;

import java.util.ArrayList;
import java.util.List;

/**
 * Template parsing, in two passes like hclsyntax: first the token stream becomes a flat list of template parts
 * (literals with whitespace stripping applied, interpolations, and directive markers), then those parts become an
 * expression tree ({@link TemplateTree}).
 */
abstract class TemplateParser extends ExpressionParser {

    /** The parts of a template: expressions, whether it is a lone interpolation, its range and diagnostics. */
    record Inner(List<Expr> exprs, boolean passthru, Range range, Diagnostics diags) {
    }

    TemplateParser(List<Token> tokens, ParseOptions options) {
        super(tokens, options);
    }

    Parsed<Expr> parseTemplate(TokenType end, boolean flushHeredoc) {
        Inner inner = parseTemplateInner(end, flushHeredoc);
        if (inner.passthru) {
            return new Parsed<>(new TemplateWrapExpr(inner.exprs.get(0), inner.range), inner.diags);
        }
        return new Parsed<>(new TemplateExpr(inner.exprs, inner.range), inner.diags);
    }

    @Override
    Inner parseTemplateInner(TokenType end, boolean flushHeredoc) {
        Diagnostics diags = new Diagnostics();
        TemplatePart.Parts parts = parseTemplateParts(end, diags);
        if (flushHeredoc) {
            TemplatePart.flushHeredoc(parts.tokens());
        }
        TemplateTree tree = new TemplateTree(parts.tokens());
        List<Expr> exprs = tree.parseRoot(diags);
        boolean passthru = parts.tokens().size() == 2 && parts.tokens().get(0) instanceof TemplatePart.Interp;
        return new Inner(exprs, passthru, parts.range(), diags);
    }

    private TemplatePart.Parts parseTemplateParts(TokenType end, Diagnostics diags) {
        List<TemplatePart> parts = new ArrayList<>();
        Range startRange = nextRange();
        boolean ltrimNext = false;
        boolean nextCanTrimPrev = false;
        Range endRange;
        loop:
        while (true) {
            Token next = read();
            if (next.type == end) {
                endRange = next.range;
                break;
            }
            boolean ltrim = ltrimNext;
            ltrimNext = false;
            boolean canTrimPrev = nextCanTrimPrev;
            nextCanTrimPrev = false;
            switch (next.type) {
                case STRING_LIT, QUOTED_LIT -> {
                    Result<String> lit = StringLiterals.parse(next);
                    diags.addAll(lit.diagnostics());
                    String str = ltrim ? GoUnicode.trimLeftSpace(lit.value()) : lit.value();
                    parts.add(new TemplatePart.Literal(str, next.range));
                    nextCanTrimPrev = true;
                }
                case TEMPLATE_INTERP -> {
                    trimPrevious(parts, next, canTrimPrev);
                    pushIncludeNewlines(false);
                    Parsed<Expr> expr = parseExpression();
                    diags.addAll(expr.diags());
                    Token close = peek();
                    if (close.type != TokenType.TEMPLATE_SEQ_END) {
                        if (!recovery) {
                            diags.add(unclosedInterpolation(close, end, startRange));
                        }
                        recover(TokenType.TEMPLATE_SEQ_END);
                    } else {
                        read();
                        // "~}" strips the whitespace at the start of the following literal.
                        if (close.length() == 2 && close.byteAt(0) == '~') {
                            ltrimNext = true;
                        }
                    }
                    popIncludeNewlines();
                    parts.add(new TemplatePart.Interp(expr.node(), Range.between(next.range, close.range)));
                }
                case TEMPLATE_CONTROL -> {
                    trimPrevious(parts, next, canTrimPrev);
                    pushIncludeNewlines(false);
                    Token kw = peek();
                    if (kw.type != TokenType.IDENT) {
                        if (!recovery) {
                            diags.add(Diagnostic.error("Invalid template directive", "A template directive keyword "
                                    + "(\"if\", \"for\", etc) is expected at the beginning of a %{ sequence.",
                                    kw.range, Range.between(next.range, kw.range)));
                        }
                        recover(TokenType.TEMPLATE_SEQ_END);
                        popIncludeNewlines();
                        continue loop;
                    }
                    read();
                    if (!directive(next, kw, parts, diags)) {
                        recover(TokenType.TEMPLATE_SEQ_END);
                        popIncludeNewlines();
                        continue loop;
                    }
                    Token close = peek();
                    if (close.type != TokenType.TEMPLATE_SEQ_END) {
                        if (!recovery) {
                            diags.add(Diagnostic.error("Extra characters in " + kw.text() + " marker",
                                    "Expected a closing brace to end the sequence, but found extra characters.",
                                    close.range, Range.between(startRange, close.range)));
                        }
                        recover(TokenType.TEMPLATE_SEQ_END);
                    } else {
                        read();
                        if (close.length() == 2 && close.byteAt(0) == '~') {
                            ltrimNext = true;
                        }
                    }
                    popIncludeNewlines();
                }
                default -> {
                    if (!recovery) {
                        diags.add(Diagnostic.error("Unterminated template string",
                                "No closing marker was found for the string.", next.range,
                                Range.between(startRange, next.range)));
                    }
                    Token last = recover(end);
                    endRange = last.range;
                    break loop;
                }
            }
        }
        if (parts.isEmpty()) {
            // "" means an empty string, placed right after the opening quote.
            parts.add(new TemplatePart.Literal("", startRange.endPoint()));
        }
        parts.add(new TemplatePart.End(endRange));
        return new TemplatePart.Parts(parts, Range.between(startRange, endRange));
    }

    /** "${~" and "%{~" strip the whitespace at the end of the preceding literal. */
    private static void trimPrevious(List<TemplatePart> parts, Token opener, boolean canTrimPrev) {
        if (canTrimPrev && opener.length() == 3 && opener.byteAt(2) == '~' && !parts.isEmpty()
                && parts.get(parts.size() - 1) instanceof TemplatePart.Literal lit) {
            lit.value = GoUnicode.trimRightSpace(lit.value);
        }
    }

    private static Diagnostic unclosedInterpolation(Token close, TokenType end, Range startRange) {
        if (close.type == TokenType.EOF) {
            return Diagnostic.error("Unclosed template interpolation sequence", "There is no closing brace for this "
                    + "interpolation sequence before the end of the file. This might be caused by incorrect nesting "
                    + "inside the given expression.", startRange);
        }
        if (close.type == TokenType.COLON) {
            return Diagnostic.error("Extra characters after interpolation expression", "Template interpolation "
                    + "doesn't expect a colon at this location. Did you intend this to be a literal sequence to be "
                    + "processed as part of another language? If so, you can escape it by starting with \"$${\" "
                    + "instead of just \"${\".", close.range, Range.between(startRange, close.range));
        }
        if ((close.type == TokenType.C_QUOTE || close.type == TokenType.O_QUOTE) && end == TokenType.C_QUOTE) {
            // An errant quote inside the sequence suggests the sequence lacks its terminator.
            return Diagnostic.error("Unclosed template interpolation sequence", "There is no closing brace for this "
                    + "interpolation sequence before the end of the quoted template. This might be caused by "
                    + "incorrect nesting inside the given expression.", startRange);
        }
        return Diagnostic.error("Extra characters after interpolation expression", "Expected a closing brace to end "
                + "the interpolation expression, but found extra characters.\n\nThis can happen when you include "
                + "interpolation syntax for another language, such as shell scripting, but forget to escape the "
                + "interpolation start token. If this is an embedded sequence for another language, escape it by "
                + "starting with \"$${\" instead of just \"${\".", close.range, Range.between(startRange,
                close.range));
    }

    /**
     * The directive after {@code %{}: adds its marker part; false when it failed (the caller then skips to the end
     * of the sequence).
     */
    private boolean directive(Token opener, Token kw, List<TemplatePart> parts, Diagnostics diags) {
        if (isKeyword(kw, "if")) {
            Parsed<Expr> cond = parseExpression();
            diags.addAll(cond.diags());
            parts.add(new TemplatePart.If(cond.node(), Range.between(opener.range, nextRange())));
            return true;
        }
        if (isKeyword(kw, "else")) {
            parts.add(new TemplatePart.EndCtrl(TemplatePart.CtrlType.ELSE, Range.between(opener.range, nextRange())));
            return true;
        }
        if (isKeyword(kw, "endif")) {
            parts.add(new TemplatePart.EndCtrl(TemplatePart.CtrlType.ENDIF,
                    Range.between(opener.range, nextRange())));
            return true;
        }
        if (isKeyword(kw, "for")) {
            return forDirective(opener, parts, diags);
        }
        if (isKeyword(kw, "endfor")) {
            parts.add(new TemplatePart.EndCtrl(TemplatePart.CtrlType.ENDFOR,
                    Range.between(opener.range, nextRange())));
            return true;
        }
        if (!recovery) {
            String given = kw.text();
            String suggestion = Levenshtein.suggestion(given, List.of("if", "for", "else", "endif", "endfor"));
            if (!suggestion.isEmpty()) {
                suggestion = " Did you mean " + io.vertiform.hcl.GoQuote.quote(suggestion) + "?";
            }
            diags.add(Diagnostic.error("Invalid template control keyword", io.vertiform.hcl.GoQuote.quote(given)
                    + " is not a valid template control keyword." + suggestion, kw.range,
                    Range.between(opener.range, kw.range)));
        }
        return false;
    }

    private boolean forDirective(Token opener, List<TemplatePart> parts, Diagnostics diags) {
        String keyName = "";
        if (peek().type != TokenType.IDENT) {
            forDirectiveError(diags, "For directive requires variable name after 'for'.");
            return false;
        }
        String valName = read().text();
        if (peek().type == TokenType.COMMA) {
            keyName = valName;
            read();
            if (peek().type != TokenType.IDENT) {
                forDirectiveError(diags, "For directive requires value variable name after comma.");
                return false;
            }
            valName = read().text();
        }
        if (!isKeyword(peek(), "in")) {
            forDirectiveError(diags, "For directive requires 'in' keyword after names.");
            return false;
        }
        read();
        Parsed<Expr> coll = parseExpression();
        diags.addAll(coll.diags());
        parts.add(new TemplatePart.For(keyName, valName, coll.node(), Range.between(opener.range, nextRange())));
        return true;
    }

    private void forDirectiveError(Diagnostics diags, String detail) {
        if (!recovery) {
            diags.add(Diagnostic.error("Invalid 'for' directive", detail, peek().range));
        }
    }

    /** The second pass: template parts to an expression tree (hclsyntax's {@code templateParser}). */
    static final class TemplateTree {
        private final List<TemplatePart> tokens;
        private int pos;

        TemplateTree(List<TemplatePart> tokens) {
            this.tokens = tokens;
        }

        private TemplatePart peek() {
            return tokens.get(pos);
        }

        private TemplatePart read() {
            TemplatePart ret = peek();
            if (!(ret instanceof TemplatePart.End)) {
                pos++;
            }
            return ret;
        }

        List<Expr> parseRoot(Diagnostics diags) {
            List<Expr> exprs = new ArrayList<>();
            while (!(peek() instanceof TemplatePart.End)) {
                exprs.add(parseExpr(diags));
            }
            return exprs;
        }

        private Expr parseExpr(Diagnostics diags) {
            TemplatePart next = peek();
            if (next instanceof TemplatePart.Literal lit) {
                read();
                return new LiteralValueExpr(CtyValue.stringVal(lit.value), lit.range);
            }
            if (next instanceof TemplatePart.Interp interp) {
                read();
                return interp.expr();
            }
            if (next instanceof TemplatePart.If) {
                return parseIf(diags);
            }
            if (next instanceof TemplatePart.For) {
                return parseFor(diags);
            }
            if (next instanceof TemplatePart.End end) {
                read();
                diags.add(Diagnostic.error("Unexpected end of template",
                        "The control directives within this template are unbalanced.", end.range()));
                return placeholder(end.range());
            }
            TemplatePart.EndCtrl ctrl = (TemplatePart.EndCtrl) next;
            read();
            diags.add(Diagnostic.error("Unexpected " + ctrl.type().keyword() + " directive",
                    "The control directives within this template are unbalanced.", ctrl.range()));
            return placeholder(ctrl.range());
        }

        private Expr parseIf(Diagnostics diags) {
            TemplatePart.If openIf = (TemplatePart.If) read();
            List<Expr> ifExprs = new ArrayList<>();
            List<Expr> elseExprs = new ArrayList<>();
            List<Expr> current = ifExprs;
            Range endifRange;
            while (true) {
                TemplatePart next = peek();
                if (next instanceof TemplatePart.End end) {
                    diags.add(Diagnostic.error("Unexpected end of template", "The if directive at " + openIf.range()
                            + " is missing its corresponding endif directive.", end.range()));
                    return placeholder(end.range());
                }
                if (next instanceof TemplatePart.EndCtrl end) {
                    read();
                    if (end.type() == TemplatePart.CtrlType.ELSE) {
                        if (current == ifExprs) {
                            current = elseExprs;
                            continue;
                        }
                        diags.add(Diagnostic.error("Unexpected else directive", "Already in the else clause for the "
                                + "if started at " + openIf.range() + ".", end.range()));
                    } else if (end.type() == TemplatePart.CtrlType.ENDIF) {
                        endifRange = end.range();
                        break;
                    } else {
                        diags.add(Diagnostic.error("Unexpected " + end.type().keyword() + " directive", "Expecting an "
                                + "endif directive for the if started at " + openIf.range() + ".", end.range()));
                    }
                    return placeholder(end.range());
                }
                current.add(parseExpr(diags));
            }
            if (ifExprs.isEmpty()) {
                ifExprs.add(new LiteralValueExpr(CtyValue.stringVal(""), openIf.range().endPoint()));
            }
            if (elseExprs.isEmpty()) {
                elseExprs.add(new LiteralValueExpr(CtyValue.stringVal(""), endifRange.startPoint()));
            }
            TemplateExpr trueExpr = new TemplateExpr(ifExprs, Range.between(ifExprs.get(0).range(),
                    ifExprs.get(ifExprs.size() - 1).range()));
            TemplateExpr falseExpr = new TemplateExpr(elseExprs, Range.between(elseExprs.get(0).range(),
                    elseExprs.get(elseExprs.size() - 1).range()));
            return new ConditionalExpr(openIf.cond(), trueExpr, falseExpr, Range.between(openIf.range(), endifRange));
        }

        private Expr parseFor(Diagnostics diags) {
            TemplatePart.For openFor = (TemplatePart.For) read();
            List<Expr> content = new ArrayList<>();
            Range endforRange;
            while (true) {
                TemplatePart next = peek();
                if (next instanceof TemplatePart.End end) {
                    diags.add(Diagnostic.error("Unexpected end of template", "The for directive at "
                            + openFor.range() + " is missing its corresponding endfor directive.", end.range()));
                    return placeholder(end.range());
                }
                if (next instanceof TemplatePart.EndCtrl end) {
                    read();
                    if (end.type() == TemplatePart.CtrlType.ELSE) {
                        diags.add(Diagnostic.error("Unexpected else directive",
                                "An else clause is not expected for a for directive.", end.range()));
                    } else if (end.type() == TemplatePart.CtrlType.ENDFOR) {
                        endforRange = end.range();
                        break;
                    } else {
                        diags.add(Diagnostic.error("Unexpected " + end.type().keyword() + " directive", "Expecting an "
                                + "endfor directive corresponding to the for directive at " + openFor.range() + ".",
                                end.range()));
                    }
                    return placeholder(end.range());
                }
                content.add(parseExpr(diags));
            }
            if (content.isEmpty()) {
                content.add(new LiteralValueExpr(CtyValue.stringVal(""), openFor.range().endPoint()));
            }
            TemplateExpr contentExpr = new TemplateExpr(content, Range.between(content.get(0).range(),
                    content.get(content.size() - 1).range()));
            ForExpr forExpr = new ForExpr(openFor.keyVar(), openFor.valVar(), openFor.coll(), null, contentExpr, null,
                    false, Range.between(openFor.range(), endforRange), openFor.range(), endforRange);
            return new TemplateJoinExpr(forExpr);
        }

        private static Expr placeholder(Range rng) {
            return new LiteralValueExpr(CtyValue.DYNAMIC_VAL, rng);
        }
    }
}
