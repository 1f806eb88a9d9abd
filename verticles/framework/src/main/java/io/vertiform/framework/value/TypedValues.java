package io.vertiform.framework.value;

import io.vertiform.cty.BigFloat;
import io.vertiform.cty.CtyPath;
import io.vertiform.cty.CtyType;
import io.vertiform.cty.CtyValue;
import io.vertiform.cty.convert.ConversionException;
import io.vertiform.cty.convert.Convert;
import io.vertiform.framework.schema.JavaValues;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;

/**
 * Maps between cty values and Java values: records for objects (components named after attributes in
 * snake_case, or by {@link Name}), {@code String}, {@code Boolean}, {@code Long}/{@code Integer},
 * {@code Double}, {@code BigDecimal}, {@code BigInteger}, {@code BigFloat}, enums (as strings), {@code List},
 * {@code Set}, {@code Map<String, ?>}, {@link Value} for values that may be unknown, and {@link CtyValue} for raw
 * access anywhere.
 *
 * <p>Null maps to Java null (or {@link Value#nullValue()}); an unknown value in anything but a {@code Value} or
 * {@code CtyValue} is an error naming the attribute — never a silent null.
 */
public final class TypedValues {

    private TypedValues() {
    }

    // ================================================================== decode

    @SuppressWarnings("unchecked")
    public static <T> T decode(CtyValue value, Class<T> type) {
        return (T) decode(value, (Type) type, CtyPath.root());
    }

    public static Object decode(CtyValue value, Type type) {
        return decode(value, type, CtyPath.root());
    }

    private static Object decode(CtyValue v, Type type, CtyPath path) {
        Class<?> raw = rawClass(type, path);
        if (raw == CtyValue.class) {
            return v;
        }
        if (raw == Value.class) {
            if (!v.isKnown()) {
                return Value.unknown();
            }
            if (v.isNull()) {
                return Value.nullValue();
            }
            return Value.of(decode(v, typeArgument(type, 0, path), path));
        }
        if (v.isMarked()) {
            v = v.unmark();
        }
        if (!v.isKnown()) {
            throw new ValueMappingException(path, "value is unknown (known after apply); declare it as Value<"
                    + simpleName(type) + "> or CtyValue to handle unknown values");
        }
        if (v.isNull()) {
            if (raw.isPrimitive()) {
                throw new ValueMappingException(path, "value is null; a " + raw.getName()
                        + " cannot hold null, use " + boxedName(raw) + " or Value<" + boxedName(raw) + ">");
            }
            return null;
        }
        CtyType t = v.type();
        if (raw == String.class) {
            return requireKind(v, CtyType.Kind.STRING, path).asString();
        }
        if (raw == Boolean.class || raw == boolean.class) {
            return requireKind(v, CtyType.Kind.BOOL, path).asBool();
        }
        if (raw.isEnum()) {
            return enumConstant(raw, requireKind(v, CtyType.Kind.STRING, path).asString(), path);
        }
        if (isNumeric(raw)) {
            return number(requireKind(v, CtyType.Kind.NUMBER, path).asBigFloat(), raw, path);
        }
        if (raw.isRecord()) {
            if (!t.isObjectType()) {
                throw mismatch(path, "an object", t);
            }
            return decodeRecord(v, RecordModel.of(raw), path);
        }
        if (List.class.isAssignableFrom(raw) || raw == Collection.class) {
            return decodeElements(v, typeArgument(type, 0, path), path, new ArrayList<>());
        }
        if (Set.class.isAssignableFrom(raw)) {
            return java.util.Collections.unmodifiableSet(
                    decodeElements(v, typeArgument(type, 0, path), path, new LinkedHashSet<>()));
        }
        if (Map.class.isAssignableFrom(raw)) {
            Type keyType = typeArgument(type, 0, path);
            if (rawClass(keyType, path) != String.class) {
                throw new ValueMappingException(path, "map keys must be String");
            }
            if (!t.isMapType() && !t.isObjectType()) {
                throw mismatch(path, "a map", t);
            }
            Type elem = typeArgument(type, 1, path);
            Map<String, Object> out = new LinkedHashMap<>();
            for (Map.Entry<String, CtyValue> e : v.mapEntries().entrySet()) {
                CtyPath p = t.isMapType() ? path.index(e.getKey()) : path.getAttr(e.getKey());
                out.put(e.getKey(), decode(e.getValue(), elem, p));
            }
            return java.util.Collections.unmodifiableMap(out);
        }
        throw new ValueMappingException(path, "cannot map cty values to " + type.getTypeName());
    }

