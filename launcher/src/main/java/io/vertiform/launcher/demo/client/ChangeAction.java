package io.vertiform.launcher.demo.client;

/** What a plan does to one resource instance, with Terraform's symbols and wording. */
public enum ChangeAction {
    CREATE("+", "will be created", "Creation complete"),
    UPDATE("~", "will be updated in-place", "Modifications complete"),
    REPLACE("-/+", "must be replaced", "Replacement complete"),
    DELETE("-", "will be destroyed", "Destruction complete"),
    NO_OP(" ", "has no changes", "Unchanged");

    private final String symbol;
    private final String planned;
    private final String done;

    ChangeAction(String symbol, String planned, String done) {
        this.symbol = symbol;
        this.planned = planned;
        this.done = done;
    }

    public String symbol() {
        return symbol;
    }

    public String planned() {
        return planned;
    }

    public String done() {
        return done;
    }
}
