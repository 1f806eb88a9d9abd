package io.vertiform.foundation.error;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertiform.contracts.diag.AttributePath;
import io.vertiform.contracts.diag.Diagnostic;
import io.vertiform.contracts.diag.Severity;
import io.vertiform.foundation.log.Sensitive;
import io.vertx.core.Vertx;
import io.vertx.core.eventbus.DeliveryOptions;
import io.vertx.core.eventbus.ReplyException;
import io.vertx.core.eventbus.ReplyFailure;
import java.util.Map;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class ErrorMappingTest {

    @Test
    void configErrorBecomesAnErrorDiagnostic() {
        ConfigException e = ConfigException.invalidValue("hub.port", "environment variable VERTIFORM_HUB_PORT",
                "an integer from 0 to 65535", "abc");
        Diagnostic d = ErrorMapping.toDiagnostic(e);
        assertThat(d.severity()).isEqualTo(Severity.ERROR);
        assertThat(d.summary()).isEqualTo("Invalid value for hub.port");
        assertThat(d.detail()).isEqualTo("environment variable VERTIFORM_HUB_PORT sets it to \"abc\"; "
                + "expected an integer from 0 to 65535");
        assertThat(d.attribute().isEmpty()).isTrue();
    }

    @Test
    void providerErrorKeepsItsAttributePath() {
        AttributePath path = AttributePath.of("rule").index(0).attribute("tags").key("Name");
        Diagnostic d = ErrorMapping.toDiagnostic(ProviderException.validation(path, "Bad tag", "too long"));
        assertThat(d).isEqualTo(new Diagnostic(Severity.ERROR, "Bad tag", "too long", path));
        assertThat(d.attribute().toString()).isEqualTo("rule[0].tags[\"Name\"]");
    }

    @Test
    void causeTextIsTheDetailWhenThereIsNoDetail() {
        HubException e = new HubException(ErrorCategory.UNAVAILABLE, HubException.CLUSTER, "Cluster unreachable",
                null, null, new java.io.IOException("connection refused"));
        assertThat(ErrorMapping.toDiagnostic(e).detail()).isEqualTo("connection refused");
    }

    @Test
    void unexpectedErrorsAreUnwrappedAndNamed() {
        Diagnostic d = ErrorMapping.toDiagnostic(new CompletionException(new IllegalStateException("oops")));
        assertThat(d.summary()).isEqualTo("Unexpected error");
        assertThat(d.detail()).isEqualTo("oops (java.lang.IllegalStateException)");
        assertThat(ErrorMapping.unwrap(new ExecutionException(new CompletionException(new Error("x")))))
                .hasMessage("x");
    }

    @Test
    void replyExceptionsRoundTripCodeCategoryContextAndPath() {
        AttributePath path = AttributePath.of("list").index(3);
        ProviderException original = new ProviderException(ProviderException.VALIDATION, "Bad", "detail",
                path, Map.of("n", 1, "secret", Sensitive.of("pw")), null);
        ReplyException reply = ErrorMapping.toReplyException(original);
        assertThat(reply.failureType()).isEqualTo(ReplyFailure.RECIPIENT_FAILURE);
        assertThat(reply.failureCode()).isEqualTo(422);
        assertThat(reply.getMessage()).doesNotContain("pw\"");
        VertiformException back = ErrorMapping.fromReplyException(reply);
        assertThat(back).isInstanceOf(ProviderException.class);
        assertThat(back.code()).isEqualTo("provider.validation");
        assertThat(back.summary()).isEqualTo("Bad");
        assertThat(back.detail()).isEqualTo("detail");
        assertThat(back.context()).containsEntry("n", 1).containsEntry("secret", Sensitive.MARKER);
        assertThat(((ProviderException) back).attribute()).isEqualTo(path);
    }

    @Test
    void everyLayerRestoresItsSubtype() {
        VertiformException[] errors = {
            ConfigException.missing("a.b", "hint"),
            ProcessException.timeout(java.util.List.of("terraform", "plan"), java.time.Duration.ofSeconds(1)),
            new HubException(ErrorCategory.CONFLICT, HubException.CONFLICT, "dup"),
            new ResilienceException(ErrorCategory.UNAVAILABLE, ResilienceException.CIRCUIT_OPEN, "open", null, null,
                    null),
            new VertiformException(ErrorCategory.NOT_FOUND, "cty.no_such_attribute", "nope"),
        };
        int[] codes = {400, 408, 409, 503, 404};
        for (int i = 0; i < errors.length; i++) {
            ReplyException reply = ErrorMapping.toReplyException(errors[i]);
            assertThat(reply.failureCode()).isEqualTo(codes[i]);
            VertiformException back = ErrorMapping.fromReplyException(reply);
            assertThat(back.getClass()).isEqualTo(errors[i].getClass());
            assertThat(back.code()).isEqualTo(errors[i].code());
            assertThat(back.category()).isEqualTo(errors[i].category());
            assertThat(back.getMessage()).isEqualTo(errors[i].getMessage());
        }
    }

    @Test
    void foreignFailuresMapToHubCodes() {
        assertThat(ErrorMapping.fromReplyException(new ReplyException(ReplyFailure.TIMEOUT, "t")).code())
                .isEqualTo(HubException.TIMEOUT);
        assertThat(ErrorMapping.fromReplyException(new ReplyException(ReplyFailure.NO_HANDLERS, "n")).category())
                .isEqualTo(ErrorCategory.UNAVAILABLE);
        VertiformException plain = ErrorMapping.fromReplyException(
                new ReplyException(ReplyFailure.RECIPIENT_FAILURE, 404, "no such thing"));
        assertThat(plain.code()).isEqualTo(HubException.REMOTE_FAILURE);
        assertThat(plain.category()).isEqualTo(ErrorCategory.NOT_FOUND);
        assertThat(plain.summary()).isEqualTo("no such thing");
        VertiformException junk = ErrorMapping.fromReplyException(
                new ReplyException(ReplyFailure.RECIPIENT_FAILURE, 7, "{\"code\":\"BAD CODE\"}"));
        assertThat(junk.code()).isEqualTo(HubException.REMOTE_FAILURE);
        assertThat(junk.category()).isEqualTo(ErrorCategory.INTERNAL);
    }

    @Test
    void nonVertiformErrorsBecomeInternal500() {
        ReplyException reply = ErrorMapping.toReplyException(new NullPointerException("npe"));
        assertThat(reply.failureCode()).isEqualTo(500);
        assertThat(ErrorMapping.fromReplyException(reply).code()).isEqualTo(ErrorMapping.UNEXPECTED);
    }

    @Test
    void failuresSurviveARealEventBus() throws Exception {
        Vertx vertx = Vertx.vertx();
        try {
            vertx.eventBus().consumer("test.fail", msg ->
                    ErrorMapping.fail(msg, new HubException(ErrorCategory.NOT_FOUND, HubException.NOT_FOUND,
                            "No component", "kind=resource type=x", Map.of("kind", "resource"), null)));
            Throwable failure = vertx.eventBus().request("test.fail", "ping")
                    .toCompletionStage().toCompletableFuture().handle((ok, err) -> err).get(10, TimeUnit.SECONDS);
            VertiformException back = ErrorMapping.fromReplyException((ReplyException) ErrorMapping.unwrap(failure));
            assertThat(back).isInstanceOf(HubException.class);
            assertThat(back.code()).isEqualTo(HubException.NOT_FOUND);
            assertThat(back.context()).containsEntry("kind", "resource");

            Throwable none = vertx.eventBus().request("test.nobody", "x", new DeliveryOptions().setSendTimeout(500))
                    .toCompletionStage().toCompletableFuture().handle((ok, err) -> err).get(10, TimeUnit.SECONDS);
            assertThat(ErrorMapping.toDiagnostic(none).summary()).isEqualTo("No handler for the address");
        } finally {
            vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        }
    }

    @Test
    void codesAreValidatedPerLayer() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new HubException(ErrorCategory.INTERNAL,
                "config.x", "wrong layer")).isInstanceOf(IllegalArgumentException.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new VertiformException(ErrorCategory.INTERNAL,
                "NoDots", "bad")).isInstanceOf(IllegalArgumentException.class);
    }
}
