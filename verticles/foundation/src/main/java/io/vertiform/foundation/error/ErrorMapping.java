package io.vertiform.foundation.error;

import io.vertiform.contracts.diag.AttributePath;
import io.vertiform.contracts.diag.Diagnostic;
import io.vertiform.contracts.diag.Severity;
import io.vertiform.foundation.log.ErrorText;
import io.vertiform.foundation.log.Sensitive;
import io.vertx.core.eventbus.Message;
import io.vertx.core.eventbus.ReplyException;
import io.vertx.core.eventbus.ReplyFailure;
import io.vertx.core.json.DecodeException;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.lang.reflect.InvocationTargetException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/**
 * The one mapping from errors to Terraform diagnostics and to event-bus failures.
 *
 * <h2>Event-bus failures</h2>
 * A {@link VertiformException} travels as a {@link ReplyException} of type {@code RECIPIENT_FAILURE} whose
 * {@code failureCode} is its category's code:
 * <table>
 *   <caption>failure codes</caption>
 *   <tr><th>code</th><th>category</th></tr>
 *   <tr><td>400</td><td>INVALID</td></tr><tr><td>404</td><td>NOT_FOUND</td></tr>
 *   <tr><td>408</td><td>TIMEOUT</td></tr><tr><td>409</td><td>CONFLICT</td></tr>
 *   <tr><td>422</td><td>PROVIDER</td></tr><tr><td>500</td><td>INTERNAL (also any non-Vertiform error)</td></tr>
 *   <tr><td>502</td><td>PROCESS</td></tr><tr><td>503</td><td>UNAVAILABLE</td></tr>
 * </table>
 * and whose message is a JSON object {@code {"code","summary","detail","context","attribute"}}, so the
 * stable code, the context (sensitive values already redacted) and a provider error's attribute path survive
 * a clustered bus, which only carries the failure code and message. The cause chain does not travel.
 * {@link #fromReplyException} rebuilds the matching subtype; a ReplyException that is not in this format
 * maps to {@link HubException} codes {@code hub.timeout} (TIMEOUT), {@code hub.no_handlers} (UNAVAILABLE) or
 * {@code hub.remote_failure} (category from its failure code).
 *
 * <h2>Diagnostics</h2>
 * A VertiformException becomes an error diagnostic with its summary, its detail (or, without one, its cause's
 * text) and, for {@link ProviderException}, its attribute path. Any other error becomes
 * "Unexpected error" with the error's text and class as detail.
 */
public final class ErrorMapping {

    /** Code given to errors that are not VertiformExceptions. */
    public static final String UNEXPECTED = "internal.unexpected";

    private ErrorMapping() {
    }

    public static Diagnostic toDiagnostic(Throwable error) {
        Throwable t = unwrap(error);
        if (t instanceof ReplyException reply) {
            t = fromReplyException(reply);
        }
        if (t instanceof VertiformException v) {
            String detail = v.detail();
            if (detail.isEmpty() && v.getCause() != null) {
                detail = ErrorText.of(v.getCause());
            }
            AttributePath path = v instanceof ProviderException p ? p.attribute() : AttributePath.EMPTY;
            return new Diagnostic(Severity.ERROR, v.summary(), detail, path);
        }
        return Diagnostic.error("Unexpected error", ErrorText.of(t) + " (" + t.getClass().getName() + ")");
    }

    public static ReplyException toReplyException(Throwable error) {
        Throwable t = unwrap(error);
        if (t instanceof ReplyException reply) {
            return reply;
        }
        VertiformException v = t instanceof VertiformException ve ? ve
                : new VertiformException(ErrorCategory.INTERNAL, UNEXPECTED, "Unexpected error",
                        ErrorText.of(t) + " (" + t.getClass().getName() + ")", null, t);
        JsonObject body = new JsonObject().put("code", v.code()).put("summary", v.summary());
        if (!v.detail().isEmpty()) {
            body.put("detail", v.detail());
        }
        if (!v.context().isEmpty()) {
            body.put("context", encodeContext(v.context()));
        }
        if (v instanceof ProviderException p && !p.attribute().isEmpty()) {
            body.put("attribute", encodePath(p.attribute()));
        }
        return new ReplyException(ReplyFailure.RECIPIENT_FAILURE, v.failureCode(), body.encode());
    }

