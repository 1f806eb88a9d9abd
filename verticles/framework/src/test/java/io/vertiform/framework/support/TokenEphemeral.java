package io.vertiform.framework.support;

import io.vertiform.framework.annotation.EphemeralResource;
import io.vertiform.framework.ephemeral.CloseEphemeralRequest;
import io.vertiform.framework.ephemeral.CloseableEphemeral;
import io.vertiform.framework.ephemeral.EphemeralResourceHandler;
import io.vertiform.framework.ephemeral.OpenEphemeralRequest;
import io.vertiform.framework.ephemeral.RenewEphemeralRequest;
import io.vertiform.framework.ephemeral.RenewableEphemeral;
import io.vertiform.framework.schema.Attributes;
import io.vertiform.framework.schema.ComponentSchema;
import io.vertiform.framework.value.Value;
import java.time.Instant;

/** {@code test_token}: a lease that is renewed and revoked. */
@EphemeralResource("test_token")
public final class TokenEphemeral implements EphemeralResourceHandler<TokenEphemeral.Token>, RenewableEphemeral,
        CloseableEphemeral {

    public static final Instant RENEW_AT = Instant.parse("2030-01-01T00:00:00Z");

    public record Token(String scope, Value<String> token) {
    }

    @Override
    public ComponentSchema schema() {
        return ComponentSchema.builder()
                .attribute(Attributes.string("scope").required())
                .attribute(Attributes.string("token").computed().sensitive())
                .build();
    }

    @Override
    public Token open(OpenEphemeralRequest<Token> request) {
        String token = "tok-" + request.config().scope();
        request.privateState().set("lease", token);
        request.privateState().set("renewals", "0");
        request.renewAt(RENEW_AT);
        return new Token(request.config().scope(), Value.of(token));
    }

    @Override
    public void renew(RenewEphemeralRequest request) {
        int n = Integer.parseInt(request.privateState().get("renewals").orElse("0"));
        request.privateState().set("renewals", Integer.toString(n + 1));
        request.renewAt(RENEW_AT.plusSeconds(3600L * (n + 1)));
    }

    @Override
    public void close(CloseEphemeralRequest request) {
        FakeCloud cloud = FakeCloud.find(request.session().env("FAKE_CLOUD").orElse(""));
        cloud.revoked.add(request.privateState().get("lease").orElse("?") + "#"
                + request.privateState().get("renewals").orElse("?"));
    }
}
