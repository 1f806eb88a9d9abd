package io.vertiform.hcl.hclsyntax;

import io.vertiform.hcl.Range;

import java.util.List;

/**
 * Token lookahead for the parser (hclsyntax's {@code peeker}): comments are skipped, and newlines are skipped or
 * not depending on a stack of modes, since newlines end attributes but not, say, items inside brackets. A skipped
 * line comment still yields the newline it ends with when newlines are significant.
 */
class Peeker {
    final List<Token> tokens;
    int nextIndex;
    private boolean[] includeNewlines = new boolean[16];
    private int depth;

    Peeker(List<Token> tokens) {
        this.tokens = tokens;
        includeNewlines[0] = true;
        depth = 1;
    }

    Token peek() {
        return next(false);
    }

    Token read() {
        return next(true);
    }

    /**
     * True when the next two tokens are colons with nothing between them: hcl 2.20+'s {@code ::} of namespaced
     * function names ({@code provider::vertiform::upper(...)}). The scanner keeps emitting two colon tokens, as
     * hcl 2.14 does, so token streams stay comparable with it; only the parser gives the pair a meaning.
     */
    boolean atDoubleColon() {
        if (peek().type != TokenType.COLON) {
            return false;
        }
        // peek() found a real colon token: the first one at or after nextIndex that is neither a comment nor a
        // skipped newline
        int i = nextIndex;
        while (tokens.get(i).type != TokenType.COLON) {
            i++;
        }
        if (i + 1 >= tokens.size()) {
            return false;
        }
        Token first = tokens.get(i);
        Token second = tokens.get(i + 1);
        return second.type == TokenType.COLON && second.from == first.to && second.src == first.src;
    }

    Range nextRange() {
        return peek().range;
    }

    Range prevRange() {
        if (nextIndex == 0) {
            return nextRange();
        }
        return tokens.get(nextIndex - 1).range;
    }

    private Token next(boolean advance) {
        boolean newlines = includeNewlines[depth - 1];
        int n = tokens.size();
        for (int i = nextIndex; i < n; i++) {
            Token tok = tokens.get(i);
            if (tok.type == TokenType.COMMENT) {
                if (newlines && tok.to > tok.from && tok.src[tok.to - 1] == '\n') {
                    // The newline keeps the comment's range, as in hclsyntax.
                    if (advance) {
                        nextIndex = i + 1;
                    }
                    return new Token(TokenType.NEWLINE, tok.src, tok.to - 1, tok.to, tok.range);
                }
                continue;
            }
            if (tok.type == TokenType.NEWLINE && !newlines) {
                continue;
            }
            if (advance) {
                nextIndex = i + 1;
            }
            return tok;
        }
        Token last = tokens.get(n - 1);
        if (advance) {
            nextIndex = n;
        }
        return last;
    }

    void pushIncludeNewlines(boolean include) {
        if (depth == includeNewlines.length) {
            includeNewlines = java.util.Arrays.copyOf(includeNewlines, depth * 2);
        }
        includeNewlines[depth++] = include;
    }

    boolean popIncludeNewlines() {
        return includeNewlines[--depth];
    }

    boolean newlinesStackIsBalanced() {
        return depth == 1;
    }
}
