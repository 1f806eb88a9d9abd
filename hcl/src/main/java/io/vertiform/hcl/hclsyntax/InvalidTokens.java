package io.vertiform.hcl.hclsyntax;

import io.vertiform.hcl.Diagnostic;
import io.vertiform.hcl.Diagnostics;

import java.util.List;

/**
 * Diagnostics for tokens that never belong in HCL (hclsyntax's {@code checkInvalidTokens}), reported by the lexer so
 * the parser need not handle them everywhere. Repeats are limited: four bitwise operators, one semicolon, one bad
 * encoding, and only every other backtick or apostrophe (so an opening and closing pair is reported once).
 */
final class InvalidTokens {
    private InvalidTokens() {
    }

    static Diagnostics check(List<Token> tokens) {
        Diagnostics diags = new Diagnostics();
        int toldBitwise = 0;
        int toldBacktick = 0;
        int toldApostrophe = 0;
        int toldSemicolon = 0;
        int toldBadUtf8 = 0;
        for (Token tok : tokens) {
            switch (tok.type) {
                case BITWISE_AND, BITWISE_OR, BITWISE_XOR, BITWISE_NOT -> {
                    if (toldBitwise < 4) {
                        String suggestion = switch (tok.type) {
                            case BITWISE_AND -> " Did you mean boolean AND (\"&&\")?";
                            case BITWISE_OR -> " Did you mean boolean OR (\"||\")?";
                            case BITWISE_NOT -> " Did you mean boolean NOT (\"!\")?";
                            default -> "";
                        };
                        diags.add(Diagnostic.error("Unsupported operator",
                                "Bitwise operators are not supported." + suggestion, tok.range));
                        toldBitwise++;
                    }
                }
                case BACKTICK -> {
                    if (toldBacktick % 2 == 0) {
                        diags.add(Diagnostic.error("Invalid character", "The \"`\" character is not valid. To create "
                                + "a multi-line string, use the \"heredoc\" syntax, like \"<<EOT\".", tok.range));
                    }
                    if (toldBacktick <= 2) {
                        toldBacktick++;
                    }
                }
                case APOSTROPHE -> {
                    if (toldApostrophe % 2 == 0) {
                        diags.add(Diagnostic.error("Invalid character",
                                "Single quotes are not valid. Use double quotes (\") to enclose strings.", tok.range));
                    }
                    if (toldApostrophe <= 2) {
                        toldApostrophe++;
                    }
                }
                case SEMICOLON -> {
                    if (toldSemicolon < 1) {
                        diags.add(Diagnostic.error("Invalid character", "The \";\" character is not valid. Use "
                                + "newlines to separate arguments and blocks, and commas to separate items in "
                                + "collection values.", tok.range));
                        toldSemicolon++;
                    }
                }
                case BAD_UTF8 -> {
                    if (toldBadUtf8 < 1) {
                        diags.add(Diagnostic.error("Invalid character encoding", "All input files must be UTF-8 "
                                + "encoded. Ensure that UTF-8 encoding is selected in your editor.", tok.range));
                        toldBadUtf8++;
                    }
                }
                case QUOTED_NEWLINE -> diags.add(Diagnostic.error("Invalid multi-line string", "Quoted strings may not "
                        + "be split over multiple lines. To produce a multi-line string, either use the \\n escape to "
                        + "represent a newline character or use the \"heredoc\" multi-line template syntax.",
                        tok.range));
                case INVALID -> {
                    String chars = tok.text();
                    if (chars.equals("\u201c") || chars.equals("\u201d")) {
                        diags.add(Diagnostic.error("Invalid character", "\"Curly quotes\" are not valid here. These "
                                + "can sometimes be inadvertently introduced when sharing code via documents or "
                                + "discussion forums. It might help to replace the character with a \"straight "
                                + "quote\".", tok.range));
                    } else {
                        diags.add(Diagnostic.error("Invalid character",
                                "This character is not used within the language.", tok.range));
                    }
                }
                default -> {
                }
            }
        }
        return diags;
    }
}
