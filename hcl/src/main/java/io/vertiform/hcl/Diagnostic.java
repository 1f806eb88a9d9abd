package io.vertiform.hcl;

/**
 * One problem report (hcl's {@code Diagnostic}). {@code subject} is the range the problem is about, {@code context}
 * an optional wider range around it; both may be null. {@code expression} and {@code evalContext} record, for
 * evaluation problems, the expression and context involved (tools use them to describe the values at fault).
 */
public record Diagnostic(Severity severity, String summary, String detail, Range subject, Range context,
                         Expression expression, EvalContext evalContext) {

    public static Diagnostic error(String summary, String detail, Range subject) {
        return new Diagnostic(Severity.ERROR, summary, detail, subject, null, null, null);
    }

    public static Diagnostic error(String summary, String detail, Range subject, Range context) {
        return new Diagnostic(Severity.ERROR, summary, detail, subject, context, null, null);
    }

    public static Diagnostic warning(String summary, String detail, Range subject) {
        return new Diagnostic(Severity.WARNING, summary, detail, subject, null, null, null);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** The same diagnostic with an expression and context attached (hclsyntax's {@code setDiagEvalContext}). */
    public Diagnostic withEvaluation(Expression expr, EvalContext ctx) {
        return new Diagnostic(severity, summary, detail, subject, context, expr, ctx);
    }

    /** hcl's {@code Diagnostic.Error()}: {@code <subject>: <summary>; <detail>}. */
    @Override
    public String toString() {
        return (subject == null ? "<nil>" : subject.toString()) + ": " + summary + "; " + detail;
    }
}
