package io.vertiform.rpc.client;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertiform.contracts.diag.AttributePath;
import io.vertiform.contracts.diag.Diagnostic;
import io.vertiform.contracts.provider.Deferred;
import io.vertiform.contracts.provider.GetResourceIdentitySchemas;
import io.vertiform.contracts.provider.ProviderAddresses;
import io.vertiform.contracts.provider.ReadResource;
import io.vertiform.contracts.provider.RenewEphemeralResource;
import io.vertiform.cty.CtyPath;
import io.vertiform.cty.CtyType;
import io.vertiform.cty.CtyValue;
import io.vertiform.cty.msgpack.MsgpackCodec;
import io.vertiform.framework.annotation.DataSource;
import io.vertiform.framework.annotation.EphemeralResource;
import io.vertiform.framework.annotation.Function;
import io.vertiform.framework.annotation.Provider;
import io.vertiform.framework.annotation.Resource;
import io.vertiform.framework.datasource.DataSourceHandler;
import io.vertiform.framework.datasource.DataSourceReadRequest;
import io.vertiform.framework.engine.ValueCodec;
import io.vertiform.framework.ephemeral.CloseEphemeralRequest;
import io.vertiform.framework.ephemeral.CloseableEphemeral;
import io.vertiform.framework.ephemeral.EphemeralResourceHandler;
import io.vertiform.framework.ephemeral.OpenEphemeralRequest;
import io.vertiform.framework.ephemeral.RenewEphemeralRequest;
import io.vertiform.framework.ephemeral.RenewableEphemeral;
import io.vertiform.framework.function.FunctionCall;
import io.vertiform.framework.function.FunctionDefinition;
import io.vertiform.framework.function.FunctionHandler;
import io.vertiform.framework.function.Parameter;
import io.vertiform.framework.provider.ConfigureRequest;
import io.vertiform.framework.provider.ProviderHandler;
import io.vertiform.framework.resource.CreateRequest;
import io.vertiform.framework.resource.DeleteRequest;
import io.vertiform.framework.resource.IdentitySchema;
import io.vertiform.framework.resource.ModifiesPlan;
import io.vertiform.framework.resource.ModifyPlanRequest;
import io.vertiform.framework.resource.ReadRequest;
import io.vertiform.framework.resource.ResourceHandler;
import io.vertiform.framework.resource.UpdateRequest;
import io.vertiform.framework.resource.WithIdentity;
import io.vertiform.framework.rules.SchemaTypes;
import io.vertiform.framework.schema.Attributes;
import io.vertiform.framework.schema.Blocks;
import io.vertiform.framework.schema.ComponentSchema;
import io.vertiform.framework.validate.Validators;
import io.vertiform.framework.value.Value;
import io.vertiform.testkit.provider.Outcome;
import io.vertiform.testkit.provider.ProviderClient;
import io.vertiform.testkit.provider.ProviderTest;
import io.vertiform.testkit.provider.ResourceLifecycle;
import io.vertiform.testkit.provider.StateChecks;
import io.vertiform.testkit.provider.Step;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The testkit's provider tests over real gRPC: {@code @ProviderTest(protocols = {5, 6})} runs every test once per
 * protocol through a plugin session and the plugin client, so each record crosses protobuf both ways — unknowns in
 * nested blocks, write-only nulls, private state bytes, diagnostics with attribute paths, deferrals, identities,
 * data sources, functions and ephemeral resources — with the testkit's validity checks on every answer.
 */
@ProviderTest(components = {ProviderTestOverProtocolsTest.WireProvider.class, ProviderTestOverProtocolsTest.Server.class,
        ProviderTestOverProtocolsTest.Where.class, ProviderTestOverProtocolsTest.Upper.class,
        ProviderTestOverProtocolsTest.Token.class},
        env = {"VERTIFORM_PRIVATE_STATE_SECRET=wire-secret", "WIRE_REGION=eu-west"}, protocols = {5, 6})
