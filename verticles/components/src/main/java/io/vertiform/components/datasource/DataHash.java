package io.vertiform.components.datasource;

import io.vertiform.cty.CtyValue;
import io.vertiform.cty.json.ValueJson;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Lower-case hex SHA-256 of a value's go-cty JSON text. go-cty writes object attributes and map keys sorted and
 * numbers in their shortest exact form, so equal values always hash alike.
 */
final class DataHash {

    private DataHash() {
    }

    static String of(CtyValue value) {
        return sha256(ValueJson.marshal(value, value.type()));
    }

    static String sha256(String text) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JRE has SHA-256", e);
        }
    }
}
