package io.vertiform.hcl.hclsyntax;

import java.util.ArrayList;
import java.util.List;

/**
 * Token navigation and error recovery shared by the parser layers. Once the parser has had to guess where it is
 * ({@link #recovery}), it stops reporting most "unexpected token" errors, which would only be noise.
 */
abstract class ParserBase extends Peeker {
    boolean recovery;

    ParserBase(List<Token> tokens) {
        super(tokens);
    }

    void setRecovery() {
        recovery = true;
    }

    /**
     * Skips to the token {@code end} (counting nested pairs of that bracket kind) and returns it, leaving the peeker
     * after it; stops at EOF.
     */
    Token recover(TokenType end) {
        TokenType start = oppositeBracket(end);
        recovery = true;
        int nest = 0;
        while (true) {
            Token tok = read();
            TokenType ty = tok.type;
            if (end == TokenType.TEMPLATE_SEQ_END && ty == TokenType.TEMPLATE_CONTROL) {
                // Both sequence openers pair with the same closer.
                ty = TokenType.TEMPLATE_INTERP;
            }
            if (ty == start) {
                nest++;
            } else if (ty == end) {
                if (nest < 1) {
                    return tok;
                }
                nest--;
            } else if (ty == TokenType.EOF) {
                return tok;
            }
        }
    }

    /** Skips past the end of the current body item: the next newline outside any brackets, or EOF. */
    void recoverAfterBodyItem() {
        recovery = true;
        List<TokenType> open = new ArrayList<>();
        while (true) {
            Token tok = read();
            switch (tok.type) {
                case NEWLINE:
                    if (open.isEmpty()) {
                        return;
                    }
                    break;
                case EOF:
                    return;
                case O_BRACE, O_BRACK, O_PAREN, O_QUOTE, O_HEREDOC, TEMPLATE_INTERP, TEMPLATE_CONTROL:
                    open.add(tok.type);
                    break;
                case C_BRACE, C_BRACK, C_PAREN, C_QUOTE, C_HEREDOC: {
                    TokenType opener = oppositeBracket(tok.type);
                    while (!open.isEmpty() && open.get(open.size() - 1) != opener) {
                        open.remove(open.size() - 1);
                    }
                    if (!open.isEmpty()) {
                        open.remove(open.size() - 1);
                    }
                    break;
                }
                case TEMPLATE_SEQ_END: {
                    while (!open.isEmpty() && open.get(open.size() - 1) != TokenType.TEMPLATE_INTERP
                            && open.get(open.size() - 1) != TokenType.TEMPLATE_CONTROL) {
                        open.remove(open.size() - 1);
                    }
                    if (!open.isEmpty()) {
                        open.remove(open.size() - 1);
                    }
                    break;
                }
                default:
                    break;
            }
        }
    }

    static TokenType oppositeBracket(TokenType ty) {
        switch (ty) {
            case O_BRACE: return TokenType.C_BRACE;
            case O_BRACK: return TokenType.C_BRACK;
            case O_PAREN: return TokenType.C_PAREN;
            case O_QUOTE: return TokenType.C_QUOTE;
            case O_HEREDOC: return TokenType.C_HEREDOC;
            case C_BRACE: return TokenType.O_BRACE;
            case C_BRACK: return TokenType.O_BRACK;
            case C_PAREN: return TokenType.O_PAREN;
            case C_QUOTE: return TokenType.O_QUOTE;
            case C_HEREDOC: return TokenType.O_HEREDOC;
            case TEMPLATE_CONTROL, TEMPLATE_INTERP: return TokenType.TEMPLATE_SEQ_END;
            // Ambiguous; recover() relies on it being the interpolation opener.
            case TEMPLATE_SEQ_END: return TokenType.TEMPLATE_INTERP;
            default: return TokenType.NIL;
        }
    }

    static boolean isKeyword(Token tok, String keyword) {
        return tok.type == TokenType.IDENT && tok.textEquals(keyword);
    }
}