class ProviderTestOverProtocolsTest {

    @Provider("wire")
    public static final class WireProvider implements ProviderHandler<CtyValue> {
        @Override
        public ComponentSchema schema() {
            return ComponentSchema.builder().build();
        }

        @Override
        public Object configure(ConfigureRequest<CtyValue> r) {
            return r.session().env("WIRE_REGION").orElse("nowhere");
        }
    }

    public record Rule(Long port, Value<String> effective) {
    }

    public record ServerState(Value<String> id, String name, String password, Boolean later, List<Rule> rule) {
    }

    /** A resource with a write-only password, a list block with a computed attribute, identity and deferral. */
    @Resource("wire_server")
    public static final class Server implements ResourceHandler<ServerState>, ModifiesPlan<ServerState>,
            WithIdentity<ServerState> {
        @Override
        public ComponentSchema schema() {
            return ComponentSchema.builder()
                    .attribute(Attributes.string("id").computed().useStateForUnknown())
                    .attribute(Attributes.string("name").required())
                    .attribute(Attributes.string("password").optional().sensitive().writeOnly())
                    .attribute(Attributes.bool("later").optional())
                    .block(Blocks.list("rule")
                            .attribute(Attributes.int64("port").required().validators(Validators.between(1, 65535)))
                            .attribute(Attributes.string("effective").computed()))
                    .build();
        }

        @Override
        public void modifyPlan(ModifyPlanRequest<ServerState> request) {
            if (!request.isDestroy() && Boolean.TRUE.equals(request.plan().later())) {
                request.defer(Deferred.Reason.ABSENT_PREREQ);
            }
        }

        @Override
        public ServerState create(CreateRequest<ServerState> r) {
            r.privateState().set("token", "t-" + r.plan().name());
            return applied(r.plan(), r.providerData(String.class));
        }

        @Override
        public ServerState update(UpdateRequest<ServerState> r) {
            return applied(r.plan(), r.providerData(String.class));
        }

        private static ServerState applied(ServerState plan, String region) {
            List<Rule> rules = plan.rule().stream()
                    .map(x -> new Rule(x.port(), Value.of(region + "/" + x.port()))).toList();
            return new ServerState(Value.of("srv-" + plan.name()), plan.name(), null, plan.later(), rules);
        }

        @Override
        public ServerState read(ReadRequest<ServerState> r) {
            String token = r.privateState().get("token").orElse("missing");
            if (!token.equals("t-" + r.state().name())) {
                r.diagnostics().addError("Lost private state", "token was " + token);
            }
            return r.state();
        }

        @Override
        public void delete(DeleteRequest<ServerState> r) {
        }

        @Override
        public IdentitySchema identitySchema() {
            return IdentitySchema.builder().requiredForImport("id", CtyType.STRING, "server id").build();
        }

        @Override
        public Object identity(ServerState state) {
            return state.id().isKnown() ? Map.of("id", state.id().get()) : null;
        }
    }

    public record WhereState(String label, Value<String> cwd, Value<String> region) {
    }

    @DataSource("wire_where")
    public static final class Where implements DataSourceHandler<WhereState> {
        @Override
        public ComponentSchema schema() {
            return ComponentSchema.builder().attribute(Attributes.string("label").required())
                    .attribute(Attributes.string("cwd").computed())
                    .attribute(Attributes.string("region").computed()).build();
        }

        @Override
        public WhereState read(DataSourceReadRequest<WhereState> r) {
            return new WhereState(r.config().label(), Value.of(r.session().workingDirectory()),
                    Value.of(r.providerData(String.class)));
        }
    }

    @Function("wire_upper")
    public static final class Upper implements FunctionHandler {
        @Override
        public FunctionDefinition definition() {
            return FunctionDefinition.builder().parameter(Parameter.string("s")).returns(CtyType.STRING).build();
        }

