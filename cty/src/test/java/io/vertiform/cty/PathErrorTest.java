package io.vertiform.cty;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PathErrorTest {

    @Test
    void messageIsPrefixedWithThePath() {
        PathError e = PathError.of(CtyPath.root().getAttr("foo"), "attribute %s is required", "\"bar\"");
        assertThat(e.rawMessage()).isEqualTo("attribute \"bar\" is required");
        assertThat(e.getMessage()).isEqualTo(".foo: attribute \"bar\" is required");
        assertThat(PathError.of(CtyPath.root(), "a number is required").getMessage())
                .isEqualTo("a number is required");
        assertThat(e).isInstanceOf(CtyException.class);
    }

    @Test
    void wrapAppendsNestedPaths() {
        PathError inner = PathError.of(CtyPath.root().index(0), "boom");
        PathError outer = PathError.wrap(CtyPath.root().getAttr("a"), inner);
        assertThat(outer.path()).isEqualTo(CtyPath.root().getAttr("a").index(0));
        assertThat(outer.getMessage()).isEqualTo(".a[0]: boom");
        PathError plain = PathError.wrap(CtyPath.root().getAttr("b"), new IllegalStateException("oops"));
        assertThat(plain.getMessage()).isEqualTo(".b: oops");
        assertThat(plain.getCause()).isInstanceOf(IllegalStateException.class);
    }
}
