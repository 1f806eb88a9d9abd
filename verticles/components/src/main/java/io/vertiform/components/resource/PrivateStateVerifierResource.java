package io.vertiform.components.resource;

import io.vertiform.foundation.error.ProviderException;
import io.vertiform.framework.annotation.Resource;
import io.vertiform.framework.privatestate.PrivateState;
import io.vertiform.framework.resource.CreateRequest;
import io.vertiform.framework.resource.DeleteRequest;
import io.vertiform.framework.resource.ModifiesPlan;
import io.vertiform.framework.resource.ModifyPlanRequest;
import io.vertiform.framework.resource.ReadRequest;
import io.vertiform.framework.resource.ResourceHandler;
import io.vertiform.framework.resource.UpdateRequest;
import io.vertiform.framework.schema.Attributes;
import io.vertiform.framework.schema.ComponentSchema;
import io.vertiform.framework.value.Value;
import java.util.Locale;

/**
 * {@code vertiform_private_state_verifier}: proves the private state round trip end to end. The plan writes a
 * secret derived from {@code input_value} into (encrypted) private state; apply can only learn it by decrypting
 * what Terraform handed back and echoes it as {@code decrypted_token}; every read decrypts again and checks it
 * still matches. Tampered bytes fail authentication in the framework ("Invalid Private State"); a valid private
 * state that disagrees with the state is this resource's own error.
 */
@Resource("vertiform_private_state_verifier")
public final class PrivateStateVerifierResource implements ResourceHandler<PrivateStateVerifierResource.Verifier>,
        ModifiesPlan<PrivateStateVerifierResource.Verifier> {

    static final String SECRET_KEY = "secret_token";

    public record Verifier(Value<String> inputValue, Value<String> decryptedToken) {
    }

    @Override
    public ComponentSchema schema() {
        return ComponentSchema.builder()
                .markdownDescription("Test resource: round-trips a secret through encrypted private state.")
                .attribute(Attributes.string("input_value").required()
                        .description("Input the private secret is derived from."))
                .attribute(Attributes.string("decrypted_token").computed()
                        .description("The secret as decrypted from private state during apply."))
                .build();
    }

    static String secretFor(String input) {
        return "SECRET_FOR_" + input.toUpperCase(Locale.ROOT);
    }

    @Override
    public void modifyPlan(ModifyPlanRequest<Verifier> request) {
        if (request.isDestroy() || !request.plan().inputValue().isKnown()) {
            return;
        }
        // Same value on an unchanged re-plan, so the private bytes are not rewritten then.
        request.privateState().set(SECRET_KEY, secretFor(request.plan().inputValue().get()));
    }

    @Override
    public Verifier create(CreateRequest<Verifier> request) {
        return fromPlannedPrivate(request.plan(), request.privateState());
    }

    @Override
    public Verifier update(UpdateRequest<Verifier> request) {
        return fromPlannedPrivate(request.plan(), request.privateState());
    }

    private static Verifier fromPlannedPrivate(Verifier plan, PrivateState priv) {
        String secret = priv.get(SECRET_KEY).orElseThrow(() -> ProviderException.error("Private state not received",
                "The plan stored a secret in private state, but apply did not get it back."));
        String expected = secretFor(plan.inputValue().get());
        if (!secret.equals(expected)) {
            throw ProviderException.error("Private state mismatch", "Apply decrypted a secret that does not belong to "
                    + "input_value \"" + plan.inputValue().get() + "\".");
        }
        return new Verifier(plan.inputValue(), Value.of(secret));
    }

    @Override
    public Verifier read(ReadRequest<Verifier> request) {
        Verifier state = request.state();
        String secret = request.privateState().get(SECRET_KEY).orElseThrow(() -> ProviderException.error(
                "Private state missing", "The resource's private state has no secret; it was lost or written by "
                        + "another provider."));
        if (!secret.equals(state.decryptedToken().orElse(null))) {
            throw ProviderException.error("Private state mismatch", "The decrypted private state does not match "
                    + "decrypted_token in the state: one of them was changed outside the provider.");
        }
        return state;
    }

    @Override
    public void delete(DeleteRequest<Verifier> request) {
        // Nothing outside Terraform's state.
    }
}
