package io.vertiform.hcl.hclsyntax;

import io.vertiform.hcl.Pos;
import io.vertiform.hcl.Range;
import io.vertiform.hcl.text.GoUnicode;
import io.vertiform.hcl.text.GraphemeClusters;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The flat parts of a template between the two parsing passes (hclsyntax's template tokens). */
sealed interface TemplatePart {

    /** A literal; value and range are adjusted in place by whitespace stripping and flush heredocs. */
    final class Literal implements TemplatePart {
        String value;
        Range range;

        Literal(String value, Range range) {
            this.value = value;
            this.range = range;
        }
    }

    record Interp(Expr expr, Range range) implements TemplatePart {
    }

    record If(Expr cond, Range range) implements TemplatePart {
    }

    record For(String keyVar, String valVar, Expr coll, Range range) implements TemplatePart {
    }

    record EndCtrl(CtrlType type, Range range) implements TemplatePart {
    }

    /** Always last, so unclosed directives can be reported with a position. */
    record End(Range range) implements TemplatePart {
    }

    enum CtrlType {
        ENDIF("endif"), ELSE("else"), ENDFOR("endfor");

        private final String keyword;

        CtrlType(String keyword) {
            this.keyword = keyword;
        }

        String keyword() {
            return keyword;
        }
    }

    record Parts(List<TemplatePart> tokens, Range range) {
    }

    /**
     * The {@code <<-} rule: find the line with the fewest leading whitespace characters (grapheme clusters) and
     * remove that many from every line. Lines that are blank do not count; a line starting with an interpolation
     * counts as zero. It works on the literal parts, so interpolated text never influences the indentation.
     */
    static void flushHeredoc(List<TemplatePart> parts) {
        int minSpaces = Integer.MAX_VALUE;
        boolean newline = true;
        List<Literal> adjust = new ArrayList<>();
        for (TemplatePart part : parts) {
            if (newline) {
                newline = false;
                int spaces = 0;
                if (part instanceof Literal lit) {
                    String trimmed = GoUnicode.trimLeftSpace(lit.value);
                    if (trimmed.isEmpty() && lit.value.endsWith("\n")) {
                        spaces = Integer.MAX_VALUE;
                    } else {
                        byte[] prefix = lit.value.substring(0, lit.value.length() - trimmed.length())
                                .getBytes(StandardCharsets.UTF_8);
                        spaces = GraphemeClusters.count(prefix, 0, prefix.length);
                        adjust.add(lit);
                    }
                } else if (part instanceof End) {
                    break;
                }
                minSpaces = Math.min(minSpaces, spaces);
            }
            if (part instanceof Literal lit && lit.value.endsWith("\n")) {
                newline = true;
            }
        }
        for (Literal lit : adjust) {
            byte[] val = lit.value.getBytes(StandardCharsets.UTF_8);
            int cut = 0;
            for (int i = 0; i < minSpaces && cut < val.length; i++) {
                cut = GraphemeClusters.next(val, cut, val.length);
            }
            lit.value = new String(val, cut, val.length - cut, StandardCharsets.UTF_8);
            Pos s = lit.range.start();
            lit.range = new Range(lit.range.filename(), new Pos(s.line(), s.column() + minSpaces, s.byteOffset() + cut),
                    lit.range.end());
        }
    }
}
