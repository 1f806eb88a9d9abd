package io.vertiform.testkit.provider;

import io.vertiform.cty.CtyValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * One step of a {@link ResourceLifecycle}: a configuration to converge to, and what to expect.
 * By default a step must validate, plan, apply, pass its checks, and then plan empty.
 */
public final class Step {

    final Map<String, ?> attributes;
    final CtyValue config;
    final List<StateCheck> checks = new ArrayList<>();
    Pattern expectError;
    boolean expectNonEmptyPlan;
    boolean expectReplace;
    boolean planOnly;
    boolean importVerify;
    final List<String> importIgnore = new ArrayList<>();
    Function<CtyValue, String> importId = state -> state.getAttr("id").asString();

    private Step(Map<String, ?> attributes, CtyValue config) {
        this.attributes = attributes;
        this.config = config;
    }

    /** A configuration written as plain Java (see {@link Configs}). */
    public static Step config(Map<String, ?> attributes) {
        return new Step(Objects.requireNonNull(attributes, "attributes"), null);
    }

    /** A configuration already decoded to the resource's type. */
    public static Step config(CtyValue config) {
        return new Step(null, Objects.requireNonNull(config, "config"));
    }

    public Step check(StateCheck... more) {
        checks.addAll(List.of(more));
        return this;
    }

    /** The step must fail — in validation, plan or apply — with an error whose summary or detail matches. */
    public Step expectError(String regex) {
        this.expectError = Pattern.compile(regex);
        return this;
    }

    /** The plan after applying may still show changes (e.g. a value the API normalises on every read). */
    public Step expectNonEmptyPlan() {
        this.expectNonEmptyPlan = true;
        return this;
    }

    /** The change replaces the resource (it fails if it does not, and vice versa). */
    public Step expectReplace() {
        this.expectReplace = true;
        return this;
    }

    /** Only plan; expect an empty plan unless {@link #expectNonEmptyPlan()}. */
    public Step planOnly() {
        this.planOnly = true;
        return this;
    }

    /** After applying, import the object by id and compare with the state, except {@code ignored} attributes. */
    public Step importVerify(String... ignored) {
        this.importVerify = true;
        this.importIgnore.addAll(List.of(ignored));
        return this;
    }

    /** How to derive the import id from the state (default: the {@code id} attribute). */
    public Step importId(Function<CtyValue, String> fromState) {
        this.importId = Objects.requireNonNull(fromState, "fromState");
        return this;
    }
}
