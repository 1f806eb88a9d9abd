package io.vertiform.framework.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertiform.contracts.diag.Diagnostic;
import io.vertiform.contracts.provider.GenerateResourceConfig;
import io.vertiform.contracts.provider.ProviderAddresses;
import io.vertiform.cty.CtyType;
import io.vertiform.cty.CtyValue;
import io.vertiform.framework.annotation.Resource;
import io.vertiform.framework.registry.ComponentRegistry;
import io.vertiform.framework.resource.CreateRequest;
import io.vertiform.framework.resource.DeleteRequest;
import io.vertiform.framework.resource.GenerateConfigRequest;
import io.vertiform.framework.resource.GeneratesConfig;
import io.vertiform.framework.resource.ReadRequest;
import io.vertiform.framework.resource.ResourceHandler;
import io.vertiform.framework.resource.UpdateRequest;
import io.vertiform.framework.schema.Attributes;
import io.vertiform.framework.schema.ComponentSchema;
import io.vertiform.framework.support.Cty;
import io.vertiform.framework.support.Harness;
import io.vertiform.framework.support.TestProvider;
import io.vertiform.framework.value.Value;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** GenerateResourceConfig: the framework's default and the author's {@link GeneratesConfig} hook. */
class GenerateConfigTest {

    static Harness harness;
    static String session;

    /** The state of both test resources. */
    public record Note(String name, Value<String> label, String secret, Value<String> digest) {
    }

    static ComponentSchema noteSchema() {
        return ComponentSchema.builder()
                .attribute(Attributes.string("name").required())
                .attribute(Attributes.string("label").optional())
                .attribute(Attributes.string("secret").optional().sensitive().writeOnly())
                .attribute(Attributes.string("digest").computed())
                .build();
    }

    /** Lifecycle shared by the two resources; GenerateResourceConfig never calls it. */
    abstract static class NoteBase implements ResourceHandler<Note> {
        @Override
        public ComponentSchema schema() {
            return noteSchema();
        }

        @Override
        public Note create(CreateRequest<Note> r) {
            return r.plan();
        }

        @Override
        public Note read(ReadRequest<Note> r) {
            return r.state();
        }

        @Override
        public Note update(UpdateRequest<Note> r) {
            return r.plan();
        }

        @Override
        public void delete(DeleteRequest<Note> r) {
        }
    }

    @Resource("test_plain_note")
    public static final class PlainNote extends NoteBase {
    }

    /** Drops a label equal to the name and warns; a label "bad" fails; "unknown" returns an unknown value. */
    @Resource("test_shaped_note")
    public static final class ShapedNote extends NoteBase implements GeneratesConfig<Note> {
        @Override
        public Note generateConfig(GenerateConfigRequest<Note> r) {
            Note s = r.state();
            String label = s.label().orElse(null);
            if ("bad".equals(label)) {
                r.diagnostics().addError("Cannot generate", "label is bad");
                return null;
            }
            if ("unknown".equals(label)) {
                return new Note(s.name(), Value.unknown(), null, Value.of("d"));
            }
            if ("default".equals(label)) {
                return null;
            }
            r.diagnostics().addWarning("Secret not recoverable", "set secret by hand");
            // Computed and write-only values returned here are nulled by the framework anyway.
            return new Note(s.name(), s.name().equals(label) ? Value.nullValue() : s.label(), "leak", Value.of("d"));
        }
    }

    static final CtyType NOTE = noteSchema().impliedType();

    @BeforeAll
    static void start() {
        harness = Harness.start(ComponentRegistry.builder().add(TestProvider.class).add(PlainNote.class)
                .add(ShapedNote.class).build());
        session = harness.session(Map.of(), "");
    }

    @AfterAll
    static void stop() {
        harness.close();
    }

    private static GenerateResourceConfig.Response generate(String type, CtyValue state) {
        return harness.request(ProviderAddresses.of(ProviderAddresses.Family.RESOURCE, type,
                ProviderAddresses.GENERATE_CONFIG), new GenerateResourceConfig.Request(type, Cty.dv(state, NOTE)), session);
    }

    private static CtyValue state(String name, String label) {
        return Cty.object(NOTE, Map.of("name", name, "label", label, "digest", "abc"));
    }

    @Test
    void withoutHookComputedAndWriteOnlyAttributesAreDropped() {
        GenerateResourceConfig.Response r = generate("test_plain_note", state("n", "n"));
        assertThat(r.diagnostics()).isEmpty();
        CtyValue config = Cty.read(r.config(), NOTE);
        assertThat(config.getAttr("name").asString()).isEqualTo("n");
        assertThat(config.getAttr("label").asString()).isEqualTo("n");
        assertThat(config.getAttr("digest").isNull()).isTrue();
        assertThat(config.getAttr("secret").isNull()).isTrue();
    }

    @Test
    void hookShapesTheConfigurationAndItsWarningsAreShown() {
        GenerateResourceConfig.Response r = generate("test_shaped_note", state("n", "n"));
        assertThat(r.diagnostics()).extracting(Diagnostic::summary).containsExactly("Secret not recoverable");
        CtyValue config = Cty.read(r.config(), NOTE);
        assertThat(config.getAttr("name").asString()).isEqualTo("n");
        assertThat(config.getAttr("label").isNull()).isTrue();
        assertThat(config.getAttr("digest").isNull()).isTrue();
        assertThat(config.getAttr("secret").isNull()).isTrue();
        assertThat(Cty.read(generate("test_shaped_note", state("n", "other")).config(), NOTE).getAttr("label")
                .asString()).isEqualTo("other");
    }

    @Test
    void hookReturningNullKeepsTheDefault() {
        GenerateResourceConfig.Response r = generate("test_shaped_note", state("n", "default"));
        assertThat(r.diagnostics()).isEmpty();
        assertThat(Cty.read(r.config(), NOTE).getAttr("label").asString()).isEqualTo("default");
    }

    @Test
    void hookErrorsAndUnknownValuesFailWithoutConfiguration() {
        GenerateResourceConfig.Response bad = generate("test_shaped_note", state("n", "bad"));
        assertThat(bad.config()).isNull();
        assertThat(bad.diagnostics()).extracting(Diagnostic::summary).containsExactly("Cannot generate");
        GenerateResourceConfig.Response unknown = generate("test_shaped_note", state("n", "unknown"));
        assertThat(unknown.config()).isNull();
        assertThat(unknown.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.summary()).isEqualTo("Invalid Generated Configuration");
        });
    }

    @Test
    void nullStateGivesNullConfiguration() {
        GenerateResourceConfig.Response r = generate("test_shaped_note", CtyValue.nullVal(NOTE));
        assertThat(r.diagnostics()).isEmpty();
        assertThat(Cty.read(r.config(), NOTE).isNull()).isTrue();
    }
}