        @Override
        public CtyValue call(FunctionCall call) {
            if (call.string("s").isEmpty()) {
                throw call.argumentError(0, "must not be empty");
            }
            return CtyValue.stringVal(call.string("s").toUpperCase(Locale.ROOT));
        }
    }

    public record TokenState(String name, Value<String> token) {
    }

    @EphemeralResource("wire_token")
    public static final class Token implements EphemeralResourceHandler<TokenState>, RenewableEphemeral,
            CloseableEphemeral {
        @Override
        public ComponentSchema schema() {
            return ComponentSchema.builder().attribute(Attributes.string("name").required())
                    .attribute(Attributes.string("token").computed().sensitive()).build();
        }

        @Override
        public TokenState open(OpenEphemeralRequest<TokenState> r) {
            r.privateState().set("lease", "lease-" + r.config().name());
            r.renewAt(Instant.parse("2030-01-02T03:04:05.123456789Z"));
            return new TokenState(r.config().name(), Value.of("tok-" + r.config().name()));
        }

        @Override
        public void renew(RenewEphemeralRequest r) {
            if (r.privateState().get("lease").isEmpty()) {
                r.diagnostics().addError("Lost lease", "private state did not come back");
            }
        }

        @Override
        public void close(CloseEphemeralRequest r) {
            if (r.privateState().get("lease").isEmpty()) {
                r.diagnostics().addError("Lost lease", "private state did not come back");
            }
        }
    }

    private static final CtyPath EFFECTIVE_0 = CtyPath.root().getAttr("rule").index(0).getAttr("effective");

    /** Configures the provider (as Terraform does first) and gives the null prior state of a create. */
    private static CtyValue configuredNoPrior(ProviderClient client) {
        client.configure(Map.of()).orFail("configure");
        return CtyValue.nullVal(SchemaTypes.block(client.resourceSchema("wire_server")));
    }

    @Test
    void runsOverGrpc(ProviderClient client) {
        assertThat(client.transport()).matches("gRPC protocol [56]");
        assertThat(client.sessionId()).doesNotStartWith("session-");
    }

    @Test
    void resourceLifecycle(ProviderClient client) {
        ResourceLifecycle.of(client, "wire_server")
                .step(Step.config(Map.of("name", "a", "password", "pw", "rule", List.of(Map.of("port", 80))))
                        .check(StateChecks.attribute("id", "srv-a"), StateChecks.attributeNull("password"),
                                StateChecks.attribute(EFFECTIVE_0, "eu-west/80")))
                .step(Step.config(Map.of("name", "a", "rule", List.of(Map.of("port", 80), Map.of("port", 443))))
                        .check(StateChecks.attribute(CtyPath.root().getAttr("rule").index(1).getAttr("effective"),
                                "eu-west/443")))
                .run();
    }

    @Test
    void planCarriesUnknownsInNestedBlocksAndNullsWriteOnlyValues(ProviderClient client) {
        CtyValue none = configuredNoPrior(client);
        CtyValue config = client.resourceConfig("wire_server",
                Map.of("name", "b", "password", "pw", "rule", List.of(Map.of("port", 22))));
        Outcome plan = client.plan("wire_server", none, config, null).orFail("plan");
        assertThat(EFFECTIVE_0.apply(plan.value()).isKnown()).isFalse();
        assertThat(plan.value().getAttr("id").isKnown()).isFalse();
        assertThat(plan.value().getAttr("password").isNull()).isTrue();

        Outcome applied = client.apply("wire_server", none, plan, config).orFail("apply");
        assertThat(applied.privateData()).as("encrypted private state crossed the wire").isNotEmpty();
        assertThat(client.read("wire_server", applied.value(), applied.privateData()).diagnostics()).isEmpty();
        byte[] tampered = applied.privateData().clone();
        tampered[tampered.length - 1] ^= 1;
        assertThat(client.read("wire_server", applied.value(), tampered).diagnostics())
                .extracting(Diagnostic::summary).contains("Invalid Private State");
    }

