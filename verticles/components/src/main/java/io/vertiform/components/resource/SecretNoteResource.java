package io.vertiform.components.resource;

import io.vertiform.contracts.diag.AttributePath;
import io.vertiform.cty.CtyType;
import io.vertiform.foundation.error.ProviderException;
import io.vertiform.framework.annotation.Resource;
import io.vertiform.framework.resource.CreateRequest;
import io.vertiform.framework.resource.DeleteRequest;
import io.vertiform.framework.resource.GenerateConfigRequest;
import io.vertiform.framework.resource.GeneratesConfig;
import io.vertiform.framework.resource.IdentitySchema;
import io.vertiform.framework.resource.ImportRequest;
import io.vertiform.framework.resource.Importable;
import io.vertiform.framework.resource.ReadRequest;
import io.vertiform.framework.resource.ResourceHandler;
import io.vertiform.framework.resource.UpdateRequest;
import io.vertiform.framework.resource.WithIdentity;
import io.vertiform.framework.schema.Attributes;
import io.vertiform.framework.schema.ComponentSchema;
import io.vertiform.framework.session.SessionContext;
import io.vertiform.framework.validate.Validators;
import io.vertiform.framework.value.Value;
import java.util.regex.Pattern;

/**
 * {@code vertiform_secret_note}: a note whose secret is write-only — used while applying, never stored. Only
 * its SHA-256 {@code digest} reaches the state (proof the secret arrived). Since Terraform cannot compare a
 * write-only value with the prior state, changing {@code secret_version} is how the user says the secret
 * changed; only then is the digest planned unknown and the secret re-applied. The note (digest and version,
 * see {@link NoteStore}) is the remote object: read detects drift, import finds it by id or by identity
 * {@code name}, and generated configuration leaves the secret for the user to fill in.
 */
@Resource("vertiform_secret_note")
public final class SecretNoteResource implements ResourceHandler<SecretNoteResource.SecretNote>,
        Importable<SecretNoteResource.SecretNote>, WithIdentity<SecretNoteResource.SecretNote>,
        GeneratesConfig<SecretNoteResource.SecretNote> {

    public record SecretNote(Value<String> id, Value<String> name, Value<String> secretValue,
                             Value<String> secretVersion, Value<String> digest) {
    }

    /** The resource identity: the note's name. */
    public record Identity(String name) {
    }

    @Override
    public ComponentSchema schema() {
        return ComponentSchema.builder()
                .markdownDescription("A note with a write-only secret; only the secret's SHA-256 digest is stored.")
                .attribute(Attributes.string("id").computed().useStateForUnknown().description("Same as name."))
                .attribute(Attributes.string("name").required().requiresReplace()
                        .validators(Validators.regex(Pattern.compile("^[A-Za-z0-9][A-Za-z0-9_.-]{0,127}$"),
                                "must be 1-128 letters, digits, '_', '.' or '-', starting with a letter or digit"))
                        .description("The note's name (its identity)."))
                .attribute(Attributes.string("secret_value").required().sensitive().writeOnly()
                        .validators(Validators.lengthAtLeast(1))
                        .description("The secret. Write-only: never stored in plan or state."))
                .attribute(Attributes.string("secret_version").optional()
                        .description("Change it to re-apply a changed secret_value."))
                .attribute(Attributes.string("digest").computed()
                        .description("Lower-case hex SHA-256 of secret_value as last applied."))
                .build();
    }

    @Override
    public IdentitySchema identitySchema() {
        return IdentitySchema.builder().version(0)
                .requiredForImport("name", CtyType.STRING, "The note's name.").build();
    }

    @Override
    public Object identity(SecretNote state) {
        return state.name().isKnown() ? new Identity(state.name().get()) : null;
    }

    @Override
    public SecretNote create(CreateRequest<SecretNote> request) {
        return store(request.session(), request.plan(), request.config());
    }

    @Override
    public SecretNote update(UpdateRequest<SecretNote> request) {
        return store(request.session(), request.plan(), request.config());
    }

    private static SecretNote store(SessionContext session, SecretNote plan, SecretNote config) {
        if (!config.secretValue().isKnown()) {
            throw ProviderException.validation(AttributePath.of("secret_value"), "Secret not received",
                    "secret_value did not reach the provider during apply; write-only values must be passed on.");
        }
        String name = plan.name().get();
        String digest = Digests.sha256Hex(config.secretValue().get());
        NoteStore.of(session).put(name, new NoteStore.Note(digest, plan.secretVersion().orElse(null)));
        return new SecretNote(Value.of(name), plan.name(), Value.nullValue(), plan.secretVersion(), Value.of(digest));
    }

    @Override
    public SecretNote read(ReadRequest<SecretNote> request) {
        SecretNote state = request.state();
        return NoteStore.of(request.session()).get(state.name().get())
                .map(n -> new SecretNote(state.id(), state.name(), Value.nullValue(), Value.ofNullable(n.version()),
                        Value.of(n.digest())))
                .orElse(null);
    }

    @Override
    public void delete(DeleteRequest<SecretNote> request) {
        NoteStore.of(request.session()).remove(request.state().name().get());
    }

    /** By id (the name) or by identity; identity wins when both are given, being the structured form. */
    @Override
    public SecretNote importState(ImportRequest<SecretNote> request) {
        Identity identity = request.identity(Identity.class);
        String name = identity != null && identity.name() != null ? identity.name() : request.id();
        if (name == null || name.isEmpty()) {
            throw ProviderException.error("Missing note name", "Import a vertiform_secret_note by its name.");
        }
        NoteStore.Note note = NoteStore.of(request.session()).get(name).orElseThrow(() -> ProviderException.error(
                "Cannot import non-existent remote object", "There is no secret note named \"" + name + "\"."));
        return new SecretNote(Value.of(name), Value.of(name), Value.nullValue(), Value.ofNullable(note.version()),
                Value.of(note.digest()));
    }

    /** The name and version; the secret cannot be recovered, so the user is told to supply it. */
    @Override
    public SecretNote generateConfig(GenerateConfigRequest<SecretNote> request) {
        SecretNote state = request.state();
        request.diagnostics().addAttributeWarning(AttributePath.of("secret_value"), "Secret must be supplied",
                "secret_value is write-only and was never stored; set it in the generated configuration (for "
                        + "example from an ephemeral resource or a variable) before applying.");
        return new SecretNote(Value.nullValue(), state.name(), Value.nullValue(), state.secretVersion(),
                Value.nullValue());
    }
}
