package io.vertiform.hcl.hclsyntax;

import io.vertiform.hcl.DeepStack;
import io.vertiform.hcl.Diagnostic;
import io.vertiform.hcl.Diagnostics;
import io.vertiform.hcl.File;
import io.vertiform.hcl.Pos;
import io.vertiform.hcl.Result;
import io.vertiform.hcl.Traversal;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Entry points of the native syntax (hclsyntax's public.go). Parsing never throws for bad input: it returns as much
 * of the tree as it could build, with diagnostics; when they contain errors the tree may be incomplete.
 */
public final class HclSyntax {
    private HclSyntax() {
    }

    /** A whole configuration file, in hcl 2.14.1's grammar. The file's body is a {@link Body}. */
    public static Result<File> parseConfig(byte[] src, String filename, Pos start) {
        return parseConfig(src, filename, start, ParseOptions.DEFAULT);
    }

    /** A whole configuration file, with the later syntax {@code options} allow. */
    public static Result<File> parseConfig(byte[] src, String filename, Pos start, ParseOptions options) {
        return DeepStack.run(() -> parseConfigOnThisStack(src, filename, start, options));
    }

    private static Result<File> parseConfigOnThisStack(byte[] src, String filename, Pos start, ParseOptions options) {
        List<Token> tokens = Scanner.scan(src, filename, start, Scanner.Mode.MAIN);
        Diagnostics diags = InvalidTokens.check(tokens);
        Parser parser = new Parser(tokens, options);
        ExpressionParser.Parsed<Body> body = parser.parseBody(TokenType.EOF);
        diags.addAll(body.diags());
        assertBalanced(parser);
        return new Result<>(new File(body.node(), src), diags);
    }

    public static Result<File> parseConfig(String src, String filename) {
        return parseConfig(src.getBytes(StandardCharsets.UTF_8), filename, Pos.INITIAL);
    }

    /** A standalone expression; newlines are insignificant, as inside parentheses. */
    public static Result<Expr> parseExpression(byte[] src, String filename, Pos start) {
        return parseExpression(src, filename, start, ParseOptions.DEFAULT);
    }

    /** A standalone expression, with the later syntax {@code options} allow. */
    public static Result<Expr> parseExpression(byte[] src, String filename, Pos start, ParseOptions options) {
        return DeepStack.run(() -> parseExpressionOnThisStack(src, filename, start, options));
    }

    private static Result<Expr> parseExpressionOnThisStack(byte[] src, String filename, Pos start,
                                                           ParseOptions options) {
        List<Token> tokens = Scanner.scan(src, filename, start, Scanner.Mode.MAIN);
        Diagnostics diags = InvalidTokens.check(tokens);
        Parser parser = new Parser(tokens, options);
        parser.pushIncludeNewlines(false);
        ExpressionParser.Parsed<Expr> expr = parser.parseExpression();
        diags.addAll(expr.diags());
        Token next = parser.peek();
        if (next.type != TokenType.EOF && !parser.recovery) {
            diags.add(Diagnostic.error("Extra characters after expression",
                    "An expression was successfully parsed, but extra characters were found after it.", next.range));
        }
        parser.popIncludeNewlines();
        assertBalanced(parser);
        return new Result<>(expr.node(), diags);
    }

    public static Result<Expr> parseExpression(String src, String filename) {
        return parseExpression(src.getBytes(StandardCharsets.UTF_8), filename, Pos.INITIAL);
    }

    /** A standalone template: the whole input is template text. */
    public static Result<Expr> parseTemplate(byte[] src, String filename, Pos start) {
        return parseTemplate(src, filename, start, ParseOptions.DEFAULT);
    }

    /** A standalone template, with the later syntax {@code options} allow in its interpolations. */
    public static Result<Expr> parseTemplate(byte[] src, String filename, Pos start, ParseOptions options) {
        return DeepStack.run(() -> parseTemplateOnThisStack(src, filename, start, options));
    }

    private static Result<Expr> parseTemplateOnThisStack(byte[] src, String filename, Pos start,
                                                         ParseOptions options) {
        List<Token> tokens = Scanner.scan(src, filename, start, Scanner.Mode.BARE);
        Diagnostics diags = InvalidTokens.check(tokens);
        Parser parser = new Parser(tokens, options);
        ExpressionParser.Parsed<Expr> expr = parser.parseTemplate(TokenType.EOF, false);
        diags.addAll(expr.diags());
        assertBalanced(parser);
        return new Result<>(expr.node(), diags);
    }

    public static Result<Expr> parseTemplate(String src, String filename) {
        return parseTemplate(src.getBytes(StandardCharsets.UTF_8), filename, Pos.INITIAL);
    }

    /** A standalone absolute traversal: a name with attribute and literal-index steps only. */
    public static Result<Traversal> parseTraversalAbs(byte[] src, String filename, Pos start) {
        List<Token> tokens = Scanner.scan(src, filename, start, Scanner.Mode.MAIN);
        Diagnostics diags = InvalidTokens.check(tokens);
        Parser parser = new Parser(tokens, ParseOptions.DEFAULT);
        parser.pushIncludeNewlines(false);
        ExpressionParser.Parsed<Traversal> t = parser.parseTraversalAbs();
        diags.addAll(t.diags());
        parser.popIncludeNewlines();
        assertBalanced(parser);
        return new Result<>(t.node(), diags);
    }

    /** Tokens of a configuration file or expression, with the lexical diagnostics. */
    public static Result<List<Token>> lexConfig(byte[] src, String filename, Pos start) {
        List<Token> tokens = Scanner.scan(src, filename, start, Scanner.Mode.MAIN);
        return new Result<>(List.copyOf(tokens), InvalidTokens.check(tokens));
    }

    /** Tokens of a standalone template, with the lexical diagnostics. */
    public static Result<List<Token>> lexTemplate(byte[] src, String filename, Pos start) {
        List<Token> tokens = Scanner.scan(src, filename, start, Scanner.Mode.BARE);
        return new Result<>(List.copyOf(tokens), InvalidTokens.check(tokens));
    }

    /** Whether {@code s} could be written as an identifier (a variable or attribute name). */
    public static boolean validIdentifier(String s) {
        List<Token> tokens = Scanner.scan(s.getBytes(StandardCharsets.UTF_8), "", new Pos(0, 0, 0),
                Scanner.Mode.IDENT_ONLY);
        return tokens.size() == 2 && tokens.get(0).type == TokenType.IDENT && tokens.get(1).type == TokenType.EOF;
    }

    // A parser bug, not an input problem: hclsyntax panics here too.
    private static void assertBalanced(Parser parser) {
        if (!parser.newlinesStackIsBalanced()) {
            throw new IllegalStateException("non-empty newline-inclusion stack after parse");
        }
    }
}