    @Test
    void diagnosticsKeepTheirAttributePaths(ProviderClient client) {
        Outcome o = client.validateResource("wire_server",
                client.resourceConfig("wire_server", Map.of("name", "c", "rule", List.of(Map.of("port", 0)))));
        assertThat(o.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.isError()).isTrue();
            assertThat(d.attribute()).isEqualTo(AttributePath.of("rule").index(0).attribute("port"));
        });
    }

    @Test
    void deferralsComeBack(ProviderClient client) {
        Outcome plan = client.plan("wire_server", configuredNoPrior(client),
                client.resourceConfig("wire_server", Map.of("name", "d", "later", true)), null);
        assertThat(plan.deferred()).isEqualTo(new Deferred(Deferred.Reason.ABSENT_PREREQ));
    }

    @Test
    void identitiesTravelWithStates(ProviderClient client) {
        GetResourceIdentitySchemas.Response schemas = client.send(ProviderAddresses.IDENTITY_SCHEMAS,
                new GetResourceIdentitySchemas.Request());
        assertThat(schemas.identitySchemas()).containsKey("wire_server");

        CtyValue none = configuredNoPrior(client);
        CtyValue config = client.resourceConfig("wire_server", Map.of("name", "e"));
        Outcome applied = client.apply("wire_server", none, client.plan("wire_server", none, config, null), config)
                .orFail("apply");
        CtyType type = SchemaTypes.block(client.resourceSchema("wire_server"));
        ReadResource.Response read = client.send(
                ProviderAddresses.of(ProviderAddresses.Family.RESOURCE, "wire_server", ProviderAddresses.READ),
                new ReadResource.Request("wire_server", ValueCodec.encode(applied.value(), type), applied.privateData(),
                        null, io.vertiform.testkit.provider.ProviderHarness.MODERN_CLIENT, null));
        assertThat(read.newIdentity()).isNotNull();
        CtyValue identity = MsgpackCodec.unmarshal(read.newIdentity().identityData().msgpack(),
                CtyType.object(Map.of("id", CtyType.STRING)));
        assertThat(identity.getAttr("id").asString()).isEqualTo("srv-e");
    }

    @Test
    void dataSourcesSeeTheSessionsDirectoryAndEnvironment(ProviderClient client) {
        client.configure(Map.of()).orFail("configure");
        Outcome o = client.readDataSource("wire_where", Map.of("label", "x")).orFail("read");
        assertThat(o.value().getAttr("cwd").asString()).isEqualTo(client.workingDirectory());
        assertThat(o.value().getAttr("region").asString()).isEqualTo("eu-west");
    }

    @Test
    void functionsAnswerValuesAndArgumentErrors(ProviderClient client) {
        assertThat(client.call("wire_upper", CtyValue.stringVal("abc")).value().asString()).isEqualTo("ABC");
        ProviderClient.FunctionResult bad = client.call("wire_upper", CtyValue.stringVal(""));
        assertThat(bad.error().text()).contains("must not be empty");
        assertThat(bad.error().functionArgument()).isZero();
    }

    @Test
    void ephemeralResourcesOpenRenewAndClose(ProviderClient client) {
        ProviderClient.Opened opened = client.openEphemeral("wire_token", Map.of("name", "n"));
        assertThat(opened.diagnostics()).isEmpty();
        assertThat(opened.result().getAttr("token").asString()).isEqualTo("tok-n");
        assertThat(opened.renewAt()).isEqualTo(Instant.parse("2030-01-02T03:04:05.123456789Z"));
        assertThat(opened.privateData()).isNotEmpty();
        RenewEphemeralResource.Response renewed = client.renewEphemeral("wire_token", opened.privateData());
        assertThat(renewed.diagnostics()).isEmpty();
        assertThat(client.closeEphemeral("wire_token", opened.privateData()).diagnostics()).isEmpty();
    }
}
