package io.vertiform.components.datasource;

import io.vertiform.contracts.diag.AttributePath;
import io.vertiform.foundation.error.ProviderException;

/** Errors that Terraform shows at one attribute of the data source's configuration. */
final class Problems {

    private Problems() {
    }

    static ProviderException at(String attribute, String summary, String detail) {
        return ProviderException.validation(AttributePath.of(attribute), summary, detail);
    }
}