    private static Object decodeRecord(CtyValue v, RecordModel model, CtyPath path) {
        SortedMap<String, CtyValue> attrs = v.mapEntries();
        for (String name : attrs.keySet()) {
            if (model.component(name) == null) {
                throw new ValueMappingException(path, model.type().getSimpleName() + " has no component for attribute "
                        + name + " (name it " + camel(name) + " or annotate it with @Name(\"" + name + "\"))");
            }
        }
        List<RecordModel.Component> cs = model.components();
        Object[] args = new Object[cs.size()];
        for (int i = 0; i < args.length; i++) {
            RecordModel.Component c = cs.get(i);
            CtyValue attr = attrs.get(c.attribute());
            if (attr == null) {
                throw new ValueMappingException(path, "component " + c.javaName() + " of "
                        + model.type().getSimpleName() + " maps to attribute " + c.attribute()
                        + ", which the object does not have");
            }
            args[i] = decode(attr, c.type(), path.getAttr(c.attribute()));
        }
        return model.construct(args);
    }

    private static <C extends Collection<Object>> C decodeElements(CtyValue v, Type elem, CtyPath path, C out) {
        CtyType t = v.type();
        if (!t.isListType() && !t.isSetType() && !t.isTupleType()) {
            throw mismatch(path, "a list, set or tuple", t);
        }
        List<CtyValue> elems = v.elements();
        for (int i = 0; i < elems.size(); i++) {
            CtyPath p = t.isSetType() ? path.index(elems.get(i)) : path.index(i);
            out.add(decode(elems.get(i), elem, p));
        }
        return out;
    }

    private static Object number(BigFloat n, Class<?> raw, CtyPath path) {
        if (raw == BigFloat.class) {
            return n;
        }
        if (raw == Double.class || raw == double.class) {
            return n.toDouble();
        }
        if (n.isInfinite()) {
            throw new ValueMappingException(path, "number " + n.text() + " does not fit " + raw.getSimpleName());
        }
        if (raw == BigDecimal.class) {
            // The decimal Terraform shows (go-cty's text), not the binary expansion of 0.1 at 512 bits.
            return new BigDecimal(n.text());
        }
        if (!n.isInt()) {
            throw new ValueMappingException(path, "number " + n.text() + " is not a whole number, so it does not fit "
                    + raw.getSimpleName());
        }
        if (raw == BigInteger.class) {
            return n.toBigInteger();
        }
        if (!n.isInt64()) {
            throw new ValueMappingException(path, "number " + n.text() + " is out of range for " + raw.getSimpleName());
        }
        long l = n.toLong();
        if (raw == Long.class || raw == long.class) {
            return l;
        }
        if (l < Integer.MIN_VALUE || l > Integer.MAX_VALUE) {
            throw new ValueMappingException(path, "number " + n.text() + " is out of range for int");
        }
        return (int) l;
    }

    private static Object enumConstant(Class<?> raw, String s, CtyPath path) {
        for (Object c : raw.getEnumConstants()) {
            Enum<?> e = (Enum<?>) c;
            if (e.name().equals(s) || e.name().toLowerCase(Locale.ROOT).equals(s)) {
                return e;
            }
        }
        throw new ValueMappingException(path, "\"" + s + "\" is not a " + raw.getSimpleName());
    }

    // ================================================================== encode

    /** The cty value of {@code value} as type {@code type} (null Java values become cty nulls). */
    public static CtyValue encode(Object value, CtyType type) {
        return encode(value, type, CtyPath.root());
    }

