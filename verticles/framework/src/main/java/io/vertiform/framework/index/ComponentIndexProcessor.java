package io.vertiform.framework.index;

import io.vertiform.framework.registry.ComponentIndex;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.annotation.processing.SupportedAnnotationTypes;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.tools.Diagnostic;
import javax.tools.FileObject;
import javax.tools.StandardLocation;

/**
 * Writes {@link ComponentIndex#RESOURCE} listing every class annotated with a component annotation, so the
 * framework finds components at start-up without scanning. Add this module to the compiler's
 * {@code annotationProcessorPaths}. Non-public or abstract classes and classes without a public no-argument
 * constructor are compile errors.
 */
@SupportedAnnotationTypes({
        "io.vertiform.framework.annotation.Provider",
        "io.vertiform.framework.annotation.Resource",
        "io.vertiform.framework.annotation.DataSource",
        "io.vertiform.framework.annotation.Function",
        "io.vertiform.framework.annotation.EphemeralResource"})
public final class ComponentIndexProcessor extends AbstractProcessor {

    private static final Map<String, String> KINDS = Map.of(
            "io.vertiform.framework.annotation.Provider", "provider",
            "io.vertiform.framework.annotation.Resource", "resource",
            "io.vertiform.framework.annotation.DataSource", "data-source",
            "io.vertiform.framework.annotation.Function", "function",
            "io.vertiform.framework.annotation.EphemeralResource", "ephemeral-resource");

    /** Class name → index line, kept across rounds and written once at the end. */
    private final Map<String, String> lines = new TreeMap<>();

    @Override
    public SourceVersion getSupportedSourceVersion() {
        return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
        for (TypeElement annotation : annotations) {
            String kind = KINDS.get(annotation.getQualifiedName().toString());
            for (Element e : round.getElementsAnnotatedWith(annotation)) {
                if (e instanceof TypeElement type && check(type)) {
                    lines.put(binaryName(type), kind + '\t' + nameValue(type, annotation) + '\t' + binaryName(type));
                }
            }
        }
        if (round.processingOver() && !lines.isEmpty()) {
            write();
        }
        return false;
    }

    private boolean check(TypeElement type) {
        String problem = null;
        if (type.getKind() != ElementKind.CLASS) {
            problem = "component annotations belong on classes";
        } else if (!type.getModifiers().contains(Modifier.PUBLIC) || type.getModifiers().contains(Modifier.ABSTRACT)) {
            problem = "a component class must be public and concrete";
        } else if (type.getNestingKind().isNested() && !type.getModifiers().contains(Modifier.STATIC)) {
            problem = "a nested component class must be static";
        } else if (!hasPublicNoArgConstructor(type)) {
            problem = "a component class needs a public no-argument constructor";
        }
        if (problem != null) {
            processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR, problem, type);
            return false;
        }
        return true;
    }

    private static boolean hasPublicNoArgConstructor(TypeElement type) {
        for (Element member : type.getEnclosedElements()) {
            if (member.getKind() == ElementKind.CONSTRUCTOR && member instanceof ExecutableElement c
                    && c.getParameters().isEmpty() && c.getModifiers().contains(Modifier.PUBLIC)) {
                return true;
            }
        }
        return false;
    }

    private String binaryName(TypeElement type) {
        return processingEnv.getElementUtils().getBinaryName(type).toString();
    }

    private static String nameValue(TypeElement type, TypeElement annotation) {
        for (AnnotationMirror m : type.getAnnotationMirrors()) {
            if (m.getAnnotationType().asElement().equals(annotation)) {
                for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> v : m.getElementValues().entrySet()) {
                    if (v.getKey().getSimpleName().contentEquals("value")) {
                        return String.valueOf(v.getValue().getValue());
                    }
                }
            }
        }
        return "";
    }

    private void write() {
        try {
            FileObject file = processingEnv.getFiler()
                    .createResource(StandardLocation.CLASS_OUTPUT, "", ComponentIndex.RESOURCE);
            try (Writer w = new java.io.OutputStreamWriter(file.openOutputStream(), StandardCharsets.UTF_8)) {
                w.write("# kind\tname\tclass — written by " + getClass().getName() + "\n");
                for (String line : lines.values()) {
                    w.write(line);
                    w.write('\n');
                }
            }
        } catch (IOException e) {
            processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR,
                    "cannot write " + ComponentIndex.RESOURCE + ": " + e.getMessage());
        }
    }
}
