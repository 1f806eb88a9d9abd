package io.vertiform.hcl.hclsyntax;

import io.vertiform.cty.CtyValue;
import io.vertiform.hcl.Diagnostic;
import io.vertiform.hcl.Diagnostics;
import io.vertiform.hcl.GoQuote;
import io.vertiform.hcl.Range;
import io.vertiform.hcl.Result;
import io.vertiform.hcl.Traversal;
import io.vertiform.hcl.Traverser;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The structural layer of the parser: bodies, attributes, blocks, block labels and bare traversals. */
final class Parser extends TemplateParser {

    Parser(List<Token> tokens, ParseOptions options) {
        super(tokens, options);
    }

    Parsed<Body> parseBody(TokenType end) {
        Map<String, Attribute> attrs = new LinkedHashMap<>();
        List<Block> blocks = new ArrayList<>();
        Diagnostics diags = new Diagnostics();
        Range startRange = prevRange();
        Range endRange;
        while (true) {
            Token next = peek();
            if (next.type == end) {
                endRange = nextRange();
                read();
                break;
            }
            if (next.type == TokenType.NEWLINE) {
                read();
                continue;
            }
            if (next.type == TokenType.IDENT) {
                Parsed<Node> item = parseBodyItem();
                diags.addAll(item.diags());
                if (item.node() instanceof Block block) {
                    blocks.add(block);
                } else if (item.node() instanceof Attribute attr) {
                    Attribute existing = attrs.get(attr.name());
                    if (existing != null) {
                        diags.add(Diagnostic.error("Attribute redefined", "The argument " + GoQuote.quote(attr.name())
                                + " was already set at " + existing.nameRange() + ". Each argument may be set only "
                                + "once.", attr.nameRange()));
                    } else {
                        attrs.put(attr.name(), attr);
                    }
                }
                // A null item means a syntax error stopped it; parseBodyItem has already recovered.
                continue;
            }
            Token bad = read();
            if (!recovery) {
                if (bad.type == TokenType.O_QUOTE) {
                    diags.add(Diagnostic.error("Invalid argument name", "Argument names must not be quoted.",
                            bad.range));
                } else if (bad.type == TokenType.EOF) {
                    if (end == TokenType.C_BRACE) {
                        diags.add(Diagnostic.error("Unclosed configuration block", "There is no closing brace for "
                                + "this block before the end of the file. This may be caused by incorrect brace "
                                + "nesting elsewhere in this file.", startRange));
                    } else {
                        diags.add(Diagnostic.error("Unclosed configuration body",
                                "Found end of file before the end of this configuration body.", startRange));
                    }
                } else {
                    diags.add(Diagnostic.error("Argument or block definition required",
                            "An argument or block definition is required here.", bad.range));
                }
            }
            endRange = prevRange(); // somewhere inside the body gives better diagnostics
            recover(end);
            break;
        }
        return new Parsed<>(new Body(attrs, blocks, Range.between(startRange, endRange), endRange.endPoint()), diags);
    }

    private Parsed<Node> parseBodyItem() {
        Token ident = read();
        if (ident.type != TokenType.IDENT) {
            recoverAfterBodyItem();
            return failedItem(Diagnostic.error("Argument or block definition required",
                    "An argument or block definition is required here.", ident.range));
        }
        Token next = peek();
        switch (next.type) {
            case EQUAL:
                return finishParsingBodyAttribute(ident, false);
            case O_QUOTE, O_BRACE, IDENT:
                return finishParsingBodyBlock(ident);
            default:
                recoverAfterBodyItem();
                return failedItem(Diagnostic.error("Argument or block definition required", "An argument or block "
                        + "definition is required here. To set an argument, use the equals sign \"=\" to introduce "
                        + "the argument value.", ident.range));
        }
    }

    private static Parsed<Node> failedItem(Diagnostic diag) {
        return new Parsed<>(null, Diagnostics.of(diag));
    }

