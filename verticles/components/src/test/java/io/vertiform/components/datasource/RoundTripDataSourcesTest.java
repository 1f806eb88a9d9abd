package io.vertiform.components.datasource;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertiform.components.provider.VertiformProvider;
import io.vertiform.cty.CtyType;
import io.vertiform.cty.CtyValue;
import io.vertiform.testkit.provider.ProviderClient;
import io.vertiform.testkit.provider.ProviderTest;
import io.vertiform.testkit.random.SeededRandom;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import io.vertiform.testkit.random.SeedExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The nested-data test suite: values go in and come back exactly, through msgpack both ways. */
@ExtendWith(SeedExtension.class)
@ProviderTest(protocols = {5, 6}, components = {VertiformProvider.class, SimpleMapTestDataSource.class, MixedMapTestDataSource.class,
        StructuredObjectTestDataSource.class})
class RoundTripDataSourcesTest {

    @Test
    void simpleMapEchoesAndUpperCases(ProviderClient client) {
        CtyValue in = CtyValue.mapVal(Map.of("greeting", CtyValue.stringVal("hello"), "nothing",
                CtyValue.nullVal(CtyType.STRING), "unicode", CtyValue.stringVal("straße ✓")));
        CtyValue v = client.readDataSource("vertiform_simple_map_test", Map.of("input_data", in)).orFail("read").value();
        assertThat(v.getAttr("input_data")).isEqualTo(in);
        assertThat(v.getAttr("processed_data")).isEqualTo(CtyValue.mapVal(Map.of("greeting", CtyValue.stringVal("HELLO"),
                "nothing", CtyValue.nullVal(CtyType.STRING), "unicode", CtyValue.stringVal("STRASSE ✓"))));
        assertThat(v.getAttr("data_hash").asString()).matches("[0-9a-f]{64}");

        CtyValue empty = client.readDataSource("vertiform_simple_map_test", Map.of()).orFail("empty").value();
        assertThat(empty.getAttr("input_data").isNull()).isTrue();
        assertThat(empty.getAttr("processed_data")).isEqualTo(CtyValue.mapValEmpty(CtyType.STRING));
        assertThat(empty.getAttr("data_hash").asString())
                .isEqualTo("44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a"); // sha256("{}")
    }

    @Test
    void randomStringMapsRoundTripExactly(ProviderClient client, SeededRandom random) {
        for (int round = 0; round < 20; round++) {
            Map<String, CtyValue> m = new LinkedHashMap<>();
            int n = random.intBetween(1, 6);
            for (int i = 0; i < n; i++) {
                m.put(random.unicodeString(8), random.intBetween(0, 5) == 0 ? CtyValue.nullVal(CtyType.STRING)
                        : CtyValue.stringVal(random.unicodeString(30)));
            }
            CtyValue in = CtyValue.mapVal(m);
            CtyValue v = client.readDataSource("vertiform_simple_map_test", Map.of("input_data", in)).orFail("read").value();
            assertThat(v.getAttr("input_data")).isEqualTo(in);
            assertThat(v.getAttr("processed_data").lengthInt()).isEqualTo(in.lengthInt());
        }
    }

    @Test
    void mixedObjectKeepsItsTypesAndProcessesTheTopLevel(ProviderClient client) {
        CtyValue nested = CtyValue.objectVal(Map.of("deep", CtyValue.listVal(List.of(CtyValue.numberIntVal(1)))));
        CtyValue in = CtyValue.objectVal(Map.of(
                "name", CtyValue.stringVal("svc"),
                "port", CtyValue.numberIntVal(8080),
                "ratio", CtyValue.parseNumberVal("0.1"),
                "huge", CtyValue.parseNumberVal("123456789012345678901234567890"),
                "enabled", CtyValue.TRUE,
                "gone", CtyValue.nullVal(CtyType.STRING),
                "nested", nested,
                "tags", CtyValue.tupleVal(List.of(CtyValue.stringVal("a"), CtyValue.numberIntVal(2)))));
        CtyValue v = client.readDataSource("vertiform_mixed_map_test", Map.of("input_data", in)).orFail("read").value();
        assertThat(v.getAttr("input_data")).isEqualTo(in);
        CtyValue p = v.getAttr("processed_data");
        assertThat(p.getAttr("name")).isEqualTo(CtyValue.stringVal("SVC"));
        assertThat(p.getAttr("port")).isEqualTo(CtyValue.numberIntVal(8081));
        assertThat(p.getAttr("ratio").asBigFloat().text()).isEqualTo("1.1");   // as Terraform shows 0.1 + 1
        assertThat(p.getAttr("huge").asBigFloat().toBigInteger().toString()).isEqualTo("123456789012345678901234567891");
        assertThat(p.getAttr("enabled")).isEqualTo(CtyValue.TRUE);
        assertThat(p.getAttr("gone").isNull()).isTrue();
        assertThat(p.getAttr("nested")).isEqualTo(nested);
    }

