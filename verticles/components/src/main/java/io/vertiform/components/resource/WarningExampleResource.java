package io.vertiform.components.resource;

import io.vertiform.contracts.diag.AttributePath;
import io.vertiform.framework.annotation.Resource;
import io.vertiform.framework.resource.CreateRequest;
import io.vertiform.framework.resource.DeleteRequest;
import io.vertiform.framework.resource.ModifiesPlan;
import io.vertiform.framework.resource.ModifyPlanRequest;
import io.vertiform.framework.resource.ReadRequest;
import io.vertiform.framework.resource.ResourceHandler;
import io.vertiform.framework.resource.UpdateRequest;
import io.vertiform.framework.schema.Attributes;
import io.vertiform.framework.schema.ComponentSchema;
import io.vertiform.framework.validate.ConfigValidator;
import io.vertiform.framework.validate.ConfigValidators;
import io.vertiform.framework.validate.HasConfigValidators;
import io.vertiform.framework.value.Value;
import java.util.List;

/**
 * {@code vertiform_warning_example}: shows the kinds of warnings a provider can give. {@code old_name} is a
 * deprecated spelling of {@code name} (the framework warns when validating; the plan warns again at the
 * attribute with what it will do); deriving the name from {@code source_file} gives a plan-time warning, and
 * applying one gives an apply-time warning. Errors for impossible combinations come from config validators.
 */
@Resource("vertiform_warning_example")
public final class WarningExampleResource implements ResourceHandler<WarningExampleResource.WarningExample>,
        ModifiesPlan<WarningExampleResource.WarningExample>, HasConfigValidators {

    static final String FROM_FILE = "from_file:";

    public record WarningExample(Value<String> id, Value<String> name, Value<String> oldName,
                                 Value<String> sourceFile) {
    }

    @Override
    public ComponentSchema schema() {
        return ComponentSchema.builder()
                .markdownDescription("Test resource: emits warning diagnostics (deprecated attribute, plan-time and "
                        + "apply-time warnings).")
                .attribute(Attributes.string("id").computed().useStateForUnknown())
                .attribute(Attributes.string("name").optional().computed()
                        .description("The name; derived from old_name or source_file when unset."))
                .attribute(Attributes.string("old_name").optional().deprecated("Use name instead.")
                        .description("Deprecated spelling of name."))
                .attribute(Attributes.string("source_file").optional()
                        .description("Derive the name from this file name (\"from_file:<source_file>\")."))
                .build();
    }

    @Override
    public List<ConfigValidator> configValidators() {
        return List.of(ConfigValidators.conflicting("name", "source_file"),
                ConfigValidators.atLeastOneOf("name", "old_name", "source_file"));
    }

    @Override
    public void modifyPlan(ModifyPlanRequest<WarningExample> request) {
        if (request.isDestroy()) {
            return;
        }
        WarningExample plan = request.plan();
        WarningExample config = request.config();
        if (config.oldName().isKnown()) {
            request.diagnostics().addAttributeWarning(AttributePath.of("old_name"), "Attribute 'old_name' is deprecated",
                    "Please use the 'name' attribute instead; the name is planned as \"" + config.oldName().get()
                            + "\" for now.");
        }
        if (config.sourceFile().isKnown()) {
            request.diagnostics().addAttributeWarning(AttributePath.of("source_file"), "Name derived from a file",
                    "The name will be \"" + FROM_FILE + config.sourceFile().get() + "\".");
        }
        if (!config.name().isNull()) {
            return;
        }
        Value<String> derived = config.sourceFile().isKnown() ? Value.of(FROM_FILE + config.sourceFile().get())
                : config.oldName().isKnown() && config.sourceFile().isNull() ? config.oldName() : Value.unknown();
        request.setPlan(new WarningExample(plan.id(), derived, plan.oldName(), plan.sourceFile()));
    }

    @Override
    public WarningExample create(CreateRequest<WarningExample> request) {
        WarningExample plan = request.plan();
        warnOnApply(request.diagnostics(), plan);
        return new WarningExample(Value.of("warning-" + plan.name().get()), plan.name(), plan.oldName(),
                plan.sourceFile());
    }

    @Override
    public WarningExample update(UpdateRequest<WarningExample> request) {
        WarningExample plan = request.plan();
        warnOnApply(request.diagnostics(), plan);
        return new WarningExample(request.state().id(), plan.name(), plan.oldName(), plan.sourceFile());
    }

    private static void warnOnApply(io.vertiform.framework.diag.Diagnostics diags, WarningExample plan) {
        if (plan.oldName().isKnown()) {
            diags.addWarning("Applied with a deprecated attribute", "old_name will be removed in a future version of "
                    + "the vertiform provider.");
        }
    }

    @Override
    public WarningExample read(ReadRequest<WarningExample> request) {
        return request.state();
    }

    @Override
    public void delete(DeleteRequest<WarningExample> request) {
        // Nothing outside Terraform's state.
    }
}
