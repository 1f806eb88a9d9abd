package io.vertiform.tools.flavorpack.extract;

import io.vertiform.tools.flavorpack.PackException;
import io.vertiform.tools.flavorpack.archive.SafePaths;
import java.io.IOException;
import java.nio.file.Path;

/** Resolves a slot target ({@code {workenv}} or {@code {workenv}/<relative>}) under an extraction root. */
public final class SlotTargets {

    public static final String WORKENV = "{workenv}";

    private SlotTargets() {
    }

    public static Path resolve(Path root, String target) {
        if (target.equals(WORKENV)) {
            return root;
        }
        if (!target.startsWith(WORKENV + "/")) {
            throw PackException.malformed("slot target must start with {workenv}: " + target);
        }
        try {
            return root.resolve(SafePaths.check(target.substring(WORKENV.length() + 1)));
        } catch (IOException e) {
            throw PackException.malformed(e.getMessage());
        }
    }
}