    @Test
    void mixedAcceptsMapsAndReportsOtherShapes(ProviderClient client) {
        CtyValue map = CtyValue.mapVal(Map.of("a", CtyValue.numberIntVal(1), "b", CtyValue.numberIntVal(-1)));
        CtyValue v = client.readDataSource("vertiform_mixed_map_test", Map.of("input_data", map)).orFail("map").value();
        assertThat(v.getAttr("input_data")).isEqualTo(map);
        assertThat(v.getAttr("processed_data")).isEqualTo(CtyValue.mapVal(Map.of("a", CtyValue.numberIntVal(2),
                "b", CtyValue.numberIntVal(0))));

        CtyValue list = CtyValue.listVal(List.of(CtyValue.stringVal("x")));
        CtyValue notMap = client.readDataSource("vertiform_mixed_map_test", Map.of("input_data", list)).orFail("list").value();
        assertThat(notMap.getAttr("input_data")).isEqualTo(list);
        assertThat(notMap.getAttr("processed_data").getAttr("received_type").asString()).isEqualTo("list of string");

        CtyValue none = client.readDataSource("vertiform_mixed_map_test", Map.of()).orFail("none").value();
        assertThat(none.getAttr("processed_data")).isEqualTo(CtyValue.EMPTY_OBJECT_VAL);
    }

    @Test
    void structuredObjectBuildsNestedObjects(ProviderClient client) {
        CtyValue metadata = CtyValue.mapVal(Map.of("owner", CtyValue.stringVal("platform"), "tier", CtyValue.stringVal("gold")));
        CtyValue v = client.readDataSource("vertiform_structured_object_test",
                Map.of("config_name", "api", "metadata", metadata)).orFail("read").value();
        assertThat(v.getAttr("metadata")).isEqualTo(metadata);
        CtyValue g = v.getAttr("generated_config");
        assertThat(g.type()).isEqualTo(StructuredObjectTestDataSource.GENERATED);
        assertThat(g.getAttr("settings")).isEqualTo(CtyValue.mapVal(Map.of("owner", CtyValue.stringVal("processed_platform"),
                "tier", CtyValue.stringVal("processed_gold"))));
        assertThat(g.getAttr("numeric_settings")).isEqualTo(CtyValue.mapVal(Map.of("num_owner", CtyValue.numberIntVal(8),
                "num_tier", CtyValue.numberIntVal(4))));
        CtyValue s = v.getAttr("summary");
        assertThat(s.getAttr("total_keys")).isEqualTo(CtyValue.numberIntVal(2));
        assertThat(s.getAttr("has_metadata")).isEqualTo(CtyValue.TRUE);
        assertThat(s.getAttr("config_hash").asString()).isEqualTo("14c2529e"); // sha256("api")
        assertThat(s.getAttr("nested_info").getAttr("level")).isEqualTo(CtyValue.numberIntVal(2));

        CtyValue bare = client.readDataSource("vertiform_structured_object_test", Map.of("config_name", "x"))
                .orFail("bare").value();
        assertThat(bare.getAttr("generated_config").getAttr("settings")).isEqualTo(CtyValue.mapValEmpty(CtyType.STRING));
        assertThat(bare.getAttr("summary").getAttr("has_metadata")).isEqualTo(CtyValue.FALSE);
    }

    @Test
    void unknownValuesAtPlanTimePassValidation(ProviderClient client) {
        CtyValue partlyUnknown = CtyValue.objectVal(Map.of("known", CtyValue.stringVal("k"),
                "later", CtyValue.unknownVal(CtyType.NUMBER)));
        assertThat(DataSourceValidation.validate(client, "vertiform_mixed_map_test",
                Map.of("input_data", partlyUnknown))).isEmpty();
        assertThat(DataSourceValidation.validate(client, "vertiform_mixed_map_test",
                Map.of("input_data", CtyValue.DYNAMIC_VAL))).isEmpty();
        assertThat(DataSourceValidation.validate(client, "vertiform_simple_map_test",
                Map.of("input_data", CtyValue.mapVal(Map.of("a", CtyValue.unknownVal(CtyType.STRING)))))).isEmpty();
        assertThat(DataSourceValidation.validate(client, "vertiform_structured_object_test",
                Map.of("config_name", CtyValue.unknownVal(CtyType.STRING),
                        "metadata", CtyValue.unknownVal(CtyType.map(CtyType.STRING))))).isEmpty();
    }
}
