package io.vertiform.hcl;

/** A span of a source file; {@code end} is exclusive. Mirrors {@code hcl.Range}. */
public record Range(String filename, Pos start, Pos end) {

    /** A range from the start of {@code start} to the end of {@code end} (hcl's {@code RangeBetween}). */
    public static Range between(Range start, Range end) {
        return new Range(start.filename, start.start, end.end);
    }

    /** The zero-length range at this range's end. */
    public Range endPoint() {
        return new Range(filename, end, end);
    }

    /** The zero-length range at this range's start. */
    public Range startPoint() {
        return new Range(filename, start, start);
    }

    public boolean isEmpty() {
        return start.byteOffset() == end.byteOffset();
    }

    /**
     * hcl's {@code Range.String()}: {@code file:L,C-C} on one line, {@code file:L,C-L,C} across lines; it appears
     * inside diagnostic details ("already set at ...").
     */
    @Override
    public String toString() {
        if (start.line() == end.line()) {
            return filename + ":" + start.line() + "," + start.column() + "-" + end.column();
        }
        return filename + ":" + start.line() + "," + start.column() + "-" + end.line() + "," + end.column();
    }
}