    /** The body of a one-line block, {@code foo { bar = baz }}: exactly one attribute, no newline. */
    private Parsed<Body> parseSingleAttrBody() {
        Token ident = read();
        if (ident.type != TokenType.IDENT) {
            recoverAfterBodyItem();
            return new Parsed<>(null, Diagnostics.of(Diagnostic.error("Argument or block definition required",
                    "An argument or block definition is required here.", ident.range)));
        }
        Token next = peek();
        switch (next.type) {
            case EQUAL: {
                Parsed<Node> node = finishParsingBodyAttribute(ident, true);
                Attribute attr = (Attribute) node.node();
                Map<String, Attribute> attrs = new LinkedHashMap<>();
                attrs.put(ident.text(), attr);
                return new Parsed<>(new Body(attrs, List.of(), attr.srcRange(), attr.srcRange().endPoint()),
                        node.diags());
            }
            case O_QUOTE, O_BRACE, IDENT:
                recoverAfterBodyItem();
                return new Parsed<>(null, Diagnostics.of(Diagnostic.error("Argument definition required",
                        "A single-line block definition can contain only a single argument. If you meant to define "
                                + "argument " + GoQuote.quote(ident.text()) + ", use an equals sign to assign it a "
                                + "value. To define a nested block, place it on a line of its own within its parent "
                                + "block.", Range.between(ident.range, next.range))));
            default:
                recoverAfterBodyItem();
                return new Parsed<>(null, Diagnostics.of(Diagnostic.error("Argument or block definition required",
                        "An argument or block definition is required here. To set an argument, use the equals sign "
                                + "\"=\" to introduce the argument value.", ident.range)));
        }
    }

    private Parsed<Node> finishParsingBodyAttribute(Token ident, boolean singleLine) {
        Token eqTok = read();
        Range endRange;
        Parsed<Expr> expr = parseExpression();
        Diagnostics diags = expr.diags();
        if (recovery && diags.hasErrors()) {
            // Recovery inside expressions is tricky; restart at the next body item.
            endRange = prevRange();
            recoverAfterBodyItem();
        } else {
            endRange = prevRange();
            if (!singleLine) {
                Token end = peek();
                if (end.type != TokenType.NEWLINE && end.type != TokenType.EOF) {
                    if (!recovery) {
                        String summary = "Missing newline after argument";
                        String detail = "An argument definition must end with a newline.";
                        if (end.type == TokenType.COMMA) {
                            summary = "Unexpected comma after argument";
                            detail = "Argument definitions must be separated by newlines, not commas. " + detail;
                        }
                        diags.add(Diagnostic.error(summary, detail, end.range, Range.between(ident.range,
                                end.range)));
                    }
                    endRange = prevRange();
                    recoverAfterBodyItem();
                } else {
                    endRange = prevRange();
                    read(); // the newline
                }
            }
        }
        return new Parsed<>(new Attribute(ident.text(), expr.node(), Range.between(ident.range, endRange), ident.range,
                eqTok.range), diags);
    }