    private static CtyValue encode(Object o, CtyType type, CtyPath path) {
        if (o instanceof Value<?> val) {
            return switch (val.state()) {
                case UNKNOWN -> CtyValue.unknownVal(type);
                case NULL -> CtyValue.nullVal(type);
                case KNOWN -> encode(val.get(), type, path);
            };
        }
        if (o == null) {
            return CtyValue.nullVal(type);
        }
        if (o instanceof CtyValue c) {
            if (c.type().equals(type) || type.isDynamic()) {
                return c;
            }
            try {
                return Convert.convert(c, type);
            } catch (ConversionException e) {
                throw new ValueMappingException(path, e.getMessage());
            }
        }
        switch (type.kind()) {
            case STRING:
                if (o instanceof String s) {
                    return CtyValue.stringVal(s);
                }
                if (o instanceof Enum<?> e) {
                    return CtyValue.stringVal(e.name().toLowerCase(Locale.ROOT));
                }
                throw javaMismatch(path, o, type);
            case NUMBER:
                if (o instanceof Number || o instanceof BigFloat) {
                    return JavaValues.toCty(o);
                }
                throw javaMismatch(path, o, type);
            case BOOL:
                if (o instanceof Boolean b) {
                    return CtyValue.boolVal(b);
                }
                throw javaMismatch(path, o, type);
            case LIST:
            case SET: {
                if (!(o instanceof Collection<?> coll)) {
                    throw javaMismatch(path, o, type);
                }
                CtyType et = type.elementType();
                if (coll.isEmpty()) {
                    return type.isListType() ? CtyValue.listValEmpty(et) : CtyValue.setValEmpty(et);
                }
                List<CtyValue> elems = new ArrayList<>(coll.size());
                int i = 0;
                for (Object e : coll) {
                    elems.add(encode(e, et, path.index(i++)));
                }
                return type.isListType() ? CtyValue.listVal(elems) : CtyValue.setVal(elems);
            }
            case MAP: {
                if (!(o instanceof Map<?, ?> m)) {
                    throw javaMismatch(path, o, type);
                }
                CtyType et = type.elementType();
                if (m.isEmpty()) {
                    return CtyValue.mapValEmpty(et);
                }
                Map<String, CtyValue> entries = new LinkedHashMap<>();
                for (Map.Entry<?, ?> e : m.entrySet()) {
                    String k = String.valueOf(e.getKey());
                    entries.put(k, encode(e.getValue(), et, path.index(k)));
                }
                return CtyValue.mapVal(entries);
            }
            case TUPLE: {
                if (!(o instanceof List<?> l) || l.size() != type.tupleLength()) {
                    throw javaMismatch(path, o, type);
                }
                List<CtyValue> elems = new ArrayList<>();
                for (int i = 0; i < l.size(); i++) {
                    elems.add(encode(l.get(i), type.tupleElementTypes().get(i), path.index(i)));
                }
                return CtyValue.tupleVal(elems);
            }
            case OBJECT:
                return encodeObject(o, type, path);
            case DYNAMIC: {
                CtyValue scalar = JavaValues.toCty(o);
                if (scalar != null) {
                    return scalar;
                }
                throw new ValueMappingException(path, "a dynamically typed attribute takes a CtyValue, String, Number "
                        + "or Boolean, not " + o.getClass().getName());
            }
            default:
                throw javaMismatch(path, o, type);
        }
    }

    private static CtyValue encodeObject(Object o, CtyType type, CtyPath path) {
        Map<String, CtyValue> attrs = new LinkedHashMap<>();
        if (o instanceof Record rec) {
            RecordModel model = RecordModel.of(rec.getClass());
            for (RecordModel.Component c : model.components()) {
                if (!type.hasAttribute(c.attribute())) {
                    throw new ValueMappingException(path, rec.getClass().getSimpleName() + "." + c.javaName()
                            + " maps to attribute " + c.attribute() + ", which the schema does not have");
                }
            }
            for (Map.Entry<String, CtyType> e : type.attributeTypes().entrySet()) {
                RecordModel.Component c = model.component(e.getKey());
                if (c == null) {
                    throw new ValueMappingException(path, rec.getClass().getSimpleName()
                            + " has no component for attribute " + e.getKey());
                }
                attrs.put(e.getKey(), encode(model.get(c, rec), e.getValue(), path.getAttr(e.getKey())));
            }
            return CtyValue.objectVal(attrs);
        }
        if (o instanceof Map<?, ?> m) {
            for (Object k : m.keySet()) {
                if (!type.hasAttribute(String.valueOf(k))) {
                    throw new ValueMappingException(path, "unsupported attribute \"" + k + "\"");
                }
            }
            for (Map.Entry<String, CtyType> e : type.attributeTypes().entrySet()) {
                attrs.put(e.getKey(), encode(m.get(e.getKey()), e.getValue(), path.getAttr(e.getKey())));
            }
            return CtyValue.objectVal(attrs);
        }
        throw javaMismatch(path, o, type);
    }

    // ================================================================== compatibility check

    /**
     * Checks at start-up that {@code type} (a record, usually) can hold values of {@code cty}: every attribute has
     * a component and every component an attribute, recursively, and the kinds match. Returns problems, one per
     * line, or an empty list.
     */
    public static List<String> check(Type type, CtyType cty) {
        List<String> problems = new ArrayList<>();
        check(type, cty, CtyPath.root(), problems);
        return problems;
    }

