package io.vertiform.components.resource;

import io.vertiform.foundation.error.ProviderException;
import io.vertiform.framework.annotation.Resource;
import io.vertiform.framework.privatestate.PrivateState;
import io.vertiform.framework.privatestate.PrivateStateCodec;
import io.vertiform.framework.resource.CreateRequest;
import io.vertiform.framework.resource.DeleteRequest;
import io.vertiform.framework.resource.ReadRequest;
import io.vertiform.framework.resource.ResourceHandler;
import io.vertiform.framework.resource.UpdateRequest;
import io.vertiform.framework.schema.Attributes;
import io.vertiform.framework.schema.ComponentSchema;
import io.vertiform.framework.session.SessionContext;
import io.vertiform.framework.value.Value;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.UUID;

/**
 * {@code vertiform_timed_token}: a random bearer token valid for an hour. As in pyvider, the authoritative copy
 * of the token and its expiry lives in the resource's encrypted private state; the (sensitive) state attributes
 * are refreshed from it on every read, so an edited state file is repaired. Renaming keeps the token.
 */
@Resource("vertiform_timed_token")
public final class TimedTokenResource implements ResourceHandler<TimedTokenResource.TimedToken> {

    static final Duration LIFETIME = Duration.ofHours(1);
    static final String TOKEN_KEY = "token";
    static final String EXPIRES_KEY = "expires_at";
    private static final SecureRandom RANDOM = new SecureRandom();

    public record TimedToken(Value<String> name, Value<String> id, Value<String> token, Value<String> expiresAt) {
    }

    @Override
    public ComponentSchema schema() {
        return ComponentSchema.builder()
                .markdownDescription("A random token that expires an hour after creation. The token is kept in "
                        + "encrypted private state (needs `VERTIFORM_PRIVATE_STATE_SECRET`).")
                .attribute(Attributes.string("name").required().description("A label for the token."))
                .attribute(Attributes.string("id").computed().useStateForUnknown().description("The token's id."))
                .attribute(Attributes.string("token").computed().sensitive().useStateForUnknown()
                        .description("The token: 32 random bytes, base64url without padding."))
                .attribute(Attributes.string("expires_at").computed().useStateForUnknown()
                        .description("When the token expires (RFC 3339, UTC)."))
                .build();
    }

    @Override
    public TimedToken create(CreateRequest<TimedToken> request) {
        requireSecret(request.session());
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        String expires = Instant.now().truncatedTo(ChronoUnit.SECONDS).plus(LIFETIME).toString();
        PrivateState priv = request.privateState();
        priv.set(TOKEN_KEY, token);
        priv.set(EXPIRES_KEY, expires);
        return new TimedToken(request.plan().name(), Value.of("timed-token-" + UUID.randomUUID()), Value.of(token),
                Value.of(expires));
    }

    @Override
    public TimedToken read(ReadRequest<TimedToken> request) {
        TimedToken state = request.state();
        PrivateState priv = request.privateState();
        // Without private state (lost by Terraform, or a state from elsewhere) the stored values are all we have.
        return new TimedToken(state.name(), state.id(),
                priv.get(TOKEN_KEY).map(Value::of).orElse(state.token()),
                priv.get(EXPIRES_KEY).map(Value::of).orElse(state.expiresAt()));
    }

    @Override
    public TimedToken update(UpdateRequest<TimedToken> request) {
        TimedToken prior = request.state();
        return new TimedToken(request.plan().name(), prior.id(), prior.token(), prior.expiresAt());
    }

    @Override
    public void delete(DeleteRequest<TimedToken> request) {
        // Nothing outside Terraform holds the token: forgetting the state and private state revokes it.
    }

    private static void requireSecret(SessionContext session) {
        if (session.env(PrivateStateCodec.SECRET_VARIABLE).filter(s -> !s.isEmpty()).isEmpty()) {
            throw ProviderException.error("Private state secret missing", "vertiform_timed_token keeps its token in "
                    + "encrypted private state: set " + PrivateStateCodec.SECRET_VARIABLE
                    + " in the environment terraform runs in.");
        }
    }
}
