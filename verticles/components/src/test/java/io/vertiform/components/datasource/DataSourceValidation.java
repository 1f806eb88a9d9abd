package io.vertiform.components.datasource;

import io.vertiform.contracts.diag.Diagnostic;
import io.vertiform.contracts.provider.ProviderAddresses;
import io.vertiform.contracts.provider.Schema;
import io.vertiform.contracts.provider.ValidateDataResourceConfig;
import io.vertiform.cty.CtyValue;
import io.vertiform.framework.engine.ValueCodec;
import io.vertiform.framework.rules.SchemaTypes;
import io.vertiform.testkit.provider.Configs;
import io.vertiform.testkit.provider.ProviderClient;
import java.util.List;
import java.util.Map;

/**
 * ValidateDataResourceConfig on its own, as Terraform sends it while planning a configuration whose values are not
 * all known yet (it then defers the read to apply; the testkit's readDataSource always reads).
 */
final class DataSourceValidation {

    private DataSourceValidation() {
    }

    static List<Diagnostic> validate(ProviderClient client, String type, Map<String, ?> config) {
        Schema.Block block = client.dataSourceSchema(type);
        CtyValue value = Configs.decode(block, config);
        ValidateDataResourceConfig.Response r = client.send(
                ProviderAddresses.of(ProviderAddresses.Family.DATA_SOURCE, type, ProviderAddresses.VALIDATE),
                new ValidateDataResourceConfig.Request(type, ValueCodec.encode(value, SchemaTypes.block(block))));
        return r.diagnostics();
    }
}