    /** Fails {@code message} with {@code error}, encoded as {@link #toReplyException} describes. */
    public static void fail(Message<?> message, Throwable error) {
        ReplyException reply = toReplyException(error);
        message.fail(reply.failureCode(), reply.getMessage());
    }

    public static VertiformException fromReplyException(ReplyException reply) {
        ReplyFailure type = reply.failureType();
        if (type == ReplyFailure.TIMEOUT) {
            return new HubException(ErrorCategory.TIMEOUT, HubException.TIMEOUT, "No reply in time",
                    reply.getMessage(), null, reply);
        }
        if (type == ReplyFailure.NO_HANDLERS) {
            return new HubException(ErrorCategory.UNAVAILABLE, HubException.NO_HANDLERS,
                    "No handler for the address", reply.getMessage(), null, reply);
        }
        ErrorCategory category = ErrorCategory.ofFailureCode(reply.failureCode());
        JsonObject body = parseEnvelope(reply.getMessage());
        if (body == null) {
            String text = reply.getMessage() == null ? "" : reply.getMessage();
            return new HubException(category, HubException.REMOTE_FAILURE,
                    text.isEmpty() ? "Remote failure" : text, null, Map.of("failure_code", reply.failureCode()),
                    reply);
        }
        String code = body.getString("code");
        String summary = body.getString("summary", "");
        String detail = body.getString("detail");
        Map<String, Object> context = body.getJsonObject("context", new JsonObject()).getMap();
        return restore(category, code, summary, detail, new LinkedHashMap<>(context),
                decodePath(body.getJsonArray("attribute")));
    }

    private static VertiformException restore(ErrorCategory category, String code, String summary, String detail,
                                              Map<String, Object> context, AttributePath attribute) {
        String layer = code.substring(0, code.indexOf('.'));
        switch (layer) {
            case "config":
                return new ConfigException(code, summary, detail, context, null);
            case "process":
                return new ProcessException(category, code, summary, detail, context, null);
            case "hub":
                return new HubException(category, code, summary, detail, context, null);
            case "provider":
                return new ProviderException(code, summary, detail, attribute, context, null);
            case "resilience":
                return new ResilienceException(category, code, summary, detail, context, null);
            default:
                return new VertiformException(category, code, summary, detail, context, null);
        }
    }

    private static JsonObject parseEnvelope(String message) {
        if (message == null || !message.startsWith("{\"code\":")) {
            return null;
        }
        try {
            JsonObject body = new JsonObject(message);
            return ErrorCodes.isValid(body.getString("code")) ? body : null;
        } catch (DecodeException | ClassCastException notOurs) {
            return null;
        }
    }

    /** Strips wrappers that only say "this failed asynchronously". */
    public static Throwable unwrap(Throwable error) {
        Throwable t = error;
        while ((t instanceof CompletionException || t instanceof ExecutionException
                || t instanceof InvocationTargetException) && t.getCause() != null) {
            t = t.getCause();
        }
        return t;
    }

    private static JsonObject encodeContext(Map<String, Object> context) {
        JsonObject out = new JsonObject();
        context.forEach((k, v) -> {
            if (v == null || v instanceof String || v instanceof Number || v instanceof Boolean) {
                out.put(k, v);
            } else if (v instanceof Sensitive) {
                out.put(k, Sensitive.MARKER);
            } else {
                out.put(k, String.valueOf(v));
            }
        });
        return out;
    }

    private static JsonArray encodePath(AttributePath path) {
        JsonArray steps = new JsonArray();
        for (AttributePath.Step step : path.steps()) {
            if (step instanceof AttributePath.AttributeName a) {
                steps.add(new JsonObject().put("name", a.name()));
            } else if (step instanceof AttributePath.ElementKeyString k) {
                steps.add(new JsonObject().put("key", k.key()));
            } else if (step instanceof AttributePath.ElementKeyInt i) {
                steps.add(new JsonObject().put("index", i.index()));
            }
        }
        return steps;
    }

    private static AttributePath decodePath(JsonArray steps) {
        AttributePath path = AttributePath.EMPTY;
        if (steps == null) {
            return path;
        }
        for (int i = 0; i < steps.size(); i++) {
            JsonObject step = steps.getJsonObject(i);
            if (step.containsKey("name")) {
                path = path.attribute(step.getString("name"));
            } else if (step.containsKey("key")) {
                path = path.key(step.getString("key"));
            } else if (step.containsKey("index")) {
                path = path.index(step.getLong("index"));
            }
        }
        return path;
    }
}