    private static void check(Type type, CtyType cty, CtyPath path, List<String> problems) {
        Class<?> raw;
        try {
            raw = rawClass(type, path);
        } catch (ValueMappingException e) {
            problems.add(e.getMessage());
            return;
        }
        String where = path.isEmpty() ? "" : ValueMappingException.display(path) + ": ";
        if (raw == CtyValue.class || cty.isDynamic()) {
            return;
        }
        if (raw == Value.class) {
            check(typeArgument(type, 0, path), cty, path, problems);
            return;
        }
        boolean ok;
        switch (cty.kind()) {
            case STRING -> ok = raw == String.class || raw.isEnum();
            case NUMBER -> ok = isNumeric(raw);
            case BOOL -> ok = raw == Boolean.class || raw == boolean.class;
            case LIST, SET -> {
                ok = List.class.isAssignableFrom(raw) || Set.class.isAssignableFrom(raw) || raw == Collection.class;
                if (ok) {
                    check(typeArgument(type, 0, path), cty.elementType(), path.index(0), problems);
                }
            }
            case MAP -> {
                ok = Map.class.isAssignableFrom(raw);
                if (ok) {
                    check(typeArgument(type, 1, path), cty.elementType(), path.index("*"), problems);
                }
            }
            case TUPLE -> ok = List.class.isAssignableFrom(raw);
            case OBJECT -> {
                ok = raw.isRecord() || Map.class.isAssignableFrom(raw);
                if (raw.isRecord()) {
                    checkRecord(raw, cty, path, problems);
                }
            }
            default -> ok = false;
        }
        if (!ok) {
            problems.add(where + simpleName(type) + " cannot hold " + cty.friendlyName() + " values");
        }
    }

    private static void checkRecord(Class<?> raw, CtyType cty, CtyPath path, List<String> problems) {
        String where = path.isEmpty() ? "" : ValueMappingException.display(path) + ": ";
        RecordModel model;
        try {
            model = RecordModel.of(raw);
        } catch (IllegalArgumentException e) {
            problems.add(where + e.getMessage());
            return;
        }
        for (String attr : cty.attributeTypes().keySet()) {
            if (model.component(attr) == null) {
                problems.add(where + raw.getSimpleName() + " lacks a component for attribute " + attr
                        + " (expected " + camel(attr) + ")");
            }
        }
        for (RecordModel.Component c : model.components()) {
            if (!cty.hasAttribute(c.attribute())) {
                problems.add(where + raw.getSimpleName() + "." + c.javaName() + " maps to attribute " + c.attribute()
                        + ", which the schema does not have");
            } else {
                check(c.type(), cty.attributeType(c.attribute()), path.getAttr(c.attribute()), problems);
            }
        }
    }

    // ================================================================== helpers

    private static CtyValue requireKind(CtyValue v, CtyType.Kind kind, CtyPath path) {
        if (v.type().kind() != kind) {
            throw mismatch(path, "a " + kind.name().toLowerCase(Locale.ROOT), v.type());
        }
        return v;
    }

    private static boolean isNumeric(Class<?> raw) {
        return raw == Long.class || raw == long.class || raw == Integer.class || raw == int.class
                || raw == Double.class || raw == double.class || raw == BigDecimal.class || raw == BigInteger.class
                || raw == BigFloat.class;
    }

    private static Class<?> rawClass(Type type, CtyPath path) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType p && p.getRawType() instanceof Class<?> c) {
            return c;
        }
        if (type instanceof WildcardType w && w.getUpperBounds().length == 1) {
            return rawClass(w.getUpperBounds()[0], path);
        }
        throw new ValueMappingException(path, "cannot map to the type " + type.getTypeName()
                + "; use concrete types in state records");
    }

    private static Type typeArgument(Type type, int i, CtyPath path) {
        if (type instanceof ParameterizedType p && p.getActualTypeArguments().length > i) {
            return p.getActualTypeArguments()[i];
        }
        throw new ValueMappingException(path, type.getTypeName() + " needs its type arguments (e.g. List<String>)");
    }

    private static ValueMappingException mismatch(CtyPath path, String want, CtyType got) {
        return new ValueMappingException(path, want + " is required, but the value is " + got.friendlyName());
    }

    private static ValueMappingException javaMismatch(CtyPath path, Object o, CtyType type) {
        return new ValueMappingException(path, "a " + o.getClass().getSimpleName() + " cannot be a "
                + type.friendlyName() + " value");
    }

    private static String simpleName(Type t) {
        String n = t.getTypeName();
        return n.replaceAll("[a-zA-Z0-9_]+\\.", "");
    }

    private static String boxedName(Class<?> primitive) {
        if (primitive == int.class) {
            return "Integer";
        }
        String n = primitive.getName();
        return Character.toUpperCase(n.charAt(0)) + n.substring(1);
    }

    static String camel(String snake) {
        StringBuilder out = new StringBuilder();
        boolean up = false;
        for (char c : snake.toCharArray()) {
            if (c == '_') {
                up = out.length() > 0;
            } else {
                out.append(up ? Character.toUpperCase(c) : c);
                up = false;
            }
        }
        return out.toString();
    }
}
