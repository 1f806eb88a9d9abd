package io.vertiform.cty.convert;

import io.vertiform.cty.CtyPath;
import io.vertiform.cty.CtyType;
import io.vertiform.cty.CtyValue;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Type conversion and unification with the semantics of go-cty 1.12.1's {@code convert} package.
 *
 * <p>"Safe" conversions succeed for every value of the source type (number to string, tuple to
 * list); "unsafe" ones only for some values (string to number) and may throw {@link ConversionException}.
 * Conversions preserve marks, turn unknowns into unknowns and nulls into nulls of the target type, and never carry
 * optional-attribute markers into result types. There is no conversion from a type to itself: compare types first
 * ({@link #convert} does).
 */
public final class Convert {
    private Convert() {
    }

    /**
     * Converts {@code in} to {@code want}, allowing unsafe conversions. Values already of the wanted type (ignoring
     * optional-attribute markers) are returned as they are.
     *
     * @throws ConversionException with go-cty's message: {@link #mismatchMessage} when no conversion exists (empty
     *                             path), otherwise the failure of the conversion at the path where it happened
     */
    public static CtyValue convert(CtyValue in, CtyType want) {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(want, "want");
        if (in.type().equals(want.withoutOptionalAttributesDeep())) {
            return in;
        }
        PathConversion conv = Conversions.find(in.type(), want, true);
        if (conv == null) {
            throw new ConversionException(CtyPath.root(), mismatchMessage(in.type(), want));
        }
        return conv.apply(in, CtyPath.root());
    }

    /** A safe conversion from {@code in} to {@code out}, if there is one. */
    public static Optional<Conversion> getConversion(CtyType in, CtyType out) {
        return publicConversion(in, out, false);
    }

    /** A safe or, failing that, unsafe conversion from {@code in} to {@code out}, if there is one. */
    public static Optional<Conversion> getConversionUnsafe(CtyType in, CtyType out) {
        return publicConversion(in, out, true);
    }

    /**
     * The most general type all of {@code types} convert to safely; empty when there is none (and for an empty
     * list). Dynamic inputs mixed with others leave the choice to the others; if all are dynamic so is the result.
     */
    public static Optional<CtyType> unify(List<CtyType> types) {
        return unifyWithConversions(types).map(Unification::type);
    }

    /** Like {@link #unify} but may also rely on unsafe conversions. */
    public static Optional<CtyType> unifyUnsafe(List<CtyType> types) {
        return unifyUnsafeWithConversions(types).map(Unification::type);
    }

    /** {@link #unify} with the conversion each input needs. */
    public static Optional<Unification> unifyWithConversions(List<CtyType> types) {
        return unification(types, false);
    }

    /** {@link #unifyUnsafe} with the conversion each input needs. */
    public static Optional<Unification> unifyUnsafeWithConversions(List<CtyType> types) {
        return unification(types, true);
    }

    /**
     * An English description of why {@code got} does not conform to {@code want}, phrased for a failed conversion
     * (e.g. {@code attribute "foo" is required}, {@code incorrect list element type: number required}). Confusing
     * when a conversion does in fact exist.
     */
    public static String mismatchMessage(CtyType got, CtyType want) {
        return MismatchMessages.of(Objects.requireNonNull(got, "got"), Objects.requireNonNull(want, "want"));
    }

    private static Optional<Conversion> publicConversion(CtyType in, CtyType out, boolean unsafe) {
        PathConversion conv = Conversions.find(Objects.requireNonNull(in, "in"), Objects.requireNonNull(out, "out"),
                unsafe);
        return conv == null ? Optional.empty() : Optional.of(conv.atRoot());
    }

    private static Optional<Unification> unification(List<CtyType> types, boolean unsafe) {
        for (CtyType t : types) {
            Objects.requireNonNull(t, "type");
        }
        Unifier.Result r = Unifier.unify(types, unsafe);
        if (r == null) {
            return Optional.empty();
        }
        List<Optional<Conversion>> convs = new ArrayList<>(r.conversions().length);
        for (Conversion c : r.conversions()) {
            convs.add(Optional.ofNullable(c));
        }
        return Optional.of(new Unification(r.type(), convs));
    }
}