    private Parsed<Node> finishParsingBodyBlock(Token ident) {
        String blockType = ident.text();
        Diagnostics diags = new Diagnostics();
        List<String> labels = new ArrayList<>();
        List<Range> labelRanges = new ArrayList<>();
        Token oBrace;
        while (true) {
            Token tok = peek();
            if (tok.type == TokenType.O_BRACE) {
                oBrace = read();
                break;
            }
            if (tok.type == TokenType.O_QUOTE) {
                // Recovers up to the closing quote on problems, so we can look for more labels.
                QuotedLiteral label = parseQuotedStringLiteral();
                diags.addAll(label.diags);
                labels.add(label.value);
                labelRanges.add(label.range);
                continue;
            }
            if (tok.type == TokenType.IDENT) {
                read();
                labels.add(tok.text());
                labelRanges.add(tok.range);
                continue;
            }
            Range context = Range.between(ident.range, tok.range);
            if (tok.type == TokenType.EQUAL) {
                diags.add(Diagnostic.error("Invalid block definition", "The equals sign \"=\" indicates an argument "
                        + "definition, and must not be used when defining a block.", tok.range, context));
            } else if (tok.type == TokenType.NEWLINE) {
                diags.add(Diagnostic.error("Invalid block definition", "A block definition must have block content "
                        + "delimited by \"{\" and \"}\", starting on the same line as the block header.", tok.range,
                        context));
            } else if (!recovery) {
                diags.add(Diagnostic.error("Invalid block definition", "Either a quoted string block label or an "
                        + "opening brace (\"{\") is expected here.", tok.range, context));
            }
            recoverAfterBodyItem();
            Body placeholder = new Body(Map.of(), List.of(), ident.range, ident.range);
            return new Parsed<>(new Block(blockType, labels, placeholder, ident.range, labelRanges, ident.range,
                    ident.range), diags);
        }

        Body body;
        Diagnostics bodyDiags;
        TokenType first = peek().type;
        if (first == TokenType.NEWLINE || first == TokenType.EOF || first == TokenType.C_BRACE) {
            Parsed<Body> b = parseBody(TokenType.C_BRACE);
            body = b.node();
            bodyDiags = b.diags();
        } else {
            // The one-line, single-attribute form.
            Parsed<Body> b = parseSingleAttrBody();
            body = b.node();
            bodyDiags = b.diags();
            Token after = peek();
            switch (after.type) {
                case C_BRACE -> read();
                case COMMA -> {
                    diags.add(Diagnostic.error("Invalid single-argument block definition", "Single-line block syntax "
                            + "can include only one argument definition. To define multiple arguments, use the "
                            + "multi-line block syntax with one argument definition per line.", after.range));
                    recover(TokenType.C_BRACE);
                }
                case NEWLINE -> {
                    diags.add(Diagnostic.error("Invalid single-argument block definition", "An argument definition on "
                            + "the same line as its containing block creates a single-line block definition, which "
                            + "must also be closed on the same line. Place the block's closing brace immediately after "
                            + "the argument definition.", after.range));
                    recover(TokenType.C_BRACE);
                }
                default -> {
                    if (!recovery) {
                        if (after.type == TokenType.EOF) {
                            diags.add(Diagnostic.error("Unclosed configuration block", "There is no closing brace "
                                    + "for this block before the end of the file. This may be caused by incorrect "
                                    + "brace nesting elsewhere in this file.", oBrace.range,
                                    Range.between(ident.range, oBrace.range)));
                        } else {
                            diags.add(Diagnostic.error("Invalid single-argument block definition", "A single-line "
                                    + "block definition must end with a closing brace immediately after its single "
                                    + "argument definition.", after.range));
                        }
                    }
                    recover(TokenType.C_BRACE);
                }
            }
        }
        diags.addAll(bodyDiags);
        Range cBraceRange = prevRange();

        Token eol = peek();
        if (eol.type == TokenType.NEWLINE || eol.type == TokenType.EOF) {
            read();
        } else {
            if (!recovery) {
                diags.add(Diagnostic.error("Missing newline after block definition",
                        "A block definition must end with a newline.", eol.range, Range.between(ident.range,
                                eol.range)));
            }
            recoverAfterBodyItem();
        }
        // Never a null body: callers may analyse the partial result.
        if (body == null && diags.hasErrors()) {
            body = new Body(Map.of(), List.of(), Range.between(oBrace.range, cBraceRange), cBraceRange);
        }
        return new Parsed<>(new Block(blockType, labels, body, ident.range, labelRanges, oBrace.range, cBraceRange),
                diags);
    }

    private record QuotedLiteral(String value, Range range, Diagnostics diags) {
    }

