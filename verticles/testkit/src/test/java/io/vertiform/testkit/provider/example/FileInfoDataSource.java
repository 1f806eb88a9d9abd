package io.vertiform.testkit.provider.example;

import io.vertiform.framework.annotation.DataSource;
import io.vertiform.framework.datasource.DataSourceHandler;
import io.vertiform.framework.datasource.DataSourceReadRequest;
import io.vertiform.framework.schema.Attributes;
import io.vertiform.framework.schema.ComponentSchema;
import io.vertiform.framework.value.Value;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** {@code example_file_info}: whether a file exists, and its size and digest. */
@DataSource("example_file_info")
public final class FileInfoDataSource implements DataSourceHandler<FileInfoDataSource.Info> {

    public record Info(String path, Value<Boolean> exists, Value<Long> size, Value<String> sha256) {
    }

    @Override
    public ComponentSchema schema() {
        return ComponentSchema.builder()
                .attribute(Attributes.string("path").required())
                .attribute(Attributes.bool("exists").computed())
                .attribute(Attributes.int64("size").computed())
                .attribute(Attributes.string("sha256").computed())
                .build();
    }

    @Override
    public Info read(DataSourceReadRequest<Info> request) {
        Path p = request.providerData(ExampleProvider.Files.class).resolve(request.config().path());
        if (!Files.exists(p)) {
            return new Info(request.config().path(), Value.of(false), Value.nullValue(), Value.nullValue());
        }
        try {
            byte[] bytes = Files.readAllBytes(p);
            return new Info(request.config().path(), Value.of(true), Value.of((long) bytes.length),
                    Value.of(Sha256Function.hex(new String(bytes, java.nio.charset.StandardCharsets.UTF_8))));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
