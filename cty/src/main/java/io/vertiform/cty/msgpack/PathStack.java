package io.vertiform.cty.msgpack;

import io.vertiform.cty.CtyPath;
import io.vertiform.cty.CtyValue;
import io.vertiform.cty.PathStep;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The path to the value being encoded or decoded, kept as cheap mutable frames and turned into a {@link CtyPath}
 * only when an error needs one, so that successful runs allocate nothing for paths.
 */
final class PathStack {
    private static final byte ATTR = 0;
    private static final byte INDEX_NUMBER = 1;
    private static final byte INDEX_STRING = 2;
    private static final byte INDEX_VALUE = 3;

    private byte[] kinds = new byte[16];
    private Object[] keys = new Object[16];
    private long[] numbers = new long[16];
    private int size;

    private void push(byte kind, Object key, long number) {
        if (size == kinds.length) {
            kinds = Arrays.copyOf(kinds, size * 2);
            keys = Arrays.copyOf(keys, size * 2);
            numbers = Arrays.copyOf(numbers, size * 2);
        }
        kinds[size] = kind;
        keys[size] = key;
        numbers[size] = number;
        size++;
    }

    void pushAttr(String name) {
        push(ATTR, name, 0);
    }

    void pushIndex(long index) {
        push(INDEX_NUMBER, null, index);
    }

    void pushKey(String key) {
        push(INDEX_STRING, key, 0);
    }

    void pushElement(CtyValue element) {
        push(INDEX_VALUE, element, 0);
    }

    /** Replaces the top frame's index (loops reuse one frame per element). */
    void setIndex(long index) {
        numbers[size - 1] = index;
    }

    void setKey(String key) {
        keys[size - 1] = key;
    }

    void setElement(CtyValue element) {
        keys[size - 1] = element;
    }

    void pop() {
        keys[--size] = null;
    }

    CtyPath toPath() {
        if (size == 0) {
            return CtyPath.root();
        }
        List<PathStep> steps = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            steps.add(switch (kinds[i]) {
                case ATTR -> new PathStep.GetAttrStep((String) keys[i]);
                case INDEX_NUMBER -> new PathStep.IndexStep(CtyValue.numberIntVal(numbers[i]));
                case INDEX_STRING -> new PathStep.IndexStep(CtyValue.stringVal((String) keys[i]));
                default -> new PathStep.IndexStep((CtyValue) keys[i]);
            });
        }
        return CtyPath.of(steps);
    }

    CtyMsgpackException error(String message) {
        return new CtyMsgpackException(toPath(), message);
    }
}
