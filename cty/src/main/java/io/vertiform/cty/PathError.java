package io.vertiform.cty;

import java.util.Objects;

/**
 * An error attributed to a location inside a value or type, like go-cty's {@code cty.PathError}.
 *
 * <p>{@link #rawMessage()} is go-cty's own {@code err.Error()} text. {@link #getMessage()} adds the path prefix the
 * way Terraform renders such errors ({@code .foo[0]: message}); with an empty path both are the same.
 */
public class PathError extends CtyException {
    private static final long serialVersionUID = 1L;

    private final transient CtyPath path;
    private final String rawMessage;

    public PathError(CtyPath path, String rawMessage) {
        super(render(path, rawMessage));
        this.path = Objects.requireNonNull(path, "path");
        this.rawMessage = Objects.requireNonNull(rawMessage, "rawMessage");
    }

    public PathError(CtyPath path, String rawMessage, Throwable cause) {
        super(render(path, rawMessage), cause);
        this.path = Objects.requireNonNull(path, "path");
        this.rawMessage = Objects.requireNonNull(rawMessage, "rawMessage");
    }

    /** Like go-cty's {@code path.NewErrorf}: a formatted message attributed to {@code path}. */
    public static PathError of(CtyPath path, String format, Object... args) {
        return new PathError(path, String.format(format, args));
    }

    /**
     * Like go-cty's {@code path.NewError(err)}: if {@code error} is itself a PathError its path is appended to
     * {@code prefix}, otherwise the error's message is attributed to {@code prefix}.
     */
    public static PathError wrap(CtyPath prefix, Throwable error) {
        if (error instanceof PathError pe) {
            return new PathError(prefix.append(pe.path()), pe.rawMessage(), pe);
        }
        return new PathError(prefix, String.valueOf(error.getMessage()), error);
    }

    public CtyPath path() {
        return path;
    }

    /** The message without the path prefix: exactly what go-cty's {@code Error()} returns. */
    public String rawMessage() {
        return rawMessage;
    }

    private static String render(CtyPath path, String rawMessage) {
        if (path == null || path.isEmpty()) {
            return rawMessage;
        }
        return path + ": " + rawMessage;
    }
}