    /** A quoted string that may not contain template sequences (block labels, traversal keys). */
    private QuotedLiteral parseQuotedStringLiteral() {
        Token oQuote = read();
        if (oQuote.type != TokenType.O_QUOTE) {
            return new QuotedLiteral("", oQuote.range, Diagnostics.of(Diagnostic.error("Invalid string literal",
                    "A quoted string is required here.", oQuote.range)));
        }
        Diagnostics diags = new Diagnostics();
        StringBuilder ret = new StringBuilder();
        Range endRange;
        loop:
        while (true) {
            Token tok = read();
            switch (tok.type) {
                case C_QUOTE:
                    endRange = tok.range;
                    break loop;
                case QUOTED_LIT: {
                    Result<String> s = StringLiterals.parse(tok);
                    diags.addAll(s.diagnostics());
                    ret.append(s.value());
                    break;
                }
                case TEMPLATE_CONTROL, TEMPLATE_INTERP: {
                    String which = tok.type == TokenType.TEMPLATE_CONTROL ? "%" : "$";
                    diags.add(Diagnostic.error("Invalid string literal", "Template sequences are not allowed in this "
                            + "string. To include a literal " + GoQuote.quote(which) + ", double it (as \"" + which
                            + which + "\") to escape it.", tok.range, Range.between(oQuote.range, tok.range)));
                    // Leaves a marker in the partial result so analyses do not take it at face value.
                    ret.append(which).append("{ ... }");
                    recover(TokenType.TEMPLATE_SEQ_END);
                    break;
                }
                case EOF:
                    diags.add(Diagnostic.error("Unterminated string literal",
                            "Unable to find the closing quote mark before the end of the file.", tok.range,
                            Range.between(oQuote.range, tok.range)));
                    endRange = tok.range;
                    break loop;
                default:
                    diags.add(Diagnostic.error("Invalid string literal", "This item is not valid in a string literal.",
                            tok.range, Range.between(oQuote.range, tok.range)));
                    recover(TokenType.C_QUOTE);
                    endRange = tok.range;
                    break loop;
            }
        }
        return new QuotedLiteral(ret.toString(), Range.between(oQuote.range, endRange), diags);
    }

    /** A bare absolute traversal: a name followed by attribute steps and literal-key index steps only. */
    Parsed<Traversal> parseTraversalAbs() {
        List<Traverser> ret = new ArrayList<>();
        Diagnostics diags = new Diagnostics();
        Token varTok = read();
        if (varTok.type != TokenType.IDENT) {
            diags.add(Diagnostic.error("Variable name required", "Must begin with a variable name.", varTok.range));
            return new Parsed<>(new Traversal(ret), diags);
        }
        ret.add(new Traverser.Root(varTok.text(), varTok.range));
        while (true) {
            Token next = peek();
            if (next.type == TokenType.EOF) {
                return new Parsed<>(new Traversal(ret), diags);
            }
            if (next.type == TokenType.DOT) {
                Token dot = read();
                Token nameTok = read();
                if (nameTok.type != TokenType.IDENT) {
                    String detail = nameTok.type == TokenType.STAR ? "Splat expressions (.*) may not be used here."
                            : "Dot must be followed by attribute name.";
                    diags.add(Diagnostic.error("Attribute name required", detail, nameTok.range,
                            Range.between(varTok.range, nameTok.range)));
                    return new Parsed<>(new Traversal(ret), diags);
                }
                ret.add(new Traverser.Attr(nameTok.text(), Range.between(dot.range, nameTok.range)));
            } else if (next.type == TokenType.O_BRACK) {
                Token open = read();
                Token key = peek();
                CtyValue keyVal;
                if (key.type == TokenType.NUMBER_LIT) {
                    Token tok = read();
                    Parsed<CtyValue> num = numberLitValue(tok);
                    diags.addAll(num.diags());
                    keyVal = num.node();
                } else if (key.type == TokenType.O_QUOTE) {
                    QuotedLiteral str = parseQuotedStringLiteral();
                    diags.addAll(str.diags);
                    keyVal = CtyValue.stringVal(str.value);
                } else {
                    if (key.type == TokenType.STAR) {
                        diags.add(Diagnostic.error("Attribute name required", "Splat expressions ([*]) may not be used "
                                + "here.", key.range, Range.between(varTok.range, key.range)));
                    } else {
                        diags.add(Diagnostic.error("Index value required", "Index brackets must contain either a "
                                + "literal number or a literal string.", key.range, Range.between(varTok.range,
                                key.range)));
                    }
                    return new Parsed<>(new Traversal(ret), diags);
                }
                Token close = read();
                if (close.type != TokenType.C_BRACK) {
                    diags.add(Diagnostic.error("Unclosed index brackets", "Index key must be followed by a closing "
                            + "bracket.", close.range, Range.between(open.range, close.range)));
                }
                ret.add(new Traverser.Index(keyVal, Range.between(open.range, close.range)));
                if (diags.hasErrors()) {
                    return new Parsed<>(new Traversal(ret), diags);
                }
            } else {
                diags.add(Diagnostic.error("Invalid character", "Expected an attribute access or an index operator.",
                        next.range, Range.between(varTok.range, next.range)));
                return new Parsed<>(new Traversal(ret), diags);
            }
        }
    }
}
