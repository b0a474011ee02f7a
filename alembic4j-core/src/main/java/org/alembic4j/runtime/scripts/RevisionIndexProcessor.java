package org.alembic4j.runtime.scripts;

import java.io.IOException;
import java.io.Writer;
import java.util.Set;
import java.util.TreeSet;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.tools.Diagnostic;
import javax.tools.StandardLocation;

/**
 * Writes {@value ClasspathScriptLoader#INDEX_RESOURCE} at build time: the binary names of every
 * class annotated {@code @org.alembic4j.Revision}, for {@link ClasspathScriptLoader#fromIndex}.
 *
 * <p>Not registered as a service (that would run it in every build that has alembic4j on its
 * class path); enable it explicitly, e.g.
 * {@code javac -processor org.alembic4j.runtime.scripts.RevisionIndexProcessor}, or in Maven's
 * {@code <annotationProcessors>}.
 */
public final class RevisionIndexProcessor extends AbstractProcessor {

    private static final String ANNOTATION = "org.alembic4j.Revision";

    private final Set<String> classNames = new TreeSet<>();

    @Override
    public Set<String> getSupportedAnnotationTypes() {
        return Set.of(ANNOTATION);
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
        return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
        TypeElement revision = processingEnv.getElementUtils().getTypeElement(ANNOTATION);
        if (revision != null) {
            for (Element e : round.getElementsAnnotatedWith(revision)) {
                if (e instanceof TypeElement type) {
                    classNames.add(processingEnv.getElementUtils().getBinaryName(type).toString());
                }
            }
        }
        if (round.processingOver() && !classNames.isEmpty()) {
            writeIndex();
        }
        return false;
    }

    private void writeIndex() {
        try (Writer out = processingEnv.getFiler()
                .createResource(StandardLocation.CLASS_OUTPUT, "", ClasspathScriptLoader.INDEX_RESOURCE)
                .openWriter()) {
            for (String name : classNames) {
                out.write(name);
                out.write('\n');
            }
        } catch (IOException e) {
            processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR,
                    "Could not write " + ClasspathScriptLoader.INDEX_RESOURCE + ": " + e.getMessage());
        }
    }
}
