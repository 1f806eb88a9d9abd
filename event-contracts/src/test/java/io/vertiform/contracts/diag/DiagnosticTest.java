package io.vertiform.contracts.diag;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DiagnosticTest {

    @Test
    void pathsBuildStepByStepAndPrintLikeTerraform() {
        AttributePath path = AttributePath.of("rule").index(0).attribute("tags").key("Na\"me");
        assertThat(path.steps()).containsExactly(new AttributePath.AttributeName("rule"),
                new AttributePath.ElementKeyInt(0), new AttributePath.AttributeName("tags"),
                new AttributePath.ElementKeyString("Na\"me"));
        assertThat(path.toString()).isEqualTo("rule[0].tags[\"Na\\\"me\"]");
        assertThat(AttributePath.EMPTY.isEmpty()).isTrue();
        assertThat(AttributePath.EMPTY.toString()).isEmpty();
    }

    @Test
    void pathsAreImmutable() {
        List<AttributePath.Step> steps = new ArrayList<>(List.of(new AttributePath.AttributeName("a")));
        AttributePath path = new AttributePath(steps);
        steps.add(new AttributePath.AttributeName("b"));
        assertThat(path.steps()).hasSize(1);
        AttributePath longer = path.attribute("c");
        assertThat(path.steps()).hasSize(1);
        assertThat(longer.steps()).hasSize(2);
    }

    @Test
    void diagnosticsDefaultDetailAndPath() {
        Diagnostic d = new Diagnostic(Severity.WARNING, "Deprecated", null, null);
        assertThat(d.detail()).isEmpty();
        assertThat(d.attribute()).isEqualTo(AttributePath.EMPTY);
        assertThat(d.isError()).isFalse();
        Diagnostic e = Diagnostic.error("Bad", "why").at(AttributePath.of("name"));
        assertThat(e.isError()).isTrue();
        assertThat(e.attribute().toString()).isEqualTo("name");
        assertThatThrownBy(() -> Diagnostic.error(null, "x")).isInstanceOf(NullPointerException.class);
    }
}
